"""The way through the program: which books to open, who logs in, and the main window."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.books import BooksInfo, close_books, open_books
from desktop.demo import DemoCancelled, build_demo_office
from desktop.errors import DomainError
from desktop.paths import AppPaths
from ui.approvals_page import show_pending_at_start
from ui.errors import install_excepthook, show_unexpected
from ui.follow_ups import show_overdue_at_start
from ui.i18n import DEFAULT_LANGUAGE, install_language, message
from ui.main_window import MainWindow
from ui.start import FirstAdministratorDialog, LoginDialog, WelcomeDialog
from ui.tasks import BackgroundTask

log = logging.getLogger(__name__)


def app_settings(paths: AppPaths) -> QSettings:
    """Window geometry and the last books opened, kept beside the data (not in the books)."""
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(paths.data_dir / "berdaya.ini"), QSettings.Format.IniFormat)


class AppController(QObject):
    """Opens books, logs a user in, and shows the main window; again on log out or switch."""

    def __init__(self, paths: AppPaths, db_override: Path | None = None,
                 language: str | None = None) -> None:
        super().__init__()
        self.paths, self.db_override = paths, db_override
        self.settings = app_settings(paths)
        self.language = install_language(language or self.settings.value("language", DEFAULT_LANGUAGE))
        self.window: MainWindow | None = None
        self.books: BooksInfo | None = None
        self.task: BackgroundTask | None = None

    def start(self) -> None:
        """Open the books named on the command line, else the last ones, else welcome."""
        if self.db_override is not None:
            self.open_path(self.db_override)
            return
        last = self.settings.value("books/last")
        if last and Path(last).exists():
            self.open_path(Path(last))
        elif self.paths.office_db.exists():
            self.open_path(self.paths.office_db)
        else:
            self.welcome()

    def welcome(self) -> None:
        target = self.db_override or self.paths.office_db
        dialog = WelcomeDialog(str(target))
        if not dialog.exec():
            self.quit()
        elif dialog.choice == WelcomeDialog.DEMO:
            self.open_demo()
        else:
            self.open_path(target)

    def open_demo(self) -> None:
        demo = self.paths.demo_db
        if demo.exists():
            self.open_path(demo)
            return
        self._close_window()
        close_books()
        self.task = BackgroundTask(
            None, self.tr("Demo office"), self.tr("Building the demo office…"),
            lambda progress, cancelled: build_demo_office(demo, self.paths.backup_dir, progress, cancelled),
            lambda _result: self.open_path(demo), self._demo_failed)

    def _demo_failed(self, exc: Exception) -> None:
        if not isinstance(exc, DemoCancelled):
            self._tell(exc)
        self.welcome()

    def open_path(self, path: Path) -> None:
        self._close_window()
        try:
            self.books = open_books(path, self.paths.backup_dir)
        except DomainError as exc:
            self._tell(exc)
            self.choose_file()
            return
        self.settings.setValue("books/last", str(path))
        self.log_in()

    def log_in(self) -> None:
        books = self.books
        if books.needs_administrator:
            dialog = FirstAdministratorDialog()
        else:
            dialog = LoginDialog(books.office_name, str(books.path), books.is_demo)
        if dialog.exec() and dialog.actor is not None:
            self.show_main(dialog.actor)
            # The mentor's follow-ups past their due date, once the window stands behind them.
            show_overdue_at_start(self.window, dialog.actor)
            show_pending_at_start(self.window, dialog.actor)
        else:
            self.quit()

    def show_main(self, actor) -> None:
        self._close_window()
        window = MainWindow(actor, self.books, self.settings, self.language)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.logout_requested.connect(self.log_out)
        window.open_other_requested.connect(self.choose_file)
        window.demo_requested.connect(self.open_demo)
        window.language_requested.connect(lambda code: self.change_language(code, actor))
        self.window = window
        window.show()

    def log_out(self) -> None:
        self._close_window()
        self.log_in()

    def change_language(self, code: str, actor) -> None:
        self.language = install_language(code)
        self.settings.setValue("language", self.language)
        self.show_main(actor)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Open or create books"), str(self.paths.data_dir),
            self.tr("Berdaya books (*.sqlite3);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.open_path(Path(path))
        elif self.window is None:
            self.welcome()

    def _close_window(self) -> None:
        if self.window is not None:
            window, self.window = self.window, None
            window.close()

    def _tell(self, exc: Exception) -> None:
        if not isinstance(exc, DomainError):
            show_unexpected(type(exc), exc, exc.__traceback__, self.paths.log_file)
            return
        text = message(exc)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot open the books"), text)
        box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def quit(self) -> None:
        QTimer.singleShot(0, QApplication.instance().quit)


def run(paths: AppPaths, db_override: Path | None, language: str | None) -> int:
    app = QApplication.instance() or QApplication([])
    app.setApplicationName("Berdaya")
    app.setOrganizationName("Berdaya")
    install_excepthook(paths.log_file)
    controller = AppController(paths, db_override, language)
    QTimer.singleShot(0, controller.start)
    code = app.exec()
    close_books()
    return code


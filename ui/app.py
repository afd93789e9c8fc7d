"""The way through the program: which books to open, who logs in, and the main window; what
happens when the books cannot be opened; the start-up check, the automatic backups, and the
backup when the program closes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from desktop.backups import (
    REASON_CLOSE,
    REASON_DAILY,
    BackupFacts,
    BackupFile,
    BackupMade,
    Restored,
    daily_backup_due,
    find_backups,
    make_backup,
    restore_backup,
)
from desktop.books import (
    BooksInfo,
    BooksProblem,
    close_books,
    current_books,
    open_books,
    release_thread_connection,
)
from desktop.demo import DemoCancelled, build_demo_office
from desktop.errors import DomainError
from desktop.paths import AppPaths
from ui.backup_dialogs import confirm_backup, made_text, when
from ui.bus import bus
from ui.errors import install_excepthook, on_books_damaged, show_unexpected
from ui.i18n import DEFAULT_LANGUAGE, install_language, message
from ui.login_notices import LoginNotices, closing_note, keep_closing_note
from ui.main_window import MainWindow
from ui.start import FirstAdministratorDialog, LoginDialog, WelcomeDialog
from ui.start_problems import StartProblemDialog, found_damaged
from ui.tasks import BackgroundTask, run_quietly

log = logging.getLogger(__name__)

# After a login the window paints before the background work and the Today dialog.
AFTER_LOGIN_MS = 1500
HOURLY_MS = 60 * 60 * 1000


def app_settings(paths: AppPaths) -> QSettings:
    """Window geometry and the last books opened, kept beside the data (not in the books)."""
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


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
        self.worked = False  # someone logged in to the books: back them up on closing
        # Set by run(): the program ends when the user closes the main window, not whenever no
        # window happens to be visible (between the main window and a restore's progress).
        self.quits_itself = False
        self.backing_up = False
        self.notices: LoginNotices | None = None  # what the last login is to be told
        self.damage_found = False  # the books open were found damaged: their way out is on
        self.refused_backups: set[Path] = set()
        self.hourly = QTimer(self)
        self.hourly.setInterval(HOURLY_MS)
        self.hourly.timeout.connect(self._hourly)

    def start(self) -> None:
        """Open the books named on the command line, else the last ones, else welcome. Books
        that are not there are never created in their place without asking."""
        on_books_damaged(self.books_damaged)
        if self.db_override is not None:
            if self.db_override.exists():
                self.open_path(self.db_override)
            else:
                self.welcome()
            return
        last = self.settings.value("books/last")
        if last:
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
            self.open_path(target, create=True)

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

    def open_path(self, path: Path, create: bool = False) -> None:
        self._close_window()
        try:
            self.books = open_books(path, self.paths.backup_dir, create)
        except BooksProblem as problem:
            self.books = None
            self.start_problem(problem)
            return
        except DomainError as exc:
            self._tell(exc)
            self.choose_file()
            return
        self.damage_found = False
        self.settings.setValue("books/last", str(path))
        self.log_in()

    # --- books that do not open ---------------------------------------------------------------

    def start_problem(self, problem: BooksProblem) -> None:
        """Say what is wrong with the books and take the way out the user chooses."""
        backup = self._last_backup_of(problem.path)
        dialog = StartProblemDialog(problem, backup)
        dialog.exec()
        if dialog.choice == StartProblemDialog.RETRY:
            self.open_path(problem.path)
        elif dialog.choice == StartProblemDialog.RESTORE and backup is not None:
            self._restore_at_start(problem, backup)
        elif dialog.choice == StartProblemDialog.OTHER:
            self.choose_file(lambda: self.start_problem(problem))
        elif dialog.choice == StartProblemDialog.NEW:
            self.new_books(lambda: self.start_problem(problem))
        else:
            self.quit()

    def _last_backup_of(self, books: Path) -> BackupFile | None:
        """The newest backup of *books* in the folder the last backup went to or the program's
        own, leaving out any found unsound this time."""
        folders = [Path(folder) for folder in (self.settings.value("backup/folder"),) if folder]
        found = [b for b in find_backups(books, [*folders, self.paths.backup_dir])
                 if b.path not in self.refused_backups]
        return found[0] if found else None

    def _restore_at_start(self, problem: BooksProblem, backup: BackupFile) -> None:
        def given_up(refused: bool) -> None:
            if refused:
                self.refused_backups.add(backup.path)
            self.start_problem(problem)

        self.task = confirm_backup(None, backup.path, problem.path,
                                   lambda facts: self._restore(None, facts, problem.path), given_up)

    def _restore(self, actor, facts: BackupFacts, books: Path) -> None:
        """Put a confirmed backup in the place of *books*: the window closes, the work runs in
        the background (every connection of this thread closed first), then a new login."""
        self._close_window()
        QThreadPool.globalInstance().waitForDone()  # a check after login reads the books still
        release_thread_connection()
        self.task = BackgroundTask(
            None, self.tr("Restore a backup"), self.tr("Restoring the backup…"),
            lambda progress, _cancelled: restore_backup(actor, facts.file.path, books, self.paths.backup_dir,
                                                        facts, progress),
            self._restored, lambda exc: self._restore_failed(exc, actor, books), cancellable=False)
        self.task.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)

    def _restored(self, done: Restored) -> None:
        self.books = done.info
        self.damage_found = False
        self.settings.setValue("books/last", str(done.info.path))
        text = self.tr("The backup of {when} is back in place as {books}.").format(
            when=when(done.facts.file.taken_at), books=str(done.info.path))
        if done.saved_as is not None:
            text += "\n\n" + self.tr("The books it replaced are kept as {file}.").format(file=str(done.saved_as))
        text += "\n\n" + self.tr("Log in again to go on.")
        self._box(QMessageBox.Icon.Information, self.tr("Backup restored"), text)
        self.log_in()

    def _restore_failed(self, exc: Exception, actor, books: Path) -> None:
        self._tell(exc, self.tr("Not restored"))
        if current_books() is not None:  # refused before the books were touched: still open
            self.books = current_books()
            if actor is not None:
                self.show_main(actor)
            else:
                self.log_in()
        else:
            self.open_path(books)

    # --- login and the main window ------------------------------------------------------------

    def log_in(self) -> None:
        books = self.books
        if books.needs_administrator:
            dialog = FirstAdministratorDialog()
        else:
            dialog = LoginDialog(books.office_name, str(books.path), books.is_demo)
        if dialog.exec() and dialog.actor is not None:
            self.show_main(dialog.actor)
            self.after_login(dialog.actor)
        else:
            self.quit()

    def show_main(self, actor) -> None:
        self._close_window()
        window = MainWindow(actor, self.books, self.settings, self.language)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.logout_requested.connect(self.log_out)
        window.open_other_requested.connect(self.choose_file)
        window.new_books_requested.connect(self.new_books)
        window.demo_requested.connect(self.open_demo)
        window.language_requested.connect(lambda code: self.change_language(code, actor))
        window.restore_requested.connect(lambda facts: self._restore(actor, facts, self.books.path))
        window.destroyed.connect(lambda *_args: self._window_closed(window))
        self.window = window
        self.worked = True
        window.show()

    def log_out(self) -> None:
        self._close_window()
        self.log_in()

    def change_language(self, code: str, actor) -> None:
        self.language = install_language(code)
        self.settings.setValue("language", self.language)
        self.show_main(actor)

    def choose_file(self, on_cancel: Callable[[], None] | None = None) -> None:
        """Open books that exist: a file that is not there is a problem, never new books."""
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open books"), str(self.paths.data_dir),
            self.tr("Berdaya books (*.sqlite3);;All files (*)"))
        self._chosen(path, False, on_cancel)

    def new_books(self, on_cancel: Callable[[], None] | None = None) -> None:
        """New, empty books under a name the user gives; a file already there is opened as it is."""
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Start new books"), str(self.paths.data_dir / "kantor-baru.sqlite3"),
            self.tr("Berdaya books (*.sqlite3);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        self._chosen(path, path != "" and not Path(path).exists(), on_cancel)

    def _chosen(self, path: str, create: bool, on_cancel: Callable[[], None] | None) -> None:
        if path:
            self.open_path(Path(path), create=create)
        elif on_cancel is not None:
            on_cancel()
        elif self.window is None:
            self.welcome()

    # --- after login: the check, the daily backup, and what the user is told -------------------

    def after_login(self, actor) -> None:
        QTimer.singleShot(AFTER_LOGIN_MS, lambda: self._after_login(actor))
        self.hourly.start()

    def _after_login(self, actor) -> None:
        if not self._window_up() or self.window.actor != actor:
            return  # logged out or closed meanwhile
        demo = self.books.is_demo
        notices = self.notices = LoginNotices(self.window, actor, self.settings, self.books.path, self._remember,
                                              self.books_damaged, steps=("check",) if demo else ("check", "backup"))
        notices.check()
        if demo:
            return
        if daily_backup_due():
            self._daily_backup(notices)
        else:
            notices.backup_ended()

    def books_damaged(self, detail: str) -> bool:
        """The books opened, but the start-up check or a page reading them found the file
        damaged: nothing more is done in them, and the ways out of books that cannot be opened
        are offered (restore the last backup, open another file, quit). Whether it was seen to."""
        if self.damage_found:
            return True  # the way out is already on offer
        if self.books is None:
            return False
        self.damage_found, path = True, self.books.path
        log.error("the books %s are damaged: %s", path, detail)
        if self.notices is not None:
            self.notices.drop()
        self.hourly.stop()
        for dialog in [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]:
            dialog.reject()
        self._close_window()
        QThreadPool.globalInstance().waitForDone()
        close_books()
        self.books, self.worked = None, False  # a copy of damaged books is no backup
        self.start_problem(found_damaged(path, detail))
        return True

    def _hourly(self) -> None:
        """A PC left on overnight still backs up once a day."""
        if self._window_up() and not self.backing_up and not self.books.is_demo and daily_backup_due():
            self._daily_backup(None)

    def _daily_backup(self, notices: LoginNotices | None) -> None:
        """Today's automatic backup; after a login its outcome goes to the Today dialog."""
        self.backing_up = True
        self._status(self.tr("Backing up the books in the background…"))
        run_quietly(lambda _progress, _cancelled: make_backup(None, REASON_DAILY),
                    lambda made: self._daily_done(made, notices), lambda exc: self._daily_failed(exc, notices))

    def _daily_done(self, made: BackupMade, notices: LoginNotices | None) -> None:
        self.backing_up = False
        self._remember(made)
        if not self._window_up():
            return
        bus.changed.emit("backup")
        self._status(self.tr("Backed up at {time}: {file}").format(
            time=f"{made.file.taken_at:%H:%M}", file=str(made.file.path)))
        if notices is not None:
            notices.backup_ended(made=made)
        else:
            self._warn_about(made)

    def _daily_failed(self, exc: Exception, notices: LoginNotices | None) -> None:
        self.backing_up = False
        log.warning("daily backup failed", exc_info=exc)
        if not self._window_up():
            return
        if notices is not None:
            notices.backup_ended(failed=exc)
        else:
            self._tell(exc, self.tr("Today's backup was not made"))

    def _remember(self, made: BackupMade) -> None:
        """This PC's last backup folder: where to look for a backup when the books fail to open."""
        self.settings.setValue("backup/folder", str(made.file.path.parent))

    # --- closing -------------------------------------------------------------------------------

    def back_up_on_close(self) -> None:
        """The quit path: an automatic backup of the books someone worked in, with its progress
        shown once the window is gone; what went wrong is told at the next login, and the books
        themselves stay safe."""
        QThreadPool.globalInstance().waitForDone()
        if not self.worked or current_books() is None or current_books().is_demo:
            return
        outcome: dict[str, Any] = {}
        self.task = BackgroundTask(
            None, self.tr("Closing Berdaya"), self.tr("Backing up the books before closing…"),
            lambda progress, _cancelled: make_backup(None, REASON_CLOSE, progress=progress),
            lambda made: outcome.update(made=made), lambda exc: outcome.update(failed=exc), cancellable=False)
        self.task.wait()
        made, failed = outcome.get("made"), outcome.get("failed")
        if made is not None:
            self._remember(made)
        else:
            log.warning("backup on closing failed", exc_info=failed)
        # The window is gone: a box now would keep the program (and a shutdown) waiting. What
        # is to be told waits for the next login to these books.
        note = closing_note(made, failed)
        if note is not None:
            log.warning("backup on closing: %s", note)
            keep_closing_note(self.settings, current_books().path, note)

    # --- helpers -------------------------------------------------------------------------------

    def _warn_about(self, made: BackupMade) -> None:
        """A backup made during the day (the PC left on overnight) that went to the fallback
        folder, or whose date shows the computer's clock is wrong, is told; a good one only
        shows in the status bar."""
        if made.fell_back or made.clock_looks_wrong:
            title = (self.tr("Backup not on the USB drive") if made.fell_back
                     else self.tr("The computer's date looks wrong"))
            self._box(QMessageBox.Icon.Warning, title, made_text(made))

    def _window_closed(self, window: MainWindow) -> None:
        """The main window is gone: closed by the user (Quit, or its close button) when the
        controller had not closed it itself to show something else."""
        if self.window is window:
            self.window = None
            if self.quits_itself:
                self.quit()

    def _window_up(self) -> bool:
        try:
            return self.window is not None and self.window.isVisible()
        except RuntimeError:  # closed and deleted
            return False

    def _status(self, text: str) -> None:
        if self._window_up():
            self.window.statusBar().showMessage(text, 15_000)

    def _close_window(self) -> None:
        if self.window is not None:
            window, self.window = self.window, None
            try:
                window.close()
            except RuntimeError:  # already closed by the user and deleted
                pass

    def _box(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, parent=self.window if self._window_up() else None)
        box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def _tell(self, exc: Exception, title: str | None = None) -> None:
        if not isinstance(exc, DomainError):
            show_unexpected(type(exc), exc, exc.__traceback__, self.paths.log_file)
            return
        self._box(QMessageBox.Icon.Warning, title or self.tr("Cannot open the books"), message(exc))

    def quit(self) -> None:
        QTimer.singleShot(0, QApplication.instance().quit)


def run(paths: AppPaths, db_override: Path | None, language: str | None) -> int:
    app = QApplication.instance() or QApplication([])
    app.setApplicationName("Berdaya")
    app.setOrganizationName("Berdaya")
    install_excepthook(paths.log_file)
    app.setQuitOnLastWindowClosed(False)
    controller = AppController(paths, db_override, language)
    controller.quits_itself = True
    QTimer.singleShot(0, controller.start)
    code = app.exec()
    controller.back_up_on_close()
    close_books()
    return code

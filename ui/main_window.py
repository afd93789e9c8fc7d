"""The main window: navigation by area, pages, menus, and a status bar saying who and where."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, QSize, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.approval_queries import approvals_page_useful, pending_count
from desktop.auth import ROLE_LABELS, Actor
from desktop.books import BooksInfo
from desktop.errors import DomainError
from desktop.users import change_own_password
from ui.approvals_page import ApprovalsPage
from ui.audit_page import AuditPage
from ui.backup_dialogs import back_up_now, check_the_books, choose_backup
from ui.cash_page import CashPage
from ui.collection_page import CollectionPage
from ui.development_page import DevelopmentPage
from ui.groups_page import GroupsPage
from ui.i18n import LANGUAGES, label
from ui.loans_page import LoansPage
from ui.members_page import MembersPage
from ui.savings_page import SavingsPage
from ui.settings_page import SettingsPage
from ui.tasks import abandon, writing_in
from ui.users_page import UsersPage
from ui.widgets import Form, dialog_buttons, errors_of


class OwnPasswordDialog(QDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("Change my password"))
        layout = QVBoxLayout(self)
        self.form = Form(QFormLayout())
        self.old = self.form.add(self.tr("Current password"), QLineEdit(), "old_password")
        self.new = self.form.add(self.tr("New password"), QLineEdit(), "new_password")
        for field in (self.old, self.new):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addLayout(self.form.layout)
        layout.addWidget(dialog_buttons(self, self.tr("Save")))

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            change_own_password(self.actor, self.old.text(), self.new.text())
        except DomainError as exc:
            self.form.show_errors(errors_of(exc))
            return
        super().accept()


class MainWindow(QMainWindow):
    logout_requested = Signal()
    open_other_requested = Signal()
    new_books_requested = Signal()
    demo_requested = Signal()
    language_requested = Signal(str)
    restore_requested = Signal(object)  # the BackupFacts of a backup checked and confirmed

    def __init__(self, actor: Actor, books: BooksInfo, settings: QSettings, language: str) -> None:
        super().__init__()
        self.actor, self.books, self.settings = actor, books, settings
        self.leaving = False  # the user agreed to leave what was typed and not saved
        self.waiting = False  # for work that writes, before closing
        self.language = language
        title = self.tr("Berdaya — {office}").format(office=books.office_name)
        self.setWindowTitle(title + (" [DEMO]" if books.is_demo else ""))
        self.pages: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget()
        self._add_page("groups", self.tr("Groups"), GroupsPage(actor))
        self._add_page("members", self.tr("Members"), MembersPage(actor))
        self._add_page("savings", self.tr("Savings"), SavingsPage(actor, settings))
        self._add_page("meeting", self.tr("Meeting day"), CollectionPage(actor))
        self._add_page("loans", self.tr("Loans"), LoansPage(actor))
        self._add_page("development", self.tr("Group development"), DevelopmentPage(actor))
        if actor.may("cash.view"):
            self._add_page("cash", self.tr("Cash book"), CashPage(actor))
        if approvals_page_useful(actor):
            approvals = ApprovalsPage(actor)
            self._add_page("approvals", self.tr("Approvals"), approvals)
            approvals.count_changed.connect(self._show_approvals_count)
            self._show_approvals_count(pending_count(actor))
        if actor.may("audit.view"):
            self._add_page("audit", self.tr("Audit trail"), AuditPage(actor))
        self.pages["members"].savings_requested.connect(self.open_savings)
        self.pages["groups"].history_requested.connect(self.open_group_history)
        if actor.may("users.manage"):
            self._add_page("users", self.tr("Users"), UsersPage(actor))
        self._add_page("settings", self.tr("Settings"), SettingsPage(actor))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus(language)
        self._build_scan_bar()
        self._build_status_bar()
        self._restore()

    def _add_page(self, key: str, title: str, page: QWidget) -> None:
        self.pages[key] = page
        self.stack.addWidget(page)
        self.nav.addItem(title)

    def _show_approvals_count(self, count: int) -> None:
        """The navigation names how many requests wait (for this user's decision, or their own)."""
        item = self.nav.item(list(self.pages).index("approvals"))
        item.setText(self.tr("Approvals ({count})").format(count=count) if count else self.tr("Approvals"))

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.pages).index(key))

    def _build_menus(self, language: str) -> None:
        books = self.menuBar().addMenu(self.tr("&Books"))
        books.addAction(self.tr("Open other books…"), lambda: self._leave_for(self.open_other_requested.emit))
        books.addAction(self.tr("Start new books…"), lambda: self._leave_for(self.new_books_requested.emit))
        books.addAction(self.tr("Open the demo office"), lambda: self._leave_for(self.demo_requested.emit))
        books.addSeparator()
        backup = books.addAction(self.tr("Back up now…"), lambda: back_up_now(self, self.actor))
        backup.setObjectName("back_up_now")
        if self.actor.may("backup.restore"):
            # The app closes this window, restores, and asks for a login to the restored books.
            restore = books.addAction(self.tr("Restore from a backup…"), lambda: choose_backup(
                self, self.actor, lambda facts: self._leave_for(lambda: self.restore_requested.emit(facts))))
            restore.setObjectName("restore_backup")
        check = books.addAction(self.tr("Check the books"), lambda: check_the_books(self))
        check.setObjectName("check_books")
        books.addSeparator()
        books.addAction(self.tr("Log out"), lambda: self._leave_for(self.logout_requested.emit))
        books.addAction(self.tr("Quit"), self.close)
        view = self.menuBar().addMenu(self.tr("&View"))
        languages = view.addMenu(self.tr("Language"))
        self.language_actions = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == language)
            action.setData(code)
            action.triggered.connect(lambda _checked, c=code: self._change_language(c))
            self.language_actions.addAction(action)
            languages.addAction(action)
        account = self.menuBar().addMenu(self.tr("&Account"))
        account.addAction(self.tr("Change my password…"), lambda: OwnPasswordDialog(self.actor, self).exec())
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("About Berdaya"), self._about)

    def _build_scan_bar(self) -> None:
        """A field on every page where a member number typed, or scanned from a card (a USB
        scanner types it and presses Enter), opens that member; other text searches the list."""
        bar = QToolBar(self.tr("Find a member"))
        bar.setObjectName("scan_bar")
        bar.setMovable(False)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.scan = QLineEdit()
        self.scan.setObjectName("scan_field")
        self.scan.setPlaceholderText(self.tr("Member number, NIK or name — or scan a card (F3)"))
        self.scan.setClearButtonEnabled(True)
        self.scan.setFixedWidth(360)
        self.scan.returnPressed.connect(self._scan_entered)
        bar.addWidget(self.scan)
        self.addToolBar(bar)
        QShortcut(QKeySequence("F3"), self, self._focus_scan)

    def _focus_scan(self) -> None:
        self.scan.setFocus()
        self.scan.selectAll()

    def open_group_history(self, group_id: int) -> None:
        self.show_page("development")
        self.pages["development"].show_group(group_id)

    def open_savings(self, member_id: int) -> None:
        self.show_page("savings")
        self.pages["savings"].open_member(member_id)

    def _scan_entered(self) -> None:
        """On the savings page a scanned card opens the member's savings; elsewhere, the member."""
        text = self.scan.text().strip()
        if not text:
            return
        members = self.pages["members"]
        self.scan.clear()
        if self.stack.currentWidget() is self.pages["savings"] and self.pages["savings"].open_number(text):
            return
        if members.open_number(text):
            return
        self.show_page("members")
        members.search.setText(text)
        members.search.setFocus()

    def _build_status_bar(self) -> None:
        who = self.tr("User: {name} ({role})").format(
            name=self.actor.full_name, role=label(ROLE_LABELS[self.actor.role]))
        self.user_label = QLabel(who)
        self.user_label.setObjectName("status_user")
        self.db_label = QLabel(self.tr("Database: {path}").format(path=str(self.books.path)))
        self.db_label.setObjectName("status_database")
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addWidget(self.db_label, 1)
        if self.books.is_demo:
            demo = QLabel(self.tr("DEMO OFFICE — not real books"))
            demo.setStyleSheet("color: white; background: #c0392b; padding: 1px 6px; font-weight: bold;")
            self.statusBar().addPermanentWidget(demo)

    def _about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About Berdaya"),
                          self.tr("Berdaya 0.1 — the office program for community empowerment "
                                  "groups and their savings-and-loan cooperative."), parent=self)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        for page in self.pages.values():
            if hasattr(page, "restore_state"):
                page.restore_state(self.settings)
        page = self.settings.value("window/page", "groups")
        self.show_page(page if page in self.pages else "groups")

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/page", list(self.pages)[self.nav.currentRow()])
        for page in self.pages.values():
            if hasattr(page, "save_state"):
                page.save_state(self.settings)
        self.settings.sync()

    def may_close(self) -> bool:
        """Whether the window may close: each page with work typed and not saved asks first."""
        for key, page in self.pages.items():
            if hasattr(page, "may_leave") and not page.may_leave():
                self.show_page(key)
                return False
        return True

    def _writes_ended(self) -> bool:
        """Wait for the work started here that writes (a backup), its progress shown and the
        reason said, so that its outcome is told before the window goes. False while already
        waiting: the window is not closed twice."""
        if self.waiting:
            return False
        self.waiting = True
        try:
            for task in writing_in(self):
                task.wait(self.tr("The window closes once this is done."))
        finally:
            self.waiting = False
        return True

    def _leave_for(self, step: Callable[[], None]) -> None:
        """Log out, open other books or the demo, or change the language: the app closes this
        window, once the work not saved may be left and the work that writes has ended."""
        if not self.may_close() or not self._writes_ended():
            return
        self.leaving = True
        try:
            step()
        finally:
            self.leaving = False  # still open when the step was given up (no file chosen)

    def _change_language(self, code: str) -> None:
        self._leave_for(lambda: self.language_requested.emit(code))
        for action in self.language_actions.actions():  # still open: the language it shows
            action.setChecked(action.data() == self.language)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if (not self.leaving and not self.may_close()) or not self._writes_ended():
            event.ignore()
            return
        abandon(self)
        self.save_state()
        super().closeEvent(event)

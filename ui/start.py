"""The ways in: the welcome choice on first start, the first administrator, and login."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import ROLE_LABELS, Actor, login
from desktop.books import create_first_administrator
from desktop.demo_data import DEMO_ACCOUNTS
from desktop.errors import DomainError
from ui.i18n import label
from ui.widgets import Form, dialog_buttons, errors_of, heading


class WelcomeDialog(QDialog):
    """First start: begin the office's own books, or look around a demo office."""

    OWN_BOOKS, DEMO = 1, 2

    def __init__(self, office_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Berdaya"))
        self.choice = 0
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Welcome to Berdaya")))
        intro = QLabel(self.tr("Berdaya keeps the office's groups, members, savings and rotating "
                               "capital on this computer. How do you want to begin?"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        own = QPushButton(self.tr("Start the office's own books"))
        own.setObjectName("own_books")
        own.clicked.connect(lambda: self._choose(self.OWN_BOOKS))
        layout.addWidget(own)
        where = QLabel(self.tr("A new, empty database is created at {path}. You will set up the "
                               "first administrator.").format(path=office_path))
        where.setWordWrap(True)
        where.setStyleSheet("color: #555555;")
        layout.addWidget(where)
        demo = QPushButton(self.tr("Open a demo office"))
        demo.setObjectName("demo")
        demo.clicked.connect(lambda: self._choose(self.DEMO))
        layout.addWidget(demo)
        demo_note = QLabel(self.tr("A separate demo database with sample groups and members, to "
                                   "try things out. It never mixes with the office's own books."))
        demo_note.setWordWrap(True)
        demo_note.setStyleSheet("color: #555555;")
        layout.addWidget(demo_note)
        self.setMinimumWidth(520)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()


class FirstAdministratorDialog(QDialog):
    """New books: the first user, who is the administrator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("First administrator"))
        self.actor: Actor | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Set up the administrator")))
        note = QLabel(self.tr("The administrator manages users and settings. Keep the password "
                              "safe: it cannot be read back, only reset by another administrator."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form_layout = QFormLayout()
        self.form = Form(form_layout)
        self.full_name = self.form.add(self.tr("Full name"), QLineEdit(), "full_name")
        self.username = self.form.add(self.tr("User name"), QLineEdit(), "username")
        self.password = self.form.add(self.tr("Password"), QLineEdit(), "password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = self.form.add(self.tr("Password again"), QLineEdit(), "repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addLayout(form_layout)
        layout.addWidget(dialog_buttons(self, self.tr("Create")))
        self.setMinimumWidth(440)

    def accept(self) -> None:
        self.form.clear_errors()
        if self.password.text() != self.repeat.text():
            self.form.show_note("repeat", self.tr("The two passwords differ."))
            self.repeat.setFocus()
            return
        try:
            self.actor = create_first_administrator(self.username.text(), self.full_name.text(),
                                                    self.password.text())
        except DomainError as exc:
            self.form.show_errors(errors_of(exc))
            return
        super().accept()


class LoginDialog(QDialog):
    """Who is working: user name and password; the demo office shows its accounts."""

    def __init__(self, office_name: str, db_path: str, demo: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log in"))
        self.actor: Actor | None = None
        layout = QVBoxLayout(self)
        title = heading(office_name)
        title.setWordWrap(True)
        layout.addWidget(title)
        where = QLabel(db_path)
        where.setStyleSheet("color: #555555;")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        form_layout = QFormLayout()
        self.form = Form(form_layout)
        self.username = self.form.add(self.tr("User name"), QLineEdit(), "username")
        self.password = self.form.add(self.tr("Password"), QLineEdit(), "password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addLayout(form_layout)
        if demo:
            layout.addWidget(self._demo_accounts())
        layout.addWidget(dialog_buttons(self, self.tr("Log in")))
        self.setMinimumWidth(520)

    def _demo_accounts(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(QLabel(self.tr("Demo office: log in as any of these users "
                                        "(double-click to fill in).")))
        table = QTableWidget(len(DEMO_ACCOUNTS), 3)
        table.setObjectName("demo_accounts")
        table.setHorizontalHeaderLabels([self.tr("Role"), self.tr("User name"), self.tr("Password")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, (username, _name, role, password) in enumerate(DEMO_ACCOUNTS):
            for col, text in enumerate((label(ROLE_LABELS[role]), username, password)):
                table.setItem(row, col, QTableWidgetItem(text))
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(0, 130)
        table.setColumnWidth(1, 130)
        table.verticalHeader().setDefaultSectionSize(24)
        table.setMinimumHeight(24 * (len(DEMO_ACCOUNTS) + 1) + 12)
        table.cellDoubleClicked.connect(lambda row, _col: self._fill(row))
        column.addWidget(table)
        return box

    def _fill(self, row: int) -> None:
        username, _name, _role, password = DEMO_ACCOUNTS[row]
        self.username.setText(username)
        self.password.setText(password)
        self.password.setFocus()

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            self.actor = login(self.username.text(), self.password.text())
        except DomainError as exc:
            self.form.show_errors(errors_of(exc))
            self.password.selectAll()
            return
        super().accept()

"""The administrator's list of users: add, change role, deactivate, reset a password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import ROLE_LABELS, Actor
from desktop.errors import DomainError
from desktop.users import UserRow, create_user, list_users, reset_password, update_user
from ui.bus import bus
from ui.i18n import label
from ui.widgets import (
    Column,
    Form,
    RowsModel,
    combo,
    dialog_buttons,
    errors_of,
    make_table,
    push,
    report,
    select_value,
)


class UserDialog(QDialog):
    def __init__(self, actor: Actor, user: UserRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.user = actor, user
        self.setWindowTitle(self.tr("Change user") if user else self.tr("New user"))
        layout = QVBoxLayout(self)
        self.form = Form(QFormLayout())
        self.username = self.form.add(self.tr("User name"), QLineEdit(), "username")
        self.full_name = self.form.add(self.tr("Full name"), QLineEdit(), "full_name")
        self.username.setMaxLength(30)
        self.full_name.setMaxLength(100)
        roles = [(code, label(text)) for code, text in ROLE_LABELS.items()]
        self.role = self.form.add(self.tr("Role"), combo(roles, blank=""), "role")
        if user:
            self.username.setText(user.username)
            self.username.setReadOnly(True)
            self.full_name.setText(user.full_name)
            select_value(self.role, user.role)
            self.active = self.form.add("", QCheckBox(self.tr("May log in")), "active")
            self.active.setChecked(user.active)
        else:
            self.password = self.form.add(self.tr("First password"), QLineEdit(), "password")
            self.password.setMaxLength(128)
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addLayout(self.form.layout)
        layout.addWidget(dialog_buttons(self, self.tr("Save")))
        self.setMinimumWidth(420)

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            if self.user:
                update_user(self.actor, self.user.id, self.full_name.text(), self.role.currentData() or "",
                            self.active.isChecked(), self.user.version)
            else:
                create_user(self.actor, self.username.text(), self.full_name.text(),
                            self.role.currentData() or "", self.password.text())
        except DomainError as exc:
            report(self.form, self, exc)
            return
        bus.changed.emit("users")
        super().accept()


class PasswordDialog(QDialog):
    """A new password for a user (set by the administrator)."""

    def __init__(self, actor: Actor, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.user = actor, user
        self.setWindowTitle(self.tr("New password for {name}").format(name=user.username))
        layout = QVBoxLayout(self)
        self.form = Form(QFormLayout())
        self.password = self.form.add(self.tr("New password"), QLineEdit(), "password")
        self.password.setMaxLength(128)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addLayout(self.form.layout)
        layout.addWidget(dialog_buttons(self, self.tr("Save")))

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            reset_password(self.actor, self.user.id, self.password.text())
        except DomainError as exc:
            self.form.show_errors(errors_of(exc))
            return
        super().accept()


class UsersPage(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        layout = QVBoxLayout(self)
        self.model = RowsModel([
            Column(self.tr("User name"), lambda u: u.username, width=140),
            Column(self.tr("Full name"), lambda u: u.full_name, width=220),
            Column(self.tr("Role"), lambda u: label(ROLE_LABELS.get(u.role, u.role)), width=130),
            Column(self.tr("May log in"), lambda u: self.tr("yes") if u.active else self.tr("no"), width=90),
        ], self)
        self.table = make_table(self.model, "users_table")
        self.table.doubleClicked.connect(lambda *_: self.edit_user())
        layout.addWidget(self.table)
        bar = QHBoxLayout()
        bar.addWidget(push(self.tr("New user…"), self.new_user, "new_user"))
        bar.addWidget(push(self.tr("Change…"), self.edit_user, "edit_user"))
        bar.addWidget(push(self.tr("New password…"), self.new_password, "reset_password"))
        bar.addStretch()
        layout.addLayout(bar)
        bus.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, area: str) -> None:
        if area == "users":
            self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(list_users())

    def selected(self) -> UserRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def new_user(self) -> None:
        UserDialog(self.actor, parent=self).exec()

    def edit_user(self) -> None:
        user = self.selected()
        if user:
            UserDialog(self.actor, user, self).exec()

    def new_password(self) -> None:
        user = self.selected()
        if user:
            PasswordDialog(self.actor, user, self).exec()

"""The office's settings: its name and address, member numbers, and the kinds of group."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.errors import DomainError
from desktop.groups import add_group_kind, group_kinds
from desktop.settings import OfficeProfile, office_profile, update_office_profile
from ui.bus import bus
from ui.widgets import Form, push, report, show_refusal


class SettingsPage(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        editable = actor.may("settings.edit")
        layout = QVBoxLayout(self)
        layout.addWidget(self._office_box(editable))
        layout.addWidget(self._kinds_box(editable))
        layout.addStretch()
        self.load()

    def _office_box(self, editable: bool) -> QGroupBox:
        box = QGroupBox(self.tr("The office"))
        column = QVBoxLayout(box)
        self.form = Form(QFormLayout())
        self.name = self.form.add(self.tr("Name"), QLineEdit(), "name")
        self.address = self.form.add(self.tr("Address"), QLineEdit(), "address")
        self.phone = self.form.add(self.tr("Phone"), QLineEdit(), "phone")
        self.prefix = self.form.add(self.tr("Member number prefix"), QLineEdit(), "member_number_prefix")
        self.prefix.setMaxLength(4)
        for field in (self.name, self.address, self.phone, self.prefix):
            field.setReadOnly(not editable)
            field.returnPressed.connect(self.save)
        column.addLayout(self.form.layout)
        row = QHBoxLayout()
        save = push(self.tr("Save"), self.save, "save_settings")
        save.setEnabled(editable)
        row.addWidget(save)
        row.addStretch()
        column.addLayout(row)
        box.setMaximumWidth(700)
        return box

    def _kinds_box(self, editable: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Kinds of group"))
        column = QVBoxLayout(box)
        self.kinds = QListWidget()
        self.kinds.setMaximumHeight(140)
        column.addWidget(self.kinds)
        row = QHBoxLayout()
        self.new_kind = QLineEdit()
        self.new_kind.setObjectName("new_kind")
        self.new_kind.setPlaceholderText(self.tr("New kind, for example: Kelompok Wanita Tani"))
        self.new_kind.setEnabled(editable)
        self.new_kind.returnPressed.connect(self.add_kind)
        row.addWidget(self.new_kind)
        add = push(self.tr("Add"), self.add_kind, "add_kind")
        add.setEnabled(editable)
        row.addWidget(add)
        column.addLayout(row)
        box.setMaximumWidth(700)
        return box

    def load(self) -> None:
        profile = office_profile()
        self.name.setText(profile.name)
        self.address.setText(profile.address)
        self.phone.setText(profile.phone)
        self.prefix.setText(profile.member_number_prefix)
        self.kinds.clear()
        self.kinds.addItems([name for _id, name in group_kinds(False)])

    def save(self) -> None:
        self.form.clear_errors()
        profile = OfficeProfile(self.name.text(), self.address.text(), self.phone.text(), self.prefix.text())
        try:
            update_office_profile(self.actor, profile)
        except DomainError as exc:
            report(self.form, self, exc)
            return
        bus.changed.emit("settings")

    def add_kind(self) -> None:
        try:
            add_group_kind(self.actor, self.new_kind.text())
        except DomainError as exc:
            show_refusal(self, exc)
            return
        self.new_kind.clear()
        self.load()
        bus.changed.emit("settings")

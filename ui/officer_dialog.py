"""Appointing a group officer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QFormLayout, QVBoxLayout, QWidget

from desktop.auth import Actor
from desktop.errors import DomainError
from desktop.labels import OFFICES
from desktop.member_queries import MemberFilter, search_members
from desktop.officers import appoint_officer
from ui.bus import bus
from ui.i18n import label
from ui.widgets import DateField, Form, combo, dialog_buttons, report


class OfficerDialog(QDialog):
    def __init__(self, actor: Actor, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.group_id = actor, group_id
        self.setWindowTitle(self.tr("Appoint an officer"))
        layout = QVBoxLayout(self)
        form_layout = QFormLayout()
        self.form = Form(form_layout)
        offices = [(code, label(text)) for code, text in OFFICES.items()]
        self.office = self.form.add(self.tr("Office"), combo(offices), "office")
        rows = search_members(MemberFilter(group_id=group_id), limit=1000)
        people = [(row[0], f"{row[2]} ({row[1]})") for row in rows]
        self.member = self.form.add(self.tr("Member"), combo(people, blank=""), "member_id")
        self.start = self.form.add(self.tr("From"), DateField(), "start_date")
        self.start.set_value(dt.date.today())
        layout.addLayout(form_layout)
        layout.addWidget(dialog_buttons(self, self.tr("Appoint")))
        self.setMinimumWidth(420)

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            start = self.start.value()
            if self.member.currentData() is None:
                self.form.show_note("member_id", self.tr("Choose the member."))
                return
            if start is None:
                self.form.show_note("start_date", self.tr("Enter the date."))
                return
            appoint_officer(self.actor, self.group_id, self.member.currentData(),
                            self.office.currentData(), start)
        except DomainError as exc:
            if exc.field is None:
                exc.field = "start_date"
            report(self.form, self, exc)
            return
        bus.changed.emit("groups")
        super().accept()

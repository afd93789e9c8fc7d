"""The forms for planning or changing a session (with the groups invited, ticked in a list) and
for a program of numbered sessions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.errors import DomainError
from desktop.groups import group_choices
from desktop.labels import SESSION_KINDS
from desktop.training import (
    ProgramForm,
    SessionForm,
    create_program,
    create_session,
    load_program,
    load_session,
    next_program_seq,
    program_choices,
    update_program,
    update_session,
)
from ui.bus import bus
from ui.i18n import label
from ui.widgets import HINT_STYLE, DateField, Form, combo, dialog_buttons, report, select_value


class SessionDialog(QDialog):
    """Edits a plain copy of a session; one operation on Save."""

    def __init__(self, actor: Actor, session_id: int | None = None, parent: QWidget | None = None,
                 program_id: int | None = None, group_id: int | None = None) -> None:
        super().__init__(parent)
        self.actor, self.session_id = actor, session_id
        self.copy = load_session(session_id) if session_id else SessionForm(
            "training", "", dt.date.today(), program_id=program_id,
            group_ids=[group_id] if group_id is not None else [])
        self.setWindowTitle(self.tr("Change session") if session_id else self.tr("New session"))
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        grid.addWidget(self._session_box(), 0, 0)
        grid.addWidget(self._groups_box(), 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid)
        layout.addWidget(dialog_buttons(self, self.tr("Save")))
        self._fill(self.copy)
        self.topic.setFocus()
        self.resize(880, 480)

    def _session_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Session"))
        self.form = Form(QFormLayout(box))
        kinds = [(code, label(text)) for code, text in SESSION_KINDS.items()]
        self.kind = self.form.add(self.tr("Kind"), combo(kinds), "kind")
        self.topic = self.form.add(self.tr("Topic"), QLineEdit(), "topic")
        self.topic.setMaxLength(200)
        self.topic.setPlaceholderText(self.tr("for example: simple bookkeeping for the group"))
        self.on = self.form.add(self.tr("Date"), DateField(), "on")
        times = QWidget()
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        self.starts_at, self.ends_at = QLineEdit(), QLineEdit()
        for field, name in ((self.starts_at, "session_starts"), (self.ends_at, "session_ends")):
            field.setObjectName(name)
            field.setPlaceholderText("09:00")
            field.setMaxLength(5)
            field.setFixedWidth(70)
            field.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9:.]*"), field))
        row.addWidget(self.starts_at)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.ends_at)
        row.addStretch(1)
        self.form.add(self.tr("Time"), times, "starts_at")
        self.form.fields["starts_at"] = (self.starts_at, self.form.note("starts_at"))
        self.form.layout.addRow("", self.form.attach("ends_at", self.ends_at))
        self.place = self.form.add(self.tr("Place"), QLineEdit(), "place")
        self.place.setMaxLength(200)
        self.facilitator = self.form.add(self.tr("Facilitator"), QLineEdit(), "facilitator")
        self.facilitator.setMaxLength(120)
        self.program = self.form.add(self.tr("Program"), combo(program_choices(active_only=True), blank=self.tr("(none)")), "program_id")
        self.program.currentIndexChanged.connect(lambda *_: self._show_next_number())
        self.seq = self.form.add(self.tr("Session number"), QLineEdit(), "program_seq")
        self.seq.setMaxLength(3)
        self.seq.setFixedWidth(70)
        self.seq.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]*"), self.seq))
        self.notes = self.form.add(self.tr("Notes"), QPlainTextEdit(), "notes")
        self.notes.setTabChangesFocus(True)
        for widget, name in ((self.kind, "session_kind"), (self.topic, "session_topic"),
                             (self.on.edit, "session_date"), (self.place, "session_place"),
                             (self.facilitator, "session_facilitator"), (self.program, "session_program"),
                             (self.seq, "session_seq")):
            widget.setObjectName(name)
        return box

    def _groups_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Groups invited"))
        column = QVBoxLayout(box)
        self.find = QLineEdit()
        self.find.setObjectName("session_group_find")
        self.find.setPlaceholderText(self.tr("Find a group…"))
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(self._filter_groups)
        column.addWidget(self.find)
        self.groups = QListWidget()
        self.groups.setObjectName("session_groups")
        for group_id, name in group_choices():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, group_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        self.groups.itemChanged.connect(lambda *_: self._count_groups())
        column.addWidget(self.groups, 1)
        self.group_count = QLabel()
        self.group_count.setObjectName("session_group_count")
        self.group_count.setStyleSheet(HINT_STYLE)
        column.addWidget(self.group_count)
        column.addWidget(self.form.attach("group_ids", self.groups))
        return box

    def _filter_groups(self, text: str) -> None:
        key = text.strip().casefold()
        for i in range(self.groups.count()):
            item = self.groups.item(i)
            item.setHidden(bool(key) and key not in item.text().casefold())

    def _count_groups(self) -> None:
        n = len(self.group_ids())
        self.group_count.setText(self.tr("%n group(s) invited. Their members on the session's day make its list.", "", n))

    def group_ids(self) -> list[int]:
        return [self.groups.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.groups.count())
                if self.groups.item(i).checkState() == Qt.CheckState.Checked]

    def _show_next_number(self) -> None:
        program = self.program.currentData()
        self.seq.setEnabled(program is not None)
        keeps = self.session_id and program == self.copy.program_id and self.copy.program_seq
        if program is None:
            self.seq.setPlaceholderText("")
        elif not keeps:
            self.seq.setPlaceholderText(self.tr("next: {n}").format(n=next_program_seq(program)))

    def _fill(self, s: SessionForm) -> None:
        if s.program_id is not None and self.program.findData(s.program_id) < 0:
            # A closed program still shows on its own sessions.
            name = next((n for i, n in program_choices() if i == s.program_id), "")
            self.program.addItem(name, s.program_id)
        select_value(self.kind, s.kind)
        self.topic.setText(s.topic)
        self.on.set_value(s.on)
        self.starts_at.setText(s.starts_at)
        self.ends_at.setText(s.ends_at)
        self.place.setText(s.place)
        self.facilitator.setText(s.facilitator)
        select_value(self.program, s.program_id)
        self.seq.setText(str(s.program_seq) if s.program_seq else "")
        self.notes.setPlainText(s.notes)
        chosen = set(s.group_ids)
        for i in range(self.groups.count()):
            item = self.groups.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in chosen:
                item.setCheckState(Qt.CheckState.Checked)
        self._show_next_number()
        self._count_groups()

    def collect(self) -> SessionForm:
        """The form's values as a plain copy; raises DomainError for an unreadable date."""
        program = self.program.currentData()
        seq = self.seq.text().strip()
        return SessionForm(self.kind.currentData(), self.topic.text(), self.on.value(),
                           self.starts_at.text(), self.ends_at.text(), self.place.text(),
                           self.facilitator.text(), program,
                           int(seq) if seq and program is not None else None,
                           self.group_ids(), self.notes.toPlainText(), self.copy.version)

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            copy = self.collect()
        except DomainError as exc:
            exc.field = "on"
            self.form.show_errors([exc])
            return
        try:
            if self.session_id:
                update_session(self.actor, self.session_id, copy)
            else:
                self.session_id = create_session(self.actor, copy)
        except DomainError as exc:
            report(self.form, self, exc)
            return
        bus.changed.emit("training")
        super().accept()


class ProgramDialog(QDialog):
    """A program: its name, how many sessions are planned, a description; closed when done."""

    def __init__(self, actor: Actor, program_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.program_id = actor, program_id
        self.copy = load_program(program_id) if program_id else ProgramForm("", 8)
        self.setWindowTitle(self.tr("Change program") if program_id else self.tr("New program"))
        layout = QVBoxLayout(self)
        self.form = Form(QFormLayout())
        self.name = self.form.add(self.tr("Name"), QLineEdit(), "name")
        self.name.setObjectName("program_name")
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("for example: Women's business school 2026"))
        self.planned = self.form.add(self.tr("Sessions planned"), QSpinBox(), "planned_sessions")
        self.planned.setObjectName("program_planned")
        self.planned.setRange(0, 100)
        self.planned.setSpecialValueText(self.tr("not fixed"))
        self.description = self.form.add(self.tr("Description"), QPlainTextEdit(), "description")
        self.description.setObjectName("program_description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(70)
        self.active = QCheckBox(self.tr("Open: new sessions may be added"))
        self.active.setObjectName("program_active")
        self.active.setVisible(program_id is not None)
        self.form.layout.addRow("", self.active)
        layout.addLayout(self.form.layout)
        layout.addWidget(dialog_buttons(self, self.tr("Save")))
        self.name.setText(self.copy.name)
        self.planned.setValue(self.copy.planned_sessions)
        self.description.setPlainText(self.copy.description)
        self.active.setChecked(self.copy.active)
        self.setMinimumWidth(480)

    def accept(self) -> None:
        self.form.clear_errors()
        copy = ProgramForm(self.name.text(), self.planned.value(), self.description.toPlainText(),
                           self.active.isChecked(), self.copy.version)
        try:
            if self.program_id:
                update_program(self.actor, self.program_id, copy)
            else:
                self.program_id = create_program(self.actor, copy)
        except DomainError as exc:
            report(self.form, self, exc)
            return
        bus.changed.emit("training")
        super().accept()


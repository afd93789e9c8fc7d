"""The form of a mentoring visit: the group, the day, the mentor, who was met, what was seen,
and the follow-ups agreed, each with its due date, typed in a small table."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.dates import format_date, parse_date
from desktop.errors import DomainError, NotFound, StaleRecord
from desktop.groups import group_choices
from desktop.mentoring import (
    MET_LENGTH,
    FollowUpForm,
    FollowUpRow,
    VisitForm,
    mentor_choices,
    record_visit,
    update_visit,
    visit_detail,
)
from ui.bus import bus
from ui.i18n import message
from ui.widgets import (
    HINT_STYLE,
    CellTable,
    DateField,
    Form,
    combo,
    dialog_buttons,
    push,
    report,
    select_value,
)

TEXT, DUE, DONE = range(3)
DEFAULT_DAYS = 14  # a new follow-up falls due two weeks after the visit, unless changed
DONE_COLOUR = QColor("#6b6b6b")


class VisitDialog(QDialog):
    """Records a new visit, or changes one; one operation on Save."""

    def __init__(self, actor: Actor, visit_id: int | None = None, group_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.visit_id = actor, visit_id
        self.version = 0
        self.done_rows: dict[int, FollowUpRow] = {}  # follow-ups already done, by id
        stored = visit_detail(visit_id) if visit_id else None
        self.setWindowTitle(self.tr("Change the visit") if visit_id else self.tr("New mentoring visit"))
        layout = QVBoxLayout(self)
        self.form = Form(QFormLayout())
        self._details(stored.mentor_id if stored else None)
        layout.addLayout(self.form.layout)
        layout.addWidget(self._follow_ups_box(), 1)
        layout.addWidget(dialog_buttons(self, self.tr("Save")))
        if stored is not None:
            self._fill(stored)
        else:
            select_value(self.group, group_id)
            self.date.set_value(dt.date.today())
            select_value(self.mentor, actor.id)
        self.resize(720, 600)
        self.group.setFocus()

    def _details(self, mentor_id: int | None) -> None:
        self.group = self.form.add(self.tr("Group"), combo(group_choices(), blank=""), "group")
        self.group.setObjectName("visit_group")
        self.date = self.form.add(self.tr("Date of the visit"), DateField(), "date")
        self.date.setObjectName("visit_date")
        self.date.setMaximumWidth(160)
        self.mentor = self.form.add(self.tr("Mentor"), combo(mentor_choices(also=mentor_id), blank=""), "mentor")
        self.mentor.setObjectName("visit_mentor")
        self.met = self.form.add(self.tr("Who was met"), QLineEdit(), "met")
        self.met.setObjectName("visit_met")
        self.met.setMaxLength(MET_LENGTH)
        self.met.setPlaceholderText(self.tr("for example: the chair, the treasurer and 8 members"))
        self.notes = self.form.add(self.tr("What was seen and discussed"), QPlainTextEdit(), "notes")
        self.notes.setObjectName("visit_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(90)

    def _follow_ups_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Follow-ups agreed"))
        column = QVBoxLayout(box)
        self.table = CellTable(0, 3)
        self.table.setObjectName("visit_follow_ups")
        self.table.setHorizontalHeaderLabels([self.tr("What was agreed"), self.tr("Due (dd/mm/yyyy)"), self.tr("Done")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(DUE, 120)
        self.table.setColumnWidth(DONE, 130)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Typing into a cell replaces it, F2 or a double click changes it; moving with Tab or
        # the arrows does not open an editor on every cell passed.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.setTabKeyNavigation(True)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        column.addWidget(self.table, 1)
        column.addWidget(self.form.attach("follow_ups", self.table))
        row = QHBoxLayout()
        row.addWidget(push(self.tr("Add a follow-up (Ctrl+Enter)"), self.add_follow_up, "add_follow_up"))
        self.remove_button = push(self.tr("Remove the follow-up"), self.remove_follow_up, "remove_follow_up")
        row.addWidget(self.remove_button)
        self.hint = QLabel()
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)
        row.addWidget(self.hint, 1)
        column.addLayout(row)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.add_follow_up)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.add_follow_up)
        self._update_buttons()
        return box

    def _fill(self, stored) -> None:
        self.version = stored.version
        select_value(self.group, stored.group_id)
        self.date.set_value(stored.on)
        select_value(self.mentor, stored.mentor_id)
        self.met.setText(stored.met)
        self.notes.setPlainText(stored.notes)
        for follow_up in stored.follow_ups:
            self._add_row(follow_up.text, follow_up.due_on, follow_up.id)
            if follow_up.done_on is not None:
                self.done_rows[follow_up.id] = follow_up
                done = self.table.item(self.table.rowCount() - 1, DONE)
                done.setText(self.tr("done {date}").format(date=format_date(follow_up.done_on)))
        self._update_buttons()

    def _add_row(self, text: str, due: dt.date | None, follow_up_id: int | None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, follow_up_id)
        self.table.setItem(row, TEXT, item)
        self.table.setItem(row, DUE, QTableWidgetItem(format_date(due)))
        done = QTableWidgetItem("")
        done.setFlags(done.flags() & ~Qt.ItemFlag.ItemIsEditable)
        done.setForeground(QBrush(DONE_COLOUR))
        self.table.setItem(row, DONE, done)
        return row

    def add_follow_up(self) -> None:
        """A new row, due two weeks after the visit, with the cursor in its text."""
        try:
            on = self.date.value()
        except DomainError:
            on = None
        row = self._add_row("", on + dt.timedelta(days=DEFAULT_DAYS) if on else None, None)
        self.table.setCurrentCell(row, TEXT)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, TEXT))
        self._update_buttons()

    def _row_id(self, row: int) -> int | None:
        return self.table.item(row, TEXT).data(Qt.ItemDataRole.UserRole)

    def remove_follow_up(self) -> None:
        row = self.table.currentRow()
        if row >= 0 and self._row_id(row) not in self.done_rows:
            self.table.removeRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        done = row >= 0 and self._row_id(row) in self.done_rows
        self.remove_button.setEnabled(row >= 0 and not done)
        self.hint.setText(self.tr("A follow-up already done stays on the visit.") if done else "")

    def follow_ups(self) -> tuple[list[FollowUpForm], str]:
        """The table's rows, blank ones left out, and what is wrong with a date that cannot
        be read ("" when none)."""
        rows = []
        for row in range(self.table.rowCount()):
            text = self.table.item(row, TEXT).text().strip()
            due_text = self.table.item(row, DUE).text().strip()
            if not text and not due_text and self._row_id(row) is None:
                continue
            try:
                due = parse_date(due_text)
            except DomainError as exc:
                return rows, self.tr("Follow-up {row}: {problem}").format(row=len(rows) + 1, problem=message(exc))
            rows.append(FollowUpForm(text, due, self._row_id(row)))
        return rows, ""

    def accept(self) -> None:
        self.form.clear_errors()
        follow_ups, problem = self.follow_ups()
        if problem:
            self.form.show_note("follow_ups", problem)
            return
        try:
            form = VisitForm(self.group.currentData(), self.date.value(), self.mentor.currentData(),
                             self.met.text(), self.notes.toPlainText(), follow_ups, self.version)
        except DomainError as exc:
            exc.field = "date"
            report(self.form, self, exc)
            return
        try:
            if self.visit_id:
                update_visit(self.actor, self.visit_id, form)
            else:
                self.visit_id = record_visit(self.actor, form)
        except DomainError as exc:
            report(self.form, self, exc)
            if isinstance(exc, StaleRecord | NotFound):
                bus.changed.emit("visits")
            return
        bus.changed.emit("visits")
        super().accept()

"""Follow-ups agreed at visits: marking one done, and the list of those past their due date
that a mentor (or the administrator and the chair, everyone's) sees on logging in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import MENTOR, Actor
from desktop.dates import format_date
from desktop.errors import DomainError
from desktop.mentoring import DONE_NOTE_LENGTH, OverdueRow, mark_follow_up_done, overdue_at_login
from ui.bus import bus
from ui.widgets import (
    HINT_STYLE,
    Column,
    DateField,
    Form,
    RowsModel,
    dialog_buttons,
    make_table,
    report,
)

LATE = QColor("#b00020")
DONE = QColor("#6b6b6b")


class TintedRows(RowsModel):
    """Rows coloured by what they say: *tint* gives a row's colour (or None) and whether it is
    bold; *columns* limits the colour to some columns. The whole of a cut-off text shows under
    the mouse."""

    def __init__(self, columns: list[Column], tint: Callable[[Any], tuple[QColor | None, bool]],
                 parent: Any = None, tinted: set[int] | None = None) -> None:
        super().__init__(columns, parent)
        self.tint, self.tinted = tint, tinted

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            if self.tinted is not None and index.column() not in self.tinted:
                return None
            colour, bold = self.tint(self.rows[index.row()])
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(colour) if colour is not None else None
            if bold:
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)


class DoneDialog(QDialog):
    """Mark a follow-up done: the day it was done, and a short note of what was done."""

    def __init__(self, actor: Actor, follow_up_id: int, text: str, group: str, visit_on: dt.date,
                 due_on: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.follow_up_id = actor, follow_up_id
        self.setWindowTitle(self.tr("Follow-up done"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        header = QLabel(self.tr("<b>{text}</b><br>{group} · agreed at the visit of {visit}, due {due}").format(
            text=escape(text), group=escape(group), visit=format_date(visit_on), due=format_date(due_on)))
        header.setObjectName("done_header")
        header.setWordWrap(True)
        layout.addWidget(header)
        self.form = Form(QFormLayout())
        self.done_on = self.form.add(self.tr("Done on"), DateField(), "done_on")
        self.done_on.setObjectName("done_on")
        self.done_on.set_value(dt.date.today())
        self.note = self.form.add(self.tr("What was done"), QLineEdit(), "note")
        self.note.setObjectName("done_note")
        self.note.setMaxLength(DONE_NOTE_LENGTH)
        self.note.setPlaceholderText(self.tr("optional, for example: the cash book is filled in up to May"))
        layout.addLayout(self.form.layout)
        layout.addWidget(dialog_buttons(self, self.tr("Mark done")))
        self.done_on.setFocus()
        self.done_on.edit.selectAll()

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            done_on = self.done_on.required_value("done_on")
            mark_follow_up_done(self.actor, self.follow_up_id, done_on, self.note.text())
        except DomainError as exc:
            report(self.form, self, exc)
            return
        bus.changed.emit("visits")
        super().accept()


def overdue_rows(actor: Actor, today: dt.date | None = None) -> list[OverdueRow]:
    """The overdue follow-ups the user is shown on logging in (none for most roles)."""
    return overdue_at_login(actor, today)


class OverdueDialog(QDialog):
    """The follow-ups past their due date, with a way to mark one done or to open the visits."""

    def __init__(self, actor: Actor, rows: list[OverdueRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.open_visits = False
        self.setWindowTitle(self.tr("Follow-ups past their due date"))
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("overdue_header")
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        columns = [
            Column(self.tr("Group"), lambda r: r.group, width=160),
            Column(self.tr("What was agreed"), lambda r: r.text, width=340),
            Column(self.tr("Visit"), lambda r: format_date(r.visit_on), lambda r: r.visit_on, 85),
            Column(self.tr("Due"), lambda r: format_date(r.due_on), lambda r: r.due_on, 90),
            Column(self.tr("Days late"), lambda r: str(r.days_overdue), lambda r: r.days_overdue, 70, True),
        ]
        if actor.role != MENTOR:
            columns.append(Column(self.tr("Mentor"), lambda r: r.mentor, width=130))
        self.model = TintedRows(columns, lambda r: (LATE, r.days_overdue > 30), self, {3, 4})
        self.table = make_table(self.model, "overdue_table")
        self.table.setSortingEnabled(False)
        self.table.doubleClicked.connect(lambda *_: self.mark_done())
        layout.addWidget(self.table, 1)
        hint = QLabel(self.tr("Mark a follow-up done when it was done; open the visits to change "
                              "what was agreed or its due date."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(hint)
        buttons = QDialogButtonBox()
        self.done_button = buttons.addButton(self.tr("Mark done…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.done_button.setObjectName("overdue_done")
        self.done_button.clicked.connect(self.mark_done)
        self.done_button.setEnabled(actor.may("visits.record"))
        visits = buttons.addButton(self.tr("Open the visits"), QDialogButtonBox.ButtonRole.ActionRole)
        visits.setObjectName("overdue_open_visits")
        visits.clicked.connect(self._open_visits)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("overdue_close")
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_rows(rows)
        self.resize(sum(c.width for c in columns) + 60, 420)

    def show_rows(self, rows: list[OverdueRow]) -> None:
        self.model.set_rows(rows)
        if not rows:
            self.header.setText(self.tr("Every follow-up is done or not yet due."))
        elif self.actor.role == MENTOR:
            self.header.setText(self.tr("<b>%n follow-up(s) of your visits or your groups are past their due date.</b>", "", len(rows)))
        else:
            self.header.setText(self.tr("<b>%n follow-up(s) agreed at mentoring visits are past their due date.</b>", "", len(rows)))
        if rows:
            self.table.selectRow(0)
        self.done_button.setEnabled(bool(rows) and self.actor.may("visits.record"))

    def current(self) -> OverdueRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def mark_done(self) -> None:
        row = self.current()
        if row is None or not self.actor.may("visits.record"):
            return
        dialog = DoneDialog(self.actor, row.follow_up_id, row.text, row.group, row.visit_on, row.due_on, self)
        if dialog.exec():
            self.show_rows(overdue_rows(self.actor))

    def _open_visits(self) -> None:
        self.open_visits = True
        self.accept()


def show_open_follow_ups(window: QWidget) -> None:
    """The main window on the visits that have follow-ups still open."""
    pages = getattr(window, "pages", {})
    if "development" in pages:
        window.show_page("development")
        page = pages["development"]
        page.tabs.setCurrentWidget(page.visits)
        page.visits.show_open_follow_ups()

"""Sessions and attendance: the list of sessions (filtered by kind, program, group and period,
upcoming or past) with the chosen session's attendance beside it, taken on a grid or by
scanning member cards; and the attendance rates by member, group, kind of session and program,
with a program's matrix of who attended which of its sessions."""

from __future__ import annotations

import dataclasses
import datetime as dt
from fractions import Fraction
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.dates import format_date
from desktop.errors import DomainError
from desktop.groups import group_choices
from desktop.labels import ATTENDANCE, SESSION_KINDS
from desktop.training import delete_session, program_choices
from desktop.training_rates import (
    ProgramMatrix,
    ProgramRow,
    SessionFilter,
    SessionRow,
    attendance_rates,
    list_programs,
    list_sessions,
    overall_rate,
    program_matrix,
)
from ui.attendance_grid import STATUS_COLOURS, AttendancePanel
from ui.bus import bus
from ui.i18n import label, message
from ui.paper_dialogs import make_pdf
from ui.pools_tab import TotalsModel
from ui.session_dialog import ProgramDialog, SessionDialog
from ui.widgets import (
    ERROR_STYLE,
    HINT_STYLE,
    Column,
    DateField,
    RowsModel,
    combo,
    confirm,
    make_table,
    push,
    refill,
    select_value,
    set_widths,
    show_refusal,
)

UPCOMING = QColor("#1f5f99")


class SessionsModel(RowsModel):
    """Sessions, the upcoming ones in blue."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() \
                and self.rows[index.row()].on >= dt.date.today():
            return QBrush(UPCOMING)
        return super().data(index, role)


class SessionsTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.loaded = self.stale = False
        self.tabs = QTabWidget()
        self.tabs.setObjectName("session_tabs")
        self.tabs.addTab(self._sessions_page(), self.tr("Sessions"))
        self.rates = RatesPanel(self)
        self.tabs.addTab(self.rates, self.tr("Attendance rates"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_session)
        bus.changed.connect(self._on_changed)
        self._update_buttons()

    # --- building ---------------------------------------------------------------------------

    def _sessions_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(self._filter_bar())
        layout.addLayout(self._button_bar())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("session_splitter")
        self.model = SessionsModel([
            Column(self.tr("Date"), lambda r: format_date(r.on), lambda r: (r.on, r.starts_at), 82),
            Column(self.tr("Topic"), lambda r: r.topic, width=180),
            Column(self.tr("Attendance"), self._attendance_text, lambda r: (r.came, r.marked), 175),
            Column(self.tr("Kind"), lambda r: label(SESSION_KINDS.get(r.kind, r.kind)), width=105),
            Column(self.tr("Program"), self._program_text, width=140),
            Column(self.tr("Groups"), lambda r: r.groups, width=160),
        ], self)
        self.table = make_table(self.model, "session_list")
        self.table.setSortingEnabled(False)  # newest first, or the nearest first when upcoming
        self.table.selectionModel().currentRowChanged.connect(self._session_chosen)
        self.table.doubleClicked.connect(lambda *_: self.change_session())
        splitter.addWidget(self.table)
        self.panel = AttendancePanel(self.actor)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        return page

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.when = combo([("all", self.tr("All sessions")), ("upcoming", self.tr("Upcoming")),
                           ("past", self.tr("Past"))])
        self.kind = combo([(code, label(text)) for code, text in SESSION_KINDS.items()], blank=self.tr("All kinds"))
        self.program = combo([], blank=self.tr("All programs"))
        self.group = combo([], blank=self.tr("All groups"))
        self.since, self.until = DateField(), DateField()
        for widget, name in ((self.when, "session_when"), (self.kind, "session_filter_kind"),
                             (self.program, "session_filter_program"), (self.group, "session_filter_group")):
            widget.setObjectName(name)
            widget.currentIndexChanged.connect(lambda *_: self.refresh())
            bar.addWidget(widget)
        self.group.setMinimumContentsLength(16)
        for caption, field, name in ((self.tr("From"), self.since, "session_since"),
                                     (self.tr("to"), self.until, "session_until")):
            bar.addWidget(QLabel(caption))
            field.edit.setObjectName(name)
            field.edit.editingFinished.connect(self.refresh)
            field.calendar.clicked.connect(lambda *_: self.refresh())
            bar.addWidget(field)
        self.filter_note = QLabel()
        self.filter_note.setObjectName("session_filter_note")
        self.filter_note.setStyleSheet(ERROR_STYLE)
        bar.addWidget(self.filter_note, 1)
        return bar

    def _button_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.new_button = push(self.tr("New session… (Ctrl+N)"), self.new_session, "session_new")
        self.change_button = push(self.tr("Change…"), self.change_session, "session_change")
        self.delete_button = push(self.tr("Delete"), self.delete_session, "session_delete")
        self.new_program_button = push(self.tr("New program…"), self.new_program, "program_new")
        self.change_program_button = push(self.tr("Change program…"), self.change_program, "program_change")
        self.print_button = push(self.tr("Print attendance sheet…"), self.print_sheet, "session_print")
        managing = (self.new_button, self.change_button, self.delete_button,
                    self.new_program_button, self.change_program_button)
        for button in managing:
            button.setVisible(self.actor.may("training.manage"))
        for button in managing[:3]:
            bar.addWidget(button)
        bar.addSpacing(16)
        bar.addWidget(self.new_program_button)
        bar.addWidget(self.change_program_button)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        return bar

    def _program_text(self, row: SessionRow) -> str:
        if not row.program:
            return ""
        return self.tr("{program} · {seq}").format(program=row.program, seq=row.program_seq)

    def _attendance_text(self, row: SessionRow) -> str:
        if not row.marked:
            return self.tr("not taken") if row.on <= dt.date.today() else ""
        text = self.tr("{came} of {listed} came").format(came=row.came, listed=row.invited)
        if row.marked < row.invited:
            text += " · " + self.tr("{n} not marked").format(n=row.invited - row.marked)
        return text

    # --- showing ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        # Read when first shown, not at start-up; again when something changed meanwhile.
        if not self.loaded or self.stale:
            self.loaded = True
            self._refill_choices()
            self.refresh()

    def _refill_choices(self) -> None:
        programs = [(p.id, self._program_choice(p)) for p in list_programs()]
        refill(self.program, programs, self.tr("All programs"))
        refill(self.group, group_choices(), self.tr("All groups"))
        self.rates.refill_choices()

    def _program_choice(self, program: ProgramRow) -> str:
        """"Sekolah Usaha Perempuan · 5 of 8 held", so that one sees how far a program is."""
        held = (self.tr("{held} of {planned} held").format(held=program.held, planned=program.planned_sessions)
                if program.planned_sessions else self.tr("{held} held").format(held=program.held))
        closed = " · " + self.tr("closed") if not program.active else ""
        return f"{program.name} · {held}{closed}"

    def _filter(self) -> SessionFilter | None:
        try:
            since, until = self.since.value(), self.until.value()
        except DomainError as exc:
            self.filter_note.setText(message(exc))
            return None
        self.filter_note.clear()
        return SessionFilter(self.kind.currentData(), self.program.currentData(),
                             self.group.currentData(), since, until, self.when.currentData())

    def refresh(self) -> None:
        """Read the sessions again, keeping the one chosen."""
        flt = self._filter()
        if flt is None:
            return
        self.stale = False
        chosen = self.panel.session_id
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(list_sessions(flt))
        row = next((i for i, r in enumerate(self.model.rows) if r.id == chosen), None)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectionModel().blockSignals(False)
        self._update_buttons()

    def select_session(self, session_id: int) -> None:
        """Choose a session in the list (showing all sessions if the filter hides it)."""
        row = next((i for i, r in enumerate(self.model.rows) if r.id == session_id), None)
        if row is None:
            for box in (self.when, self.kind, self.program, self.group):
                box.blockSignals(True)
                box.setCurrentIndex(0)
                box.blockSignals(False)
            self.since.set_value(None)
            self.until.set_value(None)
            self.refresh()
            row = next((i for i, r in enumerate(self.model.rows) if r.id == session_id), None)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _session_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        session_id = self.model.row_at(current.row()).id if current.isValid() else None
        if session_id == self.panel.session_id:
            return
        if not self.panel.may_leave():
            # Back to the session being typed, without asking again.
            self.table.selectionModel().blockSignals(True)
            self.table.setCurrentIndex(previous)
            self.table.selectionModel().blockSignals(False)
            return
        self.panel.show_session(session_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.panel.session_id is not None
        self.change_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen and not self.panel.model.stored_marks())
        self.print_button.setEnabled(chosen)
        self.change_program_button.setEnabled(self.program.currentData() is not None)

    def _on_changed(self, area: str) -> None:
        if area in ("training", "groups", "members"):
            self.stale = True
            if self.isVisible():
                self._refill_choices()  # a program or a group may be new
                self.refresh()
                self.rates.refresh()

    # --- doing ------------------------------------------------------------------------------

    def new_session(self) -> None:
        if not (self.new_button.isVisible() and self.panel.may_leave()):
            return
        dialog = SessionDialog(self.actor, None, self, self.program.currentData(), self.group.currentData())
        if dialog.exec():
            self.select_session(dialog.session_id)

    def change_session(self) -> None:
        session_id = self.panel.session_id
        if session_id is None or not self.change_button.isVisible():
            return
        try:
            dialog = SessionDialog(self.actor, session_id, self)
        except DomainError as exc:  # deleted on another PC meanwhile
            show_refusal(self, exc)
            self.panel.reload()
            self.refresh()
            return
        if dialog.exec():
            self.select_session(session_id)
            self.panel.reload()

    def delete_session(self) -> None:
        info = self.panel.info
        if info is None or not self.delete_button.isEnabled():
            return
        if not confirm(self, self.tr("Delete the session"), self.tr(
                "Delete the session {topic} of {date}? Do this only for a session that did not take place.").format(
                topic=info.topic, date=format_date(info.on)), self.tr("Delete")):
            return
        try:
            delete_session(self.actor, info.id, info.version)
        except DomainError as exc:
            show_refusal(self, exc)
            return
        self.panel.show_session(None)
        bus.changed.emit("training")

    def new_program(self) -> None:
        dialog = ProgramDialog(self.actor, None, self)
        if dialog.exec():
            self._refill_choices()
            select_value(self.program, dialog.program_id)

    def change_program(self) -> None:
        program_id = self.program.currentData()
        if program_id is not None and ProgramDialog(self.actor, program_id, self).exec():
            self._refill_choices()

    def print_sheet(self) -> None:
        """The daftar hadir of the chosen session: blank before it, filled in after."""
        info = self.panel.info
        if info is None:
            return
        session_id = info.id

        def render(path: Path, progress, cancelled) -> None:
            from desktop.documents.attendance_sheet import write_attendance_sheet

            write_attendance_sheet(path, session_id)

        make_pdf(self, self.tr("Attendance sheet"), f"daftar-hadir-{info.on:%Y%m%d}", render)


# --- attendance rates --------------------------------------------------------------------------

def percent(rate: Fraction | None) -> str:
    return "" if rate is None else QLocale().toString(float(rate) * 100, "f", 1) + "%"


class MatrixModel(RowsModel):
    """Members by session number: each cell coloured by the member's mark."""

    matrix: ProgramMatrix | None = None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        number = self._number(index.column()) if index.isValid() else None
        if number is not None:
            status = self.rows[index.row()].statuses[number - 1]
            if role == Qt.ItemDataRole.BackgroundRole and status:
                return QBrush(STATUS_COLOURS[status])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.ToolTipRole and status:
                return self._session_words(number) + "\n" + label(ATTENDANCE[status])
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        number = self._number(section) if orientation == Qt.Orientation.Horizontal else None
        if number is not None and role == Qt.ItemDataRole.ToolTipRole:
            return self._session_words(number)
        return super().headerData(section, orientation, role)

    def _number(self, column: int) -> int | None:
        first = 2  # after the member and the group
        if self.matrix is None or not first <= column < first + len(self.matrix.numbers):
            return None
        return self.matrix.numbers[column - first]

    def _session_words(self, number: int) -> str:
        session = self.matrix.sessions.get(number)
        if session is None:
            return self.tr("Session {n}: not entered yet").format(n=number)
        return self.tr("Session {n}: {topic}, {date}").format(n=number, topic=session.topic, date=format_date(session.on))


class RatesPanel(QWidget):
    """Attendance rates by member, group, kind of session or program within a period, and the
    matrix of a program's series."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addLayout(self._bar())
        note = QLabel(self.tr("Rate = (present + late) ÷ everyone marked (present, late, excused, absent). Members not marked are not counted: their attendance was not taken."))
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        layout.addWidget(note)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("rates_splitter")
        # Tables are made with columns (sorting an empty model crashes Qt); they follow the
        # choices on each refresh.
        self.rates_model = TotalsModel(self._rate_columns("member"), self)
        self.rates_table = make_table(self.rates_model, "rates_table")
        self.rates_table.setSortingEnabled(False)
        self.rates_table.horizontalHeader().setStretchLastSection(False)
        splitter.addWidget(self.rates_table)
        matrix_box = QWidget()
        column = QVBoxLayout(matrix_box)
        column.setContentsMargins(0, 0, 0, 0)
        self.matrix_title = QLabel()
        self.matrix_title.setObjectName("matrix_title")
        self.matrix_title.setStyleSheet("font-weight: bold;")
        self.matrix_title.setWordWrap(True)
        column.addWidget(self.matrix_title)
        self.matrix_model = MatrixModel(self._member_columns(), self)
        self.matrix_table = make_table(self.matrix_model, "matrix_table")
        self.matrix_table.setSortingEnabled(False)
        self.matrix_table.horizontalHeader().setStretchLastSection(False)
        column.addWidget(self.matrix_table, 1)
        splitter.addWidget(matrix_box)
        layout.addWidget(splitter, 1)

    def _bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Rates by")))
        self.by = combo([("member", self.tr("member")), ("group", self.tr("group")),
                         ("kind", self.tr("kind of session")), ("program", self.tr("program"))])
        self.group = combo([], blank=self.tr("All groups"))
        self.group.setMinimumContentsLength(16)
        self.program = combo([], blank=self.tr("All programs"))
        self.kind = combo([(code, label(text)) for code, text in SESSION_KINDS.items()], blank=self.tr("All kinds"))
        for box, name in ((self.by, "rates_by"), (self.group, "rates_group"),
                          (self.program, "rates_program"), (self.kind, "rates_kind")):
            box.setObjectName(name)
            box.currentIndexChanged.connect(lambda *_: self.refresh())
            bar.addWidget(box)
        self.since, self.until = DateField(), DateField()
        for caption, field, name in ((self.tr("From"), self.since, "rates_since"),
                                     (self.tr("to"), self.until, "rates_until")):
            bar.addWidget(QLabel(caption))
            field.edit.setObjectName(name)
            field.edit.editingFinished.connect(self.refresh)
            field.calendar.clicked.connect(lambda *_: self.refresh())
            bar.addWidget(field)
        self.note = QLabel()
        self.note.setObjectName("rates_note")
        self.note.setStyleSheet(ERROR_STYLE)
        bar.addWidget(self.note, 1)
        return bar

    def refill_choices(self) -> None:
        refill(self.group, group_choices(), self.tr("All groups"))
        refill(self.program, program_choices(), self.tr("All programs"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            return
        try:
            since, until = self.since.value(), self.until.value()
        except DomainError as exc:
            self.note.setText(message(exc))
            return
        self.note.clear()
        by, group, program, kind = (self.by.currentData(), self.group.currentData(),
                                    self.program.currentData(), self.kind.currentData())
        rows = attendance_rates(by, group, program, since, until, kind)
        total = overall_rate(group, program, since, until, kind)
        total = dataclasses.replace(total, name=self.tr("All marks"))
        self.rates_model.set_columns(self._rate_columns(by), [*rows, total] if rows else [])
        set_widths(self.rates_table, [c.width for c in self.rates_model.columns])
        self._show_matrix(program, group)

    def _rate_columns(self, by: str) -> list[Column]:
        name = {"member": self.tr("Member"), "group": self.tr("Group"),
                "kind": self.tr("Kind of session"), "program": self.tr("Program")}[by]
        show = (lambda r: label(SESSION_KINDS.get(r.key, r.key)) if r.key else r.name) if by == "kind" else (lambda r: r.name)
        columns = [Column(name, show, width=200)]
        if by == "member":
            columns += [Column(self.tr("Number"), lambda r: r.number, width=85),
                        Column(self.tr("Group"), lambda r: r.group, width=150)]
        columns.append(Column(self.tr("Rate"), lambda r: percent(r.rate), width=72, align_right=True))
        figures = [(self.tr("Sessions"), "sessions"), (self.tr("Present"), "present"),
                   (self.tr("Late"), "late"), (self.tr("Excused"), "excused"),
                   (self.tr("Absent"), "absent"), (self.tr("Marked"), "marked")]
        columns += [Column(text, lambda r, a=attr: str(getattr(r, a)), width=72, align_right=True)
                    for text, attr in figures]
        return columns

    def _member_columns(self) -> list[Column]:
        return [Column(self.tr("Member"), lambda r: f"{r.name} ({r.number})", width=220),
                Column(self.tr("Group"), lambda r: r.group, width=140)]

    def _show_matrix(self, program: int | None, group: int | None) -> None:
        # Without a program the matrix is only its title, and the rates have the room.
        if self.matrix_table.isHidden() != (program is None):
            self.matrix_table.setHidden(program is None)
            height = sum(self.splitter.sizes())
            title = self.matrix_title.sizeHint().height()
            self.splitter.setSizes([height - title, title] if program is None else [height // 2, height - height // 2])
        if program is None:
            self.matrix_model.matrix = None
            self.matrix_model.set_columns(self._member_columns(), [])
            self.matrix_title.setText(self.tr("Choose a program above to see who attended which of its sessions."))
            return
        matrix = program_matrix(program, group)
        self.matrix_model.matrix = matrix
        columns = self._member_columns()
        short = {"present": self.tr("P", "present, one letter"), "late": self.tr("L", "late, one letter"),
                 "excused": self.tr("E", "excused, one letter"), "absent": self.tr("A", "absent, one letter"), "": ""}
        columns += [Column(str(n), lambda r, i=i: short[r.statuses[i]], width=34)
                    for i, n in enumerate(matrix.numbers)]
        columns.append(Column(self.tr("Attended"), lambda r: self.tr("{attended} of {marked} · {rate}").format(
            attended=r.attended, marked=r.marked, rate=percent(r.rate)), width=150))
        self.matrix_model.set_columns(columns, matrix.rows)
        set_widths(self.matrix_table, [c.width for c in columns])
        self.matrix_title.setText(self.tr("{program}: %n session(s) held of {planned} · who attended which", "", matrix.held).format(
            program=matrix.name, planned=len(matrix.numbers)))

"""Mentoring visits: the list with its filters (group, mentor, period, only those with open
follow-ups), the chosen visit's notes and follow-ups, overdue ones in red, and the steps:
a new visit, changing one, marking a follow-up done or open again."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import MENTOR, Actor
from desktop.dates import format_date
from desktop.errors import DomainError
from desktop.groups import group_choices
from desktop.mentoring import FollowUpRow, VisitRow, list_visits, reopen_follow_up, visit_mentors
from ui.bus import bus
from ui.follow_ups import DONE, LATE, DoneDialog, TintedRows
from ui.i18n import message
from ui.visit_dialog import VisitDialog
from ui.widgets import (
    ERROR_STYLE,
    HINT_STYLE,
    Column,
    DateField,
    combo,
    confirm,
    make_table,
    push,
    refill,
    select_value,
    show_refusal,
)

FOLLOW_UPS_COLUMN = 4


def first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


class VisitsTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.loaded = False
        self.today = dt.date.today()
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_bar())
        status = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("visits_count")
        self.count.setStyleSheet(HINT_STYLE)
        status.addWidget(self.count)
        self.filter_note = QLabel()
        self.filter_note.setStyleSheet(ERROR_STYLE)
        status.addWidget(self.filter_note, 1)
        layout.addLayout(status)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("visits_splitter")
        splitter.addWidget(self._visit_list())
        splitter.addWidget(self._detail_area())
        # The visits have the room; a visit's follow-ups are a few lines.
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 240])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_visit)
        bus.changed.connect(self._on_changed)
        self._update_buttons()

    # --- building -----------------------------------------------------------------------

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.group = combo([], blank=self.tr("All groups"))
        self.group.setObjectName("visits_group")
        self.group.setMinimumContentsLength(16)
        self.mentor = combo([], blank=self.tr("All mentors"))
        self.mentor.setObjectName("visits_mentor")
        self.mentor.setMinimumContentsLength(12)
        for box in (self.group, self.mentor):
            box.currentIndexChanged.connect(lambda *_: self.apply_filter())
            bar.addWidget(box)
        bar.addWidget(QLabel(self.tr("from")))
        self.since = DateField()
        self.since.setObjectName("visits_since")
        bar.addWidget(self.since)
        bar.addWidget(QLabel(self.tr("to")))
        self.until = DateField()
        self.until.setObjectName("visits_until")
        bar.addWidget(self.until)
        for field in (self.since, self.until):
            field.setMaximumWidth(130)
            field.edited.connect(self._dates_edited)
        self.open_only = QCheckBox(self.tr("Only with open follow-ups"))
        self.open_only.setObjectName("visits_open_only")
        self.open_only.toggled.connect(lambda *_: self.apply_filter())
        bar.addWidget(self.open_only)
        bar.addStretch()
        self.new_button = push(self.tr("New visit… (Ctrl+N)"), self.new_visit, "visit_new")
        self.edit_button = push(self.tr("Change…"), self.edit_visit, "visit_edit")
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        return bar

    def _visit_list(self) -> QWidget:
        self.model = TintedRows([
            Column(self.tr("Date"), lambda v: format_date(v.on), lambda v: (v.on, v.id), 85),
            Column(self.tr("Group"), lambda v: v.group, width=180),
            Column(self.tr("Mentor"), lambda v: v.mentor, width=120),
            Column(self.tr("Who was met"), lambda v: v.met, width=180),
            Column(self.tr("Follow-ups"), self._counts, lambda v: (v.overdue, v.open), 170),
            Column(self.tr("Notes"), lambda v: first_line(v.notes), width=300),
        ], lambda v: (LATE, True) if v.overdue else (None, False), self, {FOLLOW_UPS_COLUMN})
        self.visits = make_table(self.model, "visits_table")
        self.visits.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.visits.selectionModel().currentRowChanged.connect(lambda *_: self.show_visit())
        self.visits.doubleClicked.connect(lambda *_: self.edit_visit())
        return self.visits

    def _counts(self, v: VisitRow) -> str:
        if not v.follow_ups:
            return ""
        parts = []
        if v.overdue:
            parts.append(self.tr("%n overdue", "", v.overdue))
        if v.open - v.overdue:
            parts.append(self.tr("%n open", "", v.open - v.overdue))
        if v.done:
            parts.append(self.tr("%n done", "", v.done))
        return " · ".join(parts)

    def _detail_area(self) -> QWidget:
        area = QWidget()
        column = QVBoxLayout(area)
        column.setContentsMargins(0, 0, 0, 0)
        self.info = QLabel()
        self.info.setObjectName("visit_info")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.info)
        row = QHBoxLayout()
        self.follow_model = TintedRows([
            Column(self.tr("What was agreed"), lambda f: f.text, width=360),
            Column(self.tr("Due"), lambda f: format_date(f.due_on), lambda f: f.due_on, 90),
            Column(self.tr("Status"), self._status, lambda f: (f.done_on is None, f.due_on), 185),
            Column(self.tr("Done by"), lambda f: f.done_by, width=110),
            Column(self.tr("What was done"), lambda f: f.done_note, width=200),
        ], self._tint_follow_up, self)
        self.follow_ups = make_table(self.follow_model, "visit_follow_ups_list")
        self.follow_ups.setSortingEnabled(False)
        self.follow_ups.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.follow_ups.doubleClicked.connect(lambda *_: self.mark_done())
        row.addWidget(self.follow_ups, 1)
        buttons = QVBoxLayout()
        self.done_button = push(self.tr("Done…"), self.mark_done, "follow_up_done")
        self.reopen_button = push(self.tr("Not done after all"), self.reopen, "follow_up_reopen")
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch()
        row.addLayout(buttons)
        column.addLayout(row, 1)
        return area

    def _status(self, f: FollowUpRow) -> str:
        if f.done_on is not None:
            return self.tr("done {date}").format(date=format_date(f.done_on))
        late = f.days_overdue(self.today)
        if late:
            return self.tr("overdue, %n day(s) late", "", late)
        return self.tr("due today") if f.due_on == self.today else self.tr("open")

    def _tint_follow_up(self, f: FollowUpRow):
        if f.done_on is not None:
            return DONE, False
        return (LATE, True) if f.days_overdue(self.today) else (None, False)

    # --- showing ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        # Read when first shown, not at start-up; again each time, as another PC may have
        # changed the visits meanwhile.
        if not self.loaded:
            self.loaded = True
            self._fill_choices()
            if self.actor.role == MENTOR:
                select_value(self.mentor, self.actor.id)
        self.refresh()
        super().showEvent(event)

    def _fill_choices(self) -> None:
        for box, items, blank in ((self.group, group_choices(), self.tr("All groups")),
                                  (self.mentor, visit_mentors(), self.tr("All mentors"))):
            refill(box, items, blank)

    def _on_changed(self, area: str) -> None:
        if not self.loaded:
            return
        if area in ("groups", "users"):
            self._fill_choices()
        if area in ("visits", "groups", "users"):
            self.refresh()

    def refresh(self) -> None:
        self.today = dt.date.today()
        self.apply_filter()

    def _dates_edited(self) -> None:
        """Filter as soon as both dates can be read; say so while one cannot."""
        try:
            self.since.value(), self.until.value()
        except DomainError as exc:
            self.filter_note.setText(message(exc))
            return
        self.filter_note.clear()
        self.apply_filter()

    def _period(self) -> tuple[dt.date | None, dt.date | None]:
        try:
            return self.since.value(), self.until.value()
        except DomainError:
            return None, None

    def apply_filter(self) -> None:
        if not self.loaded:
            return
        since, until = self._period()
        rows = list_visits(self.mentor.currentData(), self.group.currentData(), since, until, self.today)
        if self.open_only.isChecked():
            rows = [v for v in rows if v.open]
        chosen = self.current_visit()
        self.model.set_rows(rows)
        header = self.visits.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        overdue = sum(v.overdue for v in rows)
        text = self.tr("%n visit(s)", "", len(rows))
        if overdue:
            text += " · " + self.tr("%n follow-up(s) overdue", "", overdue)
        self.count.setText(text)
        self.select_visit(chosen.id if chosen else None)

    def select_visit(self, visit_id: int | None) -> None:
        ids = [v.id for v in self.model.rows]
        if visit_id in ids:
            self.visits.selectRow(ids.index(visit_id))
        elif ids:
            self.visits.selectRow(0)
        else:
            self.show_visit()

    def show_open_follow_ups(self) -> None:
        """The visits whose follow-ups are still open (from the list shown at login)."""
        if not self.loaded:
            self.loaded = True
            self._fill_choices()
            if self.actor.role == MENTOR:
                select_value(self.mentor, self.actor.id)
        self.open_only.setChecked(True)
        self.refresh()

    def current_visit(self) -> VisitRow | None:
        index = self.visits.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def current_follow_up(self) -> FollowUpRow | None:
        index = self.follow_ups.currentIndex()
        return self.follow_model.row_at(index.row()) if index.isValid() else None

    def show_visit(self) -> None:
        visit = self.current_visit()
        chosen = self.current_follow_up()
        if visit is None:
            self.info.setText(self.tr("Choose a visit in the list to see its notes and follow-ups."))
            self.follow_model.set_rows([])
        else:
            self.info.setText(self._describe(visit))
            self.follow_model.set_rows(list(visit.follow_ups))
            ids = [f.id for f in visit.follow_ups]
            if chosen is not None and chosen.id in ids:
                self.follow_ups.selectRow(ids.index(chosen.id))
            elif ids:
                # The first one still open, so that "Done…" is a click away.
                first = next((i for i, f in enumerate(visit.follow_ups) if f.done_on is None), 0)
                self.follow_ups.selectRow(first)
        self._update_buttons()

    def _describe(self, v: VisitRow) -> str:
        lines = [self.tr("<b>{group}</b> — visited {date} by {mentor}").format(
            group=escape(v.group), date=format_date(v.on), mentor=escape(v.mentor))]
        if v.met:
            lines.append(self.tr("Met: {met}").format(met=escape(v.met)))
        if v.notes.strip():
            lines.append(escape(v.notes.strip()).replace("\n", "<br>"))
        if not v.follow_ups:
            lines.append(f"<span style='{HINT_STYLE}'>" + self.tr("No follow-ups were agreed.") + "</span>")
        return "<br>".join(lines)

    # --- steps --------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        may = self.actor.may("visits.record")
        follow_up = self.current_follow_up()
        self.new_button.setEnabled(may)
        self.edit_button.setEnabled(may and self.current_visit() is not None)
        self.done_button.setEnabled(may and follow_up is not None and follow_up.done_on is None)
        self.reopen_button.setEnabled(may and follow_up is not None and follow_up.done_on is not None)
        if not may:
            why = self.tr("Visits are recorded by a mentor or the administrator.")
            for button in (self.new_button, self.edit_button, self.done_button, self.reopen_button):
                button.setToolTip(why)

    def new_visit(self) -> None:
        if not self.actor.may("visits.record"):
            return
        dialog = VisitDialog(self.actor, None, self.group.currentData(), self)
        if dialog.exec():
            self.show_new(dialog.visit_id)

    def show_new(self, visit_id: int) -> None:
        """Show a visit just recorded, clearing the filters that would hide it."""
        if visit_id not in [v.id for v in self.model.rows]:
            for box in (self.group, self.mentor):
                box.blockSignals(True)
                box.setCurrentIndex(0)
                box.blockSignals(False)
            for field in (self.since, self.until):
                field.set_value(None)
            self.open_only.blockSignals(True)
            self.open_only.setChecked(False)
            self.open_only.blockSignals(False)
            self.apply_filter()
        self.select_visit(visit_id)

    def edit_visit(self) -> None:
        visit = self.current_visit()
        if visit is None or not self.actor.may("visits.record"):
            return
        try:
            dialog = VisitDialog(self.actor, visit.id, None, self)
        except DomainError as exc:
            show_refusal(self, exc)
            self.refresh()
            return
        dialog.exec()

    def mark_done(self) -> None:
        visit, follow_up = self.current_visit(), self.current_follow_up()
        if visit is None or follow_up is None or follow_up.done_on is not None:
            return
        if not self.actor.may("visits.record"):
            return
        DoneDialog(self.actor, follow_up.id, follow_up.text, visit.group, visit.on, follow_up.due_on, self).exec()

    def reopen(self) -> None:
        follow_up = self.current_follow_up()
        if follow_up is None or follow_up.done_on is None:
            return
        if not confirm(self, self.tr("Not done after all"),
                       self.tr("Mark \"{text}\" as not done? It was marked done on {date}.").format(
                           text=follow_up.text, date=format_date(follow_up.done_on)),
                       self.tr("Mark as not done")):
            return
        try:
            reopen_follow_up(self.actor, follow_up.id)
        except DomainError as exc:
            show_refusal(self, exc)
        bus.changed.emit("visits")

"""The groups that need attention, each with why: attendance falling or low, arrears, follow-ups
overdue, no visit for long, a class that fell. A double click (or "Open history") opens the
group's history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from desktop.attention import (
    FALL_POINTS,
    LOW_RATE,
    NO_VISIT_DAYS,
    RECENT_MONTHS,
    AttentionRow,
    groups_needing_attention,
)
from desktop.auth import MENTOR, Actor
from ui.bus import bus
from ui.history_tab import words
from ui.widgets import HINT_STYLE, Column, RowsModel, combo, make_table, push, refill, select_value


def reasons_text(row: AttentionRow) -> str:
    """The reasons, one a line."""
    return "\n".join(words(r.text, r.params) for r in row.reasons)


class AttentionModel(RowsModel):
    """The groups; the reasons also under the mouse, for a narrow window."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:
            return reasons_text(self.rows[index.row()])
        return super().data(index, role)


class AttentionTab(QWidget):
    group_requested = Signal(int)

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.loaded = self.stale = False
        self.rows: list[AttentionRow] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Groups of")))
        self.mentor = combo([(None, self.tr("every mentor"))])
        self.mentor.setObjectName("attention_mentor")
        self.mentor.setMinimumContentsLength(20)
        self.mentor.currentIndexChanged.connect(lambda *_: self._show())
        bar.addWidget(self.mentor)
        self.count = QLabel()
        self.count.setObjectName("attention_count")
        self.count.setStyleSheet("font-weight: bold;")
        bar.addWidget(self.count, 1)
        bar.addWidget(push(self.tr("Refresh"), self.refresh, "attention_refresh"))
        self.open_button = push(self.tr("Open history"), self.open_history, "attention_open")
        bar.addWidget(self.open_button)
        layout.addLayout(bar)
        rules = QLabel(self.tr(
            "Why a group is listed: attendance in the last {months} months at least {points} points "
            "below the {months} months before, or under {low}% · any installment overdue · "
            "follow-ups past their due date · no visit for more than {days} days (or never, once "
            "the group is that old) · a lower class at the last assessment. The heaviest first: "
            "arrears, then follow-ups, attendance and class, then visits.").format(
            months=RECENT_MONTHS, points=round(FALL_POINTS * 100), low=round(LOW_RATE * 100),
            days=NO_VISIT_DAYS))
        rules.setObjectName("attention_rules")
        rules.setWordWrap(True)
        rules.setStyleSheet(HINT_STYLE)
        layout.addWidget(rules)
        self.model = AttentionModel([
            Column(self.tr("Group"), lambda r: r.group, width=200),
            Column(self.tr("Mentor"), lambda r: r.mentor or "–", width=150),
            Column(self.tr("Reasons"), reasons_text, lambda r: -r.weight, width=600),
        ], self)
        self.table = make_table(self.model, "attention_list")
        # A row as tall as its reasons: a few hundred groups at most, so measuring is cheap.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.AscendingOrder)  # heaviest first
        self.table.doubleClicked.connect(lambda index: self._request(index.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_button())
        layout.addWidget(self.table, 1)
        self._update_button()
        bus.changed.connect(self._on_changed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        # Read when the tab is first shown (the arrears of every loan), not at start-up.
        if not self.loaded or self.stale:
            self.refresh()

    def _on_changed(self, _area: str) -> None:
        self.stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        first = not self.loaded
        self.loaded, self.stale = True, False
        self.rows = groups_needing_attention()
        mentors = {(r.mentor_id, r.mentor) for r in self.rows if r.mentor_id is not None}
        if self.actor.role == MENTOR:
            mentors.add((self.actor.id, self.actor.full_name))
        refill(self.mentor, sorted(mentors, key=lambda m: m[1].casefold()), self.tr("every mentor"))
        if first and self.actor.role == MENTOR:  # a mentor sees their own groups first
            select_value(self.mentor, self.actor.id)
        self._show()

    def _show(self) -> None:
        mentor = self.mentor.currentData()
        shown = [r for r in self.rows if mentor is None or r.mentor_id == mentor]
        self.model.set_rows(shown)
        header = self.table.horizontalHeader()  # the order the user chose survives a refresh
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.count.setText(self.tr("%n group(s) need attention", "", len(shown)))
        self._update_button()

    def _selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_button(self) -> None:
        self.open_button.setEnabled(self._selected() is not None)

    def _request(self, row: int) -> None:
        self.group_requested.emit(self.model.row_at(row).group_id)

    def open_history(self) -> None:
        row = self._selected()
        if row is not None:
            self._request(row)

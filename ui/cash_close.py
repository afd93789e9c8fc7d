"""Closing the month (tutup buku): the months with their status and figures, closing the next
one, and reopening the latest for the administrator."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.auth import Actor
from desktop.dates import format_date
from desktop.money import format_amount
from desktop.month_close import (
    MonthStatus,
    month_key,
    month_statuses,
    months_to_close,
    next_month_to_close,
)
from ui.cash_count import changed_text
from ui.cash_dialogs import CloseMonthDialog, ReopenMonthDialog, month_name
from ui.widgets import HINT_STYLE, Column, RowsModel, make_table, push

STATUS_COLUMN, DIFFERENCE_COLUMN, NOTE_COLUMN = 1, 8, 9


def _count(s: MonthStatus) -> str:
    if s.last_count is None:
        return ""
    return f"{format_date(s.last_count.on)}: {format_amount(s.last_count.counted)}"


class MonthsModel(RowsModel):
    """The months: closed ones in green, a count's difference in red."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid():
            s: MonthStatus = self.rows[index.row()]
            if role == Qt.ItemDataRole.ForegroundRole:
                if index.column() == STATUS_COLUMN and s.closed:
                    return QBrush(QColor("#1b6b3a"))
                if index.column() == DIFFERENCE_COLUMN and s.last_count and s.last_count.difference:
                    return QBrush(QColor("#b00020"))
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == NOTE_COLUMN:
                return self.columns[index.column()].display(s)  # a long one is cut on screen
            if (role == Qt.ItemDataRole.ToolTipRole and index.column() == DIFFERENCE_COLUMN
                    and s.last_count and s.last_count.book_changed):
                return changed_text(s.last_count)
            if role == Qt.ItemDataRole.FontRole and index.column() == STATUS_COLUMN and s.closed:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class MonthCloseTab(QWidget):
    print_requested = Signal(object, object)  # first and last day of a month

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.stale = True
        self.statuses: list[MonthStatus] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.next_label = QLabel()
        self.next_label.setObjectName("close_next")
        self.next_label.setWordWrap(True)
        top.addWidget(self.next_label, 1)
        self.close_button = push(self.tr("Close the month…"), self.close_month, "month_close")
        self.reopen_button = push(self.tr("Reopen the latest closed month…"), self.reopen, "month_reopen")
        self.print_button = push(self.tr("Print the month's cash book…"), self.print_month, "month_print")
        for button in (self.close_button, self.reopen_button, self.print_button):
            top.addWidget(button)
        for button, permission in ((self.close_button, "month.close"), (self.reopen_button, "month.reopen")):
            if not actor.may(permission):  # a role that may not is not offered it
                button.hide()
        layout.addLayout(top)
        # Headings of two lines keep the figures' columns narrow, so that the last count is read
        # whole and the note is in sight on a 1366-pixel screen.
        self.model = MonthsModel([
            Column(self.tr("Month"), lambda s: month_name(s.first.year, s.first.month), width=115),
            Column(self.tr("Status"), self._status, width=140),
            Column(self.tr("Opening\n(Rp)"), lambda s: format_amount(s.cash.opening), width=85, align_right=True),
            Column(self.tr("In\n(Rp)"), lambda s: format_amount(s.cash.money_in), width=85, align_right=True),
            Column(self.tr("Out\n(Rp)"), lambda s: format_amount(s.cash.money_out), width=85, align_right=True),
            Column(self.tr("Closing\n(Rp)"), lambda s: format_amount(s.cash.closing), width=85, align_right=True),
            Column(self.tr("Bank\n(Rp)"), lambda s: format_amount(s.bank.closing), width=95, align_right=True),
            Column(self.tr("Last count"), _count, width=170),
            Column(self.tr("Difference\n(Rp)"), self._difference, width=75, align_right=True),
            Column(self.tr("Note"), self._note, width=150),
        ], self)
        self.table = make_table(self.model, "months_table")
        self.table.setSortingEnabled(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)
        hint = QLabel(self.tr("A closed month keeps the figures it had when it was closed; nothing dated in "
                              "it can be posted or reversed. Months close in order."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(hint)

    def _status(self, s: MonthStatus) -> str:
        if s.closed:
            return self.tr("Closed {date}").format(date=format_date(s.closed_at.date() if s.closed_at else None))
        if not s.ended:
            return self.tr("Running")
        return self.tr("Reopened") if s.reopened_at else self.tr("Open")

    def _difference(self, s: MonthStatus) -> str:
        if s.last_count is None:
            return ""
        return format_amount(s.last_count.difference) if s.last_count.difference else "0"

    def _note(self, s: MonthStatus) -> str:
        parts = []
        if s.closed and s.closed_by:
            parts.append(self.tr("by {name}").format(name=s.closed_by))
        if s.note:
            parts.append(s.note)
        if s.reopened_at:
            parts.append(self.tr("reopened {date} by {name}: {reason}").format(
                date=format_date(s.reopened_at.date()), name=s.reopened_by, reason=s.reopen_reason))
        if s.counts_off:
            parts.append(self.tr("%n count(s) with a difference", "", s.counts_off))
        if s.last_count and s.last_count.book_changed:
            parts.append(changed_text(s.last_count))
        return " · ".join(parts)

    def refresh(self) -> None:
        self.stale = False
        chosen = self.current()
        self.statuses = month_statuses()
        self.model.set_rows(self.statuses)
        following = next_month_to_close()
        if following is None:
            self.next_label.setText(self.tr("No month is waiting to be closed."))
        else:
            self.next_label.setText(self.tr("The next month to close is <b>{month}</b>.").format(
                month=month_name(*following)))
        keys = [s.month for s in self.statuses]
        wanted = chosen.month if chosen else (month_key(dt.date(*following, 1)) if following else None)
        if wanted in keys:
            self.table.selectRow(keys.index(wanted))
        self._update_buttons()

    def current(self) -> MonthStatus | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _latest_closed(self) -> MonthStatus | None:
        return next((s for s in self.statuses if s.closed), None)

    def _update_buttons(self) -> None:
        chosen = self.current()
        self.close_button.setEnabled(self.actor.may("month.close") and chosen is not None
                                     and not chosen.closed and chosen.ended)
        if chosen is not None and not chosen.closed and chosen.ended:
            self.close_button.setText(self.tr("Close {month}…").format(
                month=month_name(chosen.first.year, chosen.first.month)))
        else:
            self.close_button.setText(self.tr("Close the month…"))
        self.reopen_button.setEnabled(self.actor.may("month.reopen") and self._latest_closed() is not None)
        self.print_button.setEnabled(chosen is not None)

    def close_month(self) -> None:
        chosen = self.current()
        if chosen is None or not self.close_button.isEnabled():
            return
        months = months_to_close(chosen.first.year, chosen.first.month)
        if months:
            CloseMonthDialog(self.actor, months, self).exec()

    def reopen(self) -> None:
        latest = self._latest_closed()
        if latest is not None and self.reopen_button.isEnabled():
            ReopenMonthDialog(self.actor, latest.first.year, latest.first.month, self).exec()

    def print_month(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self.print_requested.emit(chosen.first, min(chosen.last, dt.date.today()))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.stale:
            self.refresh()
        super().showEvent(event)

    def money_moved(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

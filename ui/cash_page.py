"""The cash book (buku kas), the daily cash count and closing the month: the treasurer's page
for the office's money as a whole."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.cashbook import (
    CASH,
    CASH_ENTRY_KINDS,
    OPENING_KINDS,
    CashBook,
    CashLine,
    cash_book,
    reversals_waiting,
)
from desktop.dates import format_date
from desktop.errors import DomainError
from desktop.labels import LOAN_PAYMENT_KINDS, POOL_ENTRY_KINDS, SAVINGS_ENTRY_KINDS
from desktop.money import format_amount, format_rupiah
from desktop.month_close import month_bounds
from desktop.periods import closed_through
from ui.bus import bus
from ui.cash_close import MonthCloseTab
from ui.cash_count import CashCountTab
from ui.cash_dialogs import CashEntryDialog, ReverseCashDialog, opening_barred, print_cash_book
from ui.i18n import label, message
from ui.widgets import (
    ERROR_STYLE,
    HINT_STYLE,
    Column,
    DateField,
    RowsModel,
    combo,
    make_table,
    push,
)

# What other pages post that moves money, so that the book reads it again.
MONEY_AREAS = ("cash", "savings", "loans", "capital", "members", "approvals")
GREY, RED, WAITING = QColor("#8a8a8a"), QColor("#b00020"), QColor("#8a5a00")
TOTAL_FILL = QColor("#eef2ef")
DESCRIPTION_COLUMN = 2
# The names of each source's kinds of entry, by the source a line of the book comes from.
SOURCE_KINDS = {"savings": SAVINGS_ENTRY_KINDS, "loan": LOAN_PAYMENT_KINDS, "pool": POOL_ENTRY_KINDS,
                CASH: CASH_ENTRY_KINDS}


@dataclass(frozen=True)
class BookRow:
    """A row of the book on screen: a movement, or the balance brought forward, a day's
    totals, the balance carried forward."""

    kind: str  # line | opening (brought forward) | day | closing
    on: dt.date
    money_in: int
    money_out: int
    balance: int
    line: CashLine | None = None
    waiting: int | None = None  # the request under which the line's reversal waits for approval


def _amount(value: int) -> str:
    return format_amount(value) if value else ""


class BookModel(RowsModel):
    """The book's rows in their order; totals and the opening balance entered bold and shaded,
    cancelled lines struck through, lines whose reversal waits for approval in amber, a balance
    below zero in red."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid():
            row: BookRow = self.rows[index.row()]
            cancelled = row.line is not None and (row.line.cancels or bool(row.line.reversed_by))
            balance = row.kind != "line" or row.line.opens
            if role == Qt.ItemDataRole.FontRole and (balance or cancelled):
                font = QFont()
                font.setBold(balance)
                font.setStrikeOut(cancelled and index.column() != 5)
                return font
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == DESCRIPTION_COLUMN:
                return self.columns[index.column()].display(row)  # a long one is cut on screen
            if role == Qt.ItemDataRole.BackgroundRole and balance:
                return QBrush(TOTAL_FILL)
            if role == Qt.ItemDataRole.ForegroundRole:
                if index.column() == 5 and row.balance < 0:
                    return QBrush(RED)
                if cancelled:
                    return QBrush(GREY)
                if row.waiting is not None:
                    return QBrush(WAITING)
        return super().data(index, role)


class CashBookTab(QWidget):
    """The book of a period, cash or bank, with the office's own entries and their reversal."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.book: CashBook | None = None
        self.stale = True
        self.today = dt.date.today()  # the day whose month the period shows unless another is chosen
        self.waiting: dict[int, int] = {}  # cash entry -> the request its reversal waits under
        self.barred: dict[str, str] = {}  # opening kind -> why it cannot be entered now ("" when it can)
        layout = QVBoxLayout(self)
        layout.addLayout(self._period_bar())
        row = QHBoxLayout()
        self.model = BookModel([
            Column(self.tr("Date"), lambda r: format_date(r.on) if r.kind == "line" else "", width=85),
            Column(self.tr("Number"), lambda r: r.line.reference if r.line else "", width=90),
            Column(self.tr("Description"), self._describe, width=400),
            Column(self.tr("In (Rp)"), lambda r: _amount(r.money_in), width=100, align_right=True),
            Column(self.tr("Out (Rp)"), lambda r: _amount(r.money_out), width=100, align_right=True),
            Column(self.tr("Balance (Rp)"), lambda r: format_amount(r.balance), width=110, align_right=True),
        ], self)
        self.table = make_table(self.model, "cash_book_table")
        self.table.setSortingEnabled(False)
        # The description takes the room the figures leave, so that less of it is cut.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DESCRIPTION_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        row.addWidget(self.table, 1)
        row.addLayout(self._buttons())
        layout.addLayout(row, 1)
        self.totals = QLabel()
        self.totals.setObjectName("cash_totals")
        self.totals.setStyleSheet("font-weight: bold;")
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)
        self._update_buttons()

    def _period_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        earlier = QToolButton()
        earlier.setText("◀")
        earlier.setObjectName("cash_month_back")
        earlier.setToolTip(self.tr("The month before"))
        earlier.clicked.connect(lambda: self.show_month(-1))
        bar.addWidget(earlier)
        later = QToolButton()
        later.setText("▶")
        later.setObjectName("cash_month_on")
        later.setToolTip(self.tr("The month after"))
        later.clicked.connect(lambda: self.show_month(1))
        bar.addWidget(later)
        bar.addWidget(QLabel(self.tr("From")))
        self.first = DateField()
        self.first.setObjectName("cash_first")
        self.first.set_value(self.today.replace(day=1))
        self.first.edited.connect(self.refresh)
        bar.addWidget(self.first)
        bar.addWidget(QLabel(self.tr("to")))
        self.last = DateField()
        self.last.setObjectName("cash_last")
        self.last.set_value(self.today)
        self.last.edited.connect(self.refresh)
        bar.addWidget(self.last)
        self.view = combo([("cash", self.tr("Cash in the drawer")), ("bank", self.tr("Bank (transfers)"))])
        self.view.setObjectName("cash_view")
        self.view.currentIndexChanged.connect(lambda *_: self.refresh())
        bar.addWidget(self.view)
        self.daily = QCheckBox(self.tr("Daily totals"))
        self.daily.setObjectName("cash_daily")
        self.daily.setChecked(True)
        self.daily.toggled.connect(lambda *_: self._show())
        bar.addWidget(self.daily)
        self.period_note = QLabel()
        self.period_note.setObjectName("cash_period_note")
        self.period_note.setStyleSheet(HINT_STYLE)
        bar.addWidget(self.period_note, 1)
        return bar

    def _buttons(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.entry_buttons = {}
        for kind, text in (("income", self.tr("Other income…")), ("expense", self.tr("Office expense…")),
                           ("to_bank", self.tr("Cash to the bank…")), ("from_bank", self.tr("Cash from the bank…")),
                           ("opening", self.tr("Opening balance…")),
                           ("bank_opening", self.tr("Bank opening balance…"))):
            button = push(text, lambda _checked=False, k=kind: self.post(k), f"cash_{kind}")
            self.entry_buttons[kind] = button
            column.addWidget(button)
            if not self.actor.may("cash.post"):  # a role that only reads the book is not offered them
                button.hide()
        if self.actor.may("cash.post"):
            column.addSpacing(12)
        self.reverse_button = push(self.tr("Reverse the entry…"), self.reverse, "cash_reverse")
        column.addWidget(self.reverse_button)
        if not self.actor.may("cash.reverse"):
            self.reverse_button.hide()
        self.print_button = push(self.tr("Print the book…"), self.print_book, "cash_print")
        column.addWidget(self.print_button)
        column.addStretch()
        return column

    def _describe(self, row: BookRow) -> str:
        if row.kind == "opening":
            return self.tr("Balance brought forward")
        if row.kind == "closing":
            return self.tr("Balance carried forward")
        if row.kind == "day":
            return self.tr("Total of {date}").format(date=format_date(row.on))
        line = row.line
        kind = label(SOURCE_KINDS[line.source].get(line.kind, line.kind))
        if line.source in ("savings", "loan"):
            parts = [f"{kind} {line.detail}", line.who]
        elif line.source == "pool":
            parts = [kind, line.detail] if line.kind == "capital" else [kind, line.who]
        else:
            if line.detail:  # a reversal names what it cancels
                kind += f" ({label(CASH_ENTRY_KINDS.get(line.detail, line.detail)).lower()})"
            parts = [kind]
        parts.append(line.note)
        text = " — ".join(p for p in parts if p)
        if line.reversed_by:
            text += " " + self.tr("[reversed by {number}]").format(number=line.reversed_by)
        if row.waiting is not None:
            text += " " + self.tr("[reversal waiting for approval, request {number}]").format(number=row.waiting)
        return text

    def _typed_period(self) -> tuple[dt.date | None, dt.date | None] | None:
        try:
            return self.first.value(), self.last.value()
        except DomainError:
            return None

    def follow_today(self) -> bool:
        """On a new day, move the period on to it when it still is this month up to the day the
        page last knew as today (a period the user chose stays); True when it moved."""
        today = dt.date.today()
        if today == self.today:
            return False
        usual = self._typed_period() == (self.today.replace(day=1), self.today)
        self.today = today
        if usual:
            self.first.set_value(today.replace(day=1))
            self.last.set_value(today)
        return usual

    def period(self) -> tuple[dt.date, dt.date] | None:
        """The period typed, or None (with the reason shown) while it cannot be read."""
        try:
            first, last = self.first.value(), self.last.value()
            if first is None or last is None:
                raise DomainError(self.tr("Enter the first and the last day."))
            if first > last:
                raise DomainError(self.tr("The first day comes after the last."))
        except DomainError as exc:
            self.period_note.setText(message(exc))
            self.period_note.setStyleSheet(ERROR_STYLE)
            return None
        self.period_note.setStyleSheet(HINT_STYLE)
        return first, last

    def show_month(self, step: int) -> None:
        period = self.period()
        anchor = period[0] if period else dt.date.today()
        year, month = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
        first, last = month_bounds(year, month + 1)
        self.first.set_value(first)
        self.last.set_value(last)
        self.refresh()

    def refresh(self) -> None:
        period = self.period()
        if period is None:
            return
        self.stale = False
        self.book = cash_book(*period, self.view.currentData())
        self.waiting = reversals_waiting()
        self.barred = {kind: opening_barred(view) for view, kind in OPENING_KINDS.items()}
        self._show()

    def _show(self) -> None:
        book = self.book
        if book is None:
            return
        # A period that begins with the opening balance entered starts at that line.
        rows = [] if book.starts_with_opening else [BookRow("opening", book.first, 0, 0, book.brought_forward)]
        # The book has one day's figures for each day its lines are on, in the same order.
        for day, (_on, lines) in zip(book.days, groupby(book.lines, key=attrgetter("on")), strict=True):
            for line in lines:
                moved = 0 if line.opens else line.amount  # an opening balance is no money in
                waiting = self.waiting.get(line.entry_id) if line.source == CASH else None
                rows.append(BookRow("line", line.on, max(moved, 0), max(-moved, 0), line.balance, line, waiting))
            # A day of the opening balance alone needs no total below it.
            if self.daily.isChecked() and (day.money_in or day.money_out):
                rows.append(BookRow("day", day.on, day.money_in, day.money_out, day.closing))
        rows.append(BookRow("closing", book.last, book.money_in, book.money_out, book.closing))
        self.model.set_rows(rows)
        self.table.scrollToBottom()
        parts = [self.tr("Opening {amount}").format(amount=format_rupiah(book.opening)),
                 self.tr("in {amount}").format(amount=format_rupiah(book.money_in)),
                 self.tr("out {amount}").format(amount=format_rupiah(book.money_out)),
                 self.tr("closing {amount}").format(amount=format_rupiah(book.closing))]
        through = closed_through()
        if through is not None and book.first <= through:
            parts.append(self.tr("closed up to {date}").format(date=format_date(through)))
        self.totals.setText(" · ".join(parts))
        self.period_note.setText(self.tr("%n movement(s)", "", len(book.lines)))
        self._update_buttons()

    def current_row(self) -> BookRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def current_line(self) -> CashLine | None:
        row = self.current_row()
        return row.line if row is not None else None

    def _update_buttons(self) -> None:
        post = self.actor.may("cash.post")
        for kind, button in self.entry_buttons.items():
            barred = self.barred.get(kind, "")
            button.setEnabled(post and not barred)
            button.setToolTip(barred)
        row = self.current_row()
        line = row.line if row is not None else None
        self.reverse_button.setEnabled(self.actor.may("cash.reverse") and line is not None
                                       and line.source == CASH and not line.cancels
                                       and not line.reversed_by and row.waiting is None)
        self.reverse_button.setToolTip(
            self.tr("The reversal of {number} already waits for approval as request {request}.").format(
                number=line.reference, request=row.waiting) if row is not None and row.waiting is not None else "")

    def post(self, kind: str) -> None:
        if self.entry_buttons[kind].isEnabled():
            CashEntryDialog(self.actor, kind, None, self).exec()

    def reverse(self) -> None:
        line = self.current_line()
        if line is not None and self.reverse_button.isEnabled():
            ReverseCashDialog(self.actor, line, self).exec()

    def print_book(self) -> None:
        period = self.period()
        if period is not None:
            print_cash_book(self, *period, self.view.currentData())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.follow_today():
            self.stale = True
        if self.stale:  # read when first shown, and again after money moved elsewhere or a new day
            self.refresh()
        super().showEvent(event)

    def money_moved(self) -> None:
        self.follow_today()
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True


class CashPage(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cash_tabs")
        self.book_tab = CashBookTab(actor)
        self.count_tab = CashCountTab(actor)
        self.close_tab = MonthCloseTab(actor)
        self.tabs.addTab(self.book_tab, self.tr("Cash book"))
        self.tabs.addTab(self.count_tab, self.tr("Cash count"))
        self.tabs.addTab(self.close_tab, self.tr("Closing the month"))
        layout.addWidget(self.tabs)
        self.close_tab.print_requested.connect(self._print_month)
        bus.changed.connect(self._on_changed)
        # A page left open overnight moves on to the new day as it begins.
        self.midnight = QTimer(self)
        self.midnight.setSingleShot(True)
        self.midnight.timeout.connect(self._new_day)
        self._wait_for_midnight()

    def _on_changed(self, area: str) -> None:
        if area in MONEY_AREAS:
            for tab in (self.book_tab, self.count_tab, self.close_tab):
                tab.money_moved()

    def _wait_for_midnight(self) -> None:
        now = dt.datetime.now()
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
        self.midnight.start(int((midnight - now).total_seconds() * 1000) + 1000)  # just past it

    def _new_day(self) -> None:
        for tab in (self.book_tab, self.count_tab, self.close_tab):
            tab.money_moved()
        self._wait_for_midnight()

    def _print_month(self, first: dt.date, last: dt.date) -> None:
        print_cash_book(self, first, last, "cash")

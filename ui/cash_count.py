"""Counting the drawer at the end of a day: the notes and coins (or a total), the cash book's
balance of the day and the difference as one types; the counts saved, each against the book of
its day as it stands now (money posted into the day after the count changes it, and what the
book said when counted is shown beside), differences in red."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.cashbook import (
    DENOMINATIONS,
    CountRow,
    balance_at_end,
    list_cash_counts,
    record_cash_count,
)
from desktop.dates import format_date
from desktop.errors import DomainError, ValidationErrors
from desktop.money import format_amount, format_rupiah
from desktop.month_close import LastCount
from desktop.text import NOTE_LENGTH
from ui.bus import bus
from ui.widgets import (
    ERROR_STYLE,
    HINT_STYLE,
    Column,
    DateField,
    Form,
    MoneyField,
    RowsModel,
    errors_of,
    make_table,
    push,
    read_date,
    report,
)

SHOWN = 200  # saved counts listed, the newest first
GOOD_STYLE = "color: #1b6b3a; font-weight: bold;"
BOOK_COLUMN, DIFFERENCE_COLUMN, NOTE_COLUMN = 2, 3, 6
RED, CHANGED = QColor("#b00020"), QColor("#8a5a00")


class CountsModel(RowsModel):
    """Saved counts; a difference in red; the book's balance in amber, with what it said when
    counted, where money was posted into the day after the count."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        count: CountRow = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == NOTE_COLUMN:
            return " · ".join(p for p in (changed_text(count) if count.book_changed else "", count.note) if p) or None
        if role == Qt.ItemDataRole.ToolTipRole and column in (BOOK_COLUMN, DIFFERENCE_COLUMN) and count.book_changed:
            return changed_text(count)
        if role == Qt.ItemDataRole.ForegroundRole and column == DIFFERENCE_COLUMN and count.difference:
            return QBrush(RED)
        if role == Qt.ItemDataRole.ForegroundRole and column == BOOK_COLUMN and count.book_changed:
            return QBrush(CHANGED)
        return super().data(index, role)


def difference_text(difference: int) -> str:
    if not difference:
        return QCoreApplication.translate("CashCountTab", "matches the book")
    words = (QCoreApplication.translate("CashCountTab", "{amount} over") if difference > 0
             else QCoreApplication.translate("CashCountTab", "{amount} short"))
    return words.format(amount=format_rupiah(abs(difference)))


def changed_text(count: CountRow | LastCount) -> str:
    """What the book said when the drawer was counted, for a day posted into afterwards."""
    return QCoreApplication.translate(
        "CashCountTab", "The book changed after the count: when counted it said {amount} ({difference}).").format(
        amount=format_rupiah(count.expected_then), difference=difference_text(count.difference_then))


class CashCountTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.stale = True
        self.expected: int | None = None
        self.today = dt.date.today()  # the day the count is of unless another is typed
        row = QHBoxLayout(self)
        self.box = self._count_box()
        row.addWidget(self.box)
        if not actor.may("cash.count"):  # a role that only reads the counts sees just those
            self.box.hide()
        right = QVBoxLayout()
        title = QLabel(self.tr("Counts saved"))
        title.setStyleSheet("font-weight: bold;")
        right.addWidget(title)
        # Headings of two lines keep the figures' columns narrow, so that the note is in sight on a
        # 1366-pixel screen.
        self.model = CountsModel([
            Column(self.tr("Date"), lambda c: format_date(c.on), lambda c: (c.on, c.id), 80),
            Column(self.tr("Counted\n(Rp)"), lambda c: format_amount(c.counted), lambda c: c.counted, 85, True),
            Column(self.tr("Book\n(Rp)"), lambda c: format_amount(c.expected), lambda c: c.expected, 85, True),
            Column(self.tr("Difference\n(Rp)"), lambda c: format_amount(c.difference) if c.difference else "0",
                   lambda c: c.difference, 80, True),
            Column(self.tr("Count"), lambda c: self.tr("recount") if c.recount else self.tr("first"), width=65),
            Column(self.tr("By"), lambda c: c.user, width=105),
            Column(self.tr("Note"), self._note, width=140),
        ], self)
        self.table = make_table(self.model, "cash_counts")
        self.table.setSortingEnabled(False)
        right.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setObjectName("counts_summary")
        self.summary.setStyleSheet(HINT_STYLE)
        right.addWidget(self.summary)
        row.addLayout(right, 1)

    def _count_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Count the drawer"))
        box.setMinimumWidth(400)
        column = QVBoxLayout(box)
        self.form = Form(QFormLayout())
        self.date = self.form.add(self.tr("End of the day"), DateField(), "date")
        self.date.setObjectName("count_date")
        self.date.set_value(self.today)
        self.date.edited.connect(self._read_book)
        column.addLayout(self.form.layout)
        grid = QGridLayout()
        for col, text in enumerate((self.tr("Note or coin"), self.tr("Pieces"), self.tr("Amount (Rp)"))):
            heading = QLabel(f"<b>{text}</b>")
            heading.setAlignment(Qt.AlignmentFlag.AlignRight if col else Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(heading, 0, col)
        self.pieces: dict[int, QSpinBox] = {}
        self.subtotals: dict[int, QLabel] = {}
        for row, value in enumerate(DENOMINATIONS, 1):
            grid.addWidget(QLabel(format_rupiah(value)), row, 0)
            spin = QSpinBox()
            spin.setObjectName(f"pieces_{value}")
            spin.setRange(0, 99_999)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
            spin.valueChanged.connect(self._show_figures)
            self.pieces[value] = spin
            grid.addWidget(spin, row, 1)
            subtotal = QLabel("")
            subtotal.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            subtotal.setMinimumWidth(110)
            self.subtotals[value] = subtotal
            grid.addWidget(subtotal, row, 2)
        self.form.attach("denominations", self.pieces[DENOMINATIONS[0]])
        column.addLayout(grid)
        column.addWidget(self.form.note("denominations"))
        self.as_total = QCheckBox(self.tr("Count as a total instead"))
        self.as_total.setObjectName("count_as_total")
        self.as_total.toggled.connect(self._total_chosen)
        column.addWidget(self.as_total)
        figures = Form(QFormLayout())
        self.total = self.form.add(self.tr("Total counted (Rp)"), MoneyField(), "counted", figures.layout)
        self.total.setObjectName("count_total")
        self.total.setEnabled(False)
        self.total.textChanged.connect(self._show_figures)
        self.counted_label = self._figure(figures, self.tr("Counted"), "count_counted")
        self.book_label = self._figure(figures, self.tr("The book at the end of the day"), "count_book")
        self.difference_label = self._figure(figures, self.tr("Difference"), "count_difference")
        self.note = self.form.add(self.tr("Note"), QLineEdit(), "note", figures.layout)
        self.note.setObjectName("count_note")
        self.note.setMaxLength(NOTE_LENGTH)
        self.note.setPlaceholderText(self.tr("what explains a difference"))
        column.addLayout(figures.layout)
        self.save_button = push(self.tr("Save the count"), self.save, "count_save")
        column.addWidget(self.save_button)
        column.addStretch()
        return box

    def _note(self, count: CountRow) -> str:
        then = self.tr("book when counted {amount}").format(amount=format_rupiah(count.expected_then))
        return " · ".join(p for p in (then if count.book_changed else "", count.note) if p)

    def _figure(self, form: Form, caption: str, name: str) -> QLabel:
        value = QLabel()
        value.setObjectName(name)
        value.setAlignment(Qt.AlignmentFlag.AlignRight)
        value.setStyleSheet("font-weight: bold;")
        form.layout.addRow(caption, value)
        return value

    def _total_chosen(self, total: bool) -> None:
        self.total.setEnabled(total)
        for spin in self.pieces.values():
            spin.setEnabled(not total)
        (self.total if total else self.pieces[DENOMINATIONS[0]]).setFocus()
        self._show_figures()

    def counted(self) -> int | None:
        """The cash counted as typed so far; None while nothing is typed, or a total cannot be
        read (a drawer found empty is counted as a total of 0)."""
        if self.as_total.isChecked():
            try:
                return self.total.value()
            except DomainError:
                return None
        return sum(value * spin.value() for value, spin in self.pieces.items()) or None

    def _read_book(self) -> None:
        try:
            on = self.date.value()
        except DomainError:
            on = None
        self.expected = balance_at_end(on) if on is not None and on <= dt.date.today() else None
        self._show_figures()

    def _show_figures(self) -> None:
        for value, spin in self.pieces.items():
            self.subtotals[value].setText(format_amount(value * spin.value()) if spin.value() else "")
        counted = self.counted()
        self.counted_label.setText(format_rupiah(counted) if counted is not None else "")
        self.book_label.setText(format_rupiah(self.expected) if self.expected is not None else "")
        if counted is None or self.expected is None:
            self.difference_label.setText("")
            return
        difference = counted - self.expected
        self.difference_label.setText(difference_text(difference))
        self.difference_label.setStyleSheet(ERROR_STYLE + " font-weight: bold;" if difference else GOOD_STYLE)

    def _total_typed(self, errors: list[DomainError]) -> int | None:
        """The total counted, when counted as a total; None while it is left empty (nothing
        counted yet, which the count refuses: a drawer found empty is a total of 0)."""
        if not self.as_total.isChecked():
            return None
        try:
            return self.total.value()
        except DomainError as exc:
            exc.field = "counted"
            errors.append(exc)
            return None

    def save(self) -> None:
        self.form.clear_errors()
        try:
            errors: list[DomainError] = []
            on = read_date(self.date, errors)
            total = self._total_typed(errors)
            if errors:
                raise ValidationErrors(errors)
            pieces = None if self.as_total.isChecked() else {v: s.value() for v, s in self.pieces.items()}
            record_cash_count(self.actor, on, total, pieces, self.note.text())
        except DomainError as exc:
            if not self.as_total.isChecked():
                for error in errors_of(exc):  # nothing counted: said under the notes and coins typed
                    if error.field == "counted":
                        error.field = "denominations"
            report(self.form, self, exc)
            return
        for spin in self.pieces.values():
            spin.setValue(0)
        self.total.clear()
        self.note.clear()
        bus.changed.emit("cash")

    def follow_today(self) -> bool:
        """On a new day, move the count's day on to it when it still is the day the page last
        knew as today (a day the user typed stays); True when it moved."""
        today = dt.date.today()
        if today == self.today:
            return False
        try:
            usual = self.date.value() == self.today
        except DomainError:
            usual = False
        self.today = today
        if usual:
            self.date.set_value(today)
        return usual

    def refresh(self) -> None:
        self.stale = False
        self._read_book()
        counts: list[CountRow] = list_cash_counts(limit=SHOWN)
        self.model.set_rows(counts)
        off = [c for c in counts if c.difference]
        changed = [c for c in counts if c.book_changed]
        parts = [self.tr("%n count(s) shown", "", len(counts)), self.tr("%n with a difference", "", len(off))]
        if changed:
            parts.append(self.tr("the book changed after %n count(s)", "", len(changed)))
        self.summary.setText(" · ".join(parts))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.follow_today():
            self.stale = True
        if self.stale:
            self.refresh()
        super().showEvent(event)

    def money_moved(self) -> None:
        self.follow_today()
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

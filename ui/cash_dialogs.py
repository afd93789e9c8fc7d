"""The treasurer's cash dialogs: an entry of the office's own cash (the drawer's or the bank
account's opening balance, other income, an expense, cash taken to or fetched from the bank), its reversal, closing the month and
reopening it; and printing the cash book."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.auth import Actor
from desktop.cashbook import (
    BANK,
    BANK_KINDS,
    CASH_ENTRY_KINDS,
    OPENING_KINDS,
    CashLine,
    balance_at_end,
    first_day,
    post_cash_entry,
    reverse_cash_entry,
    standing_opening,
)
from desktop.dates import format_date
from desktop.errors import DomainError, ValidationErrors
from desktop.money import format_rupiah
from desktop.month_close import close_month, month_bounds, reopen_month
from desktop.periods import closed_through
from desktop.text import NOTE_LENGTH, REASON_LENGTH
from ui.bus import bus
from ui.i18n import label
from ui.paper_dialogs import make_pdf
from ui.widgets import (
    HINT_STYLE,
    DateField,
    Form,
    MoneyField,
    ReasonDialog,
    dialog_buttons,
    make_room,
    read_amount,
    read_date,
    report,
    show_amount_in_words,
)

AREA = "cash"


def month_name(year: int, month: int) -> str:
    """September 2026, in the screen language."""
    return f"{QLocale().standaloneMonthName(month)} {year}"


def print_cash_book(parent: QWidget | None, first: dt.date, last: dt.date, view: str) -> None:
    """Make the cash (or bank) book of the period and show it to print."""
    def render(path: Path, progress, cancelled) -> None:
        from desktop.documents.cash_book import cash_book_paper, render_cash_book
        from desktop.documents.pdf import letterhead

        render_cash_book(cash_book_paper(first, last, view), letterhead(), path)

    title = (QCoreApplication.translate("CashDialogs", "Bank book") if view == "bank"
             else QCoreApplication.translate("CashDialogs", "Cash book"))
    make_pdf(parent, title, "buku-bank" if view == "bank" else "buku-kas", render)


def opening_day() -> dt.date | None:
    """The date an opening balance is entered on by default: the first day with money (today
    while there is none); None when that day is in a closed month, where it cannot be."""
    on = first_day() or dt.date.today()
    through = closed_through()
    return on if through is None or on > through else None


def opening_barred(view: str) -> str:
    """Why the opening balance of *view* (cash, bank) cannot be entered now: it stands already,
    or the day it would be dated on is in a closed month; "" when it can."""
    standing = standing_opening(view)
    if standing is not None:
        text = (QCoreApplication.translate("CashDialogs", "The bank's opening balance was entered on {date} as "
                                           "{number}; reverse that entry to enter another.") if view == BANK else
                QCoreApplication.translate("CashDialogs", "The opening balance was entered on {date} as {number}; "
                                           "reverse that entry to enter another."))
        return text.format(date=format_date(standing[0]), number=standing[1])
    if opening_day() is None:
        return QCoreApplication.translate(
            "CashDialogs", "An opening balance is dated on or before the first day with money, {date}, and the "
            "books are closed up to {closed}.").format(date=format_date(first_day()),
                                                       closed=format_date(closed_through()))
    return ""


class CashEntryDialog(QDialog):
    """Money into or out of the drawer that is neither savings nor a loan."""

    def __init__(self, actor: Actor, kind: str, on: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.kind = actor, kind
        self.entry_id: int | None = None
        self.setWindowTitle(label(CASH_ENTRY_KINDS[kind]))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        explain = QLabel(self._explanation())
        explain.setWordWrap(True)
        explain.setStyleSheet(HINT_STYLE)
        layout.addWidget(explain)
        self.form = Form(QFormLayout())
        self.date = self.form.add(self.tr("Date"), DateField(), "date")
        self.date.setObjectName("cash_entry_date")
        self.date.set_value(on or (opening_day() if kind in OPENING_KINDS.values() else dt.date.today()))
        self.date.edited.connect(self._show_drawer)
        self.drawer = QLabel()
        self.drawer.setObjectName("cash_entry_drawer")
        self.drawer.setStyleSheet(HINT_STYLE)
        self.form.layout.addRow("", self.drawer)
        self.amount = self.form.add(self.tr("Amount (Rp)"), MoneyField(), "amount")
        self.amount.setObjectName("cash_entry_amount")
        self.amount.textChanged.connect(self._show_words)
        self.note = self.form.add(self._note_caption(), QLineEdit(), "note")
        self.note.setObjectName("cash_entry_note")
        self.note.setMaxLength(NOTE_LENGTH)
        self.note.setPlaceholderText(self._note_hint())
        layout.addLayout(self.form.layout)
        layout.addWidget(dialog_buttons(self, self.tr("Post")))
        self._show_drawer()
        self.amount.setFocus()

    def _explanation(self) -> str:
        return {
            "opening": self.tr("The cash the office held before its first entry in the books. It is entered "
                               "once, dated on or before the first day with money."),
            "bank_opening": self.tr("What the office's bank account held before its first entry in the books, as "
                                    "the passbook shows. It is entered once, dated on or before the first day "
                                    "with money; it is the bank book's opening, not money received."),
            "income": self.tr("Money the office received that is neither savings nor a loan payment."),
            "expense": self.tr("Money the office paid for its own running: stationery, electricity, "
                               "transport, a meeting's snacks. Keep the receipt with the voucher."),
            "to_bank": self.tr("Cash taken out of the drawer and paid into the office's bank account."),
            "from_bank": self.tr("Cash drawn from the office's bank account into the drawer."),
        }[self.kind]

    def _note_caption(self) -> str:
        return self.tr("For") if self.kind in ("income", "expense") else self.tr("Note")

    def _note_hint(self) -> str:
        return {"income": self.tr("for example: sale of passbooks"),
                "expense": self.tr("for example: paper and printer ink"),
                "to_bank": self.tr("for example: deposit slip number"),
                "from_bank": self.tr("for example: cheque number"),
                "bank_opening": self.tr("for example: passbook balance of 28/02/2025")}.get(self.kind, "")

    def _show_words(self) -> None:
        show_amount_in_words(self.form, self.amount)
        make_room(self)

    def _show_drawer(self) -> None:
        try:
            on = self.date.value()
        except DomainError:
            on = None
        if on is None or on > dt.date.today():
            self.drawer.clear()
            make_room(self)
            return
        parts = []
        if self.kind != OPENING_KINDS[BANK]:
            parts.append(self.tr("Cash in the drawer at the end of {date}: {amount}").format(
                date=format_date(on), amount=format_rupiah(balance_at_end(on))))
        if self.kind in (*BANK_KINDS, OPENING_KINDS[BANK]):
            parts.append(self.tr("In the bank book at the end of {date}: {amount}").format(
                date=format_date(on), amount=format_rupiah(balance_at_end(on, BANK))))
        self.drawer.setText("\n".join(parts))
        make_room(self)

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            errors: list[DomainError] = []
            on = read_date(self.date, errors)
            amount = read_amount(self.amount, errors)
            if errors:
                raise ValidationErrors(errors)
            self.entry_id = post_cash_entry(self.actor, on, self.kind, amount, self.note.text())
        except DomainError as exc:
            report(self.form, self, exc)
            make_room(self)  # for the refusals under the fields
            return
        bus.changed.emit(AREA)
        super().accept()


class ReverseCashDialog(ReasonDialog):
    """Cancel a cash entry with one of the opposite amount; both stay in the book."""

    area = AREA

    def __init__(self, actor: Actor, line: CashLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.line = actor, line
        what = self.tr("Voucher {number} of {date}: {kind} of {amount}").format(
            number=line.reference, date=format_date(line.on), kind=label(CASH_ENTRY_KINDS[line.kind]).lower(),
            amount=format_rupiah(abs(line.amount)))
        if line.note:
            what += f" — {line.note}"
        self.build(self.tr("Reverse a cash entry"), what, "reverse_cash_what",
                   self.tr("The entry stays in the book; a reversal of the opposite amount cancels it."),
                   self.tr("for example: the amount was typed wrong"), self.tr("Reverse the entry"), REASON_LENGTH)
        self.date = self.form.add(self.tr("Date of the reversal"), DateField(), "date")
        self.date.setObjectName("reverse_cash_date")
        self.date.set_value(dt.date.today())
        self.reason.setFocus()

    def take_back(self, reason: str) -> None:
        on = self.date.required_value("date")
        reverse_cash_entry(self.actor, self.line.entry_id, reason, on)


class CloseMonthDialog(QDialog):
    """Close the books of a month (and the open months before it), saying what will be locked."""

    def __init__(self, actor: Actor, months: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.months = actor, months
        year, month = int(months[-1][:4]), int(months[-1][5:])
        last = month_bounds(year, month)[1]
        self.setWindowTitle(self.tr("Close the month"))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        names = ", ".join(month_name(int(k[:4]), int(k[5:])) for k in months)
        top = QLabel(self.tr("Close the books of <b>{months}</b>?").format(months=names))
        top.setObjectName("close_months")
        top.setWordWrap(True)
        layout.addWidget(top)
        explain = QLabel(self.tr(
            "Nothing dated up to {date} can then be posted or reversed: savings, loan payments and "
            "disbursements, collection sheets, cash book entries and cash counts. The month's figures "
            "are kept as they stand now. Only the administrator can reopen a closed month.").format(date=format_date(last)))
        explain.setObjectName("close_explain")
        explain.setWordWrap(True)
        explain.setStyleSheet(HINT_STYLE)
        layout.addWidget(explain)
        self.form = Form(QFormLayout())
        self.note = self.form.add(self.tr("Note"), QLineEdit(), "note")
        self.note.setObjectName("close_note")
        self.note.setMaxLength(NOTE_LENGTH)
        self.note.setPlaceholderText(self.tr("for example: checked against the bank statement"))
        layout.addLayout(self.form.layout)
        layout.addWidget(dialog_buttons(self, self.tr("Close the books")))
        self.year, self.month = year, month

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            close_month(self.actor, self.year, self.month, self.note.text())
        except DomainError as exc:
            report(self.form, self, exc)
            make_room(self)  # for the refusals under the fields
            return
        bus.changed.emit(AREA)
        super().accept()


class ReopenMonthDialog(ReasonDialog):
    """The administrator reopens the latest closed month, saying why."""

    area = AREA

    def __init__(self, actor: Actor, year: int, month: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.year, self.month = actor, year, month
        self.build(self.tr("Reopen a closed month"),
                   self.tr("<b>{month}</b> is closed.").format(month=month_name(year, month)), "reopen_what",
                   self.tr("Postings and reversals dated in the month become possible again. The close "
                           "stays on record, marked reopened with your reason; close the month again "
                           "when the corrections are done."),
                   self.tr("for example: a deposit of 12 March was not posted"), self.tr("Reopen the month"),
                   REASON_LENGTH)

    def take_back(self, reason: str) -> None:
        reopen_month(self.actor, self.year, self.month, reason)

"""The treasurer's savings dialogs: a deposit or withdrawal, a reversal, a statement for a
period; and printing receipts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.errors import DomainError, ValidationErrors
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import PAYMENT_METHODS, SAVINGS_ENTRY_KINDS
from desktop.money import format_rupiah
from desktop.savings import deposit, reverse_entry, withdraw
from desktop.savings_queries import LedgerLine, MemberSavings
from ui.bus import bus
from ui.i18n import label
from ui.paper_dialogs import make_pdf
from ui.widgets import (
    HINT_STYLE,
    DateField,
    Form,
    MoneyField,
    combo,
    dialog_buttons,
    read_amount,
    read_date,
    report,
    select_value,
    show_amount_in_words,
)

PRINT_RECEIPT = "savings/print_receipt"  # QSettings: whether the receipt is printed after posting


def print_receipts(parent: QWidget | None, entry_ids: list[int]) -> None:
    """Make the receipts of *entry_ids* (one per page) and show them to print."""
    ids = list(entry_ids)

    def render(path: Path, progress, cancelled) -> None:
        from desktop.documents.pdf import letterhead
        from desktop.documents.receipt import render_receipts
        from desktop.savings_queries import receipt_data

        render_receipts([receipt_data(i) for i in ids], letterhead(), path)

    title = QCoreApplication.translate("Dialogs", "Receipts")
    make_pdf(parent, title, "kuitansi", render)


def _who(savings: MemberSavings) -> QLabel:
    who = QLabel(f"<b>{savings.name}</b> ({savings.number}) — {savings.group}")
    who.setObjectName("posting_member")
    return who


class PostingDialog(QDialog):
    """Money paid into one of a member's savings, or taken out of a sukarela one."""

    def __init__(self, actor: Actor, savings: MemberSavings, account_id: int | None,
                 withdrawal: bool, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.savings, self.withdrawal = actor, savings, withdrawal
        self.settings = settings or QSettings()
        self.entry_id: int | None = None
        self.setWindowTitle(self.tr("Withdrawal") if withdrawal else self.tr("Deposit"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(_who(savings))
        self.form = Form(QFormLayout())
        accounts = [a for a in savings.accounts if not withdrawal or a.kind == "sukarela"]
        self.accounts = {a.id: a for a in accounts}
        self.product = self.form.add(self.tr("Savings"), combo([(a.id, a.product) for a in accounts]), "product")
        self.product.setObjectName("posting_product")
        select_value(self.product, account_id)
        self.standing = QLabel()
        self.standing.setObjectName("posting_standing")
        self.form.layout.addRow("", self.standing)
        self.date = self.form.add(self.tr("Date"), DateField(), "date")
        self.date.set_value(dt.date.today())
        self.amount = self.form.add(self.tr("Amount (Rp)"), MoneyField(), "amount")
        self.amount.setObjectName("posting_amount")
        self.amount.textChanged.connect(self._show_words)
        self.typed = False  # once the treasurer types an amount, choosing a product keeps it
        self.amount.textEdited.connect(lambda *_: setattr(self, "typed", True))
        self.method = self.form.add(self.tr("Paid by"), combo([(c, label(t)) for c, t in PAYMENT_METHODS.items()]), "method")
        self.method.setObjectName("posting_method")
        self.note = self.form.add(self.tr("Note"), QLineEdit(), "note")
        self.note.setObjectName("posting_note")
        self.note.setMaxLength(200)
        layout.addLayout(self.form.layout)
        self.print_receipt = QCheckBox(self.tr("Print the receipt afterwards"))
        self.print_receipt.setObjectName("posting_print")
        self.print_receipt.setChecked(self.settings.value(PRINT_RECEIPT, True, type=bool))
        layout.addWidget(self.print_receipt)
        ok = self.tr("Post the withdrawal") if withdrawal else self.tr("Post the deposit")
        layout.addWidget(dialog_buttons(self, ok))
        self.product.currentIndexChanged.connect(lambda *_: self._product_chosen())
        self._product_chosen()
        self.amount.setFocus()

    def _product_chosen(self) -> None:
        account = self.accounts.get(self.product.currentData())
        if account is None:
            self.standing.setText(self.tr("This member has no savings that can be withdrawn.") if self.withdrawal
                                  else self.tr("This member has no savings account."))
            return
        text = self.tr("Balance {balance}").format(balance=format_rupiah(account.balance))
        if account.owed:
            text += " · " + self.tr("owed {owed}").format(owed=format_rupiah(account.owed))
        self.standing.setText(text)
        if not self.withdrawal and not self.typed:
            self.amount.set_value(account.owed or None)
            self.amount.selectAll()

    def _show_words(self) -> None:
        show_amount_in_words(self.form, self.amount)

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            errors: list[DomainError] = []
            on = read_date(self.date, errors)
            amount = read_amount(self.amount, errors)
            if errors:
                raise ValidationErrors(errors)
            account = self.product.currentData()
            if account is None:
                raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the savings."), "product")
            post = withdraw if self.withdrawal else deposit
            self.entry_id = post(self.actor, account, on, amount, self.method.currentData(),
                                 self.note.text())
        except DomainError as exc:
            report(self.form, self, exc)
            return
        self.settings.setValue(PRINT_RECEIPT, self.print_receipt.isChecked())
        bus.changed.emit("savings")
        super().accept()
        if self.print_receipt.isChecked():
            print_receipts(self.parent(), [self.entry_id])


class ReverseDialog(QDialog):
    """Cancel a posted entry with a reversal that says why; both stay in the passbook."""

    def __init__(self, actor: Actor, savings: MemberSavings, product: str, line: LedgerLine,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.line = actor, line
        self.entry_id: int | None = None
        self.setWindowTitle(self.tr("Reverse an entry"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(_who(savings))
        what = QLabel(self.tr("Receipt {number} of {date}: {kind} of {amount} to {product}.").format(
            number=line.receipt_number, date=line.on.strftime("%d/%m/%Y"),
            kind=label(SAVINGS_ENTRY_KINDS[line.kind]).lower(),
            amount=format_rupiah(abs(line.amount)), product=product))
        what.setWordWrap(True)
        what.setObjectName("reverse_what")
        layout.addWidget(what)
        explain = QLabel(self.tr("The entry stays in the books; a reversal of the opposite amount cancels it."))
        explain.setWordWrap(True)
        explain.setStyleSheet(HINT_STYLE)
        layout.addWidget(explain)
        self.form = Form(QFormLayout())
        self.reason = self.form.add(self.tr("Reason"), QLineEdit(), "reason")
        self.reason.setObjectName("reverse_reason")
        self.reason.setMaxLength(150)
        self.date = self.form.add(self.tr("Date of the reversal"), DateField(), "date")
        self.date.set_value(dt.date.today())
        layout.addLayout(self.form.layout)
        self.print_slip = QCheckBox(self.tr("Print the reversal slip afterwards"))
        self.print_slip.setObjectName("reverse_print")
        layout.addWidget(self.print_slip)
        layout.addWidget(dialog_buttons(self, self.tr("Reverse the entry")))
        self.reason.setFocus()

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            on = self.date.required_value("date")
            self.entry_id = reverse_entry(self.actor, self.line.entry_id, self.reason.text(), on)
        except DomainError as exc:
            report(self.form, self, exc)
            return
        bus.changed.emit("savings")
        super().accept()
        if self.print_slip.isChecked():
            print_receipts(self.parent(), [self.entry_id])


def read_period(first_field: DateField, last_field: DateField,
                last_default: dt.date | None = None) -> tuple[dt.date | None, dt.date]:
    """From (empty: from the first entry) and To (empty: *last_default*, or refused) as typed;
    raises the refusals for the fields "first" and "last"."""
    errors, values = [], {}
    for name, field in (("first", first_field), ("last", last_field)):
        try:
            values[name] = field.value()
        except DomainError as exc:
            exc.field = name
            errors.append(exc)
    first, last = values.get("first"), values.get("last") or last_default
    if not errors and last is None:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the last day of the statement."), "last"))
    if not errors and first is not None and first > last:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The first day comes after the last."), "first"))
    if errors:
        raise ValidationErrors(errors)
    return first, last


class StatementDialog(QDialog):
    """A member's savings statement for a period, of every product or one."""

    def __init__(self, savings: MemberSavings, account_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.savings = savings
        self.setWindowTitle(self.tr("Savings statement"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(_who(savings))
        self.form = Form(QFormLayout())
        self.product = self.form.add(self.tr("Savings"), combo([(a.id, a.product) for a in savings.accounts], blank=self.tr("All savings")), "product")
        self.product.setObjectName("statement_product")
        select_value(self.product, account_id)
        today = dt.date.today()
        self.first = self.form.add(self.tr("From"), DateField(), "first")
        self.first.setObjectName("statement_first")
        self.first.set_value(dt.date(today.year, 1, 1))
        self.last = self.form.add(self.tr("To"), DateField(), "last")
        self.last.setObjectName("statement_last")
        self.last.set_value(today)
        hint = QLabel(self.tr("Leave From empty to start at the first entry."))
        hint.setStyleSheet(HINT_STYLE)
        self.form.layout.addRow("", hint)
        layout.addLayout(self.form.layout)
        layout.addWidget(dialog_buttons(self, self.tr("Make the statement")))

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            first, last = read_period(self.first, self.last)
        except DomainError as exc:
            report(self.form, self, exc)
            return
        member_id, account_id = self.savings.member_id, self.product.currentData()

        def render(path: Path, progress, cancelled) -> None:
            from desktop.documents.pdf import letterhead
            from desktop.documents.savings_statement import render_statement
            from desktop.savings_queries import statement

            render_statement(statement(member_id, first, last, account_id), letterhead(), path)

        super().accept()
        make_pdf(self.parent(), self.tr("Savings statement"), f"rekening-{self.savings.number}", render)

"""The loan dialogs: the application (to a group or to one member, with the installments it
would bring), approving or rejecting it, cancelling it, disbursing from a pool, an installment or
early payoff, the group covering a member (tanggung renteng), a member paying the group back,
reversing a payment and writing a share off; and printing the loan papers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.capital import pool_choices
from desktop.dates import format_date
from desktop.errors import DomainError, NotFound, StaleRecord, ValidationErrors
from desktop.groups import group_choices
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import LOAN_FREQUENCIES, LOAN_METHODS, LOAN_PAYMENT_KINDS, PAYMENT_METHODS
from desktop.loan_allocation import ShareState
from desktop.loan_products import list_loan_products
from desktop.loan_queries import LoanDetail, PaymentLine, ShareCard, share_card
from desktop.loan_schedule import round_rupiah, schedule
from desktop.loans import (
    LoanApplication,
    apply_for_loan,
    approve_loan,
    cancel_application,
    cover_by_group,
    disburse_loan,
    group_debt,
    group_repayments,
    pay_off,
    reject_loan,
    repay,
    repay_group,
    reverse_group_repayment,
    reverse_payment,
    write_off,
)
from desktop.member_queries import MemberFilter, load_member, search_members
from desktop.money import MAX_AMOUNT, format_amount, format_rupiah
from ui.bus import bus
from ui.i18n import label, message
from ui.paper_dialogs import make_pdf
from ui.savings_page import MemberPicker
from ui.widgets import (
    HINT_STYLE,
    WARNING_STYLE,
    DateField,
    Form,
    MoneyField,
    combo,
    dialog_buttons,
    errors_of,
    read_amount,
    read_date,
    report,
    select_value,
    show_amount_in_words,
    show_refusal,
)

PRINT_RECEIPT = "loans/print_receipt"  # QSettings: whether the receipt is printed after a payment
PRINT_RECORD = "loans/print_record"  # and the berita acara after a disbursement


def settings_of(widget: QWidget | None) -> QSettings:
    """The main window's settings, where tick boxes are remembered; else the application's."""
    settings = getattr(widget.window(), "settings", None) if widget is not None else None
    return settings if isinstance(settings, QSettings) else QSettings()


def fit_height(dialog: QDialog) -> None:
    """Word-wrapped lines are measured narrower than the dialog opens, which would leave gaps
    between them; once shown, make the dialog as tall as its width needs."""
    height = dialog.heightForWidth(dialog.width())
    if height > 0:
        dialog.resize(dialog.width(), max(height, dialog.minimumHeight()))


def print_loan_receipts(parent: QWidget | None, payment_ids: list[int]) -> None:
    """Make the receipts of loan payments (one per page) and show them to print."""
    ids = list(payment_ids)

    def render(path: Path, progress, cancelled) -> None:
        from desktop.documents.loan_receipt import render_loan_receipts
        from desktop.documents.pdf import letterhead
        from desktop.loan_queries import loan_receipt_data

        render_loan_receipts([loan_receipt_data(i) for i in ids], letterhead(), path, progress=progress)

    make_pdf(parent, QCoreApplication.translate("Dialogs", "Receipts"), "kuitansi-pinjaman", render)


def print_loan_card(parent: QWidget | None, share_id: int, number: str) -> None:
    """The member's loan card (kartu angsuran): the schedule and what was paid."""

    def render(path: Path, progress, cancelled) -> None:
        from desktop.documents.loan_card import render_loan_card
        from desktop.documents.pdf import letterhead

        render_loan_card(share_card(share_id), letterhead(), path)

    make_pdf(parent, QCoreApplication.translate("LoanDialogs", "Loan card"), f"kartu-pinjaman-{number}", render)


def print_disbursement_record(parent: QWidget | None, loan_id: int, number: str) -> None:
    """The berita acara penyaluran that the borrowers sign when they receive the money."""

    def render(path: Path, progress, cancelled) -> None:
        from desktop.documents.disbursement_record import render_disbursement_record
        from desktop.documents.pdf import letterhead
        from desktop.loan_queries import disbursement_record

        render_disbursement_record(disbursement_record(loan_id), letterhead(), path)

    make_pdf(parent, QCoreApplication.translate("LoanDialogs", "Disbursement record"), f"berita-acara-{number}", render)


def _hint(text: str, style: str = HINT_STYLE) -> QLabel:
    hint = QLabel(text)
    hint.setWordWrap(True)
    hint.setStyleSheet(style)
    return hint


class _LoanDialog(QDialog):
    """A header naming what the dialog acts on, a form, and one operation on Accept."""

    def __init__(self, actor: Actor, header: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setMinimumWidth(540)
        self.column = QVBoxLayout(self)
        self.header = QLabel(header)
        self.header.setObjectName("loan_dialog_header")
        self.header.setWordWrap(True)
        self.column.addWidget(self.header)
        self.form = Form(QFormLayout())
        self.column.addLayout(self.form.layout)

    def finish(self, ok_text: str) -> None:
        self.column.addWidget(dialog_buttons(self, ok_text))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        fit_height(self)

    def run(self, action: Callable[[], object]) -> bool:
        """Call the operation; show its refusal beside the fields, or close and tell the pages."""
        self.form.clear_errors()
        try:
            action()
        except DomainError as exc:
            report(self.form, self, exc)
            if isinstance(exc, StaleRecord | NotFound):
                bus.changed.emit("loans")  # the pages read the loan again as it now stands
            return False
        bus.changed.emit("loans")
        super().accept()
        return True


def _loan_header(detail: LoanDetail) -> str:
    members = QCoreApplication.translate("LoanDialogs", "{count} member(s)").format(count=len(detail.shares))
    return QCoreApplication.translate("LoanDialogs", "<b>{number}</b> — {borrower}<br>{principal} for {members}, {term} installments, {product}").format(
        number=detail.number, borrower=detail.borrower, principal=format_rupiah(detail.principal),
        members=members, term=detail.term, product=detail.product)


def _share_header(card: ShareCard) -> str:
    return QCoreApplication.translate("LoanDialogs", "<b>{name}</b> ({number}) — loan {loan}{group}").format(
        name=card.member_name, number=card.member_number, loan=card.loan_number,
        group=f" · {card.group}" if card.group else "")


class DecisionDialog(_LoanDialog):
    """The chair approves an application, or rejects it with the reason."""

    def __init__(self, actor: Actor, detail: LoanDetail, approve: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(actor, _loan_header(detail), parent)
        self.setWindowTitle(self.tr("Approve the loan") if approve else self.tr("Reject the application"))
        self.detail, self.approve = detail, approve
        applied = self.tr("Applied on {date} by {user}.").format(date=format_date(detail.applied_on),
                                                                 user=detail.applied_by)
        if detail.purpose:
            applied += " " + self.tr("Purpose: {purpose}").format(purpose=detail.purpose)
        self.column.insertWidget(1, _hint(applied))
        if approve and detail.applied_by_id == actor.id:
            warning = _hint(self.tr("You entered this application; someone else must approve it."), WARNING_STYLE)
            warning.setObjectName("decision_warning")
            self.column.insertWidget(2, warning)
        self.date = self.form.add(self.tr("Date"), DateField(), "date")
        self.date.set_value(dt.date.today())
        caption = self.tr("Note (optional)") if approve else self.tr("Reason")
        self.reason = self.form.add(caption, QLineEdit(), "reason")
        self.reason.setObjectName("decision_reason")
        self.reason.setMaxLength(200)
        self.finish(self.tr("Approve") if approve else self.tr("Reject"))
        self.reason.setFocus()

    def accept(self) -> None:
        def act() -> None:
            on = self.date.required_value("date")
            if self.approve:
                approve_loan(self.actor, self.detail.id, self.detail.version, on, self.reason.text())
            else:
                reject_loan(self.actor, self.detail.id, self.detail.version, self.reason.text(), on)
        self.run(act)


class CancelDialog(_LoanDialog):
    """Withdraw an application that is not yet disbursed."""

    def __init__(self, actor: Actor, detail: LoanDetail, parent: QWidget | None = None) -> None:
        super().__init__(actor, _loan_header(detail), parent)
        self.setWindowTitle(self.tr("Cancel the application"))
        self.detail = detail
        self.column.insertWidget(1, _hint(self.tr("The application stays in the list, marked as cancelled.")))
        self.reason = self.form.add(self.tr("Reason"), QLineEdit(), "reason")
        self.reason.setObjectName("cancel_reason")
        self.reason.setPlaceholderText(self.tr("for example: the group no longer needs the loan"))
        self.reason.setMaxLength(200)
        self.finish(self.tr("Cancel the application"))
        self.reason.setFocus()

    def accept(self) -> None:
        self.run(lambda: cancel_application(self.actor, self.detail.id, self.detail.version,
                                            self.reason.text()))


class DisburseDialog(_LoanDialog):
    """Pay an approved loan out of a pool; the schedules start from that day."""

    def __init__(self, actor: Actor, detail: LoanDetail, parent: QWidget | None = None) -> None:
        super().__init__(actor, _loan_header(detail), parent)
        self.setWindowTitle(self.tr("Disburse the loan"))
        self.detail = detail
        self.settings = settings_of(parent)
        pools = pool_choices()
        items = [(pid, self.tr("{pool} — {available} available").format(pool=name, available=format_rupiah(available)))
                 for pid, name, available in pools]
        self.available = {pid: available for pid, _name, available in pools}
        self.pool = self.form.add(self.tr("From the pool"), combo(items), "pool")
        self.pool.setObjectName("disburse_pool")
        enough = [pid for pid, _name, available in pools if available >= detail.principal]
        if enough:
            self.pool.setCurrentIndex(self.pool.findData(enough[0]))
        self.pool_note = QLabel()
        self.pool_note.setWordWrap(True)
        self.pool_note.setObjectName("disburse_pool_note")
        self.form.layout.addRow("", self.pool_note)
        self.pool.currentIndexChanged.connect(lambda *_: self._pool_chosen())
        self.date = self.form.add(self.tr("Disbursed on"), DateField(), "date")
        self.date.set_value(dt.date.today())
        fee = (self.tr("The admin fee of {fee} is paid back into the pool.").format(fee=format_rupiah(detail.admin_fee))
               if detail.admin_fee else "")
        self.column.addWidget(_hint(" ".join(x for x in (
            self.tr("The installments are due from one period after this day."), fee) if x)))
        self.print_record = QCheckBox(self.tr("Print the disbursement record (berita acara) afterwards"))
        self.print_record.setObjectName("disburse_print")
        self.print_record.setChecked(self.settings.value(PRINT_RECORD, True, type=bool))
        self.column.addWidget(self.print_record)
        self.finish(self.tr("Disburse"))
        self._pool_chosen()
        self.pool.setFocus()

    def _pool_chosen(self) -> None:
        available = self.available.get(self.pool.currentData())
        if available is None:
            self.pool_note.setText(self.tr("No pool is open yet; the treasurer opens one on the Pools tab."))
            self.pool_note.setStyleSheet(WARNING_STYLE)
        elif available < self.detail.principal:
            self.pool_note.setText(self.tr("Not enough in this pool for {amount}.").format(amount=format_rupiah(self.detail.principal)))
            self.pool_note.setStyleSheet(WARNING_STYLE)
        else:
            self.pool_note.setText(self.tr("Left in the pool afterwards: {left}").format(
                left=format_rupiah(available - self.detail.principal + self.detail.admin_fee)))
            self.pool_note.setStyleSheet(HINT_STYLE)

    def accept(self) -> None:
        def act() -> None:
            if self.pool.currentData() is None:
                raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the pool the money comes from."), "pool")
            disburse_loan(self.actor, self.detail.id, self.detail.version, self.pool.currentData(),
                          self.date.required_value("date"))
        if self.run(act):
            self.settings.setValue(PRINT_RECORD, self.print_record.isChecked())
            if self.print_record.isChecked():
                print_disbursement_record(self.parent(), self.detail.id, self.detail.number)


class PaymentDialog(_LoanDialog):
    """An installment paid by the borrower (or the whole loan paid off early), or, with
    *cover*, the group paying a member's installment under joint liability."""

    def __init__(self, actor: Actor, card: ShareCard, cover: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(actor, _share_header(card), parent)
        self.setWindowTitle(self.tr("The group covers an installment") if cover else self.tr("Repayment"))
        self.card, self.cover = card, cover
        self.settings = settings_of(parent)
        self.state: ShareState | None = card.state
        self.payment_id: int | None = None
        if cover:
            self.column.insertWidget(1, _hint(self.tr("The group pays what {name} missed; {name} then owes the group that amount until it is paid back.").format(name=card.member_name)))
        self.standing = QLabel()
        self.standing.setObjectName("payment_standing")
        self.column.insertWidget(2 if cover else 1, self.standing)
        self.date = self.form.add(self.tr("Date"), DateField(), "date")
        self.date.setObjectName("payment_date")
        self.date.set_value(dt.date.today())
        self.date.edited.connect(self._date_changed)
        self.amount = self.form.add(self.tr("Amount (Rp)"), MoneyField(), "amount")
        self.amount.setObjectName("payment_amount")
        self.amount.textChanged.connect(lambda *_: show_amount_in_words(self.form, self.amount))
        self.payoff = QCheckBox(self.tr("Pay off the whole loan (later jasa is not charged)"), self)
        self.payoff.setObjectName("payment_payoff")
        self.payoff.toggled.connect(lambda *_: self._fill_amount())
        if cover:  # the group covers what is due, never the whole loan
            self.payoff.hide()
        else:
            self.form.layout.addRow("", self.payoff)
        self.method = self.form.add(self.tr("Paid by"), combo([(c, label(t)) for c, t in PAYMENT_METHODS.items()]), "method")
        self.method.setObjectName("payment_method")
        self.note = self.form.add(self.tr("Note"), QLineEdit(), "note")
        self.note.setObjectName("payment_note")
        self.note.setMaxLength(200)
        self.print_receipt = QCheckBox(self.tr("Print the receipt afterwards"))
        self.print_receipt.setObjectName("payment_print")
        self.print_receipt.setChecked(self.settings.value(PRINT_RECEIPT, True, type=bool))
        self.column.addWidget(self.print_receipt)
        self.finish(self.tr("Post the cover") if cover else self.tr("Post the payment"))
        self.ok = self.findChild(QPushButton, "ok")
        self._show_state()
        self._fill_amount()
        self.amount.setFocus()
        self.amount.selectAll()

    def _date_changed(self) -> None:
        try:
            on = self.date.value()
        except DomainError:
            return
        if on is not None and self.card.disbursed_on is not None and on >= self.card.disbursed_on:
            self.state = share_card(self.card.share_id, on).state
            self._show_state()
            self._fill_amount()

    def _show_state(self) -> None:
        """The share's figures on the day typed, as a small table."""
        state = self.state
        if state is None:
            self.standing.setText(self.tr("Not disbursed yet."))
            return
        late = (self.tr("{days} days, %n installment(s)", "", state.installments_overdue).format(days=state.days_overdue)
                if state.overdue else self.tr("nothing overdue"))
        rows = [(self.tr("Overdue"), state.overdue, late)]
        if state.current_due_on is not None:
            rows.append((self.tr("Next installment"), state.current_principal + state.current_jasa,
                         self.tr("due {date}").format(date=format_date(state.current_due_on))))
        due_now = self.tr("Due now")
        rows.append((f"<b>{due_now}</b>", state.due_now, ""))
        rows.append((self.tr("To pay off the loan"), state.payoff, self.tr("principal left {principal}").format(
            principal=format_rupiah(state.outstanding_principal))))
        cells = "".join(f"<tr><td>{caption}</td><td align='right'>&nbsp;&nbsp;{format_rupiah(amount)}</td>"
                        f"<td style='{HINT_STYLE}'>&nbsp;&nbsp;{note}</td></tr>" for caption, amount, note in rows)
        self.standing.setText(f"<table cellspacing='0' cellpadding='1'>{cells}</table>")

    def _fill_amount(self) -> None:
        state = self.state
        if state is None:
            return
        payoff = self.payoff.isChecked()
        self.amount.setReadOnly(payoff)
        if not self.cover:
            self.ok.setText(self.tr("Post the payoff") if payoff else self.tr("Post the payment"))
        if payoff:
            self.amount.set_value(state.payoff)
        elif self.cover:
            self.amount.set_value(state.overdue or state.due_now or None)
        else:
            self.amount.set_value(state.due_now or None)
        self.amount.selectAll()

    def accept(self) -> None:
        def act() -> None:
            errors: list[DomainError] = []
            on = read_date(self.date, errors)
            amount = read_amount(self.amount, errors)
            if errors:
                raise ValidationErrors(errors)
            post = cover_by_group if self.cover else pay_off if self.payoff.isChecked() else repay
            self.payment_id = post(self.actor, self.card.share_id, on, amount,
                                   self.method.currentData(), self.note.text())
        if self.run(act):
            self.settings.setValue(PRINT_RECEIPT, self.print_receipt.isChecked())
            if self.print_receipt.isChecked():
                print_loan_receipts(self.parent(), [self.payment_id])


class GroupRepayDialog(_LoanDialog):
    """A member pays back to the group what it covered for them."""

    def __init__(self, actor: Actor, card: ShareCard, group_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(actor, _share_header(card), parent)
        self.setWindowTitle(self.tr("Member repays the group"))
        self.card, self.group_id = card, group_id
        debt = group_debt(card.member_id, group_id)
        owes = QLabel(self.tr("{name} owes the group {debt} for installments it covered.").format(
            name=card.member_name, debt=format_rupiah(debt)))
        owes.setObjectName("group_repay_debt")
        owes.setWordWrap(True)
        self.column.insertWidget(1, owes)
        self.date = self.form.add(self.tr("Date"), DateField(), "date")
        self.date.set_value(dt.date.today())
        self.amount = self.form.add(self.tr("Amount (Rp)"), MoneyField(), "amount")
        self.amount.setObjectName("group_repay_amount")
        self.amount.textChanged.connect(lambda *_: show_amount_in_words(self.form, self.amount))
        self.amount.set_value(debt or None)
        self.note = self.form.add(self.tr("Note"), QLineEdit(), "note")
        self.note.setMaxLength(200)
        self.finish(self.tr("Record the repayment"))
        self.amount.setFocus()
        self.amount.selectAll()

    def accept(self) -> None:
        def act() -> None:
            errors: list[DomainError] = []
            on = read_date(self.date, errors)
            amount = read_amount(self.amount, errors)
            if errors:
                raise ValidationErrors(errors)
            repay_group(self.actor, self.card.member_id, self.group_id, on, amount, self.note.text())
        self.run(act)


class GroupRepaymentReversalDialog(_LoanDialog):
    """Cancel the member's latest repayment to the group, recorded by mistake."""

    def __init__(self, actor: Actor, card: ShareCard, parent: QWidget | None = None) -> None:
        super().__init__(actor, _share_header(card), parent)
        self.setWindowTitle(self.tr("Reverse a repayment to the group"))
        self.entry_id, on, amount, note = group_repayments(card.member_id)[0]
        what = QLabel(self.tr("Repayment to the group of {date}: {amount}.").format(
            date=format_date(on), amount=format_rupiah(amount)) + (f" {note}" if note else ""))
        what.setObjectName("reverse_group_what")
        what.setWordWrap(True)
        self.column.insertWidget(1, what)
        self.column.insertWidget(2, _hint(self.tr("The member owes the group that amount again.")))
        self.reason = self.form.add(self.tr("Reason"), QLineEdit(), "reason")
        self.reason.setObjectName("reverse_group_reason")
        self.reason.setMaxLength(150)
        self.finish(self.tr("Reverse the repayment"))
        self.reason.setFocus()

    def accept(self) -> None:
        self.run(lambda: reverse_group_repayment(self.actor, self.entry_id, self.reason.text()))


class ReversePaymentDialog(_LoanDialog):
    """Cancel a posted loan payment with a reversal that says why; both stay on the card."""

    def __init__(self, actor: Actor, card: ShareCard, payment: PaymentLine,
                 parent: QWidget | None = None) -> None:
        super().__init__(actor, _share_header(card), parent)
        self.setWindowTitle(self.tr("Reverse a payment"))
        self.payment = payment
        self.reversal_id: int | None = None
        what = QLabel(self.tr("Receipt {number} of {date}: {kind} of {amount}.").format(
            number=payment.receipt_number, date=format_date(payment.on),
            kind=label(LOAN_PAYMENT_KINDS.get(payment.kind, payment.kind)).lower(),
            amount=format_rupiah(payment.amount)))
        what.setObjectName("reverse_payment_what")
        what.setWordWrap(True)
        self.column.insertWidget(1, what)
        explain = self.tr("The payment stays on the card; a reversal of the opposite amount cancels it, and the pool and the installments move back with it.")
        if payment.kind == "cover":
            explain += " " + self.tr("What the member owes the group for it is cancelled too.")
        self.column.insertWidget(2, _hint(explain))
        self.reason = self.form.add(self.tr("Reason"), QLineEdit(), "reason")
        self.reason.setObjectName("reverse_payment_reason")
        self.reason.setMaxLength(150)
        self.date = self.form.add(self.tr("Date of the reversal"), DateField(), "date")
        self.date.set_value(dt.date.today())
        self.print_slip = QCheckBox(self.tr("Print the reversal slip afterwards"))
        self.print_slip.setObjectName("reverse_payment_print")
        self.column.addWidget(self.print_slip)
        self.finish(self.tr("Reverse the payment"))
        self.reason.setFocus()

    def accept(self) -> None:
        def act() -> None:
            on = self.date.required_value("date")
            self.reversal_id = reverse_payment(self.actor, self.payment.id, self.reason.text(), on)
        if self.run(act) and self.print_slip.isChecked():
            print_loan_receipts(self.parent(), [self.reversal_id])


class WriteOffDialog(_LoanDialog):
    """Take the principal a borrower will not repay out of the pool as lost."""

    def __init__(self, actor: Actor, card: ShareCard, parent: QWidget | None = None) -> None:
        super().__init__(actor, _share_header(card), parent)
        self.setWindowTitle(self.tr("Write off a share"))
        self.card = card
        self.outstanding = out = card.state.outstanding_principal if card.state else card.principal
        what = QLabel(self.tr("{amount} of principal is still out. Written off, it counts as lost to the pool {pool}; the share stops running and leaves the arrears.").format(
            amount=format_rupiah(out), pool=card.pool))
        what.setObjectName("writeoff_what")
        what.setWordWrap(True)
        self.column.insertWidget(1, what)
        self.date = self.form.add(self.tr("Date"), DateField(), "date")
        self.date.set_value(dt.date.today())
        self.reason = self.form.add(self.tr("Reason"), QLineEdit(), "reason")
        self.reason.setObjectName("writeoff_reason")
        self.reason.setPlaceholderText(self.tr("for example: the borrower died; the business failed"))
        self.reason.setMaxLength(150)
        self.finish(self.tr("Write off"))
        self.reason.setFocus()

    def accept(self) -> None:
        # The principal shown above: if a payment moved it meanwhile, the write-off is refused.
        self.run(lambda: write_off(self.actor, self.card.share_id, self.date.required_value("date"),
                                   self.reason.text(), self.outstanding))


class _AmountCell(MoneyField):
    """An amount in the application's grid. Enter goes on to the next member, as down a column
    of a spreadsheet; on the last member it applies, like Enter anywhere in a dialog."""

    def __init__(self, go_next: Callable[[], bool]) -> None:
        super().__init__()
        self.go_next = go_next
        self.setFrame(False)
        self.setPlaceholderText("")  # an empty amount means the member does not borrow

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.go_next():
            return
        super().keyPressEvent(event)


class _PickerInDialog(MemberPicker):
    """The member picker, whose Enter picks the member instead of also applying."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


MEMBER_COLUMNS = 2  # number and name; the amount and the installment follow


class ApplicationDialog(QDialog):
    """A loan application: to a group (each member who borrows, with their amount) or to one
    member; the product's terms and the installments they would bring are shown as it is typed."""

    def __init__(self, actor: Actor, group_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.loan_id: int | None = None
        self.member_id: int | None = None
        self.cells: list[tuple[int, _AmountCell]] = []
        self.products = {p.id: p for p in list_loan_products(only_active=True)}
        self.setWindowTitle(self.tr("New loan application"))
        self.setMinimumSize(680, 640)
        layout = QVBoxLayout(self)
        self.form = Form(QFormLayout())
        layout.addLayout(self.form.layout)
        self.form.add(self.tr("Borrower"), self._borrower_box(), "group")
        products = [(p.id, f"{p.code} — {p.name}") for p in self.products.values()]
        self.product = self.form.add(self.tr("Loan product"), combo(products), "product")
        self.product.setObjectName("application_product")
        # Lines broken by hand: a word-wrapped label in a form is given room for twice its lines.
        self.product_hint = QLabel()
        self.product_hint.setStyleSheet(HINT_STYLE)
        self.product_hint.setObjectName("application_terms")
        self.form.layout.addRow("", self.product_hint)
        self.term = self.form.add(self.tr("Term (installments)"), QSpinBox(), "term")
        self.term.setObjectName("application_term")
        self.term.setMaximumWidth(90)
        self.purpose = self.form.add(self.tr("Purpose"), QLineEdit(), "purpose")
        self.purpose.setObjectName("application_purpose")
        self.purpose.setPlaceholderText(self.tr("for example: capital for the stall, a sewing machine"))
        self.purpose.setMaxLength(200)
        self.date = self.form.add(self.tr("Applied on"), DateField(), "date")
        self.date.setObjectName("application_date")
        self.date.set_value(dt.date.today())
        layout.addWidget(self._grid(), 1)
        layout.addWidget(self.form.attach("shares", self.grid))
        self.total = QLabel()
        self.total.setObjectName("application_total")
        self.total.setWordWrap(True)
        layout.addWidget(self.total)
        layout.addWidget(_hint(self.tr("The installments are worked out as if the loan were disbursed on the application date; they start one period after the day it is disbursed.")))
        buttons = dialog_buttons(self, self.tr("Apply"))
        self.ok_button = buttons.findChild(QPushButton, "ok")
        layout.addWidget(buttons)
        self.product.currentIndexChanged.connect(lambda *_: self._product_chosen())
        self.term.valueChanged.connect(lambda *_: self._preview())
        self.date.edited.connect(self._preview)
        self._product_chosen()
        select_value(self.group, group_id)
        self.to_group.setChecked(True)
        self._borrower_changed()
        (self.group if group_id is None else self.purpose).setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        fit_height(self)

    def _borrower_box(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.to_group = QRadioButton(self.tr("A group"))
        self.to_group.setObjectName("application_to_group")
        self.to_member = QRadioButton(self.tr("One member"))
        self.to_member.setObjectName("application_to_member")
        self.group = combo(group_choices(), blank="")
        self.group.setObjectName("application_group")
        self.picker = _PickerInDialog()
        self.picker.setObjectName("application_member")
        self.chosen = QLabel()
        self.chosen.setObjectName("application_chosen")
        grid.addWidget(self.to_group, 0, 0)
        grid.addWidget(self.group, 0, 1)
        grid.addWidget(self.to_member, 1, 0)
        grid.addWidget(self.picker, 1, 1)
        grid.addWidget(self.chosen, 2, 1)
        grid.addWidget(self.form.attach("member", self.picker), 3, 1)
        grid.setColumnStretch(1, 1)
        self.to_group.toggled.connect(lambda *_: self._borrower_changed())
        self.group.currentIndexChanged.connect(lambda *_: self._group_chosen())
        self.picker.textEdited.connect(lambda *_: self.to_member.setChecked(True))
        self.picker.chosen.connect(self._member_chosen)
        return box

    def _grid(self) -> QTableWidget:
        self.grid = QTableWidget(0, MEMBER_COLUMNS + 2)
        self.grid.setObjectName("application_grid")
        self.grid.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Member"), self.tr("Amount (Rp)"),
                                             self.tr("Installment (Rp)")])
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.grid.verticalHeader().setVisible(False)
        self.grid.verticalHeader().setDefaultSectionSize(26)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 100), (2, 140), (3, 150)):
            self.grid.setColumnWidth(column, width)
        return self.grid

    def _borrower_changed(self) -> None:
        to_group = self.to_group.isChecked()
        self.group.setEnabled(to_group)
        self.chosen.setVisible(not to_group)
        if to_group:
            self._group_chosen()
        else:
            self._member_chosen(self.member_id)
            self.picker.setFocus()

    def _group_chosen(self) -> None:
        if not self.to_group.isChecked():
            self.to_group.setChecked(True)  # comes back here through _borrower_changed
            return
        group_id = self.group.currentData()
        rows = (search_members(MemberFilter(group_id=group_id, status="active"), "name", limit=1000)
                if group_id is not None else [])
        self._fill_grid([(r[0], r[1], r[2]) for r in rows])

    def _member_chosen(self, member_id: int | None) -> None:
        self.member_id = member_id
        if member_id is None:
            self.chosen.setText("")
            self._fill_grid([])
            return
        member = load_member(member_id)
        self.chosen.setText(f"<b>{member.form.name}</b> ({member.number})"
                            + (f" — {member.group_name}" if member.group_name else ""))
        self.picker.clear()
        self._fill_grid([(member.id, member.number, member.form.name)])
        if self.cells:
            self.cells[0][1].setFocus()

    def _fill_grid(self, members: list[tuple[int, str, str]]) -> None:
        self.cells = []
        self.grid.setRowCount(len(members))
        for row, (member_id, number, name) in enumerate(members):
            for column, text in enumerate((number, name, "")):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.grid.setItem(row, column if column < 2 else 3, item)
            cell = _AmountCell(lambda r=row: self._focus_row(r + 1))
            cell.textChanged.connect(lambda *_: self._preview())
            self.grid.setCellWidget(row, 2, cell)
            self.cells.append((member_id, cell))
        # Tab goes from the date down the amounts to Apply, not by when the fields were made.
        chain = [self.date.edit, *(cell for _m, cell in self.cells), self.ok_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self._preview()

    def _focus_row(self, row: int) -> bool:
        if row >= len(self.cells):
            return False
        self.grid.scrollTo(self.grid.model().index(row, 2))
        self.cells[row][1].setFocus()
        self.cells[row][1].selectAll()
        return True

    def _product_chosen(self) -> None:
        product = self.products.get(self.product.currentData())
        if product is None:
            self.product_hint.setText(self.tr("No loan product is offered; the administrator adds them in the settings."))
            return
        self.term.setRange(1, max(product.max_term, 1))
        self.term.setValue(product.term)
        terms = [self.tr("{rate}% a month").format(rate=percent(product.rate)),
                 label(LOAN_FREQUENCIES.get(product.frequency, product.frequency)).lower(),
                 self.tr("usually {term}, at most {max} installments").format(term=product.term, max=product.max_term)]
        if product.grace:
            terms.append(self.tr("%n period(s) of grace", "", product.grace))
        limits = []
        if product.first_loan_max:
            limits.append(self.tr("a first loan at most {amount}").format(amount=format_rupiah(product.first_loan_max)))
        if product.max_amount:
            limits.append(self.tr("at most {amount} a borrower").format(amount=format_rupiah(product.max_amount)))
        if Decimal(product.admin_fee):
            limits.append(self.tr("admin fee {fee}%").format(fee=percent(product.admin_fee)))
        lines = [label(LOAN_METHODS.get(product.method, product.method)), " · ".join(terms), " · ".join(limits)]
        self.product_hint.setText("<br>".join(line for line in lines if line))
        self._preview()

    def _preview(self) -> None:
        """Each borrower's installment, and the totals, for the amounts typed so far."""
        product = self.products.get(self.product.currentData())
        try:
            on = self.date.value() or dt.date.today()
        except DomainError:
            on = dt.date.today()
        total = count = together = 0
        for row, (_member_id, cell) in enumerate(self.cells):
            try:
                amount = cell.value()
            except DomainError:
                amount = None
            text = ""
            if amount and product is not None and amount <= MAX_AMOUNT:
                plan = schedule(amount, Decimal(product.rate), product.method, product.frequency,
                                self.term.value(), on, product.grace)[product.grace:]
                text = format_amount(plan[0].amount)
                if plan[-1].amount != plan[0].amount and product.method == "declining":
                    text += " → " + format_amount(plan[-1].amount)
                total, count, together = total + amount, count + 1, together + plan[0].amount
            self.grid.item(row, 3).setText(text)
        if not count:
            self.total.setText(self.tr("Type the amount each member borrows; leave it empty for those who do not.")
                               if self.cells else "")
            return
        fee = round_rupiah(Decimal(total) * Decimal(product.admin_fee) / 100)
        text = self.tr("Total <b>{total}</b> for %n member(s) · installments together {installment}", "", count).format(
            total=format_rupiah(total), installment=format_rupiah(together))
        if fee:
            text += " · " + self.tr("admin fee {fee}").format(fee=format_rupiah(fee))
        self.total.setText(text)

    def application(self) -> LoanApplication:
        """The application as typed; raises the refusals of what cannot be read."""
        errors: list[DomainError] = []
        product_id = self.product.currentData()
        if product_id is None:
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the loan product."), "product"))
        group_id = self.group.currentData() if self.to_group.isChecked() else None
        if self.to_group.isChecked() and group_id is None:
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the group."), "group"))
        if not self.to_group.isChecked() and self.member_id is None:
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the member: type a number or part of the name."), "member"))
        shares = []
        for member_id, cell in self.cells:
            try:
                amount = cell.value()
            except DomainError as exc:
                exc.field = "shares"
                errors.append(exc)
                continue
            if amount:
                shares.append((member_id, amount))
        on = read_date(self.date, errors)
        if errors:
            raise ValidationErrors(errors)
        return LoanApplication(product_id, group_id, shares, self.term.value(), self.purpose.text(), on)

    def _report(self, exc: DomainError) -> None:
        """Each refusal beside its field (several about the members under the grid together)."""
        by_field: dict[str, list[str]] = {}
        rest = []
        for error in errors_of(exc):
            if error.field in self.form.fields:
                by_field.setdefault(error.field, []).append(message(error))
            else:
                rest.append(error)
        for name, texts in by_field.items():
            self.form.show_note(name, "\n".join(texts))
        if by_field:
            widget = self.form.fields[next(iter(by_field))][0]
            (self.cells[0][1] if widget is self.grid and self.cells else widget).setFocus()
        if rest:
            show_refusal(self, rest[0])

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            self.loan_id = apply_for_loan(self.actor, self.application())
        except DomainError as exc:
            self._report(exc)
            return
        bus.changed.emit("loans")
        super().accept()


def percent(rate: str) -> str:
    """A rate as stored (1.5) with the screen language's decimal sign (1,5 in Indonesian)."""
    return rate.replace(".", QLocale().decimalPoint())

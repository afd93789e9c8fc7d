"""The loans, from application to the last installment: the list with its filters, one loan's
terms and members' shares, and a share's schedule and payments; with the steps each role takes
(apply, approve or reject, disburse, repay, cover, reverse, write off) and the loan papers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.dates import format_date
from desktop.errors import DomainError
from desktop.groups import group_choices
from desktop.labels import (
    LOAN_FREQUENCIES,
    LOAN_METHODS,
    LOAN_PAYMENT_KINDS,
    LOAN_STATUSES,
    PAYMENT_METHODS,
    SHARE_STATUSES,
)
from desktop.loan_allocation import InstallmentState
from desktop.loan_queries import (
    LoanDetail,
    LoanRow,
    PaymentLine,
    ShareCard,
    ShareLine,
    list_loans,
    loan_detail,
    share_card,
)
from desktop.loan_schedule import schedule
from desktop.loan_settings import KOLEK_CLASSES
from desktop.loans import arrears_of, group_repayments
from desktop.money import format_amount, format_rupiah
from ui.bus import bus
from ui.i18n import label
from ui.loan_dialogs import (
    ApplicationDialog,
    CancelDialog,
    DecisionDialog,
    DisburseDialog,
    GroupRepayDialog,
    GroupRepaymentReversalDialog,
    PaymentDialog,
    ReversePaymentDialog,
    WriteOffDialog,
    percent,
    print_disbursement_record,
    print_loan_card,
    print_loan_receipts,
)
from ui.widgets import HINT_STYLE, Column, RowsModel, combo, make_table, push, refill, show_refusal

# The status filter: which loan statuses each choice lists ("arrears" also needs something overdue).
STATUS_FILTERS: dict[str, tuple[str, ...] | None] = {
    "all": None,
    "applied": ("applied",),
    "approved": ("approved",),
    "active": ("active",),
    "arrears": ("active",),
    "closed": ("closed",),
    "ended": ("rejected", "cancelled"),
}
LATE = QColor("#b00020")
DONE = QColor("#8a8a8a")
APPLIED_COLUMN = 7
PAYMENT_LEFT_COLUMN = 6  # the principal left after a payment is still true when it is struck


def _amount(value: int) -> str:
    return format_amount(value) if value else ""


class TintedModel(RowsModel):
    """Rows coloured by what they say: late in red, finished in grey, cancelled struck through,
    the current one in bold. *tint* gives (colour or None, bold, struck) of a row; the column
    *unstruck* keeps its figure readable on a struck row."""

    def __init__(self, columns: list[Column], tint: Callable[[Any], tuple[QColor | None, bool, bool]],
                 parent: Any = None, unstruck: int | None = None) -> None:
        super().__init__(columns, parent)
        self.tint, self.unstruck = tint, unstruck

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:  # the whole of a cut-off text
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        if index.isValid() and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            colour, bold, struck = self.tint(self.rows[index.row()])
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(colour) if colour is not None else None
            if bold or struck:
                font = QFont()
                font.setBold(bold)
                font.setStrikeOut(struck and index.column() != self.unstruck)
                return font
            return None
        return super().data(index, role)


class LoansTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.loaded = False
        self.overdue: dict[str, int] = {}  # loan number -> amount overdue today
        self.detail: LoanDetail | None = None
        self.card: ShareCard | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_bar())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("loans_splitter")
        splitter.addWidget(self._loan_list())
        splitter.addWidget(self._detail_area())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([200, 420])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_application)
        QShortcut(QKeySequence("Ctrl+R"), self, self.repay)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        bus.changed.connect(self._on_changed)
        self._update_buttons()

    # --- building -----------------------------------------------------------------------

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.status = combo([
            ("all", self.tr("All loans")),
            ("applied", label(LOAN_STATUSES["applied"])),
            ("approved", label(LOAN_STATUSES["approved"])),
            ("active", label(LOAN_STATUSES["active"])),
            ("arrears", self.tr("Running, in arrears")),
            ("closed", label(LOAN_STATUSES["closed"])),
            ("ended", self.tr("Rejected or cancelled")),
        ])
        self.status.setObjectName("loans_status")
        self.status.currentIndexChanged.connect(lambda *_: self.apply_filter())
        bar.addWidget(self.status)
        self.search = QLineEdit()
        self.search.setObjectName("loans_search")
        self.search.setPlaceholderText(self.tr("Loan number or borrower… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda *_: self.apply_filter())
        bar.addWidget(self.search, 2)
        # Filled when the tab is first shown, like the list, to keep start-up short.
        self.group = combo([], blank=self.tr("All groups"))
        self.group.setObjectName("loans_group")
        self.group.setMinimumContentsLength(18)
        self.group.currentIndexChanged.connect(lambda *_: self.apply_filter())
        bar.addWidget(self.group, 1)
        self.count = QLabel()
        self.count.setStyleSheet(HINT_STYLE)
        bar.addWidget(self.count)
        self.new_button = push(self.tr("New application… (Ctrl+N)"), self.new_application, "loan_new")
        bar.addWidget(self.new_button)
        return bar

    def _loan_list(self) -> QWidget:
        self.loans_model = TintedModel([
            Column(self.tr("Loan"), lambda r: r.number, width=80),
            Column(self.tr("Borrower"), lambda r: r.borrower, width=170),
            Column(self.tr("Status"), lambda r: label(LOAN_STATUSES.get(r.status, r.status)), width=150),
            Column(self.tr("Principal (Rp)"), lambda r: format_amount(r.principal), lambda r: r.principal, 100, True),
            Column(self.tr("Outstanding (Rp)"), lambda r: _amount(r.outstanding), lambda r: r.outstanding, 120, True),
            Column(self.tr("Overdue (Rp)"), lambda r: _amount(self.overdue.get(r.number, 0)),
                   lambda r: self.overdue.get(r.number, 0), 120, True),
            Column(self.tr("Term"), lambda r: str(r.term), lambda r: r.term, 70, True),
            Column(self.tr("Applied"), lambda r: format_date(r.applied_on), lambda r: r.applied_on, 85),
            Column(self.tr("Disbursed"), lambda r: format_date(r.disbursed_on), lambda r: r.disbursed_on, 85),
            Column(self.tr("Product"), lambda r: r.product, width=170),
            Column(self.tr("Pool"), lambda r: r.pool, width=140),
        ], self._tint_loan, self)
        self.loans = make_table(self.loans_model, "loans_table")
        # The list comes newest first; say so on the header rather than by loan number.
        self.loans.sortByColumn(APPLIED_COLUMN, Qt.SortOrder.DescendingOrder)
        self.loans.selectionModel().currentRowChanged.connect(lambda *_: self.show_loan())
        return self.loans

    def _detail_area(self) -> QWidget:
        area = QWidget()
        outer = QVBoxLayout(area)
        outer.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        self.info = QLabel(self.tr("Choose a loan in the list to see its terms and its members."))
        self.info.setObjectName("loan_info")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.info)
        outer.addLayout(self._loan_buttons())
        row = QHBoxLayout()
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        self.shares_model = TintedModel([
            Column(self.tr("Member"), lambda s: f"{s.member_name} ({s.member_number})", width=200),
            Column(self.tr("Principal (Rp)"), lambda s: format_amount(s.principal), lambda s: s.principal, 95, True),
            Column(self.tr("Paid (Rp)"), lambda s: _amount(s.paid_principal + s.paid_jasa),
                   lambda s: s.paid_principal + s.paid_jasa, 100, True),
            Column(self.tr("Overdue (Rp)"), lambda s: _amount(s.overdue), lambda s: s.overdue, 120, True),
            Column(self.tr("Days"), lambda s: str(s.days_overdue) if s.days_overdue else "",
                   lambda s: s.days_overdue, 40, True),
            Column(self.tr("Quality"), lambda s: label(KOLEK_CLASSES[s.kolek]) if s.kolek else "", width=110),
            Column(self.tr("Group debt (Rp)"), lambda s: _amount(s.group_debt), lambda s: s.group_debt, 170, True),
            Column(self.tr("Status"), lambda s: label(SHARE_STATUSES.get(s.status, s.status)), width=90),
        ], self._tint_share, self)
        self.shares = make_table(self.shares_model, "loan_shares")
        self.shares.setSortingEnabled(False)
        self.shares.selectionModel().currentRowChanged.connect(lambda *_: self.show_share())
        column.addWidget(self.shares, 2)
        self.standing = QLabel()
        self.standing.setObjectName("share_standing")
        self.standing.setWordWrap(True)
        column.addWidget(self.standing)
        column.addWidget(self._share_tables(), 3)
        row.addLayout(column, 1)
        row.addLayout(self._share_buttons())
        outer.addLayout(row, 1)
        return area

    def _share_tables(self) -> QTabWidget:
        """The chosen share's schedule and payments, one above the other as tabs: side by side
        they do not fit the screens of the office's PCs."""
        self.schedule_model = TintedModel([
            Column(self.tr("No."), lambda i: str(i.seq), lambda i: i.seq, 40, True),
            Column(self.tr("Due"), lambda i: format_date(i.due_on), lambda i: i.due_on, 95),
            Column(self.tr("Principal (Rp)"), lambda i: format_amount(i.principal), lambda i: i.principal, 100, True),
            Column(self.tr("Jasa (Rp)"), lambda i: format_amount(i.jasa), lambda i: i.jasa, 85, True),
            Column(self.tr("Installment (Rp)"), lambda i: format_amount(i.principal + i.jasa),
                   lambda i: i.principal + i.jasa, 110, True),
            Column(self.tr("Paid (Rp)"), lambda i: _amount(i.paid_principal + i.paid_jasa),
                   lambda i: i.paid_principal + i.paid_jasa, 95, True),
            Column(self.tr("Status"), self._installment_status, width=140),
        ], self._tint_installment, self)
        self.schedule = make_table(self.schedule_model, "share_schedule")
        self.schedule.setSortingEnabled(False)
        self.payments_model = TintedModel([
            Column(self.tr("Date"), lambda p: format_date(p.on), lambda p: (p.on, p.id), 80),
            Column(self.tr("Receipt"), lambda p: p.receipt_number, width=85),
            Column(self.tr("Description"), self._describe_payment, width=225),
            Column(self.tr("Amount (Rp)"), lambda p: format_amount(p.amount), lambda p: p.amount, 90, True),
            Column(self.tr("Principal"), lambda p: format_amount(p.principal), lambda p: p.principal, 75, True),
            Column(self.tr("Jasa"), lambda p: format_amount(p.jasa), lambda p: p.jasa, 65, True),
            Column(self.tr("Principal left"), lambda p: format_amount(p.outstanding), lambda p: p.outstanding, 95, True),
            Column(self.tr("By"), lambda p: p.user, width=100),
        ], self._tint_payment, self, PAYMENT_LEFT_COLUMN)
        self.payments = make_table(self.payments_model, "share_payments")
        self.payments.setSortingEnabled(False)
        self.payments.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.share_tabs = QTabWidget()
        self.share_tabs.setObjectName("share_tabs")
        self.share_tabs.addTab(self.schedule, self.tr("Schedule"))
        self.share_tabs.addTab(self.payments, self.tr("Payments"))
        return self.share_tabs

    def _loan_buttons(self) -> QHBoxLayout:
        """The steps of the chosen loan, in a row under its terms."""
        row = QHBoxLayout()
        for text, slot, name in (
            (self.tr("Approve…"), self.approve, "loan_approve"),
            (self.tr("Reject…"), self.reject, "loan_reject"),
            (self.tr("Cancel the application…"), self.cancel_application, "loan_cancel"),
            (self.tr("Disburse…"), self.disburse, "loan_disburse"),
            (self.tr("Print the berita acara"), self.print_record, "loan_print_record"),
        ):
            self.buttons[name] = push(text, slot, name)
            row.addWidget(self.buttons[name])
        row.addStretch()
        return row

    def _share_buttons(self) -> QVBoxLayout:
        """The steps of the chosen member's share, beside its tables."""
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("The member's share"))
        heading.setStyleSheet("font-weight: bold;")
        column.addWidget(heading)
        for text, slot, name in (
            (self.tr("Repayment… (Ctrl+R)"), self.repay, "loan_repay"),
            (self.tr("Group covers…"), self.cover, "loan_cover"),
            (self.tr("Member repays the group…"), self.repay_group, "loan_repay_group"),
            (self.tr("Reverse the payment…"), self.reverse, "loan_reverse"),
            (self.tr("Reverse a repayment to the group…"), self.reverse_group, "loan_reverse_group"),
            (self.tr("Write off…"), self.write_off, "loan_write_off"),
            (self.tr("Print the loan card"), self.print_card, "loan_print_card"),
            (self.tr("Print the receipt"), self.print_receipt, "loan_print_receipt"),
        ):
            self.buttons[name] = push(text, slot, name)
            column.addWidget(self.buttons[name])
        column.addStretch()
        return column

    # --- showing ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        # The list is read when the tab is first shown, not at start-up.
        # The list is read when the tab is first shown, not at start-up, and again each time it
        # is shown, since another PC may have changed the loans meanwhile.
        if not self.loaded:
            self.loaded = True
            refill(self.group, group_choices(), self.tr("All groups"))
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the list and the arrears again, after the books changed."""
        if not self.loaded:
            return
        self.overdue = {}
        for _member, number, amount in arrears_of():
            self.overdue[number] = self.overdue.get(number, 0) + amount
        self.apply_filter()

    def apply_filter(self) -> None:
        """The list for the filters as they are now; the arrears are read once per change of the
        books, not at every letter typed in the search."""
        if not self.loaded:
            return
        key = self.status.currentData()
        rows = list_loans(STATUS_FILTERS[key], self.group.currentData(), None, self.search.text())
        if key == "arrears":
            rows = [r for r in rows if self.overdue.get(r.number)]
        chosen = self.detail.id if self.detail else None
        self.loans_model.set_rows(rows)
        header = self.loans.horizontalHeader()
        self.loans_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.count.setText(self.tr("%n loan(s)", "", len(rows)))
        ids = [r.id for r in self.loans_model.rows]  # in the order shown, after sorting
        # Resetting the model left no current row: selecting one shows it through the signal.
        if chosen in ids:
            self.loans.selectRow(ids.index(chosen))
        else:
            self.show_loan()

    def select_loan(self, loan_id: int) -> None:
        """Show a loan, widening the filters when they hide it (a new application, say)."""
        ids = [r.id for r in self.loans_model.rows]
        if loan_id not in ids:
            for box in (self.status, self.group):
                box.blockSignals(True)
                box.setCurrentIndex(0)
                box.blockSignals(False)
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.apply_filter()
            ids = [r.id for r in self.loans_model.rows]
        if loan_id in ids:
            self.loans.selectRow(ids.index(loan_id))

    def current_row(self) -> LoanRow | None:
        index = self.loans.currentIndex()
        return self.loans_model.row_at(index.row()) if index.isValid() else None

    def show_loan(self) -> None:
        row = self.current_row()
        chosen_share = self.card.share_id if self.card else None
        if row is None:
            self.detail = None
            self.info.setText(self.tr("Choose a loan in the list to see its terms and its members."))
            self.shares_model.set_rows([])
            self.show_share()
            return
        try:
            self.detail = loan_detail(row.id)
        except DomainError as exc:
            show_refusal(self, exc)
            return
        self.info.setText(self._describe_loan(self.detail))
        self.shares_model.set_rows(self.detail.shares)
        ids = [s.share_id for s in self.detail.shares]
        if ids:
            self.shares.selectRow(ids.index(chosen_share) if chosen_share in ids else 0)
        else:
            self.show_share()

    def current_share(self) -> ShareLine | None:
        index = self.shares.currentIndex()
        return self.shares_model.row_at(index.row()) if index.isValid() else None

    def show_share(self) -> None:
        share = self.current_share()
        chosen_payment = self.current_payment()
        self.card = share_card(share.share_id) if share is not None else None
        card = self.card
        self.schedule_model.set_rows(list(card.schedule) if card and card.state else self._planned(card))
        self.payments_model.set_rows(card.payments if card else [])
        self.share_tabs.setTabText(1, self.tr("Payments (%n)", "", len(card.payments)) if card else self.tr("Payments"))
        self.standing.setText(self._describe_share(card) if card else "")
        if card and card.state and card.state.current_due_on is not None:
            current = next(i for i in card.schedule if i.due_on == card.state.current_due_on)
            self.schedule.scrollTo(self.schedule_model.index(current.seq - 1, 0))
        ids = [p.id for p in card.payments] if card else []
        if chosen_payment is not None and chosen_payment.id in ids:
            self.payments.selectRow(ids.index(chosen_payment.id))
        else:
            self.payments.scrollToBottom()
        self._update_buttons()

    def _planned(self, card: ShareCard | None) -> list[InstallmentState]:
        """The installments a share not yet disbursed would have if it were disbursed today, so
        that whoever decides on it sees what each member would pay."""
        if card is None or self.detail is None or self.detail.status not in ("applied", "approved"):
            return []
        plan = schedule(card.principal, Decimal(card.rate), card.method, card.frequency, card.term,
                        dt.date.today(), card.grace)
        return [InstallmentState(r.seq, r.due_on, r.principal, r.jasa, 0, 0) for r in plan]

    def current_payment(self) -> PaymentLine | None:
        index = self.payments.currentIndex()
        return self.payments_model.row_at(index.row()) if index.isValid() else None

    def _describe_loan(self, d: LoanDetail) -> str:
        status = label(LOAN_STATUSES.get(d.status, d.status))
        lines = [f"<b style='font-size: 11pt'>{d.number}</b> — <b>{d.borrower}</b> · {status}"]
        terms = self.tr("{product}: {principal}, {method}, {rate}% a month, {frequency}, {term} installments").format(
            product=d.product, principal=format_rupiah(d.principal),
            method=label(LOAN_METHODS.get(d.method, d.method)).lower(), rate=percent(d.rate),
            frequency=label(LOAN_FREQUENCIES.get(d.frequency, d.frequency)).lower(), term=d.term)
        if d.grace:
            terms += ", " + self.tr("%n period(s) of grace", "", d.grace)
        if d.admin_fee:
            terms += ", " + self.tr("admin fee {fee}").format(fee=format_rupiah(d.admin_fee))
        if d.purpose:
            terms += " · " + self.tr("for: {purpose}").format(purpose=d.purpose)
        lines.append(terms)
        lines.append(" · ".join(self._steps(d)))
        return "<br>".join(lines)

    def _steps(self, d: LoanDetail) -> list[str]:
        """Who took each step so far, and what comes next."""
        steps = [self.tr("Applied {date} by {user}").format(date=format_date(d.applied_on), user=d.applied_by)]
        note = f" ({d.decision_note})" if d.decision_note else ""
        if d.status == "rejected":
            steps.append(self.tr("Rejected {date} by {user}").format(date=format_date(d.decided_on), user=d.decided_by) + note)
        elif d.status == "cancelled":
            steps.append(self.tr("Cancelled") + note)
        elif d.decided_on is not None:
            steps.append(self.tr("Approved {date} by {user}").format(date=format_date(d.decided_on), user=d.decided_by) + note)
        if d.disbursed_on is not None:
            steps.append(self.tr("Disbursed {date} by {user} from {pool}").format(
                date=format_date(d.disbursed_on), user=d.disbursed_by, pool=d.pool))
        if d.status == "applied":
            waiting = (self.tr("<i>waiting for approval by someone other than {user}</i>")
                       .format(user=d.applied_by))
            steps.append(waiting)
        elif d.status == "approved":
            steps.append(self.tr("<i>waiting for the treasurer to disburse it</i>"))
        return steps

    def _describe_share(self, card: ShareCard) -> str:
        who = f"<b>{card.member_name}</b>: "
        if card.status == "paid":
            return who + self.tr("paid off.")
        if card.status == "written_off":
            return who + self.tr("written off: {amount}.").format(amount=format_rupiah(card.written_off))
        state = card.state
        if state is None and self.detail is not None and self.detail.status in ("applied", "approved"):
            return who + self.tr("not disbursed yet; the schedule shows the installments if it were disbursed today.")
        if state is None:
            return who + self.tr("never disbursed.")
        parts = [self.tr("overdue <b>{amount}</b> ({days} days, %n installment(s))", "", state.installments_overdue).format(
            amount=format_rupiah(state.overdue), days=state.days_overdue) if state.overdue else self.tr("nothing overdue")]
        if state.current_due_on is not None:
            parts.append(self.tr("next installment {amount} due {date}").format(
                amount=format_rupiah(state.current_principal + state.current_jasa), date=format_date(state.current_due_on)))
        parts.append(self.tr("due now <b>{amount}</b>").format(amount=format_rupiah(state.due_now)))
        parts.append(self.tr("to pay off {amount}").format(amount=format_rupiah(state.payoff)))
        if card.group_debt:
            parts.append(self.tr("owes the group {amount}").format(amount=format_rupiah(card.group_debt)))
        return who + " · ".join(parts)

    def _describe_payment(self, p: PaymentLine) -> str:
        text = label(LOAN_PAYMENT_KINDS.get(p.kind, p.kind))
        if p.kind != "reversal" and p.method in PAYMENT_METHODS:
            text += f" ({label(PAYMENT_METHODS[p.method]).lower()})"
        if p.note:
            text += f" — {p.note}"
        if p.reversed_by:
            text += " " + self.tr("[reversed by {number}]").format(number=p.reversed_by)
        return text

    def _installment_status(self, i: InstallmentState) -> str:
        today = dt.date.today()
        if self.card is not None and self.card.state is None:
            return self.tr("Planned")
        if i.unpaid <= 0:
            return self.tr("Paid")
        if i.due_on < today:
            return self.tr("Overdue") if not (i.paid_principal or i.paid_jasa) else self.tr("Overdue, part paid")
        if self.card and self.card.state and i.due_on == self.card.state.current_due_on:
            return self.tr("Due next")
        return self.tr("Part paid") if i.paid_principal or i.paid_jasa else ""

    # --- colours --------------------------------------------------------------------------

    def _tint_loan(self, r: LoanRow) -> tuple[QColor | None, bool, bool]:
        if self.overdue.get(r.number):
            return LATE, False, False
        return (DONE if r.status in ("closed", "rejected", "cancelled") else None), False, False

    @staticmethod
    def _tint_share(s: ShareLine) -> tuple[QColor | None, bool, bool]:
        if s.overdue:
            return LATE, False, False
        return (DONE if s.status in ("paid", "written_off") else None), False, False

    def _tint_installment(self, i: InstallmentState) -> tuple[QColor | None, bool, bool]:
        if i.unpaid <= 0:
            return DONE, False, False
        current = self.card is not None and self.card.state is not None and i.due_on == self.card.state.current_due_on
        return (LATE if i.due_on < dt.date.today() else None), current, False

    @staticmethod
    def _tint_payment(p: PaymentLine) -> tuple[QColor | None, bool, bool]:
        cancelled = bool(p.reversed_by) or p.kind == "reversal"
        return (DONE if cancelled else None), False, cancelled

    # --- what may be done -------------------------------------------------------------------

    def _update_buttons(self) -> None:
        d, card, payment = self.detail, self.card, self.current_payment()
        may = self.actor.may
        status = d.status if d else ""
        running = card is not None and card.status == "active"
        group_loan = d is not None and d.group_id is not None
        share = self.current_share()
        enabled = {
            "loan_approve": may("loans.approve") and status == "applied",
            "loan_reject": may("loans.approve") and status == "applied",
            "loan_cancel": may("loans.apply") and status in ("applied", "approved"),
            "loan_disburse": may("loans.disburse") and status == "approved",
            "loan_print_record": d is not None and d.disbursed_on is not None,
            "loan_repay": may("loans.repay") and running,
            "loan_cover": may("loans.repay") and running and group_loan,
            "loan_repay_group": may("loans.repay") and group_loan and share is not None and share.group_debt > 0,
            "loan_reverse": (may("loans.reverse") and payment is not None and payment.kind != "reversal"
                             and not payment.reversed_by and card is not None and card.status != "written_off"),
            "loan_reverse_group": (may("loans.reverse") and group_loan and share is not None
                                   and bool(group_repayments(share.member_id))),
            "loan_write_off": may("loans.writeoff") and running,
            "loan_print_card": card is not None and card.state is not None,
            "loan_print_receipt": payment is not None,
        }
        for name, on in enabled.items():
            self.buttons[name].setEnabled(on)
        self.new_button.setEnabled(may("loans.apply"))
        mine = d is not None and status == "applied" and d.applied_by_id == self.actor.id
        self.buttons["loan_approve"].setToolTip(
            self.tr("You entered this application; someone else must approve it.") if mine else "")

    # --- the steps --------------------------------------------------------------------------

    def new_application(self) -> None:
        if not self.new_button.isEnabled():
            return
        dialog = ApplicationDialog(self.actor, self.group.currentData(), self)
        if dialog.exec() and dialog.loan_id is not None:
            self.select_loan(dialog.loan_id)

    def approve(self) -> None:
        if self.detail is not None and self.buttons["loan_approve"].isEnabled():
            DecisionDialog(self.actor, self.detail, True, self).exec()

    def reject(self) -> None:
        if self.detail is not None and self.buttons["loan_reject"].isEnabled():
            DecisionDialog(self.actor, self.detail, False, self).exec()

    def cancel_application(self) -> None:
        if self.detail is not None and self.buttons["loan_cancel"].isEnabled():
            CancelDialog(self.actor, self.detail, self).exec()

    def disburse(self) -> None:
        if self.detail is not None and self.buttons["loan_disburse"].isEnabled():
            DisburseDialog(self.actor, self.detail, self).exec()

    def print_record(self) -> None:
        if self.detail is not None and self.detail.disbursed_on is not None:
            print_disbursement_record(self, self.detail.id, self.detail.number)

    def repay(self) -> None:
        if self.card is not None and self.buttons["loan_repay"].isEnabled():
            PaymentDialog(self.actor, self.card, False, self).exec()

    def cover(self) -> None:
        if self.card is not None and self.buttons["loan_cover"].isEnabled():
            PaymentDialog(self.actor, self.card, True, self).exec()

    def repay_group(self) -> None:
        if self.card is not None and self.detail is not None and self.buttons["loan_repay_group"].isEnabled():
            GroupRepayDialog(self.actor, self.card, self.detail.group_id, self).exec()

    def reverse_group(self) -> None:
        if self.card is not None and self.buttons["loan_reverse_group"].isEnabled():
            if not group_repayments(self.card.member_id):  # reversed on another PC meanwhile
                self.refresh()
                return
            GroupRepaymentReversalDialog(self.actor, self.card, self).exec()

    def reverse(self) -> None:
        payment = self.current_payment()
        if self.card is not None and payment is not None and self.buttons["loan_reverse"].isEnabled():
            ReversePaymentDialog(self.actor, self.card, payment, self).exec()

    def write_off(self) -> None:
        if self.card is not None and self.buttons["loan_write_off"].isEnabled():
            WriteOffDialog(self.actor, self.card, self).exec()

    def print_card(self) -> None:
        if self.card is not None and self.card.state is not None:
            print_loan_card(self, self.card.share_id, f"{self.card.loan_number}-{self.card.member_number}")

    def print_receipt(self) -> None:
        payment = self.current_payment()
        if payment is not None:
            print_loan_receipts(self, [payment.id])

    def _on_changed(self, area: str) -> None:
        if not self.loaded:
            return
        if area in ("groups", "settings"):
            refill(self.group, group_choices(), self.tr("All groups"))
        if area in ("loans", "capital", "members", "groups", "settings"):
            self.refresh()

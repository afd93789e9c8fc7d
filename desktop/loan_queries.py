"""Reading the loans: the list, one loan with its shares, a share's card (schedule, payments,
arrears), and what the receipt and the disbursement record print."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from db.models import (
    CapitalPool,
    Group,
    Installment,
    Loan,
    LoanPayment,
    LoanProduct,
    LoanShare,
    Member,
    User,
)
from desktop.errors import NotFound
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.loan_allocation import InstallmentState, ShareState, share_state
from desktop.loan_settings import classify, loan_settings
from desktop.loans import get_loan, group_debt


@dataclass(frozen=True)
class LoanRow:
    id: int
    number: str
    borrower: str  # the group, or the member
    group_id: int | None
    member_id: int | None
    product: str
    principal: int
    term: int
    frequency: str
    status: str
    applied_on: dt.date
    disbursed_on: dt.date | None
    pool: str
    outstanding: int
    members: int


def list_loans(statuses: tuple[str, ...] | None = None, group_id: int | None = None,
               member_id: int | None = None, text: str = "", limit: int = 2000) -> list[LoanRow]:
    """Loans, newest first, filtered by status, borrower or a piece of number or name."""
    borrower = pw.fn.COALESCE(Group.name, Member.name)
    out = pw.fn.SUM(LoanShare.principal - LoanShare.paid_principal - LoanShare.written_off)
    query = (Loan.select(Loan.id, Loan.number, borrower, Loan.group, Loan.member,
                         LoanProduct.name, Loan.principal, Loan.term, Loan.frequency,
                         Loan.status, Loan.applied_on, Loan.disbursed_on,
                         pw.fn.COALESCE(CapitalPool.name, ""),
                         pw.Case(None, [(Loan.status.in_(["active", "closed"]), out)], 0),
                         pw.fn.COUNT(LoanShare.id))
             .join(LoanProduct).switch(Loan)
             .join(Group, pw.JOIN.LEFT_OUTER).switch(Loan)
             .join(Member, pw.JOIN.LEFT_OUTER, on=(Loan.member == Member.id)).switch(Loan)
             .join(CapitalPool, pw.JOIN.LEFT_OUTER).switch(Loan)
             .join(LoanShare)
             .group_by(Loan.id).order_by(Loan.applied_on.desc(), Loan.id.desc()).limit(limit))
    if statuses:
        query = query.where(Loan.status.in_(statuses))
    if group_id is not None:
        query = query.where(Loan.group == group_id)
    if member_id is not None:
        query = query.where(Loan.id.in_(LoanShare.select(LoanShare.loan).where(LoanShare.member == member_id)))
    if text.strip():
        like = f"%{text.strip()}%"
        # A member who comes to pay finds her group's loan by her own name or number too.
        by_member = (LoanShare.select(LoanShare.loan).join(Member)
                     .where(Member.name.ilike(like) | (Member.number == text.strip().upper())))
        query = query.where(Loan.number.contains(text.strip()) | borrower.ilike(like)
                            | Loan.id.in_(by_member))
    return [LoanRow(*row) for row in query.tuples()]


@dataclass(frozen=True)
class ShareLine:
    share_id: int
    member_id: int
    member_number: str
    member_name: str
    principal: int
    jasa: int
    paid_principal: int
    paid_jasa: int
    written_off: int
    status: str
    overdue: int
    days_overdue: int
    installments_overdue: int
    kolek: str
    group_debt: int


@dataclass(frozen=True)
class LoanDetail:
    id: int
    number: str
    status: str
    group_id: int | None
    group: str
    member_id: int | None
    product: str
    purpose: str
    principal: int
    method: str
    rate: str
    frequency: str
    term: int
    grace: int
    admin_fee: int
    applied_on: dt.date
    applied_by: str
    applied_by_id: int
    decided_on: dt.date | None
    decided_by: str
    decision_note: str
    disbursed_on: dt.date | None
    disbursed_by: str
    pool_id: int | None
    pool: str
    version: int
    shares: list[ShareLine]

    @property
    def borrower(self) -> str:
        return self.group or (self.shares[0].member_name if self.shares else "")


def _name(user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = User.get_or_none(User.id == user_id)
    return user.full_name if user else ""


def _schedules(share_ids: list[int]) -> dict[int, list[Installment]]:
    out: dict[int, list[Installment]] = {s: [] for s in share_ids}
    for row in (Installment.select().where(Installment.share.in_(share_ids))
                .order_by(Installment.share, Installment.seq)):
        out[row.share_id].append(row)
    return out


def loan_detail(loan_id: int, on: dt.date | None = None) -> LoanDetail:
    """A loan with each member's share and how it stands on *on*."""
    on = on or dt.date.today()
    loan = get_loan(loan_id)
    settings = loan_settings()
    shares = list(LoanShare.select(LoanShare, Member).join(Member)
                  .where(LoanShare.loan == loan.id).order_by(Member.name))
    plans = _schedules([s.id for s in shares])
    lines = []
    for s in shares:
        state = share_state(plans[s.id], s.paid_principal, s.paid_jasa, on) if plans[s.id] else None
        running = s.status == "active" and state is not None
        days = state.days_overdue if running else 0
        missed = state.installments_overdue if running else 0
        debt = group_debt(s.member_id) if loan.group_id else 0
        lines.append(ShareLine(s.id, s.member_id, s.member.number, s.member.name, s.principal,
                               s.jasa, s.paid_principal, s.paid_jasa, s.written_off, s.status,
                               state.overdue if running else 0, days, missed,
                               classify(settings, days, missed, loan.frequency) if running else "",
                               debt))
    group = Group.get_or_none(Group.id == loan.group_id) if loan.group_id else None
    pool = CapitalPool.get_or_none(CapitalPool.id == loan.pool_id) if loan.pool_id else None
    return LoanDetail(loan.id, loan.number, loan.status, loan.group_id, group.name if group else "",
                      loan.member_id, loan.product.name, loan.purpose, loan.principal, loan.method,
                      loan.rate, loan.frequency, loan.term, loan.grace, loan.admin_fee,
                      loan.applied_on, _name(loan.applied_by_id), loan.applied_by_id,
                      loan.decided_on, _name(loan.decided_by_id), loan.decision_note,
                      loan.disbursed_on, _name(loan.disbursed_by_id),
                      loan.pool_id, pool.name if pool else "", loan.version, lines)


@dataclass(frozen=True)
class PaymentLine:
    id: int
    on: dt.date
    receipt_number: str
    kind: str
    method: str
    amount: int
    principal: int
    jasa: int
    outstanding: int  # principal still out after this payment
    note: str
    user: str
    reversed_by: str  # receipt number of the reversal that cancelled it


@dataclass(frozen=True)
class ShareCard:
    """Everything on a share's loan card (kartu angsuran)."""

    share_id: int
    loan_id: int
    loan_number: str
    member_id: int
    member_number: str
    member_name: str
    member_address: str
    group: str
    product: str
    purpose: str
    principal: int
    jasa: int
    method: str
    rate: str
    frequency: str
    term: int
    grace: int
    disbursed_on: dt.date | None
    pool: str
    status: str
    written_off: int
    state: ShareState | None  # None before disbursement
    payments: list[PaymentLine]
    kolek: str
    group_debt: int

    @property
    def schedule(self) -> tuple[InstallmentState, ...]:
        return self.state.installments if self.state else ()


def share_card(share_id: int, on: dt.date | None = None) -> ShareCard:
    on = on or dt.date.today()
    share = (LoanShare.select(LoanShare, Loan, Member).join(Loan).switch(LoanShare).join(Member)
             .where(LoanShare.id == share_id).first())
    if share is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This loan no longer exists."))
    loan = share.loan
    plan = _schedules([share.id])[share.id]
    state = share_state(plan, share.paid_principal, share.paid_jasa, on) if plan else None
    reversal = LoanPayment.alias()
    rows = (LoanPayment.select(LoanPayment.id, LoanPayment.on, LoanPayment.receipt_number,
                               LoanPayment.kind, LoanPayment.method, LoanPayment.amount,
                               LoanPayment.principal, LoanPayment.jasa, LoanPayment.note,
                               User.full_name, pw.fn.COALESCE(reversal.receipt_number, ""))
            .join(User, on=(LoanPayment.user == User.id)).switch(LoanPayment)
            .join(reversal, pw.JOIN.LEFT_OUTER, on=(reversal.reverses == LoanPayment.id))
            .where(LoanPayment.share == share.id).order_by(LoanPayment.on, LoanPayment.id))
    payments = []
    outstanding = share.principal
    for pid, pon, number, kind, method, amount, principal, jasa, note, user, rev in rows.tuples():
        outstanding -= principal
        payments.append(PaymentLine(pid, pon, number, kind, method, amount, principal, jasa,
                                    outstanding, note, user, rev))
    group = Group.get_or_none(Group.id == (loan.group_id or share.member.group_id))
    pool = CapitalPool.get_or_none(CapitalPool.id == loan.pool_id) if loan.pool_id else None
    running = share.status == "active" and state is not None
    kolek = (classify(loan_settings(), state.days_overdue, state.installments_overdue,
                      loan.frequency) if running else "")
    debt = group_debt(share.member_id)
    address = " ".join(x for x in (share.member.address,
                                   f"RT {share.member.rt}/RW {share.member.rw}" if share.member.rt else "",
                                   share.member.kelurahan) if x)
    return ShareCard(share.id, loan.id, loan.number, share.member_id, share.member.number,
                     share.member.name, address, group.name if group else "",
                     loan.product.name, loan.purpose, share.principal, share.jasa, loan.method,
                     loan.rate, loan.frequency, loan.term, loan.grace, loan.disbursed_on,
                     pool.name if pool else "", share.status, share.written_off, state,
                     payments, kolek, debt)


def member_shares(member_id: int) -> list[tuple[int, str, str]]:
    """(share, loan number, status) of a member's loans, newest first."""
    return list(LoanShare.select(LoanShare.id, Loan.number, LoanShare.status).join(Loan)
                .where(LoanShare.member == member_id).order_by(Loan.id.desc()).tuples())


@dataclass(frozen=True)
class LoanReceiptData:
    payment_id: int
    number: str
    on: dt.date
    kind: str  # repayment | payoff | cover | offset | reversal
    amount: int
    principal: int
    jasa: int
    method: str
    note: str
    member_number: str
    member_name: str
    group: str
    loan_number: str
    outstanding_after: int  # principal still out on the share after this payment
    reverses: str
    user: str


def loan_receipt_data(payment_id: int) -> LoanReceiptData:
    payment = LoanPayment.get_or_none(LoanPayment.id == payment_id)
    if payment is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This payment no longer exists."))
    share = (LoanShare.select(LoanShare, Loan, Member).join(Loan).switch(LoanShare).join(Member)
             .where(LoanShare.id == payment.share_id).get())
    paid = (LoanPayment.select(pw.fn.SUM(LoanPayment.principal))
            .where((LoanPayment.share == share.id) & (LoanPayment.id <= payment.id)).scalar()) or 0
    group = Group.get_or_none(Group.id == (share.loan.group_id or share.member.group_id))
    reverses = (LoanPayment.get_by_id(payment.reverses_id).receipt_number
                if payment.reverses_id else "")
    return LoanReceiptData(payment.id, payment.receipt_number, payment.on, payment.kind,
                           payment.amount, payment.principal, payment.jasa, payment.method,
                           payment.note, share.member.number, share.member.name,
                           group.name if group else "", share.loan.number,
                           share.principal - paid, reverses, _name(payment.user_id))


@dataclass(frozen=True)
class DisbursementRecord:
    """What the berita acara penyaluran prints."""

    loan: LoanDetail
    first_due_on: dt.date | None
    last_due_on: dt.date | None
    installment_of: dict[int, int]  # share -> the usual installment (the first full one)
    group_chair: str
    group_address: str


def disbursement_record(loan_id: int) -> DisbursementRecord:
    from db.models import GroupOfficer

    detail = loan_detail(loan_id)
    plans = _schedules([s.share_id for s in detail.shares])
    first = min((p[0].due_on for p in plans.values() if p), default=None)
    last = max((p[-1].due_on for p in plans.values() if p), default=None)
    usual = {sid: (p[detail.grace].principal + p[detail.grace].jasa if len(p) > detail.grace else 0)
             for sid, p in plans.items()}
    chair = ""
    address = ""
    if detail.group_id:
        officer = (GroupOfficer.select(GroupOfficer, Member).join(Member)
                   .where((GroupOfficer.group == detail.group_id) & (GroupOfficer.office == "ketua")
                          & GroupOfficer.end_date.is_null()).first())
        chair = officer.member.name if officer else ""
        g = Group.get_by_id(detail.group_id)
        address = " ".join(x for x in (g.address, f"RT {g.rt}/RW {g.rw}" if g.rt else "",
                                       g.kelurahan, g.kecamatan, g.city) if x)
    return DisbursementRecord(detail, first, last, usual, chair, address)


def exit_offsets(member_id: int) -> list[int]:
    """The payments that set a leaving member's savings against their loans, for receipts."""
    return [pid for (pid,) in LoanPayment.select(LoanPayment.id).join(LoanShare)
            .where((LoanShare.member == member_id) & (LoanPayment.kind == "offset")
                   & LoanPayment.id.not_in(LoanPayment.select(LoanPayment.reverses)
                                           .where(LoanPayment.reverses.is_null(False))))
            .order_by(LoanPayment.id).tuples()]

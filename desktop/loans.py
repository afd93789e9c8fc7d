"""Loans from the rotating capital: application, approval, disbursement, repayment, the group
covering a member under joint liability (tanggung renteng), reversal and write-off.

A loan goes applied -> approved (or rejected, or cancelled) -> active -> closed. A loan to a
group is split into named members' shares, each with its own schedule; a loan to one member
has one share. Posted payments are never changed: a reversal is a new payment of the negated
split that points at the one it cancels, and the pool's ledger gets its own reversal entry.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

import peewee as pw

from db.models import (
    Counter,
    Group,
    GroupDebtEntry,
    Installment,
    Loan,
    LoanPayment,
    LoanProduct,
    LoanShare,
    Member,
    PoolEntry,
)
from desktop import audit
from desktop.approvals import approvable
from desktop.assessments import class_codes, current_class
from desktop.auth import Actor
from desktop.capital import get_pool, post_to_pool
from desktop.dates import check_not_future
from desktop.errors import DomainError, NotFound, StaleRecord, ValidationErrors, ensure_unchanged
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import PAYMENT_METHODS
from desktop.loan_allocation import ShareState, allocate, payoff_split, share_state
from desktop.loan_products import MAX_TERM, get_loan_product
from desktop.loan_schedule import add_months, round_rupiah, schedule
from desktop.loan_settings import loan_settings
from desktop.money import MAX_AMOUNT, check_amount, format_rupiah
from desktop.operations import operation
from desktop.periods import check_open
from desktop.savings import next_receipt_number
from desktop.settings import get_setting
from desktop.text import (
    NOTE_LENGTH,
    REASON_LENGTH,
    check_text,
    clean,
    is_whole,
    read_text,
    whole_between,
)

OPEN_STATUSES = ("applied", "approved")


def _date(value: dt.date) -> str:
    return value.strftime("%d/%m/%Y")


@dataclass
class LoanApplication:
    """What the applicant asks for. For a group, *shares* names each member and their part;
    for one member, *shares* holds that member alone."""

    product_id: int
    group_id: int | None
    shares: list[tuple[int, int]] = field(default_factory=list)  # (member, principal)
    term: int = 0
    purpose: str = ""
    applied_on: dt.date = field(default_factory=dt.date.today)


def next_loan_number() -> str:
    """The next loan number, taken in the application's transaction (no gaps)."""
    Counter.insert(name="loan", last_value=0).on_conflict_ignore().execute()
    Counter.update(last_value=Counter.last_value + 1).where(Counter.name == "loan").execute()
    return f"PJ{Counter.get(Counter.name == 'loan').last_value:06d}"


def get_loan(loan_id: int) -> Loan:
    loan = Loan.get_or_none(Loan.id == loan_id)
    if loan is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This loan no longer exists."))
    return loan


def get_share(share_id: int) -> LoanShare:
    share = (LoanShare.select(LoanShare, Loan, Member).join(Loan).switch(LoanShare).join(Member)
             .where(LoanShare.id == share_id).first())
    if share is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This loan no longer exists."))
    return share


def state_of(share: LoanShare, on: dt.date) -> ShareState:
    """The share's standing at the start of *on*."""
    rows = list(Installment.select().where(Installment.share == share.id).order_by(Installment.seq))
    return share_state(rows, share.paid_principal, share.paid_jasa, on)


# --- who may borrow -------------------------------------------------------------------------

def arrears_of(member_ids: list[int] | None = None, group_id: int | None = None,
               on: dt.date | None = None) -> list[tuple[int, str, int]]:
    """(member, loan number, amount overdue) of the running shares that are behind, of the
    members or of the group's loans."""
    on = on or dt.date.today()
    # One grouped query over the running shares' installments due before the day: no list of
    # ids to bind, so it costs the same for one member and for the whole office.
    due = Installment.alias("due")
    query = (LoanShare.select(LoanShare.member, Loan.number,
                              pw.fn.MAX(due.cum_principal) - LoanShare.paid_principal,
                              pw.fn.MAX(due.cum_jasa) - LoanShare.paid_jasa)
             .join(Loan).switch(LoanShare)
             .join(due, on=((due.share == LoanShare.id) & (due.due_on < on)))
             .where(LoanShare.status == "active")
             .group_by(LoanShare.id)
             .having((pw.fn.MAX(due.cum_principal) > LoanShare.paid_principal)
                     | (pw.fn.MAX(due.cum_jasa) > LoanShare.paid_jasa)))
    if member_ids is not None:
        query = query.where(LoanShare.member.in_(member_ids))
    if group_id is not None:
        query = query.where(Loan.group == group_id)
    return [(m, n, max(p, 0) + max(j, 0)) for m, n, p, j in query.tuples()]


def group_debt(member_id: int, group_id: int | None = None) -> int:
    """What the member still owes their group for installments it covered."""
    query = GroupDebtEntry.select(pw.fn.COALESCE(pw.fn.SUM(GroupDebtEntry.amount), 0)).where(
        GroupDebtEntry.member == member_id)
    if group_id is not None:
        query = query.where(GroupDebtEntry.group == group_id)
    return query.scalar()


def _check_no_arrears(group: Group | None, members: dict[int, Member], on: dt.date) -> None:
    behind = arrears_of(list(members), None, on)
    if group is not None:
        behind += arrears_of(None, group.id, on)
    if behind:
        member_id, number, amount = behind[0]
        who = members.get(member_id) or Member.get_by_id(member_id)
        if group is not None and member_id not in members:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "{group} has arrears: {name} is {amount} behind on loan {loan}. No new loan until the arrears are paid."), None, group=group.name, name=who.name, amount=format_rupiah(amount), loan=number)
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{name} is {amount} behind on loan {loan}. No new loan until the arrears are paid."), "shares", name=who.name, amount=format_rupiah(amount), loan=number)
    lost = (LoanShare.select(LoanShare.member, Loan.number).join(Loan)
            .where(LoanShare.member.in_(list(members)) & (LoanShare.status == "written_off")).tuples().first())
    if lost is not None:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{name}'s share of loan {loan} was written off as lost; the office lends to them no more."), "shares", name=members[lost[0]].name, loan=lost[1])
    for member in members.values():
        debt = group_debt(member.id)
        if debt > 0:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "{name} still owes the group {amount} for installments it covered. No new loan until that is repaid."), "shares", name=member.name, amount=format_rupiah(debt))


def _check_group(group: Group, on: dt.date) -> None:
    settings = loan_settings()
    if settings.min_group_age_months:
        if group.formed_date is None:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "A group must be at least {months} months old to borrow, and {group} has no date formed. Enter it on the group's form."), "group", months=settings.min_group_age_months, group=group.name)
        if add_months(group.formed_date, settings.min_group_age_months) > on:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "A group must be at least {months} months old to borrow; {group} was formed on {date}."), "group", months=settings.min_group_age_months, group=group.name, date=_date(group.formed_date))
    if settings.min_group_class:
        grade = current_class(group.id, on)  # as it stood on the day applied, as its age
        if grade is None:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "A group needs class {grade} or better to borrow, and {group} has not been assessed yet."), "group", grade=settings.min_group_class, group=group.name)
        ranks = class_codes()
        if grade not in ranks or ranks.index(grade) > ranks.index(settings.min_group_class):
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "A group needs class {grade} or better to borrow; {group} is class {actual}."), "group", grade=settings.min_group_class, group=group.name, actual=grade)


def _had_loan(member_id: int) -> bool:
    """Whether the member has repaid a loan: only that lifts the first-loan ceiling (a loan
    still running is no history yet)."""
    return LoanShare.select().where((LoanShare.member == member_id)
                                    & (LoanShare.status == "paid")).exists()


def _check_application(form: LoanApplication, product: LoanProduct, exclude_loan: int | None = None
                       ) -> tuple[Group | None, dict[int, Member]]:
    """Check an application against the product, the borrowers and the office's rules."""
    errors: list[DomainError] = []
    if not product.active and exclude_loan is None:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "{product} is no longer offered; choose another product."), "product", product=product.name))
    try:
        check_not_future(form.applied_on)
    except DomainError as exc:
        errors.append(exc)
    # A product tightened after an application does not block it: approval and disbursement
    # (exclude_loan set) keep the terms it was applied for on.
    fresh = exclude_loan is None
    max_term = product.max_term if fresh else MAX_TERM
    if not whole_between(form.term, 1, max_term):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The term must be from 1 to {max} installments for {product}."), "term", max=max_term, product=product.name))
    read_text(errors, form.purpose, "purpose", 200, too_long=QT_TRANSLATE_NOOP("Errors", "The purpose is too long; use at most {max} characters."), max=200)
    group = None
    if form.group_id is not None:
        group = Group.get_or_none(Group.id == form.group_id)
        if group is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This group no longer exists."))
    if not form.shares:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Name at least one member and the amount each borrows."), "shares"))
    elif group is None and len(form.shares) != 1:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "A loan to one member has one borrower; for several, lend to their group."), "shares"))
    ids = [m for m, _amount in form.shares]
    if len(set(ids)) != len(ids):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "A member is named twice; give each member one share."), "shares"))
    members = {m.id: m for m in Member.select().where(Member.id.in_(ids))}
    for member_id, amount in form.shares:
        member = members.get(member_id)
        if member is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This member no longer exists."))
        if member.status != "active":
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "{name} has left the office and cannot borrow."), "shares", name=member.name))
        elif group is not None and member.group_id != group.id:
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "{name} is not a member of {group}."), "shares", name=member.name, group=group.name))
        if not is_whole(amount) or amount <= 0:
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the amount {name} borrows, above zero, in whole rupiah."), "shares", name=member.name))
        elif amount > MAX_AMOUNT:
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The amount is too large for one posting; check the figures."), "shares"))
        elif is_whole(form.term) and amount < 1000 * max(form.term, 1):
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "{name} asks for {amount}, less than Rp1.000 an installment; check the figures."), "shares", name=member.name, amount=format_rupiah(amount)))
        elif fresh and product.max_amount and amount > product.max_amount:
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "{product} lends at most {max} to one borrower; {name} asks for {amount}."), "shares", product=product.name, max=format_rupiah(product.max_amount), name=member.name, amount=format_rupiah(amount)))
        elif fresh and product.first_loan_max and amount > product.first_loan_max and not _had_loan(member_id):
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "This is {name}'s first loan, and a first loan of {product} is at most {max}; {amount} is more."), "shares", name=member.name, product=product.name, max=format_rupiah(product.first_loan_max), amount=format_rupiah(amount)))
    if errors:
        raise ValidationErrors(errors)
    open_loans = (Loan.select(Loan.number).join(LoanShare)
                  .where(Loan.status.in_(OPEN_STATUSES) & (Loan.id != (exclude_loan or 0))))
    clash = (open_loans.where(Loan.group == group.id) if group is not None
             else open_loans.where(LoanShare.member.in_(ids))).first()
    if clash is not None:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Application {loan} for the same borrower is still open; decide on it first."), None, loan=clash.number)
    if group is not None:
        _check_group(group, form.applied_on)
    _check_no_arrears(group, members, form.applied_on)
    return group, members


# --- application, approval, disbursement ---------------------------------------------------

def installment_rows(share_id: int, plan: list) -> list[dict]:
    """The rows of a share's schedule as stored, with their running totals."""
    rows, cum_principal, cum_jasa = [], 0, 0
    for r in plan:
        cum_principal += r.principal
        cum_jasa += r.jasa
        rows.append({"share": share_id, "seq": r.seq, "due_on": r.due_on, "principal": r.principal,
                     "jasa": r.jasa, "cum_principal": cum_principal, "cum_jasa": cum_jasa})
    return rows


@operation("loans.apply")
def apply_for_loan(actor: Actor, form: LoanApplication) -> int:
    """Record an application; it waits for approval by someone else."""
    product = get_loan_product(form.product_id)
    group, members = _check_application(form, product)
    principal = sum(amount for _m, amount in form.shares)
    loan = Loan.create(
        number=next_loan_number(), product=product.id, group=group.id if group else None,
        member=None if group else form.shares[0][0], purpose=clean(form.purpose),
        principal=principal, method=product.method, rate=product.rate,
        frequency=product.frequency, term=form.term, grace=product.grace,
        admin_fee=round_rupiah(Decimal(principal) * Decimal(product.admin_fee) / 100),
        status="applied", applied_on=form.applied_on, applied_by=actor.id)
    for member_id, amount in form.shares:
        LoanShare.create(loan=loan.id, member=member_id, principal=amount)
    audit.record(actor, "loan.apply", "loan", loan.id, f"{loan.number} {principal}", None,
                 audit.snapshot(loan))
    return loan.id


def _check_status(loan: Loan, *allowed: str) -> None:
    if loan.status not in allowed:
        raise StaleRecord(QT_TRANSLATE_NOOP("Errors", "Loan {loan} is no longer waiting for this step; refresh the list."), loan=loan.number)


def _form_of(loan: Loan) -> LoanApplication:
    shares = [(m, p) for m, p in LoanShare.select(LoanShare.member, LoanShare.principal)
              .where(LoanShare.loan == loan.id).tuples()]
    return LoanApplication(loan.product_id, loan.group_id, shares, loan.term, loan.purpose,
                           loan.applied_on)


def _decide_date(loan: Loan, on: dt.date, after: dt.date) -> None:
    check_not_future(on)
    if on < after:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The date cannot be before {date}, the step before it."), "date", date=_date(after))


@approvable("loans.approve", QT_TRANSLATE_NOOP("Labels", "Approving a loan"))
@operation("loans.approve")
def approve_loan(actor: Actor, loan_id: int, version: int, on: dt.date | None = None,
                 note: str = "") -> None:
    """Approve an application; the rules are checked again, as things may have changed."""
    loan = get_loan(loan_id)
    ensure_unchanged(loan.version, version)
    _check_status(loan, "applied")
    note = check_text(note, "note", NOTE_LENGTH)
    if loan.applied_by_id == actor.id:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "You entered application {loan}; someone else must approve it."), None, loan=loan.number)
    on = on or dt.date.today()
    _decide_date(loan, on, loan.applied_on)
    form = _form_of(loan)
    form.applied_on = on
    _check_application(form, get_loan_product(loan.product_id), exclude_loan=loan.id)
    before = audit.snapshot(loan)
    loan.status, loan.decided_on, loan.decided_by = "approved", on, actor.id
    loan.decision_note = note
    loan.version += 1
    loan.save()
    audit.record(actor, "loan.approve", "loan", loan.id, loan.number, before, audit.snapshot(loan))


@operation("loans.approve")
def reject_loan(actor: Actor, loan_id: int, version: int, reason: str,
                on: dt.date | None = None) -> None:
    loan = get_loan(loan_id)
    ensure_unchanged(loan.version, version)
    _check_status(loan, "applied")
    reason = check_text(reason, "reason", NOTE_LENGTH, required=QT_TRANSLATE_NOOP("Errors", "Enter the reason for the rejection."))
    on = on or dt.date.today()
    _decide_date(loan, on, loan.applied_on)
    before = audit.snapshot(loan)
    loan.status, loan.decided_on, loan.decided_by = "rejected", on, actor.id
    loan.decision_note = reason
    loan.version += 1
    loan.save()
    audit.record(actor, "loan.reject", "loan", loan.id, loan.number, before, audit.snapshot(loan))


@operation("loans.apply")
def cancel_application(actor: Actor, loan_id: int, version: int, reason: str) -> None:
    """Withdraw an application that has not been disbursed (the group no longer wants it)."""
    loan = get_loan(loan_id)
    ensure_unchanged(loan.version, version)
    _check_status(loan, *OPEN_STATUSES)
    reason = check_text(reason, "reason", NOTE_LENGTH, required=QT_TRANSLATE_NOOP("Errors", "Enter the reason for cancelling."))
    before = audit.snapshot(loan)
    loan.status = "cancelled"
    loan.decision_note = reason
    loan.version += 1
    loan.save()
    audit.record(actor, "loan.cancel", "loan", loan.id, loan.number, before, audit.snapshot(loan))


@operation("loans.disburse")
def disburse_loan(actor: Actor, loan_id: int, version: int, pool_id: int, on: dt.date) -> None:
    """Pay an approved loan out of a pool and fix each share's schedule from that day."""
    loan = get_loan(loan_id)
    ensure_unchanged(loan.version, version)
    _check_status(loan, "approved")
    _decide_date(loan, on, loan.decided_on)
    pool = get_pool(pool_id)
    if on < pool.opened_on:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The date is before the pool was opened ({date})."), "date", date=_date(pool.opened_on))
    if loan.principal > pool.available:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{pool} has {available} available; the loan of {amount} is more than that. Choose another pool or wait for repayments."), "pool", pool=pool.name, available=format_rupiah(pool.available), amount=format_rupiah(loan.principal))
    form = _form_of(loan)
    form.applied_on = on
    _check_application(form, get_loan_product(loan.product_id), exclude_loan=loan.id)
    before = audit.snapshot(loan)
    post_to_pool(actor, pool.id, on, "disbursement", -loan.principal, loan.principal, loan=loan.id)
    if loan.admin_fee:
        post_to_pool(actor, pool.id, on, "fee", loan.admin_fee, loan=loan.id)
    rate = Decimal(loan.rate)
    rows = []
    for share in LoanShare.select().where(LoanShare.loan == loan.id):
        plan = schedule(share.principal, rate, loan.method, loan.frequency, loan.term, on, loan.grace)
        rows += installment_rows(share.id, plan)
        LoanShare.update(jasa=sum(r.jasa for r in plan), status="active").where(
            LoanShare.id == share.id).execute()
    Installment.insert_many(rows).execute()
    loan.status, loan.pool, loan.disbursed_on, loan.disbursed_by = "active", pool.id, on, actor.id
    loan.version += 1
    loan.save()
    audit.record(actor, "loan.disburse", "loan", loan.id, f"{loan.number} {pool.name}", before,
                 audit.snapshot(loan))


# --- money back ----------------------------------------------------------------------------

def check_payment(share: LoanShare, on: dt.date, amount: int, method: str) -> None:
    if share.status != "active":
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Loan {loan} of {name} is no longer running; nothing more can be paid on it."), None, loan=share.loan.number, name=share.member.name)
    check_amount(amount)
    check_not_future(on)
    if on < share.loan.disbursed_on:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The date is before the loan was disbursed ({date})."), "date", date=_date(share.loan.disbursed_on))
    # "savings" is only the offset of a leaving member's savings against the loans
    # (settle_on_exit): a payment said to come from savings would draw on no savings account.
    if method not in PAYMENT_METHODS:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose cash or transfer."), "method")
    # Payments are applied in date order; one dated before an earlier-posted payment would be
    # split as if that payment had not been made. Reversed payments and their reversals net to
    # nothing, so the right amount can be posted again on the day it was paid.
    reversal = LoanPayment.alias("reversal")
    last = (LoanPayment.select(pw.fn.MAX(LoanPayment.on))
            .where((LoanPayment.share == share.id) & (LoanPayment.kind != "reversal")
                   & ~pw.fn.EXISTS(reversal.select(pw.SQL("1"))
                                   .where(reversal.reverses == LoanPayment.id)))
            .scalar())
    if last is not None and on < last:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "A payment on this loan is already posted on {date}; a new one cannot be dated before it."), "date", date=_date(last))


def post_payment(actor: Actor, share: LoanShare, on: dt.date, kind: str, principal: int,
                  jasa: int, method: str, note: str, reverses: LoanPayment | None = None) -> LoanPayment:
    """Write one payment, move the share's totals and the pool with it, and close or reopen
    the share; in the caller's transaction."""
    check_open(on)
    amount = principal + jasa
    payment = LoanPayment.create(share=share.id, on=on, kind=kind, amount=amount,
                                 principal=principal, jasa=jasa, method=method,
                                 note=clean(note)[:200], receipt_number=next_receipt_number(),
                                 reverses=reverses.id if reverses else None, user=actor.id)
    share.paid_principal += principal
    share.paid_jasa += jasa
    settled = share.paid_principal >= share.principal and (
        share.paid_jasa >= share.jasa or kind in ("payoff", "offset"))
    was = share.status
    share.status = "paid" if settled else "active"
    share.closed_on = on if settled else None
    share.save(only=[LoanShare.paid_principal, LoanShare.paid_jasa, LoanShare.status,
                     LoanShare.closed_on])
    original = (PoolEntry.get(PoolEntry.payment == reverses.id) if reverses else None)
    post_to_pool(actor, share.loan.pool_id, on, "reversal" if reverses else "repayment", amount,
                 -principal, loan=share.loan_id, payment=payment.id,
                 reverses=original.id if original else None)
    if share.status != was:  # a share closed or reopened may close or reopen its loan
        _close_loan_if_done(share.loan)
    audit.record(actor, f"loan.{kind}", "loan_payment", payment.id,
                 f"{payment.receipt_number} {share.loan.number} {share.member.number} {amount}",
                 None, audit.snapshot(payment))
    return payment


def _close_loan_if_done(loan: Loan) -> None:
    running = LoanShare.select().where((LoanShare.loan == loan.id) & (LoanShare.status == "active")).exists()
    status = "active" if running else "closed"
    if loan.status != status:
        Loan.update(status=status, version=Loan.version + 1).where(Loan.id == loan.id).execute()


@operation("loans.repay")
def repay(actor: Actor, share_id: int, on: dt.date, amount: int, method: str = "cash",
          note: str = "") -> int:
    """Record an installment paid by the borrower; returns the payment (and receipt)."""
    note = check_text(note, "note", NOTE_LENGTH)
    share = get_share(share_id)
    check_payment(share, on, amount, method)
    state = state_of(share, on)
    credit = get_setting("loans.overpayment") == "credit"  # one query; loan_settings() reads seven
    try:
        principal, jasa = allocate(state, amount, credit)
    except ValueError:
        refuse_too_much(share, state, amount, credit)
    return post_payment(actor, share, on, "repayment", principal, jasa, method, note).id


def refuse_too_much(share: LoanShare, state: ShareState, amount: int, credit: bool) -> None:
    if credit or state.due_now >= state.remaining:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Only {rest} is left to pay on loan {loan}; {amount} is more than that."), "amount", rest=format_rupiah(state.remaining), loan=share.loan.number, amount=format_rupiah(amount))
    raise DomainError(QT_TRANSLATE_NOOP("Errors", "{due} is due now on loan {loan} (arrears and the next installment); {amount} is more. To settle the whole loan, choose early payoff: {payoff}."), "amount", due=format_rupiah(state.due_now), loan=share.loan.number, amount=format_rupiah(amount), payoff=format_rupiah(state.payoff))


def payoff_amount(share_id: int, on: dt.date) -> int:
    """What settles the share on *on*."""
    return state_of(get_share(share_id), on).payoff


@operation("loans.repay")
def pay_off(actor: Actor, share_id: int, on: dt.date, amount: int, method: str = "cash",
            note: str = "") -> int:
    """Settle a share early: the arrears, the current installment's jasa and all principal
    left; the jasa of later installments is not charged. *amount* must be the payoff figure,
    so that what the treasurer counted is what is booked."""
    note = check_text(note, "note", NOTE_LENGTH)
    share = get_share(share_id)
    check_payment(share, on, amount, method)
    state = state_of(share, on)
    if amount != state.payoff:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Paying off loan {loan} on {date} takes exactly {payoff}."), "amount", loan=share.loan.number, date=_date(on), payoff=format_rupiah(state.payoff))
    principal, jasa = payoff_split(state)
    return post_payment(actor, share, on, "payoff", principal, jasa, method, note).id


@operation("loans.repay")
def cover_by_group(actor: Actor, share_id: int, on: dt.date, amount: int, method: str = "cash",
                   note: str = "") -> int:
    """The group pays a member's missed installment (tanggung renteng): the loan is paid and
    the member owes the group that amount until they repay it."""
    note = check_text(note, "note", NOTE_LENGTH)
    share = get_share(share_id)
    if share.loan.group_id is None:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Only a group loan can be covered by the group."), None)
    check_payment(share, on, amount, method)
    state = state_of(share, on)
    if amount > state.due_now:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The group can cover at most what is due now on {name}'s share: {due}."), "amount", name=share.member.name, due=format_rupiah(state.due_now))
    principal, jasa = allocate(state, amount, credit=False)
    payment = post_payment(actor, share, on, "cover", principal, jasa, method, note)
    GroupDebtEntry.create(member=share.member_id, group=share.loan.group_id, on=on, kind="cover",
                          amount=amount, payment=payment.id, note=share.loan.number, user=actor.id)
    return payment.id


@operation("loans.repay")
def repay_group(actor: Actor, member_id: int, group_id: int, on: dt.date, amount: int,
                note: str = "") -> int:
    """Record a member paying back what their group covered for them."""
    note = check_text(note, "note", NOTE_LENGTH)
    member = Member.get_or_none(Member.id == member_id)
    if member is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This member no longer exists."))
    check_amount(amount)
    check_not_future(on)
    debt = group_debt(member_id, group_id)
    if amount > debt:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{name} owes the group {debt}; {amount} is more than that."), "amount", name=member.name, debt=format_rupiah(debt), amount=format_rupiah(amount))
    first = (GroupDebtEntry.select(pw.fn.MIN(GroupDebtEntry.on))
             .where((GroupDebtEntry.member == member_id) & (GroupDebtEntry.group == group_id)).scalar())
    if first is not None and on < first:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The date is before the group covered the installment ({date})."), "date", date=_date(first))
    check_open(on)
    entry = GroupDebtEntry.create(member=member_id, group=group_id, on=on, kind="repayment",
                                  amount=-amount, note=note, user=actor.id)
    audit.record(actor, "loan.group_repayment", "group_debt_entry", entry.id,
                 f"{member.number} {amount}", None, audit.snapshot(entry))
    return entry.id


def group_repayments(member_id: int) -> list[tuple[int, dt.date, int, str]]:
    """(entry, date, amount, note) of the member's standing repayments to their group, newest
    first: what ``reverse_group_repayment`` can cancel."""
    cancelled = GroupDebtEntry.select(GroupDebtEntry.reverses).where(GroupDebtEntry.reverses.is_null(False))
    return list(GroupDebtEntry.select(GroupDebtEntry.id, GroupDebtEntry.on, 0 - GroupDebtEntry.amount,
                                      GroupDebtEntry.note)
                .where((GroupDebtEntry.member == member_id) & (GroupDebtEntry.kind == "repayment")
                       & GroupDebtEntry.id.not_in(cancelled))
                .order_by(GroupDebtEntry.on.desc(), GroupDebtEntry.id.desc()).tuples())


@approvable("loans.reverse_group_repayment", QT_TRANSLATE_NOOP("Labels", "Reversing a repayment to the group"))
@operation("loans.reverse")
def reverse_group_repayment(actor: Actor, entry_id: int, reason: str) -> int:
    """Cancel a member's repayment to the group recorded by mistake; the debt is owed again."""
    entry = GroupDebtEntry.get_or_none(GroupDebtEntry.id == entry_id)
    if entry is None or entry.kind != "repayment":
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This payment no longer exists."))
    if GroupDebtEntry.select().where(GroupDebtEntry.reverses == entry.id).exists():
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "This repayment to the group has already been reversed."))
    reason = check_text(reason, "reason", REASON_LENGTH, required=QT_TRANSLATE_NOOP("Errors", "Enter the reason for the reversal."))
    check_open(dt.date.today())
    reversal = GroupDebtEntry.create(member=entry.member_id, group=entry.group_id, on=dt.date.today(),
                                     kind="reversal", amount=-entry.amount, reverses=entry.id,
                                     note=clean(reason)[:200], user=actor.id)
    audit.record(actor, "loan.group_repayment_reversal", "group_debt_entry", reversal.id,
                 f"{entry.id} {-entry.amount}", None, audit.snapshot(reversal))
    return reversal.id


@approvable("loans.reverse", QT_TRANSLATE_NOOP("Labels", "Reversing a loan payment"))
@operation("loans.reverse")
def reverse_payment(actor: Actor, payment_id: int, reason: str, on: dt.date | None = None) -> int:
    """Cancel a posted payment with a new one of the negated split; both stay visible, and
    the share, the pool and any debt to the group move back with it."""
    payment = LoanPayment.get_or_none(LoanPayment.id == payment_id)
    if payment is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This payment no longer exists."))
    if payment.kind == "reversal":
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "A reversal cannot itself be reversed; post the right amount again instead."))
    if LoanPayment.select().where(LoanPayment.reverses == payment.id).exists():
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Receipt {number} has already been reversed."), None, number=payment.receipt_number)
    reason = check_text(reason, "reason", REASON_LENGTH, required=QT_TRANSLATE_NOOP("Errors", "Enter the reason for the reversal."))
    latest = (LoanPayment.select().where((LoanPayment.share == payment.share_id)
                                         & (LoanPayment.kind != "reversal")
                                         & LoanPayment.id.not_in(
                                             LoanPayment.select(LoanPayment.reverses)
                                             .where(LoanPayment.reverses.is_null(False))))
              .order_by(LoanPayment.on.desc(), LoanPayment.id.desc()).first())
    if latest is not None and latest.id != payment.id:
        # Later payments were split, and a payoff waived jasa, on the strength of this one:
        # undo them newest first.
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Receipt {number} was posted after this payment; reverse it first, then this one."), None, number=latest.receipt_number)
    share = get_share(payment.share_id)
    if share.status == "written_off":
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Loan {loan} of {name} was written off; its payments can no longer change."), None, loan=share.loan.number, name=share.member.name)
    if share.member.status != "active":
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{name} has left the office; the loan can no longer change."), None, name=share.member.name)
    on = on or dt.date.today()
    check_not_future(on)
    if on < payment.on:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "A reversal cannot be dated before the entry it cancels ({date})."), "date", date=_date(payment.on))
    if payment.kind == "cover":
        debt_entry = GroupDebtEntry.get(GroupDebtEntry.payment == payment.id)
        if group_debt(share.member_id, debt_entry.group_id) < payment.amount:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "{name} has already paid the group back part of this cover; reverse that repayment to the group first."), None, name=share.member.name)
    reversal = post_payment(actor, share, on, "reversal", -payment.principal, -payment.jasa,
                             payment.method, f"{payment.receipt_number}: {clean(reason)}",
                             reverses=payment)
    if payment.kind == "cover":
        GroupDebtEntry.create(member=share.member_id, group=debt_entry.group_id, on=on,
                              kind="reversal", amount=-payment.amount, reverses=debt_entry.id,
                              note=clean(reason)[:200], user=actor.id)
    return reversal.id


def _principal_out(params: dict) -> dict:
    """The principal a write-off asked for without a figure takes, as things stand: kept with
    the request, so that the approver approves what is shown."""
    if params.get("amount") is not None:
        return {}
    share = LoanShare.get_or_none(LoanShare.id == params.get("share_id"))
    return {"amount": share.principal - share.paid_principal} if share is not None else {}


@approvable("loans.writeoff", QT_TRANSLATE_NOOP("Labels", "Writing off a loan"), pinned=_principal_out)
@operation("loans.writeoff")
def write_off(actor: Actor, share_id: int, on: dt.date, reason: str, amount: int | None = None) -> int:
    """Take the principal a borrower will not repay out of the pool's loans as lost. The
    share stops running; its arrears leave the reports and its loss shows on the pool.
    *amount*, when given, is the principal outstanding the user saw: refused if it changed."""
    share = get_share(share_id)
    if share.status != "active":
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Loan {loan} of {name} is no longer running; nothing more can be paid on it."), None, loan=share.loan.number, name=share.member.name)
    outstanding = share.principal - share.paid_principal
    if amount is not None and amount != outstanding:
        if not is_whole(amount):
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "Enter an amount above zero, in whole rupiah."), "amount")
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Loan {loan} of {name} changed since it was asked: {outstanding} of principal is out now, not {amount}. Look at the loan again and ask again."), None, loan=share.loan.number, name=share.member.name, outstanding=format_rupiah(outstanding), amount=format_rupiah(amount))
    reason = check_text(reason, "reason", REASON_LENGTH, required=QT_TRANSLATE_NOOP("Errors", "Enter the reason for the write-off."))
    check_not_future(on)
    last = (LoanPayment.select(pw.fn.MAX(LoanPayment.on)).where(LoanPayment.share == share.id).scalar()
            or share.loan.disbursed_on)
    if on < last:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The date cannot be before {date}, the step before it."), "date", date=_date(last))
    amount = outstanding
    before = audit.snapshot(share)
    share.written_off, share.status, share.closed_on = amount, "written_off", on
    share.save()
    entry = post_to_pool(actor, share.loan.pool_id, on, "writeoff", 0, -amount, loan=share.loan_id,
                         note=f"{share.member.number} {share.member.name}: {clean(reason)}")
    _close_loan_if_done(share.loan)
    audit.record(actor, "loan.writeoff", "loan_share", share.id,
                 f"{share.loan.number} {share.member.number} {amount}", before, audit.snapshot(share))
    return entry.id


def share_check() -> list[tuple[int, int, int, int, int]]:
    """(share, stored principal paid, sum of payments' principal, stored jasa paid, sum of
    payments' jasa) where the stored totals disagree with the payments."""
    sums = {s: (p, j) for s, p, j in LoanPayment.select(
        LoanPayment.share, pw.fn.SUM(LoanPayment.principal), pw.fn.SUM(LoanPayment.jasa))
        .group_by(LoanPayment.share).tuples()}
    out = []
    for sid, pp, pj in LoanShare.select(LoanShare.id, LoanShare.paid_principal, LoanShare.paid_jasa).tuples():
        p, j = sums.get(sid, (0, 0))
        if (pp, pj) != (p, j):
            out.append((sid, pp, p, pj, j))
    return out


# --- a member leaving ----------------------------------------------------------------------

def debts_on_exit(member_id: int, on: dt.date) -> list[tuple[int, str, int]]:
    """(share, loan number, payoff on *on*) of each loan the member still runs: on leaving,
    the savings paid out are first set against these."""
    shares = (LoanShare.select(LoanShare, Loan).join(Loan)
              .where((LoanShare.member == member_id) & (LoanShare.status == "active"))
              .order_by(Loan.id))
    return [(s.id, s.loan.number, state_of(s, on).payoff) for s in shares]


def settle_on_exit(actor: Actor, member_id: int, on: dt.date, savings: int) -> list[int]:
    """Pay off a leaving member's loans from their *savings* (the total being paid out);
    call inside the exit operation. Refuses when the savings do not cover the loans, or an
    application of the member is still open. Returns the payments, for their receipts."""
    member = Member.get_by_id(member_id)
    open_application = (Loan.select(Loan.number).join(LoanShare)
                        .where((LoanShare.member == member_id) & Loan.status.in_(OPEN_STATUSES)).first())
    if open_application is not None:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Application {loan} of {name} is still open; reject or cancel it first."), None, loan=open_application.number, name=member.name)
    owed_group = group_debt(member_id)
    if owed_group > 0:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{name} still owes the group {amount} for installments it covered. Record the member paying the group back before the exit."), None, name=member.name, amount=format_rupiah(owed_group))
    debts = debts_on_exit(member_id, on)
    if not debts:
        return []
    total = sum(amount for _s, _n, amount in debts)
    if total > savings:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{name} still owes {debt} on loans and has {savings} in savings to set against it. Collect the rest (or have the chair write it off) before recording the exit."), None, name=member.name, debt=format_rupiah(total), savings=format_rupiah(savings))
    if not actor.may("loans.repay"):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{name} still owes {debt} on loans, to be set against the savings. The treasurer does that and records the exit."), None, name=member.name, debt=format_rupiah(total))
    payments = []
    for share_id, _number, _amount in debts:
        share = get_share(share_id)
        last = (LoanPayment.select(pw.fn.MAX(LoanPayment.on)).where(LoanPayment.share == share_id).scalar())
        if on < share.loan.disbursed_on or (last is not None and on < last):
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "Loan payments were posted up to {date}; the member cannot have left before that day."), "date", date=_date(max(last or share.loan.disbursed_on, share.loan.disbursed_on)))
        principal, jasa = payoff_split(state_of(share, on))
        payments.append(post_payment(actor, share, on, "offset", principal, jasa, "savings",
                                      "dipotong dari simpanan saat keluar").id)
    return payments

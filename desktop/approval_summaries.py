"""What the approver is shown of each kind of request: the facts of the record it acts on, in
the office's words (receipt numbers, names, amounts, dates) rather than ids.

Each summary is read when the request is made and kept with it, so the approver sees the
record as it stood when asked. A row is (label, value): labels are in the Labels context and
translated on screen; values are shown as written. Where a fact is a code (an entry's kind, how
often a loan is paid), the code chooses the label, so that it is translated too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import peewee as pw

from db.models import (
    CashEntry,
    CollectionSheet,
    Group,
    GroupDebtEntry,
    Loan,
    LoanPayment,
    LoanProduct,
    LoanShare,
    Member,
    MonthClose,
    SavingsAccount,
    SavingsEntry,
    SavingsProduct,
    SheetLine,
    User,
)
from desktop.dates import format_date
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import LOAN_PAYMENT_KINDS, SAVINGS_ENTRY_KINDS
from desktop.money import format_rupiah
from desktop.text import clean

Row = tuple[str, str]

RECEIPT = QT_TRANSLATE_NOOP("Labels", "Receipt")
MEMBER = QT_TRANSLATE_NOOP("Labels", "Member")
GROUP = QT_TRANSLATE_NOOP("Labels", "Group")
LOAN = QT_TRANSLATE_NOOP("Labels", "Loan")
REASON = QT_TRANSLATE_NOOP("Labels", "Reason")
REVERSAL_DATE = QT_TRANSLATE_NOOP("Labels", "Date of the reversal")
INSTALLMENTS = {
    "weekly": QT_TRANSLATE_NOOP("Labels", "Weekly installments"),
    "biweekly": QT_TRANSLATE_NOOP("Labels", "Two-weekly installments"),
    "monthly": QT_TRANSLATE_NOOP("Labels", "Monthly installments"),
}


def _member(member: Member) -> str:
    return f"{member.name} ({member.number})"


def _user(user_id: int | None) -> str:
    user = User.get_or_none(User.id == user_id) if user_id is not None else None
    return user.full_name if user else ""


def _group_name(group_id: int | None) -> str:
    group = Group.get_or_none(Group.id == group_id) if group_id is not None else None
    return group.name if group else ""


def _filled(rows: list[tuple[str, str | None]]) -> list[Row]:
    """The rows that say something: a date not given or a note left empty is left out."""
    return [(caption, value) for caption, value in rows if value]


def savings_reversal(params: dict[str, Any]) -> list[Row]:
    entry = (SavingsEntry.select(SavingsEntry, SavingsAccount, SavingsProduct, Member)
             .join(SavingsAccount).join(SavingsProduct).switch(SavingsAccount).join(Member)
             .where(SavingsEntry.id == params["entry_id"]).get())
    member = entry.account.member
    return _filled([
        (RECEIPT, entry.receipt_number),
        (MEMBER, _member(member)),
        (GROUP, _group_name(member.group_id)),
        (QT_TRANSLATE_NOOP("Labels", "Savings"), entry.account.product.name),
        (QT_TRANSLATE_NOOP("Labels", "Date of the entry"), format_date(entry.on)),
        (SAVINGS_ENTRY_KINDS.get(entry.kind, QT_TRANSLATE_NOOP("Labels", "Amount")), format_rupiah(abs(entry.amount))),
        (QT_TRANSLATE_NOOP("Labels", "Posted by"), _user(entry.user_id)),
        (REVERSAL_DATE, format_date(params.get("on"))),
        (REASON, clean(params["reason"])),
    ])


def loan_payment_reversal(params: dict[str, Any]) -> list[Row]:
    payment = (LoanPayment.select(LoanPayment, LoanShare, Loan, Member)
               .join(LoanShare).join(Loan).switch(LoanShare).join(Member)
               .where(LoanPayment.id == params["payment_id"]).get())
    share = payment.share
    return _filled([
        (RECEIPT, payment.receipt_number),
        (LOAN, share.loan.number),
        (MEMBER, _member(share.member)),
        (GROUP, _group_name(share.loan.group_id)),
        (QT_TRANSLATE_NOOP("Labels", "Date of the payment"), format_date(payment.on)),
        (LOAN_PAYMENT_KINDS.get(payment.kind, QT_TRANSLATE_NOOP("Labels", "Amount")), format_rupiah(payment.amount)),
        (QT_TRANSLATE_NOOP("Labels", "Principal / jasa"),
         f"{format_rupiah(payment.principal)} / {format_rupiah(payment.jasa)}"),
        (QT_TRANSLATE_NOOP("Labels", "Posted by"), _user(payment.user_id)),
        (REVERSAL_DATE, format_date(params.get("on"))),
        (REASON, clean(params["reason"])),
    ])


def group_repayment_reversal(params: dict[str, Any]) -> list[Row]:
    entry = (GroupDebtEntry.select(GroupDebtEntry, Member, Group).join(Member)
             .switch(GroupDebtEntry).join(Group)
             .where(GroupDebtEntry.id == params["entry_id"]).get())
    return _filled([
        (MEMBER, _member(entry.member)),
        (GROUP, entry.group.name),
        (QT_TRANSLATE_NOOP("Labels", "Date of the repayment"), format_date(entry.on)),
        (QT_TRANSLATE_NOOP("Labels", "Repaid to the group"), format_rupiah(-entry.amount)),
        (QT_TRANSLATE_NOOP("Labels", "Note"), entry.note),
        (QT_TRANSLATE_NOOP("Labels", "Posted by"), _user(entry.user_id)),
        (REASON, clean(params["reason"])),
    ])


def write_off(params: dict[str, Any]) -> list[Row]:
    share = (LoanShare.select(LoanShare, Loan, Member).join(Loan).switch(LoanShare).join(Member)
             .where(LoanShare.id == params["share_id"]).get())
    paid = (LoanPayment.select(pw.fn.MAX(LoanPayment.on))
            .where((LoanPayment.share == share.id) & (LoanPayment.kind != "reversal")).scalar())
    # The figure asked for, which the write-off takes or refuses: pinned when the request is
    # made (see desktop/loans.py).
    outstanding = params["amount"]
    return _filled([
        (LOAN, share.loan.number),
        (MEMBER, _member(share.member)),
        (GROUP, _group_name(share.loan.group_id)),
        (QT_TRANSLATE_NOOP("Labels", "Disbursed on"), format_date(share.loan.disbursed_on)),
        (QT_TRANSLATE_NOOP("Labels", "Principal lent"), format_rupiah(share.principal)),
        (QT_TRANSLATE_NOOP("Labels", "Principal still outstanding"), format_rupiah(outstanding)),
        (QT_TRANSLATE_NOOP("Labels", "Last payment"), format_date(dt.date.fromisoformat(str(paid)) if paid else None)),
        (QT_TRANSLATE_NOOP("Labels", "Date of the write-off"), format_date(params.get("on"))),
        (REASON, clean(params["reason"])),
    ])


def loan_approval(params: dict[str, Any]) -> list[Row]:
    loan = (Loan.select(Loan, LoanProduct).join(LoanProduct)
            .where(Loan.id == params["loan_id"]).get())
    if loan.group_id is not None:
        borrower = (GROUP, _group_name(loan.group_id))
    else:
        borrower = (MEMBER, _member(Member.get_by_id(loan.member_id)))
    borrowers = LoanShare.select().where(LoanShare.loan == loan.id).count()
    return _filled([
        (LOAN, loan.number),
        borrower,
        (QT_TRANSLATE_NOOP("Labels", "Members borrowing"), str(borrowers) if loan.group_id else ""),
        (QT_TRANSLATE_NOOP("Labels", "Principal"), format_rupiah(loan.principal)),
        (QT_TRANSLATE_NOOP("Labels", "Product"), f"{loan.product.code} — {loan.product.name}"),
        (INSTALLMENTS.get(loan.frequency, QT_TRANSLATE_NOOP("Labels", "Installments")), str(loan.term)),
        (QT_TRANSLATE_NOOP("Labels", "Purpose"), loan.purpose),
        (QT_TRANSLATE_NOOP("Labels", "Applied on"), format_date(loan.applied_on)),
        (QT_TRANSLATE_NOOP("Labels", "Applied by"), _user(loan.applied_by_id)),
        (QT_TRANSLATE_NOOP("Labels", "Date of the approval"), format_date(params.get("on"))),
        (QT_TRANSLATE_NOOP("Labels", "Note"), clean(params.get("note"))),
    ])


def sheet_reversal(params: dict[str, Any]) -> list[Row]:
    sheet = (CollectionSheet.select(CollectionSheet, Group).join(Group)
             .where(CollectionSheet.id == params["sheet_id"]).get())
    members, money_in, money_out = (
        SheetLine.select(pw.fn.COUNT(SheetLine.id),
                         pw.fn.COALESCE(pw.fn.SUM(SheetLine.wajib + SheetLine.sukarela + SheetLine.installment), 0),
                         pw.fn.COALESCE(pw.fn.SUM(SheetLine.withdrawal), 0))
        .where(SheetLine.sheet == sheet.id).tuples().get())
    return _filled([
        (GROUP, sheet.group.name),
        (QT_TRANSLATE_NOOP("Labels", "Date of the meeting"), format_date(sheet.on)),
        (QT_TRANSLATE_NOOP("Labels", "Members on the sheet"), str(members)),
        (QT_TRANSLATE_NOOP("Labels", "Money in"), format_rupiah(money_in)),
        (QT_TRANSLATE_NOOP("Labels", "Money out"), format_rupiah(money_out)),
        (QT_TRANSLATE_NOOP("Labels", "Posted by"), _user(sheet.posted_by_id)),
        (REASON, clean(params["reason"])),
    ])


def cash_reversal(params: dict[str, Any]) -> list[Row]:
    # The cash book builds on approvals, which import this module: its kinds are read here,
    # when a request is made, once every module is loaded.
    from desktop.cashbook import CASH_ENTRY_KINDS

    entry = CashEntry.get_by_id(params["entry_id"])
    return _filled([
        (RECEIPT, entry.receipt_number),
        (QT_TRANSLATE_NOOP("Labels", "Date of the entry"), format_date(entry.on)),
        (CASH_ENTRY_KINDS[entry.kind], format_rupiah(abs(entry.amount))),
        (QT_TRANSLATE_NOOP("Labels", "Description"), entry.note),
        (QT_TRANSLATE_NOOP("Labels", "Posted by"), _user(entry.user_id)),
        (REVERSAL_DATE, format_date(params.get("on"))),
        (REASON, clean(params["reason"])),
    ])


def month_reopening(params: dict[str, Any]) -> list[Row]:
    # The close the reopening lifts: pinned when the request is made (see desktop/month_close.py).
    close = MonthClose.get_by_id(params["close_id"])
    return _filled([
        (QT_TRANSLATE_NOOP("Labels", "Month"), f"{params['month']:02d}/{params['year']}"),
        (QT_TRANSLATE_NOOP("Labels", "Closed through"), format_date(close.last_day)),
        (QT_TRANSLATE_NOOP("Labels", "Closed by"), _user(close.closed_by_id)),
        (QT_TRANSLATE_NOOP("Labels", "Closed on"), format_date(close.closed_at.date())),
        (REASON, clean(params["reason"])),
    ])


# What the approver is shown of each kind of request, by the action's key.
SUMMARIES: dict[str, Callable[[dict[str, Any]], list[Row]]] = {
    "savings.reverse": savings_reversal,
    "loans.reverse": loan_payment_reversal,
    "loans.reverse_group_repayment": group_repayment_reversal,
    "loans.writeoff": write_off,
    "loans.approve": loan_approval,
    "sheet.reverse": sheet_reversal,
    "cash.reverse": cash_reversal,
    "month.reopen": month_reopening,
}

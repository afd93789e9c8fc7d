"""The demo office's approvals: reversals, write-offs and reopening a month are marked as
needing a second user, and today's mistakes at the counter have left three requests: one
waiting for the chair, one approved and one rejected.

Run last, once the months before this one are closed: everything is posted today, in the open
month, through the real operations (outside any operation, so that the marked actions are
kept as requests).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from db.models import ApprovalRequest, Member, SavingsAccount, SavingsEntry, SavingsProduct
from desktop import approvals, cashbook, month_close  # noqa: F401 - the last two define actions marked
from desktop.approvals import ApprovalRequested
from desktop.auth import Actor
from desktop.savings import deposit, reverse_entry, withdraw

# Every reversal, writing off, and reopening a month.
MARKED = ("savings.reverse", "loans.reverse", "loans.reverse_group_repayment", "sheet.reverse",
          "cash.reverse", "loans.writeoff", "month.reopen")

DOUBLE_AMOUNT = 150_000
WRONG_MEMBER_AMOUNT = 200_000
WITHDRAWN_AMOUNT = 100_000


def add_approvals(admin: Actor, treasurer: Actor, chair: Actor, today: dt.date) -> None:
    """Mark the actions and leave one request waiting, one approved and one rejected."""
    approvals.set_required_actions(admin, set(MARKED))
    double, wrong, right, withdrawing = _accounts()
    # A deposit typed twice: the treasurer asks to reverse the second; the chair has not
    # looked at it yet.
    deposit(treasurer, double.id, today, DOUBLE_AMOUNT, note="setoran sukarela")
    twice = deposit(treasurer, double.id, today, DOUBLE_AMOUNT, note="setoran sukarela")
    _ask(reverse_entry, treasurer, twice,
         "Setoran tercatat dua kali; uang yang diterima hanya satu kali", today)
    # A deposit booked to the wrong member: approved, then posted to the right one.
    booked = deposit(treasurer, wrong.id, today, WRONG_MEMBER_AMOUNT, note="setoran sukarela")
    request = _ask(reverse_entry, treasurer, booked,
                   f"Salah anggota: setoran ini milik {right.member.name} ({right.member.number})", today)
    approvals.approve(chair, request.id, request.version, "Sudah dicocokkan dengan slip setoran")
    receipt = SavingsEntry.get_by_id(booked).receipt_number
    deposit(treasurer, right.id, today, WRONG_MEMBER_AMOUNT,
            note=f"Koreksi atas {receipt}, tercatat pada {wrong.member.name}")
    # A withdrawal the member regretted: the money was handed over, so it is not reversed.
    paid = withdraw(treasurer, withdrawing.id, today, WITHDRAWN_AMOUNT, note="penarikan sukarela")
    request = _ask(reverse_entry, treasurer, paid, "Anggota membatalkan penarikan", today)
    approvals.reject(admin, request.id, request.version,
                     "Uang sudah diterima anggota dan slip penarikan ditandatangani; "
                     "catat sebagai setoran baru bila uangnya dikembalikan")


def _ask(operation: Callable[..., object], actor: Actor, *args: object) -> ApprovalRequest:
    """Call a marked operation; return the request it left."""
    try:
        operation(actor, *args)
    except ApprovalRequested as asked:
        return ApprovalRequest.get_by_id(asked.request_id)
    raise RuntimeError(f"{operation.__name__} was done at once, not kept as a request")


def _accounts() -> tuple[SavingsAccount, SavingsAccount, SavingsAccount, SavingsAccount]:
    """Four active members' sukarela accounts: the one holding the most (for the withdrawal)
    last, the first three members by number before it."""
    query = (SavingsAccount.select(SavingsAccount, Member).join(Member).switch(SavingsAccount)
             .join(SavingsProduct)
             .where((Member.status == "active") & (SavingsProduct.kind == "sukarela")
                    & (SavingsProduct.active == True)))  # noqa: E712 - SQL
    richest = query.order_by(SavingsAccount.balance.desc(), Member.number).first()
    others = list(query.where(SavingsAccount.id != richest.id).order_by(Member.number).limit(3))
    return others[0], others[1], others[2], richest

"""Where a payment on a loan goes, and how late a loan is. Plain arithmetic, no database.

A payment is applied in this order (the programs' rule, jasa before principal):
1. jasa of installments already overdue (due before the payment's date),
2. principal of installments already overdue,
3. jasa, then principal, of the current installment (the first due on or after that date),
4. only when the office keeps overpayments as credit: jasa, then principal, of each later
   installment in turn.
An early payoff pays everything overdue and current plus all the principal still out; the jasa
of later installments is not charged.

Because jasa and principal are each always paid oldest first, the totals paid on a share say
exactly which installments are paid: fill each installment's jasa from the jasa paid and its
principal from the principal paid, in order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


class Scheduled(Protocol):
    due_on: dt.date
    principal: int
    jasa: int


@dataclass(frozen=True)
class InstallmentState:
    seq: int
    due_on: dt.date
    principal: int
    jasa: int
    paid_principal: int
    paid_jasa: int

    @property
    def unpaid(self) -> int:
        return self.principal + self.jasa - self.paid_principal - self.paid_jasa


@dataclass(frozen=True)
class ShareState:
    """A share on a day: what is overdue, what is current, what is left."""

    on: dt.date
    installments: tuple[InstallmentState, ...]
    overdue_jasa: int
    overdue_principal: int
    current_jasa: int
    current_principal: int
    current_due_on: dt.date | None
    outstanding_principal: int
    remaining_jasa: int  # scheduled jasa not yet paid, all installments
    days_overdue: int
    installments_overdue: int

    @property
    def overdue(self) -> int:
        return self.overdue_jasa + self.overdue_principal

    @property
    def due_now(self) -> int:
        """What can be paid without paying ahead: the overdue and the current installment."""
        return self.overdue + self.current_jasa + self.current_principal

    @property
    def payoff(self) -> int:
        """What settles the share today: overdue and current jasa and all principal left."""
        return self.overdue_jasa + self.current_jasa + self.outstanding_principal

    @property
    def remaining(self) -> int:
        return self.outstanding_principal + self.remaining_jasa


def _fill(amounts: Sequence[int], paid: int) -> list[int]:
    out = []
    for amount in amounts:
        part = min(amount, max(paid, 0))
        out.append(part)
        paid -= part
    return out


def share_state(schedule: Sequence[Scheduled], paid_principal: int, paid_jasa: int,
                on: dt.date) -> ShareState:
    """How the share stands at the start of *on* (before any payment that day)."""
    principal_paid = _fill([row.principal for row in schedule], paid_principal)
    jasa_paid = _fill([row.jasa for row in schedule], paid_jasa)
    rows = tuple(InstallmentState(seq, row.due_on, row.principal, row.jasa, p, j)
                 for seq, (row, p, j) in enumerate(zip(schedule, principal_paid, jasa_paid, strict=True), 1))
    overdue = [r for r in rows if r.due_on < on]
    later = [r for r in rows if r.due_on >= on]
    current = later[0] if later else None
    late = [r for r in overdue if r.unpaid > 0]
    return ShareState(
        on, rows,
        sum(r.jasa - r.paid_jasa for r in overdue),
        sum(r.principal - r.paid_principal for r in overdue),
        current.jasa - current.paid_jasa if current else 0,
        current.principal - current.paid_principal if current else 0,
        current.due_on if current else None,
        sum(r.principal - r.paid_principal for r in rows),
        sum(r.jasa - r.paid_jasa for r in rows),
        (on - late[0].due_on).days if late else 0,
        len(late),
    )


def allocate(state: ShareState, amount: int, credit: bool) -> tuple[int, int]:
    """(principal, jasa) of *amount* paid on the state's day, in the order above. Raises
    ValueError when the amount is more than may be taken: more than is due now (unless
    *credit*), or more than the whole share."""
    if amount > (state.remaining if credit else state.due_now):
        raise ValueError("more than is due")
    left = amount
    principal = jasa = 0
    for kind, part in (("j", state.overdue_jasa), ("p", state.overdue_principal),
                       ("j", state.current_jasa), ("p", state.current_principal)):
        take = min(left, part)
        left -= take
        if kind == "j":
            jasa += take
        else:
            principal += take
    if left and credit:
        current_seq = next((r.seq for r in state.installments if r.due_on >= state.on), None)
        for row in state.installments:
            if current_seq is None or row.seq <= current_seq:
                continue
            take = min(left, row.jasa - row.paid_jasa)
            jasa, left = jasa + take, left - take
            take = min(left, row.principal - row.paid_principal)
            principal, left = principal + take, left - take
    assert left == 0, "the checks above leave nothing unplaced"
    return principal, jasa


def payoff_split(state: ShareState) -> tuple[int, int]:
    """(principal, jasa) of an early payoff on the state's day."""
    return state.outstanding_principal, state.overdue_jasa + state.current_jasa

"""A group's loans over its whole life: what was overdue at the end of any day, the arrears
episodes, and the loans as they stand now.

The definitions are those of desktop/arrears.py, applied to one group's shares day by day:
on a day D (at the end of it) a share is running when it was disbursed by D and not closed by
D; what is overdue on it is the principal and jasa of installments due before D that the
payments made up to D do not cover; it is late from the due date of its oldest installment not
fully paid. ``share_arrears(D)`` reads that for the whole office on one day; the history needs
it for every day of five years, so the group's installments and payments are read once and
walked in date order instead (the tests check both agree). A group's shares are those of its
group loans and the individual loans of its members, as in the arrears report.
"""

from __future__ import annotations

import datetime as dt
import json
from bisect import bisect_right
from dataclasses import dataclass

from db.connection import database

# The shares of the group's loans, and the individual loans of members now in the group;
# two indexed lookups rather than one join on COALESCE, which would read every share.
_SHARES = """
SELECT s.id, s.member_id, l.id, l.number, l.disbursed_on, s.status, s.closed_on, s.principal,
       s.paid_principal, s.written_off, l.status
FROM loan_share s JOIN loan l ON l.id = s.loan_id
WHERE s.loan_id IN (SELECT id FROM loan WHERE group_id = :group)
  AND s.status != 'pending' AND l.disbursed_on IS NOT NULL
UNION ALL
SELECT s.id, s.member_id, l.id, l.number, l.disbursed_on, s.status, s.closed_on, s.principal,
       s.paid_principal, s.written_off, l.status
FROM loan_share s JOIN loan l ON l.id = s.loan_id
WHERE s.member_id IN (SELECT id FROM member WHERE group_id = :group) AND l.group_id IS NULL
  AND s.status != 'pending' AND l.disbursed_on IS NOT NULL
"""

_INSTALLMENTS = """
SELECT share_id, due_on, principal, jasa, cum_principal, cum_jasa FROM installment
WHERE share_id IN (SELECT value FROM json_each(:shares)) ORDER BY share_id, seq
"""

_PAYMENTS = """
SELECT share_id, "on", SUM(principal), SUM(jasa) FROM loan_payment
WHERE share_id IN (SELECT value FROM json_each(:shares)) GROUP BY share_id, "on"
"""


def as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


@dataclass(frozen=True)
class LoanLine:
    """One loan as the group's history shows it."""

    loan_id: int
    number: str
    disbursed_on: dt.date
    principal: int
    borrowers: int
    status: str  # the loan's: active | closed
    closed_on: dt.date | None  # the last share's closing, when the loan is closed
    outstanding: int  # principal still out on its running shares
    written_off: int


@dataclass(frozen=True)
class Episode:
    """A stretch of days at whose end the group had something overdue."""

    start: dt.date
    end: dt.date | None  # the day it was cleared; None while it lasts
    peak: int  # the most overdue at the end of a day
    most_behind: int  # the most members behind at once

    def days(self, today: dt.date) -> int:
        """The days at whose end something was overdue: up to the day before it was cleared,
        or up to today included while it lasts (as many as the arrears report counts from
        the due date)."""
        if self.end is not None:
            return (self.end - self.start).days
        return (today - self.start).days + 1


@dataclass
class _Share:
    member_id: int
    disbursed_on: dt.date
    closed_on: dt.date | None
    due_p: int = 0
    due_j: int = 0
    paid_p: int = 0
    paid_j: int = 0
    live: bool = False

    @property
    def overdue(self) -> int:
        if not self.live:
            return 0
        return max(self.due_p - self.paid_p, 0) + max(self.due_j - self.paid_j, 0)


@dataclass(frozen=True)
class GroupLoans:
    loans: list[LoanLine]  # oldest first
    days: list[dt.date]  # the days on which the overdue amount changed, in order
    overdue_after: list[int]  # what was overdue at the end of each of those days
    behind_after: list[int]  # how many members were behind then
    episodes: list[Episode]  # oldest first
    oldest_late: dt.date | None  # the due date of the oldest installment not paid, today

    def overdue_on(self, day: dt.date) -> int:
        """What the group had overdue at the end of *day*."""
        i = bisect_right(self.days, day)
        return self.overdue_after[i - 1] if i else 0

    def behind_on(self, day: dt.date) -> int:
        i = bisect_right(self.days, day)
        return self.behind_after[i - 1] if i else 0

    @property
    def running(self) -> int:
        return sum(1 for loan in self.loans if loan.status == "active")

    @property
    def outstanding(self) -> int:
        return sum(loan.outstanding for loan in self.loans)


def group_loans(group_id: int, today: dt.date) -> GroupLoans:
    """The group's loans and what was overdue on each day up to *today*."""
    rows = database.execute_sql(_SHARES, {"group": group_id}).fetchall()
    ids = json.dumps([row[0] for row in rows])
    installments = database.execute_sql(_INSTALLMENTS, {"shares": ids}).fetchall()
    payments = database.execute_sql(_PAYMENTS, {"shares": ids}).fetchall()
    shares = {row[0]: _Share(row[1], as_date(row[4]), as_date(row[6])) for row in rows}
    days, overdue, behind, episodes = _walk(shares, installments, payments, today)
    return GroupLoans(_loan_lines(rows), days, overdue, behind, episodes,
                      _oldest_late(shares, installments, payments, today))


def _events(shares: dict[int, _Share], installments: list, payments: list,
            today: dt.date) -> list[tuple[dt.date, int, int, int, int]]:
    """(day, kind, share, a, b): what changes at the end of each day. An installment counts
    from the day after it falls due (one due on D is not yet late on D); a share stops at the
    end of the day it closed."""
    events = []
    for share_id, share in shares.items():
        events.append((share.disbursed_on, 0, share_id, 0, 0))
        if share.closed_on is not None:
            events.append((share.closed_on, 3, share_id, 0, 0))
    for share_id, due_on, _p, _j, cum_p, cum_j in installments:
        events.append((as_date(due_on) + dt.timedelta(days=1), 1, share_id, cum_p, cum_j))
    for share_id, on, principal, jasa in payments:
        events.append((as_date(on), 2, share_id, principal, jasa))
    return sorted(e for e in events if e[0] <= today)


def _walk(shares: dict[int, _Share], installments: list, payments: list, today: dt.date):
    days: list[dt.date] = []
    overdue: list[int] = []
    behind: list[int] = []
    late_shares: dict[int, int] = {}  # member -> how many of their shares are behind
    total = 0
    for day, kind, share_id, a, b in _events(shares, installments, payments, today):
        share = shares[share_id]
        before = share.overdue
        if kind == 0:
            share.live = True
        elif kind == 1:  # the running totals only grow, so the latest is the largest
            share.due_p, share.due_j = a, b
        elif kind == 2:
            share.paid_p += a
            share.paid_j += b
        else:
            share.live = False
        after = share.overdue
        total += after - before
        if (before > 0) != (after > 0):
            count = late_shares.get(share.member_id, 0) + (1 if after > 0 else -1)
            if count:
                late_shares[share.member_id] = count
            else:
                late_shares.pop(share.member_id, None)
        # Several events of one day leave one point: the day's end.
        if days and days[-1] == day:
            overdue[-1], behind[-1] = total, len(late_shares)
        elif not overdue or overdue[-1] != total or behind[-1] != len(late_shares):
            days.append(day)
            overdue.append(total)
            behind.append(len(late_shares))
    return days, overdue, behind, _episodes(days, overdue, behind)


def _episodes(days: list[dt.date], overdue: list[int], behind: list[int]) -> list[Episode]:
    episodes: list[Episode] = []
    start, peak, most = None, 0, 0
    for day, amount, count in zip(days, overdue, behind, strict=True):
        if amount > 0:
            if start is None:
                start, peak, most = day, 0, 0
            peak, most = max(peak, amount), max(most, count)
        elif start is not None:
            episodes.append(Episode(start, day, peak, most))
            start = None
    if start is not None:
        episodes.append(Episode(start, None, peak, most))
    return episodes


def _oldest_late(shares: dict[int, _Share], installments: list, payments: list,
                 today: dt.date) -> dt.date | None:
    """The due date of the oldest installment before today whose own principal or jasa the
    payments so far do not cover (paid amounts fill installments oldest first)."""
    paid: dict[int, list[int]] = {}
    for share_id, on, principal, jasa in payments:
        if as_date(on) <= today:
            total = paid.setdefault(share_id, [0, 0])
            total[0] += principal
            total[1] += jasa
    oldest = None
    for share_id, due_on, principal, jasa, cum_p, cum_j in installments:
        due = as_date(due_on)
        share = shares[share_id]
        if due >= today or (share.closed_on is not None and share.closed_on <= today):
            continue
        pp, pj = paid.get(share_id, (0, 0))
        if (principal > 0 and cum_p > pp) or (jasa > 0 and cum_j > pj):
            oldest = due if oldest is None else min(oldest, due)
    return oldest


def _loan_lines(rows: list) -> list[LoanLine]:
    loans: dict[int, dict] = {}
    for (_s, _m, loan_id, number, disbursed, status, closed, principal, paid, written,
         loan_status) in rows:
        loan = loans.setdefault(loan_id, {"number": number, "on": as_date(disbursed),
                                          "status": loan_status, "principal": 0, "borrowers": 0,
                                          "closed": None, "outstanding": 0, "written": 0})
        loan["principal"] += principal
        loan["borrowers"] += 1
        loan["written"] += written
        if status == "active":
            loan["outstanding"] += principal - paid
        closed = as_date(closed)
        if closed is not None and (loan["closed"] is None or closed > loan["closed"]):
            loan["closed"] = closed
    lines = [LoanLine(loan_id, v["number"], v["on"], v["principal"], v["borrowers"], v["status"],
                      v["closed"] if v["status"] == "closed" else None, v["outstanding"],
                      v["written"]) for loan_id, v in loans.items()]
    return sorted(lines, key=lambda x: (x.disbursed_on, x.number))

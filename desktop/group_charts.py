"""A group's figures month by month, for its small charts: attendance at sessions and at
meeting days, its members' savings, and what it had overdue.

The months run over the group's life, from the month it was formed (or its first member
joined) to this month; for a group older than ``MAX_MONTHS`` only the last ``MAX_MONTHS``
are shown and ``MonthSeries.cut`` says so. Each month's figures are those at its end; the
current month's, those of today.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from db.connection import database
from desktop.group_loans import GroupLoans
from desktop.group_timeline import MeetingDay, SessionDay, Stay, rate

MAX_MONTHS = 36

# Each member's savings movements by month (every product, reversals included), for the
# members who ever stayed in the group.
_SAVINGS = """
SELECT a.member_id, substr(e."on", 1, 7), SUM(e.amount)
FROM savings_entry e JOIN savings_account a ON a.id = e.account_id
WHERE a.member_id IN (SELECT member_id FROM membership WHERE group_id = :group)
  AND e."on" <= :today
GROUP BY a.member_id, substr(e."on", 1, 7)
"""


@dataclass(frozen=True)
class MonthSeries:
    months: list[dt.date]  # the first day of each month
    session_rate: list[float | None]  # None: no session with attendance taken that month
    meeting_rate: list[float | None]
    savings: list[int]  # the savings of the group's members at the month's end
    overdue: list[int]  # what the group had overdue at the month's end
    cut: bool  # True when the group is older and only the last MAX_MONTHS are shown


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def months_back(day: dt.date, count: int) -> dt.date:
    """The same day *count* months earlier (the month's last day when it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - count, 12)
    first = dt.date(year, month + 1, 1)
    return first.replace(day=min(day.day, (next_month(first) - dt.timedelta(days=1)).day))


def month_end(month: dt.date, today: dt.date) -> dt.date:
    return min(next_month(month) - dt.timedelta(days=1), today)


def month_list(first: dt.date, today: dt.date) -> tuple[list[dt.date], bool]:
    months, month = [], month_start(min(first, today))
    while month <= today:
        months.append(month)
        month = next_month(month)
    return months[-MAX_MONTHS:], len(months) > MAX_MONTHS


def monthly_rates(days: list[SessionDay] | list[MeetingDay], months: list[dt.date]) -> list[float | None]:
    sums: dict[dt.date, list[int]] = {}
    for day in days:
        total = sums.setdefault(month_start(day.on), [0, 0])
        total[0] += day.came
        total[1] += day.recorded
    return [rate(*sums[m]) if m in sums else None for m in months]


def monthly_savings(group_id: int, stays: list[Stay], months: list[dt.date],
                    today: dt.date) -> list[int]:
    """At each month's end, the savings of the members who were then in the group."""
    moves: dict[int, dict[str, int]] = {}
    for member, month, amount in database.execute_sql(
            _SAVINGS, {"group": group_id, "today": today.isoformat()}).fetchall():
        moves.setdefault(member, {})[month] = amount
    keys = [m.strftime("%Y-%m") for m in months]
    ends = [month_end(m, today) for m in months]
    totals = [0] * len(months)
    for member, by_month in moves.items():
        # The balance before the first month shown, then month by month.
        balance = sum(amount for key, amount in by_month.items() if key < keys[0])
        member_stays = [s for s in stays if s.member_id == member and s.group_id == group_id]
        for i, key in enumerate(keys):
            balance += by_month.get(key, 0)
            if any(s.start <= ends[i] and (s.end is None or s.end > ends[i]) for s in member_stays):
                totals[i] += balance
    return totals


def month_series(group_id: int, first: dt.date, today: dt.date, stays: list[Stay],
                 sessions: list[SessionDay], meetings: list[MeetingDay],
                 loans: GroupLoans) -> MonthSeries:
    months, cut = month_list(first, today)
    return MonthSeries(months, monthly_rates(sessions, months), monthly_rates(meetings, months),
                       monthly_savings(group_id, stays, months, today),
                       [loans.overdue_on(month_end(m, today)) for m in months], cut)


def nice_scale(largest: float, ticks: int = 4) -> tuple[float, float]:
    """(top, step) of an axis from 0 that shows *largest* in about *ticks* round steps:
    1, 2, 2.5 or 5 times a power of ten (so 380.000 gets 0, 100.000 ... 400.000)."""
    if largest <= 0:
        return 1.0, 0.25
    power = 10 ** math.floor(math.log10(largest / ticks))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * power
        if step * ticks >= largest:
            return step * math.ceil(largest / step), step
    return 10 * power * ticks, 10 * power

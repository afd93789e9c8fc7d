"""Installment schedules: due dates and the split of each installment into principal and jasa.

Money is whole rupiah, so every schedule has to round somewhere. It rounds here and only here,
by these rules, and each schedule sums exactly to the principal plus its jasa:

- A rate is a ``Decimal`` percent a month. A weekly or two-weekly loan pays the monthly rate
  times 12/52 or 12/26 per installment (a year has 12 months and 52 weeks).
- Jasa on an amount is rounded half up to the rupiah (``round_rupiah``): 0.5 goes up.
- Principal spread over n installments (``spread``) gives each the whole-rupiah share rounded
  down and puts the rupiah left over on the last installment, so the last is never smaller.
- Flat (``flat``): jasa is on the original principal, the same each installment, so the total
  jasa is principal x rate x installments, rounded once and spread like principal.
- Declining balance (``declining``): principal is spread evenly; each installment's jasa is on
  the principal still outstanding before it, rounded half up.
- Annuity (``annuity``): equal installments A = P r / (1 - (1 + r)^-n), rounded half up; each
  jasa is on the outstanding principal, rounded half up, the rest of A is principal; the last
  installment pays whatever principal remains, so it can differ from A by a few rupiah.
- Grace periods come first and pay jasa only (the jasa a full principal earns for a period).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

METHODS = ("flat", "declining", "annuity")
FREQUENCIES = ("weekly", "biweekly", "monthly")
# Length of one installment period in days, for measuring how late a payment is per period.
PERIOD_DAYS = {"weekly": 7, "biweekly": 14, "monthly": 30}
_PERIOD_FACTOR = {"weekly": Decimal(12) / Decimal(52), "biweekly": Decimal(12) / Decimal(26),
                  "monthly": Decimal(1)}


@dataclass(frozen=True)
class Row:
    seq: int
    due_on: dt.date
    principal: int
    jasa: int

    @property
    def amount(self) -> int:
        return self.principal + self.jasa


def round_rupiah(value: Decimal) -> int:
    """Half up to the whole rupiah: the one rounding of jasa in the program."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def spread(total: int, count: int) -> list[int]:
    """*total* in *count* whole-rupiah parts: equal parts rounded down, the rest on the last."""
    part = total // count
    return [part] * (count - 1) + [total - part * (count - 1)]


def period_rate(rate_per_month: Decimal, frequency: str) -> Decimal:
    """The rate of one installment period, as a fraction (1.5 % a month -> 0.015)."""
    return Decimal(rate_per_month) / Decimal(100) * _PERIOD_FACTOR[frequency]


def add_months(start: dt.date, months: int) -> dt.date:
    """The same day *months* later, or the month's last day when it is shorter (31 January
    plus one month is 28 or 29 February, plus two is 31 March)."""
    month0 = start.month - 1 + months
    year, month = start.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def due_dates(start: dt.date, frequency: str, count: int) -> list[dt.date]:
    """The due dates of *count* installments of a loan disbursed on *start*: one period after
    it, then each period; months are counted from *start* so short months do not drift."""
    if frequency == "monthly":
        return [add_months(start, k) for k in range(1, count + 1)]
    step = PERIOD_DAYS[frequency]
    return [start + dt.timedelta(days=step * k) for k in range(1, count + 1)]


def _split(principal: int, rate: Decimal, method: str, term: int, grace: int) -> list[tuple[int, int]]:
    """(principal, jasa) of each installment, grace periods first."""
    grace_jasa = round_rupiah(principal * rate)
    rows: list[tuple[int, int]] = [(0, grace_jasa)] * grace
    if method == "flat":
        jasa_total = round_rupiah(principal * rate * term)
        return rows + list(zip(spread(principal, term), spread(jasa_total, term), strict=True))
    if method == "declining":
        outstanding = principal
        for part in spread(principal, term):
            rows.append((part, round_rupiah(outstanding * rate)))
            outstanding -= part
        return rows
    if method == "annuity":
        if rate == 0:
            return rows + [(part, 0) for part in spread(principal, term)]
        payment = round_rupiah(principal * rate / (1 - (1 + rate) ** -term))
        outstanding = principal
        for k in range(term):
            jasa = round_rupiah(outstanding * rate)
            part = outstanding if k == term - 1 else min(payment - jasa, outstanding)
            rows.append((part, jasa))
            outstanding -= part
        return rows
    raise ValueError(f"unknown method {method!r}")


def schedule(principal: int, rate_per_month: Decimal, method: str, frequency: str, term: int,
             start: dt.date, grace: int = 0) -> list[Row]:
    """The installments of *principal* lent on *start* for *term* installments after *grace*
    jasa-only periods."""
    if principal <= 0 or term <= 0 or grace < 0:
        raise ValueError("principal and term must be positive, grace not negative")
    rate = period_rate(Decimal(rate_per_month), frequency)
    parts = _split(principal, rate, method, term, grace)
    dates = due_dates(start, frequency, len(parts))
    return [Row(seq, on, p, j) for seq, (on, (p, j)) in enumerate(zip(dates, parts, strict=True), 1)]

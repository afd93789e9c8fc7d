"""Installment schedules against figures worked by hand and a published example, and the
rounding rules that make every schedule sum exactly to principal plus jasa."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.loan_schedule import add_months, due_dates, period_rate, round_rupiah, schedule, spread


def test_flat_example_from_the_domain_notes():
    # Rp9.000.000 at 1 % a month for 12 months = Rp840.000 a month.
    rows = schedule(9_000_000, Decimal("1"), "flat", "monthly", 12, dt.date(2026, 1, 15))
    assert [(r.principal, r.jasa, r.amount) for r in rows] == [(750_000, 90_000, 840_000)] * 12
    assert rows[0].due_on == dt.date(2026, 2, 15)
    assert rows[-1].due_on == dt.date(2027, 1, 15)


def test_declining_balance_by_hand():
    # 1.200.000 at 2 % a month over 3 months: principal 400.000 each; jasa on what is still
    # out: 2 % of 1.200.000, of 800.000, of 400.000.
    rows = schedule(1_200_000, Decimal("2"), "declining", "monthly", 3, dt.date(2026, 3, 1))
    assert [(r.principal, r.jasa) for r in rows] == [(400_000, 24_000), (400_000, 16_000),
                                                     (400_000, 8_000)]


def test_annuity_against_the_published_figure():
    # The textbook annuity: 10.000.000 at 1 % a month for 12 months pays 888.487,88 a month,
    # which is 888.488 in whole rupiah; the first month's interest is 100.000.
    rows = schedule(10_000_000, Decimal("1"), "annuity", "monthly", 12, dt.date(2026, 1, 10))
    assert all(r.amount == 888_488 for r in rows[:-1])
    assert (rows[0].principal, rows[0].jasa) == (788_488, 100_000)
    # Each jasa is 1 % of what was still out before it, rounded half up.
    outstanding = 10_000_000
    for r in rows:
        assert r.jasa == round_rupiah(Decimal(outstanding) / 100)
        outstanding -= r.principal
    assert outstanding == 0
    # The last pays what principal is left, so it differs from the others by a few rupiah.
    assert abs(rows[-1].amount - 888_488) <= 12
    assert sum(r.jasa for r in rows) == sum(r.amount for r in rows) - 10_000_000


def test_annuity_without_jasa_is_principal_spread():
    rows = schedule(1_000_000, Decimal("0"), "annuity", "monthly", 3, dt.date(2026, 1, 10))
    assert [(r.principal, r.jasa) for r in rows] == [(333_333, 0), (333_333, 0), (333_334, 0)]


def test_weekly_flat_uses_the_monthly_rate_over_the_weeks_of_a_year():
    # 1.5 % a month is 1.5 x 12 / 52 % a week. 1.000.000 over 25 weeks: jasa in all
    # 1.000.000 x 0,015 x 12/52 x 25 = 86.538,46 -> 86.538; 3.461 a week, the last 3.474.
    rows = schedule(1_000_000, Decimal("1.5"), "flat", "weekly", 25, dt.date(2026, 1, 5))
    assert [r.principal for r in rows] == [40_000] * 25
    assert [r.jasa for r in rows] == [3_461] * 24 + [3_474]
    assert [r.due_on for r in rows[:2]] == [dt.date(2026, 1, 12), dt.date(2026, 1, 19)]


def test_two_weekly_dates_and_rate():
    assert period_rate(Decimal("1.3"), "biweekly") == Decimal("0.013") * 12 / 26
    assert due_dates(dt.date(2026, 1, 5), "biweekly", 2) == [dt.date(2026, 1, 19), dt.date(2026, 2, 2)]


def test_grace_periods_pay_jasa_only_before_the_principal():
    rows = schedule(1_000_000, Decimal("1"), "flat", "monthly", 4, dt.date(2026, 1, 10), grace=2)
    assert [(r.principal, r.jasa) for r in rows] == [(0, 10_000), (0, 10_000)] + [(250_000, 10_000)] * 4
    assert [r.seq for r in rows] == [1, 2, 3, 4, 5, 6]


def test_rounding_rules():
    assert spread(1_000_000, 3) == [333_333, 333_333, 333_334]
    assert spread(10, 4) == [2, 2, 2, 4]
    assert round_rupiah(Decimal("2.5")) == 3
    assert round_rupiah(Decimal("2.4999")) == 2
    assert round_rupiah(Decimal("-0.5")) == -1


def test_month_ends_do_not_drift():
    start = dt.date(2026, 1, 31)
    assert due_dates(start, "monthly", 4) == [dt.date(2026, 2, 28), dt.date(2026, 3, 31),
                                             dt.date(2026, 4, 30), dt.date(2026, 5, 31)]
    assert add_months(dt.date(2027, 12, 31), 2) == dt.date(2028, 2, 29)


def test_bad_terms_are_refused():
    with pytest.raises(ValueError):
        schedule(0, Decimal("1"), "flat", "monthly", 3, dt.date(2026, 1, 1))
    with pytest.raises(ValueError):
        schedule(100, Decimal("1"), "balloon", "monthly", 3, dt.date(2026, 1, 1))


@given(principal=st.integers(1, 5_000_000_000),
       rate=st.decimals(min_value=0, max_value=10, places=2, allow_nan=False),
       method=st.sampled_from(["flat", "declining", "annuity"]),
       frequency=st.sampled_from(["weekly", "biweekly", "monthly"]),
       term=st.integers(1, 260), grace=st.integers(0, 6),
       start=st.dates(dt.date(2000, 1, 1), dt.date(2090, 1, 1)))
def test_every_schedule_sums_to_principal_plus_jasa(principal, rate, method, frequency, term, grace, start):
    rows = schedule(principal, rate, method, frequency, term, start, grace)
    assert len(rows) == term + grace
    assert sum(r.principal for r in rows) == principal
    assert sum(r.amount for r in rows) == principal + sum(r.jasa for r in rows)
    assert all(r.principal >= 0 and r.jasa >= 0 for r in rows)
    assert all(isinstance(r.principal, int) and isinstance(r.jasa, int) for r in rows)
    assert all(a.due_on < b.due_on for a, b in zip(rows, rows[1:], strict=False))
    assert rows[0].due_on > start
    if method == "flat":
        # The total jasa is rounded once, on principal x rate x installments.
        assert sum(r.jasa for r in rows[grace:]) == round_rupiah(principal * period_rate(rate, frequency) * term)

"""Arrears and loan quality: the class of a loan under each rule set on the day before and the
day of each threshold, edited thresholds, and the portfolio figures on known data."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import loans
from desktop.arrears import arrears_list, portfolio, share_arrears
from desktop.errors import ValidationErrors
from desktop.loan_settings import LoanSettings, classify, loan_settings, update_loan_settings
from tests.desktop.loan_helpers import disbursed_loan, funded_pool, group_with_members, shares_of

FIRST_DUE = dt.date(2025, 2, 10)  # of a monthly loan disbursed on 10/01/2025


def rules(rule: str, **thresholds) -> LoanSettings:
    settings = LoanSettings(kolek_rule=rule)
    settings.thresholds.update(thresholds)
    return settings


@pytest.mark.parametrize(("days", "expected"), [
    (0, "lancar"), (1, "dpk"), (90, "dpk"), (91, "kurang_lancar"), (120, "kurang_lancar"),
    (121, "diragukan"), (180, "diragukan"), (181, "macet"), (2000, "macet")])
def test_bank_rule_by_days_overdue(days, expected):
    assert classify(rules("bank"), days, 0, "monthly") == expected


@pytest.mark.parametrize(("frequency", "days", "expected"), [
    # Monthly: a period is 30 days; Kurang Lancar from 3 periods, Diragukan from 6, Macet from 12.
    ("monthly", 89, "lancar"), ("monthly", 90, "kurang_lancar"), ("monthly", 179, "kurang_lancar"),
    ("monthly", 180, "diragukan"), ("monthly", 359, "diragukan"), ("monthly", 360, "macet"),
    # Weekly: the same counted in weeks.
    ("weekly", 20, "lancar"), ("weekly", 21, "kurang_lancar"), ("weekly", 41, "kurang_lancar"),
    ("weekly", 42, "diragukan"), ("weekly", 83, "diragukan"), ("weekly", 84, "macet"),
    ("biweekly", 41, "lancar"), ("biweekly", 42, "kurang_lancar")])
def test_cooperative_rule_by_installment_periods(frequency, days, expected):
    assert classify(rules("cooperative"), days, 0, frequency) == expected


@pytest.mark.parametrize(("missed", "expected"), [
    (0, "lancar"), (1, "kurang_lancar"), (2, "kurang_lancar"), (3, "diragukan"), (5, "diragukan"),
    (6, "macet")])
def test_program_rule_by_missed_installments(missed, expected):
    assert classify(rules("program"), 999, missed, "weekly") == expected


def test_edited_thresholds_move_the_boundaries():
    settings = rules("bank", bank=(1, 31, 61, 91))
    assert [classify(settings, d, 0, "monthly") for d in (30, 31, 60, 61, 90, 91)] == [
        "dpk", "kurang_lancar", "kurang_lancar", "diragukan", "diragukan", "macet"]


def test_thresholds_must_rise(actors):
    settings = loan_settings()
    settings.thresholds["bank"] = (1, 91, 91, 181)
    with pytest.raises(ValidationErrors) as caught:
        update_loan_settings(actors["administrator"], settings)
    assert caught.value.errors[0].field == "thresholds.bank"
    assert loan_settings().thresholds["bank"] == (1, 91, 121, 181)


@pytest.fixture
def late_loan(actors):
    """A monthly loan of 1.000.000 (100.000 + 10.000 a month) on which nothing is paid."""
    pool = funded_pool(actors)
    group, members = group_with_members(actors, 1)
    return shares_of(disbursed_loan(actors, pool, group, [(members[0], 1_000_000)]))[0]


def _class_on(on: dt.date) -> tuple[str, int, int]:
    (line,) = share_arrears(on)
    return line.kolek, line.days_overdue, line.installments_overdue


@pytest.mark.parametrize(("rule", "boundaries"), [
    # (the day, the class that day); each boundary is checked with the day before it.
    ("bank", [(FIRST_DUE + dt.timedelta(days=1), "dpk"), (FIRST_DUE + dt.timedelta(days=91), "kurang_lancar"),
              (FIRST_DUE + dt.timedelta(days=121), "diragukan"), (FIRST_DUE + dt.timedelta(days=181), "macet")]),
    ("cooperative", [(FIRST_DUE + dt.timedelta(days=90), "kurang_lancar"),
                     (FIRST_DUE + dt.timedelta(days=180), "diragukan"),
                     (FIRST_DUE + dt.timedelta(days=360), "macet")]),
    # Missed installments: the 3rd is missed the day after 10/04, the 6th the day after 10/07.
    ("program", [(dt.date(2025, 2, 11), "kurang_lancar"), (dt.date(2025, 4, 11), "diragukan"),
                 (dt.date(2025, 7, 11), "macet")]),
])
def test_the_class_of_a_real_loan_the_day_before_and_the_day_of_each_threshold(actors, late_loan, rule, boundaries):
    update_loan_settings(actors["administrator"], rules(rule))
    settings = LoanSettings(kolek_rule=rule)
    previous = settings.rule.classes
    for day, expected in boundaries:
        before, _days, _missed = _class_on(day - dt.timedelta(days=1))
        on_day, _days, _missed = _class_on(day)
        assert on_day == expected
        assert previous.index(before) == previous.index(expected) - 1


def test_lateness_of_a_real_loan(late_loan, actors):
    assert _class_on(FIRST_DUE)[1:] == (0, 0)  # due today is not late
    assert _class_on(FIRST_DUE + dt.timedelta(days=1))[1:] == (1, 1)
    assert _class_on(dt.date(2025, 4, 11))[1:] == (60, 3)
    # 110.000 pays the jasa of all three late installments first, then 80.000 of February's
    # principal: February is still not fully paid.
    loans.repay(actors["treasurer"], late_loan, dt.date(2025, 4, 11), 110_000)
    assert _class_on(dt.date(2025, 4, 11))[1:] == (60, 3)
    (line,) = share_arrears(dt.date(2025, 4, 11))
    assert (line.overdue_principal, line.overdue_jasa, line.outstanding, line.due_to_date) == (
        220_000, 0, 920_000, 330_000)
    loans.repay(actors["treasurer"], late_loan, dt.date(2025, 4, 11), 20_000)
    assert _class_on(dt.date(2025, 4, 11))[1:] == (32, 2)


def test_portfolio_figures_on_known_loans(actors):
    pool = funded_pool(actors)
    group, members = group_with_members(actors, 3)
    other, (lone,) = group_with_members(actors, 1, "KUBE Mawar")
    shares = shares_of(disbursed_loan(actors, pool, group, [(m, 1_000_000) for m in members]))
    mawar = shares_of(disbursed_loan(actors, pool, other, [(lone, 500_000)]))[0]
    treasurer = actors["treasurer"]
    on = dt.date(2025, 5, 20)  # four installments due: 10/02, 10/03, 10/04, 10/05
    loans.repay(treasurer, shares[0], dt.date(2025, 5, 10), 440_000)  # on time, all four
    loans.repay(treasurer, shares[1], dt.date(2025, 5, 10), 330_000)  # May's missing: 10 days
    # shares[2] paid nothing: 99 days late; Mawar paid February and March: 40 days late.
    loans.repay(treasurer, mawar, dt.date(2025, 3, 10), 110_000)
    lines = share_arrears(on)
    total, by_group = portfolio(lines, "group")
    assert total.shares == 4
    assert total.outstanding == 600_000 + 700_000 + 1_000_000 + 400_000
    assert total.at_risk == {1: 700_000 + 1_000_000 + 400_000, 30: 1_000_000 + 400_000, 90: 1_000_000}
    assert total.par(30) == pytest.approx(1_400_000 / 2_700_000)
    due = 3 * 440_000 + 220_000
    overdue = 110_000 + 440_000 + 110_000
    assert (total.due_to_date, total.overdue) == (due, overdue)
    assert total.repayment_rate == pytest.approx((due - overdue) / due)
    assert total.aging[(1, 30)] == 110_000 and total.aging[(31, 60)] == 110_000
    assert total.aging[(91, 180)] == 440_000
    assert total.by_class == {"lancar": (3, 1_700_000), "kurang_lancar": (1, 1_000_000)}
    assert [(p.label, p.outstanding) for p in by_group] == [("KUBE Melati", 2_300_000), ("KUBE Mawar", 400_000)]
    behind = arrears_list(lines)
    assert [(x.group_name, x.days_overdue) for x in behind] == [("KUBE Mawar", 40), ("KUBE Melati", 99), ("KUBE Melati", 10)]
    assert arrears_list(lines, group_id=other)[0].member_id == lone


def test_an_earlier_day_shows_the_books_as_they_stood_at_its_end(actors, late_loan):
    treasurer = actors["treasurer"]
    loans.repay(treasurer, late_loan, dt.date(2025, 4, 11), 330_000)  # all three late ones
    loans.pay_off(treasurer, late_loan, dt.date(2025, 5, 1), loans.payoff_amount(late_loan, dt.date(2025, 5, 1)))
    assert share_arrears(dt.date.today()) == []  # paid off
    # At the end of 10/04/2025 nothing was paid yet: February and March are missed (59 days),
    # April falls due that day.
    (line,) = share_arrears(dt.date(2025, 4, 10))
    assert (line.days_overdue, line.installments_overdue, line.overdue, line.outstanding) == (
        59, 2, 220_000, 1_000_000)
    (line,) = share_arrears(dt.date(2025, 4, 11))
    assert (line.days_overdue, line.overdue, line.outstanding) == (0, 0, 700_000)
    assert share_arrears(dt.date(2025, 5, 1)) == []  # closed that day
    assert share_arrears(dt.date(2025, 1, 9)) == []  # not yet disbursed

"""Loans: application, approval, disbursement, repayment in the programs' order, payoff,
reversal, the group covering a member, write-off, and every refusal with its message."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.models import CapitalPool, GroupDebtEntry, Installment, LoanPayment, LoanShare, PoolEntry
from desktop import capital, loans
from desktop.assessments import AssessmentForm, instrument, record_assessment
from desktop.errors import DomainError, PermissionDenied, ValidationErrors
from desktop.loan_queries import loan_detail, share_card
from desktop.loan_settings import loan_settings, update_loan_settings
from tests.desktop.loan_helpers import (
    DISBURSED,
    applied,
    disbursed_loan,
    funded_pool,
    group_with_members,
    product_id,
    shares_of,
)

FEB, MAR, APR, MAY = (dt.date(2025, m, 10) for m in (2, 3, 4, 5))


def refusal(call, *args, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as caught:
        call(*args, **kwargs)
    return caught.value


def messages(exc: DomainError) -> list[str]:
    errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
    return [str(e) for e in errors]


@pytest.fixture
def office(actors):
    pool = funded_pool(actors)
    group, members = group_with_members(actors)
    return pool, group, members


def test_a_group_loan_from_application_to_schedule(actors, office):
    pool, group, members = office
    loan = applied(actors, group, [(members[0], 1_000_000), (members[1], 800_000)])
    detail = loan_detail(loan)
    assert (detail.status, detail.principal, detail.number) == ("applied", 1_800_000, "PJ000001")
    assert detail.applied_by == "Sri Wahyuni"
    loans.approve_loan(actors["chair"], loan, detail.version, dt.date(2025, 1, 5), "rapat pengurus")
    loans.disburse_loan(actors["treasurer"], loan, loan_detail(loan).version, pool, DISBURSED)
    detail = loan_detail(loan, DISBURSED)
    assert (detail.status, detail.pool, detail.decided_by, detail.disbursed_on) == (
        "active", "Dana Bergulir Desa", "Haryanto", DISBURSED)
    first = share_card(detail.shares[0].share_id, DISBURSED)
    assert [(r.principal, r.jasa) for r in first.schedule] == [(100_000, 10_000)] * 10
    assert first.schedule[0].due_on == FEB and first.schedule[-1].due_on == dt.date(2025, 11, 10)
    second = share_card(detail.shares[1].share_id, DISBURSED)
    assert [(r.principal, r.jasa) for r in second.schedule] == [(80_000, 8_000)] * 10
    figures = capital.pool_figures(pool)[0]
    assert (figures.capital, figures.disbursed, figures.out, figures.available) == (
        10_000_000, 1_800_000, 1_800_000, 8_200_000)


def test_an_admin_fee_goes_to_the_pool_at_disbursement(actors, office):
    pool, group, members = office
    disbursed_loan(actors, pool, group, [(members[0], 400_000)], term=20, code="PM")  # 1 % fee
    figures = capital.pool_figures(pool)[0]
    assert (figures.fees, figures.available) == (4_000, 10_000_000 - 400_000 + 4_000)


def test_a_loan_to_one_member(actors, office):
    pool, _group, members = office
    loan = disbursed_loan(actors, pool, None, [(members[2], 500_000)], term=5)
    detail = loan_detail(loan)
    assert detail.group_id is None and detail.member_id == members[2]
    assert detail.borrower == "KUBE Melati Anggota 3"
    exc = refusal(applied, actors, None, [(members[0], 100_000), (members[1], 100_000)])
    assert "A loan to one member has one borrower" in messages(exc)[0]


def test_the_person_who_entered_an_application_cannot_approve_it(actors, office):
    _pool, group, members = office
    admin = actors["administrator"]
    form = loans.LoanApplication(product_id(), group, [(members[0], 500_000)], 10, "", dt.date(2025, 1, 3))
    loan = loans.apply_for_loan(admin, form)
    exc = refusal(loans.approve_loan, admin, loan, loan_detail(loan).version)
    assert str(exc) == "You entered application PJ000001; someone else must approve it."
    with pytest.raises(PermissionDenied):
        loans.approve_loan(actors["secretary"], loan, loan_detail(loan).version)
    with pytest.raises(PermissionDenied):
        loans.repay(actors["secretary"], 1, FEB, 1)
    assert loan_detail(loan).status == "applied"


def test_rejection_and_cancellation_need_a_reason(actors, office):
    _pool, group, members = office
    loan = applied(actors, group, [(members[0], 500_000)])
    assert str(refusal(loans.reject_loan, actors["chair"], loan, loan_detail(loan).version, " ")) == \
        "Enter the reason for the rejection."
    loans.reject_loan(actors["chair"], loan, loan_detail(loan).version, "usaha belum jelas")
    assert (loan_detail(loan).status, loan_detail(loan).decision_note) == ("rejected", "usaha belum jelas")
    exc = refusal(loans.disburse_loan, actors["treasurer"], loan, loan_detail(loan).version, 1, DISBURSED)
    assert "no longer waiting for this step" in str(exc)
    again = applied(actors, group, [(members[0], 500_000)])
    loans.cancel_application(actors["secretary"], again, loan_detail(again).version, "kelompok mundur")
    assert loan_detail(again).status == "cancelled"


def test_the_rules_of_the_product_are_refused_with_their_message(actors, office):
    _pool, group, members = office
    exc = refusal(applied, actors, group, [(members[0], 1_500_000)])  # a first loan above 1.000.000
    assert messages(exc) == ["This is KUBE Melati Anggota 1's first loan, and a first loan of Pinjaman Bergulir Kelompok is at most Rp1.000.000; Rp1.500.000 is more."]
    exc = refusal(applied, actors, group, [(members[0], 6_000_000)])
    assert messages(exc) == ["Pinjaman Bergulir Kelompok lends at most Rp5.000.000 to one borrower; KUBE Melati Anggota 1 asks for Rp6.000.000."]
    exc = refusal(applied, actors, group, [(members[0], 500_000)], term=13)
    assert messages(exc) == ["The term must be from 1 to 12 installments for Pinjaman Bergulir Kelompok."]
    exc = refusal(applied, actors, group, [(members[0], 500_000), (members[0], 100_000)])
    assert "A member is named twice; give each member one share." in messages(exc)
    other_group, (outsider,) = group_with_members(actors, 1, "KUBE Mawar")
    exc = refusal(applied, actors, group, [(outsider, 500_000)])
    assert messages(exc) == ["KUBE Mawar Anggota 1 is not a member of KUBE Melati."]
    exc = refusal(applied, actors, group, [(members[0], 0)])
    assert messages(exc) == ["Enter the amount KUBE Melati Anggota 1 borrows, above zero, in whole rupiah."]
    exc = refusal(applied, actors, group, [])
    assert messages(exc) == ["Name at least one member and the amount each borrows."]
    applied(actors, group, [(members[0], 500_000)])
    exc = refusal(applied, actors, group, [(members[1], 500_000)])
    assert str(exc) == "Application PJ000001 for the same borrower is still open; decide on it first."


def test_a_loan_above_what_the_pool_has_is_refused(actors):
    pool = funded_pool(actors, 1_000_000)
    group, members = group_with_members(actors)
    loan = applied(actors, group, [(members[0], 700_000), (members[1], 600_000)])
    loans.approve_loan(actors["chair"], loan, loan_detail(loan).version, dt.date(2025, 1, 5))
    exc = refusal(loans.disburse_loan, actors["treasurer"], loan, loan_detail(loan).version, pool, DISBURSED)
    assert str(exc) == ("Dana Bergulir Desa has Rp1.000.000 available; the loan of Rp1.300.000 is more "
                        "than that. Choose another pool or wait for repayments.")
    assert exc.field == "pool"
    assert (loan_detail(loan).status, CapitalPool.get_by_id(pool).available) == ("approved", 1_000_000)
    assert not Installment.select().exists()


def test_no_new_loan_for_a_member_or_group_in_arrears(actors, office):
    pool, group, members = office
    disbursed_loan(actors, pool, group, [(members[0], 500_000)])
    # Nothing paid by 11/02/2025: the first installment is a day late.
    form = loans.LoanApplication(product_id(), None, [(members[0], 200_000)], 5, "", dt.date(2025, 2, 11))
    exc = refusal(loans.apply_for_loan, actors["secretary"], form)
    assert str(exc) == "KUBE Melati Anggota 1 is Rp55.000 behind on loan PJ000001. No new loan until the arrears are paid."
    form = loans.LoanApplication(product_id(), None, [(members[1], 200_000)], 5, "", dt.date(2025, 2, 11))
    loans.apply_for_loan(actors["secretary"], form)  # another member of the group alone may
    loans.cancel_application(actors["secretary"], 2, loan_detail(2).version, "uji")
    form = loans.LoanApplication(product_id(), group, [(members[1], 200_000)], 5, "", dt.date(2025, 2, 11))
    exc = refusal(loans.apply_for_loan, actors["secretary"], form)
    assert str(exc) == ("KUBE Melati has arrears: KUBE Melati Anggota 1 is Rp55.000 behind on loan "
                        "PJ000001. No new loan until the arrears are paid.")
    # On the due day itself the installment is not yet late.
    form = loans.LoanApplication(product_id(), None, [(members[0], 200_000)], 5, "", dt.date(2025, 2, 10))
    loans.apply_for_loan(actors["secretary"], form)


def test_group_age_and_class_are_settings(actors, office):
    _pool, group, members = office
    admin = actors["administrator"]
    rules = loan_settings()
    rules.min_group_age_months = 61  # the group was formed on 05/01/2020
    update_loan_settings(admin, rules)
    exc = refusal(applied, actors, group, [(members[0], 500_000)], on=dt.date(2025, 1, 3))
    assert str(exc) == "A group must be at least 61 months old to borrow; KUBE Melati was formed on 05/01/2020."
    rules.min_group_age_months = 60
    update_loan_settings(admin, rules)
    loan = applied(actors, group, [(members[0], 500_000)], on=dt.date(2025, 1, 5))
    loans.cancel_application(actors["secretary"], loan, loan_detail(loan).version, "uji")
    rules.min_group_class = "E"
    exc = refusal(update_loan_settings, admin, rules)
    assert messages(exc) == ["Choose a class of the assessment instrument, or none."]
    rules.min_group_class = "B"
    update_loan_settings(admin, rules)
    exc = refusal(applied, actors, group, [(members[0], 500_000)], on=dt.date(2025, 1, 5))
    assert str(exc) == "A group needs class B or better to borrow, and KUBE Melati has not been assessed yet."
    mentor = actors["mentor"]

    def assess(on: dt.date, score: int) -> None:
        scores = {area.id: score for area in instrument().areas}
        record_assessment(mentor, AssessmentForm(group, on, mentor.id, scores, "growing"))

    assess(dt.date(2024, 6, 1), 12)  # 60 of 100: class B
    assess(dt.date(2024, 12, 1), 11)  # 55: class C, the latest
    exc = refusal(applied, actors, group, [(members[0], 500_000)], on=dt.date(2025, 1, 5))
    assert str(exc) == "A group needs class B or better to borrow; KUBE Melati is class C."
    assess(dt.date(2025, 1, 4), 17)  # 85: class A
    applied(actors, group, [(members[0], 500_000)], on=dt.date(2025, 1, 5))


def test_the_class_required_is_the_one_the_group_had_on_the_day_applied(actors, office):
    """Like its age and its arrears, the group's class is read on the application's day: a
    paper application typed in later is judged by the class the group had then."""
    _pool, group, members = office
    admin, mentor = actors["administrator"], actors["mentor"]
    rules = loan_settings()
    rules.min_group_class = "B"
    update_loan_settings(admin, rules)

    def assess(on: dt.date, score: int) -> None:
        scores = {area.id: score for area in instrument().areas}
        record_assessment(mentor, AssessmentForm(group, on, mentor.id, scores, "growing"))

    assess(dt.date(2024, 6, 1), 9)  # 45 of 100: class C
    assess(dt.date(2025, 1, 20), 17)  # 85: class A, after the day applied
    exc = refusal(applied, actors, group, [(members[0], 500_000)], on=dt.date(2025, 1, 5))
    assert str(exc) == "A group needs class B or better to borrow; KUBE Melati is class C."
    exc = refusal(applied, actors, group, [(members[0], 500_000)], on=dt.date(2024, 5, 31))
    assert str(exc) == "A group needs class B or better to borrow, and KUBE Melati has not been assessed yet."
    applied(actors, group, [(members[0], 500_000)], on=dt.date(2025, 1, 20))


def test_payments_go_to_overdue_jasa_then_overdue_principal_then_the_current_installment(actors, office):
    pool, group, members = office
    share = shares_of(disbursed_loan(actors, pool, group, [(members[0], 1_000_000)]))[0]
    treasurer = actors["treasurer"]
    # On 05/04/2025 February and March are overdue (2 x 100.000 + 2 x 10.000); April is current.
    state = loans.state_of(LoanShare.get_by_id(share), dt.date(2025, 4, 5))
    assert (state.overdue_jasa, state.overdue_principal, state.current_jasa,
            state.current_principal, state.due_now) == (20_000, 200_000, 10_000, 100_000, 330_000)
    loans.repay(treasurer, share, dt.date(2025, 4, 5), 15_000)  # overdue jasa only
    loans.repay(treasurer, share, dt.date(2025, 4, 5), 215_000)  # the rest of it, the overdue
    # principal, and April's jasa
    loans.repay(treasurer, share, dt.date(2025, 4, 5), 50_000)  # towards April's principal
    splits = [(p.principal, p.jasa) for p in LoanPayment.select().order_by(LoanPayment.id)]
    assert splits == [(0, 15_000), (200_000, 15_000), (50_000, 0)]
    card = share_card(share, dt.date(2025, 4, 5))
    assert [(r.paid_principal, r.paid_jasa) for r in card.schedule[:4]] == [
        (100_000, 10_000), (100_000, 10_000), (50_000, 10_000), (0, 0)]
    assert card.state.days_overdue == 0 and card.state.installments_overdue == 0


def test_more_than_is_due_is_refused_or_kept_as_credit(actors, office):
    pool, group, members = office
    share = shares_of(disbursed_loan(actors, pool, group, [(members[0], 1_000_000)]))[0]
    treasurer = actors["treasurer"]
    exc = refusal(loans.repay, treasurer, share, FEB, 220_001)
    assert str(exc) == ("Rp110.000 is due now on loan PJ000001 (arrears and the next installment); "
                        "Rp220.001 is more. To settle the whole loan, choose early payoff: Rp1.010.000.")
    assert exc.field == "amount"
    rules = loan_settings()
    rules.overpayment = "credit"
    update_loan_settings(actors["administrator"], rules)
    loans.repay(treasurer, share, FEB, 250_000)  # February, March, and 30.000 towards April
    card = share_card(share, FEB)
    assert [(r.paid_principal, r.paid_jasa) for r in card.schedule[:3]] == [
        (100_000, 10_000), (100_000, 10_000), (20_000, 10_000)]
    # In May (April and May due) only the rest of April and May are owed.
    assert loans.state_of(LoanShare.get_by_id(share), dt.date(2025, 5, 1)).overdue == 80_000
    exc = refusal(loans.repay, treasurer, share, FEB, 1_000_000)
    assert str(exc) == "Only Rp850.000 is left to pay on loan PJ000001; Rp1.000.000 is more than that."


def test_early_payoff_charges_no_later_jasa_and_closes_the_loan(actors, office):
    pool, group, members = office
    loan = disbursed_loan(actors, pool, group, [(members[0], 1_000_000), (members[1], 500_000)])
    first, second = shares_of(loan)
    treasurer = actors["treasurer"]
    loans.repay(treasurer, first, FEB, 110_000)
    # On 20/03/2025 March is overdue and April is current: all 900.000 principal still out,
    # March's and April's jasa; the jasa of May to November is not charged.
    assert loans.payoff_amount(first, dt.date(2025, 3, 20)) == 900_000 + 10_000 + 10_000
    exc = refusal(loans.pay_off, treasurer, first, dt.date(2025, 3, 20), 900_000)
    assert str(exc) == "Paying off loan PJ000001 on 20/03/2025 takes exactly Rp920.000."
    loans.pay_off(treasurer, first, dt.date(2025, 3, 20), 920_000)
    paid = LoanShare.get_by_id(first)
    assert (paid.status, paid.paid_principal, paid.paid_jasa, paid.closed_on) == (
        "paid", 1_000_000, 30_000, dt.date(2025, 3, 20))
    assert loan_detail(loan).status == "active"  # the other share still runs
    exc = refusal(loans.repay, treasurer, first, dt.date(2025, 3, 21), 10_000)
    assert "is no longer running" in str(exc)
    loans.pay_off(treasurer, second, dt.date(2025, 3, 21), loans.payoff_amount(second, dt.date(2025, 3, 21)))
    assert loan_detail(loan).status == "closed"
    figures = capital.pool_figures(pool)[0]
    # The second share's payoff: February's, March's and April's jasa of 5.000 each.
    assert (figures.out, figures.principal_back, figures.jasa_back) == (0, 1_500_000, 30_000 + 15_000)


def test_a_reversal_moves_the_share_and_the_pool_back_and_keeps_both_entries(actors, office):
    pool, group, members = office
    loan = disbursed_loan(actors, pool, group, [(members[0], 1_000_000)])
    share = shares_of(loan)[0]
    treasurer = actors["treasurer"]
    payment = loans.pay_off(treasurer, share, FEB, loans.payoff_amount(share, FEB))
    assert loan_detail(loan).status == "closed"
    available = CapitalPool.get_by_id(pool).available
    assert str(refusal(loans.reverse_payment, treasurer, payment, "")) == "Enter the reason for the reversal."
    reversal = loans.reverse_payment(treasurer, payment, "salah anggota", dt.date(2025, 2, 11))
    back = LoanShare.get_by_id(share)
    assert (back.status, back.paid_principal, back.paid_jasa) == ("active", 0, 0)
    assert loan_detail(loan).status == "active"
    assert CapitalPool.get_by_id(pool).available == available - 1_010_000
    original = PoolEntry.get(PoolEntry.payment == payment)
    assert PoolEntry.get(PoolEntry.payment == reversal).reverses_id == original.id
    card = share_card(share, dt.date(2025, 2, 11))
    assert [(p.kind, p.amount, p.reversed_by) for p in card.payments] == [
        ("payoff", 1_010_000, "KW0000002"), ("reversal", -1_010_000, "")]
    assert card.state.days_overdue == 1
    assert "A reversal cannot itself be reversed" in str(refusal(loans.reverse_payment, treasurer, reversal, "x"))
    assert str(refusal(loans.reverse_payment, treasurer, payment, "x")) == "Receipt KW0000001 has already been reversed."
    assert "cannot be dated before" in str(refusal(loans.reverse_payment, actors["administrator"],
                                                   loans.repay(treasurer, share, MAR, 10_000), "x", FEB))
    assert loans.share_check() == [] and capital.pool_check() == []


def test_the_group_covers_a_member_and_the_member_owes_the_group(actors, office):
    pool, group, members = office
    loan = disbursed_loan(actors, pool, group, [(members[0], 1_000_000), (members[1], 1_000_000)])
    _first, second = shares_of(loan)
    treasurer = actors["treasurer"]
    assert "at most what is due now" in str(refusal(loans.cover_by_group, treasurer, second, MAR, 220_001 + 110_000))
    cover = loans.cover_by_group(treasurer, second, MAR, 220_000, note="tanggung renteng")
    assert LoanPayment.get_by_id(cover).kind == "cover"
    assert loans.state_of(LoanShare.get_by_id(second), dt.date(2025, 3, 11)).overdue == 0
    assert loans.group_debt(members[1]) == 220_000
    # A member who owes the group gets no new loan.
    form = loans.LoanApplication(product_id(), None, [(members[1], 100_000)], 5, "", dt.date(2025, 3, 11))
    exc = refusal(loans.apply_for_loan, actors["secretary"], form)
    assert str(exc) == ("KUBE Melati Anggota 2 still owes the group Rp220.000 for installments it "
                        "covered. No new loan until that is repaid.")
    exc = refusal(loans.repay_group, treasurer, members[1], group, dt.date(2025, 3, 15), 300_000)
    assert str(exc) == "KUBE Melati Anggota 2 owes the group Rp220.000; Rp300.000 is more than that."
    loans.repay_group(treasurer, members[1], group, dt.date(2025, 3, 15), 100_000)
    assert loans.group_debt(members[1], group) == 120_000
    exc = refusal(loans.reverse_payment, treasurer, cover, "salah")
    assert "already paid the group back part of this cover" in str(exc)
    single = disbursed_loan(actors, pool, None, [(members[2], 300_000)], term=3)
    exc = refusal(loans.cover_by_group, treasurer, shares_of(single)[0], MAR, 10_000)
    assert str(exc) == "Only a group loan can be covered by the group."


def test_reversing_a_cover_removes_the_debt(actors, office):
    pool, group, members = office
    share = shares_of(disbursed_loan(actors, pool, group, [(members[0], 1_000_000)]))[0]
    cover = loans.cover_by_group(actors["treasurer"], share, MAR, 110_000)
    loans.reverse_payment(actors["treasurer"], cover, "anggota membayar sendiri", MAR)
    assert loans.group_debt(members[0]) == 0
    assert [e.kind for e in GroupDebtEntry.select().order_by(GroupDebtEntry.id)] == ["cover", "reversal"]


def test_a_write_off_counts_as_lost_and_leaves_the_arrears(actors, office):
    pool, group, members = office
    loan = disbursed_loan(actors, pool, group, [(members[0], 1_000_000)])
    share = shares_of(loan)[0]
    loans.repay(actors["treasurer"], share, FEB, 110_000)
    with pytest.raises(PermissionDenied):
        loans.write_off(actors["treasurer"], share, dt.date(2025, 12, 1), "meninggal")
    assert str(refusal(loans.write_off, actors["chair"], share, dt.date(2025, 12, 1), "")) == \
        "Enter the reason for the write-off."
    loans.write_off(actors["chair"], share, dt.date(2025, 12, 1), "pindah tanpa alamat")
    figures = capital.pool_figures(pool)[0]
    assert (figures.written_off, figures.out, figures.worth) == (900_000, 0, 10_000_000 + 10_000 - 900_000)
    assert (loan_detail(loan).status, LoanShare.get_by_id(share).written_off) == ("closed", 900_000)
    assert loans.arrears_of([members[0]], on=dt.date(2025, 12, 2)) == []
    assert "was written off" in str(refusal(loans.reverse_payment, actors["treasurer"],
                                            LoanPayment.get().id, "x"))


def test_money_cannot_be_paid_before_disbursement_or_in_the_future(actors, office):
    pool, group, members = office
    share = shares_of(disbursed_loan(actors, pool, group, [(members[0], 1_000_000)]))[0]
    treasurer = actors["treasurer"]
    assert str(refusal(loans.repay, treasurer, share, dt.date(2025, 1, 9), 1000)) == \
        "The date is before the loan was disbursed (10/01/2025)."
    assert str(refusal(loans.repay, treasurer, share, dt.date.today() + dt.timedelta(days=1), 1000)) == \
        "The date cannot be in the future."
    assert str(refusal(loans.repay, treasurer, share, FEB, -5)) == "Enter an amount above zero, in whole rupiah."


def test_only_a_member_leaving_pays_from_savings(actors, office):
    pool, group, members = office
    share = shares_of(disbursed_loan(actors, pool, group, [(members[0], 1_000_000), (members[1], 1_000_000)]))[0]
    treasurer = actors["treasurer"]
    # A repayment, a payoff or a cover said to come from savings would bring cash into the
    # books that no savings account gave up.
    for call, amount in ((loans.repay, 110_000), (loans.pay_off, loans.payoff_amount(share, FEB)),
                         (loans.cover_by_group, 110_000)):
        refused = refusal(call, treasurer, share, FEB, amount, "savings")
        assert (refused.field, str(refused)) == ("method", "Choose cash or transfer.")
    assert LoanPayment.select().count() == 0
    loans.repay(treasurer, share, FEB, 110_000, "transfer")
    assert LoanShare.get_by_id(share).paid_principal == 100_000


def test_a_write_off_takes_only_the_principal_seen(actors, office):
    pool, group, members = office
    share = shares_of(disbursed_loan(actors, pool, group, [(members[0], 1_000_000)]))[0]
    # The user saw 1.000.000 out; a payment of 100.000 principal came in since.
    loans.repay(actors["treasurer"], share, FEB, 110_000)
    assert str(refusal(loans.write_off, actors["chair"], share, MAR, "pindah", 1_000_000)) == (
        "Loan PJ000001 of KUBE Melati Anggota 1 changed since it was asked: Rp900.000 of principal is out "
        "now, not Rp1.000.000. Look at the loan again and ask again.")
    assert LoanShare.get_by_id(share).status == "active"
    loans.write_off(actors["chair"], share, MAR, "pindah", 900_000)
    assert capital.pool_figures(pool)[0].written_off == 900_000


def test_the_pool_figures_and_the_rolling_of_the_capital(actors):
    pool = funded_pool(actors, 2_000_000)
    group, members = group_with_members(actors, 2)
    first = disbursed_loan(actors, pool, group, [(members[0], 1_000_000), (members[1], 1_000_000)], term=2)
    for share in shares_of(first):
        loans.pay_off(actors["treasurer"], share, FEB, loans.payoff_amount(share, FEB))
    other, others = group_with_members(actors, 1, "KUBE Mawar")
    second = disbursed_loan(actors, pool, other, [(others[0], 1_000_000)], term=5, on=dt.date(2025, 2, 20))
    roll = capital.rolling(pool)
    assert roll.lent_by_generation == {1: 2_000_000, 2: 1_000_000}
    assert roll.loans_by_generation == {1: 1, 2: 1}
    funded = {f.number: f for f in roll.loans}
    assert funded[loan_detail(second).number].repaid_by == {"KUBE Melati": 1_000_000}
    figures = capital.pool_figures(pool)[0]
    assert (figures.capital, figures.disbursed, figures.principal_back, figures.jasa_back,
            figures.out, figures.available) == (2_000_000, 3_000_000, 2_000_000, 20_000,
                                                1_000_000, 1_020_000)


steps = st.lists(st.tuples(st.sampled_from(["repay", "payoff", "reverse", "cover", "writeoff"]),
                           st.integers(0, 1), st.integers(1, 400_000), st.integers(0, 300)),
                 min_size=1, max_size=14)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=steps)
def test_payments_are_never_unaccounted_and_the_pool_always_balances(actors, plan):
    pool = funded_pool(actors, 5_000_000, name=f"Dana {CapitalPool.select().count() + 1}")
    group, members = group_with_members(actors, 2, f"KUBE {GroupDebtEntry.select().count()}-{LoanPayment.select().count()}-{CapitalPool.select().count()}")
    loan = disbursed_loan(actors, pool, group, [(members[0], 1_000_000), (members[1], 700_000)], term=6)
    shares = shares_of(loan)
    for kind, which, amount, offset in plan:
        on = min(DISBURSED + dt.timedelta(days=1 + offset), dt.date.today())
        share = shares[which]
        try:
            if kind == "repay":
                loans.repay(actors["treasurer"], share, on, amount)
            elif kind == "payoff":
                loans.pay_off(actors["treasurer"], share, on, loans.payoff_amount(share, on))
            elif kind == "cover":
                loans.cover_by_group(actors["treasurer"], share, on, amount)
            elif kind == "writeoff":
                loans.write_off(actors["chair"], share, on, "uji")
            else:
                last = (LoanPayment.select().where((LoanPayment.share == share) & (LoanPayment.kind != "reversal"))
                        .order_by(LoanPayment.id.desc()).first())
                if last:
                    loans.reverse_payment(actors["treasurer"], last.id, "uji", max(on, last.on))
        except DomainError:
            pass
        for sid in shares:
            row = LoanShare.get_by_id(sid)
            paid = [(p.principal, p.jasa, p.amount) for p in LoanPayment.select().where(LoanPayment.share == sid)]
            assert row.paid_principal == sum(p for p, _j, _a in paid)
            assert row.paid_jasa == sum(j for _p, j, _a in paid)
            assert all(p + j == a for p, j, a in paid)
            assert 0 <= row.paid_principal <= row.principal and 0 <= row.paid_jasa <= row.jasa
            assert row.written_off == (row.principal - row.paid_principal if row.status == "written_off" else 0)
        entries = list(PoolEntry.select().where(PoolEntry.pool == pool))
        received = sum(e.cash for e in entries if e.kind == "capital")
        lent_out = -sum(e.cash for e in entries if e.kind == "disbursement")
        repaid = sum(e.cash for e in entries if e.kind in ("repayment", "reversal"))
        fees = sum(e.cash for e in entries if e.kind == "fee")
        written = -sum(e.lent for e in entries if e.kind == "writeoff")
        all_payments = LoanPayment.select().join(LoanShare).where(LoanShare.loan == loan)
        assert repaid == sum(p.amount for p in all_payments)
        available = CapitalPool.get_by_id(pool).available
        assert available == received + fees + repaid - lent_out >= 0
        out = sum(e.lent for e in entries)
        principal_back = sum(p.principal for p in all_payments)
        assert out == lent_out - principal_back - written
        assert available + out == received + fees + sum(p.jasa for p in all_payments) - written
    assert loans.share_check() == [] and capital.pool_check() == []


def test_on_leaving_the_savings_pay_off_the_loans_first(actors, office):
    from db.models import SavingsAccount, SavingsProduct
    from desktop.member_queries import load_member
    from desktop.members import exit_member
    from desktop.savings import deposit

    pool, group, members = office
    treasurer = actors["treasurer"]
    share = shares_of(disbursed_loan(actors, pool, group, [(members[0], 500_000)], term=5))[0]
    sukarela = (SavingsAccount.select().join(SavingsProduct)
                .where((SavingsAccount.member == members[0]) & (SavingsProduct.kind == "sukarela")).get())
    deposit(treasurer, sukarela.id, dt.date(2025, 1, 15), 300_000)
    leaving = dt.date(2025, 3, 1)  # February's installment is overdue, March's is current
    assert loans.debts_on_exit(members[0], leaving) == [(share, "PJ000001", 500_000 + 5_000 + 5_000)]
    exc = refusal(exit_member, treasurer, members[0], leaving, "pindah", load_member(members[0]).form.version)
    assert str(exc) == ("KUBE Melati Anggota 1 still owes Rp510.000 on loans and has Rp300.000 in savings "
                        "to set against it. Collect the rest (or have the chair write it off) before "
                        "recording the exit.")
    assert load_member(members[0]).status == "active"
    deposit(treasurer, sukarela.id, dt.date(2025, 2, 1), 400_000)
    exc = refusal(exit_member, actors["secretary"], members[0], leaving, "pindah", load_member(members[0]).form.version)
    assert "The treasurer does that and records the exit." in str(exc)
    exit_member(treasurer, members[0], leaving, "pindah", load_member(members[0]).form.version)
    settled = LoanShare.get_by_id(share)
    assert (settled.status, settled.paid_principal) == ("paid", 500_000)
    offset = LoanPayment.get(LoanPayment.share == share)
    assert (offset.kind, offset.method, offset.amount) == ("offset", "savings", 510_000)
    assert capital.pool_figures(pool)[0].out == 0


def test_payments_are_reversed_newest_first(actors, office):
    pool, group, members = office
    share = shares_of(disbursed_loan(actors, pool, group, [(members[0], 1_000_000)]))[0]
    treasurer = actors["treasurer"]
    first = loans.repay(treasurer, share, FEB, 110_000)
    loans.pay_off(treasurer, share, dt.date(2025, 2, 20), loans.payoff_amount(share, dt.date(2025, 2, 20)))
    # The payoff waived later jasa on the strength of February's payment: it goes first.
    exc = refusal(loans.reverse_payment, treasurer, first, "salah")
    assert str(exc) == "Receipt KW0000002 was posted after this payment; reverse it first, then this one."


def test_a_payment_cannot_be_dated_before_one_already_posted(actors, office):
    pool, group, members = office
    share = shares_of(disbursed_loan(actors, pool, group, [(members[0], 1_000_000)]))[0]
    loans.repay(actors["treasurer"], share, MAR, 110_000)
    exc = refusal(loans.repay, actors["treasurer"], share, FEB, 110_000)
    assert str(exc) == "A payment on this loan is already posted on 10/03/2025; a new one cannot be dated before it."
    assert exc.field == "date"
    loans.repay(actors["treasurer"], share, MAR, 110_000)  # the same day is fine


def test_only_a_repaid_loan_lifts_the_first_loan_ceiling(actors, office):
    pool, group, members = office
    disbursed_loan(actors, pool, None, [(members[0], 1_000_000)], term=5)
    exc = refusal(applied, actors, None, [(members[0], 2_000_000)], term=5, on=DISBURSED)
    assert "This is KUBE Melati Anggota 1's first loan" in messages(exc)[0]


def test_no_new_loan_for_a_member_whose_loan_was_written_off(actors, office):
    pool, group, members = office
    share = shares_of(disbursed_loan(actors, pool, None, [(members[0], 500_000)], term=5))[0]
    loans.write_off(actors["chair"], share, dt.date(2025, 9, 1), "meninggalkan kota")
    exc = refusal(applied, actors, None, [(members[0], 200_000)], term=5, on=dt.date(2025, 9, 2))
    assert str(exc) == ("KUBE Melati Anggota 1's share of loan PJ000001 was written off as lost; the "
                        "office lends to them no more.")


def test_a_share_too_small_for_its_installments_is_refused(actors, office):
    _pool, group, members = office
    exc = refusal(applied, actors, group, [(members[0], 9_000)])
    assert messages(exc) == ["KUBE Melati Anggota 1 asks for Rp9.000, less than Rp1.000 an installment; check the figures."]


def test_a_backdated_disbursement_cannot_take_the_pool_below_zero_on_an_earlier_day(actors):
    pool = funded_pool(actors, 1_000_000, on=dt.date(2024, 12, 1))
    capital.receive_capital(actors["administrator"], pool, dt.date(2025, 3, 1), 5_000_000)
    group, members = group_with_members(actors, 1)
    loan = applied(actors, group, [(members[0], 1_000_000)], on=dt.date(2025, 1, 3))
    loans.approve_loan(actors["chair"], loan, loan_detail(loan).version, dt.date(2025, 1, 5))
    disbursed = dt.date(2025, 1, 10)
    loans.disburse_loan(actors["treasurer"], loan, loan_detail(loan).version, pool, disbursed)
    other, (lone,) = group_with_members(actors, 1, "KUBE Mawar")
    late = applied(actors, other, [(lone, 500_000)], on=dt.date(2025, 1, 3))
    loans.approve_loan(actors["chair"], late, loan_detail(late).version, dt.date(2025, 1, 5))
    # Today the pool holds 5.000.000, but on 11/01/2025 it held nothing.
    exc = refusal(loans.disburse_loan, actors["treasurer"], late, loan_detail(late).version, pool, dt.date(2025, 1, 11))
    assert str(exc) == "Dana Bergulir Desa has Rp0 available; Rp500.000 is more than that."
    loans.disburse_loan(actors["treasurer"], late, loan_detail(late).version, pool, dt.date(2025, 3, 1))


def test_a_repayment_to_the_group_can_be_reversed_and_a_member_owing_the_group_cannot_leave(actors, office):
    from desktop.member_queries import load_member
    from desktop.members import exit_member

    pool, group, members = office
    share = shares_of(disbursed_loan(actors, pool, group, [(members[0], 1_000_000)], term=2))[0]
    treasurer = actors["treasurer"]
    loans.cover_by_group(treasurer, share, MAR, 1_010_000)
    loans.repay_group(treasurer, members[0], group, dt.date(2025, 3, 15), 500_000)
    ((entry, on, amount, _note),) = loans.group_repayments(members[0])
    assert (on, amount) == (dt.date(2025, 3, 15), 500_000)
    assert str(refusal(loans.reverse_group_repayment, treasurer, entry, "")) == "Enter the reason for the reversal."
    loans.reverse_group_repayment(treasurer, entry, "salah anggota")
    assert loans.group_debt(members[0]) == 1_010_000 and loans.group_repayments(members[0]) == []
    assert "already been reversed" in str(refusal(loans.reverse_group_repayment, treasurer, entry, "x"))
    exc = refusal(exit_member, treasurer, members[0], dt.date(2025, 4, 1), "pindah", load_member(members[0]).form.version)
    assert str(exc) == ("KUBE Melati Anggota 1 still owes the group Rp1.010.000 for installments it covered. "
                        "Record the member paying the group back before the exit.")


def test_a_reversed_repayment_takes_its_money_back_out_of_the_rolling(actors):
    pool = funded_pool(actors, 1_000_000)
    group, members = group_with_members(actors, 1)
    share = shares_of(disbursed_loan(actors, pool, group, [(members[0], 1_000_000)], term=2))[0]
    payment = loans.pay_off(actors["treasurer"], share, FEB, loans.payoff_amount(share, FEB))
    loans.reverse_payment(actors["treasurer"], payment, "cek kosong", FEB)
    capital.receive_capital(actors["administrator"], pool, dt.date(2025, 2, 15), 600_000)
    other, (lone,) = group_with_members(actors, 1, "KUBE Mawar")
    disbursed_loan(actors, pool, other, [(lone, 500_000)], term=5, on=dt.date(2025, 2, 20))
    roll = capital.rolling(pool)
    # The second loan is lent from new capital, not from a repayment that was taken back.
    assert roll.lent_by_generation == {1: 1_500_000}
    assert sum(roll.lent_by_generation.values()) == capital.pool_figures(pool)[0].disbursed


def test_a_product_tightened_after_the_application_does_not_block_it(actors, office):
    from desktop.loan_products import load_loan_product, update_loan_product

    pool, group, members = office
    loan = applied(actors, group, [(members[0], 900_000)], term=12)
    form = load_loan_product(product_id())
    form.max_term, form.term, form.first_loan_max = 10, 10, 500_000
    update_loan_product(actors["administrator"], product_id(), form)
    loans.approve_loan(actors["chair"], loan, loan_detail(loan).version, dt.date(2025, 1, 5))
    loans.disburse_loan(actors["treasurer"], loan, loan_detail(loan).version, pool, DISBURSED)
    assert len(share_card(shares_of(loan)[0]).schedule) == 12


def test_searching_a_members_name_finds_her_group_loan(actors, office):
    from desktop.loan_queries import list_loans

    pool, group, members = office
    disbursed_loan(actors, pool, group, [(members[1], 500_000)])
    assert [r.borrower for r in list_loans(text="Anggota 2")] == ["KUBE Melati"]
    assert list_loans(text="Anggota 3") == []

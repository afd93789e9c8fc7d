"""The cash book: every money movement read from where it was posted (savings, loans, the
pools' capital and disbursements, the office's own entries), cash apart from transfers, a loan
payment never counted twice, the drawer never below zero, reversals, and the daily count."""

from __future__ import annotations

import datetime as dt

import pytest

from db.models import CashCount, CashEntry, PoolEntry, SavingsAccount, SavingsProduct
from desktop import approvals, cashbook, loans
from desktop.approvals import ApprovalRequested
from desktop.cashbook import (
    cash_book,
    list_cash_counts,
    monthly_figures,
    post_cash_entry,
    record_cash_count,
    reverse_cash_entry,
)
from desktop.errors import DomainError, PermissionDenied
from desktop.members import exit_member
from desktop.month_close import close_month
from desktop.savings import deposit, withdraw
from tests.desktop.helpers import new_group, new_member
from tests.desktop.loan_helpers import disbursed_loan, funded_pool, shares_of

MON, TUE, WED = dt.date(2025, 3, 3), dt.date(2025, 3, 4), dt.date(2025, 3, 5)


def account(member: int, kind: str) -> int:
    return (SavingsAccount.select(SavingsAccount.id).join(SavingsProduct)
            .where((SavingsAccount.member == member) & (SavingsProduct.kind == kind)).scalar())


def refusal(call, *args, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as caught:
        call(*args, **kwargs)
    return caught.value


@pytest.fixture
def siti(actors):
    return new_member(actors["secretary"], new_group(actors["secretary"]), "Siti Aminah")


@pytest.fixture
def week(actors, siti):
    """Three days of the office: the opening balance, Siti's savings, an expense, cash to the
    bank. Cash and transfers are written down in the test that reads them."""
    bendahara = actors["treasurer"]
    post_cash_entry(bendahara, MON, "opening", 1_000_000, "uang di laci saat mulai")
    deposit(bendahara, account(siti, "wajib"), MON, 20_000)
    deposit(bendahara, account(siti, "sukarela"), MON, 250_000)
    deposit(bendahara, account(siti, "sukarela"), MON, 100_000, "transfer")
    post_cash_entry(bendahara, TUE, "expense", 75_000, "Kertas dan tinta printer")
    withdraw(bendahara, account(siti, "sukarela"), TUE, 50_000)
    post_cash_entry(bendahara, WED, "to_bank", 900_000, "slip setoran 0012")
    return siti


def test_the_book_reads_savings_and_the_offices_entries_with_a_running_balance(week):
    book = cash_book(MON, WED)
    # Nothing before Monday: 0 brought forward, and the opening balance of 1.000.000 entered
    # on Monday makes the book's opening (it is no money received).
    # Mon: opening 1.000.000 -> 1.000.000; wajib 20.000 -> 1.020.000; sukarela 250.000 -> 1.270.000
    #      (the 100.000 by transfer is the bank's).
    # Tue: expense 75.000 and a withdrawal of 50.000 -> 1.145.000.
    # Wed: 900.000 taken to the bank -> 245.000.
    assert (book.brought_forward, book.opening) == (0, 1_000_000)
    monday = [(x.reference, x.amount, x.balance) for x in book.lines if x.on == MON]
    assert monday == [("BK0000001", 1_000_000, 1_000_000), ("KW0000001", 20_000, 1_020_000),
                      ("KW0000002", 250_000, 1_270_000)]
    tuesday = sorted((x.reference, x.amount) for x in book.lines if x.on == TUE)
    assert tuesday == [("BK0000002", -75_000), ("KW0000004", -50_000)]
    assert [(x.reference, x.amount, x.balance) for x in book.lines if x.on == WED] == [
        ("BK0000003", -900_000, 245_000)]
    assert [(d.on, d.opening, d.money_in, d.money_out, d.closing) for d in book.days] == [
        (MON, 1_000_000, 270_000, 0, 1_270_000),
        (TUE, 1_270_000, 0, 125_000, 1_145_000),
        (WED, 1_145_000, 0, 900_000, 245_000)]
    assert [x.opens for x in book.lines] == [True] + [False] * (len(book.lines) - 1)
    # In 20.000 + 250.000 = 270.000, out 75.000 + 50.000 + 900.000 = 1.025.000; closing
    # 1.000.000 + 270.000 - 1.025.000 = 245.000.
    assert (book.money_in, book.money_out, book.closing) == (270_000, 1_025_000, 245_000)
    wajib = book.lines[1]
    assert (wajib.source, wajib.kind, wajib.name, wajib.detail) == ("savings", "deposit", "Siti Aminah", "Simpanan Wajib")
    assert wajib.number and wajib.group == "KUBE Melati"
    assert cashbook.balance_at_end(TUE) == 1_145_000 and cashbook.opening_balance(TUE) == 1_270_000


def test_transfers_and_cash_taken_to_the_bank_make_the_bank_view(week):
    bank = cash_book(MON, WED, "bank")
    # The sukarela paid by transfer 100.000, then the 900.000 the treasurer took there.
    assert [(x.reference, x.amount, x.balance) for x in bank.lines] == [
        ("KW0000003", 100_000, 100_000), ("BK0000003", 900_000, 1_000_000)]
    assert bank.closing == 1_000_000
    later = cash_book(TUE, WED)
    assert (later.opening, later.closing) == (1_270_000, 245_000)


def test_a_day_and_a_year_summed(week, actors):
    post_cash_entry(actors["treasurer"], dt.date(2025, 4, 2), "income", 15_000, "Penjualan map anggota")
    # Daily: the same three days as the book.
    assert [(d.on, d.closing) for d in cashbook.daily_figures(MON, WED)] == [
        (MON, 1_270_000), (TUE, 1_145_000), (WED, 245_000)]
    months = monthly_figures(2025)
    # March opens with the 1.000.000 entered as the opening balance: 1.000.000 + 270.000
    # - 1.025.000 = 245.000; April: 245.000 + 15.000 = 260.000.
    march, april, may = months[2], months[3], months[4]
    assert (march.opening, march.money_in, march.money_out, march.closing) == (1_000_000, 270_000, 1_025_000, 245_000)
    assert (april.opening, april.money_in, april.money_out, april.closing) == (245_000, 15_000, 0, 260_000)
    assert (may.opening, may.closing) == (260_000, 260_000)
    assert months[0].closing == 0 and len(months) == 12


def test_loan_money_is_counted_once_and_transfers_go_to_the_bank(actors, siti):
    bendahara = actors["treasurer"]
    pool = funded_pool(actors, 2_000_000, on=MON)
    # Pinjaman Usaha: 500.000 over 12 months, declining 1.5 %, admin fee 1 % = 5.000.
    loan = disbursed_loan(actors, pool, None, [(siti, 500_000)], 12, "PU", dt.date(2025, 3, 10))
    share = shares_of(loan)[0]
    # The first installment: principal 500.000 / 12 = 41.666 and jasa 1.5 % of 500.000 = 7.500.
    paid = loans.repay(bendahara, share, dt.date(2025, 3, 17), 49_166)
    loans.reverse_payment(bendahara, paid, "salah kartu", dt.date(2025, 3, 18))
    loans.repay(bendahara, share, dt.date(2025, 3, 19), 49_166, "transfer")
    # The pool mirrors each of the three payments with an entry of its own.
    assert PoolEntry.select().where(PoolEntry.payment.is_null(False)).count() == 3
    book = cash_book(MON, dt.date(2025, 3, 31))
    # 03/03 capital 2.000.000; 10/03 lent 500.000, fee 5.000 -> 1.505.000;
    # 17/03 +49.166 -> 1.554.166; 18/03 its reversal -49.166 -> 1.505.000; 19/03 by transfer.
    assert [(x.on.day, x.source, x.kind, x.amount, x.balance) for x in book.lines] == [
        (3, "pool", "capital", 2_000_000, 2_000_000),
        (10, "pool", "disbursement", -500_000, 1_500_000),
        (10, "pool", "fee", 5_000, 1_505_000),
        (17, "loan", "repayment", 49_166, 1_554_166),
        (18, "loan", "reversal", -49_166, 1_505_000)]
    lent, repaid = book.lines[1], book.lines[3]
    assert (lent.reference, lent.name, lent.detail) == ("PJ000001", "Siti Aminah", "Dana Bergulir Desa")
    assert (repaid.detail, repaid.name, repaid.reversed_by) == ("PJ000001", "Siti Aminah", book.lines[4].reference)
    bank = cash_book(MON, dt.date(2025, 3, 31), "bank")
    assert [(x.source, x.amount) for x in bank.lines] == [("loan", 49_166)]


def test_savings_set_against_a_loan_on_leaving_leave_the_book_at_what_was_handed_over(actors, siti):
    bendahara = actors["treasurer"]
    pool = funded_pool(actors, 1_000_000, on=MON)
    deposit(bendahara, account(siti, "pokok"), MON, 100_000)
    deposit(bendahara, account(siti, "sukarela"), MON, 600_000)
    disbursed_loan(actors, pool, None, [(siti, 500_000)], on=dt.date(2025, 3, 10))
    leaving = dt.date(2025, 3, 20)
    exit_member(bendahara, siti, leaving, "pindah kota", 1)
    day = [x for x in cash_book(leaving, leaving).lines]
    # Paid out 100.000 + 600.000; the loan's payoff (principal 500.000 and this month's jasa
    # 5.000) is set against it: she took 700.000 - 505.000 = 195.000 home.
    assert sorted((x.source, x.kind, x.amount) for x in day) == [
        ("loan", "offset", 505_000), ("savings", "payout", -600_000), ("savings", "payout", -100_000)]
    # Before: 1.000.000 capital + 700.000 savings - 500.000 lent = 1.200.000; after: 1.005.000.
    assert cashbook.balance_at_end(leaving) == 1_200_000 - 195_000
    assert cash_book(leaving, leaving, "bank").lines == []


def test_the_groups_cover_counts_and_the_member_paying_the_group_back_does_not(actors):
    bendahara = actors["treasurer"]
    group = new_group(actors["secretary"])
    ani = new_member(actors["secretary"], group, "Ani Lestari")
    budi = new_member(actors["secretary"], group, "Budi Santoso", sex="L")
    pool = funded_pool(actors, 1_000_000, on=MON)
    loan = disbursed_loan(actors, pool, group, [(ani, 500_000), (budi, 500_000)], on=dt.date(2025, 3, 10))
    # Budi's first installment, 50.000 + 5.000, falls due on 10/04; the group pays it.
    covered = loans.cover_by_group(bendahara, shares_of(loan)[1], dt.date(2025, 4, 10), 55_000)
    loans.repay_group(bendahara, budi, group, dt.date(2025, 4, 15), 55_000)
    book = cash_book(dt.date(2025, 4, 1), dt.date(2025, 4, 30))
    assert [(x.source, x.entry_id, x.amount, x.name, x.group) for x in book.lines] == [
        ("loan", covered, 55_000, "Budi Santoso", "KUBE Melati")]
    # 1.000.000 - 1.000.000 lent + 55.000 from the group: the repayment to the group is theirs.
    assert book.closing == 55_000


def test_cash_may_not_go_below_zero_on_any_day(actors, siti):
    bendahara = actors["treasurer"]
    post_cash_entry(bendahara, MON, "opening", 500_000)
    exc = refusal(post_cash_entry, bendahara, MON, "expense", 600_000, "sewa tenda")
    assert str(exc) == "On 03/03/2025 and after, the cash holds at least Rp500.000; Rp600.000 is more than that."
    assert exc.field == "amount"
    deposit(bendahara, account(siti, "sukarela"), TUE, 300_000)  # 800.000 from Tuesday
    withdraw(bendahara, account(siti, "sukarela"), dt.date(2025, 3, 6), 300_000)  # 500.000 from Thursday
    # On Wednesday the drawer holds 800.000, but taking 600.000 away leaves Thursday at -100.000.
    exc = refusal(post_cash_entry, bendahara, WED, "to_bank", 600_000)
    assert str(exc) == "On 05/03/2025 and after, the cash holds at least Rp500.000; Rp600.000 is more than that."
    post_cash_entry(bendahara, WED, "to_bank", 500_000)  # exactly what every later day can spare
    assert cashbook.lowest_balance_from(WED) == 0
    # Taking the opening balance back would take money the drawer no longer has.
    exc = refusal(reverse_cash_entry, bendahara, 1, "salah tanggal", dt.date(2025, 3, 7))
    assert str(exc) == "On 07/03/2025 and after, the cash holds at least Rp0; Rp500.000 is more than that."
    assert exc.field == "date"
    assert CashEntry.select().count() == 2


def test_the_rules_of_a_cash_entry(actors, siti):
    bendahara = actors["treasurer"]
    assert str(refusal(post_cash_entry, bendahara, MON, "gift", 1_000)) == "Choose what kind of cash entry this is."
    assert "above zero" in str(refusal(post_cash_entry, bendahara, MON, "income", 0, "x"))
    assert "future" in str(refusal(post_cash_entry, bendahara, dt.date.today() + dt.timedelta(days=1), "income", 1_000, "x"))
    assert refusal(post_cash_entry, bendahara, MON, "income", 1_000, "  ").field == "note"
    with pytest.raises(PermissionDenied):
        post_cash_entry(actors["secretary"], MON, "income", 1_000, "sumbangan")
    with pytest.raises(PermissionDenied):
        record_cash_count(actors["chair"], MON, 0)
    # The refusals took no voucher number.
    post_cash_entry(bendahara, MON, "income", 1_000, "sumbangan warga")
    assert CashEntry.get_by_id(1).receipt_number == "BK0000001"


def test_the_bank_book_opens_with_what_the_account_held(actors, siti):
    bendahara = actors["treasurer"]
    post_cash_entry(bendahara, MON, "opening", 500_000, "uang di laci")
    # Cash fetched from a bank book that holds nothing is refused, saying what to do.
    exc = refusal(post_cash_entry, bendahara, TUE, "from_bank", 300_000, "cek 100200")
    assert str(exc) == ("On 04/03/2025 and after, the bank book holds at least Rp0; Rp300.000 is more than "
                        "that. If the account held money before the books began, enter the bank's opening "
                        "balance first.")
    assert exc.field == "amount"
    exc = refusal(post_cash_entry, bendahara, TUE, "bank_opening", 2_000_000)
    assert str(exc) == ("The bank's opening balance is what the account held before the first money in the "
                        "books; date it on or before 03/03/2025.")
    opened = post_cash_entry(bendahara, MON, "bank_opening", 2_000_000, "saldo buku tabungan 28/02/2025")
    exc = refusal(post_cash_entry, bendahara, MON, "bank_opening", 1_000)
    assert str(exc) == "The bank's opening balance was entered on 03/03/2025 as BK0000002; reverse it first to enter another."
    post_cash_entry(bendahara, TUE, "from_bank", 300_000, "cek 100200")
    deposit(bendahara, account(siti, "sukarela"), TUE, 100_000, "transfer")
    # The bank: 2.000.000 it held, then 300.000 fetched and 100.000 paid in by transfer:
    # 1.800.000. What it held is its opening, not money in.
    bank = cash_book(MON, WED, "bank")
    assert [(x.kind, x.amount, x.balance, x.opens) for x in bank.lines] == [
        ("bank_opening", 2_000_000, 2_000_000, True), ("from_bank", -300_000, 1_700_000, False),
        ("deposit", 100_000, 1_800_000, False)]
    assert (bank.brought_forward, bank.opening, bank.money_in, bank.money_out, bank.closing) == (
        0, 2_000_000, 100_000, 300_000, 1_800_000)
    assert bank.starts_with_opening
    # The drawer: its own opening of 500.000, and 300.000 fetched: 800.000; the bank's
    # opening is no cash.
    book = cash_book(MON, WED)
    assert [(x.kind, x.amount) for x in book.lines] == [("opening", 500_000), ("from_bank", 300_000)]
    assert (book.opening, book.money_in, book.closing) == (500_000, 300_000, 800_000)
    march = monthly_figures(2025, "bank")[2]
    assert (march.opening, march.money_in, march.money_out, march.closing) == (2_000_000, 100_000, 300_000, 1_800_000)
    # Taking the bank's opening back would take the money fetched from it.
    exc = refusal(reverse_cash_entry, bendahara, opened, "salah saldo", WED)
    assert str(exc) == "On 05/03/2025 and after, the bank book holds at least Rp1.800.000; Rp2.000.000 is more than that."
    assert exc.field == "date"


def test_one_opening_balance_before_the_first_money(actors, siti):
    bendahara = actors["treasurer"]
    deposit(bendahara, account(siti, "wajib"), TUE, 20_000)
    exc = refusal(post_cash_entry, bendahara, WED, "opening", 300_000)
    assert str(exc) == ("The opening balance is the cash held before the first money in the books; "
                        "date it on or before 04/03/2025.")
    first = post_cash_entry(bendahara, MON, "opening", 300_000)
    exc = refusal(post_cash_entry, bendahara, MON, "opening", 350_000)
    assert str(exc) == "The opening balance was entered on 03/03/2025 as BK0000001; reverse it first to enter another."
    reverse_cash_entry(bendahara, first, "salah hitung", MON)
    post_cash_entry(bendahara, MON, "opening", 350_000)
    # 300.000 - 300.000 + 350.000 + 20.000 wajib.
    assert cashbook.balance_at_end(TUE) == 370_000


def test_a_reversal_cancels_an_entry_once_and_both_stay(actors, week):
    bendahara = actors["treasurer"]
    expense = CashEntry.get(CashEntry.kind == "expense")
    assert "reason" in str(refusal(reverse_cash_entry, bendahara, expense.id, " "))
    exc = refusal(reverse_cash_entry, bendahara, expense.id, "dobel", MON)
    assert str(exc) == "A reversal cannot be dated before the entry it cancels (04/03/2025)."
    reversal = reverse_cash_entry(bendahara, expense.id, "dicatat dua kali", WED)
    assert str(refusal(reverse_cash_entry, bendahara, expense.id, "lagi")) == "Receipt BK0000002 has already been reversed."
    assert "cannot itself be reversed" in str(refusal(reverse_cash_entry, bendahara, reversal, "x"))
    book = cash_book(MON, WED)
    cancelled = next(x for x in book.lines if x.reference == "BK0000002")
    back = next(x for x in book.lines if x.entry_id == reversal and x.source == "cash")
    assert (cancelled.reversed_by, back.reference, back.amount, back.detail, back.note) == (
        "BK0000004", "BK0000004", 75_000, "expense", "BK0000002: dicatat dua kali")
    assert book.closing == 245_000 + 75_000


def test_a_marked_reversal_waits_for_approval(actors, week):
    approvals.set_required_actions(actors["administrator"], {"cash.reverse"})
    expense = CashEntry.get(CashEntry.kind == "expense")
    with pytest.raises(ApprovalRequested) as asked:
        reverse_cash_entry(actors["treasurer"], expense.id, "dicatat dua kali", WED)
    assert CashEntry.select().count() == 3
    request = approvals.ApprovalRequest.get_by_id(asked.value.request_id)
    assert "BK0000002" in request.summary and "dicatat dua kali" in request.summary
    reversal = approvals.approve(actors["chair"], request.id, request.version)
    assert CashEntry.get_by_id(reversal).user_id == actors["treasurer"].id
    assert cashbook.balance_at_end(WED) == 320_000


def test_the_days_count_by_notes_and_coins_or_as_a_total(actors, week):
    bendahara = actors["treasurer"]
    # The book says 245.000 at the end of Wednesday. Counted: 2 x 100.000 + 2 x 20.000
    # + 3 x 1.000 + 2 x 500 = 200.000 + 40.000 + 3.000 + 1.000 = 244.000, so 1.000 short.
    first = record_cash_count(bendahara, WED, None, {100_000: 2, 20_000: 2, 1_000: 3, 500: 2, 200: 0},
                              "uang receh kurang")
    row = CashCount.get_by_id(first)
    assert (row.counted, row.expected, row.difference) == (244_000, 245_000, -1_000)
    # Counted again as a total: the first count stays as it was.
    again = record_cash_count(bendahara, WED, 245_000, None, "hitung ulang, seribu terselip")
    counts = list_cash_counts()
    assert [(c.id, c.counted, c.difference, c.recount) for c in counts] == [
        (again, 245_000, 0, True), (first, 244_000, -1_000, False)]
    assert counts[1].denominations == {100_000: 2, 20_000: 2, 1_000: 3, 500: 2}
    assert counts[1].user == "Bambang Hartono"
    # What the book said when counted is kept, whatever is posted for the day afterwards.
    post_cash_entry(bendahara, WED, "income", 10_000, "denda terlambat rapat")
    assert CashCount.get_by_id(first).expected == 245_000
    assert record_cash_count(bendahara, TUE, 1_145_000) and list_cash_counts(TUE, TUE)[0].difference == 0


def test_a_count_is_held_against_the_book_of_its_day_as_it_stands_now(actors, week):
    bendahara = actors["treasurer"]
    # The book says 245.000 at the end of Wednesday, and the drawer holds as much.
    first = record_cash_count(bendahara, WED, 245_000)
    assert list_cash_counts(WED, WED)[0].difference == 0
    # After the count a deposit of 50.000 is posted on Wednesday, and one of 20.000 back-dated
    # to Tuesday: the book now says 245.000 + 50.000 + 20.000 = 315.000 at the end of
    # Wednesday, and the drawer counted is 70.000 short of it. When counted, it matched.
    deposit(bendahara, account(week, "sukarela"), WED, 50_000)
    deposit(bendahara, account(week, "sukarela"), TUE, 20_000)
    (count,) = list_cash_counts(WED, WED)
    assert (count.counted, count.expected, count.difference) == (245_000, 315_000, -70_000)
    assert (count.expected_then, count.difference_then, count.book_changed) == (245_000, 0, True)
    row = CashCount.get_by_id(first)  # what the book said when counted is kept as it was
    assert (row.expected, row.difference) == (245_000, 0)
    # Tuesday counted at 1.145.000 + 20.000 = 1.165.000, as the book then said; 5.000 more
    # posted on Tuesday afterwards makes it 1.170.000, and Wednesday 320.000.
    record_cash_count(bendahara, TUE, 1_165_000)
    deposit(bendahara, account(week, "sukarela"), TUE, 5_000)
    tuesday, wednesday = reversed(list_cash_counts(TUE, WED))
    assert (tuesday.expected, tuesday.difference, tuesday.expected_then, tuesday.difference_then) == (
        1_170_000, -5_000, 1_165_000, 0)
    assert (wednesday.expected, wednesday.difference) == (320_000, -75_000)
    # On paper, under the day's total of 320.000, the count does not say it matches.
    from desktop.documents.cash_book import cash_book_paper, count_words

    paper = cash_book_paper(MON, WED)
    assert paper.book.closing == 320_000
    assert count_words(paper.counts[-1]) == (
        "Kas dihitung Rp245.000, selisih kurang Rp75.000 (buku berubah sesudah dihitung; "
        "saat dihitung saldo buku Rp245.000, cocok)")


def test_a_count_that_cannot_be_right_is_refused(actors, week):
    bendahara = actors["treasurer"]
    assert str(refusal(record_cash_count, bendahara, WED, None, {})) == \
        "Enter the cash counted: by notes and coins, or as a total."
    assert str(refusal(record_cash_count, bendahara, WED, 250_000, {100_000: 2})) == \
        "The notes and coins come to Rp200.000, not Rp250.000."
    assert str(refusal(record_cash_count, bendahara, WED, None, {25_000: 1})) == "There is no note or coin of Rp25.000."
    assert str(refusal(record_cash_count, bendahara, WED, None, {1_000: -1})) == \
        "Enter how many notes or coins of Rp1.000: a whole number from 0 to 1.000.000."
    assert str(refusal(record_cash_count, bendahara, WED, -5)) == \
        "Enter the cash counted in whole rupiah, from Rp0 up to Rp10.000.000.000."
    assert "future" in str(refusal(record_cash_count, bendahara, dt.date.today() + dt.timedelta(days=1), 0))
    assert CashCount.select().count() == 0


def test_the_balance_after_a_closed_month_starts_from_its_stored_figures(actors, week):
    post_cash_entry(actors["treasurer"], dt.date(2025, 4, 7), "expense", 45_000, "Listrik kantor")
    before = [cashbook.opening_balance(dt.date(2025, 4, 8), view) for view in ("cash", "bank")]
    close_month(actors["treasurer"], 2025, 3)
    # 245.000 - 45.000 in cash; 1.000.000 in the bank: the same, read from March's close.
    assert before == [200_000, 1_000_000]
    assert [cashbook.opening_balance(dt.date(2025, 4, 8), view) for view in ("cash", "bank")] == before
    assert cash_book(dt.date(2025, 4, 1), dt.date(2025, 4, 30)).opening == 245_000


def test_the_demo_fills_the_cash_book_of_small_books(actors):
    """The demo's cash on four months of a small office: an opening balance on the first day
    with money, costs every month, cash taken to the bank when the drawer grows, no day below
    zero, most days counted, and the months closed up to the month before last."""
    import random

    from db.models import CashCount, MonthClose
    from desktop.demo_cash import CEILING, add_cash_office
    from desktop.periods import closed_through

    today = dt.date.today()
    start = (today.replace(day=1) - dt.timedelta(days=100)).replace(day=1)
    group = new_group(actors["secretary"])
    members = [new_member(actors["secretary"], group, f"Anggota {i}") for i in range(3)]
    day = start + dt.timedelta(days=(7 - start.weekday()) % 7)  # the first Monday
    while day <= today:
        for member in members:
            deposit(actors["treasurer"], account(member, "sukarela"), day, 1_500_000)
        day += dt.timedelta(days=7)
    withdraw(actors["treasurer"], account(members[0], "sukarela"), today - dt.timedelta(days=3), 500_000)
    add_cash_office(actors["administrator"], actors["treasurer"], today, random.Random(7))

    first = cashbook.first_day()
    opening = CashEntry.get(CashEntry.kind == "opening")
    assert (opening.on, opening.user_id) == (first, actors["administrator"].id)
    days = cashbook.daily_figures(first, today)
    assert min(d.closing for d in days) >= 0
    assert max(d.closing for d in days) <= CEILING + 4_500_000  # the surplus went to the bank
    kinds = [kind for (kind,) in CashEntry.select(CashEntry.kind).tuples()]
    assert kinds.count("to_bank") >= 3 and kinds.count("expense") >= 3 * 3
    # The vouchers follow the dates.
    numbered = list(CashEntry.select(CashEntry.on).order_by(CashEntry.receipt_number).tuples())
    assert numbered == sorted(numbered)
    counted = {c.on for c in list_cash_counts()}
    office_days = [d.on for d in days if d.on.weekday() != 6]
    assert len(counted) >= len(office_days) * 0.6 and counted <= set(office_days)
    off = [c for c in list_cash_counts() if c.difference]
    assert sorted(c.difference for c in off) == [-10_000, -5_000]
    recount = next(c for c in list_cash_counts() if c.recount)
    assert recount.on == next(c.on for c in off if c.difference == -10_000) and recount.difference == 0
    assert CashCount.select().where(CashCount.on > today).count() == 0
    month_before_last = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1) - dt.timedelta(days=1)
    assert closed_through() == month_before_last
    months = (month_before_last.year - first.year) * 12 + month_before_last.month - first.month + 1
    assert MonthClose.select().count() == months

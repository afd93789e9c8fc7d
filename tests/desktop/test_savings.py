"""Savings: every rule refused with its message, reversals, receipts without gaps, and the
ledger's balances checked against random sequences of postings."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.models import SavingsAccount, SavingsEntry
from desktop.errors import DomainError, PermissionDenied
from desktop.member_queries import load_member
from desktop.members import exit_member
from desktop.savings import amounts_owed, balance_check, deposit, reverse_entry, withdraw
from tests.desktop.helpers import new_group, new_member

DAY = dt.date(2025, 3, 10)


def accounts_of(member_id):
    query = SavingsAccount.select().where(SavingsAccount.member == member_id)
    return {a.product.kind: a.id for a in query}


def balance(account_id):
    return SavingsAccount.get_by_id(account_id).balance


@pytest.fixture
def member(actors):
    group = new_group(actors["secretary"])
    member_id = new_member(actors["secretary"], group, "Siti Aminah")
    return member_id, accounts_of(member_id)


def test_a_new_member_gets_an_account_in_every_product(member):
    _member_id, accounts = member
    assert set(accounts) == {"pokok", "wajib", "sukarela"}
    assert all(balance(a) == 0 for a in accounts.values())


def test_deposits_and_withdrawals_move_the_balance(actors, member):
    bendahara = actors["treasurer"]
    _member_id, acc = member
    deposit(bendahara, acc["sukarela"], DAY, 250_000, "cash", "setoran awal")
    withdraw(bendahara, acc["sukarela"], DAY, 100_000, "transfer")
    deposit(bendahara, acc["pokok"], DAY, 100_000)
    deposit(bendahara, acc["wajib"], DAY, 20_000)
    assert (balance(acc["sukarela"]), balance(acc["pokok"]), balance(acc["wajib"])) == (150_000, 100_000, 20_000)
    assert balance_check() == []


@pytest.mark.parametrize(("amount", "on", "method", "message"), [
    (0, DAY, "cash", "above zero"),
    (-5_000, DAY, "cash", "above zero"),
    (1.5, DAY, "cash", "above zero"),
    (10, dt.date.today() + dt.timedelta(days=1), "cash", "future"),
    (10, dt.date(2020, 12, 31), "cash", "before Siti Aminah joined"),
    (10, DAY, "cheque", "cash or transfer"),
])
def test_bad_postings_are_refused_with_their_message(actors, member, amount, on, method, message):
    _member_id, acc = member
    with pytest.raises(DomainError, match=message):
        deposit(actors["treasurer"], acc["sukarela"], on, amount, method)
    assert SavingsEntry.select().count() == 0


def test_withdrawals_above_the_balance_or_from_pokok_and_wajib_are_refused(actors, member):
    bendahara = actors["treasurer"]
    _member_id, acc = member
    deposit(bendahara, acc["sukarela"], DAY, 50_000)
    deposit(bendahara, acc["wajib"], DAY, 20_000)
    with pytest.raises(DomainError, match="The balance of Simpanan Sukarela is Rp50.000; Rp50.001 is more"):
        withdraw(bendahara, acc["sukarela"], DAY, 50_001)
    with pytest.raises(DomainError, match="Simpanan Wajib cannot be withdrawn while Siti Aminah is a member"):
        withdraw(bendahara, acc["wajib"], DAY, 1_000)
    with pytest.raises(DomainError, match="Simpanan Pokok cannot be withdrawn"):
        withdraw(bendahara, acc["pokok"], DAY, 1_000)
    with pytest.raises(DomainError, match="at most Rp100.000 more"):
        deposit(bendahara, acc["pokok"], DAY, 100_001)
    assert (balance(acc["sukarela"]), balance(acc["wajib"])) == (50_000, 20_000)


def test_only_the_treasurer_and_administrator_post_money(actors, member):
    _member_id, acc = member
    for role in ("secretary", "mentor", "chair"):
        with pytest.raises(PermissionDenied):
            deposit(actors[role], acc["sukarela"], DAY, 10_000)
    deposit(actors["administrator"], acc["sukarela"], DAY, 10_000)


def test_receipt_numbers_have_no_gaps_even_after_refused_postings(actors, member):
    bendahara = actors["treasurer"]
    _member_id, acc = member
    deposit(bendahara, acc["sukarela"], DAY, 10_000)
    with pytest.raises(DomainError):
        withdraw(bendahara, acc["sukarela"], DAY, 99_000)
    deposit(bendahara, acc["wajib"], DAY, 20_000)
    entry = deposit(bendahara, acc["sukarela"], DAY, 5_000)
    reverse_entry(bendahara, entry, "salah ketik")
    numbers = [e.receipt_number for e in SavingsEntry.select().order_by(SavingsEntry.id)]
    assert numbers == ["KW0000001", "KW0000002", "KW0000003", "KW0000004"]


def test_a_reversal_cancels_an_entry_and_both_stay_visible(actors, member):
    bendahara = actors["treasurer"]
    _member_id, acc = member
    first = deposit(bendahara, acc["sukarela"], DAY, 75_000)
    cancel = reverse_entry(bendahara, first, "Jumlah salah, seharusnya 57.000")
    assert balance(acc["sukarela"]) == 0
    reversal = SavingsEntry.get_by_id(cancel)
    assert (reversal.kind, reversal.amount, reversal.reverses_id) == ("reversal", -75_000, first)
    assert "KW0000001" in reversal.note
    assert SavingsEntry.select().count() == 2
    with pytest.raises(DomainError, match="already been reversed"):
        reverse_entry(bendahara, first, "lagi")
    with pytest.raises(DomainError, match="cannot itself be reversed"):
        reverse_entry(bendahara, cancel, "lagi")
    with pytest.raises(DomainError, match="reason"):
        reverse_entry(bendahara, deposit(bendahara, acc["sukarela"], DAY, 1_000), "  ")
    with pytest.raises(PermissionDenied):
        reverse_entry(actors["secretary"], first, "x")


def test_a_deposit_already_withdrawn_cannot_be_reversed(actors, member):
    bendahara = actors["treasurer"]
    _member_id, acc = member
    paid_in = deposit(bendahara, acc["sukarela"], DAY, 40_000)
    taken_out = withdraw(bendahara, acc["sukarela"], DAY, 30_000)
    with pytest.raises(DomainError, match="below zero"):
        reverse_entry(bendahara, paid_in, "salah")
    reverse_entry(bendahara, taken_out, "tidak jadi diambil")
    assert balance(acc["sukarela"]) == 40_000


def test_leaving_pays_out_every_balance_in_the_same_operation(actors, member):
    bendahara = actors["treasurer"]
    member_id, acc = member
    deposit(bendahara, acc["pokok"], DAY, 100_000)
    deposit(bendahara, acc["wajib"], DAY, 60_000)
    deposit(bendahara, acc["sukarela"], DAY, 15_000)
    version = load_member(member_id).form.version
    with pytest.raises(DomainError, match="Rp175.000 in savings to be paid out"):
        exit_member(actors["secretary"], member_id, dt.date(2025, 6, 1), "Pindah domisili", version)
    assert load_member(member_id).status == "active"
    entries = exit_member(bendahara, member_id, dt.date(2025, 6, 1), "Pindah domisili", version)
    assert all(balance(a) == 0 for a in acc.values())
    payouts = SavingsEntry.select().where(SavingsEntry.kind == "payout").order_by(SavingsEntry.id)
    assert [e.id for e in payouts] == entries
    assert [e.amount for e in payouts] == [-100_000, -60_000, -15_000]
    with pytest.raises(DomainError, match="has left the office"):
        deposit(bendahara, acc["sukarela"], dt.date(2025, 6, 2), 1_000)


operations = st.lists(st.tuples(st.sampled_from(["deposit", "withdraw", "reverse"]),
                                st.sampled_from(["wajib", "sukarela"]),
                                st.integers(min_value=-1_000, max_value=300_000)),
                      min_size=1, max_size=25)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=operations)
def test_random_postings_keep_every_balance_equal_to_its_entries_and_never_negative(actors, steps):
    bendahara = actors["treasurer"]
    group = new_group(actors["secretary"], "KUBE Acak")
    acc = accounts_of(new_member(actors["secretary"], group, "Anggota Acak"))
    posted: list[int] = []
    for action, product, amount in steps:
        entries_before = SavingsEntry.select().count()
        try:
            if action == "deposit":
                posted.append(deposit(bendahara, acc[product], DAY, amount))
            elif action == "withdraw":
                posted.append(withdraw(bendahara, acc[product], DAY, amount))
            elif posted:
                reverse_entry(bendahara, posted[amount % len(posted)], "koreksi")
        except DomainError:
            assert SavingsEntry.select().count() == entries_before  # refused: nothing written
        assert balance_check() == []
        assert all(balance(a) >= 0 for a in acc.values())


def test_what_a_member_owes_on_pokok_and_wajib(actors, member):
    bendahara = actors["treasurer"]
    member_id, acc = member  # joined 1 January 2021
    today = dt.date(2021, 4, 15)  # wajib due for January to April: 4 x Rp20.000
    assert amounts_owed([member_id], today) == {member_id: {"SP": 100_000, "SW": 80_000}}
    deposit(bendahara, acc["pokok"], dt.date(2021, 1, 4), 100_000)
    deposit(bendahara, acc["wajib"], dt.date(2021, 1, 4), 60_000)
    assert amounts_owed([member_id], today) == {member_id: {"SW": 20_000}}
    deposit(bendahara, acc["wajib"], dt.date(2021, 4, 5), 20_000)
    assert amounts_owed([member_id], today) == {}


def test_money_taken_out_on_an_earlier_day_must_have_been_there_then(actors, member):
    bendahara = actors["treasurer"]
    _member_id, acc = member
    deposit(bendahara, acc["sukarela"], dt.date(2025, 3, 1), 100_000)
    with pytest.raises(DomainError, match="On 01/02/2025 and after, Simpanan Sukarela holds at least Rp0"):
        withdraw(bendahara, acc["sukarela"], dt.date(2025, 2, 1), 100_000)
    first = deposit(bendahara, acc["sukarela"], dt.date(2025, 2, 1), 100_000)
    withdraw(bendahara, acc["sukarela"], dt.date(2025, 2, 15), 100_000)
    # Cancelling the February deposit in February would leave mid-February below zero.
    with pytest.raises(DomainError, match="holds at least Rp0"):
        reverse_entry(bendahara, first, "salah input", dt.date(2025, 2, 2))
    reverse_entry(bendahara, first, "salah input", dt.date(2025, 3, 2))
    assert balance(acc["sukarela"]) == 0 and balance_check() == []


def test_a_reversal_is_dated_between_its_entry_and_today(actors, member):
    bendahara = actors["treasurer"]
    _member_id, acc = member
    entry = deposit(bendahara, acc["sukarela"], DAY, 50_000)
    with pytest.raises(DomainError, match="before the entry it cancels"):
        reverse_entry(bendahara, entry, "salah", DAY - dt.timedelta(days=1))
    with pytest.raises(DomainError, match="future"):
        reverse_entry(bendahara, entry, "salah", dt.date.today() + dt.timedelta(days=1))


def test_after_leaving_nothing_moves_and_the_payout_stays(actors, member):
    bendahara = actors["treasurer"]
    member_id, acc = member
    old = deposit(bendahara, acc["sukarela"], DAY, 50_000)
    late = dt.date(2025, 6, 1)
    deposit(bendahara, acc["sukarela"], late, 10_000)
    with pytest.raises(DomainError, match="posted up to 01/06/2025"):
        exit_member(bendahara, member_id, dt.date(2025, 5, 1), "Pindah", load_member(member_id).form.version)
    (payout,) = exit_member(bendahara, member_id, late, "Pindah", load_member(member_id).form.version)
    with pytest.raises(DomainError, match="payout on leaving cannot be reversed"):
        reverse_entry(bendahara, payout, "salah")
    with pytest.raises(DomainError, match="has left the office"):
        reverse_entry(bendahara, old, "salah")
    with pytest.raises(DomainError, match="has left the office"):
        withdraw(bendahara, acc["sukarela"], late, 1_000)
    assert balance(acc["sukarela"]) == 0

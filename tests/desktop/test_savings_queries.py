"""Reading the ledger back: passbook lines with running balances, statements for a period,
receipts, group summaries; and the office's own products."""

from __future__ import annotations

import datetime as dt

import pytest

from db.models import SavingsAccount, SavingsProduct
from desktop.errors import DomainError, PermissionDenied
from desktop.savings import deposit, reverse_entry, withdraw
from desktop.savings_products import (
    ProductForm,
    create_product,
    list_products,
    load_product,
    update_product,
)
from desktop.savings_queries import group_summary, member_savings, receipt_data, statement
from tests.desktop.helpers import new_group, new_member


def accounts_of(member_id):
    query = SavingsAccount.select().where(SavingsAccount.member == member_id)
    return {a.product.code: a.id for a in query}


@pytest.fixture
def ledger(actors):
    """A member with a year of postings, including a withdrawal and a reversal."""
    t = actors["treasurer"]
    group = new_group(actors["secretary"])
    member = new_member(actors["secretary"], group, "Siti Aminah", join_date=dt.date(2025, 1, 6))
    acc = accounts_of(member)
    deposit(t, acc["SP"], dt.date(2025, 1, 6), 100_000)
    for month in range(1, 7):
        deposit(t, acc["SW"], dt.date(2025, month, 10), 20_000)
    deposit(t, acc["SS"], dt.date(2025, 2, 1), 500_000, "transfer", "hasil panen")
    withdraw(t, acc["SS"], dt.date(2025, 4, 1), 150_000)
    wrong = deposit(t, acc["SS"], dt.date(2025, 5, 1), 75_000)
    reverse_entry(t, wrong, "salah ketik", dt.date(2025, 5, 2))
    deposit(t, acc["SS"], dt.date(2025, 7, 1), 50_000)
    return group, member, acc, wrong


def test_a_statement_carries_the_balance_forward_and_runs_it_down_the_lines(ledger):
    _group, member, _acc, _wrong = ledger
    s = statement(member, dt.date(2025, 3, 1), dt.date(2025, 6, 30))
    by_code = {p.code: p for p in s.products}
    sukarela = by_code["SS"]
    assert sukarela.opening == 500_000
    assert [(line.on, line.amount, line.balance) for line in sukarela.lines] == [
        (dt.date(2025, 4, 1), -150_000, 350_000),
        (dt.date(2025, 5, 1), 75_000, 425_000),
        (dt.date(2025, 5, 2), -75_000, 350_000),
    ]
    assert (sukarela.paid_in, sukarela.paid_out, sukarela.closing) == (75_000, 225_000, 350_000)
    assert sukarela.lines[1].reversed_by == sukarela.lines[2].receipt_number
    wajib = by_code["SW"]
    assert (wajib.opening, wajib.closing, len(wajib.lines)) == (40_000, 120_000, 4)
    assert (by_code["SP"].opening, by_code["SP"].lines) == (100_000, [])
    assert s.closing == 100_000 + 120_000 + 350_000


def test_a_statement_from_the_beginning_ends_on_the_stored_balance(ledger):
    _group, member, acc, _wrong = ledger
    s = statement(member, None, dt.date.today())
    for product in s.products:
        assert product.opening == 0
        assert product.closing == SavingsAccount.get_by_id(acc[product.code]).balance
    assert member_savings(member).total == s.closing


def test_a_receipt_names_the_member_product_and_balance_after(ledger):
    _group, _member, _acc, wrong = ledger
    r = receipt_data(wrong)
    assert (r.member_name, r.product, r.amount, r.balance_after) == ("Siti Aminah", "Simpanan Sukarela", 75_000, 425_000)
    assert r.number.startswith("KW") and r.money_in
    reversal = receipt_data(wrong + 1)
    assert (reversal.kind, reversal.reverses, reversal.amount, reversal.balance_after) == ("reversal", r.number, -75_000, 350_000)
    assert "salah ketik" in reversal.note


def test_member_savings_shows_what_is_owed(ledger):
    _group, member, _acc, _wrong = ledger
    today = dt.date(2025, 9, 15)  # wajib due January..September: 9 x 20.000, 6 paid
    m = member_savings(member, today)
    owed = {a.code: a.owed for a in m.accounts}
    assert owed == {"SP": 0, "SW": 60_000, "SS": 0}
    assert m.owed == 60_000


def test_group_summary_totals_each_product(actors, ledger):
    group, member, _acc, _wrong = ledger
    other = new_member(actors["secretary"], group, "Budi Santoso", sex="L",
                       join_date=dt.date(2025, 8, 1))
    deposit(actors["treasurer"], accounts_of(other)["SP"], dt.date(2025, 8, 1), 40_000)
    summary = group_summary(group, dt.date(2025, 8, 20))
    rows = {r.name: r for r in summary.rows}
    assert rows["Budi Santoso"].balances == {"SP": 40_000, "SW": 0, "SS": 0}
    assert rows["Budi Santoso"].owed == 60_000 + 20_000
    assert rows["Siti Aminah"].owed == 40_000
    assert summary.product_total("SP") == 140_000
    assert summary.total == 140_000 + 120_000 + 400_000  # sukarela got 50.000 more in July
    assert [c for c, _n in summary.products] == ["SP", "SW", "SS"]
    # Behind means overdue from before this month: Siti's July wajib; Budi joined in August
    # and owes only what falls due this month.
    assert [(r.name, r.overdue) for r in summary.rows] == [("Siti Aminah", 20_000), ("Budi Santoso", 0)]
    behind = group_summary(group, dt.date(2025, 8, 20), only_behind=True)
    assert [r.name for r in behind.rows] == ["Siti Aminah"]
    before_budi = group_summary(group, dt.date(2025, 7, 20))
    assert {r.name: r.owed for r in before_budi.rows}["Budi Santoso"] == 0


def test_a_new_product_opens_accounts_for_active_members_from_today(actors, ledger):
    admin = actors["administrator"]
    _group, member, _acc, _wrong = ledger
    product = create_product(admin, ProductForm("SPD", "Simpanan Pendidikan", "wajib", 10_000),
                             today=dt.date(2025, 8, 1))
    assert "SPD" in accounts_of(member)
    owed = {a.code: a.owed for a in member_savings(member, dt.date(2025, 9, 30)).accounts}
    assert owed["SPD"] == 20_000  # August and September, not since joining
    rows = {r.code: r for r in list_products()}
    assert rows["SPD"].accounts == 1 and rows["SPD"].kind == "wajib"
    form = load_product(product)
    form.name, form.amount = "Tabungan Pendidikan", 15_000
    update_product(admin, product, form)
    assert SavingsProduct.get_by_id(product).amount == 15_000


def test_product_rules_are_refused_with_their_messages(actors, ledger):
    admin = actors["administrator"]
    with pytest.raises(DomainError) as caught:
        create_product(admin, ProductForm("SW", "", "wajib", 0))
    messages = {e.field: e.message for e in caught.value.errors}
    assert "already has the code" in messages["code"]
    assert "name" in messages and "above zero" in messages["amount"]
    with pytest.raises(PermissionDenied):
        create_product(actors["treasurer"], ProductForm("SH", "Simpanan Hari Raya", "sukarela"))
    sw = SavingsProduct.get(SavingsProduct.code == "SW").id
    form = load_product(sw)
    form.kind = "sukarela"
    with pytest.raises(DomainError, match="kind cannot change"):
        update_product(admin, sw, form)


def test_a_wajib_due_each_meeting_is_kept_but_not_yet_counted_as_owed(actors, ledger):
    _group, member, _acc, _wrong = ledger
    create_product(actors["administrator"], ProductForm("SWP", "Wajib Pertemuan", "wajib", 5_000, period="meeting"),
                   today=dt.date(2025, 8, 1))
    assert {r.code: r.period for r in list_products()}["SWP"] == "meeting"
    owed = {a.code: a.owed for a in member_savings(member, dt.date(2025, 9, 30)).accounts}
    assert owed["SWP"] == 0
    with pytest.raises(DomainError, match="each month or each meeting"):
        create_product(actors["administrator"], ProductForm("SWX", "X", "wajib", 5_000, period="week"))


def test_a_retired_wajib_product_is_no_longer_owed(actors, ledger):
    admin = actors["administrator"]
    _group, member, _acc, _wrong = ledger
    product = create_product(admin, ProductForm("SWB", "Wajib Bangunan", "wajib", 10_000), today=dt.date(2025, 1, 1))
    assert {a.code: a.owed for a in member_savings(member, dt.date(2025, 12, 31)).accounts}["SWB"] == 120_000
    form = load_product(product)
    form.active = False
    update_product(admin, product, form)
    assert {a.code: a.owed for a in member_savings(member, dt.date(2025, 12, 31)).accounts}["SWB"] == 0

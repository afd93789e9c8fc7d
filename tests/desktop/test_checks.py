"""Checking the books: a clean office passes; changes made outside the program and a damaged
page are found and named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from db.connection import close_database, database
from db.migrations import CURRENT_VERSION
from db.models import AuditRecord, CapitalPool, LoanShare, SavingsAccount
from desktop import loans
from desktop.books import open_books
from desktop.checks import check_books, quick_check_books
from desktop.errors import Cancelled
from desktop.savings import deposit
from tests.desktop.loan_helpers import disbursed_loan, funded_pool, group_with_members, shares_of
from tests.desktop.test_savings import accounts_of

DAY = dt.date(2025, 3, 10)


@pytest.fixture
def office(actors):
    """Two members of KUBE Melati with savings, and a loan of Rp1.000.000 to the first, with its
    first installment paid: Rp110.000 (flat 1 % a month over 10 months: jasa Rp10.000 first,
    then principal Rp100.000)."""
    pool = funded_pool(actors)
    group, members = group_with_members(actors, 2)
    sukarela = accounts_of(members[0])["sukarela"]
    deposit(actors["treasurer"], sukarela, DAY, 250_000)
    deposit(actors["treasurer"], accounts_of(members[1])["sukarela"], DAY, 75_000)
    loan = disbursed_loan(actors, pool, group, [(members[0], 1_000_000)])
    share = shares_of(loan)[0]
    loans.repay(actors["treasurer"], share, dt.date(2025, 2, 10), 110_000)
    return {"pool": pool, "sukarela": sukarela, "share": share, "loan": loan}


def lines(report) -> list[tuple[bool, str]]:
    return [(f.ok, f.text.format(**f.params)) for f in report.findings()]


def test_a_clean_office_passes_every_check(office):
    steps = []
    report = check_books(progress=lambda done, total: steps.append((done, total)))
    assert report.ok
    assert steps == [(i, 7) for i in range(8)]
    share = LoanShare.get_by_id(office["share"])
    assert (share.paid_principal, share.paid_jasa) == (100_000, 10_000)
    found = lines(report)
    assert all(ok for ok, _text in found)
    texts = [text for _ok, text in found]
    assert texts[0] == "The file is sound (SQLite's integrity check)."
    assert "Every record points at records that exist." in texts
    assert f"The audit trail is whole: {AuditRecord.select().count()} records, none changed outside the program." in texts
    assert "Every savings balance equals its entries (6 accounts)." in texts  # 2 members x 3 products
    assert "Every loan share's amounts paid equal its payments (1 shares)." in texts
    assert "Every capital pool's money available equals its entries (1 pools)." in texts
    assert texts[-1] == f"Books version {CURRENT_VERSION}; this program reads up to version {CURRENT_VERSION}."


def test_a_balance_changed_outside_the_program_is_named_with_its_figures(office):
    database.execute_sql("UPDATE savings_account SET balance = balance + 50000 WHERE id = ?",
                         (office["sukarela"],))
    database.execute_sql("UPDATE loan_share SET paid_jasa = 0 WHERE id = ?", (office["share"],))
    database.execute_sql("UPDATE capital_pool SET available = available + 1 WHERE id = ?", (office["pool"],))
    report = check_books()
    assert not report.ok and report.file_ok and report.chain_ok
    assert report.savings == [(office["sukarela"], 300_000, 250_000)]
    assert report.shares == [(office["share"], 100_000, 100_000, 0, 10_000)]
    available = CapitalPool.get_by_id(office["pool"]).available
    assert report.pools == [(office["pool"], available, available - 1)]
    account = SavingsAccount.get_by_id(office["sukarela"])
    bad = [text for ok, text in lines(report) if not ok]
    assert bad[:2] == [
        "Savings balances that differ from their entries: 1.",
        f"Savings account {account.id} of {account.member.number} {account.member.name}: "
        "the balance is Rp300.000, its entries add up to Rp250.000.",
    ]
    assert bad[3].startswith("Loan ") and bad[3].endswith(
        "principal paid Rp100.000, payments Rp100.000; jasa paid Rp0, payments Rp10.000.")
    assert bad[4].startswith("Capital pool Dana Bergulir Desa: available ")


def test_an_audit_record_edited_outside_is_reported_by_both_checks(office):
    target = AuditRecord.get(AuditRecord.action == "savings.deposit")
    database.execute_sql("UPDATE audit_record SET summary = 'setoran 25000' WHERE id = ?", (target.id,))
    quick = quick_check_books()
    assert quick.file_ok and not quick.chain_ok and quick.chain.broken == [target.id]
    assert not quick.ok
    assert (False, f"The audit trail was changed outside the program: records {target.id} no longer "
                   f"match their seal ({AuditRecord.select().count()} records checked).") in lines(quick)
    assert check_books().chain.broken == [target.id]


def test_a_damaged_page_is_reported(office, books: Path, tmp_path):
    # The first page of the welfare survey table, which nothing reads while opening: its
    # header is overwritten as a failing disk would.
    root = database.execute_sql("SELECT rootpage FROM sqlite_master WHERE name = 'welfare_survey'").fetchone()[0]
    page_size = database.execute_sql("PRAGMA page_size").fetchone()[0]
    close_database()
    with open(books, "r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xff" * 64)
    open_books(books, tmp_path / "backups")
    quick = quick_check_books()
    assert not quick.file_ok and quick.integrity != ["ok"]
    report = check_books()
    assert not report.ok and not report.file_ok
    assert report.balances_ok and report.chain_ok  # the money itself is not touched
    first_ok, first = lines(report)[0]
    assert not first_ok and first.startswith("The file is damaged: ")
    assert len(first) > len("The file is damaged: ") + 10  # with SQLite's own words


def test_a_check_can_be_stopped(office):
    with pytest.raises(Cancelled):
        check_books(cancelled=lambda: True)

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
from desktop.checks import ChainMark, check_books, quick_check_books
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
    assert steps == [(i, 8) for i in range(9)]
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


def newest_link() -> tuple[int, str]:
    record = AuditRecord.select().order_by(AuditRecord.id.desc()).first()
    return record.id, record.hash


def test_at_start_up_only_the_records_since_this_pc_s_last_check_are_walked(office, actors):
    monday = dt.datetime(2026, 11, 23, 8, 0)
    first = quick_check_books(None, monday)  # no mark yet: the whole trail
    assert first.ok and first.walked_from is None
    assert first.chain.checked == AuditRecord.select().count()
    assert first.mark == ChainMark(*newest_link(), monday)
    deposit(actors["treasurer"], office["sukarela"], DAY, 5_000)  # one record more
    tuesday = quick_check_books(first.mark, monday + dt.timedelta(days=1))
    assert tuesday.ok and tuesday.walked_from == first.mark and tuesday.chain.checked == 1
    assert tuesday.mark == ChainMark(*newest_link(), monday)  # the whole trail was walked on Monday
    assert (True, "The audit trail is whole: the 1 records written since the last check on this computer "
                  "match their seal (the whole trail was last checked on 23/11/2026).") in lines(tuesday)
    # A record from before the mark edited outside: the walk from the mark does not read it;
    # the whole walk, a week after the last, finds it.
    old = AuditRecord.get(AuditRecord.action == "savings.deposit")
    database.execute_sql("UPDATE audit_record SET summary = 'setoran 25000' WHERE id = ?", (old.id,))
    assert quick_check_books(tuesday.mark, monday + dt.timedelta(days=6)).ok
    week = quick_check_books(tuesday.mark, monday + dt.timedelta(days=7))
    assert week.walked_from is None and week.chain.broken == [old.id] and week.mark is None


def test_a_record_after_the_mark_changed_outside_is_found_by_the_whole_walk(office, actors):
    monday = dt.datetime(2026, 11, 23, 8, 0)
    mark = quick_check_books(None, monday).mark
    deposit(actors["treasurer"], office["sukarela"], DAY, 5_000)
    deposit(actors["treasurer"], office["sukarela"], DAY, 7_000)
    changed, _hash = newest_link()
    database.execute_sql("UPDATE audit_record SET summary = 'setoran 700' WHERE id = ?", (changed - 1,))
    report = quick_check_books(mark, monday + dt.timedelta(hours=2))
    assert not report.ok and report.walked_from is None and report.mark is None
    assert report.chain.broken == [changed - 1]
    assert report.chain.checked == AuditRecord.select().count()  # reported as the whole walk finds it


def test_a_mark_that_no_longer_stands_leads_to_the_whole_walk(office, actors):
    monday = dt.datetime(2026, 11, 23, 8, 0)
    record_id, _hash = newest_link()
    # Other books restored in place: the marked record holds another hash.
    stale = ChainMark(record_id, "0" * 64, monday)
    report = quick_check_books(stale, monday + dt.timedelta(hours=1))
    assert report.ok and report.walked_from is None
    assert report.mark == ChainMark(record_id, AuditRecord.get_by_id(record_id).hash, monday + dt.timedelta(hours=1))
    # A mark past the end of the trail, or from a clock that ran back: the whole walk as well.
    assert quick_check_books(ChainMark(record_id + 50, "x", monday), monday).walked_from is None
    assert quick_check_books(report.mark, monday).walked_from is None


def test_a_chain_mark_is_kept_as_text():
    mark = ChainMark(1234, "ab" * 32, dt.datetime(2026, 11, 23, 8, 0, 5))
    assert ChainMark.from_text(mark.as_text()) == mark
    for text in (None, "", "garbage", '{"id": "x"}', "[1, 2]"):
        assert ChainMark.from_text(text) is None


def test_books_of_an_older_version_get_the_checks_of_the_file_only(office, books, tmp_path):
    from desktop.books import open_books_as_they_are
    from tests.db.test_migrations import make_version_6, version_in

    make_version_6()
    info = open_books_as_they_are(books, tmp_path / "backups")
    assert info.version == 6
    steps = []
    report = check_books(progress=lambda done, total: steps.append((done, total)))
    assert steps == [(0, 2), (1, 2), (2, 2)]
    assert not report.ok and report.file_ok and report.older
    assert lines(report) == [
        (True, "The file is sound (SQLite's integrity check)."),
        (True, "Every record points at records that exist."),
        (False, f"These books are of version 6, older than this program (version {CURRENT_VERSION}): only the "
                "file itself was checked, and nothing in the books was changed. Open them in Berdaya to bring "
                "them up to date, then check them again."),
    ]
    close_database()
    assert version_in(books) == 6


def test_money_of_a_closed_month_changed_outside_and_the_newest_records_removed_are_named(office, actors):
    from desktop.month_close import close_month

    close_month(actors["treasurer"], 2025, 3)  # March holds the deposits of 10/03 (325.000)
    assert check_books().ok
    # Someone edits a deposit of the closed month with a database tool, and removes the newest
    # audit records to hide it.
    database.execute_sql("UPDATE savings_entry SET amount = 25000 WHERE amount = 75000")
    database.execute_sql("UPDATE savings_account SET balance = 25000 WHERE balance = 75000")
    newest = AuditRecord.select().order_by(AuditRecord.id.desc()).first().id
    database.execute_sql("DELETE FROM audit_record WHERE id > ?", (newest - 2,))
    report = check_books()
    assert not report.ok and not report.balances_ok
    texts = [text for ok, text in lines(report) if not ok]
    assert any(t.startswith("Closed month 03/2025, cash book: closed with") and "Rp" in t for t in texts)
    assert f"The newest records of the audit trail, {newest - 1} to {newest}, were removed outside the program." in texts

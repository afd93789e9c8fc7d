"""The audit trail's hash chain and the database's guard on closed months."""

from __future__ import annotations

import datetime as dt

import pytest

from db.audit_chain import COLUMNS, chain_hash
from db.connection import close_database, database
from db.models import SAFETY_MODELS, AuditRecord, MonthClose, SavingsEntry, SchemaVersion
from desktop import audit, audit_queries
from desktop.books import open_books
from desktop.errors import DomainError
from desktop.periods import check_open, closed_through
from desktop.savings import deposit
from tests.desktop.helpers import new_group, new_member
from tests.desktop.test_savings import accounts_of


def _sukarela(actors) -> int:
    member = new_member(actors["secretary"], new_group(actors["secretary"]))
    return accounts_of(member)["sukarela"]


def test_every_record_is_chained_and_the_chain_holds(actors):
    account = _sukarela(actors)
    for amount in (10_000, 20_000, 5_000):
        deposit(actors["treasurer"], account, dt.date(2026, 3, 2), amount)
    result = audit.check_chain()
    assert result.intact
    assert result.checked == AuditRecord.select().count() > 5
    assert all(len(h) == 64 for (h,) in AuditRecord.select(AuditRecord.hash).tuples())


def test_an_edit_outside_the_program_is_found_at_the_record_changed(actors):
    account = _sukarela(actors)
    deposit(actors["treasurer"], account, dt.date(2026, 3, 2), 10_000)
    deposit(actors["treasurer"], account, dt.date(2026, 3, 3), 20_000)
    target = AuditRecord.get(AuditRecord.action == "savings.deposit", AuditRecord.summary.endswith(" 10000"))
    database.execute_sql("UPDATE audit_record SET summary = ? WHERE id = ?",
                         (target.summary.replace("10000", "1000"), target.id))
    assert audit.check_chain().broken == [target.id]


def test_a_record_removed_outside_the_program_breaks_the_next_link(actors):
    account = _sukarela(actors)
    deposit(actors["treasurer"], account, dt.date(2026, 3, 2), 10_000)
    deposit(actors["treasurer"], account, dt.date(2026, 3, 3), 20_000)
    ids = [i for (i,) in AuditRecord.select(AuditRecord.id).order_by(AuditRecord.id).tuples()]
    database.execute_sql("DELETE FROM audit_record WHERE id = ?", (ids[-2],))
    assert audit.check_chain().broken == [ids[-1]]


def _three_deposits(actors) -> tuple[int, list[int]]:
    """(the account, the ids of the trail's records oldest first) after three deposits."""
    account = _sukarela(actors)
    for amount in (10_000, 20_000, 5_000):
        deposit(actors["treasurer"], account, dt.date(2026, 3, 2), amount)
    return account, [i for (i,) in AuditRecord.select(AuditRecord.id).order_by(AuditRecord.id).tuples()]


def test_the_newest_records_removed_outside_the_program_are_found_and_stay_found(actors):
    account, ids = _three_deposits(actors)
    # Someone removes the last two deposits' records with an SQLite tool: no link after them breaks.
    database.execute_sql("DELETE FROM audit_record WHERE id >= ?", (ids[-2],))
    result = audit.check_chain()
    assert not result.intact
    assert (result.checked, result.broken, result.removed) == (len(ids) - 2, [ids[-1]], (ids[-2], ids[-1]))
    [gone] = audit_queries.chain_breaks(actors["chair"], result.broken)
    assert (gone.id, gone.removed_from, gone.removed_to, gone.at_end) == (ids[-1], ids[-2], ids[-1], True)

    # The next record written is numbered and chained after the removed ones: the gap stays.
    deposit(actors["treasurer"], account, dt.date(2026, 3, 3), 7_000)
    after = audit.check_chain()
    newest = AuditRecord.select(AuditRecord.id).order_by(AuditRecord.id.desc()).scalar()
    assert newest == ids[-1] + 1
    assert (after.intact, after.broken, after.removed) == (False, [newest], None)
    [gap] = audit_queries.chain_breaks(actors["chair"], after.broken)
    assert (gap.id, gap.removed_from, gap.removed_to, gap.at_end) == (newest, ids[-2], ids[-1], False)


def test_a_record_slipped_in_after_the_newest_is_found(actors):
    _account, ids = _three_deposits(actors)
    last = AuditRecord.get_by_id(ids[-1])
    # A forged record, hashed as the program would: its own link holds.
    values = ("2026-03-02 10:00:00", None, "savings.withdraw", "savings_entry", 99, "palsu", None, None)
    database.execute_sql(f"INSERT INTO audit_record (id, {', '.join(COLUMNS)}, hash) VALUES ({', '.join('?' * 10)})",
                         (ids[-1] + 1, *values, chain_hash(last.hash, values)))
    assert audit.check_chain().broken == [ids[-1] + 1]


def test_the_newest_record_replaced_or_its_seal_removed_is_found(actors):
    _account, ids = _three_deposits(actors)
    before = AuditRecord.get_by_id(ids[-2])
    values = ("2026-03-02 10:00:00", None, "savings.deposit", "savings_entry", 3, "setoran 500", None, None)
    database.execute_sql("DELETE FROM audit_record WHERE id = ?", (ids[-1],))
    database.execute_sql(f"INSERT INTO audit_record (id, {', '.join(COLUMNS)}, hash) VALUES ({', '.join('?' * 10)})",
                         (ids[-1], *values, chain_hash(before.hash, values)))
    assert audit.check_chain().broken == [ids[-1]]
    database.execute_sql("DELETE FROM setting WHERE key = 'audit.last'")
    assert audit.check_chain().broken == [ids[-1]]


def test_books_sealed_by_the_migration_get_the_newest_record_anchored(tmp_path, books, actors):
    _account, ids = _three_deposits(actors)
    # Books of version 6: no hashes, no anchor, no safety tables.
    database.execute_sql("ALTER TABLE audit_record DROP COLUMN hash")
    database.execute_sql("DELETE FROM setting WHERE key = 'audit.last'")
    database.drop_tables(SAFETY_MODELS)
    for (name,) in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        database.execute_sql(f"DROP TRIGGER {name}")
    SchemaVersion.delete().execute()
    SchemaVersion.create(version=6, description="sessions")
    close_database()
    open_books(books, tmp_path / "backups")
    assert audit.check_chain().intact
    database.execute_sql("DELETE FROM audit_record WHERE id = ?", (ids[-1],))
    assert audit.check_chain().removed == (ids[-1], ids[-1])


def test_money_dated_in_a_closed_month_is_refused_by_the_check_and_by_the_database(actors):
    account = _sukarela(actors)
    with database.atomic():
        MonthClose.create(month="2026-02", last_day=dt.date(2026, 2, 28),
                          closed_by=actors["treasurer"].id)
    assert closed_through() == dt.date(2026, 2, 28)
    with pytest.raises(DomainError) as refused:
        deposit(actors["treasurer"], account, dt.date(2026, 2, 27), 10_000)
    assert refused.value.field == "date" and "28/02/2026" in str(refused.value.params)
    check_open(dt.date(2026, 3, 1))  # the day after is open
    deposit(actors["treasurer"], account, dt.date(2026, 3, 1), 10_000)
    # Past the checks in desktop/: the trigger still refuses.
    with pytest.raises(Exception, match="the month is closed"):
        with database.atomic():
            SavingsEntry.create(account=account, on=dt.date(2026, 2, 1), kind="deposit",
                                amount=1, receipt_number="X-1", user=actors["treasurer"].id)
    assert SavingsEntry.select().count() == 1

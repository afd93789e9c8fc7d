"""The audit trail's hash chain and the database's guard on closed months."""

from __future__ import annotations

import datetime as dt

import pytest

from db.connection import database
from db.models import AuditRecord, MonthClose, SavingsEntry
from desktop import audit
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

"""Reading the audit trail: each filter on a small office whose records are known, the member
filter reaching the member's money and loans, paging, one record's detail, and the chain."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from db.audit_chain import seal_unhashed
from db.connection import database
from db.models import AuditRecord, SavingsAccount
from desktop import audit_queries, loans
from desktop.audit_queries import (
    AuditFilter,
    Cursor,
    Shown,
    chain_breaks,
    find_records,
    record_detail,
)
from desktop.errors import PermissionDenied
from desktop.member_queries import load_member
from desktop.members import update_member
from desktop.savings import deposit
from tests.desktop.helpers import new_group, new_member
from tests.desktop.loan_helpers import disbursed_loan, funded_pool, shares_of

FEB = dt.date(2025, 2, 1)


def account(member_id: int, code: str = "SS") -> int:
    return (SavingsAccount.select(SavingsAccount.id).join(SavingsAccount.product.rel_model)
            .where((SavingsAccount.member == member_id) & (SavingsAccount.product.rel_model.code == code))
            .scalar())


def stamp(day: dt.date, *actions: str) -> None:
    """Date the records of *actions* on *day* (at ten o'clock), as if written then; the chain is
    sealed again so that it holds."""
    database.execute_sql(
        f"UPDATE audit_record SET at = ? WHERE action IN ({', '.join('?' * len(actions))})",
        (f"{day.isoformat()} 10:00:00", *actions))
    database.execute_sql("UPDATE audit_record SET hash = ''")
    seal_unhashed()


@dataclasses.dataclass
class Office:
    siti: int
    budi: int
    loan: int
    siti_deposit: int
    budi_deposit: int
    repayment: int


@pytest.fixture
def office(actors) -> Office:
    """Two members of one group: Siti deposits Rp300.000 and repays her share of a group loan,
    Budi deposits Rp50.000 and has his phone number corrected."""
    secretary, treasurer = actors["secretary"], actors["treasurer"]
    group = new_group(secretary)
    siti = new_member(secretary, group, "Siti Aminah")
    budi = new_member(secretary, group, "Budi Santoso", sex="L")
    siti_deposit = deposit(treasurer, account(siti), FEB, 300_000)
    budi_deposit = deposit(treasurer, account(budi), FEB, 50_000)
    pool = funded_pool(actors)
    loan = disbursed_loan(actors, pool, group, [(siti, 1_000_000), (budi, 500_000)])
    siti_share = next(s for s in shares_of(loan) if loans.get_share(s).member_id == siti)
    repayment = loans.repay(treasurer, siti_share, dt.date(2025, 2, 10), 110_000)
    form = load_member(budi).form
    update_member(secretary, budi, dataclasses.replace(form, phone="081234567890"))
    return Office(siti, budi, loan, siti_deposit, budi_deposit, repayment)


def actions(page) -> list[str]:
    return [row.action for row in page.rows]


def read(actors, **filters) -> list[str]:
    return actions(find_records(actors["chair"], AuditFilter(**filters)))


def test_the_whole_trail_newest_first(actors, office):
    page = find_records(actors["chair"], AuditFilter())
    ids = [row.id for row in page.rows]
    assert ids == sorted(ids, reverse=True) and page.next is None
    assert ids == [i for (i,) in AuditRecord.select(AuditRecord.id).order_by(AuditRecord.id.desc()).tuples()]
    newest = page.rows[0]
    assert (newest.action, newest.user, newest.area) == ("member.update", "Sri Wahyuni", "members")
    assert newest.what.endswith("Budi Santoso") and newest.entity_id == office.budi


def test_filter_by_user(actors, office):
    # The treasurer posted two deposits, disbursed the loan and took Siti's repayment.
    assert read(actors, user_id=actors["treasurer"].id) == [
        "loan.repayment", "loan.disburse", "savings.deposit", "savings.deposit"]
    assert read(actors, user_id=actors["chair"].id) == ["loan.approve"]


def test_filter_by_kind_of_work(actors, office):
    assert read(actors, area="savings") == ["savings.deposit", "savings.deposit"]
    assert read(actors, area="loans") == ["loan.repayment", "loan.disburse", "loan.approve", "loan.apply"]
    assert read(actors, area="capital") == ["capital.receive", "capital.pool", "capital.source"]
    assert read(actors, area="members") == ["member.update", "member.register", "member.register", "group.create"]
    assert set(read(actors, area="users")) == {"user.create", "user.create_first_admin"}
    assert read(actors, area="meetings") == [] and read(actors, area="other") == []
    # A kind together with a user: the treasurer's work on loans.
    assert read(actors, area="loans", user_id=actors["treasurer"].id) == ["loan.repayment", "loan.disburse"]


def test_each_action_belongs_to_its_kind_of_work():
    kinds = {"cash.income": "cash", "month.reopen": "cash", "backup.restore": "users", "settings.loans": "users",
             "loan.product.create": "loans", "savings.product.update": "savings", "group_kind.create": "members",
             "followup.done": "training", "welfare.remove": "assessments", "approval.withdraw": "approvals",
             "sheet.reverse": "meetings", "capital.receive": "capital", "archive.export": "other"}
    assert {action: audit_queries.area_of(action) for action in kinds} == kinds


def test_an_action_no_kind_names_is_other(actors, office):
    database.execute_sql("UPDATE audit_record SET action = 'archive.export' WHERE action = 'capital.pool'")
    assert read(actors, area="other") == ["archive.export"]
    assert "archive.export" not in read(actors, area="capital")


def test_filter_by_dates(actors, office):
    stamp(dt.date(2025, 1, 31), "member.register", "group.create")
    stamp(dt.date(2025, 2, 1), "savings.deposit")
    stamp(dt.date(2025, 2, 10), "loan.repayment")
    feb = read(actors, first=dt.date(2025, 2, 1), last=dt.date(2025, 2, 28))
    assert feb == ["loan.repayment", "savings.deposit", "savings.deposit"]
    # Both ends count whole days.
    assert read(actors, first=dt.date(2025, 2, 10), last=dt.date(2025, 2, 10)) == ["loan.repayment"]
    assert read(actors, last=dt.date(2025, 1, 31)) == ["member.register", "member.register", "group.create"]
    assert read(actors, first=dt.date(2025, 2, 2), area="savings") == []


def test_filter_by_member_reaches_their_money_and_loans(actors, office):
    siti = read(actors, member_id=office.siti)
    # Her register record, her deposit (not Budi's), the loan she has a share of, her repayment.
    assert siti == ["loan.repayment", "loan.disburse", "loan.approve", "loan.apply", "savings.deposit",
                    "member.register"]
    page = find_records(actors["chair"], AuditFilter(member_id=office.siti))
    deposits = [row for row in page.rows if row.action == "savings.deposit"]
    assert [row.entity_id for row in deposits] == [office.siti_deposit]
    assert "Siti Aminah" in deposits[0].what and deposits[0].what.startswith("KW")
    repayment = page.rows[0]
    assert repayment.entity_id == office.repayment and "Siti Aminah" in repayment.what
    budi = read(actors, member_id=office.budi)
    assert budi == ["member.update", "loan.disburse", "loan.approve", "loan.apply", "savings.deposit",
                    "member.register"]
    assert read(actors, member_id=office.siti, area="savings", user_id=actors["treasurer"].id) == ["savings.deposit"]


def test_filter_by_text_in_the_summary(actors, office):
    assert read(actors, text="budi santoso") == ["member.update", "member.register"]
    assert read(actors, text="300000") == ["savings.deposit"]
    assert read(actors, text="%") == [] and read(actors, text="_") == []  # wildcards are plain text


def test_paging_goes_on_where_the_page_ended(actors, office):
    every = [row.id for row in find_records(actors["chair"], AuditFilter()).rows]
    seen, after = [], None
    while True:
        page = find_records(actors["chair"], AuditFilter(), after, limit=4)
        seen += [row.id for row in page.rows]
        assert len(page.rows) == 4 or page.next is None
        if page.next is None:
            break
        after = page.next
    assert seen == every


def test_records_written_in_the_same_second_page_by_their_number(actors, office):
    database.execute_sql("UPDATE audit_record SET at = '2025-03-01 09:00:00'")
    every = [i for (i,) in AuditRecord.select(AuditRecord.id).order_by(AuditRecord.id.desc()).tuples()]
    first = find_records(actors["chair"], AuditFilter(), limit=5)
    second = find_records(actors["chair"], AuditFilter(), first.next, limit=5)
    assert [r.id for r in first.rows + second.rows] == every[:10]


def test_a_search_reads_a_window_at_a_time_and_says_how_far_back(actors, office, monkeypatch):
    monkeypatch.setattr(audit_queries, "SCAN_WINDOW", 4)
    everything = find_records(actors["chair"], AuditFilter()).rows
    page = find_records(actors["chair"], AuditFilter(text="Siti"))
    # The four newest records hold none about Siti by name: the page is empty, says where it
    # stopped looking, and goes on from there.
    assert page.rows == [] and page.searched_to == everything[3].at
    assert page.next == Cursor(everything[3].at, everything[3].id)
    found, after = [], None
    while True:
        page = find_records(actors["chair"], AuditFilter(text="Siti"), after)
        found += page.rows
        if page.next is None:
            break
        after = page.next
    assert [r.action for r in found] == ["member.register"]


def test_records_from_a_number(actors, office):
    target = AuditRecord.get(AuditRecord.action == "loan.apply")
    page = audit_queries.records_from(actors["chair"], target.id)
    assert page.rows[0].id == target.id
    assert [r.id for r in page.rows] == sorted((r.id for r in page.rows), reverse=True)


def test_a_change_shows_the_fields_that_changed_by_name(actors, office):
    update = AuditRecord.get(AuditRecord.action == "member.update")
    detail = record_detail(actors["administrator"], update.id)
    assert detail.change == "changed" and detail.row.user == "Sri Wahyuni"
    assert [(f.name, f.before, f.after) for f in detail.fields] == [
        ("phone", Shown("–"), Shown("081234567890"))]


def test_a_posting_shows_its_values_with_names_instead_of_numbers(actors, office):
    record = AuditRecord.get((AuditRecord.entity == "savings_entry") & (AuditRecord.entity_id == office.siti_deposit))
    detail = record_detail(actors["chair"], record.id)
    values = {f.name: f.after for f in detail.fields}
    assert detail.change == "created" and all(f.before is None for f in detail.fields)
    assert values["amount"] == Shown("Rp300.000")
    assert values["on"] == Shown("01/02/2025")
    assert values["kind"] == Shown("Deposit", True)
    assert values["user"] == Shown("Bambang Hartono")
    assert values["account"].text.endswith("Siti Aminah") and "sukarela" in values["account"].text.lower()
    assert "reverses" not in values and "id" not in values  # empty and hidden values are left out


def test_only_audit_viewers_read_the_trail(actors, office):
    for role in ("secretary", "treasurer", "mentor"):
        with pytest.raises(PermissionDenied):
            find_records(actors[role], AuditFilter())
        with pytest.raises(PermissionDenied):
            record_detail(actors[role], 1)
        with pytest.raises(PermissionDenied):
            audit_queries.check_chain(actors[role])
    assert find_records(actors["administrator"], AuditFilter()).rows


def test_the_chain_check_tells_a_change_from_a_removal(actors, office):
    assert audit_queries.check_chain(actors["chair"]).intact
    deposit_record = AuditRecord.get(AuditRecord.entity_id == office.budi_deposit,
                                     AuditRecord.entity == "savings_entry")
    database.execute_sql("UPDATE audit_record SET summary = summary || '0' WHERE id = ?", (deposit_record.id,))
    apply = AuditRecord.get(AuditRecord.action == "loan.apply")
    database.execute_sql("DELETE FROM audit_record WHERE id = ?", (apply.id,))
    check = audit_queries.check_chain(actors["chair"])
    assert check.broken == [deposit_record.id, apply.id + 1]
    changed, removed = chain_breaks(actors["chair"], check.broken)
    assert (changed.id, changed.removed_from) == (deposit_record.id, None)
    assert (removed.id, removed.removed_from, removed.removed_to) == (apply.id + 1, apply.id, apply.id)


def test_a_time_made_unreadable_outside_the_program_does_not_stop_the_reading(actors, office):
    target = AuditRecord.get(AuditRecord.action == "loan.apply")
    database.execute_sql("UPDATE audit_record SET at = 'kemarin' WHERE id = ?", (target.id,))
    page = find_records(actors["chair"], AuditFilter())
    row = next(r for r in page.rows if r.id == target.id)
    assert row.at == dt.datetime.min and len(page.rows) == AuditRecord.select().count()
    assert record_detail(actors["chair"], target.id).row.action == "loan.apply"
    assert audit_queries.check_chain(actors["chair"]).broken == [target.id]

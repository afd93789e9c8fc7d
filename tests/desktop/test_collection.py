"""The collection sheet: what is due on meeting day, drafts, posting all or nothing, the cash
count, double posting, and reversing a sheet as a whole."""

from __future__ import annotations

import datetime as dt

import pytest

from db.models import CollectionSheet, LoanShare, SavingsAccount, SavingsEntry, SavingsProduct
from desktop import collection
from desktop.collection import LineForm, RowError, load_sheet, post_sheet, reverse_sheet, save_draft
from desktop.errors import DomainError, PermissionDenied, StaleRecord
from desktop.loans import share_check
from desktop.savings import balance_check, deposit
from tests.desktop.helpers import new_group, new_member
from tests.desktop.loan_helpers import disbursed_loan, funded_pool

MEETING = dt.date(2025, 2, 10)  # the loan's first installment falls due that day


def account(member: int, kind: str) -> SavingsAccount:
    return (SavingsAccount.select().join(SavingsProduct)
            .where((SavingsAccount.member == member) & (SavingsProduct.kind == kind)).get())


@pytest.fixture
def group(actors):
    """KUBE Melati: Ani (a loan of 1.000.000: 110.000 a month), Budi, Citra (300.000 sukarela);
    all joined on 06/01/2025, so January's and February's wajib (20.000 each) are due."""
    sec = actors["secretary"]
    group = new_group(sec)
    joined = dt.date(2025, 1, 6)
    ani = new_member(sec, group, "Ani Lestari", join_date=joined)
    budi = new_member(sec, group, "Budi Santoso", sex="L", join_date=joined)
    citra = new_member(sec, group, "Citra Dewi", join_date=joined)
    deposit(actors["treasurer"], account(citra, "sukarela").id, joined, 300_000)
    disbursed_loan(actors, funded_pool(actors), group, [(ani, 1_000_000)])
    return group, ani, budi, citra


def test_a_new_sheet_lists_the_members_with_what_is_due(group):
    group_id, ani, budi, citra = group
    sheet = load_sheet(group_id, MEETING)
    assert (sheet.status, sheet.sheet_id, sheet.group) == ("new", None, "KUBE Melati")
    assert [d.name for d in sheet.dues] == ["Ani Lestari", "Budi Santoso", "Citra Dewi"]
    ani_due = sheet.dues[0]
    assert (ani_due.wajib_due, ani_due.installment_due, ani_due.installment_overdue,
            ani_due.loan_number, ani_due.next_due_on) == (40_000, 110_000, 0, "PJ000001", MEETING)
    assert sheet.dues[2].sukarela_balance == 300_000
    assert [(line.wajib, line.installment, line.attendance) for line in sheet.lines] == [
        (40_000, 110_000, "present"), (40_000, 0, "present"), (40_000, 0, "present")]
    assert sheet.total_in == 230_000 and sheet.net == 230_000


def test_posting_a_sheet_writes_every_line(actors, group):
    group_id, ani, budi, citra = group
    lines = [LineForm(ani, "present", 40_000, 10_000, 0, 110_000),
             LineForm(budi, "late", 20_000, 0, 0, 0),
             LineForm(citra, "absent", 0, 0, 50_000, 0)]
    sheet_id = post_sheet(actors["treasurer"], group_id, MEETING, lines, 130_000, "rapat rutin")
    assert account(ani, "wajib").balance == 40_000 and account(ani, "sukarela").balance == 10_000
    assert account(budi, "wajib").balance == 20_000
    assert account(citra, "sukarela").balance == 250_000
    share = LoanShare.get(LoanShare.member == ani)
    assert (share.paid_principal, share.paid_jasa) == (100_000, 10_000)
    entries, payments = collection.sheet_receipts(sheet_id)
    assert len(entries) == 4 and len(payments) == 1
    again = load_sheet(group_id, MEETING)
    assert (again.status, again.cash_counted, again.posted_by, again.note) == (
        "posted", 130_000, "Bambang Hartono", "rapat rutin")
    assert [line.attendance for line in again.lines] == ["present", "late", "absent"]
    assert balance_check() == [] and share_check() == []


def test_the_cash_counted_must_match_and_nothing_is_written_otherwise(actors, group):
    group_id, ani, budi, citra = group
    lines = [LineForm(ani, "present", 40_000, 0, 0, 110_000)]
    with pytest.raises(DomainError) as caught:
        post_sheet(actors["treasurer"], group_id, MEETING, lines, 140_000)
    assert str(caught.value) == ("The sheet comes to Rp150.000 but Rp140.000 was counted; the "
                                 "difference is -Rp10.000. Check the rows or count again.")
    assert caught.value.field == "cash_counted"
    with pytest.raises(DomainError) as caught:
        post_sheet(actors["treasurer"], group_id, MEETING, lines, None)
    assert str(caught.value) == "Count the cash and enter it before posting."
    assert not CollectionSheet.select().exists() and account(ani, "wajib").balance == 0


def test_a_refused_row_stops_the_whole_sheet_and_says_which(actors, group):
    group_id, ani, budi, citra = group
    entries = SavingsEntry.select().count()
    lines = [LineForm(ani, "present", 40_000, 0, 0, 110_000),
             LineForm(budi, "present", 40_000, 0, 0, 0),
             LineForm(citra, "present", 40_000, 0, 400_000, 0)]  # holds only 300.000
    with pytest.raises(RowError) as caught:
        post_sheet(actors["treasurer"], group_id, MEETING, lines, 40_000 * 3 + 110_000 - 400_000)
    error = caught.value
    assert (error.row, error.name, error.column) == (3, "Citra Dewi", "withdrawal")
    assert str(error) == "The balance of Simpanan Sukarela is Rp300.000; Rp400.000 is more than that."
    assert SavingsEntry.select().count() == entries
    assert LoanShare.get(LoanShare.member == ani).paid_principal == 0
    assert not CollectionSheet.select().exists()
    with pytest.raises(RowError) as caught:
        post_sheet(actors["treasurer"], group_id, MEETING,
                   [LineForm(budi, "present", 0, 0, 0, 50_000)], 50_000)
    assert str(caught.value) == "Budi Santoso has no running loan to pay an installment on."


def test_a_draft_is_kept_and_finished_later(actors, group):
    group_id, ani, budi, citra = group
    mentor = actors["mentor"]
    lines = [LineForm(ani, "present", 40_000, 0, 0, 110_000), LineForm(budi, "absent", 0, 0, 0, 0),
             LineForm(citra, "", 0, 0, 0, 0)]
    save_draft(mentor, group_id, MEETING, lines, None, "diisi pendamping")
    draft = load_sheet(group_id, MEETING)
    assert (draft.status, draft.version, draft.saved_by) == ("draft", 1, "Dewi Kartika")
    assert [(line.attendance, line.wajib) for line in draft.lines] == [("present", 40_000), ("absent", 0), ("", 0)]
    with pytest.raises(PermissionDenied):
        post_sheet(mentor, group_id, MEETING, draft.lines, 150_000, version=draft.version)
    # Someone else saved the draft in between: the older copy is refused.
    save_draft(actors["treasurer"], group_id, MEETING, draft.lines, None, "", draft.version)
    with pytest.raises(StaleRecord):
        post_sheet(actors["treasurer"], group_id, MEETING, draft.lines, 150_000, version=draft.version)
    with pytest.raises(StaleRecord):  # a second person starting the same day's sheet afresh
        save_draft(actors["treasurer"], group_id, MEETING, draft.lines, None, "", 0)
    post_sheet(actors["treasurer"], group_id, MEETING, draft.lines, 150_000, version=draft.version + 1)
    assert load_sheet(group_id, MEETING).status == "posted"


def test_the_same_group_and_day_cannot_be_posted_twice(actors, group):
    group_id, ani, budi, citra = group
    lines = [LineForm(budi, "present", 20_000, 0, 0, 0)]
    post_sheet(actors["treasurer"], group_id, MEETING, lines, 20_000)
    with pytest.raises(DomainError) as caught:
        post_sheet(actors["administrator"], group_id, MEETING, lines, 20_000, version=2)
    assert str(caught.value) == ("The sheet of KUBE Melati for 10/02/2025 was already posted by "
                                 "Bambang Hartono. Open it again to see it.")
    assert account(budi, "wajib").balance == 20_000


def test_a_posted_sheet_is_reversed_as_a_whole(actors, group):
    group_id, ani, budi, citra = group
    lines = [LineForm(ani, "present", 40_000, 0, 0, 110_000), LineForm(citra, "present", 0, 0, 50_000, 0)]
    sheet_id = post_sheet(actors["treasurer"], group_id, MEETING, lines, 100_000)
    version = load_sheet(group_id, MEETING).version
    with pytest.raises(DomainError) as caught:
        reverse_sheet(actors["treasurer"], sheet_id, "", version)
    assert str(caught.value) == "Enter the reason for the reversal."
    reverse_sheet(actors["treasurer"], sheet_id, "tanggal rapat salah", version)
    assert account(ani, "wajib").balance == 0 and account(citra, "sukarela").balance == 300_000
    assert LoanShare.get(LoanShare.member == ani).paid_principal == 0
    assert CollectionSheet.get_by_id(sheet_id).status == "reversed"
    # The day is free again for the right sheet; the reversed one is kept with its reason.
    assert load_sheet(group_id, MEETING).status == "new"
    kept = collection.load_sheet_by_id(sheet_id)
    assert (kept.status, kept.reversal_reason, kept.lines[0].installment) == ("reversed", "tanggal rapat salah", 110_000)
    post_sheet(actors["treasurer"], group_id, MEETING, lines, 100_000)
    assert balance_check() == [] and share_check() == []


def test_wajib_per_meeting_falls_due_at_each_posted_meeting(actors, group):
    from desktop.savings_products import ProductForm, create_product

    group_id, ani, budi, citra = group
    create_product(actors["administrator"], ProductForm("WR", "Wajib Rapat", "wajib", 5_000, True, "meeting"),
                   today=dt.date(2025, 1, 6))
    assert collection.dues([budi], MEETING).get(budi, {}).get("WR") is None
    post_sheet(actors["treasurer"], group_id, MEETING, [LineForm(budi, "present", 0, 0, 0, 0)], 0)
    post_sheet(actors["treasurer"], group_id, dt.date(2025, 2, 17), [LineForm(budi, "present", 0, 0, 0, 0)], 0)
    assert collection.dues([budi], dt.date(2025, 2, 20))[budi]["WR"] == (10_000, 0)


def test_a_line_of_another_groups_member_is_refused(actors, group):
    from desktop.member_queries import load_member
    from desktop.members import move_member

    group_id, ani, budi, citra = group
    other = new_group(actors["secretary"], "KUBE Mawar")
    move_member(actors["secretary"], budi, other, dt.date(2025, 2, 1), load_member(budi).form.version)
    with pytest.raises(RowError) as caught:
        save_draft(actors["treasurer"], group_id, MEETING, [LineForm(budi, "present")], None)
    assert (caught.value.row, str(caught.value)) == (1, "Budi Santoso is not a member of KUBE Melati.")
    assert [d.name for d in load_sheet(group_id, MEETING).dues] == ["Ani Lestari", "Citra Dewi"]


def test_two_pcs_starting_the_same_day_at_once_get_a_clear_refusal(actors, group, monkeypatch):
    group_id, ani, budi, citra = group
    post_sheet(actors["treasurer"], group_id, MEETING, [LineForm(budi, "present", 20_000)], 20_000)
    # The other PC read the day before this one wrote it.
    monkeypatch.setattr(collection, "_open_sheet", lambda *_: None)
    with pytest.raises(StaleRecord):
        post_sheet(actors["administrator"], group_id, MEETING, [LineForm(budi, "present", 20_000)], 20_000)
    assert account(budi, "wajib").balance == 20_000


def test_a_draft_is_thrown_away_but_a_posted_sheet_only_reversed(actors, group):
    group_id, ani, budi, citra = group
    lines = [LineForm(budi, "present", 20_000, 0, 0, 0)]
    sheet_id = save_draft(actors["mentor"], group_id, MEETING, lines, None)
    with pytest.raises(StaleRecord):  # someone saved it again meanwhile
        collection.discard_draft(actors["mentor"], sheet_id, 0)
    with pytest.raises(PermissionDenied):
        collection.discard_draft(actors["chair"], sheet_id, 1)
    collection.discard_draft(actors["mentor"], sheet_id, 1)
    assert load_sheet(group_id, MEETING).status == "new"
    assert not CollectionSheet.select().exists()
    posted = post_sheet(actors["treasurer"], group_id, MEETING, lines, 20_000)
    with pytest.raises(DomainError, match="already posted"):
        collection.discard_draft(actors["treasurer"], posted, load_sheet(group_id, MEETING).version)
    assert account(budi, "wajib").balance == 20_000


def test_no_draft_is_kept_in_a_closed_month(actors, group):
    from desktop.month_close import close_month

    group_id, ani, budi, citra = group
    close_month(actors["treasurer"], 2025, 1)  # December and January
    lines = [LineForm(budi, "present", 20_000)]
    with pytest.raises(DomainError) as caught:
        save_draft(actors["mentor"], group_id, dt.date(2025, 1, 27), lines, None)
    # Such a draft could never be posted: it is refused as a posting would be.
    assert str(caught.value) == ("The books are closed up to 31/01/2025; nothing can be posted or reversed on "
                                 "27/01/2025. Use a date after 31/01/2025, or ask the administrator to reopen the month.")
    assert caught.value.field == "date"
    assert not CollectionSheet.select().exists()
    save_draft(actors["mentor"], group_id, MEETING, lines, None)  # February is open
    assert load_sheet(group_id, MEETING).status == "draft"


def test_a_reversed_sheet_is_kept_as_it_is(actors, group):
    group_id, ani, budi, citra = group
    lines = [LineForm(budi, "present", 20_000, 0, 0, 0)]
    posted = post_sheet(actors["treasurer"], group_id, MEETING, lines, 20_000)
    reverse_sheet(actors["treasurer"], posted, "kelompok salah", load_sheet(group_id, MEETING).version)
    with pytest.raises(DomainError) as caught:
        collection.discard_draft(actors["treasurer"], posted, collection.load_sheet_by_id(posted).version)
    assert str(caught.value) == "The sheet of KUBE Melati for 10/02/2025 was reversed; it is kept as it is."
    assert CollectionSheet.get_by_id(posted).status == "reversed"

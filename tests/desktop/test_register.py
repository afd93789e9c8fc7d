"""The register's rules, without widgets."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from db.models import AuditRecord, Member, Membership
from desktop.errors import DomainError, PermissionDenied, StaleRecord, ValidationErrors
from desktop.groups import (
    GroupFilter,
    PartnerForm,
    list_groups,
    load_group,
    set_group_stage,
    update_group,
)
from desktop.member_queries import (
    MemberFilter,
    count_members,
    load_member,
    member_history,
    search_members,
)
from desktop.members import exit_member, move_member, nik_warnings, register_member, update_member
from desktop.officers import appoint_officer, group_officers
from tests.desktop.helpers import member_form, new_group, new_member


def fields(exc: ValidationErrors) -> dict[str, str]:
    return {e.field: str(e) for e in exc.errors}


def test_a_registered_member_gets_the_next_number_and_a_membership(actors):
    sec = actors["secretary"]
    group = new_group(sec)
    first = new_member(sec, group, "Siti Aminah")
    second = new_member(sec, group, "Euis Rohmah")
    numbers = [Member.get_by_id(i).number for i in (first, second)]
    assert numbers == ["AG000001", "AG000002"]
    stay = Membership.get(Membership.member == first)
    assert (stay.group_id, stay.start_date, stay.end_date) == (group, dt.date(2021, 1, 1), None)


def test_every_wrong_field_is_reported_at_once(actors):
    sec = actors["secretary"]
    group = new_group(sec)
    form = member_form(group, name=" ", nik="123", sex="", phone="12", household_size=40,
                       join_date=dt.date.today() + dt.timedelta(days=1))
    with pytest.raises(ValidationErrors) as caught:
        register_member(sec, form)
    wrong = fields(caught.value)
    assert set(wrong) == {"name", "nik", "sex", "phone", "household_size", "join_date"}
    assert "16 digits" in wrong["nik"]
    assert Member.select().count() == 0


def test_a_duplicate_nik_is_refused_naming_the_member_who_has_it(actors):
    sec = actors["secretary"]
    group = new_group(sec)
    form = member_form(group, "Siti Aminah")
    register_member(sec, form)
    form.name = "Orang Lain"
    with pytest.raises(ValidationErrors) as caught:
        register_member(sec, form)
    assert fields(caught.value)["nik"] == "This NIK is already registered to Siti Aminah (AG000001)."


def test_a_nik_that_disagrees_with_the_form_is_shown_not_refused(actors):
    sec = actors["secretary"]
    group = new_group(sec)
    form = member_form(group, born=dt.date(1985, 3, 12), sex="P")
    form.birth_date, form.sex = dt.date(1986, 3, 12), "L"
    warnings = {w.field: str(w) for w in nik_warnings(form)}
    assert warnings["birth_date"] == "The NIK says born 12/03/1985; the form says otherwise. Check both."
    assert "other sex" in warnings["sex"]
    assert register_member(sec, form)


def test_household_is_shared_by_kk_number(actors):
    sec = actors["secretary"]
    group = new_group(sec)
    a = new_member(sec, group, "Ibu", kk_number="3175041203850001", household_size=5, welfare_level="KS1")
    b = new_member(sec, group, "Anak", kk_number="3175041203850001", household_size=5, welfare_level="KS1")
    assert Member.get_by_id(a).household_id == Member.get_by_id(b).household_id
    assert count_members(MemberFilter(welfare_level="KS1")) == 2


def test_search_by_name_number_and_nik_prefix(actors):
    sec = actors["secretary"]
    group = new_group(sec)
    siti = new_member(sec, group, "Siti Aminah")
    new_member(sec, group, "Euis Rohmah", born=dt.date(1990, 7, 1))
    nik = Member.get_by_id(siti).nik
    assert [r[2] for r in search_members(MemberFilter(text="amin"))] == ["Siti Aminah"]
    assert [r[2] for r in search_members(MemberFilter(text="ag000002"))] == ["Euis Rohmah"]
    assert [r[0] for r in search_members(MemberFilter(text=nik[:10]))] == [siti]
    assert search_members(MemberFilter(text="zzz")) == []


def test_move_keeps_both_stays_and_ends_offices(actors):
    sec = actors["secretary"]
    melati, mawar = new_group(sec, "KUBE Melati"), new_group(sec, "KSM Mawar", "Koja")
    siti = new_member(sec, melati)
    appoint_officer(sec, melati, siti, "ketua", dt.date(2021, 2, 1))
    move_member(sec, siti, mawar, dt.date(2023, 5, 1), load_member(siti).form.version)
    history = member_history(siti)
    assert [(h.group, h.what, h.end) for h in history] == [
        ("KUBE Melati", "membership", dt.date(2023, 5, 1)),
        ("KUBE Melati", "office", dt.date(2023, 5, 1)),
        ("KSM Mawar", "membership", None),
    ]
    assert group_officers(melati, include_past=False) == []
    counts = {g.name: g.active_members for g in list_groups()}
    assert counts == {"KUBE Melati": 0, "KSM Mawar": 1}


def test_exit_keeps_the_member_in_the_books(actors):
    sec = actors["secretary"]
    group = new_group(sec)
    siti = new_member(sec, group)
    exit_member(sec, siti, dt.date(2024, 6, 30), "Pindah domisili", 1)
    detail = load_member(siti)
    assert (detail.status, detail.exit_date, detail.exit_reason) == ("exited", dt.date(2024, 6, 30), "Pindah domisili")
    assert count_members(MemberFilter()) == 0
    assert count_members(MemberFilter(status=None)) == 1
    with pytest.raises(DomainError, match="has already left"):
        exit_member(sec, siti, dt.date(2024, 7, 1), "again", detail.form.version)
    with pytest.raises(DomainError, match="cannot be moved"):
        move_member(sec, siti, new_group(sec, "Lain"), dt.date(2024, 7, 1), detail.form.version)


def test_moves_and_exits_cannot_be_dated_before_joining(actors):
    sec = actors["secretary"]
    group = new_group(sec)
    siti = new_member(sec, group)
    with pytest.raises(DomainError, match="before the member joined"):
        exit_member(sec, siti, dt.date(2020, 1, 1), "x", 1)


def test_a_new_officer_ends_the_previous_term(actors):
    sec = actors["secretary"]
    group = new_group(sec)
    a, b = new_member(sec, group, "Ani"), new_member(sec, group, "Budi", sex="L")
    appoint_officer(sec, group, a, "ketua", dt.date(2021, 2, 1))
    appoint_officer(sec, group, b, "ketua", dt.date(2023, 2, 1))
    rows = group_officers(group)
    assert [(r.member_name, r.end_date) for r in rows] == [("Budi", None), ("Ani", dt.date(2023, 2, 1))]
    outsider = new_member(sec, new_group(sec, "Lain"), "Cici")
    with pytest.raises(DomainError, match="not an active member of this group"):
        appoint_officer(sec, group, outsider, "bendahara", dt.date(2023, 2, 1))


def test_group_validation_and_partners(actors):
    sec = actors["secretary"]
    group = new_group(sec, partners=[PartnerForm("Kelurahan Cilincing", "government")])
    form = load_group(group)
    assert [(p.name, p.kind) for p in form.partners] == [("Kelurahan Cilincing", "government")]
    form.name, form.kelurahan, form.rt = "", "", "12a"
    with pytest.raises(ValidationErrors) as caught:
        update_group(sec, group, form)
    assert set(fields(caught.value)) == {"name", "kelurahan", "rt"}


def test_group_filters(actors):
    sec = actors["secretary"]
    new_group(sec, "KUBE Melati", "Cilincing")
    new_group(sec, "KUBE Mawar", "Koja")
    assert [g.name for g in list_groups(GroupFilter(kelurahan="Koja"))] == ["KUBE Mawar"]
    assert [g.name for g in list_groups(GroupFilter(text="mel"))] == ["KUBE Melati"]


@pytest.mark.parametrize("role", ["treasurer", "mentor", "chair"])
def test_roles_without_the_register_are_refused(actors, role):
    group = new_group(actors["secretary"])
    with pytest.raises(PermissionDenied):
        new_group(actors[role], "Tidak Boleh")
    with pytest.raises(PermissionDenied):
        new_member(actors[role], group)
    assert count_members(MemberFilter(status=None)) == 0


def test_a_mentor_may_set_the_stage_but_a_treasurer_may_not(actors):
    group = new_group(actors["secretary"])
    set_group_stage(actors["mentor"], group, "strengthening")
    assert load_group(group).stage == "strengthening"
    with pytest.raises(PermissionDenied):
        set_group_stage(actors["treasurer"], group, "independent")


def test_an_edit_from_a_stale_copy_is_refused(actors):
    sec = actors["secretary"]
    group = new_group(sec)
    siti = new_member(sec, group)
    mine, theirs = load_member(siti).form, load_member(siti).form
    theirs.phone = "081234567890"
    update_member(sec, siti, theirs)
    mine.occupation = "Penjahit"
    with pytest.raises(StaleRecord):
        update_member(sec, siti, mine)
    assert Member.get_by_id(siti).phone == "081234567890"


def test_operations_write_who_what_and_the_values_before_and_after(actors):
    sec = actors["secretary"]
    group = new_group(sec)
    siti = new_member(sec, group)
    form = load_member(siti).form
    form.phone = "081234567890"
    update_member(sec, siti, form)
    record = AuditRecord.select().where(AuditRecord.action == "member.update").get()
    assert record.user_id == sec.id
    assert json.loads(record.before)["phone"] == ""
    assert json.loads(record.after)["phone"] == "081234567890"
    actions = [a for (a,) in AuditRecord.select(AuditRecord.action).order_by(AuditRecord.id).tuples()]
    assert actions[-3:] == ["group.create", "member.register", "member.update"]


def test_a_failed_operation_leaves_nothing_half_written(actors, monkeypatch):
    sec = actors["secretary"]
    group = new_group(sec)
    import desktop.members as members

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(members.audit, "record", broken)
    with pytest.raises(RuntimeError):
        new_member(sec, group)
    assert Member.select().count() == 0
    assert Membership.select().count() == 0


def test_a_second_family_member_joins_the_household_without_wiping_its_welfare_data(actors):
    sec = actors["secretary"]
    group = new_group(sec)
    kk = "3175040101090012"
    first = new_member(sec, group, "Siti Aminah", kk_number=kk, household_size=4, welfare_level="KS1")
    second = new_member(sec, group, "Budi Santoso", sex="L", kk_number=kk)
    assert Member.get_by_id(first).household_id == Member.get_by_id(second).household_id
    assert load_member(second).form.household_size == 4
    assert load_member(second).form.welfare_level == "KS1"

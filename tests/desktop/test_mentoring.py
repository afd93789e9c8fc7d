"""Mentoring visits: recording a visit with its follow-ups, changing it (a done follow-up keeps
its mark), marking follow-ups done and reopening them, the lists, every refusal, and which
overdue follow-ups each user is shown."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from db.models import AuditRecord, FollowUp
from desktop.auth import Actor
from desktop.errors import DomainError, NotFound, PermissionDenied, StaleRecord, ValidationErrors
from desktop.mentoring import (
    FollowUpForm,
    VisitForm,
    list_visits,
    load_visit,
    mark_follow_up_done,
    mentor_choices,
    overdue_at_login,
    overdue_follow_ups,
    record_visit,
    reopen_follow_up,
    update_visit,
    visit_detail,
    visit_mentors,
    visits_of,
)
from desktop.users import create_user, update_user
from tests.conftest import PASSWORD
from tests.desktop.helpers import new_group

TODAY = dt.date.today()


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def messages(exc: DomainError) -> list[str]:
    errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
    return [str(e) for e in errors]


def refused(call, *args) -> list[str]:
    with pytest.raises(DomainError) as caught:
        call(*args)
    return messages(caught.value)


@pytest.fixture
def group(actors) -> int:
    """KUBE Melati, formed on 05/01/2020, mentored by Dewi Kartika."""
    return new_group(actors["secretary"], mentor_id=actors["mentor"].id)


def visit(actor, group_id: int, on: dt.date, *follow_ups: tuple[str, dt.date], mentor=None, **extra) -> int:
    mentor_id = mentor if mentor is not None else actor.id
    return record_visit(actor, VisitForm(group_id, on, mentor_id, extra.get("met", "ketua, 8 anggota"),
                                         extra.get("notes", "Buku kas belum diisi."),
                                         [FollowUpForm(text, due) for text, due in follow_ups]))


def test_a_visit_is_kept_with_its_follow_ups(actors, group):
    mentor = actors["mentor"]
    on = days_ago(20)
    visit_id = record_visit(mentor, VisitForm(
        group, on, mentor.id, "  Bu Sari (ketua),  bendahara ", "Buku kas belum diisi sejak Maret.\n",
        [FollowUpForm(" Isi buku kas  Maret-Mei ", days_ago(5)), FollowUpForm("Rapat pengurus", days_ago(1)),
         FollowUpForm("Ajukan pinjaman", TODAY)]))
    row = visit_detail(visit_id)
    assert (row.group, row.on, row.mentor, row.met, row.notes, row.version) == (
        "KUBE Melati", on, "Dewi Kartika", "Bu Sari (ketua), bendahara", "Buku kas belum diisi sejak Maret.", 1)
    # Follow-ups in the order they fall due; due 5 and 1 days ago are overdue, today's is not.
    assert [(f.text, f.due_on, f.days_overdue(TODAY)) for f in row.follow_ups] == [
        ("Isi buku kas Maret-Mei", days_ago(5), 5), ("Rapat pengurus", days_ago(1), 1),
        ("Ajukan pinjaman", TODAY, 0)]
    assert (row.open, row.done, row.overdue) == (3, 0, 2)
    assert load_visit(visit_id) == VisitForm(
        group, on, mentor.id, "Bu Sari (ketua), bendahara", "Buku kas belum diisi sejak Maret.",
        [FollowUpForm(f.text, f.due_on, f.id) for f in row.follow_ups], 1)
    audit = AuditRecord.get(AuditRecord.action == "visit.record")
    assert (audit.entity, audit.entity_id, audit.summary) == ("visit", visit_id, "KUBE Melati")
    assert len(json.loads(audit.after)["follow_ups"]) == 3


def test_every_refusal_of_a_visit(actors, group):
    mentor = actors["mentor"]

    def refusals(**change) -> list[str]:
        form = VisitForm(group, days_ago(3), mentor.id, "ketua", "", [FollowUpForm("Rapat", days_ago(1))])
        for key, value in change.items():
            setattr(form, key, value)
        return refused(record_visit, mentor, form)

    assert refusals(group_id=None, on=None, mentor_id=None) == [
        "Choose the group visited.", "Enter the date of the visit.", "Choose the mentor who made the visit."]
    assert refusals(group_id=9999) == ["This group no longer exists."]
    assert refusals(on=TODAY + dt.timedelta(days=1)) == ["The date cannot be in the future."]
    assert refusals(on=dt.date(2020, 1, 4)) == [
        "KUBE Melati was formed on 05/01/2020; a visit cannot be dated before that."]
    assert refusals(mentor_id=9999) == ["Choose the mentor who made the visit."]
    assert refusals(mentor_id=actors["secretary"].id) == [
        "Sri Wahyuni is not an active mentor or administrator. Choose the mentor who made the visit."]
    admin = actors["administrator"]
    former = create_user(admin, "pendamping2", "Rudi Hartono", "mentor", PASSWORD)
    update_user(admin, former, "Rudi Hartono", "mentor", False, 1)
    assert refusals(mentor_id=former) == [
        "Rudi Hartono is not an active mentor or administrator. Choose the mentor who made the visit."]
    assert refusals(met="x" * 301) == ["Who was met takes at most 300 characters; put the rest in the notes."]
    assert refusals(follow_ups=[FollowUpForm("Rapat", days_ago(1)), FollowUpForm("  ", days_ago(1))]) == [
        "Follow-up 2 needs what was agreed."]
    assert refusals(follow_ups=[FollowUpForm("Rapat", None)]) == ["Follow-up 1 needs a due date."]
    assert refusals(follow_ups=[FollowUpForm("Rapat", days_ago(4))]) == [
        f"Follow-up 1 is due on {days_ago(4):%d/%m/%Y}, before the visit on {days_ago(3):%d/%m/%Y}. "
        "Give it a due date on or after the visit."]
    assert refusals(follow_ups=[FollowUpForm("x" * 301, days_ago(1))]) == [
        "Follow-up 1 is longer than 300 characters; split it in two."]
    # The administrator may record a visit made by themselves.
    assert record_visit(admin, VisitForm(group, days_ago(3), admin.id)) > 0
    for role in ("treasurer", "secretary", "chair"):
        with pytest.raises(PermissionDenied):
            record_visit(actors[role], VisitForm(group, days_ago(3), mentor.id))
    assert len(list_visits()) == 1


def test_changing_a_visit_keeps_done_follow_ups_done(actors, group):
    mentor = actors["mentor"]
    visit_id = visit(mentor, group, days_ago(30), ("Isi buku kas", days_ago(20)), ("Rapat", days_ago(10)))
    form = load_visit(visit_id)
    books, meeting = form.follow_ups
    mark_follow_up_done(mentor, books.id, days_ago(15), "sudah diisi")
    # Notes changed, the meeting moved, a follow-up added; the done one comes back unchanged.
    form.notes = "Buku kas sudah diperiksa."
    meeting.due_on = days_ago(2)
    form.follow_ups.append(FollowUpForm("Ajukan pinjaman", TODAY))
    update_visit(mentor, visit_id, form)
    row = visit_detail(visit_id)
    assert (row.notes, row.version) == ("Buku kas sudah diperiksa.", 2)
    assert [(f.text, f.due_on, f.done_on, f.done_by, f.done_note) for f in row.follow_ups] == [
        ("Isi buku kas", days_ago(20), days_ago(15), "Dewi Kartika", "sudah diisi"),
        ("Rapat", days_ago(2), None, "", ""), ("Ajukan pinjaman", TODAY, None, "", "")]
    assert (row.open, row.done, row.overdue) == (2, 1, 1)
    # An open follow-up may be removed; a done one may not.
    form = load_visit(visit_id)
    form.follow_ups = [f for f in form.follow_ups if f.text != "Rapat"]
    update_visit(mentor, visit_id, form)
    assert [f.text for f in visit_detail(visit_id).follow_ups] == ["Isi buku kas", "Ajukan pinjaman"]
    form = load_visit(visit_id)
    form.follow_ups = form.follow_ups[1:]
    assert refused(update_visit, mentor, visit_id, form) == [
        f'The follow-up "Isi buku kas" was done on {days_ago(15):%d/%m/%Y}; it stays on the visit.']
    form = load_visit(visit_id)
    form.on = days_ago(14)
    form.follow_ups[0].due_on = days_ago(14)
    assert refused(update_visit, mentor, visit_id, form) == [
        f'The follow-up "Isi buku kas" was done on {days_ago(15):%d/%m/%Y}; the visit cannot be dated after that.']
    assert FollowUp.select().count() == 2
    before = AuditRecord.get(AuditRecord.action == "visit.update")
    assert json.loads(before.before)["notes"] == "Buku kas belum diisi."


def test_a_visit_changed_elsewhere_or_by_a_former_mentor(actors, group):
    mentor, admin = actors["mentor"], actors["administrator"]
    rudi = create_user(admin, "pendamping2", "Rudi Hartono", "mentor", PASSWORD)
    rudi_actor = Actor(rudi, "pendamping2", "Rudi Hartono", "mentor")
    visit_id = visit(rudi_actor, group, days_ago(30), ("Rapat", days_ago(20)))
    stale = load_visit(visit_id)
    fresh = load_visit(visit_id)
    fresh.notes = "Diperbarui."
    update_visit(mentor, visit_id, fresh)
    with pytest.raises(StaleRecord):
        update_visit(mentor, visit_id, stale)
    # Rudi has left: his visit's notes can still be corrected, but no visit can be given to him.
    update_user(admin, rudi, "Rudi Hartono", "mentor", False, 1)
    again = load_visit(visit_id)
    again.notes = "Dikoreksi."
    update_visit(mentor, visit_id, again)
    assert visit_detail(visit_id).mentor == "Rudi Hartono"
    other = visit(mentor, group, days_ago(3))
    moved = load_visit(other)
    moved.mentor_id = rudi
    assert refused(update_visit, mentor, other, moved) == [
        "Rudi Hartono is not an active mentor or administrator. Choose the mentor who made the visit."]
    assert (rudi, "Rudi Hartono") in mentor_choices(also=rudi)
    assert (rudi, "Rudi Hartono") not in mentor_choices()
    assert (rudi, "Rudi Hartono") in visit_mentors()
    ghost = load_visit(other)
    ghost.follow_ups.append(FollowUpForm("Hilang", TODAY, 9999))
    with pytest.raises(NotFound):
        update_visit(mentor, other, ghost)
    with pytest.raises(NotFound) as caught:
        update_visit(mentor, 9999, ghost)
    assert str(caught.value) == "This visit no longer exists."
    with pytest.raises(PermissionDenied):
        update_visit(actors["treasurer"], other, load_visit(other))


def test_marking_a_follow_up_done_and_reopening_it(actors, group):
    mentor = actors["mentor"]
    visit_id = visit(mentor, group, days_ago(10), ("Isi buku kas", days_ago(3)))
    follow_up = visit_detail(visit_id).follow_ups[0].id
    assert refused(mark_follow_up_done, mentor, follow_up, days_ago(11)) == [
        f"It cannot be done before the visit on {days_ago(10):%d/%m/%Y} where it was agreed."]
    assert refused(mark_follow_up_done, mentor, follow_up, TODAY + dt.timedelta(days=1)) == [
        "The date cannot be in the future."]
    assert refused(mark_follow_up_done, mentor, follow_up, None) == ["Enter the date it was done."]
    assert refused(mark_follow_up_done, mentor, follow_up, TODAY, "x" * 201) == [
        "The note takes at most 200 characters."]
    with pytest.raises(PermissionDenied):
        mark_follow_up_done(actors["secretary"], follow_up, TODAY)
    assert refused(reopen_follow_up, mentor, follow_up) == ["This follow-up is not marked done."]
    mark_follow_up_done(mentor, follow_up, days_ago(10), "  diisi  bersama ")
    done = visit_detail(visit_id).follow_ups[0]
    assert (done.done_on, done.done_by, done.done_note, done.days_overdue(TODAY)) == (
        days_ago(10), "Dewi Kartika", "diisi bersama", 0)
    assert refused(mark_follow_up_done, mentor, follow_up, TODAY) == [
        f"This follow-up was already marked done on {days_ago(10):%d/%m/%Y}."]
    reopen_follow_up(actors["administrator"], follow_up)
    again = visit_detail(visit_id).follow_ups[0]
    assert (again.done_on, again.done_by, again.done_note, again.days_overdue(TODAY)) == (None, "", "", 3)
    assert [r.action for r in AuditRecord.select().where(AuditRecord.entity == "follow_up")
            .order_by(AuditRecord.id)] == ["followup.done", "followup.reopen"]
    with pytest.raises(NotFound) as caught:
        mark_follow_up_done(mentor, 9999, TODAY)
    assert str(caught.value) == "This follow-up no longer exists."


def test_lists_of_visits_by_mentor_group_and_period(actors, group):
    mentor, admin = actors["mentor"], actors["administrator"]
    mawar = new_group(actors["secretary"], "KUBE Mawar")
    old = visit(mentor, group, days_ago(100), ("Rapat", days_ago(90)))
    recent = visit(mentor, mawar, days_ago(10))
    by_admin = visit(admin, group, days_ago(5), ("Ajukan pinjaman", TODAY))
    assert [v.id for v in list_visits()] == [by_admin, recent, old]
    assert [v.id for v in list_visits(mentor_id=mentor.id)] == [recent, old]
    assert [v.id for v in list_visits(group_id=group)] == [by_admin, old]
    assert [v.id for v in list_visits(since=days_ago(10), until=days_ago(5))] == [by_admin, recent]
    assert [v.id for v in visits_of(group)] == [old, by_admin]
    assert [(v.open, v.overdue) for v in visits_of(group)] == [(1, 1), (1, 0)]


def test_overdue_follow_ups_for_a_mentor_and_for_everyone(actors, group):
    """Dewi mentors KUBE Melati; Rudi mentors KUBE Mawar. Overdue means past the due date and
    not done: due yesterday is overdue, due today is not, a done one never is."""
    mentor, admin = actors["mentor"], actors["administrator"]
    rudi_id = create_user(admin, "pendamping2", "Rudi Hartono", "mentor", PASSWORD)
    rudi = Actor(rudi_id, "pendamping2", "Rudi Hartono", "mentor")
    mawar = new_group(actors["secretary"], "KUBE Mawar", mentor_id=rudi_id)
    visit(mentor, group, days_ago(20), ("Isi buku kas", days_ago(1)), ("Rapat", TODAY),
          ("Setor simpanan", days_ago(10)))
    done = FollowUp.get(FollowUp.text == "Setor simpanan").id
    mark_follow_up_done(mentor, done, days_ago(12))
    visit(rudi, group, days_ago(15), ("Undang bank", days_ago(3)))  # Rudi at Dewi's group
    visit(rudi, mawar, days_ago(30), ("Perbaiki notulen", days_ago(20)))
    visit(admin, mawar, days_ago(8), ("Cek kas", days_ago(2)))  # the administrator at Rudi's group

    def seen(rows) -> list[tuple]:
        return [(r.group, r.text, r.days_overdue, r.mentor) for r in rows]

    assert seen(overdue_follow_ups(mentor.id, TODAY)) == [
        ("KUBE Melati", "Undang bank", 3, "Rudi Hartono"),
        ("KUBE Melati", "Isi buku kas", 1, "Dewi Kartika")]
    assert seen(overdue_follow_ups(rudi_id, TODAY)) == [
        ("KUBE Mawar", "Perbaiki notulen", 20, "Rudi Hartono"),
        ("KUBE Melati", "Undang bank", 3, "Rudi Hartono"),
        ("KUBE Mawar", "Cek kas", 2, "Admin Kantor")]
    everyone = overdue_follow_ups(None, TODAY)
    assert seen(everyone) == [
        ("KUBE Mawar", "Perbaiki notulen", 20, "Rudi Hartono"),
        ("KUBE Melati", "Undang bank", 3, "Rudi Hartono"),
        ("KUBE Mawar", "Cek kas", 2, "Admin Kantor"),
        ("KUBE Melati", "Isi buku kas", 1, "Dewi Kartika")]
    first = everyone[0]
    assert (first.visit_on, first.due_on, first.group_id) == (days_ago(30), days_ago(20), mawar)
    # Tomorrow the meeting due today is one day late too.
    assert len(overdue_follow_ups(mentor.id, TODAY + dt.timedelta(days=1))) == 3
    # At login: a mentor their own, the administrator and the chair everyone's, others none.
    assert seen(overdue_at_login(mentor, TODAY)) == seen(overdue_follow_ups(mentor.id, TODAY))
    assert len(overdue_at_login(admin, TODAY)) == len(overdue_at_login(actors["chair"], TODAY)) == 4
    assert overdue_at_login(actors["secretary"], TODAY) == overdue_at_login(actors["treasurer"], TODAY) == []


def test_the_list_of_every_visit_of_a_large_office(actors, group):
    """Two thousand groups visited every six weeks make over 32,766 visits in two years: more
    than SQLite as built by sqlite.org (and for Python on Windows) takes as the values of one
    query, so the follow-ups are not asked for by a list of the visits' ids."""
    import sqlite3

    from db.connection import database
    from db.models import Visit

    mentor = actors["mentor"]
    kept = visit(mentor, group, days_ago(3), ("Rapat pengurus", days_ago(1)))
    for start in range(0, 33_000, 5_500):
        Visit.insert_many([{"group": group, "on": days_ago(10 + i % 700), "mentor": mentor.id,
                            "created_by": mentor.id} for i in range(start, start + 5_500)]).execute()
    connection = database.connection()
    wider = connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 32_766)
    try:
        rows = list_visits()
    finally:
        connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, wider)
    assert len(rows) == 33_001
    assert (rows[0].id, [f.text for f in rows[0].follow_ups], rows[0].overdue) == (kept, ["Rapat pengurus"], 1)
    assert sum(len(v.follow_ups) for v in rows) == 1

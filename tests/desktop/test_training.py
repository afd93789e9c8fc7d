"""Sessions, programs and attendance: every rule and refusal, the list of a session on its day,
the grid's marks and the card scans, and the rates and the program matrix worked out by hand."""

from __future__ import annotations

import datetime as dt
import io
from fractions import Fraction

import pytest

from db.models import Attendance, AuditRecord, Member, Membership, TrainingSession
from desktop import training
from desktop.documents.attendance_sheet import write_attendance_sheet
from desktop.errors import DomainError, NotFound, PermissionDenied, StaleRecord, ValidationErrors
from desktop.members import exit_member, move_member
from desktop.training import (
    AttendanceMark,
    ProgramForm,
    SessionForm,
    attendance_list,
    create_program,
    create_session,
    delete_session,
    load_program,
    load_session,
    next_program_seq,
    parse_time,
    save_attendance,
    scan_attendance,
    session_info,
    update_program,
    update_session,
)
from desktop.training_rates import (
    SessionFilter,
    attendance_rates,
    list_programs,
    list_sessions,
    overall_rate,
    program_matrix,
    session_rates,
)
from tests.desktop.helpers import new_group, new_member, pdf_page_size, pdf_pages

FEB = dt.date(2025, 2, 10)
MAR = dt.date(2025, 3, 10)
APR = dt.date(2025, 4, 14)


def number(member_id: int) -> str:
    return Member.get_by_id(member_id).number


def messages(exc: pytest.ExceptionInfo) -> list[tuple[str | None, str]]:
    """(field, message with its values) of each refusal raised."""
    errors = exc.value.errors if isinstance(exc.value, ValidationErrors) else [exc.value]
    return [(e.field, e.message.format(**e.params)) for e in errors]


@pytest.fixture
def office(actors):
    """KUBE Melati (Ani, Budi, Citra) and KUBE Mawar (Dewi), all members since 2021; a program
    of four planned sessions."""
    sec = actors["secretary"]
    melati = new_group(sec, "KUBE Melati")
    mawar = new_group(sec, "KUBE Mawar")
    ani = new_member(sec, melati, "Ani Lestari")
    budi = new_member(sec, melati, "Budi Santoso", sex="L")
    citra = new_member(sec, melati, "Citra Dewi")
    dewi = new_member(sec, mawar, "Dewi Sartika")
    program = create_program(sec, ProgramForm("Sekolah Usaha Perempuan", 4))
    return dict(melati=melati, mawar=mawar, ani=ani, budi=budi, citra=citra, dewi=dewi,
                program=program)


def session(actor, groups, on=FEB, kind="training", program=None, seq=None, **extra) -> int:
    form = SessionForm(kind, extra.pop("topic", "Pembukuan sederhana"), on, group_ids=list(groups),
                       program_id=program, program_seq=seq, **extra)
    return create_session(actor, form)


# --- programs -------------------------------------------------------------------------------

def test_a_program_is_created_changed_and_listed(actors, office):
    sec = actors["secretary"]
    program = office["program"]
    form = load_program(program)
    assert (form.name, form.planned_sessions, form.active, form.version) == (
        "Sekolah Usaha Perempuan", 4, True, 1)
    form.planned_sessions, form.description = 8, "Delapan pertemuan"
    update_program(sec, program, form)
    session(sec, [office["melati"]], program=program)
    session(sec, [office["melati"]], on=dt.date.today() + dt.timedelta(days=7), program=program)
    [row] = list_programs()
    assert (row.name, row.planned_sessions, row.sessions, row.held, row.description) == (
        "Sekolah Usaha Perempuan", 8, 2, 1, "Delapan pertemuan")
    with pytest.raises(StaleRecord):
        update_program(sec, program, form)  # version 1, stored 2
    assert AuditRecord.select().where(AuditRecord.action.startswith("program.")).count() == 2


def test_a_program_is_refused_with_its_reasons(actors, office):
    sec = actors["secretary"]
    with pytest.raises(ValidationErrors) as exc:
        create_program(sec, ProgramForm("  ", -1))
    assert messages(exc) == [
        ("name", "Enter the program's name."),
        ("planned_sessions", "The planned number of sessions is a number from 0 (not fixed) to 100.")]
    with pytest.raises(ValidationErrors) as exc:
        create_program(sec, ProgramForm("sekolah usaha  PEREMPUAN", 101))
    assert messages(exc) == [
        ("name", "A program named sekolah usaha PEREMPUAN exists already. Give this one another name."),
        ("planned_sessions", "The planned number of sessions is a number from 0 (not fixed) to 100.")]
    with pytest.raises(ValidationErrors) as exc:
        create_program(sec, ProgramForm("x" * 121, 0))
    assert messages(exc) == [("name", "The name may have at most 120 characters.")]
    program = office["program"]
    session(sec, [office["melati"]], program=program, seq=3)
    form = load_program(program)
    form.planned_sessions = 2
    with pytest.raises(ValidationErrors) as exc:
        update_program(sec, program, form)
    assert messages(exc) == [("planned_sessions", "Session number 3 of this program is already entered; plan at least 3 sessions.")]
    with pytest.raises(PermissionDenied):
        create_program(actors["treasurer"], ProgramForm("Lain", 2))


# --- sessions -------------------------------------------------------------------------------

def test_a_session_is_planned_numbered_and_changed(actors, office):
    sec = actors["mentor"]
    program = office["program"]
    assert next_program_seq(program) == 1
    first = session(sec, [office["melati"], office["mawar"]], program=program,
                    starts_at="9.00", ends_at="12:30", place=" Balai  RW 05 ", facilitator="Ibu Rina")
    # A session may be planned ahead; its number is the program's next one.
    later = session(sec, [office["melati"]], on=dt.date.today() + dt.timedelta(days=30), program=program)
    form = load_session(first)
    assert (form.kind, form.on, form.starts_at, form.ends_at, form.place, form.program_seq,
            sorted(form.group_ids)) == ("training", FEB, "09:00", "12:30", "Balai RW 05", 1,
                                        sorted([office["melati"], office["mawar"]]))
    assert load_session(later).program_seq == 2
    info = session_info(first)
    assert (info.program, info.program_seq, info.planned_sessions,
            [name for _id, name in info.groups]) == (
        "Sekolah Usaha Perempuan", 1, 4, ["KUBE Mawar", "KUBE Melati"])
    form.topic, form.group_ids = "Pembukuan usaha", [office["melati"]]
    update_session(sec, first, form)
    assert (load_session(first).topic, load_session(first).group_ids, load_session(first).program_seq) == (
        "Pembukuan usaha", [office["melati"]], 1)
    with pytest.raises(StaleRecord):
        update_session(sec, first, form)
    # Taken out of the program, it loses its number.
    form = load_session(first)
    form.program_id = None
    form.program_seq = None
    update_session(sec, first, form)
    assert load_session(first).program_seq is None
    assert next_program_seq(program) == 3


def test_times_are_read_as_offices_write_them():
    assert [parse_time(t, "starts_at") for t in ("9:00", "09.30", " 13:05 ", "")] == [
        "09:00", "09:30", "13:05", ""]
    for wrong in ("9", "24:00", "12:60", "siang"):
        with pytest.raises(DomainError, match="Write the time as hours and minutes"):
            parse_time(wrong, "starts_at")


def test_a_session_is_refused_with_every_reason_at_once(actors, office):
    sec = actors["secretary"]
    form = SessionForm("rapat", "  ", None, starts_at="10:00", ends_at="09:30", program_seq=2)
    with pytest.raises(ValidationErrors) as exc:
        create_session(sec, form)
    assert messages(exc) == [
        ("kind", "Choose the kind of session."),
        ("topic", "Enter the topic of the session."),
        ("on", "Enter the date of the session."),
        ("ends_at", "The session must end after it starts."),
        ("group_ids", "Invite at least one group."),
        ("program_id", "Choose the program this session is numbered in, or leave the number empty.")]
    form = SessionForm("training", "t" * 201, FEB, starts_at="8", ends_at="", place="p" * 201,
                       facilitator="f" * 121, group_ids=[office["melati"], 999_999])
    with pytest.raises(ValidationErrors) as exc:
        create_session(sec, form)
    assert messages(exc) == [
        ("topic", "This may have at most 200 characters."),
        ("place", "This may have at most 200 characters."),
        ("facilitator", "This may have at most 120 characters."),
        ("starts_at", "Write the time as hours and minutes, for example 09:00."),
        ("group_ids", "A group chosen no longer exists. Choose the groups again.")]
    form = SessionForm("training", "Pembukuan", FEB, ends_at="12:00", group_ids=[office["melati"]])
    with pytest.raises(ValidationErrors) as exc:
        create_session(sec, form)
    assert messages(exc) == [("starts_at", "Enter the start time too, or leave both times empty.")]
    with pytest.raises(PermissionDenied):
        session(actors["treasurer"], [office["melati"]])
    with pytest.raises(PermissionDenied):
        session(actors["chair"], [office["melati"]])


def test_program_numbers_are_not_used_twice_nor_above_the_plan(actors, office):
    sec = actors["secretary"]
    program = office["program"]
    first = session(sec, [office["melati"]], program=program, seq=2, topic="Pemasaran")
    for seq, text in (
            (2, "Session 2 of Sekolah Usaha Perempuan is already entered: Pemasaran on 10/02/2025. Choose another number."),
            (5, "Sekolah Usaha Perempuan is planned with 4 sessions; number 5 is above that. Choose another number or raise the program's planned number."),
            (0, "Sessions of a program are numbered from 1.")):
        with pytest.raises(ValidationErrors) as exc:
            session(sec, [office["melati"]], program=program, seq=seq)
        assert messages(exc) == [("program_seq", text)]
    # The session keeps its own number when changed.
    form = load_session(first)
    form.notes = "Dipindah ke balai"
    update_session(sec, first, form)
    # The next number follows the highest; once the plan is full, there is no next one.
    assert session(sec, [office["melati"]], program=program) == first + 1
    assert load_session(first + 1).program_seq == 3
    session(sec, [office["melati"]], program=program)
    with pytest.raises(ValidationErrors) as exc:
        session(sec, [office["melati"]], program=program)
    assert messages(exc) == [("program_seq", "All 4 planned sessions of Sekolah Usaha Perempuan are entered. Raise the program's planned number first.")]
    # A closed program takes no new sessions; one already in it may still be changed.
    closed = load_program(program)
    closed.active, closed.planned_sessions = False, 10
    update_program(sec, program, closed)
    with pytest.raises(ValidationErrors) as exc:
        session(sec, [office["melati"]], program=program)
    assert messages(exc) == [("program_id", "The program Sekolah Usaha Perempuan is closed. Open it again to add sessions to it.")]
    update_session(sec, first, load_session(first))
    with pytest.raises(ValidationErrors) as exc:
        session(sec, [office["melati"]], program=999_999)
    assert messages(exc) == [("program_id", "This program no longer exists.")]


def test_two_computers_taking_the_same_number_at_once(actors, office, monkeypatch):
    """The other PC saved number 1 between this one's choosing it and saving: the unique index
    refuses the second."""
    sec = actors["secretary"]
    session(sec, [office["melati"]], program=office["program"])
    monkeypatch.setattr(training, "next_program_seq", lambda program_id: 1)
    with pytest.raises(DomainError) as exc:
        session(sec, [office["melati"]], program=office["program"])
    assert messages(exc) == [("program_seq", "Session 1 of the program was just entered on another computer. Save again to take the next number, or choose another.")]
    assert TrainingSession.select().count() == 1


def test_a_session_with_attendance_keeps_its_groups_and_its_past_date(actors, office):
    sec = actors["secretary"]
    both = session(sec, [office["melati"], office["mawar"]])
    save_attendance(sec, both, [AttendanceMark(office["dewi"], "present")])
    form = load_session(both)
    form.group_ids = [office["melati"]]
    with pytest.raises(DomainError) as exc:
        update_session(sec, both, form)
    assert messages(exc) == [("group_ids", "Attendance is recorded for 1 member(s) of KUBE Mawar; the group stays invited. Clear their marks first if it was not invited.")]
    form = load_session(both)
    form.on = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(DomainError) as exc:
        update_session(sec, both, form)
    assert messages(exc) == [("on", "Attendance is already recorded for this session, so it cannot be moved to a future date.")]
    # Moving it to another past day is a correction, and allowed.
    form.on = FEB - dt.timedelta(days=1)
    update_session(sec, both, form)


def test_a_session_is_deleted_only_while_no_attendance_is_recorded(actors, office):
    sec = actors["secretary"]
    held = session(sec, [office["melati"]])
    save_attendance(sec, held, [AttendanceMark(office["ani"], "present"),
                                AttendanceMark(office["budi"], "absent")])
    with pytest.raises(DomainError) as exc:
        delete_session(sec, held, 1)
    assert messages(exc) == [(None, "Attendance is recorded for 2 member(s) of this session, so it is kept. Clear the marks first if the session did not take place.")]
    with pytest.raises(StaleRecord):
        delete_session(sec, held, 0)
    save_attendance(sec, held, [AttendanceMark(office["ani"], ""), AttendanceMark(office["budi"], "")])
    delete_session(sec, held, 1)
    assert not TrainingSession.select().where(TrainingSession.id == held).exists()
    gone = AuditRecord.get(AuditRecord.action == "session.delete")
    assert gone.entity_id == held and "Pembukuan sederhana" in gone.before
    with pytest.raises(NotFound):
        delete_session(sec, held, 1)


# --- the list of a session -----------------------------------------------------------------

def test_the_list_holds_the_members_of_the_invited_groups_on_the_day(actors, office):
    sec = actors["secretary"]
    melati, mawar = office["melati"], office["mawar"]
    # Eka joins Melati on 1 March; Fajar moves from Melati to Mawar on 1 March; Gita leaves
    # the office on 1 March.
    eka = new_member(sec, melati, "Eka Putri", join_date=dt.date(2025, 3, 1))
    fajar = new_member(sec, melati, "Fajar Nugroho", sex="L")
    gita = new_member(sec, melati, "Gita Permata")
    move_member(sec, fajar, mawar, dt.date(2025, 3, 1), Member.get_by_id(fajar).version)
    exit_member(sec, gita, dt.date(2025, 3, 1), "Pindah kota", Member.get_by_id(gita).version)
    february = session(sec, [melati], on=FEB)
    march = session(sec, [melati], on=MAR)
    on_the_day = session(sec, [melati, mawar], on=dt.date(2025, 3, 1))
    assert [line.name for line in attendance_list(february)] == [
        "Ani Lestari", "Budi Santoso", "Citra Dewi", "Fajar Nugroho", "Gita Permata"]
    assert [line.name for line in attendance_list(march)] == [
        "Ani Lestari", "Budi Santoso", "Citra Dewi", "Eka Putri"]
    # On the day of the move Fajar is in his new group; on the day she left Gita is not.
    assert [(line.group, line.name) for line in attendance_list(on_the_day)] == [
        ("KUBE Mawar", "Dewi Sartika"), ("KUBE Mawar", "Fajar Nugroho"),
        ("KUBE Melati", "Ani Lestari"), ("KUBE Melati", "Budi Santoso"),
        ("KUBE Melati", "Citra Dewi"), ("KUBE Melati", "Eka Putri")]
    with pytest.raises(DomainError) as exc:
        save_attendance(sec, march, [AttendanceMark(fajar, "present")])
    assert messages(exc) == [(None, f"Fajar Nugroho ({number(fajar)}) of KUBE Mawar is not on the list of this session: the group was not invited, or the member was not in it on that day.")]
    with pytest.raises(DomainError, match="Eka Putri .* of KUBE Melati is not on the list"):
        save_attendance(sec, february, [AttendanceMark(eka, "present")])
    # Fajar's mark in February counts for Melati, the group he was in, even after his move.
    save_attendance(sec, february, [AttendanceMark(fajar, "late", "  macet  di jalan ")])
    [mark] = Attendance.select().where(Attendance.member == fajar)
    assert (mark.group_id, mark.status, mark.note, mark.via) == (melati, "late", "macet di jalan", "grid")
    line = next(x for x in attendance_list(february) if x.member_id == fajar)
    assert (line.group, line.status, line.note, line.invited) == ("KUBE Melati", "late", "macet di jalan", True)


def test_someone_already_recorded_stays_on_the_list(actors, office):
    """A member marked, whose stay is corrected afterwards, is still listed with the mark."""
    sec = actors["secretary"]
    held = session(sec, [office["melati"]])
    save_attendance(sec, held, [AttendanceMark(office["citra"], "present")])
    Member.update(join_date=dt.date(2025, 5, 1)).where(Member.id == office["citra"]).execute()
    Membership.update(start_date=dt.date(2025, 5, 1)).where(Membership.member == office["citra"]).execute()
    line = next(x for x in attendance_list(held) if x.member_id == office["citra"])
    assert (line.status, line.invited, line.group) == ("present", False, "KUBE Melati")


# --- the grid -------------------------------------------------------------------------------

def test_the_grid_is_saved_in_one_operation(actors, office):
    mentor = actors["mentor"]
    held = session(mentor, [office["melati"]])
    changed = save_attendance(mentor, held, [
        AttendanceMark(office["ani"], "present"), AttendanceMark(office["budi"], "excused", "sakit"),
        AttendanceMark(office["citra"], "absent")])
    assert changed == 3
    assert [(x.name, x.status, x.note) for x in attendance_list(held)] == [
        ("Ani Lestari", "present", ""), ("Budi Santoso", "excused", "sakit"),
        ("Citra Dewi", "absent", "")]
    # Saving the same marks again changes nothing; a blank status clears a mark.
    assert save_attendance(mentor, held, [AttendanceMark(office["ani"], "present")]) == 0
    assert save_attendance(mentor, held, [AttendanceMark(office["citra"], ""),
                                          AttendanceMark(office["budi"], "late", "sakit")]) == 2
    assert [x.status for x in attendance_list(held)] == ["present", "late", ""]
    records = list(AuditRecord.select().where(AuditRecord.action == "attendance.save")
                   .order_by(AuditRecord.id))
    assert len(records) == 2
    assert f'"{number(office["citra"])}": ""' in records[1].after
    assert f'"{number(office["budi"])}": "excused"' in records[1].before


def test_the_grid_is_refused_with_its_reasons(actors, office):
    sec = actors["secretary"]
    held = session(sec, [office["melati"]])
    with pytest.raises(DomainError) as exc:
        save_attendance(sec, held, [AttendanceMark(office["ani"], "sick")])
    assert messages(exc) == [("status", "Mark Ani Lestari present, late, excused or absent.")]
    with pytest.raises(DomainError) as exc:  # a note goes with a mark
        save_attendance(sec, held, [AttendanceMark(office["budi"], "", "sakit")])
    assert messages(exc) == [("status", "Mark Budi Santoso present, late, excused or absent.")]
    with pytest.raises(DomainError) as exc:
        save_attendance(sec, held, [AttendanceMark(office["ani"], "present"),
                                    AttendanceMark(office["ani"], "late")])
    assert messages(exc) == [(None, "A member is marked twice. Give each member one mark.")]
    with pytest.raises(DomainError) as exc:
        save_attendance(sec, held, [AttendanceMark(office["dewi"], "present")])
    assert messages(exc) == [(None, f"Dewi Sartika ({number(office['dewi'])}) of KUBE Mawar is not on the list of this session: the group was not invited, or the member was not in it on that day.")]
    with pytest.raises(NotFound):
        save_attendance(sec, held, [AttendanceMark(999_999, "present")])
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    planned = session(sec, [office["melati"]], on=tomorrow)
    with pytest.raises(DomainError) as exc:
        save_attendance(sec, planned, [AttendanceMark(office["ani"], "present")])
    assert messages(exc) == [(None, f"Attendance is taken on the day of the session or after it; this session is on {tomorrow:%d/%m/%Y}.")]
    for role in ("treasurer", "chair"):
        with pytest.raises(PermissionDenied):
            save_attendance(actors[role], held, [AttendanceMark(office["ani"], "present")])
    assert not Attendance.select().exists()


def test_a_grid_saved_over_a_card_scanned_meanwhile_is_refused(actors, office, monkeypatch):
    """Another PC scanned Ani's card after this one read the list: the insert meets her mark."""
    sec = actors["secretary"]
    held = session(sec, [office["melati"]])
    before = attendance_list(held)
    scan_attendance(sec, held, number(office["ani"]), dt.datetime(2025, 2, 10, 9, 0))
    monkeypatch.setattr(training, "attendance_list", lambda session_id: before)
    with pytest.raises(StaleRecord) as exc:
        save_attendance(sec, held, [AttendanceMark(office["budi"], "present"),
                                    AttendanceMark(office["ani"], "absent")])
    assert messages(exc) == [(None, "Some of these members were marked meanwhile on another computer. Their marks are shown again; check them and save once more.")]
    assert {(a.member_id, a.status, a.via) for a in Attendance.select()} == {(office["ani"], "present", "scan")}


# --- scanning cards -------------------------------------------------------------------------

def test_a_scanned_card_marks_the_member_present_or_late(actors, office):
    sec = actors["secretary"]
    held = session(sec, [office["melati"]], starts_at="09:00")
    ani, budi, citra = (number(office[k]) for k in ("ani", "budi", "citra"))
    # 09:15:00 is 15 minutes after the start: still present; 09:15:01 is more: late.
    first = scan_attendance(sec, held, ani, dt.datetime(2025, 2, 10, 9, 15, 0))
    assert (first.name, first.group, first.status, first.already) == (
        "Ani Lestari", "KUBE Melati", "present", False)
    late = scan_attendance(sec, held, f"  {budi.lower()} ", dt.datetime(2025, 2, 10, 9, 15, 1, 500))
    assert (late.name, late.status, late.recorded_at) == (
        "Budi Santoso", "late", dt.datetime(2025, 2, 10, 9, 15, 1))
    # Entered from the cards the day after: no time to compare, so present.
    next_day = scan_attendance(sec, held, citra, dt.datetime(2025, 2, 11, 8, 0))
    assert next_day.status == "present"
    marks = {a.member_id: (a.status, a.via, a.recorded_at) for a in Attendance.select()}
    assert marks[office["budi"]] == ("late", "scan", dt.datetime(2025, 2, 10, 9, 15, 1))
    # A second scan keeps the first mark and says so.
    again = scan_attendance(sec, held, budi, dt.datetime(2025, 2, 10, 9, 40))
    assert (again.status, again.already, again.recorded_at) == (
        "late", True, dt.datetime(2025, 2, 10, 9, 15, 1))
    assert Attendance.select().count() == 3
    assert AuditRecord.select().where(AuditRecord.action == "attendance.scan").count() == 3


def test_a_session_without_a_start_time_marks_every_scan_present(actors, office):
    sec = actors["secretary"]
    held = session(sec, [office["melati"]])
    result = scan_attendance(sec, held, number(office["ani"]), dt.datetime(2025, 2, 10, 23, 0))
    assert result.status == "present"


def test_a_scan_is_refused_with_a_message_naming_whom(actors, office):
    sec = actors["secretary"]
    held = session(sec, [office["melati"]], starts_at="09:00")
    at = dt.datetime(2025, 2, 10, 9, 0)
    with pytest.raises(DomainError) as exc:
        scan_attendance(sec, held, "ag999999", at)
    assert messages(exc) == [("scan", "No member has the number AG999999. Check the card, or type the number again.")]
    with pytest.raises(DomainError) as exc:
        scan_attendance(sec, held, number(office["dewi"]), at)
    assert messages(exc) == [(None, f"Dewi Sartika ({number(office['dewi'])}) of KUBE Mawar is not on the list of this session: the group was not invited, or the member was not in it on that day.")]
    with pytest.raises(DomainError) as exc:
        scan_attendance(sec, held, "   ", at)
    assert messages(exc) == [("scan", "Scan a member card or type a member number.")]
    with pytest.raises(DomainError, match="Attendance is taken on the day of the session or after it"):
        scan_attendance(sec, held, number(office["ani"]), dt.datetime(2025, 2, 9, 16, 0))
    with pytest.raises(PermissionDenied):
        scan_attendance(actors["treasurer"], held, number(office["ani"]), at)
    assert not Attendance.select().exists()


# --- the list of sessions -------------------------------------------------------------------

def test_sessions_are_listed_with_their_counts_and_filtered(actors, office):
    sec = actors["secretary"]
    melati, mawar, program = office["melati"], office["mawar"], office["program"]
    s1 = session(sec, [melati, mawar], on=FEB, program=program, starts_at="09:00")
    s2 = session(sec, [melati], on=MAR, kind="socialisation", topic="Program baru")
    soon = session(sec, [mawar], on=dt.date.today() + dt.timedelta(days=3), kind="meeting",
                   topic="Rapat bulanan")
    save_attendance(sec, s1, [AttendanceMark(office["ani"], "present"),
                              AttendanceMark(office["budi"], "late"),
                              AttendanceMark(office["citra"], "absent")])
    rows = list_sessions()
    assert [r.id for r in rows] == [soon, s2, s1]
    first = rows[2]
    assert (first.groups, first.invited, first.marked, first.came, first.program, first.program_seq,
            first.starts_at) == ("KUBE Mawar, KUBE Melati", 4, 3, 2, "Sekolah Usaha Perempuan", 1, "09:00")
    assert (rows[1].invited, rows[1].marked, rows[1].came) == (3, 0, 0)
    assert [r.id for r in list_sessions(SessionFilter(when="upcoming"))] == [soon]
    assert [r.id for r in list_sessions(SessionFilter(when="past"))] == [s2, s1]
    assert [r.id for r in list_sessions(SessionFilter(kind="socialisation"))] == [s2]
    assert [r.id for r in list_sessions(SessionFilter(program_id=program))] == [s1]
    assert [r.id for r in list_sessions(SessionFilter(group_id=mawar))] == [soon, s1]
    assert [r.id for r in list_sessions(SessionFilter(since=dt.date(2025, 3, 1),
                                                      until=dt.date(2025, 3, 31)))] == [s2]


# --- rates ----------------------------------------------------------------------------------

@pytest.fixture
def marked(actors, office):
    """Three sessions, four members:

    S1 training, program session 1, 10/02/2025, Melati and Mawar:
       Ani present, Budi late, Citra absent, Dewi excused
    S2 socialisation, program session 2, 10/03/2025, Melati:
       Ani present, Budi absent, Citra not marked
    S3 mentoring meeting, no program, 14/04/2025, Melati and Mawar:
       Ani late, Budi present, Citra excused, Dewi present
    """
    sec = actors["secretary"]
    melati, mawar, program = office["melati"], office["mawar"], office["program"]
    s1 = session(sec, [melati, mawar], on=FEB, program=program)
    s2 = session(sec, [melati], on=MAR, kind="socialisation", program=program)
    s3 = session(sec, [melati, mawar], on=APR, kind="mentoring")
    o = office
    save_attendance(sec, s1, [AttendanceMark(o["ani"], "present"), AttendanceMark(o["budi"], "late"),
                              AttendanceMark(o["citra"], "absent"), AttendanceMark(o["dewi"], "excused")])
    save_attendance(sec, s2, [AttendanceMark(o["ani"], "present"), AttendanceMark(o["budi"], "absent")])
    save_attendance(sec, s3, [AttendanceMark(o["ani"], "late"), AttendanceMark(o["budi"], "present"),
                              AttendanceMark(o["citra"], "excused"), AttendanceMark(o["dewi"], "present")])
    return s1, s2, s3


def rates(rows):
    return {r.name: (r.sessions, r.present, r.late, r.excused, r.absent, r.rate) for r in rows}


def test_attendance_rates_by_member(office, marked):
    # Ani: present 2, late 1 -> 3 of 3. Budi: late, absent, present -> 2 of 3.
    # Citra: absent, excused (S2 not marked, not counted) -> 0 of 2. Dewi: excused, present -> 1 of 2.
    assert rates(attendance_rates("member")) == {
        "Ani Lestari": (3, 2, 1, 0, 0, Fraction(1)),
        "Budi Santoso": (3, 1, 1, 0, 1, Fraction(2, 3)),
        "Citra Dewi": (2, 0, 0, 1, 1, Fraction(0)),
        "Dewi Sartika": (2, 1, 0, 1, 0, Fraction(1, 2))}
    ani = attendance_rates("member")[0]
    assert (ani.number, ani.group, ani.attended, ani.marked) == (number(office["ani"]), "KUBE Melati", 3, 3)
    # From March: S2 and S3. Ani 2 of 2, Budi 1 of 2, Citra 0 of 1, Dewi 1 of 1.
    assert {k: v[-1] for k, v in rates(attendance_rates("member", since=dt.date(2025, 3, 1))).items()} == {
        "Ani Lestari": 1, "Budi Santoso": Fraction(1, 2), "Citra Dewi": 0, "Dewi Sartika": 1}
    # Until March and within Melati: S1 and S2 of Ani, Budi, Citra.
    assert {k: v[-1] for k, v in rates(attendance_rates("member", group_id=office["melati"],
                                                        until=MAR)).items()} == {
        "Ani Lestari": 1, "Budi Santoso": Fraction(1, 2), "Citra Dewi": 0}


def test_attendance_rates_by_group_kind_and_program(office, marked):
    # Melati: 8 marks (Ani 3, Budi 3, Citra 2), attended 3 + 2 + 0 = 5 -> 5/8.
    # Mawar: Dewi's 2 marks, 1 attended -> 1/2.
    assert rates(attendance_rates("group")) == {
        "KUBE Mawar": (2, 1, 0, 1, 0, Fraction(1, 2)),
        "KUBE Melati": (3, 3, 2, 1, 2, Fraction(5, 8))}
    # Training (S1): present, late, absent, excused -> 2/4. Socialisation (S2): 1/2.
    # Mentoring (S3): late, present, excused, present -> 3/4.
    assert [(r.key, r.rate) for r in attendance_rates("kind")] == [
        ("socialisation", Fraction(1, 2)), ("training", Fraction(1, 2)), ("mentoring", Fraction(3, 4))]
    # The program: S1 and S2, 6 marks, 3 attended -> 1/2; S3 has no program.
    assert rates(attendance_rates("program")) == {
        "Sekolah Usaha Perempuan": (2, 2, 1, 1, 2, Fraction(1, 2))}
    assert rates(attendance_rates("kind", program_id=office["program"], group_id=office["mawar"])) == {
        "training": (1, 0, 0, 1, 0, Fraction(0))}
    # All ten marks: 6 attended -> 3/5.
    total = overall_rate()
    assert (total.sessions, total.marked, total.attended, total.rate) == (3, 10, 6, Fraction(3, 5))
    assert overall_rate(kind="mentoring").rate == Fraction(3, 4)
    assert overall_rate(since=dt.date(2030, 1, 1)).rate is None
    with pytest.raises(ValueError):
        attendance_rates("mentor")


def test_session_rates_follow_one_group_over_time(office, marked):
    s1, s2, s3 = marked
    rows = session_rates(group_id=office["melati"])
    # Melati's members only: S1 present, late, absent -> 2/3; S2 1/2; S3 late, present, excused -> 2/3.
    assert [(r.session_id, r.marked, r.rate) for r in rows] == [
        (s1, 3, Fraction(2, 3)), (s2, 2, Fraction(1, 2)), (s3, 3, Fraction(2, 3))]
    assert (rows[0].kind, rows[0].program, rows[0].program_seq) == ("training", "Sekolah Usaha Perempuan", 1)
    assert [r.session_id for r in session_rates(program_id=office["program"])] == [s1, s2]


def test_the_program_matrix_shows_who_attended_which_session(office, marked):
    s1, s2, _s3 = marked
    matrix = program_matrix(office["program"])
    assert (matrix.name, matrix.numbers, sorted(matrix.sessions), matrix.held) == (
        "Sekolah Usaha Perempuan", (1, 2, 3, 4), [1, 2], 2)
    assert (matrix.sessions[1].session_id, matrix.sessions[2].marked) == (s1, 2)
    assert [(r.name, r.group, r.statuses, r.attended, r.marked, r.rate) for r in matrix.rows] == [
        ("Ani Lestari", "KUBE Melati", ("present", "present", "", ""), 2, 2, Fraction(1)),
        ("Budi Santoso", "KUBE Melati", ("late", "absent", "", ""), 1, 2, Fraction(1, 2)),
        ("Citra Dewi", "KUBE Melati", ("absent", "", "", ""), 0, 1, Fraction(0)),
        ("Dewi Sartika", "KUBE Mawar", ("excused", "", "", ""), 0, 1, Fraction(0))]
    mawar = program_matrix(office["program"], office["mawar"])
    assert [(r.name, r.statuses) for r in mawar.rows] == [("Dewi Sartika", ("excused", "", "", ""))]
    assert (mawar.sessions[1].marked, mawar.sessions[2].marked, mawar.held) == (1, 0, 1)
    with pytest.raises(NotFound):
        program_matrix(999_999)


# --- the attendance sheet -------------------------------------------------------------------

def test_the_attendance_sheet_lists_the_members_with_room_to_sign(actors, office):
    sec = actors["secretary"]
    held = session(sec, [office["melati"]], program=office["program"], starts_at="09:00",
                   ends_at="12:00", place="Balai RW 05", facilitator="Ibu Rina", kind="training")
    blank = io.BytesIO()
    write_attendance_sheet(blank, held, dt.date(2025, 2, 8))
    [text] = [" ".join(page.split()) for page in pdf_pages(blank.getvalue())]
    width, height = pdf_page_size(blank.getvalue())
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 297)  # A4 upright
    for words in ("DAFTAR HADIR", "Pelatihan · Pembukuan sederhana · Senin, 10 Februari 2025",
                  "Sekolah Usaha Perempuan, pertemuan ke-1 dari 4", "pukul 09.00 – 12.00",
                  "Balai RW 05", "Ibu Rina", "Kelompok : KUBE Melati", "No Nama anggota No. anggota",
                  "Tanda tangan", "Keterangan",
                  f"1 Ani Lestari {number(office['ani'])} KUBE Melati 1.",
                  f"2 Budi Santoso {number(office['budi'])} KUBE Melati 2.",
                  f"3 Citra Dewi {number(office['citra'])} KUBE Melati 3.",
                  "4 4. 5 5. 6 6.",  # three blank rows for those who come unlisted
                  "Jumlah hadir: ............ dari 3 anggota terdaftar",
                  "Pendamping / Sekretaris,", "10 Februari 2025 Fasilitator,", "Dicetak 8 Februari 2025"):
        assert words in text, words
    assert "Dewi Sartika" not in text  # Mawar was not invited
    save_attendance(sec, held, [AttendanceMark(office["ani"], "present"),
                                AttendanceMark(office["budi"], "late"),
                                AttendanceMark(office["citra"], "excused", "sakit")])
    taken = io.BytesIO()
    write_attendance_sheet(taken, held)
    [text] = [" ".join(page.split()) for page in pdf_pages(taken.getvalue())]
    for words in ("KUBE Melati 1. Hadir", "KUBE Melati 2. Terlambat", "KUBE Melati 3. Izin: sakit",
                  "Jumlah hadir: 2 dari 3 anggota (tepat waktu 1, terlambat 1) · izin 1 · tidak hadir 0"):
        assert words in text, words


def test_a_number_in_a_program_without_a_plan_is_a_whole_number_within_reason(actors, office):
    sec = actors["secretary"]
    open_ended = create_program(sec, ProgramForm("Rapat rutin", 0))
    for seq in (10**20, 1001, 2.5, True):
        with pytest.raises(ValidationErrors) as exc:
            session(sec, [office["melati"]], program=open_ended, seq=seq)
        assert messages(exc) == [("program_seq", "A session's number in its program is a whole number from 1 to 1000.")]
    assert TrainingSession.select().count() == 0
    session(sec, [office["melati"]], program=open_ended, seq=1000)


def test_the_program_matrix_reads_only_the_marks_of_its_program(office, marked):
    """An office of 50,000 members keeps millions of marks: counting them all to show one
    program's eight sessions would take seconds. No query of the matrix walks the whole table."""
    from db.connection import database

    statements: list[str] = []
    connection = database.connection()
    connection.set_trace_callback(statements.append)
    try:
        program_matrix(office["program"])
    finally:
        connection.set_trace_callback(None)
    scans = [row[3] for sql in statements if sql.lstrip().upper().startswith("SELECT")
             for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql).fetchall()
             if row[3].startswith("SCAN") and "attendance" in row[3]]
    assert scans == []

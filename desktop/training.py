"""Sessions and attendance: socialisation meetings, trainings, mentoring meetings and group
meetings, the groups invited to each, programs run as a numbered series of sessions, and who
came.

A session's list is the members of its invited groups on the session's day (their stays in
the groups, so that someone who joined later or had moved away is not on it), plus anyone whose
attendance was already recorded. Attendance is taken on the day or after it, on the grid or by
scanning member cards; a scan more than 15 minutes after the start marks the member late.
The lists of sessions and programs with their counts, and the rates, are in
desktop/training_rates.py.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import peewee as pw

from db.connection import database
from db.models import (
    Attendance,
    Group,
    Member,
    Membership,
    Program,
    SessionGroup,
    TrainingSession,
    User,
)
from desktop import audit
from desktop.auth import Actor
from desktop.dates import format_date, is_day
from desktop.errors import DomainError, NotFound, StaleRecord, ValidationErrors, ensure_unchanged
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import ATTENDANCE, SESSION_KINDS
from desktop.operations import operation
from desktop.text import (
    NOTE_LENGTH,
    NOTES_LENGTH,
    check_text,
    clean,
    clean_notes,
    is_choice,
    is_whole,
    read_text,
    whole_between,
)

LATE_AFTER = dt.timedelta(minutes=15)  # a scan later than this after the start is late
MAX_PLANNED = 100
MAX_SEQ = 1000  # a program without a plan may run long (weekly meetings), but not this long
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})", re.ASCII)


# --- programs ----------------------------------------------------------------------------

@dataclass
class ProgramForm:
    name: str
    planned_sessions: int  # 0 when the number of sessions is not fixed
    description: str = ""
    active: bool = True
    version: int = 0


def _program(program_id: int) -> Program:
    program = Program.get_or_none(Program.id == program_id)
    if program is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This program no longer exists."), "program_id")
    return program


def _program_named(name: str, program_id: int | None) -> bool:
    """Whether another program has this name, whatever its capitals (in any script: SQLite's
    LOWER folds only A-Z)."""
    folded = name.casefold()
    return any(other.casefold() == folded for (other,) in Program.select(Program.name)
               .where(Program.id != (program_id or 0)).tuples())


def _validate_program(form: ProgramForm, program_id: int | None) -> None:
    errors: list[DomainError] = []
    name = read_text(errors, form.name, "name", 120, required=QT_TRANSLATE_NOOP("Errors", "Enter the program's name."),
                     too_long=QT_TRANSLATE_NOOP("Errors", "The name may have at most {n} characters."))
    if name and _program_named(name, program_id):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "A program named {name} exists already. Give this one another name."), "name", name=name))
    read_text(errors, form.description, "description", NOTES_LENGTH, multiline=True)
    if not whole_between(form.planned_sessions, 0, MAX_PLANNED):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The planned number of sessions is a number from 0 (not fixed) to {most}."), "planned_sessions", most=MAX_PLANNED))
    elif program_id is not None and form.planned_sessions:
        highest = (TrainingSession.select(pw.fn.MAX(TrainingSession.program_seq))
                   .where(TrainingSession.program == program_id).scalar()) or 0
        if form.planned_sessions < highest:
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Session number {seq} of this program is already entered; plan at least {seq} sessions."), "planned_sessions", seq=highest))
    if errors:
        raise ValidationErrors(errors)


@operation("training.manage")
def create_program(actor: Actor, form: ProgramForm) -> int:
    """Start a program: a series of numbered sessions."""
    _validate_program(form, None)
    program = Program.create(name=clean(form.name), planned_sessions=form.planned_sessions,
                             description=clean_notes(form.description), active=bool(form.active))
    audit.record(actor, "program.create", "program", program.id, program.name, None,
                 audit.snapshot(program))
    return program.id


@operation("training.manage")
def update_program(actor: Actor, program_id: int, form: ProgramForm) -> None:
    """Change a program's name, planned number of sessions, description, or close it."""
    program = _program(program_id)
    ensure_unchanged(program.version, form.version)
    _validate_program(form, program_id)
    before = audit.snapshot(program)
    program.name, program.planned_sessions = clean(form.name), form.planned_sessions
    program.description, program.active = clean_notes(form.description), bool(form.active)
    program.version += 1
    program.save()
    audit.record(actor, "program.update", "program", program.id, program.name, before,
                 audit.snapshot(program))


def load_program(program_id: int) -> ProgramForm:
    p = _program(program_id)
    return ProgramForm(p.name, p.planned_sessions, p.description, p.active, p.version)


def program_choices(active_only: bool = False) -> list[tuple[int, str]]:
    query = Program.select(Program.id, Program.name).order_by(Program.name)
    if active_only:
        query = query.where(Program.active == True)  # noqa: E712 - SQL
    return list(query.tuples())


def next_program_seq(program_id: int) -> int:
    """The number the next session of the program gets unless another is chosen."""
    highest = (TrainingSession.select(pw.fn.MAX(TrainingSession.program_seq))
               .where(TrainingSession.program == program_id).scalar())
    return (highest or 0) + 1


# --- sessions ----------------------------------------------------------------------------

@dataclass
class SessionForm:
    kind: str
    topic: str
    on: dt.date | None
    starts_at: str = ""
    ends_at: str = ""
    place: str = ""
    facilitator: str = ""
    program_id: int | None = None
    program_seq: int | None = None  # None: the next number of the program
    group_ids: list[int] = field(default_factory=list)
    notes: str = ""
    version: int = 0


def parse_time(text: str, field_name: str) -> str:
    """A time written 9:00, 09:00 or 09.00 (as offices write it), as "09:00"; "" when empty."""
    if text is None:
        return ""
    text = text.strip() if isinstance(text, str) else "?"
    if not text:
        return ""
    m = _TIME.fullmatch(text)
    if not m or int(m[1]) > 23 or int(m[2]) > 59:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Write the time as hours and minutes, for example 09:00."), field_name)
    return f"{int(m[1]):02d}:{m[2]}"


def _session(session_id: int) -> TrainingSession:
    session = TrainingSession.get_or_none(TrainingSession.id == session_id)
    if session is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This session no longer exists."))
    return session


def _check_times(form: SessionForm, errors: list[DomainError]) -> tuple[str, str]:
    times = []
    for value, name in ((form.starts_at, "starts_at"), (form.ends_at, "ends_at")):
        try:
            times.append(parse_time(value, name))
        except DomainError as exc:
            errors.append(exc)
            times.append("")
    starts, ends = times
    if ends and not starts and not (isinstance(form.starts_at, str) and form.starts_at.strip()):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the start time too, or leave both times empty."), "starts_at"))
    elif starts and ends and ends <= starts:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The session must end after it starts."), "ends_at"))
    return starts, ends


def _check_texts(form: SessionForm, errors: list[DomainError]) -> None:
    if not is_choice(form.kind, SESSION_KINDS):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the kind of session."), "kind"))
    too_long = QT_TRANSLATE_NOOP("Errors", "This may have at most {n} characters.")
    read_text(errors, form.topic, "topic", 200, required=QT_TRANSLATE_NOOP("Errors", "Enter the topic of the session."),
              too_long=too_long)
    for value, name, most in ((form.place, "place", 200), (form.facilitator, "facilitator", 120)):
        read_text(errors, value, name, most, too_long=too_long)
    read_text(errors, form.notes, "notes", NOTES_LENGTH, multiline=True)
    if not is_day(form.on):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the date of the session."), "on"))


def _check_groups(form: SessionForm, errors: list[DomainError]) -> None:
    ids = set(form.group_ids)
    if not ids:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Invite at least one group."), "group_ids"))
    elif Group.select().where(Group.id.in_(list(ids))).count() != len(ids):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "A group chosen no longer exists. Choose the groups again."), "group_ids"))


def _check_program(form: SessionForm, session_id: int | None, errors: list[DomainError]) -> int | None:
    """The session's number in its program (the next one when none is given), or None."""
    if form.program_id is None:
        if form.program_seq is not None:
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the program this session is numbered in, or leave the number empty."), "program_id"))
        return None
    program = Program.get_or_none(Program.id == form.program_id)
    if program is None:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "This program no longer exists."), "program_id"))
        return None
    same = TrainingSession.get_or_none(TrainingSession.id == session_id) if session_id else None
    if not program.active and (same is None or same.program_id != program.id):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The program {program} is closed. Open it again to add sessions to it."), "program_id", program=program.name))
        return None
    seq = form.program_seq
    if seq is None:
        keep = same is not None and same.program_id == program.id and same.program_seq
        seq = same.program_seq if keep else next_program_seq(program.id)
        if program.planned_sessions and seq > program.planned_sessions:
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "All {planned} planned sessions of {program} are entered. Raise the program's planned number first."), "program_seq", planned=program.planned_sessions, program=program.name))
            return None
        return seq
    if not is_whole(seq) or seq > MAX_SEQ:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "A session's number in its program is a whole number from 1 to {most}."), "program_seq", most=MAX_SEQ))
    elif seq < 1:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Sessions of a program are numbered from 1."), "program_seq"))
    elif program.planned_sessions and seq > program.planned_sessions:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "{program} is planned with {planned} sessions; number {seq} is above that. Choose another number or raise the program's planned number."), "program_seq", program=program.name, planned=program.planned_sessions, seq=seq))
    else:
        taken = (TrainingSession.select().where((TrainingSession.program == program.id)
                                                & (TrainingSession.program_seq == seq)
                                                & (TrainingSession.id != (session_id or 0))).first())
        if taken is not None:
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Session {seq} of {program} is already entered: {topic} on {date}. Choose another number."), "program_seq", seq=seq, program=program.name, topic=taken.topic, date=format_date(taken.on)))
    return seq


def _validate_session(form: SessionForm, session_id: int | None) -> tuple[str, str, int | None]:
    errors: list[DomainError] = []
    _check_texts(form, errors)
    times = _check_times(form, errors)
    _check_groups(form, errors)
    seq = _check_program(form, session_id, errors)
    if errors:
        raise ValidationErrors(errors)
    return (*times, seq)


def _apply(session: TrainingSession, form: SessionForm, starts: str, ends: str, seq: int | None) -> None:
    session.kind, session.topic, session.on = form.kind, clean(form.topic), form.on
    session.starts_at, session.ends_at = starts, ends
    session.place, session.facilitator = clean(form.place), clean(form.facilitator)
    session.program, session.program_seq = form.program_id, seq
    session.notes = clean_notes(form.notes)


def _store(session: TrainingSession) -> None:
    """Save the session; two PCs taking the same number of a program at once meet the unique
    index, and the second is told to save again."""
    try:
        with database.atomic():
            session.save()
    except pw.IntegrityError:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Session {seq} of the program was just entered on another computer. Save again to take the next number, or choose another."), "program_seq", seq=session.program_seq) from None


def _record(session: TrainingSession) -> dict:
    groups = [g for (g,) in SessionGroup.select(SessionGroup.group)
              .where(SessionGroup.session == session.id).order_by(SessionGroup.group).tuples()]
    return audit.snapshot(session) | {"groups": groups}


@operation("training.manage")
def create_session(actor: Actor, form: SessionForm) -> int:
    """Plan or record a session with the groups invited to it (it may lie in the future)."""
    starts, ends, seq = _validate_session(form, None)
    session = TrainingSession(created_by=actor.id)
    _apply(session, form, starts, ends, seq)
    _store(session)
    SessionGroup.insert_many([{"session": session.id, "group": g}
                              for g in sorted(set(form.group_ids))]).execute()
    audit.record(actor, "session.create", "training_session", session.id, session.topic, None,
                 _record(session))
    return session.id


def _marked_groups(session_id: int) -> dict[int, int]:
    """How many members of each group have a mark on the session."""
    query = (Attendance.select(Attendance.group, pw.fn.COUNT(Attendance.id))
             .where(Attendance.session == session_id).group_by(Attendance.group))
    return dict(query.tuples())


@operation("training.manage")
def update_session(actor: Actor, session_id: int, form: SessionForm) -> None:
    """Change a session. Once attendance is recorded it cannot move to a future day, and a
    group whose members have marks stays invited."""
    session = _session(session_id)
    ensure_unchanged(session.version, form.version)
    starts, ends, seq = _validate_session(form, session_id)
    marked = _marked_groups(session_id)
    if marked and form.on > dt.date.today():  # type: ignore[operator]
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Attendance is already recorded for this session, so it cannot be moved to a future date."), "on")
    dropped = [g for g in marked if g is not None and g not in set(form.group_ids)]
    if dropped:
        group = Group.get_by_id(dropped[0])
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Attendance is recorded for {n} member(s) of {group}; the group stays invited. Clear their marks first if it was not invited."), "group_ids", n=marked[dropped[0]], group=group.name)
    before = _record(session)
    _apply(session, form, starts, ends, seq)
    session.version += 1
    _store(session)
    SessionGroup.delete().where(SessionGroup.session == session.id).execute()
    SessionGroup.insert_many([{"session": session.id, "group": g}
                              for g in sorted(set(form.group_ids))]).execute()
    audit.record(actor, "session.update", "training_session", session.id, session.topic, before,
                 _record(session))


@operation("training.manage")
def delete_session(actor: Actor, session_id: int, version: int) -> None:
    """Take away a session that did not take place; refused once attendance is recorded."""
    session = _session(session_id)
    ensure_unchanged(session.version, version)
    marked = Attendance.select().where(Attendance.session == session_id).count()
    if marked:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Attendance is recorded for {n} member(s) of this session, so it is kept. Clear the marks first if the session did not take place."), None, n=marked)
    before = _record(session)
    SessionGroup.delete().where(SessionGroup.session == session.id).execute()
    session.delete_instance()
    audit.record(actor, "session.delete", "training_session", session_id, before["topic"],
                 before, None)


def load_session(session_id: int) -> SessionForm:
    """A plain copy of the session for a form."""
    s = _session(session_id)
    groups = [g for (g,) in SessionGroup.select(SessionGroup.group)
              .where(SessionGroup.session == s.id).tuples()]
    return SessionForm(s.kind, s.topic, s.on, s.starts_at, s.ends_at, s.place, s.facilitator,
                       s.program_id, s.program_seq, groups, s.notes, s.version)


@dataclass(frozen=True)
class SessionInfo:
    """A session as the screen and the attendance sheet show it."""

    id: int
    kind: str
    topic: str
    on: dt.date
    starts_at: str
    ends_at: str
    place: str
    facilitator: str
    program_id: int | None
    program: str
    program_seq: int | None
    planned_sessions: int
    groups: tuple[tuple[int, str], ...]
    mentors: tuple[str, ...]  # of the invited groups
    notes: str
    version: int


def session_info(session_id: int) -> SessionInfo:
    s = _session(session_id)
    program = s.program if s.program_id else None
    groups = list(Group.select(Group.id, Group.name, User.full_name).join_from(Group, SessionGroup)
                  .join_from(Group, User, pw.JOIN.LEFT_OUTER, on=(Group.mentor == User.id))
                  .where(SessionGroup.session == s.id).order_by(Group.name_key).tuples())
    mentors = tuple(dict.fromkeys(m for _g, _n, m in groups if m))
    return SessionInfo(s.id, s.kind, s.topic, s.on, s.starts_at, s.ends_at, s.place, s.facilitator,
                       s.program_id, program.name if program else "", s.program_seq,
                       program.planned_sessions if program else 0,
                       tuple((g, n) for g, n, _m in groups), mentors, s.notes, s.version)


# --- the list of a session ---------------------------------------------------------------

@dataclass(frozen=True)
class AttendanceLine:
    member_id: int
    number: str
    name: str
    group_id: int | None  # the member's group on the session's day
    group: str
    status: str  # "" while not marked
    note: str
    via: str  # grid | scan | ""
    recorded_at: dt.datetime | None
    invited: bool  # in an invited group on the day (else only recorded)


def _stays_on(on: dt.date) -> pw.Expression:
    return (Membership.start_date <= on) & (Membership.end_date.is_null() | (Membership.end_date > on))


def attendance_list(session_id: int) -> list[AttendanceLine]:
    """The members of the invited groups on the session's day, and anyone already recorded,
    by group and name, with their marks."""
    session = _session(session_id)
    invited = (Membership.select(Member.id, Member.number, Member.name, Member.name_key,
                                 Group.id, Group.name, Group.name_key)
               .join(Member).switch(Membership).join(Group)
               .join(SessionGroup, on=(SessionGroup.group == Group.id))
               .where((SessionGroup.session == session.id) & _stays_on(session.on)).tuples())
    marks = {a.member_id: a for a in Attendance.select().where(Attendance.session == session.id)}
    people: dict[int, tuple] = {row[0]: (*row, True) for row in invited}
    outside = [m for m in marks if m not in people]
    if outside:
        query = (Member.select(Member.id, Member.number, Member.name, Member.name_key, Group.id,
                               Group.name, Group.name_key)
                 .join(Attendance, on=(Attendance.member == Member.id))
                 .join(Group, pw.JOIN.LEFT_OUTER, on=(Attendance.group == Group.id))
                 .where((Attendance.session == session.id) & Member.id.in_(outside)).tuples())
        people.update({row[0]: (*row, False) for row in query})
    lines = []
    for member_id, number, name, _key, group_id, group, _group_key, is_invited in sorted(
            people.values(), key=lambda r: (r[6] or "", r[3], r[0])):
        mark = marks.get(member_id)
        lines.append(AttendanceLine(member_id, number, name, group_id, group or "",
                                    mark.status if mark else "", mark.note if mark else "",
                                    mark.via if mark else "", mark.recorded_at if mark else None,
                                    is_invited))
    return lines


def _group_on(member: Member, on: dt.date) -> str:
    """The name of the member's group on a day (else the current one), for messages."""
    name = (Group.select(Group.name).join(Membership)
            .where((Membership.member == member.id) & _stays_on(on)).scalar())
    if name is None and member.group_id:
        name = Group.get_by_id(member.group_id).name
    return name or "-"


def _not_invited(member: Member, on: dt.date) -> DomainError:
    return DomainError(QT_TRANSLATE_NOOP("Errors", "{name} ({number}) of {group} is not on the list of this session: the group was not invited, or the member was not in it on that day."), None, name=member.name, number=member.number, group=_group_on(member, on))


def _check_day(session: TrainingSession, today: dt.date) -> None:
    if session.on > today:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Attendance is taken on the day of the session or after it; this session is on {date}."), None, date=format_date(session.on))


# --- taking attendance -------------------------------------------------------------------

@dataclass(frozen=True)
class AttendanceMark:
    member_id: int
    status: str  # present | late | excused | absent, or "" to clear the mark
    note: str = ""


@operation("training.attendance")
def save_attendance(actor: Actor, session_id: int, marks: list[AttendanceMark]) -> int:
    """Keep the marks typed on the grid (a blank status clears one); returns how many changed.
    Only the marks given are touched, so a scan made meanwhile at the door is kept."""
    session = _session(session_id)
    _check_day(session, dt.date.today())
    lines = {line.member_id: line for line in attendance_list(session_id)}
    if len({m.member_id for m in marks}) != len(marks):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "A member is marked twice. Give each member one mark."), None)
    for mark in marks:
        if mark.member_id not in lines:
            member = Member.get_or_none(Member.id == mark.member_id)
            if member is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This member no longer exists."))
            raise _not_invited(member, session.on)
        note = check_text(mark.note, "note", NOTE_LENGTH)
        if not is_choice(mark.status, ("", *ATTENDANCE)) or not mark.status and note:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "Mark {name} present, late, excused or absent."), "status", name=lines[mark.member_id].name)
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    new: list[dict] = []
    now = dt.datetime.now().replace(microsecond=0)
    for mark in marks:
        line, note = lines[mark.member_id], clean(mark.note)[:200] if mark.status else ""
        if (line.status, line.note) == (mark.status, note):
            continue
        before[line.number], after[line.number] = line.status, mark.status
        where = (Attendance.session == session.id) & (Attendance.member == mark.member_id)
        if not mark.status:
            Attendance.delete().where(where).execute()
        elif line.status:
            Attendance.update(status=mark.status, note=note, via="grid", recorded_by=actor.id,
                              recorded_at=now).where(where).execute()
        else:
            new.append({"session": session.id, "member": mark.member_id, "group": line.group_id,
                        "status": mark.status, "note": note, "via": "grid",
                        "recorded_by": actor.id, "recorded_at": now})
    if new:
        try:
            with database.atomic():
                Attendance.insert_many(new).execute()
        except pw.IntegrityError:
            # A card scanned on another PC between reading the list and saving it.
            raise StaleRecord(QT_TRANSLATE_NOOP("Errors", "Some of these members were marked meanwhile on another computer. Their marks are shown again; check them and save once more.")) from None
    if after:
        audit.record(actor, "attendance.save", "training_session", session.id,
                     f"{session.topic} {session.on.isoformat()}", before, after)
    return len(after)


@dataclass(frozen=True)
class ScanResult:
    member_id: int
    number: str
    name: str
    group: str
    status: str  # the member's mark after the scan
    already: bool  # the member was marked before; the earlier mark is kept
    recorded_at: dt.datetime | None


def status_at(session: TrainingSession | SessionInfo, at: dt.datetime) -> str:
    """Present, or late when scanned more than 15 minutes after the start on the day."""
    if session.starts_at and at.date() == session.on:
        hour, minute = map(int, session.starts_at.split(":"))
        if at > dt.datetime.combine(session.on, dt.time(hour, minute)) + LATE_AFTER:
            return "late"
    return "present"


@operation("training.attendance")
def scan_attendance(actor: Actor, session_id: int, scanned: str, at: dt.datetime) -> ScanResult:
    """Mark the member whose card was scanned (or number typed) at *at*: present, or late."""
    session = _session(session_id)
    _check_day(session, at.date())
    number = check_text(scanned, "scan", 40, too_long=QT_TRANSLATE_NOOP("Errors", "This is not a member number. Scan the card again, or type the number."))
    number = number.upper()
    if not number:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Scan a member card or type a member number."), "scan")
    member = Member.get_or_none(Member.number == number)
    if member is None:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "No member has the number {number}. Check the card, or type the number again."), "scan", number=number)
    line = next((x for x in attendance_list(session_id) if x.member_id == member.id), None)
    if line is None:
        raise _not_invited(member, session.on)
    if line.status:
        return ScanResult(member.id, member.number, member.name, line.group, line.status, True,
                          line.recorded_at)
    status = status_at(session, at)
    at = at.replace(microsecond=0)
    try:
        with database.atomic():
            Attendance.create(session=session.id, member=member.id, group=line.group_id,
                              status=status, via="scan", recorded_by=actor.id, recorded_at=at)
    except pw.IntegrityError:
        # The same card scanned at the same moment on another PC: its mark stands.
        mark = Attendance.get((Attendance.session == session.id) & (Attendance.member == member.id))
        return ScanResult(member.id, member.number, member.name, line.group, mark.status, True,
                          mark.recorded_at)
    audit.record(actor, "attendance.scan", "training_session", session.id,
                 f"{member.number} {member.name}: {status}", None,
                 {member.number: status, "at": at.isoformat()})
    return ScanResult(member.id, member.number, member.name, line.group, status, False, at)

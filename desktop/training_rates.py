"""Counting attendance: the lists of sessions and programs with how many came, attendance
rates by member, group, session kind and program, and a program's matrix of who attended which
of its sessions.

An attendance rate counts the marks recorded: (present + late) / (present + late + excused +
absent). A member on a session's list who was not marked is not counted at all (attendance was
not taken for them), so a session whose attendance was never taken changes no rate. Excused
counts as not attending: the programs measure who was there. Each figure is one SQL aggregate
(GROUP BY), not a loop over the marks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

import peewee as pw

from db.models import (
    Attendance,
    Group,
    Member,
    Membership,
    Program,
    SessionGroup,
    TrainingSession,
)
from desktop.errors import NotFound
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import SESSION_KINDS

CAME = ("present", "late")


# --- programs and sessions, with their counts --------------------------------------------

@dataclass(frozen=True)
class ProgramRow:
    id: int
    name: str
    planned_sessions: int
    sessions: int  # entered, future ones too
    held: int  # dated today or before
    active: bool
    description: str



def list_programs(active_only: bool = False) -> list[ProgramRow]:
    """Programs by name, with how many of their sessions are entered and held."""
    held = pw.fn.SUM(pw.Case(None, [(TrainingSession.on <= dt.date.today(), 1)], 0))
    query = (Program.select(Program.id, Program.name, Program.planned_sessions,
                            pw.fn.COUNT(TrainingSession.id), pw.fn.COALESCE(held, 0),
                            Program.active, Program.description)
             .join(TrainingSession, pw.JOIN.LEFT_OUTER).group_by(Program.id)
             .order_by(Program.name))
    if active_only:
        query = query.where(Program.active == True)  # noqa: E712 - SQL
    return [ProgramRow(*row) for row in query.tuples()]



# --- the list of sessions ----------------------------------------------------------------

@dataclass(frozen=True)
class SessionFilter:
    kind: str | None = None
    program_id: int | None = None
    group_id: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    when: str = "all"  # all | upcoming (today and later) | past (before today)


@dataclass(frozen=True)
class SessionRow:
    id: int
    on: dt.date
    starts_at: str
    kind: str
    topic: str
    program: str
    program_seq: int | None
    place: str
    groups: str  # the invited groups' names
    invited: int  # on the list: members of the invited groups on the day, and anyone recorded
    marked: int
    came: int  # present or late


def list_sessions(flt: SessionFilter = SessionFilter(), limit: int = 1000) -> list[SessionRow]:
    """Sessions matching the filter, the newest first (upcoming ones: the nearest first), with
    how many were invited, marked and came."""
    today = dt.date.today()
    S = TrainingSession
    query = S.select(S.id, S.on, S.starts_at, S.kind, S.topic, pw.fn.COALESCE(Program.name, ""),
                     S.program_seq, S.place).join(Program, pw.JOIN.LEFT_OUTER)
    conditions = []
    if flt.kind:
        conditions.append(S.kind == flt.kind)
    if flt.program_id is not None:
        conditions.append(S.program == flt.program_id)
    if flt.group_id is not None:
        conditions.append(S.id.in_(SessionGroup.select(SessionGroup.session)
                                   .where(SessionGroup.group == flt.group_id)))
    if flt.since:
        conditions.append(S.on >= flt.since)
    if flt.until:
        conditions.append(S.on <= flt.until)
    if flt.when == "upcoming":
        conditions.append(S.on >= today)
    elif flt.when == "past":
        conditions.append(S.on < today)
    if conditions:
        query = query.where(*conditions)
    order = (S.on, S.starts_at, S.id) if flt.when == "upcoming" else (S.on.desc(), S.starts_at.desc(), S.id.desc())
    rows = list(query.order_by(*order).limit(limit).tuples())
    counts = _session_counts([r[0] for r in rows])
    return [SessionRow(*r, *counts.get(r[0], ("", 0, 0, 0))) for r in rows]


def _session_counts(ids: list[int]) -> dict[int, tuple[str, int, int, int]]:
    """(group names, invited, marked, came) of each session, in three grouped queries."""
    if not ids:
        return {}
    names: dict[int, list[str]] = {}
    for session, name in (SessionGroup.select(SessionGroup.session, Group.name).join(Group)
                          .where(SessionGroup.session.in_(ids)).order_by(Group.name_key).tuples()):
        names.setdefault(session, []).append(name)
    # The list of a session: the members of its groups on the day, and anyone recorded (a
    # UNION, so that each member counts once).
    S = TrainingSession.alias()
    stays = (SessionGroup.select(SessionGroup.session.alias("s"), Membership.member.alias("m"))
             .join(S, on=(SessionGroup.session == S.id))
             .join_from(SessionGroup, Membership, on=(Membership.group == SessionGroup.group))
             .where(SessionGroup.session.in_(ids) & (Membership.start_date <= S.on)
                    & (Membership.end_date.is_null() | (Membership.end_date > S.on))))
    recorded = (Attendance.select(Attendance.session.alias("s"), Attendance.member.alias("m"))
                .where(Attendance.session.in_(ids)))
    people = (stays | recorded).alias("people")
    invited = dict(TrainingSession.select(people.c.s, pw.fn.COUNT(people.c.m)).from_(people)
                   .group_by(people.c.s).tuples())
    came = pw.fn.SUM(pw.Case(None, [(Attendance.status.in_(CAME), 1)], 0))
    marks = {s: (n, c) for s, n, c in Attendance.select(Attendance.session, pw.fn.COUNT(Attendance.id), came)
             .where(Attendance.session.in_(ids)).group_by(Attendance.session).tuples()}
    return {i: (", ".join(names.get(i, [])), invited.get(i, 0), *marks.get(i, (0, 0))) for i in ids}


# --- rates ---------------------------------------------------------------------------------

RATE_DIMENSIONS = ("member", "group", "kind", "program")


@dataclass(frozen=True)
class RateRow:
    """The marks of one member, group, session kind or program."""

    key: int | str | None  # member, group or program id; the kind's code; None for the total
    name: str  # the member's, group's or program's name; the kind's code
    number: str  # the member's number (by member)
    group: str  # the member's current group (by member)
    sessions: int  # sessions with at least one of these marks
    present: int
    late: int
    excused: int
    absent: int

    @property
    def attended(self) -> int:
        return self.present + self.late

    @property
    def marked(self) -> int:
        return self.present + self.late + self.excused + self.absent

    @property
    def rate(self) -> Fraction | None:
        """Attended of marked; None when nothing was marked."""
        return Fraction(self.attended, self.marked) if self.marked else None


def _count(status: str) -> pw.Node:
    return pw.fn.COALESCE(pw.fn.SUM(pw.Case(None, [(Attendance.status == status, 1)], 0)), 0)


def _counts() -> list[pw.Node]:
    return [pw.fn.COUNT(Attendance.session.distinct()), _count("present"), _count("late"),
            _count("excused"), _count("absent")]


def _marks(group_id: int | None, program_id: int | None, kind: str | None,
           since: dt.date | None, until: dt.date | None, columns: list[pw.Node]) -> pw.Select:
    """The marks within the filters, of sessions in the period (both days included)."""
    query = Attendance.select(*columns, *_counts()).join(TrainingSession)
    conditions = [pw.SQL("1 = 1")]
    if group_id is not None:
        conditions.append(Attendance.group == group_id)
    if program_id is not None:
        conditions.append(TrainingSession.program == program_id)
    if kind:
        conditions.append(TrainingSession.kind == kind)
    if since:
        conditions.append(TrainingSession.on >= since)
    if until:
        conditions.append(TrainingSession.on <= until)
    return query.where(*conditions)


def attendance_rates(by: str = "member", group_id: int | None = None,
                     program_id: int | None = None, since: dt.date | None = None,
                     until: dt.date | None = None, kind: str | None = None) -> list[RateRow]:
    """Each member's, group's, session kind's or program's marks and rate within the filters;
    *group_id* counts the marks made while members were in that group. Sessions outside any
    program have no row by program."""
    if by not in RATE_DIMENSIONS:
        raise ValueError(by)
    if by == "member":
        query = (_marks(group_id, program_id, kind, since, until,
                        [Member.id, Member.name, Member.number, pw.fn.COALESCE(Group.name, "")])
                 .join_from(Attendance, Member)
                 .join_from(Member, Group, pw.JOIN.LEFT_OUTER, on=(Member.group == Group.id))
                 .group_by(Member.id).order_by(Member.name_key, Member.id))
        return [RateRow(*row) for row in query.tuples()]
    if by == "group":
        query = (_marks(group_id, program_id, kind, since, until, [Group.id, Group.name])
                 .join_from(Attendance, Group).group_by(Group.id).order_by(Group.name_key))
    elif by == "kind":
        query = _marks(group_id, program_id, kind, since, until,
                       [TrainingSession.kind, TrainingSession.kind]).group_by(TrainingSession.kind)
    else:
        query = (_marks(group_id, program_id, kind, since, until, [Program.id, Program.name])
                 .join_from(TrainingSession, Program).group_by(Program.id).order_by(Program.name))
    rows = [RateRow(key, name, "", "", *counts) for key, name, *counts in query.tuples()]
    if by == "kind":
        order = list(SESSION_KINDS)
        rows.sort(key=lambda r: order.index(r.key) if r.key in order else len(order))
    return rows


def overall_rate(group_id: int | None = None, program_id: int | None = None,
                 since: dt.date | None = None, until: dt.date | None = None,
                 kind: str | None = None) -> RateRow:
    """All the marks within the filters together (the total under attendance_rates)."""
    counts = _marks(group_id, program_id, kind, since, until, []).tuples().get()
    return RateRow(None, "", "", "", *counts)


@dataclass(frozen=True)
class SessionRate:
    """One session's marks (of one group's members when asked so), for a group's history."""

    session_id: int
    on: dt.date
    kind: str
    topic: str
    program: str
    program_seq: int | None
    present: int
    late: int
    excused: int
    absent: int

    @property
    def attended(self) -> int:
        return self.present + self.late

    @property
    def marked(self) -> int:
        return self.present + self.late + self.excused + self.absent

    @property
    def rate(self) -> Fraction | None:
        return Fraction(self.attended, self.marked) if self.marked else None


def session_rates(group_id: int | None = None, program_id: int | None = None,
                  since: dt.date | None = None, until: dt.date | None = None) -> list[SessionRate]:
    """Each session with marks within the filters, the oldest first, with its counts."""
    query = (_marks(group_id, program_id, None, since, until,
                    [TrainingSession.id, TrainingSession.on, TrainingSession.kind,
                     TrainingSession.topic, pw.fn.COALESCE(Program.name, ""),
                     TrainingSession.program_seq])
             .join_from(TrainingSession, Program, pw.JOIN.LEFT_OUTER)
             .group_by(TrainingSession.id).order_by(TrainingSession.on, TrainingSession.id))
    return [SessionRate(*row[:6], *row[7:]) for row in query.tuples()]


# --- a program's series --------------------------------------------------------------------

@dataclass(frozen=True)
class MatrixSession:
    seq: int
    session_id: int
    on: dt.date
    topic: str
    marked: int  # marks recorded (of the group asked for); 0: attendance not taken


@dataclass(frozen=True)
class MatrixRow:
    member_id: int
    number: str
    name: str
    group: str  # the member's group at their latest session of the program
    statuses: tuple[str, ...]  # one per number of the series; "" not marked
    attended: int
    marked: int

    @property
    def rate(self) -> Fraction | None:
        return Fraction(self.attended, self.marked) if self.marked else None


@dataclass(frozen=True)
class ProgramMatrix:
    program_id: int
    name: str
    planned_sessions: int
    numbers: tuple[int, ...]  # 1 .. the planned number, or the highest number entered
    sessions: dict[int, MatrixSession]  # by number: the sessions entered
    rows: list[MatrixRow]

    @property
    def held(self) -> int:
        """Sessions of the series whose attendance was taken."""
        return sum(1 for s in self.sessions.values() if s.marked)


def program_matrix(program_id: int, group_id: int | None = None) -> ProgramMatrix:
    """Members (with a mark in the program, of the group when given) by session number: the
    status of each, and how many of the series each attended of those marked."""
    program = Program.get_or_none(Program.id == program_id)
    if program is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This program no longer exists."))
    in_group = (Attendance.group == group_id) if group_id is not None else pw.SQL("1 = 1")
    # Counted for the program's sessions only, not for every mark the office ever took.
    of_program = TrainingSession.select(TrainingSession.id).where(TrainingSession.program == program_id)
    marked = (Attendance.select(Attendance.session, pw.fn.COUNT(Attendance.id).alias("n"))
              .where(in_group & Attendance.session.in_(of_program))
              .group_by(Attendance.session).alias("marked"))
    sessions = {}
    for seq, session_id, on, topic, count in (
            TrainingSession.select(TrainingSession.program_seq, TrainingSession.id,
                                   TrainingSession.on, TrainingSession.topic,
                                   pw.fn.COALESCE(marked.c.n, 0))
            .join(marked, pw.JOIN.LEFT_OUTER, on=(marked.c.session_id == TrainingSession.id))
            .where(TrainingSession.program == program_id).tuples()):
        if seq is not None:
            sessions[seq] = MatrixSession(seq, session_id, on, topic, count)
    numbers = tuple(range(1, max(program.planned_sessions, max(sessions, default=0)) + 1))
    members = (_marks(group_id, program_id, None, None, None,
                      [Member.id, Member.number, Member.name])
               .join_from(Attendance, Member).group_by(Member.id)
               .order_by(Member.name_key, Member.id).tuples())
    cells: dict[int, dict[int, str]] = {}
    groups: dict[int, str] = {}
    for member, seq, status, group in (
            Attendance.select(Attendance.member, TrainingSession.program_seq, Attendance.status,
                              pw.fn.COALESCE(Group.name, ""))
            .join(TrainingSession).join_from(Attendance, Group, pw.JOIN.LEFT_OUTER)
            .where((TrainingSession.program == program_id) & in_group)
            .order_by(TrainingSession.on, TrainingSession.id).tuples()):
        cells.setdefault(member, {})[seq] = status
        groups[member] = group
    rows = [MatrixRow(member, number, name, groups.get(member, ""),
                      tuple(cells.get(member, {}).get(n, "") for n in numbers),
                      present + late, present + late + excused + absent)
            for member, number, name, _sessions, present, late, excused, absent in members]
    return ProgramMatrix(program.id, program.name, program.planned_sessions, numbers, sessions, rows)

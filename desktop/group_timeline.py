"""What happened to a group, read from the books in a few queries: its members' stays, its
officers, the sessions it was invited to, its meeting days, the mentor's visits; and the
timeline of events made from them.

Each event's title and detail are English texts marked for translation, with their values in
``params`` already written as the office writes them (dates 22/11/2026, Rp1.250.000, 75%),
except the codes named in ``CODE_PARAMS`` (a session's kind, an office, a stage), which the
screen shows in its language and the paper in Indonesian.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from db.connection import database
from desktop.assessments import AssessmentRow, StageRow
from desktop.dates import format_date
from desktop.group_loans import GroupLoans, as_date
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import OFFICES, SESSION_KINDS, STAGES
from desktop.money import format_rupiah

CAME = ("present", "late")
RECORDED = ("present", "late", "excused", "absent")

# Params holding a stored code, shown with the label of the list named.
CODE_PARAMS = {"session_kind": SESSION_KINDS, "office": OFFICES, "stage": STAGES}

T_FORMED = QT_TRANSLATE_NOOP("Labels", "Group formed")
D_FORMED = QT_TRANSLATE_NOOP("Labels", "{kind}, kelurahan {kelurahan}")
T_OFFICER_STARTED = QT_TRANSLATE_NOOP("Labels", "{name} became {office}")
T_OFFICER_ENDED = QT_TRANSLATE_NOOP("Labels", "{name}'s term as {office} ended")
T_JOINED_ONE = QT_TRANSLATE_NOOP("Labels", "{name} joined")
T_JOINED_MANY = QT_TRANSLATE_NOOP("Labels", "{count} members joined")
T_LEFT = QT_TRANSLATE_NOOP("Labels", "{name} left the office")
T_MOVED_IN = QT_TRANSLATE_NOOP("Labels", "{name} moved in from {group}")
T_MOVED_OUT = QT_TRANSLATE_NOOP("Labels", "{name} moved to {group}")
T_SESSION = QT_TRANSLATE_NOOP("Labels", "{session_kind}: {topic}")
D_SESSION = QT_TRANSLATE_NOOP("Labels", "{came} of {recorded} came ({rate})")
D_SESSION_PROGRAM = QT_TRANSLATE_NOOP("Labels", "{program}, meeting {seq}: {came} of {recorded} came ({rate})")
D_NOT_RECORDED = QT_TRANSLATE_NOOP("Labels", "Attendance not recorded")
D_PROGRAM_NOT_RECORDED = QT_TRANSLATE_NOOP("Labels", "{program}, meeting {seq}: attendance not recorded")
T_MEETING = QT_TRANSLATE_NOOP("Labels", "Meeting day")
T_MEETINGS = QT_TRANSLATE_NOOP("Labels", "Meeting days from {first} to {last}: {count}")
D_MEETINGS = QT_TRANSLATE_NOOP("Labels", "Attendance {rate}: {came} of {recorded} came")
T_VISIT = QT_TRANSLATE_NOOP("Labels", "Visit by {mentor}")
D_VISIT = QT_TRANSLATE_NOOP("Labels", "Met: {met}. Follow-ups: {agreed} agreed, {done} done, {open} open, {overdue} overdue.")
D_VISIT_NO_FOLLOW_UP = QT_TRANSLATE_NOOP("Labels", "Met: {met}. No follow-up agreed.")
T_ASSESSED = QT_TRANSLATE_NOOP("Labels", "Assessed: class {grade}, {total} of {max} points")
T_CLASS_UP = QT_TRANSLATE_NOOP("Labels", "Class up {previous} → {grade}, {total} of {max} points")
T_CLASS_DOWN = QT_TRANSLATE_NOOP("Labels", "Class down {previous} → {grade}, {total} of {max} points")
D_ASSESSMENT = QT_TRANSLATE_NOOP("Labels", "Assessed by {assessor}; stage: {stage}")
T_STAGE = QT_TRANSLATE_NOOP("Labels", "Stage: {stage}")
T_LOAN_OUT = QT_TRANSLATE_NOOP("Labels", "Loan {number} disbursed: {principal}")
D_LOAN_OUT = QT_TRANSLATE_NOOP("Labels", "{borrowers} borrower(s)")
T_LOAN_PAID = QT_TRANSLATE_NOOP("Labels", "Loan {number} paid off")
T_LOAN_WRITTEN_OFF = QT_TRANSLATE_NOOP("Labels", "Loan {number} closed with {written_off} written off")
T_ARREARS = QT_TRANSLATE_NOOP("Labels", "Arrears from {start} to {end} ({days} days)")
T_ARREARS_OPEN = QT_TRANSLATE_NOOP("Labels", "Arrears since {start}, not cleared ({days} days)")
D_ARREARS = QT_TRANSLATE_NOOP("Labels", "At most {peak} overdue; up to {members} member(s) behind")

# The kinds of events, grouped for the filter of the timeline.
CATEGORIES = {
    "group": (QT_TRANSLATE_NOOP("Labels", "Group, officers and stages"),
              ("formed", "officer_started", "officer_ended", "stage")),
    "members": (QT_TRANSLATE_NOOP("Labels", "Members joining and leaving"),
                ("member_joined", "member_left", "member_moved_in", "member_moved_out")),
    "attendance": (QT_TRANSLATE_NOOP("Labels", "Sessions and meeting days"), ("session", "meetings")),
    "visits": (QT_TRANSLATE_NOOP("Labels", "Mentoring visits"), ("visit",)),
    "assessments": (QT_TRANSLATE_NOOP("Labels", "Assessments"), ("assessment",)),
    "loans": (QT_TRANSLATE_NOOP("Labels", "Loans and arrears"),
              ("loan_disbursed", "loan_closed", "arrears")),
}
# Within one day, the newest-first timeline shows what came of the day above what began it.
_ORDER = ["formed", "member_joined", "member_moved_in", "officer_started", "session", "meetings",
          "visit", "assessment", "stage", "loan_disbursed", "arrears", "loan_closed",
          "officer_ended", "member_moved_out", "member_left"]


@dataclass(frozen=True)
class Event:
    on: dt.date
    kind: str
    title: str  # an English text marked for translation, with {params}
    detail: str = ""  # likewise; may be empty
    params: dict = field(default_factory=dict)
    note: str = ""  # written by the office (visit notes, a reason), shown as is
    bad: bool = False  # arrears, a class down, follow-ups overdue, a loss


@dataclass(frozen=True)
class Stay:
    member_id: int
    name: str
    number: str
    group_id: int
    group: str
    start: dt.date
    end: dt.date | None
    end_reason: str  # moved | exited | ""
    exit_reason: str


@dataclass(frozen=True)
class OfficerTerm:
    office: str
    name: str
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True)
class SessionDay:
    on: dt.date
    kind: str
    topic: str
    program: str
    seq: int | None
    came: int  # the group's members present or late
    recorded: int  # the group's members whose attendance was taken


@dataclass(frozen=True)
class MeetingDay:
    on: dt.date
    came: int
    recorded: int


@dataclass(frozen=True)
class FollowUpRow:
    text: str
    due_on: dt.date
    done_on: dt.date | None

    def overdue(self, today: dt.date) -> bool:
        return self.done_on is None and self.due_on < today


@dataclass(frozen=True)
class VisitRow:
    on: dt.date
    mentor: str
    met: str
    notes: str
    follow_ups: tuple[FollowUpRow, ...]


def rate(came: int, recorded: int) -> float | None:
    """The share who came of those whose attendance was taken; None when nobody's was."""
    return came / recorded if recorded else None


def percent_text(value: float | None) -> str:
    return "" if value is None else f"{round(value * 100)}%"


# --- reading ------------------------------------------------------------------------------

_STAYS = """
SELECT ms.member_id, m.name, m.number, ms.group_id, g.name, ms.start_date, ms.end_date,
       ms.end_reason, m.exit_reason
FROM membership ms JOIN member m ON m.id = ms.member_id
JOIN community_group g ON g.id = ms.group_id
WHERE ms.member_id IN (SELECT member_id FROM membership WHERE group_id = :group)
ORDER BY ms.member_id, ms.start_date, ms.id
"""

_SESSIONS = """
SELECT s."on", s.kind, s.topic, COALESCE(p.name, ''), s.program_seq,
       COALESCE(SUM(a.status IN ('present', 'late')), 0),
       COALESCE(SUM(a.status IN ('present', 'late', 'excused', 'absent')), 0)
FROM training_session s LEFT JOIN program p ON p.id = s.program_id
LEFT JOIN attendance a ON a.session_id = s.id AND a.group_id = :group
WHERE s."on" <= :today
  AND s.id IN (SELECT session_id FROM session_group WHERE group_id = :group
               UNION SELECT session_id FROM attendance WHERE group_id = :group)
GROUP BY s.id ORDER BY s."on", s.id
"""

_SHEETS = """
SELECT c."on", COALESCE(SUM(l.attendance IN ('present', 'late')), 0),
       COALESCE(SUM(l.attendance IN ('present', 'late', 'excused', 'absent')), 0)
FROM collection_sheet c LEFT JOIN sheet_line l ON l.sheet_id = c.id
WHERE c.group_id = :group AND c.status = 'posted' AND c."on" <= :today
GROUP BY c.id ORDER BY c."on"
"""

_OFFICERS = """
SELECT o.office, m.name, o.start_date, o.end_date FROM group_officer o
JOIN member m ON m.id = o.member_id WHERE o.group_id = :group ORDER BY o.start_date, o.id
"""

_VISITS = """
SELECT v.id, v."on", u.full_name, v.met, v.notes, f.text, f.due_on, f.done_on
FROM visit v JOIN user u ON u.id = v.mentor_id LEFT JOIN follow_up f ON f.visit_id = v.id
WHERE v.group_id = :group ORDER BY v."on", v.id, f.due_on, f.id
"""


def read_stays(group_id: int) -> list[Stay]:
    """Every stay, in any group, of every member who ever stayed in the group."""
    rows = database.execute_sql(_STAYS, {"group": group_id}).fetchall()
    return [Stay(m, name, number, g, group, as_date(start), as_date(end), reason or "", why or "")
            for m, name, number, g, group, start, end, reason, why in rows]


def read_sessions(group_id: int, today: dt.date) -> list[SessionDay]:
    rows = database.execute_sql(_SESSIONS, {"group": group_id, "today": today.isoformat()})
    return [SessionDay(as_date(on), kind, topic, program, seq, came, recorded)
            for on, kind, topic, program, seq, came, recorded in rows.fetchall()]


def read_meetings(group_id: int, today: dt.date) -> list[MeetingDay]:
    rows = database.execute_sql(_SHEETS, {"group": group_id, "today": today.isoformat()})
    return [MeetingDay(as_date(on), came, recorded) for on, came, recorded in rows.fetchall()]


def read_officers(group_id: int) -> list[OfficerTerm]:
    rows = database.execute_sql(_OFFICERS, {"group": group_id}).fetchall()
    return [OfficerTerm(office, name, as_date(start), as_date(end))
            for office, name, start, end in rows]


def read_visits(group_id: int) -> list[VisitRow]:
    """The group's visits, oldest first, each with its follow-ups."""
    visits: dict[int, tuple] = {}
    follow_ups: dict[int, list[FollowUpRow]] = {}
    for visit_id, on, mentor, met, notes, text, due, done in database.execute_sql(
            _VISITS, {"group": group_id}).fetchall():
        visits.setdefault(visit_id, (as_date(on), mentor, met, notes))
        if text is not None:
            follow_ups.setdefault(visit_id, []).append(FollowUpRow(text, as_date(due), as_date(done)))
    return [VisitRow(*values, tuple(follow_ups.get(visit_id, ())))
            for visit_id, values in visits.items()]


# --- the events ---------------------------------------------------------------------------

def member_events(group_id: int, stays: list[Stay]) -> list[Event]:
    """Joins, moves and exits. Members who joined on the same day are one event (a group is
    usually registered with all its first members at once)."""
    events: list[Event] = []
    joined: dict[dt.date, list[Stay]] = {}
    by_member: dict[int, list[Stay]] = {}
    for stay in stays:
        by_member.setdefault(stay.member_id, []).append(stay)
    for member_stays in by_member.values():
        for i, stay in enumerate(member_stays):
            if stay.group_id != group_id:
                continue
            before = member_stays[i - 1] if i else None
            after = member_stays[i + 1] if i + 1 < len(member_stays) else None
            if before is not None and before.end_reason == "moved":
                events.append(Event(stay.start, "member_moved_in", T_MOVED_IN,
                                    params={"name": stay.name, "group": before.group}))
            else:
                joined.setdefault(stay.start, []).append(stay)
            if stay.end is None:
                continue
            if stay.end_reason == "moved" and after is not None:
                events.append(Event(stay.end, "member_moved_out", T_MOVED_OUT,
                                    params={"name": stay.name, "group": after.group}))
            else:
                events.append(Event(stay.end, "member_left", T_LEFT, params={"name": stay.name},
                                    note=stay.exit_reason))
    for on, people in joined.items():
        names = sorted(p.name for p in people)
        if len(names) == 1:
            events.append(Event(on, "member_joined", T_JOINED_ONE, params={"name": names[0]}))
        else:
            events.append(Event(on, "member_joined", T_JOINED_MANY, params={"count": len(names)},
                                note=", ".join(names)))
    return events


def officer_events(terms: list[OfficerTerm]) -> list[Event]:
    events = []
    for term in terms:
        params = {"name": term.name, "office": term.office}
        events.append(Event(term.start, "officer_started", T_OFFICER_STARTED, params=params))
        if term.end is not None:
            events.append(Event(term.end, "officer_ended", T_OFFICER_ENDED, params=params))
    return events


def session_events(sessions: list[SessionDay]) -> list[Event]:
    events = []
    for s in sessions:
        params = {"session_kind": s.kind, "topic": s.topic, "came": s.came,
                  "recorded": s.recorded, "rate": percent_text(rate(s.came, s.recorded)),
                  "program": s.program, "seq": s.seq if s.seq is not None else ""}
        if s.program:
            detail = D_SESSION_PROGRAM if s.recorded else D_PROGRAM_NOT_RECORDED
        else:
            detail = D_SESSION if s.recorded else D_NOT_RECORDED
        events.append(Event(s.on, "session", T_SESSION, detail, params))
    return events


def meeting_events(meetings: list[MeetingDay]) -> list[Event]:
    """Meeting days summed up by quarter: one line for three months rather than one per sheet."""
    quarters: dict[tuple[int, int], list[MeetingDay]] = {}
    for m in meetings:
        quarters.setdefault((m.on.year, (m.on.month - 1) // 3), []).append(m)
    events = []
    for days in quarters.values():
        came, recorded = sum(d.came for d in days), sum(d.recorded for d in days)
        params = {"first": format_date(days[0].on), "last": format_date(days[-1].on),
                  "count": len(days), "came": came, "recorded": recorded,
                  "rate": percent_text(rate(came, recorded))}
        events.append(Event(days[-1].on, "meetings", T_MEETINGS if len(days) > 1 else T_MEETING,
                            D_MEETINGS if recorded else D_NOT_RECORDED, params))
    return events


def visit_events(visits: list[VisitRow], today: dt.date) -> list[Event]:
    events = []
    for v in visits:
        done = sum(1 for f in v.follow_ups if f.done_on is not None)
        overdue = sum(1 for f in v.follow_ups if f.overdue(today))
        params = {"mentor": v.mentor, "met": v.met or "-", "agreed": len(v.follow_ups),
                  "done": done, "open": len(v.follow_ups) - done - overdue, "overdue": overdue}
        detail = D_VISIT if v.follow_ups else D_VISIT_NO_FOLLOW_UP
        events.append(Event(v.on, "visit", T_VISIT, detail, params, v.notes, overdue > 0))
    return events


def assessment_events(assessments: list[AssessmentRow], classes: list[str]) -> list[Event]:
    """*classes* best first, to tell a class up from a class down."""
    events = []
    for a in assessments:
        params = {"grade": a.grade, "previous": a.previous_grade or "", "total": a.total,
                  "max": a.max_total, "assessor": a.assessor, "stage": a.stage}
        change = class_change(a.previous_grade, a.grade, classes)
        title = {1: T_CLASS_UP, -1: T_CLASS_DOWN}.get(change, T_ASSESSED)
        events.append(Event(a.on, "assessment", title, D_ASSESSMENT, params, a.notes, change < 0))
    return events


def class_change(previous: str | None, grade: str, classes: list[str]) -> int:
    """1 for a better class than before, -1 for a worse one, 0 for the same, a first one, or
    a class the instrument no longer has."""
    if previous is None or previous not in classes or grade not in classes:
        return 0
    before, now = classes.index(previous), classes.index(grade)
    return 0 if before == now else (1 if now < before else -1)


def stage_events(stages: list[StageRow]) -> list[Event]:
    return [Event(s.on, "stage", T_STAGE, params={"stage": s.stage}, note=s.note) for s in stages]


def loan_events(loans: GroupLoans, today: dt.date) -> list[Event]:
    events = []
    for loan in loans.loans:
        events.append(Event(loan.disbursed_on, "loan_disbursed", T_LOAN_OUT, D_LOAN_OUT,
                            {"number": loan.number, "principal": format_rupiah(loan.principal),
                             "borrowers": loan.borrowers}))
        if loan.closed_on is not None:
            lost = loan.written_off > 0
            events.append(Event(loan.closed_on, "loan_closed",
                                T_LOAN_WRITTEN_OFF if lost else T_LOAN_PAID,
                                params={"number": loan.number,
                                        "written_off": format_rupiah(loan.written_off)},
                                bad=lost))
    for episode in loans.episodes:
        params = {"start": format_date(episode.start), "end": format_date(episode.end),
                  "days": episode.days(today), "peak": format_rupiah(episode.peak),
                  "members": episode.most_behind}
        events.append(Event(episode.start, "arrears",
                            T_ARREARS if episode.end else T_ARREARS_OPEN, D_ARREARS, params,
                            bad=True))
    return events


def formed_event(formed: dt.date | None, kind: str, kelurahan: str) -> list[Event]:
    if formed is None:
        return []
    return [Event(formed, "formed", T_FORMED, D_FORMED, {"kind": kind, "kelurahan": kelurahan or "-"})]


def newest_first(events: list[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (e.on, _ORDER.index(e.kind)), reverse=True)

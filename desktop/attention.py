"""The groups that need their mentor's attention, each with its reasons: attendance falling or
low, loan arrears, follow-ups overdue, no visit for a long time, a class that fell.

Only groups with active members are looked at. The whole office is read in a handful of
grouped queries (and the arrears report's one reading of every running share), so the list
costs about the same for twenty groups as for two thousand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from db.connection import database
from desktop.arrears import share_arrears
from desktop.assessments import class_codes
from desktop.dates import format_date
from desktop.group_charts import months_back
from desktop.group_loans import as_date
from desktop.group_timeline import class_change
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.loan_settings import LoanSettings
from desktop.money import format_rupiah

# Attendance (sessions and meeting days together, present or late out of those whose
# attendance was taken) over the last RECENT_MONTHS months, against the RECENT_MONTHS before:
# falling when at least FALL_POINTS percentage points lower, low when under LOW_RATE. The
# field studies found poor attendance and late installments go together, so a slide is worth
# a visit before the arrears show.
RECENT_MONTHS = 3
FALL_POINTS = Fraction(15, 100)
LOW_RATE = Fraction(60, 100)
# A group not visited for more than NO_VISIT_DAYS days; one never visited once it has existed
# that long (a group formed last week has not been neglected yet).
NO_VISIT_DAYS = 90
# How much each reason weighs when the list is sorted: money overdue first, then what the
# mentor promised or can see slipping, then the visit calendar.
WEIGHTS = {"arrears": 3, "follow_ups": 2, "attendance": 2, "class_fell": 2, "no_visit": 1}

ATTENDANCE_FALLING = QT_TRANSLATE_NOOP("Labels", "Attendance falling: {recent} in the last 3 months, {before} in the 3 months before")
ATTENDANCE_LOW = QT_TRANSLATE_NOOP("Labels", "Attendance low: {recent} in the last 3 months")
ARREARS = QT_TRANSLATE_NOOP("Labels", "Arrears: {amount} overdue, {members} member(s) behind, the longest {days} days")
FOLLOW_UPS = QT_TRANSLATE_NOOP("Labels", "{count} follow-up(s) overdue, the oldest due {date}")
NO_VISIT = QT_TRANSLATE_NOOP("Labels", "No visit for {days} days (last on {date})")
NEVER_VISITED = QT_TRANSLATE_NOOP("Labels", "Never visited")
CLASS_FELL = QT_TRANSLATE_NOOP("Labels", "Class fell from {previous} to {grade} on {date}")


@dataclass(frozen=True)
class Reason:
    code: str  # a key of WEIGHTS
    text: str  # an English text marked for translation
    params: dict  # its values, written as the office writes them


@dataclass(frozen=True)
class AttentionRow:
    group_id: int
    group: str
    mentor_id: int | None
    mentor: str
    reasons: tuple[Reason, ...]

    @property
    def weight(self) -> int:
        return sum(WEIGHTS[r.code] for r in self.reasons)


_GROUPS = """
SELECT g.id, g.name, g.mentor_id, COALESCE(u.full_name, ''),
       COALESCE(g.formed_date, substr(g.created_at, 1, 10))
FROM community_group g LEFT JOIN user u ON u.id = g.mentor_id
WHERE EXISTS (SELECT 1 FROM member m WHERE m.group_id = g.id AND m.status = 'active')
"""

# Came and taken, recent and before, per group: at sessions (by the member's group at the
# time) and at posted meeting days. Each is summed by group on its own, so that the sheets are
# read in the order of their (group, day) index without sorting half a million lines.
_SESSION_ATTENDANCE = """
SELECT a.group_id,
       SUM(CASE WHEN s."on" > :recent THEN a.status IN ('present', 'late') END),
       SUM(CASE WHEN s."on" > :recent THEN a.status IN ('present', 'late', 'excused', 'absent') END),
       SUM(CASE WHEN s."on" <= :recent THEN a.status IN ('present', 'late') END),
       SUM(CASE WHEN s."on" <= :recent THEN a.status IN ('present', 'late', 'excused', 'absent') END)
FROM training_session s JOIN attendance a ON a.session_id = s.id
WHERE s."on" > :before AND s."on" <= :today AND a.group_id IS NOT NULL
GROUP BY a.group_id
"""

_MEETING_ATTENDANCE = """
SELECT c.group_id,
       SUM(CASE WHEN c."on" > :recent THEN l.attendance IN ('present', 'late') END),
       SUM(CASE WHEN c."on" > :recent THEN l.attendance IN ('present', 'late', 'excused', 'absent') END),
       SUM(CASE WHEN c."on" <= :recent THEN l.attendance IN ('present', 'late') END),
       SUM(CASE WHEN c."on" <= :recent THEN l.attendance IN ('present', 'late', 'excused', 'absent') END)
FROM collection_sheet c JOIN sheet_line l ON l.sheet_id = c.id
WHERE c.status = 'posted' AND c."on" > :before AND c."on" <= :today
GROUP BY c.group_id
"""

_FOLLOW_UPS = """
SELECT v.group_id, COUNT(*), MIN(f.due_on) FROM follow_up f JOIN visit v ON v.id = f.visit_id
WHERE f.done_on IS NULL AND f.due_on < :today GROUP BY v.group_id
"""

_LAST_VISITS = """SELECT group_id, MAX("on") FROM visit WHERE "on" <= :today GROUP BY group_id"""

_ASSESSMENTS = """
SELECT group_id, grade, "on" FROM assessment WHERE "on" <= :today ORDER BY group_id, "on", id
"""


def _fraction(came: int | None, taken: int | None) -> Fraction | None:
    return Fraction(came or 0, taken) if taken else None


def _percent(value: Fraction) -> str:
    return f"{round(value * 100)}%"


def attendance_reason(recent: Fraction | None, before: Fraction | None) -> Reason | None:
    if recent is None:
        return None
    if before is not None and recent <= before - FALL_POINTS:
        return Reason("attendance", ATTENDANCE_FALLING,
                      {"recent": _percent(recent), "before": _percent(before)})
    if recent < LOW_RATE:
        return Reason("attendance", ATTENDANCE_LOW, {"recent": _percent(recent)})
    return None


def visit_reason(last: dt.date | None, since: dt.date, today: dt.date) -> Reason | None:
    """*since*: when the group began (formed, or registered when that is not known)."""
    if last is None:
        return Reason("no_visit", NEVER_VISITED, {}) if (today - since).days > NO_VISIT_DAYS else None
    days = (today - last).days
    if days > NO_VISIT_DAYS:
        return Reason("no_visit", NO_VISIT, {"days": days, "date": format_date(last)})
    return None


def _arrears(today: dt.date, settings: LoanSettings | None) -> dict[int, Reason]:
    behind: dict[int, tuple[int, set[int], int]] = {}
    for line in share_arrears(today, settings):
        if line.overdue > 0 and line.group_id is not None:
            amount, members, days = behind.get(line.group_id, (0, set(), 0))
            behind[line.group_id] = (amount + line.overdue, members | {line.member_id},
                                     max(days, line.days_overdue))
    return {group: Reason("arrears", ARREARS, {"amount": format_rupiah(amount),
                                               "members": len(members), "days": days})
            for group, (amount, members, days) in behind.items()}


def _classes_fallen(today: dt.date) -> dict[int, Reason]:
    classes = class_codes()
    last: dict[int, list[tuple[str, str]]] = {}
    for group, grade, on in database.execute_sql(_ASSESSMENTS, {"today": today.isoformat()}):
        last.setdefault(group, []).append((grade, on))
    fallen = {}
    for group, rows in last.items():
        if len(rows) >= 2 and class_change(rows[-2][0], rows[-1][0], classes) < 0:
            fallen[group] = Reason("class_fell", CLASS_FELL, {
                "previous": rows[-2][0], "grade": rows[-1][0],
                "date": format_date(as_date(rows[-1][1]))})
    return fallen


def groups_needing_attention(today: dt.date | None = None,
                             settings: LoanSettings | None = None) -> list[AttentionRow]:
    """The groups with at least one reason, the heaviest first."""
    today = today or dt.date.today()
    day = today.isoformat()
    recent = months_back(today, RECENT_MONTHS)
    window = {"today": day, "recent": recent.isoformat(),
              "before": months_back(today, 2 * RECENT_MONTHS).isoformat()}
    attendance: dict[int, list[int]] = {}
    for query in (_SESSION_ATTENDANCE, _MEETING_ATTENDANCE):
        for group, *counts in database.execute_sql(query, window):
            total = attendance.setdefault(group, [0, 0, 0, 0])
            for i, count in enumerate(counts):
                total[i] += count or 0
    follow_ups = {g: (n, as_date(due)) for g, n, due in database.execute_sql(_FOLLOW_UPS, {"today": day})}
    visits = {g: as_date(on) for g, on in database.execute_sql(_LAST_VISITS, {"today": day})}
    arrears, fallen = _arrears(today, settings), _classes_fallen(today)
    rows = []
    for group, name, mentor_id, mentor, since in database.execute_sql(_GROUPS).fetchall():
        came, taken, came_before, taken_before = attendance.get(group, (0, 0, 0, 0))
        reasons = [arrears.get(group),
                   attendance_reason(_fraction(came, taken), _fraction(came_before, taken_before))]
        if group in follow_ups:
            count, oldest = follow_ups[group]
            reasons.append(Reason("follow_ups", FOLLOW_UPS, {"count": count, "date": format_date(oldest)}))
        reasons += [fallen.get(group), visit_reason(visits.get(group), as_date(since), today)]
        found = tuple(r for r in reasons if r is not None)
        if found:
            rows.append(AttentionRow(group, name, mentor_id, mentor, found))
    return sorted(rows, key=lambda r: (-r.weight, -len(r.reasons), r.group.casefold()))

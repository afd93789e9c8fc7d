"""One group's whole history for its mentor: who the group is now, a few figures, the events of
its life newest first, and its figures month by month.

Attendance rates count members present or late as having come, out of those whose attendance
was taken (present, late, excused, absent); a member excused did not come. The rate of a
period puts sessions and meeting days together. Everything is read in about fifteen queries,
summed in SQL or walked once in Python, so that a group with five years of activity opens in
well under half a second (tools/benchmark_history.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from db.connection import database
from desktop.assessments import AssessmentRow, StageRow, assessments_of, class_codes, stages_of
from desktop.attention import RECENT_MONTHS, attendance_reason
from desktop.errors import NotFound
from desktop.group_charts import MonthSeries, month_series, months_back
from desktop.group_loans import Episode, GroupLoans, LoanLine, as_date, group_loans
from desktop.group_timeline import (
    Event,
    MeetingDay,
    OfficerTerm,
    SessionDay,
    VisitRow,
    assessment_events,
    formed_event,
    loan_events,
    meeting_events,
    member_events,
    newest_first,
    officer_events,
    rate,
    read_meetings,
    read_officers,
    read_sessions,
    read_stays,
    read_visits,
    session_events,
    stage_events,
    visit_events,
)
from desktop.i18n import QT_TRANSLATE_NOOP

_GROUP = """
SELECT g.name, k.name, g.formed_date, g.address, g.rt, g.rw, g.kelurahan, g.kecamatan, g.city,
       g.business_activities, g.mentor_id, COALESCE(u.full_name, ''), g.stage, g.created_at,
       (SELECT COUNT(*) FROM member WHERE group_id = g.id AND status = 'active')
FROM community_group g JOIN group_kind k ON k.id = g.kind_id
LEFT JOIN user u ON u.id = g.mentor_id WHERE g.id = :group
"""

_PARTNERS = "SELECT name, kind FROM group_partner WHERE group_id = :group ORDER BY id"


@dataclass(frozen=True)
class Profile:
    group_id: int
    name: str
    kind: str
    formed: dt.date | None
    address: str
    rt: str
    rw: str
    kelurahan: str
    kecamatan: str
    city: str
    business: str
    mentor_id: int | None
    mentor: str
    stage: str
    grade: str | None  # the class of the latest assessment
    graded_on: dt.date | None
    officers: list[OfficerTerm]  # those in office now, ketua first
    active_members: int
    partners: list[tuple[str, str]]  # (name, kind code)

    @property
    def address_line(self) -> str:
        """Jl. Melati 5, RT 003/RW 007, Kel. Cilincing, Kec. Cilincing, Jakarta Utara."""
        rt_rw = " / ".join(p for p in (f"RT {self.rt}" if self.rt else "",
                                       f"RW {self.rw}" if self.rw else "") if p)
        parts = [self.address, rt_rw, f"Kel. {self.kelurahan}" if self.kelurahan else "",
                 f"Kec. {self.kecamatan}" if self.kecamatan else "", self.city]
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class Summary:
    before_from: dt.date  # the periods compared run from the day after each of these days:
    recent_from: dt.date  # the RECENT_MONTHS months before, and the last RECENT_MONTHS months
    rate_recent: float | None
    rate_before: float | None
    attendance_warning: bool  # falling or low, as the list of groups needing attention says
    savings: int  # the savings of the members in the group at the end of the day
    loans_running: int  # running and outstanding as the books stand now
    outstanding: int
    overdue: int
    members_behind: int
    oldest_late: dt.date | None  # the due date of the oldest installment not paid
    follow_ups_open: int  # not done, overdue ones included
    follow_ups_overdue: int
    oldest_overdue: dt.date | None  # the due date of the oldest overdue follow-up
    last_visit: dt.date | None
    days_since_visit: int | None


@dataclass(frozen=True)
class GroupHistory:
    today: dt.date
    profile: Profile
    summary: Summary
    events: list[Event]  # newest first
    series: MonthSeries
    assessments: list[AssessmentRow]  # oldest first
    stages: list[StageRow]  # oldest first
    loans: list[LoanLine]  # oldest first
    episodes: list[Episode]  # oldest first
    visits: list[VisitRow]  # oldest first


def group_history(group_id: int, today: dt.date | None = None) -> GroupHistory:
    """Everything the history page and the group profile show, read as of *today*."""
    today = today or dt.date.today()
    row = database.execute_sql(_GROUP, {"group": group_id}).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This group no longer exists."))
    stays = read_stays(group_id)
    terms = read_officers(group_id)
    sessions = read_sessions(group_id, today)
    meetings = read_meetings(group_id, today)
    visits = [v for v in read_visits(group_id) if v.on <= today]
    assessments = [a for a in assessments_of(group_id) if a.on <= today]
    stages = [s for s in stages_of(group_id) if s.on <= today]
    loans = group_loans(group_id, today)
    formed, created = as_date(row[2]), as_date(str(row[13])[:10])
    first = formed or min((s.start for s in stays if s.group_id == group_id), default=created)
    events = (formed_event(formed, row[1], row[6]) + member_events(group_id, stays)
              + officer_events(terms) + session_events(sessions) + meeting_events(meetings)
              + visit_events(visits, today) + assessment_events(assessments, class_codes())
              + stage_events(stages) + loan_events(loans, today))
    profile = _profile(group_id, row, terms, assessments)
    series = month_series(group_id, first, today, stays, sessions, meetings, loans)
    summary = _summary(series.savings[-1], sessions, meetings, visits, loans, today)
    return GroupHistory(today, profile, summary, newest_first(events), series, assessments,
                        stages, loans.loans, loans.episodes, visits)


def _profile(group_id: int, row: tuple, terms: list[OfficerTerm],
             assessments: list[AssessmentRow]) -> Profile:
    (name, kind, formed, address, rt, rw, kelurahan, kecamatan, city, business, mentor_id,
     mentor, stage, _created, active) = row
    partners = list(database.execute_sql(_PARTNERS, {"group": group_id}).fetchall())
    order = ("ketua", "sekretaris", "bendahara")
    now = sorted((t for t in terms if t.end is None),
                 key=lambda t: (order.index(t.office) if t.office in order else 9, t.start))
    latest = assessments[-1] if assessments else None
    return Profile(group_id, name, kind, as_date(formed), address, rt, rw, kelurahan, kecamatan,
                   city, business, mentor_id, mentor, stage, latest.grade if latest else None,
                   latest.on if latest else None, now, active, [tuple(p) for p in partners])


def period_counts(days: list[SessionDay | MeetingDay], after: dt.date, until: dt.date) -> tuple[int, int]:
    """(came, taken) at the sessions and meeting days after one day, up to another."""
    chosen = [d for d in days if after < d.on <= until]
    return sum(d.came for d in chosen), sum(d.recorded for d in chosen)


def _summary(savings: int, sessions: list[SessionDay], meetings: list[MeetingDay],
             visits: list[VisitRow], loans: GroupLoans, today: dt.date) -> Summary:
    recent_from = months_back(today, RECENT_MONTHS)
    before_from = months_back(today, 2 * RECENT_MONTHS)
    days = [*sessions, *meetings]
    recent, before = period_counts(days, recent_from, today), period_counts(days, before_from, recent_from)
    warning = attendance_reason(Fraction(*recent) if recent[1] else None,
                                Fraction(*before) if before[1] else None) is not None
    follow_ups = [f for v in visits for f in v.follow_ups if f.done_on is None]
    overdue = [f.due_on for f in follow_ups if f.overdue(today)]
    last_visit = max((v.on for v in visits), default=None)
    return Summary(before_from, recent_from, rate(*recent), rate(*before), warning, savings,
                   loans.running, loans.outstanding, loans.overdue_on(today), loans.behind_on(today),
                   loans.oldest_late, len(follow_ups), len(overdue), min(overdue, default=None),
                   last_visit, (today - last_visit).days if last_visit else None)

"""Households before and after: the share of households at each welfare level when they came
into a program and now, as outcome studies report it, for a group, a program or the office.

Definitions:
- A household is counted once: its Household, or the member when the member has no household.
  A survey counts for the household its member belongs to now, whichever of the household's
  members answered it: when a family moves, its KK number changes and its members get a new
  Household, and their earlier surveys must come with them.
- Start: when the household came in. For the office, the earliest join date of its members
  (members who left since are counted too); for a group, the earliest start of its members' stays
  in that group; for a program, the day of the program's first session, for households of
  members present or late at any of its sessions. Households that came in after the day of the
  report are left out.
- Then: the household's latest survey on or before the start; if there is none, its first survey
  within 90 days after the start (a survey taken at the first visits still tells the household
  as it came in).
- Now: its latest survey after the day of "then", up to the day of the report.
- Households without both are not comparable, with the reason: never surveyed, no survey before
  (or soon after) the start, or no survey since.
- Shares are percentages of the comparable households with one decimal, rounded by the largest
  remainder so that they add up to exactly 100.0: each share is first cut down to its tenth, then
  the tenths still missing go one each to the shares that lost the most in the cut. A tie goes to
  the larger share, then to the later band or level: 4, 1 and 1 households read 66.7, 16.6 and
  16.7; one household in each of three bands reads 33.3, 33.3 and 33.4.
- Moving up or down: from one band (low, medium, high) to another, then to now.
- Indicators over the comparable households, each among those whose survey has it: the average
  monthly income (whole rupiah, rounded half up); the share with a running or growing business;
  the share in good housing; children of school age in school (all children in school over all
  children of school age).

The surveys and the households in scope are read in two or three queries, whatever their number,
as plain rows: for the whole office (50,000 members) peewee's conversion of each value took
three times as long as the reading.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

import peewee as pw

from db.connection import database
from db.models import Attendance, Group, Member, Membership, TrainingSession, WelfareSurvey
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import WELFARE_BAND_OF, WELFARE_BANDS, WELFARE_LEVELS

BANDS = tuple(WELFARE_BANDS)  # low, medium, high: worst first
BASELINE_GRACE = dt.timedelta(days=90)
THRIVING = ("running", "growing")
ATTENDED = ("present", "late")
TENTH = Decimal("0.1")

Unit = tuple[str, int]  # ("h", household id) or ("m", member id)


class Point(NamedTuple):
    """One survey as the comparison reads it (a tuple: the office reads tens of thousands)."""

    id: int
    on: dt.date
    level: str
    income: int | None
    business: str
    housing: str
    school_age_children: int | None
    children_in_school: int | None


class Entrant(NamedTuple):
    """A household in scope, with the member who brought it in (the earliest to start)."""

    unit: Unit
    start: dt.date
    member_id: int
    number: str
    name: str
    group: str


@dataclass(frozen=True)
class Share:
    """How many of the households compared were in a band or at a level, then and now."""

    code: str  # a band or a level
    then_count: int
    then_share: Decimal  # percent, one decimal
    now_count: int
    now_share: Decimal


@dataclass(frozen=True)
class Indicator:
    """A figure then and now (None when no household's survey has it), and of how many
    households it was worked out."""

    then: int | Decimal | None
    now: int | Decimal | None
    then_known: int
    now_known: int


class Pair(NamedTuple):
    """A household compared: its survey then and now."""

    member_id: int
    number: str
    name: str
    group: str
    start: dt.date
    then_on: dt.date
    then_level: str
    now_on: dt.date
    now_level: str
    movement: int  # +1 up a band (or two), 0 the same band, -1 down


def _movement(then_level: str, now_level: str) -> int:
    change = BANDS.index(WELFARE_BAND_OF[now_level]) - BANDS.index(WELFARE_BAND_OF[then_level])
    return (change > 0) - (change < 0)


class NotComparable(NamedTuple):
    """A household that cannot be compared, and why."""

    member_id: int
    number: str
    name: str
    group: str
    start: dt.date
    reason: str  # never | no_baseline | no_followup
    surveys: int  # the household's surveys up to the day of the report


# Why a household cannot be compared.
NOT_COMPARABLE_REASONS = {
    "never": QT_TRANSLATE_NOOP("Labels", "Never surveyed"),
    "no_baseline": QT_TRANSLATE_NOOP("Labels", "No survey at the start"),
    "no_followup": QT_TRANSLATE_NOOP("Labels", "No survey since the start"),
}


@dataclass(frozen=True)
class Comparison:
    """The households of a group, a program or the office, then and now."""

    as_of: dt.date
    households: int  # in scope: comparable or not
    bands: tuple[Share, ...]  # every band, worst first
    levels: tuple[Share, ...]  # the levels seen then or now, in the list's order
    moved_up: int
    stayed: int
    moved_down: int
    income: Indicator  # rupiah a month
    business: Indicator  # percent running or growing
    housing: Indicator  # percent good
    school: Indicator  # percent of children of school age in school
    compared: tuple[Pair, ...]
    not_comparable: tuple[NotComparable, ...]

    @property
    def comparable(self) -> int:
        return len(self.compared)


@dataclass(frozen=True)
class GroupComparison:
    """One group's comparison, for setting groups side by side."""

    group_id: int
    name: str
    comparison: Comparison


def largest_remainder_shares(counts: Sequence[int]) -> list[Decimal]:
    """Percentages of *counts* with one decimal that add up to exactly 100.0 (all 0.0 when
    there is nothing to share); the tenths lost by cutting each down go to the largest
    remainders, a tie to the larger count, then to the later one."""
    total = sum(counts)
    if not total:
        return [Decimal("0.0") for _ in counts]
    exact = [count * 1000 for count in counts]  # tenths of a percent, times the total
    tenths = [e // total for e in exact]
    missing = 1000 - sum(tenths)
    order = sorted(range(len(counts)), key=lambda i: (exact[i] % total, counts[i], i), reverse=True)
    for i in order[:missing]:
        tenths[i] += 1
    return [Decimal(t).scaleb(-1) for t in tenths]


def _percent(part: int, whole: int) -> Decimal | None:
    return (Decimal(part) * 100 / whole).quantize(TENTH, ROUND_HALF_UP) if whole else None


# --- reading ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)
def stored_day(value: str | dt.date) -> dt.date:
    """A date as a plain row holds it; the same few thousand days repeat over many rows."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value[:10])


def _rows(query: pw.Select) -> list[tuple]:
    """The query's rows as the database gives them, without peewee's conversions."""
    return database.execute(query).fetchall()


def _unit(household_id: int | None, member_id: int) -> Unit:
    return ("h", household_id) if household_id is not None else ("m", member_id)


def _surveys(as_of: dt.date, members: pw.Select | None) -> dict[Unit, list[Point]]:
    """Every survey up to *as_of*, by household, oldest first; of the households of *members*
    (a query of member ids) when given."""
    household = pw.fn.COALESCE(Member.household, WelfareSurvey.household)
    query = (WelfareSurvey.select(WelfareSurvey.member, household, WelfareSurvey.id, WelfareSurvey.on,
                                  WelfareSurvey.level, WelfareSurvey.income, WelfareSurvey.business,
                                  WelfareSurvey.housing, WelfareSurvey.school_age_children,
                                  WelfareSurvey.children_in_school)
             .join(Member, on=(WelfareSurvey.member == Member.id))
             .where(WelfareSurvey.on <= as_of))
    if members is not None:
        households = Member.select(Member.household).where(
            Member.id.in_(members) & Member.household.is_null(False))
        query = query.where(household.in_(households)
                            | (household.is_null() & WelfareSurvey.member.in_(members)))
    by_unit: dict[Unit, list[Point]] = {}
    for member_id, household_id, survey_id, on, *values in _rows(query.order_by(WelfareSurvey.on, WelfareSurvey.id)):
        by_unit.setdefault(_unit(household_id, member_id), []).append(Point(survey_id, stored_day(on), *values))
    return by_unit


def _entrants(rows: Iterable[tuple]) -> list[Entrant]:
    """Households from (member id, household id, start, number, name, group) rows: each once,
    with the member who started first."""
    first: dict[Unit, Entrant] = {}
    for member_id, household_id, start, number, name, group in rows:
        unit, start = _unit(household_id, member_id), stored_day(start)
        known = first.get(unit)
        if known is None or (start, member_id) < (known.start, known.member_id):
            first[unit] = Entrant(unit, start, member_id, number, name, group or "")
    return list(first.values())


def _office_rows(as_of: dt.date) -> pw.Select:
    return (Member.select(Member.id, Member.household, Member.join_date, Member.number, Member.name,
                          Group.name)
            .join(Group, pw.JOIN.LEFT_OUTER, on=(Member.group == Group.id))
            .where(Member.join_date <= as_of))


def _stay_rows(as_of: dt.date, group_id: int | None) -> pw.Select:
    """Members' stays in groups (in one group when given), with the group's id first."""
    query = (Membership.select(Membership.group, Member.id, Member.household, Membership.start_date,
                               Member.number, Member.name, Group.name)
             .join(Member, on=(Membership.member == Member.id))
             .switch(Membership).join(Group, on=(Membership.group == Group.id))
             .where(Membership.start_date <= as_of))
    if group_id is not None:
        query = query.where(Membership.group == group_id)
    return query


def program_start(program_id: int) -> dt.date | None:
    """The day of the program's first session."""
    first = (TrainingSession.select(pw.fn.MIN(TrainingSession.on))
             .where(TrainingSession.program == program_id).scalar())
    return stored_day(first) if first else None


def _attendee_rows(program_id: int, as_of: dt.date, group_id: int | None) -> pw.Select:
    """Members present or late at a session of the program, with the group they came with
    first."""
    query = (Attendance.select(Attendance.group, Member.id, Member.household, Member.number,
                               Member.name, Group.name)
             .join(TrainingSession, on=(Attendance.session == TrainingSession.id))
             .switch(Attendance).join(Member, on=(Attendance.member == Member.id))
             .switch(Attendance).join(Group, pw.JOIN.LEFT_OUTER, on=(Attendance.group == Group.id))
             .where((TrainingSession.program == program_id) & (TrainingSession.on <= as_of)
                    & Attendance.status.in_(ATTENDED))
             .order_by(TrainingSession.on, Attendance.id))
    if group_id is not None:
        query = query.where(Attendance.group == group_id)
    return query


# --- comparing -------------------------------------------------------------------------------


def _then_and_now(points: list[Point], start: dt.date) -> tuple[Point | None, Point | None]:
    """The household's survey then and now; *points* are oldest first."""
    then, after = None, None
    for point in points:
        if point.on > start:
            after = point
            break
        then = point
    if then is None and after is not None and after.on <= start + BASELINE_GRACE:
        then = after
    if then is None or points[-1].on <= then.on:
        return then, None
    return then, points[-1]


def _shares(codes: Sequence[str], then: list[str], now: list[str]) -> tuple[Share, ...]:
    then_counts = [then.count(c) for c in codes]
    now_counts = [now.count(c) for c in codes]
    return tuple(Share(code, tc, ts, nc, ns) for code, tc, ts, nc, ns in zip(
        codes, then_counts, largest_remainder_shares(then_counts), now_counts,
        largest_remainder_shares(now_counts), strict=True))


def _average_income(points: list[Point]) -> tuple[int | None, int]:
    known = [p.income for p in points if p.income is not None]
    if not known:
        return None, 0
    return (2 * sum(known) + len(known)) // (2 * len(known)), len(known)


def _share_of(points: list[Point], value: str, wanted: tuple[str, ...]) -> tuple[Decimal | None, int]:
    known = [getattr(p, value) for p in points if getattr(p, value)]
    return _percent(sum(v in wanted for v in known), len(known)), len(known)


def _in_school(points: list[Point]) -> tuple[Decimal | None, int]:
    known = [p for p in points if p.school_age_children and p.children_in_school is not None]
    return (_percent(sum(p.children_in_school for p in known), sum(p.school_age_children for p in known)),
            len(known))


def _indicator(measure, then: list[Point], now: list[Point]) -> Indicator:
    then_value, then_known = measure(then)
    now_value, now_known = measure(now)
    return Indicator(then_value, now_value, then_known, now_known)


def _compare(entrants: list[Entrant], surveys: dict[Unit, list[Point]], as_of: dt.date) -> Comparison:
    pairs: list[tuple[Entrant, Point, Point]] = []
    missing: list[NotComparable] = []
    for e in sorted(entrants, key=lambda e: (e.group, e.name, e.number)):
        points = surveys.get(e.unit, [])
        then, now = _then_and_now(points, e.start)
        if now is None:
            reason = "never" if not points else "no_followup" if then else "no_baseline"
            missing.append(NotComparable(e.member_id, e.number, e.name, e.group, e.start, reason, len(points)))
        else:
            pairs.append((e, then, now))
    thens, nows = [t for _e, t, _n in pairs], [n for _e, _t, n in pairs]
    compared = tuple(Pair(e.member_id, e.number, e.name, e.group, e.start, t.on, t.level, n.on, n.level,
                          _movement(t.level, n.level)) for e, t, n in pairs)
    seen = {p.level for p in thens + nows}
    return Comparison(
        as_of, len(entrants),
        _shares(BANDS, [WELFARE_BAND_OF[p.level] for p in thens], [WELFARE_BAND_OF[p.level] for p in nows]),
        _shares([code for code in WELFARE_LEVELS if code in seen], [p.level for p in thens],
                [p.level for p in nows]),
        sum(p.movement > 0 for p in compared), sum(p.movement == 0 for p in compared),
        sum(p.movement < 0 for p in compared),
        _indicator(_average_income, thens, nows),
        _indicator(lambda ps: _share_of(ps, "business", THRIVING), thens, nows),
        _indicator(lambda ps: _share_of(ps, "housing", ("good",)), thens, nows),
        _indicator(_in_school, thens, nows),
        compared, tuple(missing))


def _scope_rows(group_id: int | None, program_id: int | None, as_of: dt.date) -> tuple[list[tuple], pw.Select | None]:
    """The (member id, household id, start, number, name, group) rows of the scope, and a query
    of its member ids (None for the whole office)."""
    if program_id is not None:
        start = program_start(program_id)
        if start is None or start > as_of:
            return [], None
        attendees = _attendee_rows(program_id, as_of, group_id)
        rows = [(m, h, start, number, name, group) for _g, m, h, number, name, group in _rows(attendees)]
        return rows, attendees.clone().select(Member.id).order_by()
    if group_id is not None:
        stays = _stay_rows(as_of, group_id)
        return [row[1:] for row in _rows(stays)], stays.clone().select(Member.id)
    return _rows(_office_rows(as_of)), None


def welfare_comparison(group_id: int | None = None, program_id: int | None = None,
                       as_of: dt.date | None = None) -> Comparison:
    """Households then and now: of a group, of a program (within a group when both are given),
    or of the whole office; as the books stood at the end of *as_of* (today by default)."""
    as_of = as_of or dt.date.today()
    rows, members = _scope_rows(group_id, program_id, as_of)
    if not rows:
        return _compare([], {}, as_of)
    return _compare(_entrants(rows), _surveys(as_of, members), as_of)


def _group_rows(program_id: int | None, as_of: dt.date) -> tuple[dict[int, list[tuple]], dict[int, str]]:
    """The scope rows of every group (of a program's households when given), and its name."""
    if program_id is not None:
        start = program_start(program_id)
        source = [] if start is None or start > as_of else [
            (g, m, h, start, number, name, group)
            for g, m, h, number, name, group in _rows(_attendee_rows(program_id, as_of, None)) if g is not None]
    else:
        source = _rows(_stay_rows(as_of, None))
    rows_of: dict[int, list[tuple]] = {}
    names: dict[int, str] = {}
    for group_id, *row in source:
        rows_of.setdefault(group_id, []).append(tuple(row))
        names[group_id] = row[-1]
    return rows_of, names


def _by_group(program_id: int | None, as_of: dt.date,
              surveys: dict[Unit, list[Point]] | None) -> list[GroupComparison]:
    rows_of, names = _group_rows(program_id, as_of)
    if not rows_of:
        return []
    surveys = _surveys(as_of, None) if surveys is None else surveys
    result = [GroupComparison(g, names[g], _compare(_entrants(rows), surveys, as_of))
              for g, rows in rows_of.items()]
    return sorted(result, key=lambda c: (c.name.casefold(), c.group_id))


def by_group(program_id: int | None = None, as_of: dt.date | None = None) -> list[GroupComparison]:
    """The comparison of every group (of a program's households when given), by name, so that
    groups can be compared; groups with no household in scope are left out."""
    return _by_group(program_id, as_of or dt.date.today(), None)


def comparison_with_groups(program_id: int | None = None, as_of: dt.date | None = None,
                           ) -> tuple[Comparison, list[GroupComparison]]:
    """welfare_comparison and by_group of the office (or of a program) at once, reading the
    surveys once."""
    as_of = as_of or dt.date.today()
    rows, _members = _scope_rows(None, program_id, as_of)
    surveys = _surveys(as_of, None)
    return _compare(_entrants(rows), surveys, as_of), _by_group(program_id, as_of, surveys)

"""Household welfare surveys: a household's welfare level and a few indicators on a day, asked
of one of its members, so that households can be compared before and after a program.

A survey keeps the household the member had when it was recorded, and that household's welfare
level (shown on the member's form) follows its latest survey; data entered on the member form
from another source and dated later is left as it is. A member without a household is surveyed
on their own (no household is made for them here). The comparison of households then and now is
in desktop/welfare_comparison.py; its names are offered here too.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import peewee as pw

from db.connection import database
from db.models import (
    AuditRecord,
    Group,
    Household,
    Member,
    Membership,
    Program,
    TrainingSession,
    User,
    WelfareSurvey,
)
from desktop import audit
from desktop.auth import Actor
from desktop.dates import check_not_future, format_date, is_day
from desktop.errors import DomainError, NotFound, ValidationErrors
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import BUSINESS_STATUSES, HOUSING, WELFARE_BAND_OF, WELFARE_LEVELS
from desktop.money import format_rupiah
from desktop.operations import operation
from desktop.text import (
    NOTE_LENGTH,
    check_text,
    clean,
    is_choice,
    prefix_upper_bound,
    read_text,
    search_key,
    whole_between,
)
from desktop.welfare_comparison import (  # noqa: F401 - offered here as part of the area
    Comparison,
    GroupComparison,
    Indicator,
    NotComparable,
    Pair,
    Share,
    by_group,
    comparison_with_groups,
    largest_remainder_shares,
    stored_day,
    welfare_comparison,
)

# A household's monthly income above a billion rupiah is a typing slip (a zero too many), not a
# household a community program serves.
MAX_INCOME = 1_000_000_000
MAX_CHILDREN = 30
MAX_NOTES = 300


@dataclass
class SurveyForm:
    """A plain copy of a survey that a dialog fills in and hands to record_survey. Indicators
    left as None or "" were not asked."""

    member_id: int | None = None
    on: dt.date | None = None
    level: str = ""
    income: int | None = None  # rupiah a month, the household's
    business: str = ""  # a code of BUSINESS_STATUSES
    housing: str = ""  # a code of HOUSING
    school_age_children: int | None = None
    children_in_school: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class SurveyRow:
    id: int
    member_id: int
    number: str
    name: str
    group: str  # the member's group now
    household_id: int | None
    on: dt.date
    level: str
    band: str
    income: int | None
    business: str
    housing: str
    school_age_children: int | None
    children_in_school: int | None
    notes: str
    surveyor: str


@dataclass(frozen=True)
class SurveyFilter:
    group_id: int | None = None  # members who are or were in the group
    text: str = ""  # part of a name, or the start of a member number
    first: dt.date | None = None
    last: dt.date | None = None


def survey_source(on: dt.date) -> str:
    """What the household's welfare data says it came from: "Survei 22/11/2026"."""
    return f"Survei {format_date(on)}"


def _check_count(value: object, field: str, errors: list[DomainError]) -> bool:
    if value is None:
        return True
    if not whole_between(value, 0, MAX_CHILDREN):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "A number of children must be 0 to {n}."), field, n=MAX_CHILDREN))
        return False
    return True


def _check_children(form: SurveyForm, errors: list[DomainError]) -> None:
    age_ok = _check_count(form.school_age_children, "school_age_children", errors)
    school_ok = _check_count(form.children_in_school, "children_in_school", errors)
    if not (age_ok and school_ok) or form.children_in_school is None:
        return
    if form.school_age_children is None:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter how many children are of school age, too."), "school_age_children"))
    elif form.children_in_school > form.school_age_children:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "More children in school ({n}) than children of school age ({age}). Check both numbers."), "children_in_school", n=form.children_in_school, age=form.school_age_children))


def _check_income(income: object, errors: list[DomainError]) -> None:
    if income is None:
        return
    if not whole_between(income, 0, MAX_INCOME):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The household's monthly income must be between Rp0 and {most}, in whole rupiah. Check the figures."), "income", most=format_rupiah(MAX_INCOME)))


def validate_survey(form: SurveyForm) -> None:
    """Raise ValidationErrors listing every field of the survey that is wrong."""
    errors: list[DomainError] = []
    if form.member_id is None:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the member whose household was surveyed."), "member"))
    if not is_day(form.on):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the date of the survey."), "date"))
    else:
        try:
            check_not_future(form.on)
        except DomainError as exc:
            errors.append(exc)
    if not is_choice(form.level, WELFARE_LEVELS):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the household's welfare level from the list."), "level"))
    _check_income(form.income, errors)
    if form.business not in ("", None) and not is_choice(form.business, BUSINESS_STATUSES):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the business status from the list."), "business"))
    if form.housing not in ("", None) and not is_choice(form.housing, HOUSING):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the housing from the list."), "housing"))
    _check_children(form, errors)
    read_text(errors, form.notes, "notes", MAX_NOTES, too_long=QT_TRANSLATE_NOOP("Errors", "The notes may have at most {n} characters."))
    if errors:
        raise ValidationErrors(errors)


def _household_welfare(household: Household) -> dict:
    return {"id": household.id, "welfare_level": household.welfare_level,
            "welfare_source": household.welfare_source,
            "welfare_date": household.welfare_date.isoformat() if household.welfare_date else None}


def _latest_survey(household_id: int) -> WelfareSurvey | None:
    return (WelfareSurvey.select().where(WelfareSurvey.household == household_id)
            .order_by(WelfareSurvey.on.desc(), WelfareSurvey.id.desc()).first())


def _show_on_household(household_id: int, level: str | None, source: str, on: dt.date | None) -> None:
    Household.update(welfare_level=level, welfare_source=source, welfare_date=on).where(
        Household.id == household_id).execute()


@operation("welfare.record")
def record_survey(actor: Actor, form: SurveyForm) -> int:
    """Keep a household's welfare survey; the household's level follows it when it is the
    household's latest."""
    validate_survey(form)
    member = Member.get_or_none(Member.id == form.member_id)
    if member is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This member no longer exists."), "member")
    household = member.household if member.household_id else None
    before = {"household": _household_welfare(household)} if household else None
    row = WelfareSurvey.create(
        member=member.id, household=household, on=form.on, level=form.level,
        income=form.income, business=form.business or "", housing=form.housing or "",
        school_age_children=form.school_age_children,
        children_in_school=form.children_in_school, notes=clean(form.notes), surveyor=actor.id)
    if household is not None:
        latest = _latest_survey(household.id)
        # Data from another source (a BKKBN list typed on the member's form) dated later than
        # this survey is newer news about the household: it stays.
        newer_elsewhere = household.welfare_date is not None and household.welfare_date > form.on
        if latest.id == row.id and not newer_elsewhere:
            _show_on_household(household.id, row.level, survey_source(row.on), row.on)
    audit.record(actor, "welfare.record", "welfare_survey", row.id,
                 f"{member.number} {member.name} {format_date(row.on)} {row.level}",
                 before, audit.snapshot(row))
    return row.id


def _welfare_before_survey(survey_id: int) -> tuple[str | None, str, dt.date | None] | None:
    """The household's welfare as it stood before the survey was recorded, as the audit trail
    of its recording keeps it; None when it came from a survey (those that are left speak for
    themselves) or was not recorded."""
    record = (AuditRecord.select(AuditRecord.before)
              .where((AuditRecord.action == "welfare.record") & (AuditRecord.entity == "welfare_survey")
                     & (AuditRecord.entity_id == survey_id)).order_by(AuditRecord.id.desc()).first())
    if record is None or not record.before:
        return None
    household = json.loads(record.before).get("household") or {}
    on = dt.date.fromisoformat(household["welfare_date"]) if household.get("welfare_date") else None
    source = household.get("welfare_source") or ""
    if not household.get("welfare_level") or (on is not None and source == survey_source(on)):
        return None
    return household["welfare_level"], source, on


def _restore_household(row: WelfareSurvey) -> None:
    """After a survey is removed, the household's welfare goes back to the newer of its latest
    survey left and what it had from another source before the survey; to nothing known when
    there is neither. Unless its data no longer came from the survey removed."""
    household = Household.get_or_none(Household.id == row.household_id)
    shown = (household is not None and household.welfare_level == row.level
             and household.welfare_date == row.on and household.welfare_source == survey_source(row.on))
    if not shown:
        return
    previous = _latest_survey(household.id)
    earlier = _welfare_before_survey(row.id)
    if previous is not None and (earlier is None or earlier[2] is None or previous.on >= earlier[2]):
        _show_on_household(household.id, previous.level, survey_source(previous.on), previous.on)
    elif earlier is not None:
        _show_on_household(household.id, *earlier)
    else:
        _show_on_household(household.id, None, "", None)


@operation("welfare.record")
def remove_survey(actor: Actor, survey_id: int, reason: str) -> None:
    """Take back a survey entered by mistake (the audit trail keeps it); the household's
    welfare goes back to its previous latest survey."""
    row = WelfareSurvey.get_or_none(WelfareSurvey.id == survey_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This survey no longer exists."))
    reason = check_text(reason, "reason", NOTE_LENGTH, required=QT_TRANSLATE_NOOP("Errors", "Say why the survey is taken back."))
    before = audit.snapshot(row)
    member = row.member
    row.delete_instance()
    if row.household_id is not None:
        _restore_household(row)
    audit.record(actor, "welfare.remove", "welfare_survey", survey_id,
                 f"{member.number} {member.name}: {clean(reason)}", before, None)


def _rows(query: pw.Select, limit: int | None = None) -> list[SurveyRow]:
    query = (query.select(WelfareSurvey.id, Member.id, Member.number, Member.name,
                          pw.fn.COALESCE(Group.name, ""), WelfareSurvey.household, WelfareSurvey.on,
                          WelfareSurvey.level, WelfareSurvey.income, WelfareSurvey.business,
                          WelfareSurvey.housing, WelfareSurvey.school_age_children,
                          WelfareSurvey.children_in_school, WelfareSurvey.notes, User.full_name)
             .order_by(WelfareSurvey.on.desc(), WelfareSurvey.id.desc()))
    if limit is not None:
        query = query.limit(limit)
    # Plain rows: peewee's conversion of each value would take most of the time of a long list.
    return [SurveyRow(i, m, number, name, group, household, stored_day(on), level,
                      WELFARE_BAND_OF.get(level, ""), income, business, housing, age, school, notes,
                      surveyor)
            for (i, m, number, name, group, household, on, level, income, business, housing, age,
                 school, notes, surveyor) in database.execute(query)]


def _base() -> pw.Select:
    return (WelfareSurvey.select().join(Member, on=(WelfareSurvey.member == Member.id))
            .join(Group, pw.JOIN.LEFT_OUTER, on=(Member.group == Group.id))
            .switch(WelfareSurvey).join(User, on=(WelfareSurvey.surveyor == User.id)))


def _filtered(query: pw.Select, flt: SurveyFilter) -> pw.Select:
    if flt.group_id is not None:
        query = query.where(WelfareSurvey.member.in_(
            Membership.select(Membership.member).where(Membership.group == flt.group_id)))
    text = clean(flt.text)
    if text:
        number = text.upper()
        query = query.where(Member.name_key.contains(search_key(text))
                            | ((Member.number >= number) & (Member.number < prefix_upper_bound(number))))
    if flt.first is not None:
        query = query.where(WelfareSurvey.on >= flt.first)
    if flt.last is not None:
        query = query.where(WelfareSurvey.on <= flt.last)
    return query


def list_surveys(flt: SurveyFilter = SurveyFilter(), limit: int | None = None) -> list[SurveyRow]:
    """Surveys matching the filter, newest first (the newest *limit* of them when given)."""
    return _rows(_filtered(_base(), flt), limit)


def count_surveys(flt: SurveyFilter = SurveyFilter()) -> int:
    """How many surveys match the filter."""
    query = WelfareSurvey.select(pw.fn.COUNT(WelfareSurvey.id)).join(
        Member, on=(WelfareSurvey.member == Member.id))
    return _filtered(query, flt).scalar() or 0


def surveys_of(member_id: int) -> list[SurveyRow]:
    """The surveys of a member's household (whichever of its members answered) and those asked
    of the member, newest first."""
    member = Member.get_or_none(Member.id == member_id)
    if member is None:
        return []
    mine = WelfareSurvey.member == member_id
    if member.household_id is not None:
        mine |= WelfareSurvey.household == member.household_id
    return _rows(_base().where(mine))


def surveys_of_group(group_id: int) -> list[SurveyRow]:
    """The surveys of every member who is or was in the group, newest first."""
    return list_surveys(SurveyFilter(group_id=group_id))


@dataclass(frozen=True)
class MemberChoice:
    id: int
    number: str
    name: str
    level: str | None  # the household's level now, if known
    source: str  # where that level came from


def members_to_survey(group_id: int) -> list[MemberChoice]:
    """A group's active members, by name, with their household's welfare as it stands."""
    rows = (Member.select(Member.id, Member.number, Member.name, Household.welfare_level,
                          pw.fn.COALESCE(Household.welfare_source, ""), Household.welfare_date)
            .join(Household, pw.JOIN.LEFT_OUTER, on=(Member.household == Household.id))
            .where((Member.group == group_id) & (Member.status == "active"))
            .order_by(Member.name_key, Member.number).tuples())
    return [MemberChoice(i, number, name, level, source or format_date(on))
            for i, number, name, level, source, on in rows]


def program_choices() -> list[tuple[int, str]]:
    """(id, name) of the programs that have held a session, for comparing their households."""
    held = TrainingSession.select(TrainingSession.program).where(
        TrainingSession.program.is_null(False) & (TrainingSession.on <= dt.date.today()))
    return list(Program.select(Program.id, Program.name).where(Program.id.in_(held))
                .order_by(Program.name).tuples())

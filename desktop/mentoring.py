"""Mentoring visits: a mentor's visit to a group, who was met, what was seen, and the follow-ups
agreed there, each due by a date and marked done when it is. Follow-ups past their date are
shown to the mentor when they log in.

A follow-up is overdue from the day after its due date until it is marked done.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from db.models import FollowUp, Group, User, Visit
from desktop import audit
from desktop.auth import ADMINISTRATOR, CHAIR, MENTOR, Actor
from desktop.dates import check_not_future, format_date, is_day
from desktop.errors import DomainError, NotFound, ValidationErrors, ensure_unchanged
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import operation
from desktop.text import NOTES_LENGTH, check_text, clean, clean_notes, read_text

VISITING_ROLES = (MENTOR, ADMINISTRATOR)
MET_LENGTH = 300
FOLLOW_UP_LENGTH = 300
DONE_NOTE_LENGTH = 200


@dataclass
class FollowUpForm:
    text: str
    due_on: dt.date | None
    id: int | None = None  # None for a follow-up agreed now


@dataclass
class VisitForm:
    group_id: int | None
    on: dt.date | None
    mentor_id: int | None
    met: str = ""
    notes: str = ""
    follow_ups: list[FollowUpForm] = field(default_factory=list)
    version: int = 0


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    visit_id: int
    text: str
    due_on: dt.date
    done_on: dt.date | None
    done_by: str
    done_note: str

    def days_overdue(self, today: dt.date) -> int:
        """Days past the due date on *today*; 0 when done or not yet late."""
        if self.done_on is not None or today <= self.due_on:
            return 0
        return (today - self.due_on).days


@dataclass(frozen=True)
class VisitRow:
    id: int
    group_id: int
    group: str
    on: dt.date
    mentor_id: int
    mentor: str
    met: str
    notes: str
    version: int
    follow_ups: tuple[FollowUpRow, ...]
    open: int  # follow-ups not done, overdue ones included
    done: int
    overdue: int


@dataclass(frozen=True)
class OverdueRow:
    follow_up_id: int
    visit_id: int
    group_id: int
    group: str
    visit_on: dt.date
    text: str
    due_on: dt.date
    days_overdue: int
    mentor: str


def mentor_choices(also: int | None = None) -> list[tuple[int, str]]:
    """(id, name) of the active mentors and administrators, who make visits and assess groups;
    *also* keeps a former one in the list (the mentor of a visit being edited)."""
    query = User.select(User.id, User.full_name).where(
        (User.role.in_(VISITING_ROLES) & (User.active == True))  # noqa: E712 - SQL
        | (User.id == (also or 0)))
    return list(query.order_by(User.full_name).tuples())


def visit_mentors() -> list[tuple[int, str]]:
    """(id, name) of everyone who made a visit or may make one, for filtering the list."""
    made = Visit.select(Visit.mentor)
    query = User.select(User.id, User.full_name).where(
        (User.role.in_(VISITING_ROLES) & (User.active == True)) | User.id.in_(made))  # noqa: E712 - SQL
    return list(query.order_by(User.full_name).tuples())


def _group(group_id: int) -> Group:
    group = Group.get_or_none(Group.id == group_id)
    if group is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This group no longer exists."), "group")
    return group


def _visit(visit_id: int) -> Visit:
    visit = Visit.get_or_none(Visit.id == visit_id)
    if visit is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This visit no longer exists."))
    return visit


def _check_mentor(mentor_id: int | None, unchanged: int | None, errors: list[DomainError]) -> None:
    """A visit is made by an active mentor or administrator; an old visit keeps its mentor
    even after they left (*unchanged*)."""
    if mentor_id is None:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the mentor who made the visit."), "mentor"))
        return
    if mentor_id == unchanged:
        return
    user = User.get_or_none(User.id == mentor_id)
    if user is None:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the mentor who made the visit."), "mentor"))
    elif not user.active or user.role not in VISITING_ROLES:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "{name} is not an active mentor or administrator. Choose the mentor who made the visit."), "mentor", name=user.full_name))


def _check_date(form: VisitForm, errors: list[DomainError]) -> bool:
    """Whether the visit's date may stand (follow-ups are measured against it only then)."""
    if not is_day(form.on):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the date of the visit."), "date"))
        return False
    try:
        check_not_future(form.on)
    except DomainError as exc:
        errors.append(exc)
        return False
    group = Group.get_or_none(Group.id == form.group_id) if form.group_id is not None else None
    if group is not None and group.formed_date and form.on < group.formed_date:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "{group} was formed on {formed}; a visit cannot be dated before that."), "date", group=group.name, formed=format_date(group.formed_date)))
        return False
    return True


def _check_follow_ups(form: VisitForm, dated: bool, errors: list[DomainError]) -> None:
    """Each follow-up says what was agreed and falls due on or after the visit."""
    for row, follow_up in enumerate(form.follow_ups, 1):
        text = read_text(errors, follow_up.text, "follow_ups", FOLLOW_UP_LENGTH, too_long=QT_TRANSLATE_NOOP("Errors", "Follow-up {row} is longer than {n} characters; split it in two."), row=row)
        if text is None:
            return
        if not text:
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Follow-up {row} needs what was agreed."), "follow_ups", row=row))
        elif not is_day(follow_up.due_on):
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Follow-up {row} needs a due date."), "follow_ups", row=row))
        elif dated and follow_up.due_on < form.on:  # type: ignore[operator]
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Follow-up {row} is due on {due}, before the visit on {date}. Give it a due date on or after the visit."), "follow_ups", row=row, due=format_date(follow_up.due_on), date=format_date(form.on)))
        else:
            continue
        return


def _validate(form: VisitForm, unchanged_mentor: int | None = None) -> None:
    errors: list[DomainError] = []
    if form.group_id is None:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the group visited."), "group"))
    else:
        _group(form.group_id)
    dated = _check_date(form, errors)
    _check_mentor(form.mentor_id, unchanged_mentor, errors)
    read_text(errors, form.met, "met", MET_LENGTH, too_long=QT_TRANSLATE_NOOP("Errors", "Who was met takes at most {n} characters; put the rest in the notes."))
    read_text(errors, form.notes, "notes", NOTES_LENGTH, multiline=True)
    _check_follow_ups(form, dated, errors)
    if errors:
        raise ValidationErrors(errors)


def _record(visit: Visit) -> dict:
    follow_ups = [[f.text, f.due_on.isoformat(), f.done_on.isoformat() if f.done_on else None]
                  for f in FollowUp.select().where(FollowUp.visit == visit.id).order_by(FollowUp.id)]
    return audit.snapshot(visit, ("created_at",)) | {"follow_ups": follow_ups}


@operation("visits.record")
def record_visit(actor: Actor, form: VisitForm) -> int:
    """Keep a visit with the follow-ups agreed at it."""
    _validate(form)
    visit = Visit.create(group=form.group_id, on=form.on, mentor=form.mentor_id,
                         met=clean(form.met), notes=clean_notes(form.notes), created_by=actor.id)
    for follow_up in form.follow_ups:
        FollowUp.create(visit=visit, text=clean(follow_up.text), due_on=follow_up.due_on)
    audit.record(actor, "visit.record", "visit", visit.id, visit.group.name, None, _record(visit))
    return visit.id


@operation("visits.record")
def update_visit(actor: Actor, visit_id: int, form: VisitForm) -> None:
    """Change a visit's details and follow-ups. A follow-up already done keeps its done mark
    and stays; one not done may be changed or removed, and new ones added."""
    visit = _visit(visit_id)
    ensure_unchanged(visit.version, form.version)
    _validate(form, visit.mentor_id)
    stored = {f.id: f for f in FollowUp.select().where(FollowUp.visit == visit.id)}
    kept = {f.id for f in form.follow_ups if f.id is not None}
    if kept - set(stored):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "A follow-up of this visit no longer exists. Close the form and open it again."))
    for follow_up in stored.values():
        if follow_up.done_on is not None and follow_up.id not in kept:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "The follow-up \"{text}\" was done on {done}; it stays on the visit."), "follow_ups", text=follow_up.text, done=format_date(follow_up.done_on))
        if follow_up.done_on is not None and follow_up.done_on < form.on:  # type: ignore[operator]
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "The follow-up \"{text}\" was done on {done}; the visit cannot be dated after that."), "date", text=follow_up.text, done=format_date(follow_up.done_on))
    before = _record(visit)
    FollowUp.delete().where((FollowUp.visit == visit.id) & FollowUp.id.not_in(list(kept) or [0])).execute()
    for follow_up in form.follow_ups:
        if follow_up.id is None:
            FollowUp.create(visit=visit, text=clean(follow_up.text), due_on=follow_up.due_on)
        else:
            FollowUp.update(text=clean(follow_up.text), due_on=follow_up.due_on).where(
                FollowUp.id == follow_up.id).execute()
    visit.group, visit.on, visit.mentor = form.group_id, form.on, form.mentor_id
    visit.met, visit.notes = clean(form.met), clean_notes(form.notes)
    visit.version += 1
    visit.save()
    audit.record(actor, "visit.update", "visit", visit.id, visit.group.name, before, _record(visit))


def _follow_up(follow_up_id: int) -> FollowUp:
    follow_up = FollowUp.get_or_none(FollowUp.id == follow_up_id)
    if follow_up is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This follow-up no longer exists."))
    return follow_up


@operation("visits.record")
def mark_follow_up_done(actor: Actor, follow_up_id: int, done_on: dt.date, note: str = "") -> None:
    """Mark a follow-up done on a day, with what was done."""
    follow_up = _follow_up(follow_up_id)
    visit = follow_up.visit
    if follow_up.done_on is not None:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "This follow-up was already marked done on {date}."), "done_on", date=format_date(follow_up.done_on))
    if not is_day(done_on):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the date it was done."), "done_on")
    check_not_future(done_on, "done_on")
    if done_on < visit.on:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "It cannot be done before the visit on {date} where it was agreed."), "done_on", date=format_date(visit.on))
    note = check_text(note, "note", DONE_NOTE_LENGTH, too_long=QT_TRANSLATE_NOOP("Errors", "The note takes at most {n} characters."))
    FollowUp.update(done_on=done_on, done_by=actor.id, done_note=note).where(
        FollowUp.id == follow_up.id).execute()
    audit.record(actor, "followup.done", "follow_up", follow_up.id, follow_up.text, None,
                 {"visit": visit.id, "done_on": done_on.isoformat(), "note": note})


@operation("visits.record")
def reopen_follow_up(actor: Actor, follow_up_id: int) -> None:
    """Take back a done mark given by mistake; the follow-up is open again."""
    follow_up = _follow_up(follow_up_id)
    if follow_up.done_on is None:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "This follow-up is not marked done."))
    before = {"done_on": follow_up.done_on.isoformat(), "done_by": follow_up.done_by_id,
              "note": follow_up.done_note}
    FollowUp.update(done_on=None, done_by=None, done_note="").where(FollowUp.id == follow_up.id).execute()
    audit.record(actor, "followup.reopen", "follow_up", follow_up.id, follow_up.text, before, None)


def _follow_up_rows(conditions: list) -> dict[int, list[FollowUpRow]]:
    """The follow-ups of the visits meeting *conditions* (on Visit's columns). Joined rather
    than asked for by a list of ids: an office's visits outnumber the values one SQLite query
    takes."""
    done_by = User.alias()
    query = (FollowUp.select(FollowUp.id, FollowUp.visit, FollowUp.text, FollowUp.due_on,
                             FollowUp.done_on, done_by.full_name, FollowUp.done_note)
             .join(Visit, on=(FollowUp.visit == Visit.id))
             .join_from(FollowUp, done_by, pw.JOIN.LEFT_OUTER, on=FollowUp.done_by == done_by.id))
    for condition in conditions:
        query = query.where(condition)
    rows: dict[int, list[FollowUpRow]] = {}
    for id_, visit, text, due, done, by, note in query.order_by(FollowUp.due_on, FollowUp.id).tuples():
        rows.setdefault(visit, []).append(FollowUpRow(id_, visit, text, due, done, by or "", note))
    return rows


def _visit_rows(conditions: list, today: dt.date | None) -> list[VisitRow]:
    today = today or dt.date.today()
    query = (Visit.select(Visit.id, Visit.group, Group.name, Visit.on, Visit.mentor, User.full_name,
                          Visit.met, Visit.notes, Visit.version)
             .join(Group).switch(Visit).join(User, on=Visit.mentor == User.id))
    for condition in conditions:
        query = query.where(condition)
    visits = list(query.order_by(Visit.on.desc(), Visit.id.desc()).tuples())
    follow_ups = _follow_up_rows(conditions) if visits else {}
    rows = []
    for values in visits:
        mine = tuple(follow_ups.get(values[0], []))
        done = sum(1 for f in mine if f.done_on is not None)
        overdue = sum(1 for f in mine if f.days_overdue(today))
        rows.append(VisitRow(*values, mine, len(mine) - done, done, overdue))
    return rows


def list_visits(mentor_id: int | None = None, group_id: int | None = None,
                since: dt.date | None = None, until: dt.date | None = None,
                today: dt.date | None = None) -> list[VisitRow]:
    """Visits made by a mentor, to a group, in a period (None: any), the newest first, each
    with its follow-ups and how many are open, done and overdue on *today*."""
    conditions = [condition for wanted, condition in (
        (mentor_id, Visit.mentor == mentor_id), (group_id, Visit.group == group_id),
        (since, Visit.on >= since), (until, Visit.on <= until)) if wanted is not None]
    return _visit_rows(conditions, today)


def visits_of(group_id: int, today: dt.date | None = None) -> list[VisitRow]:
    """The group's visits, the oldest first, with their follow-ups."""
    return list(reversed(list_visits(group_id=group_id, today=today)))


def visit_detail(visit_id: int, today: dt.date | None = None) -> VisitRow:
    """One visit as the list shows it."""
    rows = _visit_rows([Visit.id == visit_id], today)
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This visit no longer exists."))
    return rows[0]


def load_visit(visit_id: int) -> VisitForm:
    """A plain copy of the visit for its form."""
    row = visit_detail(visit_id)
    return VisitForm(row.group_id, row.on, row.mentor_id, row.met, row.notes,
                     [FollowUpForm(f.text, f.due_on, f.id) for f in row.follow_ups], row.version)


def overdue_follow_ups(user_id: int | None, today: dt.date) -> list[OverdueRow]:
    """Follow-ups not done by their due date, the longest overdue first: for a user, those of
    visits they made or of groups they mentor; None gives everyone's."""
    query = (FollowUp.select(FollowUp.id, Visit.id, Group.id, Group.name, Visit.on, FollowUp.text,
                             FollowUp.due_on, User.full_name)
             .join(Visit).join(Group).switch(Visit).join(User, on=Visit.mentor == User.id)
             .where(FollowUp.done_on.is_null() & (FollowUp.due_on < today)))
    if user_id is not None:
        query = query.where((Visit.mentor == user_id) | (Group.mentor == user_id))
    return [OverdueRow(f, v, g, name, on, text, due, (today - due).days, mentor)
            for f, v, g, name, on, text, due, mentor in
            query.order_by(FollowUp.due_on, Group.name_key, FollowUp.id).tuples()]


def overdue_at_login(actor: Actor, today: dt.date | None = None) -> list[OverdueRow]:
    """The overdue follow-ups shown to a user when they log in: a mentor sees their own, the
    administrator and the chair everyone's, other roles none."""
    today = today or dt.date.today()
    if actor.role == MENTOR:
        return overdue_follow_ups(actor.id, today)
    if actor.role in (ADMINISTRATOR, CHAIR):
        return overdue_follow_ups(None, today)
    return []

"""A group's officers (ketua, sekretaris, bendahara) with their terms of office."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db.models import Group, GroupOfficer, Member
from desktop import audit
from desktop.auth import Actor
from desktop.dates import check_day, check_not_future
from desktop.errors import DomainError, NotFound
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import OFFICES
from desktop.operations import operation
from desktop.text import is_choice


@dataclass(frozen=True)
class OfficerRow:
    id: int
    office: str
    member_id: int
    member_number: str
    member_name: str
    start_date: dt.date
    end_date: dt.date | None


def group_officers(group_id: int, include_past: bool = True) -> list[OfficerRow]:
    """The group's officers, current ones first, each office in the order ketua, sekretaris,
    bendahara."""
    query = (GroupOfficer
             .select(GroupOfficer.id, GroupOfficer.office, Member.id, Member.number, Member.name,
                     GroupOfficer.start_date, GroupOfficer.end_date)
             .join(Member).where(GroupOfficer.group == group_id))
    if not include_past:
        query = query.where(GroupOfficer.end_date.is_null())
    order = list(OFFICES)
    rows = [OfficerRow(*row) for row in query.tuples()]
    return sorted(rows, key=lambda r: (r.end_date is not None, order.index(r.office),
                                       -(r.start_date.toordinal())))


def end_offices_of(member_id: int, on: dt.date) -> None:
    """Close every office the member holds (on a move or exit); inside the caller's transaction."""
    (GroupOfficer.update(end_date=on)
     .where((GroupOfficer.member == member_id) & GroupOfficer.end_date.is_null()).execute())


@operation("register.edit")
def appoint_officer(actor: Actor, group_id: int, member_id: int, office: str, start: dt.date) -> int:
    """Give an office to an active member of the group; the previous holder's term ends."""
    if not is_choice(office, OFFICES):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the office."), "office")
    group = Group.get_or_none(Group.id == group_id)
    member = Member.get_or_none(Member.id == member_id)
    if group is None or member is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This group or member no longer exists."))
    if member.group_id != group_id or member.status != "active":
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{name} is not an active member of this group."), "member_id", name=member.name)
    check_not_future(start, "start_date")
    holder = GroupOfficer.get_or_none((GroupOfficer.group == group_id) & (GroupOfficer.office == office)
                                      & GroupOfficer.end_date.is_null())
    if holder is not None and start < holder.start_date:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The new term cannot start before the current holder's term ({date})."), "start_date", date=holder.start_date.strftime("%d/%m/%Y"))
    if holder is not None:
        holder.end_date = start
        holder.save()
    end_offices_of(member_id, start)
    officer = GroupOfficer.create(group=group_id, member=member_id, office=office, start_date=start)
    audit.record(actor, "group.appoint_officer", "group", group_id,
                 f"{group.name}: {office} {member.name}", None, audit.snapshot(officer))
    return officer.id


@operation("register.edit")
def end_office(actor: Actor, officer_id: int, on: dt.date) -> None:
    """End an officer's term without naming a successor yet."""
    officer = GroupOfficer.get_or_none(GroupOfficer.id == officer_id)
    if officer is None or officer.end_date is not None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This term of office has already ended."))
    if check_day(on, "end_date") < officer.start_date or on > dt.date.today():
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The end date must be between the start of the term and today."), "end_date")
    before = audit.snapshot(officer)
    officer.end_date = on
    officer.save()
    audit.record(actor, "group.end_office", "group", officer.group_id, officer.office, before,
                 audit.snapshot(officer))

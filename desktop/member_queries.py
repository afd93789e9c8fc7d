"""Reading the member register: search as you type, detail, and history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from db.models import Group, GroupOfficer, Household, Member, MemberPhoto, Membership
from desktop.members import MemberForm, get_member_row
from desktop.text import prefix_upper_bound, search_key

# Sort keys the member list offers; each maps to SQL columns so sorting happens in the database.
SORTS = {
    "number": (Member.number,),
    "name": (Member.name_key, Member.number),
    "nik": (Member.nik, Member.number),
    "group": (Group.name_key, Member.name_key),
    "join_date": (Member.join_date, Member.number),
    "status": (Member.status, Member.name_key),
}


@dataclass(frozen=True)
class MemberFilter:
    text: str = ""
    group_id: int | None = None
    status: str | None = "active"
    sex: str | None = None
    welfare_level: str | None = None


# (id, number, name, nik, sex, birth_date, group name, join_date, status, phone)
MemberListRow = tuple


def _text_condition(text: str) -> pw.Expression:
    """What typed text matches, by its shape: digits are the start of a NIK, letters and digits
    the start of a member number, anything else part of a name. Ranges keep the first two on
    their indexes; a name is searched anywhere inside it."""
    compact = text.replace(" ", "").replace(".", "").replace("-", "")
    if compact.isdigit():
        return (Member.nik >= compact) & (Member.nik < prefix_upper_bound(compact))
    upper = compact.upper()
    letters = upper.rstrip("0123456789")
    if upper.isalnum() and upper.isascii() and letters != upper and letters.isalpha():
        return (Member.number >= upper) & (Member.number < prefix_upper_bound(upper))
    return Member.name_key.contains(search_key(text))


def _where(query: pw.Select, flt: MemberFilter) -> pw.Select:
    text = flt.text.strip()
    if text:
        query = query.where(_text_condition(text))
    if flt.group_id is not None:
        query = query.where(Member.group == flt.group_id)
    if flt.status:
        query = query.where(Member.status == flt.status)
    if flt.sex:
        query = query.where(Member.sex == flt.sex)
    if flt.welfare_level:
        query = query.where(Member.household.in_(
            Household.select(Household.id).where(Household.welfare_level == flt.welfare_level)))
    return query


def _order(columns: tuple, descending: bool) -> list:
    return [c.desc() if descending else c.asc() for c in columns]


def _unindexed(column: pw.Field) -> pw.Node:
    """The same order by an expression no index holds (``column || ''``, standard SQL), so the
    database sorts the matches instead of walking an index past every row."""
    return column.concat("") if isinstance(column, pw.CharField) else column


def search_members(flt: MemberFilter, sort: str = "name", descending: bool = False,
                   limit: int = 500, offset: int = 0) -> list[MemberListRow]:
    """One page of the member list, filtered and sorted by the database."""
    columns = SORTS[sort]
    # A text search matches inside names, which no index can find. Walked in index order, the
    # list would read all 50,000 rows one by one when few match (100 ms); scanning the table
    # and sorting the matches takes a tenth of that. Without text, the index walk stops early.
    keys = tuple(_unindexed(c) for c in columns) if flt.text.strip() else columns
    page = Member.select(Member.id).join(Group, pw.JOIN.LEFT_OUTER, on=(Member.group == Group.id))
    page = _where(page, flt).order_by(*_order(keys, descending), Member.id)
    query = (Member.select(Member.id, Member.number, Member.name, Member.nik, Member.sex,
                           Member.birth_date, Group.name, Member.join_date, Member.status,
                           Member.phone)
             .join(Group, pw.JOIN.LEFT_OUTER, on=(Member.group == Group.id))
             .where(Member.id.in_(page.limit(limit).offset(offset)))
             .order_by(*_order(columns, descending), Member.id))
    return list(query.tuples())


def count_members(flt: MemberFilter) -> int:
    # No join: the filters name member columns only, and a join to the group would be one more
    # lookup for every member counted.
    return _where(Member.select(pw.fn.COUNT(Member.id)), flt).scalar() or 0


def member_id_by_number(number: str) -> int | None:
    """The member whose number is exactly *number* (as typed or scanned), if any."""
    row = Member.get_or_none(Member.number == number.strip().upper())
    return row.id if row else None


@dataclass(frozen=True)
class MemberDetail:
    id: int
    number: str
    status: str
    group_id: int | None
    group_name: str
    exit_date: dt.date | None
    exit_reason: str
    form: MemberForm


def load_member(member_id: int) -> MemberDetail:
    """A member's full record, with a plain form copy for editing."""
    m = get_member_row(member_id)
    h = m.household if m.household_id else None
    photo = MemberPhoto.get_or_none(MemberPhoto.member == m.id)
    form = MemberForm(
        m.name, m.nik or "", (h.kk_number or "") if h else "", m.sex, m.birth_place, m.birth_date,
        m.address, m.rt, m.rw, m.kelurahan, m.phone, m.occupation, h.size if h else None,
        (h.welfare_level or "") if h else "", h.welfare_source if h else "",
        h.welfare_date if h else None, m.group_id, m.join_date,
        bytes(photo.data) if photo else None, m.version,
    )
    group_name = m.group.name if m.group_id else ""
    return MemberDetail(m.id, m.number, m.status, m.group_id, group_name, m.exit_date,
                        m.exit_reason, form)


@dataclass(frozen=True)
class HistoryEntry:
    start: dt.date
    end: dt.date | None
    what: str
    group: str
    detail: str


def member_history(member_id: int) -> list[HistoryEntry]:
    """The member's stays in groups and offices held, oldest first."""
    stays = (Membership.select(Membership.start_date, Membership.end_date, Group.name,
                               Membership.end_reason)
             .join(Group).where(Membership.member == member_id).tuples())
    offices = (GroupOfficer.select(GroupOfficer.start_date, GroupOfficer.end_date, Group.name,
                                   GroupOfficer.office)
               .join(Group).where(GroupOfficer.member == member_id).tuples())
    entries = [HistoryEntry(s, e, "membership", g, r) for s, e, g, r in stays]
    entries += [HistoryEntry(s, e, "office", g, o) for s, e, g, o in offices]
    return sorted(entries, key=lambda h: (h.start, h.what != "membership"))

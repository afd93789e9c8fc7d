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
        return _starts_with(Member.nik, compact, selective=len(compact) >= 6)
    upper = compact.upper()
    letters = upper.rstrip("0123456789")
    if upper.isalnum() and upper.isascii() and letters != upper and letters.isalpha():
        return _starts_with(Member.number, upper, selective=len(upper) - len(letters) >= 3)
    return Member.name_key.contains(search_key(text))


def _starts_with(column: pw.Field, prefix: str, selective: bool) -> pw.Expression:
    """A prefix match. A long prefix is a range the column's index answers at once; a short one
    (a province code, "AG0") matches most of the office, and is better checked while walking
    the list in name order, which stops as soon as a page is full."""
    if selective:
        return (column >= prefix) & (column < prefix_upper_bound(prefix))
    return pw.fn.SUBSTR(column, 1, len(prefix)) == prefix


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


def _page_ids(flt: MemberFilter, sort: str, descending: bool) -> pw.Select:
    """The ids of the list in order. Sorted by name, the database walks the covering search
    index and stops when the page is full. Sorted otherwise with text typed, few rows match and
    walking another index would visit every row, so the matches are sorted instead."""
    columns = SORTS[sort]
    if sort != "name" and flt.text.strip():
        columns = tuple(_unindexed(c) for c in columns)
    query = Member.select(Member.id)
    if sort == "group":
        query = query.join(Group, pw.JOIN.LEFT_OUTER, on=(Member.group == Group.id))
    return _where(query, flt).order_by(*_order(columns, descending), Member.id)


def search_members(flt: MemberFilter, sort: str = "name", descending: bool = False,
                   limit: int = 500, offset: int = 0) -> list[MemberListRow]:
    """One page of the member list, filtered and sorted by the database."""
    columns = SORTS[sort]
    page = _page_ids(flt, sort, descending)
    query = (Member.select(Member.id, Member.number, Member.name, Member.nik, Member.sex,
                           Member.birth_date, Group.name, Member.join_date, Member.status,
                           Member.phone)
             .join(Group, pw.JOIN.LEFT_OUTER, on=(Member.group == Group.id))
             .where(Member.id.in_(page.limit(limit).offset(offset)))
             .order_by(*_order(columns, descending), Member.id))
    return list(query.tuples())


def filtered_members(flt: MemberFilter, columns: tuple) -> pw.Select:
    """A query of *columns* over the members the filter lets through (for exports and prints)."""
    return _where(Member.select(*columns), flt)


def member_ids(flt: MemberFilter, sort: str = "name", descending: bool = False) -> list[int]:
    """Every member id of the list, in the list's order (for printing all of it)."""
    return [i for (i,) in _page_ids(flt, sort, descending).tuples()]


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

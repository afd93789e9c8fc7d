"""Importing members (and the groups they belong to) from an office's old spreadsheet.

First ``analyse`` reads every row and lists what is wrong with each, without writing anything;
the user sees that list. Then ``import_members`` writes the good rows in one transaction, or
nothing at all if it is cancelled or the books changed in between.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from db.models import Group, GroupKind, Member
from desktop import import_values as read
from desktop.errors import Cancelled, DomainError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.members import (
    MemberForm,
    check_household,
    check_identity_format,
    check_join_date,
    check_person,
    nik_taken,
)
from desktop.nik import parse_nik
from desktop.text import clean, read_text, search_key, shown

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportOptions:
    default_group_id: int | None = None  # for rows that name no group
    new_group_kind_id: int | None = None  # for new groups whose kind the file does not give
    default_join_date: dt.date | None = None  # for rows without a join date


@dataclass(frozen=True)
class Problem:
    row: int  # as numbered in the spreadsheet
    field: str | None
    error: DomainError


@dataclass
class ImportRow:
    row: int
    number: str  # empty: the next member number is given on import
    form: MemberForm
    group_key: str  # search_key of the group's name; empty for the default group
    group_name: str = ""
    status: str = "active"
    exit_date: dt.date | None = None
    exit_reason: str = ""


@dataclass
class NewGroup:
    name: str
    kind_id: int | None
    kelurahan: str
    rows: list[int] = field(default_factory=list)


@dataclass
class ImportPlan:
    file_name: str
    rows: list[ImportRow]  # the rows that can be imported
    problems: list[Problem]
    data_rows: int  # rows with anything in them
    new_groups: dict[str, NewGroup]
    group_ids: dict[str, int]
    default_group_id: int | None

    @property
    def bad_rows(self) -> int:
        return len({p.row for p in self.problems})


def _cells(row: list[Any], mapping: dict[int, str]) -> dict[str, Any]:
    return {key: row[col] if col < len(row) else None for col, key in mapping.items()}


def _blank(cells: dict[str, Any]) -> bool:
    return all(v is None or str(v).strip() == "" for v in cells.values())


_TEXTS = ("name", "birth_place", "address", "kelurahan", "occupation", "welfare_source")


_READERS: dict[str, Callable[[Any], Any]] = {
    "number": lambda c: read.text(c).upper(),
    "nik": lambda c: read.id_number(c, "nik"),
    "kk_number": lambda c: read.id_number(c, "kk_number"),
    "sex": read.sex, "phone": read.phone,
    "birth_date": lambda c: read.date(c, "birth_date"),
    "birth_place_date": read.split_birth,
    "rt": read.rt_rw_part, "rw": read.rt_rw_part, "rt_rw": read.split_rt_rw,
    "household_size": lambda c: read.whole_number(c, "household_size"),
    "welfare_level": read.welfare_level,
    "welfare_date": lambda c: read.date(c, "welfare_date"),
    "join_date": lambda c: read.date(c, "join_date"),
    "exit_date": lambda c: read.date(c, "exit_date"),
    "status": read.status,
}


def _read_fields(cells: dict[str, Any], errors: list[DomainError]) -> dict[str, Any]:
    """The row's values by field; a cell that cannot be read adds its error and is left out."""
    values: dict[str, Any] = {}
    for key, cell in cells.items():
        try:
            values[key] = _READERS.get(key, read.text)(cell)
        except DomainError as exc:
            exc.field = exc.field or key
            errors.append(exc)
    if "birth_place_date" in values:
        place, born = values.pop("birth_place_date")
        values.setdefault("birth_place", place)
        if born is not None:
            values.setdefault("birth_date", born)
    if "rt_rw" in values:
        rt, rw = values.pop("rt_rw")
        values.setdefault("rt", rt)
        values.setdefault("rw", rw)
    return values


def _form(values: dict[str, Any], options: ImportOptions) -> MemberForm:
    form = MemberForm(**{k: values.get(k) or "" for k in _TEXTS})
    form.nik, form.kk_number = values.get("nik", ""), values.get("kk_number", "")
    form.sex, form.phone = values.get("sex", ""), values.get("phone", "")
    form.rt, form.rw = values.get("rt", ""), values.get("rw", "")
    form.birth_date = values.get("birth_date")
    form.household_size = values.get("household_size")
    form.welfare_level = values.get("welfare_level", "")
    form.welfare_date = values.get("welfare_date")
    form.join_date = values.get("join_date") or options.default_join_date
    try:  # what a valid NIK says fills a missing sex or birth date, as the form does
        info = parse_nik(form.nik)
        form.sex = form.sex or info.sex
        form.birth_date = form.birth_date or info.birth_date
    except DomainError:
        pass
    return form


def _check_exit(item: ImportRow, values: dict[str, Any], today: dt.date,
                errors: list[DomainError]) -> None:
    item.exit_date, item.exit_reason = values.get("exit_date"), values.get("exit_reason", "")
    item.status = values.get("status", "active")
    if item.exit_date and "status" not in values:
        item.status = "exited"
    if item.status == "exited" and item.exit_date is None:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The member has left: enter the exit date."), "exit_date"))
    elif item.status == "active" and item.exit_date is not None:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The status says active, but there is an exit date."), "status"))
    elif item.exit_date and item.exit_date > today:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The exit date cannot be in the future."), "exit_date"))
    elif item.exit_date and item.form.join_date and item.exit_date < item.form.join_date:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The exit date cannot be before the join date."), "exit_date"))


# Texts of a row that only an import gives, with the length of the column that keeps each.
IMPORT_TEXTS = (("group", 120), ("group_kelurahan", 80), ("exit_reason", 200))


def _check_texts(values: dict[str, Any], errors: list[DomainError]) -> None:
    read_text(errors, values.get("number"), "number", 20, too_long=QT_TRANSLATE_NOOP("Errors", "A member number may have at most {n} characters."))
    for field_name, limit in IMPORT_TEXTS:
        read_text(errors, values.get(field_name), field_name, limit)


def _read_row(number: int, cells: dict[str, Any], options: ImportOptions,
              today: dt.date) -> tuple[ImportRow, dict[str, Any], list[DomainError]]:
    errors: list[DomainError] = []
    values = _read_fields(cells, errors)
    read_errors = len(errors)
    unreadable = {e.field for e in errors}
    form = _form(values, options)
    group = clean(values.get("group", ""))
    item = ImportRow(number, values.get("number", ""), form, search_key(group), group)
    check_person(form, today, errors)
    check_identity_format(form, errors)
    check_household(form, today, errors)
    check_join_date(form, today, errors)
    _check_exit(item, values, today, errors)
    _check_texts(values, errors)
    if not item.group_key and options.default_group_id is None:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the member's group, or choose a group for rows without one."), "group"))
    # A cell that could not be read is reported once, not again as missing.
    checked = [e for e in errors[read_errors:] if e.field not in unreadable]
    return item, values, errors[:read_errors] + checked


def _duplicates_in_file(items: list[ImportRow], key: Callable[[ImportRow], str], field_name: str,
                        message: str) -> list[Problem]:
    first_row: dict[str, int] = {}
    problems = []
    for item in items:
        value = key(item)
        if not value:
            continue
        if value in first_row:
            problems.append(Problem(item.row, field_name, DomainError(message, field_name, row=first_row[value])))
        else:
            first_row[value] = item.row
    return problems


def _in_chunks(values: list[str], size: int = 500):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def taken_in_books(items: list[ImportRow]) -> list[Problem]:
    """Rows whose NIK or member number the books already hold."""
    niks = {i.form.nik: i for i in items if i.form.nik}
    numbers = {i.number: i for i in items if i.number}
    problems = []
    for chunk in _in_chunks(list(niks)):
        query = Member.select(Member.nik, Member.name, Member.number).where(Member.nik.in_(chunk))
        for nik, name, number in query.tuples():
            problems.append(Problem(niks[nik].row, "nik", nik_taken(nik, name, number)))
    for chunk in _in_chunks(list(numbers)):
        query = Member.select(Member.number, Member.name).where(Member.number.in_(chunk))
        for number, name in query.tuples():
            problems.append(Problem(numbers[number].row, "number", DomainError(QT_TRANSLATE_NOOP("Errors", "The member number {number} is already given to {name}."), "number", number=number, name=name)))
    return problems


def _kind_ids() -> dict[str, int]:
    kinds = {}
    for kind_id, code, name in GroupKind.select(GroupKind.id, GroupKind.code, GroupKind.name).tuples():
        kinds[search_key(code)] = kinds[search_key(name)] = kind_id
    return kinds


def _resolve_groups(items: list[ImportRow], values: dict[int, dict[str, Any]],
                    options: ImportOptions) -> tuple[dict[str, int], dict[str, NewGroup], list[Problem]]:
    existing: dict[str, list[int]] = defaultdict(list)
    for group_id, key in Group.select(Group.id, Group.name_key).order_by(Group.id).tuples():
        existing[key].append(group_id)
    kinds, new_groups, problems = _kind_ids(), {}, []
    for item in items:
        key = item.group_key
        if not key or key in existing:
            if len(existing.get(key, ())) > 1:
                problems.append(Problem(item.row, "group", DomainError(QT_TRANSLATE_NOOP("Errors", "The books have more than one group named {name}. Rename one of them first."), "group", name=shown(values[item.row]["group"]))))
            continue
        row_values = values[item.row]
        group = new_groups.setdefault(key, NewGroup(clean(row_values["group"]), None, ""))
        group.rows.append(item.row)
        kind_text = search_key(row_values.get("group_kind", ""))
        if kind_text and kind_text not in kinds:
            problems.append(Problem(item.row, "group_kind", DomainError(QT_TRANSLATE_NOOP("Errors", "Unknown kind of group {text}. Add it in Settings first, or correct it."), "group_kind", text=shown(row_values["group_kind"]))))
        group.kind_id = group.kind_id or kinds.get(kind_text)
        group.kelurahan = group.kelurahan or row_values.get("group_kelurahan") or item.form.kelurahan
    for group in new_groups.values():
        group.kind_id = group.kind_id or options.new_group_kind_id
        if group.kind_id is None:
            problems += [Problem(r, "group_kind", DomainError(QT_TRANSLATE_NOOP("Errors", "The group {name} is new: choose the kind for new groups."), "group_kind", name=shown(group.name))) for r in group.rows]
        if not group.kelurahan:
            problems += [Problem(r, "group", DomainError(QT_TRANSLATE_NOOP("Errors", "The group {name} is new and the file gives no kelurahan for it. Add a kelurahan column, or register the group first."), "group", name=shown(group.name))) for r in group.rows]
    return {k: ids[0] for k, ids in existing.items()}, new_groups, problems


def analyse(table: list[list[Any]], header_index: int, mapping: dict[int, str],
            options: ImportOptions, file_name: str, progress: Progress = lambda d, t: None,
            cancelled: Callable[[], bool] = lambda: False,
            today: dt.date | None = None) -> ImportPlan:
    """Read the rows under the header with the given column mapping; write nothing."""
    today = today or dt.date.today()
    if "name" not in mapping.values():
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the column that holds the members' names."), "mapping")
    if options.default_group_id is None and "group" not in mapping.values():
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the column that holds the group, or a group for all rows."), "mapping")
    items, values, problems = [], {}, []
    body = table[header_index + 1:]
    for offset, row in enumerate(body):
        if offset % 500 == 0:
            if cancelled():
                raise Cancelled()
            progress(offset, len(body))
        cells = _cells(row, mapping)
        if _blank(cells):
            continue
        number = header_index + 2 + offset
        item, values[number], errors = _read_row(number, cells, options, today)
        items.append(item)
        problems += [Problem(number, e.field, e) for e in errors]
    wrong_nik = {p.row for p in problems if p.field == "nik"}
    problems += _duplicates_in_file([i for i in items if i.row not in wrong_nik], lambda i: i.form.nik, "nik", QT_TRANSLATE_NOOP("Errors", "The same NIK is in row {row} of the file."))
    problems += _duplicates_in_file(items, lambda i: i.number, "number", QT_TRANSLATE_NOOP("Errors", "The same member number is in row {row} of the file."))
    problems += taken_in_books(items)
    group_ids, new_groups, group_problems = _resolve_groups(items, values, options)
    problems += group_problems
    bad = {p.row for p in problems}
    good = [i for i in items if i.row not in bad]
    used = {i.group_key for i in good}
    new_groups = {k: g for k, g in new_groups.items() if k in used}
    problems.sort(key=lambda p: p.row)
    progress(len(body), len(body))
    return ImportPlan(file_name, good, problems, len(items), new_groups, group_ids,
                      options.default_group_id)

"""Writing an analysed import: all of its good rows in one transaction, or nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from db.models import Counter, Group, Household, Member, Membership
from desktop import audit
from desktop.auth import Actor
from desktop.errors import Cancelled, DomainError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.member_import import ImportPlan, ImportRow, taken_in_books
from desktop.members import allocate_member_numbers, member_values
from desktop.nik import normalize_nik
from desktop.operations import operation
from desktop.savings import open_accounts
from desktop.settings import get_setting
from desktop.text import search_key

CHUNK = 500


@dataclass(frozen=True)
class ImportResult:
    members: int
    groups_created: list[str]


def _recheck(plan: ImportPlan) -> None:
    """Another PC on the same books may have registered someone since the analysis."""
    clashes = taken_in_books(plan.rows)
    if clashes:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "While the file was being checked, someone registered the NIK or member number of row {row}. Check the file again."), None, row=clashes[0].row)
    used = {plan.group_ids[r.group_key] for r in plan.rows if r.group_key in plan.group_ids}
    if plan.default_group_id is not None:
        used.add(plan.default_group_id)
    if Group.select().where(Group.id.in_(list(used))).count() != len(used):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "A group the file names was removed meanwhile. Check the file again."))


def _create_groups(actor: Actor, plan: ImportPlan) -> dict[str, int]:
    ids = dict(plan.group_ids)
    for key, new in plan.new_groups.items():
        if Group.select().where(Group.name_key == key).exists():
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "While the file was being checked, someone registered the group {name}. Check the file again."), None, name=new.name)
        group = Group.create(name=new.name, name_key=search_key(new.name), kind=new.kind_id,
                             kelurahan=new.kelurahan)
        audit.record(actor, "group.create", "group", group.id, group.name, None,
                     audit.snapshot(group) | {"imported_from": plan.file_name})
        ids[key] = group.id
    return ids


def _households(rows: list[ImportRow]) -> list[int | None]:
    """The household of each row: one per KK number (shared with members already in the books
    who have it), and one of their own for rows with household data but no KK."""
    kks = sorted({normalize_nik(r.form.kk_number) for r in rows if r.form.kk_number})
    by_kk: dict[str, int] = {}
    for start in range(0, len(kks), CHUNK):
        chunk = kks[start:start + CHUNK]
        for hid, kk in Household.select(Household.id, Household.kk_number).where(Household.kk_number.in_(chunk)).tuples():
            by_kk.setdefault(kk, hid)
    result: list[int | None] = []
    for r in rows:
        f, kk = r.form, normalize_nik(r.form.kk_number) or None
        if kk is None and f.household_size is None and not f.welfare_level:
            result.append(None)
            continue
        data = dict(size=f.household_size, welfare_level=f.welfare_level or None,
                    welfare_source=f.welfare_source.strip(), welfare_date=f.welfare_date)
        if kk and kk in by_kk:
            if f.household_size is not None or f.welfare_level:
                Household.update(**data).where(Household.id == by_kk[kk]).execute()
            result.append(by_kk[kk])
            continue
        hid = Household.insert(kk_number=kk, **data).execute()
        if kk:
            by_kk[kk] = hid
        result.append(hid)
    return result


def _bump_counter(numbers: list[str]) -> None:
    """Imported numbers in the office's own pattern move the sequence past them, so that the
    next member registered by hand does not collide with an imported one."""
    pattern = re.compile(re.escape(get_setting("member.number_prefix")) + r"(\d+)$")
    highest = max((int(m[1]) for n in numbers if (m := pattern.match(n))), default=0)
    Counter.insert(name="member", last_value=0).on_conflict_ignore().execute()
    Counter.update(last_value=highest).where((Counter.name == "member") & (Counter.last_value < highest)).execute()


def _member_rows(rows: list[ImportRow], numbers: list[str], households: list[int | None],
                 group_ids: dict[str, int], default_group: int | None) -> list[dict]:
    out = []
    for r, number, household in zip(rows, numbers, households, strict=True):
        values = member_values(r.form)
        values.update(number=number, household=household,
                      group=group_ids[r.group_key] if r.group_key else default_group,
                      join_date=r.form.join_date, status=r.status, exit_date=r.exit_date,
                      exit_reason=r.exit_reason.strip())
        out.append(values)
    return out


@operation("register.edit")
def import_members(actor: Actor, plan: ImportPlan, progress: Callable[[int, int], None] = lambda d, t: None,
                   cancelled: Callable[[], bool] = lambda: False) -> ImportResult:
    """Register the good rows of an analysed file, with any groups it needs, as one change."""
    if not plan.rows:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "No row of the file can be imported."))
    _recheck(plan)
    group_ids = _create_groups(actor, plan)
    given = [r.number for r in plan.rows]
    fresh = iter(allocate_member_numbers(sum(1 for n in given if not n)))
    numbers = [n or next(fresh) for n in given]
    households = _households(plan.rows)
    members = _member_rows(plan.rows, numbers, households, group_ids, plan.default_group_id)
    total = len(members)
    for start in range(0, total, CHUNK):
        if cancelled():
            raise Cancelled()
        chunk = members[start:start + CHUNK]
        Member.insert_many(chunk).execute()
        ids = dict(Member.select(Member.number, Member.id)
                   .where(Member.number.in_([m["number"] for m in chunk])).tuples())
        open_accounts([(ids[m["number"]], m["join_date"]) for m in chunk if m["status"] == "active"])
        Membership.insert_many([
            {"member": ids[m["number"]], "group": m["group"], "start_date": m["join_date"],
             "end_date": m["exit_date"], "end_reason": "exited" if m["exit_date"] else ""}
            for m in chunk]).execute()
        progress(start + len(chunk), total)
    _bump_counter(numbers)
    created = [g.name for g in plan.new_groups.values()]
    audit.record(actor, "member.import", "member", None,
                 f"{plan.file_name}: {total}", None,
                 {"file": plan.file_name, "rows": total, "groups_created": created,
                  "numbers": [numbers[0], numbers[-1]]})
    return ImportResult(total, created)

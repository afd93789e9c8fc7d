"""Groups (Pokmas, KUBE, KSM, savings-and-loan groups): their register, kinds and partners."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from db.models import Group, GroupKind, GroupPartner, Member, User
from desktop import audit
from desktop.assessments import record_stage_change
from desktop.auth import MENTOR, Actor
from desktop.dates import is_day
from desktop.errors import DomainError, NotFound, ValidationErrors, ensure_unchanged
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import PARTNER_KINDS, STAGES
from desktop.operations import operation
from desktop.text import (
    NOTES_LENGTH,
    check_text,
    clean,
    clean_notes,
    is_choice,
    is_digits,
    read_text,
    search_key,
)


@dataclass
class PartnerForm:
    name: str
    kind: str
    since: dt.date | None = None


@dataclass
class GroupForm:
    """A plain copy of a group that a dialog edits and hands to one operation."""

    name: str = ""
    kind_id: int | None = None
    formed_date: dt.date | None = None
    address: str = ""
    rt: str = ""
    rw: str = ""
    kelurahan: str = ""
    kecamatan: str = ""
    city: str = ""
    business_activities: str = ""
    mentor_id: int | None = None
    stage: str = "growing"
    notes: str = ""
    partners: list[PartnerForm] = field(default_factory=list)
    version: int = 0


@dataclass(frozen=True)
class GroupFilter:
    text: str = ""
    kind_id: int | None = None
    kelurahan: str | None = None
    stage: str | None = None
    mentor_id: int | None = None


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    kind: str
    kelurahan: str
    kecamatan: str
    city: str
    stage: str
    mentor: str
    active_members: int


def check_rt_rw(rt: str, rw: str, errors: list[DomainError]) -> None:
    """RT and RW, where given, are numbers of up to three digits (groups and members alike)."""
    for value, field_name in ((rt, "rt"), (rw, "rw")):
        number = value.strip() if isinstance(value, str) else value
        if number in ("", None):
            continue
        if not (isinstance(number, str) and is_digits(number) and len(number) <= 3):
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "RT and RW are numbers of up to 3 digits."), field_name))


# The group's texts of one line that may be left empty, and the length of the column of each.
GROUP_TEXTS = (("address", 200), ("kecamatan", 80), ("city", 80), ("business_activities", 300))


def _check_texts(form: GroupForm, errors: list[DomainError]) -> None:
    read_text(errors, form.name, "name", 120, required=QT_TRANSLATE_NOOP("Errors", "Enter the group's name."),
              too_long=QT_TRANSLATE_NOOP("Errors", "The name may have at most {n} characters."))
    read_text(errors, form.kelurahan, "kelurahan", 80, required=QT_TRANSLATE_NOOP("Errors", "Enter the kelurahan (or desa)."))
    for field_name, limit in GROUP_TEXTS:
        read_text(errors, getattr(form, field_name), field_name, limit)
    read_text(errors, form.notes, "notes", NOTES_LENGTH, multiline=True)


def _check_partners(partners: list[PartnerForm], errors: list[DomainError]) -> None:
    for partner in partners:
        try:
            name = check_text(partner.name, "partners", 120)
        except DomainError as exc:
            errors.append(exc)
            break
        if not name or not is_choice(partner.kind, PARTNER_KINDS):
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Every partner needs a name and a kind."), "partners"))
            break
        if partner.since is not None and not is_day(partner.since):
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the date."), "partners"))
            break


def validate_group(form: GroupForm, today: dt.date | None = None) -> None:
    """Raise ValidationErrors listing every field of the form that is wrong."""
    errors: list[DomainError] = []
    _check_texts(form, errors)
    if form.kind_id is None or not GroupKind.select().where(GroupKind.id == form.kind_id).exists():
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the kind of group."), "kind_id"))
    if form.formed_date is not None and not (is_day(form.formed_date) and form.formed_date <= (today or dt.date.today())):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The date formed cannot be in the future."), "formed_date"))
    check_rt_rw(form.rt, form.rw, errors)
    if not is_choice(form.stage, STAGES):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the group's stage."), "stage"))
    if form.mentor_id is not None and not User.select().where(
            (User.id == form.mentor_id) & (User.role == MENTOR)).exists():
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The mentor must be a user with the mentor role."), "mentor_id"))
    _check_partners(form.partners, errors)
    if errors:
        raise ValidationErrors(errors)


def _apply(group: Group, form: GroupForm) -> None:
    group.name = clean(form.name)
    group.name_key = search_key(form.name)
    group.kind = form.kind_id
    group.formed_date = form.formed_date
    group.address = clean(form.address)
    group.rt, group.rw = clean(form.rt), clean(form.rw)
    group.kelurahan = clean(form.kelurahan)
    group.kecamatan = clean(form.kecamatan)
    group.city = clean(form.city)
    group.business_activities = clean(form.business_activities)
    group.mentor = form.mentor_id
    group.stage = form.stage
    group.notes = clean_notes(form.notes)


def _replace_partners(group_id: int, partners: list[PartnerForm]) -> None:
    GroupPartner.delete().where(GroupPartner.group == group_id).execute()
    for partner in partners:
        GroupPartner.create(group=group_id, name=clean(partner.name), kind=partner.kind,
                            since=partner.since)


def _partner_names(group_id: int) -> list[str]:
    query = GroupPartner.select(GroupPartner.name).where(GroupPartner.group == group_id)
    return [name for (name,) in query.order_by(GroupPartner.id).tuples()]


def _get(group_id: int) -> Group:
    group = Group.get_or_none(Group.id == group_id)
    if group is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This group no longer exists."))
    return group


@operation("register.edit")
def create_group(actor: Actor, form: GroupForm) -> int:
    """Register a new group."""
    validate_group(form)
    group = Group()
    _apply(group, form)
    group.save()
    _replace_partners(group.id, form.partners)
    record_stage_change(actor, group, group.stage, group.formed_date or dt.date.today())
    after = audit.snapshot(group) | {"partners": _partner_names(group.id)}
    audit.record(actor, "group.create", "group", group.id, group.name, None, after)
    return group.id


@operation("register.edit")
def update_group(actor: Actor, group_id: int, form: GroupForm) -> None:
    """Change a group's details, mentor, stage and partners."""
    group = _get(group_id)
    ensure_unchanged(group.version, form.version)
    validate_group(form)
    before = audit.snapshot(group) | {"partners": _partner_names(group.id)}
    _apply(group, form)
    if group.stage != before["stage"]:
        record_stage_change(actor, group, group.stage, dt.date.today())
    group.version += 1
    group.save()
    _replace_partners(group.id, form.partners)
    after = audit.snapshot(group) | {"partners": _partner_names(group.id)}
    audit.record(actor, "group.update", "group", group.id, group.name, before, after)


@operation("group.stage")
def set_group_stage(actor: Actor, group_id: int, stage: str) -> None:
    """Move a group to another stage of mentoring."""
    if stage not in STAGES:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the group's stage."), "stage")
    group = _get(group_id)
    before = {"stage": group.stage}
    if stage != group.stage:
        record_stage_change(actor, group, stage, dt.date.today())
    group.stage = stage
    group.version += 1
    group.save()
    audit.record(actor, "group.stage", "group", group.id, group.name, before, {"stage": stage})


def load_group(group_id: int) -> GroupForm:
    """A plain copy of the group for a form."""
    group = _get(group_id)
    partners = [PartnerForm(p.name, p.kind, p.since)
                for p in group.partners.order_by(GroupPartner.id)]
    return GroupForm(
        group.name, group.kind_id, group.formed_date, group.address, group.rt, group.rw,
        group.kelurahan, group.kecamatan, group.city, group.business_activities,
        group.mentor_id, group.stage, group.notes, partners, group.version,
    )


def _active_counts() -> pw.Select:
    return (Member.select(Member.group, pw.fn.COUNT(Member.id).alias("n"))
            .where(Member.status == "active").group_by(Member.group))


def list_groups(flt: GroupFilter = GroupFilter()) -> list[GroupRow]:
    """Groups matching the filter, by name, with their active member counts."""
    counts = _active_counts().alias("counts")
    query = (Group
             .select(Group.id, Group.name, GroupKind.name, Group.kelurahan, Group.kecamatan,
                     Group.city, Group.stage, pw.fn.COALESCE(User.full_name, ""),
                     pw.fn.COALESCE(counts.c.n, 0))
             .join(GroupKind)
             .switch(Group).join(User, pw.JOIN.LEFT_OUTER, on=(Group.mentor == User.id))
             .switch(Group).join(counts, pw.JOIN.LEFT_OUTER, on=(counts.c.group_id == Group.id)))
    if flt.text.strip():
        query = query.where(Group.name_key.contains(search_key(flt.text)))
    if flt.kind_id is not None:
        query = query.where(Group.kind == flt.kind_id)
    if flt.kelurahan:
        query = query.where(Group.kelurahan == flt.kelurahan)
    if flt.stage:
        query = query.where(Group.stage == flt.stage)
    if flt.mentor_id is not None:
        query = query.where(Group.mentor == flt.mentor_id)
    return [GroupRow(*row) for row in query.order_by(Group.name_key, Group.id).tuples()]


def group_choices() -> list[tuple[int, str]]:
    """(id, name) of every group, for choosing one in a form."""
    return list(Group.select(Group.id, Group.name).order_by(Group.name_key).tuples())


def kelurahan_choices() -> list[str]:
    query = Group.select(Group.kelurahan).distinct().order_by(Group.kelurahan)
    return [name for (name,) in query.tuples() if name]


def group_kinds(active_only: bool = True) -> list[tuple[int, str]]:
    query = GroupKind.select(GroupKind.id, GroupKind.name)
    if active_only:
        query = query.where(GroupKind.active == True)  # noqa: E712 - SQL
    return list(query.order_by(GroupKind.sort_order, GroupKind.name).tuples())


def _kind_code(name: str, taken: set[str]) -> str:
    """A code of at most 20 characters from the name, numbered when two long names begin
    alike (or a code is taken by an older kind's name)."""
    base = search_key(name).upper().replace(" ", "_")[:20]
    code, n = base, 1
    while code in taken:
        n += 1
        code = f"{base[:19 - len(str(n))]}_{n}"
    return code


@operation("settings.edit")
def add_group_kind(actor: Actor, name: str, description: str = "") -> int:
    """Extend the list of group kinds."""
    name = check_text(name, "name", 100)
    description = check_text(description, "description", 200)
    if not name:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the name of the kind."), "name")
    kinds = list(GroupKind.select(GroupKind.code, GroupKind.name).tuples())
    if any(search_key(other) == search_key(name) for _code, other in kinds):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The kind {name} exists already."), "name", name=name)
    code = _kind_code(name, {code for code, _name in kinds})
    order = (GroupKind.select(pw.fn.MAX(GroupKind.sort_order)).scalar() or 0) + 1
    kind = GroupKind.create(code=code, name=name, description=description, sort_order=order)
    audit.record(actor, "group_kind.create", "group_kind", kind.id, name, None, audit.snapshot(kind))
    return kind.id

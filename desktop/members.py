"""Members: registration with NIK checks, edits, moves between groups, and exits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db.models import Counter, Group, Household, Member, MemberPhoto, Membership
from desktop import audit
from desktop.auth import Actor
from desktop.dates import check_not_future, is_day
from desktop.errors import DomainError, NotFound, ValidationErrors, ensure_unchanged
from desktop.groups import check_rt_rw
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import SEXES, WELFARE_LEVELS
from desktop.loans import settle_on_exit
from desktop.nik import normalize_nik, parse_nik
from desktop.officers import end_offices_of
from desktop.operations import operation
from desktop.savings import open_accounts, pay_out_on_exit, savings_to_pay_out
from desktop.settings import get_setting
from desktop.text import (
    check_text,
    clean,
    is_choice,
    is_digits,
    read_text,
    search_key,
    whole_between,
)


@dataclass
class MemberForm:
    """A plain copy of a member that a dialog edits and hands to one operation."""

    name: str = ""
    nik: str = ""
    kk_number: str = ""
    sex: str = ""
    birth_place: str = ""
    birth_date: dt.date | None = None
    address: str = ""
    rt: str = ""
    rw: str = ""
    kelurahan: str = ""
    phone: str = ""
    occupation: str = ""
    household_size: int | None = None
    welfare_level: str = ""
    welfare_source: str = ""
    welfare_date: dt.date | None = None
    group_id: int | None = None
    join_date: dt.date | None = None
    photo: bytes | None = None
    version: int = 0


NIK_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A NIK or KK number has 16 digits; this has {length} characters.")


def _id_text(value: object, field: str, errors: list[DomainError]) -> str:
    """A NIK or KK number as typed, without the spaces, dots and dashes between the digits."""
    try:
        return normalize_nik(check_text(value, field, 40, too_long=NIK_TOO_LONG))
    except DomainError as exc:
        errors.append(exc)
        return ""


def check_identity_format(form: MemberForm, errors: list[DomainError]) -> bool:
    """The NIK and KK numbers as written; True when there is a NIK worth looking up."""
    nik = _id_text(form.nik, "nik", errors)
    valid = False
    if nik:
        try:
            parse_nik(nik)
            valid = True
        except DomainError as exc:
            errors.append(exc)
    kk = _id_text(form.kk_number, "kk_number", errors)
    if kk and not (is_digits(kk) and len(kk) == 16):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The KK number must have 16 digits."), "kk_number"))
    return valid


def nik_taken(nik: str, name: str, number: str) -> DomainError:
    return DomainError(QT_TRANSLATE_NOOP("Errors", "This NIK is already registered to {name} ({number})."), "nik", name=name, number=number)


def _check_identity(form: MemberForm, member_id: int | None, errors: list[DomainError]) -> None:
    if check_identity_format(form, errors):
        nik = normalize_nik(form.nik)
        other = Member.get_or_none((Member.nik == nik) & (Member.id != (member_id or 0)))
        if other is not None:
            errors.append(nik_taken(nik, other.name, other.number))


# The member's texts of one line and the length of the column that keeps each.
PERSON_TEXTS = (("birth_place", 80), ("occupation", 100), ("address", 200), ("kelurahan", 80))


def _check_phone(value: object, errors: list[DomainError]) -> None:
    phone = read_text(errors, value, "phone", 20)
    digits = (phone or "").replace(" ", "").replace("-", "")
    if digits and not (is_digits(digits.removeprefix("+")) and 8 <= len(digits) <= 15):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "A phone number has 8 to 15 digits, for example 0812 3456 7890."), "phone"))


def check_person(form: MemberForm, today: dt.date, errors: list[DomainError]) -> None:
    read_text(errors, form.name, "name", 100, required=QT_TRANSLATE_NOOP("Errors", "Enter the member's name."),
              too_long=QT_TRANSLATE_NOOP("Errors", "The name may have at most {n} characters."))
    for field_name, limit in PERSON_TEXTS:
        read_text(errors, getattr(form, field_name), field_name, limit)
    if not is_choice(form.sex, SEXES):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose male or female."), "sex"))
    if form.birth_date is not None and not (is_day(form.birth_date) and dt.date(1900, 1, 1) <= form.birth_date <= today):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The birth date must be a past date."), "birth_date"))
    _check_phone(form.phone, errors)
    check_rt_rw(form.rt, form.rw, errors)


def check_household(form: MemberForm, today: dt.date, errors: list[DomainError]) -> None:
    if form.household_size is not None and not whole_between(form.household_size, 1, 30):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The household size must be 1 to 30 people."), "household_size"))
    if form.welfare_level not in ("", None) and not is_choice(form.welfare_level, WELFARE_LEVELS):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose a welfare level from the list."), "welfare_level"))
    read_text(errors, form.welfare_source, "welfare_source", 100)
    if form.welfare_date is not None and not (is_day(form.welfare_date) and form.welfare_date <= today):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The date of the welfare data cannot be in the future."), "welfare_date"))


def check_join_date(form: MemberForm, today: dt.date, errors: list[DomainError]) -> None:
    if not is_day(form.join_date):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the join date."), "join_date"))
    elif form.join_date > today:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The join date cannot be in the future."), "join_date"))
    elif is_day(form.birth_date) and form.join_date < form.birth_date:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The join date cannot be before the birth date."), "join_date"))


def validate_member(form: MemberForm, member_id: int | None = None, today: dt.date | None = None) -> None:
    """Raise ValidationErrors listing every field of the form that is wrong."""
    today = today or dt.date.today()
    errors: list[DomainError] = []
    check_person(form, today, errors)
    _check_identity(form, member_id, errors)
    check_household(form, today, errors)
    if member_id is None:
        if form.group_id is None or not Group.select().where(Group.id == form.group_id).exists():
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the member's group."), "group_id"))
        check_join_date(form, today, errors)
    if errors:
        raise ValidationErrors(errors)


def nik_warnings(form: MemberForm) -> list[DomainError]:
    """Differences between what a valid NIK encodes and the birth date and sex entered."""
    try:
        info = parse_nik(form.nik)
    except DomainError:
        return []
    warnings = []
    if form.birth_date and form.birth_date != info.birth_date:
        warnings.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The NIK says born {date}; the form says otherwise. Check both."), "birth_date", date=info.birth_date.strftime("%d/%m/%Y")))
    if form.sex and form.sex != info.sex:
        warnings.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The NIK encodes the other sex. Check the NIK and the sex."), "sex"))
    return warnings


def allocate_member_numbers(count: int) -> list[str]:
    """Take the next *count* member numbers; call inside the transaction that uses them.
    Numbers already in the books (an imported old register may hold some) are skipped."""
    prefix = get_setting("member.number_prefix")
    Counter.insert(name="member", last_value=0).on_conflict_ignore().execute()
    value = Counter.get(Counter.name == "member").last_value
    numbers: list[str] = []
    while len(numbers) < count:
        wanted = [f"{prefix}{v:06d}" for v in range(value + 1, value + 1 + count - len(numbers))]
        value += len(wanted)
        taken = {n for (n,) in Member.select(Member.number).where(Member.number.in_(wanted)).tuples()}
        numbers += [n for n in wanted if n not in taken]
    Counter.update(last_value=value).where(Counter.name == "member").execute()
    return numbers


def next_member_number() -> str:
    """Take the next member number; call inside the registering transaction."""
    return allocate_member_numbers(1)[0]


def _household_for(form: MemberForm, current: Household | None) -> Household | None:
    kk = normalize_nik(form.kk_number or "") or None
    if kk is None and form.household_size is None and not form.welfare_level:
        return current
    household = current
    joining = False
    if kk and (household is None or household.kk_number != kk):
        household = Household.get_or_none(Household.kk_number == kk)
        joining = household is not None
    household = household or Household()
    household.kk_number = kk
    # A second member of a family, registered with the KK number alone, joins the family's
    # household without wiping the size and welfare data already recorded for it.
    if not joining or form.household_size is not None or form.welfare_level:
        household.size = form.household_size
        household.welfare_level = form.welfare_level or None
        household.welfare_source = clean(form.welfare_source)
        household.welfare_date = form.welfare_date
    household.save()
    return household


def member_values(form: MemberForm) -> dict:
    """The member's own columns as stored, cleaned the same way for a form and an import."""
    return {
        "name": clean(form.name), "name_key": search_key(form.name),
        "nik": normalize_nik(form.nik or "") or None, "sex": form.sex,
        "birth_place": clean(form.birth_place), "birth_date": form.birth_date,
        "address": clean(form.address), "rt": clean(form.rt), "rw": clean(form.rw),
        "kelurahan": clean(form.kelurahan), "phone": clean(form.phone),
        "occupation": clean(form.occupation),
    }


def _apply(member: Member, form: MemberForm) -> None:
    for name, value in member_values(form).items():
        setattr(member, name, value)
    member.household = _household_for(form, member.household if member.household_id else None)


def _save_photo(member_id: int, photo: bytes | None) -> None:
    if photo is None:
        return
    MemberPhoto.delete().where(MemberPhoto.member == member_id).execute()
    if photo:
        MemberPhoto.create(member=member_id, data=photo)


def _snapshot(member: Member) -> dict:
    data = audit.snapshot(member)
    if member.household_id:
        data["household"] = audit.snapshot(member.household)
    return data


@operation("register.edit")
def register_member(actor: Actor, form: MemberForm) -> int:
    """Register a new member in a group and give them a member number."""
    validate_member(form)
    member = Member(number=next_member_number(), group=form.group_id, join_date=form.join_date)
    _apply(member, form)
    member.save()
    Membership.create(member=member.id, group=form.group_id, start_date=form.join_date)
    open_accounts([(member.id, form.join_date)])
    _save_photo(member.id, form.photo)
    audit.record(actor, "member.register", "member", member.id, f"{member.number} {member.name}",
                 None, _snapshot(member))
    return member.id


def get_member_row(member_id: int) -> Member:
    member = Member.get_or_none(Member.id == member_id)
    if member is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This member no longer exists."))
    return member


@operation("register.edit")
def update_member(actor: Actor, member_id: int, form: MemberForm) -> None:
    """Correct a member's personal, household or welfare details."""
    member = get_member_row(member_id)
    ensure_unchanged(member.version, form.version)
    validate_member(form, member_id)
    before = _snapshot(member)
    _apply(member, form)
    member.version += 1
    member.save()
    _save_photo(member.id, form.photo)
    audit.record(actor, "member.update", "member", member.id, f"{member.number} {member.name}",
                 before, _snapshot(member))


def _check_move_date(member: Member, on: dt.date, field_name: str) -> None:
    check_not_future(on, field_name)
    current = _current_membership(member)
    if current is not None and on < current.start_date:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The date cannot be before the member joined the current group ({date})."), field_name, date=current.start_date.strftime("%d/%m/%Y"))


def _current_membership(member: Member) -> Membership | None:
    return (Membership.select().where((Membership.member == member.id) & Membership.end_date.is_null())
            .order_by(Membership.start_date.desc()).first())


def _end_stay(member: Member, on: dt.date, reason: str) -> None:
    """Close the member's current stay in a group and every office held there."""
    current = _current_membership(member)
    if current is not None:
        current.end_date, current.end_reason = on, reason
        current.save()
    end_offices_of(member.id, on)


@operation("register.edit")
def move_member(actor: Actor, member_id: int, to_group_id: int, on: dt.date, version: int) -> None:
    """Move an active member to another group, keeping the history of both stays."""
    member = get_member_row(member_id)
    ensure_unchanged(member.version, version)
    if member.status != "active":
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{name} has left the office and cannot be moved."), None, name=member.name)
    if to_group_id == member.group_id:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose a different group."), "group_id")
    target = Group.get_or_none(Group.id == to_group_id)
    if target is None:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the member's group."), "group_id")
    _check_move_date(member, on, "date")
    before = _snapshot(member)
    _end_stay(member, on, "moved")
    Membership.create(member=member.id, group=to_group_id, start_date=on)
    member.group = to_group_id
    member.version += 1
    member.save()
    audit.record(actor, "member.move", "member", member.id,
                 f"{member.number} {member.name} -> {target.name}", before, _snapshot(member))


@operation("member.exit")
def exit_member(actor: Actor, member_id: int, on: dt.date, reason: str, version: int) -> list[int]:
    """Record that a member left the office and pay out their savings; they stay in the books
    as exited. Returns the payout entries, for their receipts."""
    member = get_member_row(member_id)
    ensure_unchanged(member.version, version)
    if member.status != "active":
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{name} has already left the office."), None, name=member.name)
    reason = check_text(reason, "reason", 200, required=QT_TRANSLATE_NOOP("Errors", "Enter the reason for leaving."))
    _check_move_date(member, on, "date")
    before = _snapshot(member)
    _end_stay(member, on, "exited")
    savings = sum(amount for _name, amount in savings_to_pay_out(member.id))
    settle_on_exit(actor, member.id, on, savings)
    payouts = pay_out_on_exit(actor, member.id, on)
    member.status, member.exit_date, member.exit_reason = "exited", on, reason
    member.version += 1
    member.save()
    audit.record(actor, "member.exit", "member", member.id, f"{member.number} {member.name}",
                 before, _snapshot(member))
    return payouts

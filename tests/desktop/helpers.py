"""Building blocks for tests of the register."""

from __future__ import annotations

import datetime as dt

from desktop.auth import Actor
from desktop.groups import GroupForm, create_group, group_kinds
from desktop.members import MemberForm, register_member
from desktop.nik import make_nik

_serial = iter(range(1, 10_000))


def kind_id(name: str = "KUBE") -> int:
    return next(i for i, n in group_kinds() if n == name)


def new_group(actor: Actor, name: str = "KUBE Melati", kelurahan: str = "Cilincing", **extra) -> int:
    form = GroupForm(name=name, kind_id=kind_id(), kelurahan=kelurahan, kecamatan="Cilincing",
                     city="Jakarta Utara", formed_date=dt.date(2020, 1, 5), **extra)
    return create_group(actor, form)


def member_form(group_id: int, name: str = "Siti Aminah", sex: str = "P",
                born: dt.date = dt.date(1985, 3, 12), **extra) -> MemberForm:
    nik = make_nik("317504", born, sex, next(_serial))
    values = dict(name=name, nik=nik, sex=sex, birth_date=born, group_id=group_id,
                  join_date=dt.date(2021, 1, 1))
    values.update(extra)
    return MemberForm(**values)


def new_member(actor: Actor, group_id: int, name: str = "Siti Aminah", **extra) -> int:
    return register_member(actor, member_form(group_id, name, **extra))

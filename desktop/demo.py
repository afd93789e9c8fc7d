"""The demo office: a new file filled with made-up groups and members through the real
operations, so that every screen, rule and the audit trail can be tried without real books."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from db.connection import close_database, database
from db.models import GroupKind, Member
from desktop import demo_data as data
from desktop.auth import MENTOR, Actor
from desktop.books import create_first_administrator, mark_as_demo, open_books
from desktop.errors import DomainError
from desktop.groups import GroupForm, PartnerForm, create_group
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.members import MemberForm, exit_member, move_member, register_member
from desktop.nik import FEMALE, MALE, make_nik
from desktop.officers import appoint_officer
from desktop.settings import put_setting
from desktop.users import create_user

OFFICES = ("ketua", "sekretaris", "bendahara")


class DemoCancelled(Exception):
    """The person building the demo stopped it; the partly built file has been removed."""


@dataclass
class _Planned:
    """A member to register, with the facts the later steps need."""

    spec: data.DemoGroup
    form: MemberForm
    member_id: int = 0


@dataclass
class _Run:
    rng: random.Random
    today: dt.date
    progress: Callable[[int, int], None] | None
    cancelled: Callable[[], bool] | None
    total: int
    done: int = 0
    serials: dict[str, int] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)

    def step(self) -> None:
        """Count one finished step; stop here if the person asked to."""
        self.done += 1
        if self.progress:
            self.progress(min(self.done, self.total), self.total)
        if self.cancelled and self.cancelled():
            raise DemoCancelled()

    def date_between(self, first: dt.date, last: dt.date) -> dt.date:
        return first + dt.timedelta(days=self.rng.randint(0, max(0, (last - first).days)))

    def serial(self, key: str) -> int:
        # Gaps between serials, as a district's register holds many people between ours.
        self.serials[key] = self.serials.get(key, self.rng.randint(1, 2500)) + self.rng.randint(1, 40)
        return self.serials[key]


def build_demo_office(path: str | Path, backup_dir: str | Path,
                      progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None, seed: int = 2026) -> None:
    """Create the demo office's books at *path* and leave them open."""
    path = Path(path)
    info = open_books(path, backup_dir)
    if not info.needs_administrator:
        close_database()
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The file {path} already holds books. The demo office is built only in a new file."), path=str(path))
    steps = (len(data.DEMO_ACCOUNTS) + len(data.GROUPS) * (1 + len(OFFICES))
             + sum(g.size for g in data.GROUPS) + len(data.KETUA_CHANGE_GROUPS)
             + data.MOVES + data.EXITS)
    run = _Run(random.Random(seed), dt.date.today(), progress, cancelled, steps)
    try:
        admin, mentor_ids = _create_users(run)
        group_ids = _create_groups(run, admin, mentor_ids)
        planned = _register_members(run, admin, group_ids)
        kept = _appoint_officers(run, admin, group_ids, planned)
        _move_and_exit(run, admin, group_ids, [p for p in planned if p.member_id not in kept])
    except BaseException:
        _discard(path)
        raise
    if progress and run.done < steps:  # fewer members could move or leave than planned
        progress(steps, steps)


def _discard(path: Path) -> None:
    """Remove the partly built demo, with SQLite's side files, so no half office is left."""
    close_database()
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        name.unlink(missing_ok=True)


def _create_users(run: _Run) -> tuple[Actor, list[int]]:
    (username, full_name, _role, password), *others = data.DEMO_ACCOUNTS
    admin = create_first_administrator(username, full_name, password)
    with database.atomic():
        mark_as_demo(data.OFFICE_NAME)
        put_setting("office.address", data.OFFICE_ADDRESS)
    run.step()
    mentor_ids = []
    for username, full_name, role, password in others:
        user_id = create_user(admin, username, full_name, role, password)
        if role == MENTOR:
            mentor_ids.append(user_id)
        run.step()
    return admin, mentor_ids


def _create_groups(run: _Run, admin: Actor, mentor_ids: list[int]) -> dict[str, int]:
    kinds = {code: kind_id for kind_id, code in GroupKind.select(GroupKind.id, GroupKind.code).tuples()}
    group_ids = {}
    for index, spec in enumerate(data.GROUPS):
        partners = [PartnerForm(name, kind, _partner_since(run, spec)) for name, kind in spec.partners]
        form = GroupForm(spec.name, kinds[spec.kind], spec.formed, spec.address, spec.rt, spec.rw,
                         spec.kelurahan, spec.kecamatan, spec.city, spec.activities,
                         mentor_ids[index % len(mentor_ids)], spec.stage, partners=partners)
        group_ids[spec.name] = create_group(admin, form)
        run.step()
    return group_ids


def _partner_since(run: _Run, spec: data.DemoGroup) -> dt.date:
    since = run.date_between(spec.formed + dt.timedelta(days=30), spec.formed + dt.timedelta(days=700))
    return min(since, run.today - dt.timedelta(days=30))


def _register_members(run: _Run, admin: Actor, group_ids: dict[str, int]) -> list[_Planned]:
    planned = [p for spec in data.GROUPS for p in _plan_group(run, spec, group_ids[spec.name])]
    # In order of joining, so that member numbers grow with the join dates, as on paper.
    planned.sort(key=lambda p: p.form.join_date)
    for item in planned:
        item.member_id = register_member(admin, item.form)
        run.step()
    return planned


def _plan_group(run: _Run, spec: data.DemoGroup, group_id: int) -> list[_Planned]:
    """The group's members: founders join within days of forming, the others later."""
    founders = max(5, spec.size * 2 // 3)
    forms: list[MemberForm] = []
    while len(forms) < spec.size:
        parent = forms[-1] if forms else None
        if parent and parent.birth_date.year <= 1980 and run.rng.random() < 0.25:
            form = _child_of(run, spec, parent)
        else:
            form = _person(run, spec, FEMALE if run.rng.random() < 0.75 else MALE,
                           run.date_between(dt.date(1960, 1, 1), dt.date(1998, 12, 31)))
        if len(forms) < founders:
            joined = run.date_between(spec.formed, spec.formed + dt.timedelta(days=10))
        else:
            joined = run.date_between(spec.formed + dt.timedelta(days=30), run.today - dt.timedelta(days=30))
        adult = form.birth_date.replace(year=form.birth_date.year + 17, day=min(form.birth_date.day, 28))
        form.group_id, form.join_date = group_id, min(max(joined, adult), run.today - dt.timedelta(days=30))
        forms.append(form)
    return [_Planned(spec, form) for form in forms]


def _person(run: _Run, spec: data.DemoGroup, sex: str, born: dt.date) -> MemberForm:
    form = MemberForm(name=_unique_name(run, sex), sex=sex, birth_date=born)
    form.nik = make_nik(spec.region, born, sex, run.serial(spec.region))
    local = data.LOCAL_BIRTH_PLACE[spec.city]
    form.birth_place = local if run.rng.random() < 0.5 else run.rng.choice(data.BIRTH_PLACES)
    form.address = f"{run.rng.choice(spec.streets)} No. {run.rng.randint(1, 120)}"
    form.rt, form.rw, form.kelurahan = f"{run.rng.randint(1, 12):03d}", spec.rw, spec.kelurahan
    form.phone = data.random_phone(run.rng)
    jobs = data.FEMALE_OCCUPATIONS if sex == FEMALE else data.MALE_OCCUPATIONS
    form.occupation = run.rng.choice(jobs)
    issued = run.date_between(dt.date(2010, 1, 1), dt.date(2023, 12, 31))
    form.kk_number = f"{spec.region}{issued:%d%m%y}{run.serial('kk' + spec.region):04d}"
    form.household_size = run.rng.choice([2, 3, 3, 4, 4, 4, 5, 5, 6, 7, 8])
    levels, form.welfare_source, first, last = run.rng.choices(
        data.WELFARE_SOURCES, weights=data.WELFARE_SOURCE_WEIGHTS)[0]
    form.welfare_level = run.rng.choices(list(levels), weights=list(levels.values()))[0]
    form.welfare_date = min(run.date_between(first, last), run.today)
    return form


def _child_of(run: _Run, spec: data.DemoGroup, parent: MemberForm) -> MemberForm:
    """A grown son or daughter in the parent's household: same KK, address and welfare data."""
    born = run.date_between(parent.birth_date.replace(year=parent.birth_date.year + 19, day=1),
                            min(dt.date(2002, 12, 31), parent.birth_date.replace(year=parent.birth_date.year + 30, day=1)))
    child = _person(run, spec, FEMALE if run.rng.random() < 0.7 else MALE, born)
    child.birth_place = run.rng.choice([data.LOCAL_BIRTH_PLACE[spec.city], parent.birth_place])
    for name in ("kk_number", "household_size", "welfare_level", "welfare_source", "welfare_date",
                 "address", "rt", "rw"):
        setattr(child, name, getattr(parent, name))
    return child


def _unique_name(run: _Run, sex: str) -> str:
    while True:
        name = data.random_name(run.rng, sex)
        if name not in run.names:
            run.names.add(name)
            return name


def _appoint_officers(run: _Run, admin: Actor, group_ids: dict[str, int],
                      planned: list[_Planned]) -> set[int]:
    """Appoint each group's officers from its founders; return everyone who held an office."""
    held: set[int] = set()
    for spec in data.GROUPS:
        members = sorted((p for p in planned if p.spec is spec), key=lambda p: p.form.join_date)
        changes = spec.name in data.KETUA_CHANGE_GROUPS
        chosen = run.rng.sample(members[:6], 4 if changes else 3)
        start = max(p.form.join_date for p in chosen[:3]) + dt.timedelta(days=run.rng.randint(3, 20))
        for office, item in zip(OFFICES, chosen, strict=False):
            appoint_officer(admin, group_ids[spec.name], item.member_id, office, start)
            run.step()
        if changes:
            # The members' meeting chose a new ketua when the first term of three years ended.
            later = min(start.replace(year=start.year + 3), run.today - dt.timedelta(days=60))
            appoint_officer(admin, group_ids[spec.name], chosen[3].member_id, "ketua",
                            max(later, chosen[3].form.join_date))
            run.step()
        held.update(p.member_id for p in chosen)
    return held


def _move_and_exit(run: _Run, admin: Actor, group_ids: dict[str, int],
                   candidates: list[_Planned]) -> None:
    """Move a few members to a group in the same city and record a few leaving the office."""
    last = run.today - dt.timedelta(days=14)
    pool = [p for p in candidates if p.form.join_date + dt.timedelta(days=180) <= last]
    run.rng.shuffle(pool)
    for item in pool[:data.MOVES]:
        targets = [g for g in data.GROUPS if g.city == item.spec.city and g is not item.spec]
        target = run.rng.choice(targets)
        first = max(item.form.join_date + dt.timedelta(days=180), target.formed)
        on = run.date_between(first, last) if first <= last else last
        version = Member.get_by_id(item.member_id).version
        move_member(admin, item.member_id, group_ids[target.name], on, version)
        run.step()
    for item, reason in zip(pool[data.MOVES:], data.EXIT_REASONS[:data.EXITS], strict=False):
        on = run.date_between(item.form.join_date + dt.timedelta(days=180), last)
        version = Member.get_by_id(item.member_id).version
        exit_member(admin, item.member_id, on, reason, version)
        run.step()

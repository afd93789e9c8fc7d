"""The demo office: a new file filled with made-up groups and members through the real
operations, so that every screen, rule and the audit trail can be tried without real books,
and with two years of their savings."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from db.connection import close_database, database
from db.models import Counter, GroupKind, Member, SavingsAccount, SavingsEntry, SavingsProduct, User
from desktop import audit, demo_approvals, demo_cash, demo_development, demo_loans, demo_sheets
from desktop import demo_data as data
from desktop.auth import CHAIR, MENTOR, TREASURER, Actor, actor_of
from desktop.books import create_first_administrator, mark_as_demo, open_books
from desktop.errors import DomainError
from desktop.groups import GroupForm, PartnerForm, create_group
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.members import MemberForm, exit_member, move_member, register_member
from desktop.money import format_rupiah
from desktop.nik import FEMALE, MALE, make_nik
from desktop.officers import appoint_officer
from desktop.savings import deposit, reverse_entry
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
    moved: tuple[dt.date, data.DemoGroup] | None = None  # when, and to which group
    exit_on: dt.date | None = None
    exit_reason: str = ""
    behind: int = 0  # months of simpanan wajib not paid by now


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

    @property
    def start(self) -> dt.date:
        """The first day of the savings history: the books before it come in as opening
        balances."""
        return _add_months(self.today.replace(day=1), -12 * data.SAVINGS_YEARS)

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
             + data.MOVES + data.EXITS + 12 * data.SAVINGS_YEARS + 1
             + demo_development.STEPS + 2)
    run = _Run(random.Random(seed), dt.date.today(), progress, cancelled, steps)
    try:
        admin, treasurer, mentor_ids = _create_users(run)
        group_ids = _create_groups(run, admin, mentor_ids)
        planned = _register_members(run, admin, group_ids)
        kept = _appoint_officers(run, admin, group_ids, planned)
        ordinary = [p for p in planned if p.member_id not in kept]
        _move_and_plan_exits(run, admin, group_ids, ordinary)
        lending = demo_loans.DemoLoans(run, planned, group_ids, seed)
        _post_savings(run, treasurer, planned, ordinary, lending)
        with database.atomic():
            demo_sheets.build_sheets(run, treasurer, seed)
        with database.atomic():
            demo_development.build_development(run, admin, seed)
        # The cash book last but one: it closes the months through the month before last.
        with database.atomic():
            demo_cash.add_cash_office(admin, treasurer, run.today, random.Random(seed))
        run.step()
        # Outside a transaction, so that the marked actions become requests.
        chair = actor_of(User.get((User.role == CHAIR) & User.active))
        demo_approvals.add_approvals(admin, treasurer, chair, run.today)
        run.step()
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


def _create_users(run: _Run) -> tuple[Actor, Actor, list[int]]:
    (username, full_name, _role, password), *others = data.DEMO_ACCOUNTS
    admin = create_first_administrator(username, full_name, password)
    with database.atomic():
        mark_as_demo(data.OFFICE_NAME)
        put_setting("office.address", data.OFFICE_ADDRESS)
    run.step()
    mentor_ids = []
    treasurer = admin
    for username, full_name, role, password in others:
        user_id = create_user(admin, username, full_name, role, password)
        if role == MENTOR:
            mentor_ids.append(user_id)
        elif role == TREASURER:
            treasurer = Actor(user_id, username, full_name, role)
        run.step()
    return admin, treasurer, mentor_ids


def _create_groups(run: _Run, admin: Actor, mentor_ids: list[int]) -> dict[str, int]:
    kinds = {code: kind_id for kind_id, code in GroupKind.select(GroupKind.id, GroupKind.code).tuples()}
    group_ids = {}
    for index, spec in enumerate(data.GROUPS):
        partners = [PartnerForm(name, kind, _partner_since(run, spec)) for name, kind in spec.partners]
        form = GroupForm(spec.name, kinds[spec.kind], spec.formed, spec.address, spec.rt, spec.rw,
                         spec.kelurahan, spec.kecamatan, spec.city, spec.activities,
                         mentor_ids[index % len(mentor_ids)], "growing", partners=partners)
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


def _move_and_plan_exits(run: _Run, admin: Actor, group_ids: dict[str, int],
                         candidates: list[_Planned]) -> None:
    """Move a few members to a group in the same city, and choose a few to leave the office:
    they leave among the savings postings, which run up to their exit."""
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
        item.moved = (on, target)
        run.step()
    for item, reason in zip(pool[data.MOVES:], data.EXIT_REASONS[:data.EXITS], strict=False):
        # Within the savings history, so that what is paid out on leaving was paid in there.
        first = max(item.form.join_date + dt.timedelta(days=180), run.start + dt.timedelta(days=90))
        item.exit_on, item.exit_reason = run.date_between(first, last), reason


# Savings ------------------------------------------------------------------------------------
# Two years of savings are some 5,500 postings; through the real operations, at about 2.5 ms
# each, the demo would take fifteen seconds more to build. So the everyday postings are written
# in bulk, with the receipt numbers and balances the operations would give them, while the exits
# and the corrected mistakes, where the rules matter most, go through the operations in their
# place in the order of the days, so that receipt numbers still follow the dates.


@dataclass
class _Posting:
    """Money planned to move in one of a member's accounts; *kind* is the product's kind."""

    on: dt.date
    kind: str
    amount: int  # + paid in, - paid out
    method: str = "cash"
    note: str = ""


@dataclass
class _Step:
    """One thing done on the ledger: a posting or a loan installment written in bulk, or a
    call of real operations."""

    on: dt.date
    item: _Planned | None  # None: the office's own (a pool and its capital)
    seq: int  # the order of a member's steps within a day
    posting: _Posting | None = None
    call: Callable[[], object] | None = None
    repayment: demo_loans.Repayment | None = None


def _add_months(first_day: dt.date, months: int) -> dt.date:
    year, month = divmod(first_day.month - 1 + months, 12)
    return dt.date(first_day.year + year, month + 1, 1)


def _month_end(day: dt.date) -> dt.date:
    return _add_months(day.replace(day=1), 1) - dt.timedelta(days=1)


def _months_between(first: dt.date, last: dt.date) -> int:
    """Months from *first*'s month up to the month before *last*'s."""
    return (last.year - first.year) * 12 + last.month - first.month


def _group_on(item: _Planned, on: dt.date) -> data.DemoGroup:
    return item.moved[1] if item.moved and on >= item.moved[0] else item.spec


def _meeting(item: _Planned, month: dt.date) -> dt.date:
    """The day the member met with a group in *month*: the first group's meeting before a
    move, else the new group's, or the day of moving if the new group had met already."""
    def day(spec: data.DemoGroup) -> dt.date:
        return month.replace(day=data.MEETING_DAYS[spec.name])
    if item.moved is None or day(item.spec) < item.moved[0]:
        return day(item.spec)
    return max(day(item.moved[1]), item.moved[0])


def _office_day(run: _Run, first: dt.date, last: dt.date) -> dt.date:
    on = run.date_between(first, last)
    if on.weekday() == 6:  # the office is shut on Sundays
        on += dt.timedelta(days=1 if on < last else -1 if on > first else 0)
    return on


def _method(run: _Run, transfers: bool) -> str:
    return "transfer" if run.rng.random() < (0.6 if transfers else 0.03) else "cash"


def _round(value: float, unit: int) -> int:
    return max(unit, round(value / unit) * unit)


def _post_savings(run: _Run, treasurer: Actor, planned: list[_Planned],
                  ordinary: list[_Planned], lending: demo_loans.DemoLoans) -> None:
    """Every member's pokok, monthly wajib and sukarela since joining (or opening balances two
    years back), a few members behind on wajib, the exits, and two mistakes reversed; and the
    loans, posted among them in the order of the days, as their receipts share one sequence."""
    query = (SavingsProduct.select(SavingsProduct.id, SavingsProduct.kind, SavingsProduct.amount)
             .where(SavingsProduct.active == True)  # noqa: E712 - SQL
             .order_by(SavingsProduct.sort_order, SavingsProduct.id))
    products: dict[str, tuple[int, int]] = {}
    for product_id, kind, amount in query.tuples():
        products.setdefault(kind, (product_id, amount))  # the office's first product of each kind
    kinds = {product_id: kind for kind, (product_id, _amount) in products.items()}
    accounts = {(member, kinds[product]): account for account, member, product in
                SavingsAccount.select(SavingsAccount.id, SavingsAccount.member, SavingsAccount.product).tuples()
                if product in kinds}
    amounts = {kind: amount for kind, (_id, amount) in products.items()}
    # About one member in sixteen has stopped paying wajib for a while; never an officer.
    pool = [p for p in ordinary if p.exit_on is None and p.form.join_date <= run.today - dt.timedelta(days=240)]
    for item in run.rng.sample(pool, min(len(pool), round(len(planned) * 0.06))):
        item.behind = run.rng.choice([1, 1, 2, 2, 3, 4, 6])
    # A few new members cannot spare the pokok at once and pay it in two parts.
    recent = [p for p in planned if p.form.join_date >= run.start]
    in_parts = {p.member_id for p in run.rng.sample(recent, min(len(recent), max(1, len(recent) // 6)))}
    steps = [_Step(p.on, item, seq, posting=p) for item in planned
             for seq, p in enumerate(_history(run, item, amounts, item.member_id in in_parts))]
    for item in planned:
        if item.exit_on:
            steps.append(_Step(item.exit_on, item, len(steps), call=_exit_call(run, treasurer, item)))
    _mistyped_amount(run, treasurer, steps, accounts)
    _booked_to_another(run, treasurer, planned, steps, accounts, amounts["wajib"])
    steps += [_Step(a.on, a.item, len(steps) + n, call=a.call, repayment=a.repayment)
              for n, a in enumerate(lending.plan())]
    with database.atomic():
        written = _write(run, treasurer, steps, accounts)
        audit.record(treasurer, "savings.demo_history", "savings_entry", None,
                     f"{written} {run.start:%d/%m/%Y}-{run.today:%d/%m/%Y}", None,
                     {"entries": written, "from": run.start.isoformat(), "to": run.today.isoformat()})
        lending.record_history()


def _exit_call(run: _Run, treasurer: Actor, item: _Planned) -> Callable[[], None]:
    """The exit, recorded by the treasurer, who hands over the member's savings."""
    def leave() -> None:
        version = Member.get_by_id(item.member_id).version
        exit_member(treasurer, item.member_id, item.exit_on, item.exit_reason, version)
        run.step()
    return leave


def _history(run: _Run, item: _Planned, amounts: dict[str, int], in_parts: bool) -> list[_Posting]:
    """A member's postings in date order, none on or after the day of leaving."""
    joined = item.form.join_date
    end = item.exit_on or run.today + dt.timedelta(days=1)
    transfers = run.rng.random() < 0.12  # some always pay from a bank or e-wallet account
    if joined < run.start:
        months = _months_between(joined, run.start)
        paid = run.start
        postings = [_Posting(paid, "pokok", amounts["pokok"], note=data.OPENING_NOTE),
                    _Posting(paid, "wajib", months * amounts["wajib"],
                             note=f"{data.OPENING_NOTE}, {months} bulan")]
    else:
        # Pokok and the first month's wajib are paid on joining or at the next visit.
        paid = min(joined + dt.timedelta(days=run.rng.choice([0, 0, 0, 0, 1, 2, 3, 5, 7])),
                   _month_end(joined))
        postings = _pokok(run, paid, end, amounts["pokok"], transfers, in_parts)
    postings += _wajib(run, item, paid, end, amounts["wajib"], transfers)
    postings += _sukarela(run, item, end, transfers)
    postings.sort(key=lambda p: p.on)
    return postings


def _pokok(run: _Run, paid: dt.date, end: dt.date, amount: int, transfers: bool,
           in_parts: bool) -> list[_Posting]:
    if not in_parts:
        return [_Posting(paid, "pokok", amount, _method(run, transfers))]
    # The rest a month or two later, or still owed by someone who joined lately.
    half = amount // 2000 * 1000
    second = paid + dt.timedelta(days=run.rng.randint(25, 60))
    postings = [_Posting(paid, "pokok", half, note="Angsuran 1 dari 2")]
    if second < end and second <= run.today:
        postings.append(_Posting(second, "pokok", amount - half, _method(run, transfers),
                                 "Angsuran 2 dari 2"))
    return postings


def _wajib(run: _Run, item: _Planned, paid: dt.date, end: dt.date, amount: int,
           transfers: bool) -> list[_Posting]:
    joined = item.form.join_date
    payments = []
    month = max(joined, run.start).replace(day=1)
    while month <= run.today:
        if month == paid.replace(day=1) and joined >= run.start:
            on = paid
        else:
            on = _meeting(item, month)
            if on > run.today:
                # This month's meeting is still to come: those who keep up paid at the office.
                on = run.date_between(month, run.today)
        if on < end:
            payments.append(_Posting(on, "wajib", amount, _method(run, transfers)))
        month = _add_months(month, 1)
    del payments[len(payments) - item.behind:]
    # Now and then a member misses a meeting and pays both months at the next.
    index = 1
    while index < len(payments) - 1:
        if run.rng.random() < 0.04:
            payments[index + 1].amount += payments[index].amount
            payments[index + 1].note = "Rapel 2 bulan"
            del payments[index]
        index += 1
    return payments


def _sukarela(run: _Run, item: _Planned, end: dt.date, transfers: bool) -> list[_Posting]:
    """Irregular deposits, more in Ramadan and after a harvest; withdrawals before Lebaran, for
    school in July and now and then for other needs, never more than the balance then."""
    rng = run.rng
    saver = rng.random() < 0.7
    rate = rng.uniform(0.25, 0.8) if saver else 0.04
    base = rng.choice(data.SUKARELA_AMOUNTS)
    first = max(item.form.join_date, run.start)
    last = min(end - dt.timedelta(days=1), run.today)
    postings, balance = [], 0
    if item.form.join_date < run.start and saver and rng.random() < 0.7:
        balance = _round(base * rng.uniform(4, 16), 5000)
        postings.append(_Posting(run.start, "sukarela", balance, note=data.OPENING_NOTE))
    month = first.replace(day=1)
    while month <= last:
        lo, hi = max(month, first), min(_month_end(month), last)
        lebaran = data.LEBARAN.get(month.year)
        ramadan = lebaran is not None and month <= lebaran and lebaran - dt.timedelta(days=30) <= hi
        harvest = month.month in data.HARVEST_MONTHS.get(_group_on(item, month).city, ())
        boost = 1.8 if ramadan else 1.5 if harvest else 1.0
        events: list[tuple[dt.date, str]] = []
        meeting = _meeting(item, month)
        if lo <= meeting <= hi and rng.random() < min(0.95, rate * boost):
            events.append((meeting, ""))
        if rng.random() < (0.12 if saver else 0.05) * boost:
            events.append((_office_day(run, lo, hi), ""))
        if lebaran and lo <= (before := lebaran - dt.timedelta(days=rng.randint(2, 12))) <= hi \
                and rng.random() < 0.55:
            events.append((before, data.LEBARAN_NOTE))
        school = lo, min(hi, month.replace(day=20))
        if month.month == data.SCHOOL_MONTH and school[0] <= school[1] and rng.random() < 0.35:
            events.append((_office_day(run, *school), data.SCHOOL_NOTE))
        if rng.random() < 0.03:
            events.append((_office_day(run, lo, hi), rng.choice(data.WITHDRAWAL_NOTES)))
        for on, purpose in sorted(events, key=lambda e: e[0]):
            if not purpose:
                value = base * rng.uniform(0.5, 1.6) * (1.5 if boost > 1 else 1)
                amount = min(500_000, max(10_000, _round(value, 1000 if value < 20_000 else 5000)))
                balance += amount
                postings.append(_Posting(on, "sukarela", amount, _method(run, transfers)))
                continue
            amount = int(balance * rng.uniform(0.3, 0.9 if purpose == data.LEBARAN_NOTE else 0.7)) // 5000 * 5000
            if amount >= 10_000:
                balance -= amount
                postings.append(_Posting(on, "sukarela", -amount, _method(run, False), purpose))
        month = _add_months(month, 1)
    return postings


def _mistyped_amount(run: _Run, treasurer: Actor, steps: list[_Step],
                     accounts: dict[tuple[int, str], int]) -> None:
    """A sukarela deposit typed with a zero too many, found at the day's cash count, reversed
    and posted again with the right amount."""
    today = run.today
    typed = [s for s in steps if s.posting and s.posting.kind == "sukarela" and not s.item.exit_on
             and 20_000 <= s.posting.amount <= 100_000 and not s.posting.note
             and today - dt.timedelta(days=150) <= s.on <= today - dt.timedelta(days=20)]
    if not typed:
        return
    step = run.rng.choice(typed)
    posting, account = step.posting, accounts[(step.item.member_id, "sukarela")]

    def retype() -> None:
        wrong = deposit(treasurer, account, posting.on, posting.amount * 10, posting.method)
        receipt = SavingsEntry.get_by_id(wrong).receipt_number
        reverse_entry(treasurer, wrong, f"Salah input nominal, seharusnya {format_rupiah(posting.amount)}",
                      posting.on)
        deposit(treasurer, account, posting.on, posting.amount, posting.method, f"Koreksi atas {receipt}")
    step.posting, step.call = None, retype


def _booked_to_another(run: _Run, treasurer: Actor, planned: list[_Planned], steps: list[_Step],
                       accounts: dict[tuple[int, str], int], wajib: int) -> None:
    """A wajib payment booked to another member of the group, found when that member's
    passbook was checked a few days later: reversed there and posted to the one who paid."""
    rng, today = run.rng, run.today
    paid = [s for s in steps if s.posting and s.posting.kind == "wajib" and not s.item.exit_on
            and not s.item.behind and s.posting.amount == wajib and not s.posting.note
            and s.on.replace(day=1) != s.item.form.join_date.replace(day=1)
            and today - dt.timedelta(days=200) <= s.on <= today - dt.timedelta(days=45)]
    rng.shuffle(paid)
    for step in paid:
        group = _group_on(step.item, step.on)
        others = [p for p in planned if p is not step.item and not p.exit_on
                  and p.form.join_date <= step.on and _group_on(p, step.on) is group]
        if others:
            break
    else:
        return
    posting, owner, other = step.posting, step.item, rng.choice(others)
    fixed_on = step.on + dt.timedelta(days=rng.randint(3, 12))
    booked: list[int] = []

    def book() -> None:
        booked.append(deposit(treasurer, accounts[(other.member_id, "wajib")], posting.on,
                              posting.amount, posting.method))

    def rebook() -> None:
        wrong = SavingsEntry.get_by_id(booked[0])
        member = Member.get_by_id(owner.member_id)
        reverse_entry(treasurer, wrong.id,
                      f"Tercatat pada anggota lain, seharusnya {member.name} ({member.number})", fixed_on)
        deposit(treasurer, accounts[(owner.member_id, "wajib")], fixed_on, posting.amount, posting.method,
                f"Koreksi atas {wrong.receipt_number}, setoran {posting.on:%d/%m/%Y}")
    step.posting, step.call = None, book
    steps.append(_Step(fixed_on, owner, len(steps), call=rebook))


def _write(run: _Run, treasurer: Actor, steps: list[_Step],
           accounts: dict[tuple[int, str], int]) -> int:
    """Post the steps in date order, a month at a time; returns the entries written in bulk."""
    steps.sort(key=lambda s: (s.on, s.item.member_id if s.item else 0, s.seq))
    pending: list[_Step] = []
    written, month = 0, steps[0].on.replace(day=1) if steps else None
    for step in steps:
        if step.on.replace(day=1) != month:
            written += _flush(pending, treasurer, accounts)
            month = step.on.replace(day=1)
            run.step()
        if step.call:
            written += _flush(pending, treasurer, accounts)  # the operation reads the balances
            step.call()
        else:
            pending.append(step)
    written += _flush(pending, treasurer, accounts)
    run.step()
    return written


def _flush(pending: list[_Step], treasurer: Actor, accounts: dict[tuple[int, str], int]) -> int:
    """Write the pending postings and loan installments with the next receipt numbers and
    bring their balances up to the sum of their entries; returns the savings entries written."""
    if not pending:
        return 0
    first = _take_receipts(len(pending))
    numbered = [(f"KW{first + index:07d}", s) for index, s in enumerate(pending)]
    rows = [{"account": accounts[(s.item.member_id, s.posting.kind)], "on": s.on,
             "kind": "deposit" if s.posting.amount > 0 else "withdrawal", "amount": s.posting.amount,
             "method": s.posting.method, "note": s.posting.note,
             "receipt_number": receipt, "user": treasurer.id}
            for receipt, s in numbered if s.posting]
    for chunk in pw.chunked(rows, 100):
        SavingsEntry.insert_many(chunk).execute()
    total = (SavingsEntry.select(pw.fn.COALESCE(pw.fn.SUM(SavingsEntry.amount), 0))
             .where(SavingsEntry.account == SavingsAccount.id))
    touched = list({row["account"] for row in rows})
    SavingsAccount.update(balance=total).where(SavingsAccount.id.in_(touched)).execute()
    demo_loans.write_repayments(treasurer, [(receipt, s.repayment) for receipt, s in numbered
                                            if s.repayment])
    pending.clear()
    return len(rows)


def _take_receipts(count: int) -> int:
    """Take *count* numbers at once from the receipt sequence of desktop.savings, in the
    caller's transaction; returns the first."""
    Counter.insert(name="receipt", last_value=0).on_conflict_ignore().execute()
    last = Counter.get(Counter.name == "receipt").last_value
    Counter.update(last_value=last + count).where(Counter.name == "receipt").execute()
    return last + 1

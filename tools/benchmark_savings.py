"""Benchmark of the savings ledger on a large office: 50,000 members with 2,000,000 savings entries.

    python tools/benchmark_savings.py [--data DIR] [--json FILE] [--check] [--profile]

It starts from the books of the register benchmark (50,000 members in 2,000 groups, generated
in DIR when they are not there yet; DIR is bench-data/ in the repository, which git ignores).
From a copy of them it generates, or reuses when present and complete, DIR/savings.sqlite3: an
account in each of the three default products for every member and 2,000,000 entries over the
members' years in the office. Simpanan pokok is paid on joining (sometimes in two parts),
monthly wajib at the group's meeting (often several months at once, some members behind),
sukarela comes and goes irregularly and never below zero, a few mistaken postings are reversed,
and members who left were paid out. Receipt numbers have no gaps and rise with the dates, and
every stored balance equals the sum of its entries (checked with balance_check() after
generating, and with --check on every run). Then it measures the project's targets:

* one member's savings statement as a PDF, the query and the drawing, in under 300 ms for a
  member with a typical number of entries, over the last 12 months and over all time (for
  information also the busiest member's);
* the balances of all members in under 1 s (for information also the office's list of balances
  and who is behind, and that of one group);
* posting a deposit, committed, in under 50 ms (200 deposits to random active members'
  accounts); they are taken out again afterwards, so every run measures the same books.

It prints a table with PASS/FAIL per target and exits 0 whatever the figures: it is a report,
not a test.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import io
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter as Tally
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import peewee as pw  # noqa: E402

from db.connection import close_database, database  # noqa: E402
from db.models import (  # noqa: E402
    AuditRecord,
    Counter,
    Member,
    SavingsAccount,
    SavingsEntry,
    SavingsProduct,
    User,
)
from desktop.auth import login  # noqa: E402
from desktop.books import open_books  # noqa: E402
from desktop.documents.pdf import letterhead  # noqa: E402
from desktop.documents.savings_statement import render_statement  # noqa: E402
from desktop.errors import DomainError  # noqa: E402
from desktop.savings import balance_check, deposit  # noqa: E402
from desktop.savings_queries import all_balances, group_summary, statement  # noqa: E402
from desktop.settings import get_setting, put_setting  # noqa: E402
from tools.bench_common import Marks, base_parser, insert_rows, machine, profiled, summary  # noqa: E402
from tools.benchmark_register import (  # noqa: E402
    ADMIN_PASSWORD,
    ADMIN_USERNAME,
    GROUPS,
    MEMBERS,
    books_path,
    ensure_dataset,
)

ENTRIES = 2_000_000
BOOKS_FILE = "savings.sqlite3"
DATASET_SETTING = "benchmark.savings"  # written last, in the generator's one transaction
STATEMENT_TARGET_MS, BALANCES_TARGET_S, DEPOSIT_TARGET_MS = 300.0, 1.0, 50.0
TYPICAL_MEMBERS, DEPOSITS = 10, 200

# Habits, drawn once per member: (share of members, least and most chance of paying wajib at a
# month's meeting) for those who pay at nearly every meeting, every few months, now and then.
WAJIB_HABITS = ((0.30, 0.6, 0.8), (0.45, 0.2, 0.4), (0.25, 0.04, 0.12))
# (share of members, least and most sukarela movements a month): none, occasional, keen savers.
SUKARELA_HABITS = ((0.25, 0.0, 0.0), (0.45, 0.05, 0.2), (0.30, 0.3, 0.8))
# The habits are scaled to give a little fewer entries than wanted; extra sukarela deposits of
# active members on random days make up the exact count without upsetting any balance.
SIMULATED_SHARE = 0.97
WAJIB_ON_JOINING = 0.8  # most pay the first month's wajib with the pokok
PART_OF_ARREARS, AHEAD = 0.25, 0.03  # a member behind pays only part; a few pay months ahead
POKOK_IN_PARTS, POKOK_UNFINISHED = 0.15, 0.1
AT_MEETING = 0.6  # sukarela paid in at the group's meeting; the rest at the office any day
WITHDRAWAL_SHARE, WITHDRAWAL_STEP = 0.35, 5_000
SUKARELA_AMOUNTS = (5_000, 10_000, 20_000, 25_000, 50_000, 100_000, 200_000, 500_000, 1_000_000)
SUKARELA_WEIGHTS = (8, 20, 15, 10, 20, 14, 7, 4, 2)
WITHDRAWAL_NOTES = ("", "", "", "", "Biaya sekolah", "Modal usaha", "Berobat",
                    "Keperluan Lebaran", "Keperluan keluarga")
REVERSAL_SHARE = 0.004  # of deposits; each brings two more entries (see _deposit)
TRANSFERS_FROM, TRANSFER_SHARE = dt.date(2018, 1, 1).toordinal(), 0.15
OPENS, OPEN_SECONDS = 8 * 3600, 8 * 3600  # posted_at spreads a day's entries over office hours
STEPS = 1 << 20  # more entries than any one account gets; orders an account's entries in a day


# --------------------------------------------------------------------------- the data set


def savings_path(data_dir: Path) -> Path:
    return data_dir / BOOKS_FILE


def dataset_mark(members: int, entries: int, seed: int) -> str:
    return f"{members} members, {entries} entries, seed {seed}"


def ensure_savings(data_dir: Path, members: int, groups: int, entries: int, seed: int) -> dict:
    """Make sure complete savings books are in *data_dir*; return the seconds spent on them
    (empty when the ones already there were reused)."""
    register = ensure_dataset(data_dir, members, groups, seed)
    path = savings_path(data_dir)
    if savings_complete(path, members, entries, seed):
        return {} if register is None else {"register": register}
    made = generate_savings(books_path(data_dir), path, entries, seed)
    if register is not None:
        made["register"] = register
    return made


def savings_complete(path: Path, members: int, entries: int, seed: int) -> bool:
    """True when *path* holds the whole data set as the generator's last step left it; a run
    that stopped before taking its deposits back leaves more entries and fails this."""
    if not path.exists():
        return False
    try:
        open_books(path, path.parent / "cadangan")
    except DomainError:
        return False
    try:
        receipts = Counter.get_or_none(Counter.name == "receipt")
        return (get_setting(DATASET_SETTING) == dataset_mark(members, entries, seed)
                and Member.select().count() == members
                and SavingsEntry.select().count() == entries
                and receipts is not None and receipts.last_value == entries)
    finally:
        close_database()


def _remove_books(path: Path) -> None:
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        name.unlink(missing_ok=True)


def _copy_books(source: Path, target: Path) -> None:
    _remove_books(target)
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


@dataclass(frozen=True)
class _Saver:
    """A member as the generator sees them: their accounts, time in the office and habits."""

    accounts: tuple[int, int, int]  # pokok, wajib, sukarela
    start: int  # day of joining, as an ordinal
    end: int  # day of leaving, or today
    exited: bool
    meeting: int  # the day of the month the group meets
    wajib: float  # chance of paying at a month's meeting, before scaling
    sukarela: float  # movements a month, before scaling

    @property
    def months(self) -> int:
        return _month(self.end) - _month(self.start) + 1


def _month(day: int) -> int:
    date = dt.date.fromordinal(day)
    return date.year * 12 + date.month - 1


class _Months:
    """The first day (as an ordinal) and the length of each month, by its number."""

    def __init__(self) -> None:
        self._known: dict[int, tuple[int, int]] = {}

    def __getitem__(self, month: int) -> tuple[int, int]:
        known = self._known.get(month)
        if known is None:
            year, index = divmod(month, 12)
            known = (dt.date(year, index + 1, 1).toordinal(), calendar.monthrange(year, index + 1)[1])
            self._known[month] = known
        return known


class _Ledger:
    """The generated entries, kept as columns in the order they were made; they are numbered
    only after sorting them by date."""

    def __init__(self, accounts: int) -> None:
        self.key: list[int] = []
        self.account: list[int] = []
        self.day: list[int] = []
        self.kind: list[str] = []
        self.amount: list[int] = []
        self.method: list[str] = []
        self.note: list[str] = []
        self.reverses: list[int] = []  # the index of the entry cancelled, or -1
        self.balance = [0] * (accounts + 1)
        self._steps = [0] * (accounts + 1)
        self._span = accounts + 1

    def __len__(self) -> int:
        return len(self.key)

    def add(self, account: int, day: int, kind: str, amount: int, method: str, note: str = "",
            reverses: int = -1, first: bool = False) -> int:
        """Append an entry; it sorts after the account's earlier entries of the same day, or
        before all of them when *first*."""
        if first:
            step = 0
        else:
            step = self._steps[account] = self._steps[account] + 1
        self.key.append((day * self._span + account) * STEPS + step)
        self.account.append(account)
        self.day.append(day)
        self.kind.append(kind)
        self.amount.append(amount)
        self.method.append(method)
        self.note.append(note)
        self.reverses.append(reverses)
        self.balance[account] += amount
        return len(self.key) - 1


def _products() -> tuple[list[int], list[str], int, int]:
    """The active products' ids and kinds in the office's order, and the pokok and monthly
    wajib amounts."""
    rows = list(SavingsProduct.select(SavingsProduct.id, SavingsProduct.kind, SavingsProduct.amount,
                                      SavingsProduct.period)
                .where(SavingsProduct.active == True)  # noqa: E712 - SQL
                .order_by(SavingsProduct.sort_order, SavingsProduct.id).tuples())
    kinds = [kind for _, kind, _, _ in rows]
    if sorted(kinds) != ["pokok", "sukarela", "wajib"]:
        raise RuntimeError(f"the books should have the three default products, not {kinds}")
    amounts = {kind: (amount, period) for _, kind, amount, period in rows}
    if amounts["wajib"][1] != "month":
        raise RuntimeError("the wajib product should be monthly")
    return [i for i, _, _, _ in rows], kinds, amounts["pokok"][0], amounts["wajib"][0]


def _savers(rng: random.Random, products: list[int], kinds: list[str],
            today: dt.date) -> tuple[list[_Saver], list[tuple]]:
    """Every member in order of id, and their accounts (id, member, product, opened on) numbered
    member by member in product order."""
    meetings: dict[int | None, int] = {}
    savers, accounts = [], []
    query = (Member.select(Member.id, Member.group, Member.join_date, Member.exit_date)
             .order_by(Member.id).tuples())
    for index, (member_id, group, joined, left) in enumerate(query):
        ids = {kind: index * len(kinds) + position + 1 for position, kind in enumerate(kinds)}
        accounts += [(ids[kind], member_id, product, joined.isoformat())
                     for product, kind in zip(products, kinds, strict=True)]
        if group not in meetings:
            meetings[group] = rng.randint(1, 28)
        wajib = _habit(rng, WAJIB_HABITS)
        sukarela = _habit(rng, SUKARELA_HABITS)
        end = left or today
        savers.append(_Saver((ids["pokok"], ids["wajib"], ids["sukarela"]), joined.toordinal(),
                             end.toordinal(), left is not None, meetings[group], wajib, sukarela))
    return savers, accounts


def _habit(rng: random.Random, habits: tuple[tuple[float, float, float], ...]) -> float:
    share, least, most = rng.choices(habits, weights=[h[0] for h in habits])[0]
    return rng.uniform(least, most)


def _scale(savers: list[_Saver], wanted: float) -> float:
    """The factor on the habits that gives about *wanted* entries."""
    fixed = len(savers) * (1 + POKOK_IN_PARTS) + sum(3 for s in savers if s.exited)
    plan = [(s.months, s.wajib, s.sukarela) for s in savers]

    def expected(factor: float) -> float:
        moving = sum(months * (min(1.0, factor * wajib) + factor * sukarela)
                     for months, wajib, sukarela in plan)
        return fixed + moving * (1 + 2 * REVERSAL_SHARE)

    low, high = 0.0, 20.0
    for _ in range(30):
        middle = (low + high) / 2
        low, high = (middle, high) if expected(middle) < wanted else (low, middle)
    return low


def _method(rng: random.Random, day: int) -> str:
    return "transfer" if day >= TRANSFERS_FROM and rng.random() < TRANSFER_SHARE else "cash"


def _deposit(led: _Ledger, rng: random.Random, account: int, day: int, amount: int) -> None:
    """A deposit; now and then a slip the treasurer cancels the same day with a reversal."""
    method = _method(rng, day)
    if rng.random() >= REVERSAL_SHARE:
        led.add(account, day, "deposit", amount, method)
    elif rng.random() < 0.5:
        wrong = led.add(account, day, "deposit", amount * 10, method)
        led.add(account, day, "reversal", -amount * 10, method, "Salah ketik jumlah", wrong)
        led.add(account, day, "deposit", amount, method)
    else:
        led.add(account, day, "deposit", amount, method)
        twice = led.add(account, day, "deposit", amount, method)
        led.add(account, day, "reversal", -amount, method, "Tercatat dua kali", twice)


def _simulate(led: _Ledger, rng: random.Random, saver: _Saver, factor: float, pokok: int,
              wajib: int, months: _Months, weights: list[int]) -> None:
    """One member's savings from joining to leaving (paid out then) or to today."""
    sp, sw, ss = saver.accounts
    start, end = saver.start, saver.end
    first_month, last_month = _month(start), _month(end)
    part = pokok // 2 if rng.random() < POKOK_IN_PARTS else 0
    led.add(sp, start, "deposit", part or pokok, _method(rng, start))
    rest = first_month + rng.randint(1, 3) if part and rng.random() >= POKOK_UNFINISHED else None
    chance = min(1.0, factor * saver.wajib)
    rate = factor * saver.sukarela
    whole, fraction = int(rate), rate - int(rate)
    paid = 0
    for month in range(first_month, last_month + 1):
        first_day, length = months[month]
        meeting = max(first_day + saver.meeting - 1, start)
        held = meeting <= end
        if held and month == rest:
            led.add(sp, meeting, "deposit", pokok - part, _method(rng, meeting))
        due = month - first_month + 1
        if held and due > paid and (rng.random() < chance
                                    or (month == first_month and rng.random() < WAJIB_ON_JOINING)):
            count = due - paid
            if count > 1 and rng.random() < PART_OF_ARREARS:
                count = rng.randint(1, count - 1)
            elif rng.random() < AHEAD:
                count += rng.randint(1, 2)
            paid += count
            _deposit(led, rng, sw, meeting, count * wajib)
        movements = whole + (rng.random() < fraction)
        low, high = max(first_day, start), min(first_day + length - 1, end)
        if not movements or low > high:
            continue
        days = sorted(meeting if held and rng.random() < AT_MEETING else rng.randint(low, high)
                      for _ in range(movements))
        for day in days:
            balance = led.balance[ss]
            if balance >= WITHDRAWAL_STEP and rng.random() < WITHDRAWAL_SHARE:
                share = int(balance * rng.uniform(0.2, 1.0)) // WITHDRAWAL_STEP * WITHDRAWAL_STEP
                led.add(ss, day, "withdrawal", -min(balance, max(WITHDRAWAL_STEP, share)),
                        _method(rng, day), rng.choice(WITHDRAWAL_NOTES))
            else:
                amount = rng.choices(SUKARELA_AMOUNTS, cum_weights=weights)[0]
                _deposit(led, rng, ss, day, amount)
    if saver.exited:
        for account in saver.accounts:
            if led.balance[account] > 0:
                led.add(account, end, "payout", -led.balance[account], "cash")


def _ledger(savers: list[_Saver], entries: int, seed: int, pokok: int,
            wajib: int) -> tuple[_Ledger, int]:
    """Exactly *entries* entries for *savers*, and how many of them make up the count."""
    months = _Months()
    weights = [sum(SUKARELA_WEIGHTS[:i + 1]) for i in range(len(SUKARELA_WEIGHTS))]
    factor = _scale(savers, SIMULATED_SHARE * entries)
    accounts = 3 * len(savers)
    while True:
        rng = random.Random(seed + 1)
        led = _Ledger(accounts)
        for saver in savers:
            _simulate(led, rng, saver, factor, pokok, wajib, months, weights)
        if len(led) <= entries:
            break
        factor *= SIMULATED_SHARE * entries / len(led)
    active = [s for s in savers if not s.exited]
    extra = entries - len(led)
    for _ in range(extra):
        saver = rng.choice(active)
        day = rng.randint(saver.start, saver.end)
        led.add(saver.accounts[2], day, "deposit", rng.choices(SUKARELA_AMOUNTS, cum_weights=weights)[0],
                _method(rng, day), first=True)
    return led, extra


def _entry_rows(led: _Ledger, order: list[int], user: int) -> Iterator[tuple]:
    """The entries numbered in date order, as rows of SavingsEntry."""
    rank_of = [0] * len(order)
    for rank, index in enumerate(order):
        rank_of[index] = rank
    per_day = Tally(led.day)
    day = iso = None
    count = position = 0
    for rank, index in enumerate(order, start=1):
        if led.day[index] != day:
            day, position, count = led.day[index], 0, per_day[led.day[index]]
            iso = dt.date.fromordinal(day).isoformat()
        seconds = OPENS + position * OPEN_SECONDS // count
        position += 1
        posted = f"{iso} {seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        note, cancelled = led.note[index], led.reverses[index]
        if cancelled >= 0:
            cancelled = rank_of[cancelled] + 1
            note = f"{receipt_number(cancelled)}: {note}"  # as reverse_entry writes it
        yield (rank, led.account[index], iso, led.kind[index], led.amount[index],
               led.method[index], note, receipt_number(rank),
               cancelled if cancelled >= 0 else None, user, posted)


def receipt_number(value: int) -> str:
    return f"KW{value:07d}"  # as next_receipt_number gives them


ACCOUNT_COLUMNS = ("id", "member", "product", "balance", "opened_on")
ENTRY_COLUMNS = ("id", "account", "on", "kind", "amount", "method", "note", "receipt_number",
                 "reverses", "user", "posted_at")


def generate_savings(register: Path, path: Path, entries: int, seed: int) -> dict:
    """Build the savings books at *path* from a copy of the *register* books; return the
    seconds of each step."""
    marks = Marks()
    _copy_books(register, path)
    with tempfile.TemporaryDirectory(prefix="berdaya-bench-") as backups:
        open_books(path, backups)  # brings the copy to the current schema and its products
    marks.mark("copy_and_migrate")
    product_ids, kinds, pokok, wajib = _products()
    today = dt.date.today()
    savers, accounts = _savers(random.Random(seed), product_ids, kinds, today)
    user = User.get(User.username == ADMIN_USERNAME).id
    led, extra = _ledger(savers, entries, seed, pokok, wajib)
    marks.mark("simulate")
    order = sorted(range(len(led)), key=led.key.__getitem__)
    marks.mark("sort")
    if min(led.balance) < 0:
        raise RuntimeError("the generator left a balance below zero")
    accounts = [(a, member, product, led.balance[a], opened) for a, member, product, opened in accounts]
    # The entries go in sorted by id while the indexes on the account are filled in random
    # order; a large page cache for this connection keeps that from reading the disk.
    database.execute_sql("PRAGMA cache_size = -1000000")
    with database.atomic():
        insert_rows(database, SavingsAccount, ACCOUNT_COLUMNS, accounts)
        insert_rows(database, SavingsEntry, ENTRY_COLUMNS, _entry_rows(led, order, user))
        Counter.insert(name="receipt", last_value=entries).on_conflict_replace().execute()
        put_setting(DATASET_SETTING, dataset_mark(len(savers), entries, seed))
    marks.mark("insert")
    problems = database.execute_sql("PRAGMA foreign_key_check(savings_entry)").fetchall()
    problems += database.execute_sql("PRAGMA foreign_key_check(savings_account)").fetchall()
    if problems:
        close_database()
        raise RuntimeError(f"generated rows break {len(problems)} foreign keys, e.g. {problems[0]}")
    marks.mark("foreign_key_check")
    wrong = balance_check()
    marks.mark("balance_check")
    close_database()
    if wrong:
        raise RuntimeError(f"{len(wrong)} stored balances differ from their entries, e.g. {wrong[0]}")
    made = dict(marks.seconds)
    made["savings"] = sum(v for k, v in made.items() if k != "balance_check")
    made["kinds"] = dict(Tally(led.kind))
    made["extra_deposits"] = extra
    return made


# --------------------------------------------------------------------------- measurements


@dataclass(frozen=True)
class Sample:
    """The members and groups the measurements use."""

    typical: list[int]  # members with the median number of entries
    typical_entries: int
    mean_entries: float
    busiest: int
    busiest_entries: int
    median_group: int  # a group with the median number of active members
    largest_group: int
    group_sizes: dict[int, int]


def pick_sample(seed: int) -> Sample:
    rng = random.Random(seed)
    counts = dict(SavingsEntry.select(SavingsAccount.member, pw.fn.COUNT(SavingsEntry.id))
                  .join(SavingsAccount).group_by(SavingsAccount.member).tuples())
    active = dict(Member.select(Member.id, Member.group).where(Member.status == "active").tuples())
    median = int(statistics.median(counts.values()))
    near = [m for m in active if abs(counts.get(m, 0) - median) <= 1]
    typical = rng.sample(near, min(TYPICAL_MEMBERS, len(near)))
    busiest = max(counts, key=counts.get)
    sizes = Tally(active.values())
    by_size = sorted(sizes, key=sizes.get)
    return Sample(typical, median, statistics.mean(counts.values()), busiest, counts[busiest], by_size[len(by_size) // 2],
                  by_size[-1], dict(sizes))


def periods(today: dt.date) -> dict[str, dt.date | None]:
    """The first day of each statement period; each ends today."""
    return {"12 months": today - dt.timedelta(days=364), "all time": None}


def measure_statement(member_id: int, first: dt.date | None, today: dt.date) -> dict:
    """Milliseconds to read one statement and to draw it as a PDF in memory."""
    start = time.perf_counter()
    found = statement(member_id, first, today)
    middle = time.perf_counter()
    target = io.BytesIO()
    render_statement(found, letterhead(), target, today)
    end = time.perf_counter()
    return {"query": (middle - start) * 1000, "render": (end - middle) * 1000,
            "total": (end - start) * 1000, "lines": sum(len(p.lines) for p in found.products),
            "bytes": len(target.getvalue())}


def measure_statements(sample: Sample, today: dt.date, prof: bool) -> dict:
    """Each period's statements of the typical members and of the busiest, after a first one
    (fonts loaded, reportlab imported) that is reported apart."""
    first_ever = measure_statement(sample.busiest, today - dt.timedelta(days=30), today)
    figures: dict = {"first_of_session": first_ever, "typical": {}, "busiest": {}}
    for name, first in periods(today).items():
        figures["typical"][name] = [measure_statement(m, first, today) for m in sample.typical]
        figures["busiest"][name] = measure_statement(sample.busiest, first, today)
    if prof:
        profiled(True, "statement of a typical member, all time", measure_statement,
                 sample.typical[0], None, today)
        profiled(True, "statement of the busiest member, all time", measure_statement,
                 sample.busiest, None, today)
    return figures


def _runs(work, *args, times: int) -> list[float]:
    seconds = []
    for _ in range(times):
        start = time.perf_counter()
        work(*args)
        seconds.append(time.perf_counter() - start)
    return seconds


def measure_balances(sample: Sample, prof: bool) -> dict:
    """Seconds of each run of the office-wide and group lists."""
    figures = {
        "all_balances": _runs(all_balances, times=3),
        "members_with_balance": len(all_balances()),
        "office_summary": _runs(group_summary, None, times=2),
        "median_group": _runs(group_summary, sample.median_group, times=5),
        "largest_group": _runs(group_summary, sample.largest_group, times=5),
    }
    office = group_summary(None)
    figures["office_rows"] = len(office.rows)
    figures["office_behind"] = sum(1 for row in office.rows if row.overdue)
    if prof:
        profiled(True, "all_balances()", all_balances)
        profiled(True, "group_summary(None)", group_summary, None)
    return figures


def deposit_plan(seed: int, count: int, wajib: int) -> list[tuple[int, int]]:
    """(account, amount) of deposits to the wajib or sukarela account of random active members."""
    rng = random.Random(seed + 2)
    accounts = list(SavingsAccount.select(SavingsAccount.id, SavingsProduct.kind)
                    .join(SavingsProduct).switch(SavingsAccount).join(Member)
                    .where((Member.status == "active")
                           & SavingsProduct.kind.in_(["wajib", "sukarela"])).tuples())
    plan = []
    for account, kind in rng.sample(accounts, count):
        amount = wajib * rng.randint(1, 3) if kind == "wajib" else rng.choice(SUKARELA_AMOUNTS)
        plan.append((account, amount))
    return plan


def measure_deposits(plan: list[tuple[int, int]], today: dt.date, prof: bool) -> list[float]:
    """Milliseconds of each deposit, posted and committed as the savings page posts them; then
    the deposits are taken out again, with their receipt numbers and audit records."""
    actor = login(ADMIN_USERNAME, ADMIN_PASSWORD)
    first_entry = SavingsEntry.select(pw.fn.MAX(SavingsEntry.id)).scalar() + 1
    first_audit = (AuditRecord.select(pw.fn.MAX(AuditRecord.id)).scalar() or 0) + 1
    receipts = Counter.get(Counter.name == "receipt").last_value

    def post_all() -> list[float]:
        times = []
        for account, amount in plan:
            start = time.perf_counter()
            deposit(actor, account, today, amount)
            times.append((time.perf_counter() - start) * 1000)
        return times

    try:
        return profiled(prof, "deposits", post_all)
    finally:
        _take_back(first_entry, first_audit, receipts)


def _take_back(first_entry: int, first_audit: int, receipts: int) -> None:
    """Remove what the measured deposits wrote, which the program itself never does."""
    with database.atomic():
        moved = (SavingsEntry.select(SavingsEntry.account, pw.fn.SUM(SavingsEntry.amount))
                 .where(SavingsEntry.id >= first_entry).group_by(SavingsEntry.account).tuples())
        for account, amount in list(moved):
            (SavingsAccount.update(balance=SavingsAccount.balance - amount)
             .where(SavingsAccount.id == account).execute())
        SavingsEntry.delete().where(SavingsEntry.id >= first_entry).execute()
        AuditRecord.delete().where(AuditRecord.id >= first_audit).execute()
        Counter.update(last_value=receipts).where(Counter.name == "receipt").execute()


def measure_check(enabled: bool) -> dict | None:
    if not enabled:
        return None
    start = time.perf_counter()
    wrong = balance_check()
    return {"seconds": time.perf_counter() - start, "wrong": len(wrong)}


# --------------------------------------------------------------------------- the report


def targets(figures: dict) -> list[dict]:
    rows = []
    for name, runs in figures["statements"]["typical"].items():
        worst = max(run["total"] for run in runs)
        rows.append({"target": f"statement PDF < {STATEMENT_TARGET_MS:g} ms: typical, {name}",
                     "value": f"max {worst:.0f} ms (median "
                              f"{statistics.median(r['total'] for r in runs):.0f})",
                     "pass": worst < STATEMENT_TARGET_MS})
    balances = max(figures["balances_s"]["all_balances"])
    rows.append({"target": f"balances of all members < {BALANCES_TARGET_S:g} s",
                 "value": f"max {balances:.3f} s", "pass": balances < BALANCES_TARGET_S})
    posted = figures["deposits_ms"]
    rows.append({"target": f"posting a deposit < {DEPOSIT_TARGET_MS:g} ms",
                 "value": f"max {posted['max']:.1f} ms (p95 {posted['p95']:.1f})",
                 "pass": posted["max"] < DEPOSIT_TARGET_MS})
    return rows


def print_report(figures: dict) -> None:
    machine, dataset = figures["machine"], figures["dataset"]
    print(f"\nBerdaya savings benchmark: {dataset['members']:,} members, "
          f"{dataset['entries']:,} savings entries\n  books: {dataset['path']} "
          f"({dataset['bytes'] / 1e6:.0f} MB)")
    made = dataset["generation_s"]
    if made.get("savings") is None:
        print("  data set: reused")
    else:
        steps = ", ".join(f"{k.replace('_', ' ')} {made[k]:.1f} s"
                          for k in ("copy_and_migrate", "simulate", "sort", "insert",
                                    "foreign_key_check"))
        register = made.get("register")
        print(f"  data set: generated in {made['savings']:.1f} s ({steps})"
              + (f"; the register's books first, {register:.1f} s" if register else ""))
        print("  entries by kind: " + ", ".join(f"{k} {v:,}" for k, v in made["kinds"].items())
              + f" (of the deposits {made['extra_deposits']:,} sukarela ones to make up the count)")
        print(f"  balance_check() after generating: {made['balance_check']:.2f} s, all balances right")
    check = figures["check"]
    if check is not None:
        print(f"  balance_check(): {check['seconds']:.2f} s, {check['wrong']} balances wrong")
    print(f"  machine: {machine['cpus']} CPUs, Python {machine['python']}, {machine['platform']}")
    _print_statements(figures)
    _print_balances(figures)
    posted = figures["deposits_ms"]
    print(f"\nDeposits posted and committed ({posted['n']}), ms: median {posted['median']:.1f}, "
          f"p95 {posted['p95']:.1f}, max {posted['max']:.1f}")
    print("\nTargets")
    for target in figures["targets"]:
        verdict = "PASS" if target["pass"] else "FAIL"
        print(f"  {verdict}  {target['target']:<50} {target['value']}")


def _print_statements(figures: dict) -> None:
    statements, sample = figures["statements"], figures["sample"]
    print(f"\nStatement PDF, ms     {'query':>7} {'render':>7} {'total':>7} {'lines':>6} "
          f"{'PDF KB':>7}")
    print(f"  typical: median figures of {len(sample['typical'])} members with "
          f"{sample['typical_entries']} entries each, the median (mean {sample['mean_entries']:.0f});"
          f" the busiest member has {sample['busiest_entries']}")
    for name in statements["typical"]:
        runs = statements["typical"][name]
        median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        for caption, row in ((f"typical, {name}", median),
                             (f"busiest, {name}", statements["busiest"][name])):
            print(f"  {caption:<20} {row['query']:>7.1f} {row['render']:>7.1f} {row['total']:>7.1f}"
                  f" {row['lines']:>6.0f} {row['bytes'] / 1024:>7.0f}")
    first = statements["first_of_session"]
    print(f"  first statement of the session (loads reportlab and the fonts): "
          f"{first['total']:.0f} ms")


def _print_balances(figures: dict) -> None:
    b = figures["balances_s"]
    sizes = figures["sample"]
    print("\nBalances, seconds per run")
    print(f"  all_balances() ({b['members_with_balance']:,} members)        "
          + "  ".join(f"{s:.3f}" for s in b["all_balances"]))
    print(f"  group_summary(None) ({b['office_rows']:,} rows, {b['office_behind']:,} behind)  "
          + "  ".join(f"{s:.3f}" for s in b["office_summary"]))
    for key, caption in (("median_group", "a group of median size"),
                         ("largest_group", "the largest group")):
        members = sizes[f"{key}_members"]
        print(f"  group_summary: {caption} ({members} members)   median "
              f"{statistics.median(b[key]) * 1000:.1f} ms, max {max(b[key]) * 1000:.1f} ms")


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = base_parser(__doc__, "folder for the generated books (default: bench-data/)")
    parser.add_argument("--check", action="store_true",
                        help="also time balance_check() when the books are reused")
    parser.add_argument("--profile", action="store_true",
                        help="print cProfile of the statements, the balances and the deposits")
    parser.add_argument("--members", type=int, default=MEMBERS, help=argparse.SUPPRESS)
    parser.add_argument("--groups", type=int, default=GROUPS, help=argparse.SUPPRESS)
    parser.add_argument("--entries", type=int, default=ENTRIES, help=argparse.SUPPRESS)
    parser.add_argument("--deposits", type=int, default=DEPOSITS, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> dict:
    print(f"Data set in {args.data} …", flush=True)
    made = ensure_savings(args.data, args.members, args.groups, args.entries, args.seed)
    path = savings_path(args.data)
    open_books(path, args.data / "cadangan")
    today = dt.date.today()
    sample = pick_sample(args.seed)
    print("Measuring …", flush=True)
    check = measure_check(args.check and made.get("savings") is None)
    statements = measure_statements(sample, today, args.profile)
    balances = measure_balances(sample, args.profile)
    wajib = SavingsProduct.get(SavingsProduct.kind == "wajib").amount
    posted = measure_deposits(deposit_plan(args.seed, args.deposits, wajib), today, args.profile)
    figures = {
        "machine": machine(),
        "dataset": {"path": str(path), "members": args.members, "entries": args.entries,
                    "bytes": path.stat().st_size, "generation_s": made},
        "check": check,
        "sample": {"typical": sample.typical, "typical_entries": sample.typical_entries,
                   "mean_entries": sample.mean_entries,
                   "busiest": sample.busiest, "busiest_entries": sample.busiest_entries,
                   "median_group": sample.median_group,
                   "median_group_members": sample.group_sizes[sample.median_group],
                   "largest_group": sample.largest_group,
                   "largest_group_members": sample.group_sizes[sample.largest_group]},
        "statements": statements,
        "balances_s": balances,
        "deposits_ms": summary(posted),
    }
    figures["targets"] = targets(figures)
    return figures


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    args.data = args.data.expanduser().resolve()
    try:
        figures = run(args)
    finally:
        close_database()
    print_report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark of the loans on a large office: 20,000 loans with their schedules and repayments.

    python tools/benchmark_loans.py [--data DIR] [--json FILE] [--check] [--profile]

It starts from the books of the register benchmark (50,000 members in 2,000 groups, generated
in DIR when they are not there yet; DIR is bench-data/ in the repository, which git ignores).
From a copy of them it generates, or reuses when present and complete, DIR/loans.sqlite3: forty
mentors who look after the groups, four pools of rotating capital from different sources and
20,000 disbursed loans over the four years before the day the books were made, as the office
grew. Most are group loans split among three to ten members (now and then nearly the whole
group borrows), the rest loans to one member; monthly, two-weekly and weekly products. A member
borrows again only when the last loan is paid and nothing is owed to the group, and each loan is
a little larger than the one before. Most members pay at every meeting; some are often late and
catch up, some pay part, a few pay off early, and some stop paying: the group covers some of
their installments (tanggung renteng) and some old ones are written off, so that the running
loans fall in every kolektibilitas class. A few payments are posted with a wrong amount and
reversed at once, a few applications are rejected, cancelled or still waiting. The schedules are
the program's own (desktop.loan_schedule.schedule) and each payment is split by the program's
rule (jasa, then principal, overdue first); a sample of the splits is checked against
desktop.loan_allocation while generating, and share_check() and pool_check() must find nothing
wrong before the books are used. Receipt numbers have no gaps and rise with the dates.

The books describe the office on the day they are generated, and they are generated again when
the benchmark runs on a later day: the arrears report reads today's standing from the totals
stored on each share but an earlier day's from the payments up to it, and books left to age
would show every running loan falling behind. The project's targets:

* the arrears and kolektibilitas report: share_arrears() and the portfolio by office, pool,
  mentor and group, and the arrears list, in under 1 s;
* posting a repayment through its operation, committed, in under 50 ms (200 repayments to
  random running loans); they are taken out again afterwards, so every run measures the same
  books.

For information also the arrears at the end of last month (read from the payments), opening a
share's card, one 20-member group loan, the pools' figures and how the largest pool's money
rolled, the list of loans, and reversing a payment.

It prints a table with PASS/FAIL per target and exits 0 whatever the figures: it is a report,
not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import tempfile
import time
from bisect import bisect_left
from collections import Counter as Tally
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import peewee as pw  # noqa: E402

from db.connection import close_database, database  # noqa: E402
from db.models import (  # noqa: E402
    CAPITAL_MODELS,
    AuditRecord,
    CapitalPool,
    CapitalSource,
    Counter,
    Group,
    GroupDebtEntry,
    Installment,
    Loan,
    LoanPayment,
    LoanProduct,
    LoanShare,
    Member,
    PoolEntry,
    User,
)
from desktop import demo_data as data  # noqa: E402
from desktop.arrears import DIMENSIONS, arrears_list, portfolio, share_arrears  # noqa: E402
from desktop.auth import CHAIR, MENTOR, SECRETARY, TREASURER, hash_password, login  # noqa: E402
from desktop.books import open_books  # noqa: E402
from desktop.capital import pool_check, pool_figures, rolling  # noqa: E402
from desktop.errors import DomainError  # noqa: E402
from desktop.loan_allocation import allocate, payoff_split, share_state  # noqa: E402
from desktop.loan_products import seed_loan_products  # noqa: E402
from desktop.loan_queries import list_loans, loan_detail, share_card  # noqa: E402
from desktop.loan_schedule import PERIOD_DAYS, round_rupiah, schedule  # noqa: E402
from desktop.loan_settings import RULE_SETS, classify, loan_settings  # noqa: E402
from desktop.loans import get_share, repay, reverse_payment, share_check, state_of  # noqa: E402
from desktop.nik import FEMALE, MALE  # noqa: E402
from desktop.settings import get_setting, put_setting  # noqa: E402
from tools.bench_common import Marks, base_parser, insert_rows, machine, profiled, summary  # noqa: E402
from tools.benchmark_register import (  # noqa: E402
    ADMIN_PASSWORD,
    GROUPS,
    MEMBERS,
    books_path,
    ensure_dataset,
)
from tools.benchmark_savings import _copy_books, receipt_number  # noqa: E402

LOANS = 20_000
BOOKS_FILE = "loans.sqlite3"
DATASET_SETTING = "benchmark.loans"  # written last, in the generator's one transaction
GENERATOR = 1  # raised when the generator changes, so that older books are made again
REPORT_TARGET_S, REPAY_TARGET_MS = 1.0, 50.0
REPORT_RUNS, REPAYMENTS, REVERSALS, CARDS = 5, 200, 50, 20
TREASURER_USERNAME, CHAIR_USERNAME = "bendahara", "ketua"

LENDING_DAYS = 1430  # the first application, before the books' day: nearly four years
GROWTH = 1.5  # the office lends this many times as much in its last month as in its first
MENTORS = 40
NEVER_BORROW = 0.1  # groups that only save
SINGLE = 0.15  # loans to one member rather than to a group
WHOLE_GROUP = 0.02  # group loans that (nearly) every member of the group takes part in
GROUP_SIZES = ((3, 10), (4, 16), (5, 18), (6, 16), (7, 12), (8, 10), (9, 8), (10, 10))
WAIT_BEFORE_FIRST = 30  # days a member is in the office before a first loan
REJECTED, CANCELLED = 0.012, 0.004  # applications besides the disbursed loans, of their number
OPEN_APPLIED, OPEN_APPROVED = 25, 15  # applications still waiting on the books' day

BIWEEKLY_PRODUCT = ("PD", "Pinjaman Dua Mingguan", "annuity", "1.25", "biweekly", 12, 26, 0, "1",
                    1_000_000, 5_000_000)
# Product code: (weight for a group loan, weight for a loan to one member, (term, weight)...,
# smallest first loan, step of the amounts).
LENDING = {
    "PB": (0.45, 0.25, ((10, 7), (12, 3)), 500_000, 100_000),
    "PM": (0.28, 0.05, ((25, 6), (20, 2), (40, 1), (50, 1)), 300_000, 50_000),
    "PD": (0.15, 0.10, ((12, 4), (20, 3), (26, 3)), 500_000, 100_000),
    "PU": (0.12, 0.60, ((12, 5), (18, 3), (24, 2)), 1_000_000, 250_000),
}
PURPOSES = ("Tambah modal warung kelontong", "Modal dagang sayur keliling", "Beli mesin jahit",
            "Modal usaha gorengan", "Tambah stok pakaian", "Modal dagang ikan asin",
            "Beli etalase dan bahan kue", "Modal usaha laundry kiloan", "Beli gerobak",
            "Modal jualan pulsa dan token listrik", "Bahan baku kerupuk", "Modal usaha jamu")
REJECT_REASONS = ("Usaha belum berjalan", "Kelompok belum melunasi tunggakan",
                  "Anggota belum cukup lama bergabung", "Jaminan kelompok belum lengkap")
CANCEL_REASONS = ("Kelompok tidak jadi meminjam", "Anggota pindah domisili",
                  "Diganti pengajuan baru")
WRITE_OFF_REASONS = ("Usaha bangkrut, tidak mampu membayar", "Anggota pindah tanpa alamat",
                     "Meninggal dunia", "Tidak dapat ditagih setelah kunjungan berulang")
MISTAKE_REASON = "Salah input jumlah"
PAYOFF_NOTE = "Pelunasan dipercepat"

# Sources of capital, and the pools they fund: (pool, source, kind, opened days after the first
# application (negative: before), first capital, weight of new loans from it).
POOLS = (
    ("Dana Bergulir BLM PNPM", "BLM PNPM Mandiri Perkotaan", "pnpm", -60, 4_000_000_000, 0.45),
    ("Dana Bergulir Kota", "Dana Bergulir Pemerintah Kota (APBD)", "city", 300, 2_500_000_000, 0.30),
    ("Dana CSR Usaha Mikro", "CSR PT Sinar Pesisir Sejahtera", "csr", 730, 1_000_000_000, 0.10),
    ("Modal Sendiri", "Modal sendiri lembaga", "own", -30, 750_000_000, 0.15),
)
TOP_UP_STEP = 250_000_000  # a pool that runs dry gets more capital from its source, in these

# How members pay: (share of members, chance of missing an installment, of paying only part of
# one, of stopping paying on a loan altogether). Most pay at every meeting, some are often late,
# a few are risky.
HABITS = ((0.75, 0.02, 0.02, 0.006), (0.18, 0.12, 0.08, 0.05), (0.07, 0.25, 0.12, 0.30))
PAYOFF = 0.08  # shares paid off early
CATCH_UP = 0.6  # a member behind pays all of it at the next meeting; otherwise the installment
COVER = 0.4  # the group covers a missed installment of a group loan
COVER_REPAID = 0.8  # ... and the member pays the group back within two months
DEFAULT_COVERED = 0.35  # the group covers one to three installments after a member stops
AFTER_DEFAULT = 0.3  # a member who stopped pays a little now and then
WRITE_OFF = 0.35  # shares stopped over a year ago, written off nine to eighteen months after
MISTAKE = 0.003  # payments posted with a wrong amount, reversed at once and posted again
TRANSFER = 0.15  # payments by bank transfer rather than cash
OPENS, OPEN_SECONDS = 8 * 3600, 8 * 3600  # posted_at spreads a day's payments over office hours
VERIFY_EVERY = 40  # every 40th share's splits are checked against desktop.loan_allocation
NEVER = 10**9  # an ordinal later than any day: a member who may not borrow again


# --------------------------------------------------------------------------- the data set


def loans_path(data_dir: Path) -> Path:
    return data_dir / BOOKS_FILE


def ensure_loans(data_dir: Path, loans: int, seed: int) -> dict:
    """Make sure complete loan books are in *data_dir*; return the seconds spent on them
    (empty when the ones already there were reused)."""
    register = ensure_dataset(data_dir, MEMBERS, GROUPS, seed)
    path = loans_path(data_dir)
    if loans_complete(path, loans, seed):
        return {} if register is None else {"register": register}
    made = generate_loans(books_path(data_dir), path, loans, seed)
    if register is not None:
        made["register"] = register
    return made


def dataset_mark() -> dict:
    text = get_setting(DATASET_SETTING)
    return json.loads(text) if text else {}


def loans_complete(path: Path, loans: int, seed: int) -> bool:
    """True when *path* holds the whole data set as the generator's last step left it; a run
    that stopped before taking its repayments back leaves more payments and fails this."""
    if not path.exists():
        return False
    try:
        open_books(path, path.parent / "cadangan")
    except DomainError:
        return False
    try:
        mark = dataset_mark()
        receipts = Counter.get_or_none(Counter.name == "receipt")
        return (_tables_current()
                and mark.get("generator") == GENERATOR and mark.get("loans") == loans
                and mark.get("seed") == seed and mark.get("as_of") == dt.date.today().isoformat()
                and Loan.select().where(Loan.disbursed_on.is_null(False)).count() == loans
                and LoanPayment.select().count() == mark.get("payments")
                and PoolEntry.select().count() == mark.get("pool_entries")
                and GroupDebtEntry.select().count() == mark.get("group_debts")
                and AuditRecord.select().count() == mark.get("audit")
                and receipts is not None and receipts.last_value == mark.get("payments"))
    finally:
        close_database()


def _tables_current() -> bool:
    """True when the loan tables have every column of their models: while the loan tables are
    not yet released their schema changes without a migration, and older books are made again."""
    for model in CAPITAL_MODELS:
        have = {column.name for column in database.get_columns(model._meta.table_name)}
        if not {field.column_name for field in model._meta.sorted_fields} <= have:
            return False
    return True


def _renew_loan_tables() -> None:
    """Give the copy the loan tables as the models are now, when the register's books were
    brought to an earlier form of them; they hold nothing but the default products."""
    if Loan.select().exists() or CapitalPool.select().exists():
        raise RuntimeError("the register's books hold loans; generate them again")
    with database.atomic():
        database.drop_tables(CAPITAL_MODELS)
        database.create_tables(CAPITAL_MODELS)
        seed_loan_products()


@dataclass(frozen=True)
class _Plan:
    """A share's schedule as the generator uses it, with running totals from the first."""

    rows: list  # desktop.loan_schedule.Row, to check splits against desktop.loan_allocation
    dues: list[int]  # due dates as ordinals
    amounts: list[int]  # principal + jasa of each installment
    cum_p: list[int]  # principal due up to each installment, from 0
    cum_j: list[int]

    @classmethod
    def of(cls, rows: list) -> _Plan:
        cum_p, cum_j = [0], [0]
        for row in rows:
            cum_p.append(cum_p[-1] + row.principal)
            cum_j.append(cum_j[-1] + row.jasa)
        return cls(rows, [r.due_on.toordinal() for r in rows], [r.amount for r in rows],
                   cum_p, cum_j)


class _Standing:
    """A share's totals paid, and what desktop.loan_allocation makes of them on a day, without
    building every installment's state: jasa and principal are each paid oldest first, so the
    totals alone tell what is overdue and what is current."""

    __slots__ = ("plan", "paid_p", "paid_j")

    def __init__(self, plan: _Plan) -> None:
        self.plan, self.paid_p, self.paid_j = plan, 0, 0

    def parts(self, day: int) -> tuple[int, int, int, int]:
        """Overdue jasa, overdue principal, current jasa, current principal at the start of *day*."""
        plan = self.plan
        n = bisect_left(plan.dues, day)  # installments due before the day
        cum_p, cum_j = plan.cum_p, plan.cum_j
        over_j, over_p = max(0, cum_j[n] - self.paid_j), max(0, cum_p[n] - self.paid_p)
        if n == len(plan.dues):
            return over_j, over_p, 0, 0
        return (over_j, over_p, max(0, cum_j[n + 1] - max(self.paid_j, cum_j[n])),
                max(0, cum_p[n + 1] - max(self.paid_p, cum_p[n])))

    def due_now(self, day: int) -> int:
        return sum(self.parts(day))

    def split(self, day: int, amount: int) -> tuple[int, int]:
        """(principal, jasa) of *amount* paid on *day*, at most what is due now."""
        over_j, over_p, cur_j, cur_p = self.parts(day)
        jasa = min(amount, over_j)
        principal = min(amount - jasa, over_p)
        more_j = min(amount - jasa - principal, cur_j)
        more_p = min(amount - jasa - principal - more_j, cur_p)
        assert jasa + principal + more_j + more_p == amount, "more than is due"
        return principal + more_p, jasa + more_j

    def payoff(self, day: int) -> tuple[int, int]:
        over_j, _over_p, cur_j, _cur_p = self.parts(day)
        return self.plan.cum_p[-1] - self.paid_p, over_j + cur_j

    def settled(self, kind: str) -> bool:
        """As desktop.loans closes a share after a payment."""
        return self.paid_p >= self.plan.cum_p[-1] and (self.paid_j >= self.plan.cum_j[-1]
                                                       or kind == "payoff")


class _Ledgers:
    """What the generator writes besides loans, shares and installments, as columns in the
    order it was made; payments are numbered only after sorting them by date."""

    def __init__(self) -> None:
        # payments: day, share, kind, principal, jasa, method, note, index of the one reversed
        self.pay: list[tuple] = []
        # group debts: day, member, group, kind, amount, index of the cover payment, note
        self.debt: list[tuple] = []
        # write-offs: day, share, amount, note
        self.written: list[tuple] = []


@dataclass
class _Office:
    """The borrowers as the generator sees them, and what it has made so far."""

    rng: random.Random
    today: int  # the books' day, as an ordinal
    products: dict[str, LoanProduct]
    pools: list[tuple[int, int, float]]  # id, opened (ordinal), weight of new loans
    users: dict[str, int]  # treasurer, chair, secretary
    mentor_of: dict[int, int]  # group -> the mentor who looks after it
    group_members: dict[int, list[tuple[int, int]]]  # group -> (joined, member), active ones
    groups: list[int]
    group_weights: list[float]
    active: list[int]  # active members
    joined: dict[int, int]
    who: dict[int, tuple[str, str]]  # member -> number, name
    habit: dict[int, tuple]
    free_from: dict[int, int] = field(default_factory=dict)  # member -> may borrow from this day
    last_amount: dict[int, int] = field(default_factory=dict)  # member -> their last share
    open_groups: set[int] = field(default_factory=set)  # groups with an application waiting
    led: _Ledgers = field(default_factory=_Ledgers)
    loans: list[tuple] = field(default_factory=list)
    shares: list[tuple] = field(default_factory=list)
    installments: list[tuple] = field(default_factory=list)
    pool_moves: list[tuple] = field(default_factory=list)  # disbursements and fees
    loan_pool: dict[int, int] = field(default_factory=dict)
    share_loan: list[int] = field(default_factory=lambda: [0])  # by share id
    share_member: list[int] = field(default_factory=lambda: [0])
    verified: int = 0
    tally: Tally = field(default_factory=Tally)


def _verify(office: _Office, standing: _Standing, day: int, kind: str, amount: int,
            split: tuple[int, int]) -> None:
    """Check a split against the program's own allocation."""
    state = share_state(standing.plan.rows, standing.paid_p, standing.paid_j,
                        dt.date.fromordinal(day))
    expected = payoff_split(state) if kind == "payoff" else allocate(state, amount, False)
    if expected != split or state.due_now != standing.due_now(day):
        raise RuntimeError(f"the generator split {amount} on {dt.date.fromordinal(day)} as "
                           f"{split}, desktop.loan_allocation as {expected}")
    office.verified += 1


def _post(office: _Office, share: int, standing: _Standing, day: int, kind: str, amount: int,
          check: bool, note: str = "") -> int:
    """One payment on a share, split as desktop.loans would split it; its index."""
    split = standing.payoff(day) if kind == "payoff" else standing.split(day, amount)
    if check:
        _verify(office, standing, day, kind, amount, split)
    principal, jasa = split
    standing.paid_p += principal
    standing.paid_j += jasa
    method = "transfer" if office.rng.random() < TRANSFER else "cash"
    office.led.pay.append((day, share, kind, principal, jasa, method, note, -1))
    office.tally[kind] += 1
    return len(office.led.pay) - 1


def _repayment(office: _Office, share: int, standing: _Standing, day: int, amount: int,
               check: bool) -> None:
    """A repayment; now and then first posted with a wrong amount and reversed at once."""
    rng = office.rng
    if amount >= 10_000 and rng.random() < MISTAKE:
        wrong = _post(office, share, standing, day, "repayment", amount // 10, check)
        _day, _share, _kind, principal, jasa, method, _note, _rev = office.led.pay[wrong]
        standing.paid_p -= principal
        standing.paid_j -= jasa
        office.led.pay.append((day, share, "reversal", -principal, -jasa, method, MISTAKE_REASON,
                               wrong))
        office.tally["reversal"] += 1
    _post(office, share, standing, day, "repayment", amount, check)


def _cover(office: _Office, share: int, standing: _Standing, day: int, amount: int,
           member: int, group: int, number: str, check: bool, repaid: float) -> int:
    """The group pays the member's installment and the member owes it to the group; the day
    the member pays the group back (NEVER: still owes it, so no new loan)."""
    rng = office.rng
    index = _post(office, share, standing, day, "cover", amount, check)
    office.led.debt.append((day, member, group, "cover", amount, index, number))
    back = day + rng.randint(7, 60)
    if rng.random() < repaid and back <= office.today:
        office.led.debt.append((back, member, group, "repayment", -amount, -1, ""))
        return back
    return NEVER


def _jitter(rng: random.Random, period: int, habit: int) -> int:
    """Days after the due date a member pays (before it: at the meeting before)."""
    if habit == 0:
        return rng.choice((-1, 0, 0, 0, 0, 0, 1)) if period < 30 else rng.randint(-3, 2)
    return rng.randint(0, min(period - 2, 12 if habit == 1 else 25))


def _simulate_share(office: _Office, share: int, plan: _Plan, start: int, period: int,
                    member: int, group: int | None, number: str) -> tuple:
    """The payments of one share from its disbursement to the books' day; the share's row
    values (paid principal, paid jasa, written off, status, closed on)."""
    rng, today = office.rng, office.today
    habit = office.habit[member]
    _weight, skip, partial, default = HABITS[habit]
    check = share % VERIFY_EVERY == 0
    standing = _Standing(plan)
    count = len(plan.dues)
    stop = rng.randrange(count) if rng.random() < default else None
    payoff = (rng.randint(max(1, count * 3 // 10), max(1, count * 8 // 10))
              if stop is None and rng.random() < PAYOFF else None)
    last, closed, owes_until = start, None, 0
    for k in range(count):
        if stop is not None and k >= stop:
            break
        day = max(last, plan.dues[k] + _jitter(rng, period, habit))
        if day > today:
            break
        if k == payoff:
            _post(office, share, standing, day, "payoff", 0, check, PAYOFF_NOTE)
            last = closed = day
            break
        if rng.random() < skip:
            amount = min(plan.amounts[k], standing.due_now(day))
            if group is not None and amount > 0 and rng.random() < COVER:
                owes_until = max(owes_until, _cover(office, share, standing, day, amount, member,
                                                    group, number, check, COVER_REPAID))
                last = day
                if standing.settled("cover"):
                    closed = day
                    break
            continue
        due_now = standing.due_now(day)
        amount = plan.amounts[k]
        if due_now > amount and rng.random() < CATCH_UP:
            amount = due_now
        if rng.random() < partial:
            amount = max(1_000, int(amount * rng.uniform(0.3, 0.8)) // 1_000 * 1_000)
        amount = min(amount, due_now)
        if amount <= 0:
            continue
        _repayment(office, share, standing, day, amount, check)
        last = day
        if standing.settled("repayment"):
            closed = day
            break
    if closed is None and stop is None:
        # Whoever fell behind settles the rest after the last due date, in up to three goes.
        day = max(last, plan.dues[-1])
        for _ in range(3):
            day += rng.randint(3, 2 * period)
            if day > today:
                break
            due_now = standing.due_now(day)
            amount = due_now if rng.random() < 0.6 else max(min(due_now, 1_000), due_now // 2)
            if amount <= 0:
                break
            _repayment(office, share, standing, day, amount, check)
            last = day
            if standing.settled("repayment"):
                closed = day
                break
    written_off = 0
    if stop is not None:
        first_missed = plan.dues[stop]
        if group is not None and rng.random() < DEFAULT_COVERED:
            for k in range(stop, min(count, stop + rng.randint(1, 3))):
                day = max(last, plan.dues[k])
                amount = min(plan.amounts[k], standing.due_now(day))
                if day > today or amount <= 0:
                    break
                owes_until = max(owes_until, _cover(office, share, standing, day, amount,
                                                    member, group, number, check, 0.2))
                last = day
        if first_missed < today and rng.random() < AFTER_DEFAULT and today > last + 14:
            for day in sorted(rng.randint(last + 14, today) for _ in range(rng.randint(1, 3))):
                due_now = standing.due_now(day)
                amount = min(due_now, max(1_000, int(plan.amounts[0] * rng.uniform(0.1, 0.5))
                                          // 1_000 * 1_000))
                if amount > 0 and not standing.settled("repayment"):
                    _repayment(office, share, standing, day, amount, check)
                    last = day
        if standing.settled("repayment"):
            closed = last
        elif today - first_missed > 365 and rng.random() < WRITE_OFF:
            day = max(last, first_missed + rng.randint(270, min(540, today - first_missed)))
            written_off = plan.cum_p[-1] - standing.paid_p
            office.led.written.append((day, share, written_off, rng.choice(WRITE_OFF_REASONS)))
            office.tally["writeoff"] += 1
            closed = day
    if closed is None:
        status = "active"
        office.free_from[member] = NEVER
    elif written_off:
        status = "written_off"
        office.free_from[member] = NEVER
    else:
        status = "paid"
        office.free_from[member] = max(closed + rng.randint(0, 60), owes_until)
    return (standing.paid_p, standing.paid_j, written_off, status,
            dt.date.fromordinal(closed).isoformat() if closed else None)


def _application_days(rng: random.Random, today: int, count: int) -> list[int]:
    """*count* days over the lending years, more of them as the office grew."""
    first = today - LENDING_DAYS
    days = list(range(first, today - 5))
    weights = [1 + (GROWTH - 1) * i / len(days) for i in range(len(days))]
    return rng.choices(days, weights=weights, k=count)


def _eligible(office: _Office, members: list[tuple[int, int]], day: int) -> list[int]:
    free_from = office.free_from
    return [m for joined, m in members
            if joined + WAIT_BEFORE_FIRST <= day and free_from.get(m, 0) <= day]


def _borrowers(office: _Office, day: int, single: bool) -> tuple[int | None, list[int]]:
    """A group and the members who borrow, or one member; ([], ) when nobody can."""
    rng = office.rng
    if not single:
        for _ in range(40):
            group = rng.choices(office.groups, cum_weights=office.group_weights)[0]
            if group in office.open_groups:
                continue
            free = _eligible(office, office.group_members[group], day)
            if len(free) < 3:
                continue
            if len(free) >= 15 and rng.random() < WHOLE_GROUP:
                return group, rng.sample(free, min(len(free), 25))
            size = rng.choices([s for s, _w in GROUP_SIZES], weights=[w for _s, w in GROUP_SIZES])[0]
            return group, rng.sample(free, min(size, len(free)))
    for _ in range(500):
        member = rng.choice(office.active)
        if (office.joined[member] + WAIT_BEFORE_FIRST <= day
                and office.free_from.get(member, 0) <= day):
            return None, [member]
    return None, []


def _amount(office: _Office, product: LoanProduct, member: int) -> int:
    """A member's share: a first loan within the product's first-loan limit, a later one a
    little larger than the last."""
    rng = office.rng
    low, step = LENDING[product.code][3], LENDING[product.code][4]
    last = office.last_amount.get(member)
    if last is None:
        top = product.first_loan_max or product.max_amount
        return rng.randrange(low, top + 1, step)
    grown = last * (rng.uniform(0.6, 1.0) if rng.random() < 0.15 else rng.uniform(1.0, 1.5))
    return max(low, min(product.max_amount, int(grown) // step * step))


def _pool_for(office: _Office, day: int) -> int:
    open_pools = [(pool, weight) for pool, opened, weight in office.pools if opened <= day]
    return office.rng.choices([p for p, _w in open_pools], weights=[w for _p, w in open_pools])[0]


def _lend(office: _Office, loan_id: int, applied: int, status: str) -> bool:
    """One application and, when disbursed, its schedules and payments; False when nobody
    could borrow that day."""
    rng, today = office.rng, office.today
    single = rng.random() < SINGLE
    group, members = _borrowers(office, applied, single)
    if not members:
        return False
    weights = [LENDING[code][1 if group is None else 0] for code in LENDING]
    product = office.products[rng.choices(list(LENDING), weights=weights)[0]]
    terms = LENDING[product.code][2]
    term = rng.choices([t for t, _w in terms], weights=[w for _t, w in terms])[0]
    amounts = [(m, _amount(office, product, m)) for m in members]
    principal = sum(a for _m, a in amounts)
    number = f"PJ{loan_id:06d}"
    fee = round_rupiah(Decimal(principal) * Decimal(product.admin_fee) / 100)
    applied_by = office.mentor_of[group] if group is not None else office.users["secretary"]
    decided = disbursed = pool = decided_by = disbursed_by = None
    note, version = "", 1
    if status != "applied":
        decided = min(today, applied + rng.randint(1, 6))
        decided_by, version = office.users["chair"], 2
    if status == "rejected":
        note = rng.choice(REJECT_REASONS)
    elif status == "cancelled":
        note = rng.choice(CANCEL_REASONS)
        if rng.random() < 0.5:  # withdrawn before the decision
            decided = decided_by = None
            version = 1
        version += 1
    elif status == "active":
        disbursed = min(today, decided + rng.randint(0, 4))
        pool = _pool_for(office, disbursed)
        disbursed_by, version = office.users["treasurer"], 3
    elif status in ("applied", "approved"):
        if group is not None:
            office.open_groups.add(group)
        for m in members:
            office.free_from[m] = NEVER
    rate = Decimal(product.rate)
    running = False
    plans: dict[int, _Plan] = {}  # equal shares of one loan have one schedule
    for member, amount in amounts:
        share = len(office.share_loan)
        office.share_loan.append(loan_id)
        office.share_member.append(member)
        if disbursed is None:
            office.shares.append((share, loan_id, member, amount, 0, 0, 0, 0, "pending", None))
            continue
        plan = plans.get(amount)
        if plan is None:
            plan = plans[amount] = _Plan.of(schedule(amount, rate, product.method,
                                                     product.frequency, term,
                                                     dt.date.fromordinal(disbursed), product.grace))
        office.installments += [(share, r.seq, r.due_on.isoformat(), r.principal, r.jasa,
                                 plan.cum_p[r.seq], plan.cum_j[r.seq]) for r in plan.rows]
        office.last_amount[member] = amount
        paid_p, paid_j, written_off, share_status, closed = _simulate_share(
            office, share, plan, disbursed, PERIOD_DAYS[product.frequency], member, group, number)
        running = running or share_status == "active"
        office.shares.append((share, loan_id, member, amount, plan.cum_j[-1], paid_p, paid_j,
                              written_off, share_status, closed))
    if disbursed is not None:
        status = "active" if running else "closed"
        version += 0 if running else 1
        office.loan_pool[loan_id] = pool
        office.pool_moves.append((disbursed, 2, loan_id, 0, pool, "disbursement", -principal,
                                  principal, loan_id, ""))
        if fee:
            office.pool_moves.append((disbursed, 2, loan_id, 1, pool, "fee", fee, 0, loan_id, ""))
    office.loans.append((
        loan_id, number, product.id, group, None if group is not None else members[0], pool,
        rng.choice(PURPOSES), principal, product.method, product.rate, product.frequency, term,
        product.grace, fee, status, dt.date.fromordinal(applied).isoformat(), applied_by,
        _iso(decided), decided_by, note, _iso(disbursed), disbursed_by, version))
    return True


def _iso(day: int | None) -> str | None:
    return dt.date.fromordinal(day).isoformat() if day is not None else None


def _posted(days: list[int]) -> list[str]:
    """A time of posting for each of a sorted list of days, spread over the day's office hours."""
    per_day = Tally(days)
    out, day, position = [], None, 0
    for d in days:
        if d != day:
            day, position = d, 0
            iso = dt.date.fromordinal(d).isoformat()
        seconds = OPENS + position * OPEN_SECONDS // per_day[d]
        position += 1
        out.append(f"{iso} {seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}")
    return out


def _office(rng: random.Random, today: int) -> _Office:
    """Users, mentors for the groups, pools and the fourth product; and the borrowers."""
    password = hash_password(ADMIN_PASSWORD)
    created = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    people = [(TREASURER_USERNAME, "Sri Wahyuni", TREASURER), (CHAIR_USERNAME, "H. Bambang Suryadi", CHAIR),
              ("sekretaris", "Dewi Lestari", SECRETARY)]
    people += [(f"pendamping{i:02d}", data.random_name(rng, rng.choice((FEMALE, MALE))), MENTOR)
               for i in range(1, MENTORS + 1)]
    insert_rows(database, User, ("username", "full_name", "role", "password_hash", "active",
                                 "created_at", "version"),
                [(u, n, r, password, True, created, 1) for u, n, r in people])
    ids = dict(User.select(User.username, User.id).tuples())
    users = {"treasurer": ids[TREASURER_USERNAME], "chair": ids[CHAIR_USERNAME],
             "secretary": ids["sekretaris"]}
    mentors = [ids[f"pendamping{i:02d}"] for i in range(1, MENTORS + 1)]
    # A mentor looks after the groups of a few neighbouring kelurahan.
    groups = list(Group.select(Group.id).order_by(Group.kecamatan, Group.kelurahan, Group.id).tuples())
    mentor_of = {g: mentors[i * MENTORS // len(groups)] for i, (g,) in enumerate(groups)}
    database.cursor().executemany('UPDATE "community_group" SET "mentor_id" = ? WHERE "id" = ?',
                                  [(m, g) for g, m in mentor_of.items()])
    code, name, method, rate, frequency, term, max_term, grace, fee, first, most = BIWEEKLY_PRODUCT
    LoanProduct.insert(code=code, name=name, method=method, rate=rate, frequency=frequency,
                       term=term, max_term=max_term, grace=grace, admin_fee=fee,
                       first_loan_max=first, max_amount=most).on_conflict_ignore().execute()
    products = {p.code: p for p in LoanProduct.select() if p.code in LENDING}
    first_day = today - LENDING_DAYS
    pools = []
    for pool_name, source_name, kind, opened, _capital, weight in POOLS:
        source = CapitalSource.create(name=source_name, kind=kind)
        pool = CapitalPool.create(source=source.id, name=pool_name,
                                  opened_on=dt.date.fromordinal(first_day + opened))
        pools.append((pool.id, first_day + opened, weight))
    group_members: dict[int, list[tuple[int, int]]] = {g: [] for g, in groups}
    joined, who, habit = {}, {}, {}
    habits = [h[0] for h in HABITS]
    for member, group, join_date, number, name in (
            Member.select(Member.id, Member.group, Member.join_date, Member.number, Member.name)
            .where(Member.status == "active").order_by(Member.id).tuples()):
        joined[member] = join_date.toordinal()
        who[member] = (number, name)
        habit[member] = rng.choices(range(len(HABITS)), weights=habits)[0]
        if group is not None:
            group_members[group].append((join_date.toordinal(), member))
    borrowing = [g for g, in groups if rng.random() >= NEVER_BORROW]
    cum, total = [], 0.0
    for g in borrowing:
        total += len(group_members[g]) * rng.lognormvariate(0, 0.6)
        cum.append(total)
    return _Office(rng, today, products, pools, users, mentor_of, group_members, borrowing, cum,
                   list(joined), joined, who, habit)


LOAN_COLUMNS = ("id", "number", "product", "group", "member", "pool", "purpose", "principal",
                "method", "rate", "frequency", "term", "grace", "admin_fee", "status",
                "applied_on", "applied_by", "decided_on", "decided_by", "decision_note",
                "disbursed_on", "disbursed_by", "version")
SHARE_COLUMNS = ("id", "loan", "member", "principal", "jasa", "paid_principal", "paid_jasa",
                 "written_off", "status", "closed_on")
INSTALLMENT_COLUMNS = ("share", "seq", "due_on", "principal", "jasa")
RUNNING_TOTALS = ("cum_principal", "cum_jasa")  # on each installment, where the books keep them
PAYMENT_COLUMNS = ("id", "share", "on", "kind", "amount", "principal", "jasa", "method", "note",
                   "receipt_number", "reverses", "user", "posted_at")
POOL_COLUMNS = ("id", "pool", "on", "kind", "cash", "lent", "loan", "payment", "reverses", "note",
                "user", "posted_at")
DEBT_COLUMNS = ("id", "member", "group", "on", "kind", "amount", "payment", "reverses", "note",
                "user", "posted_at")


def _simulate(office: _Office, loans: int) -> None:
    """Every application in order of its day, each disbursed one with its whole history."""
    rng, today = office.rng, office.today
    slots = [(day, "active") for day in _application_days(rng, today, loans)]
    slots += [(day, "rejected") for day in _application_days(rng, today, round(loans * REJECTED))]
    slots += [(day, "cancelled") for day in _application_days(rng, today, round(loans * CANCELLED))]
    slots += [(today - rng.randint(0, 14), "applied") for _ in range(OPEN_APPLIED)]
    slots += [(today - rng.randint(5, 20), "approved") for _ in range(OPEN_APPROVED)]
    slots.sort()
    loan_id = 0
    for day, status in slots:
        for tries in range(30):
            if _lend(office, loan_id + 1, min(today, day + tries), status):
                loan_id += 1
                break
        else:
            raise RuntimeError(f"nobody could borrow around {dt.date.fromordinal(day)}")


def _payment_rows(office: _Office, user: int) -> tuple[list[tuple], list[int]]:
    """The payments numbered in date order as rows of LoanPayment, and each one's id by its
    index in the order made."""
    pay = office.led.pay
    order = sorted(range(len(pay)), key=lambda i: (pay[i][0], i))
    id_of = [0] * len(pay)
    for rank, index in enumerate(order, start=1):
        id_of[index] = rank
    posted = _posted([pay[i][0] for i in order])
    rows = []
    for rank, index in enumerate(order, start=1):
        day, share, kind, principal, jasa, method, note, reverses = pay[index]
        cancelled = id_of[reverses] if reverses >= 0 else None
        if cancelled is not None:
            note = f"{receipt_number(cancelled)}: {note}"  # as reverse_payment writes it
        rows.append((rank, share, dt.date.fromordinal(day).isoformat(), kind, principal + jasa,
                     principal, jasa, method, note, receipt_number(rank), cancelled, user,
                     posted[rank - 1]))
    return rows, id_of


def _pool_rows(office: _Office, payments: list[tuple], users: dict[str, int]) -> tuple[list[tuple], int]:
    """The pools' ledgers as rows of PoolEntry, in date order, with the capital each source
    paid in: the first at the opening, more whenever a pool would not have had the cash for a
    loan; and how many top-ups that took."""
    treasurer, chair = users["treasurer"], users["chair"]
    moves = list(office.pool_moves)  # day, class, tie, tie, pool, kind, cash, lent, loan, note
    for (pool, opened, _w), spec in zip(office.pools, POOLS, strict=True):
        moves.append((opened, 0, 0, 0, pool, "capital", spec[4], 0, None,
                      f"Modal awal dari {spec[1]}"))
    for pid, share, on, kind, amount, principal, _jasa, *_rest in payments:
        loan = office.share_loan[share]
        moves.append((dt.date.fromisoformat(on).toordinal(), 1, pid, 0, office.loan_pool[loan],
                      "reversal" if kind == "reversal" else "repayment", amount, -principal, loan,
                      ""))
    for day, share, amount, reason in office.led.written:
        loan = office.share_loan[share]
        number, name = office.who[office.share_member[share]]
        moves.append((day, 3, share, 0, office.loan_pool[loan], "writeoff", 0, -amount, loan,
                      f"{number} {name}: {reason}"))
    moves.sort(key=lambda m: m[:4])
    available = {pool: 0 for pool, _o, _w in office.pools}
    top_ups = []
    for move in moves:
        day, pool, cash = move[0], move[4], move[6]
        if available[pool] + cash < 0:
            need = -(available[pool] + cash)
            amount = -(-need // TOP_UP_STEP) * TOP_UP_STEP
            top_ups.append((day, 0, len(top_ups) + 1, 0, pool, "capital", amount, 0, None,
                            "Tambahan modal dari sumber"))
            available[pool] += amount
        available[pool] += cash
    moves += top_ups
    moves.sort(key=lambda m: m[:4])
    entry_of_payment = {}
    posted = _posted([m[0] for m in moves])
    rows = []
    for entry, (day, kind_order, tie, _t, pool, kind, cash, lent, loan, note) in enumerate(moves, 1):
        payment = tie if kind_order == 1 else None
        reverses = None
        if payment is not None:
            entry_of_payment[payment] = entry
            cancelled = payments[payment - 1][10]
            reverses = entry_of_payment[cancelled] if cancelled is not None else None
        user = chair if kind == "writeoff" else treasurer
        rows.append((entry, pool, dt.date.fromordinal(day).isoformat(), kind, cash, lent, loan,
                     payment, reverses, note, user, posted[entry - 1]))
    return rows, len(top_ups)


def _debt_rows(office: _Office, id_of: list[int], user: int) -> list[tuple]:
    debts = sorted(office.led.debt, key=lambda d: (d[0], d[5] if d[5] >= 0 else 0))
    posted = _posted([d[0] for d in debts])
    return [(i, member, group, dt.date.fromordinal(day).isoformat(), kind, amount,
             id_of[payment] if payment >= 0 else None, None, note, user, posted[i - 1])
            for i, (day, member, group, kind, amount, payment, note) in enumerate(debts, 1)]


def generate_loans(register: Path, path: Path, loans: int, seed: int) -> dict:
    """Build the loan books at *path* from a copy of the *register* books; return the seconds
    of each step."""
    marks = Marks()
    _copy_books(register, path)
    with tempfile.TemporaryDirectory(prefix="berdaya-bench-") as backups:
        open_books(path, backups)  # brings the copy to the current schema and its products
    if not _tables_current():
        _renew_loan_tables()
    marks.mark("copy_and_migrate")
    today = dt.date.today()
    rng = random.Random(seed + 3)
    database.execute_sql("PRAGMA cache_size = -1000000")
    # This is a data generator: it writes the tables directly instead of going through the
    # operations of desktop/, which would take hours for two million payments.
    with database.atomic():
        office = _office(rng, today.toordinal())
        _simulate(office, loans)
        marks.mark("simulate")
        users = office.users
        payments, id_of = _payment_rows(office, users["treasurer"])
        pool_rows, top_ups = _pool_rows(office, payments, users)
        debt_rows = _debt_rows(office, id_of, users["treasurer"])
        marks.mark("sort")
        insert_rows(database, Loan, LOAN_COLUMNS, office.loans)
        insert_rows(database, LoanShare, SHARE_COLUMNS, office.shares)
        if all(name in Installment._meta.fields for name in RUNNING_TOTALS):
            insert_rows(database, Installment, INSTALLMENT_COLUMNS + RUNNING_TOTALS,
                        office.installments)
        else:
            insert_rows(database, Installment, INSTALLMENT_COLUMNS,
                        (row[:len(INSTALLMENT_COLUMNS)] for row in office.installments))
        insert_rows(database, LoanPayment, PAYMENT_COLUMNS, payments)
        insert_rows(database, PoolEntry, POOL_COLUMNS, pool_rows)
        insert_rows(database, GroupDebtEntry, DEBT_COLUMNS, debt_rows)
        available = Tally()
        for row in pool_rows:
            available[row[1]] += row[4]
        database.cursor().executemany('UPDATE "capital_pool" SET "available" = ? WHERE "id" = ?',
                                      [(a, p) for p, a in available.items()])
        Counter.insert(name="receipt", last_value=len(payments)).on_conflict_replace().execute()
        Counter.insert(name="loan", last_value=len(office.loans)).on_conflict_replace().execute()
        put_setting(DATASET_SETTING, json.dumps({
            "generator": GENERATOR, "loans": loans, "seed": seed, "as_of": today.isoformat(),
            "payments": len(payments), "pool_entries": len(pool_rows),
            "group_debts": len(debt_rows), "audit": AuditRecord.select().count()}))
    marks.mark("insert")
    problems = []
    for table in ("loan", "loan_share", "installment", "loan_payment", "pool_entry",
                  "group_debt_entry", "community_group"):
        problems += database.execute_sql(f"PRAGMA foreign_key_check({table})").fetchall()
    if problems:
        close_database()
        raise RuntimeError(f"generated rows break {len(problems)} foreign keys, e.g. {problems[0]}")
    marks.mark("foreign_key_check")
    wrong_shares, wrong_pools = share_check(), pool_check()
    marks.mark("share_and_pool_check")
    close_database()
    if wrong_shares or wrong_pools:
        raise RuntimeError(f"{len(wrong_shares)} shares and {len(wrong_pools)} pools disagree with "
                           f"their entries, e.g. {(wrong_shares + wrong_pools)[0]}")
    made = dict(marks.seconds)
    made["loans"] = sum(v for k, v in made.items() if k != "share_and_pool_check")
    made["verified_splits"] = office.verified
    made["capital_top_ups"] = top_ups
    made["events"] = dict(office.tally)
    return made


# --------------------------------------------------------------------------- measurements


def describe() -> dict:
    """The data set's shape, read from the books."""
    def counts(query) -> dict:
        return {str(k): v for k, v in query.tuples()}

    per_loan = [n for (n,) in LoanShare.select(pw.fn.COUNT(LoanShare.id)).join(Loan)
                .where(Loan.group.is_null(False)).group_by(LoanShare.loan).tuples()]
    payments_per_share = [n for (n,) in LoanPayment.select(pw.fn.COUNT(LoanPayment.id))
                          .group_by(LoanPayment.share).tuples()]
    first, last = Loan.select(pw.fn.MIN(Loan.disbursed_on), pw.fn.MAX(Loan.disbursed_on)).tuples().get()
    return {
        "groups": Group.select().count(),
        "groups_borrowing": Loan.select(Loan.group).where(Loan.group.is_null(False)).distinct().count(),
        "members": Member.select().count(),
        "members_borrowing": LoanShare.select(LoanShare.member).distinct().count(),
        "mentors": Group.select(Group.mentor).distinct().count(),
        "loans_by_status": counts(Loan.select(Loan.status, pw.fn.COUNT(Loan.id)).group_by(Loan.status)),
        "group_loans": Loan.select().where(Loan.group.is_null(False)).count(),
        "single_loans": Loan.select().where(Loan.member.is_null(False)).count(),
        "loans_by_frequency": counts(Loan.select(Loan.frequency, pw.fn.COUNT(Loan.id))
                                     .where(Loan.disbursed_on.is_null(False)).group_by(Loan.frequency)),
        "shares_per_group_loan": {"min": min(per_loan), "median": statistics.median(per_loan),
                                  "max": max(per_loan)},
        "disbursed": [str(first), str(last)],
        "shares_by_status": counts(LoanShare.select(LoanShare.status, pw.fn.COUNT(LoanShare.id))
                                   .group_by(LoanShare.status)),
        "installments": Installment.select().count(),
        "payments_by_kind": counts(LoanPayment.select(LoanPayment.kind, pw.fn.COUNT(LoanPayment.id))
                                   .group_by(LoanPayment.kind)),
        "payments_per_share": {"median": statistics.median(payments_per_share),
                               "max": max(payments_per_share)},
        "pool_entries_by_kind": counts(PoolEntry.select(PoolEntry.kind, pw.fn.COUNT(PoolEntry.id))
                                       .group_by(PoolEntry.kind)),
        "group_debt_entries": GroupDebtEntry.select().count(),
        "pools": [{"name": p.name, "source": p.source_kind, "capital": p.capital,
                   "disbursed": p.disbursed, "out": p.out, "available": p.available,
                   "written_off": p.written_off} for p in pool_figures()],
    }


def _runs(work, *args, times: int) -> list[float]:
    seconds = []
    for _ in range(times):
        start = time.perf_counter()
        work(*args)
        seconds.append(time.perf_counter() - start)
    return seconds


def arrears_report(on: dt.date) -> dict[str, float]:
    """The arrears and kolektibilitas report as the program builds it: seconds of each step,
    and the processor time of the whole (what the work costs when no other program competes
    for the processor)."""
    marks = Marks()
    cpu = time.process_time()
    lines = share_arrears(on)
    marks.mark("share_arrears")
    for dimension in DIMENSIONS:
        portfolio(lines, dimension)
        marks.mark(f"portfolio {dimension}")
    arrears_list(lines)
    marks.mark("arrears_list")
    return {**marks.seconds, "cpu": time.process_time() - cpu}


def measure_report(on: dt.date, prof: bool) -> dict:
    runs = [arrears_report(on) for _ in range(REPORT_RUNS)]
    cpu = [run.pop("cpu") for run in runs]
    month_end = on.replace(day=1) - dt.timedelta(days=1)
    lines = share_arrears(on)
    total, _parts = portfolio(lines)
    settings = loan_settings()
    classes = {}
    for code in RULE_SETS:
        settings.kolek_rule = code
        classes[code] = dict(Tally(classify(settings, line.days_overdue, line.installments_overdue,
                                            line.frequency) for line in lines))
    figures = {
        "runs": runs,
        "totals": [sum(run.values()) for run in runs],
        "cpu": cpu,
        "shares": len(lines),
        "behind": len(arrears_list(lines)),
        "rule": loan_settings().kolek_rule,
        "classes": classes,
        "par": {days: total.par(days) for days in total.at_risk},
        "repayment_rate": total.repayment_rate,
        "outstanding": total.outstanding,
        "parts": {d: len(portfolio(lines, d)[1]) for d in DIMENSIONS},
        "month_end": month_end.isoformat(),
        "month_end_s": _runs(share_arrears, month_end, times=3),
    }
    if prof:
        profiled(True, "the arrears and kolektibilitas report", arrears_report, on)
    return figures


@dataclass(frozen=True)
class Sample:
    """The shares, loan and pool the measurements use."""

    running: list[int]  # random running shares, for the cards
    busiest_share: int  # the share with the most payments
    busiest_payments: int
    big_loan: int  # a group loan of (nearly) 20 members, running if there is one
    big_loan_members: int
    largest_pool: int  # the pool with the most entries
    largest_pool_entries: int


def pick_sample(seed: int) -> Sample:
    rng = random.Random(seed + 4)
    running = [s for (s,) in LoanShare.select(LoanShare.id).where(LoanShare.status == "active").tuples()]
    busiest, payments = (LoanPayment.select(LoanPayment.share, pw.fn.COUNT(LoanPayment.id))
                         .group_by(LoanPayment.share).order_by(pw.fn.COUNT(LoanPayment.id).desc())
                         .tuples().first())
    sizes = list(LoanShare.select(LoanShare.loan, pw.fn.COUNT(LoanShare.id), Loan.status).join(Loan)
                 .where(Loan.group.is_null(False) & Loan.disbursed_on.is_null(False))
                 .group_by(LoanShare.loan).tuples())
    loan, members, _status = min(sizes, key=lambda s: (abs(s[1] - 20), s[2] != "active", s[0]))
    pool, entries = (PoolEntry.select(PoolEntry.pool, pw.fn.COUNT(PoolEntry.id)).group_by(PoolEntry.pool)
                     .order_by(pw.fn.COUNT(PoolEntry.id).desc()).tuples().first())
    return Sample(rng.sample(running, CARDS), busiest, payments, loan, members, pool, entries)


def measure_reads(sample: Sample, on: dt.date, prof: bool) -> dict:
    """Seconds of each run of what the loans pages read, for information."""
    figures = {
        "share_card": [_runs(share_card, s, on, times=1)[0] for s in sample.running],
        "share_card_busiest": _runs(share_card, sample.busiest_share, on, times=3),
        "loan_detail": _runs(loan_detail, sample.big_loan, on, times=5),
        "pool_figures_all": _runs(pool_figures, times=3),
        "pool_figures_largest": _runs(pool_figures, sample.largest_pool, times=3),
        "rolling_largest": _runs(rolling, sample.largest_pool, times=3),
        "list_loans": _runs(list_loans, times=3),
        "list_loans_all": _runs(list_loans, None, None, None, "", 1_000_000, times=3),
    }
    figures["list_loans_rows"] = len(list_loans())
    figures["list_loans_all_rows"] = len(list_loans(limit=1_000_000))
    figures["rolling_loans"] = len(rolling(sample.largest_pool).loans)
    if prof:
        profiled(True, "rolling(the largest pool)", rolling, sample.largest_pool)
        profiled(True, "list_loans(everything)", list_loans, None, None, None, "", 1_000_000)
    return figures


def repayment_plan(seed: int, on: dt.date, count: int) -> list[tuple[int, int]]:
    """(share, amount) of repayments to random running shares, as the treasurer takes them at a
    meeting: all that is due now, the current installment, or part of it."""
    rng = random.Random(seed + 5)
    running = [s for (s,) in LoanShare.select(LoanShare.id).join(Member)
               .where((LoanShare.status == "active") & (Member.status == "active")).tuples()]
    plan = []
    for share in rng.sample(running, min(len(running), count * 2)):
        state = state_of(get_share(share), on)
        current = state.current_jasa + state.current_principal
        if state.due_now <= 0:
            continue
        pick = rng.random()
        if pick < 0.5 or current <= 0:
            amount = state.due_now
        elif pick < 0.8:
            amount = current
        else:
            amount = max(1_000, int(current * rng.uniform(0.3, 0.9)) // 1_000 * 1_000)
        plan.append((share, min(amount, state.due_now)))
        if len(plan) == count:
            break
    return plan


def measure_repayments(plan: list[tuple[int, int]], on: dt.date, reversals: int,
                       prof: bool) -> tuple[list[float], list[float], list[float]]:
    """Milliseconds of each repayment, posted and committed through desktop.loans.repay as the
    loans page posts it, with its processor time, and of reversing some of them; then
    everything they wrote is taken out again."""
    actor = login(TREASURER_USERNAME, ADMIN_PASSWORD)
    before = _snapshot([share for share, _amount in plan])
    cpu: list[float] = []

    def post_all() -> list[float]:
        times = []
        for share, amount in plan:
            start, started = time.perf_counter(), time.process_time()
            repay(actor, share, on, amount)
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - started) * 1000)
        return times

    def reverse_some() -> list[float]:
        posted = [p for (p,) in LoanPayment.select(LoanPayment.id)
                  .where(LoanPayment.id >= before["payment"]).order_by(LoanPayment.id)
                  .limit(reversals).tuples()]
        times = []
        for payment in posted:
            start = time.perf_counter()
            reverse_payment(actor, payment, MISTAKE_REASON, on)
            times.append((time.perf_counter() - start) * 1000)
        return times

    try:
        posted = profiled(prof, "repayments", post_all)
        reversed_ = reverse_some()
    finally:
        # Each run must measure the same books, so what the repayments and reversals wrote is
        # deleted, not reversed (see _take_back).
        _take_back(before)
    return posted, cpu, reversed_


def _snapshot(shares: list[int]) -> dict:
    """What the measured postings will change, to put back afterwards."""
    def first(model) -> int:
        return (model.select(pw.fn.MAX(model.id)).scalar() or 0) + 1

    loans = {s.loan_id for s in LoanShare.select(LoanShare.loan).where(LoanShare.id.in_(shares))}
    return {
        "payment": first(LoanPayment), "pool_entry": first(PoolEntry),
        "group_debt": first(GroupDebtEntry), "audit": first(AuditRecord),
        "receipts": Counter.get(Counter.name == "receipt").last_value,
        "shares": list(LoanShare.select(LoanShare.id, LoanShare.paid_principal, LoanShare.paid_jasa,
                                        LoanShare.status, LoanShare.closed_on)
                       .where(LoanShare.id.in_(shares)).tuples()),
        "loans": list(Loan.select(Loan.id, Loan.status, Loan.version).where(Loan.id.in_(list(loans))).tuples()),
        "pools": list(CapitalPool.select(CapitalPool.id, CapitalPool.available).tuples()),
    }


def _take_back(before: dict) -> None:
    """Remove what the measured postings wrote, which the program itself never does: a
    reversal would leave two more payments each run, so the books would grow and no two runs
    would measure the same books. The rows are deleted and the stored totals put back."""
    with database.atomic():
        # The reversals go first: ON DELETE RESTRICT is checked row by row, not per statement.
        for model, first in ((GroupDebtEntry, before["group_debt"]),
                             (PoolEntry, before["pool_entry"]), (LoanPayment, before["payment"])):
            model.delete().where((model.id >= first) & model.reverses.is_null(False)).execute()
            model.delete().where(model.id >= first).execute()
        AuditRecord.delete().where(AuditRecord.id >= before["audit"]).execute()
        for share, paid_p, paid_j, status, closed in before["shares"]:
            LoanShare.update(paid_principal=paid_p, paid_jasa=paid_j, status=status,
                             closed_on=closed).where(LoanShare.id == share).execute()
        for loan, status, version in before["loans"]:
            Loan.update(status=status, version=version).where(Loan.id == loan).execute()
        for pool, available in before["pools"]:
            CapitalPool.update(available=available).where(CapitalPool.id == pool).execute()
        Counter.update(last_value=before["receipts"]).where(Counter.name == "receipt").execute()


def measure_check(enabled: bool) -> dict | None:
    if not enabled:
        return None
    start = time.perf_counter()
    wrong = len(share_check()) + len(pool_check())
    return {"seconds": time.perf_counter() - start, "wrong": wrong}


# --------------------------------------------------------------------------- the report


def targets(figures: dict) -> list[dict]:
    report = max(figures["report"]["totals"])
    posted, cpu = figures["repayments_ms"], figures["repayments_cpu_ms"]
    return [
        {"target": f"arrears and kolektibilitas report < {REPORT_TARGET_S:g} s",
         "value": f"max {report:.3f} s (median {statistics.median(figures['report']['totals']):.3f};"
                  f" processor max {max(figures['report']['cpu']):.3f})",
         "pass": report < REPORT_TARGET_S},
        {"target": f"posting a repayment < {REPAY_TARGET_MS:g} ms",
         "value": f"max {posted['max']:.1f} ms (p95 {posted['p95']:.1f}; processor max "
                  f"{cpu['max']:.1f})",
         "pass": posted["max"] < REPAY_TARGET_MS},
    ]


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.1f} ms, max {max(values) * 1000:.1f} ms"


def print_report(figures: dict) -> None:
    machine, dataset, shape = figures["machine"], figures["dataset"], figures["shape"]
    loans = shape["loans_by_status"]
    print(f"\nBerdaya loans benchmark: {dataset['loans']:,} loans disbursed, "
          f"{sum(shape['payments_by_kind'].values()):,} payments, as of {dataset['as_of']}\n"
          f"  books: {dataset['path']} ({dataset['bytes'] / 1e6:.0f} MB)")
    made = dataset["generation_s"]
    if made.get("loans") is None:
        print("  data set: reused")
    else:
        steps = ", ".join(f"{k.replace('_', ' ')} {made[k]:.1f} s"
                          for k in ("copy_and_migrate", "simulate", "sort", "insert",
                                    "foreign_key_check"))
        register = made.get("register")
        print(f"  data set: generated in {made['loans']:.1f} s ({steps})"
              + (f"; the register's books first, {register:.1f} s" if register else ""))
        print(f"  share_check() and pool_check() after generating: "
              f"{made['share_and_pool_check']:.1f} s, nothing wrong; {made['verified_splits']:,} "
              f"splits checked against desktop.loan_allocation; "
              f"{made['capital_top_ups']} capital top-ups")
    check = figures["check"]
    if check is not None:
        print(f"  share_check() and pool_check(): {check['seconds']:.2f} s, {check['wrong']} wrong")
    print(f"  machine: {machine['cpus']} CPUs, Python {machine['python']}, {machine['platform']}")
    busy = max(figures["load"]) > (machine["cpus"] or 1)
    print("  load average (1 min) before and after measuring: "
          + " and ".join(f"{load:.1f}" for load in figures["load"])
          + (": other programs competed for the processors and made the times longer"
             if busy else ""))
    print("\nData set")
    print(f"  {shape['members']:,} members in {shape['groups']:,} groups; {shape['groups_borrowing']:,} "
          f"groups and {shape['members_borrowing']:,} members have borrowed; {shape['mentors']} mentors")
    print(f"  loans disbursed from {shape['disbursed'][0]} to {shape['disbursed'][1]}; by status "
          + ", ".join(f"{k} {v:,}" for k, v in loans.items()))
    print(f"  {shape['group_loans']:,} group loans ({shape['shares_per_group_loan']['min']}-"
          f"{shape['shares_per_group_loan']['max']} members, median "
          f"{shape['shares_per_group_loan']['median']:g}), {shape['single_loans']:,} to one member; "
          + ", ".join(f"{k} {v:,}" for k, v in shape["loans_by_frequency"].items()))
    print("  shares: " + ", ".join(f"{k} {v:,}" for k, v in shape["shares_by_status"].items())
          + f"; {shape['installments']:,} installments")
    print("  payments: " + ", ".join(f"{k} {v:,}" for k, v in shape["payments_by_kind"].items())
          + f"; per share median {shape['payments_per_share']['median']:g}, max "
          f"{shape['payments_per_share']['max']}")
    print("  pool entries: " + ", ".join(f"{k} {v:,}" for k, v in shape["pool_entries_by_kind"].items())
          + f"; {shape['group_debt_entries']:,} group debt entries")
    for pool in shape["pools"]:
        print(f"  pool {pool['name']} ({pool['source']}): capital {pool['capital'] / 1e9:.1f} bn, "
              f"lent {pool['disbursed'] / 1e9:.1f} bn, out {pool['out'] / 1e9:.1f} bn, "
              f"available {pool['available'] / 1e9:.1f} bn, written off "
              f"{pool['written_off'] / 1e6:.0f} M")
    _print_arrears(figures["report"])
    _print_reads(figures)
    print("\nTargets")
    for target in figures["targets"]:
        verdict = "PASS" if target["pass"] else "FAIL"
        print(f"  {verdict}  {target['target']:<50} {target['value']}")


def _print_arrears(report: dict) -> None:
    print(f"\nArrears report: {report['shares']:,} running shares, {report['behind']:,} behind; "
          f"outstanding {report['outstanding'] / 1e9:.2f} bn; PAR 1/30/90 "
          + "/".join(f"{report['par'][d] * 100:.1f}" for d in report["par"])
          + f" %; repayment rate {report['repayment_rate'] * 100:.1f} %")
    for code, classes in report["classes"].items():
        chosen = " (the office's rule)" if code == report["rule"] else ""
        print(f"  kolektibilitas, {code} rule{chosen}: "
              + ", ".join(f"{k} {classes.get(k, 0):,}" for k in RULE_SETS[code].classes))
    print("  portfolio rows: " + ", ".join(f"{k} {v}" for k, v in report["parts"].items()))
    print("  seconds per run   " + " ".join(f"{s:>7}" for s in ("run " + str(i + 1)
                                                              for i in range(len(report["runs"])))))
    for step in report["runs"][0]:
        print(f"  {step:<17} " + " ".join(f"{run[step]:>7.3f}" for run in report["runs"]))
    print(f"  {'total':<17} " + " ".join(f"{t:>7.3f}" for t in report["totals"]))
    print(f"  {'processor time':<17} " + " ".join(f"{t:>7.3f}" for t in report["cpu"]))


def _print_reads(figures: dict) -> None:
    reads, sample = figures["reads_s"], figures["sample"]
    posted, reversed_ = figures["repayments_ms"], figures["reversals_ms"]
    cpu = figures["repayments_cpu_ms"]
    print(f"\nRepayments posted and committed ({posted['n']}), ms: median {posted['median']:.1f}, "
          f"p95 {posted['p95']:.1f}, max {posted['max']:.1f}; processor time median "
          f"{cpu['median']:.1f}, p95 {cpu['p95']:.1f}, max {cpu['max']:.1f}")
    print(f"Reversals of those posted and committed ({reversed_['n']}), ms: median "
          f"{reversed_['median']:.1f}, p95 {reversed_['p95']:.1f}, max {reversed_['max']:.1f}")
    report = figures["report"]
    print("\nFor information")
    print(f"  share_arrears on {report['month_end']}, last month's end (from the payments)   "
          f"{_ms(report['month_end_s'])}")
    print(f"  share_card, {len(reads['share_card'])} random running shares   {_ms(reads['share_card'])}")
    print(f"  share_card, the share with most payments ({sample['busiest_payments']})   "
          f"{_ms(reads['share_card_busiest'])}")
    print(f"  loan_detail, a {sample['big_loan_members']}-member group loan   {_ms(reads['loan_detail'])}")
    print(f"  pool_figures(), all pools   {_ms(reads['pool_figures_all'])}")
    print(f"  pool_figures, the largest pool ({sample['largest_pool_entries']:,} entries)   "
          f"{_ms(reads['pool_figures_largest'])}")
    print(f"  rolling, the largest pool ({reads['rolling_loans']:,} loans)   "
          f"{_ms(reads['rolling_largest'])}")
    print(f"  list_loans() ({reads['list_loans_rows']:,} rows, its default limit)   "
          f"{_ms(reads['list_loans'])}")
    print(f"  list_loans, no limit ({reads['list_loans_all_rows']:,} rows)   "
          f"{_ms(reads['list_loans_all'])}")


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = base_parser(__doc__, "folder for the generated books (default: bench-data/)")
    parser.add_argument("--check", action="store_true",
                        help="also time share_check() and pool_check() when the books are reused")
    parser.add_argument("--profile", action="store_true",
                        help="print cProfile of the report, the repayments and the slower reads")
    parser.add_argument("--loans", type=int, default=LOANS, help=argparse.SUPPRESS)
    parser.add_argument("--repayments", type=int, default=REPAYMENTS, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> dict:
    print(f"Data set in {args.data} …", flush=True)
    made = ensure_loans(args.data, args.loans, args.seed)
    path = loans_path(args.data)
    open_books(path, args.data / "cadangan")
    on = dt.date.fromisoformat(dataset_mark()["as_of"])  # the books' day: see the docstring
    print("Measuring …", flush=True)
    load = [os.getloadavg()[0]]
    check = measure_check(args.check and made.get("loans") is None)
    shape = describe()
    report = measure_report(on, args.profile)
    sample = pick_sample(args.seed)
    reads = measure_reads(sample, on, args.profile)
    posted, posted_cpu, reversed_ = measure_repayments(
        repayment_plan(args.seed, on, args.repayments), on, min(REVERSALS, args.repayments),
        args.profile)
    load.append(os.getloadavg()[0])
    figures = {
        "machine": machine(),
        "load": load,
        "dataset": {"path": str(path), "loans": args.loans, "as_of": on.isoformat(),
                    "bytes": path.stat().st_size, "generation_s": made},
        "check": check,
        "shape": shape,
        "sample": {"busiest_share": sample.busiest_share, "busiest_payments": sample.busiest_payments,
                   "big_loan": sample.big_loan, "big_loan_members": sample.big_loan_members,
                   "largest_pool": sample.largest_pool,
                   "largest_pool_entries": sample.largest_pool_entries},
        "report": report,
        "reads_s": reads,
        "repayments_ms": summary(posted),
        "repayments_cpu_ms": summary(posted_cpu),
        "reversals_ms": summary(reversed_),
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

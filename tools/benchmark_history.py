"""Benchmark of a group's history page: a group with five years of activity on a busy office.

    python tools/benchmark_history.py [--data DIR] [--json FILE] [--large] [--profile]

The books are DIR/history.sqlite3 (bench-data/ in the repository, which git ignores), made
once and reused while they are of the same generator, seed and day. They hold a background
office of 5,000 members in 200 groups with two years of monthly meeting sheets, savings,
loans, sessions, visits and assessments, and one group, "KUBE Sejahtera Lima Tahun", with
five years of everything the history shows: about 36 members who joined, left and moved over
the years, a posted collection sheet with attendance each month, savings entries from each
meeting, five loan cycles with installments and payments (with arrears episodes, one still
running), 65 sessions (two programs of eight meetings among them) with attendance, 24 visits
with follow-ups (some overdue), 10 assessments with the class rising and falling, stage
changes and officers' terms. Rows are written with executemany, as the other benchmarks do.

With --large the same five-year group is added to a copy of the collection benchmark's books
(DIR/collection.sqlite3: 50,000 members, 2,000,000 savings entries, 1.2 million loan
payments, a year of sheets), opened through the program so that its migrations run; the copy
is deleted afterwards. Make those books first with tools/benchmark_collection.py.

Measured, over several runs after one to warm the caches: reading the history
(desktop.group_history.group_history) and opening the page (the history tab of the
development page, offscreen, showing the group and painting it). The target: the page opens
in under 500 ms. For information: the group profile PDF, and the list of groups needing
attention for the whole office. It prints PASS/FAIL and exits 0 whatever the figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import peewee as pw  # noqa: E402

from db.connection import close_database, database  # noqa: E402
from db.models import (  # noqa: E402
    Assessment,
    AssessmentArea,
    AssessmentScore,
    Attendance,
    CapitalPool,
    CapitalSource,
    CollectionSheet,
    FollowUp,
    Group,
    GroupKind,
    GroupOfficer,
    Installment,
    Loan,
    LoanPayment,
    LoanProduct,
    LoanShare,
    Member,
    Membership,
    Program,
    SavingsAccount,
    SavingsEntry,
    SavingsProduct,
    SessionGroup,
    SheetLine,
    StageChange,
    TrainingSession,
    User,
    Visit,
)
from desktop.auth import actor_of  # noqa: E402
from desktop.books import open_books  # noqa: E402
from desktop.settings import get_setting, put_setting  # noqa: E402
from desktop.text import search_key  # noqa: E402
from tools.bench_common import base_parser, insert_rows, machine, profiled, summary  # noqa: E402
from tools.benchmark_savings import _copy_books, _remove_books  # noqa: E402

BOOKS_FILE, LARGE_SOURCE, LARGE_RUN = "history.sqlite3", "collection.sqlite3", "history-large-run.sqlite3"
DATASET_SETTING = "benchmark.history"
GENERATOR = 1  # raised when the generator changes, so that older books are made again
TARGET_MS = 500.0
BACKGROUND_MEMBERS, BACKGROUND_GROUPS = 5_000, 200
RUNS = 10


# --------------------------------------------------------------------------- the books


def _mark(seed: int) -> str:
    return json.dumps({"generator": GENERATOR, "seed": seed, "members": BACKGROUND_MEMBERS,
                       "as_of": dt.date.today().isoformat()})


def ensure_books(data_dir: Path, seed: int) -> tuple[Path, float | None]:
    """The generated books, made when missing or out of date; the seconds spent making them."""
    path = data_dir / BOOKS_FILE
    data_dir.mkdir(parents=True, exist_ok=True)
    if path.exists():
        open_books(path, data_dir / "cadangan")
        if get_setting(DATASET_SETTING) == _mark(seed):
            return path, None
        close_database()
    start = time.perf_counter()
    _remove_books(path)
    open_books(path, data_dir / "cadangan")
    rng = random.Random(seed)
    writer = Writer(rng, dt.date.today())
    with database.atomic():
        add_background(writer, BACKGROUND_MEMBERS, BACKGROUND_GROUPS)
        add_five_years(writer)
        writer.flush()
        put_setting(DATASET_SETTING, _mark(seed))
    _check_keys()
    return path, time.perf_counter() - start


def large_copy(data_dir: Path, seed: int) -> tuple[Path, float]:
    """A copy of the collection benchmark's books with the five-year group added; removed
    again if making it fails."""
    source = data_dir / LARGE_SOURCE
    if not source.exists():
        raise SystemExit(f"{source} is missing: run tools/benchmark_collection.py first")
    start = time.perf_counter()
    path = data_dir / LARGE_RUN
    _copy_books(source, path)
    try:
        info = open_books(path, data_dir / "cadangan")  # the program's migrations, if any
        if info.backup_before_migration is not None:
            info.backup_before_migration.unlink(missing_ok=True)  # a copy of the source
        with database.atomic():
            writer = Writer(random.Random(seed), dt.date.today())
            add_five_years(writer)
            writer.flush()
        _check_keys()
    except BaseException:
        close_database()
        _remove_books(path)
        for backup in (data_dir / "cadangan").glob(f"{path.stem}-*-before-v*.sqlite3"):
            backup.unlink()  # a copy of the source, kept by a migration that then failed
        raise
    return path, time.perf_counter() - start


def _check_keys() -> None:
    problems = database.execute_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise RuntimeError(f"generated rows break {len(problems)} foreign keys, e.g. {problems[0]}")


def describe(group_id: int) -> dict:
    """The office's and the group's size."""
    sheets = CollectionSheet.select().where(CollectionSheet.group == group_id)
    return {
        "members": Member.select().count(), "groups": Group.select().count(),
        "savings_entries": SavingsEntry.select().count(),
        "loan_payments": LoanPayment.select().count(),
        "installments": Installment.select().count(),
        "sheets": CollectionSheet.select().count(), "sheet_lines": SheetLine.select().count(),
        "sessions": TrainingSession.select().count(), "attendance": Attendance.select().count(),
        "visits": Visit.select().count(), "follow_ups": FollowUp.select().count(),
        "assessments": Assessment.select().count(),
        "group": {
            "active_members": Member.select().where((Member.group == group_id) & (Member.status == "active")).count(),
            "sheets": sheets.count(),
            "sheet_lines": SheetLine.select().join(CollectionSheet).where(CollectionSheet.group == group_id).count(),
            "sessions": Attendance.select(pw.fn.COUNT(pw.fn.DISTINCT(Attendance.session)))
            .where(Attendance.group == group_id).scalar(),
            "visits": Visit.select().where(Visit.group == group_id).count(),
            "assessments": Assessment.select().where(Assessment.group == group_id).count(),
        },
    }


# --------------------------------------------------------------------------- the generator

BOOK_GROUP = "KUBE Sejahtera Lima Tahun"
NEIGHBOUR_GROUP = "KUBE Tetangga Lima Tahun"
FIRST_NAMES = ("Siti", "Ani", "Budi", "Dewi", "Eka", "Fitri", "Gita", "Hadi", "Indah", "Joko",
               "Kartini", "Lestari", "Mulyani", "Nur", "Oktavia", "Putri", "Rahmat", "Sri",
               "Tuti", "Umi", "Wahyu", "Yanti", "Yusuf", "Zainab")
LAST_NAMES = ("Aminah", "Lestari", "Santoso", "Rahayu", "Hidayat", "Wulandari", "Saputra",
              "Kurniawan", "Susanti", "Pratama", "Handayani", "Setiawan", "Permata", "Nugroho")
TOPICS = ("Pembukuan sederhana", "Pemasaran produk", "Pengelolaan modal", "Tanggung renteng",
          "Kewirausahaan", "Administrasi kelompok", "Pengolahan pangan", "Menjahit",
          "Kesehatan keluarga", "Literasi keuangan", "Dana bergulir", "Koperasi")
FOLLOW_UPS = ("Isi buku kas tiap rapat", "Tagih tunggakan anggota", "Rapat pengurus",
              "Susun laporan usaha", "Setor simpanan wajib", "Perbarui buku anggota",
              "Hubungi bank untuk rekening kelompok", "Catat notulen rapat")
AREAS = ("ORG", "ADM", "MOD", "USA", "JAR")
CLASSES = (("A", 80), ("B", 60), ("C", 40), ("D", 0))

USER_COLUMNS = ("id", "username", "full_name", "role", "password_hash", "active", "created_at", "version")
GROUP_COLUMNS = ("id", "name", "kind", "formed_date", "address", "rt", "rw", "kelurahan", "kecamatan",
                 "city", "business_activities", "mentor", "stage", "notes", "name_key", "created_at",
                 "version")
MEMBER_COLUMNS = ("id", "number", "name", "name_key", "sex", "group", "status", "join_date",
                  "exit_date", "exit_reason", "created_at", "version", "birth_place", "address", "rt",
                  "rw", "kelurahan", "phone", "occupation")
STAY_COLUMNS = ("id", "member", "group", "start_date", "end_date", "end_reason")
OFFICER_COLUMNS = ("id", "group", "member", "office", "start_date", "end_date")
ACCOUNT_COLUMNS = ("id", "member", "product", "balance", "opened_on")
ENTRY_COLUMNS = ("id", "account", "on", "kind", "amount", "method", "note", "receipt_number", "user",
                 "posted_at")
SOURCE_COLUMNS = ("id", "name", "kind", "notes")
POOL_COLUMNS = ("id", "source", "name", "opened_on", "available", "notes", "active")
LOAN_COLUMNS = ("id", "number", "product", "group", "pool", "purpose", "principal", "method", "rate",
                "frequency", "term", "grace", "admin_fee", "status", "applied_on", "applied_by",
                "decided_on", "decided_by", "decision_note", "disbursed_on", "disbursed_by", "version")
SHARE_COLUMNS = ("id", "loan", "member", "principal", "jasa", "paid_principal", "paid_jasa",
                 "written_off", "status", "closed_on")
INSTALLMENT_COLUMNS = ("id", "share", "seq", "due_on", "principal", "jasa", "cum_principal", "cum_jasa")
PAYMENT_COLUMNS = ("id", "share", "on", "kind", "amount", "principal", "jasa", "method", "note",
                   "receipt_number", "user", "posted_at")
SHEET_COLUMNS = ("id", "group", "on", "status", "cash_counted", "note", "created_by", "saved_at",
                 "posted_by", "posted_at", "version", "reversal_reason")
LINE_COLUMNS = ("id", "sheet", "member", "attendance", "wajib", "sukarela", "withdrawal",
                "installment", "share")
PROGRAM_COLUMNS = ("id", "name", "planned_sessions", "description", "active", "created_at", "version")
SESSION_COLUMNS = ("id", "kind", "topic", "on", "place", "facilitator", "program", "program_seq",
                   "created_by", "created_at", "version", "starts_at", "ends_at", "notes")
INVITED_COLUMNS = ("id", "session", "group")
ATTENDANCE_COLUMNS = ("id", "session", "member", "group", "status", "via", "recorded_by", "recorded_at",
                      "note")
VISIT_COLUMNS = ("id", "group", "on", "mentor", "met", "notes", "created_by", "created_at", "version")
FOLLOW_UP_COLUMNS = ("id", "visit", "text", "due_on", "done_on", "done_by", "done_note")
ASSESSMENT_COLUMNS = ("id", "group", "on", "assessor", "total", "max_total", "grade", "stage", "notes",
                      "created_by", "created_at", "version")
SCORE_COLUMNS = ("id", "assessment", "area", "area_name", "min_score", "max_score", "score")
STAGE_COLUMNS = ("id", "group", "on", "stage", "assessment", "note", "user", "posted_at")

TABLES = [(User, USER_COLUMNS), (Group, GROUP_COLUMNS), (Member, MEMBER_COLUMNS),
          (Membership, STAY_COLUMNS), (GroupOfficer, OFFICER_COLUMNS),
          (SavingsAccount, ACCOUNT_COLUMNS), (SavingsEntry, ENTRY_COLUMNS),
          (CapitalSource, SOURCE_COLUMNS), (CapitalPool, POOL_COLUMNS), (Loan, LOAN_COLUMNS),
          (LoanShare, SHARE_COLUMNS), (Installment, INSTALLMENT_COLUMNS),
          (LoanPayment, PAYMENT_COLUMNS), (CollectionSheet, SHEET_COLUMNS), (SheetLine, LINE_COLUMNS),
          (Program, PROGRAM_COLUMNS), (TrainingSession, SESSION_COLUMNS), (SessionGroup, INVITED_COLUMNS),
          (Attendance, ATTENDANCE_COLUMNS), (Visit, VISIT_COLUMNS), (FollowUp, FOLLOW_UP_COLUMNS),
          (Assessment, ASSESSMENT_COLUMNS), (AssessmentScore, SCORE_COLUMNS),
          (StageChange, STAGE_COLUMNS)]


def add_months(day: dt.date, months: int, on_day: int | None = None) -> dt.date:
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, month + 1, min(on_day or day.day, 28))


class Writer:
    """Rows for each table, with ids handed out after those already in the books, written in
    one executemany per table at the end. Savings balances and loan totals are kept as the
    rows are made and written with their accounts and shares."""

    def __init__(self, rng: random.Random, today: dt.date) -> None:
        self.rng, self.today = rng, today
        self.now = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
        self.rows: dict[type, list[tuple]] = {model: [] for model, _c in TABLES}
        self.next_ids = {model: (model.select(pw.fn.MAX(model.id)).scalar() or 0) + 1 for model, _c in TABLES}
        self.products = dict(SavingsProduct.select(SavingsProduct.kind, SavingsProduct.id).tuples())
        self.loan_product = LoanProduct.get(LoanProduct.code == "PB").id
        self.kind = GroupKind.get(GroupKind.code == "KUBE").id
        self.areas = [(a.id, a.name, a.min_score, a.max_score)
                      for a in AssessmentArea.select().where(AssessmentArea.code.in_(AREAS))]
        self.accounts: dict[int, list] = {}  # account id -> its row, balance at index 3
        self.shares: dict[int, list] = {}  # share id -> its row
        self.serial = 0
        self.admin = self.user("admin.lima", "Admin Benchmark", "administrator")
        self.pool = self.add(CapitalPool, [None, self.add(CapitalSource, [None, "Sumber benchmark riwayat", "own", ""]),
                                           "Dana bergulir benchmark riwayat", today - dt.timedelta(days=2000),
                                           10_000_000_000, "", True])

    def id(self, model: type) -> int:
        self.next_ids[model] += 1
        return self.next_ids[model] - 1

    def add(self, model: type, row: list) -> int:
        row[0] = self.id(model)
        self.rows[model].append(tuple(row))
        return row[0]

    def number(self, prefix: str) -> str:
        self.serial += 1
        return f"{prefix}{self.serial:07d}"

    def user(self, username: str, name: str, role: str) -> int:
        return self.add(User, [None, username, name, role, "-", True, self.now, 1])

    def group(self, name: str, formed: dt.date, mentor: int, stage: str) -> int:
        return self.add(Group, [None, name, self.kind, formed, "Jl. Benchmark", "1", "2", "Cilincing",
                                "Cilincing", "Jakarta Utara", "Warung dan jahit", mentor, stage, "",
                                search_key(name), self.now, 1])

    def member(self, group: int, joined: dt.date) -> tuple[int, dict[str, int]]:
        """A member with a stay in the group, three accounts and their pokok paid."""
        name = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"
        member = self.add(Member, [None, self.number("HB"), name, search_key(name),
                                   self.rng.choice("LP"), group, "active", joined, None, "", self.now, 1,
                                   "Jakarta", "Jl. Benchmark", "1", "2", "Cilincing", "", "Dagang"])
        self.add(Membership, [None, member, group, joined, None, ""])
        accounts = {}
        for kind, product in self.products.items():
            row = [self.id(SavingsAccount), member, product, 0, joined]
            self.accounts[row[0]] = row
            accounts[kind] = row[0]
        self.entry(accounts["pokok"], joined, 100_000)
        return member, accounts

    def entry(self, account: int, on: dt.date, amount: int, kind: str = "deposit") -> None:
        self.accounts[account][3] += amount
        self.add(SavingsEntry, [None, account, on, kind, amount, "cash", "", self.number("RB"),
                                self.admin, self.now])

    def flush(self) -> None:
        self.rows[SavingsAccount] = [tuple(row) for row in self.accounts.values()]
        self.rows[LoanShare] = [tuple(row) for row in self.shares.values()]
        for model, columns in TABLES:
            if self.rows[model]:
                insert_rows(database, model, columns, self.rows[model])


class People:
    """The members of the groups made, with their stays, so that who was in a group on a day
    is known."""

    def __init__(self, writer: Writer) -> None:
        self.writer = writer
        self.stays: dict[int, list[list]] = {}  # member -> [group, start, end]
        self.ever: dict[int, list[int]] = {}  # group -> everyone who stayed in it
        self.accounts: dict[int, dict[str, int]] = {}

    def join(self, group: int, on: dt.date) -> int:
        member, accounts = self.writer.member(group, on)
        self.stays[member] = [[group, on, None]]
        self.ever.setdefault(group, []).append(member)
        self.accounts[member] = accounts
        return member

    def in_group(self, group: int, on: dt.date) -> list[int]:
        return [m for m in self.ever.get(group, ()) if any(
            g == group and start <= on and (end is None or end > on) for g, start, end in self.stays[m])]

    def leave(self, member: int, on: dt.date) -> None:
        self.stays[member][-1][2] = on
        for account in self.accounts[member].values():
            balance = self.writer.accounts[account][3]
            if balance:
                self.writer.entry(account, on, -balance, "payout")

    def move(self, member: int, group: int, on: dt.date) -> None:
        self.stays[member][-1][2] = on
        self.stays[member].append([group, on, None])
        self.ever.setdefault(group, []).append(member)

    def write_stays(self, exited: dict[int, dt.date]) -> None:
        """Replace the first stays the writer made with each member's whole history."""
        w = self.writer
        w.rows[Membership] = [row for row in w.rows[Membership] if row[1] not in self.stays]
        members = {row[0]: list(row) for row in w.rows[Member]}
        for member, stays in self.stays.items():
            for i, (group, start, end) in enumerate(stays):
                reason = "" if end is None else ("moved" if i + 1 < len(stays) else "exited")
                w.add(Membership, [None, member, group, start, end, reason])
            row = members[member]
            row[5] = stays[-1][0]
            if member in exited:
                row[6], row[8], row[9] = "exited", exited[member], "Pindah domisili"
        w.rows[Member] = [tuple(row) for row in members.values()]


def meeting(writer: Writer, people: People, group: int, on: dt.date, came: float) -> None:
    """A posted sheet: who came, their wajib, some sukarela."""
    rng = writer.rng
    sheet = writer.add(CollectionSheet, [None, group, on, "posted", 0, "", writer.admin, writer.now,
                                         writer.admin, writer.now, 2, ""])
    for member in people.in_group(group, on):
        roll = rng.random()
        status = ("present" if roll < came * 0.9 else "late" if roll < came else
                  "excused" if roll < came + (1 - came) * 0.4 else "absent")
        wajib = 20_000 if status in ("present", "late") else 0
        sukarela = rng.choice((10_000, 20_000, 50_000)) if wajib and rng.random() < 0.3 else 0
        if wajib:
            writer.entry(people.accounts[member]["wajib"], on, wajib)
        if sukarela:
            writer.entry(people.accounts[member]["sukarela"], on, sukarela)
        writer.add(SheetLine, [None, sheet, member, status, wajib, sukarela, 0, 0, None])


def loan(writer: Writer, group: int, borrowers: list[int], on: dt.date, late: dict[int, dict[int, int]]) -> None:
    """A group loan of ten monthly installments (flat 1 % a month). *late*: for a borrower,
    by installment, how many months late it is paid (-1: not paid at all)."""
    rng = writer.rng
    amounts = [rng.choice((1_000_000, 1_500_000, 2_000_000, 3_000_000)) for _ in borrowers]
    loan_id = writer.add(Loan, [None, writer.number("PB"), writer.loan_product, group, writer.pool,
                                "Modal usaha", sum(amounts), "flat", "1", "monthly", 10, 0, 0, "active",
                                on - dt.timedelta(days=10), writer.admin, on - dt.timedelta(days=5),
                                writer.admin, "", on, writer.admin, 3])
    closed_all = True
    for member, principal in zip(borrowers, amounts, strict=True):
        share = [writer.id(LoanShare), loan_id, member, principal, principal // 100 * 10, 0, 0, 0,
                 "active", None]
        writer.shares[share[0]] = share
        part, jasa = principal // 10, principal // 100
        payments: dict[dt.date, list[int]] = {}
        for seq in range(1, 11):
            due = add_months(on, seq)
            writer.add(Installment, [None, share[0], seq, due, part, jasa, part * seq, jasa * seq])
            delay = late.get(member, {}).get(seq, 0)
            paid_on = add_months(due, delay) if delay >= 0 else None
            if paid_on is not None and paid_on <= writer.today:
                payments.setdefault(paid_on, [0, 0])
                payments[paid_on][0] += part
                payments[paid_on][1] += jasa
        for paid_on, (p, j) in sorted(payments.items()):
            writer.add(LoanPayment, [None, share[0], paid_on, "repayment", p + j, p, j, "cash", "",
                                     writer.number("RB"), writer.admin, writer.now])
            share[5] += p
            share[6] += j
        if share[5] == principal and share[6] == share[4]:
            share[8], share[9] = "paid", max(payments)
        else:
            closed_all = False
    if closed_all:
        rows = writer.rows[Loan]
        rows[-1] = rows[-1][:13] + ("closed",) + rows[-1][14:]


def session(writer: Writer, people: People, on: dt.date, groups: list[int], came: float,
            program: int | None = None, seq: int | None = None) -> None:
    rng = writer.rng
    kind = rng.choice(("socialisation", "training", "training", "mentoring", "meeting"))
    session_id = writer.add(TrainingSession, [None, kind, rng.choice(TOPICS), on, "Balai warga",
                                              "Tim pendamping", program, seq, writer.admin, writer.now, 1,
                                              "09:00", "11:00", ""])
    for group in groups:
        writer.add(SessionGroup, [None, session_id, group])
        for member in people.in_group(group, on):
            roll = rng.random()
            status = "present" if roll < came else "excused" if roll < came + 0.1 else "absent"
            writer.add(Attendance, [None, session_id, member, group, status, "grid", writer.admin,
                                    writer.now, ""])


def visit(writer: Writer, group: int, on: dt.date, mentor: int, late: bool) -> None:
    rng = writer.rng
    visit_id = writer.add(Visit, [None, group, on, mentor, "Ketua, bendahara", "Rapat berjalan; buku kas diperiksa.",
                                  mentor, writer.now, 1])
    for _ in range(rng.randint(1, 3)):
        due = on + dt.timedelta(days=rng.choice((14, 30, 45)))
        done = None if late or due > writer.today else min(due, writer.today)
        writer.add(FollowUp, [None, visit_id, rng.choice(FOLLOW_UPS), due, done, mentor if done else None, ""])


def assessment(writer: Writer, group: int, on: dt.date, total: int, stage: str, mentor: int,
               stage_changed: bool) -> None:
    grade = next(code for code, least in CLASSES if total >= least)
    row = writer.add(Assessment, [None, group, on, mentor, total, 100, grade, stage, "", mentor, writer.now, 1])
    scores = [total // 5] * 5
    for i in range(total % 5):
        scores[i] += 1
    for (area, name, low, high), score in zip(writer.areas, scores, strict=True):
        writer.add(AssessmentScore, [None, row, area, name, low, high, score])
    if stage_changed:
        writer.add(StageChange, [None, group, on, stage, row, "", mentor, writer.now])


def add_background(writer: Writer, members: int, groups: int) -> None:
    """An office of *members* in *groups*, two years of meetings, half the groups with a loan,
    sessions, visits and assessments."""
    rng, today = writer.rng, writer.today
    people = People(writer)
    mentors = [writer.user(f"pendamping.bg{i}", f"Pendamping {i}", "mentor") for i in range(10)]
    start = add_months(today, -24, 5)
    ids = []
    for g in range(groups):
        group = writer.group(f"KUBE Latar {g + 1:03d}", start, mentors[g % 10], "growing")
        writer.add(StageChange, [None, group, start, "growing", None, "", writer.admin, writer.now])
        ids.append(group)
        for _ in range(members // groups):
            people.join(group, start)
    for group in ids:
        for month in range(1, 25):
            meeting(writer, people, group, add_months(start, month, 10), rng.uniform(0.6, 0.95))
        if rng.random() < 0.5:
            borrowers = rng.sample(people.in_group(group, start), 10)
            late = {m: {s: 1 for s in range(3, 6)} for m in borrowers[:1]}
            loan(writer, group, borrowers, add_months(start, 6, 10), late)
        for month in range(2, 25, 4):
            visit(writer, group, add_months(start, month, 15), mentors[group % 10], rng.random() < 0.1)
        for month in (8, 20):
            assessment(writer, group, add_months(start, month, 20), rng.randint(35, 85), "growing",
                       mentors[group % 10], False)
    for _ in range(150):
        on = start + dt.timedelta(days=rng.randrange((today - start).days))
        session(writer, people, on, rng.sample(ids, 4), rng.uniform(0.5, 0.9))
    people.write_stays({})


def add_five_years(writer: Writer) -> None:
    """The group measured, with five years of everything its history shows."""
    rng, today = writer.rng, writer.today
    people = People(writer)
    mentor = writer.user("pendamping.lima", "Pendamping Lima Tahun", "mentor")
    formed = add_months(today, -60, 5)
    group = writer.group(BOOK_GROUP, formed, mentor, "linked")
    neighbour = writer.group(NEIGHBOUR_GROUP, formed, mentor, "growing")
    writer.add(StageChange, [None, group, formed, "growing", None, "", mentor, writer.now])
    founders = [people.join(group, formed) for _ in range(30)]
    neighbours = [people.join(neighbour, formed) for _ in range(10)]
    exited: dict[int, dt.date] = {}
    events = {4: "join", 9: "join", 14: "join", 20: "join", 22: "join", 26: "join", 31: "join",
              37: "join", 41: "join", 45: "join", 50: "join", 55: "join", 11: "exit", 19: "exit",
              25: "exit", 34: "exit", 43: "exit", 52: "exit", 16: "out", 40: "out", 18: "in", 47: "in"}
    leavers = iter(founders[10:20])
    for month in range(1, 61):
        day = add_months(formed, month, 10)  # the meeting day
        if day > today:
            break
        step = events.get(month)
        if step == "join":
            people.join(group, day - dt.timedelta(days=3))
        elif step == "exit":
            member = next(leavers)
            people.leave(member, day - dt.timedelta(days=2))
            exited[member] = day - dt.timedelta(days=2)
        elif step == "out":
            people.move(next(leavers), neighbour, day - dt.timedelta(days=1))
        elif step == "in":
            people.move(neighbours.pop(), group, day - dt.timedelta(days=1))
        # Attendance slips in the third year and again in the last four months.
        came = 0.55 if 28 <= month <= 33 or month > 56 else rng.uniform(0.8, 0.92)
        meeting(writer, people, group, day, came)
        meeting(writer, people, neighbour, day, 0.8)
    _officers(writer, group, founders, formed)
    _loans(writer, people, group, formed)
    _sessions(writer, people, group, neighbour, formed)
    for i in range(24):
        on = formed + dt.timedelta(days=int(i * 76 + 20))
        if on <= today:
            visit(writer, group, on, mentor, late=i >= 21)
    totals = (38, 47, 55, 63, 70, 58, 52, 61, 68, 74)
    stages = ("growing",) * 3 + ("strengthening",) * 5 + ("linked",) * 2
    for i, (total, stage) in enumerate(zip(totals, stages, strict=True)):
        on = add_months(formed, 6 * (i + 1) - 1, 20)
        if on <= today:
            assessment(writer, group, on, total, stage, mentor, i in (3, 8))
    people.write_stays(exited)


def _officers(writer: Writer, group: int, founders: list[int], formed: dt.date) -> None:
    terms = [("ketua", 0, formed, add_months(formed, 24)), ("sekretaris", 1, formed, add_months(formed, 24)),
             ("bendahara", 2, formed, add_months(formed, 48)), ("ketua", 3, add_months(formed, 24), None),
             ("sekretaris", 4, add_months(formed, 24), None), ("bendahara", 5, add_months(formed, 48), None)]
    for office, who, start, end in terms:
        if start <= writer.today:
            writer.add(GroupOfficer, [None, group, founders[who], office, start,
                                      end if end and end <= writer.today else None])


def _loans(writer: Writer, people: People, group: int, formed: dt.date) -> None:
    """Five loan cycles a year apart; some borrowers late in the third (arrears cleared), four
    stopping in the last (arrears still running)."""
    rng = writer.rng
    for cycle, month in enumerate((3, 15, 27, 39, 51)):
        on = add_months(formed, month, 10)
        if on > writer.today:
            break
        borrowers = rng.sample(people.in_group(group, on), 20)
        if cycle == 2:
            late = {m: {s: rng.randint(1, 3) for s in range(2, 7)} for m in borrowers[:5]}
        elif cycle == 4:
            late = {m: {s: -1 for s in range(6, 11)} for m in borrowers[:4]}
        else:
            late = {borrowers[0]: {4: 1}}
        loan(writer, group, borrowers, on, late)


def _sessions(writer: Writer, people: People, group: int, neighbour: int, formed: dt.date) -> None:
    """Two programs of eight meetings and 49 sessions besides, over the five years."""
    rng = writer.rng
    for p, start in enumerate((6, 36)):
        program = writer.add(Program, [None, f"Sekolah Lapang Angkatan {p + 1} ({BOOK_GROUP})", 8, "",
                                       True, writer.now, 1])
        for seq in range(1, 9):
            on = add_months(formed, start + seq - 1, 18)
            if on <= writer.today:
                session(writer, people, on, [group, neighbour], rng.uniform(0.7, 0.9), program, seq)
    for i in range(49):
        on = formed + dt.timedelta(days=15 + i * 37)
        if on <= writer.today:
            session(writer, people, on, [group] if i % 3 else [group, neighbour], rng.uniform(0.6, 0.9))


# --------------------------------------------------------------------------- measuring


def _ms(work, *args) -> tuple[object, float]:
    start = time.perf_counter()
    result = work(*args)
    return result, (time.perf_counter() - start) * 1000


def measure(group_id: int, runs: int, profile: bool) -> dict:
    from PySide6.QtWidgets import QApplication

    from desktop.attention import groups_needing_attention
    from desktop.documents.group_profile import render_group_profile
    from desktop.documents.pdf import letterhead
    from desktop.group_history import group_history
    from ui.history_tab import HistoryTab

    app = QApplication.instance() or QApplication([])
    mentor = User.get(User.username == "pendamping.lima")
    tab = HistoryTab(actor_of(mentor))
    tab.resize(1300, 900)
    tab.show()
    app.processEvents()

    def open_page() -> int:
        tab.group_id = None
        tab.show_group(group_id)
        tab.repaint()  # the profile, figures, charts and the first rows of the timeline
        return tab.model.rowCount()

    history = group_history(group_id)  # a first run, to warm the caches
    open_page()
    read = [_ms(group_history, group_id)[1] for _ in range(runs)]
    page = [_ms(open_page)[1] for _ in range(runs)]
    import io

    pdf = [_ms(render_group_profile, history, letterhead(), io.BytesIO())[1] for _ in range(3)]
    attention, attention_ms = _ms(groups_needing_attention)
    if profile:
        profiled(True, "group_history", group_history, group_id)
        profiled(True, "opening the page", open_page)
    tab.close()
    return {"read_ms": read, "page_ms": page, "pdf_ms": pdf, "attention_ms": attention_ms,
            "attention_groups": len(attention), "events": len(history.events),
            "months": len(history.series.months), "cut": history.series.cut}


def print_report(figures: dict) -> None:
    shape, group = figures["shape"], figures["shape"]["group"]
    print(f"\nBerdaya group history benchmark ({figures['books']})")
    made = figures["made_s"]
    print(f"  books: {figures['path']}" + (f", made in {made:.1f} s" if made else ", reused"))
    m = figures["machine"]
    print(f"  machine: {m['cpus']} CPUs, Python {m['python']}, {m['platform']}")
    print(f"  office: {shape['members']:,} members in {shape['groups']:,} groups; "
          f"{shape['savings_entries']:,} savings entries, {shape['installments']:,} installments, "
          f"{shape['loan_payments']:,} loan payments; {shape['sheets']:,} sheets "
          f"({shape['sheet_lines']:,} lines); {shape['sessions']:,} sessions "
          f"({shape['attendance']:,} attendance); {shape['visits']:,} visits, "
          f"{shape['follow_ups']:,} follow-ups; {shape['assessments']:,} assessments")
    print(f"  the group: {group['active_members']} active members, {group['sheets']} sheets "
          f"({group['sheet_lines']} lines), {group['sessions']} sessions attended, "
          f"{group['visits']} visits, {group['assessments']} assessments; "
          f"{figures['events']} timeline events; charts of {figures['months']} months"
          + (" (the last 36 of a longer life)" if figures["cut"] else ""))
    read, page = summary(figures["read_ms"]), summary(figures["page_ms"])
    print(f"\ngroup_history ({read['n']} runs): median {read['median']:.1f} ms, max {read['max']:.1f} ms")
    print(f"opening the page, read + filled + painted ({page['n']} runs): median "
          f"{page['median']:.1f} ms, max {page['max']:.1f} ms")
    print("\nFor information")
    print(f"  group profile PDF: median {summary(figures['pdf_ms'])['median']:.0f} ms")
    print(f"  groups needing attention, whole office: {figures['attention_ms']:.0f} ms "
          f"({figures['attention_groups']} groups listed)")
    verdict = "PASS" if page["max"] < TARGET_MS else "FAIL"
    print(f"\nTarget\n  {verdict}  a group history page opens in < {TARGET_MS:g} ms   "
          f"max {page['max']:.1f} ms (median {page['median']:.1f})")


def main(argv: list[str] | None = None) -> int:
    parser = base_parser(__doc__, "folder of the benchmark books (default: bench-data/)")
    parser.add_argument("--large", action="store_true",
                        help="add the group to a copy of the collection benchmark's books")
    parser.add_argument("--profile", action="store_true", help="print where the time goes")
    parser.add_argument("--runs", type=int, default=RUNS, help=argparse.SUPPRESS)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    data = args.data.expanduser().resolve()
    print(f"Books in {data} …", flush=True)
    if args.large:
        path, made = large_copy(data, args.seed)
    else:
        path, made = ensure_books(data, args.seed)
    try:
        group_id = Group.get(Group.name == BOOK_GROUP).id
        print("Measuring …", flush=True)
        figures = {"books": "large office" if args.large else "generated office",
                   "path": str(path), "made_s": made, "machine": machine(),
                   "shape": describe(group_id), **measure(group_id, args.runs, args.profile)}
    finally:
        close_database()
        if args.large:
            _remove_books(path)
    print_report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark of meeting day: the collection sheets of the largest groups on a large office.

    python tools/benchmark_collection.py [--data DIR] [--json FILE] [--profile]

It starts from the two largest benchmark books in DIR (bench-data/ in the repository, which git
ignores): those of the loans benchmark (50,000 members in 2,000 groups, 20,000 loans and about
1.2 million payments) and those of the savings benchmark (the same members' accounts and
2,000,000 savings entries). Either is generated first when it is missing or out of date, by its
own benchmark's generator. Both were made before collection sheets existed, and neither is
written here: DIR/collection.sqlite3 is built from a copy of the loan books, opened through
desktop.books.open_books so that the program's own migration adds the sheets (its backup of the
copy goes to DIR/cadangan/ and is deleted once the migration has run, since it is the same file
as the loan books). The savings benchmark's accounts and entries are copied into it (the two
books hold the same members; the savings receipts are numbered after the loans' ones, so that
each receipt number is used once), and every group gets a year of posted sheets for its
monthly meetings, each pointing at the savings entries and repayments its members made on the
meeting day, so that the list of sheets has an office's year to read. The collection books are
reused when present and built from the loan and savings books as they are now.

Every run measures a fresh copy of the collection books (DIR/collection-run.sqlite3), deleted
afterwards: the sheets posted and reversed here never reach the collection books, so every run
measures the same books. The groups measured are those closest to 40 active members with at
least ten running loans (when fewer exist, the build first moves members without loans from
small groups into the groups with the most borrowers). For each, in two rounds on the books'
day, the project's targets:

* opening the group's sheet: load_sheet(), a new sheet filled with what is due, in under
  300 ms;
* posting the whole sheet through post_sheet(), committed: every member's wajib, sukarela from
  some, installments from every member with a running loan and a withdrawal or two, in under
  200 ms.

For information also reopening the posted sheet, reversing it as a whole (which lets the second
round post the same group and day again), opening a sheet of last year, and the list of sheets
of the office and of one group.

It prints a table with PASS/FAIL per target and exits 0 whatever the figures: it is a report,
not a test.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import os
import random
import sqlite3
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import peewee as pw  # noqa: E402

from db.connection import close_database, database  # noqa: E402
from db.models import (  # noqa: E402
    CollectionSheet,
    Counter,
    Group,
    LoanPayment,
    LoanShare,
    Member,
    Membership,
    SavingsAccount,
    SavingsEntry,
    SavingsProduct,
    SheetLine,
    SheetPosting,
    User,
)
from desktop.auth import login  # noqa: E402
from desktop.books import open_books  # noqa: E402
from desktop.collection import (  # noqa: E402
    LineForm,
    SheetData,
    list_sheets,
    load_sheet,
    post_sheet,
    reverse_sheet,
)
from desktop.savings import balance_check  # noqa: E402
from desktop.settings import get_setting, put_setting  # noqa: E402
from tools.bench_common import Marks, base_parser, insert_rows, machine, profiled, summary  # noqa: E402
from tools.benchmark_loans import DATASET_SETTING as LOANS_SETTING  # noqa: E402
from tools.benchmark_loans import GENERATOR as LOANS_GENERATOR  # noqa: E402
from tools.benchmark_loans import LOANS, TREASURER_USERNAME, ensure_loans, loans_path  # noqa: E402
from tools.benchmark_register import ADMIN_PASSWORD, GROUPS, MEMBERS  # noqa: E402
from tools.benchmark_savings import DATASET_SETTING as SAVINGS_SETTING  # noqa: E402
from tools.benchmark_savings import (  # noqa: E402
    ENTRIES,
    _copy_books,
    _remove_books,
    ensure_savings,
    savings_path,
)
from tools.benchmark_savings import dataset_mark as savings_mark  # noqa: E402

BOOKS_FILE, RUN_FILE = "collection.sqlite3", "collection-run.sqlite3"
DATASET_SETTING = "benchmark.collection"  # written last, in the build's one transaction
GENERATOR = 1  # raised when the build changes, so that older books are made again
LOAD_TARGET_MS, POST_TARGET_MS = 300.0, 200.0
GROUP_SIZE, MEASURED, MIN_BORROWERS = 40, 8, 10
ROUNDS, LOADS = 2, 3  # rounds of load, post, reverse per group; timed loads of each new sheet
HISTORY_DAYS = 365  # a year of monthly meetings before the books' day

SUKARELA_SHARE = 0.4  # members who put sukarela in at the meeting
SUKARELA_AMOUNTS = (5_000, 10_000, 20_000, 25_000, 50_000, 100_000)
WITHDRAWALS = 2  # per sheet, by members with at least WITHDRAWAL_FLOOR in sukarela
WITHDRAWAL_FLOOR = 100_000
# Attendance of the members who paid nothing at a meeting of last year.
ABSENT = (("absent", 0.5), ("excused", 0.3), ("present", 0.2))
REVERSAL_REASON = "Salah tanggal rapat"


# --------------------------------------------------------------------------- the data set


def collection_path(data_dir: Path) -> Path:
    return data_dir / BOOKS_FILE


def _plain(path: Path) -> sqlite3.Connection:
    """A connection that only reads, outside the program, which would migrate the books: the
    loan and savings books stay as their benchmarks made them. (Not SQLite's read-only mode,
    which leaves an empty -wal and -shm file beside WAL books.)"""
    return sqlite3.connect(path)


def _setting(path: Path, key: str) -> str | None:
    if not path.exists():
        return None
    connection = _plain(path)
    try:
        row = connection.execute('SELECT "value" FROM "setting" WHERE "key" = ?', (key,)).fetchone()
        return row[0] if row else None
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def _count(path: Path, sql: str) -> int | None:
    if not path.exists():
        return None
    connection = _plain(path)
    try:
        return connection.execute(sql).fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def _loans_ready(path: Path, seed: int) -> bool:
    """What benchmark_loans checks before it reuses its books, read without migrating them."""
    text = _setting(path, LOANS_SETTING)
    mark = json.loads(text) if text else {}
    return (mark.get("generator") == LOANS_GENERATOR and mark.get("loans") == LOANS
            and mark.get("seed") == seed and mark.get("as_of") == dt.date.today().isoformat()
            and _count(path, 'SELECT COUNT(*) FROM "loan_payment"') == mark.get("payments")
            and _count(path, """SELECT "last_value" FROM "counter" WHERE "name" = 'receipt'"""
                       ) == mark.get("payments"))


def _savings_ready(path: Path, seed: int) -> bool:
    return (_setting(path, SAVINGS_SETTING) == savings_mark(MEMBERS, ENTRIES, seed)
            and _count(path, 'SELECT COUNT(*) FROM "savings_entry"') == ENTRIES)


def _sources_mark(data_dir: Path) -> dict:
    return {"loans": _setting(loans_path(data_dir), LOANS_SETTING),
            "savings": _setting(savings_path(data_dir), SAVINGS_SETTING)}


def ensure_collection(data_dir: Path, seed: int, size: int) -> dict:
    """Make sure complete collection books are in *data_dir*; return the seconds spent on them
    and on the books they come from (empty when all were reused)."""
    made: dict = {}
    if not _loans_ready(loans_path(data_dir), seed):
        start = time.perf_counter()
        ensure_loans(data_dir, LOANS, seed)
        made["loan_books"] = time.perf_counter() - start
    if not _savings_ready(savings_path(data_dir), seed):
        start = time.perf_counter()
        ensure_savings(data_dir, MEMBERS, GROUPS, ENTRIES, seed)
        made["savings_books"] = time.perf_counter() - start
    path = collection_path(data_dir)
    wanted = {"generator": GENERATOR, "seed": seed, "size": size, **_sources_mark(data_dir)}
    if not made and collection_complete(path, wanted):
        return made
    made.update(build_collection(data_dir, path, wanted, seed, size))
    return made


def collection_complete(path: Path, wanted: dict) -> bool:
    """True when *path* holds the collection books as the build's last step left them, from
    the loan and savings books as they are now."""
    text = _setting(path, DATASET_SETTING)
    mark = json.loads(text) if text else {}
    return (all(mark.get(key) == value for key, value in wanted.items())
            and _count(path, 'SELECT COUNT(*) FROM "savings_entry"') == mark.get("entries")
            and _count(path, 'SELECT COUNT(*) FROM "collection_sheet"') == mark.get("sheets")
            and _count(path, 'SELECT COUNT(*) FROM "sheet_posting"') == mark.get("postings"))


def build_collection(data_dir: Path, path: Path, wanted: dict, seed: int, size: int) -> dict:
    """Build the collection books at *path*; return the seconds of each step."""
    marks = Marks()
    _copy_books(loans_path(data_dir), path)
    info = open_books(path, data_dir / "cadangan")  # the program's migration adds the sheets
    if info.backup_before_migration is not None:
        info.backup_before_migration.unlink(missing_ok=True)  # the same file as the loan books
    marks.mark("copy_and_migrate")
    on = dt.date.fromisoformat(json.loads(wanted["loans"])["as_of"])
    database.execute_sql("PRAGMA cache_size = -1000000")
    # This is a data generator: it writes the tables directly instead of going through the
    # operations of desktop/, which would take hours for two million entries.
    database.execute_sql("ATTACH DATABASE ? AS savings_books", (str(savings_path(data_dir)),))
    try:
        with database.atomic():
            entries = _copy_savings()
    finally:
        database.execute_sql("DETACH DATABASE savings_books")
    marks.mark("savings_ledger")
    with database.atomic():
        moved = _fill_groups(on, size)
        sheets, lines, postings = _sheet_history(on, random.Random(seed + 7))
        marks.mark("sheet_history")
        put_setting(DATASET_SETTING, json.dumps({
            **wanted, "as_of": on.isoformat(), "entries": entries, "sheets": sheets,
            "lines": lines, "postings": postings, "moved_members": moved}))
    problems = []
    for table in ("savings_account", "savings_entry", "member", "membership", "collection_sheet",
                  "sheet_line", "sheet_posting"):
        problems += database.execute_sql(f"PRAGMA foreign_key_check({table})").fetchall()
    wrong = balance_check() + _sheet_check()
    marks.mark("checks")
    close_database()
    if problems or wrong:
        _remove_books(path)
        raise RuntimeError(f"the collection books are wrong: {len(problems)} broken foreign keys, "
                           f"{len(wrong)} balances or sheets that disagree with their entries, "
                           f"e.g. {(problems + wrong)[0]}")
    made = dict(marks.seconds)
    made["collection"] = sum(marks.seconds.values())
    return made


BUILD_STEPS = ("copy_and_migrate", "savings_ledger", "sheet_history", "checks")


def _copy_savings() -> int:
    """The savings benchmark's accounts and entries, copied into the loan books; the number of
    entries. The same members are in both books; each receipt number is used once, so the
    savings receipts come after the loans' ones and the counter after both."""
    same = database.execute_sql(
        'SELECT COUNT(*) FROM "member" m JOIN savings_books."member" s ON s."id" = m."id" '
        'WHERE s."number" = m."number" AND s."group_id" IS m."group_id" '
        'AND s."status" = m."status" AND s."join_date" = m."join_date" '
        'AND s."exit_date" IS m."exit_date"').fetchone()[0]
    if same != Member.select().count():
        raise RuntimeError("the loan and savings books hold different members; delete both from "
                           "bench-data/ and run again")
    loans_receipts = Counter.get(Counter.name == "receipt").last_value
    SavingsEntry.delete().execute()
    SavingsAccount.delete().execute()
    database.execute_sql(
        'INSERT INTO "savings_account" ("id", "member_id", "product_id", "balance", "opened_on") '
        'SELECT a."id", a."member_id", p."id", a."balance", a."opened_on" '
        'FROM savings_books."savings_account" a '
        'JOIN savings_books."savings_product" sp ON sp."id" = a."product_id" '
        'JOIN "savings_product" p ON p."code" = sp."code" ORDER BY a."id"')
    database.execute_sql(
        'INSERT INTO "savings_entry" ("id", "account_id", "on", "kind", "amount", "method", "note", '
        '"receipt_number", "reverses_id", "user_id", "posted_at") '
        'SELECT e."id", e."account_id", e."on", e."kind", e."amount", e."method", e."note", '
        """'KW' || printf('%07d', CAST(substr(e."receipt_number", 3) AS INTEGER) + ?), """
        'e."reverses_id", u."id", e."posted_at" FROM savings_books."savings_entry" e '
        'JOIN savings_books."user" su ON su."id" = e."user_id" '
        'JOIN "user" u ON u."username" = su."username" ORDER BY e."id"', (loans_receipts,))
    savings_receipts = database.execute_sql(
        """SELECT "last_value" FROM savings_books."counter" WHERE "name" = 'receipt'""").fetchone()[0]
    Counter.update(last_value=loans_receipts + savings_receipts).where(
        Counter.name == "receipt").execute()
    return SavingsEntry.select().count()


def _active_counts(on: dt.date) -> list[tuple[int, int, int]]:
    """(group, active members who joined by *on*, of whom with a running loan) of every group,
    the largest first."""
    running = (LoanShare.select(LoanShare.member).where(LoanShare.status == "active"))
    borrowing = pw.fn.SUM(pw.Case(None, [(Member.id.in_(running), 1)], 0))
    query = (Member.select(Member.group, pw.fn.COUNT(Member.id), borrowing)
             .where((Member.status == "active") & Member.group.is_null(False) & (Member.join_date <= on))
             .group_by(Member.group).order_by(pw.fn.COUNT(Member.id).desc()))
    return list(query.tuples())


def pick_groups(on: dt.date, size: int, count: int) -> list[tuple[int, int, int]]:
    """The *count* groups closest to *size* active members (at least nine in ten of it) with at
    least MIN_BORROWERS running loans: (group, members, borrowers)."""
    fit = [row for row in _active_counts(on) if row[1] >= size * 9 // 10 and row[2] >= MIN_BORROWERS]
    return sorted(fit, key=lambda row: (abs(row[1] - size), -row[2], row[0]))[:count]


def _fill_groups(on: dt.date, size: int) -> int:
    """Make sure MEASURED groups of about *size* active members with running loans exist: when
    there are too few, the groups with the most borrowers take in active members without loans
    or debts from the smallest groups, a year before the books' day (their savings stay as
    they are). Returns the members moved; none with the books the benchmarks make now."""
    if len(pick_groups(on, size, MEASURED)) >= MEASURED:
        return 0
    counts = _active_counts(on)
    chosen = sorted(counts, key=lambda row: (-row[2], row[0]))[:MEASURED]
    taken = {group for group, _n, _b in chosen}
    busy = (LoanShare.select(LoanShare.member).where(LoanShare.status == "active"))
    donors = [group for group, _n, _b in sorted(counts, key=lambda row: (row[1], row[0]))
              if group not in taken]
    moved_on = on - dt.timedelta(days=365)
    free = [m for (m,) in Member.select(Member.id)
            .where(Member.group.in_(donors) & (Member.status == "active")
                   & (Member.join_date <= moved_on) & Member.id.not_in(busy))
            .order_by(Member.group, Member.id).tuples()]
    moves = []
    for group, members, _borrowers in chosen:
        need = max(0, size - members)
        moves += [(member, group) for member in free[:need]]
        free = free[need:]
    for member, group in moves:
        Membership.update(end_date=moved_on, end_reason="moved").where(
            (Membership.member == member) & Membership.end_date.is_null()).execute()
        Membership.insert(member=member, group=group, start_date=moved_on).execute()
        Member.update(group=group).where(Member.id == member).execute()
    return len(moves)


def _meeting_days(since: dt.date) -> dict[int, int]:
    """Each group's day of the month for its meeting: the day most of its wajib was paid on."""
    query = ('SELECT m."group_id", CAST(strftime(\'%d\', e."on") AS INTEGER) AS d, COUNT(*) '
             'FROM "savings_entry" e JOIN "savings_account" a ON a."id" = e."account_id" '
             'JOIN "savings_product" p ON p."id" = a."product_id" '
             'JOIN "member" m ON m."id" = a."member_id" '
             """WHERE p."kind" = 'wajib' AND e."kind" = 'deposit' AND e."on" >= ? """
             'AND m."group_id" IS NOT NULL GROUP BY 1, 2')
    best: dict[int, tuple[int, int]] = {}
    for group, day, count in database.execute_sql(query, (since.isoformat(),)):
        if group not in best or (-count, day) < (-best[group][1], best[group][0]):
            best[group] = (day, count)
    return {group: day for group, (day, _count) in best.items()}


def _sheet_history(on: dt.date, rng: random.Random) -> tuple[int, int, int]:
    """A posted sheet for every monthly meeting of every group in the year before *on*: a line
    for each member then in the group with the wajib, sukarela, withdrawals and installments
    they paid that day, each entry and payment linked to the sheet. Returns the sheets, lines
    and postings written."""
    since = on - dt.timedelta(days=HISTORY_DAYS)
    first_month = since.year * 12 + since.month - 1
    meetings: dict[tuple[int, str], int] = {}  # (group, day) -> sheet id, given below
    for group, day in _meeting_days(since - dt.timedelta(days=HISTORY_DAYS)).items():
        for month in range(first_month, on.year * 12 + on.month):
            year, month_ = month // 12, month % 12 + 1
            held = dt.date(year, month_, min(day, calendar.monthrange(year, month_)[1]))
            if since <= held < on:
                meetings[(group, held.isoformat())] = 0
    for number, key in enumerate(sorted(meetings, key=lambda k: (k[1], k[0])), 1):
        meetings[key] = number
    window = (since.isoformat(), on.isoformat())
    # What each member paid at each meeting: (sheet, member) -> column -> amount, and the
    # entries and payments that the sheet posted.
    paid: dict[tuple[int, int], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    share_of: dict[tuple[int, int], int] = {}
    postings: list[tuple[int, int | None, int | None]] = []
    entries = database.execute_sql(
        'SELECT e."id", e."on", e."kind", e."amount", a."member_id", p."kind", m."group_id" '
        'FROM "savings_entry" e JOIN "savings_account" a ON a."id" = e."account_id" '
        'JOIN "savings_product" p ON p."id" = a."product_id" '
        'JOIN "member" m ON m."id" = a."member_id" '
        'WHERE e."on" >= ? AND e."on" < ? AND e."reverses_id" IS NULL '
        """AND e."kind" IN ('deposit', 'withdrawal') AND p."kind" IN ('wajib', 'sukarela') """
        'AND NOT EXISTS (SELECT 1 FROM "savings_entry" r WHERE r."reverses_id" = e."id") '
        'ORDER BY e."id"', window)
    for entry, day, kind, amount, member, product, group in entries:
        sheet = meetings.get((group, day))
        if sheet is None:
            continue
        column = "withdrawal" if kind == "withdrawal" else product
        paid[(sheet, member)][column] += abs(amount)
        postings.append((sheet, entry, None))
    payments = database.execute_sql(
        'SELECT lp."id", lp."on", lp."amount", ls."member_id", ls."id", m."group_id" '
        'FROM "loan_payment" lp JOIN "loan_share" ls ON ls."id" = lp."share_id" '
        'JOIN "member" m ON m."id" = ls."member_id" '
        """WHERE lp."on" >= ? AND lp."on" < ? AND lp."kind" = 'repayment' """
        'AND NOT EXISTS (SELECT 1 FROM "loan_payment" r WHERE r."reverses_id" = lp."id") '
        'ORDER BY lp."id"', window)
    for payment, day, amount, member, share, group in payments:
        sheet = meetings.get((group, day))
        if sheet is None:
            continue
        paid[(sheet, member)]["installment"] += amount
        share_of[(sheet, member)] = share
        postings.append((sheet, None, payment))
    members: dict[int, list[tuple[int, str, str | None]]] = defaultdict(list)
    for member, group, joined, left in (Member.select(Member.id, Member.group, Member.join_date,
                                                      Member.exit_date)
                                        .where(Member.group.is_null(False)).order_by(Member.id).tuples()):
        members[group].append((member, joined.isoformat(), left.isoformat() if left else None))
    users = dict(User.select(User.username, User.id).tuples())
    treasurer = users[TREASURER_USERNAME]
    mentors = dict(Group.select(Group.id, Group.mentor).tuples())
    payers: dict[int, set[int]] = defaultdict(set)  # also one who has left the group since
    for sheet, member in paid:
        payers[sheet].add(member)
    sheet_rows, line_rows = [], []
    for (group, day), sheet in sorted(meetings.items(), key=lambda item: item[1]):
        there = {m for m, joined, left in members[group] if joined <= day and (left is None or left > day)}
        there |= payers.get(sheet, set())
        if not there:  # a group whose members have all left
            continue
        net = 0
        for member in sorted(there):
            amounts = paid.get((sheet, member), {})
            wajib, sukarela = amounts.get("wajib", 0), amounts.get("sukarela", 0)
            withdrawal, installment = amounts.get("withdrawal", 0), amounts.get("installment", 0)
            if wajib or sukarela or withdrawal or installment:
                attendance = "late" if rng.random() < 0.08 else "present"
            else:
                attendance = rng.choices([a for a, _w in ABSENT], weights=[w for _a, w in ABSENT])[0]
            net += wajib + sukarela + installment - withdrawal
            line_rows.append((sheet, member, attendance, wajib, sukarela, withdrawal, installment,
                              share_of.get((sheet, member))))
        seconds = 9 * 3600 + rng.randrange(5 * 3600)
        stamp = f"{day} {seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        sheet_rows.append((sheet, group, day, "posted", net, "", mentors.get(group) or treasurer,
                           stamp, treasurer, stamp, None, None, "", 2))
    insert_rows(database, CollectionSheet, SHEET_COLUMNS, sheet_rows)
    insert_rows(database, SheetLine, LINE_COLUMNS, line_rows)
    insert_rows(database, SheetPosting, POSTING_COLUMNS, sorted(postings, key=lambda p: p[0]))
    return len(sheet_rows), len(line_rows), len(postings)


SHEET_COLUMNS = ("id", "group", "on", "status", "cash_counted", "note", "created_by", "saved_at",
                 "posted_by", "posted_at", "reversed_by", "reversed_on", "reversal_reason", "version")
LINE_COLUMNS = ("sheet", "member", "attendance", "wajib", "sukarela", "withdrawal", "installment",
                "share")
POSTING_COLUMNS = ("sheet", "savings_entry", "loan_payment")


def _sheet_check() -> list[tuple]:
    """(sheet, cash counted, sum of its lines, sum of its postings) of every sheet where the
    three disagree."""
    return database.execute_sql(
        'SELECT s."id", s."cash_counted", l.total, p.total FROM "collection_sheet" s '
        'LEFT JOIN (SELECT "sheet_id", SUM("wajib" + "sukarela" + "installment" - "withdrawal") AS total '
        '           FROM "sheet_line" GROUP BY "sheet_id") l ON l."sheet_id" = s."id" '
        'LEFT JOIN (SELECT sp."sheet_id", SUM(COALESCE(abs(e."amount"), 0) * (CASE WHEN e."kind" = '
        """'withdrawal' THEN -1 ELSE 1 END) + COALESCE(lp."amount", 0)) AS total """
        '           FROM "sheet_posting" sp LEFT JOIN "savings_entry" e ON e."id" = sp."savings_entry_id" '
        '           LEFT JOIN "loan_payment" lp ON lp."id" = sp."loan_payment_id" '
        '           GROUP BY sp."sheet_id") p ON p."sheet_id" = s."id" '
        'WHERE s."cash_counted" != COALESCE(l.total, 0) OR s."cash_counted" != COALESCE(p.total, 0)'
    ).fetchall()


# --------------------------------------------------------------------------- measurements


def working_copy(data_dir: Path) -> tuple[Path, float]:
    """A fresh copy of the collection books for this run, opened; the seconds it took. The
    run posts and reverses its sheets in this copy, which is deleted afterwards, rather than
    taking its rows out of the collection books again: a posted sheet touches a dozen tables
    and stored totals, and a copy cannot miss one."""
    start = time.perf_counter()
    path = data_dir / RUN_FILE
    _copy_books(collection_path(data_dir), path)
    open_books(path, data_dir / "cadangan")
    return path, time.perf_counter() - start


def describe(on: dt.date, groups: list[tuple[int, int, int]]) -> dict:
    """The books' shape, and the groups measured."""
    sheets = CollectionSheet.select()
    first, last = sheets.select(pw.fn.MIN(CollectionSheet.on), pw.fn.MAX(CollectionSheet.on)).tuples().get()
    names = dict(Group.select(Group.id, Group.name).where(Group.id.in_([g for g, _n, _b in groups])).tuples())
    return {
        "members": Member.select().count(),
        "active_members": Member.select().where(Member.status == "active").count(),
        "groups": Group.select().count(),
        "savings_accounts": SavingsAccount.select().count(),
        "savings_entries": SavingsEntry.select().count(),
        "running_shares": LoanShare.select().where(LoanShare.status == "active").count(),
        "loan_payments": LoanPayment.select().count(),
        "sheets": sheets.count(),
        "sheet_lines": SheetLine.select().count(),
        "sheet_postings": SheetPosting.select().count(),
        "sheets_from": str(first), "sheets_to": str(last),
        "groups_measured": [{"id": g, "name": names[g], "members": n, "borrowers": b}
                            for g, n, b in groups],
    }


def full_lines(sheet: SheetData, rng: random.Random) -> list[LineForm]:
    """The sheet as the treasurer types it at a full meeting: what is due from everyone, wajib
    from each member (a month's when nothing is owed), sukarela from some, a withdrawal or two,
    and a few members late or excused (sending their money with a neighbour)."""
    wajib = SavingsProduct.get((SavingsProduct.kind == "wajib") & (SavingsProduct.active == True)).amount  # noqa: E712 - SQL
    savers = [d.member_id for d in sheet.dues if d.sukarela_balance >= WITHDRAWAL_FLOOR]
    taking = set(rng.sample(savers, min(WITHDRAWALS, len(savers))))
    balance = {d.member_id: d.sukarela_balance for d in sheet.dues}
    lines = []
    for line in sheet.lines:
        pick = rng.random()
        attendance = "late" if pick < 0.07 else "excused" if pick < 0.1 else "present"
        out = 0
        if line.member_id in taking:
            out = max(10_000, int(balance[line.member_id] * rng.uniform(0.1, 0.5)) // 5_000 * 5_000)
        lines.append(LineForm(line.member_id, attendance, line.wajib or wajib,
                              rng.choice(SUKARELA_AMOUNTS) if rng.random() < SUKARELA_SHARE else 0,
                              out, line.installment))
    return lines


def _timed(work, *args) -> tuple[object, float, float]:
    """What *work* returns, and its milliseconds of wall and processor time."""
    start, started = time.perf_counter(), time.process_time()
    result = work(*args)
    return result, (time.perf_counter() - start) * 1000, (time.process_time() - started) * 1000


def measure_sheets(groups: list[tuple[int, int, int]], on: dt.date, seed: int,
                   rounds: int) -> dict:
    """Each group's sheet opened, posted, reopened and reversed, in *rounds* rounds."""
    actor = login(TREASURER_USERNAME, ADMIN_PASSWORD)
    rng = random.Random(seed + 8)
    times: dict[str, list[float]] = defaultdict(list)
    sheets: list[dict] = []
    for round_ in range(rounds):
        for index, (group, _members, _borrowers) in enumerate(groups):
            for _ in range(LOADS):
                sheet, ms, cpu = _timed(load_sheet, group, on)
                times["load"].append(ms)
                times["load_cpu"].append(cpu)
            lines = full_lines(sheet, rng)
            cash = sum(line.money_in - line.withdrawal for line in lines)
            sheet_id, post_ms, cpu = _timed(post_sheet, actor, group, on, lines, cash, "rapat rutin")
            times["post"].append(post_ms)
            times["post_cpu"].append(cpu)
            if round_:
                sheets[index]["post_ms"].append(post_ms)
            posted, ms, _cpu = _timed(load_sheet, group, on)
            times["load_posted"].append(ms)
            _none, ms, _cpu = _timed(reverse_sheet, actor, sheet_id, REVERSAL_REASON, posted.version)
            times["reverse"].append(ms)
            if round_ == 0:
                sheets.append({
                    "group": group, "lines": len(lines),
                    "with_loan": sum(1 for d in sheet.dues if d.share_id is not None),
                    "installments": sum(1 for line in lines if line.installment),
                    "sukarela": sum(1 for line in lines if line.sukarela),
                    "withdrawals": sum(1 for line in lines if line.withdrawal),
                    "postings": sum(bool(line.wajib) + bool(line.sukarela) + bool(line.withdrawal)
                                    + bool(line.installment) for line in lines),
                    "cash": cash, "post_ms": [post_ms]})
    return {"times": dict(times), "sheets": sheets}


def measure_reads(groups: list[tuple[int, int, int]], on: dt.date) -> dict:
    """For information: a sheet of last year opened, and the lists of sheets."""
    group = groups[0][0]
    old = (CollectionSheet.select(CollectionSheet.on)
           .where((CollectionSheet.group == group) & (CollectionSheet.status == "posted")
                  & (CollectionSheet.on < on - dt.timedelta(days=300)))
           .order_by(CollectionSheet.on).scalar())

    def runs(work, *args, times: int = 3) -> list[float]:
        return [_timed(work, *args)[1] for _ in range(times)]

    return {
        "old_sheet_on": str(old) if old else None,
        "load_old": runs(load_sheet, group, old) if old else [],
        "list_sheets": runs(list_sheets),
        "list_sheets_rows": len(list_sheets()),
        "list_sheets_group": runs(list_sheets, group),
        "list_sheets_group_rows": len(list_sheets(group)),
        "list_sheets_all": runs(list_sheets, None, 1_000_000, times=1),
        "list_sheets_all_rows": len(list_sheets(None, 1_000_000)),
    }


def profile_sheet(group: int, on: dt.date, seed: int) -> None:
    """Where the time of opening and posting one sheet goes (runs slower than measured)."""
    actor = login(TREASURER_USERNAME, ADMIN_PASSWORD)
    sheet = profiled(True, f"load_sheet(group {group})", load_sheet, group, on)
    lines = full_lines(sheet, random.Random(seed + 9))
    cash = sum(line.money_in - line.withdrawal for line in lines)
    sheet_id = profiled(True, f"post_sheet(group {group}, {len(lines)} lines)", post_sheet,
                        actor, group, on, lines, cash, "rapat rutin")
    reverse_sheet(actor, sheet_id, REVERSAL_REASON, load_sheet(group, on).version)


# --------------------------------------------------------------------------- the report


def targets(figures: dict) -> list[dict]:
    load, post = figures["load_ms"], figures["post_ms"]
    return [
        {"target": f"opening a {GROUP_SIZE}-member group's sheet < {LOAD_TARGET_MS:g} ms",
         "value": f"max {load['max']:.1f} ms (median {load['median']:.1f}; processor max "
                  f"{figures['load_cpu_ms']['max']:.1f})",
         "pass": load["max"] < LOAD_TARGET_MS},
        {"target": f"posting the sheet < {POST_TARGET_MS:g} ms",
         "value": f"max {post['max']:.1f} ms (median {post['median']:.1f}; processor max "
                  f"{figures['post_cpu_ms']['max']:.1f})",
         "pass": post["max"] < POST_TARGET_MS},
    ]


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values):.1f} ms, max {max(values):.1f} ms ({len(values)} runs)"


def print_report(figures: dict) -> None:
    machine_, dataset, shape = figures["machine"], figures["dataset"], figures["shape"]
    print(f"\nBerdaya collection sheet benchmark: {len(shape['groups_measured'])} groups of about "
          f"{GROUP_SIZE} members, on {dataset['as_of']}\n"
          f"  books: {dataset['path']} ({dataset['bytes'] / 1e6:.0f} MB), measured on a fresh copy "
          f"made in {dataset['copy_s']:.1f} s and deleted afterwards")
    made = dataset["generation_s"]
    if not made:
        print("  data set: reused")
    for books in ("loan", "savings"):
        if f"{books}_books" in made:
            print(f"  the {books} benchmark's books made first: {made[f'{books}_books']:.1f} s")
    if "collection" in made:
        steps = ", ".join(f"{step.replace('_', ' ')} {made[step]:.1f} s" for step in BUILD_STEPS)
        print(f"  collection books built in {made['collection']:.1f} s ({steps})")
    print(f"  machine: {machine_['cpus']} CPUs, Python {machine_['python']}, {machine_['platform']}")
    busy = max(figures["load"]) > (machine_["cpus"] or 1)
    print("  load average (1 min) before and after measuring: "
          + " and ".join(f"{load:.1f}" for load in figures["load"])
          + (": other programs competed for the processors and made the times longer"
             if busy else ""))
    print("\nData set")
    print(f"  {shape['members']:,} members ({shape['active_members']:,} active) in {shape['groups']:,} "
          f"groups; {shape['savings_accounts']:,} savings accounts with {shape['savings_entries']:,} "
          f"entries; {shape['running_shares']:,} running loan shares, {shape['loan_payments']:,} "
          f"loan payments")
    print(f"  {shape['sheets']:,} posted sheets of monthly meetings from {shape['sheets_from']} to "
          f"{shape['sheets_to']}, {shape['sheet_lines']:,} lines, {shape['sheet_postings']:,} postings")
    print("\nGroups measured (first round)")
    print(f"  {'group':<28} {'members':>7} {'loans':>6} {'instal.':>7} {'sukarela':>8} "
          f"{'withdr.':>7} {'postings':>8} {'cash':>12}  posting ms, each round")
    names = {g["id"]: g["name"] for g in shape["groups_measured"]}
    for sheet in figures["sheets"]:
        print(f"  {names[sheet['group']][:28]:<28} {sheet['lines']:>7} {sheet['with_loan']:>6} "
              f"{sheet['installments']:>7} {sheet['sukarela']:>8} {sheet['withdrawals']:>7} "
              f"{sheet['postings']:>8} {sheet['cash']:>12,}  "
              + " ".join(f"{ms:6.1f}" for ms in sheet["post_ms"]))
    load, post = figures["load_ms"], figures["post_ms"]
    print(f"\nOpening a new sheet, load_sheet ({load['n']}), ms: median {load['median']:.1f}, "
          f"p95 {load['p95']:.1f}, max {load['max']:.1f}; processor time max "
          f"{figures['load_cpu_ms']['max']:.1f}")
    print(f"Posting a full sheet, post_sheet, committed ({post['n']}), ms: median {post['median']:.1f}, "
          f"p95 {post['p95']:.1f}, max {post['max']:.1f}; processor time max "
          f"{figures['post_cpu_ms']['max']:.1f}")
    reads = figures["reads"]
    print("\nFor information")
    print(f"  load_sheet, the sheet just posted   {_ms(figures['times']['load_posted'])}")
    print(f"  reverse_sheet, the sheet just posted   {_ms(figures['times']['reverse'])}")
    if reads["load_old"]:
        print(f"  load_sheet, a posted sheet of {reads['old_sheet_on']}   {_ms(reads['load_old'])}")
    print(f"  list_sheets() ({reads['list_sheets_rows']} rows, its default limit)   "
          f"{_ms(reads['list_sheets'])}")
    print(f"  list_sheets, one group ({reads['list_sheets_group_rows']} rows)   "
          f"{_ms(reads['list_sheets_group'])}")
    print(f"  list_sheets, no limit ({reads['list_sheets_all_rows']:,} rows)   "
          f"{_ms(reads['list_sheets_all'])}")
    print("\nTargets")
    for target in figures["targets"]:
        verdict = "PASS" if target["pass"] else "FAIL"
        print(f"  {verdict}  {target['target']:<50} {target['value']}")
    if not all(target["pass"] for target in figures["targets"]) and not figures["profiled"]:
        print("  (--profile shows where the time of opening and posting one sheet goes)")


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = base_parser(__doc__, "folder of the benchmark books (default: bench-data/)")
    parser.add_argument("--profile", action="store_true",
                        help="print cProfile of opening and posting one sheet")
    parser.add_argument("--size", type=int, default=GROUP_SIZE, help=argparse.SUPPRESS)
    parser.add_argument("--rounds", type=int, default=ROUNDS, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> dict:
    print(f"Data set in {args.data} …", flush=True)
    made = ensure_collection(args.data, args.seed, args.size)
    path, copy_s = working_copy(args.data)
    try:
        on = dt.date.fromisoformat(json.loads(get_setting(DATASET_SETTING))["as_of"])
        groups = pick_groups(on, args.size, MEASURED)
        if not groups:
            raise RuntimeError(f"no group of about {args.size} members with running loans")
        print("Measuring …", flush=True)
        load = [os.getloadavg()[0]]
        shape = describe(on, groups)
        measured = measure_sheets(groups, on, args.seed, args.rounds)
        reads = measure_reads(groups, on)
        load.append(os.getloadavg()[0])
        if args.profile:
            profile_sheet(groups[0][0], on, args.seed)
    finally:
        close_database()
        _remove_books(path)
    source = collection_path(args.data)
    times = measured["times"]
    figures = {
        "machine": machine(),
        "load": load,
        "dataset": {"path": str(source), "as_of": on.isoformat(), "bytes": source.stat().st_size,
                    "generation_s": made, "copy_s": copy_s},
        "shape": shape,
        "sheets": measured["sheets"],
        "times": times,
        "load_ms": summary(times["load"]),
        "load_cpu_ms": summary(times["load_cpu"]),
        "post_ms": summary(times["post"]),
        "post_cpu_ms": summary(times["post_cpu"]),
        "reads": reads,
        "profiled": args.profile,
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

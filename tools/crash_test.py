"""Crash test of the books: a program killed at any moment, in the middle of any write, leaves
books that open, whose every posting is there whole or not at all, and whose figures agree.

    python tools/crash_test.py [--runs 200] [--seed 1] [--dir DIR]

A small office is built once: three groups of six members, each member with savings and half
of them borrowing from a group loan. Then, run after run on the same file, a worker process
opens the books and works as the office does on a busy day: it posts the groups' collection
sheets on successive meeting days (wajib, sukarela, withdrawals and installments), keeps some
as drafts first, imports member lists from Excel files (each file's rows carry its tag, so
they can be counted) and now and then reverses the newest sheet of a group. It is killed with
SIGKILL at a random moment: while it starts, after a random time at work (sometimes a few
milliseconds), or at a point held inside a transaction. After each kill the books are checked:

* SQLite's integrity_check says ok and foreign_key_check finds nothing;
* the books open as the program opens them;
* every posted sheet holds one posting for each amount on its lines, with that amount; a
  reversed sheet has every posting reversed; a draft has none; no meeting entry stands outside
  a sheet; every sheet the worker saw committed is there;
* every imported file is there whole (its members, their accounts and stays in the group, its
  new group and its audit record) or not at all;
* every stored balance equals the sum of its entries (savings, loan shares, capital pools);
* no receipt number is used twice, and the receipt sequence is past the highest one;
* the audit trail's hash chain is intact.

The worker notes what it begins and what it finished in a journal beside the books (a line is
written whole or not at all, and a killed process loses nothing it had written). The next run
goes on from the same file. It prints a short report and exits 1 when any check failed; the
books of a failed run are kept for a look.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import queue
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter as Tally
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402

from db.connection import close_database, database  # noqa: E402
from db.models import CollectionSheet, Group, SavingsAccount, SavingsProduct, User  # noqa: E402
from desktop import capital, loans, member_import_write, savings  # noqa: E402
from desktop.audit import check_chain  # noqa: E402
from desktop.auth import Actor, actor_of  # noqa: E402
from desktop.books import create_first_administrator, open_books  # noqa: E402
from desktop.collection import (  # noqa: E402
    LineForm,
    RowError,
    SheetData,
    load_sheet,
    post_sheet,
    reverse_sheet,
    save_draft,
)
from desktop.errors import DomainError  # noqa: E402
from desktop.groups import GroupForm, create_group, group_kinds  # noqa: E402
from desktop.loan_products import LoanProductForm, create_loan_product  # noqa: E402
from desktop.member_columns import find_header_row, guess_mapping  # noqa: E402
from desktop.member_import import ImportOptions, analyse  # noqa: E402
from desktop.members import MemberForm, register_member  # noqa: E402
from desktop.nik import make_nik  # noqa: E402
from desktop.spreadsheets import read_table  # noqa: E402
from desktop.users import create_user  # noqa: E402

PASSWORD = "rahasia123"
STAFF = (("bendahara", "Bambang Hartono", "treasurer"), ("sekretaris", "Sri Wahyuni", "secretary"),
         ("pendamping", "Dewi Kartika", "mentor"), ("ketua", "Haryanto", "chair"))
GROUPS = ("KUBE Mawar", "KUBE Melati", "KSM Anggrek")
FIRST_NAMES = ("Siti", "Ani", "Budi", "Citra", "Dedi", "Euis", "Fajar", "Gita", "Hasan", "Indah")
LAST_NAMES = ("Aminah", "Lestari", "Santoso", "Dewi", "Kurnia", "Rohmah", "Pratama", "Wati")
JOINED = dt.date(2016, 1, 4)
LENT = dt.date(2016, 1, 11)
FIRST_MEETING = dt.date(2016, 1, 18)
BACKUPS = "cadangan"
MEETING_NOTE = "Rapat kelompok %"  # how desktop.collection notes a sheet's entries
IMPORTS_PER_RUN = 60  # with at most 700 rows a file, so that every imported NIK differs
WORK_LIMIT = 120.0  # seconds a worker goes on if nobody stops it


# --- the office --------------------------------------------------------------------------------

def build_office(path: Path) -> None:
    """Create the small office's books at *path* through the program's own operations."""
    open_books(path, path.parent / BACKUPS)
    try:
        admin = create_first_administrator("admin", "Admin Kantor", PASSWORD)
        for username, full_name, role in STAFF:
            create_user(admin, username, full_name, role, PASSWORD)
        staff = _staff()
        product = create_loan_product(admin, LoanProductForm(
            "PX", "Pinjaman Kelompok Panjang", "flat", "1", "monthly", 240, 260, 0, "0", 0, 0))
        source = capital.create_source(admin, "Dana Desa Cilincing", "village")
        pool = capital.create_pool(admin, source, "Dana Bergulir", dt.date(2015, 12, 1))
        capital.receive_capital(admin, pool, dt.date(2015, 12, 1), 500_000_000)
        kind = next(i for i, name in group_kinds() if name == "KUBE")
        for index, name in enumerate(GROUPS):
            form = GroupForm(name=name, kind_id=kind, formed_date=dt.date(2015, 1, 5),
                             kelurahan="Cilincing", kecamatan="Cilincing", city="Jakarta Utara")
            group = create_group(admin, form)
            members = [register_member(admin, MemberForm(
                name=f"{FIRST_NAMES[(index * 6 + k) % 10]} {LAST_NAMES[(index + k) % 8]}",
                sex="PL"[k % 2], birth_date=dt.date(1980 + k, 3, 12), group_id=group,
                join_date=JOINED)) for k in range(6)]
            for member in members:
                savings.deposit(staff["treasurer"], _account(member, "sukarela"), JOINED, 300_000)
            _lend(staff, product, pool, group, members[:3])
    finally:
        close_database()


def _staff() -> dict[str, Actor]:
    return {role: actor_of(User.get(User.username == name)) for name, _full, role in STAFF}


def _account(member_id: int, kind: str) -> int:
    return (SavingsAccount.select(SavingsAccount.id).join(SavingsProduct)
            .where((SavingsAccount.member == member_id) & (SavingsProduct.kind == kind)).scalar())


def _lend(staff: dict[str, Actor], product: int, pool: int, group: int, members: list[int]) -> None:
    """A long group loan (twenty years of installments), so that meetings keep paying on it."""
    form = loans.LoanApplication(product, group, [(m, 20_000_000) for m in members], 240,
                                 "modal usaha", LENT - dt.timedelta(days=7))
    loan = loans.apply_for_loan(staff["secretary"], form)
    loans.approve_loan(staff["chair"], loan, loans.get_loan(loan).version, LENT - dt.timedelta(days=3))
    loans.disburse_loan(staff["treasurer"], loan, loans.get_loan(loan).version, pool, LENT)


# --- the worker --------------------------------------------------------------------------------

@dataclass
class Desk:
    """The worker's day: who acts, where its files go, and the journal of what it does."""

    rng: random.Random
    run: int
    journal: int  # a file descriptor opened for appending
    files: Path
    staff: dict[str, Actor]
    groups: list[int]
    imports: int = 0

    def note(self, **event: object) -> None:
        # One write of a short line to a file opened for appending: there whole or not at all.
        os.write(self.journal, (json.dumps(event) + "\n").encode())


def open_desk(path: Path, journal: Path, run: int, seed: int) -> Desk:
    """Open the books as a worker; the caller closes the journal."""
    open_books(path, path.parent / BACKUPS)
    groups = [g for (g,) in Group.select(Group.id).where(Group.name.in_(GROUPS)).tuples()]
    files = path.parent / "berkas"
    files.mkdir(exist_ok=True)
    return Desk(random.Random(seed), run, os.open(journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT),
                files, _staff(), groups)


def typed_lines(rng: random.Random, sheet: SheetData) -> list[LineForm]:
    """What the treasurer types for each member: wajib, some sukarela, a withdrawal now and
    then, and part of what is due on the loan."""
    lines = []
    for due in sheet.dues:
        attendance = rng.choice(("present", "present", "present", "late", "excused", "absent"))
        if attendance in ("excused", "absent"):
            lines.append(LineForm(due.member_id, attendance))
            continue
        withdrawal = 0
        if due.sukarela_balance >= 100_000 and rng.random() < 0.2:
            withdrawal = rng.randrange(10, due.sukarela_balance // 2000) * 1000
        installment = min(due.installment_due, rng.choice((5_000, 10_000, 25_000))) if due.share_id else 0
        lines.append(LineForm(due.member_id, attendance, rng.choice((0, 10_000, 20_000)),
                              rng.choice((0, 0, 5_000, 50_000)), withdrawal, installment))
    return lines


def post_next_sheet(desk: Desk, group_id: int) -> None:
    """Post the group's next meeting: a draft left open, a day whose sheet was reversed, or the
    day after the last one; a third of new sheets are kept as a draft first."""
    last = (CollectionSheet.select().where(CollectionSheet.group == group_id)
            .order_by(CollectionSheet.on.desc(), CollectionSheet.id.desc()).first())
    on = FIRST_MEETING if last is None else last.on if last.status != "posted" else last.on + dt.timedelta(days=1)
    if on > dt.date.today():
        return
    sheet = load_sheet(group_id, on)
    lines = typed_lines(desk.rng, sheet)
    key, version = f"{group_id}:{on.isoformat()}", sheet.version
    if sheet.status == "new" and desk.rng.random() < 0.3:
        desk.note(do="draft", key=key, event="begin")
        save_draft(desk.staff["mentor"], group_id, on, lines, None, "diisi pendamping")
        desk.note(do="draft", key=key, event="done")
        if desk.rng.random() < 0.3:
            return  # left open: a later run finds the draft and posts it
        version = load_sheet(group_id, on).version
    desk.note(do="post", key=key, event="begin")
    while True:
        try:
            post_sheet(desk.staff["treasurer"], group_id, on, lines,
                       sum(line.money_in - line.withdrawal for line in lines), "rapat rutin", version)
            break
        except RowError as exc:
            # A withdrawal the savings could not cover on that day (money taken out by a later
            # reversal): the treasurer strikes it, as the refusal names the row, and posts again.
            if exc.column != "withdrawal":
                raise
            lines[exc.row - 1].withdrawal = 0
    desk.note(do="post", key=key, event="done")


def reverse_newest(desk: Desk, group_id: int) -> None:
    """Reverse the group's newest sheet when it is posted (its money was typed wrong)."""
    sheet = (CollectionSheet.select().where((CollectionSheet.group == group_id)
                                            & (CollectionSheet.status != "reversed"))
             .order_by(CollectionSheet.on.desc(), CollectionSheet.id.desc()).first())
    if sheet is None or sheet.status != "posted":
        return
    desk.note(do="reverse", key=str(sheet.id), event="begin")
    reverse_sheet(desk.staff["treasurer"], sheet.id, "salah ketik, dipungut ulang", sheet.version)
    desk.note(do="reverse", key=str(sheet.id), event="done")


def member_file(path: Path, tag: str, rows: int, first_serial: int) -> Path:
    """An old member list whose rows all carry *tag* in the address and name a new group
    "Impor <tag>"; half the rows give a NIK (each one different), the others sex and birth."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Nama Lengkap", "NIK", "L/P", "Tanggal Lahir", "Alamat", "Desa", "Kelompok",
                  "Jenis Kelompok", "Tgl Masuk"])
    for row in range(rows):
        name = f"{FIRST_NAMES[row % 10]} {LAST_NAMES[(row // 10) % 8]}"
        serial = first_serial + row
        born = dt.date(1950, 1, 1) + dt.timedelta(days=serial // 9999)
        nik = make_nik("317504", born, "PL"[row % 2], serial % 9999 + 1) if row % 2 == 0 else ""
        sheet.append([name, nik, "" if nik else "PL"[row % 2], None if nik else dt.datetime(1982, 5, 1),
                      f"Berkas {tag}", "Cilincing", f"Impor {tag}", "KUBE", dt.datetime(2016, 1, 4)])
    book.save(path)
    return path


def import_file(desk: Desk) -> None:
    """Import a new member list: a few rows mostly, now and then one over the 500-row chunk."""
    if desk.imports >= IMPORTS_PER_RUN:
        return
    desk.imports += 1
    tag = f"{desk.run:04d}-{desk.imports:03d}"
    rows = 650 if desk.rng.random() < 0.05 else desk.rng.choice((2, 5, 12, 30, 60))
    path = member_file(desk.files / f"anggota-{tag}.xlsx", tag, rows,
                       (desk.run * IMPORTS_PER_RUN + desk.imports) * 700)
    table = read_table(path)
    header = find_header_row(table)
    plan = analyse(table, header, guess_mapping(table[header]), ImportOptions(), path.name)
    if plan.problems or len(plan.rows) != rows:
        raise RuntimeError(f"the file {path.name} does not analyse cleanly: {plan.problems[:3]}")
    desk.note(do="import", key=tag, rows=rows, event="begin")
    member_import_write.import_members(desk.staff["secretary"], plan)
    desk.note(do="import", key=tag, rows=rows, event="done")
    path.unlink()


def _hold_inside(point: str) -> None:
    """Make the first sheet posting (or import) stop inside its transaction, after its first
    writes, and say so on stdout: the kill then lands there for certain."""
    module, name = (savings, "post_deposits") if point == "sheet" else (member_import_write, "open_accounts")
    original = getattr(module, name)

    def hold(*args, **kwargs):
        result = original(*args, **kwargs)
        print("inside", flush=True)
        time.sleep(WORK_LIMIT)
        return result

    setattr(module, name, hold)


def work(path: Path, journal: Path, run: int, seed: int, hold: str | None = None) -> None:
    """The worker: open the books and post, import and reverse until killed (or the limit)."""
    if hold:
        _hold_inside(hold)
    desk = open_desk(path, journal, run, seed)
    print("ready", flush=True)
    end = time.monotonic() + WORK_LIMIT
    first = hold
    while time.monotonic() < end:
        chance = desk.rng.random()
        action = first or ("sheet" if chance < 0.8 else "import" if chance < 0.94 else "reverse")
        first = None
        group = desk.rng.choice(desk.groups)
        try:
            if action == "sheet":
                post_next_sheet(desk, group)
            elif action == "import":
                import_file(desk)
            else:
                reverse_newest(desk, group)
        except DomainError as exc:
            desk.note(do=action, event="refused", why=str(exc))
    os.close(desk.journal)
    close_database()


# --- the checks ----------------------------------------------------------------------------------

@dataclass
class Findings:
    """What the books hold after a kill, and what is wrong with them."""

    problems: list[str] = field(default_factory=list)
    posted: int = 0  # sheets posted (and still posted or reversed since)
    reversed: int = 0
    drafts: int = 0
    imported: int = 0  # files whose members are all there
    rolled_back: int = 0  # files begun and killed before their commit
    refusals: list[str] = field(default_factory=list)


def read_journal(journal: Path) -> tuple[dict[tuple[str, str], set[str]], dict[str, int], list[str]]:
    """(events of each (action, key), rows of each import tag, refusals) from the journal."""
    events: dict[tuple[str, str], set[str]] = defaultdict(set)
    rows: dict[str, int] = {}
    refusals = []
    if not journal.exists():
        return events, rows, refusals
    for line in journal.read_text().splitlines():
        entry = json.loads(line)
        if entry.get("event") == "refused":
            refusals.append(f"{entry['do']}: {entry['why']}")
        elif "do" in entry:
            events[(entry["do"], entry["key"])].add(entry["event"])
            if entry["do"] == "import":
                rows[entry["key"]] = entry["rows"]
    return events, rows, refusals


def file_checks(path: Path) -> list[str]:
    """SQLite's own checks of the file as the kill left it."""
    connection = sqlite3.connect(path)
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        keys = connection.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [f"SQLite cannot read the file: {exc}"]
    finally:
        connection.close()
    problems = [] if integrity == ["ok"] else [f"integrity_check: {'; '.join(integrity[:5])}"]
    if keys:
        problems.append(f"foreign_key_check: {len(keys)} rows point nowhere, e.g. {keys[:3]}")
    return problems


def check_books(path: Path, journal: Path) -> Findings:
    """Every check of the module's description, on the books at *path*."""
    found = Findings(problems=file_checks(path))
    if found.problems:
        return found
    try:
        open_books(path, path.parent / BACKUPS)
    except Exception as exc:  # noqa: BLE001 - whatever stops the books opening is the finding
        found.problems.append(f"the books do not open: {exc}")
        return found
    try:
        events, rows, found.refusals = read_journal(journal)
        _check_sheets(events, found)
        _check_imports(events, rows, found)
        _check_figures(found)
    finally:
        close_database()
    return found


_SAVINGS_POSTINGS = """
    SELECT sp.sheet_id, a.member_id, p.kind, e.amount,
           EXISTS (SELECT 1 FROM savings_entry r WHERE r.reverses_id = e.id)
    FROM sheet_posting sp JOIN savings_entry e ON e.id = sp.savings_entry_id
    JOIN savings_account a ON a.id = e.account_id JOIN savings_product p ON p.id = a.product_id"""
_LOAN_POSTINGS = """
    SELECT sp.sheet_id, s.member_id, 'loan', lp.amount,
           EXISTS (SELECT 1 FROM loan_payment r WHERE r.reverses_id = lp.id)
    FROM sheet_posting sp JOIN loan_payment lp ON lp.id = sp.loan_payment_id
    JOIN loan_share s ON s.id = lp.share_id"""
_LINES = """
    SELECT l.sheet_id, l.member_id, l.wajib, l.sukarela, l.withdrawal, l.installment
    FROM sheet_line l JOIN collection_sheet c ON c.id = l.sheet_id WHERE c.status != 'draft'"""


def _check_sheets(events: dict[tuple[str, str], set[str]], found: Findings) -> None:
    sheets = {sid: (group, str(on), status) for sid, group, on, status in database.execute_sql(
        "SELECT id, group_id, \"on\", status FROM collection_sheet")}
    expected: dict[int, Tally] = defaultdict(Tally)
    for sheet, member, wajib, sukarela, withdrawal, installment in database.execute_sql(_LINES):
        for kind, amount in (("wajib", wajib), ("sukarela", sukarela), ("sukarela", -withdrawal),
                             ("loan", installment)):
            if amount:
                expected[sheet][(member, kind, amount)] += 1
    actual: dict[int, Tally] = defaultdict(Tally)
    reversed_: dict[int, set[bool]] = defaultdict(set)
    for sheet, member, kind, amount, undone in [*database.execute_sql(_SAVINGS_POSTINGS),
                                                *database.execute_sql(_LOAN_POSTINGS)]:
        actual[sheet][(member, kind, amount)] += 1
        reversed_[sheet].add(bool(undone))
    for sid, (group, on, status) in sorted(sheets.items()):
        where = f"sheet {sid} (group {group}, {on}, {status})"
        if status == "draft" and actual[sid]:
            found.problems.append(f"{where} is a draft but has {sum(actual[sid].values())} postings")
        elif status != "draft" and actual[sid] != expected[sid]:
            missing, extra = expected[sid] - actual[sid], actual[sid] - expected[sid]
            found.problems.append(f"{where}: postings differ from its lines; missing "
                                  f"{sorted(missing)[:4]}, not on its lines {sorted(extra)[:4]}")
        elif status == "posted" and True in reversed_[sid]:
            found.problems.append(f"{where}: some of its postings are reversed")
        elif status == "reversed" and False in reversed_[sid]:
            found.problems.append(f"{where}: some of its postings are not reversed")
    found.posted = sum(1 for _g, _on, status in sheets.values() if status != "draft")
    found.reversed = sum(1 for _g, _on, status in sheets.values() if status == "reversed")
    found.drafts = len(sheets) - found.posted
    for table, column in (("savings_entry", "savings_entry_id"), ("loan_payment", "loan_payment_id")):
        (orphans,) = database.execute_sql(
            f"SELECT COUNT(*) FROM {table} x WHERE x.note LIKE ? AND NOT EXISTS "
            f"(SELECT 1 FROM sheet_posting sp WHERE sp.{column} = x.id)", (MEETING_NOTE,)).fetchone()
        if orphans:
            found.problems.append(f"{orphans} meeting entries in {table} belong to no sheet")
    _check_journal_sheets(events, sheets, found)


def _check_journal_sheets(events: dict[tuple[str, str], set[str]], sheets: dict, found: Findings) -> None:
    """What the worker saw committed must be in the books."""
    by_day: dict[str, set[str]] = defaultdict(set)
    for group, on, status in sheets.values():
        by_day[f"{group}:{on}"].add(status)
    for (action, key), seen in events.items():
        if "done" not in seen:
            continue
        if action == "post" and not by_day[key] & {"posted", "reversed"}:
            found.problems.append(f"the sheet {key} was posted, but the books have no posted sheet")
        elif action == "draft" and not by_day[key]:
            found.problems.append(f"the draft {key} was saved, but the books have no sheet")
        elif action == "reverse" and sheets.get(int(key), (0, "", ""))[2] != "reversed":
            found.problems.append(f"sheet {key} was reversed, but the books do not show it reversed")


def _by_address(sql: str) -> dict[str, int]:
    return dict(database.execute_sql(sql).fetchall())


def _check_imports(events: dict[tuple[str, str], set[str]], rows: dict[str, int], found: Findings) -> None:
    where = "m.address LIKE 'Berkas %' GROUP BY m.address"
    members = _by_address(f"SELECT m.address, COUNT(*) FROM member m WHERE {where}")
    accounts = _by_address(f"SELECT m.address, COUNT(*) FROM savings_account a JOIN member m ON m.id = a.member_id WHERE {where}")
    stays = _by_address(f"SELECT m.address, COUNT(*) FROM membership s JOIN member m ON m.id = s.member_id WHERE {where}")
    groups = {name for (name,) in database.execute_sql(
        f"SELECT name FROM {Group._meta.table_name} WHERE name LIKE 'Impor %'")}
    audited = {summary for (summary,) in database.execute_sql(
        "SELECT summary FROM audit_record WHERE action = 'member.import'")}
    (products,) = database.execute_sql("SELECT COUNT(*) FROM savings_product WHERE active").fetchone()
    for address in set(members) - {f"Berkas {tag}" for tag in rows}:
        found.problems.append(f"{members[address]} members of a file never begun ({address})")
    for tag, count in sorted(rows.items()):
        address = f"Berkas {tag}"
        held = (members.get(address, 0), accounts.get(address, 0), stays.get(address, 0),
                f"Impor {tag}" in groups, f"anggota-{tag}.xlsx: {count}" in audited)
        if held == (count, count * products, count, True, True):
            found.imported += 1
        elif held == (0, 0, 0, False, False) and "done" not in events[("import", tag)]:
            found.rolled_back += 1
        else:
            found.problems.append(f"file {tag} of {count} rows is there in part: {held[0]} members, "
                                  f"{held[1]} accounts, {held[2]} stays, group {held[3]}, audit {held[4]}")


def _check_figures(found: Findings) -> None:
    for name, check in (("savings balances", savings.balance_check), ("loan shares", loans.share_check),
                        ("capital pools", capital.pool_check)):
        wrong = check()
        if wrong:
            found.problems.append(f"{name} differ from their entries: {wrong[:3]}")
    tables = [t for t in ("savings_entry", "loan_payment", "cash_entry") if t in database.get_tables()]
    union = " UNION ALL ".join(f"SELECT receipt_number AS n FROM {t}" for t in tables)
    twice = database.execute_sql(f"SELECT n, COUNT(*) FROM ({union}) GROUP BY n HAVING COUNT(*) > 1 LIMIT 5").fetchall()
    if twice:
        found.problems.append(f"receipt numbers used twice: {twice}")
    (highest,) = database.execute_sql(
        f"SELECT MAX(CAST(substr(n, 3) AS INTEGER)) FROM ({union}) WHERE n GLOB 'KW[0-9]*'").fetchone()
    counter = database.execute_sql("SELECT last_value FROM counter WHERE name = 'receipt'").fetchone()
    if highest and (counter is None or counter[0] < highest):
        found.problems.append(f"the receipt sequence stands at {counter}, behind receipt {highest}")
    chain = check_chain()
    (records,) = database.execute_sql("SELECT COUNT(*) FROM audit_record").fetchone()
    if not chain.intact or chain.checked != records:
        found.problems.append(f"the audit chain is broken at records {chain.broken[:5]} "
                              f"({chain.checked} of {records} read)")


# --- the runs ------------------------------------------------------------------------------------

@dataclass
class Report:
    runs: int = 0
    kills: int = 0
    sheets_posted: int = 0
    sheets_reversed: int = 0
    drafts_open: int = 0
    files_imported: int = 0
    files_rolled_back: int = 0
    refusals: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def lines(self) -> list[str]:
        return [f"runs {self.runs}, kills {self.kills}, {self.seconds:.0f} s",
                f"sheets posted {self.sheets_posted} (reversed since: {self.sheets_reversed}), "
                f"drafts open {self.drafts_open}",
                f"files imported {self.files_imported}, killed before their commit {self.files_rolled_back}",
                f"refused by a rule {len(self.refusals)}" + (f", e.g. {self.refusals[0]}" if self.refusals else ""),
                f"problems found {len(self.problems)}", *(f"  {p}" for p in self.problems[:20])]


def kill_plan(rng: random.Random) -> tuple[str, float]:
    """How the next run ends: (when to kill, seconds to wait after that moment)."""
    chance = rng.random()
    if chance < 0.05:
        return "inside-sheet", rng.uniform(0, 0.01)
    if chance < 0.10:
        return "inside-import", rng.uniform(0, 0.01)
    if chance < 0.25:
        return "starting", rng.uniform(0, 1.0)
    return "working", rng.uniform(0, 0.03) if rng.random() < 0.3 else rng.uniform(0.03, 2.0)


def _read_lines(stream, lines: queue.Queue) -> None:
    for raw in stream:
        lines.put(raw.decode().strip())
    lines.put(None)


def _wait_for(lines: queue.Queue, wanted: str, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while (left := end - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            return False
        if line is None:
            return False
        if line == wanted:
            return True
    return False


def run_worker(path: Path, journal: Path, run: int, seed: int, when: str, delay: float) -> tuple[bool, str | None]:
    """Start a worker and kill it as *when* and *delay* say: (killed while alive, problem)."""
    command = [sys.executable, str(Path(__file__).resolve()), "--work", str(path), "--journal",
               str(journal), "--run", str(run), "--seed", str(seed)]
    if when.startswith("inside-"):
        command += ["--hold", when.removeprefix("inside-")]
    errors = path.parent / "worker-errors.txt"
    problem = None
    with open(journal, "a") as notes:  # the run's number is taken even if it dies at once
        notes.write(json.dumps({"run": run}) + "\n")
    with open(errors, "wb") as stderr:
        worker = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, cwd=ROOT)
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=_read_lines, args=(worker.stdout, lines), daemon=True).start()
        if when != "starting":
            wanted = "ready" if when == "working" else "inside"
            if not _wait_for(lines, wanted, 180):
                problem = f"the worker never said {wanted}"
        time.sleep(delay)
        alive = worker.poll() is None
        if alive:
            os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
        worker.stdout.close()
    if not alive:
        tail = errors.read_text(errors="replace").strip().splitlines()[-3:]
        problem = f"the worker stopped by itself (exit {worker.returncode}): {' | '.join(tail)}"
    return alive, problem


def next_run(journal: Path) -> int:
    if not journal.exists():
        return 1
    runs = [json.loads(line).get("run", 0) for line in journal.read_text().splitlines()]
    return max(runs, default=0) + 1


def crash_runs(path: Path, runs: int, seed: int = 1, plans: list[tuple[str, float]] | None = None,
               log=lambda text: None) -> Report:
    """Kill a worker on the books at *path* *runs* times, checking the books after each kill;
    stop at the first run whose books fail a check. *plans* fixes how each run ends."""
    rng, journal, started = random.Random(seed), path.with_suffix(".journal"), time.monotonic()
    report = Report()
    before = check_books(path, journal)
    report.problems += [f"before the first run: {p}" for p in before.problems]
    first, after = next_run(journal), before
    for index in range(runs if not report.problems else 0):
        when, delay = plans[index] if plans else kill_plan(rng)
        killed, problem = run_worker(path, journal, first + index, rng.randrange(2**31), when, delay)
        report.runs += 1
        report.kills += killed
        after = check_books(path, journal)
        report.problems += [f"run {first + index} ({when}, {delay:.3f} s): {p}"
                            for p in ([problem] if problem else []) + after.problems]
        log(f"run {first + index}: {when} {delay:.3f} s, sheets {after.posted}, files "
            f"{after.imported}+{after.rolled_back}, problems {len(after.problems) + bool(problem)}")
        if report.problems:
            break
    report.sheets_posted, report.sheets_reversed = after.posted - before.posted, after.reversed - before.reversed
    report.drafts_open = after.drafts
    report.files_imported = after.imported - before.imported
    report.files_rolled_back = after.rolled_back - before.rolled_back
    report.refusals = after.refusals[len(before.refusals):]
    report.seconds = time.monotonic() - started
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, help="where the books are kept (a new folder by default)")
    parser.add_argument("--verbose", action="store_true", help="a line after every run")
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--journal", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--run", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--hold", choices=("sheet", "import"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.work:
        work(args.work, args.journal, args.run, args.seed, args.hold)
        return 0
    folder = args.dir or Path(tempfile.mkdtemp(prefix="berdaya-crash-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kantor.sqlite3"
    if not path.exists():
        build_office(path)
    report = crash_runs(path, args.runs, args.seed, log=print if args.verbose else lambda text: None)
    print("\n".join(report.lines()))
    if report.problems:
        print(f"The books are kept in {folder}")
        return 1
    if args.dir is None:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark of the audit trail viewer on a trail of 2,000,000 records.

    python tools/benchmark_audit.py [--data DIR] [--json FILE] [--chain] [--profile]

It starts from the collection benchmark's books in DIR (bench-data/ in the repository, which git
ignores: 50,000 members, 2,000,000 savings entries, 20,000 loans with about 1.2 million
payments, a year of meeting sheets), made by that benchmark's generator when missing and used
as they are otherwise. A copy, opened by the program (which migrates it), becomes
DIR/audit.sqlite3, whose trail is filled, once, with 2,000,000 records as the operations write
them, oldest first with a sound hash chain: a member.register for every member and a
group.create for every group on the day it joined or was formed, the application, approval and
disbursement of every loan, the posting of every sheet, a savings record for 29 of every 50
savings entries and a loan record for 29 of every 50 payments (each with the entry as stored,
on the entry's day), and member.update records (a phone number corrected) for the rest. The
books are reused while their mark says they are complete.

Then it times each kind of page the viewer reads (target: every page under PAGE_TARGET_MS), ten
"load more" pages, one record's detail (target: under DETAIL_TARGET_MS) and writing audit
records (what the indexes cost every operation): first as the program's migrations leave the
trail, with the viewer's indexes by user and by kind (VIEWER_INDEXES), then, for comparison,
with those two dropped; they are created again at the end. --chain also times the full
check of the hash chain.

It prints a table with PASS/FAIL per target and exits 0 whatever the figures: it is a report,
not a test.
"""

from __future__ import annotations

import datetime as dt
import heapq
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from db.audit_chain import chain_hash, last_hash, write_anchor  # noqa: E402
from db.connection import close_database, database  # noqa: E402
from db.models import AuditRecord, User  # noqa: E402
from desktop import audit, audit_queries  # noqa: E402
from desktop.audit_queries import AuditFilter, find_records, record_detail  # noqa: E402
from desktop.auth import actor_of  # noqa: E402
from desktop.books import open_books  # noqa: E402
from desktop.settings import get_setting, put_setting  # noqa: E402
from tools.bench_common import base_parser, machine, profiled, summary  # noqa: E402
from tools.benchmark_collection import GROUP_SIZE, collection_path, ensure_collection  # noqa: E402
from tools.benchmark_savings import _copy_books  # noqa: E402

RECORDS = 2_000_000
BOOKS_FILE = "audit.sqlite3"
DATASET_SETTING = "benchmark.audit"
GENERATOR = 1
PAGE_TARGET_MS, DETAIL_TARGET_MS = 200.0, 50.0
REPEATS = 5
SAMPLE = 29  # of every 50 savings entries and loan payments
VIEWER_INDEXES = {
    "audit_record_user_id_at": "CREATE INDEX IF NOT EXISTS audit_record_user_id_at ON audit_record (user_id, at)",
    "audit_record_action_at": "CREATE INDEX IF NOT EXISTS audit_record_action_at ON audit_record (action, at)",
}
COLUMNS = "at, user_id, action, entity, entity_id, summary, before, after, hash"


# --------------------------------------------------------------------------- the data set

def _dumps(values: dict | None) -> str | None:
    return json.dumps(values, ensure_ascii=False, sort_keys=True) if values is not None else None


def _at(day: str, seconds: int) -> str:
    """A time in office hours on *day* (stored ISO date), *seconds* after eight o'clock."""
    return f"{day[:10]} {8 + seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


# Each source yields (at, user_id, action, entity, entity_id, summary, before, after) in time
# order; the time of day is a fixed scramble of the id, so that the SQL can sort by it.
SCRAMBLE = "(({id} * 7919) % 28800)"


def _select(sql: str) -> Iterator[tuple]:
    cursor = database.connection().cursor()
    cursor.execute(sql)
    while rows := cursor.fetchmany(20_000):
        yield from rows


def _savings() -> Iterator[tuple]:
    secs = SCRAMBLE.format(id="e.id")
    sql = (f'SELECT e.id, e.account_id, e."on", e.kind, e.amount, e.method, e.note, e.receipt_number, '
           f"e.reverses_id, e.user_id, e.posted_at, m.number, p.code, {secs} AS secs FROM savings_entry e "
           "JOIN savings_account a ON a.id = e.account_id JOIN member m ON m.id = a.member_id "
           f'JOIN savings_product p ON p.id = a.product_id WHERE e.id % 50 < {SAMPLE} ORDER BY e."on", secs')
    for i, acc, on, kind, amount, method, note, receipt, rev, user, posted, number, code, secs in _select(sql):
        after = {"account": acc, "amount": amount, "id": i, "kind": kind, "method": method, "note": note,
                 "on": on, "posted_at": str(posted).replace(" ", "T"), "receipt_number": receipt,
                 "reverses": rev, "user": user}
        yield (_at(on, secs), user, f"savings.{kind}", "savings_entry", i,
               f"{receipt} {number} {code} {amount}", None, _dumps(after))


def _payments() -> Iterator[tuple]:
    secs = SCRAMBLE.format(id="p.id")
    sql = (f'SELECT p.id, p.share_id, p."on", p.kind, p.amount, p.principal, p.jasa, p.method, p.note, '
           f"p.receipt_number, p.reverses_id, p.user_id, l.number, m.number, {secs} AS secs FROM loan_payment p "
           "JOIN loan_share s ON s.id = p.share_id JOIN loan l ON l.id = s.loan_id "
           f'JOIN member m ON m.id = s.member_id WHERE p.id % 50 < {SAMPLE} ORDER BY p."on", secs')
    for i, share, on, kind, amount, principal, jasa, method, note, receipt, rev, user, loan, number, secs \
            in _select(sql):
        after = {"amount": amount, "id": i, "jasa": jasa, "kind": kind, "method": method, "note": note,
                 "on": on, "principal": principal, "receipt_number": receipt, "reverses": rev,
                 "share": share, "user": user}
        yield (_at(on, secs), user, f"loan.{kind}", "loan_payment", i,
               f"{receipt} {loan} {number} {amount}", None, _dumps(after))


def _members(secretary: int) -> Iterator[tuple]:
    secs = SCRAMBLE.format(id="id")
    sql = ("SELECT id, number, nik, name, sex, birth_date, kelurahan, group_id, join_date, "
           f"{secs} AS secs FROM member ORDER BY join_date, secs")
    for i, number, nik, name, sex, born, kelurahan, group, joined, secs in _select(sql):
        after = {"birth_date": born, "group": group, "id": i, "join_date": joined, "kelurahan": kelurahan,
                 "name": name, "nik": nik, "number": number, "sex": sex, "status": "active", "version": 1}
        yield _at(joined, secs), secretary, "member.register", "member", i, f"{number} {name}", None, _dumps(after)


def _groups(secretary: int) -> Iterator[tuple]:
    secs = SCRAMBLE.format(id="id")
    sql = (f"SELECT id, name, kind_id, kelurahan, COALESCE(formed_date, DATE(created_at)) AS day, {secs} AS secs "
           "FROM community_group ORDER BY day, secs")
    for i, name, kind, kelurahan, day, secs in _select(sql):
        after = {"id": i, "kelurahan": kelurahan, "kind": kind, "name": name, "stage": "growing", "version": 1}
        yield _at(day, secs), secretary, "group.create", "group", i, name, None, _dumps(after)


def _loans(step: str, day_column: str, user_column: str) -> Iterator[tuple]:
    secs = SCRAMBLE.format(id="id")
    sql = (f"SELECT id, number, principal, status, {day_column}, {user_column}, {secs} AS secs FROM loan "
           f"WHERE {day_column} IS NOT NULL ORDER BY {day_column}, secs")
    for i, number, principal, status, day, user, secs in _select(sql):
        summary_text = f"{number} {principal}" if step == "apply" else number
        yield (_at(day, secs), user, f"loan.{step}", "loan", i, summary_text,
               None if step == "apply" else _dumps({"status": "applied"}), _dumps({"status": status}))


def _sheets() -> Iterator[tuple]:
    secs = SCRAMBLE.format(id="s.id")
    sql = (f'SELECT s.id, g.name, s."on", s.posted_by_id, {secs} AS secs FROM collection_sheet s '
           "JOIN community_group g ON g.id = s.group_id WHERE s.status = 'posted' ORDER BY s.\"on\", secs")
    for i, group, on, user, secs in _select(sql):
        yield _at(on, secs), user, "sheet.post", "collection_sheet", i, f"{group} {on}", None, _dumps({"status": "posted"})


def _updates(count: int, secretary: int, seed: int) -> Iterator[tuple]:
    """*count* corrections of a member's phone number, on days spread over the books' years."""
    import random

    rng = random.Random(seed)
    members = list(database.execute_sql("SELECT id, number, name, join_date FROM member").fetchall())
    today = dt.date.today().toordinal()
    events = []
    for _ in range(count):
        i, number, name, joined = rng.choice(members)
        day = dt.date.fromordinal(rng.randint(dt.date.fromisoformat(joined).toordinal(), today))
        events.append((day.isoformat(), rng.randrange(28800), i, number, name))
    events.sort()
    for day, secs, i, number, name in events:
        before, after = {"phone": f"08{rng.randrange(10**9):09d}"}, {"phone": f"08{rng.randrange(10**9):09d}"}
        yield _at(day, secs), secretary, "member.update", "member", i, f"{number} {name}", _dumps(before), _dumps(after)


def _count(sql: str) -> int:
    return database.execute_sql(sql).fetchone()[0]


def generate_trail(records: int, seed: int) -> int:
    """Write *records* audit records, oldest first, each chained to the one before."""
    secretary = User.get(User.role == "secretary").id
    share = f"% 50 < {SAMPLE}"
    planned = (_count(f"SELECT COUNT(*) FROM savings_entry WHERE id {share}")
               + _count(f"SELECT COUNT(*) FROM loan_payment WHERE id {share}")
               + _count("SELECT COUNT(*) FROM member") + _count("SELECT COUNT(*) FROM community_group")
               + _count("SELECT COUNT(*) FROM loan") + _count("SELECT COUNT(decided_on) FROM loan")
               + _count("SELECT COUNT(disbursed_on) FROM loan")
               + _count("SELECT COUNT(*) FROM collection_sheet WHERE status = 'posted'"))
    sources = [_savings(), _payments(), _members(secretary), _groups(secretary),
               _loans("apply", "applied_on", "applied_by_id"), _loans("approve", "decided_on", "decided_by_id"),
               _loans("disburse", "disbursed_on", "disbursed_by_id"), _sheets(),
               _updates(max(0, records - planned), secretary, seed)]
    previous, batch, written = last_hash(), [], 0
    sql = f"INSERT INTO audit_record ({COLUMNS}) VALUES ({', '.join('?' * 9)})"
    for values in heapq.merge(*sources, key=lambda v: v[0]):
        previous = chain_hash(previous, values)
        batch.append((*values, previous))
        if len(batch) == 20_000:
            database.cursor().executemany(sql, batch)
            written += len(batch)
            batch.clear()
    database.cursor().executemany(sql, batch)
    newest = database.execute_sql("SELECT MAX(id) FROM audit_record").fetchone()[0]
    if newest is not None:
        write_anchor(newest, previous)  # as the program keeps it, so the trail reads as whole
    return written + len(batch)


def books_path(data_dir: Path) -> Path:
    return data_dir / BOOKS_FILE


def _mark(seed: int, records: int) -> str:
    return json.dumps({"generator": GENERATOR, "records": records, "seed": seed})


def ensure_books(data_dir: Path, seed: int, records: int) -> float | None:
    """Open the benchmark's books, made first when missing; the seconds spent making them."""
    path = books_path(data_dir)
    if path.exists():
        open_books(path, data_dir / "cadangan")
        if get_setting(DATASET_SETTING) == _mark(seed, records):
            return None
        close_database()
    start = time.perf_counter()
    source = collection_path(data_dir)
    if not source.exists():
        ensure_collection(data_dir, seed, GROUP_SIZE)
    _copy_books(source, path)
    backups = Path(tempfile.mkdtemp(prefix="audit-migration-"))
    try:
        open_books(path, backups)  # the program's migrations bring the copy up to date
    finally:
        shutil.rmtree(backups, ignore_errors=True)
    database.execute_sql("PRAGMA cache_size = -500000")
    with database.atomic():
        database.execute_sql("DELETE FROM audit_record")
        written = generate_trail(records, seed)
        put_setting(DATASET_SETTING, _mark(seed, written))
    print(f"generated {written:,} audit records in {time.perf_counter() - start:.0f} s")
    return time.perf_counter() - start


# --------------------------------------------------------------------------- the measurements

def _ms(work: Callable[[], object], repeats: int) -> tuple[dict, object]:
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - start) * 1000)
    return summary(times), result


def _members_by_activity() -> tuple[int, int]:
    """(a member with the median number of savings entries, the member with the most)."""
    counts = database.execute_sql(
        "SELECT a.member_id, COUNT(*) AS n FROM savings_entry e JOIN savings_account a ON a.id = e.account_id "
        "GROUP BY a.member_id ORDER BY n").fetchall()
    return counts[len(counts) // 2][0], counts[-1][0]


def scenarios(actors: dict) -> list[tuple[str, AuditFilter]]:
    newest = AuditRecord.select(AuditRecord.at).order_by(AuditRecord.id.desc()).scalar()
    today = dt.datetime.fromisoformat(str(newest)).date()
    year_ago = today.replace(day=1) - dt.timedelta(days=365)
    month = (year_ago.replace(day=1), (year_ago.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
             - dt.timedelta(days=1))
    typical, busiest = _members_by_activity()
    number = database.execute_sql("SELECT number FROM member WHERE id = ?", (busiest,)).fetchone()[0]
    treasurer, chair = actors["treasurer"].id, actors["chair"].id
    return [
        ("the newest records", AuditFilter()),
        ("user: the treasurer (most records)", AuditFilter(user_id=treasurer)),
        ("user: the chair (few records)", AuditFilter(user_id=chair)),
        ("dates: a month a year ago", AuditFilter(first=month[0], last=month[1])),
        ("dates: one day two years ago", AuditFilter(first=today - dt.timedelta(days=730),
                                                      last=today - dt.timedelta(days=730))),
        ("kind: savings", AuditFilter(area="savings")),
        ("kind: loans", AuditFilter(area="loans")),
        ("kind: users and settings (none in these books)", AuditFilter(area="users")),
        ("kind: other (none)", AuditFilter(area="other")),
        ("kind + dates: savings in a month", AuditFilter(area="savings", first=month[0], last=month[1])),
        ("kind + user: loans by the treasurer", AuditFilter(area="loans", user_id=treasurer)),
        ("kind + user: members by the treasurer (none)", AuditFilter(area="members", user_id=treasurer)),
        ("member: a typical member", AuditFilter(member_id=typical)),
        ("member: the busiest member", AuditFilter(member_id=busiest)),
        ("member + kind: the busiest member's loans", AuditFilter(member_id=busiest, area="loans")),
        (f"text: a member number ({number})", AuditFilter(text=number)),
        ("text: nothing matches", AuditFilter(text="tidak ada")),
        ("text + dates: a month", AuditFilter(text="SW", first=month[0], last=month[1])),
        ("text + user: the chair", AuditFilter(text="PJ", user_id=chair)),
    ]


def measure_pages(actors: dict, repeats: int) -> list[dict]:
    chair = actors["chair"]
    results = []
    for name, flt in scenarios(actors):
        print(f"  {name}", file=sys.stderr, flush=True)
        figures, page = _ms(lambda f=flt: find_records(chair, f), repeats)
        results.append({"what": name, **figures, "rows": len(page.rows),
                        "partial": page.searched_to is not None, "target": PAGE_TARGET_MS})
    for name, flt in (("load more x10: whole trail", AuditFilter()), ("load more x10: kind savings",
                                                                     AuditFilter(area="savings"))):
        page, times = find_records(chair, flt), []
        for _ in range(10):
            start = time.perf_counter()
            page = find_records(chair, flt, page.next)
            times.append((time.perf_counter() - start) * 1000)
        results.append({"what": name, **summary(times), "rows": len(page.rows), "partial": False,
                        "target": PAGE_TARGET_MS})
    return results


def measure_details(actors: dict, repeats: int) -> list[dict]:
    results = []
    for action in ("savings.deposit", "loan.repayment", "member.update", "member.register"):
        record = AuditRecord.select(AuditRecord.id).where(AuditRecord.action == action) \
            .order_by(AuditRecord.id.desc()).scalar()
        figures, detail = _ms(lambda r=record: record_detail(actors["chair"], r), repeats)
        results.append({"what": f"detail: {action}", **figures, "rows": len(detail.fields), "partial": False,
                        "target": DETAIL_TARGET_MS})
    return results


def measure_writes(actors: dict, count: int = 1000) -> dict:
    """Writing audit records as operations do, rolled back afterwards."""
    treasurer = actors["treasurer"]
    with database.atomic() as transaction:
        start = time.perf_counter()
        for i in range(count):
            audit.record(treasurer, "savings.deposit", "savings_entry", 10_000_000 + i, f"KW9{i:06d} AG000001 SS 1000",
                         None, {"amount": 1000})
        seconds = time.perf_counter() - start
        transaction.rollback()
    return {"what": f"writing {count} audit records (ms each)", "n": count, "median": seconds * 1000 / count,
            "p95": seconds * 1000 / count, "max": seconds * 1000 / count, "rows": count, "partial": False,
            "target": None}


def set_indexes(present: bool) -> float:
    start = time.perf_counter()
    for name, sql in VIEWER_INDEXES.items():
        database.execute_sql(sql if present else f"DROP INDEX IF EXISTS {name}")
    return time.perf_counter() - start


def measure(actors: dict, repeats: int, chain: bool, profile: bool) -> dict:
    report = {}
    for label, present in (("as migrated", True), ("without the viewer's indexes", False)):
        took = set_indexes(present)
        rows = profiled(profile and present, label, measure_pages, actors, repeats)
        rows += measure_details(actors, repeats) + [measure_writes(actors)]
        report[label] = {"index_seconds": took, "rows": rows}
    set_indexes(True)
    if chain:
        start = time.perf_counter()
        check = audit_queries.check_chain(actors["chair"])
        report["chain"] = {"seconds": time.perf_counter() - start, "checked": check.checked,
                           "intact": check.intact}
    return report


def print_report(report: dict, made: float | None) -> None:
    print(f"\nAudit trail viewer on {AuditRecord.select().count():,} records"
          + (f" (books made in {made:.0f} s)" if made else ""))
    for label in ("as migrated", "without the viewer's indexes"):
        part = report[label]
        print(f"\n{label} (indexes changed in {part['index_seconds']:.1f} s)")
        print(f"{'':52} {'median':>9} {'p95':>9} {'max':>9} {'rows':>5}  result")
        for row in part["rows"]:
            target = row["target"]
            verdict = "" if target is None else ("PASS" if row["max"] <= target else "FAIL") + f" (< {target:.0f} ms)"
            note = " window" if row["partial"] else ""
            print(f"{row['what'][:52]:52} {row['median']:8.1f}  {row['p95']:8.1f}  {row['max']:8.1f}  "
                  f"{row['rows']:>5}  {verdict}{note}")
    if "chain" in report:
        chain = report["chain"]
        print(f"\nchain check: {chain['checked']:,} records in {chain['seconds']:.1f} s, "
              f"{'intact' if chain['intact'] else 'BROKEN'}")


def main() -> None:
    parser = base_parser(__doc__, "where the benchmark books are kept (default: bench-data/)")
    parser.add_argument("--chain", action="store_true", help="also time the check of the whole hash chain")
    parser.add_argument("--profile", action="store_true", help="show where the time of the pages goes")
    parser.add_argument("--repeats", type=int, default=REPEATS, help="times each page is read")
    args = parser.parse_args()
    made = ensure_books(args.data, args.seed, RECORDS)
    actors = {user.role: actor_of(user) for user in User.select().order_by(User.id.desc())}
    try:
        report = measure(actors, args.repeats, args.chain, args.profile)
        print_report(report, made)
    finally:
        close_database()
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "made_seconds": made, **report}, indent=1,
                                        default=str))


if __name__ == "__main__":
    main()

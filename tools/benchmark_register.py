"""Benchmark of the member register on a large office: 50,000 members in 2,000 groups.

    python tools/benchmark_register.py [--data DIR] [--json FILE] [--rounds N] [--profile]

First it generates (or reuses, when present and complete) large books in DIR (default
bench-data/ in the repository, which git ignores). Then it measures the project's targets:

* the members page usable in under 1 s after login, in this process and in fresh processes
  (where importing the whole program counts too);
* each keystroke of search-as-you-type answered in under 50 ms.

It prints a table with PASS/FAIL per target and exits 0 whatever the figures: it is a report,
not a test. Qt runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import time

# Noted before anything else is imported, so that a fresh process can tell how long the
# interpreter took to start and how long importing the program took.
PROCESS_START = time.monotonic()

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from collections import Counter as Tally  # noqa: E402
from collections import defaultdict  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from db.connection import close_database, database  # noqa: E402
from db.models import Counter, Group, GroupKind, Household, Member, Membership, User  # noqa: E402
from desktop import demo_data as data  # noqa: E402
from desktop.auth import ADMINISTRATOR, hash_password, login  # noqa: E402
from desktop.books import open_books  # noqa: E402
from desktop.errors import DomainError  # noqa: E402
from desktop.labels import STAGES  # noqa: E402
from desktop.member_queries import MemberFilter, count_members, search_members  # noqa: E402
from desktop.nik import FEMALE, MALE, make_nik  # noqa: E402
from desktop.paths import AppPaths  # noqa: E402
from desktop.settings import get_setting, put_setting  # noqa: E402
from desktop.text import search_key  # noqa: E402
from tools.bench_common import Gen, Marks, base_parser, insert_rows, machine, profiled, summary  # noqa: E402
from ui.app import AppController  # noqa: E402
from ui.member_model import PAGE  # noqa: E402

IMPORTED = time.monotonic()

MEMBERS, GROUPS = 50_000, 2_000
BOOKS_FILE = "register.sqlite3"
ADMIN_USERNAME, ADMIN_FULL_NAME, ADMIN_PASSWORD = "admin", "Rina Marlina", "benchmark123"
PAGE_TARGET_S = 1.0
KEYSTROKE_TARGET_MS = 50.0
RESULT_MARK = "BENCHMARK-RESULT "
EXITED_SHARE = 0.03  # members who have left the office; the list shows active ones by default
SHARED_HOME_SHARE = 0.2  # members who live in the household of the member registered before

GROUP_WORDS = ["Melati", "Sumber Rejeki", "Maju Bersama", "Harapan", "Mekar Jaya", "Berkah",
               "Kenanga", "Bangkit", "Mandiri", "Makmur", "Lestari", "Sejahtera", "Tunas Baru",
               "Karya Usaha", "Mawar", "Anggrek", "Rukun Warga", "Barokah", "Sinar Pagi", "Cempaka"]

KIND_IN_NAMES = {"POKMAS": "Pokmas"}  # as the demo office writes it: "Pokmas Sumber Rejeki"

GROUP_COLUMNS = ("id", "name", "kind", "formed_date", "address", "rt", "rw", "kelurahan",
                 "kecamatan", "city", "business_activities", "mentor", "stage", "notes",
                 "name_key", "created_at", "version")
HOUSEHOLD_COLUMNS = ("id", "kk_number", "size", "welfare_level", "welfare_source", "welfare_date")
MEMBER_COLUMNS = ("id", "number", "nik", "name", "name_key", "sex", "birth_place", "birth_date",
                  "address", "rt", "rw", "kelurahan", "phone", "occupation", "household", "group",
                  "status", "join_date", "exit_date", "exit_reason", "created_at", "version")
MEMBERSHIP_COLUMNS = ("member", "group", "start_date", "end_date", "end_reason")


# --------------------------------------------------------------------------- the data set





@dataclass(frozen=True)
class _PlannedGroup:
    id: int
    spec: data.DemoGroup  # the demo office's place the group is in
    formed: dt.date
    row: tuple


def books_path(data_dir: Path) -> Path:
    return data_dir / BOOKS_FILE


def ensure_dataset(data_dir: Path, members: int, groups: int, seed: int) -> float | None:
    """Make sure complete books are in *data_dir*; return the seconds spent generating them,
    or None when the ones already there were reused."""
    path = books_path(data_dir)
    if dataset_is_complete(path, members, groups):
        return None
    return generate_dataset(path, members, groups, seed)


def dataset_is_complete(path: Path, members: int, groups: int) -> bool:
    """True when *path* holds the whole generated data set, as the generator's last step left it."""
    if not path.exists():
        return False
    try:
        info = open_books(path, path.parent / "cadangan")
    except DomainError:
        return False
    try:
        counter = Counter.get_or_none(Counter.name == "member")
        return (not info.needs_administrator
                and Group.select().count() == groups
                and Member.select().count() == members
                and Membership.select().count() == members
                and counter is not None and counter.last_value == members)
    finally:
        close_database()


def _remove_books(path: Path) -> None:
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        name.unlink(missing_ok=True)


def generate_dataset(path: Path, members: int, groups: int, seed: int) -> float:
    """Build the books at *path* from scratch; return the seconds it took."""
    start = time.perf_counter()
    _remove_books(path)
    open_books(path, path.parent / "cadangan")  # the schema and group kinds, as the program makes them
    gen = Gen(random.Random(seed), dt.date.today(), dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S"))
    kinds = dict(GroupKind.select(GroupKind.code, GroupKind.id).tuples())
    planned = _plan_groups(gen, groups, kinds)
    sizes = Tally(gen.rng.randrange(groups) for _ in range(members))
    households: list[tuple] = []
    people = [person for index, group in enumerate(planned)
              for person in _group_members(gen, group, sizes[index], households)]
    member_rows, stays = _number_members(people, get_setting("member.number_prefix"))
    # This is a data generator: it writes the tables directly instead of going through the
    # operations of desktop/, which would take many minutes for 50,000 registrations.
    with database.atomic():
        insert_rows(database, Group, GROUP_COLUMNS, [group.row for group in planned])
        insert_rows(database, Household, HOUSEHOLD_COLUMNS, households)
        insert_rows(database, Member, MEMBER_COLUMNS, member_rows)
        insert_rows(database, Membership, MEMBERSHIP_COLUMNS, stays)
        _add_administrator(gen.created)
        put_setting("office.name", "Kantor Pemberdayaan Masyarakat (benchmark)")
        Counter.insert(name="member", last_value=len(member_rows)).on_conflict_replace().execute()
    problems = database.execute_sql("PRAGMA foreign_key_check").fetchall()
    close_database()
    if problems:
        raise RuntimeError(f"generated rows break {len(problems)} foreign keys, e.g. {problems[0]}")
    return time.perf_counter() - start


def _add_administrator(created: str) -> None:
    User.insert(username=ADMIN_USERNAME, full_name=ADMIN_FULL_NAME, role=ADMINISTRATOR,
                password_hash=hash_password(ADMIN_PASSWORD), active=True, created_at=created,
                version=1).execute()


def _plan_groups(gen: Gen, count: int, kinds: dict[str, int]) -> list[_PlannedGroup]:
    """Groups in the demo office's places, named like the real ones (a number tells apart
    groups that would share a name)."""
    seen: Tally = Tally()
    planned = []
    for group_id in range(1, count + 1):
        spec = gen.rng.choice(data.GROUPS)
        kind = gen.rng.choice(sorted(kinds))
        base = f"{KIND_IN_NAMES.get(kind, kind)} {gen.rng.choice(GROUP_WORDS)} {spec.kelurahan}"
        seen[base] += 1
        name = base if seen[base] == 1 else f"{base} {seen[base]}"
        formed = gen.day(dt.date(2005, 1, 1), gen.today - dt.timedelta(days=365))
        address = f"{gen.rng.choice(spec.streets)} No. {gen.rng.randint(1, 120)}"
        row = (group_id, name, kinds[kind], formed.isoformat(), address, spec.rt, spec.rw,
               spec.kelurahan, spec.kecamatan, spec.city, spec.activities, None,
               gen.rng.choice(list(STAGES)), "", search_key(name), gen.created, 1)
        planned.append(_PlannedGroup(group_id, spec, formed, row))
    return planned


def _group_members(gen: Gen, group: _PlannedGroup, size: int, households: list[tuple]) -> list[dict]:
    """One group's members; some share the household (and address) of the one before."""
    members: list[dict] = []
    home: tuple[int, str, str] | None = None
    for _ in range(size):
        if home is None or gen.rng.random() >= SHARED_HOME_SHARE:
            households.append(_household(gen, group.spec, len(households) + 1))
            street = f"{gen.rng.choice(group.spec.streets)} No. {gen.rng.randint(1, 120)}"
            home = (len(households), street, f"{gen.rng.randint(1, 12):03d}")
        members.append(_person(gen, group, home))
    return members


def _household(gen: Gen, spec: data.DemoGroup, household_id: int) -> tuple:
    """A household row: a KK number of the group's district and welfare data of one survey."""
    rng = gen.rng
    levels, source, first, last = rng.choices(data.WELFARE_SOURCES, weights=data.WELFARE_SOURCE_WEIGHTS)[0]
    level = rng.choices(list(levels), weights=list(levels.values()))[0]
    issued = gen.day(dt.date(2010, 1, 1), dt.date(2023, 12, 31))
    kk = f"{spec.region}{issued:%d%m%y}{gen.serial(('kk', spec.region, issued.year)):04d}"
    surveyed = min(gen.day(first, last), gen.today)
    return (household_id, kk, rng.choice([2, 3, 3, 4, 4, 4, 5, 5, 6, 7, 8]), level, source,
            surveyed.isoformat())


def _person(gen: Gen, group: _PlannedGroup, home: tuple[int, str, str]) -> dict:
    """A member's values by column name, without the id and number given after sorting."""
    rng, spec = gen.rng, group.spec
    sex = FEMALE if rng.random() < 0.75 else MALE
    born = gen.day(dt.date(1955, 1, 1), dt.date(2002, 12, 31))
    adult = born.replace(year=born.year + 18, day=min(born.day, 28))
    joined = gen.day(max(group.formed, adult), gen.today - dt.timedelta(days=30))
    left = _exit_date(gen, joined)
    name = data.random_name(rng, sex)
    local = data.LOCAL_BIRTH_PLACE[spec.city]
    jobs = data.FEMALE_OCCUPATIONS if sex == FEMALE else data.MALE_OCCUPATIONS
    return {
        "nik": make_nik(spec.region, born, sex, gen.serial((spec.region, born.year))),
        "name": name, "name_key": search_key(name), "sex": sex,
        "birth_place": local if rng.random() < 0.5 else rng.choice(data.BIRTH_PLACES),
        "birth_date": born.isoformat(), "address": home[1], "rt": home[2], "rw": spec.rw,
        "kelurahan": spec.kelurahan, "phone": data.random_phone(rng), "occupation": rng.choice(jobs),
        "household": home[0], "group": group.id, "status": "exited" if left else "active",
        "join_date": joined.isoformat(), "exit_date": left.isoformat() if left else None,
        "exit_reason": rng.choice(data.EXIT_REASONS) if left else "",
        "created_at": gen.created, "version": 1,
    }








def _exit_date(gen: Gen, joined: dt.date) -> dt.date | None:
    first, last = joined + dt.timedelta(days=180), gen.today - dt.timedelta(days=14)
    if first > last or gen.rng.random() >= EXITED_SHARE:
        return None
    return gen.day(first, last)


def _number_members(people: list[dict], prefix: str) -> tuple[list[tuple], list[tuple]]:
    """Member rows numbered in order of joining (as on paper), and their open or closed stays."""
    people.sort(key=lambda person: person["join_date"])
    members, stays = [], []
    for member_id, person in enumerate(people, start=1):
        person["id"], person["number"] = member_id, f"{prefix}{member_id:06d}"
        members.append(tuple(person[column] for column in MEMBER_COLUMNS))
        left = person["exit_date"]
        stays.append((member_id, person["group"], person["join_date"], left, "exited" if left else ""))
    return members, stays


# --------------------------------------------------------------------------- start-up





class _PaintWatcher(QObject):
    """Notes the first time a widget is painted."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


@dataclass
class Session:
    """The running program after the measured start: the window, its members page, and the
    folder that stands in for the user's data folder (settings, log)."""

    app: QApplication
    controller: AppController
    folder: tempfile.TemporaryDirectory

    @property
    def page(self):
        return self.controller.window.pages["members"]

    def close(self) -> None:
        self.controller.window.close()
        self.app.processEvents()
        close_database()
        self.folder.cleanup()


def measure_startup(db_path: Path) -> tuple[dict[str, float], Session]:
    """Seconds of each step from a new QApplication to a painted members page, by the code
    the program runs after a successful login."""
    folder = tempfile.TemporaryDirectory(prefix="berdaya-bench-")  # fresh settings each run
    marks = Marks()
    app = QApplication.instance() or QApplication([])
    controller = AppController(AppPaths(Path(folder.name)), db_path)
    marks.mark("qt_app")
    controller.books = open_books(db_path, controller.paths.backup_dir)
    marks.mark("open_books")
    actor = login(ADMIN_USERNAME, ADMIN_PASSWORD)
    marks.mark("login")
    controller.show_main(actor)  # the main window opens on its last page (the groups page)
    page = controller.window.pages["members"]
    watcher = _PaintWatcher(page.table.viewport())
    controller.window.show_page("members")
    marks.mark("main_window")
    _wait_until(app, lambda: watcher.painted and page.model.rowCount() > 0)
    marks.mark("first_paint")
    return marks.seconds, Session(app, controller, folder)


def _wait_until(app: QApplication, condition, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise RuntimeError("the members page did not show its rows in time")
        app.processEvents()


def child_main(data_dir: Path, spawned: float) -> None:
    """In a fresh process: measure the start and hand the figures to the parent on stdout."""
    phases, session = measure_startup(books_path(data_dir))
    usable = time.monotonic()
    # time.monotonic() is one system-wide clock (CLOCK_MONOTONIC, QueryPerformanceCounter), so
    # the parent's moment of spawning and this process's moments can be subtracted.
    figures = {"interpreter": PROCESS_START - spawned, "imports": IMPORTED - PROCESS_START,
               **phases, "process_to_usable": usable - spawned}
    print(RESULT_MARK + json.dumps(figures), flush=True)
    session.close()


def measure_fresh_processes(data_dir: Path, runs: int) -> list[dict[str, float]]:
    """Run the start in *runs* new interpreters, one after the other."""
    results = []
    for _ in range(runs):
        spawned = time.monotonic()
        done = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--data", str(data_dir),
             "--child", repr(spawned)],
            capture_output=True, text=True, timeout=300, env=dict(os.environ), check=False)
        lines = [line for line in done.stdout.splitlines() if line.startswith(RESULT_MARK)]
        if not lines:
            raise RuntimeError(f"the fresh process failed ({done.returncode}):\n{done.stderr}")
        results.append(json.loads(lines[-1][len(RESULT_MARK):]))
    return results


# --------------------------------------------------------------------------- typing


def search_sequences(nik: str) -> list[tuple[str, str]]:
    """(kind, text) typed one character at a time; the list is cleared after each."""
    return [
        ("name", "siti aminah"),
        ("name", "ahmad hidayat"),
        ("number", "AG001234"),
        ("nik", nik),  # a whole NIK as read off a KTP, from its province and city digits on
        ("no match", "xyzq"),
    ]


def sample_nik() -> str:
    """The NIK of an active member registered in Jakarta Utara (it starts with 3175)."""
    rows = search_members(MemberFilter("3175"), "nik", limit=1)
    return rows[0][3]


def measure_typing(session: Session, nik: str, rounds: int) -> dict[str, list[float]]:
    """Milliseconds of every keystroke, by kind of search; 'clear' empties the box."""
    page = session.page
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    times: dict[str, list[float]] = defaultdict(list)
    for _ in range(rounds):
        for kind, text in search_sequences(nik):
            for end in range(1, len(text) + 1):
                times[kind].append(_keystroke(session.app, page, text[:end], resets))
            times["clear"].append(_keystroke(session.app, page, "", resets))
    return dict(times)


def _keystroke(app: QApplication, page, text: str, resets: list[int]) -> float:
    """Milliseconds from setText to the list reset, its count shown and the screen painted."""
    before = len(resets)
    start = time.perf_counter()
    page.search.setText(text)
    app.processEvents()
    elapsed = (time.perf_counter() - start) * 1000
    shown = page.count_label.text().replace(".", "").replace(",", "")  # 48.583 or 48,583
    if len(resets) == before or str(page.model.total) not in shown:
        raise RuntimeError(f"typing {text!r} did not refresh the member list")
    return elapsed


def measure_queries(nik: str) -> dict[str, dict[str, list[float]]]:
    """The database's share of each keystroke: count_members and the first page, in ms."""
    times: dict[str, dict[str, list[float]]] = defaultdict(lambda: {"count": [], "page": []})
    texts = [(kind, text[:end]) for kind, text in search_sequences(nik)
             for end in range(1, len(text) + 1)] + [("clear", "")]
    for kind, text in texts:
        flt = MemberFilter(text)  # what the page asks with its default filters
        start = time.perf_counter()
        count_members(flt)
        middle = time.perf_counter()
        search_members(flt, "name", False, PAGE, 0)
        end = time.perf_counter()
        times[kind]["count"].append((middle - start) * 1000)
        times[kind]["page"].append((end - middle) * 1000)
    return dict(times)


# --------------------------------------------------------------------------- the report


def collect(args: argparse.Namespace, generation: float | None, in_process: dict[str, float],
            fresh: list[dict[str, float]], typing: dict, queries: dict) -> dict:
    """All figures, as written to --json."""
    fresh_median = {key: statistics.median(run[key] for run in fresh) for key in fresh[0]} if fresh else {}
    for phases in (in_process, fresh_median):
        if phases:
            phases["page_after_login"] = phases["main_window"] + phases["first_paint"]
    typing_summary = {kind: summary(values) for kind, values in typing.items()}
    return {
        "machine": machine() | {"qt_platform": os.environ["QT_QPA_PLATFORM"]},
        "dataset": {"path": str(books_path(args.data)), "members": args.members,
                    "groups": args.groups, "generation_s": generation},
        "startup_in_process_s": in_process,
        "startup_fresh_process_s": {"runs": fresh, "median": fresh_median},
        "typing_ms": typing_summary,
        "queries_ms": {kind: {part: summary(v) for part, v in parts.items()}
                       for kind, parts in queries.items()},
        "targets": _targets(in_process, fresh_median, typing_summary),
    }


def _targets(in_process: dict, fresh: dict, typing: dict) -> list[dict]:
    targets = [{"target": "members page usable < 1 s after login (in process)",
                "value": f"{in_process['page_after_login']:.3f} s",
                "pass": in_process["page_after_login"] < PAGE_TARGET_S}]
    if fresh:
        targets.append({"target": "members page usable < 1 s after login (fresh process)",
                        "value": f"{fresh['page_after_login']:.3f} s",
                        "pass": fresh["page_after_login"] < PAGE_TARGET_S})
    for kind, figures in typing.items():
        targets.append({"target": f"every keystroke < 50 ms: {kind}",
                        "value": f"max {figures['max']:.1f} ms (p95 {figures['p95']:.1f})",
                        "pass": figures["max"] < KEYSTROKE_TARGET_MS})
    return targets


def print_report(figures: dict) -> None:
    machine, dataset = figures["machine"], figures["dataset"]
    print(f"\nBerdaya member register benchmark: {dataset['members']:,} members in "
          f"{dataset['groups']:,} groups\n  books: {dataset['path']}")
    made = dataset["generation_s"]
    print("  data set: " + (f"generated in {made:.1f} s" if made is not None else "reused"))
    print(f"  machine: {machine['cpus']} CPUs, Python {machine['python']}, {machine['platform']}, "
          f"QT_QPA_PLATFORM={machine['qt_platform']}")
    _print_startup(figures)
    _print_typing(figures)
    print("\nTargets")
    for target in figures["targets"]:
        verdict = "PASS" if target["pass"] else "FAIL"
        print(f"  {verdict}  {target['target']:<58} {target['value']}")


def _print_startup(figures: dict) -> None:
    here = figures["startup_in_process_s"]
    fresh = figures["startup_fresh_process_s"]["median"]
    runs = len(figures["startup_fresh_process_s"]["runs"])
    rows = [("interpreter start", "interpreter"), ("import the program", "imports"),
            ("QApplication + AppController", "qt_app"), ("open_books", "open_books"),
            ("login (argon2 verify)", "login"), ("main window built (show_main)", "main_window"),
            ("members page shown and painted", "first_paint"),
            ("= page usable after login", "page_after_login"),
            ("process start to usable members page", "process_to_usable")]
    print(f"\nStart-up, seconds          in this process   fresh process (median of {runs})")
    for caption, key in rows:
        print(f"  {caption:<38} {_cell(here.get(key))}   {_cell(fresh.get(key))}")


def _cell(value: float | None) -> str:
    return f"{value:>8.3f}" if value is not None else f"{'-':>8}"


def _print_typing(figures: dict) -> None:
    queries = figures["queries_ms"]
    print("\nSearch as you type, ms per keystroke       database share, ms (one pass)")
    print(f"  {'kind':<10} {'n':>4} {'median':>8} {'p95':>8} {'max':>8}  <50 ms"
          f"   {'count med/max':>15} {'page med/max':>15}")
    for kind, s in figures["typing_ms"].items():
        ok = "yes" if s["max"] < KEYSTROKE_TARGET_MS else "NO"
        count, page = queries[kind]["count"], queries[kind]["page"]
        print(f"  {kind:<10} {s['n']:>4} {s['median']:>8.1f} {s['p95']:>8.1f} {s['max']:>8.1f}"
              f"  {ok:<6} {count['median']:>7.1f}/{count['max']:<7.1f} "
              f"{page['median']:>7.1f}/{page['max']:<7.1f}")


# --------------------------------------------------------------------------- main





def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = base_parser(__doc__, "folder for the generated books (default: bench-data/)")
    parser.add_argument("--rounds", type=int, default=3, help="typing sessions (default 3)")
    parser.add_argument("--startup-runs", type=int, default=3,
                        help="fresh processes to start (default 3; 0 to skip)")
    parser.add_argument("--members", type=int, default=MEMBERS, help=argparse.SUPPRESS)
    parser.add_argument("--groups", type=int, default=GROUPS, help=argparse.SUPPRESS)
    parser.add_argument("--profile", action="store_true",
                        help="print cProfile of the page start and of the typing")
    parser.add_argument("--child", type=float, help=argparse.SUPPRESS)  # a fresh-process run
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    args.data = args.data.expanduser().resolve()
    if args.child is not None:
        child_main(args.data, args.child)
        return 0
    print(f"Data set in {args.data} …", flush=True)
    generation = ensure_dataset(args.data, args.members, args.groups, args.seed)
    fresh = measure_fresh_processes(args.data, args.startup_runs)
    in_process, session = profiled(args.profile, "start to members page", measure_startup,
                                    books_path(args.data))
    nik = sample_nik()
    typing = profiled(args.profile, "typing", measure_typing, session, nik, args.rounds)
    queries = measure_queries(nik)
    session.close()
    figures = collect(args, generation, in_process, fresh, typing, queries)
    print_report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark of the office's paperwork: importing 10,000 members from Excel, then their cards,
the member book and the exports.

    python tools/benchmark_paperwork.py [--data DIR] [--json FILE] [--profile]

Every run starts from new books in DIR/paperwork (DIR is bench-data/ in the repository by
default, which git ignores): an administrator, the office's profile and 150 of the 300 groups
the member list names. It writes a realistic old member list (.xlsx) of 10,000 rows there, from
a fixed seed, and measures the project's targets:

* importing the 10,000 members (read the file, find the header, check, write) in under 10 s;
* 1,000 member cards on A4 sheets, a third of them with a photo, as a PDF in under 5 s.

For information it also times the same cards one per page, the member book of the whole office
and exporting the members to .xlsx and .csv. It prints a table with PASS/FAIL per target and
exits 0 whatever the figures: it is a report, not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import io
import json
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw, ImageFilter  # noqa: E402

from db.connection import close_database, database  # noqa: E402
from db.models import Member, MemberPhoto  # noqa: E402
from desktop import demo_data as data  # noqa: E402
from desktop.auth import Actor  # noqa: E402
from desktop.books import DEFAULT_GROUP_KINDS, create_first_administrator, open_books  # noqa: E402
from desktop.documents.member_book import office_book, render_member_book  # noqa: E402
from desktop.documents.member_card import card_data, render_cards  # noqa: E402
from desktop.documents.pdf import letterhead  # noqa: E402
from desktop.groups import GroupForm, create_group, group_kinds  # noqa: E402
from desktop.member_columns import find_header_row, guess_mapping  # noqa: E402
from desktop.member_export import export_members  # noqa: E402
from desktop.member_import import ImportOptions, ImportPlan, analyse  # noqa: E402
from desktop.member_import_write import import_members  # noqa: E402
from desktop.member_queries import MemberFilter, count_members  # noqa: E402
from desktop.nik import FEMALE, MALE, make_nik  # noqa: E402
from desktop.settings import OfficeProfile, set_office_logo, update_office_profile  # noqa: E402
from desktop.spreadsheets import read_table  # noqa: E402
from tools.bench_common import Gen, Marks, base_parser, machine, profiled  # noqa: E402

MEMBERS, GROUPS, CARDS = 10_000, 300, 1_000
IMPORT_TARGET_S, CARDS_TARGET_S = 10.0, 5.0
FOLDER, BOOKS_FILE = "paperwork", "paperwork.sqlite3"
WORKBOOK, BOOK_PDF = "daftar-anggota.xlsx", "buku-anggota.pdf"
CARD_PDFS = {"sheet": "kartu-a4.pdf", "single": "kartu-satu-per-halaman.pdf"}
EXPORTS = ("ekspor-anggota.xlsx", "ekspor-anggota.csv")
ADMIN_USERNAME, ADMIN_FULL_NAME, ADMIN_PASSWORD = "admin", "Rina Marlina", "benchmark123"
OFFICE = OfficeProfile("Dinas Sosial dan Pemberdayaan Masyarakat Kota Serang",
                       "Jl. Jenderal Sudirman No. 5, Kota Serang, Banten 42116",
                       "(0254) 200123", "AG")

TITLE = "DAFTAR ANGGOTA KELOMPOK BINAAN (REKAP KECAMATAN, DESEMBER 2025)"
HEADER = ["No.", "Nama", "NIK", "No. KK", "Jenis Kelamin (L/P)", "Tempat Lahir",
          "Tanggal Lahir", "Alamat", "RT", "RW", "Kelurahan/Desa", "No. HP", "Pekerjaan/Usaha",
          "Tingkat Kesejahteraan", "Kelompok", "Jenis Kelompok", "Tanggal Masuk"]
KINDS = ("KUBE", "KSM", "POKMAS")
KIND_IN_NAMES = {"POKMAS": "Pokmas"}  # as the demo office writes it: "Pokmas Sumber Rejeki"
GROUP_WORDS = ["Melati", "Sumber Rejeki", "Maju Bersama", "Harapan", "Mekar Jaya", "Berkah",
               "Kenanga", "Bangkit", "Mandiri", "Makmur", "Lestari", "Sejahtera", "Tunas Baru",
               "Karya Usaha", "Mawar", "Anggrek", "Rukun Warga", "Barokah", "Sinar Pagi", "Cempaka"]
# How offices write the welfare levels: BKKBN stages in several spellings, deciles as D3 or Desil 3.
WELFARE_WRITTEN = {"PS": ("Pra Sejahtera", "PS", "Pra-KS"), "KS1": ("KS1", "KS I", "KS-1"),
                   "KS2": ("KS2", "KS II", "Sejahtera 2")}
JOIN_FIRST, JOIN_LAST = dt.date(2015, 1, 1), dt.date(2025, 12, 31)
SHARED_KK_SHARE = 0.3  # a member registered after a relative of the same group shares their KK
NO_KK_SHARE, NO_WELFARE_SHARE, UPPER_SHARE = 0.05, 0.1, 0.1
BIRTH_CELL_SHARE, JOIN_CELL_SHARE = 0.6, 0.7  # date cells; the rest are dates typed as text
PHOTO_SHARE, PHOTO_SIZE = 1 / 3, (300, 375)


# --------------------------------------------------------------------------- the member list





@dataclass(frozen=True)
class PlannedGroup:
    name: str
    kind: str  # a code of desktop.books.DEFAULT_GROUP_KINDS
    place: data.DemoGroup  # the demo office's kelurahan the group is in
    existing: bool  # registered in the books before the import


@dataclass
class _Home:
    """A family card (KK) as the list gives it, shared by up to three members."""

    kk: str
    welfare: str  # as written in the list
    address: str
    rt: int
    people: int = 0


def plan_groups(rng: random.Random, count: int) -> list[PlannedGroup]:
    """Groups with distinct names in the demo office's kelurahan; every other one exists already."""
    names: set[str] = set()
    groups: list[PlannedGroup] = []
    while len(groups) < count:
        place, kind = rng.choice(data.GROUPS), rng.choice(KINDS)
        name = f"{KIND_IN_NAMES.get(kind, kind)} {rng.choice(GROUP_WORDS)} {place.kelurahan}"
        if name not in names:
            names.add(name)
            groups.append(PlannedGroup(name, kind, place, existing=len(groups) % 2 == 0))
    return groups


def member_list(gen: Gen, groups: list[PlannedGroup], count: int) -> list[list]:
    """The rows of the list under its header, in the order the office typed them."""
    homes: dict[str, _Home] = {}
    rows = []
    for number in range(1, count + 1):
        group = gen.rng.choice(groups)
        home = homes.get(group.name)
        if home is None or home.people >= 3 or gen.rng.random() >= SHARED_KK_SHARE:
            home = homes[group.name] = _new_home(gen, group.place)
        home.people += 1
        rows.append(_member_row(gen, number, group, home))
    return rows


def _new_home(gen: Gen, place: data.DemoGroup) -> _Home:
    rng = gen.rng
    issued = gen.day(dt.date(2010, 1, 1), dt.date(2023, 12, 31))
    kk = f"{place.region}{issued:%d%m%y}{gen.serial(('kk', place.region, issued.year)):04d}"
    street = f"{rng.choice(place.streets)} No. {rng.randint(1, 120)}"
    return _Home("" if rng.random() < NO_KK_SHARE else kk, _welfare(rng), street,
                 rng.randint(1, 12))


def _welfare(rng: random.Random) -> str:
    if rng.random() < NO_WELFARE_SHARE:
        return ""
    levels = rng.choices(data.WELFARE_SOURCES, weights=data.WELFARE_SOURCE_WEIGHTS)[0][0]
    level = rng.choices(list(levels), weights=list(levels.values()))[0]
    if level.startswith("D"):
        return rng.choice([level, f"Desil {level[1:]}"])
    return rng.choice(WELFARE_WRITTEN[level])


def _member_row(gen: Gen, number: int, group: PlannedGroup, home: _Home) -> list:
    rng, place = gen.rng, group.place
    sex = FEMALE if rng.random() < 0.75 else MALE
    born = gen.day(dt.date(1955, 1, 1), dt.date(2002, 12, 31))
    adult = dt.date(born.year + 18, born.month, min(born.day, 28))
    joined = gen.day(max(JOIN_FIRST, adult), min(JOIN_LAST, dt.date.today()))
    nik = make_nik(place.region, born, sex, gen.serial((place.region, born)))
    local = data.LOCAL_BIRTH_PLACE[place.city]
    jobs = data.FEMALE_OCCUPATIONS if sex == FEMALE else data.MALE_OCCUPATIONS
    return [number, _as_typed(rng, data.random_name(rng, sex)), nik, home.kk, sex,
            local if rng.random() < 0.5 else rng.choice(data.BIRTH_PLACES),
            _date_cell(rng, born, BIRTH_CELL_SHARE), home.address, home.rt, place.rw,
            place.kelurahan, data.random_phone(rng), rng.choice(jobs), home.welfare,
            _as_typed(rng, group.name), group.kind, _date_cell(rng, joined, JOIN_CELL_SHARE)]





def _as_typed(rng: random.Random, text: str) -> str:
    """Some offices type names in capitals."""
    return text.upper() if rng.random() < UPPER_SHARE else text


def _date_cell(rng: random.Random, day: dt.date, cell_share: float) -> dt.datetime | str:
    """A date cell of Excel, or the date typed as text."""
    if rng.random() < cell_share:
        return dt.datetime.combine(day, dt.time())
    return day.strftime("%d/%m/%Y")





def write_workbook(path: Path, rows: list[list]) -> None:
    """The list as offices keep it: a title, an empty row, the column names, the rows."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Anggota")
    sheet.append([TITLE])
    sheet.append([])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)


# --------------------------------------------------------------------------- the books


def _remove_outputs(folder: Path) -> None:
    books = folder / BOOKS_FILE
    names = [books, Path(f"{books}-wal"), Path(f"{books}-shm"), folder / WORKBOOK,
             folder / BOOK_PDF, *(folder / n for n in (*CARD_PDFS.values(), *EXPORTS))]
    for name in names:
        name.unlink(missing_ok=True)


def make_books(folder: Path) -> Actor:
    """New books with an administrator and the office's profile; return the administrator."""
    folder.mkdir(parents=True, exist_ok=True)
    _remove_outputs(folder)
    open_books(folder / BOOKS_FILE, folder / "cadangan")
    actor = create_first_administrator(ADMIN_USERNAME, ADMIN_FULL_NAME, ADMIN_PASSWORD)
    update_office_profile(actor, OFFICE)
    return actor


def kind_ids() -> dict[str, int]:
    """The id of each default kind of group, by its code."""
    by_name = {name: kind_id for kind_id, name in group_kinds()}
    return {code: by_name[name] for code, name, _ in DEFAULT_GROUP_KINDS}


def register_groups(actor: Actor, groups: list[PlannedGroup], rng: random.Random) -> int:
    """Register the groups that exist before the import, as the groups page does."""
    kinds = kind_ids()
    existing = [g for g in groups if g.existing]
    for group in existing:
        place = group.place
        create_group(actor, GroupForm(
            name=group.name, kind_id=kinds[group.kind],
            formed_date=dt.date(rng.randint(2008, 2014), rng.randint(1, 12), rng.randint(1, 28)),
            address=place.address, rt=place.rt, rw=place.rw, kelurahan=place.kelurahan,
            kecamatan=place.kecamatan, city=place.city, business_activities=place.activities))
    return len(existing)


# --------------------------------------------------------------------------- pictures


class PhotoMaker:
    """Passport-like JPEG photos, each different (a head and shoulders on a plain background,
    with the grain of a phone camera), about the size offices scan them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        w, h = PHOTO_SIZE
        self.grain = (Image.effect_noise((w * 2, h * 2), 32)
                      .filter(ImageFilter.GaussianBlur(0.6)).convert("RGB"))

    def photo(self) -> bytes:
        rng, (w, h) = self.rng, PHOTO_SIZE
        image = Image.new("RGB", (w, h), tuple(rng.randint(150, 235) for _ in range(3)))
        draw = ImageDraw.Draw(image)
        cx = w // 2 + rng.randint(-15, 15)
        draw.ellipse((cx - 140, 250, cx + 140, 470), fill=tuple(rng.randint(20, 200) for _ in range(3)))
        top = 70 + rng.randint(-10, 10)
        skin = (rng.randint(150, 215), rng.randint(110, 165), rng.randint(80, 130))
        draw.ellipse((cx - 62, top, cx + 62, top + 165), fill=skin)
        x, y = rng.randrange(w), rng.randrange(h)
        image = Image.blend(image, self.grain.crop((x, y, x + w, y + h)), 0.35)
        out = io.BytesIO()
        image.save(out, "JPEG", quality=85)
        return out.getvalue()


def make_logo() -> bytes:
    """The office's logo: a 256 px PNG with transparency, as offices upload them."""
    image = Image.new("RGBA", (256, 256), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 248, 248), fill=(23, 102, 79, 255), outline=(212, 175, 55, 255), width=10)
    draw.polygon([(128, 40), (210, 190), (46, 190)], fill=(255, 255, 255, 255))
    draw.rectangle((98, 150, 158, 215), fill=(212, 175, 55, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def add_photos(member_ids: list[int], rng: random.Random) -> tuple[int, int]:
    """Give about a third of the members a photo; return how many and their bytes in all."""
    maker = PhotoMaker(rng)
    count = size = 0
    with database.atomic():
        for member_id in member_ids:
            if rng.random() < PHOTO_SHARE:
                photo = maker.photo()
                MemberPhoto.create(member=member_id, data=photo)
                count, size = count + 1, size + len(photo)
    return count, size


# --------------------------------------------------------------------------- measurements








def measure_import(actor: Actor, path: Path, kind_id: int, prof: bool) -> tuple[dict, ImportPlan]:
    """Seconds of each phase of importing the list, as the import dialog runs them."""
    marks = Marks()
    table = profiled(prof, "read_table", read_table, path)
    marks.mark("read")
    header = find_header_row(table)
    mapping = guess_mapping(table[header])
    marks.mark("header")
    plan = profiled(prof, "analyse", analyse, table, header, mapping,
                    ImportOptions(new_group_kind_id=kind_id), path.name)
    marks.mark("analyse")
    result = profiled(prof, "import_members", import_members, actor, plan)
    marks.mark("write")
    figures = dict(marks.seconds, total=sum(marks.seconds.values()), rows=len(table),
                   header_row=header, mapped=len(mapping), imported=result.members,
                   groups_created=len(result.groups_created), problems=len(plan.problems))
    return figures, plan


def measure_cards(ids: list[int], layout: str, path: Path, prof: bool) -> dict:
    """Seconds to read the cards' data and to draw them in *layout*."""
    marks = Marks()
    cards = profiled(prof, f"card_data ({layout})", card_data, ids)
    marks.mark("card_data")
    pages = profiled(prof, f"render_cards ({layout})", render_cards, cards, letterhead(), layout, path)
    marks.mark("render")
    return dict(marks.seconds, total=sum(marks.seconds.values()), cards=len(cards),
                photos=sum(1 for c in cards if c.photo), pages=pages, bytes=path.stat().st_size)


def measure_member_book(path: Path, prof: bool) -> dict:
    marks = Marks()
    book = profiled(prof, "office_book", office_book)
    marks.mark("office_book")
    profiled(prof, "render_member_book", render_member_book, book, letterhead(), path)
    marks.mark("render")
    return dict(marks.seconds, total=sum(marks.seconds.values()), rows=len(book.rows),
                pages=pdf_page_count(path), bytes=path.stat().st_size)


def pdf_page_count(path: Path) -> int | None:
    """The pages of a PDF as a reader counts them; None without pypdfium2."""
    try:
        import pypdfium2
    except ImportError:
        return None
    document = pypdfium2.PdfDocument(path)
    try:
        return len(document)
    finally:
        document.close()


def measure_export(path: Path, prof: bool) -> dict:
    start = time.perf_counter()
    count = profiled(prof, f"export_members ({path.suffix})", export_members,
                     MemberFilter(status=None), path)
    return {"total": time.perf_counter() - start, "rows": count, "bytes": path.stat().st_size}


# --------------------------------------------------------------------------- the report


def targets(figures: dict) -> list[dict]:
    imported, cards = figures["import_s"], figures["cards"]["sheet"]
    return [
        {"target": f"import {figures['members']:,} members from .xlsx < {IMPORT_TARGET_S:g} s",
         "value": f"{imported['total']:.2f} s", "pass": imported["total"] < IMPORT_TARGET_S},
        {"target": f"{cards['cards']:,} member cards (A4 sheets) < {CARDS_TARGET_S:g} s",
         "value": f"{cards['total']:.2f} s", "pass": cards["total"] < CARDS_TARGET_S},
    ]


def print_report(figures: dict) -> None:
    machine, setup = figures["machine"], figures["setup_s"]
    print(f"\nBerdaya paperwork benchmark: {figures['members']:,} members in {GROUPS} groups "
          f"({setup['groups_registered']} registered before the import)\n  books: {figures['books']}")
    print(f"  machine: {machine['cpus']} CPUs, Python {machine['python']}, {machine['platform']}")
    print(f"  set-up (not measured): books {setup['books']:.2f} s, groups {setup['groups']:.2f} s,"
          f" list generated {setup['generate']:.2f} s, .xlsx written {setup['workbook']:.2f} s "
          f"({setup['workbook_bytes'] / 1e6:.1f} MB), {setup['photos']:,} photos "
          f"{setup['photos_s']:.2f} s ({setup['photo_bytes'] / max(1, setup['photos']) / 1024:.0f} KB"
          f" each); importing openpyxl {setup['openpyxl_import']:.2f} s")
    _print_import(figures["import_s"])
    _print_cards(figures["cards"])
    _print_information(figures)
    print("\nTargets")
    for target in figures["targets"]:
        verdict = "PASS" if target["pass"] else "FAIL"
        print(f"  {verdict}  {target['target']:<48} {target['value']}")


def _print_import(phases: dict) -> None:
    print(f"\nImport of the list ({phases['rows']:,} rows read, header in row "
          f"{phases['header_row'] + 1}, {phases['mapped']} of {len(HEADER)} columns mapped)")
    for caption, key in (("read_table (.xlsx)", "read"),
                         ("find_header_row + guess_mapping", "header"),
                         ("analyse", "analyse"), ("import_members (write)", "write"),
                         ("= total", "total")):
        print(f"  {caption:<34} {phases[key]:>8.3f} s")
    print(f"  members imported {phases['imported']:,}, groups created {phases['groups_created']}, "
          f"rows with problems {phases['problems']}; members in the books "
          f"{phases['members_after']:,}")


def _print_cards(cards: dict) -> None:
    print(f"\nMember cards        {'card_data':>10} {'render':>8} {'total':>8} "
          f"{'pages':>6} {'photos':>7} {'PDF':>8}")
    for layout, caption in (("sheet", "A4 sheet (10/page)"), ("single", "one per page")):
        c = cards[layout]
        print(f"  {caption:<18} {c['card_data']:>8.3f} s {c['render']:>6.3f} s {c['total']:>6.3f} s"
              f" {c['pages']:>6} {c['photos']:>7} {c['bytes'] / 1e6:>5.1f} MB")


def _print_information(figures: dict) -> None:
    book = figures["member_book"]
    pages = book["pages"] if book["pages"] is not None else "? (no pypdfium2)"
    print("\nFor information")
    print(f"  member book of the office: office_book {book['office_book']:.3f} s, render "
          f"{book['render']:.3f} s, total {book['total']:.3f} s; {book['rows']:,} rows, "
          f"{pages} pages, {book['bytes'] / 1e6:.1f} MB")
    for name, export in figures["exports"].items():
        print(f"  export to {name:<22} {export['total']:>7.3f} s; {export['rows']:,} rows, "
              f"{export['bytes'] / 1e6:.1f} MB")


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = base_parser(__doc__, "folder for the books and files (default: bench-data/)")
    parser.add_argument("--profile", action="store_true",
                        help="print cProfile of every measured step (figures then run slower)")
    parser.add_argument("--members", type=int, default=MEMBERS, help=argparse.SUPPRESS)
    parser.add_argument("--cards", type=int, default=CARDS, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def _timed(work, *args) -> tuple[float, object]:
    start = time.perf_counter()
    result = work(*args)
    return time.perf_counter() - start, result


def prepare(folder: Path, members: int, rng: random.Random) -> tuple[Actor, dict]:
    """New books with half the groups, and the member list; return the seconds it took."""
    setup: dict = {}
    setup["openpyxl_import"], _ = _timed(importlib.import_module, "openpyxl")
    setup["books"], actor = _timed(make_books, folder)
    groups = plan_groups(rng, GROUPS)
    setup["groups"], setup["groups_registered"] = _timed(register_groups, actor, groups, rng)
    setup["generate"], rows = _timed(member_list, Gen(rng), groups, members)
    setup["workbook"], _ = _timed(write_workbook, folder / WORKBOOK, rows)
    setup["workbook_bytes"] = (folder / WORKBOOK).stat().st_size
    return actor, setup


def _show_problems(plan: ImportPlan) -> None:
    """The list is generated clean; a problem means the generator and the rules disagree."""
    for problem in plan.problems[:10]:
        print(f"  row {problem.row}, {problem.field}: {problem.error}")


def run(args: argparse.Namespace) -> dict:
    folder, rng, prof = args.data / FOLDER, random.Random(args.seed), args.profile
    print(f"Books and files in {folder} …", flush=True)
    actor, setup = prepare(folder, args.members, rng)
    print("Importing …", flush=True)
    imported, plan = measure_import(actor, folder / WORKBOOK, kind_ids()["KUBE"], prof)
    _show_problems(plan)
    imported["members_after"] = count_members(MemberFilter(status=None))
    ids = [i for (i,) in Member.select(Member.id).order_by(Member.number).tuples()]
    setup["photos_s"], (setup["photos"], setup["photo_bytes"]) = _timed(add_photos, ids, rng)
    set_office_logo(actor, make_logo())
    print("Printing …", flush=True)
    cards = {layout: measure_cards(ids[:args.cards], layout, folder / name, prof)
             for layout, name in CARD_PDFS.items()}
    book = measure_member_book(folder / BOOK_PDF, prof)
    exports = {name: measure_export(folder / name, prof) for name in EXPORTS}
    figures = {"machine": machine(),
               "books": str(folder / BOOKS_FILE), "members": args.members, "setup_s": setup,
               "import_s": imported, "cards": cards, "member_book": book, "exports": exports}
    figures["targets"] = targets(figures)
    return figures


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    args.data = args.data.expanduser().resolve()
    try:
        figures = run(args)
    finally:
        close_database()
    if figures["import_s"]["members_after"] != args.members:
        print(f"\nWARNING: the books hold {figures['import_s']['members_after']:,} members, "
              f"not {args.members:,}")
    print_report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

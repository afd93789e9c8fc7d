"""Exporting the member list to .xlsx and .csv, with the column names the import reads back,
and the empty template that shows an office how to lay out its old list."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import peewee as pw

from db.models import Group, GroupKind, Household, Member
from desktop.errors import Cancelled, DomainError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.member_columns import EXPORT_FIELDS
from desktop.member_queries import MemberFilter, filtered_members

# Columns kept as text in Excel, so that it neither rounds a NIK to 15 digits nor drops the
# leading zero of a phone number or an RT.
TEXT_COLUMNS = {"number", "nik", "kk_number", "phone", "rt", "rw"}
DATE_COLUMNS = {"birth_date", "welfare_date", "join_date", "exit_date"}
STATUS_WORDS = {"active": "Aktif", "exited": "Keluar"}
CANNOT_WRITE = QT_TRANSLATE_NOOP("Errors", "Cannot write {name}. If it is open in Excel, close it there and try again.")


def _query(flt: MemberFilter) -> pw.Select:
    return (filtered_members(flt, (
        Member.number, Member.name, Member.nik, Household.kk_number, Member.sex,
        Member.birth_place, Member.birth_date, Member.address, Member.rt, Member.rw,
        Member.kelurahan, Member.phone, Member.occupation, Household.size,
        Household.welfare_level, Household.welfare_source, Household.welfare_date, Group.name,
        GroupKind.name, Group.kelurahan, Member.join_date, Member.status, Member.exit_date,
        Member.exit_reason))
        .join_from(Member, Household, pw.JOIN.LEFT_OUTER, on=(Member.household == Household.id))
        .join_from(Member, Group, pw.JOIN.LEFT_OUTER, on=(Member.group == Group.id))
        .join_from(Group, GroupKind, pw.JOIN.LEFT_OUTER, on=(Group.kind == GroupKind.id))
        .order_by(Member.number))


def member_rows(flt: MemberFilter) -> Iterator[list[Any]]:
    """The members under the filter, one list of values per member in EXPORT_FIELDS order."""
    keys = [f.key for f in EXPORT_FIELDS]
    status_at = keys.index("status")
    for row in _query(flt).tuples().iterator():
        values = ["" if v is None else v for v in row]
        values[status_at] = STATUS_WORDS.get(values[status_at], values[status_at])
        yield values


def export_members(flt: MemberFilter, path: str | Path,
                   progress: Callable[[int, int], None] = lambda d, t: None,
                   cancelled: Callable[[], bool] = lambda: False) -> int:
    """Write the members under the filter to *path* (.xlsx or .csv); return how many."""
    path = Path(path)
    total = filtered_members(flt, (pw.fn.COUNT(Member.id),)).scalar() or 0
    rows = _counted(member_rows(flt), total, progress, cancelled)
    if path.suffix.lower() == ".csv":
        count = _write_csv(path, rows)
    else:
        count = _write_xlsx(path, rows)
    progress(total, total)
    return count


def _counted(rows: Iterator[list[Any]], total: int, progress: Callable[[int, int], None],
             cancelled: Callable[[], bool]) -> Iterator[list[Any]]:
    for i, row in enumerate(rows):
        if i % 500 == 0:
            if cancelled():
                raise Cancelled()
            progress(i, total)
        yield row


def _replace(path: Path, write: Callable[[Path], int]) -> int:
    """Write next to the target, then move it in place: a cancelled or failed export leaves
    no half-written file behind (and an older file of that name as it was)."""
    partial = path.with_name(path.name + ".part")
    try:
        count = write(partial)
        partial.replace(path)
        return count
    except PermissionError:
        raise DomainError(CANNOT_WRITE, "file", name=path.name) from None
    finally:
        partial.unlink(missing_ok=True)


def _write_csv(path: Path, rows: Iterator[list[Any]]) -> int:
    """UTF-8 with a BOM, so that Excel shows the letters right, separated by semicolons, which
    Excel on Indonesian Windows expects (there the comma is the decimal mark)."""
    def write(target: Path) -> int:
        count = 0
        with target.open("w", encoding="utf-8-sig", newline="") as f:
            out = csv.writer(f, delimiter=";")
            out.writerow([field.header for field in EXPORT_FIELDS])
            for row in rows:
                out.writerow([v.strftime("%d/%m/%Y") if isinstance(v, dt.date) else v for v in row])
                count += 1
        return count
    return _replace(path, write)


def _number_formats() -> list[str | None]:
    """The cell format of each export column: text, a date, or Excel's own choice."""
    return ["@" if f.key in TEXT_COLUMNS else "DD/MM/YYYY" if f.key in DATE_COLUMNS else None
            for f in EXPORT_FIELDS]


def _write_xlsx(path: Path, rows: Iterator[list[Any]], notes: bool = False) -> int:
    from openpyxl import Workbook  # only when exporting: slow to import at start-up
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    formats = _number_formats()

    def cell(sheet: Any, value: Any, number_format: str | None) -> Any:
        if number_format is None or value == "":
            return value
        written = WriteOnlyCell(sheet, str(value) if number_format == "@" else value)
        written.number_format = number_format
        return written

    def write(target: Path) -> int:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Anggota")
        for i, field in enumerate(EXPORT_FIELDS):
            sheet.column_dimensions[get_column_letter(i + 1)].width = max(12, len(field.header) + 2)
        sheet.freeze_panes = "C2"
        bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBE4")
        header = [WriteOnlyCell(sheet, field.header) for field in EXPORT_FIELDS]
        for head in header:
            head.font, head.fill = bold, fill
        sheet.append(header)
        count = 0
        for row in rows:
            sheet.append([cell(sheet, v, f) for v, f in zip(row, formats, strict=True)])
            count += 1
        if notes:
            _notes_sheet(book)
        book.save(target)
        return count
    return _replace(path, write)


TEMPLATE_EXAMPLE = {
    "name": "Siti Aminah", "nik": "3175045203850001", "kk_number": "3175040101090012",
    "sex": "P", "birth_place": "Jakarta", "birth_date": dt.date(1985, 3, 12),
    "address": "Jl. Kerang Hijau No. 5", "rt": "003", "rw": "004", "kelurahan": "Cilincing",
    "phone": "081234567890", "occupation": "Pedagang sayur", "household_size": 4,
    "welfare_level": "KS1", "welfare_source": "Pendataan BKKBN", "welfare_date": dt.date(2025, 6, 1),
    "group": "KUBE Melati", "group_kind": "KUBE", "group_kelurahan": "Cilincing",
    "join_date": dt.date(2021, 1, 4), "status": "Aktif",
}

TEMPLATE_NOTES = (
    ("Kolom", "Isi"),
    ("Nama", "Wajib diisi."),
    ("Nomor Anggota", "Boleh kosong: nomor baru diberikan saat impor. Isi bila anggota sudah punya nomor di buku lama."),
    ("NIK / No. KK", "16 angka. Format kolom sebagai Teks, karena Excel hanya menyimpan 15 angka dari sebuah bilangan."),
    ("Jenis Kelamin (L/P)", "L atau P. Boleh kosong bila NIK benar: diambil dari NIK."),
    ("Tanggal", "Seperti 22/11/2026, 22-11-2026, 2026-11-22 atau 22 November 2026, atau sel tanggal Excel."),
    ("Tingkat Kesejahteraan", "PS, KS1, KS2, KS3, KS3+ (BKKBN) atau D1 sampai D10 (desil)."),
    ("Kelompok", "Nama kelompok. Kelompok yang belum ada dibuat saat impor, dengan Jenis Kelompok dan Kelurahan Kelompok."),
    ("Status", "Aktif atau Keluar. Anggota yang keluar perlu Tanggal Keluar."),
)


def _notes_sheet(book: Any) -> None:
    sheet = book.create_sheet("Petunjuk")
    sheet.column_dimensions["A"].width = 26
    sheet.column_dimensions["B"].width = 100
    for row in TEMPLATE_NOTES:
        sheet.append(list(row))


def write_template(path: str | Path) -> None:
    """An .xlsx with the columns the import expects, one example row and a sheet of notes."""
    example = [TEMPLATE_EXAMPLE.get(f.key, "") for f in EXPORT_FIELDS]
    _write_xlsx(Path(path), iter([example]), notes=True)

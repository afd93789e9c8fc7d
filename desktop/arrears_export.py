"""The arrears list as an Excel workbook, for the office that keeps its own follow-up sheet or
sends the list on: the columns of the printed list, with figures as numbers Excel can add up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.arrears import ShareArrears
from desktop.dates import format_date_long
from desktop.loan_settings import KOLEK_WORDS
from desktop.member_export import _replace

# (heading, width in characters); the columns of the printed list, the member's name and
# number, address and phone each in a column of their own so that they can be sorted.
COLUMNS = [("No", 5), ("Kelompok", 24), ("Nama anggota", 30), ("No. anggota", 13),
           ("Alamat", 34), ("Telepon", 15), ("Pendamping", 20), ("No. pinjaman", 12),
           ("Sisa pokok (Rp)", 15), ("Tunggakan pokok (Rp)", 15), ("Tunggakan jasa (Rp)", 15),
           ("Jumlah tunggakan (Rp)", 15), ("Hari terlambat", 10), ("Angsuran tertunggak", 12),
           ("Kolektibilitas", 22), ("Keterangan kunjungan", 40)]
MONEY = range(8, 12)  # the columns of rupiah, counted from 0
WHOLE = (12, 13)
HEADER_ROW = 3  # a title, a blank line, then the headings
RUPIAH_FORMAT = "#,##0"


def arrears_rows(lines: list[ShareArrears]) -> list[list]:
    """One list of cell values per line, in COLUMNS order."""
    return [[i, line.group_name or "Tanpa kelompok", line.member_name, line.member_number,
             line.address, line.phone, line.mentor_name, line.loan_number, line.outstanding,
             line.overdue_principal, line.overdue_jasa, line.overdue, line.days_overdue,
             line.installments_overdue, KOLEK_WORDS.get(line.kolek, line.kolek), ""]
            for i, line in enumerate(lines, start=1)]


def title(on: dt.date, scope: str = "") -> str:
    return " · ".join(p for p in ("Daftar Tunggakan Pinjaman", scope or "Seluruh kantor",
                                  f"per {format_date_long(on)}") if p)


def export_arrears_xlsx(lines: list[ShareArrears], on: dt.date, path: Path, *,
                        scope: str = "") -> None:
    """Write the arrears list read on *on* to an .xlsx at *path*: a title, the headings frozen
    above the lines, a filter on every column, rupiah as whole numbers shown with thousands
    separators, and a total row."""
    from openpyxl import Workbook  # only when exporting: slow to import at start-up
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    rows = arrears_rows(lines)

    def write(target: Path) -> int:
        book = Workbook()
        sheet = book.active
        sheet.title = "Tunggakan"
        sheet.cell(1, 1, title(on, scope)).font = Font(bold=True, size=13)
        bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBE4")
        wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
        for c, (heading, width) in enumerate(COLUMNS, start=1):
            cell = sheet.cell(HEADER_ROW, c, heading)
            cell.font, cell.fill, cell.alignment = bold, fill, wrap
            sheet.column_dimensions[get_column_letter(c)].width = width
        for r, values in enumerate(rows, start=HEADER_ROW + 1):
            for c, value in enumerate(values):
                cell = sheet.cell(r, c + 1, value)
                if c in MONEY:
                    cell.number_format = RUPIAH_FORMAT
                elif c == 3 or c == 5:
                    cell.number_format = "@"  # keep the leading zero of a phone number
        last = HEADER_ROW + len(rows)
        if rows:
            total = last + 1
            sheet.cell(total, 3, "Jumlah").font = bold
            for c in MONEY:
                letter = get_column_letter(c + 1)
                cell = sheet.cell(total, c + 1, f"=SUBTOTAL(9,{letter}{HEADER_ROW + 1}:{letter}{last})")
                cell.number_format, cell.font = RUPIAH_FORMAT, bold
        sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 4)  # the headings and who it is
        sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(COLUMNS))}{max(last, HEADER_ROW + 1)}"
        sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        book.save(target)
        return len(rows)

    _replace(Path(path), write)

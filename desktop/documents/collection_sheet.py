"""The group's meeting day on paper.

Before the meeting: the collection sheet (daftar setoran rapat kelompok), one row per member
with what is due that day, and empty boxes in which the treasurer writes what each member paid
or took out, with a column to sign or mark attendance; blank lines for the cash counted and the
signatures of the group's officers and of the office. After posting: the meeting record (berita
acara rapat kelompok), the same rows with what was paid and who came, the totals, the cash
count and who posted it. A4 landscape for the sheet, whose boxes need the width; A4 upright
for the record."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, Spacer, Table, TableStyle

from desktop.collection import DueLine, LineForm, SheetData
from desktop.dates import MONTH_NAMES_ID, format_date, format_date_long
from desktop.documents.ledger_paper import (
    INK,
    MARGIN,
    RULE,
    build_pdf,
    group_words,
    page_header,
    place_and_date,
    signatures,
    summary_box,
    table_style,
    titled_pairs,
    write,
)
from desktop.documents.pdf import FONT, FONT_BOLD, Letterhead, register_fonts
from desktop.money import format_amount, format_rupiah

SHEET_PAGE = landscape(A4)
RECORD_PAGE = A4
SHEET_TITLE = "DAFTAR SETORAN RAPAT KELOMPOK"
RECORD_TITLE = "BERITA ACARA RAPAT KELOMPOK"
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ATTENDANCE_WORDS = {"present": "Hadir", "late": "Terlambat", "excused": "Izin",
                    "absent": "Tidak hadir", "": "Tidak dicatat"}
CAME = ("present", "late")
FONT_SIZE = 8
ROOM_TO_WRITE = 7.5 * mm  # the least height of a row on the sheet, to write figures by hand

# The sheet: (heading, width in mm), together the 267 mm between the margins of A4 landscape.
# The figures due come first, then the boxes written at the meeting, then the signature.
SHEET_PEOPLE = [("No", 7), ("Nama anggota", 40), ("Saldo sukarela (Rp)", 16)]
SHEET_DUE = [("Wajib (Rp)", 22), ("No. pinjaman", 16), ("Angsuran (Rp)", 20),
             ("Tunggakan angsuran (Rp)", 19), ("Jumlah tagihan (Rp)", 20)]
SHEET_PAID = [("Wajib", 17), ("Sukarela", 17), ("Tarik", 17), ("Angsuran", 17), ("Jumlah", 17)]
SHEET_SIGN = [("Tanda tangan / kehadiran", 22)]
SHEET_COLUMNS = SHEET_PEOPLE + SHEET_DUE + SHEET_PAID + SHEET_SIGN
DUE_FROM = len(SHEET_PEOPLE)
PAID_FROM = DUE_FROM + len(SHEET_DUE)
SIGN_AT = PAID_FROM + len(SHEET_PAID)

# The record: the 180 mm between the margins of A4 upright.
RECORD_COLUMNS = [("No", 7), ("Nama anggota", 52), ("Kehadiran", 19), ("Wajib (Rp)", 20),
                  ("Sukarela (Rp)", 20), ("Tarik (Rp)", 20), ("Angsuran (Rp)", 21),
                  ("Jumlah bersih (Rp)", 21)]
RECORD_FIGURES_FROM = 3

PAID_FILL = Color(1, 1, 1)
DUE_FILL = Color(0.975, 0.98, 0.975)
MARK_INK = Color(0.75, 0.1, 0.1)
MARK_FILL = Color(0.99, 0.93, 0.93)

_CELL = ParagraphStyle("cell", fontName=FONT, fontSize=FONT_SIZE, leading=9.6)
_NAME = ParagraphStyle("name", parent=_CELL, fontName=FONT_BOLD)
_FIGURE = ParagraphStyle("figure", parent=_CELL, alignment=TA_RIGHT)
_HEAD = ParagraphStyle("head", fontName=FONT_BOLD, fontSize=7.5, leading=9, alignment=TA_CENTER)
_NOTE = ParagraphStyle("note", fontName=FONT, fontSize=7.5, leading=9.5)
_LABEL = ParagraphStyle("label", fontName=FONT, fontSize=8.5, leading=11)
_BOX_TITLE = ParagraphStyle("box_title", fontName=FONT_BOLD, fontSize=9, leading=11.5)
_RECAP = ParagraphStyle("recap", fontName=FONT, fontSize=9.5, leading=12, spaceBefore=4 * mm,
                        spaceAfter=2 * mm)
_BANNER = ParagraphStyle("banner", fontName=FONT, fontSize=9.5, leading=12.5, textColor=MARK_INK)


def meeting_day(on: dt.date) -> str:
    """"Senin, 10 Februari 2025"."""
    return f"{DAYS[on.weekday()]}, {format_date_long(on)}"


def subtitle(data: SheetData, meeting: int | None, blank_number: bool) -> str:
    """Whose meeting and when; the meeting's number, or room to write it on the sheet."""
    parts = [group_words(data.group), f"Rapat hari {meeting_day(data.on)}"]
    if meeting is not None:
        parts.append(f"Rapat ke-{meeting}")
    elif blank_number:
        parts.append("Rapat ke- ........")
    return " · ".join(parts)


def _member(due: DueLine) -> Paragraph:
    return Paragraph(f"{escape(due.name)}<br/>"
                     f'<font name="{FONT}" size="7.5">No. {escape(due.number)}</font>', _NAME)


def _with_note(amount: int, note: str) -> Paragraph | str:
    """An amount with a smaller line under it (arrears, the day an installment falls due)."""
    if not note:
        return format_amount(amount)
    return Paragraph(f'{format_amount(amount)}<br/><font size="6.5">{escape(note)}</font>', _FIGURE)


def _heading(text: str) -> Paragraph:
    return Paragraph(escape(text), _HEAD)


# --- before the meeting ----------------------------------------------------------------------

def sheet_due(due: DueLine) -> int:
    """What the member is asked for on the day: wajib and the installment, arrears included."""
    return due.wajib_due + due.installment_due


def _sheet_row(number: int, due: DueLine) -> list:
    wajib = _with_note(due.wajib_due, f"tunggakan {format_amount(due.wajib_overdue)}"
                       if due.wajib_overdue else "")
    if due.loan_number:
        current = due.installment_due - due.installment_overdue
        loan = [due.loan_number,
                _with_note(current, f"jt. {format_date(due.next_due_on)}" if due.next_due_on else ""),
                format_amount(due.installment_overdue) if due.installment_overdue else "-"]
    else:
        loan = ["-", "", ""]
    return [str(number), _member(due), format_amount(due.sukarela_balance), wajib, *loan,
            format_amount(sheet_due(due)), "", "", "", "", "", Spacer(1, ROOM_TO_WRITE)]


def _sheet_table(data: SheetData) -> LongTable:
    """The members under two rows of headings that repeat on every page: what is due, then
    the boxes to write what was paid."""
    width = len(SHEET_COLUMNS)
    top = [_heading("No"), _heading("Nama anggota"), _heading("Saldo sukarela (Rp)"),
           _heading("Tagihan hari ini"), "", "", "", "",
           _heading("Dibayar / diambil (diisi saat rapat, Rp)"), "", "", "", "",
           _heading("Tanda tangan / kehadiran")]
    second = [""] * DUE_FROM + [_heading(t) for t, _w in SHEET_DUE + SHEET_PAID] + [""]
    rows: list[list] = [top, second]
    rows += [_sheet_row(i, due) for i, due in enumerate(data.dues, 1)]
    if not data.dues:
        rows.append(["", "Tidak ada anggota aktif."] + [""] * (width - 2))
    dues = data.dues
    rows.append([f"Jumlah ({len(dues)} anggota)", "", "",
                 format_amount(sum(d.wajib_due for d in dues)), "",
                 format_amount(sum(d.installment_due - d.installment_overdue for d in dues)),
                 format_amount(sum(d.installment_overdue for d in dues)),
                 format_amount(sum(sheet_due(d) for d in dues)), "", "", "", "", "", ""])
    table = LongTable(rows, colWidths=[w * mm for _t, w in SHEET_COLUMNS], repeatRows=2)
    style = table_style(len(rows), (-1,), DUE_FROM - 1, FONT_SIZE, padding=1.6, head=2)
    for column in (0, 1, 2, SIGN_AT):
        style.add("SPAN", (column, 0), (column, 1))
    style.add("SPAN", (DUE_FROM, 0), (PAID_FROM - 1, 0))
    style.add("SPAN", (PAID_FROM, 0), (SIGN_AT - 1, 0))
    style.add("SPAN", (0, -1), (1, -1))
    style.add("ALIGN", (0, 2), (0, -1), "RIGHT")
    style.add("ALIGN", (DUE_FROM + 1, 2), (DUE_FROM + 1, -1), "CENTER")
    style.add("ALIGN", (0, -1), (1, -1), "LEFT")
    style.add("LEFTPADDING", (0, -1), (0, -1), 4)
    if len(rows) > 3:
        style.add("BACKGROUND", (2, 2), (PAID_FROM - 1, -2), DUE_FILL)
        style.add("BACKGROUND", (PAID_FROM, 2), (-1, -2), PAID_FILL)
    # The boxes to write in stand out from the figures printed for them.
    style.add("LINEBEFORE", (PAID_FROM, 0), (PAID_FROM, -1), 0.9, INK)
    style.add("LINEBEFORE", (SIGN_AT, 0), (SIGN_AT, -1), 0.9, INK)
    style.add("LINEBEFORE", (DUE_FROM, 0), (DUE_FROM, -1), 0.9, INK)
    table.setStyle(style)
    return table


def _blank(label: str, prefix: str = "Rp", dots: int = 34) -> list:
    return [Paragraph(escape(label), _LABEL), Paragraph(f"{prefix} {'.' * dots}", _LABEL)]


def _cash_box(data: SheetData, width: float) -> Table:
    """Lines to write the day's totals, the cash counted and who came."""
    gap = 10 * mm
    column = (width - 8 * mm - gap) / 2
    money = Table([[Paragraph("Uang rapat (diisi setelah dihitung)", _BOX_TITLE), ""],
                   _blank("Jumlah setoran (uang masuk)"),
                   _blank("Jumlah penarikan (uang keluar)"),
                   _blank("Bersih (masuk − keluar)"),
                   _blank("Uang tunai dihitung"),
                   _blank("Selisih")],
                  colWidths=[52 * mm, column - 52 * mm])
    others = Table([[Paragraph("Kehadiran dan catatan", _BOX_TITLE), ""],
                    [Paragraph("Anggota hadir", _LABEL),
                     Paragraph(f"{'.' * 10} dari {len(data.dues)} anggota", _LABEL)],
                    [Paragraph("Terlambat / izin / tidak hadir", _LABEL),
                     Paragraph(f"{'.' * 8} / {'.' * 8} / {'.' * 8}", _LABEL)],
                    [Paragraph("Catatan", _LABEL), Paragraph("." * 60, _LABEL)],
                    ["", Paragraph("." * 60, _LABEL)],
                    [Paragraph("Jumlah = wajib + sukarela + angsuran − tarik. Kehadiran: "
                               "H hadir · T terlambat · I izin · A tidak hadir", _NOTE), ""]],
                   colWidths=[44 * mm, column - 44 * mm])
    for part in (money, others):
        part.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)),
                                  ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                  ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 2.6),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
                                  ("BOTTOMPADDING", (0, 0), (-1, 0), 1.5)]))
    others.setStyle(TableStyle([("SPAN", (0, -1), (-1, -1)), ("TOPPADDING", (0, -1), (-1, -1), 4)]))
    return summary_box(Table([[money, "", others]], colWidths=[column, gap, column]), width)


def _signers(data: SheetData, place: str) -> list[tuple[str, str, str]]:
    """The group's chair and treasurer, and the office's treasurer who takes the money; dated
    the day of the meeting, when they sign."""
    return [("Mengetahui,", "Ketua Kelompok,", ""), ("", "Bendahara Kelompok,", ""),
            (place_and_date(place, data.on), "Diterima oleh Bendahara Kantor,", "")]


def render_collection_sheet(data: SheetData, head: Letterhead, target: Path | io.BytesIO,
                            today: dt.date | None = None, *, place: str = "",
                            meeting: int | None = None) -> None:
    """Write the collection sheet printed before the meeting to a PDF: every member of
    *data* (``load_sheet``) with what is due, and empty boxes for what is paid. *today* is the
    print date in the footer; *place* the town before the date of the signatures; *meeting*
    the meeting's number, left to be written in by hand when not given."""
    register_fonts()
    today = today or dt.date.today()
    width = SHEET_PAGE[0] - 2 * MARGIN
    # What is due in words, above the lines for the cash, so that the page that is signed says
    # it even when the table ended on the page before.
    dues = data.dues
    wajib = sum(d.wajib_due for d in dues)
    installments = sum(d.installment_due for d in dues)
    bold = f'<font name="{FONT_BOLD}">'
    recap = Paragraph(f"{len(dues)} anggota · Tagihan hari ini {bold}"
                      f"{format_rupiah(wajib + installments)}</font> (wajib {format_rupiah(wajib)}, "
                      f"angsuran {format_rupiah(installments)})", _RECAP)
    story = [_sheet_table(data),
             signatures(_signers(data, place), width, lead=(recap, _cash_box(data, width)))]
    header = page_header(head, SHEET_TITLE, subtitle(data, meeting, True), SHEET_PAGE)
    write(target, build_pdf(story, SHEET_PAGE, header, today,
                            f"Daftar setoran {data.group} {format_date_long(data.on)}", head.name))


# --- after the meeting -----------------------------------------------------------------------

def attendance_counts(lines: list[LineForm]) -> dict[str, int]:
    counts = dict.fromkeys(ATTENDANCE_WORDS, 0)
    for line in lines:
        counts[line.attendance if line.attendance in counts else ""] += 1
    return counts


def _record_row(number: int, due: DueLine, line: LineForm) -> list:
    return [str(number), _member(due), ATTENDANCE_WORDS.get(line.attendance, line.attendance),
            format_amount(line.wajib), format_amount(line.sukarela),
            format_amount(line.withdrawal), format_amount(line.installment),
            format_amount(line.money_in - line.withdrawal)]


def _record_table(data: SheetData) -> LongTable:
    rows: list[list] = [[_heading(t) for t, _w in RECORD_COLUMNS]]
    rows += [_record_row(i, due, line)
             for i, (due, line) in enumerate(zip(data.dues, data.lines, strict=True), 1)]
    if not data.lines:
        rows.append(["", "Tidak ada anggota."] + [""] * (len(RECORD_COLUMNS) - 2))
    lines = data.lines
    came = sum(1 for line in lines if line.attendance in CAME)
    rows.append(["", f"Jumlah ({len(lines)} anggota)", f"{came} hadir",
                 format_amount(sum(x.wajib for x in lines)),
                 format_amount(sum(x.sukarela for x in lines)),
                 format_amount(data.total_out),
                 format_amount(sum(x.installment for x in lines)), format_amount(data.net)])
    table = LongTable(rows, colWidths=[w * mm for _t, w in RECORD_COLUMNS], repeatRows=1)
    style = table_style(len(rows), (-1,), RECORD_FIGURES_FROM, FONT_SIZE, padding=1.8)
    style.add("ALIGN", (0, 1), (0, -1), "RIGHT")
    style.add("ALIGN", (2, 1), (2, -1), "CENTER")
    style.add("VALIGN", (0, 1), (-1, -2), "TOP")
    table.setStyle(style)
    return table


def posted_words(data: SheetData) -> str:
    """"Bambang Hartono, 10 Februari 2025 pukul 14.05"."""
    if data.posted_at is None:
        return data.posted_by or "-"
    at = data.posted_at
    when = f"{at.day} {MONTH_NAMES_ID[at.month - 1]} {at.year} pukul {at:%H.%M}"
    return f"{data.posted_by}, {when}" if data.posted_by else when


def _money_pairs(data: SheetData, width: float) -> Table:
    """The money: in, out, the net; the cash counted and how far it is from the net."""
    counted = data.cash_counted
    rows = [("Uang masuk (simpanan, angsuran)", format_rupiah(data.total_in)),
            ("Uang keluar (penarikan)", format_rupiah(data.total_out)),
            ("Bersih (masuk − keluar)", format_rupiah(data.net)),
            ("Uang tunai dihitung", format_rupiah(counted) if counted is not None else "-"),
            ("Selisih (dihitung − bersih)",
             format_rupiah(counted - data.net) if counted is not None else "-")]
    table = titled_pairs("Uang rapat", rows, width, width - 28 * mm, size=8.5)
    table.setStyle(TableStyle([("LINEABOVE", (0, row), (-1, row), 0.4, RULE) for row in (3, 5)]))
    return table


def _record_summary(data: SheetData, width: float) -> Table:
    gap = 10 * mm
    column = (width - 8 * mm - gap) / 2
    counts = attendance_counts(data.lines)
    came = counts["present"] + counts["late"]
    people = [("Anggota hadir", f"{came} dari {len(data.lines)} anggota"),
              ("Hadir tepat waktu", str(counts["present"])),
              ("Terlambat", str(counts["late"])),
              ("Izin", str(counts["excused"])),
              ("Tidak hadir", str(counts["absent"]))]
    if counts[""]:
        people.append(("Tidak dicatat", str(counts[""])))
    people.append(("Diposting oleh", posted_words(data) if data.status in ("posted", "reversed")
                   else "Belum diposting"))
    if data.note:
        people.append(("Catatan", data.note))
    present = titled_pairs("Kehadiran", people, column, 30 * mm, size=8.5, figures=False)
    body = Table([[_money_pairs(data, column), "", present]],
                 colWidths=[column, gap, column])
    return summary_box(body, width)


def _banner(data: SheetData, width: float) -> list:
    """A reversed sheet says so above everything else, with the reason; a sheet not yet
    posted says that its figures may still change."""
    if data.status == "reversed":
        text = (f'<font name="{FONT_BOLD}" size="11">DIBATALKAN</font> · Seluruh setoran, '
                "penarikan dan angsuran rapat ini telah dibatalkan dan tidak berlaku.")
        if data.reversal_reason:
            text += f"<br/>Alasan pembatalan: {escape(data.reversal_reason)}"
    elif data.status != "posted":
        text = (f'<font name="{FONT_BOLD}" size="11">DRAF</font> · Lembar rapat ini belum '
                "diposting; angka di bawah ini masih dapat berubah.")
    else:
        return []
    box = Table([[Paragraph(text, _BANNER)]], colWidths=[width])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, MARK_INK),
                             ("BACKGROUND", (0, 0), (-1, -1), MARK_FILL),
                             ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                             ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm)]))
    return [box, Spacer(1, 3 * mm)]


def _marked(draw: Callable[[Canvas, object], None], word: str,
            page: tuple[float, float]) -> Callable[[Canvas, object], None]:
    """The header, and across every page a large pale word, so that no loose page of a
    cancelled or unfinished record passes for a valid one."""
    if not word:
        return draw

    def marked(pdf: Canvas, doc) -> None:
        draw(pdf, doc)
        pdf.saveState()
        pdf.setFillColor(MARK_INK, alpha=0.13)
        pdf.setFont(FONT_BOLD, 96 if len(word) > 5 else 130)
        pdf.translate(page[0] / 2, page[1] / 2 - 20 * mm)
        pdf.rotate(55)
        pdf.drawCentredString(0, -30, word)
        pdf.restoreState()
    return marked


def render_meeting_record(data: SheetData, head: Letterhead, target: Path | io.BytesIO,
                          today: dt.date | None = None, *, place: str = "",
                          meeting: int | None = None) -> None:
    """Write the record of a posted meeting to a PDF: what every member of *data*
    (``load_sheet``) paid or took out and whether they came, the totals and the cash counted,
    who posted it. A reversed sheet is marked DIBATALKAN with its reason on every page; one not
    yet posted is marked DRAF. *today* is the print date, *place* the town before the date of
    the signatures, *meeting* the meeting's number."""
    register_fonts()
    today = today or dt.date.today()
    width = RECORD_PAGE[0] - 2 * MARGIN
    story = [*_banner(data, width), _record_table(data), Spacer(1, 4 * mm),
             signatures(_signers(data, place), width, lead=(_record_summary(data, width),))]
    word = {"posted": "", "reversed": "DIBATALKAN"}.get(data.status, "DRAF")
    header = _marked(page_header(head, RECORD_TITLE, subtitle(data, meeting, False), RECORD_PAGE),
                     word, RECORD_PAGE)
    write(target, build_pdf(story, RECORD_PAGE, header, today,
                            f"Berita acara rapat {data.group} {format_date_long(data.on)}",
                            head.name))

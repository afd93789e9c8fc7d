"""The attendance sheet (daftar hadir) of a session, A4 upright: what the session is, then one
row per member on its list with room to sign, the signatures staggered as Indonesian daftar
hadir are (odd rows sign on the left, even rows on the right, so that neighbours' signatures do
not run into each other), blank rows for those who come unlisted, the count of who came, and the
signatures of the facilitator and the mentor or secretary.

Printed before the session it has blank lines for the count; printed after attendance was
taken, it says who came and how each member was marked."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, Spacer, Table, TableStyle

from desktop.documents.collection_sheet import meeting_day
from desktop.documents.ledger_paper import (
    HEAD_FILL,
    INK,
    MARGIN,
    RULE,
    build_pdf,
    page_header,
    place_and_date,
    signatures,
    summary_box,
    table_style,
    write,
)
from desktop.documents.pdf import FONT, FONT_BOLD, Letterhead, letterhead, register_fonts
from desktop.training import AttendanceLine, SessionInfo, attendance_list, session_info

PAGE = A4
TITLE = "DAFTAR HADIR"
KIND_WORDS = {"socialisation": "Sosialisasi", "training": "Pelatihan",
              "mentoring": "Pertemuan pendampingan", "meeting": "Rapat kelompok"}
STATUS_WORDS = {"present": "Hadir", "late": "Terlambat", "excused": "Izin", "absent": "Tidak hadir"}
FONT_SIZE = 8.5
# Room for three who come unlisted; with a signature 8.5 mm high a group of up to 17 members
# is signed on one page.
BLANK_ROWS = 3
ROOM_TO_SIGN = 8.5 * mm  # the least height of a row
PADDING = 1.4
# (heading, width in mm); together the 180 mm between the margins of A4 upright. The signature
# takes two columns under one heading: the left half for odd rows, the right half for even.
COLUMNS = [("No", 8), ("Nama anggota", 50), ("No. anggota", 21), ("Kelompok", 31),
           ("Tanda tangan", 24), ("", 24), ("Keterangan", 22)]
SIGN_LEFT, SIGN_RIGHT = 4, 5

_CELL = ParagraphStyle("cell", fontName=FONT, fontSize=FONT_SIZE, leading=10.2)
_NAME = ParagraphStyle("name", parent=_CELL, fontName=FONT_BOLD)
_HEAD = ParagraphStyle("head", fontName=FONT_BOLD, fontSize=8, leading=9.5, alignment=TA_CENTER)
_SMALL = ParagraphStyle("small", parent=_CELL, fontSize=7.5, leading=9)
_LABEL = ParagraphStyle("label", fontName=FONT, fontSize=9, leading=11.5)
_VALUE = ParagraphStyle("value", parent=_LABEL, fontName=FONT_BOLD)
_COUNT = ParagraphStyle("count", fontName=FONT, fontSize=9.5, leading=13, spaceBefore=3 * mm)


@dataclass(frozen=True)
class SheetData:
    info: SessionInfo
    lines: list[AttendanceLine]

    @property
    def taken(self) -> bool:
        """Whether any attendance was recorded yet."""
        return any(line.status for line in self.lines)

    def count(self, *statuses: str) -> int:
        return sum(1 for line in self.lines if line.status in statuses)


def sheet_data(session_id: int) -> SheetData:
    return SheetData(session_info(session_id), attendance_list(session_id))


def kind_words(info: SessionInfo) -> str:
    return KIND_WORDS.get(info.kind, info.kind)


def time_words(info: SessionInfo) -> str:
    """"pukul 09.00 – 12.30", as Indonesian papers write times; "" when not known."""
    if not info.starts_at:
        return ""
    start = info.starts_at.replace(":", ".")
    return f"pukul {start} – {info.ends_at.replace(':', '.')}" if info.ends_at else f"pukul {start}"


def program_words(info: SessionInfo) -> str:
    """"Sekolah Usaha Perempuan, pertemuan ke-3 dari 8"."""
    if not info.program:
        return ""
    seq = f", pertemuan ke-{info.program_seq}" if info.program_seq else ""
    planned = f" dari {info.planned_sessions}" if info.program_seq and info.planned_sessions else ""
    return f"{info.program}{seq}{planned}"


def subtitle(info: SessionInfo) -> str:
    return " · ".join([kind_words(info), info.topic, meeting_day(info.on)])


def _pairs(rows: list[tuple[str, str]], label: float, width: float) -> Table:
    table = Table([[Paragraph(escape(a), _LABEL), Paragraph(": " + escape(b or "-"), _VALUE)]
                   for a, b in rows], colWidths=[label, width - label])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6)]))
    return table


def _about(info: SessionInfo, width: float) -> Table:
    """What the session is, where and when, in two columns, and the groups invited below."""
    gap = 6 * mm
    column = (width - 8 * mm - gap) / 2
    left = [("Kegiatan", kind_words(info)), ("Topik / materi", info.topic)]
    if info.program:
        left.append(("Program", program_words(info)))
    right = [("Hari, tanggal", meeting_day(info.on)), ("Waktu", time_words(info)),
             ("Tempat", info.place), ("Fasilitator", info.facilitator)]
    groups = _pairs([("Kelompok", ", ".join(name for _id, name in info.groups))],
                    27 * mm, width - 8 * mm)
    body = Table([[_pairs(left, 27 * mm, column), "", _pairs(right, 26 * mm, column)],
                  [groups, "", ""]], colWidths=[column, gap, column])
    body.setStyle(TableStyle([("SPAN", (0, 1), (-1, 1)), ("TOPPADDING", (0, 1), (-1, 1), 1.5)]))
    return summary_box(body, width, HEAD_FILL)


def _remark(line: AttendanceLine) -> Paragraph | str:
    words = STATUS_WORDS.get(line.status, "")
    if line.note:
        words = f"{words}: {line.note}" if words else line.note
    return Paragraph(escape(words), _SMALL) if words else ""


def _row(number: int, line: AttendanceLine | None) -> list:
    # The half not signed in holds the row open to its height, whatever the name's length.
    room = Spacer(1, ROOM_TO_SIGN - 2 * PADDING - 0.6)
    sign = [f"{number}.", room] if number % 2 else [room, f"{number}."]
    if line is None:
        return [str(number), "", "", "", *sign, ""]
    return [str(number), Paragraph(escape(line.name), _NAME), line.number,
            Paragraph(escape(line.group), _CELL), *sign, _remark(line)]


def _table(data: SheetData) -> LongTable:
    rows: list[list] = [[Paragraph(escape(t), _HEAD) if t else "" for t, _w in COLUMNS]]
    rows += [_row(i, line) for i, line in enumerate(data.lines, 1)]
    rows += [_row(i, None) for i in range(len(data.lines) + 1, len(data.lines) + 1 + BLANK_ROWS)]
    table = LongTable(rows, colWidths=[w * mm for _t, w in COLUMNS], repeatRows=1)
    # The house's ruled style, but one space to sign across both halves: no line between them.
    ruled = table_style(len(rows), (), len(COLUMNS), FONT_SIZE, padding=PADDING)
    style = TableStyle([c for c in ruled.getCommands() if c[0] != "GRID"] + [
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("LINEBEFORE", (1, 0), (SIGN_LEFT - 1, -1), 0.3, RULE),
        ("LINEBEFORE", (SIGN_RIGHT + 1, 0), (-1, -1), 0.3, RULE),
        ("LINEBEFORE", (SIGN_LEFT, 0), (SIGN_LEFT, -1), 0.7, INK),
        ("LINEAFTER", (SIGN_RIGHT, 0), (SIGN_RIGHT, -1), 0.7, INK),
        ("SPAN", (SIGN_LEFT, 0), (SIGN_RIGHT, 0)),
        ("ALIGN", (0, 1), (0, -1), "RIGHT"),
        ("VALIGN", (SIGN_LEFT, 1), (SIGN_RIGHT, -1), "TOP"),
        ("FONT", (SIGN_LEFT, 1), (SIGN_RIGHT, -1), FONT, 7.5),
        ("TEXTCOLOR", (SIGN_LEFT, 1), (SIGN_RIGHT, -1), RULE)])
    table.setStyle(style)
    return table


def count_words(data: SheetData) -> str:
    """Who came, as recorded; or lines to write it in when attendance was not taken yet."""
    listed = len(data.lines)
    if not data.taken:
        return (f"Jumlah hadir: {'.' * 12} dari {listed} anggota terdaftar · "
                f"Tamu / anggota lain: {'.' * 10}")
    came = data.count("present", "late")
    words = (f'<font name="{FONT_BOLD}">Jumlah hadir: {came} dari {listed} anggota</font> '
             f"(tepat waktu {data.count('present')}, terlambat {data.count('late')}) · "
             f"izin {data.count('excused')} · tidak hadir {data.count('absent')}")
    unmarked = listed - data.count("present", "late", "excused", "absent")
    if unmarked:
        words += f" · belum dicatat {unmarked}"
    return words


def _signers(data: SheetData, place: str) -> list[tuple[str, str, str]]:
    info = data.info
    # The mentor of the invited group knows of it; a mentor who led the session signs once.
    mentor = info.mentors[0] if len(info.mentors) == 1 else ""
    mentor = "" if mentor == info.facilitator else mentor
    return [("Mengetahui,", "Pendamping / Sekretaris,", mentor),
            (place_and_date(place, info.on), "Fasilitator,", info.facilitator)]


def render_attendance_sheet(data: SheetData, head: Letterhead, target: Path | io.BytesIO,
                            today: dt.date | None = None, *, place: str = "") -> None:
    """Write the daftar hadir of *data* (``sheet_data``) to a PDF. *today* is the print date
    in the footer; *place* the town before the date of the signatures."""
    register_fonts()
    today = today or dt.date.today()
    width = PAGE[0] - 2 * MARGIN
    story = [_about(data.info, width), Spacer(1, 4 * mm), _table(data),
             signatures(_signers(data, place), width, lead=(Paragraph(count_words(data), _COUNT),))]
    header = page_header(head, TITLE, subtitle(data.info), PAGE)
    write(target, build_pdf(story, PAGE, header, today,
                            f"Daftar hadir {data.info.topic} {meeting_day(data.info.on)}", head.name))


def write_attendance_sheet(target: Path | io.BytesIO, session_id: int,
                           today: dt.date | None = None) -> None:
    """The session's daftar hadir, as it stands now, with the office's letterhead."""
    render_attendance_sheet(sheet_data(session_id), letterhead(), target, today)

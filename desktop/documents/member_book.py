"""The member book (buku daftar anggota): the register of members of a group or of the whole
office, A4 landscape, with a signature column, page numbers, the office header and print date."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import peewee as pw
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

from db.models import Group, GroupKind, Member, Membership
from desktop.dates import format_date
from desktop.documents.pdf import (
    FONT,
    FONT_BOLD,
    Letterhead,
    contact_line,
    numbered_canvas,
    printed_on,
    register_fonts,
)
from desktop.errors import Cancelled, NotFound
from desktop.i18n import QT_TRANSLATE_NOOP

PAGE = landscape(A4)
MARGIN = 12 * mm
HEADER_HEIGHT = 30 * mm


@dataclass(frozen=True)
class BookRow:
    number: str
    name: str
    sex: str
    birth_place: str
    birth_date: dt.date | None
    occupation: str
    address: str
    group: str
    joined: dt.date
    left: dt.date | None
    left_why: str


@dataclass(frozen=True)
class MemberBook:
    title: str
    subtitle: str
    rows: list[BookRow]
    with_group: bool


def _address(address: str, rt: str, rw: str, kelurahan: str) -> str:
    parts = [address]
    if rt or rw:
        parts.append(f"RT {rt or '-'}/RW {rw or '-'}")
    if kelurahan:
        parts.append(kelurahan)
    return ", ".join(p for p in parts if p)


_PERSON = (Member.number, Member.name, Member.sex, Member.birth_place, Member.birth_date,
           Member.occupation, Member.address, Member.rt, Member.rw, Member.kelurahan)


def _row(values: tuple, group: str, joined: dt.date, left: dt.date | None, why: str) -> BookRow:
    number, name, sex, place, born, occupation, address, rt, rw, kelurahan = values
    return BookRow(number, name, sex, place, born, occupation, _address(address, rt, rw, kelurahan),
                   group, joined, left, why)


def office_book(include_exited: bool = True) -> MemberBook:
    """Every member of the office once, by member number, with their (last) group."""
    query = (Member.select(*_PERSON, pw.fn.COALESCE(Group.name, ""), Member.join_date,
                           Member.exit_date)
             .join(Group, pw.JOIN.LEFT_OUTER, on=(Member.group == Group.id))
             .order_by(Member.number))
    if not include_exited:
        query = query.where(Member.status == "active")
    rows = [_row(r[:10], r[10], r[11], r[12], "keluar" if r[12] else "") for r in query.tuples()]
    return MemberBook("BUKU DAFTAR ANGGOTA", "Seluruh anggota kantor", rows, True)


def group_book(group_id: int, include_exited: bool = True) -> MemberBook:
    """Everyone who was a member of the group: the dates are those of their stay in it, so a
    member who moved shows here with the date they left and in the new group's book."""
    group = Group.get_or_none(Group.id == group_id)
    if group is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This group no longer exists."))
    query = (Membership.select(*_PERSON, Membership.start_date, Membership.end_date,
                               Membership.end_reason)
             .join(Member).where(Membership.group == group_id)
             .order_by(Membership.start_date, Member.number))
    if not include_exited:
        query = query.where(Membership.end_date.is_null())
    reasons = {"moved": "pindah", "exited": "keluar"}
    rows = [_row(r[:10], group.name, r[10], r[11], reasons.get(r[12], r[12] or ""))
            for r in query.tuples()]
    kind = GroupKind.get_by_id(group.kind_id).name
    place = ", ".join(p for p in (f"Kel. {group.kelurahan}" if group.kelurahan else "",
                                   group.kecamatan and f"Kec. {group.kecamatan}", group.city) if p)
    subtitle = f"Kelompok {group.name} ({kind})" + (f" — {place}" if place else "")
    return MemberBook("BUKU DAFTAR ANGGOTA", subtitle, rows, False)


_CELL = ParagraphStyle("cell", fontName=FONT, fontSize=7.5, leading=9)
_HEAD = ParagraphStyle("head", fontName=FONT_BOLD, fontSize=7.5, leading=9, alignment=TA_CENTER)


def _columns(with_group: bool) -> list[tuple[str, float]]:
    """(heading, width in mm); the widths fill the 273 mm between the margins."""
    columns = [("No.", 9), ("No. Anggota", 21), ("Nama", 40), ("L/P", 8),
               ("Tempat, Tanggal Lahir", 34), ("Pekerjaan", 25), ("Alamat", 44),
               ("Kelompok", 30), ("Tanggal Masuk", 17), ("Tanggal Keluar", 19),
               ("Tanda Tangan", 26)]
    if not with_group:
        columns = [c for c in columns if c[0] != "Kelompok"]
        columns[2] = ("Nama", 52)
        columns[6] = ("Alamat", 62)
    return columns


def _signature(index: int) -> str:
    """Numbered places to sign, zig-zag as in paper registers, so neighbours do not collide."""
    return f"{index}." if index % 2 else f"{'&nbsp;' * 16}{index}."


def _table_rows(book: MemberBook) -> list[list]:
    rows = []
    for i, r in enumerate(book.rows, start=1):
        born = ", ".join(p for p in (r.birth_place, format_date(r.birth_date)) if p)
        left = format_date(r.left) + (f" ({r.left_why})" if r.left and r.left_why else "")
        cells = [str(i), r.number, Paragraph(escape(r.name), _CELL), r.sex,
                 Paragraph(escape(born), _CELL), Paragraph(escape(r.occupation), _CELL),
                 Paragraph(escape(r.address), _CELL), Paragraph(escape(r.group), _CELL),
                 format_date(r.joined), Paragraph(left, _CELL), Paragraph(_signature(i), _CELL)]
        if not book.with_group:
            del cells[7]
        rows.append(cells)
    return rows


def _table(book: MemberBook) -> LongTable:
    columns = _columns(book.with_group)
    header = [Paragraph(title, _HEAD) for title, _w in columns]
    body = _table_rows(book) or [["", "", Paragraph("Belum ada anggota.", _CELL)] + [""] * (len(columns) - 3)]
    table = LongTable([header, *body], colWidths=[w * mm for _t, w in columns], repeatRows=1,
                      rowHeights=[None] + [9 * mm] * len(body))
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 7.5),
        ("GRID", (0, 0), (-1, -1), 0.4, Color(0.2, 0.2, 0.2)),
        ("BACKGROUND", (0, 0), (-1, 0), Color(0.88, 0.92, 0.90)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 1), (0, -1), "RIGHT"),
        ("ALIGN", (3, 1), (3, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def _header(head: Letterhead, book: MemberBook, today: dt.date) -> Callable:
    def draw(pdf, _doc) -> None:
        pdf.saveState()
        top = PAGE[1] - MARGIN
        x = MARGIN
        if head.logo:
            pdf.drawImage(ImageReader(io.BytesIO(head.logo)), MARGIN, top - 14 * mm, 14 * mm,
                          14 * mm, preserveAspectRatio=True, anchor="c", mask="auto")
            x += 17 * mm
        pdf.setFont(FONT_BOLD, 12)
        pdf.drawString(x, top - 5 * mm, head.name)
        pdf.setFont(FONT, 8)
        pdf.drawString(x, top - 9.5 * mm, contact_line(head))
        pdf.drawRightString(PAGE[0] - MARGIN, top - 5 * mm, printed_on(today))
        pdf.setLineWidth(0.8)
        pdf.line(MARGIN, top - 16 * mm, PAGE[0] - MARGIN, top - 16 * mm)
        pdf.setFont(FONT_BOLD, 12)
        pdf.drawCentredString(PAGE[0] / 2, top - 22 * mm, book.title)
        pdf.setFont(FONT, 9)
        pdf.drawCentredString(PAGE[0] / 2, top - 27 * mm, book.subtitle)
        pdf.restoreState()
    return draw


def _footer(pdf, page: int, count: int) -> None:
    pdf.saveState()
    pdf.setFont(FONT, 8)
    pdf.drawCentredString(PAGE[0] / 2, 7 * mm, f"Halaman {page} dari {count}")
    pdf.restoreState()


ROWS_PER_PAGE = 17  # with the header and 9 mm rows; used only to estimate progress


class _Book(SimpleDocTemplate):
    """Reports each new page as progress and stops when the user cancels."""

    def __init__(self, *args, progress: Callable[[int, int], None], cancelled: Callable[[], bool],
                 expected_pages: int, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.progress, self.cancelled, self.expected_pages = progress, cancelled, expected_pages

    def beforePage(self) -> None:  # noqa: N802 - reportlab's hook
        if self.cancelled():
            raise Cancelled()
        self.progress(min(self.page, self.expected_pages), self.expected_pages)


def render_member_book(book: MemberBook, head: Letterhead, target: Path | io.BytesIO,
                       today: dt.date | None = None,
                       progress: Callable[[int, int], None] = lambda done, total: None,
                       cancelled: Callable[[], bool] = lambda: False) -> None:
    """Write the member book to a PDF; nothing is written if it is cancelled."""
    register_fonts()
    buffer = io.BytesIO()
    doc = _Book(buffer, progress=progress, cancelled=cancelled,
                expected_pages=max(1, -(-len(book.rows) // ROWS_PER_PAGE)), pagesize=PAGE,
                            leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + HEADER_HEIGHT,
                            bottomMargin=14 * mm, title=book.title, author=head.name,
                            invariant=1)
    draw = _header(head, book, today or dt.date.today())
    doc.build([_table(book)], onFirstPage=draw, onLaterPages=draw,
              canvasmaker=numbered_canvas(_footer))
    if isinstance(target, Path):
        target.write_bytes(buffer.getvalue())
    else:
        target.write(buffer.getvalue())

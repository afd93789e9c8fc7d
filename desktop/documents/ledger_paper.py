"""What the savings papers (and the loan papers to come) share: the Indonesian words for entry
kinds and methods, the letterhead band, the title, the page footer, the signature blocks and
the ruled table style."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.dates import format_date_long
from desktop.documents.pdf import (
    FONT,
    FONT_BOLD,
    Letterhead,
    clip_text,
    contact_line,
    fit_size,
    numbered_canvas,
    printed_on,
)

# The papers are Indonesian only, whatever language the screens use, so the words are written
# here rather than taken from the translated labels.
KIND_WORDS = {"deposit": "Setoran", "withdrawal": "Penarikan",
              "payout": "Pembayaran kembali saat keluar", "reversal": "Pembatalan"}
METHOD_WORDS = {"cash": "Tunai", "transfer": "Transfer"}
STATUS_WORDS = {"active": "Aktif", "exited": "Keluar"}

INK = Color(0.1, 0.1, 0.1)
RULE = Color(0.45, 0.45, 0.45)
HEAD_FILL = Color(0.88, 0.92, 0.90)  # the member book's heading colour
TOTAL_FILL = Color(0.95, 0.96, 0.95)
TITLE_FILL = Color(0.78, 0.86, 0.82)
LOGO = 14 * mm
CELL_PADDING = 2.2

PAGE = A4
MARGIN = 15 * mm
HEADER_HEIGHT = 33 * mm
FOOTER_HEIGHT = 14 * mm


def draw_letterhead(pdf: Canvas, head: Letterhead, left: float, top: float, width: float) -> None:
    """The logo, the office's name and its contact line in a band 14 mm high below *top*."""
    x = left
    if head.logo:
        pdf.drawImage(ImageReader(io.BytesIO(head.logo)), left, top - LOGO, LOGO, LOGO,
                      preserveAspectRatio=True, anchor="c", mask="auto")
        x += LOGO + 3 * mm
    room = left + width - x
    pdf.setFillColor(INK)
    contact = contact_line(head)
    if stringWidth(head.name, FONT_BOLD, 9) <= room:
        size = fit_size(head.name, FONT_BOLD, 12, 9, room)
        pdf.setFont(FONT_BOLD, size)
        pdf.drawString(x, top - 5 * mm, head.name)
        contact_y = top - 9.5 * mm
    else:
        # Cooperatives' legal names run long ("Koperasi Simpan Pinjam ... Kecamatan ...");
        # two lines keep all of it readable.
        pdf.setFont(FONT_BOLD, 9.5)
        for i, line in enumerate(wrap_lines(head.name, FONT_BOLD, 9.5, room, 2)):
            pdf.drawString(x, top - 3.8 * mm - i * 4 * mm, line)
        contact_y = top - 11.6 * mm
    size = fit_size(contact, FONT, 8, 6.5, room)
    pdf.setFont(FONT, size)
    pdf.drawString(x, contact_y, clip_text(contact, FONT, size, room))


def wrap_lines(text: str, font: str, size: float, width: float, most: int) -> list[str]:
    """*text* wrapped at spaces into at most *most* lines, the last one clipped if need be."""
    lines = simpleSplit(text, font, size, width) or [""]
    if len(lines) > most:
        lines = lines[:most - 1] + [" ".join(lines[most - 1:])]
    return [clip_text(line, font, size, width) for line in lines]


def draw_title(pdf: Canvas, title: str, subtitle: str, centre: float, top: float, width: float) -> None:
    """A rule under the letterhead band, then the title and one line that says whose it is."""
    pdf.setStrokeColor(INK)
    pdf.setLineWidth(0.8)
    pdf.line(centre - width / 2, top - 16 * mm, centre + width / 2, top - 16 * mm)
    pdf.setFont(FONT_BOLD, 12)
    pdf.drawCentredString(centre, top - 22 * mm, title)
    size = fit_size(subtitle, FONT, 9, 7, width)
    pdf.setFont(FONT, size)
    pdf.drawCentredString(centre, top - 27 * mm, clip_text(subtitle, FONT, size, width))


def page_header(head: Letterhead, title: str, subtitle: str,
                page: tuple[float, float] = PAGE) -> Callable[[Canvas, object], None]:
    """The letterhead and the document's title, drawn at the top of every page."""
    width = page[0] - 2 * MARGIN

    def draw(pdf: Canvas, _doc) -> None:
        pdf.saveState()
        top = page[1] - 12 * mm
        draw_letterhead(pdf, head, MARGIN, top, width)
        draw_title(pdf, title, subtitle, page[0] / 2, top, width)
        pdf.restoreState()
    return draw


def page_footer(page_width: float, today: dt.date) -> Callable[[Canvas, int, int], None]:
    """The print date on the left and "Halaman x dari y" on the right of every page, so that
    loose pages can be put back in order and their age is visible."""
    def draw(pdf: Canvas, page: int, count: int) -> None:
        pdf.saveState()
        pdf.setStrokeColor(RULE)
        pdf.setLineWidth(0.4)
        pdf.line(MARGIN, 11 * mm, page_width - MARGIN, 11 * mm)
        pdf.setFillColor(INK)
        pdf.setFont(FONT, 7.5)
        pdf.drawString(MARGIN, 7.5 * mm, printed_on(today))
        pdf.drawRightString(page_width - MARGIN, 7.5 * mm, f"Halaman {page} dari {count}")
        pdf.restoreState()
    return draw


def group_words(group: str) -> str:
    """"Kelompok Melati", but not "Kelompok Kelompok Tani Melati" for a group named so."""
    if not group or group.lower().startswith("kelompok"):
        return group
    return f"Kelompok {group}"


def place_and_date(place: str, on: dt.date) -> str:
    return f"{place}, {format_date_long(on)}" if place else format_date_long(on)


_SIGN = ParagraphStyle("sign", fontName=FONT, fontSize=9, leading=11.5, alignment=TA_CENTER)
_SIGN_NAME = ParagraphStyle("sign_name", parent=_SIGN, fontName=FONT_BOLD)
BLANK_NAME = "(" + "." * 44 + ")"


def signatures(blocks: list[tuple[str, str, str] | None], width: float,
               lead: tuple = ()) -> KeepTogether:
    """Signature blocks side by side, each (line above, role, name); an empty name leaves a
    dotted line to write it in by hand. A None keeps its place empty, so that a single block
    sits on the right, where Indonesian letters put the signer. *lead* is kept on the same
    page, so that a signature never stands on a page of its own."""
    column = width / len(blocks)
    cells = []
    for block in blocks:
        if block is None:
            cells.append("")
            continue
        above, role, name = block
        name_cell = Paragraph(f"<u>{escape(name)}</u>", _SIGN_NAME) if name else Paragraph(BLANK_NAME, _SIGN)
        cells.append([Paragraph(escape(above) or "&nbsp;", _SIGN), Paragraph(escape(role), _SIGN),
                      Spacer(1, 17 * mm), name_cell])
    table = Table([cells], colWidths=[column] * len(blocks))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm)]))
    return KeepTogether([*lead, Spacer(1, 8 * mm), table])


def build_pdf(story: list, page: tuple[float, float], header: Callable[[Canvas, object], None],
              today: dt.date, title: str, author: str) -> bytes:
    """Lay out *story* below the header and above the footer of every page. The frame has no
    padding of its own, so that headings and tables line up with the letterhead."""
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=12 * mm + HEADER_HEIGHT, bottomMargin=FOOTER_HEIGHT + 2 * mm,
                          title=title, author=author, invariant=1)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=header, pagesize=page)])
    doc.build(story, canvasmaker=numbered_canvas(page_footer(page[0], today)))
    return buffer.getvalue()


def write(target: Path | io.BytesIO, data: bytes) -> None:
    if isinstance(target, Path):
        target.write_bytes(data)
    else:
        target.write(data)


def table_style(rows: int, bold_rows: tuple[int, ...], right_from: int, font_size: float,
                padding: float = 1.6, head: int = 1) -> TableStyle:
    """Ruled like a passbook: shaded headings (the first *head* rows), thin lines, figures to
    the right."""
    last_head = head - 1
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, font_size),
        ("FONT", (0, 0), (-1, last_head), FONT_BOLD, font_size),
        ("BACKGROUND", (0, 0), (-1, last_head), HEAD_FILL),
        ("ALIGN", (0, 0), (-1, last_head), "CENTER"),
        ("ALIGN", (right_from, head), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.3, RULE),
        ("BOX", (0, 0), (-1, -1), 0.7, INK),
        ("LINEBELOW", (0, last_head), (-1, last_head), 0.7, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding + 0.6),
    ]
    for row in bold_rows:
        row = row if row >= 0 else rows + row
        commands += [("FONT", (0, row), (-1, row), FONT_BOLD, font_size),
                     ("BACKGROUND", (0, row), (-1, row), TOTAL_FILL)]
    return TableStyle(commands)


_BOX_TITLE = ParagraphStyle("box_title", fontName=FONT_BOLD, fontSize=9, leading=11.5)


def titled_pairs(title: str, rows: list[tuple[str, str]], width: float, label: float, *,
                 size: float = 8, figures: bool = True) -> Table:
    """A titled list of labels and values for a summary box; *figures* are set bold to the
    right as plain text, so that they line up, other values wrap like the labels."""
    style = ParagraphStyle("box_label", fontName=FONT, fontSize=size, leading=size * 1.25)
    cells = [[Paragraph(escape(title), _BOX_TITLE), ""]]
    cells += [[Paragraph(escape(a), style), b if figures else Paragraph(escape(b), style)]
              for a, b in rows]
    table = Table(cells, colWidths=[label, width - label])
    commands = [("SPAN", (0, 0), (-1, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 1.5),
                ("TOPPADDING", (0, 1), (-1, 1), 1.6)]
    if figures:
        commands += [("FONT", (1, 1), (1, -1), FONT_BOLD, size), ("ALIGN", (1, 1), (1, -1), "RIGHT")]
    table.setStyle(TableStyle(commands))
    return table


def summary_box(body: Table, width: float, fill: Color = TOTAL_FILL) -> Table:
    """A shaded, framed box around a row of ``titled_pairs`` (totals, portfolio, cash)."""
    body.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    box = Table([[body]], colWidths=[width])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, INK),
                             ("BACKGROUND", (0, 0), (-1, -1), fill),
                             ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                             ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm)]))
    return box

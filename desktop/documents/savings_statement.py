"""The savings statement (rekening simpanan anggota): a member's savings over a period, a summary
of every product and then each product's lines with a running balance, A4 portrait.

Also the pieces the savings papers share: the Indonesian words for entry kinds and methods, the
letterhead band, the page footer and the signature blocks."""

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
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.dates import format_date, format_date_long
from desktop.documents.pdf import (
    FONT,
    FONT_BOLD,
    Letterhead,
    clip_text,
    contact_line,
    fit_size,
    numbered_canvas,
    printed_on,
    register_fonts,
)
from desktop.money import format_amount, format_rupiah
from desktop.savings_queries import LedgerLine, ProductStatement, Statement

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


def line_text(line: LedgerLine) -> str:
    """What the Keterangan column says about an entry."""
    kind = KIND_WORDS.get(line.kind, line.kind)
    if line.kind == "reversal":
        # The note of a reversal begins with the receipt it cancels.
        text = f"Pembatalan kuitansi {line.note}" if line.note else kind
    else:
        text = " · ".join(p for p in (kind, METHOD_WORDS.get(line.method, line.method), line.note) if p)
    if line.reversed_by:
        text += f" (dibatalkan: {line.reversed_by})"
    return text


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


# --- the statement itself ---------------------------------------------------------------

FONT_SIZE = 8
_CELL = ParagraphStyle("cell", fontName=FONT, fontSize=FONT_SIZE, leading=9.5)
_LABEL = ParagraphStyle("label", fontName=FONT, fontSize=9, leading=11.5)
_VALUE = ParagraphStyle("value", fontName=FONT_BOLD, fontSize=9, leading=11.5)
_TOTAL = ParagraphStyle("total", fontName=FONT, fontSize=9.5, leading=12, spaceBefore=5 * mm)
# (heading, width in mm); together the 180 mm between the margins.
LINE_COLUMNS = [("Tanggal", 19), ("No. Kuitansi", 22), ("Keterangan", 67), ("Masuk (Rp)", 24),
                ("Keluar (Rp)", 24), ("Saldo (Rp)", 24)]
SUMMARY_COLUMNS = [("Produk", 60), ("Saldo awal (Rp)", 30), ("Setoran (Rp)", 30),
                   ("Penarikan (Rp)", 30), ("Saldo akhir (Rp)", 30)]


def period_text(statement: Statement) -> str:
    if statement.first is None:
        return f"s.d. {format_date(statement.last)}"
    return f"{format_date(statement.first)} s.d. {format_date(statement.last)}"


def _wrapping(text: str, width: float):
    """Plain text where it fits the column; a Paragraph, which wraps but is many times slower
    to lay out, only where it does not."""
    if stringWidth(text, FONT, FONT_SIZE) <= width - 2 * CELL_PADDING:
        return text
    return Paragraph(escape(text), _CELL)


def _member_block(statement: Statement, width: float) -> Table:
    left = [("Nama", statement.name), ("No. Anggota", statement.number),
            ("Kelompok", statement.group or "-")]
    right = [("Tanggal masuk", format_date_long(statement.joined)),
             ("Status", STATUS_WORDS.get(statement.status, statement.status)),
             ("Periode", period_text(statement))]
    rows = [[Paragraph(a, _LABEL), Paragraph(escape(b), _VALUE),
             Paragraph(c, _LABEL), Paragraph(escape(d), _VALUE)]
            for (a, b), (c, d) in zip(left, right, strict=True)]
    table = Table(rows, colWidths=[24 * mm, width / 2 - 24 * mm, 26 * mm, width / 2 - 26 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.8),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8)]))
    return table


def _titled(table: Table, style: TableStyle) -> None:
    """Style the first row of *table* as its title: one cell across, darker than the headings."""
    style.add("SPAN", (0, 0), (-1, 0))
    style.add("ALIGN", (0, 0), (-1, 0), "LEFT")
    style.add("FONT", (0, 0), (-1, 0), FONT_BOLD, 9.5)
    style.add("BACKGROUND", (0, 0), (-1, 0), TITLE_FILL)
    style.add("TOPPADDING", (0, 0), (-1, 0), 2.5)
    style.add("BOTTOMPADDING", (0, 0), (-1, 0), 3.2)
    table.setStyle(style)


def _summary_table(statement: Statement) -> Table:
    rows: list[list] = [["Ringkasan"] + [""] * (len(SUMMARY_COLUMNS) - 1),
                        [title for title, _w in SUMMARY_COLUMNS]]
    for p in statement.products:
        rows.append([_wrapping(p.product, SUMMARY_COLUMNS[0][1] * mm), format_amount(p.opening),
                     format_amount(p.paid_in), format_amount(p.paid_out), format_amount(p.closing)])
    rows.append(["Jumlah", format_amount(statement.opening),
                 format_amount(sum(p.paid_in for p in statement.products)),
                 format_amount(sum(p.paid_out for p in statement.products)),
                 format_amount(statement.closing)])
    table = Table(rows, colWidths=[w * mm for _t, w in SUMMARY_COLUMNS], repeatRows=2)
    _titled(table, table_style(len(rows), (-1,), 1, 8.5, head=2))
    return table


def _product_table(statement: Statement, product: ProductStatement) -> LongTable:
    """The product's name heads the table in a row that repeats with the column headings on
    every page, so that a page in the middle of a long statement still says whose it is."""
    text_width = LINE_COLUMNS[2][1] * mm
    rows: list[list] = [[f"{product.product} ({product.code})"] + [""] * (len(LINE_COLUMNS) - 1),
                        [title for title, _w in LINE_COLUMNS],
                        [format_date(statement.first), "", "Saldo awal", "", "",
                         format_amount(product.opening)]]
    for line in product.lines:
        money_in = format_amount(line.amount) if line.amount > 0 else ""
        money_out = format_amount(-line.amount) if line.amount < 0 else ""
        rows.append([format_date(line.on), line.receipt_number,
                     _wrapping(line_text(line), text_width), money_in, money_out,
                     format_amount(line.balance)])
    rows.append([format_date(statement.last), "", "Saldo akhir", format_amount(product.paid_in),
                 format_amount(product.paid_out), format_amount(product.closing)])
    table = LongTable(rows, colWidths=[w * mm for _t, w in LINE_COLUMNS], repeatRows=2)
    style = table_style(len(rows), (-1,), 3, FONT_SIZE, head=2)
    style.add("ALIGN", (0, 2), (1, -1), "CENTER")
    style.add("BACKGROUND", (0, 2), (-1, 2), TOTAL_FILL)
    _titled(table, style)
    return table


def _header(head: Letterhead, statement: Statement) -> Callable[[Canvas, object], None]:
    subtitle = f"{statement.name} · No. Anggota {statement.number}"
    width = PAGE[0] - 2 * MARGIN

    def draw(pdf: Canvas, _doc) -> None:
        pdf.saveState()
        top = PAGE[1] - 12 * mm
        draw_letterhead(pdf, head, MARGIN, top, width)
        draw_title(pdf, "REKENING SIMPANAN ANGGOTA", subtitle, PAGE[0] / 2, top, width)
        pdf.restoreState()
    return draw


def render_statement(statement: Statement, head: Letterhead, target: Path | io.BytesIO,
                     today: dt.date | None = None, *, place: str = "") -> None:
    """Write the member's savings statement to a PDF: a summary of the products, when there is
    more than one, then each product's lines. *today* is the print date, which the signature is
    dated with; *place* is the town written before it."""
    register_fonts()
    today = today or dt.date.today()
    width = PAGE[0] - 2 * MARGIN
    story: list = [_member_block(statement, width)]
    if len(statement.products) != 1:
        story += [Spacer(1, 6 * mm), _summary_table(statement)]
    for product in statement.products:
        story += [Spacer(1, 6 * mm), _product_table(statement, product)]
    what = ("Saldo " + statement.products[0].product if len(statement.products) == 1
            else "Jumlah saldo seluruh simpanan")
    total = Paragraph(f"{escape(what)} per {format_date_long(statement.last)}: "
                      f'<font name="{FONT_BOLD}">{format_rupiah(statement.closing)}</font>', _TOTAL)
    story.append(signatures([None, (place_and_date(place, today), "Bendahara,", "")], width,
                            lead=(total,)))
    write(target, build_pdf(story, PAGE, _header(head, statement), today,
                            f"Rekening simpanan {statement.number}", head.name))

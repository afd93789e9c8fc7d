"""The savings statement (rekening simpanan anggota): a member's savings over a period, a summary
of every product and then each product's lines with a running balance, A4 portrait."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    LongTable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.dates import format_date, format_date_long
from desktop.documents.ledger_paper import (
    CELL_PADDING,
    KIND_WORDS,
    MARGIN,
    METHOD_WORDS,
    PAGE,
    STATUS_WORDS,
    TITLE_FILL,
    TOTAL_FILL,
    build_pdf,
    page_header,
    place_and_date,
    signatures,
    table_style,
    write,
)
from desktop.documents.pdf import (
    FONT,
    FONT_BOLD,
    Letterhead,
    register_fonts,
)
from desktop.money import format_amount, format_rupiah
from desktop.savings_queries import LedgerLine, ProductStatement, Statement


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
    return page_header(head, "REKENING SIMPANAN ANGGOTA", subtitle)


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

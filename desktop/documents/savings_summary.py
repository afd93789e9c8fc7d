"""The group's savings summary (rekapitulasi simpanan kelompok): each active member's balance of
every product, the total and what they still owe, with the group's totals; the page a treasurer
reads out and has signed at the group's meeting. A4, turned sideways for many products. The same
page for the whole office names each member's group."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from itertools import chain
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, Paragraph

from desktop.dates import format_date_long
from desktop.documents.ledger_paper import (
    CELL_PADDING,
    MARGIN,
    build_pdf,
    group_words,
    page_header,
    place_and_date,
    signatures,
    table_style,
    write,
)
from desktop.documents.pdf import FONT, FONT_BOLD, Letterhead, register_fonts
from desktop.money import format_amount, format_rupiah
from desktop.savings_queries import GroupSummary

PORTRAIT_PRODUCTS = 4  # beyond this many product columns the page turns sideways
PADDING = 2 * CELL_PADDING
NAME_MIN = 42 * mm
NAME_MAX = 75 * mm


def page_size(summary: GroupSummary) -> tuple[float, float]:
    return landscape(A4) if len(summary.products) > PORTRAIT_PRODUCTS else A4


def _office_wide(summary: GroupSummary) -> bool:
    return summary.group_id is None


def title(summary: GroupSummary) -> str:
    return "REKAPITULASI SIMPANAN ANGGOTA" if _office_wide(summary) else "REKAPITULASI SIMPANAN KELOMPOK"


def subtitle(summary: GroupSummary, only_behind: bool = False) -> str:
    who = "Seluruh anggota" if _office_wide(summary) else group_words(summary.group)
    parts = [who, f"Per {format_date_long(summary.as_of)}"]
    if only_behind:
        parts.append("Hanya anggota yang menunggak")
    return " · ".join(parts)


def _figure_rows(summary: GroupSummary) -> tuple[list[list[str]], list[str]]:
    rows = [[format_amount(r.balances.get(code, 0)) for code, _n in summary.products]
            + [format_amount(r.total), format_amount(r.overdue)] for r in summary.rows]
    totals = ([format_amount(summary.product_total(code)) for code, _n in summary.products]
              + [format_amount(summary.total), format_amount(summary.overdue)])
    return rows, totals


def _titles(summary: GroupSummary) -> list[str]:
    people = ["No.", "No. Anggota", "Nama"] + (["Kelompok"] if _office_wide(summary) else [])
    return (people + [f"{name} (Rp)" for _c, name in summary.products]
            + ["Jumlah (Rp)", "Tunggakan (Rp)"])


def _widest(texts, font: str = FONT_BOLD) -> float:
    """The width of the widest of *texts* at a size of 1 point; widths grow with the size."""
    return max((stringWidth(text, font, 1) for text in texts), default=0)


def _layout(summary: GroupSummary, figures: list[list[str]], totals: list[str],
            width: float) -> tuple[float, list[float]]:
    """The type size and the column widths. The columns of figures are all as wide as the
    widest figure (the grand total, usually) or heading word, so that they line up as one
    block; the name (and the group, office-wide) gets the rest. The type shrinks only when
    many products leave a name too little room."""
    titles = _titles(summary)
    texts = len(titles) - len(totals)
    figure_1pt = max(_widest(totals), _widest(chain.from_iterable(figures)),
                     _widest(chain.from_iterable(t.split() for t in titles[texts:])))
    number_1pt = max(_widest([r.number for r in summary.rows], FONT), _widest(["Anggota"]))
    size = 9.0
    while True:
        figure = max(figure_1pt * size + PADDING + 1.5 * mm, 17 * mm)
        fixed = [_widest(["No."]) * size + PADDING + 1 * mm, number_1pt * size + PADDING]
        rest = width - sum(fixed) - figure * len(totals)
        # Beyond what a long name needs, the room goes to the figures: a wide name column
        # with cramped figures beside it reads worse than evenly spread columns.
        most = NAME_MAX * (1.7 if _office_wide(summary) else 1)
        if rest > most:
            figure += (rest - most) / len(totals)
            rest = most
        names = [rest * 0.6, rest * 0.4] if _office_wide(summary) else [rest]
        if names[0] >= NAME_MIN or size <= 6:
            return size, [*fixed, *(max(n, 20 * mm) for n in names), *[figure] * len(totals)]
        size -= 0.5


def _text_cell(text: str, style: ParagraphStyle, width: float):
    """Plain text where it fits; a Paragraph, which wraps but takes far longer to lay out,
    only where it does not."""
    if stringWidth(text, FONT, style.fontSize) <= width - PADDING:
        return text
    return Paragraph(escape(text), style)


def _table(summary: GroupSummary, width: float) -> LongTable:
    figures, totals = _figure_rows(summary)
    size, widths = _layout(summary, figures, totals, width)
    head = ParagraphStyle("head", fontName=FONT_BOLD, fontSize=size, leading=size * 1.2,
                          alignment=TA_CENTER)
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=size, leading=size * 1.2)
    titles = _titles(summary)
    texts = len(titles) - len(totals)
    rows: list[list] = [[Paragraph(escape(t), head) for t in titles]]
    for i, (r, values) in enumerate(zip(summary.rows, figures, strict=True), start=1):
        people = [str(i), r.number, _text_cell(r.name, cell, widths[2])]
        if _office_wide(summary):
            people.append(_text_cell(r.group, cell, widths[3]))
        rows.append([*people, *values])
    if not summary.rows:
        rows.append(["", "", "Tidak ada anggota aktif."] + [""] * (len(titles) - 3))
    rows.append(["", "", "Jumlah"] + [""] * (texts - 3) + totals)
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    style = table_style(len(rows), (-1,), texts, size, padding=2.4)
    style.add("ALIGN", (0, 1), (0, -1), "RIGHT")
    table.setStyle(style)
    return table


def _header(head: Letterhead, summary: GroupSummary, only_behind: bool,
            page: tuple[float, float]) -> Callable:
    return page_header(head, title(summary), subtitle(summary, only_behind), page)


_TOTAL = ParagraphStyle("total", fontName=FONT, fontSize=9.5, leading=12, spaceBefore=4 * mm)


def render_group_summary(summary: GroupSummary, head: Letterhead, target: Path | io.BytesIO,
                         today: dt.date | None = None, *, place: str = "",
                         only_behind: bool = False) -> None:
    """Write the savings summary of a group (or of the whole office) to a PDF. *today* is the
    print date, which the signatures are dated with; *place* is the town written before it;
    *only_behind* says in the heading that the list holds only members who are behind."""
    register_fonts()
    today = today or dt.date.today()
    page = page_size(summary)
    width = page[0] - 2 * MARGIN
    # The totals in words of the page, repeated above the signatures so that what is signed
    # stands on the same page even when the table ends at the foot of the one before.
    bold = f'<font name="{FONT_BOLD}">'
    recap = Paragraph(f"{len(summary.rows)} anggota · Jumlah simpanan {bold}"
                      f"{format_rupiah(summary.total)}</font> · Tunggakan {bold}"
                      f"{format_rupiah(summary.overdue)}</font>", _TOTAL)
    chair = "Ketua," if _office_wide(summary) else "Ketua Kelompok,"
    story = [_table(summary, width),
             signatures([("Mengetahui,", chair, ""),
                         (place_and_date(place, today), "Bendahara,", "")], width,
                        lead=(recap,))]
    name = summary.group or "seluruh anggota"
    write(target, build_pdf(story, page, _header(head, summary, only_behind, page), today,
                            f"Rekapitulasi simpanan {name}", head.name))

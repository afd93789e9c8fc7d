"""The arrears list (daftar tunggakan pinjaman) a mentor takes on visits: the members behind on
their loans, group by group, with what each owes and how late, and an empty column to write
what was agreed at the visit; then the figures of the whole portfolio in scope. A4 landscape."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, LongTable, Paragraph, Spacer, Table, TableStyle

from desktop.arrears import AGING_BUCKETS, Portfolio, ShareArrears
from desktop.dates import format_date_long
from desktop.documents.ledger_paper import (
    MARGIN,
    TITLE_FILL,
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
from desktop.documents.loan_card import headings, kolek_text
from desktop.documents.pdf import FONT, FONT_BOLD, Letterhead, register_fonts
from desktop.loan_settings import KOLEK_WORDS
from desktop.money import format_amount, format_rupiah

PAGE = landscape(A4)
TITLE = "DAFTAR TUNGGAKAN PINJAMAN"
FONT_SIZE = 7.5
# (heading, width in mm); together the 267 mm between the margins.
COLUMNS = [("No", 7), ("Nama anggota", 42), ("Alamat / telepon", 40), ("No. Pinjaman", 18),
           ("Sisa pokok (Rp)", 20), ("Tunggakan pokok (Rp)", 20), ("Tunggakan jasa (Rp)", 18),
           ("Jumlah tunggakan (Rp)", 20), ("Hari", 10), ("Angsuran tertunggak", 18),
           ("Kolektibilitas", 22), ("Keterangan kunjungan", 32)]
NO_GROUP = "Tanpa kelompok"
ROOM_TO_WRITE = 8 * mm  # the least height of a line, to write on at the visit

_CELL = ParagraphStyle("cell", fontName=FONT, fontSize=FONT_SIZE, leading=9)
_NAME = ParagraphStyle("name", parent=_CELL, fontName=FONT_BOLD)


def percent(value: float) -> str:
    """0.1234 -> "12,3%"."""
    return f"{value * 100:.1f}".replace(".", ",") + "%"


def by_group(lines: list[ShareArrears]) -> list[tuple[str, list[ShareArrears]]]:
    """The lines under their groups, in the order the groups first appear."""
    groups: dict[tuple[int | None, str], list[ShareArrears]] = {}
    for line in lines:
        groups.setdefault((line.group_id, line.group_name), []).append(line)
    return [(name, rows) for (_id, name), rows in groups.items()]


def _sums(lines: list[ShareArrears]) -> list[str]:
    return [format_amount(sum(x.outstanding for x in lines)),
            format_amount(sum(x.overdue_principal for x in lines)),
            format_amount(sum(x.overdue_jasa for x in lines)),
            format_amount(sum(x.overdue for x in lines))]


def _line_row(number: int, line: ShareArrears) -> list:
    name = Paragraph(f"{escape(line.member_name)}<br/>"
                     f'<font name="{FONT}">No. {escape(line.member_number)}</font>', _NAME)
    where = "<br/>".join(escape(x) for x in (line.address, f"Telp. {line.phone}" if line.phone else "")
                         if x) or "-"
    return [str(number), name, Paragraph(where, _CELL), line.loan_number,
            format_amount(line.outstanding), format_amount(line.overdue_principal),
            format_amount(line.overdue_jasa), format_amount(line.overdue), str(line.days_overdue),
            str(line.installments_overdue), Paragraph(escape(kolek_text(line.kolek)), _CELL),
            Spacer(1, ROOM_TO_WRITE)]


def _group_table(label: str, members: list[ShareArrears], first: int) -> LongTable:
    """One group's lines under its name and the column headings, which repeat on every page
    it runs over, so that a page in the middle still says which group it is; then the group's
    subtotal."""
    width = len(COLUMNS)
    mentor = members[0].mentor_name
    rows: list[list] = [[label + (f" · Pendamping: {mentor}" if mentor else "")] + [""] * (width - 1),
                        headings(COLUMNS)]
    rows += [_line_row(first + i, line) for i, line in enumerate(members)]
    rows.append(["", f"Jumlah {label} ({len(members)} pinjaman)", "", ""] + _sums(members)
                + [""] * 4)
    table = LongTable(rows, colWidths=[w * mm for _t, w in COLUMNS], repeatRows=2)
    style = _style(len(rows), head=2)
    style.add("SPAN", (0, 0), (-1, 0))
    style.add("ALIGN", (0, 0), (-1, 0), "LEFT")
    style.add("FONT", (0, 0), (-1, 0), FONT_BOLD, 9)
    style.add("BACKGROUND", (0, 0), (-1, 0), TITLE_FILL)
    style.add("TOPPADDING", (0, 0), (-1, 0), 2.5)
    style.add("BOTTOMPADDING", (0, 0), (-1, 0), 3.2)
    table.setStyle(style)
    return table


def _total_table(lines: list[ShareArrears]) -> Table:
    """The sums of all the groups, in the columns of the tables above."""
    label = f"Jumlah seluruhnya ({len(lines)} pinjaman)" if lines else "Tidak ada tunggakan."
    table = Table([["", label, "", ""] + _sums(lines) + [""] * 4],
                  colWidths=[w * mm for _t, w in COLUMNS])
    table.setStyle(_style(1, head=0))
    return table


def _style(rows: int, head: int) -> TableStyle:
    style = table_style(rows, (-1,), 4, FONT_SIZE, padding=1.8, head=head)
    style.add("ALIGN", (0, head), (0, -1), "RIGHT")
    style.add("ALIGN", (3, head), (3, -1), "CENTER")
    style.add("ALIGN", (8, head), (9, -1), "CENTER")
    style.add("VALIGN", (0, head), (-1, -1), "TOP")
    style.add("SPAN", (1, -1), (3, -1))
    style.add("ALIGN", (1, -1), (3, -1), "LEFT")
    return style


def _tables(lines: list[ShareArrears]) -> list:
    out: list = []
    number = 1
    for group, members in by_group(lines):
        out += [_group_table(group_words(group) or NO_GROUP, members, number), Spacer(1, 4 * mm)]
        number += len(members)
    return out


def aging_label(low: int, high: int | None) -> str:
    return f"{low}-{high} hari" if high is not None else f"Lebih dari {low - 1} hari"


def _summary(total: Portfolio, today: dt.date, width: float) -> Table:
    """The portfolio in scope: its size and risk, the arrears by age, the loans by class."""
    inner = width - 8 * mm
    gap = 8 * mm
    column = (inner - 2 * gap) / 3
    figures = [("Pinjaman berjalan", f"{total.shares} pinjaman"),
               ("Sisa pokok", format_rupiah(total.outstanding)),
               ("Jatuh tempo s.d. hari ini", format_rupiah(total.due_to_date)),
               ("Jumlah tunggakan", format_rupiah(total.overdue)),
               ("Tingkat pengembalian", percent(total.repayment_rate))]
    figures += [(f"PAR {days} ({total.shares_at_risk[days]} pinjaman)",
                 f"{percent(total.par(days))} · {format_rupiah(total.at_risk[days])}")
                for days in (1, 30, 90)]
    aging = [(aging_label(low, high), format_rupiah(total.aging[(low, high)]))
             for low, high in AGING_BUCKETS]
    aging.append(("Jumlah", format_rupiah(sum(total.aging.values()))))
    order = list(KOLEK_WORDS)
    classes = sorted(total.by_class.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)
    kolek = [(f"{kolek_text(code)} ({count} pinjaman)", format_rupiah(amount))
             for code, (count, amount) in classes]
    if not kolek:
        kolek = [("Tidak ada pinjaman berjalan", "")]
    parts = [titled_pairs(f"Portofolio per {format_date_long(today)}", figures, column, 36 * mm),
             titled_pairs("Umur tunggakan", aging, column, 30 * mm),
             titled_pairs("Kolektibilitas · sisa pokok", kolek, column, 50 * mm)]
    return summary_box(Table([[parts[0], "", parts[1], "", parts[2]]],
                             colWidths=[column, gap, column, gap, column]), width)


def subtitle(today: dt.date, scope: str, rule_label: str) -> str:
    return " · ".join(p for p in (scope or "Seluruh kantor", f"per {format_date_long(today)}",
                                  rule_label) if p)


def _header(head: Letterhead, line: str) -> Callable[[Canvas, object], None]:
    return page_header(head, TITLE, line, PAGE)


def render_arrears_list(lines: list[ShareArrears], total: Portfolio, head: Letterhead,
                        target: Path | io.BytesIO, today: dt.date, *, scope: str = "",
                        rule_label: str = "", place: str = "") -> None:
    """Write the arrears list to a PDF: *lines* are the shares behind (``arrears_list``),
    *total* the portfolio they are part of (``portfolio``), both read on *today*. *scope* says
    whose list it is (a group, a mentor, "Seluruh kantor"), *rule_label* how loans are graded;
    *place* is the town written before the date of the mentor's signature."""
    register_fonts()
    width = PAGE[0] - 2 * MARGIN
    mentors = {line.mentor_name for line in lines}
    mentor = mentors.pop() if len(mentors) == 1 else ""
    tables = _tables(lines)
    # With one group, its subtotal is the total already. The office's total stays on the page
    # of the last group, under its columns, rather than alone at the top of the next page.
    if len(by_group(lines)) != 1:
        last = tables[-2:-1] if tables else []
        tables = [*tables[:-2], KeepTogether([*last, _total_table(lines)]), Spacer(1, 4 * mm)]
    story = [*tables,
             signatures([("Mengetahui,", "Bendahara,", ""),
                         (place_and_date(place, today), "Pendamping,", mentor)], width,
                        lead=(_summary(total, today, width),))]
    write(target, build_pdf(story, PAGE, _header(head, subtitle(today, scope, rule_label)), today,
                            f"Daftar tunggakan pinjaman {format_date_long(today)}", head.name))

"""The cash book on paper (buku kas), for a month or any period, A4 portrait: the balance
brought forward (or the opening balance entered, which is no money received), each day's
movements with a subtotal and the balance after it, the cash counted that day and its
difference from the day's balance as the book stands now (and as it stood when counted, when
money was posted into the day afterwards), the balance carried forward, the counts of the period, and
the treasurer's and chair's signatures. A closed month carries the "DITUTUP" stamp. The same
page of the bank view is the bank book (buku bank)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, Spacer, Table

from desktop.cashbook import (
    BANK,
    CASH,
    CashBook,
    CashLine,
    CountRow,
    cash_book,
    list_cash_counts,
    month_bounds,
)
from desktop.dates import MONTH_NAMES_ID, format_date, format_date_long
from desktop.documents.ledger_paper import (
    CELL_PADDING,
    MARGIN,
    PAGE,
    TITLE_FILL,
    build_pdf,
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
from desktop.month_close import standing_close
from desktop.periods import closed_through

SAVINGS_WORDS = {"deposit": "Setoran", "withdrawal": "Penarikan",
                 "payout": "Pengembalian simpanan (keluar)", "reversal": "Pembatalan"}
LOAN_WORDS = {"repayment": "Angsuran", "payoff": "Pelunasan", "cover": "Angsuran ditanggung kelompok",
              "offset": "Pelunasan dipotong simpanan", "reversal": "Pembatalan angsuran"}
POOL_WORDS = {"capital": "Modal diterima", "disbursement": "Pencairan pinjaman",
              "fee": "Biaya administrasi pinjaman"}
CASH_WORDS = {"opening": "Saldo awal kas", "bank_opening": "Saldo awal bank", "income": "Pendapatan lain", "expense": "Biaya kantor",
              "to_bank": "Disetor ke bank", "from_bank": "Diambil dari bank", "reversal": "Pembatalan"}
STAMP = Color(0.70, 0.10, 0.12)  # the closed stamp, and a count that is off
COUNTED = Color(0.15, 0.38, 0.25)

FONT_SIZE = 7.8
_CELL = ParagraphStyle("cell", fontName=FONT, fontSize=FONT_SIZE, leading=9.3)
_NOTE = ParagraphStyle("note", fontName=FONT, fontSize=9, leading=11.5, spaceBefore=3 * mm)
# (heading, width in mm); together the 180 mm between the margins.
COLUMNS = [("Tanggal", 17), ("No. Bukti", 21), ("Keterangan", 74), ("Masuk (Rp)", 22),
           ("Keluar (Rp)", 22), ("Saldo (Rp)", 24)]
COUNT_COLUMNS = [("Tanggal", 20), ("Dihitung (Rp)", 27), ("Saldo buku (Rp)", 27), ("Selisih (Rp)", 24),
                 ("Keterangan", 52), ("Oleh", 30)]


@dataclass(frozen=True)
class CashBookPaper:
    book: CashBook
    counts: list[CountRow]  # oldest first
    closed: bool  # the whole period lies in closed months
    closed_on: dt.date | None = None  # when the month was closed, for a whole month
    closed_by: str = ""


def whole_month(first: dt.date, last: dt.date) -> bool:
    return (first, last) == month_bounds(first.year, first.month)


def cash_book_paper(first: dt.date, last: dt.date, view: str = CASH) -> CashBookPaper:
    """Gather what the paper shows."""
    through = closed_through()
    closed = through is not None and last <= through
    closed_on, closed_by = None, ""
    if closed and whole_month(first, last) and (close := standing_close(last)) is not None:
        closed_on, closed_by = close[0].date(), close[1]
    counts = list(reversed(list_cash_counts(first, last))) if view == CASH else []
    return CashBookPaper(cash_book(first, last, view), counts, closed, closed_on, closed_by)


def period_words(first: dt.date, last: dt.date) -> str:
    if whole_month(first, last):
        return f"Bulan {MONTH_NAMES_ID[first.month - 1]} {first.year}"
    return f"{format_date(first)} s.d. {format_date(last)}"


def line_text(line: CashLine) -> str:
    """What the Keterangan column says about a movement."""
    who = line.who
    if line.source == "savings":
        parts = [f"{SAVINGS_WORDS.get(line.kind, line.kind)} {line.detail}", who]
    elif line.source == "loan":
        parts = [f"{LOAN_WORDS.get(line.kind, line.kind)} {line.detail}", who]
    elif line.source == "pool":
        head = POOL_WORDS.get(line.kind, line.kind)
        parts = [f"{head} · {line.detail}"] if line.kind == "capital" else [head, who]
    else:
        parts = [CASH_WORDS.get(line.kind, line.kind)]
        if line.kind == "reversal" and line.detail:
            parts[0] += f" ({CASH_WORDS.get(line.detail, line.detail).lower()})"
    if line.source != "cash" and line.kind == "reversal":
        parts = parts[:1] + [who]
    if line.note:
        parts.append(line.note)
    text = " · ".join(p for p in parts if p)
    if line.reversed_by:
        text += f" (dibatalkan: {line.reversed_by})"
    return text


def _wrapping(text: str, width: float, colour: Color | None = None):
    """Plain text where it fits; a Paragraph, many times slower to lay out, only where not (in
    the cell's *colour*, which a Paragraph does not take from the table)."""
    if stringWidth(text, FONT, FONT_SIZE) <= width - 2 * CELL_PADDING:
        return text
    return Paragraph(escape(text), _CELL if colour is None else ParagraphStyle("coloured", _CELL, textColor=colour))


def _amount(value: int) -> str:
    return format_amount(value) if value else ""


def _difference_words(difference: int) -> str:
    if not difference:
        return "cocok"
    return f"selisih {'lebih' if difference > 0 else 'kurang'} {format_rupiah(abs(difference))}"


def changed_words(count: CountRow) -> str:
    """What the book said when the drawer was counted, for a day posted into afterwards."""
    return (f"buku berubah sesudah dihitung; saat dihitung saldo buku {format_rupiah(count.expected_then)}, "
            f"{_difference_words(count.difference_then)}")


def count_words(count: CountRow) -> str:
    words = f"{'Hitung ulang: kas' if count.recount else 'Kas'} dihitung {format_rupiah(count.counted)}"
    words += f", {_difference_words(count.difference)}" if count.difference else ", cocok dengan saldo buku"
    return f"{words} ({changed_words(count)})" if count.book_changed else words


def _lines_table(paper: CashBookPaper) -> LongTable:
    book, text_width = paper.book, COLUMNS[2][1] * mm
    head = "Buku Bank" if book.view == BANK else "Buku Kas"
    rows: list[list] = [[f"{head} · {period_words(book.first, book.last)}"] + [""] * 5,
                        [title for title, _w in COLUMNS]]
    shaded, stated, kept = [], [], []  # rows of totals; of a count, with its difference
    if not book.starts_with_opening:
        shaded.append(len(rows))
        rows.append([format_date(book.first), "", "Saldo awal", "", "", format_amount(book.brought_forward)])
    counts: dict[dt.date, list[CountRow]] = {}
    for count in paper.counts:
        counts.setdefault(count.on, []).append(count)
    by_day: dict[dt.date, list[CashLine]] = {}
    for line in book.lines:
        by_day.setdefault(line.on, []).append(line)
    totals = {day.on: day for day in book.days}
    balance = book.brought_forward
    for on in sorted(set(totals) | set(counts)):
        day = totals.get(on)
        if day is not None:
            for line in by_day[on]:
                moved = 0 if line.opens else line.amount  # an opening balance is no money in
                if line.opens:
                    shaded.append(len(rows))
                rows.append([format_date(line.on), line.reference, _wrapping(line_text(line), text_width),
                             _amount(max(moved, 0)), _amount(max(-moved, 0)), format_amount(line.balance)])
            balance = day.closing
            if on not in counts and all(line.opens for line in by_day[on]):
                continue  # a day of the opening balance alone needs no total below it
            shaded.append(len(rows))
            if on in counts:  # the day's counts stay on the page of its total
                kept.append((len(rows), len(rows) + len(counts[on])))
            rows.append(["", "", f"Jumlah {format_date(on)}", format_amount(day.money_in),
                         format_amount(day.money_out), format_amount(day.closing)])
        for index, count in enumerate(counts.get(on, [])):
            stated.append((len(rows), count.difference))
            # A day counted without money moving shows its date and the balance it holds.
            alone = day is None and index == 0
            words = _wrapping(count_words(count), text_width, STAMP if count.difference else COUNTED)
            rows.append([format_date(on) if alone else "", "", words, "", "",
                         format_amount(balance) if alone else ""])
    shaded.append(len(rows))
    rows.append([format_date(book.last), "", "Saldo akhir", format_amount(book.money_in),
                 format_amount(book.money_out), format_amount(book.closing)])
    table = LongTable(rows, colWidths=[w * mm for _t, w in COLUMNS], repeatRows=2)
    style = table_style(len(rows), tuple(shaded), 3, FONT_SIZE, padding=1.3, head=2)
    style.add("SPAN", (0, 0), (-1, 0))
    style.add("ALIGN", (0, 0), (-1, 0), "LEFT")
    style.add("FONT", (0, 0), (-1, 0), FONT_BOLD, 9)
    style.add("BACKGROUND", (0, 0), (-1, 0), TITLE_FILL)
    style.add("ALIGN", (0, 2), (1, -1), "CENTER")
    for top, bottom in kept:
        style.add("NOSPLIT", (0, top), (-1, bottom))
    for row, difference in stated:
        style.add("SPAN", (2, row), (4, row) if rows[row][5] else (-1, row))
        style.add("TEXTCOLOR", (2, row), (2, row), STAMP if difference else COUNTED)
    table.setStyle(style)
    return table


def _counts_table(paper: CashBookPaper) -> Table:
    rows: list[list] = [["Hitung kas"] + [""] * 5, [title for title, _w in COUNT_COLUMNS]]
    for c in paper.counts:
        changed = changed_words(c)[:1].upper() + changed_words(c)[1:] + ". " if c.book_changed else ""
        note = ("Hitung ulang. " if c.recount else "") + changed + c.note
        rows.append([format_date(c.on), format_amount(c.counted), format_amount(c.expected),
                     format_amount(c.difference) if c.difference else "0",
                     _wrapping(note, COUNT_COLUMNS[4][1] * mm), _wrapping(c.user, COUNT_COLUMNS[5][1] * mm)])
    table = LongTable(rows, colWidths=[w * mm for _t, w in COUNT_COLUMNS], repeatRows=2)
    style = table_style(len(rows), (), 1, FONT_SIZE, padding=1.3, head=2)
    style.add("SPAN", (0, 0), (-1, 0))
    style.add("ALIGN", (0, 0), (-1, 0), "LEFT")
    style.add("FONT", (0, 0), (-1, 0), FONT_BOLD, 9)
    style.add("BACKGROUND", (0, 0), (-1, 0), TITLE_FILL)
    style.add("ALIGN", (0, 2), (0, -1), "CENTER")
    style.add("ALIGN", (4, 2), (-1, -1), "LEFT")
    for row, c in enumerate(paper.counts, 2):
        if c.difference:
            style.add("TEXTCOLOR", (3, row), (3, row), STAMP)
            style.add("FONT", (3, row), (3, row), FONT_BOLD, FONT_SIZE)
    table.setStyle(style)
    return table


def _summary(paper: CashBookPaper, width: float) -> Table:
    book = paper.book
    money = [("Saldo awal", format_rupiah(book.opening)), ("Penerimaan", format_rupiah(book.money_in)),
             ("Pengeluaran", format_rupiah(book.money_out)), ("Saldo akhir", format_rupiah(book.closing))]
    column = (width - 8 * mm - 10 * mm) / 2
    left = titled_pairs("Ringkasan", money, column, 30 * mm)
    if book.view == BANK:
        return summary_box(Table([[left]], colWidths=[width - 8 * mm]), width)
    off = [c for c in paper.counts if c.difference]
    counted = [("Kali dihitung", str(len(paper.counts))), ("Dengan selisih", str(len(off))),
               ("Jumlah selisih", format_rupiah(sum(c.difference for c in off)))]
    if paper.counts:
        last = paper.counts[-1]
        counted.insert(0, (f"Terakhir, {format_date(last.on)}", format_rupiah(last.counted)))
    right = titled_pairs("Hitung kas", counted, column, 34 * mm)
    return summary_box(Table([[left, "", right]], colWidths=[column, 10 * mm, column]), width)


def _closed_words(paper: CashBookPaper) -> str:
    if not paper.closed:
        return "Buku periode ini belum ditutup; angka masih dapat berubah."
    if paper.closed_on is not None:
        return (f"Bulan ini sudah ditutup (tutup buku) pada {format_date_long(paper.closed_on)} "
                f"oleh {paper.closed_by}; tidak ada lagi transaksi yang dapat dicatat pada bulan ini.")
    return "Periode ini sudah ditutup (tutup buku); tidak ada lagi transaksi yang dapat dicatat padanya."


def _header(head: Letterhead, paper: CashBookPaper) -> Callable[[Canvas, object], None]:
    book = paper.book
    title = "BUKU BANK" if book.view == BANK else "BUKU KAS"
    draw_page = page_header(head, title, period_words(book.first, book.last))

    def draw(pdf: Canvas, doc) -> None:
        draw_page(pdf, doc)
        if paper.closed:
            _stamp(pdf, paper)
    return draw


def _stamp(pdf: Canvas, paper: CashBookPaper) -> None:
    """A framed "DITUTUP" at the right of the title, as the rubber stamp on a closed book."""
    pdf.saveState()
    right, top = PAGE[0] - MARGIN, PAGE[1] - 12 * mm - 17.5 * mm
    width, height = 36 * mm, 11 * mm
    pdf.setStrokeColor(STAMP)
    pdf.setFillColor(STAMP)
    pdf.setLineWidth(1.2)
    pdf.rect(right - width, top - height, width, height)
    pdf.setFont(FONT_BOLD, 12)
    pdf.drawCentredString(right - width / 2, top - 5.2 * mm, "DITUTUP")
    pdf.setFont(FONT, 6.5)
    when = f"tutup buku {format_date(paper.closed_on)}" if paper.closed_on else "tutup buku"
    pdf.drawCentredString(right - width / 2, top - 9 * mm, when)
    pdf.restoreState()


def render_cash_book(paper: CashBookPaper, head: Letterhead, target: Path | io.BytesIO,
                     today: dt.date | None = None, *, place: str = "") -> None:
    """Write the cash (or bank) book of the period to a PDF."""
    register_fonts()
    today = today or dt.date.today()
    width = PAGE[0] - 2 * MARGIN
    story: list = [_summary(paper, width), Paragraph(escape(_closed_words(paper)), _NOTE),
                   Spacer(1, 4 * mm), _lines_table(paper)]
    if paper.counts:
        story += [Spacer(1, 6 * mm), _counts_table(paper)]
    story.append(signatures([("Mengetahui,", "Ketua,", ""), (place_and_date(place, today), "Bendahara,", "")],
                            width))
    book = paper.book
    name = "Buku bank" if book.view == BANK else "Buku kas"
    write(target, build_pdf(story, PAGE, _header(head, paper), today,
                            f"{name} {period_words(book.first, book.last)}", head.name))


"""Receipts for savings postings: a kuitansi for money paid in, a cash-out voucher for money paid
out, a cancellation slip for a reversal. One per A5 landscape page, half an A4 sheet, and each
page complete in itself, because the office files every receipt on its own."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop.dates import format_date_long
from desktop.documents.ledger_paper import (
    INK,
    METHOD_WORDS,
    RULE,
    draw_letterhead,
    group_words,
    place_and_date,
    wrap_lines,
    write,
)
from desktop.documents.pdf import FONT, FONT_BOLD, Letterhead, clip_text, fit_size, register_fonts
from desktop.money import format_rupiah, terbilang
from desktop.savings_queries import ReceiptData

PAGE = landscape(A5)
MARGIN = 10 * mm
WIDTH = PAGE[0] - 2 * MARGIN
TOP = PAGE[1] - MARGIN
LABEL_WIDTH = 36 * mm
VALUE_X = MARGIN + LABEL_WIDTH
VALUE_WIDTH = WIDTH - LABEL_WIDTH
FIELDS_TOP = TOP - 31 * mm
FIELDS_BOTTOM = 46 * mm  # above the place-and-date line and the amount box
PALE = Color(0.93, 0.96, 0.94)
SLANT = 0.21  # about 12 degrees: the fonts have no italic, so the words in the box are sheared
GAP = 2.2 * mm  # between the fields


def title(r: ReceiptData) -> str:
    if r.kind == "reversal":
        return "BUKTI PEMBATALAN"
    return "KUITANSI" if r.money_in else "BUKTI PENGELUARAN KAS"


def purpose(r: ReceiptData) -> str:
    """What the money was for, in the words a member reads on the slip."""
    if r.kind == "deposit":
        return f"Setoran {r.product}"
    if r.kind == "withdrawal":
        return f"Penarikan {r.product}"
    if r.kind == "payout":
        return f"Pembayaran kembali {r.product} (keluar dari keanggotaan)"
    if r.kind == "reversal":
        # The posting writes the reversal's note as "<cancelled receipt>: <reason>".
        reason = r.note.removeprefix(f"{r.reverses}:").strip()
        return f"Pembatalan kuitansi {r.reverses}" + (f": {reason}" if reason else "")
    return r.product


def _party_caption(r: ReceiptData) -> str:
    if r.kind == "reversal":
        return "Atas nama"
    return "Telah terima dari" if r.money_in else "Dibayarkan kepada"


def _signers(r: ReceiptData) -> tuple[str, str]:
    """Captions over the member's signature and over that of the user who posted it."""
    if r.kind == "reversal":
        return "Anggota,", "Bendahara,"
    return ("Penyetor,", "Penerima,") if r.money_in else ("Penerima,", "Bendahara,")


@dataclass
class _Field:
    caption: str
    lines: list[str]
    font: str
    size: float
    boxed: bool = False

    @property
    def leading(self) -> float:
        return self.size * 1.3

    @property
    def height(self) -> float:
        inner = len(self.lines) * self.leading
        return inner + (5 * mm if self.boxed else 0)


def _fields(r: ReceiptData, scale: float) -> list[_Field]:
    """The body of the slip at a type size scaled down by *scale* when long names and notes
    would otherwise run into the signatures."""
    big, normal, small = 11 * scale, 9.5 * scale, 8.5 * scale
    words = terbilang(abs(r.amount))
    about = " · ".join(p for p in (f"No. Anggota {r.member_number}",
                                   group_words(r.group)) if p)
    fields = [_Field(_party_caption(r), wrap_lines(r.member_name, FONT_BOLD, big, VALUE_WIDTH, 2),
                     FONT_BOLD, big),
              _Field("", wrap_lines(about, FONT, small, VALUE_WIDTH, 2), FONT, small),
              _Field("Terbilang", wrap_lines(words, FONT, normal, VALUE_WIDTH - 7 * mm, 3), FONT,
                     normal, boxed=True),
              _Field("Untuk pembayaran" if r.kind != "reversal" else "Keterangan",
                     wrap_lines(purpose(r), FONT, normal, VALUE_WIDTH, 2), FONT, normal),
              _Field("Cara pembayaran", [METHOD_WORDS.get(r.method, r.method)], FONT, normal)]
    if r.note and r.kind != "reversal":
        fields.append(_Field("Catatan", wrap_lines(r.note, FONT, normal, VALUE_WIDTH, 2), FONT, normal))
    return fields


def _draw_fields(pdf: Canvas, r: ReceiptData) -> None:
    balance = f"Saldo {r.product} setelah transaksi: {format_rupiah(r.balance_after)}"
    for scale in (1, 0.92, 0.85, 0.78):
        fields = _fields(r, scale)
        balance_size = fit_size(balance, FONT, 9 * scale, 7, WIDTH)
        needed = sum(f.height + GAP for f in fields) + balance_size * 1.6
        if needed <= FIELDS_TOP - FIELDS_BOTTOM:
            break
    y = FIELDS_TOP
    for field in fields:
        if field.caption:
            pdf.setFont(FONT, 9 * scale)
            pdf.setFillColor(INK)
            baseline = y - field.size - (2.5 * mm if field.boxed else 0)
            pdf.drawString(MARGIN, baseline, field.caption)
            pdf.drawString(VALUE_X - 3 * mm, baseline, ":")
        if field.boxed:
            _draw_words_box(pdf, field, y)
        else:
            pdf.setFont(field.font, field.size)
            for i, line in enumerate(field.lines):
                pdf.drawString(VALUE_X, y - field.size - i * field.leading, line)
        y -= field.height + GAP
    pdf.setFont(FONT, balance_size)
    pdf.drawString(MARGIN, y - balance_size - 0.5 * mm, clip_text(balance, FONT, balance_size, WIDTH))


def _draw_words_box(pdf: Canvas, field: _Field, top: float) -> None:
    pdf.setFillColor(PALE)
    pdf.setStrokeColor(RULE)
    pdf.setLineWidth(0.6)
    pdf.rect(VALUE_X, top - field.height, VALUE_WIDTH, field.height, stroke=1, fill=1)
    pdf.setFillColor(INK)
    pdf.setFont(field.font, field.size)
    for i, line in enumerate(field.lines):
        pdf.saveState()
        pdf.translate(VALUE_X + 3 * mm, top - 2.5 * mm - field.size - i * field.leading + 1)
        pdf.transform(1, 0, SLANT, 1, 0, 0)
        pdf.drawString(0, 0, line)
        pdf.restoreState()


def _draw_top(pdf: Canvas, r: ReceiptData, head: Letterhead) -> None:
    number_width = 52 * mm
    draw_letterhead(pdf, head, MARGIN, TOP, WIDTH - number_width - 3 * mm)
    pdf.setFillColor(INK)
    pdf.setFont(FONT_BOLD, 11)
    pdf.drawRightString(PAGE[0] - MARGIN, TOP - 5 * mm, f"No. {r.number}")
    pdf.setFont(FONT, 9)
    pdf.drawRightString(PAGE[0] - MARGIN, TOP - 9.5 * mm, f"Tanggal {format_date_long(r.on)}")
    pdf.setStrokeColor(INK)
    pdf.setLineWidth(0.8)
    pdf.line(MARGIN, TOP - 16 * mm, PAGE[0] - MARGIN, TOP - 16 * mm)
    text, size, spacing = title(r), 15, 2.5
    width = stringWidth(text, FONT_BOLD, size) + spacing * (len(text) - 1)
    heading = pdf.beginText((PAGE[0] - width) / 2, TOP - 24 * mm)
    heading.setFont(FONT_BOLD, size)
    heading.setCharSpace(spacing)
    heading.textOut(text)
    heading.setCharSpace(0)  # the spacing would otherwise carry over to all text after it
    pdf.drawText(heading)


def _draw_amount(pdf: Canvas, r: ReceiptData) -> None:
    """The figures, boxed with a double frame so that nothing can be written in before them."""
    x, y, w, h = MARGIN, 19 * mm, 74 * mm, 15 * mm
    pdf.setFont(FONT, 8)
    pdf.setFillColor(INK)
    pdf.drawString(x, y + h + 1.8 * mm, "Jumlah")
    pdf.setStrokeColor(INK)
    pdf.setLineWidth(1.4)
    pdf.rect(x, y, w, h, stroke=1, fill=0)
    pdf.setLineWidth(0.4)
    pdf.rect(x + 1.2 * mm, y + 1.2 * mm, w - 2.4 * mm, h - 2.4 * mm, stroke=1, fill=0)
    figures = format_rupiah(abs(r.amount))
    size = fit_size(figures, FONT_BOLD, 19, 10, w - 8 * mm)
    pdf.setFont(FONT_BOLD, size)
    pdf.drawString(x + 4 * mm, y + (h - size * 0.72) / 2, figures)


def _draw_date_line(pdf: Canvas, place: str, on: dt.date, left_edge: float, column: float) -> None:
    """Over the office's signature, as in letters; a long town name may reach over the member's
    column, and only the town is ever cut short, never the date."""
    size = 9
    when = place_and_date(place, on)
    if stringWidth(when, FONT, size) <= column - 2 * mm:
        pdf.drawCentredString(left_edge + 1.5 * column, 40 * mm, when)
        return
    room = 2 * column - 2 * mm
    date = format_date_long(on)
    town = clip_text(place, FONT, size, room - stringWidth(f", {date}", FONT, size))
    pdf.drawRightString(PAGE[0] - MARGIN, 40 * mm, f"{town}, {date}")


def _draw_signatures(pdf: Canvas, r: ReceiptData, place: str) -> None:
    left_edge = MARGIN + 84 * mm
    column = (PAGE[0] - MARGIN - left_edge) / 2
    member_caption, user_caption = _signers(r)
    pdf.setFillColor(INK)
    pdf.setFont(FONT, 9)
    _draw_date_line(pdf, place, r.on, left_edge, column)
    for i, (caption, name) in enumerate(((member_caption, r.member_name),
                                         (user_caption, r.user))):
        centre = left_edge + (i + 0.5) * column
        pdf.setFont(FONT, 9)
        pdf.drawCentredString(centre, 35.5 * mm, caption)
        pdf.setStrokeColor(INK)
        pdf.setLineWidth(0.5)
        pdf.line(centre - column / 2 + 4 * mm, 17 * mm, centre + column / 2 - 4 * mm, 17 * mm)
        # A long name takes two lines rather than shrinking past reading: it is what the
        # signer checks before signing.
        room = column - 6 * mm
        size = fit_size(name, FONT_BOLD, 9, 8, room)
        pdf.setFont(FONT_BOLD, size)
        for j, line in enumerate(wrap_lines(name, FONT_BOLD, size, room, 2)):
            pdf.drawCentredString(centre, 13.2 * mm - j * size * 1.2, line)


def _draw_receipt(pdf: Canvas, r: ReceiptData, head: Letterhead, place: str) -> None:
    pdf.setStrokeColor(RULE)
    pdf.setLineWidth(0.4)
    pdf.rect(5 * mm, 5 * mm, PAGE[0] - 10 * mm, PAGE[1] - 10 * mm, stroke=1, fill=0)
    _draw_top(pdf, r, head)
    _draw_fields(pdf, r)
    _draw_amount(pdf, r)
    _draw_signatures(pdf, r, place)


def render_receipts(receipts: list[ReceiptData], head: Letterhead, target: Path | io.BytesIO,
                    *, place: str = "",
                    progress: Callable[[int, int], None] = lambda done, total: None) -> None:
    """Write the receipts to a PDF, one per page. *place* is the town written before the date
    above the signatures; without it the date stands alone."""
    if not receipts:
        raise ValueError("no receipts to print")
    register_fonts()
    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=PAGE, invariant=1)
    pdf.setTitle("Kuitansi " + ", ".join(r.number for r in receipts[:3])
                 + (" …" if len(receipts) > 3 else ""))
    pdf.setAuthor(head.name)
    for i, receipt in enumerate(receipts):
        _draw_receipt(pdf, receipt, head, place)
        pdf.showPage()
        progress(i + 1, len(receipts))
    pdf.save()
    write(target, buffer.getvalue())


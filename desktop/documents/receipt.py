"""Receipts for savings postings: a kuitansi for money paid in, a cash-out voucher for money paid
out, a cancellation slip for a reversal. One per A5 landscape page, half an A4 sheet, and each
page complete in itself, because the office files every receipt on its own.

The page is drawn from a ``Slip``, the receipt as printed whatever the money was for, so that the
loan receipts are drawn by the same code and look the same."""

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


@dataclass(frozen=True)
class Slip:
    """One receipt as it is printed: the words are final, the amount is shown without sign."""

    number: str
    on: dt.date
    title: str
    party_caption: str  # "Telah terima dari", "Dibayarkan kepada", "Atas nama"
    party: str
    about: str  # the small line under the party: member number, group
    amount: int
    purpose_caption: str
    purpose: str
    details: tuple[tuple[str, str], ...]  # (caption, text) under the purpose
    after: str  # the line under the fields: the balance left after it
    signers: tuple[tuple[str, str], tuple[str, str]]  # (caption, name): the payer's, the office's


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
        return reversal_text(r.reverses, r.note)
    return r.product


def reversal_text(cancelled: str, note: str) -> str:
    """"Pembatalan kuitansi KW000012: salah ketik"; the posting writes a reversal's note as
    "<cancelled receipt>: <reason>"."""
    reason = note.removeprefix(f"{cancelled}:").strip()
    return f"Pembatalan kuitansi {cancelled}" + (f": {reason}" if reason else "")


def about_line(member_number: str, group: str) -> str:
    return " · ".join(p for p in (f"No. Anggota {member_number}", group_words(group)) if p)


def _party_caption(r: ReceiptData) -> str:
    if r.kind == "reversal":
        return "Atas nama"
    return "Telah terima dari" if r.money_in else "Dibayarkan kepada"


def _signers(r: ReceiptData) -> tuple[str, str]:
    """Captions over the member's signature and over that of the user who posted it."""
    if r.kind == "reversal":
        return "Anggota,", "Bendahara,"
    return ("Penyetor,", "Penerima,") if r.money_in else ("Penerima,", "Bendahara,")


def savings_slip(r: ReceiptData) -> Slip:
    details = [("Cara pembayaran", METHOD_WORDS.get(r.method, r.method))]
    if r.note and r.kind != "reversal":  # a reversal's reason is in its purpose already
        details.append(("Catatan", r.note))
    member_caption, user_caption = _signers(r)
    return Slip(r.number, r.on, title(r), _party_caption(r), r.member_name,
                about_line(r.member_number, r.group), r.amount,
                "Untuk pembayaran" if r.kind != "reversal" else "Keterangan", purpose(r),
                tuple(details), f"Saldo {r.product} setelah transaksi: {format_rupiah(r.balance_after)}",
                ((member_caption, r.member_name), (user_caption, r.user)))


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


def _fields(s: Slip, scale: float) -> list[_Field]:
    """The body of the slip at a type size scaled down by *scale* when long names and notes
    would otherwise run into the signatures."""
    big, normal, small = 11 * scale, 9.5 * scale, 8.5 * scale
    words = terbilang(abs(s.amount))
    fields = [_Field(s.party_caption, wrap_lines(s.party, FONT_BOLD, big, VALUE_WIDTH, 2),
                     FONT_BOLD, big),
              _Field("", wrap_lines(s.about, FONT, small, VALUE_WIDTH, 2), FONT, small),
              _Field("Terbilang", wrap_lines(words, FONT, normal, VALUE_WIDTH - 7 * mm, 3), FONT,
                     normal, boxed=True),
              _Field(s.purpose_caption, wrap_lines(s.purpose, FONT, normal, VALUE_WIDTH, 2), FONT,
                     normal)]
    fields += [_Field(caption, wrap_lines(text, FONT, normal, VALUE_WIDTH, 2), FONT, normal)
               for caption, text in s.details]
    return fields


def _draw_fields(pdf: Canvas, s: Slip) -> None:
    for scale in (1, 0.92, 0.85, 0.78):
        fields = _fields(s, scale)
        after_size = fit_size(s.after, FONT, 9 * scale, 7, WIDTH)
        needed = sum(f.height + GAP for f in fields) + after_size * 1.6
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
    pdf.setFont(FONT, after_size)
    pdf.drawString(MARGIN, y - after_size - 0.5 * mm, clip_text(s.after, FONT, after_size, WIDTH))


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


def _draw_top(pdf: Canvas, s: Slip, head: Letterhead) -> None:
    number_width = 52 * mm
    draw_letterhead(pdf, head, MARGIN, TOP, WIDTH - number_width - 3 * mm)
    pdf.setFillColor(INK)
    pdf.setFont(FONT_BOLD, 11)
    pdf.drawRightString(PAGE[0] - MARGIN, TOP - 5 * mm, f"No. {s.number}")
    pdf.setFont(FONT, 9)
    pdf.drawRightString(PAGE[0] - MARGIN, TOP - 9.5 * mm, f"Tanggal {format_date_long(s.on)}")
    pdf.setStrokeColor(INK)
    pdf.setLineWidth(0.8)
    pdf.line(MARGIN, TOP - 16 * mm, PAGE[0] - MARGIN, TOP - 16 * mm)
    text, size, spacing = s.title, 15, 2.5
    width = stringWidth(text, FONT_BOLD, size) + spacing * (len(text) - 1)
    heading = pdf.beginText((PAGE[0] - width) / 2, TOP - 24 * mm)
    heading.setFont(FONT_BOLD, size)
    heading.setCharSpace(spacing)
    heading.textOut(text)
    heading.setCharSpace(0)  # the spacing would otherwise carry over to all text after it
    pdf.drawText(heading)


def _draw_amount(pdf: Canvas, s: Slip) -> None:
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
    figures = format_rupiah(abs(s.amount))
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


def _draw_signatures(pdf: Canvas, s: Slip, place: str) -> None:
    left_edge = MARGIN + 84 * mm
    column = (PAGE[0] - MARGIN - left_edge) / 2
    pdf.setFillColor(INK)
    pdf.setFont(FONT, 9)
    _draw_date_line(pdf, place, s.on, left_edge, column)
    for i, (caption, name) in enumerate(s.signers):
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


def _draw_slip(pdf: Canvas, s: Slip, head: Letterhead, place: str) -> None:
    pdf.setStrokeColor(RULE)
    pdf.setLineWidth(0.4)
    pdf.rect(5 * mm, 5 * mm, PAGE[0] - 10 * mm, PAGE[1] - 10 * mm, stroke=1, fill=0)
    _draw_top(pdf, s, head)
    _draw_fields(pdf, s)
    _draw_amount(pdf, s)
    _draw_signatures(pdf, s, place)


def render_slips(slips: list[Slip], head: Letterhead, target: Path | io.BytesIO, *,
                 place: str = "", progress: Callable[[int, int], None] = lambda done, total: None
                 ) -> None:
    """Write the slips to a PDF, one per page. *place* is the town written before the date
    above the signatures; without it the date stands alone."""
    if not slips:
        raise ValueError("no receipts to print")
    register_fonts()
    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=PAGE, invariant=1)
    pdf.setTitle("Kuitansi " + ", ".join(s.number for s in slips[:3])
                 + (" …" if len(slips) > 3 else ""))
    pdf.setAuthor(head.name)
    for i, slip in enumerate(slips):
        _draw_slip(pdf, slip, head, place)
        pdf.showPage()
        progress(i + 1, len(slips))
    pdf.save()
    write(target, buffer.getvalue())


def render_receipts(receipts: list[ReceiptData], head: Letterhead, target: Path | io.BytesIO,
                    *, place: str = "",
                    progress: Callable[[int, int], None] = lambda done, total: None) -> None:
    """Write the savings receipts to a PDF, one per page. *place* is the town written before
    the date above the signatures; without it the date stands alone."""
    render_slips([savings_slip(r) for r in receipts], head, target, place=place,
                 progress=progress)

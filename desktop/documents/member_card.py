"""The member card: ID-card size (85.6 x 54 mm), ten to an A4 sheet with cut marks, or one per
page for a card printer."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import peewee as pw
import segno
from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from db.models import Group, Member, MemberPhoto
from desktop.dates import format_date_long
from desktop.documents.pdf import (
    FONT,
    FONT_BOLD,
    Letterhead,
    clip_text,
    contact_line,
    fit_size,
    register_fonts,
)
from desktop.errors import Cancelled, DomainError
from desktop.i18n import QT_TRANSLATE_NOOP

CARD_W, CARD_H = 85.6 * mm, 54 * mm
SHEET_COLUMNS, SHEET_ROWS = 2, 5
PER_SHEET = SHEET_COLUMNS * SHEET_ROWS
GREEN = Color(0.09, 0.40, 0.31)
PALE = Color(0.93, 0.96, 0.94)
GREY = Color(0.55, 0.55, 0.55)
QR_SIZE = 19 * mm
QR_MASK = 4


@dataclass(frozen=True)
class CardData:
    number: str
    name: str
    group: str
    join_date: dt.date
    photo: bytes | None


def card_data(member_ids: Sequence[int]) -> list[CardData]:
    """The cards of the members, in the order given."""
    found: dict[int, CardData] = {}
    for start in range(0, len(member_ids), 500):
        chunk = member_ids[start:start + 500]
        query = (Member.select(Member.id, Member.number, Member.name, pw.fn.COALESCE(Group.name, ""),
                               Member.join_date, MemberPhoto.data)
                 .join(Group, pw.JOIN.LEFT_OUTER, on=(Member.group == Group.id))
                 .switch(Member)
                 .join(MemberPhoto, pw.JOIN.LEFT_OUTER, on=(MemberPhoto.member == Member.id))
                 .where(Member.id.in_(chunk)))
        for member_id, number, name, group, joined, photo in query.tuples():
            found[member_id] = CardData(number, name, group, joined, bytes(photo) if photo else None)
    return [found[i] for i in member_ids if i in found]


def qr_payload(card: CardData) -> str:
    """What the QR code carries: the member number alone, which is what a scanner types into
    the search field to open the member."""
    return card.number


class CardPainter:
    """Draws cards on a canvas; the pieces every card shares are drawn once as PDF forms."""

    def __init__(self, pdf: Canvas, head: Letterhead) -> None:
        self.pdf, self.head = pdf, head
        self.logo = ImageReader(io.BytesIO(head.logo)) if head.logo else None
        self._define_placeholder()

    def _define_placeholder(self) -> None:
        pdf = self.pdf
        pdf.beginForm("photo_placeholder", 0, 0, 20 * mm, 25 * mm)
        pdf.setFillColor(PALE)
        pdf.setStrokeColor(GREY)
        pdf.setLineWidth(0.4)
        pdf.rect(0, 0, 20 * mm, 25 * mm, stroke=1, fill=1)
        pdf.setFillColor(Color(0.75, 0.80, 0.77))
        pdf.circle(10 * mm, 15.5 * mm, 4.2 * mm, stroke=0, fill=1)
        pdf.wedge(2.5 * mm, -3 * mm, 17.5 * mm, 17 * mm, 0, 180, stroke=0, fill=1)
        pdf.setFillColor(GREY)
        pdf.setFont(FONT, 5.5)
        pdf.drawCentredString(10 * mm, 1.6 * mm, "FOTO 2 x 2,5")
        pdf.endForm()

    def draw(self, card: CardData, x: float, y: float) -> None:
        pdf = self.pdf
        pdf.saveState()
        pdf.translate(x, y)
        self._band()
        self._photo(card)
        self._details(card)
        self._qr(card)
        pdf.restoreState()

    def _band(self) -> None:
        pdf, head = self.pdf, self.head
        pdf.setFillColor(GREEN)
        pdf.rect(0, CARD_H - 12 * mm, CARD_W, 12 * mm, stroke=0, fill=1)
        text_x = 3.5 * mm
        if self.logo:
            pdf.drawImage(self.logo, 2.5 * mm, CARD_H - 10.5 * mm, 9 * mm, 9 * mm,
                          preserveAspectRatio=True, anchor="c", mask="auto")
            text_x = 13 * mm
        width = CARD_W - text_x - 3 * mm
        pdf.setFillColor(white)
        size = fit_size(head.name, FONT_BOLD, 9, 6, width)
        pdf.setFont(FONT_BOLD, size)
        pdf.drawString(text_x, CARD_H - 5.6 * mm, clip_text(head.name, FONT_BOLD, size, width))
        pdf.setFont(FONT, 6.5)
        pdf.drawString(text_x, CARD_H - 9.6 * mm, "KARTU ANGGOTA")
        pdf.setFillColor(GREEN)
        pdf.rect(0, 0, CARD_W, 4.2 * mm, stroke=0, fill=1)
        pdf.setFillColor(white)
        pdf.setFont(FONT, 5.2)
        contact = contact_line(head)
        pdf.drawCentredString(CARD_W / 2, 1.45 * mm, clip_text(contact, FONT, 5.2, CARD_W - 6 * mm))

    def _photo(self, card: CardData) -> None:
        x, y = 3.5 * mm, 7.5 * mm
        if card.photo:
            try:
                self.pdf.drawImage(ImageReader(io.BytesIO(card.photo)), x, y, 20 * mm, 25 * mm,
                                   preserveAspectRatio=True, anchor="c")
                return
            except Exception:  # a damaged photo must not stop a batch of cards; show the frame
                pass
        self.pdf.saveState()
        self.pdf.translate(x, y)
        self.pdf.doForm("photo_placeholder")
        self.pdf.restoreState()

    def _details(self, card: CardData) -> None:
        pdf = self.pdf
        x, width = 26.5 * mm, CARD_W - 26.5 * mm - QR_SIZE - 4 * mm
        top = CARD_H - 16.5 * mm
        pdf.setFillColor(Color(0.1, 0.1, 0.1))
        size = fit_size(card.name, FONT_BOLD, 9.5, 7, width)
        lines = _two_lines(card.name, FONT_BOLD, size, width)
        pdf.setFont(FONT_BOLD, size)
        for i, line in enumerate(lines):
            pdf.drawString(x, top - i * (size + 1.5), line)
        y = top - len(lines) * (size + 1.5) - 2.5 * mm
        for caption, value, bold in (("No. Anggota", card.number, True),
                                     ("Kelompok", card.group, False),
                                     ("Tanggal masuk", format_date_long(card.join_date), False)):
            pdf.setFillColor(GREY)
            pdf.setFont(FONT, 5.5)
            pdf.drawString(x, y, caption)
            pdf.setFillColor(Color(0.1, 0.1, 0.1))
            font, size = (FONT_BOLD, 8.5) if bold else (FONT, fit_size(value, FONT, 7, 5.5, width))
            pdf.setFont(font, size)
            pdf.drawString(x, y - size - 0.3 * mm, clip_text(value, font, size, width))
            y -= size + 5.2 * mm

    def _qr(self, card: CardData) -> None:
        x, y = CARD_W - QR_SIZE - 2.5 * mm, 6.2 * mm
        draw_qr(self.pdf, qr_payload(card), x, y, QR_SIZE)


def _two_lines(text: str, font: str, size: float, width: float) -> list[str]:
    if stringWidth(text, font, size) <= width:
        return [text]
    words, first = text.split(), ""
    while words and stringWidth((first + " " + words[0]).strip(), font, size) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not first:
        return [clip_text(text, font, size, width)]
    return [first, clip_text(" ".join(words), font, size, width)]


def draw_qr(pdf: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """A QR code as vector squares (segno computes the modules; reportlab's own QR widget is
    several times slower). Runs of dark modules in a row are drawn as one rectangle. The mask
    pattern is fixed: choosing the best of eight by scoring each was most of the time of a
    batch of cards, and member numbers scan well with any of them."""
    matrix = segno.make(payload, error="m", micro=False, mask=QR_MASK).matrix
    quiet = 2
    cell = size / (len(matrix) + 2 * quiet)
    pdf.setFillColor(white)
    pdf.rect(x, y, size, size, stroke=0, fill=1)
    path = pdf.beginPath()
    for r, row in enumerate(matrix):
        top = y + size - (r + quiet + 1) * cell
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                path.rect(x + (start + quiet) * cell, top, (c - start) * cell, cell)
            else:
                c += 1
    pdf.setFillColor(Color(0, 0, 0))
    pdf.drawPath(path, stroke=0, fill=1)


def _cut_marks(pdf: Canvas, left: float, bottom: float) -> None:
    """Marks in the margin on every cutting line, and a faint line between cards for scissors."""
    right, top = left + SHEET_COLUMNS * CARD_W, bottom + SHEET_ROWS * CARD_H
    pdf.setStrokeColor(Color(0, 0, 0))
    pdf.setLineWidth(0.3)
    for i in range(SHEET_COLUMNS + 1):
        x = left + i * CARD_W
        pdf.line(x, top + 2 * mm, x, top + 7 * mm)
        pdf.line(x, bottom - 2 * mm, x, bottom - 7 * mm)
    for j in range(SHEET_ROWS + 1):
        y = bottom + j * CARD_H
        pdf.line(left - 2 * mm, y, left - 7 * mm, y)
        pdf.line(right + 2 * mm, y, right + 7 * mm, y)
    pdf.setStrokeColor(Color(0.8, 0.8, 0.8))
    pdf.setDash(1, 2)
    pdf.rect(left, bottom, right - left, top - bottom, stroke=1, fill=0)
    for i in range(1, SHEET_COLUMNS):
        pdf.line(left + i * CARD_W, bottom, left + i * CARD_W, top)
    for j in range(1, SHEET_ROWS):
        pdf.line(left, bottom + j * CARD_H, right, bottom + j * CARD_H)
    pdf.setDash()


def render_cards(cards: Sequence[CardData], head: Letterhead, layout: str, target: Path | io.BytesIO,
                 progress: Callable[[int, int], None] = lambda done, total: None,
                 cancelled: Callable[[], bool] = lambda: False) -> int:
    """Write the cards to a PDF and return its number of pages."""
    if not cards:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "There are no members to print cards for."))
    register_fonts()
    single = layout == "single"
    pdf = Canvas(str(target) if isinstance(target, Path) else target,
                 pagesize=(CARD_W, CARD_H) if single else A4, invariant=1)
    pdf.setTitle("Kartu anggota")
    pdf.setAuthor(head.name)
    painter = CardPainter(pdf, head)
    left = (A4[0] - SHEET_COLUMNS * CARD_W) / 2
    bottom = (A4[1] - SHEET_ROWS * CARD_H) / 2
    pages = 0
    for i, card in enumerate(cards):
        if cancelled():
            raise Cancelled()
        if single:
            painter.draw(card, 0, 0)
        else:
            slot = i % PER_SHEET
            if slot == 0:
                _cut_marks(pdf, left, bottom)
            column, row = slot % SHEET_COLUMNS, slot // SHEET_COLUMNS
            painter.draw(card, left + column * CARD_W, bottom + (SHEET_ROWS - 1 - row) * CARD_H)
        if single or i % PER_SHEET == PER_SHEET - 1 or i == len(cards) - 1:
            pdf.showPage()
            pages += 1
        if i % 20 == 0:
            progress(i, len(cards))
    pdf.save()
    progress(len(cards), len(cards))
    return pages

"""The loan card (kartu angsuran pinjaman): one member's share of a loan on A4 portrait, with its
terms, the schedule and how far each installment is paid, every payment with the principal
left after it, and how the share stands: arrears, lateness and loan quality.

The Indonesian words for the loan terms live here too, for the other loan papers to share."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, Spacer, Table, TableStyle

from desktop.dates import format_date, format_date_long
from desktop.documents.ledger_paper import (
    CELL_PADDING,
    INK,
    MARGIN,
    METHOD_WORDS,
    PAGE,
    RULE,
    TITLE_FILL,
    TOTAL_FILL,
    build_pdf,
    group_words,
    page_header,
    place_and_date,
    signatures,
    table_style,
    write,
)
from desktop.documents.pdf import FONT, FONT_BOLD, Letterhead, register_fonts
from desktop.documents.receipt import reversal_text
from desktop.loan_allocation import InstallmentState
from desktop.loan_queries import PaymentLine, ShareCard
from desktop.loan_settings import KOLEK_WORDS
from desktop.money import format_amount, format_rupiah

# --- the words of the loan papers -----------------------------------------------------------

LOAN_METHOD_WORDS = {"flat": "flat (dihitung dari pokok awal)",
                     "declining": "menurun (dihitung dari sisa pokok)",
                     "annuity": "anuitas (angsuran tetap)"}
FREQUENCY_WORDS = {"weekly": "mingguan", "biweekly": "dua mingguan", "monthly": "bulanan"}
PERIOD_WORDS = {"weekly": "minggu", "biweekly": "dua minggu", "monthly": "bulan"}
PAYMENT_KIND_WORDS = {"repayment": "Angsuran", "payoff": "Pelunasan dipercepat",
                      "cover": "Dibayar kelompok (tanggung renteng)",
                      "offset": "Pelunasan dari simpanan", "reversal": "Pembatalan"}
PAY_METHOD_WORDS = {**METHOD_WORDS, "savings": "Potong simpanan"}
SHARE_STATUS_WORDS = {"pending": "Belum disalurkan", "active": "Berjalan", "paid": "Lunas",
                      "written_off": "Dihapusbukukan"}


def percent_text(rate: str) -> str:
    """A rate kept as "1.50" written as the office writes it: "1,5%"."""
    try:
        text = f"{Decimal(rate):f}"
    except InvalidOperation:
        text = rate
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{text.replace('.', ',')}%"


def jasa_text(method: str, rate: str) -> str:
    """"1,5% per bulan, flat (dihitung dari pokok awal)"."""
    return f"{percent_text(rate)} per bulan, {LOAN_METHOD_WORDS.get(method, method)}"


def term_text(term: int, frequency: str) -> str:
    """"10 kali angsuran bulanan"."""
    return f"{term} kali angsuran {FREQUENCY_WORDS.get(frequency, frequency)}"


def grace_text(grace: int, frequency: str) -> str:
    if not grace:
        return "Tanpa masa tenggang"
    return f"{grace} {PERIOD_WORDS.get(frequency, frequency)} pertama (hanya jasa)"


def kolek_text(kolek: str) -> str:
    return KOLEK_WORDS.get(kolek, kolek) if kolek else "-"


# --- the card -------------------------------------------------------------------------------

FONT_SIZE = 8
LATE_FILL = Color(0.98, 0.85, 0.82)
LATE_INK = Color(0.62, 0.05, 0.02)
GREY = Color(0.42, 0.42, 0.42)
_CELL = ParagraphStyle("cell", fontName=FONT, fontSize=FONT_SIZE, leading=9.5)
_CELL_GREY = ParagraphStyle("cell_grey", parent=_CELL, textColor=GREY)
_CELL_LATE = ParagraphStyle("cell_late", parent=_CELL, fontName=FONT_BOLD, textColor=LATE_INK)
_LABEL = ParagraphStyle("label", fontName=FONT, fontSize=9, leading=11.5)
_VALUE = ParagraphStyle("value", fontName=FONT_BOLD, fontSize=9, leading=11.5)
# (heading, width in mm); together the 180 mm between the margins.
SCHEDULE_COLUMNS = [("Ke", 9), ("Jatuh tempo", 20), ("Pokok (Rp)", 22), ("Jasa (Rp)", 20),
                    ("Jumlah (Rp)", 22), ("Dibayar (Rp)", 22), ("Sisa (Rp)", 22),
                    ("Keterangan", 43)]
PAYMENT_COLUMNS = [("Tanggal", 17), ("No. Kuitansi", 20), ("Keterangan", 45), ("Pokok (Rp)", 18),
                   ("Jasa (Rp)", 16), ("Jumlah (Rp)", 18), ("Sisa pokok (Rp)", 20),
                   ("Petugas", 26)]
_HEADING = ParagraphStyle("heading", fontName=FONT_BOLD, fontSize=FONT_SIZE, leading=9.5,
                          alignment=TA_CENTER)


def wrapping(text: str, width: float, style: ParagraphStyle = _CELL):
    """Plain text where it fits the column; a Paragraph, which wraps but is many times slower
    to lay out, only where it does not."""
    if stringWidth(text, style.fontName, style.fontSize) <= width - 2 * CELL_PADDING:
        return text
    return Paragraph(escape(text), style)


def headings(columns: list[tuple[str, float]]) -> list:
    """Column headings that wrap onto a second line rather than run into the next column."""
    return [wrapping(title, width * mm, _HEADING) for title, width in columns]


def titled(table: Table, style: TableStyle) -> None:
    """Style the first row of *table* as its title: one cell across, darker than the headings."""
    style.add("SPAN", (0, 0), (-1, 0))
    style.add("ALIGN", (0, 0), (-1, 0), "LEFT")
    style.add("FONT", (0, 0), (-1, 0), FONT_BOLD, 9.5)
    style.add("BACKGROUND", (0, 0), (-1, 0), TITLE_FILL)
    style.add("TOPPADDING", (0, 0), (-1, 0), 2.5)
    style.add("BOTTOMPADDING", (0, 0), (-1, 0), 3.2)
    table.setStyle(style)


def pairs(rows: list[tuple[str, str]], label_width: float, width: float,
          value_style: ParagraphStyle = _VALUE) -> Table:
    """Labels and their values, one under the other."""
    table = Table([[Paragraph(escape(a), _LABEL), Paragraph(escape(b) or "-", value_style)]
                   for a, b in rows], colWidths=[label_width, width - label_width])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.8),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8)]))
    return table


def side_by_side(left: Table, right: Table, width: float) -> Table:
    outer = Table([[left, right]], colWidths=[width / 2, width / 2])
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return outer


def _running(card: ShareCard) -> bool:
    return card.status == "active" and card.state is not None


def _borrower_block(card: ShareCard, width: float) -> Table:
    half = width / 2
    left = [("Nama", card.member_name), ("No. Anggota", card.member_number),
            ("Kelompok", group_words(card.group)), ("Alamat", card.member_address),
            ("Keperluan", card.purpose), ("Status", SHARE_STATUS_WORDS.get(card.status, card.status))]
    right = [("No. Pinjaman", card.loan_number), ("Produk", card.product),
             ("Dana bergulir", card.pool),
             ("Disalurkan", format_date_long(card.disbursed_on) if card.disbursed_on else "Belum disalurkan"),
             ("Pokok pinjaman", format_rupiah(card.principal)),
             ("Jasa", jasa_text(card.method, card.rate)),
             ("Jangka waktu", term_text(card.term, card.frequency)),
             ("Masa tenggang", grace_text(card.grace, card.frequency))]
    return side_by_side(pairs(left, 22 * mm, half), pairs(right, 27 * mm, half), width)


def installment_note(row: InstallmentState, card: ShareCard, today: dt.date) -> tuple[str, bool]:
    """What the Keterangan column says of an installment, and whether it is overdue."""
    unpaid = row.unpaid
    if unpaid <= 0:
        return "Lunas", False
    if card.status == "paid":
        return "Lunas; jasa tidak ditagih", False
    if card.status == "written_off":
        return "Dihapusbukukan", False
    paid = row.paid_principal + row.paid_jasa
    if row.due_on < today:
        days = (today - row.due_on).days
        return f"TERLAMBAT {days} hari" + (", dibayar sebagian" if paid else ""), True
    if paid:
        return "Dibayar sebagian", False
    if row.due_on == today:
        return "Jatuh tempo hari ini", False
    return "", False


def _schedule_table(card: ShareCard, today: dt.date) -> LongTable:
    note_width = SCHEDULE_COLUMNS[-1][1] * mm
    rows: list[list] = [[f"Jadwal angsuran · {term_text(card.term, card.frequency)}"]
                        + [""] * (len(SCHEDULE_COLUMNS) - 1),
                        [t for t, _w in SCHEDULE_COLUMNS]]
    late_rows = []
    for row in card.schedule:
        note, late = installment_note(row, card, today)
        if late:
            late_rows.append(len(rows))
        paid = row.paid_principal + row.paid_jasa
        # Once paid off, the jasa not charged is not owed: nothing is left of any installment.
        left = row.unpaid if card.status != "paid" else 0
        rows.append([str(row.seq), format_date(row.due_on), format_amount(row.principal),
                     format_amount(row.jasa), format_amount(row.principal + row.jasa),
                     format_amount(paid) if paid else "", format_amount(left) if left else "",
                     wrapping(note, note_width, _CELL_LATE if late else _CELL)])
    schedule = card.schedule
    total_paid = sum(r.paid_principal + r.paid_jasa for r in schedule)
    total_left = sum(r.unpaid for r in schedule) if card.status != "paid" else 0
    rows.append(["", "Jumlah", format_amount(sum(r.principal for r in schedule)),
                 format_amount(sum(r.jasa for r in schedule)),
                 format_amount(sum(r.principal + r.jasa for r in schedule)),
                 format_amount(total_paid), format_amount(total_left), ""])
    table = LongTable(rows, colWidths=[w * mm for _t, w in SCHEDULE_COLUMNS], repeatRows=2)
    style = table_style(len(rows), (-1,), 2, FONT_SIZE, head=2)
    style.add("ALIGN", (0, 2), (1, -1), "CENTER")
    style.add("ALIGN", (-1, 2), (-1, -1), "LEFT")
    for i in late_rows:
        style.add("BACKGROUND", (0, i), (-1, i), LATE_FILL)
        style.add("FONT", (0, i), (-1, i), FONT_BOLD, FONT_SIZE)
        style.add("TEXTCOLOR", (-1, i), (-1, i), LATE_INK)
    titled(table, style)
    return table


def payment_text(line: PaymentLine) -> str:
    """What the Keterangan column says about a payment."""
    if line.kind == "reversal":
        return reversal_text(line.note.split(":", 1)[0], line.note)
    kind = PAYMENT_KIND_WORDS.get(line.kind, line.kind)
    # Money set against savings names its method in its kind already.
    method = "" if line.method == "savings" else PAY_METHOD_WORDS.get(line.method, line.method)
    text = " · ".join(p for p in (kind, method, line.note) if p)
    if line.reversed_by:
        text += f" (dibatalkan: {line.reversed_by})"
    return text


def _payments_table(card: ShareCard) -> LongTable:
    text_width = PAYMENT_COLUMNS[2][1] * mm
    user_width = PAYMENT_COLUMNS[-1][1] * mm
    rows: list[list] = [["Riwayat pembayaran"] + [""] * (len(PAYMENT_COLUMNS) - 1),
                        headings(PAYMENT_COLUMNS)]
    cancelled = []
    for line in card.payments:
        grey = bool(line.reversed_by) or line.kind == "reversal"
        if grey:
            cancelled.append(len(rows))
        style = _CELL_GREY if grey else _CELL
        rows.append([format_date(line.on), line.receipt_number,
                     wrapping(payment_text(line), text_width, style),
                     format_amount(line.principal), format_amount(line.jasa),
                     format_amount(line.amount), format_amount(line.outstanding),
                     wrapping(line.user, user_width, style)])
    if not card.payments:
        rows.append(["", "", "Belum ada pembayaran."] + [""] * (len(PAYMENT_COLUMNS) - 3))
    paid_principal = sum(p.principal for p in card.payments)
    paid_jasa = sum(p.jasa for p in card.payments)
    rows.append(["", "", "Jumlah dibayar", format_amount(paid_principal), format_amount(paid_jasa),
                 format_amount(paid_principal + paid_jasa),
                 format_amount(card.principal - paid_principal), ""])
    table = LongTable(rows, colWidths=[w * mm for _t, w in PAYMENT_COLUMNS], repeatRows=2)
    style = table_style(len(rows), (-1,), 3, FONT_SIZE, head=2)
    style.add("ALIGN", (0, 2), (1, -1), "CENTER")
    style.add("ALIGN", (-1, 2), (-1, -1), "LEFT")
    for i in cancelled:
        style.add("TEXTCOLOR", (0, i), (-1, i), GREY)
    titled(table, style)
    return table


def _standing_box(card: ShareCard, width: float, today: dt.date) -> Table:
    """How the share stands: what was lent and paid on the left, the arrears on the right."""
    state = card.state
    paid_principal = sum(p.principal for p in card.payments)
    paid_jasa = sum(p.jasa for p in card.payments)
    if state is None:
        left = [("Pokok pinjaman", format_rupiah(card.principal))]
        right = [("Status", SHARE_STATUS_WORDS.get(card.status, card.status))]
        return _box(f"Keadaan pinjaman per {format_date_long(today)}", left, right, width)
    left = [("Pokok pinjaman", format_rupiah(card.principal)),
            ("Jasa pinjaman", format_rupiah(card.jasa)),
            ("Pokok dibayar", format_rupiah(paid_principal)),
            ("Jasa dibayar", format_rupiah(paid_jasa)),
            ("Sisa pokok", format_rupiah(card.principal - paid_principal - card.written_off))]
    if _running(card):
        left.append(("Sisa jasa", format_rupiah(state.remaining_jasa)))
    if card.written_off:
        left.append(("Dihapusbukukan", format_rupiah(card.written_off)))
    if _running(card):
        right = [("Tunggakan pokok", format_rupiah(state.overdue_principal)),
                 ("Tunggakan jasa", format_rupiah(state.overdue_jasa)),
                 ("Jumlah tunggakan", format_rupiah(state.overdue)),
                 ("Hari terlambat", f"{state.days_overdue} hari"),
                 ("Angsuran tertunggak", f"{state.installments_overdue} kali"),
                 ("Kolektibilitas", kolek_text(card.kolek))]
        if state.current_due_on:
            right.append(("Angsuran berikut", f"{format_rupiah(state.current_principal + state.current_jasa)}"
                          f", {format_date(state.current_due_on)}"))
    else:
        right = [("Status", SHARE_STATUS_WORDS.get(card.status, card.status)),
                 ("Tunggakan", "-"), ("Kolektibilitas", "-")]
    if card.group_debt > 0:
        right.append(("Utang ke kelompok", format_rupiah(card.group_debt)))
    return _box(f"Keadaan pinjaman per {format_date_long(state.on)}", left, right, width)


def _box(title: str, left: list[tuple[str, str]], right: list[tuple[str, str]],
         width: float) -> Table:
    inner = width - 8 * mm
    body = side_by_side(pairs(left, 30 * mm, inner / 2), pairs(right, 37 * mm, inner / 2), inner)
    box = Table([[Paragraph(escape(title), _VALUE)], [body]], colWidths=[width])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, INK),
                             ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
                             ("BACKGROUND", (0, 0), (-1, 0), TOTAL_FILL),
                             ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                             ("TOPPADDING", (0, 0), (-1, -1), 2),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return box


def _header(head: Letterhead, card: ShareCard) -> Callable[[Canvas, object], None]:
    subtitle = f"{card.member_name} · No. Anggota {card.member_number} · Pinjaman {card.loan_number}"
    return page_header(head, "KARTU ANGSURAN PINJAMAN", subtitle)


def render_loan_card(card: ShareCard, head: Letterhead, target: Path | io.BytesIO,
                     today: dt.date | None = None, *, place: str = "") -> None:
    """Write the member's loan card to a PDF. *today* is the print date, the day overdue
    installments are marked as of and the date of the signatures; read the card with
    ``share_card(share, on=today)`` so that its arrears are of the same day. *place* is the
    town written before the date."""
    register_fonts()
    today = today or (card.state.on if card.state is not None else dt.date.today())
    width = PAGE[0] - 2 * MARGIN
    story: list = [_borrower_block(card, width), Spacer(1, 5 * mm)]
    if card.state is None:
        story.append(Paragraph("Pinjaman ini belum disalurkan. Jadwal angsuran dibuat pada hari "
                               "penyaluran.", _LABEL))
    else:
        story.append(_schedule_table(card, today))
        story += [Spacer(1, 5 * mm), _payments_table(card)]
    story.append(signatures([("", "Anggota,", card.member_name),
                             (place_and_date(place, today), "Bendahara,", "")], width,
                            lead=(Spacer(1, 5 * mm), _standing_box(card, width, today))))
    write(target, build_pdf(story, PAGE, _header(head, card), today,
                            f"Kartu angsuran {card.loan_number} {card.member_number}", head.name))

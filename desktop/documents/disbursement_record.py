"""The disbursement record (berita acara penyaluran pinjaman dana bergulir): the paper the office
and the borrowers sign on the day the money is handed over. It names the parties, the terms of
the loan, each member's share and installment with a place to sign, and, for a group, the
members' joint liability (tanggung renteng). A4 portrait."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, LongTable, Paragraph, Spacer, Table, TableStyle

from desktop.dates import format_date_long
from desktop.documents.ledger_paper import (
    MARGIN,
    PAGE,
    build_pdf,
    group_words,
    page_header,
    signatures,
    table_style,
    write,
)
from desktop.documents.loan_card import (
    PERIOD_WORDS,
    grace_text,
    headings,
    jasa_text,
    term_text,
    wrapping,
)
from desktop.documents.pdf import FONT, FONT_BOLD, Letterhead, register_fonts
from desktop.loan_queries import DisbursementRecord
from desktop.money import format_amount, format_rupiah, terbilang

TITLE = "BERITA ACARA PENYALURAN PINJAMAN DANA BERGULIR"
DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
BLANK = "." * 30
_B = f'<font name="{FONT_BOLD}">'  # the embedded font has no <b> of its own

_TEXT = ParagraphStyle("text", fontName=FONT, fontSize=9.5, leading=13.5, alignment=TA_JUSTIFY,
                       spaceAfter=2.5 * mm)
_PLAIN = ParagraphStyle("plain", fontName=FONT, fontSize=9.5, leading=12.5)
_BOLD = ParagraphStyle("bold", parent=_PLAIN, fontName=FONT_BOLD)
_SMALL = ParagraphStyle("small", fontName=FONT, fontSize=8.5, leading=11, spaceBefore=1.5 * mm)
_WHEN = ParagraphStyle("when", fontName=FONT, fontSize=9, leading=11.5, alignment=TA_RIGHT,
                       spaceBefore=4 * mm)
# (heading, width in mm); together the 180 mm between the margins.
SHARE_COLUMNS = [("No", 8), ("Nama anggota", 62), ("No. Anggota", 24), ("Pinjaman (Rp)", 26),
                 ("Angsuran (Rp)", 28), ("Tanda tangan", 32)]
ROW_HEIGHT = 10 * mm  # room to sign


def day_and_date(on: dt.date | None) -> str:
    """"Senin tanggal 10 Februari 2025", or dotted lines to fill in by hand."""
    if on is None:
        return f"{'.' * 14} tanggal {BLANK}"
    return f"{DAY_NAMES[on.weekday()]} tanggal {format_date_long(on)}"


def _group_loan(record: DisbursementRecord) -> bool:
    return record.loan.group_id is not None


def opening(record: DisbursementRecord, office: str, place: str) -> str:
    loan = record.loan
    where = f", bertempat di {place}" if place else ""
    if _group_loan(record):
        whom = f"{group_words(loan.group)} beserta anggotanya"
    else:
        whom = f"anggota atas nama {loan.borrower}"
    return (f"Pada hari ini, {day_and_date(loan.disbursed_on)}{where}, telah dilakukan penyaluran "
            f"pinjaman dana bergulir dari {office} kepada {whom}, oleh kami yang bertanda tangan "
            f"di bawah ini:")


def _party(number: str, rows: list[tuple[str, str]], closing: str, width: float) -> Table:
    cells = [[number if i == 0 else "", Paragraph(escape(label), _PLAIN), ":",
              Paragraph(escape(value) or BLANK, _BOLD if i == 0 else _PLAIN)]
             for i, (label, value) in enumerate(rows)]
    cells.append(["", Paragraph(closing, _PLAIN), "", ""])
    table = Table(cells, colWidths=[7 * mm, 24 * mm, 4 * mm, width - 35 * mm])
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), FONT, 9.5),
             ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
             ("TOPPADDING", (0, 0), (-1, -1), 0.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
             ("SPAN", (1, -1), (-1, -1))]
    table.setStyle(TableStyle(style))
    return table


def _parties(record: DisbursementRecord, office: str, width: float) -> list:
    loan = record.loan
    first = _party("1.", [("Nama", loan.disbursed_by), ("Jabatan", f"Bendahara {office}")],
                   f"bertindak untuk dan atas nama {escape(office)}, selanjutnya disebut "
                   f"{_B}PIHAK PERTAMA</font>.", width)
    if _group_loan(record):
        rows = [("Nama", record.group_chair), ("Jabatan", f"Ketua {group_words(loan.group)}")]
        if record.group_address:
            rows.append(("Alamat", record.group_address))
        second = _party("2.", rows, "bertindak untuk dan atas nama kelompok beserta seluruh "
                        "anggotanya yang namanya tercantum di bawah, selanjutnya disebut "
                        f"{_B}PIHAK KEDUA</font>.", width)
    else:
        share = loan.shares[0]
        second = _party("2.", [("Nama", share.member_name), ("No. Anggota", share.member_number)],
                        f"bertindak untuk dirinya sendiri, selanjutnya disebut {_B}PIHAK KEDUA</font>.",
                        width)
    return [first, Spacer(1, 2 * mm), second, Spacer(1, 3 * mm)]


def _terms(record: DisbursementRecord, width: float) -> Table:
    loan = record.loan
    amount = (f"{_B}{format_rupiah(loan.principal)}</font><br/>"
              f"({escape(terbilang(loan.principal))})")
    rows: list[tuple[str, str | Paragraph]] = [
        ("Nomor pinjaman", loan.number),
        ("Produk pinjaman", loan.product),
        ("Sumber dana", loan.pool or BLANK),
        ("Jumlah pinjaman", Paragraph(amount, _PLAIN)),
        ("Jasa pinjaman", jasa_text(loan.method, loan.rate)),
        ("Jangka waktu", term_text(loan.term, loan.frequency)),
    ]
    if loan.grace:
        rows.append(("Masa tenggang", grace_text(loan.grace, loan.frequency)))
    rows += [("Angsuran pertama", format_date_long(record.first_due_on) or BLANK),
             ("Angsuran terakhir", format_date_long(record.last_due_on) or BLANK),
             ("Biaya administrasi", format_rupiah(loan.admin_fee) if loan.admin_fee else "Tidak ada")]
    if loan.purpose:
        rows.append(("Keperluan", loan.purpose))
    if loan.decided_on:
        who = f" oleh {loan.decided_by}" if loan.decided_by else ""
        rows.append(("Disetujui", f"{format_date_long(loan.decided_on)}{who}"))
    cells = [["", Paragraph(escape(label), _PLAIN), ":",
              value if isinstance(value, Paragraph) else Paragraph(escape(value), _PLAIN)]
             for label, value in rows]
    table = Table(cells, colWidths=[7 * mm, 36 * mm, 4 * mm, width - 47 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONT", (0, 0), (-1, -1), FONT, 9.5),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6)]))
    return table


def _columns(record: DisbursementRecord) -> list[tuple[str, float]]:
    period = PERIOD_WORDS.get(record.loan.frequency, record.loan.frequency)
    columns = list(SHARE_COLUMNS)
    columns[4] = (f"Angsuran per {period} (Rp)", columns[4][1])
    if not _group_loan(record):
        # One borrower signs at the foot of the page; the room of the signature column goes to
        # the name.
        columns = columns[:5]
        columns[1] = (columns[1][0], columns[1][1] + SHARE_COLUMNS[5][1])
    return columns


def _shares_table(record: DisbursementRecord) -> LongTable:
    loan = record.loan
    columns = _columns(record)
    signing = _group_loan(record)
    rows: list[list] = [headings(columns)]
    for i, share in enumerate(loan.shares, start=1):
        usual = record.installment_of.get(share.share_id, 0)
        row = [str(i), wrapping(share.member_name, columns[1][1] * mm), share.member_number,
               format_amount(share.principal), format_amount(usual) if usual else "-"]
        if signing:
            row.append(f"{i}. {'.' * 18}")
        rows.append(row)
    total_usual = sum(record.installment_of.get(s.share_id, 0) for s in loan.shares)
    rows.append(["", "Jumlah", "", format_amount(sum(s.principal for s in loan.shares)),
                 format_amount(total_usual) if total_usual else "-"] + ([""] if signing else []))
    heights = [None] + [ROW_HEIGHT if signing else None] * len(loan.shares) + [None]
    table = LongTable(rows, colWidths=[w * mm for _t, w in columns], repeatRows=1,
                      rowHeights=heights)
    style = table_style(len(rows), (-1,), 3, 9, padding=2)
    style.add("ALIGN", (0, 1), (0, -1), "RIGHT")
    style.add("ALIGN", (2, 1), (2, -1), "CENTER")
    if signing:
        # Numbers zigzag down the signature column, as on Indonesian signing sheets, so that
        # neighbouring signatures do not run into each other.
        style.add("VALIGN", (5, 1), (5, -2), "BOTTOM")
        for i in range(1, len(rows) - 1):
            style.add("ALIGN", (5, i), (5, i), "LEFT" if i % 2 else "RIGHT")
    table.setStyle(style)
    return table


def _statements(record: DisbursementRecord) -> list:
    loan = record.loan
    out = []
    if loan.method != "flat" and loan.method != "annuity":
        out.append(Paragraph("Angsuran yang tercantum adalah angsuran pertama; karena jasa dihitung "
                             "dari sisa pokok, angsuran berikutnya makin kecil.", _SMALL))
    out.append(Spacer(1, 4 * mm))
    if _group_loan(record):
        out.append(Paragraph(
            f"Seluruh anggota {escape(group_words(loan.group))} yang namanya tercantum di atas "
            f"bertanggung jawab secara {_B}tanggung renteng</font> atas pengembalian seluruh pinjaman "
            f"ini. Apabila seorang anggota tidak membayar angsurannya, kelompok wajib "
            f"membayarkannya, dan anggota tersebut berutang kepada kelompok sebesar jumlah yang "
            f"dibayarkan kelompok.", _TEXT))
        out.append(Paragraph(
            "PIHAK KEDUA menyatakan telah menerima uang pinjaman tersebut di atas secara lengkap, "
            "telah membagikannya kepada anggota sesuai rincian di atas, dan bersedia "
            "mengembalikannya beserta jasanya sesuai jadwal angsuran.", _TEXT))
    else:
        out.append(Paragraph(
            "PIHAK KEDUA menyatakan telah menerima uang pinjaman tersebut di atas secara lengkap "
            "dan bersedia mengembalikannya beserta jasanya sesuai jadwal angsuran.", _TEXT))
    return out


def _signatures(record: DisbursementRecord, place: str, width: float) -> KeepTogether:
    loan = record.loan
    closing = Paragraph("Demikian berita acara ini dibuat dengan sebenarnya dan ditandatangani "
                        "oleh kedua belah pihak untuk dipergunakan sebagaimana mestinya.", _TEXT)
    when = format_date_long(loan.disbursed_on) if loan.disbursed_on else BLANK
    when = f"{place}, {when}" if place else when
    if _group_loan(record):
        second = ("PIHAK KEDUA", "Ketua Kelompok,", record.group_chair)
    else:
        second = ("PIHAK KEDUA", "Peminjam,", loan.shares[0].member_name)
    return signatures([second, ("Mengetahui,", "Ketua Pengurus,", ""),
                       ("PIHAK PERTAMA", "Bendahara,", loan.disbursed_by)], width,
                      lead=(closing, Paragraph(escape(when), _WHEN)))


def _header(head: Letterhead, record: DisbursementRecord) -> Callable[[Canvas, object], None]:
    loan = record.loan
    who = group_words(loan.group) if loan.group else loan.borrower
    return page_header(head, TITLE, f"Nomor {loan.number} · {who}")


def render_disbursement_record(record: DisbursementRecord, head: Letterhead,
                               target: Path | io.BytesIO, today: dt.date | None = None, *,
                               place: str = "") -> None:
    """Write the disbursement record of a loan to a PDF. It is dated with the day of the
    disbursement (dotted lines to fill in while the loan is not yet disbursed); *today* is the
    print date in the footer; *place* is the town where it is signed."""
    register_fonts()
    today = today or dt.date.today()
    width = PAGE[0] - 2 * MARGIN
    story: list = [Paragraph(escape(opening(record, head.name, place)), _TEXT)]
    story += _parties(record, head.name, width)
    story.append(Paragraph("PIHAK PERTAMA telah menyalurkan kepada PIHAK KEDUA, dan PIHAK KEDUA "
                           "telah menerima, pinjaman dana bergulir dengan ketentuan sebagai "
                           "berikut:", _TEXT))
    story += [_terms(record, width), Spacer(1, 4 * mm)]
    intro = ("Rincian pinjaman tiap anggota:" if _group_loan(record) else "Rincian pinjaman:")
    story += [Paragraph(intro, _TEXT), _shares_table(record)]
    story += _statements(record)
    story.append(_signatures(record, place, width))
    write(target, build_pdf(story, PAGE, _header(head, record), today,
                            f"Berita acara penyaluran {record.loan.number}", head.name))

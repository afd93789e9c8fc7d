"""The meeting day on paper: the collection sheet printed before a group's meeting and the
record of a posted meeting, read back as a treasurer would read them and checked against the
sheet and the ledger that posting wrote."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re

import pytest

from db.models import CollectionSheet, LoanPayment, Member, SavingsEntry
from desktop.collection import (
    LineForm,
    load_sheet,
    post_sheet,
    reverse_sheet,
    save_draft,
    sheet_receipts,
)
from desktop.documents.collection_sheet import render_collection_sheet, render_meeting_record
from desktop.documents.pdf import letterhead
from desktop.money import format_amount, format_rupiah
from desktop.savings import deposit
from desktop.settings import OfficeProfile, update_office_profile
from tests.desktop.helpers import new_group, new_member, pdf_page_size, pdf_pages
from tests.desktop.loan_helpers import disbursed_loan, funded_pool
from tests.desktop.test_collection import account

JOINED = dt.date(2025, 1, 6)
FEBRUARY = dt.date(2025, 2, 10)  # a Monday; the loan's first installment falls due that day
MARCH = dt.date(2025, 3, 10)  # a Monday; February's installment and wajib are behind by then
PRINTED = dt.date(2025, 3, 12)
LONG_NAME = "Hj. Raden Ajeng Siti Nurhasanah Kartikasari Wulandari binti Haji Muhammad Abdurrahman"


def render(function, data, **kwargs) -> bytes:
    buffer = io.BytesIO()
    function(data, letterhead(), buffer, PRINTED, **kwargs)
    return buffer.getvalue()


def pages(data: bytes) -> list[str]:
    """Each page's text with all runs of white space made one space."""
    return [" ".join(page.split()) for page in pdf_pages(data)]


def size_mm(data: bytes, index: int = 0) -> tuple[int, int]:
    width, height = pdf_page_size(data, index)
    return round(width / 72 * 25.4), round(height / 72 * 25.4)


def has_heading(heading: str, text: str) -> bool:
    """A heading may wrap in its cell, and the lines of the cells beside it come between its
    words; each of its words is then found in the order written, among the headings."""
    at = 0
    for word in heading.split():
        at = text.find(word, at)
        if at < 0:
            return False
        at += len(word)
    return True


def number_of(member_id: int) -> str:
    return Member.get_by_id(member_id).number


@pytest.fixture
def group(actors):
    """KUBE Melati: Ani (a loan of 1.000.000: 110.000 a month from 10/02/2025), Budi, Citra
    (300.000 sukarela); all joined on 06/01/2025, with 20.000 wajib a month."""
    update_office_profile(actors["administrator"], OfficeProfile(
        "Koperasi Berdaya Mandiri", "Jl. Raya Cilincing 17", "021-4401234", "AG"))
    sec = actors["secretary"]
    group = new_group(sec)
    ani = new_member(sec, group, "Ani Lestari", join_date=JOINED)
    budi = new_member(sec, group, "Budi Santoso", sex="L", join_date=JOINED)
    citra = new_member(sec, group, "Citra Dewi", join_date=JOINED)
    deposit(actors["treasurer"], account(citra, "sukarela").id, JOINED, 300_000)
    disbursed_loan(actors, funded_pool(actors), group, [(ani, 1_000_000)])
    return group, ani, budi, citra


@pytest.fixture
def posted(actors, group):
    """February's meeting posted: Ani paid everything and 10.000 sukarela, Budi came late with
    one month's wajib, Citra was away and sent for 50.000 of her sukarela."""
    group_id, ani, budi, citra = group
    lines = [LineForm(ani, "present", 40_000, 10_000, 0, 110_000),
             LineForm(budi, "late", 20_000, 0, 0, 0),
             LineForm(citra, "excused", 0, 0, 50_000, 0)]
    sheet_id = post_sheet(actors["treasurer"], group_id, FEBRUARY, lines, 130_000, "rapat rutin")
    return sheet_id, load_sheet(group_id, FEBRUARY)


# --- before the meeting ----------------------------------------------------------------------

def test_the_sheet_lists_each_member_with_what_is_due_and_boxes_to_write_in(group):
    group_id, ani, budi, citra = group
    data = load_sheet(group_id, MARCH)
    pdf = render(render_collection_sheet, data, place="Jakarta")
    (text,) = pages(pdf)
    assert size_mm(pdf) == (297, 210)  # landscape: the boxes need the width
    assert "Koperasi Berdaya Mandiri" in text and "DAFTAR SETORAN RAPAT KELOMPOK" in text
    assert "Kelompok KUBE Melati · Rapat hari Senin, 10 Maret 2025 · Rapat ke- ...." in text
    for heading in ("Saldo sukarela (Rp)", "Tagihan hari ini", "Wajib (Rp)", "No. pinjaman",
                    "Angsuran (Rp)", "Tunggakan angsuran (Rp)", "Jumlah tagihan (Rp)",
                    "Dibayar / diambil (diisi saat rapat, Rp)", "Sukarela", "Tarik", "Jumlah",
                    "Tanda tangan / kehadiran"):
        assert has_heading(heading, text), heading
    # Ani: three months of wajib, two of them behind; February's installment behind and
    # March's falling due that day.
    ani_due = data.dues[0]
    assert (ani_due.wajib_due, ani_due.wajib_overdue, ani_due.installment_due,
            ani_due.installment_overdue) == (60_000, 40_000, 220_000, 110_000)
    assert (f"1 Ani Lestari No. {number_of(ani)} 0 60.000 tunggakan 40.000 PJ000001 "
            f"110.000 jt. 10/03/2025 110.000 280.000") in text
    assert f"2 Budi Santoso No. {number_of(budi)} 0 60.000 tunggakan 40.000 - 60.000" in text
    assert f"3 Citra Dewi No. {number_of(citra)} 300.000 60.000 tunggakan 40.000 - 60.000" in text
    assert "Jumlah (3 anggota) 180.000 110.000 110.000 400.000" in text
    assert "3 anggota · Tagihan hari ini Rp400.000 (wajib Rp180.000, angsuran Rp220.000)" in text
    assert sum(d.wajib_due + d.installment_due for d in data.dues) == 400_000
    # Lines to write the cash counted and who came, then the signatures, dated the meeting day.
    for words in ("Uang tunai dihitung Rp ....", "Selisih Rp ....", "dari 3 anggota",
                  "Ketua Kelompok,", "Bendahara Kelompok,", "Diterima oleh Bendahara Kantor,",
                  "Jakarta, 10 Maret 2025", "Dicetak 12 Maret 2025", "Halaman 1 dari 1"):
        assert words in text, words
    # Nothing paid is printed in the boxes: the figures are the dues alone.
    assert "Hadir" not in text and "DIBATALKAN" not in text


def test_the_sheet_names_the_meeting_and_reads_the_same_from_a_draft(actors, group):
    group_id, ani, budi, citra = group
    data = load_sheet(group_id, MARCH)
    save_draft(actors["mentor"], group_id, MARCH, data.lines, None, "")
    draft = load_sheet(group_id, MARCH)
    assert draft.status == "draft"
    (text,) = pages(render(render_collection_sheet, draft, meeting=7))
    assert "Kelompok KUBE Melati · Rapat hari Senin, 10 Maret 2025 · Rapat ke-7" in text
    assert "Jumlah (3 anggota) 180.000 110.000 110.000 400.000" in text
    assert "Rapat ke- ...." not in text


def test_a_group_with_nobody_due_still_prints_a_sheet(actors):
    group_id = new_group(actors["secretary"], "Kelompok Mawar")
    (text,) = pages(render(render_collection_sheet, load_sheet(group_id, MARCH)))
    assert "Kelompok Mawar · Rapat hari Senin" in text and "Kelompok Kelompok" not in text
    assert "Tidak ada anggota aktif." in text and "Jumlah (0 anggota)" in text


# --- the meeting record ----------------------------------------------------------------------

def test_the_record_shows_what_was_paid_who_came_and_the_cash_count(actors, group, posted):
    group_id, ani, budi, citra = group
    sheet_id, data = posted
    assert data.status == "posted"
    pdf = render(render_meeting_record, data, place="Jakarta", meeting=2)
    (text,) = pages(pdf)
    assert size_mm(pdf) == (210, 297)
    assert "BERITA ACARA RAPAT KELOMPOK" in text
    assert "Kelompok KUBE Melati · Rapat hari Senin, 10 Februari 2025 · Rapat ke-2" in text
    assert (f"1 Ani Lestari No. {number_of(ani)} Hadir 40.000 10.000 0 110.000 160.000") in text
    assert f"2 Budi Santoso No. {number_of(budi)} Terlambat 20.000 0 0 0 20.000" in text
    assert f"3 Citra Dewi No. {number_of(citra)} Izin 0 0 50.000 0 -50.000" in text
    assert "Jumlah (3 anggota) 2 hadir 60.000 10.000 50.000 110.000 130.000" in text
    assert (data.total_in, data.total_out, data.net, data.cash_counted) == (
        180_000, 50_000, 130_000, 130_000)
    for words in ("Uang masuk (simpanan, angsuran) Rp180.000",
                  "Uang keluar (penarikan) Rp50.000", "Bersih (masuk − keluar) Rp130.000",
                  "Uang tunai dihitung Rp130.000", "Selisih (dihitung − bersih) Rp0",
                  "Anggota hadir 2 dari 3 anggota", "Hadir tepat waktu 1", "Terlambat 1",
                  "Izin 1", "Tidak hadir 0", "Catatan rapat rutin",
                  "Jakarta, 10 Februari 2025", "Halaman 1 dari 1"):
        assert words in text, words
    at = data.posted_at
    assert f"Diposting oleh Bambang Hartono, {at.day} " in text and f"pukul {at:%H.%M}" in text
    assert "DIBATALKAN" not in text and "DRAF" not in text
    # The figures are the ledger's: what the sheet posted comes to what the record says.
    entry_ids, payment_ids = sheet_receipts(sheet_id)
    entries = list(SavingsEntry.select().where(SavingsEntry.id.in_(entry_ids)))
    payments = list(LoanPayment.select().where(LoanPayment.id.in_(payment_ids)))
    money_in = sum(e.amount for e in entries if e.amount > 0) + sum(p.amount for p in payments)
    money_out = -sum(e.amount for e in entries if e.amount < 0)
    assert (money_in, money_out) == (180_000, 50_000)
    assert format_rupiah(money_in - money_out) == "Rp130.000"
    assert account(ani, "wajib").balance == 40_000 and account(citra, "sukarela").balance == 250_000
    assert f"{format_amount(account(ani, 'wajib').balance)} 10.000 0 110.000" in text


def test_a_reversed_meeting_prints_marked_cancelled_with_its_reason(actors, group, posted):
    sheet_id, data = posted
    reverse_sheet(actors["treasurer"], sheet_id, "tanggal rapat salah", data.version)
    sheet = CollectionSheet.get_by_id(sheet_id)
    cancelled = dataclasses.replace(data, status=sheet.status, version=sheet.version,
                                    reversal_reason=sheet.reversal_reason)
    (text,) = pages(render(render_meeting_record, cancelled))
    assert ("DIBATALKAN · Seluruh setoran, penarikan dan angsuran rapat ini telah dibatalkan "
            "dan tidak berlaku. Alasan pembatalan: tanggal rapat salah") in text
    assert text.count("DIBATALKAN") == 2  # the notice and the mark across the page
    # What was paid stays readable under the mark.
    assert "Jumlah (3 anggota) 2 hadir 60.000 10.000 50.000 110.000 130.000" in text


def test_a_draft_printed_as_a_record_says_it_is_not_posted(actors, group):
    group_id, ani, budi, citra = group
    save_draft(actors["mentor"], group_id, FEBRUARY,
               [LineForm(ani, "present", 40_000, 0, 0, 110_000), LineForm(budi, "", 0, 0, 0, 0),
                LineForm(citra, "absent", 0, 0, 0, 0)], None, "")
    (text,) = pages(render(render_meeting_record, load_sheet(group_id, FEBRUARY)))
    assert "DRAF · Lembar rapat ini belum diposting" in text
    assert "Diposting oleh Belum diposting" in text and "Uang tunai dihitung -" in text
    assert "Tidak dicatat 0 0 0 0 0" in text and "Anggota hadir 1 dari 3 anggota" in text


# --- a large group over pages ----------------------------------------------------------------

@pytest.fixture
def large_group(actors):
    """Forty members, one of them with a name too long for its column."""
    sec = actors["secretary"]
    group = new_group(sec, "Kelompok Usaha Bersama Perempuan Nelayan Sejahtera")
    names = [f"Anggota {i:02d} Sejahtera" for i in range(1, 40)] + [LONG_NAME]
    members = [new_member(sec, group, name, join_date=JOINED) for name in names]
    return group, members


def test_a_forty_member_group_runs_over_pages_with_the_headings_on_each(actors, large_group):
    group_id, members = large_group
    data = load_sheet(group_id, FEBRUARY)
    assert len(data.dues) == 40
    pdf = render(render_collection_sheet, data)
    texts = pages(pdf)
    assert len(texts) >= 3
    for number, text in enumerate(texts, 1):
        assert size_mm(pdf, number - 1) == (297, 210)
        assert "DAFTAR SETORAN RAPAT KELOMPOK" in text
        assert "Kelompok Usaha Bersama Perempuan Nelayan Sejahtera · Rapat hari Senin" in text
        if "No. AG" in text:  # the last page may hold only the cash count and signatures
            assert "Tagihan hari ini" in text and has_heading("Tanda tangan / kehadiran", text)
        assert f"Halaman {number} dari {len(texts)}" in text
    whole = " ".join(texts)
    for member_id in members:
        assert len(re.findall(rf"No\. {number_of(member_id)}\b", whole)) == 1
    assert LONG_NAME in whole
    assert "Jumlah (40 anggota) 1.600.000 0 0 1.600.000" in whole
    # What is due is repeated above the cash count, on the page that is signed.
    assert ("40 anggota · Tagihan hari ini Rp1.600.000 (wajib Rp1.600.000, angsuran Rp0)"
            in texts[-1])
    assert "Bendahara Kelompok," in texts[-1] and "Bendahara Kelompok," not in texts[0]

    # Posted as the sheet came: everyone paid both months of wajib.
    post_sheet(actors["treasurer"], group_id, FEBRUARY, data.lines, 1_600_000)
    record = load_sheet(group_id, FEBRUARY)
    pdf = render(render_meeting_record, record)
    texts = pages(pdf)
    assert len(texts) >= 2 and size_mm(pdf) == (210, 297)
    for number, text in enumerate(texts, 1):
        assert "BERITA ACARA RAPAT KELOMPOK" in text and "Kehadiran" in text
        assert has_heading("Jumlah bersih (Rp)", text) and f"Halaman {number} dari {len(texts)}" in text
    whole = " ".join(texts)
    assert len(re.findall(r"Hadir 40\.000 0 0 0 40\.000", whole)) == 40
    assert "Jumlah (40 anggota) 40 hadir 1.600.000 0 0 0 1.600.000" in whole
    assert "Anggota hadir 40 dari 40 anggota" in texts[-1] and "Selisih (dihitung − bersih) Rp0" in texts[-1]

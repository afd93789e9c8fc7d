"""The loan papers (loan card, loan receipts, disbursement record, arrears list and its Excel
export), read back as a treasurer or a mentor would read them and checked against the ledger
the loan operations wrote."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from dataclasses import dataclass

import pytest

from db.models import Installment, Loan, LoanProduct, LoanShare
from desktop.arrears import arrears_list, portfolio, share_arrears
from desktop.capital import create_pool, create_source, receive_capital
from desktop.dates import format_date
from desktop.documents.arrears_list import render_arrears_list
from desktop.documents.disbursement_record import render_disbursement_record
from desktop.documents.loan_card import render_loan_card
from desktop.documents.loan_receipt import render_loan_receipts
from desktop.documents.pdf import letterhead
from desktop.loan_queries import disbursement_record, loan_receipt_data, share_card
from desktop.loan_settings import KOLEK_WORDS
from desktop.loans import (
    LoanApplication,
    apply_for_loan,
    approve_loan,
    cover_by_group,
    disburse_loan,
    pay_off,
    payoff_amount,
    repay,
    reverse_payment,
    write_off,
)
from desktop.money import format_amount, format_rupiah, terbilang
from desktop.officers import appoint_officer
from desktop.settings import OfficeProfile, set_office_logo, update_office_profile
from tests.desktop.helpers import new_group, new_member, pdf_page_size, pdf_pages, picture

ON = dt.date(2025, 7, 20)  # the day the loans are read on and the papers printed
LONG_NAME = "Hj. Raden Ajeng Siti Nurhasanah Kartikasari Wulandari binti Haji Muhammad Abdurrahman"


def render(function, document, head, *rest, **kwargs) -> bytes:
    buffer = io.BytesIO()
    function(document, head, buffer, *rest, **kwargs)
    return buffer.getvalue()


def pages(data: bytes) -> list[str]:
    """Each page's text with all runs of white space made one space, so that text wrapped
    over lines reads as it was written."""
    return [" ".join(page.split()) for page in pdf_pages(data)]


def size_mm(data: bytes) -> tuple[int, int]:
    width, height = pdf_page_size(data)
    return round(width / 72 * 25.4), round(height / 72 * 25.4)


@dataclass
class Loans:
    """What the builder made: ids by name."""

    pool: int
    groups: dict[str, int]
    members: dict[str, int]
    loans: dict[str, int]
    shares: dict[str, int]
    payments: dict[str, int]


def _version(loan_id: int) -> int:
    return Loan.get_by_id(loan_id).version


def _share(loan_id: int, member_id: int) -> int:
    return LoanShare.get((LoanShare.loan == loan_id) & (LoanShare.member == member_id)).id


def _installment(share_id: int, seq: int) -> Installment:
    return Installment.get((Installment.share == share_id) & (Installment.seq == seq))


def build_loans(actors) -> Loans:
    """A pool, a group loan of four members (one with a long name) and three loans to single
    members: a weekly loan of fifty installments, a declining one paid off early, and one
    approved but not yet disbursed. Payments on time, late, partly, covered by the group and
    reversed, all in 2025."""
    admin, sec, t = actors["administrator"], actors["secretary"], actors["treasurer"]
    chair, mentor = actors["chair"], actors["mentor"]
    update_office_profile(admin, OfficeProfile("Koperasi Berdaya Mandiri", "Jl. Raya Cilincing 17",
                                               "021-4401234", "AG"))
    groups = {"melati": new_group(sec, "KUBE Melati", address="Jl. Kerang Hijau", rt="003",
                                  rw="004", mentor_id=mentor.id),
              "mawar": new_group(sec, "KSM Mawar", address="Jl. Sungai Landak", rt="011",
                                 rw="002", mentor_id=mentor.id)}
    home = dict(address="Jl. Kerang Hijau No. 7", rt="003", rw="004", kelurahan="Cilincing",
                phone="081234567890")
    members = {"siti": new_member(sec, groups["melati"], "Siti Aminah", **home),
               "budi": new_member(sec, groups["melati"], "Budi Santoso", sex="L", **home),
               "rina": new_member(sec, groups["melati"], "Rina Marlina", **home),
               "long": new_member(sec, groups["melati"], LONG_NAME, **home),
               "dewi": new_member(sec, groups["mawar"], "Dewi Lestari", phone="085711112222"),
               "ahmad": new_member(sec, groups["mawar"], "Ahmad Fauzi", sex="L"),
               "yuni": new_member(sec, groups["mawar"], "Yuni Astuti")}
    appoint_officer(sec, groups["melati"], members["siti"], "ketua", dt.date(2025, 1, 2))
    source = create_source(t, "PNPM Mandiri Perkotaan", "pnpm")
    pool = create_pool(t, source, "Dana Bergulir PNPM 2025", dt.date(2025, 1, 2))
    receive_capital(t, pool, dt.date(2025, 1, 2), 20_000_000)
    product = {p.code: p.id for p in LoanProduct.select()}

    def lend(code, group, shares, term, purpose, applied, disbursed) -> int:
        loan = apply_for_loan(mentor if group else t, LoanApplication(
            product[code], group, [(members[m], amount) for m, amount in shares], term, purpose,
            applied))
        approve_loan(chair, loan, _version(loan), applied + dt.timedelta(days=2))
        if disbursed:
            disburse_loan(t, loan, _version(loan), pool, disbursed)
        return loan

    loans = {"group": lend("PB", groups["melati"],
                           [("siti", 1_000_000), ("budi", 1_000_000), ("rina", 800_000),
                            ("long", 600_000)], 10, "Modal warung dan usaha jahit",
                           dt.date(2025, 1, 6), dt.date(2025, 1, 10)),
             "weekly": lend("PM", None, [("dewi", 500_000)], 50, "Dagang sayur keliling",
                            dt.date(2025, 1, 6), dt.date(2025, 1, 13)),
             "declining": lend("PU", None, [("ahmad", 2_000_000)], 12, "Bengkel las",
                               dt.date(2025, 1, 20), dt.date(2025, 2, 3)),
             "pending": lend("PM", None, [("yuni", 400_000)], 20, "Warung kopi",
                             dt.date(2025, 7, 1), None)}
    shares = {m: _share(loans["group"], members[m]) for m in ("siti", "budi", "rina", "long")}
    shares |= {"dewi": _share(loans["weekly"], members["dewi"]),
               "ahmad": _share(loans["declining"], members["ahmad"]),
               "yuni": _share(loans["pending"], members["yuni"])}
    payments: dict[str, int] = {}
    for month in (2, 3, 4, 5, 6, 7):  # Siti pays on time; one April posting was a mistake
        if month == 4:
            payments["wrong"] = repay(t, shares["siti"], dt.date(2025, 4, 8), 110_000)
            payments["reversal"] = reverse_payment(t, payments["wrong"], "salah posting, uang belum diterima",
                                                   dt.date(2025, 4, 9))
        payments[f"siti{month}"] = repay(t, shares["siti"], dt.date(2025, month, 10), 110_000)
        payments[f"long{month}"] = repay(t, shares["long"], dt.date(2025, month, 10), 66_000)
    payments["budi2"] = repay(t, shares["budi"], dt.date(2025, 2, 10), 110_000)
    payments["cover"] = cover_by_group(t, shares["budi"], dt.date(2025, 3, 15), 110_000, "cash",
                                       "rapat kelompok Maret")
    payments["rina2"] = repay(t, shares["rina"], dt.date(2025, 2, 10), 88_000)
    payments["rina3"] = repay(t, shares["rina"], dt.date(2025, 3, 10), 50_000, "transfer")
    for seq in range(1, 21):  # Dewi pays twenty weeks and then stops
        row = _installment(shares["dewi"], seq)
        payments[f"dewi{seq}"] = repay(t, shares["dewi"], row.due_on, row.principal + row.jasa)
    for seq in (1, 2, 3):
        row = _installment(shares["ahmad"], seq)
        payments[f"ahmad{seq}"] = repay(t, shares["ahmad"], row.due_on, row.principal + row.jasa)
    payoff_on = dt.date(2025, 5, 20)
    payments["payoff"] = pay_off(t, shares["ahmad"], payoff_on, payoff_amount(shares["ahmad"], payoff_on))
    return Loans(pool, groups, members, loans, shares, payments)


@pytest.fixture
def loans(actors) -> Loans:
    return build_loans(actors)


# --- the loan card ---------------------------------------------------------------------------

def test_a_late_members_card_shows_the_schedule_payments_and_arrears_as_the_ledger_does(loans):
    card = share_card(loans.shares["budi"], ON)
    data = render(render_loan_card, card, letterhead(), ON, place="Jakarta")
    texts = pages(data)
    text = " ".join(texts)
    assert size_mm(data) == (210, 297)
    assert "KARTU ANGSURAN PINJAMAN" in texts[0]
    assert f"Budi Santoso · No. Anggota {card.member_number} · Pinjaman {card.loan_number}" in text
    assert "No. Pinjaman PJ000001" in text and "Kelompok KUBE Melati" in text
    assert "Pokok pinjaman Rp1.000.000" in text
    assert "Jasa 1% per bulan, flat (dihitung dari pokok awal)" in text
    assert "Jangka waktu 10 kali angsuran bulanan" in text
    assert "Disalurkan 10 Januari 2025" in text and "Dana bergulir Dana Bergulir PNPM 2025" in text
    # The schedule: February and March paid, April to July late as of 20 July.
    assert "1 10/02/2025 100.000 10.000 110.000 110.000 Lunas" in text
    assert "2 10/03/2025 100.000 10.000 110.000 110.000 Lunas" in text
    assert "3 10/04/2025 100.000 10.000 110.000 110.000 TERLAMBAT 101 hari" in text
    assert "6 10/07/2025 100.000 10.000 110.000 110.000 TERLAMBAT 10 hari" in text
    assert "7 10/08/2025 100.000 10.000 110.000 110.000 8 10/09/2025" in text  # not yet due
    assert text.count("TERLAMBAT") == 4
    assert "Jumlah 1.000.000 100.000 1.100.000 220.000 880.000" in text
    # The payments, the group's cover among them.
    cover = loan_receipt_data(loans.payments["cover"])
    assert (f"15/03/2025 {cover.number} Dibayar kelompok (tanggung renteng) · Tunai · rapat "
            f"kelompok Maret 100.000 10.000 110.000 800.000 Bambang Hartono") in text
    assert "Jumlah dibayar 200.000 20.000 220.000 800.000" in text
    # The standing as the arrears report reads it.
    line = next(x for x in share_arrears(ON) if x.share_id == card.share_id)
    assert (line.overdue_principal, line.overdue_jasa, line.days_overdue) == (400_000, 40_000, 101)
    assert line.kolek == card.kolek == "kurang_lancar"
    assert "Keadaan pinjaman per 20 Juli 2025" in text
    assert f"Tunggakan pokok {format_rupiah(line.overdue_principal)}" in text
    assert f"Tunggakan jasa {format_rupiah(line.overdue_jasa)}" in text
    assert "Jumlah tunggakan Rp440.000" in text
    assert "Hari terlambat 101 hari" in text and "Angsuran tertunggak 4 kali" in text
    assert "Kolektibilitas Kurang Lancar" in text
    assert "Utang ke kelompok Rp110.000" in text
    assert "Sisa pokok Rp800.000" in text
    assert "Anggota, Budi Santoso" in text.replace("Jakarta, 20 Juli 2025 ", "")
    assert "Jakarta, 20 Juli 2025" in texts[-1] and "Bendahara," in texts[-1]
    assert f"Halaman 1 dari {len(texts)}" in texts[0]


def schedule_row(row, note: str = "") -> str:
    paid = row.paid_principal + row.paid_jasa
    cells = [str(row.seq), format_date(row.due_on), format_amount(row.principal),
             format_amount(row.jasa), format_amount(row.principal + row.jasa),
             format_amount(paid) if paid else "", format_amount(row.unpaid) if row.unpaid else "",
             note]
    return " ".join(c for c in cells if c)


def test_fifty_weekly_installments_run_over_pages_with_the_headings_on_each(loans):
    card = share_card(loans.shares["dewi"], ON)
    assert len(card.schedule) == 50
    texts = pages(render(render_loan_card, card, letterhead(), ON))
    text = " ".join(texts)
    count = len(texts)
    assert count >= 2
    for number, page in enumerate(texts, start=1):
        assert f"Halaman {number} dari {count}" in page
        assert "KARTU ANGSURAN PINJAMAN" in page
        assert f"Dewi Lestari · No. Anggota {card.member_number} · Pinjaman PJ000002" in page
    continued = [p for p in texts[1:] if "Jadwal angsuran" in p]
    assert continued, "the schedule runs onto a second page"
    assert all("Ke Jatuh tempo Pokok (Rp) Jasa (Rp) Jumlah (Rp) Dibayar (Rp) Sisa (Rp) Keterangan"
               in p for p in continued)
    assert "Jangka waktu 50 kali angsuran mingguan" in text
    late = [r for r in card.schedule if r.due_on < ON and r.unpaid]
    assert [r.seq for r in late] == list(range(21, 27))  # twenty paid, six missed by 20 July
    for row in card.schedule:
        if row.unpaid == 0:
            note = "Lunas"
        elif row in late:
            note = f"TERLAMBAT {(ON - row.due_on).days} hari"
        else:
            note = ""
        assert schedule_row(row, note) in text, schedule_row(row, note)
    total = sum(r.principal + r.jasa for r in card.schedule)
    assert total == card.principal + card.jasa
    assert (f"Jumlah 500.000 {format_amount(card.jasa)} {format_amount(total)} "
            f"{format_amount(20 * (card.schedule[0].principal + card.schedule[0].jasa))} "
            f"{format_amount(total - 20 * (card.schedule[0].principal + card.schedule[0].jasa))}") in text
    assert len([p for p in card.payments]) == 20
    assert f"Jumlah dibayar 200.000 {format_amount(20 * card.schedule[0].jasa)}" in text
    state = card.state
    assert f"Tunggakan pokok {format_rupiah(state.overdue_principal)}" in text
    assert state.overdue_principal == 60_000 and state.days_overdue == (ON - late[0].due_on).days
    assert f"Hari terlambat {state.days_overdue} hari" in text
    assert f"Kolektibilitas {KOLEK_WORDS[card.kolek]}" in text and card.kolek == "kurang_lancar"
    assert "Utang ke kelompok" not in text  # a loan to the member alone
    assert "Anggota, Dewi Lestari" in texts[-1]


def test_a_reversed_payment_stays_on_the_card_marked_cancelled(loans):
    card = share_card(loans.shares["siti"], ON)
    wrong, reversal = (loan_receipt_data(loans.payments[k]) for k in ("wrong", "reversal"))
    text = " ".join(pages(render(render_loan_card, card, letterhead(), ON)))
    assert (f"08/04/2025 {wrong.number} Angsuran · Tunai (dibatalkan: {reversal.number}) "
            f"100.000 10.000 110.000 700.000") in text
    assert (f"09/04/2025 {reversal.number} Pembatalan kuitansi {wrong.number}: salah posting, "
            f"uang belum diterima -100.000 -10.000 -110.000 800.000") in text
    # Six installments paid, the cancelled one counted once in and once out.
    assert "Jumlah dibayar 600.000 60.000 660.000 400.000" in text
    assert "Jumlah 1.000.000 100.000 1.100.000 660.000 440.000" in text
    assert "Jumlah tunggakan Rp0" in text and "Kolektibilitas Lancar" in text
    assert "Angsuran berikut Rp110.000, 10/08/2025" in text
    assert "TERLAMBAT" not in text


def test_a_long_name_and_a_written_off_share(actors, loans):
    long_card = share_card(loans.shares["long"], ON)
    text = " ".join(pages(render(render_loan_card, long_card, letterhead(), ON)))
    assert f"Nama {LONG_NAME}" in text and f"Anggota, {LONG_NAME}" in text
    write_off(actors["chair"], loans.shares["rina"], dt.date(2025, 7, 25), "pindah ke luar kota")
    card = share_card(loans.shares["rina"], dt.date(2025, 8, 1))
    text = " ".join(pages(render(render_loan_card, card, letterhead(), dt.date(2025, 8, 1))))
    assert card.written_off == 678_000
    assert "Status Dihapusbukukan" in text and "Dihapusbukukan Rp678.000" in text
    assert "Sisa pokok Rp0" in text and "Kolektibilitas -" in text
    assert "TERLAMBAT" not in text and "Dihapusbukukan" in text.split("Riwayat pembayaran")[0]


def test_a_share_paid_off_early_owes_nothing_more(loans):
    card = share_card(loans.shares["ahmad"], ON)
    assert card.status == "paid"
    text = " ".join(pages(render(render_loan_card, card, letterhead(), ON)))
    payoff = loan_receipt_data(loans.payments["payoff"])
    assert (f"20/05/2025 {payoff.number} Pelunasan dipercepat · Tunai "
            f"{format_amount(payoff.principal)} {format_amount(payoff.jasa)} "
            f"{format_amount(payoff.amount)} 0") in text
    assert "Jasa 1,5% per bulan, menurun (dihitung dari sisa pokok)" in text
    assert text.count("Lunas; jasa tidak ditagih") == 8
    paid = sum(p.amount for p in card.payments)
    assert f"{format_amount(paid)} 0 Riwayat pembayaran" in text  # nothing left on the schedule
    assert "Status Lunas" in text and "Sisa pokok Rp0" in text and "TERLAMBAT" not in text


def test_a_loan_not_yet_disbursed_has_a_card_without_a_schedule(loans):
    card = share_card(loans.shares["yuni"], ON)
    assert card.state is None
    data = render(render_loan_card, card, letterhead(), ON)
    (text,) = pages(data)
    assert "Disalurkan Belum disalurkan" in text and "Status Belum disalurkan" in text
    assert "Pinjaman ini belum disalurkan." in text and "Jadwal angsuran ·" not in text
    assert "Pokok pinjaman Rp400.000" in text and "Jangka waktu 20 kali angsuran mingguan" in text
    assert "Halaman 1 dari 1" in text and size_mm(data) == (210, 297)


# --- receipts ----------------------------------------------------------------------------------

def test_loan_receipts_show_the_split_the_words_and_what_is_left(actors, loans):
    set_office_logo(actors["administrator"], picture())
    keys = ("siti2", "cover", "reversal", "payoff", "rina3")
    receipts = [loan_receipt_data(loans.payments[k]) for k in keys]
    data = render(render_loan_receipts, receipts, letterhead(), place="Jakarta")
    texts = pages(data)
    assert len(texts) == 5 and size_mm(data) == (210, 148)
    for r, text in zip(receipts, texts, strict=True):
        assert f"No. {r.number}" in text and format_rupiah(abs(r.amount)) in text
        assert f"Terbilang : {terbilang(abs(r.amount))}" in text
        assert (f"Rincian : Pokok {format_rupiah(abs(r.principal))} · "
                f"Jasa {format_rupiah(abs(r.jasa))}") in text
        after = "pembatalan" if r.kind == "reversal" else "pembayaran"
        assert (f"Sisa pokok pinjaman {r.loan_number} setelah {after}: "
                f"{format_rupiah(r.outstanding_after)}") in text
    installment, cover, reversal, payoff, partial = texts
    assert "KUITANSI" in installment and "Telah terima dari : Siti Aminah" in installment
    assert "Untuk pembayaran : Angsuran pinjaman PJ000001" in installment
    assert "Sisa pokok pinjaman PJ000001 setelah pembayaran: Rp900.000" in installment
    assert "seratus sepuluh ribu rupiah" in installment
    assert "Jakarta, 10 Februari 2025 Penyetor, Siti Aminah Penerima, Bambang Hartono" in installment
    assert "Telah terima dari : Kelompok KUBE Melati" in cover
    assert ("Untuk pembayaran : Angsuran pinjaman PJ000001 dibayar kelompok (tanggung renteng) "
            "untuk Budi Santoso") in cover
    assert "Catatan : rapat kelompok Maret" in cover and "Penyetor (kelompok)," in cover
    wrong = loan_receipt_data(loans.payments["wrong"])
    assert "BUKTI PEMBATALAN" in reversal and "KUITANSI" not in reversal
    assert (f"Keterangan : Pembatalan kuitansi {wrong.number}: salah posting, uang belum "
            "diterima") in reversal
    assert "-Rp" not in reversal and "setelah pembatalan: Rp800.000" in reversal
    assert "Anggota, Siti Aminah Bendahara, Bambang Hartono" in reversal
    assert "Pelunasan dipercepat pinjaman PJ000003" in payoff
    assert "setelah pembayaran: Rp0" in payoff
    assert terbilang(1_522_502) == "satu juta lima ratus dua puluh dua ribu lima ratus dua rupiah"
    assert "Rincian : Pokok Rp42.000 · Jasa Rp8.000" in partial  # jasa first, then principal
    assert "Cara pembayaran : Transfer" in partial
    with pytest.raises(ValueError):
        render_loan_receipts([], letterhead(), io.BytesIO())


def test_a_loan_set_against_savings_on_leaving_says_so(loans):
    # What settle_on_exit posts: the payoff, by the method "savings", with its note.
    r = dataclasses.replace(loan_receipt_data(loans.payments["payoff"]), kind="offset",
                            method="savings", note="dipotong dari simpanan saat keluar")
    (text,) = pages(render(render_loan_receipts, [r], letterhead()))
    assert "KUITANSI" in text and "Pelunasan pinjaman PJ000003 dari simpanan anggota" in text
    assert "Cara pembayaran : Potong simpanan" in text
    assert "Catatan : dipotong dari simpanan saat keluar" in text
    assert f"Terbilang : {terbilang(r.amount)}" in text


# --- disbursement record ----------------------------------------------------------------------

def test_the_disbursement_record_of_a_group_loan(loans):
    record = disbursement_record(loans.loans["group"])
    data = render(render_disbursement_record, record, letterhead(), ON, place="Jakarta")
    texts = pages(data)
    text = " ".join(texts)
    assert size_mm(data) == (210, 297)
    assert "BERITA ACARA PENYALURAN PINJAMAN DANA BERGULIR" in texts[0]
    assert "Nomor PJ000001 · Kelompok KUBE Melati" in texts[0]
    assert ("Pada hari ini, Jumat tanggal 10 Januari 2025, bertempat di Jakarta, telah dilakukan "
            "penyaluran pinjaman dana bergulir dari Koperasi Berdaya Mandiri kepada Kelompok KUBE "
            "Melati beserta anggotanya") in text
    assert "1. Nama : Bambang Hartono Jabatan : Bendahara Koperasi Berdaya Mandiri" in text
    assert "2. Nama : Siti Aminah Jabatan : Ketua Kelompok KUBE Melati Alamat : Jl. Kerang Hijau" in text
    assert "Jumlah pinjaman : Rp3.400.000 (tiga juta empat ratus ribu rupiah)" in text
    assert "Jasa pinjaman : 1% per bulan, flat (dihitung dari pokok awal)" in text
    assert "Jangka waktu : 10 kali angsuran bulanan" in text
    assert "Angsuran pertama : 10 Februari 2025 Angsuran terakhir : 10 November 2025" in text
    assert "Biaya administrasi : Tidak ada" in text and "Sumber dana : Dana Bergulir PNPM 2025" in text
    assert "No Nama anggota No. Anggota Pinjaman (Rp) Angsuran per bulan (Rp) Tanda tangan" in text
    for i, share in enumerate(record.loan.shares, start=1):
        usual = record.installment_of[share.share_id]
        assert usual == share.principal // 10 + share.principal // 100  # flat 1% for ten months
        assert (f"{i} {share.member_name} {share.member_number} {format_amount(share.principal)} "
                f"{format_amount(usual)} {i}.") in text
    assert "Jumlah 3.400.000 374.000" in text
    assert "tanggung renteng" in text
    assert ("PIHAK KEDUA Ketua Kelompok, Siti Aminah Mengetahui, Ketua Pengurus, "
            "(............................................) PIHAK PERTAMA Bendahara, Bambang Hartono") in text
    assert "Jakarta, 10 Januari 2025" in texts[-1]
    assert f"Halaman {len(texts)} dari {len(texts)}" in texts[-1]


def test_the_disbursement_record_of_a_loan_to_one_member(loans):
    record = disbursement_record(loans.loans["weekly"])
    (text,) = pages(render(render_disbursement_record, record, letterhead(), ON))
    assert "Pada hari ini, Senin tanggal 13 Januari 2025, telah dilakukan" in text
    assert "kepada anggota atas nama Dewi Lestari" in text
    assert "2. Nama : Dewi Lestari No. Anggota : AG000005 bertindak untuk dirinya sendiri" in text
    assert "tanggung renteng" not in text and "Ketua Kelompok" not in text
    assert "Tanda tangan" not in text and "Angsuran per minggu (Rp)" in text
    first = _installment(loans.shares["dewi"], 1)
    last = _installment(loans.shares["dewi"], 50)
    assert "Angsuran pertama : 20 Januari 2025" in text and first.due_on == dt.date(2025, 1, 20)
    assert "Angsuran terakhir : 29 Desember 2025" in text and last.due_on == dt.date(2025, 12, 29)
    assert f"1 Dewi Lestari AG000005 500.000 {format_amount(first.principal + first.jasa)}" in text
    assert "Biaya administrasi : Rp5.000" in text  # 1% of the principal
    assert "PIHAK KEDUA Peminjam, Dewi Lestari" in text and "13 Januari 2025 PIHAK KEDUA" in text


def test_a_record_printed_before_disbursement_leaves_the_date_to_be_written(loans):
    record = disbursement_record(loans.loans["pending"])
    (text,) = pages(render(render_disbursement_record, record, letterhead(), ON))
    assert "Pada hari ini, .............. tanggal ......" in text
    assert "Angsuran pertama : ......" in text and "1 Yuni Astuti AG000007 400.000 -" in text


# --- arrears list and its workbook -------------------------------------------------------------

def test_the_arrears_list_groups_the_late_members_with_subtotals_and_the_portfolio(loans):
    lines = share_arrears(ON)
    total, _parts = portfolio(lines)
    behind = arrears_list(lines)
    assert [x.member_name for x in behind] == ["Dewi Lestari", "Rina Marlina", "Budi Santoso"]
    buffer = io.BytesIO()
    render_arrears_list(behind, total, letterhead(), buffer, ON, scope="Seluruh kantor",
                        rule_label="Aturan koperasi",
                        place="Jakarta")
    data = buffer.getvalue()
    texts = pages(data)
    text = " ".join(texts)
    width, height = size_mm(data)
    assert (width, height) == (297, 210)
    assert all("DAFTAR TUNGGAKAN PINJAMAN" in p for p in texts)
    assert "Seluruh kantor · per 20 Juli 2025 · Aturan koperasi" in texts[0]
    for i, x in enumerate(behind, start=1):
        phone = f" Telp. {x.phone}" if x.phone else ""
        address = f" {x.address}" if x.address else ""
        assert (f"{i} {x.member_name} No. {x.member_number}{address}{phone} {x.loan_number} "
                f"{format_amount(x.outstanding)} {format_amount(x.overdue_principal)} "
                f"{format_amount(x.overdue_jasa)} {format_amount(x.overdue)} {x.days_overdue} "
                f"{x.installments_overdue} {KOLEK_WORDS[x.kolek]}") in text
    melati = [x for x in behind if x.group_name == "KUBE Melati"]
    assert "Kelompok KUBE Melati · Pendamping: Dewi Kartika" in text
    assert (f"Jumlah Kelompok KUBE Melati (2 pinjaman) "
            f"{format_amount(sum(x.outstanding for x in melati))} "
            f"{format_amount(sum(x.overdue_principal for x in melati))} "
            f"{format_amount(sum(x.overdue_jasa for x in melati))} "
            f"{format_amount(sum(x.overdue for x in melati))}") in text
    assert "Jumlah Kelompok KUBE Melati (2 pinjaman) 1.478.000 758.000 72.000 830.000" in text
    assert (f"Jumlah seluruhnya (3 pinjaman) {format_amount(sum(x.outstanding for x in behind))}"
            f" 818.000 82.380 {format_amount(total.overdue)}") in text
    assert f"Pinjaman berjalan {total.shares} pinjaman" in text and total.shares == 5
    assert f"Sisa pokok {format_rupiah(total.outstanding)}" in text
    assert f"Jumlah tunggakan {format_rupiah(total.overdue)}" in text
    rate = f"{total.repayment_rate * 100:.1f}".replace(".", ",")
    assert f"Tingkat pengembalian {rate}%" in text
    for days in (1, 30, 90):
        par = f"{total.par(days) * 100:.1f}".replace(".", ",")
        assert (f"PAR {days} ({total.shares_at_risk[days]} pinjaman) {par}% · "
                f"{format_rupiah(total.at_risk[days])}") in text
    assert "PAR 90 (2 pinjaman) 61,1% · Rp1.478.000" in text
    assert "31-60 hari Rp70.380" in text and "91-180 hari Rp830.000" in text
    assert "Lancar (2 pinjaman) Rp640.000 Kurang Lancar (3 pinjaman) Rp1.778.000" in text
    assert "Jakarta, 20 Juli 2025 Pendamping, Dewi Kartika" in texts[-1]
    assert f"Halaman {len(texts)} dari {len(texts)}" in texts[-1]


def test_an_arrears_list_with_nobody_behind(loans):
    lines = [x for x in share_arrears(ON) if x.overdue == 0]
    total, _parts = portfolio(lines)
    buffer = io.BytesIO()
    render_arrears_list(arrears_list(lines), total, letterhead(), buffer, ON, scope="KUBE Melati")
    (text,) = pages(buffer.getvalue())
    assert "Tidak ada tunggakan." in text and "KUBE Melati · per 20 Juli 2025" in text
    assert "Tingkat pengembalian 100,0%" in text and "PAR 1 (0 pinjaman) 0,0% · Rp0" in text


def test_the_arrears_workbook_holds_the_same_figures_as_numbers(loans, tmp_path):
    import openpyxl

    from desktop.arrears_export import export_arrears_xlsx

    behind = arrears_list(share_arrears(ON))
    path = tmp_path / "tunggakan.xlsx"
    export_arrears_xlsx(behind, ON, path, scope="Pendamping Dewi Kartika")
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Tunggakan"
    assert sheet["A1"].value == "Daftar Tunggakan Pinjaman · Pendamping Dewi Kartika · per 20 Juli 2025"
    headers = [c.value for c in sheet[3]]
    assert headers == ["No", "Kelompok", "Nama anggota", "No. anggota", "Alamat", "Telepon",
                       "Pendamping", "No. pinjaman", "Sisa pokok (Rp)", "Tunggakan pokok (Rp)",
                       "Tunggakan jasa (Rp)", "Jumlah tunggakan (Rp)", "Hari terlambat",
                       "Angsuran tertunggak", "Kolektibilitas", "Keterangan kunjungan"]
    assert sheet.freeze_panes == "D4" and sheet.auto_filter.ref == "A3:P6"
    assert sheet.column_dimensions["C"].width >= 25
    for x, row in zip(behind, sheet.iter_rows(min_row=4, max_row=3 + len(behind)), strict=True):
        values = [c.value for c in row]
        assert values[:8] == [values[0], x.group_name, x.member_name, x.member_number,
                              x.address or None, x.phone or None, x.mentor_name, x.loan_number]
        assert values[8:15] == [x.outstanding, x.overdue_principal, x.overdue_jasa, x.overdue,
                                x.days_overdue, x.installments_overdue, KOLEK_WORDS[x.kolek]]
        assert all(isinstance(v, int) for v in values[8:14])
        assert all(row[i].number_format == "#,##0" for i in range(8, 12))
        assert row[5].number_format == "@"
    assert [sheet.cell(4 + i, 1).value for i in range(len(behind))] == [1, 2, 3]
    total_row = [c.value for c in sheet[4 + len(behind)]]
    assert total_row[2] == "Jumlah" and total_row[8] == "=SUBTOTAL(9,I4:I6)"
    assert sum(x.overdue for x in behind) == 900_380

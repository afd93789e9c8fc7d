"""Receipts, savings statements and group summaries, read back from the PDFs as a treasurer
would read them and checked against the ledger."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import time

import pytest

from db.models import SavingsAccount
from desktop.dates import format_date
from desktop.documents.pdf import letterhead
from desktop.documents.receipt import render_receipts
from desktop.documents.savings_statement import line_text, render_statement
from desktop.documents.savings_summary import render_group_summary
from desktop.member_queries import load_member
from desktop.members import exit_member
from desktop.money import format_amount, terbilang
from desktop.savings import deposit, reverse_entry, withdraw
from desktop.savings_products import ProductForm, create_product
from desktop.savings_queries import group_summary, receipt_data, statement
from desktop.settings import OfficeProfile, set_office_logo, update_office_profile
from tests.desktop.helpers import new_group, new_member, pdf_page_size, pdf_pages, picture

TODAY = dt.date(2026, 11, 22)
LONG_NAME = "Hj. Raden Ajeng Siti Nurhasanah Kartikasari Wulandari binti Haji Muhammad Abdurrahman"
LONG_GROUP = "Kelompok Usaha Bersama Perempuan Nelayan Sejahtera Mandiri Kelurahan Kalibaru Cilincing"


def accounts_of(member_id):
    query = SavingsAccount.select().where(SavingsAccount.member == member_id)
    return {a.product.code: a.id for a in query}


def render(function, document, head, *rest, **kwargs) -> bytes:
    buffer = io.BytesIO()
    function(document, head, buffer, *rest, **kwargs)
    return buffer.getvalue()


def pages(data: bytes) -> list[str]:
    """Each page's text with all runs of white space made one space, so that text wrapped
    over lines reads as it was written."""
    return [" ".join(page.split()) for page in pdf_pages(data)]


@pytest.fixture
def ledger(actors):
    """A member with a year of postings: a withdrawal, a note, a reversal."""
    admin, t = actors["administrator"], actors["treasurer"]
    update_office_profile(admin, OfficeProfile("Koperasi Berdaya Mandiri", "Jl. Raya Cilincing 17",
                                               "021-4401234", "AG"))
    group = new_group(actors["secretary"], "KUBE Melati")
    member = new_member(actors["secretary"], group, "Siti Aminah", join_date=dt.date(2025, 1, 6))
    acc = accounts_of(member)
    entries = {"pokok": deposit(t, acc["SP"], dt.date(2025, 1, 6), 100_000)}
    for month in range(1, 7):
        entries[f"wajib{month}"] = deposit(t, acc["SW"], dt.date(2025, month, 10), 20_000)
    entries["in"] = deposit(t, acc["SS"], dt.date(2025, 2, 1), 1_250_000, "transfer", "hasil panen")
    entries["out"] = withdraw(t, acc["SS"], dt.date(2025, 4, 1), 150_000, "cash", "biaya sekolah")
    entries["wrong"] = deposit(t, acc["SS"], dt.date(2025, 5, 1), 75_000)
    entries["reversal"] = reverse_entry(t, entries["wrong"], "salah ketik", dt.date(2025, 5, 2))
    entries["july"] = deposit(t, acc["SS"], dt.date(2025, 7, 1), 50_000)
    return group, member, acc, entries


# --- receipts ----------------------------------------------------------------------------

def test_a_deposit_receipt_says_who_paid_what_for_what_in_figures_and_words(ledger):
    _group, _member, _acc, entries = ledger
    r = receipt_data(entries["in"])
    data = render(render_receipts, [r], letterhead())
    (text,) = pages(data)
    assert "KUITANSI" in text and "Koperasi Berdaya Mandiri" in text
    assert "Jl. Raya Cilincing 17 · Telp. 021-4401234" in text
    assert f"No. {r.number}" in text and "Tanggal 1 Februari 2025" in text
    assert "Telah terima dari : Siti Aminah" in text
    assert f"No. Anggota {r.member_number} · Kelompok KUBE Melati" in text
    assert "Rp1.250.000" in text
    assert f"Terbilang : {terbilang(1_250_000)}" in text
    assert terbilang(1_250_000) == "satu juta dua ratus lima puluh ribu rupiah"
    assert "Untuk pembayaran : Setoran Simpanan Sukarela" in text
    assert "Cara pembayaran : Transfer" in text and "Catatan : hasil panen" in text
    assert "Saldo Simpanan Sukarela setelah transaksi: Rp1.250.000" in text
    assert "Penyetor, Siti Aminah" in text and "Penerima, Bambang Hartono" in text
    assert "1 Februari 2025 Penyetor," in text  # the date line, with no town known
    width, height = pdf_page_size(data)
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 148)


def test_money_paid_out_gets_a_cash_out_voucher_signed_by_the_member(ledger):
    _group, _member, _acc, entries = ledger
    (text,) = pages(render(render_receipts, [receipt_data(entries["out"])], letterhead(),
                           place="Jakarta"))
    assert "BUKTI PENGELUARAN KAS" in text and "KUITANSI" not in text
    assert "Dibayarkan kepada : Siti Aminah" in text
    assert "Rp150.000" in text and "-Rp" not in text
    assert f"Terbilang : {terbilang(150_000)}" in text
    assert "Untuk pembayaran : Penarikan Simpanan Sukarela" in text
    assert "Cara pembayaran : Tunai" in text
    assert "Saldo Simpanan Sukarela setelah transaksi: Rp1.100.000" in text
    assert "Jakarta, 1 April 2025" in text
    assert "Penerima, Siti Aminah" in text and "Bendahara, Bambang Hartono" in text


def test_a_reversal_names_the_receipt_it_cancels(ledger):
    _group, _member, _acc, entries = ledger
    cancelled = receipt_data(entries["wrong"])
    r = receipt_data(entries["reversal"])
    (text,) = pages(render(render_receipts, [r], letterhead()))
    assert "BUKTI PEMBATALAN" in text and f"No. {r.number}" in text
    assert f"Keterangan : Pembatalan kuitansi {cancelled.number}: salah ketik" in text
    assert "Rp75.000" in text and terbilang(75_000) in text
    assert "Saldo Simpanan Sukarela setelah transaksi: Rp1.100.000" in text
    assert "Catatan" not in text  # the reason is in the purpose already


def test_money_returned_on_leaving_says_so(actors, ledger):
    _group, member, _acc, _entries = ledger
    exit_member(actors["treasurer"], member, dt.date(2025, 8, 1), "pindah",
                load_member(member).form.version)
    payouts = [line for p in statement(member, None, dt.date(2025, 8, 1)).products
               for line in p.lines if line.kind == "payout"]
    receipts = [receipt_data(line.entry_id) for line in payouts]
    texts = pages(render(render_receipts, receipts, letterhead()))
    assert len(texts) == 3  # one page each: pokok, wajib, sukarela
    assert "Pembayaran kembali Simpanan Pokok (keluar dari keanggotaan)" in texts[0]
    assert all("BUKTI PENGELUARAN KAS" in t and "Rp0" in t for t in texts)
    assert "Rp120.000" in texts[1] and terbilang(120_000) in texts[1]


def test_a_huge_amount_in_words_wraps_and_stays_whole(ledger):
    _group, _member, _acc, entries = ledger
    r = dataclasses.replace(receipt_data(entries["in"]), amount=987_654_321_123,
                            member_name=LONG_NAME, group=LONG_GROUP, balance_after=987_654_321_123)
    raw = pdf_pages(render(render_receipts, [r], letterhead()))[0]
    text = " ".join(raw.split())
    assert terbilang(987_654_321_123) in text
    assert terbilang(987_654_321_123).startswith("sembilan ratus delapan puluh tujuh miliar")
    assert "Rp987.654.321.123" in text and LONG_NAME in text and LONG_GROUP in text
    assert "Kelompok Kelompok" not in text
    terbilang_lines = [line for line in raw.splitlines() if "ratus" in line]
    assert len(terbilang_lines) >= 2  # it wrapped inside its box rather than running off


def test_receipts_print_one_to_a_page_and_the_same_bytes_each_time(actors, ledger):
    _group, _member, _acc, entries = ledger
    set_office_logo(actors["administrator"], picture())
    receipts = [receipt_data(entries[k]) for k in ("pokok", "in", "out", "reversal")]
    first = render(render_receipts, receipts, letterhead())
    texts = pages(first)
    assert [r.number in t for r, t in zip(receipts, texts, strict=True)] == [True] * 4
    assert first == render(render_receipts, receipts, letterhead())
    with pytest.raises(ValueError):
        render_receipts([], letterhead(), io.BytesIO())


# --- statements ------------------------------------------------------------------------

def assert_product_rows(text: str, statement_, product) -> None:
    """The opening row, every line with its running balance, and the closing row."""
    first = format_date(statement_.first)
    opening = f"{first} Saldo awal {format_amount(product.opening)}".strip()
    assert opening in text, opening
    for line in product.lines:
        amount = format_amount(abs(line.amount))
        row = f"{format_date(line.on)} {line.receipt_number} {line_text(line)} {amount} {format_amount(line.balance)}"
        assert row in text, row
    closing = (f"{format_date(statement_.last)} Saldo akhir {format_amount(product.paid_in)} "
               f"{format_amount(product.paid_out)} {format_amount(product.closing)}")
    assert closing in text, closing


def test_a_statement_for_a_period_carries_the_balances_as_the_ledger_does(ledger):
    _group, member, _acc, entries = ledger
    s = statement(member, dt.date(2025, 3, 1), dt.date(2025, 6, 30))
    texts = pages(render(render_statement, s, letterhead(), TODAY))
    text = " ".join(texts)
    assert "REKENING SIMPANAN ANGGOTA" in text and "Siti Aminah · No. Anggota" in text
    assert "Periode 01/03/2025 s.d. 30/06/2025" in text
    assert "Tanggal masuk 6 Januari 2025" in text and "Status Aktif" in text
    assert "Kelompok KUBE Melati" in text
    for p in s.products:
        assert (f"{p.product} {format_amount(p.opening)} {format_amount(p.paid_in)} "
                f"{format_amount(p.paid_out)} {format_amount(p.closing)}") in text
        assert_product_rows(text, s, p)
    assert (f"Jumlah {format_amount(s.opening)} {format_amount(sum(p.paid_in for p in s.products))} "
            f"{format_amount(sum(p.paid_out for p in s.products))} {format_amount(s.closing)}") in text
    # pokok had nothing in the period and still shows what it held
    assert "01/03/2025 Saldo awal 100.000" in text and "30/06/2025 Saldo akhir 0 0 100.000" in text
    wrong, reversal = receipt_data(entries["wrong"]), receipt_data(entries["reversal"])
    assert f"{wrong.number} Setoran · Tunai (dibatalkan: {reversal.number}) 75.000" in text
    assert f"{reversal.number} Pembatalan kuitansi {wrong.number}: salah ketik 75.000" in text
    assert "Penarikan · Tunai · biaya sekolah 150.000 1.100.000" in text
    assert "Bendahara," in texts[-1] and "Dicetak 22 November 2026" in texts[0]
    assert f"Halaman 1 dari {len(texts)}" in texts[0]


def test_a_statement_from_the_beginning_ends_on_the_stored_balances(ledger):
    _group, member, acc, _entries = ledger
    s = statement(member, None, dt.date.today())
    text = " ".join(pages(render(render_statement, s, letterhead(), TODAY, place="Jakarta")))
    assert f"Periode s.d. {format_date(dt.date.today())}" in text
    for p in s.products:
        assert p.closing == SavingsAccount.get_by_id(acc[p.code]).balance
        assert_product_rows(text, s, p)
        assert f"Saldo akhir {format_amount(p.paid_in)} {format_amount(p.paid_out)} {format_amount(SavingsAccount.get_by_id(acc[p.code]).balance)}" in text
    assert "Jumlah saldo seluruh simpanan per" in text and "Rp1.370.000" in text
    assert "Jakarta, 22 November 2026 Bendahara," in text


def test_a_statement_of_one_product_needs_no_summary(ledger):
    _group, member, acc, _entries = ledger
    s = statement(member, dt.date(2025, 1, 1), dt.date(2025, 12, 31), acc["SS"])
    text = " ".join(pages(render(render_statement, s, letterhead(), TODAY)))
    assert "Ringkasan" not in text and "Simpanan Wajib" not in text
    assert_product_rows(text, s, s.products[0])
    assert "Saldo Simpanan Sukarela per 31 Desember 2025: Rp1.150.000" in text


def test_a_long_statement_runs_over_numbered_pages_with_the_heading_on_each(actors, ledger):
    _group, member, acc, _entries = ledger
    t = actors["treasurer"]
    start = dt.date(2025, 8, 1)
    for i in range(200):
        deposit(t, acc["SS"], start + dt.timedelta(days=i), 1_000 + i)
    s = statement(member, None, dt.date.today())
    data = render(render_statement, s, letterhead(), TODAY)
    texts = pages(data)
    count = len(texts)
    assert count >= 5
    for number, text in enumerate(texts, start=1):
        assert f"Halaman {number} dari {count}" in text
        assert "REKENING SIMPANAN ANGGOTA" in text and "Siti Aminah" in text
    middle = texts[count // 2]
    assert ("Simpanan Sukarela (SS) Tanggal No. Kuitansi Keterangan Masuk (Rp) Keluar (Rp) "
            "Saldo (Rp)") in middle
    assert_product_rows(" ".join(texts), s, next(p for p in s.products if p.code == "SS"))
    assert data == render(render_statement, s, letterhead(), TODAY)


def test_a_statement_of_forty_lines_a_product_renders_fast(actors, ledger):
    _group, member, acc, _entries = ledger
    t = actors["treasurer"]
    for i in range(40):
        on = dt.date(2025, 8, 1) + dt.timedelta(days=i)
        deposit(t, acc["SS"], on, 10_000 + i, "transfer", "setoran rutin")
        deposit(t, acc["SW"], on, 20_000)
    s = statement(member, None, dt.date.today())
    render(render_statement, s, letterhead(), TODAY)  # fonts are loaded once, on first use
    best = min(_timed(lambda: render(render_statement, s, letterhead(), TODAY)) for _ in range(3))
    assert best < 0.3


def _timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


# --- group summary -----------------------------------------------------------------------

def test_the_group_summary_shows_each_members_balances_and_the_totals(actors, ledger):
    group, _member, _acc, _entries = ledger
    other = new_member(actors["secretary"], group, "Budi Santoso", sex="L",
                       join_date=dt.date(2025, 8, 1))
    deposit(actors["treasurer"], accounts_of(other)["SP"], dt.date(2025, 8, 1), 40_000)
    summary = group_summary(group, dt.date(2025, 8, 20))
    data = render(render_group_summary, summary, letterhead(), TODAY)
    (text,) = pages(data)
    assert "REKAPITULASI SIMPANAN KELOMPOK" in text
    assert "Kelompok KUBE Melati · Per 20 Agustus 2025" in text
    assert ("No. No. Anggota Nama Simpanan Pokok (Rp) Simpanan Wajib (Rp) Simpanan Sukarela (Rp) "
            "Jumlah (Rp) Tunggakan (Rp)") in text
    for i, r in enumerate(summary.rows, start=1):
        figures = " ".join(format_amount(r.balances.get(code, 0)) for code, _n in summary.products)
        assert f"{i} {r.number} {r.name} {figures} {format_amount(r.total)} {format_amount(r.overdue)}" in text
    totals = " ".join(format_amount(summary.product_total(code)) for code, _n in summary.products)
    assert f"Jumlah {totals} {format_amount(summary.total)} {format_amount(summary.overdue)}" in text
    # Tunggakan is what fell due before August: Siti's July wajib; Budi joined in August.
    assert "Jumlah 140.000 120.000 1.150.000 1.410.000 20.000" in text
    assert "Mengetahui, Ketua Kelompok," in text and "22 November 2026 Bendahara," in text
    assert "Halaman 1 dari 1" in text
    width, height = pdf_page_size(data)
    assert width < height


def test_many_products_turn_the_summary_sideways_and_many_members_fill_pages(actors, ledger):
    group, _member, _acc, _entries = ledger
    admin = actors["administrator"]
    create_product(admin, ProductForm("SPD", "Simpanan Pendidikan", "sukarela"), dt.date(2025, 8, 1))
    create_product(admin, ProductForm("SHR", "Simpanan Hari Raya", "sukarela"), dt.date(2025, 8, 1))
    for i in range(60):
        new_member(actors["secretary"], group, f"Anggota Nomor {i:02d}", join_date=dt.date(2025, 8, 1))
    new_member(actors["secretary"], group, LONG_NAME, join_date=dt.date(2025, 8, 1))
    summary = group_summary(group, dt.date(2025, 8, 20))
    data = render(render_group_summary, summary, letterhead(), TODAY)
    texts = pages(data)
    width, height = pdf_page_size(data)
    assert width > height and len(summary.products) == 5 and len(texts) >= 2
    text = " ".join(texts)
    assert "Simpanan Pendidikan (Rp)" in text and "Simpanan Hari Raya (Rp)" in text
    assert LONG_NAME in text and f"Halaman {len(texts)} dari {len(texts)}" in texts[-1]
    assert all(re.search(r"No\. No\. Anggota Nama", t) for t in texts if "AG0" in t)
    assert "Jumlah 100.000 120.000 1.150.000 0 0 1.370.000" in text


def test_an_empty_group_prints_an_empty_summary(actors):
    group = new_group(actors["secretary"], "KUBE Mawar")
    (text,) = pages(render(render_group_summary, group_summary(group, TODAY), letterhead(), TODAY))
    assert "Tidak ada anggota aktif." in text and "Jumlah 0 0 0 0 0" in text


def test_the_whole_office_summary_names_each_members_group(actors, ledger):
    _group, _member, _acc, _entries = ledger
    mawar = new_group(actors["secretary"], "KUBE Mawar")
    other = new_member(actors["secretary"], mawar, "Budi Santoso", sex="L",
                       join_date=dt.date(2025, 6, 1))
    deposit(actors["treasurer"], accounts_of(other)["SS"], dt.date(2025, 8, 1), 40_000)
    summary = group_summary(None, dt.date(2025, 8, 20), only_behind=True)
    # Overdue before August: Budi's pokok and June-July wajib, Siti's July wajib.
    assert [(r.name, r.overdue) for r in summary.rows] == [("Siti Aminah", 20_000), ("Budi Santoso", 140_000)]
    (text,) = pages(render(render_group_summary, summary, letterhead(), TODAY, only_behind=True))
    assert "REKAPITULASI SIMPANAN ANGGOTA" in text
    assert "Seluruh anggota · Per 20 Agustus 2025 · Hanya anggota yang menunggak" in text
    assert "No. No. Anggota Nama Kelompok Simpanan Pokok (Rp)" in text
    for i, r in enumerate(summary.rows, start=1):
        figures = " ".join(format_amount(r.balances.get(code, 0)) for code, _n in summary.products)
        assert f"{i} {r.number} {r.name} {r.group} {figures} {format_amount(r.total)}" in text
    assert "KUBE Mawar" in text and "KUBE Melati" in text
    assert "2 anggota · Jumlah simpanan Rp1.410.000 · Tunggakan Rp160.000" in text
    assert "Mengetahui, Ketua," in text and "Ketua Kelompok" not in text

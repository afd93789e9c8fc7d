"""Member cards and the member book, read back from the PDFs as a person would read them."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.documents.member_book import group_book, office_book, render_member_book
from desktop.documents.member_card import card_data, render_cards
from desktop.documents.pdf import letterhead
from desktop.errors import Cancelled, DomainError
from desktop.member_queries import load_member
from desktop.members import exit_member, move_member
from desktop.settings import OfficeProfile, set_office_logo, update_office_profile
from tests.desktop.helpers import (
    new_group,
    new_member,
    pdf_page_size,
    pdf_pages,
    pdf_qr_codes,
    picture,
)

NAMES = ["Siti Aminah", "Euis Rohmah", "Nur Jubaedah", "Ratna Mardiyah", "Ahmad Nurdin",
         "Rohmah Hayati", "Rukmini Komariah", "Muhammad Suherman", "Yuyun Nurjanah",
         "Halimah Mardiyah", "Asih Saodah", "Dewi Sulastri"]


@pytest.fixture
def office(actors):
    admin = actors["administrator"]
    update_office_profile(admin, OfficeProfile("Koperasi Berdaya Mandiri", "Jl. Raya Cilincing 17",
                                               "021-4401234", "AG"))
    group = new_group(admin, "KUBE Melati")
    ids = [new_member(admin, group, name, photo=picture() if i == 0 else None)
           for i, name in enumerate(NAMES)]
    return admin, group, ids


def test_an_a4_sheet_holds_ten_cards_whose_qr_codes_carry_the_member_numbers(office, tmp_path):
    admin, _group, ids = office
    set_office_logo(admin, picture("PNG", (200, 200)))
    cards = card_data(ids)
    path = tmp_path / "kartu.pdf"
    assert render_cards(cards, letterhead(), "sheet", path) == 2
    first, second = pdf_pages(path)
    for card in cards[:10]:
        assert card.name in first and card.number in first
    assert "Koperasi Berdaya Mandiri" in first and "KARTU ANGGOTA" in first
    assert "KUBE Melati" in first and "1 Januari 2021" in first
    assert cards[10].name in second and cards[11].name in second
    assert sorted(pdf_qr_codes(path, 0)) == sorted(c.number for c in cards[:10])
    assert sorted(pdf_qr_codes(path, 1)) == sorted(c.number for c in cards[10:])
    width, height = pdf_page_size(path)
    assert (round(width), round(height)) == (595, 842)


def test_a_card_printer_gets_one_card_per_page_at_id_card_size(office, tmp_path):
    _admin, _group, ids = office
    path = tmp_path / "kartu.pdf"
    assert render_cards(card_data(ids[:3]), letterhead(), "single", path) == 3
    width, height = pdf_page_size(path)
    assert round(width / 72 * 25.4, 1) == 85.6 and round(height / 72 * 25.4, 1) == 54.0
    assert pdf_qr_codes(path, 2) == [load_member(ids[2]).number]
    assert NAMES[2] in pdf_pages(path)[2]


def test_cards_are_the_same_bytes_each_time_so_they_can_be_compared(office, tmp_path):
    _admin, _group, ids = office
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    render_cards(card_data(ids), letterhead(), "sheet", first)
    render_cards(card_data(ids), letterhead(), "sheet", second)
    assert first.read_bytes() == second.read_bytes()


def test_no_cards_and_a_cancelled_batch_write_no_file(office, tmp_path):
    _admin, _group, ids = office
    path = tmp_path / "kartu.pdf"
    with pytest.raises(DomainError, match="no members"):
        render_cards([], letterhead(), "sheet", path)
    with pytest.raises(Cancelled):
        render_cards(card_data(ids), letterhead(), "sheet", path, cancelled=lambda: True)
    assert not path.exists()


def test_a_damaged_photo_prints_the_placeholder_instead_of_stopping_the_batch(office, tmp_path):
    _admin, _group, ids = office
    cards = card_data(ids[:2])
    broken = type(cards[0])(cards[0].number, cards[0].name, cards[0].group, cards[0].join_date,
                            b"\xff\xd8\xff not really a jpeg")
    path = tmp_path / "kartu.pdf"
    render_cards([broken, cards[1]], letterhead(), "sheet", path)
    assert "FOTO" in pdf_pages(path)[0]


def test_the_office_book_lists_every_member_with_exit_dates_and_page_numbers(office, tmp_path):
    admin, _group, ids = office
    member = load_member(ids[1])
    exit_member(admin, ids[1], dt.date(2024, 5, 2), "Pindah domisili", member.form.version)
    path = tmp_path / "buku.pdf"
    render_member_book(office_book(), letterhead(), path, today=dt.date(2026, 11, 22))
    pages = pdf_pages(path)
    text = " ".join(" ".join(pages).split())  # cells wrap their text over lines
    assert "BUKU DAFTAR ANGGOTA" in pages[0] and "Koperasi Berdaya Mandiri" in pages[0]
    assert "Dicetak 22 November 2026" in pages[0]
    assert f"Halaman 1 dari {len(pages)}" in pages[0]
    for name in NAMES:
        assert name in text
    assert "02/05/2024 (keluar)" in text
    assert "Tanda Tangan" in pages[0] and "Kelompok" in pages[0]
    assert "Jakarta, 12/03/1985" not in text  # no birth place was given, only the date
    assert "12/03/1985" in text


def test_a_group_book_shows_the_stay_in_that_group_for_members_who_moved(office, tmp_path):
    admin, group, ids = office
    other = new_group(admin, "KSM Mekar Jaya")
    member = load_member(ids[0])
    move_member(admin, ids[0], other, dt.date(2023, 7, 1), member.form.version)
    old, new = tmp_path / "old.pdf", tmp_path / "new.pdf"
    render_member_book(group_book(group), letterhead(), old)
    render_member_book(group_book(other), letterhead(), new)
    old_text, new_text = (" ".join(" ".join(pdf_pages(p)).split()) for p in (old, new))
    assert "Kelompok KUBE Melati (KUBE)" in old_text
    assert "01/07/2023 (pindah)" in old_text and "Siti Aminah" in old_text
    assert "Siti Aminah" in new_text and "01/07/2023" in new_text
    assert "Euis Rohmah" not in new_text
    active_only = group_book(group, include_exited=False)
    assert "Siti Aminah" not in [row.name for row in active_only.rows]


def test_a_long_book_numbers_its_pages_and_stops_when_cancelled(actors, tmp_path):
    admin = actors["administrator"]
    group = new_group(admin, "KUBE Mawar")
    for i in range(40):
        new_member(admin, group, f"Anggota Nomor {i + 1}")
    path = tmp_path / "buku.pdf"
    seen = []
    render_member_book(group_book(group), letterhead(), path, progress=lambda d, t: seen.append((d, t)))
    pages = pdf_pages(path)
    assert len(pages) >= 3 and f"Halaman {len(pages)} dari {len(pages)}" in pages[-1]
    assert "Anggota Nomor 40" in pages[-1] and seen
    with pytest.raises(Cancelled):
        render_member_book(group_book(group), letterhead(), tmp_path / "x.pdf", cancelled=lambda: True)
    assert not (tmp_path / "x.pdf").exists()


def test_the_logo_must_be_a_small_picture(actors):
    admin = actors["administrator"]
    with pytest.raises(DomainError, match="PNG or JPEG"):
        set_office_logo(admin, b"GIF89a....")
    with pytest.raises(DomainError, match="too large"):
        set_office_logo(admin, b"\x89PNG\r\n\x1a\n" + b"0" * 600_000)
    with pytest.raises(DomainError):
        set_office_logo(actors["treasurer"], picture("PNG"))
    set_office_logo(admin, picture("PNG"))
    assert letterhead().logo is not None
    set_office_logo(admin, None)
    assert letterhead().logo is None

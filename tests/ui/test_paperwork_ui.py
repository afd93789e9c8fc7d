"""Member paperwork through the windows: import, export, cards, the member book, the scan field
and the office logo."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from db.models import Group, Member
from desktop.member_queries import MemberFilter, count_members, load_member
from desktop.nik import make_nik
from desktop.settings import office_logo
from desktop.spreadsheets import read_table
from tests.desktop.helpers import new_group, new_member, pdf_pages, pdf_qr_codes, picture
from tests.ui.conftest import when_modal
from ui import paper_dialogs
from ui.import_dialog import ImportDialog
from ui.member_dialog import MemberDialog
from ui.paper_dialogs import CardsDialog, MemberBookDialog


def click(qtbot, parent, name):
    button = parent.findChild(QPushButton, name)
    if button is None:  # the page's menu entries
        parent.findChild(QAction, name).trigger()
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def old_list(path):
    book = Workbook()
    sheet = book.active
    sheet.append(["DAFTAR ANGGOTA KSM MEKAR JAYA"])
    sheet.append([])
    sheet.append(["No.", "Nama Lengkap", "NIK", "L/P", "Desa", "Kelompok", "Tgl Masuk"])
    sheet.append([1, "Siti Aminah", make_nik("317504", dt.date(1985, 3, 12), "P", 801), "P",
                  "Kalibaru", "KSM Mekar Jaya", dt.datetime(2019, 2, 4)])
    sheet.append([2, "Budi Santoso", "12345", "L", "Kalibaru", "KSM Mekar Jaya", "04/02/2019"])
    sheet.append([3, "Euis Rohmah", "", "P", "Kalibaru", "KSM Mekar Jaya", "5 Februari 2019"])
    book.save(path)
    return path


def test_secretary_imports_an_old_list_checking_the_rows_first(qtbot, actors, open_window, tmp_path, monkeypatch):
    window = open_window(actors["secretary"])
    page = window.pages["members"]
    path = old_list(tmp_path / "anggota lama.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = ImportDialog(actors["secretary"], page)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog, "choose_file")
    assert dialog.sheet.currentText() == "Sheet"
    click(qtbot, dialog, "next")
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1)
    assert dialog.header_row.value() == 3
    assert dialog.mapping() == {1: "name", 2: "nik", 3: "sex", 4: "kelurahan", 5: "group", 6: "join_date"}
    dialog.new_kind.setCurrentIndex(dialog.new_kind.findText("KSM"))
    click(qtbot, dialog, "next")
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 2)
    summary = dialog.check.summary.text()
    assert "2 row(s) can be imported" in summary and "1 row(s) have problems" in summary
    assert "KSM Mekar Jaya" in summary
    problem = dialog.check.problems.rows[0]
    assert problem.row == 5 and problem.field == "nik"
    assert dialog.next_button.text() == "Import 2 member(s)"
    when_modal(lambda box: box.accept(), QMessageBox)
    click(qtbot, dialog, "next")
    qtbot.waitUntil(lambda: dialog.result() == ImportDialog.DialogCode.Accepted)
    assert sorted(m.name for m in Member.select()) == ["Euis Rohmah", "Siti Aminah"]
    assert Group.get(Group.name == "KSM Mekar Jaya").kind.code == "KSM"
    assert page.model.total == 2


def test_a_broken_file_is_explained_in_the_dialog(qtbot, actors, english, tmp_path, monkeypatch):
    fake = tmp_path / "daftar.xlsx"
    fake.write_text("not a workbook")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fake), ""))
    dialog = ImportDialog(actors["secretary"])
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog, "choose_file")
    assert "not an Excel workbook" in dialog.error.text()
    assert not dialog.next_button.isEnabled()


def test_the_list_is_exported_with_its_filter(qtbot, actors, open_window, tmp_path, monkeypatch):
    sec = actors["secretary"]
    melati, mekar = new_group(sec, "KUBE Melati"), new_group(sec, "KSM Mekar")
    for name in ("Siti Aminah", "Euis Rohmah"):
        new_member(sec, melati, name)
    new_member(sec, mekar, "Budi Santoso", sex="L")
    window = open_window(sec)
    page = window.pages["members"]
    page.group.setCurrentIndex(page.group.findData(melati))
    target = tmp_path / "melati"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)"))
    when_modal(lambda box: box.accept(), QMessageBox)
    click(qtbot, page, "export_members")
    qtbot.waitUntil(lambda: (tmp_path / "melati.csv").exists())
    rows = read_table(tmp_path / "melati.csv")
    assert [r[1] for r in rows[1:]] == ["Siti Aminah", "Euis Rohmah"]


@pytest.fixture
def shown_pdfs(monkeypatch):
    shown = []
    monkeypatch.setattr(paper_dialogs, "show_pdf", lambda parent, path, title: shown.append(path))
    return shown


def test_cards_for_the_selected_members(qtbot, actors, open_window, shown_pdfs):
    sec = actors["secretary"]
    group = new_group(sec, "KUBE Melati")
    ids = [new_member(sec, group, name) for name in ("Asih Saodah", "Euis Rohmah", "Siti Aminah")]
    window = open_window(sec)
    page = window.pages["members"]
    page.table.selectRow(0)
    page.table.selectionModel().select(page.model.index(2, 0), page.table.selectionModel().SelectionFlag.Select | page.table.selectionModel().SelectionFlag.Rows)
    assert len(page.selected_ids()) == 2

    def make(dialog: CardsDialog):
        checked.append(dialog.selection.isChecked())
        click(qtbot, dialog, "ok")

    checked = []

    when_modal(make, CardsDialog)
    click(qtbot, page, "print_cards")
    qtbot.waitUntil(lambda: len(shown_pdfs) == 1)
    assert checked == [True]
    text = pdf_pages(shown_pdfs[0])[0]
    assert "Asih Saodah" in text and "Siti Aminah" in text and "Euis Rohmah" not in text
    numbers = {load_member(ids[0]).number, load_member(ids[2]).number}
    assert set(pdf_qr_codes(shown_pdfs[0])) == numbers


def test_cards_for_a_whole_group_one_per_page(qtbot, actors, open_window, shown_pdfs):
    sec = actors["secretary"]
    melati, mekar = new_group(sec, "KUBE Melati"), new_group(sec, "KSM Mekar")
    new_member(sec, melati, "Siti Aminah")
    for name in ("Budi Santoso", "Dedi Kurnia"):
        new_member(sec, mekar, name, sex="L")
    window = open_window(sec)

    def make(dialog: CardsDialog):
        dialog.whole_group.setChecked(True)
        dialog.group.setCurrentIndex(dialog.group.findData(mekar))
        dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("single"))
        click(qtbot, dialog, "ok")

    when_modal(make, CardsDialog)
    click(qtbot, window.pages["members"], "print_cards")
    qtbot.waitUntil(lambda: len(shown_pdfs) == 1)
    pages = pdf_pages(shown_pdfs[0])
    assert len(pages) == 2 and "Budi Santoso" in pages[0] and "Dedi Kurnia" in pages[1]


def test_the_member_book_of_the_office(qtbot, actors, open_window, shown_pdfs):
    sec = actors["secretary"]
    group = new_group(sec, "KUBE Melati")
    for name in ("Siti Aminah", "Euis Rohmah"):
        new_member(sec, group, name)
    window = open_window(sec)

    def make(dialog: MemberBookDialog):
        dialog.office.setChecked(True)
        click(qtbot, dialog, "ok")

    when_modal(make, MemberBookDialog)
    click(qtbot, window.pages["members"], "print_book")
    qtbot.waitUntil(lambda: len(shown_pdfs) == 1)
    text = pdf_pages(shown_pdfs[0])[0]
    assert "BUKU DAFTAR ANGGOTA" in text and "Seluruh anggota kantor" in text
    assert "Siti Aminah" in text and "KUBE Melati" in text


def test_a_scanned_member_number_opens_the_member_from_any_page(qtbot, actors, open_window):
    sec = actors["secretary"]
    group = new_group(sec, "KUBE Melati")
    member = load_member(new_member(sec, group, "Siti Aminah"))
    window = open_window(sec)
    window.show_page("groups")
    seen = []

    def check(dialog: MemberDialog):
        seen.append(dialog.windowTitle())
        dialog.reject()

    when_modal(check, MemberDialog)
    window.scan.setFocus()
    qtbot.keyClicks(window.scan, member.number.lower())
    qtbot.keyClick(window.scan, Qt.Key.Key_Return)
    assert seen == [f"Member {member.number}"]
    assert window.scan.text() == ""
    qtbot.keyClicks(window.scan, "aminah")
    qtbot.keyClick(window.scan, Qt.Key.Key_Return)
    members = window.pages["members"]
    assert window.stack.currentWidget() is members
    assert members.search.text() == "aminah" and members.model.total == 1


def test_the_administrator_sets_the_office_logo(qtbot, actors, open_window, tmp_path, monkeypatch):
    window = open_window(actors["administrator"])
    page = window.pages["settings"]
    logo = tmp_path / "logo.png"
    logo.write_bytes(picture("PNG", (800, 600)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(logo), ""))
    click(qtbot, page, "choose_logo")
    stored = office_logo()
    assert stored is not None and stored.startswith(b"\x89PNG")
    assert not page.logo.pixmap().isNull()
    not_a_picture = tmp_path / "catatan.png"
    not_a_picture.write_text("hello")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(not_a_picture), ""))
    refused = []
    when_modal(lambda box: (refused.append(box.text()), box.accept()), QMessageBox)
    click(qtbot, page, "choose_logo")
    assert refused and "PNG or JPEG" in refused[0]
    assert office_logo() == stored
    click(qtbot, page, "remove_logo")
    assert office_logo() is None


def test_import_is_only_for_those_who_keep_the_register(actors, open_window):
    window = open_window(actors["treasurer"])
    page = window.pages["members"]
    assert not page.import_action.isEnabled()
    assert page.export_action.isEnabled() and page.cards_action.isEnabled()
    assert count_members(MemberFilter()) == 0


def test_a_wrong_default_join_date_is_said_not_ignored(qtbot, actors, english, tmp_path, monkeypatch):
    path = old_list(tmp_path / "anggota.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = ImportDialog(actors["secretary"])
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog, "choose_file")
    click(qtbot, dialog, "next")
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1)
    dialog.default_join.edit.setText("31/02/2020")
    click(qtbot, dialog, "next")
    assert "does not exist" in dialog.error.text()
    assert dialog.stack.currentIndex() == 1

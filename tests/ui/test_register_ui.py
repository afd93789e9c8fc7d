"""The secretary's register, driven through the real windows with keyboard and mouse."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from db.models import GroupOfficer, Member
from desktop.member_queries import MemberFilter, count_members, load_member, member_history
from desktop.nik import make_nik
from tests.desktop.helpers import new_group, new_member
from tests.ui.conftest import when_modal
from ui.group_dialog import GroupDialog
from ui.member_actions import ExitDialog, MoveDialog
from ui.member_dialog import MemberDialog


def type_into(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def choose(combo, text):
    combo.setCurrentIndex(combo.findText(text))


def error_text(dialog, field):
    return dialog.findChild(QLabel, f"error_{field}").text()


def test_secretary_registers_a_group_from_the_groups_page(qtbot, actors, open_window):
    window = open_window(actors["secretary"])
    page = window.pages["groups"]

    def fill(dialog: GroupDialog):
        type_into(qtbot, dialog.name, "KUBE Mawar Koja")
        choose(dialog.kind, "KUBE")
        type_into(qtbot, dialog.formed.edit, "05/01/2020")
        type_into(qtbot, dialog.rt, "3")
        type_into(qtbot, dialog.rw, "7")
        type_into(qtbot, dialog.kelurahan, "Tugu Utara")
        type_into(qtbot, dialog.kecamatan, "Koja")
        qtbot.mouseClick(dialog.findChild(QPushButton, "add_partner"), Qt.MouseButton.LeftButton)
        dialog.partners.item(0, 0).setText("Kelurahan Tugu Utara")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    when_modal(fill, GroupDialog)
    qtbot.mouseClick(page.findChild(QPushButton, "new_group"), Qt.MouseButton.LeftButton)
    assert [g.name for g in page.model.rows] == ["KUBE Mawar Koja"]
    assert page.title.text() == "KUBE Mawar Koja"
    assert "Kelurahan Tugu Utara (Government office)" in page.info_labels["partners"].text()
    assert "RT 3/RW 7, Tugu Utara, Koja" in page.info_labels["address"].text()


def test_group_form_shows_each_error_beside_its_field(qtbot, actors, english):
    dialog = GroupDialog(actors["secretary"])
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.formed.edit, "31/02/2020")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "does not exist" in error_text(dialog, "formed_date")
    dialog.formed.edit.clear()
    type_into(qtbot, dialog.rt, "x1")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert error_text(dialog, "name") == "Enter the group's name."
    assert error_text(dialog, "kelurahan") == "Enter the kelurahan (or desa)."
    assert error_text(dialog, "rt") == "RT and RW are numbers of up to 3 digits."
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.findChild(QPushButton, "add_partner"), Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert error_text(dialog, "partners") == "Every partner needs a name and a kind."


def test_secretary_adds_a_member_and_the_nik_fills_birth_date_and_sex(qtbot, actors, english):
    group = new_group(actors["secretary"])
    dialog = MemberDialog(actors["secretary"], group_id=group)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.name, "Siti Aminah")
    nik = make_nik("317504", dt.date(1985, 3, 12), "P", 7)
    type_into(qtbot, dialog.nik, nik)
    assert "DKI Jakarta · Female · 12/03/1985" == error_text(dialog, "nik")
    assert dialog.sex.currentData() == "P"
    assert dialog.birth_date.edit.text() == "12/03/1985"
    type_into(qtbot, dialog.phone, "0812 3456 7890")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    member = Member.get(Member.nik == nik)
    assert (member.name, member.sex, member.birth_date, member.group_id) == (
        "Siti Aminah", "P", dt.date(1985, 3, 12), group)


def test_a_wrong_nik_is_refused_with_its_message_and_nothing_is_saved(qtbot, actors, english):
    group = new_group(actors["secretary"])
    dialog = MemberDialog(actors["secretary"], group_id=group)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.name, "Siti Aminah")
    type_into(qtbot, dialog.nik, "3175047503850001")
    choose(dialog.sex, "Female")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert error_text(dialog, "nik") == "Digits 7-8 of the NIK (day of birth) must be 01-31, or 41-71 for a woman."
    assert count_members(MemberFilter(status=None)) == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert count_members(MemberFilter(status=None)) == 0


def test_a_mismatch_between_nik_and_birth_date_is_shown(qtbot, actors, english):
    dialog = MemberDialog(actors["secretary"], group_id=new_group(actors["secretary"]))
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.birth_date.edit, "01/01/1990")
    type_into(qtbot, dialog.nik, make_nik("317504", dt.date(1985, 3, 12), "P", 7))
    assert "The NIK says born 12/03/1985" in error_text(dialog, "birth_date")


def test_members_page_moves_and_exits_a_member(qtbot, actors, open_window):
    sec = actors["secretary"]
    melati = new_group(sec, "KUBE Melati")
    new_group(sec, "KSM Mawar", "Koja")
    siti = new_member(sec, melati, "Siti Aminah")
    budi = new_member(sec, melati, "Budi Santoso", sex="L")
    window = open_window(sec)
    window.show_page("members")
    page = window.pages["members"]
    assert page.count_label.text() == "2 member(s)"
    page.table.selectRow(page.model.row_of(siti))

    def move(dialog: MoveDialog):
        choose(dialog.group, "KSM Mawar")
        dialog.date.edit.setText("01/05/2023")
        qtbot.keyClick(dialog.date.edit, Qt.Key.Key_Return)

    when_modal(move, MoveDialog)
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    assert [h.group for h in member_history(siti)] == ["KUBE Melati", "KSM Mawar"]
    assert page.model.rows[page.model.row_of(siti)][6] == "KSM Mawar"

    page.table.selectRow(page.model.row_of(budi))

    def leave(dialog: ExitDialog):
        type_into(qtbot, dialog.reason, "Pindah domisili ke Bekasi")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    when_modal(leave, ExitDialog)
    qtbot.mouseClick(page.exit_button, Qt.MouseButton.LeftButton)
    assert load_member(budi).status == "exited"
    assert page.count_label.text() == "1 member(s)"
    choose(page.status, "Exited")
    assert [r[2] for r in page.model.rows] == ["Budi Santoso"]


def test_search_as_you_type_and_a_scanned_number_opens_the_member(qtbot, actors, open_window):
    sec = actors["secretary"]
    group = new_group(sec)
    for name in ("Siti Aminah", "Euis Rohmah", "Siti Nurhaliza"):
        new_member(sec, group, name)
    window = open_window(sec)
    window.show_page("members")
    page = window.pages["members"]
    type_into(qtbot, page.search, "siti")
    assert [r[2] for r in page.model.rows] == ["Siti Aminah", "Siti Nurhaliza"]
    page.search.clear()
    opened = []
    when_modal(lambda d: (opened.append(d.windowTitle()), d.reject()), MemberDialog)
    type_into(qtbot, page.search, "AG000002")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened == ["Member AG000002"])


def test_officers_are_appointed_from_the_group_page(qtbot, actors, open_window):
    sec = actors["secretary"]
    group = new_group(sec)
    siti = new_member(sec, group, "Siti Aminah")
    window = open_window(sec)
    page = window.pages["groups"]
    page.tabs.setCurrentIndex(1)
    from ui.officer_dialog import OfficerDialog

    def appoint(dialog: OfficerDialog):
        choose(dialog.office, "Treasurer (bendahara)")
        dialog.member.setCurrentIndex(dialog.member.findData(siti))
        dialog.start.edit.setText("01/02/2021")
        qtbot.keyClick(dialog.start.edit, Qt.Key.Key_Return)

    when_modal(appoint, OfficerDialog)
    qtbot.mouseClick(page.appoint_button, Qt.MouseButton.LeftButton)
    officer = GroupOfficer.get(GroupOfficer.member == siti)
    assert (officer.office, officer.start_date, officer.end_date) == ("bendahara", dt.date(2021, 2, 1), None)
    assert page.officers_model.rows[0].member_name == "Siti Aminah"


def test_a_treasurer_cannot_change_the_register(qtbot, actors, open_window):
    group = new_group(actors["secretary"])
    siti = new_member(actors["secretary"], group)
    window = open_window(actors["treasurer"])
    assert "users" not in window.pages
    assert not window.pages["groups"].findChild(QPushButton, "new_group").isEnabled()
    members = window.pages["members"]
    assert not members.new_button.isEnabled() and not members.move_button.isEnabled()
    # The treasurer records a member leaving, because the savings are paid out then.
    assert members.exit_button.isEnabled()
    # Even when the form is reached, the operation itself refuses the role.
    dialog = MemberDialog(actors["treasurer"], siti)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.phone.setText("081299990000")
    refusal = []
    when_modal(lambda box: (refusal.append(box.text()), box.accept()), QMessageBox)
    dialog.accept()
    assert refusal == ["Your role (Treasurer) may not do this. Ask a user who may."]
    assert Member.get_by_id(siti).phone == ""


def test_a_mentor_moves_a_group_to_the_next_stage(qtbot, actors, open_window):
    from PySide6.QtWidgets import QInputDialog

    from desktop.groups import load_group

    group = new_group(actors["secretary"])
    window = open_window(actors["mentor"])
    page = window.pages["groups"]
    assert not page.findChild(QPushButton, "new_group").isEnabled()

    def pick(dialog: QInputDialog):
        dialog.setTextValue("Strengthening")
        dialog.accept()

    when_modal(pick, QInputDialog)
    qtbot.mouseClick(page.stage_button, Qt.MouseButton.LeftButton)
    assert load_group(group).stage == "strengthening"
    assert page.info_labels["stage"].text() == "Strengthening"

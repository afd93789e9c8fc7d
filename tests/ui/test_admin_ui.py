"""The administrator's pages: users and the office settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.auth import login
from desktop.groups import group_kinds
from desktop.settings import office_profile
from tests.ui.conftest import when_modal
from ui.users_page import UserDialog


def test_the_administrator_adds_a_user_who_can_then_log_in(qtbot, actors, open_window):
    window = open_window(actors["administrator"])
    window.show_page("users")
    page = window.pages["users"]

    def fill(dialog: UserDialog):
        dialog.username.setText("yanti")
        dialog.full_name.setText("Yanti Susanti")
        dialog.role.setCurrentIndex(dialog.role.findText("Treasurer"))
        dialog.password.setText("123")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.form.note("password").text() == "The password must have at least 6 characters."
        dialog.password.setText("bendahara99")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    when_modal(fill, UserDialog)
    qtbot.mouseClick(page.findChild(QPushButton, "new_user"), Qt.MouseButton.LeftButton)
    assert "yanti" in [u.username for u in page.model.rows]
    assert login("yanti", "bendahara99").role == "treasurer"


def test_settings_save_the_office_profile_and_extend_the_group_kinds(qtbot, actors, open_window):
    window = open_window(actors["administrator"])
    page = window.pages["settings"]
    page.name.setText("Koperasi Berdaya Cilincing")
    page.prefix.setText("kb")
    qtbot.keyClick(page.prefix, Qt.Key.Key_Return)
    assert office_profile().name == "Koperasi Berdaya Cilincing"
    assert office_profile().member_number_prefix == "KB"
    page.new_kind.setText("Kelompok Wanita Tani")
    qtbot.keyClick(page.new_kind, Qt.Key.Key_Return)
    assert "Kelompok Wanita Tani" in [name for _id, name in group_kinds()]
    page.prefix.setText("12")
    qtbot.keyClick(page.prefix, Qt.Key.Key_Return)
    assert page.form.note("member_number_prefix").text() == "The member number prefix must be 1 to 4 letters (A-Z)."
    assert office_profile().member_number_prefix == "KB"


def test_a_secretary_cannot_change_settings(actors, open_window):
    window = open_window(actors["secretary"])
    page = window.pages["settings"]
    assert page.name.isReadOnly()
    assert not page.findChild(QPushButton, "save_settings").isEnabled()

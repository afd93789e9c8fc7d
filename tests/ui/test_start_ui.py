"""The ways in: first start, the demo office, login, language, window memory, errors."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QTableWidget

from db.connection import close_database
from desktop.paths import app_paths
from tests.ui.conftest import when_modal
from ui.app import AppController
from ui.errors import show_unexpected
from ui.start import FirstAdministratorDialog, LoginDialog, WelcomeDialog


def test_first_start_creates_the_office_books_and_its_administrator(qtbot, tmp_path, english):
    paths = app_paths(tmp_path / "data")
    controller = AppController(paths, language="en")

    def admin(dialog: FirstAdministratorDialog):
        dialog.full_name.setText("Rina Marlina")
        dialog.username.setText("rina")
        dialog.password.setText("rahasia123")
        dialog.repeat.setText("rahasia12")
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
        assert dialog.form.note("repeat").text() == "The two passwords differ."
        dialog.repeat.setText("rahasia123")
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)

    def welcome(dialog: WelcomeDialog):
        when_modal(admin, FirstAdministratorDialog)
        qtbot.mouseClick(dialog.findChild(QPushButton, "own_books"), Qt.MouseButton.LeftButton)

    when_modal(welcome, WelcomeDialog)
    controller.start()
    window = controller.window
    assert paths.office_db.exists()
    assert window.findChild(QLabel, "status_user").text() == "User: Rina Marlina (Administrator)"
    assert str(paths.office_db) in window.findChild(QLabel, "status_database").text()
    assert "users" in window.pages
    window.close()
    close_database()


def test_the_demo_office_is_built_in_its_own_file_and_shows_its_accounts(qtbot, tmp_path, english):
    paths = app_paths(tmp_path / "data")
    controller = AppController(paths, language="en")
    seen = {}

    def log_in(dialog: LoginDialog):
        table = dialog.findChild(QTableWidget, "demo_accounts")
        seen["accounts"] = [table.item(r, 1).text() for r in range(table.rowCount())]
        row = seen["accounts"].index("sekretaris")
        seen["password"] = table.item(row, 2).text()
        table.cellDoubleClicked.emit(row, 0)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    when_modal(log_in, LoginDialog, tries=1500)
    controller.open_demo()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=30_000)
    window = controller.window
    assert paths.demo_db.exists() and not paths.office_db.exists()
    assert {"admin", "sekretaris", "bendahara", "pendamping", "ketua"} <= set(seen["accounts"])
    assert window.windowTitle().endswith("[DEMO]")
    assert "Secretary" in window.findChild(QLabel, "status_user").text()
    groups = window.pages["groups"].model.rows
    assert len(groups) >= 10
    assert sum(g.active_members for g in groups) >= 120
    window.close()
    close_database()


def test_wrong_password_is_told_beside_the_field(qtbot, books, english):
    dialog = LoginDialog("Kantor", str(books), False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("admin")
    dialog.password.setText("salah")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.form.note("password").text() == "Wrong user name or password."


def test_the_screen_is_indonesian_by_default_and_english_on_request(qtbot, actors, open_window, tmp_path):
    window = open_window(actors["administrator"])
    assert window.nav.item(0).text() == "Groups"
    controller = AppController(app_paths(tmp_path / "data"))
    assert controller.language == "id"
    controller.books = window.books
    controller.show_main(actors["administrator"])
    assert [controller.window.nav.item(i).text() for i in range(2)] == ["Kelompok", "Anggota"]
    controller.change_language("en", actors["administrator"])
    assert controller.window.nav.item(0).text() == "Groups"
    assert controller.settings.value("language") == "en"
    controller.window.close()


def test_window_geometry_and_page_are_remembered(qtbot, actors, open_window):
    window = open_window(actors["secretary"])
    # Qt's offscreen screen is 800 pixels square; stay inside it.
    window.resize(window.width(), 611)
    window.show_page("members")
    window.close()
    again = open_window(actors["secretary"])
    assert again.height() == 611
    assert again.stack.currentWidget() is again.pages["members"]


def test_an_unexpected_error_is_a_dialog_and_a_log_entry(qtbot, tmp_path, english):
    import logging

    from ui.errors import setup_logging

    log_file = tmp_path / "berdaya.log"
    setup_logging(log_file)
    shown = {}

    def read(box: QMessageBox):
        shown["text"], shown["details"] = box.text(), box.detailedText()
        box.accept()

    when_modal(read, QMessageBox)
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError:
        show_unexpected(*sys.exc_info(), log_file)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "What was already saved is safe" in shown["text"]
    assert str(log_file) in shown["text"]
    assert "ZeroDivisionError: boom" in shown["details"]
    assert "ZeroDivisionError: boom" in log_file.read_text(encoding="utf-8")
    assert QApplication.activeModalWidget() is None

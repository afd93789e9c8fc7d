"""The ways in: first start, the demo office, login and what it tells in the Today dialog,
language, window memory, errors."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton, QTableWidget

from db.connection import close_database, database
from db.models import AuditRecord, SavingsAccount
from desktop import approvals, backups
from desktop.approvals import ApprovalRequested
from desktop.errors import DomainError
from desktop.mentoring import FollowUpForm, VisitForm, record_visit
from desktop.paths import app_paths
from desktop.savings import deposit, reverse_entry
from tests.desktop.helpers import new_group, new_member
from tests.ui.conftest import when_modal
from tests.ui.test_backup_ui import Modals, controller_on, log_in
from ui import app as app_module
from ui import errors as errors_module
from ui.app import AppController
from ui.errors import show_unexpected
from ui.follow_ups import OverdueDialog
from ui.login_notices import BUSY_RETRY_MS, LoginNotices, TodayDialog
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


def test_an_administrator_is_told_everything_of_the_day_in_one_dialog(qtbot, books, actors, tmp_path, monkeypatch):
    secretary, treasurer, mentor = actors["secretary"], actors["treasurer"], actors["mentor"]
    group = new_group(secretary, mentor_id=mentor.id)
    today = dt.date.today()
    record_visit(mentor, VisitForm(group, today - dt.timedelta(days=20), mentor.id, "", "",
                                   [FollowUpForm("Isi buku kas", today - dt.timedelta(days=4))]))
    member = new_member(secretary, group, "Siti Aminah")
    account = SavingsAccount.get((SavingsAccount.member == member) & (SavingsAccount.product == 3)).id
    entry = deposit(treasurer, account, dt.date(2025, 3, 10), 250_000)
    approvals.set_required_actions(actors["administrator"], {"savings.reverse"})
    with pytest.raises(ApprovalRequested):
        reverse_entry(treasurer, entry, "salah anggota")
    usb = tmp_path / "usb"
    usb.mkdir()
    backups.set_backup_settings(actors["administrator"], str(usb), 10, 3)
    backups.make_backup(None, backups.REASON_DAILY, now=dt.datetime(2025, 3, 1, 17, 5))
    changed = AuditRecord.get(AuditRecord.action == "savings.deposit")
    database.execute_sql("UPDATE audit_record SET summary = 'setoran 25000' WHERE id = ?", (changed.id,))
    controller = controller_on(books, monkeypatch)
    monkeypatch.setattr(app_module, "daily_backup_due", lambda: False)
    modals, seen = Modals(), {}

    def today_dialog(dialog: TodayDialog):
        seen["dialog"] = dialog
        seen["lines"] = {key: (dialog.findChild(QLabel, f"today_{key}_title").text(), dialog.text_of(key),
                               dialog.findChild(QPushButton, f"today_{key}_button").text()) for key in dialog.keys()}

    when_modal(log_in("admin"), LoginDialog)
    controller.start()
    when_modal(today_dialog, TodayDialog, tries=1500)
    qtbot.waitUntil(lambda: "lines" in seen, timeout=30_000)
    dialog, lines = seen["dialog"], seen["lines"]
    assert list(lines) == ["check", "backup", "approvals", "follow_ups"]  # what stops work comes first
    assert lines["check"][0] == "The books need checking" and lines["check"][2] == "Check the books"
    assert f"records {changed.id} no longer match" in lines["check"][1]
    assert lines["backup"] == ("Time for a backup", f"The last backup in {usb} was made on 01/03/2025 17:05, more "
                               "than 3 days ago. A copy on a USB drive kept away from this computer saves the books "
                               "when the computer breaks or is stolen.", "Back up now")
    assert lines["approvals"] == ("Approvals", "1 request(s) wait for your approval.", "Open the approvals")
    assert lines["follow_ups"] == ("Follow-ups", "1 follow-up(s) agreed at mentoring visits are past their due date.",
                                   "Open the follow-ups")

    def overdue(listed: OverdueDialog):
        seen["overdue"] = [(r.group, r.text, r.days_overdue) for r in listed.model.rows]
        listed.reject()

    when_modal(overdue, OverdueDialog)
    dialog.findChild(QPushButton, "today_follow_ups_button").click()
    assert seen["overdue"] == [("KUBE Melati", "Isi buku kas", 4)] and dialog.isVisible()
    dialog.findChild(QPushButton, "today_approvals_button").click()
    modals.stop()
    assert not dialog.isVisible()
    assert controller.window.stack.currentWidget() is controller.window.pages["approvals"]
    # One dialog at login, where there were five boxes one after another.
    assert modals.seen == [("LoginDialog", "Log in"), ("TodayDialog", "Today"),
                           ("OverdueDialog", "Follow-ups past their due date")]
    controller.window.close()


def test_a_login_with_nothing_to_tell_shows_no_dialog(qtbot, books, actors, monkeypatch):
    controller = controller_on(books, monkeypatch)
    monkeypatch.setattr(app_module, "daily_backup_due", lambda: False)
    modals = Modals()
    when_modal(log_in("ketua"), LoginDialog)
    controller.start()
    qtbot.waitUntil(lambda: controller.notices is not None and controller.notices.shown, timeout=30_000)
    modals.stop()
    assert modals.seen == [("LoginDialog", "Log in")]
    controller.window.close()


def test_damaged_books_met_where_no_one_offers_a_way_out_are_said_to_be_damaged(qtbot, tmp_path, english,
                                                                               monkeypatch):
    monkeypatch.setattr(errors_module, "_on_damage", None)
    shown = {}

    def read(box: QMessageBox):
        shown.update(title=box.windowTitle(), text=box.text(), details=box.detailedText())
        box.accept()

    when_modal(read, QMessageBox)
    try:
        raise sqlite3.DatabaseError("database disk image is malformed")
    except sqlite3.DatabaseError:
        show_unexpected(*sys.exc_info(), tmp_path / "berdaya.log")
    qtbot.waitUntil(lambda: "text" in shown)
    assert shown == {"title": "The books are damaged", "details": "",
                     "text": "The books file is damaged (database disk image is malformed): parts of it cannot be "
                             "read. Do not go on working in it. Close Berdaya and start it again to restore the "
                             "last backup or open another file."}


def test_the_today_dialog_waits_until_the_user_is_out_of_a_form(qtbot, books, actors, open_window, tmp_path):
    window = open_window(actors["secretary"])
    settings = QSettings(str(tmp_path / "pc.ini"), QSettings.Format.IniFormat)
    notices = LoginNotices(window, actors["secretary"], settings, books, lambda _made: None, lambda _detail: None,
                           steps=("backup",))
    form = QDialog(window)  # opened by the user the moment the window showed
    form.setWindowTitle("New member")
    form.open()
    modals = Modals()
    notices.backup_ended(failed=DomainError("The disk E: is full."))
    qtbot.wait(2 * BUSY_RETRY_MS)
    waited = window.findChild(TodayDialog)
    form.accept()
    qtbot.waitUntil(lambda: window.findChild(TodayDialog) is not None)
    today = window.findChild(TodayDialog)
    modals.stop()
    assert waited is None
    assert modals.seen == [("TodayDialog", "Today")]
    assert today.keys() == ["backup"] and today.text_of("backup") == "The disk E: is full."
    today.accept()

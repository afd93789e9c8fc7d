"""Backups on screen: the Books menu (back up, restore, check), the settings box, the daily
backup and the reminder after login (lines of the Today dialog), the word after a broken audit
chain, and the backup on closing, whose troubles wait for the next login."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from db.connection import close_database, database
from db.models import AuditRecord, SavingsAccount
from desktop import backups
from desktop.books import current_books
from desktop.checks import ChainMark
from desktop.paths import app_paths
from desktop.savings import deposit
from tests.conftest import PASSWORD
from tests.desktop.helpers import new_group, new_member
from tests.ui.conftest import when_modal
from ui import app as app_module
from ui import backup_dialogs, login_notices
from ui.app import AppController
from ui.backup_dialogs import CheckReportDialog, RestoreConfirmDialog
from ui.backup_settings import BackupSettingsBox
from ui.login_notices import TodayDialog
from ui.start import LoginDialog

DAY = dt.date(2025, 3, 10)


@pytest.fixture
def sukarela(actors):
    """Siti's sukarela account holding Rp250.000."""
    member = new_member(actors["secretary"], new_group(actors["secretary"]), "Siti Aminah")
    account = SavingsAccount.get((SavingsAccount.member == member) & (SavingsAccount.product == 3)).id
    deposit(actors["treasurer"], account, DAY, 250_000)
    return account


def balance(account: int) -> int:
    return SavingsAccount.get_by_id(account).balance


def action(window, name: str) -> QAction | None:
    return window.findChild(QAction, name)


def answer_box(seen: list, then=None):
    """A handler that notes a message box's title and text, clicks its button, then arms *then*."""
    def handle(box: QMessageBox):
        seen.append((box.windowTitle(), box.text()))
        if then is not None:
            then()
        box.buttons()[0].click()
    return handle


def log_in(username: str):
    def handle(dialog: LoginDialog):
        dialog.username.setText(username)
        dialog.password.setText(PASSWORD)
        dialog.accept()
    return handle


class Modals(QObject):
    """Every dialog that shows modally, in turn, by its kind and title (progress left out)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, str]] = []
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow()
                and watched.isModal() and not isinstance(watched, QProgressDialog)):
            self.seen.append((type(watched).__name__, watched.windowTitle()))
        return False

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)


def controller_on(books: Path, monkeypatch) -> AppController:
    """The program with *books* as the last opened, the work after login started at once."""
    monkeypatch.setattr(app_module, "AFTER_LOGIN_MS", 0)
    settings = QSettings(str(books.parent / "berdaya.ini"), QSettings.Format.IniFormat)
    settings.setValue("books/last", str(books))
    settings.sync()
    close_database()
    controller = AppController(app_paths(books.parent), language="en")
    controller.quit = lambda: None
    return controller


def test_back_up_now_from_the_books_menu(qtbot, books, actors, open_window, sukarela):
    window = open_window(actors["treasurer"])
    seen = []
    when_modal(answer_box(seen), QMessageBox, tries=1500)
    action(window, "back_up_now").trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    made = list((books.parent / "backups").glob("kantor-*-manual.sqlite3"))
    assert len(made) == 1
    title, text = seen[0]
    assert title == "Backup made"
    assert text.startswith(f"The books were backed up to {made[0]} (") and text.endswith(" KB).")
    with closing(sqlite3.connect(made[0])) as copy:
        assert copy.execute("SELECT balance FROM savings_account WHERE id = ?", (sukarela,)).fetchone()[0] == 250_000
    assert action(window, "restore_backup") is None  # restoring is the administrator's


def test_restore_from_the_menu_asks_then_restores_and_asks_for_login_again(
        qtbot, books, actors, sukarela, monkeypatch):
    made = backups.make_backup(actors["treasurer"], now=dt.datetime(2026, 11, 20, 17, 0, 0))
    deposit(actors["treasurer"], sukarela, DAY, 100_000)
    controller = controller_on(books, monkeypatch)
    monkeypatch.setattr(app_module, "daily_backup_due", lambda: False)
    when_modal(log_in("admin"), LoginDialog)
    controller.start()
    window = controller.window
    assert window is not None
    monkeypatch.setattr(backup_dialogs.QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: (str(made.file.path), ""))
    seen = {}

    def restored(box: QMessageBox):
        seen["told"] = box.text()
        when_modal(log_in("admin"), LoginDialog)
        box.buttons()[0].click()

    def confirm(dialog: RestoreConfirmDialog):
        seen["heading"] = dialog.findChild(QLabel, "restore_heading").text()
        seen["holds"] = dialog.findChild(QLabel, "restore_holds").text()
        seen["what"] = dialog.findChild(QLabel, "restore_what").text()
        when_modal(restored, QMessageBox, tries=1500)
        dialog.findChild(QPushButton, "confirm_restore").click()

    when_modal(confirm, RestoreConfirmDialog, tries=1500)
    action(window, "restore_backup").trigger()
    qtbot.waitUntil(lambda: "told" in seen and controller.window is not None
                    and controller.window is not window, timeout=30_000)
    assert seen["heading"] == "Restore the backup of 20/11/2026 17:00?"
    assert seen["holds"] == ("It holds the books of Kantor Pemberdayaan Masyarakat — members: 1; "
                             "last money posted: 10/03/2025.")
    assert "The current books are backed up first" in seen["what"]
    kept = next((books.parent / "cadangan").glob("kantor-*-sebelum-pulih.sqlite3"))  # the app's folder
    assert seen["told"] == (f"The backup of 20/11/2026 17:00 is back in place as {books}.\n\n"
                            f"The books it replaced are kept as {kept}.\n\nLog in again to go on.")
    assert balance(sukarela) == 250_000
    with closing(sqlite3.connect(kept)) as old:
        assert old.execute("SELECT balance FROM savings_account WHERE id = ?", (sukarela,)).fetchone()[0] == 350_000
    controller.window.close()


def test_a_damaged_backup_chosen_from_the_menu_is_refused_and_nothing_changes(
        qtbot, books, actors, open_window, sukarela, monkeypatch, tmp_path):
    bad = tmp_path / "kantor-20261120-170000-manual.sqlite3"
    bad.write_bytes(books.read_bytes()[:4096] + b"\xff" * 40_000)
    monkeypatch.setattr(backup_dialogs.QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    window = open_window(actors["administrator"])
    seen = []
    when_modal(answer_box(seen), QMessageBox, tries=1500)
    action(window, "restore_backup").trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    assert seen[0][0] == "Cannot restore"
    assert seen[0][1].startswith(f"The backup {bad.name} is damaged (") and "cannot be restored" in seen[0][1]
    assert window.isVisible() and balance(sukarela) == 250_000
    assert not (books.parent / "backups").exists()


def test_check_the_books_shows_a_balance_changed_outside(qtbot, books, actors, open_window, sukarela):
    database.execute_sql("UPDATE savings_account SET balance = 999 WHERE id = ?", (sukarela,))
    window = open_window(actors["chair"])
    seen = {}

    def read(dialog: CheckReportDialog):
        seen["heading"] = dialog.findChild(QLabel, "check_heading").text()
        lines = dialog.lines
        seen["lines"] = [lines.item(i).text() for i in range(lines.count())]
        dialog.accept()

    when_modal(read, CheckReportDialog, tries=1500)
    action(window, "check_books").trigger()
    qtbot.waitUntil(lambda: "lines" in seen, timeout=30_000)
    assert seen["heading"] == "The books need attention: see the lines in red."
    assert seen["lines"][0] == "✔ The file is sound (SQLite's integrity check)."
    member = SavingsAccount.get_by_id(sukarela).member
    assert (f"✘ Savings account {sukarela} of {member.number} Siti Aminah: the balance is Rp999, "
            "its entries add up to Rp250.000.") in seen["lines"]


def test_the_settings_box_keeps_the_folder_and_numbers_and_backs_up(qtbot, books, actors, tmp_path):
    box = BackupSettingsBox(actors["administrator"])
    qtbot.addWidget(box)
    box.show()
    assert box.last.text() == "none yet"
    assert box.folder.placeholderText() == f"The program's own folder: {books.parent / 'backups'}"
    box.folder.setText(str(tmp_path / "E-drive"))
    box.keep.setValue(5)
    box.remind_days.setValue(7)
    box.save()
    assert box.form.note("folder").text().startswith(f"The folder {tmp_path / 'E-drive'} was not found.")
    usb = tmp_path / "usb"
    usb.mkdir()
    box.folder.setText(str(usb))
    box.save()
    assert box.saved.text() == "Saved."
    assert backups.backup_settings() == backups.BackupSettings(str(usb), 5, 7)
    seen = []
    when_modal(answer_box(seen), QMessageBox, tries=1500)
    box.findChild(QPushButton, "settings_back_up_now").click()
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    made = next(usb.glob("kantor-*-manual.sqlite3"))
    assert box.last.text().endswith(f"(made by hand), {backups.size_text(made.stat().st_size)} — {made}")
    treasurer = BackupSettingsBox(actors["treasurer"])
    qtbot.addWidget(treasurer)
    assert not treasurer.keep.isEnabled() and not treasurer.findChild(QPushButton, "save_backup_settings").isEnabled()
    assert treasurer.findChild(QPushButton, "settings_back_up_now").isEnabled()


def test_after_login_a_backup_that_fell_back_is_one_line_that_backs_up_once_the_drive_is_in(
        qtbot, books, actors, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()
    backups.set_backup_settings(actors["administrator"], str(usb), 10, 3)
    backups.make_backup(None, backups.REASON_DAILY, now=dt.datetime.now() - dt.timedelta(days=5))
    shutil.rmtree(usb)  # the USB drive stays at home today
    controller = controller_on(books, monkeypatch)
    modals, boxes, seen = Modals(), [], {}

    def today(dialog: TodayDialog):
        seen["dialog"], seen["keys"] = dialog, dialog.keys()
        seen["title"] = dialog.findChild(QLabel, "today_backup_title").text()
        seen["text"] = dialog.text_of("backup")
        dialog.findChild(QPushButton, "today_backup_button").click()  # the drive is still not in
        seen["still"] = dialog.text_of("backup")
        usb.mkdir()  # plugged in
        when_modal(answer_box(boxes), QMessageBox, tries=1500)
        dialog.findChild(QPushButton, "today_backup_button").click()

    when_modal(log_in("bendahara"), LoginDialog)
    controller.start()
    when_modal(today, TodayDialog, tries=1500)
    qtbot.waitUntil(lambda: "dialog" in seen and seen["dialog"].text_of("backup").startswith("Backed up"),
                    timeout=30_000)
    folder = books.parent / "cadangan"  # the program's own backup folder
    daily = next(folder.glob("kantor-*-harian.sqlite3"))
    manual = next(usb.glob("kantor-*-manual.sqlite3"))
    assert seen["keys"] == ["backup"]
    assert seen["title"] == "Today's backup is not on the USB drive"
    assert seen["text"] == (f"The folder {usb} was not found, so today's backup went to the program's own "
                            f"folder: {daily}. Plug in the USB drive, then choose Back up now to have a copy "
                            "off this computer.")
    assert seen["still"] == f"The folder {usb} is still not there. Plug in the USB drive, then choose Back up now again."
    assert boxes == [("Backup made", f"The books were backed up to {manual} "
                                     f"({backups.size_text(manual.stat().st_size)}).")]
    assert seen["dialog"].text_of("backup") == f"Backed up to {manual}."
    assert not seen["dialog"].findChild(QPushButton, "today_backup_button").isEnabled()
    # One word about the missing drive: no reminder after it, and no backup to the fallback
    # folder again while the drive was still out.
    modals.stop()
    assert modals.seen == [("LoginDialog", "Log in"), ("TodayDialog", "Today"), ("QMessageBox", "Backup made")]
    assert len(list(folder.glob("kantor-*"))) == 1
    assert not backups.daily_backup_due() and not backups.backup_overdue()
    seen["dialog"].accept()
    controller.window.close()


def test_without_a_daily_backup_due_an_old_backup_is_a_reminder_in_the_today_dialog(
        qtbot, books, actors, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()
    backups.set_backup_settings(actors["administrator"], str(usb), 10, 3)
    old = backups.make_backup(None, backups.REASON_DAILY, now=dt.datetime(2025, 3, 1, 17, 5))
    controller = controller_on(books, monkeypatch)
    monkeypatch.setattr(app_module, "daily_backup_due", lambda: False)
    seen = {}

    def today(dialog: TodayDialog):
        seen.update(keys=dialog.keys(), title=dialog.findChild(QLabel, "today_backup_title").text(),
                    text=dialog.text_of("backup"))
        dialog.accept()

    when_modal(log_in("sekretaris"), LoginDialog)
    controller.start()
    when_modal(today, TodayDialog, tries=1500)
    qtbot.waitUntil(lambda: "text" in seen, timeout=30_000)
    assert seen["keys"] == ["backup"] and seen["title"] == "Time for a backup"
    assert seen["text"] == (f"The last backup in {usb} was made on 01/03/2025 17:05, more than 3 days ago. "
                            "A copy on a USB drive kept away from this computer saves the books when the "
                            "computer breaks or is stolen.")
    assert old.file.path.exists()
    controller.window.close()


@pytest.mark.parametrize(("username", "details"), [("admin", True), ("bendahara", False)])
def test_a_broken_audit_chain_is_told_after_login(qtbot, books, actors, sukarela, monkeypatch, username, details):
    target = AuditRecord.get(AuditRecord.action == "savings.deposit")
    database.execute_sql("UPDATE audit_record SET summary = 'setoran 25000' WHERE id = ?", (target.id,))
    controller = controller_on(books, monkeypatch)
    monkeypatch.setattr(app_module, "daily_backup_due", lambda: False)
    seen = {}

    def read_report(report: CheckReportDialog):
        seen["report"] = report.findChild(QLabel, "check_heading").text()
        report.accept()

    def today(dialog: TodayDialog):
        seen.update(dialog=dialog, keys=dialog.keys(), title=dialog.findChild(QLabel, "today_check_title").text(),
                    text=dialog.text_of("check"), button=dialog.findChild(QPushButton, "today_check_button"))
        if seen["button"] is not None:
            when_modal(read_report, CheckReportDialog, tries=1500)
            seen["button"].click()

    when_modal(log_in(username), LoginDialog)
    controller.start()
    when_modal(today, TodayDialog, tries=1500)
    qtbot.waitUntil(lambda: "text" in seen and ("report" in seen or not details), timeout=30_000)
    assert seen["keys"] == ["check"] and seen["title"] == "The books need checking"
    if details:
        assert seen["text"].startswith(f"• The audit trail was changed outside the program: records {target.id} "
                                       "no longer match")
        assert seen["text"].endswith("\n\nCheck the books for the full report. If the books were changed outside "
                                     "Berdaya, restoring the last good backup may be needed.")
        assert seen["report"] == "The books need attention: see the lines in red."
    else:
        assert seen["text"] == ("The start-up check found a problem. Tell the administrator or the chair, and "
                                "keep a paper note of the money you record until it is sorted out.")
        assert seen["button"] is None
    seen["dialog"].accept()
    controller.window.close()


def test_closing_the_program_backs_up_the_books_worked_in(qtbot, books, actors, monkeypatch):
    controller = controller_on(books, monkeypatch)
    monkeypatch.setattr(app_module, "daily_backup_due", lambda: False)
    when_modal(log_in("sekretaris"), LoginDialog)
    controller.start()
    controller.window.close()
    controller.back_up_on_close()
    made = list((books.parent / "cadangan").glob("kantor-*-tutup.sqlite3"))
    assert len(made) == 1 and current_books() is not None
    assert QSettings(str(books.parent / "berdaya.ini"), QSettings.Format.IniFormat).value(
        "backup/folder") == str(made[0].parent)


def test_a_backup_made_by_a_computer_whose_clock_is_behind_says_so(qtbot, books, actors, open_window):
    backups.make_backup(None, backups.REASON_DAILY, now=dt.datetime(2099, 12, 31, 23, 59, 0))
    window = open_window(actors["treasurer"])
    seen, icons = [], []

    def handle(box: QMessageBox):
        icons.append(box.icon())
        answer_box(seen)(box)

    when_modal(handle, QMessageBox, tries=1500)
    action(window, "back_up_now").trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    title, text = seen[0]
    assert title == "Backup made" and icons == [QMessageBox.Icon.Warning]
    assert (f"The date of this computer looks wrong: the backup just made is dated "
            f"{dt.datetime.now():%d/%m/%Y} ") in text
    assert f"but a backup dated 31/12/2099 23:59 is already in {books.parent / 'backups'}." in text


def test_the_start_up_check_keeps_this_pc_s_mark_and_walks_from_it_next_time(
        qtbot, books, actors, sukarela, monkeypatch):
    controller = controller_on(books, monkeypatch)
    monkeypatch.setattr(app_module, "daily_backup_due", lambda: False)
    walked = []
    real = login_notices.quick_check_books

    def spy(mark=None, now=None):
        report = real(mark, now)
        walked.append((mark, report))
        return report

    monkeypatch.setattr(login_notices, "quick_check_books", spy)
    key = login_notices.books_key("audit_chain", books)
    when_modal(log_in("bendahara"), LoginDialog)
    controller.start()
    qtbot.waitUntil(lambda: controller.settings.value(key) is not None, timeout=30_000)
    first_mark, first = walked[0]
    assert first_mark is None and first.ok and first.walked_from is None
    assert ChainMark.from_text(controller.settings.value(key)) == first.mark
    newest = AuditRecord.select().order_by(AuditRecord.id.desc()).first()
    assert (first.mark.record_id, first.mark.hash) == (newest.id, newest.hash)
    when_modal(log_in("bendahara"), LoginDialog)
    controller.log_out()
    qtbot.waitUntil(lambda: len(walked) == 2, timeout=30_000)
    second_mark, second = walked[1]
    assert second_mark == first.mark and second.walked_from == first.mark and second.ok
    assert second.chain.checked == AuditRecord.select().count() - newest.id  # the login's own records
    controller.window.close()


def test_saving_the_approvals_keeps_what_was_typed_in_the_backup_settings(qtbot, books, actors, open_window,
                                                                         tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    window = open_window(actors["administrator"])
    window.show_page("settings")
    box = window.findChild(BackupSettingsBox)
    box.folder.setText(str(usb))
    box.keep.setValue(5)
    box.remind_days.setValue(7)
    window.findChild(QCheckBox, "approval_savings.reverse").setChecked(True)
    window.findChild(QPushButton, "save_approvals").click()  # just below: "settings" changed
    assert (box.folder.text(), box.keep.value(), box.remind_days.value()) == (str(usb), 5, 7)
    assert box.folder.placeholderText() == f"The program's own folder: {books.parent / 'backups'}"
    assert backups.backup_settings() == backups.BackupSettings("", 10, 3)  # not saved yet: the defaults
    box.findChild(QPushButton, "save_backup_settings").click()
    assert box.saved.text() == "Saved."
    assert backups.backup_settings() == backups.BackupSettings(str(usb), 5, 7)


def test_a_backup_on_closing_that_fell_back_is_told_at_the_next_login_not_after_the_window(
        qtbot, books, actors, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()
    backups.set_backup_settings(actors["administrator"], str(usb), 10, 3)
    shutil.rmtree(usb)  # taken out before closing
    controller = controller_on(books, monkeypatch)
    monkeypatch.setattr(app_module, "daily_backup_due", lambda: False)
    when_modal(log_in("sekretaris"), LoginDialog)
    controller.start()
    controller.window.close()
    modals = Modals()
    controller.back_up_on_close()
    modals.stop()
    closed = next((books.parent / "cadangan").glob("kantor-*-tutup.sqlite3"))
    assert modals.seen == []  # nothing keeps the program (or the computer's shutdown) waiting
    settings = QSettings(str(books.parent / "berdaya.ini"), QSettings.Format.IniFormat)
    note = json.loads(settings.value(login_notices.books_key("closing_note", books)))
    assert (note["kind"], note["wanted"], note["file"]) == ("fell_back", str(usb), str(closed))
    # The next day: the next login is told, once.
    again = controller_on(books, monkeypatch)
    seen = {}

    def today(dialog: TodayDialog):
        seen.update(keys=dialog.keys(), title=dialog.findChild(QLabel, "today_backup_title").text(),
                    text=dialog.text_of("backup"))
        dialog.accept()

    when_modal(log_in("bendahara"), LoginDialog)
    again.start()
    when_modal(today, TodayDialog, tries=1500)
    qtbot.waitUntil(lambda: "text" in seen, timeout=30_000)
    at = dt.datetime.fromisoformat(note["at"])
    assert seen["keys"] == ["backup"] and seen["title"] == "The backup on closing is not on the USB drive"
    assert seen["text"] == (f"When Berdaya closed on {at:%d/%m/%Y %H:%M}, the folder {usb} was not found, so the "
                            f"backup went to the program's own folder: {closed}. Plug in the USB drive, then "
                            "choose Back up now.")
    settings.sync()
    assert settings.value(login_notices.books_key("closing_note", books)) is None
    again.window.close()

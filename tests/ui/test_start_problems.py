"""Books that cannot be opened at start: each problem says what is wrong and how to put it
right, and each way out (try again, restore the last backup, open another file, quit) works.
Never an empty database in place of the office's file."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from db.connection import close_database
from db.migrations import CURRENT_VERSION
from db.models import SavingsAccount, User
from desktop import books as books_module
from desktop.auth import actor_of
from desktop.backups import REASON_DAILY, make_backup
from desktop.books import open_books
from desktop.paths import app_paths
from desktop.savings import deposit
from tests.conftest import PASSWORD
from tests.desktop.helpers import new_group, new_member
from tests.ui.conftest import when_modal
from tests.ui.test_backup_ui import Modals
from ui import app as app_module
from ui import errors as errors_module
from ui.app import AppController
from ui.backup_dialogs import RestoreConfirmDialog
from ui.errors import install_excepthook
from ui.start import FirstAdministratorDialog, LoginDialog, WelcomeDialog
from ui.start_problems import StartProblemDialog


class DiskUsage:
    def __init__(self, free: int) -> None:
        self.total, self.used, self.free = 10**9, 10**9 - free, free


def members_in(path: Path) -> int:
    with closing(sqlite3.connect(path)) as con:
        return con.execute("SELECT count(*) FROM member").fetchone()[0]


@pytest.fixture
def data(tmp_path) -> Path:
    return tmp_path / "data"


def controller_for(data: Path, last: Path) -> AppController:
    """The program on a PC whose last books were *last*; quitting is only noted."""
    data.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(data / "berdaya.ini"), QSettings.Format.IniFormat)
    settings.setValue("books/last", str(last))
    settings.sync()
    controller = AppController(app_paths(data), language="en")
    controller.quits = []
    controller.quit = lambda: controller.quits.append(True)
    return controller


def read(dialog: StartProblemDialog) -> dict:
    return {"heading": dialog.findChild(QLabel, "problem_heading").text(),
            "text": dialog.findChild(QLabel, "problem_text").text(),
            "buttons": [b.objectName() for b in dialog.findChildren(QPushButton)]}


def click(dialog, name: str) -> None:
    dialog.findChild(QPushButton, name).click()


def log_in_as_admin(dialog: LoginDialog) -> None:
    dialog.username.setText("admin")
    dialog.password.setText(PASSWORD)
    dialog.accept()


def test_books_on_a_usb_drive_not_plugged_in_wait_for_it(qtbot, data, tmp_path, template_books):
    usb = tmp_path / "usb"
    books = usb / "kantor.sqlite3"
    controller = controller_for(data, books)
    seen = {}

    def plug_in_and_retry(dialog: StartProblemDialog):
        seen.update(read(dialog))
        seen["note"] = dialog.findChild(QLabel, "no_restore").text()
        usb.mkdir()
        shutil.copy(template_books, books)
        when_modal(log_in_as_admin, LoginDialog)
        click(dialog, "retry")

    when_modal(plug_in_and_retry, StartProblemDialog)
    controller.start()
    assert seen["heading"] == "The books were not found"
    assert seen["text"].startswith(f"The books {books} were not found. If they are on a USB drive")
    assert seen["buttons"] == ["retry", "open_other", "new_books", "quit"]  # nothing to restore into yet
    assert seen["note"] == "No backup of these books was found in the backup folders."
    assert controller.window is not None and str(books) in controller.window.books.path.as_posix()
    controller.window.close()
    close_database()


def test_quitting_at_a_missing_file_creates_nothing(qtbot, data, tmp_path):
    books = tmp_path / "usb" / "kantor.sqlite3"
    controller = controller_for(data, books)
    when_modal(lambda dialog: click(dialog, "quit"), StartProblemDialog)
    controller.start()
    assert controller.quits == [True]
    assert not books.exists() and not books.parent.exists()
    assert not (data / "kantor.sqlite3").exists()


def test_damaged_books_are_replaced_by_the_last_backup_and_kept_aside(qtbot, data, template_books):
    # The backup of 20/11 holds one member; the books themselves are now noise.
    folder = data / "cadangan"
    folder.mkdir(parents=True)
    source = folder / "source.sqlite3"
    shutil.copy(template_books, source)
    open_books(source, folder)
    secretary = actor_of(User.get(User.username == "sekretaris"))
    new_member(secretary, new_group(secretary), "Siti Aminah")
    close_database()
    backup = folder / "kantor-20261120-170000-harian.sqlite3"
    source.rename(backup)
    books = data / "kantor.sqlite3"
    books.write_bytes(b"the disk failed here " * 2000)
    controller = controller_for(data, books)
    seen = {}

    def told(box: QMessageBox):
        seen["restored"] = box.text()
        when_modal(log_in_as_admin, LoginDialog)
        box.buttons()[0].click()

    def confirm(dialog: RestoreConfirmDialog):
        seen["confirm"] = dialog.findChild(QLabel, "restore_heading").text()
        seen["holds"] = dialog.findChild(QLabel, "restore_holds").text()
        when_modal(told, QMessageBox, tries=1500)
        click(dialog, "confirm_restore")

    def restore(dialog: StartProblemDialog):
        seen.update(read(dialog))
        seen["restore"] = dialog.findChild(QPushButton, "restore").text()
        when_modal(confirm, RestoreConfirmDialog, tries=1500)
        click(dialog, "restore")

    when_modal(restore, StartProblemDialog)
    controller.start()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=30_000)
    assert seen["heading"] == "The books are damaged"
    assert "damaged or is not a database" in seen["text"]
    assert seen["buttons"] == ["restore", "open_other", "new_books", "quit"]
    assert seen["restore"] == "Restore the backup of 20/11/2026 17:00"
    assert seen["confirm"] == "Restore the backup of 20/11/2026 17:00?"
    assert seen["holds"] == ("It holds the books of Kantor Pemberdayaan Masyarakat — members: 1; "
                             "last money posted: none yet.")
    assert f"is back in place as {books}" in seen["restored"]
    assert members_in(books) == 1
    kept = next(folder.glob("kantor-*-sebelum-pulih.sqlite3"))
    assert kept.read_bytes().startswith(b"the disk failed here")
    assert backup.exists()  # the backup itself stays
    controller.window.close()
    close_database()


@pytest.mark.parametrize(("kind", "heading", "phrase", "buttons"), [
    ("newer", "The books are from a newer version of Berdaya",
     f"this program reads up to {CURRENT_VERSION}). Install the newer version", ["open_other", "new_books", "quit"]),
    ("foreign", "This file is not Berdaya books", "is a database of another program", ["open_other", "new_books", "quit"]),
    ("read_only", "The books cannot be written", "read-only (a write-protected USB drive",
     ["retry", "open_other", "new_books", "quit"]),
    ("disk_full", "The disk is full", "is full: only 5,0 MB is free. Delete files",
     ["retry", "open_other", "new_books", "quit"]),
    ("full_while_migrating", "The disk is full", "is full: only", ["retry", "open_other", "new_books", "quit"]),
    ("empty", "The books are damaged", "is damaged or is not a database", ["open_other", "new_books", "quit"]),
])
def test_each_problem_says_what_is_wrong_and_offers_its_ways_out(qtbot, data, template_books, monkeypatch,
                                                                 kind, heading, phrase, buttons):
    books = data / "kantor.sqlite3"
    data.mkdir()
    shutil.copy(template_books, books)
    if kind == "newer":
        with closing(sqlite3.connect(books)) as con, con:
            con.execute("INSERT INTO schema_version (version, description, applied_at) "
                        "VALUES (?, 'future', '2030-01-01')", (CURRENT_VERSION + 2,))
    elif kind == "foreign":
        books.unlink()
        with closing(sqlite3.connect(books)) as con, con:
            con.execute("CREATE TABLE invoices (x)")
    elif kind == "read_only":
        def refuse(*_args, **_kwargs):
            raise PermissionError(13, "Read-only file system")
        monkeypatch.setattr(books_module.tempfile, "TemporaryFile", refuse)
    elif kind == "empty":  # a copy that went wrong: not new books in the office's place
        books.write_bytes(b"")
    elif kind == "disk_full":
        monkeypatch.setattr(books_module.shutil, "disk_usage", lambda _p: DiskUsage(5 * 1024 * 1024))
    else:
        def full(*_args):
            raise sqlite3.OperationalError("database or disk is full")
        monkeypatch.setattr(books_module, "migrate", full)
    before = books.read_bytes()
    controller = controller_for(data, books)
    seen = {}

    def look_and_quit(dialog: StartProblemDialog):
        seen.update(read(dialog))
        click(dialog, "quit")

    when_modal(look_and_quit, StartProblemDialog)
    controller.start()
    assert seen["heading"] == heading
    assert phrase in seen["text"] and str(books) in seen["text"]
    assert seen["buttons"] == buttons
    assert controller.quits == [True]
    assert books.read_bytes() == before  # the file is left exactly as it was


def test_a_read_only_folder_opens_once_the_protection_is_removed(qtbot, data, template_books, monkeypatch):
    books = data / "kantor.sqlite3"
    data.mkdir()
    shutil.copy(template_books, books)
    real = books_module.tempfile.TemporaryFile
    protected = [True]

    def maybe_refuse(*args, **kwargs):
        if protected[0]:
            raise PermissionError(13, "Read-only file system")
        return real(*args, **kwargs)

    monkeypatch.setattr(books_module.tempfile, "TemporaryFile", maybe_refuse)
    controller = controller_for(data, books)

    def unprotect_and_retry(dialog: StartProblemDialog):
        protected[0] = False
        when_modal(log_in_as_admin, LoginDialog)
        click(dialog, "retry")

    when_modal(unprotect_and_retry, StartProblemDialog)
    controller.start()
    assert controller.window is not None and controller.window.books.path == books
    controller.window.close()
    close_database()


def test_open_another_file_opens_an_existing_file_and_never_creates_one(qtbot, data, tmp_path, template_books,
                                                                       monkeypatch):
    foreign = data / "kantor.sqlite3"
    data.mkdir()
    with closing(sqlite3.connect(foreign)) as con, con:
        con.execute("CREATE TABLE invoices (x)")
    good = tmp_path / "cabang.sqlite3"
    shutil.copy(template_books, good)
    asked = []
    monkeypatch.setattr(app_module.QFileDialog, "getOpenFileName",
                        lambda _parent, title, *_a, **_k: asked.append(("open", title)) or (str(good), ""))
    monkeypatch.setattr(app_module.QFileDialog, "getSaveFileName",
                        lambda _parent, title, *_a, **_k: asked.append(("save", title)) or ("", ""))
    controller = controller_for(data, foreign)

    def other(dialog: StartProblemDialog):
        when_modal(log_in_as_admin, LoginDialog)
        click(dialog, "open_other")

    when_modal(other, StartProblemDialog)
    controller.start()
    assert asked == [("open", "Open books")]  # an Open dialog: a name typed there must exist
    assert controller.window.books.path == good
    assert QSettings(str(data / "berdaya.ini"), QSettings.Format.IniFormat).value("books/last") == str(good)
    controller.window.close()
    close_database()


def test_new_books_are_a_choice_of_their_own_that_says_they_are_empty(qtbot, data, tmp_path, monkeypatch):
    missing = tmp_path / "usb" / "kantor.sqlite3"
    fresh = data / "kantor-baru.sqlite3"
    asked = []
    monkeypatch.setattr(app_module.QFileDialog, "getSaveFileName",
                        lambda _parent, title, start, *_a, **_k: asked.append((title, start)) or (str(fresh), ""))
    controller = controller_for(data, missing)
    seen = {}

    def administrator(dialog: FirstAdministratorDialog):
        dialog.full_name.setText("Rina Marlina")
        dialog.username.setText("rina")
        dialog.password.setText(PASSWORD)
        dialog.repeat.setText(PASSWORD)
        dialog.accept()

    def new(dialog: StartProblemDialog):
        seen["note"] = dialog.findChild(QLabel, "new_books_note").text()
        seen["button"] = dialog.findChild(QPushButton, "new_books").text()
        when_modal(administrator, FirstAdministratorDialog)
        click(dialog, "new_books")

    when_modal(new, StartProblemDialog)
    controller.start()
    assert seen["button"] == "Start new books…"
    assert seen["note"] == "New books are empty: none of the office's groups, members or money is in them."
    assert asked == [("Start new books", str(fresh))]
    assert controller.window.books.path == fresh and members_in(fresh) == 0
    assert not missing.exists()  # the office's own books were left alone
    controller.window.close()
    close_database()


def test_books_named_on_the_command_line_that_are_not_there_are_not_created_silently(qtbot, data, tmp_path):
    missing = tmp_path / "kas.sqlite3"
    data.mkdir()
    controller = AppController(app_paths(data), missing, language="en")
    controller.quit = lambda: None
    seen = {}

    def look(dialog: WelcomeDialog):
        seen["where"] = [label.text() for label in dialog.findChildren(QLabel) if str(missing) in label.text()]
        dialog.reject()

    when_modal(look, WelcomeDialog)
    controller.start()
    assert seen["where"] and not missing.exists()  # the welcome asked first


def damage(books: Path, table: str) -> None:
    """Overwrite the pages of *table* in the closed file *books*, as a failing disk would: the
    file still opens, and SQLite finds the damage when that table is read."""
    with closing(sqlite3.connect(books)) as con:
        pages = [row[0] for row in con.execute("SELECT pageno FROM dbstat WHERE name = ?", (table,))]
        size = con.execute("PRAGMA page_size").fetchone()[0]
    with open(books, "r+b") as file:
        for page in pages:
            file.seek((page - 1) * size)
            file.write(b"\xa5" * size)


@pytest.fixture
def office(books, actors, monkeypatch) -> AppController:
    """Siti's savings with three deposits, backed up on 20/11/2026 into the program's folder;
    then the program on this PC, the work after login started at once."""
    secretary, treasurer = actors["secretary"], actors["treasurer"]
    member = new_member(secretary, new_group(secretary), "Siti Aminah")
    account = SavingsAccount.get((SavingsAccount.member == member) & (SavingsAccount.product == 3)).id
    for amount in (10_000, 20_000, 30_000):
        deposit(treasurer, account, dt.date(2025, 3, 10), amount)
    folder = books.parent / "cadangan"  # the program's own
    folder.mkdir()
    make_backup(None, REASON_DAILY, to=folder, now=dt.datetime(2026, 11, 20, 17, 0))
    monkeypatch.setattr(app_module, "AFTER_LOGIN_MS", 0)
    close_database()
    controller = controller_for(books.parent, books)
    monkeypatch.setattr(errors_module, "_on_damage", None)
    return controller


def test_books_damaged_inside_are_found_after_login_and_the_last_backup_put_back(qtbot, books, office):
    damage(books, "savings_entry")  # opens, logs in; the entries of money are unreadable
    seen = {}

    def told(box: QMessageBox):
        seen["restored"] = box.text()
        when_modal(log_in_as_admin, LoginDialog)
        box.buttons()[0].click()

    def confirm(dialog: RestoreConfirmDialog):
        when_modal(told, QMessageBox, tries=1500)
        click(dialog, "confirm_restore")

    def restore(dialog: StartProblemDialog):
        seen["window_open"] = office.window is not None
        seen.update(read(dialog))
        when_modal(confirm, RestoreConfirmDialog, tries=1500)
        click(dialog, "restore")

    when_modal(log_in_as_admin, LoginDialog)
    office.start()
    first = office.window
    when_modal(restore, StartProblemDialog, tries=1500)
    qtbot.waitUntil(lambda: "restored" in seen and office.window is not None and office.window is not first,
                    timeout=30_000)
    assert not seen["window_open"]  # the work in the damaged books ended first
    assert seen["heading"] == "The books are damaged"
    assert seen["text"] == (f"The file {books} is damaged inside (database disk image is malformed): parts of "
                            "the books cannot be read, and working on in them could lose records. Restore the last "
                            "backup (the damaged file is kept aside), or open another file.")
    assert seen["buttons"] == ["restore", "open_other", "new_books", "quit"]
    kept = next((books.parent / "cadangan").glob("kantor-*-sebelum-pulih.sqlite3"))
    assert f"is back in place as {books}" in seen["restored"] and str(kept) in seen["restored"]
    with closing(sqlite3.connect(books)) as con:
        # The three deposits of the backup, Rp10.000 + Rp20.000 + Rp30.000, read whole again.
        assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert con.execute("SELECT sum(amount) FROM savings_entry").fetchone()[0] == 60_000
    office.window.close()
    close_database()


@pytest.mark.qt_no_exception_capture
def test_a_page_meeting_damaged_books_offers_the_ways_out_not_an_error(qtbot, books, office, monkeypatch, caplog):
    damage(books, "savings_account")  # the settings page reads the products' accounts as it opens
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(office.paths.log_file)
    modals, seen = Modals(), {}

    def look_and_quit(dialog: StartProblemDialog):
        seen.update(read(dialog))
        click(dialog, "quit")

    when_modal(log_in_as_admin, LoginDialog)
    QTimer.singleShot(0, office.start)  # as the program starts itself: errors reach its handler
    when_modal(look_and_quit, StartProblemDialog, tries=1500)
    qtbot.waitUntil(lambda: office.quits == [True], timeout=30_000)
    modals.stop()
    assert seen["heading"] == "The books are damaged"
    assert seen["text"].startswith(f"The file {books} is damaged inside (database disk image is malformed)")
    assert seen["buttons"] == ["restore", "open_other", "new_books", "quit"]
    assert modals.seen == [("LoginDialog", "Log in"), ("StartProblemDialog", "Cannot open the books")]
    assert office.window is None and office.books is None
    assert f"the books {books} are damaged: database disk image is malformed" in caplog.text  # and the trace
    assert "in list_products" in caplog.text

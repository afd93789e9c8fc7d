"""The command line for scheduled tasks: main.py backup, restore and check, run as the office's
scheduler would run them, with their output and exit codes."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from db.connection import close_database
from db.migrations import CURRENT_VERSION
from db.models import SavingsAccount
from desktop.books import open_books
from desktop.savings import deposit
from main import parse_args
from tests.desktop.helpers import new_group, new_member

ROOT = Path(__file__).resolve().parent.parent
DAY = dt.date(2025, 3, 10)


def berdaya(*args: str, answer: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, input=answer, timeout=300, cwd=ROOT)


def balance_in(path: Path, account: int) -> int:
    with closing(sqlite3.connect(path)) as con:  # closed at once: an open reader blocks a restore
        return con.execute("SELECT balance FROM savings_account WHERE id = ?", (account,)).fetchone()[0]


@pytest.fixture
def office(books, actors, tmp_path):
    """The books at kantor.sqlite3 in the data folder, with Siti's sukarela at Rp250.000,
    closed so that the tasks find them as the scheduler would."""
    member = new_member(actors["secretary"], new_group(actors["secretary"]), "Siti Aminah")
    account = SavingsAccount.get((SavingsAccount.member == member) & (SavingsAccount.product == 3)).id
    deposit(actors["treasurer"], account, DAY, 250_000)
    number = SavingsAccount.get_by_id(account).member.number
    close_database()
    return {"data": tmp_path, "books": books, "account": account, "actors": actors, "number": number}


def add_deposit(office, amount: int) -> None:
    open_books(office["books"], office["data"] / "cadangan")
    deposit(office["actors"]["treasurer"], office["account"], DAY, amount)
    close_database()


def test_backup_writes_a_verified_copy_into_the_backup_folder(office):
    data = office["data"]
    result = berdaya("backup", "--data-dir", str(data), "--lang", "en")
    assert result.returncode == 0, result.stderr
    made = list((data / "cadangan").glob("kantor-*-harian.sqlite3"))
    assert len(made) == 1
    assert result.stdout.startswith(f"Backup made: {made[0]} (")
    assert balance_in(made[0], office["account"]) == 250_000
    # The options may also stand before the task's name.
    again = berdaya("--data-dir", str(data), "--lang", "en", "backup")
    assert again.returncode == 0 and len(list((data / "cadangan").glob("kantor-*.sqlite3"))) == 2


def test_backup_to_a_missing_usb_drive_still_backs_up_and_exits_with_1(office, tmp_path):
    usb = tmp_path / "usb-drive"
    result = berdaya("backup", "--data-dir", str(office["data"]), "--to", str(usb), "--lang", "en")
    assert result.returncode == 1
    assert f"The folder {usb} was not found (is the USB drive plugged in?)" in result.stderr
    assert len(list((office["data"] / "cadangan").glob("kantor-*-harian.sqlite3"))) == 1


def test_books_that_are_not_there_exit_with_2_and_are_not_created(tmp_path):
    missing = tmp_path / "usb" / "kantor.sqlite3"
    for task in ("backup", "check"):
        result = berdaya(task, "--data-dir", str(tmp_path), "--db", str(missing), "--lang", "en")
        assert result.returncode == 2
        assert f"The books {missing} were not found." in result.stderr
    assert not missing.exists() and not missing.parent.exists()


def test_check_passes_clean_books_and_names_a_balance_changed_outside(office):
    data = office["data"]
    clean = berdaya("check", "--data-dir", str(data), "--lang", "en")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert clean.stdout.splitlines()[0] == "[ok] The file is sound (SQLite's integrity check)."
    assert "[ok] Every savings balance equals its entries (3 accounts)." in clean.stdout
    with sqlite3.connect(office["books"]) as con:
        con.execute("UPDATE savings_account SET balance = 2500000 WHERE id = ?", (office["account"],))
    tampered = berdaya("check", "--data-dir", str(data), "--lang", "en")
    assert tampered.returncode == 1
    assert (f"[!!] Savings account {office['account']} of {office['number']} Siti Aminah: the balance is "
            "Rp2.500.000, its entries add up to Rp250.000.") in tampered.stdout.splitlines()


def test_check_opens_the_books_opened_last(office, tmp_path):
    other = tmp_path / "lain" / "cabang.sqlite3"
    other.parent.mkdir()
    other.write_bytes(office["books"].read_bytes())
    settings = QSettings(str(tmp_path / "berdaya.ini"), QSettings.Format.IniFormat)
    settings.setValue("books/last", str(other))
    settings.sync()
    with sqlite3.connect(office["books"]) as con:  # the office's own books are spoilt, not these
        con.execute("UPDATE savings_account SET balance = 1 WHERE id = ?", (office["account"],))
    result = berdaya("check", "--data-dir", str(tmp_path), "--lang", "en")
    assert result.returncode == 0, result.stdout


def test_restore_asks_first_then_puts_the_backup_in_place(office):
    data, books = office["data"], office["books"]
    assert berdaya("backup", "--data-dir", str(data)).returncode == 0
    backup = next((data / "cadangan").glob("kantor-*-harian.sqlite3"))
    add_deposit(office, 100_000)
    assert balance_in(books, office["account"]) == 350_000
    refused = berdaya("restore", str(backup), "--data-dir", str(data), "--lang", "en", answer="n\n")
    assert refused.returncode == 1
    assert "(members: 1; last money posted: 10/03/2025) in place of the books" in refused.stdout
    assert "Nothing was restored." in refused.stderr
    assert balance_in(books, office["account"]) == 350_000
    done = berdaya("restore", str(backup), "--data-dir", str(data), "--lang", "en", answer="ya\n")
    assert done.returncode == 0, done.stderr
    assert f"into {books}." in done.stdout
    assert balance_in(books, office["account"]) == 250_000
    kept = next((data / "cadangan").glob("kantor-*-sebelum-pulih.sqlite3"))
    assert f"The books as they were before are kept as {kept}." in done.stdout
    assert balance_in(kept, office["account"]) == 350_000


def test_restore_refuses_a_damaged_backup_and_a_missing_one(office, tmp_path):
    data, books = office["data"], office["books"]
    damaged = tmp_path / "kantor-20261120-170000-manual.sqlite3"
    damaged.write_bytes(books.read_bytes()[:4096] + b"\x00\xff" * 20000)
    result = berdaya("restore", str(damaged), "--data-dir", str(data), "--yes", "--lang", "en")
    assert result.returncode == 1
    assert "is damaged" in result.stderr and "cannot be restored" in result.stderr
    assert balance_in(books, office["account"]) == 250_000
    assert not list((data / "cadangan").glob("*sebelum-pulih*"))
    missing = berdaya("restore", str(tmp_path / "nowhere.sqlite3"), "--data-dir", str(data), "--yes", "--lang", "en")
    assert missing.returncode == 2 and "was not found" in missing.stderr


def test_without_a_task_the_program_starts_as_before():
    args = parse_args(["--db", "kas.sqlite3", "--lang", "en"])
    assert (args.command, args.db, args.lang) == (None, Path("kas.sqlite3"), "en")
    args = parse_args(["restore", "x.sqlite3", "--yes", "--db", "kas.sqlite3"])
    assert (args.command, args.file, args.yes, args.db, args.data_dir) == (
        "restore", Path("x.sqlite3"), True, Path("kas.sqlite3"), None)


def test_backup_and_check_take_older_books_as_they_are_and_restore_brings_them_up_to_date(office):
    from tests.db.test_migrations import make_version_6, version_in

    data, books = office["data"], office["books"]
    open_books(books, data / "cadangan")
    make_version_6()  # books a PC still on the older program works in
    backup = berdaya("backup", "--data-dir", str(data), "--lang", "en")
    assert backup.returncode == 0, backup.stderr
    made = next((data / "cadangan").glob("kantor-*-harian.sqlite3"))
    assert version_in(books) == 6 and version_in(made) == 6
    assert balance_in(made, office["account"]) == 250_000
    check = berdaya("check", "--data-dir", str(data), "--lang", "en")
    assert check.returncode == 1
    assert check.stdout.splitlines() == [
        "[ok] The file is sound (SQLite's integrity check).",
        "[ok] Every record points at records that exist.",
        f"[!!] These books are of version 6, older than this program (version {CURRENT_VERSION}): only the file "
        "itself was checked, and nothing in the books was changed. Open them in Berdaya to bring them up to "
        "date, then check them again.",
    ]
    assert version_in(books) == 6
    with closing(sqlite3.connect(books)) as con:
        assert "hash" not in [c[1] for c in con.execute("PRAGMA table_info(audit_record)")]
    # A restore opens the books it put back as the program does: brought up to date.
    restore = berdaya("restore", str(made), "--data-dir", str(data), "--yes", "--lang", "en")
    assert restore.returncode == 0, restore.stderr
    assert version_in(books) == CURRENT_VERSION
    kept = next((data / "cadangan").glob("kantor-*-sebelum-pulih.sqlite3"))
    assert version_in(kept) == 6


def test_a_backup_dated_before_the_others_says_the_clock_looks_wrong(office):
    data = office["data"]
    future = data / "cadangan" / "kantor-20991231-235959-harian.sqlite3"
    assert berdaya("backup", "--data-dir", str(data)).returncode == 0
    next((data / "cadangan").glob("kantor-*-harian.sqlite3")).rename(future)
    result = berdaya("backup", "--data-dir", str(data), "--lang", "en")
    assert result.returncode == 1
    assert "The date of this computer looks wrong: the backup just made is dated " in result.stderr
    assert "but a backup dated 31/12/2099 23:59 is already in" in result.stderr
    assert len(list((data / "cadangan").glob("kantor-*-harian.sqlite3"))) == 2

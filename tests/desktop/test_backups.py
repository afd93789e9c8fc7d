"""Backups: verified copies named by time and reason, rotation, the fallback folder, a full
disk, the reminders, and restoring a backup in the place of the books."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from db import backup as db_backup
from db.connection import close_database
from db.migrations import CURRENT_VERSION
from db.models import AuditRecord, SavingsAccount
from desktop import audit, backups
from desktop.books import current_books, open_books
from desktop.errors import DomainError, PermissionDenied, ValidationErrors
from desktop.savings import balance_check, deposit
from tests.desktop.helpers import new_group, new_member

DAY = dt.date(2025, 3, 10)


@pytest.fixture
def sukarela(actors):
    """Siti's sukarela account holding Rp250.000."""
    group = new_group(actors["secretary"])
    member = new_member(actors["secretary"], group, "Siti Aminah")
    account = SavingsAccount.get((SavingsAccount.member == member)
                                 & (SavingsAccount.product == 3)).id
    deposit(actors["treasurer"], account, DAY, 250_000)
    return account


def balance(account: int) -> int:
    return SavingsAccount.get_by_id(account).balance


def balance_in(path: Path, account: int) -> int:
    with closing(sqlite3.connect(path)) as con:  # closed at once: an open reader blocks a restore
        return con.execute("SELECT balance FROM savings_account WHERE id = ?", (account,)).fetchone()[0]


def folder_names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def damage(path: Path) -> None:
    """Overwrite the middle of a file with noise, as a failing USB stick might."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 8192] = b"\xde\xad\xbe\xef" * 2048
    path.write_bytes(bytes(data))


def test_a_manual_backup_is_a_verified_copy_named_by_time_and_reason(books, actors, sukarela):
    folder = books.parent / "backups"
    made = backups.make_backup(actors["secretary"], now=dt.datetime(2026, 11, 23, 17, 5, 9))
    assert made.file.path == folder / "kantor-20261123-170509-manual.sqlite3"
    assert folder_names(folder) == ["kantor-20261123-170509-manual.sqlite3"]  # no .part left
    assert balance_in(made.file.path, sukarela) == 250_000
    with sqlite3.connect(made.file.path) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, no -wal
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not made.fell_back and made.removed == ()
    last = backups.last_backup()
    assert (last.path, last.taken_at, last.size) == (made.file.path, dt.datetime(2026, 11, 23, 17, 5, 9),
                                                     made.file.path.stat().st_size)
    record = AuditRecord.select().order_by(AuditRecord.id.desc()).first()
    assert (record.action, record.summary) == ("backup.make", made.file.path.name)
    assert audit.check_chain().intact


def test_rotation_keeps_the_newest_automatic_backups_and_never_those_made_by_hand(books, actors):
    folder = books.parent / "backups"
    backups.set_backup_settings(actors["administrator"], "", 3, 3)
    backups.make_backup(actors["treasurer"], now=dt.datetime(2026, 11, 1, 9, 0, 0))
    other = folder / "demo-20261101-090000-harian.sqlite3"  # another books' backup
    shutil.copy(folder / "kantor-20261101-090000-manual.sqlite3", other)
    removed = []
    for day in range(1, 6):
        reason = backups.REASON_CLOSE if day % 2 else backups.REASON_DAILY
        made = backups.make_backup(None, reason, now=dt.datetime(2026, 11, day, 17, 0, 0))
        removed += [p.name for p in made.removed]
    # Five automatic backups, three kept: the ones of 1 and 2 November go, in that order.
    assert removed == ["kantor-20261101-170000-tutup.sqlite3", "kantor-20261102-170000-harian.sqlite3"]
    assert folder_names(folder) == [
        "demo-20261101-090000-harian.sqlite3",
        "kantor-20261101-090000-manual.sqlite3",
        "kantor-20261103-170000-tutup.sqlite3",
        "kantor-20261104-170000-harian.sqlite3",
        "kantor-20261105-170000-tutup.sqlite3",
    ]
    listed = backups.list_backups(folder, books)
    assert [(b.taken_at.day, b.reason, b.automatic) for b in listed] == [
        (5, "tutup", True), (4, "harian", True), (3, "tutup", True), (1, "manual", False)]


def test_a_copy_that_does_not_read_back_whole_is_refused_and_removed(books, actors, monkeypatch):
    original = db_backup._copy_into

    def copy_and_spoil(part, progress, source=None):
        original(part, progress, source)
        damage(part)

    monkeypatch.setattr(db_backup, "_copy_into", copy_and_spoil)
    with pytest.raises(DomainError, match="did not read back intact"):
        backups.make_backup(actors["treasurer"])
    assert folder_names(books.parent / "backups") == []
    assert backups.last_backup() is None


def test_a_missing_usb_drive_falls_back_to_the_program_s_folder_and_says_so(books, actors, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    backups.set_backup_settings(actors["administrator"], str(usb), 10, 3)
    first = backups.make_backup(None, backups.REASON_DAILY, now=dt.datetime(2026, 11, 20, 8, 0, 0))
    assert first.file.path.parent == usb and not first.fell_back
    shutil.rmtree(usb)  # the drive is pulled out
    made = backups.make_backup(None, backups.REASON_CLOSE, now=dt.datetime(2026, 11, 23, 17, 0, 0))
    assert made.fell_back and made.wanted == usb
    assert made.file.path == books.parent / "backups" / "kantor-20261123-170000-tutup.sqlite3"
    assert backups.last_backup().taken_at == dt.datetime(2026, 11, 23, 17, 0, 0)
    # The reminder goes by the last copy that reached the USB drive: three days is not overdue,
    # three days and an hour is.
    assert backups.last_safe_backup().taken_at == dt.datetime(2026, 11, 20, 8, 0, 0)
    assert not backups.backup_overdue(dt.datetime(2026, 11, 23, 8, 0, 0))
    assert backups.backup_overdue(dt.datetime(2026, 11, 23, 9, 0, 0))


def test_a_full_disk_is_told_before_copying_and_leaves_nothing(books, actors, monkeypatch):
    class Usage:
        free = 5 * 1024 * 1024

    monkeypatch.setattr(backups.shutil, "disk_usage", lambda _folder: Usage())
    with pytest.raises(DomainError) as refused:
        backups.make_backup(actors["treasurer"])
    assert "not enough room" in str(refused.value) and "only 5,0 MB is free" in str(refused.value)
    assert folder_names(books.parent / "backups") == []


def test_a_disk_that_fills_while_copying_leaves_no_partial_file(books, actors, monkeypatch):
    def half_then_full(part, progress, source=None):
        part.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(db_backup, "_copy_into", half_then_full)
    with pytest.raises(DomainError, match="not enough room"):
        backups.make_backup(actors["treasurer"])
    assert folder_names(books.parent / "backups") == []


def test_backup_settings_are_checked_and_kept_in_the_books(books, actors, tmp_path, monkeypatch):
    admin = actors["administrator"]
    assert backups.backup_settings() == backups.BackupSettings("", 10, 3)
    with pytest.raises(ValidationErrors) as wrong:
        backups.set_backup_settings(admin, str(tmp_path / "E-drive"), 0, 61)
    assert [e.field for e in wrong.value.errors] == ["folder", "keep", "remind_days"]
    assert "Plug in the USB drive or choose another folder" in str(wrong.value.errors[0])

    def read_only(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as patch:
        patch.setattr(backups.tempfile, "TemporaryFile", read_only)
        with pytest.raises(ValidationErrors, match="cannot be written"):
            backups.set_backup_settings(admin, str(tmp_path), 10, 3)
    with pytest.raises(PermissionDenied):
        backups.set_backup_settings(actors["treasurer"], "", 5, 7)
    backups.set_backup_settings(admin, f"  {tmp_path}  ", 100, 60)
    assert backups.backup_settings() == backups.BackupSettings(str(tmp_path), 100, 60)


def test_the_daily_backup_is_due_once_a_day(books, actors):
    monday = dt.datetime(2026, 11, 23, 8, 30)
    assert backups.daily_backup_due(monday)
    backups.make_backup(actors["treasurer"], now=monday)  # by hand: the daily one is still due
    assert backups.daily_backup_due(monday)
    backups.make_backup(None, backups.REASON_DAILY, now=monday)
    assert not backups.daily_backup_due(monday.replace(hour=23, minute=59))
    assert backups.daily_backup_due(monday + dt.timedelta(days=1))


def test_restore_puts_the_backup_in_place_and_keeps_the_books_it_replaced(books, actors, sukarela):
    made = backups.make_backup(actors["treasurer"], now=dt.datetime(2026, 11, 20, 17, 0, 0))
    deposit(actors["treasurer"], sukarela, DAY, 100_000)
    assert balance(sukarela) == 350_000
    done = backups.restore_backup(actors["administrator"], made.file.path)
    assert done.info.path == books and current_books().path == books
    assert balance(sukarela) == 250_000  # the books as they were on 20/11
    assert balance_check() == []
    assert done.saved_as.name.endswith("-sebelum-pulih.sqlite3")
    assert balance_in(done.saved_as, sukarela) == 350_000  # the replaced books, kept whole
    assert (done.facts.members, done.facts.last_posting) == (1, DAY)
    record = AuditRecord.select().order_by(AuditRecord.id.desc()).first()
    assert (record.action, record.user_id, record.summary) == (
        "backup.restore", actors["administrator"].id, made.file.path.name)
    assert audit.check_chain().intact
    assert not books.with_name(books.name + ".restoring").exists()


@pytest.mark.parametrize("spoil", ["damaged", "newer", "foreign"])
def test_a_backup_that_is_not_sound_is_refused_and_the_books_stay(books, actors, sukarela, tmp_path, spoil):
    made = backups.make_backup(actors["treasurer"])
    bad = tmp_path / "kantor-20261120-170000-manual.sqlite3"
    if spoil == "foreign":
        with sqlite3.connect(bad) as other:
            other.execute("CREATE TABLE stuff (x)")
    else:
        shutil.copy(made.file.path, bad)
        if spoil == "newer":
            with sqlite3.connect(bad) as copy:
                copy.execute("INSERT INTO schema_version (version, description, applied_at) "
                             "VALUES (?, 'future', '2030-01-01')", (CURRENT_VERSION + 1,))
        else:
            damage(bad)
    deposit(actors["treasurer"], sukarela, DAY, 100_000)
    before = folder_names(books.parent / "backups")
    expected = {"damaged": "is damaged", "newer": "newer version of this program",
                "foreign": "not a backup of Berdaya books"}[spoil]
    with pytest.raises(DomainError, match=expected):
        backups.restore_backup(actors["administrator"], bad)
    assert balance(sukarela) == 350_000 and current_books().path == books
    assert folder_names(books.parent / "backups") == before  # not even a copy before restoring


def test_only_the_administrator_restores(books, actors, sukarela):
    made = backups.make_backup(actors["treasurer"])
    for role in ("treasurer", "secretary", "chair", "mentor"):
        with pytest.raises(PermissionDenied):
            backups.restore_backup(actors[role], made.file.path)
    assert len(folder_names(books.parent / "backups")) == 1


def test_books_open_elsewhere_are_not_replaced(books, actors, sukarela):
    made = backups.make_backup(actors["treasurer"])
    deposit(actors["treasurer"], sukarela, DAY, 100_000)
    elsewhere = sqlite3.connect(books)  # another PC reading the same file
    elsewhere.execute("SELECT count(*) FROM member").fetchone()
    try:
        with pytest.raises(DomainError, match="open in another program or on another PC"):
            backups.restore_backup(actors["administrator"], made.file.path)
    finally:
        elsewhere.close()
    assert balance(sukarela) == 350_000 and current_books().path == books


def test_books_that_no_longer_open_are_kept_aside_and_replaced(books, actors, sukarela, tmp_path):
    made = backups.make_backup(actors["treasurer"])
    close_database()
    books.write_bytes(b"garbage from a dying disk" * 1000)
    with pytest.raises(DomainError, match="damaged or is not a database"):
        open_books(books, tmp_path / "backups", create=False)
    done = backups.restore_backup(None, made.file.path, books, tmp_path / "backups")
    assert balance(sukarela) == 250_000
    assert done.saved_as.read_bytes().startswith(b"garbage from a dying disk")
    record = AuditRecord.select().order_by(AuditRecord.id.desc()).first()
    assert (record.action, record.user_id) == ("backup.restore", None)


def test_a_backup_dated_before_the_others_by_a_wrong_clock_is_kept_and_the_date_questioned(books, actors):
    folder = books.parent / "backups"
    backups.set_backup_settings(actors["administrator"], "", 2, 3)
    for day in (1, 2):
        backups.make_backup(None, backups.REASON_DAILY, now=dt.datetime(2026, 5, day, 8, 0, 0))
    # The clock battery died: the computer believes it is 1 January 2009.
    made = backups.make_backup(None, backups.REASON_DAILY, now=dt.datetime(2009, 1, 1, 8, 0, 0))
    # Two are kept: the one just made, and the newest of the others (2 May); 1 May goes.
    assert made.file.path.exists()
    assert made.removed == (folder / "kantor-20260501-080000-harian.sqlite3",)
    assert folder_names(folder) == ["kantor-20090101-080000-harian.sqlite3", "kantor-20260502-080000-harian.sqlite3"]
    assert made.clock_looks_wrong and made.dated_later.taken_at == dt.datetime(2026, 5, 2, 8, 0, 0)
    text, params = backups.clock_warning(made)
    assert text.format(**params) == (
        "The date of this computer looks wrong: the backup just made is dated 01/01/2009 08:00, but a "
        f"backup dated 02/05/2026 08:00 is already in {folder}. Set the computer's date and time (a dead "
        "clock battery often resets them), so that backups are dated right and the newest are kept.")
    # The next day, still in 2009: the new one and 2 May are kept, the one of yesterday goes.
    next_day = backups.make_backup(None, backups.REASON_CLOSE, now=dt.datetime(2009, 1, 2, 17, 0, 0))
    assert next_day.removed == (folder / "kantor-20090101-080000-harian.sqlite3",)
    assert folder_names(folder) == ["kantor-20090102-170000-tutup.sqlite3", "kantor-20260502-080000-harian.sqlite3"]


def test_a_clock_a_few_minutes_behind_another_pc_s_is_not_questioned(books, actors):
    backups.make_backup(None, backups.REASON_DAILY, now=dt.datetime(2026, 5, 2, 8, 0, 0))
    made = backups.make_backup(actors["treasurer"], now=dt.datetime(2026, 5, 2, 7, 50, 0))
    assert not made.clock_looks_wrong and made.dated_later is None


def test_books_named_koperasi_db_have_their_backups_found_and_rotated(books, actors, tmp_path):
    close_database()
    koperasi = tmp_path / "kas" / "koperasi.db"
    koperasi.parent.mkdir()
    shutil.copy(books, koperasi)
    folder = tmp_path / "cadangan"
    open_books(koperasi, folder)
    backups.set_backup_settings(actors["administrator"], "", 2, 3)
    first = backups.make_backup(None, backups.REASON_DAILY, now=dt.datetime(2026, 1, 1, 10, 0, 0))
    assert first.file.path == folder / "koperasi-20260101-100000-harian.sqlite3"
    # An earlier version of the program named its backups after the books' own file.
    earlier = folder / "koperasi-20251231-100000-harian.db"
    shutil.copy(first.file.path, earlier)
    second = backups.make_backup(None, backups.REASON_DAILY, now=dt.datetime(2026, 1, 1, 10, 0, 1))
    assert second.removed == (earlier,)
    third = backups.make_backup(None, backups.REASON_DAILY, now=dt.datetime(2026, 1, 1, 10, 0, 2))
    assert third.removed == (first.file.path,)
    names = ["koperasi-20260101-100002-harian.sqlite3", "koperasi-20260101-100001-harian.sqlite3"]
    assert [b.path.name for b in backups.list_backups(folder, koperasi)] == names
    assert [b.path.name for b in backups.find_backups(koperasi, [folder])] == names
    assert folder_names(folder) == sorted(names)


def crash_copy(books: Path, to: Path) -> Path:
    """The books and their -wal copied while the program has them open, as a power cut leaves
    them: the last changes are in the -wal only."""
    to.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(books, to)
    shutil.copy(books.with_name(books.name + "-wal"), to.with_name(to.name + "-wal"))
    return to


def test_books_kept_aside_by_a_restore_keep_their_last_changes_in_one_file(books, actors, sukarela, tmp_path):
    made = backups.make_backup(actors["treasurer"], now=dt.datetime(2026, 11, 20, 17, 0, 0))
    deposit(actors["treasurer"], sukarela, DAY, 100_000)  # Rp250.000 + Rp100.000
    office = crash_copy(books, tmp_path / "kantor" / "kantor.sqlite3")
    alone = tmp_path / "alone.sqlite3"
    shutil.copy(office, alone)
    with closing(sqlite3.connect(alone)) as main_file_only:  # every posting is in the -wal
        assert main_file_only.execute("SELECT count(*) FROM savings_entry").fetchone()[0] == 0
    close_database()
    done = backups.restore_backup(None, made.file.path, office, tmp_path / "cadangan")
    saved = done.saved_as
    assert not saved.with_name(saved.name + "-wal").exists()  # one file, like every backup
    assert balance_in(saved, sukarela) == 350_000
    assert balance(sukarela) == 250_000
    # Putting the books kept aside back brings the deposit back.
    backups.restore_backup(None, saved, office, tmp_path / "cadangan")
    assert balance(sukarela) == 350_000 and balance_check() == []


def test_a_backup_with_a_wal_beside_it_is_restored_with_its_last_changes(books, actors, sukarela, tmp_path):
    deposit(actors["treasurer"], sukarela, DAY, 100_000)
    # Kept aside by an earlier version of the program, which left the -wal beside the copy.
    kept = crash_copy(books, tmp_path / "old" / "kantor-20261120-170000-sebelum-pulih.sqlite3")
    deposit(actors["treasurer"], sukarela, DAY, 5_000)
    assert balance(sukarela) == 355_000
    backups.restore_backup(actors["administrator"], kept)
    assert balance(sukarela) == 350_000 and balance_check() == []
    assert not books.with_name(books.name + ".restoring").exists()
    assert not books.with_name(books.name + ".restoring-wal").exists()


def test_the_progress_of_a_backup_goes_step_by_step(books, actors, sukarela, monkeypatch):
    monkeypatch.setattr(db_backup, "PAGES_PER_STEP", 2)
    steps = []
    made = backups.make_backup(actors["treasurer"], progress=lambda done, total: steps.append((done, total)))
    done = [d for d, _total in steps]
    assert len(steps) > 5 and done == sorted(set(done)) and steps[-1][0] == steps[-1][1]
    assert balance_in(made.file.path, sukarela) == 250_000


def test_a_backup_with_its_progress_shown_finishes_while_another_pc_writes_all_the_time(
        books, actors, sukarela, monkeypatch):
    monkeypatch.setattr(db_backup, "PAGES_PER_STEP", 2)
    elsewhere = sqlite3.connect(books, isolation_level=None)  # another PC, writing between any two steps
    steps = []

    def progress(done: int, total: int) -> None:
        steps.append((done, total))
        if len(steps) <= 300:
            elsewhere.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('elsewhere', ?)", (str(len(steps)),))

    try:
        made = backups.make_backup(actors["treasurer"], progress=progress)
    finally:
        elsewhere.close()
    # The first step is undone by the write after it; the rest is copied at once.
    assert len(steps) <= 3 and steps[-1][0] == steps[-1][1]
    assert balance_in(made.file.path, sukarela) == 250_000
    with closing(sqlite3.connect(made.file.path)) as copy:
        assert copy.execute("SELECT value FROM setting WHERE key = 'elsewhere'").fetchone() == ("1",)

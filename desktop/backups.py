"""Backups of the books: where they go, how many automatic ones are kept, when the office is
reminded, and putting one back in the books' place.

A backup is a whole, verified copy made with SQLite's online backup while the books are open
(db/backup.py). Its file name says which books, when and why, so the folder lists them in
order and rotation touches only the automatic backups of the same books.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from db.backup import (
    BACKUP_SUFFIX,
    CopyDamaged,
    backup_open_database,
    copy_closed_file,
    copy_file_into_place,
    is_disk_full,
    read_facts,
    says_damaged,
    timestamped_name,
)
from db.connection import database
from db.migrations import CURRENT_VERSION
from db.models import AuditRecord, User
from desktop import audit
from desktop.auth import Actor, require
from desktop.books import BooksInfo, close_books, current_books, open_books, size_text
from desktop.dates import format_moment
from desktop.errors import DomainError, ValidationErrors
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import operation
from desktop.settings import DEFAULTS, get_setting, put_setting
from desktop.text import read_text, whole_between

log = logging.getLogger(__name__)

REASON_CLOSE, REASON_DAILY, REASON_MANUAL, REASON_BEFORE_RESTORE = (
    "tutup", "harian", "manual", "sebelum-pulih")
AUTOMATIC = (REASON_CLOSE, REASON_DAILY)
REASON_LABELS = {
    REASON_CLOSE: QT_TRANSLATE_NOOP("Labels", "automatic, on closing"),
    REASON_DAILY: QT_TRANSLATE_NOOP("Labels", "automatic, daily"),
    REASON_MANUAL: QT_TRANSLATE_NOOP("Labels", "made by hand"),
    REASON_BEFORE_RESTORE: QT_TRANSLATE_NOOP("Labels", "before a restore"),
}
BEFORE_UPGRADE = QT_TRANSLATE_NOOP("Labels", "before an upgrade")

DEFAULT_KEEP, MAX_KEEP = 10, 100
DEFAULT_REMIND_DAYS, MAX_REMIND_DAYS = 3, 60
FOLDER_LENGTH = 260  # the longest path Windows programs commonly accept
# Backups already in the folder dated later than a new one by more than this (two PCs' clocks
# differ by minutes): the date of this computer looks wrong.
CLOCK_SLACK = dt.timedelta(hours=1)
CLOCK_WRONG = QT_TRANSLATE_NOOP("Labels", "The date of this computer looks wrong: the backup just made is dated {made}, but a backup dated {later} is already in {folder}. Set the computer's date and time (a dead clock battery often resets them), so that backups are dated right and the newest are kept.")
# Room left on the disk beyond the copy itself, for SQLite's journal while it writes the copy.
SPARE_BYTES = 10 * 1024 * 1024

_NAME = re.compile(r"^(?P<books>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z][a-z0-9-]*)$")


def reason_label(reason: str) -> str:
    """Why a backup was made, as a label to translate."""
    return REASON_LABELS.get(reason, BEFORE_UPGRADE if reason.startswith("before-v") else reason)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    books: str  # the name (stem) of the books it is a copy of
    taken_at: dt.datetime
    reason: str
    size: int

    @property
    def automatic(self) -> bool:
        return self.reason in AUTOMATIC


def backup_file(path: Path) -> BackupFile | None:
    """The backup a file name describes; None for any other file."""
    match = _NAME.match(path.stem)
    if not match or not path.suffix:
        return None
    try:
        taken_at = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupFile(path, match["books"], taken_at, match["reason"], size)


def list_backups(folder: Path, books: Path | None = None) -> list[BackupFile]:
    """The backups in *folder* (of the books at *books* only, when given), newest first.
    Backups are .sqlite3 files; earlier versions of the program named them after the books'
    own file (koperasi.db), and those are found too."""
    suffixes = {BACKUP_SUFFIX} | ({Path(books).suffix} if books is not None and Path(books).suffix else set())
    try:
        candidates = [p for p in Path(folder).iterdir() if p.suffix in suffixes and p.is_file()]
    except OSError:  # a folder on a drive that is not plugged in
        return []
    found = [b for b in map(backup_file, candidates) if b is not None]
    if books is not None:
        found = [b for b in found if b.books == Path(books).stem]
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def find_backups(books: Path, folders: Iterable[Path]) -> list[BackupFile]:
    """The backups of *books* in any of *folders*, newest first."""
    seen, found = set(), []
    for folder in folders:
        for backup in list_backups(folder, books):
            if backup.path.resolve() not in seen:
                seen.add(backup.path.resolve())
                found.append(backup)
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


# --- settings -------------------------------------------------------------------------------

@dataclass(frozen=True)
class BackupSettings:
    folder: str  # empty: the program's own backup folder
    keep: int
    remind_days: int


def _number(key: str, default: int) -> int:
    try:
        return int(get_setting(key))
    except ValueError:
        return default


def backup_settings() -> BackupSettings:
    return BackupSettings(get_setting("backup.folder"), _number("backup.keep", DEFAULT_KEEP),
                          _number("backup.remind_days", DEFAULT_REMIND_DAYS))


def folder_problem(folder: Path, field: str | None = "folder") -> DomainError | None:
    """Why backups cannot be written in *folder*, or None when they can."""
    if not folder.is_dir():
        return DomainError(QT_TRANSLATE_NOOP("Errors", "The folder {folder} was not found. Plug in the USB drive or choose another folder."), field, folder=str(folder))
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError:
        return DomainError(QT_TRANSLATE_NOOP("Errors", "The folder {folder} cannot be written. Plug in the USB drive (and check that it is not write-protected) or choose another folder."), field, folder=str(folder))
    return None


@operation("settings.edit")
def set_backup_settings(actor: Actor, folder: str | None, keep: int, remind_days: int) -> None:
    """Choose where backups go, how many automatic ones are kept, and when to remind."""
    errors: list[DomainError] = []
    folder = read_text(errors, folder, "folder", FOLDER_LENGTH)
    if folder and (problem := folder_problem(Path(folder))) is not None:
        errors.append(problem)
    if not whole_between(keep, 1, MAX_KEEP):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Keep from 1 to {most} automatic backups."), "keep", most=MAX_KEEP))
    if not whole_between(remind_days, 1, MAX_REMIND_DAYS):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Remind after 1 to {most} days without a backup."), "remind_days", most=MAX_REMIND_DAYS))
    if errors:
        raise ValidationErrors(errors)
    before = backup_settings().__dict__
    put_setting("backup.folder", folder)
    put_setting("backup.keep", str(keep))
    put_setting("backup.remind_days", str(remind_days))
    audit.record(actor, "settings.backup", "setting", None, "backups", before, backup_settings().__dict__)


# --- making a backup ------------------------------------------------------------------------

@dataclass(frozen=True)
class Destination:
    folder: Path
    fell_back: bool  # the folder asked for is missing: the program's own folder instead
    wanted: Path | None


@dataclass(frozen=True)
class BackupMade:
    file: BackupFile
    fell_back: bool
    wanted: Path | None
    removed: tuple[Path, ...]
    # A backup of these books already in the folder and dated well after this one: the date
    # of this computer looks wrong (a dead clock battery sets it years back).
    dated_later: BackupFile | None = None

    @property
    def clock_looks_wrong(self) -> bool:
        return self.dated_later is not None


def _books() -> BooksInfo:
    books = current_books()
    if books is None:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "No books are open."))
    return books


def destination(to: Path | None = None) -> Destination:
    """Where a backup of the open books goes now: *to*, else the chosen folder, else the
    program's own; a folder that is missing (a USB drive not plugged in) falls back."""
    books = _books()
    chosen = backup_settings().folder
    wanted = Path(to) if to else Path(chosen) if chosen else None
    if wanted is None:
        return Destination(books.default_backup_dir, False, None)
    if wanted.is_dir():
        return Destination(wanted, False, wanted)
    return Destination(books.default_backup_dir, True, wanted)


def make_backup(actor: Actor | None, reason: str = REASON_MANUAL, to: Path | None = None,
                progress: Callable[[int, int], None] | None = None,
                now: dt.datetime | None = None) -> BackupMade:
    """Back up the open books, verified, into the backup folder; then keep only the newest
    automatic backups. *actor* None is the program itself (automatic and scheduled backups)."""
    if actor is not None:
        require(actor, "backup.make")
    books = _books()
    place = destination(to)
    need = _size_of(books.path) + SPARE_BYTES
    _prepare(place.folder, need)
    dest = place.folder / timestamped_name(books.path, reason, now)
    while dest.exists():  # two backups within one second
        now = (now or dt.datetime.now()) + dt.timedelta(seconds=1)
        dest = place.folder / timestamped_name(books.path, reason, now)
    try:
        backup_open_database(dest, progress)
    except CopyDamaged as exc:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The copy in {folder} did not read back intact ({detail}), so it was removed. Try again, or choose another folder."), folder=str(place.folder), detail=exc.detail) from None
    except (OSError, sqlite3.Error) as exc:
        raise _write_error(place.folder, exc, need) from None
    made = backup_file(dest) or BackupFile(dest, books.path.stem, dt.datetime.now(), reason, dest.stat().st_size)
    listed = list_backups(place.folder, books.path)
    dated_later = _dated_later(listed, made)
    removed = _rotate(listed, made) if reason in AUTOMATIC else ()
    _record(actor, made, place)
    return BackupMade(made, place.fell_back, place.wanted, removed, dated_later)


def _size_of(books: Path) -> int:
    wal = books.with_name(books.name + "-wal")
    return books.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def _prepare(folder: Path, need: int) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _write_error(folder, exc, need) from None
    free = shutil.disk_usage(folder).free
    if free < need:
        raise _disk_full(folder, need, free)


def _disk_full(folder: Path, need: int, free: int) -> DomainError:
    return DomainError(QT_TRANSLATE_NOOP("Errors", "There is not enough room in {folder}: the backup needs about {need}, only {free} is free. Free some space or choose another folder (Settings, Backups)."), folder=str(folder), need=size_text(need), free=size_text(free))


def _write_error(folder: Path, exc: BaseException, need: int) -> DomainError:
    if is_disk_full(exc):
        try:
            free = shutil.disk_usage(folder).free
        except OSError:
            free = 0
        return _disk_full(folder, need, free)
    if isinstance(exc, sqlite3.DatabaseError) and says_damaged(str(exc)):
        return DomainError(QT_TRANSLATE_NOOP("Errors", "The books could not be read whole ({detail}), so no backup was made. Check the books (Books, Check the books) and tell the administrator."), detail=str(exc))
    return DomainError(QT_TRANSLATE_NOOP("Errors", "The backup could not be written in {folder} ({detail}). Plug in the USB drive or choose another folder (Settings, Backups)."), folder=str(folder), detail=str(exc))


def _dated_later(listed: list[BackupFile], made: BackupFile) -> BackupFile | None:
    """The newest of the backups *listed* dated well after the one just *made*."""
    later = [b for b in listed if b.taken_at - made.taken_at > CLOCK_SLACK]
    return later[0] if later else None


def clock_warning(made: BackupMade) -> tuple[str, dict[str, str]]:
    """What to tell when the computer's clock looks wrong: a Labels text and its values."""
    later = made.dated_later
    return CLOCK_WRONG, {"made": format_moment(made.file.taken_at),
                         "later": format_moment(later.taken_at),
                         "folder": str(made.file.path.parent)}


def _rotate(listed: list[BackupFile], made: BackupFile) -> tuple[Path, ...]:
    """Remove automatic backups among those *listed* beyond the newest *keep*; the ones made by
    hand, before a restore or before an upgrade stay until someone removes them. The backup
    just *made* is always one of those kept, even when the computer's clock dates it before
    the others."""
    others = [b for b in listed if b.automatic and b.path != made.path]
    removed = []
    for old in others[backup_settings().keep - 1:]:
        try:
            old.path.unlink()
            removed.append(old.path)
        except OSError:
            log.warning("could not remove the old backup %s", old.path, exc_info=True)
    return tuple(removed)


def _record(actor: Actor | None, made: BackupFile, place: Destination) -> None:
    """Note the backup in the books: the reminder and the daily backup go by it, on every PC
    that opens them. A manual backup also goes into the audit trail."""
    value = json.dumps({"at": made.taken_at.isoformat(timespec="seconds"), "path": str(made.path),
                        "size": made.size, "reason": made.reason})
    try:
        with database.atomic():
            put_setting("backup.last", value)
            if not place.fell_back:
                put_setting("backup.last_safe", value)
            if made.automatic:
                put_setting("backup.last_automatic", value)
            if actor is not None:
                audit.record(actor, "backup.make", "backup", None, made.path.name, None,
                             {"file": str(made.path), "size": made.size})
    except pw.DatabaseError:
        # The copy is made and verified; only the note of it could not be written.
        log.warning("could not note the backup %s in the books", made.path, exc_info=True)


def _noted(key: str) -> BackupFile | None:
    try:
        value = json.loads(get_setting(key) or "null")
        if value is None:
            return None
        path = Path(value["path"])
        return BackupFile(path, path.stem, dt.datetime.fromisoformat(value["at"]), value["reason"],
                          int(value["size"]))
    except (ValueError, KeyError, TypeError):
        return None


def last_backup() -> BackupFile | None:
    """The last good backup of the open books, wherever it went."""
    return _noted("backup.last")


def last_safe_backup() -> BackupFile | None:
    """The last good backup that went where it was meant to (not the fallback folder)."""
    return _noted("backup.last_safe")


def backup_overdue(now: dt.datetime | None = None) -> bool:
    """Whether the office should be reminded: no backup in the chosen place for longer than
    the reminder's days (counted from the books' first record when there never was one)."""
    now = now or dt.datetime.now()
    last = last_safe_backup()
    since = last.taken_at if last else _first_record_at()
    return since is not None and now - since > dt.timedelta(days=backup_settings().remind_days)


def _first_record_at() -> dt.datetime | None:
    first = AuditRecord.select(pw.fn.MIN(AuditRecord.at)).scalar()
    if first is None:
        return None
    return first if isinstance(first, dt.datetime) else dt.datetime.fromisoformat(str(first))


def daily_backup_due(now: dt.datetime | None = None) -> bool:
    """Whether no automatic backup of the open books was made today."""
    last = _noted("backup.last_automatic")
    return last is None or last.taken_at.date() != (now or dt.datetime.now()).date()


# --- restoring ------------------------------------------------------------------------------

@dataclass(frozen=True)
class BackupFacts:
    """A backup read whole and found sound, and what it holds."""

    file: BackupFile
    version: int
    members: int
    last_posting: dt.date | None
    office_name: str
    signature: tuple[int, int]  # size and time of change of the file when it was read


def _signature(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def check_backup(path: Path) -> BackupFacts:
    """Read a backup whole and say what it holds; refuse one that is damaged, is not a backup
    of Berdaya books, or was made by a newer version of the program."""
    path = Path(path)
    if not path.is_file():
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The backup {file} was not found."), file=str(path))
    try:
        facts = read_facts(path)
    except CopyDamaged as exc:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The backup {file} is damaged ({detail}) and cannot be restored. Choose another backup."), file=path.name, detail=exc.detail) from None
    if not facts.version:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The file {file} is not a backup of Berdaya books. Choose another file."), file=path.name)
    if facts.version > CURRENT_VERSION:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The backup {file} was made by a newer version of this program (books version {found}; this program reads up to {current}). Install the newer version to restore it."), file=path.name, found=facts.version, current=CURRENT_VERSION)
    file = backup_file(path)
    if file is None:  # a copy renamed by hand: its own time is the best there is
        stat = path.stat()
        file = BackupFile(path, path.stem, dt.datetime.fromtimestamp(stat.st_mtime), "", stat.st_size)
    return BackupFacts(file, facts.version, facts.members, facts.last_posting,
                       facts.office_name or DEFAULTS["office.name"], _signature(path))


@dataclass(frozen=True)
class Restored:
    info: BooksInfo
    facts: BackupFacts
    saved_as: Path | None  # the books as they were before, kept as a backup


def restore_backup(actor: Actor | None, backup: Path, books: Path | None = None,
                   backup_dir: Path | None = None, checked: BackupFacts | None = None,
                   progress: Callable[[int, int], None] | None = None) -> Restored:
    """Put *backup* in the place of the books (the open ones, else the file *books*), and open
    them. The backup is checked first, and the books are backed up before they are replaced
    in one step; anything refused or failing before the replace leaves them as they were.
    *actor* None is someone at the computer without a login (the books would not open).
    *checked* is what check_backup found, when the caller just asked (before a confirmation):
    the backup is not read whole again unless the file changed since."""
    if actor is not None:
        require(actor, "backup.restore")
    current = current_books()
    books = Path(books) if books else _books().path
    default_dir = Path(backup_dir) if backup_dir else _books().default_backup_dir
    backup = Path(backup)
    if books.exists() and backup.resolve() == books.resolve():
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "That file is the books themselves. Choose a backup."))
    unchanged = (checked is not None and checked.file.path == backup and backup.is_file()
                 and checked.signature == _signature(backup))
    facts = checked if unchanged else check_backup(backup)
    was_open = current is not None and current.path.resolve() == books.resolve()
    saved = None
    if was_open:
        saved = make_backup(None, REASON_BEFORE_RESTORE, progress=progress).file.path
    close_books()
    try:
        if not was_open:
            saved = _save_closed(books, default_dir)
        _ensure_not_in_use(books)
        copy_file_into_place(backup, books)
    except BaseException as exc:
        if was_open:
            open_books(books, default_dir)
        if isinstance(exc, OSError):
            raise _write_error(books.parent, exc, facts.file.size + SPARE_BYTES) from None
        raise
    info = open_books(books, default_dir)
    _note_restore(actor, facts, saved)
    return Restored(info, facts, saved)


def _save_closed(books: Path, folder: Path) -> Path | None:
    """Keep the books that could not be opened (damaged, or of a newer version) beside the
    other backups before they are replaced."""
    if not books.exists():
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return copy_closed_file(books, folder / timestamped_name(books, REASON_BEFORE_RESTORE))
    except OSError as exc:
        raise _write_error(folder, exc, _size_of(books) + SPARE_BYTES) from None


def _ensure_not_in_use(books: Path) -> None:
    """Refuse while another program or PC has the books open: changing the journal, which
    SQLite allows only to the one connection left, would fail as locked."""
    if not books.exists():
        return
    con = sqlite3.connect(str(books), timeout=1)
    try:
        con.execute("PRAGMA journal_mode=DELETE").fetchone()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "The books are open in another program or on another PC. Close Berdaya there, then restore again.")) from None
    except sqlite3.DatabaseError:
        pass  # damaged books: they are replaced all the same
    finally:
        con.close()


def _note_restore(actor: Actor | None, facts: BackupFacts, saved: Path | None) -> None:
    """The restored books' audit trail tells who put them back, from which backup, and where
    the books they replaced were kept. The user is named only when the same user exists."""
    user = None
    if actor is not None:
        row = User.get_or_none(User.id == actor.id)
        user = actor if row is not None and row.username == actor.username else None
    who = actor.username if actor is not None else ""
    with database.atomic():
        audit.record(user, "backup.restore", "backup", None, facts.file.path.name, None, {
            "restored_from": str(facts.file.path), "backup_taken_at": facts.file.taken_at.isoformat(),
            "books_saved_as": str(saved) if saved else None, "by": who})


# --- texts of the command line --------------------------------------------------------------

CLI_MADE = QT_TRANSLATE_NOOP("Labels", "Backup made: {file} ({size}).")
CLI_FELL_BACK = QT_TRANSLATE_NOOP("Labels", "The folder {wanted} was not found (is the USB drive plugged in?); the backup was saved in {folder} instead.")
CLI_REMOVED = QT_TRANSLATE_NOOP("Labels", "Older automatic backups removed: {count} (the newest {keep} are kept).")
CLI_CONFIRM = QT_TRANSLATE_NOOP("Labels", "Restore the backup of {date} (members: {members}; last money posted: {last}) in place of the books {books}? The current books are backed up first. Type yes to go on: ")
CLI_NOT_CONFIRMED = QT_TRANSLATE_NOOP("Labels", "Nothing was restored. Answer yes, or add --yes, to restore.")
CLI_RESTORED = QT_TRANSLATE_NOOP("Labels", "Restored the backup of {date} into {books}.")
CLI_SAVED_AS = QT_TRANSLATE_NOOP("Labels", "The books as they were before are kept as {file}.")
NO_POSTING = QT_TRANSLATE_NOOP("Labels", "none")

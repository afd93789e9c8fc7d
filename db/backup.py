"""Copies of the books made with SQLite's online backup, safe while the file is in use; what a
copy holds, read without changing it; and putting a copy in the books' place.

A copy is written under a temporary name and takes its real name only once it has been read
back whole, so a backup folder never holds half a file under a backup's name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from db.connection import database
from db.models import MONEY_MODELS, Member, SchemaVersion, Setting

PART_SUFFIX = ".part"
SIDE_FILES = ("-journal", "-wal", "-shm")
# Every backup is named so, whatever the books are called: it is a one-file SQLite database.
BACKUP_SUFFIX = ".sqlite3"
# Pages copied per step of the online backup when progress is shown (16 MB with 4 KB pages).
# A write by another connection between steps starts the copy again; once that happens the
# rest is copied in one step: one read snapshot, which writers in WAL mode do not disturb.
PAGES_PER_STEP = 4096


class CopyDamaged(Exception):
    """A file (a fresh copy, or a backup to restore) failed its check; *detail* says how."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path, self.detail = path, detail


@dataclass(frozen=True)
class FileFacts:
    """What a books file holds, read from the file itself."""

    version: int | None  # None: a database without our version table (another program's)
    members: int
    last_posting: dt.date | None
    office_name: str


def is_disk_full(exc: BaseException) -> bool:
    """Whether *exc* says the disk (or the user's quota) is full."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return "disk is full" in str(exc) or "disk full" in str(exc)


# What SQLite says of a file damaged inside, or of one that is not a database at all.
DAMAGE_SIGNS = ("malformed", "not a database", "file is encrypted")


def says_damaged(text: str) -> bool:
    """Whether SQLite's words *text* say the database file is damaged."""
    return any(sign in text.lower() for sign in DAMAGE_SIGNS)


def side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in SIDE_FILES]


def remove_with_side_files(path: Path) -> None:
    for leftover in (path, *side_files(path)):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def backup_open_database(dest: str | Path, progress: Callable[[int, int], None] | None = None,
                         source: sqlite3.Connection | None = None) -> Path:
    """Copy the open database (or the one *source* is connected to) to *dest*, check that the
    copy opens, is intact and is ours, and only then give it its name. Leaves nothing behind
    when anything fails."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + PART_SUFFIX)
    try:
        _copy_into(part, progress, source)
        if not read_facts(part).version:
            raise CopyDamaged(part, "no schema version")
        _fsync(part)
        os.replace(part, dest)
        _fsync_folder(dest.parent)
    except BaseException:
        remove_with_side_files(part)
        raise
    return dest


class _Restarted(Exception):
    """Another connection wrote to the books between two steps of the copy, which SQLite then
    starts again from the first page."""


def _copy_into(part: Path, progress: Callable[[int, int], None] | None,
               source: sqlite3.Connection | None = None) -> None:
    remove_with_side_files(part)
    source = source or database.connection()
    target = sqlite3.connect(str(part))
    try:
        if progress is None:
            source.backup(target)
        else:
            try:
                _copy_in_steps(source, target, progress)
            except _Restarted:
                # On a busy office every step would be undone by the next write: never done.
                source.backup(target)
                progress(1, 1)
        # One self-contained file: a copy on a USB stick must not need a -wal beside it.
        target.execute("PRAGMA journal_mode=DELETE").fetchone()
    finally:
        target.close()


def _copy_in_steps(source: sqlite3.Connection, target: sqlite3.Connection,
                   progress: Callable[[int, int], None]) -> None:
    """The online backup in steps of PAGES_PER_STEP pages, each told to *progress*; raises
    _Restarted as soon as a step brings the copy no further."""
    left: list[int] = []

    def step(_status: int, remaining: int, total: int) -> None:
        if left and remaining >= left[-1]:
            raise _Restarted()
        left.append(remaining)
        progress(total - remaining, total)

    source.backup(target, pages=PAGES_PER_STEP, progress=step)


def read_facts(path: str | Path) -> FileFacts:
    """Open *path* read-only, check all of it, and say what it holds.
    Raises CopyDamaged when it is not a readable, intact database."""
    path = Path(path)
    if not path.is_file():
        raise CopyDamaged(path, "not found")
    try:
        with contextlib.closing(sqlite3.connect(_read_only_uri(path), uri=True)) as con:
            problems = [row[0] for row in con.execute("PRAGMA integrity_check(20)")]
            if problems != ["ok"]:
                raise CopyDamaged(path, "; ".join(problems))
            return _facts(con)
    except sqlite3.DatabaseError as exc:
        raise CopyDamaged(path, str(exc)) from exc


def peek_version(path: str | Path) -> int | None:
    """The schema version of the books at *path*, read without writing to the file or beside
    it: 0 for an empty database, None for another program's. Raises CopyDamaged when the file
    is not a database SQLite can read. Live books are read with locks (never as unchanging),
    since another program may be writing them."""
    path = Path(path)
    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as con:
            return _version(con, _tables(con))
    except sqlite3.DatabaseError as exc:
        raise CopyDamaged(path, str(exc)) from exc


def _read_only_uri(path: Path) -> str:
    """A URI that reads *path* without writing beside it: a file in WAL mode with no -wal
    (a copy) is read as unchanging, else SQLite would leave an empty -wal and -shm behind."""
    uri = path.resolve().as_uri()
    with open(path, "rb") as handle:
        header = handle.read(20)
    in_wal_mode = header[:16] == b"SQLite format 3\x00" and header[18:20] == b"\x02\x02"
    if in_wal_mode and not path.with_name(path.name + "-wal").exists():
        return uri + "?immutable=1"
    return uri + "?mode=ro"


def _tables(con: sqlite3.Connection) -> set[str]:
    return {name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _version(con: sqlite3.Connection, tables: set[str]) -> int | None:
    if SchemaVersion._meta.table_name not in tables:
        return None if tables else 0
    return con.execute(f"SELECT max(version) FROM {SchemaVersion._meta.table_name}").fetchone()[0] or 0


def _facts(con: sqlite3.Connection) -> FileFacts:
    tables = _tables(con)
    version = _version(con, tables)
    if not version:
        return FileFacts(version, 0, None, "")
    members = 0
    if Member._meta.table_name in tables:
        members = con.execute(f"SELECT count(*) FROM {Member._meta.table_name}").fetchone()[0]
    days = [con.execute(f'SELECT max("on") FROM {m._meta.table_name}').fetchone()[0]
            for m in MONEY_MODELS if m._meta.table_name in tables]
    days = [dt.date.fromisoformat(str(day)[:10]) for day in days if day]
    name = ""
    if Setting._meta.table_name in tables:
        row = con.execute(f"SELECT value FROM {Setting._meta.table_name} WHERE key = 'office.name'").fetchone()
        name = row[0] if row else ""
    return FileFacts(version, members, max(days, default=None), name)


def copy_file_into_place(source: Path, books: Path) -> None:
    """Put a copy of *source* at *books* in one step: the copy is written and flushed to disk
    beside the books first, so a failure leaves the books as they were. A -wal beside *source*
    (a copy of books that could not be opened) holds its last changes: it is copied too and
    folded into the copy. The books must be closed; their own -wal/-shm belong to the file
    replaced and are removed."""
    part = books.with_name(books.name + ".restoring")
    part_wal = _wal_of(part)
    try:
        _copy_with_wal(source, part)
        for stale in side_files(books):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
        os.replace(part, books)
        if part_wal.exists():  # SQLite could not fold it in: it goes beside the books, after them
            os.replace(part_wal, _wal_of(books))
        _fsync_folder(books.parent)
    except BaseException:
        remove_with_side_files(part)
        raise


def copy_closed_file(source: Path, dest: Path) -> Path:
    """A copy of a books file that cannot be opened, under a temporary name until complete.
    Its -wal, which may hold its last changes, is copied and folded into the copy, so that the
    copy is one file like every other backup; a file too damaged for SQLite to do that keeps
    the copy of its -wal beside it."""
    part = dest.with_name(dest.name + PART_SUFFIX)
    part_wal, dest_wal = _wal_of(part), _wal_of(dest)
    try:
        _copy_with_wal(source, part)
        if part_wal.exists():
            os.replace(part_wal, dest_wal)
        os.replace(part, dest)
    except BaseException:
        remove_with_side_files(part)
        with contextlib.suppress(FileNotFoundError):
            dest_wal.unlink()
        raise
    return dest


def _copy_with_wal(source: Path, part: Path) -> None:
    """Copy *source* to *part*, with its -wal folded in when it has one (left beside *part*
    when SQLite cannot fold it)."""
    remove_with_side_files(part)
    _copy_bytes(source, part)
    if _wal_of(source).exists():
        _copy_bytes(_wal_of(source), _wal_of(part))
        _fold_wal(part)


def _wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _fold_wal(path: Path) -> None:
    """Write the changes of the -wal beside *path* into it and remove the -wal: one file. A
    file SQLite cannot open is left with its -wal as it is."""
    try:
        with contextlib.closing(sqlite3.connect(str(path))) as con:
            con.execute("PRAGMA journal_mode=DELETE").fetchone()
    except sqlite3.DatabaseError:
        pass
    with contextlib.suppress(FileNotFoundError):
        path.with_name(path.name + "-shm").unlink()


def _copy_bytes(source: Path, dest: Path) -> None:
    with open(source, "rb") as reader, open(dest, "wb") as writer:
        while chunk := reader.read(1024 * 1024):
            writer.write(chunk)
        writer.flush()
        os.fsync(writer.fileno())


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable; Windows has no handle on folders to flush, and needs none."""
    if os.name == "nt":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def timestamped_name(db_path: Path, reason: str, now: dt.datetime | None = None) -> str:
    """A backup file name that sorts by time and says why it was taken; always .sqlite3, so
    that backups are found as such whatever the books' own file is called."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{db_path.stem}-{stamp}-{reason}{BACKUP_SUFFIX}"

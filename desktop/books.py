"""Opening the office's books: the file, its schema, and the first administrator."""

from __future__ import annotations

import contextlib
import errno
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from db.backup import CopyDamaged, is_disk_full, peek_version, says_damaged
from db.connection import (
    DatabaseUnreadable,
    close_connection,
    close_database,
    database,
    open_database,
)
from db.migrations import CURRENT_VERSION, NotOurFile, SchemaTooNew, migrate
from db.models import AssessmentArea, AssessmentClass, GroupKind, LoanProduct, SavingsProduct, User
from desktop import audit
from desktop.assessments import seed_instrument
from desktop.auth import ADMINISTRATOR, Actor, actor_of, hash_password
from desktop.errors import DomainError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.loan_products import seed_loan_products
from desktop.savings import seed_savings_products
from desktop.settings import is_demo, office_profile, put_setting
from desktop.users import validate_new_user

DEFAULT_GROUP_KINDS = [
    ("POKMAS", "Pokmas", "Kelompok masyarakat (program IDT)"),
    ("KUBE", "KUBE", "Kelompok usaha bersama (Kementerian Sosial)"),
    ("KSM", "KSM", "Kelompok swadaya masyarakat (PNPM perkotaan)"),
    ("KSP", "Kelompok Simpan Pinjam", "Kelompok simpan pinjam"),
]


# Below this much free space SQLite may fail halfway through a write; the office is told before.
MIN_FREE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class BooksInfo:
    path: Path
    is_demo: bool
    office_name: str
    needs_administrator: bool
    backup_before_migration: Path | None
    backup_dir: Path | None = None  # the program's own backup folder
    version: int = CURRENT_VERSION  # older only for books opened as they are

    @property
    def default_backup_dir(self) -> Path:
        return self.backup_dir or self.path.parent / "cadangan"


class BooksProblem(DomainError):
    """The books cannot be opened; *kind* says why, so the screen can offer the way out."""

    MISSING, DAMAGED, NEWER, FOREIGN, READ_ONLY, DISK_FULL, BUSY = (
        "missing", "damaged", "newer", "foreign", "read_only", "disk_full", "busy")

    def __init__(self, kind: str, message: str, path: Path, **params: object) -> None:
        super().__init__(message, None, path=str(path), **params)
        self.kind, self.path = kind, path


def _missing(path: Path) -> BooksProblem:
    return BooksProblem(BooksProblem.MISSING, QT_TRANSLATE_NOOP("Errors", "The books {path} were not found. If they are on a USB drive or a network folder, plug it in or connect it and choose Try again. Otherwise restore the last backup or open another file."), path)


def _damaged(path: Path) -> BooksProblem:
    return BooksProblem(BooksProblem.DAMAGED, QT_TRANSLATE_NOOP("Errors", "The file {path} is damaged or is not a database, so it cannot be opened safely. Restore the last backup (the damaged file is kept aside), or open another file."), path)


def _read_only(path: Path) -> BooksProblem:
    return BooksProblem(BooksProblem.READ_ONLY, QT_TRANSLATE_NOOP("Errors", "The books {path} cannot be written: the file or its folder is read-only (a write-protected USB drive, a CD, or a folder you may not change). Remove the protection or copy the file to a folder you may write in, then choose Try again."), path)


def _disk_full(path: Path) -> BooksProblem:
    free = _free_bytes(path.parent)
    return BooksProblem(BooksProblem.DISK_FULL, QT_TRANSLATE_NOOP("Errors", "The disk holding {path} is full: only {free} is free. Delete files you no longer need or empty the Recycle Bin, then choose Try again."), path, free=size_text(free or 0))


def _busy(path: Path) -> BooksProblem:
    return BooksProblem(BooksProblem.BUSY, QT_TRANSLATE_NOOP("Errors", "The books {path} are busy in another program or on another PC (perhaps a backup or a restore). Wait a moment, then choose Try again."), path)


def size_text(size: int) -> str:
    """A file or disk size as people read it: 850 KB, 25,3 MB, 1,2 GB."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024)) if size else 0} KB"
    value, unit = (size / 1024 ** 3, "GB") if size >= 1024 ** 3 else (size / 1024 ** 2, "MB")
    return f"{value:.1f} {unit}".replace(".", ",")


def _free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _check_place(path: Path, create: bool) -> None:
    """Refuse, before SQLite touches anything, books that are not there, a disk that is full,
    or a file or folder that cannot be written."""
    if not path.exists():
        if not create:
            raise _missing(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise _missing(path) from None
    if not path.parent.is_dir():
        raise _missing(path)
    free = _free_bytes(path.parent)
    if free is not None and free < MIN_FREE_BYTES:
        raise _disk_full(path)
    try:
        with tempfile.TemporaryFile(dir=path.parent):
            pass
        if path.exists():
            with open(path, "r+b"):
                pass
    except OSError as exc:
        raise (_disk_full(path) if is_disk_full(exc) else _read_only(path)) from None


def _problem_of(path: Path, exc: Exception) -> BooksProblem | None:
    """The problem an error while opening or bringing the books up to date stands for."""
    if isinstance(exc, SchemaTooNew):
        return BooksProblem(BooksProblem.NEWER, QT_TRANSLATE_NOOP("Errors", "The file {path} was written by a newer version of this program (books version {found}; this program reads up to {current}). Install the newer version to open it, or open another file."), path, found=exc.found, current=CURRENT_VERSION)
    if isinstance(exc, NotOurFile):
        return BooksProblem(BooksProblem.FOREIGN, QT_TRANSLATE_NOOP("Errors", "The file {path} is a database of another program, not Berdaya books. Open another file."), path)
    if isinstance(exc, DatabaseUnreadable):
        return _damaged(path)
    if is_disk_full(exc):
        return _disk_full(path)
    text = str(exc).lower()
    if isinstance(exc, PermissionError) or "readonly" in text or "read-only" in text:
        return _read_only(path)
    if "locked" in text or "busy" in text:
        return _busy(path)
    if isinstance(exc, pw.DatabaseError | sqlite3.DatabaseError):
        return _damaged(path)
    if isinstance(exc, OSError) and exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO):
        return _missing(path) if not path.exists() else _damaged(path)
    return None


def books_damage(exc: BaseException | None) -> str | None:
    """SQLite's words when *exc*, or an error that led to it, is a database error saying the
    books file is damaged; None for anything else."""
    for _depth in range(10):
        if exc is None:
            return None
        is_database_error = any(kind.__name__ == "DatabaseError" for kind in type(exc).__mro__)
        if is_database_error and says_damaged(str(exc)):
            return str(exc)
        exc = exc.__cause__ or exc.__context__
    return None


def _check_kind(path: Path, create: bool) -> int:
    """Refuse a file that is not our books, or is of a newer version, before opening it for
    writing: opening would switch its journal to WAL, a change to someone else's file. An
    empty file stands for books only when new ones are asked for (else a copy went wrong).
    The version found: 0 for a file that is not there or empty."""
    if not path.exists():
        return 0
    if path.stat().st_size == 0:
        if not create:
            raise _damaged(path)
        return 0
    try:
        found = peek_version(path)
    except CopyDamaged as exc:
        raise (_busy(path) if "locked" in exc.detail or "busy" in exc.detail else _damaged(path)) from None
    if found is None:
        raise _problem_of(path, NotOurFile())
    if found > CURRENT_VERSION:
        raise _problem_of(path, SchemaTooNew(found))
    return found


_current: BooksInfo | None = None


def current_books() -> BooksInfo | None:
    """The books open now (set by open_books), for work that needs their file or folders."""
    return _current


@contextlib.contextmanager
def _opening(path: Path) -> Iterator[None]:
    """Close the database again and raise the BooksProblem an error stands for, when opening
    or bringing the books up to date fails."""
    try:
        yield
    except (DatabaseUnreadable, NotOurFile, SchemaTooNew, pw.DatabaseError, sqlite3.DatabaseError,
            OSError) as exc:
        close_database()
        problem = _problem_of(path, exc)
        if problem is None:
            raise
        raise problem from exc


def _describe(path: Path, backup: Path | None, backup_dir: str | Path,
              version: int = CURRENT_VERSION) -> BooksInfo:
    return BooksInfo(path, is_demo(), office_profile().name, not User.select().exists(), backup,
                     Path(backup_dir), version)


def open_books(path: str | Path, backup_dir: str | Path, create: bool = True) -> BooksInfo:
    """Open the books at *path* (creating new ones only when *create*), bring the schema up
    to date, and describe them. A problem is a BooksProblem whose kind says what is wrong;
    a file that cannot be opened is left exactly as it was."""
    global _current
    path = Path(path)
    close_books()
    _check_place(path, create)
    _check_kind(path, create)
    with _opening(path):
        open_database(path)
        backup = migrate(path, Path(backup_dir))
        _seed_new_books()
    _current = _describe(path, backup, backup_dir)
    return _current


def open_books_as_they_are(path: str | Path, backup_dir: str | Path) -> BooksInfo:
    """Open existing books without bringing an older schema up to date or giving new books
    their first records: for a task that copies or checks them from a scheduler, which must
    not upgrade books that PCs still on the older program work in. Problems are BooksProblems,
    as for open_books."""
    global _current
    path = Path(path)
    close_books()
    _check_place(path, create=False)
    version = _check_kind(path, create=False)
    if version == 0:
        raise _problem_of(path, NotOurFile())
    with _opening(path):
        open_database(path)
        _current = _describe(path, None, backup_dir, version)
    return _current


def _seed_new_books() -> None:
    # Read first: books already seeded need no write lock, which another PC may be holding.
    seeded = (GroupKind, SavingsProduct, LoanProduct, AssessmentArea, AssessmentClass)
    if all(model.select().exists() for model in seeded):
        return
    with database.atomic():
        if not GroupKind.select().exists():
            for order, (code, name, description) in enumerate(DEFAULT_GROUP_KINDS):
                GroupKind.create(code=code, name=name, description=description, sort_order=order)
        seed_savings_products()
        seed_loan_products()
        seed_instrument()


def create_first_administrator(username: str, full_name: str, password: str) -> Actor:
    """Make the first user of new books an administrator; refused once any user exists."""
    validate_new_user(username, full_name, ADMINISTRATOR, password)
    with database.atomic():
        if User.select().exists():
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "These books already have an administrator. Log in instead."))
        user = User.create(username=username.strip().lower(), full_name=full_name.strip(),
                           role=ADMINISTRATOR, password_hash=hash_password(password))
        actor = actor_of(user)
        audit.record(actor, "user.create_first_admin", "user", user.id, user.username,
                     None, audit.snapshot(user, exclude=("password_hash",)))
    return actor


def mark_as_demo(office_name: str) -> None:
    """Flag these books as the demo office; call inside the demo's transaction."""
    put_setting("books.demo", "1")
    put_setting("office.name", office_name)


def close_books() -> None:
    """Close the books (before opening others)."""
    global _current
    _current = None
    close_database()


def release_thread_connection() -> None:
    """Close this thread's own connection; background work calls it when it ends."""
    close_connection()

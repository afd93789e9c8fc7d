"""Opening the office's books: the file, its schema, and the first administrator."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db.connection import (
    DatabaseUnreadable,
    close_connection,
    close_database,
    database,
    open_database,
)
from db.migrations import NotOurFile, SchemaTooNew, migrate
from db.models import GroupKind, User
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


@dataclass(frozen=True)
class BooksInfo:
    path: Path
    is_demo: bool
    office_name: str
    needs_administrator: bool
    backup_before_migration: Path | None


def open_books(path: str | Path, backup_dir: str | Path) -> BooksInfo:
    """Open (or create) the books at *path*, bring the schema up to date, and describe them."""
    path = Path(path)
    try:
        open_database(path)
        backup = migrate(path, Path(backup_dir))
    except DatabaseUnreadable:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The file {path} is damaged or is not a database. Open another file or restore a backup."), path=str(path)) from None
    except NotOurFile:
        close_database()
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The file {path} is a database of another program. Open another file."), path=str(path)) from None
    except SchemaTooNew:
        close_database()
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The file {path} was written by a newer version of this program. Install the newer version to open it."), path=str(path)) from None
    _seed_new_books()
    return BooksInfo(path, is_demo(), office_profile().name, not User.select().exists(), backup)


def _seed_new_books() -> None:
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
    close_database()


def release_thread_connection() -> None:
    """Close this thread's own connection; background work calls it when it ends."""
    close_connection()

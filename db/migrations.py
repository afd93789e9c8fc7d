"""Schema versions and the ordered steps that bring an older file up to date.

A new file gets the current tables at once. An older file is first copied with the online
backup, then each missing step runs in its own transaction and records its number, so a crash
leaves the file at the last completed step.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import peewee as pw
from playhouse.migrate import SqliteMigrator
from playhouse.migrate import migrate as alter

from db.audit_chain import seal_unhashed
from db.backup import backup_open_database, timestamped_name
from db.connection import database
from db.models import (
    ALL_MODELS,
    CAPITAL_MODELS,
    DEVELOPMENT_MODELS,
    MONEY_MODELS,
    SAFETY_MODELS,
    SAVINGS_MODELS,
    SHEET_MODELS,
    AuditRecord,
    Group,
    SchemaVersion,
    StageChange,
)

# The message a guard trigger aborts with; desktop/ turns it into the user's language.
CLOSED_MONTH = "berdaya: the month is closed"


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[], None]


def _initial_schema() -> None:
    database.create_tables(ALL_MODELS)


def _member_search_index() -> None:
    database.execute_sql(
        "CREATE INDEX IF NOT EXISTS member_name_key_status_number_nik "
        "ON member (name_key, status, number, nik)")
    database.execute_sql("DROP INDEX IF EXISTS member_name_key")


def _savings() -> None:
    database.create_tables(SAVINGS_MODELS)


def _capital() -> None:
    database.create_tables(CAPITAL_MODELS)


def _collection_sheets() -> None:
    database.create_tables(SHEET_MODELS)


def _development() -> None:
    database.create_tables(DEVELOPMENT_MODELS)
    # Each group's stage so far is its first in the history, from the day it was formed.
    StageChange.insert_from(
        Group.select(Group.id, pw.fn.COALESCE(Group.formed_date, pw.fn.DATE(Group.created_at)),
                     Group.stage, pw.Value(""), Group.created_at),
        [StageChange.group, StageChange.on, StageChange.stage, StageChange.note,
         StageChange.posted_at]).execute()


DAY_INDEX = {
    "savings_entry": '"on", method, amount',
    "loan_payment": '"on", method, amount',
    "pool_entry": '"on", payment_id, cash',
    "group_debt_entry": '"on"',
    "cash_entry": '"on"',
}


def create_guards() -> None:
    """Triggers that refuse, in the database itself, money dated in a closed month: a net
    under the checks in desktop/, so that no code path can post into closed books. Also an
    index by date on each money table, which the cash book sums by day; on the three large
    tables it holds the columns those sums read, so the rows themselves are not visited."""
    for model in MONEY_MODELS:
        table = model._meta.table_name
        database.execute_sql(f'CREATE INDEX IF NOT EXISTS {table}_on_day ON {table} ({DAY_INDEX[table]})')
        database.execute_sql(
            f'CREATE TRIGGER IF NOT EXISTS {table}_closed_month BEFORE INSERT ON {table} '
            f'WHEN NEW."on" <= (SELECT MAX(last_day) FROM month_close WHERE reopened_at IS NULL) '
            f"BEGIN SELECT RAISE(ABORT, '{CLOSED_MONTH}'); END")


def _safety() -> None:
    table = AuditRecord._meta.table_name
    if "hash" not in {column.name for column in database.get_columns(table)}:
        alter(SqliteMigrator(database).add_column(table, "hash", AuditRecord.hash))
    database.create_tables(SAFETY_MODELS)
    create_guards()
    seal_unhashed()  # and anchors the newest record, so that removing it is found too
    database.execute_sql("CREATE INDEX IF NOT EXISTS audit_record_user_id_at ON audit_record (user_id, at)")
    database.execute_sql("CREATE INDEX IF NOT EXISTS audit_record_action_at ON audit_record (action, at)")
    # Covered by the two above (the first also serves the user's foreign key).
    database.execute_sql("DROP INDEX IF EXISTS audit_record_action")
    database.execute_sql("DROP INDEX IF EXISTS audit_record_user_id")


# Each release that changes the schema appends a step; steps are never edited once released.
MIGRATIONS: list[Migration] = [
    Migration(1, "initial schema: users, audit, groups, members", _initial_schema),
    Migration(2, "covering index for member search", _member_search_index),
    Migration(3, "savings products, accounts and entries", _savings),
    Migration(4, "rotating capital: sources, pools, loan products, loans, payments", _capital),
    Migration(5, "collection sheets of group meetings", _collection_sheets),
    Migration(6, "sessions, attendance, visits, assessments and welfare surveys", _development),
    Migration(7, "audit hash chain, month close, cash book, cash counts, approvals", _safety),
]

CURRENT_VERSION = MIGRATIONS[-1].version


class SchemaTooNew(Exception):
    """The file was written by a newer version of the program."""

    def __init__(self, found: int) -> None:
        super().__init__(f"schema version {found} is newer than {CURRENT_VERSION}")
        self.found = found


class NotOurFile(Exception):
    """The file is a database, but not one this program wrote."""


def schema_version() -> int:
    """The version recorded in the open file; 0 for an empty file."""
    if not database.table_exists(SchemaVersion._meta.table_name):
        if database.get_tables():
            raise NotOurFile()
        return 0
    row = SchemaVersion.select(SchemaVersion.version).order_by(SchemaVersion.version.desc()).first()
    return row.version if row else 0


def migrate(db_path: Path, backup_dir: Path) -> Path | None:
    """Bring the open database to CURRENT_VERSION; return the backup taken, if any.

    Another PC may be bringing the same books up to date at the same moment. Each step reads
    the version again once it holds the write lock (its transaction begins IMMEDIATE) and skips
    what the other PC has done meanwhile; the books are backed up by the PC that finds them
    still as it first read them, just before its first step."""
    found = _version_known()
    if found == 0:
        found = _make_new_books()
    backup = None
    for step in MIGRATIONS:
        if step.version <= found:
            continue
        with database.atomic():
            now = _version_known()
            if now >= step.version:
                continue
            if backup is None and now == found:
                backup = _backup_before_migrating(db_path, backup_dir)
            step.apply()
            SchemaVersion.create(version=step.version, description=step.description)
    return backup


def _version_known() -> int:
    found = schema_version()
    if found > CURRENT_VERSION:
        raise SchemaTooNew(found)
    return found


def _make_new_books() -> int:
    """Give an empty file the current tables at once; the version the books are then at
    (another PC may have made them meanwhile)."""
    with database.atomic():
        found = _version_known()
        if found == 0:
            database.create_tables(ALL_MODELS)
            create_guards()
            SchemaVersion.create(version=CURRENT_VERSION, description="new books")
            return CURRENT_VERSION
    return found


def _backup_before_migrating(db_path: Path, backup_dir: Path) -> Path:
    """A copy of the books as they are, taken while this connection holds the write lock so
    that no other PC changes them meanwhile. It is read through a connection of its own:
    SQLite does not copy from the connection that holds the lock."""
    with contextlib.closing(sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)) as reader:
        return backup_open_database(backup_dir / timestamped_name(db_path, f"before-v{CURRENT_VERSION}"),
                                    source=reader)

"""The one database object of the process, opened once with explicit pragmas."""

from __future__ import annotations

from pathlib import Path

import peewee as pw

# A proxy, so that models are declared before we know which file (or, later, which server)
# holds the books.
database = pw.DatabaseProxy()

BUSY_TIMEOUT_SECONDS = 10

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # WAL with NORMAL sync is durable against application crashes; only a power cut can lose
    # the very last commit, never corrupt the file.
    "synchronous": "normal",
    "busy_timeout": BUSY_TIMEOUT_SECONDS * 1000,
}


class DatabaseUnreadable(Exception):
    """The file is not a database this program can open."""


def open_database(path: str | Path) -> pw.Database:
    """Open the SQLite file at *path* (creating it) and bind the models to it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    close_database()
    # Transactions take the write lock when they begin (BEGIN IMMEDIATE): two programs on one
    # file then queue for writing (each waits up to the busy timeout) instead of one failing
    # when it tries to write on a snapshot the other has changed. Plain reads are not affected.
    sqlite = pw.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=BUSY_TIMEOUT_SECONDS,
                               lock_type="IMMEDIATE")
    database.initialize(sqlite)
    try:
        sqlite.connect(reuse_if_open=True)
        sqlite.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except pw.DatabaseError as exc:
        sqlite.close()
        database.initialize(None)
        raise DatabaseUnreadable(str(exc)) from exc
    return sqlite


def close_database() -> None:
    """Close this thread's connection and unbind the models."""
    obj = database.obj
    if obj is not None and not obj.is_closed():
        obj.close()
    database.initialize(None)


def close_connection() -> None:
    """Close only this thread's connection (a worker thread's, when its work is done)."""
    obj = database.obj
    if obj is not None and not obj.is_closed():
        obj.close()

"""Copies of the books made with SQLite's online backup, safe while the file is in use."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from db.connection import database


def backup_open_database(dest: str | Path) -> Path:
    """Copy the open database to *dest* and check that the copy opens and is intact."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    target = sqlite3.connect(str(dest))
    try:
        database.connection().backup(target)
        result = target.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        target.close()
    if result != "ok":
        raise OSError(f"backup {dest} failed its integrity check: {result}")
    return dest


def timestamped_name(db_path: Path, reason: str) -> str:
    """A backup file name that sorts by time and says why it was taken."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return f"{db_path.stem}-{stamp}-{reason}{db_path.suffix or '.sqlite3'}"

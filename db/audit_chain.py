"""The hash chain of the audit trail: each record's hash covers its values and the hash of
the record before it, so a record changed, removed or slipped in outside the program shows
as the first record whose stored hash no longer matches."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator

from db.connection import database

# The stored text of each column, read without conversion so that the hash of a record is the
# same when it is written and when it is checked.
COLUMNS = ("at", "user_id", "action", "entity", "entity_id", "summary", "before", "after")


def chain_hash(previous: str, values: tuple) -> str:
    """The hash of one record whose columns (in COLUMNS order) are *values*."""
    text = json.dumps([previous, *values], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def last_hash() -> str:
    row = database.execute_sql("SELECT hash FROM audit_record ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else ""


def stored_records(batch: int = 5000) -> Iterator[tuple[int, tuple, str]]:
    """(id, values, stored hash) of every record in order, read in batches."""
    sql = (f"SELECT id, CAST(at AS TEXT), {', '.join(COLUMNS[1:])}, hash FROM audit_record "
           "WHERE id > ? ORDER BY id LIMIT ?")
    after = 0
    while True:
        rows = database.execute_sql(sql, (after, batch)).fetchall()
        if not rows:
            return
        for row in rows:
            yield row[0], tuple(row[1:-1]), row[-1]
        after = rows[-1][0]


def broken_links(limit: int = 20) -> tuple[int, list[int]]:
    """(records checked, ids of the first *limit* records whose hash does not match)."""
    previous, checked, broken = "", 0, []
    for record_id, values, stored in stored_records():
        checked += 1
        if chain_hash(previous, values) != stored and len(broken) < limit:
            broken.append(record_id)
        previous = stored
    return checked, broken


def seal_unhashed() -> int:
    """Give every record written before the chain existed its hash, in order (migration 7)."""
    previous, updates, sealed = "", [], 0
    for record_id, values, stored in stored_records():
        expected = chain_hash(previous, values)
        if stored != expected:
            updates.append((expected, record_id))
        previous = expected
        if len(updates) >= 5000:
            sealed += _write_hashes(updates)
    return sealed + _write_hashes(updates)


def _write_hashes(updates: list[tuple[str, int]]) -> int:
    count = len(updates)
    if updates:
        database.cursor().executemany("UPDATE audit_record SET hash = ? WHERE id = ?", updates)
        updates.clear()
    return count

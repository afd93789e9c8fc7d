"""The hash chain of the audit trail: each record's hash covers its values and the hash of
the record before it, so a record changed, removed or slipped in outside the program shows
as the first record whose stored hash no longer matches.

The newest link has nothing after it to break, so its id and hash are also kept apart, in a
setting written in the same transaction as the record (the anchor): records removed from the
end of the trail leave the anchor pointing past the last record, and the next record written
is numbered and chained after the anchor, so that the gap stays visible for good.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator

from db.connection import database

# The stored text of each column, read without conversion so that the hash of a record is the
# same when it is written and when it is checked.
COLUMNS = ("at", "user_id", "action", "entity", "entity_id", "summary", "before", "after")

# The setting that keeps the anchor, as "<id>:<hash>".
ANCHOR_KEY = "audit.last"

Link = tuple[int, str]  # (record id, its hash)


def chain_hash(previous: str, values: tuple) -> str:
    """The hash of one record whose columns (in COLUMNS order) are *values*."""
    text = json.dumps([previous, *values], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def last_hash() -> str:
    row = database.execute_sql("SELECT hash FROM audit_record ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else ""


def _as_link(text: str | None) -> Link | None:
    """The anchor kept as *text*; None when there is none or it cannot be read."""
    number, _, digest = (text or "").partition(":")
    return (int(number), digest) if number.isdigit() and digest else None


def write_anchor(record_id: int, digest: str) -> None:
    """Keep the newest record's link; inside the transaction that wrote the record."""
    database.execute_sql("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                         (ANCHOR_KEY, f"{record_id}:{digest}"))


def next_link() -> Link:
    """(id, previous hash) of the next record written: after the anchor, or, in a trail that
    has none yet, after the newest record; never an id used before."""
    sealed, newest = tail()
    newest_id, newest_hash = newest or (0, "")
    if sealed is None:
        return newest_id + 1, newest_hash
    return max(sealed[0], newest_id) + 1, sealed[1]


def tail() -> tuple[Link | None, Link | None]:
    """(the anchor, the newest record's link), read in one statement so that both are from
    the same moment while other programs write."""
    row = database.execute_sql(
        "SELECT (SELECT value FROM setting WHERE key = ?), "
        "(SELECT id FROM audit_record ORDER BY id DESC LIMIT 1), "
        "(SELECT hash FROM audit_record ORDER BY id DESC LIMIT 1)", (ANCHOR_KEY,)).fetchone()
    newest = (row[1], row[2] or "") if row[1] is not None else None
    return _as_link(row[0]), newest


def stored_hash(record_id: int) -> str | None:
    """The hash kept on record *record_id*; None when there is no such record."""
    row = database.execute_sql("SELECT hash FROM audit_record WHERE id = ?", (record_id,)).fetchone()
    return (row[0] or "") if row else None


def first_after(record_id: int) -> int | None:
    return database.execute_sql("SELECT MIN(id) FROM audit_record WHERE id > ?", (record_id,)).fetchone()[0]


def stored_records(after: int = 0, batch: int = 5000) -> Iterator[tuple[int, tuple, str]]:
    """(id, values, stored hash) of every record after record *after*, in order, read in
    batches."""
    sql = (f"SELECT id, CAST(at AS TEXT), {', '.join(COLUMNS[1:])}, hash FROM audit_record "
           "WHERE id > ? ORDER BY id LIMIT ?")
    while rows := database.execute_sql(sql, (after, batch)).fetchall():
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
    """Give every record written before the chain existed its hash, in order, and anchor the
    newest (migration 7)."""
    previous, updates, sealed, newest = "", [], 0, 0
    for record_id, values, stored in stored_records():
        expected = chain_hash(previous, values)
        if stored != expected:
            updates.append((expected, record_id))
        previous, newest = expected, record_id
        if len(updates) >= 5000:
            sealed += _write_hashes(updates)
    sealed += _write_hashes(updates)
    if newest:
        write_anchor(newest, previous)
    return sealed


def _write_hashes(updates: list[tuple[str, int]]) -> int:
    count = len(updates)
    if updates:
        database.cursor().executemany("UPDATE audit_record SET hash = ? WHERE id = ?", updates)
        updates.clear()
    return count

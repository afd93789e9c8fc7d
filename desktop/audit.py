"""The audit trail: who did what, when, with the values before and after."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from db.audit_chain import (
    COLUMNS,
    Link,
    broken_links,
    chain_hash,
    first_after,
    next_link,
    stored_hash,
    tail,
    write_anchor,
)
from db.connection import database
from db.models import AuditRecord, BaseModel
from desktop.auth import Actor


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def snapshot(row: BaseModel, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """The row's stored values, as JSON-ready data, for the audit trail."""
    return {
        name: _plain(row.__data__.get(name)) for name in row._meta.fields if name not in exclude
    }


def _json(values: dict[str, Any] | None) -> str | None:
    return json.dumps(values, ensure_ascii=False, sort_keys=True) if values is not None else None


def _write_chained(rows: list[dict[str, Any]]) -> None:
    """Write the rows as the next records, in the order given, each stamped with the time, its
    number and its link in the hash chain; the newest becomes the anchor."""
    at = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    # Its own transaction when called outside one, so that the record and the anchor go
    # together.
    with contextlib.nullcontext() if database.in_transaction() else database.atomic():
        record_id, previous = next_link()
        for row in rows:
            row["id"], row["at"] = record_id, at
            row["hash"] = previous = chain_hash(previous, tuple(row[c] for c in COLUMNS))
            record_id += 1
        AuditRecord.insert_many(rows).execute()
        write_anchor(rows[-1]["id"], rows[-1]["hash"])


def record(
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: int | None,
    summary: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Write one audit record; call it inside the operation's transaction."""
    row = {"user_id": actor.id if actor else None, "action": action, "entity": entity,
           "entity_id": entity_id, "summary": summary, "before": _json(before),
           "after": _json(after)}
    _write_chained([row])


def record_many(actor: Actor | None, action: str, entity: str,
                records: list[tuple[int | None, str, dict[str, Any]]]) -> None:
    """Write many audit records of one kind at once, inside the operation's transaction:
    (entity id, summary, values after)."""
    if records:
        _write_chained([{"user_id": actor.id if actor else None, "action": action,
                         "entity": entity, "entity_id": entity_id, "summary": summary,
                         "before": None, "after": _json(after)}
                        for entity_id, summary, after in records])


@dataclass(frozen=True)
class ChainCheck:
    """The audit trail's hash chain as checked: how many records were read; where it breaks
    (a record changed or slipped in, the first record after some removed, or, when the newest
    records were removed, the number of the last of them); and those newest records removed
    (first and last number), if any."""

    checked: int
    broken: list[int]
    removed: tuple[int, int] | None = None

    @property
    def intact(self) -> bool:
        return not self.broken and self.removed is None


def check_chain() -> ChainCheck:
    """Walk the whole audit trail and list the records changed or removed outside the program."""
    sealed, newest = tail()
    checked, broken = broken_links()
    at_end, removed = _tail_breaks(sealed, newest)
    return ChainCheck(checked, sorted(set(broken) | set(at_end)), removed)


def _tail_breaks(sealed: Link | None, newest: Link | None) -> tuple[list[int], tuple[int, int] | None]:
    """What the anchor tells of the end of the trail, which no later link guards: (records
    where it breaks, the newest records removed)."""
    if sealed is None:
        # Every record written leaves the anchor: a trail without one lost it outside.
        return ([newest[0]], None) if newest else ([], None)
    anchored, digest = sealed
    if newest is None or newest[0] < anchored:
        first = newest[0] + 1 if newest else 1
        return [anchored], (first, anchored)
    if newest[0] == anchored:
        return ([] if newest[1] == digest else [anchored]), None
    # Records after the anchor were written outside the program (and the anchored one may
    # have been changed to lead to them).
    breaks = [anchored] if stored_hash(anchored) not in (None, digest) else []
    slipped = first_after(anchored)
    return breaks + ([slipped] if slipped is not None else []), None

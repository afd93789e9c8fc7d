"""The audit trail: who did what, when, with the values before and after."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from db.audit_chain import COLUMNS, broken_links, chain_hash, last_hash
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


def _chained(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Stamp each row with the time and its link in the hash chain, in the order given."""
    at = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    previous = last_hash()
    for row in rows:
        row["at"] = at
        row["hash"] = previous = chain_hash(previous, tuple(row[c] for c in COLUMNS))
    return rows


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
    AuditRecord.insert(_as_fields(_chained([row])[0])).execute()


def record_many(actor: Actor | None, action: str, entity: str,
                records: list[tuple[int | None, str, dict[str, Any]]]) -> None:
    """Write many audit records of one kind at once, inside the operation's transaction:
    (entity id, summary, values after)."""
    if records:
        rows = _chained([{"user_id": actor.id if actor else None, "action": action,
                          "entity": entity, "entity_id": entity_id, "summary": summary,
                          "before": None, "after": _json(after)}
                         for entity_id, summary, after in records])
        AuditRecord.insert_many([_as_fields(row) for row in rows]).execute()


def _as_fields(row: dict[str, Any]) -> dict[str, Any]:
    fields = dict(row)
    fields["user"] = fields.pop("user_id")
    return fields


@dataclass(frozen=True)
class ChainCheck:
    """The audit trail's hash chain: how many records were read, and the first that broke it."""

    checked: int
    broken: list[int]

    @property
    def intact(self) -> bool:
        return not self.broken


def check_chain() -> ChainCheck:
    """Walk the whole audit trail and list the records changed or removed outside the program."""
    checked, broken = broken_links()
    return ChainCheck(checked, broken)

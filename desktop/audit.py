"""The audit trail: who did what, when, with the values before and after."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

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
    AuditRecord.create(
        user=actor.id if actor else None,
        action=action,
        entity=entity,
        entity_id=entity_id,
        summary=summary,
        before=json.dumps(before, ensure_ascii=False, sort_keys=True) if before is not None else None,
        after=json.dumps(after, ensure_ascii=False, sort_keys=True) if after is not None else None,
    )


def record_many(actor: Actor | None, action: str, entity: str,
                records: list[tuple[int | None, str, dict[str, Any]]]) -> None:
    """Write many audit records of one kind at once: (entity id, summary, values after)."""
    if records:
        AuditRecord.insert_many([
            {"user": actor.id if actor else None, "action": action, "entity": entity,
             "entity_id": entity_id, "summary": summary, "before": None,
             "after": json.dumps(after, ensure_ascii=False, sort_keys=True)}
            for entity_id, summary, after in records]).execute()

"""Reading approval requests: those waiting (and whether a given user may decide each), those
decided in a period, and how many wait, for the notice at login."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from peewee import JOIN, ModelSelect

from db.models import ApprovalRequest, User
from desktop.approvals import APPROVABLE, may_decide
from desktop.auth import ROLES, Actor
from desktop.i18n import QT_TRANSLATE_NOOP

DECIDED_DAYS = 90  # the decided requests shown unless a period is chosen

REQUEST_STATUSES = {
    "pending": QT_TRANSLATE_NOOP("Labels", "Waiting"),
    "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}


@dataclass(frozen=True)
class RequestRow:
    id: int
    version: int
    action: str
    label: str  # what is asked, in the Labels context
    requested_by_id: int
    requested_by: str
    requested_at: dt.datetime
    summary: list[tuple[str, str]]  # (label in the Labels context, value as written)
    status: str  # pending | approved | rejected | withdrawn
    decided_by: str
    decided_at: dt.datetime | None
    note: str
    approvers: tuple[str, ...]  # the roles that may decide it
    may_decide: bool  # the user reading may approve or reject it
    own: bool  # the user reading asked for it (and may withdraw it while it waits)


@dataclass(frozen=True)
class PendingCounts:
    to_decide: int  # waiting for the user's decision
    own: int  # asked by the user and still waiting


def approvable_actions() -> list[tuple[str, str]]:
    """(key, label) of every action the office may mark as needing approval."""
    return [(key, spec.label) for key, spec in APPROVABLE.items()]


def sees_all(actor: Actor) -> bool:
    """Whether the user sees every request (a role that decides them) or only their own."""
    return actor.may("approvals.decide")


def _query(actor: Actor) -> ModelSelect:
    asker, decider = User.alias(), User.alias()
    query = (ApprovalRequest.select(ApprovalRequest, asker.full_name.alias("asker"),
                                    decider.full_name.alias("decider"))
             .join(asker, on=ApprovalRequest.requested_by == asker.id)
             .switch(ApprovalRequest)
             .join(decider, JOIN.LEFT_OUTER, on=ApprovalRequest.decided_by == decider.id))
    if not sees_all(actor):
        query = query.where(ApprovalRequest.requested_by == actor.id)
    return query


def _row(actor: Actor, request: ApprovalRequest) -> RequestRow:
    spec = APPROVABLE.get(request.action)
    summary = [(label, value) for label, value in json.loads(request.summary or "[]")]
    return RequestRow(
        request.id, request.version, request.action, spec.label if spec else request.action,
        request.requested_by_id, request.asker, request.requested_at, summary, request.status,
        request.decider or "", request.decided_at, request.decision_note,
        tuple(role for role in ROLES if spec and role in spec.approvers),
        may_decide(actor, request), request.requested_by_id == actor.id)


def pending_requests(actor: Actor) -> list[RequestRow]:
    """The requests waiting, oldest first: every one for a user whose role decides them, the
    user's own for anyone else."""
    query = (_query(actor).where(ApprovalRequest.status == "pending")
             .order_by(ApprovalRequest.requested_at, ApprovalRequest.id))
    return [_row(actor, request) for request in query.objects()]


def decided_requests(actor: Actor, first: dt.date | None = None,
                     last: dt.date | None = None) -> list[RequestRow]:
    """The requests approved, rejected or withdrawn from *first* to *last* (by default the
    last DECIDED_DAYS days), newest first."""
    last = last or dt.date.today()
    first = first or last - dt.timedelta(days=DECIDED_DAYS)
    query = (_query(actor)
             .where((ApprovalRequest.status != "pending")
                    & (ApprovalRequest.decided_at >= dt.datetime.combine(first, dt.time()))
                    & (ApprovalRequest.decided_at < dt.datetime.combine(last + dt.timedelta(days=1), dt.time())))
             .order_by(ApprovalRequest.decided_at.desc(), ApprovalRequest.id.desc()))
    return [_row(actor, request) for request in query.objects()]


def pending_counts(actor: Actor, rows: list[RequestRow] | None = None) -> PendingCounts:
    """How many requests wait for the user's decision, and how many of their own wait (of
    *rows* when the list is already read)."""
    rows = pending_requests(actor) if rows is None else rows
    return PendingCounts(sum(r.may_decide for r in rows), sum(r.own for r in rows))

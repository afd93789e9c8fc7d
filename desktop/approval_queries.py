"""Reading approval requests: those waiting (and whether a given user may decide each), those
decided in a period, how many wait, and, for the notices at login, the decisions on a user's own
requests that they have not been told of yet."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from peewee import JOIN, ModelSelect

from db.models import ApprovalRequest, User

# The modules whose actions can be marked as needing approval: each registers its own, so the
# list of them is whole wherever requests are read.
from desktop import audit, cashbook, collection, loans, month_close, savings  # noqa: F401
from desktop.approvals import APPROVABLE, may_decide
from desktop.auth import ROLES, Actor
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import operation
from desktop.settings import get_setting, put_setting

DECIDED_DAYS = 90  # the decided requests shown unless a period is chosen
NOTICE_DAYS = 7  # decisions older than this are not told at login any more
SEEN_SETTING = "approvals.seen.{user}"  # the requests whose decision the user was told of

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


def pending_count(actor: Actor, counts: PendingCounts | None = None) -> int:
    """The number beside the page's name: the requests waiting for the user's decision, or,
    for a user who does not decide them, their own requests still waiting (of *counts* when
    they are already read)."""
    counts = pending_counts(actor) if counts is None else counts
    return counts.to_decide if sees_all(actor) else counts.own


def approvals_page_useful(actor: Actor) -> bool:
    """Whether the page can ever hold anything for the user: their role may decide requests,
    or may do an action the office can mark as needing approval, or they asked before (in a
    role they no longer hold)."""
    if sees_all(actor) or any(actor.may(spec.operation.permission) for spec in APPROVABLE.values()):
        return True
    return ApprovalRequest.select().where(ApprovalRequest.requested_by == actor.id).exists()


def request_row(actor: Actor, request_id: int) -> RequestRow | None:
    """One request as the user reads it; None when it is gone or not theirs to see."""
    request = _query(actor).where(ApprovalRequest.id == request_id).objects().first()
    return _row(actor, request) if request is not None else None


# --- decisions the asker has not been told of ----------------------------------------------

def _told(actor: Actor) -> set[int]:
    """The requests whose decision the user was already told of, kept by number rather than by
    time: two decisions can share a second and two PCs' clocks can differ."""
    try:
        return {int(number) for number in json.loads(get_setting(SEEN_SETTING.format(user=actor.id)))["told"]}
    except (ValueError, TypeError, KeyError):
        return set()


def _decided_for(actor: Actor, since: dt.datetime):
    """The user's own requests approved or rejected by another user since *since*. (A request
    the user withdrew is not news to them.)"""
    return ((ApprovalRequest.requested_by == actor.id)
            & ApprovalRequest.status.in_(["approved", "rejected"])
            & (ApprovalRequest.decided_by != actor.id)
            & (ApprovalRequest.decided_at >= since))


def decided_since_last_login(actor: Actor, now: dt.datetime | None = None) -> list[RequestRow]:
    """The user's own requests decided by another user in the last NOTICE_DAYS days and not yet
    told of at a login, newest first."""
    now = now or dt.datetime.now()
    told = _told(actor)
    condition = _decided_for(actor, now - dt.timedelta(days=NOTICE_DAYS))
    if told:
        condition &= ApprovalRequest.id.not_in(sorted(told))
    query = (_query(actor).where(condition)
             .order_by(ApprovalRequest.decided_at.desc(), ApprovalRequest.id.desc()))
    return [_row(actor, request) for request in query.objects()]


@operation("approvals.request")
def mark_decisions_seen(actor: Actor, rows: list[RequestRow]) -> None:
    """Note that the user was told of the decisions on *rows*, so that the next login tells
    only newer ones."""
    if not rows:
        return
    told = _told(actor) | {row.id for row in rows}
    # Only what could still be told needs remembering: the list stays as short as a week's
    # decisions however long the office uses the program.
    recent = _decided_for(actor, dt.datetime.now() - dt.timedelta(days=NOTICE_DAYS + 1))
    still = {r.id for r in ApprovalRequest.select(ApprovalRequest.id)
             .where(recent & ApprovalRequest.id.in_(sorted(told)))}
    put_setting(SEEN_SETTING.format(user=actor.id), json.dumps({"told": sorted(still)}))
    audit.record(actor, "approval.seen", "approval_request", None,
                 " ".join(f"#{row.id}" for row in rows), None,
                 {"requests": [row.id for row in rows]})

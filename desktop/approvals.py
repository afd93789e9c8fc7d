"""Approvals: actions the office marks as needing a second person (reversals, write-offs,
loan approval, reopening a month...) are kept as a request until a user whose role may
approve them, other than the one who asked, approves or rejects it.

An operation takes part by wearing ``@approvable`` above its ``@operation``. When the office
has marked it, a call does not act: the operation is tried and rolled back (so a request that
could not be carried out is refused at once, with the operation's own message), then the
request is stored and ``ApprovalRequested`` tells the screen so. Approving runs the operation
with the arguments asked for, on behalf of the user who asked, in the approval's transaction;
if it can no longer be done (the entry was reversed meanwhile, the month was closed), the
approval is refused with that message and the request stays waiting.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from db.connection import database
from db.models import ApprovalRequest, User
from desktop import audit
from desktop.approval_summaries import SUMMARIES
from desktop.auth import ADMINISTRATOR, CHAIR, ROLE_LABELS, Actor, actor_of, require
from desktop.dates import format_date
from desktop.errors import DomainError, NotFound, ensure_unchanged
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import inside_operation, operation, translated_errors
from desktop.settings import get_setting, put_setting
from desktop.text import NOTE_LENGTH, REASON_LENGTH, check_text, shown

SETTING = "approval.required"
SUPERVISORS = frozenset({ADMINISTRATOR, CHAIR})

# Actions that do others as part of themselves: while one of those others waits for approval,
# so does the whole, or marking the part would be got round by doing the whole. A sheet
# reversed reverses each savings entry and loan payment it posted.
IMPLIED_BY = {
    "sheet.reverse": frozenset({"savings.reverse", "loans.reverse"}),
}

# What an operation's arguments are completed with when it is asked for: the figures that
# decide its effect, read as the request is made (see ``approvable``).
Pinned = Callable[[dict[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class Approvable:
    key: str
    label: str  # Labels context
    operation: Callable[..., Any]
    approvers: frozenset[str]
    signature: inspect.Signature
    implied_by: frozenset[str] = frozenset()  # marking any of these marks this one too
    pinned: Pinned | None = None


APPROVABLE: dict[str, Approvable] = {}


class ApprovalRequested(DomainError):
    """Not a refusal: the action was kept as a request and waits for a second user."""

    def __init__(self, request_id: int, label: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "Sent for approval as request {number}: {action}. It takes effect when a user who may approve it agrees."), None, number=request_id, action=label)
        self.request_id = request_id


def approvable(key: str, label: str, approvers: frozenset[str] = SUPERVISORS, pinned: Pinned | None = None
               ) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Let the office require a second user's approval for the decorated operation.

    An approved request runs later, on the books as they are then: an operation whose effect
    depends on more than its arguments (the principal a write-off takes) takes that figure as
    an argument too and refuses when it no longer holds. *pinned*, given the arguments asked
    for (by name), returns those left out filled in as things stand, so that the request
    keeps what the approver is shown."""

    def wrap(op: Callable[..., Any]) -> Callable[..., Any]:
        signature = inspect.signature(op)

        @functools.wraps(op)
        def run(actor: Actor, *args: Any, **kwargs: Any) -> Any:
            # Called by another operation (a sheet reversed reverses its entries, an approval
            # carries out what was asked), it is part of that one, whose own mark decides
            # whether approval is needed: see IMPLIED_BY.
            if inside_operation() or not needs_approval(key):
                return op(actor, *args, **kwargs)
            return _request(APPROVABLE[key], actor, args, kwargs)

        run.permission = op.permission  # type: ignore[attr-defined]
        run.approval = key  # type: ignore[attr-defined]
        APPROVABLE[key] = Approvable(key, label, op, approvers, signature,
                                     IMPLIED_BY.get(key, frozenset()), pinned)
        return run

    return wrap


def required_actions() -> set[str]:
    """The actions this office has marked as needing approval."""
    return {key for key in get_setting(SETTING).split(",") if key in APPROVABLE}


def needs_approval(key: str) -> bool:
    """Whether the action waits for approval: marked itself, or through a part it does."""
    marked = required_actions()
    return key in marked or bool(implying(key) & marked)


def implying(key: str) -> frozenset[str]:
    """The actions whose mark makes *key* wait for approval too."""
    spec = APPROVABLE.get(key)
    return spec.implied_by if spec else frozenset()


@operation("settings.edit")
def set_required_actions(actor: Actor, keys: set[str]) -> None:
    """Mark which actions wait for a second user's approval."""
    if not isinstance(keys, set | frozenset | list | tuple):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Unknown action: {key}."), "keys", key=shown(str(keys)))
    unknown = {str(key) for key in keys if not isinstance(key, str) or key not in APPROVABLE}
    if unknown:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Unknown action: {key}."), "keys", key=shown(", ".join(sorted(unknown))))
    before, after = sorted(required_actions()), sorted(set(keys))
    put_setting(SETTING, ",".join(after))
    audit.record(actor, "settings.approvals", "setting", None, "actions needing approval",
                 {"required": before}, {"required": after})


# --- the arguments, kept as JSON -------------------------------------------------------------

def _encode(name: str, value: Any) -> Any:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return {"date": value.isoformat()}
    if value is None or isinstance(value, bool | int | str):
        return value
    raise DomainError(QT_TRANSLATE_NOOP("Errors", "This cannot be kept with a request for approval: enter a whole number, a date or a text."), name)


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"date"}:
        return dt.date.fromisoformat(value["date"])
    return value


def arguments(request: ApprovalRequest) -> dict[str, Any]:
    """The operation's arguments as asked (dates as dates)."""
    return {name: _decode(value) for name, value in json.loads(request.params).items()}


def _request(spec: Approvable, actor: Actor, args: tuple, kwargs: dict) -> Any:
    require(actor, spec.operation.permission)
    bound = spec.signature.bind(actor, *args, **kwargs)
    bound.apply_defaults()
    with translated_errors(), database.atomic():
        if spec.pinned is not None:
            bound.arguments.update(spec.pinned(dict(list(bound.arguments.items())[1:])))
        # Tried and rolled back: a request that could not be carried out now is refused now,
        # with the operation's own message about what is wrong in it.
        with database.savepoint() as trial:
            spec.operation(*bound.args, **bound.kwargs)
            trial.rollback()
        params = {name: _encode(name, value) for name, value in list(bound.arguments.items())[1:]}
        text = json.dumps(params, sort_keys=True)
        waiting = (ApprovalRequest.select(ApprovalRequest.id)
                   .where((ApprovalRequest.action == spec.key) & (ApprovalRequest.params == text)
                          & (ApprovalRequest.status == "pending")).scalar())
        if waiting:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "This is already waiting for approval as request {number}."), None, number=waiting)
        summary = _summary_of(spec.key, {k: _decode(v) for k, v in params.items()})
        request = ApprovalRequest.create(action=spec.key, params=text,
                                         summary=json.dumps(summary, ensure_ascii=False),
                                         requested_by=actor.id)
        audit.record(actor, "approval.request", "approval_request", request.id,
                     f"{spec.key} #{request.id}", None, audit.snapshot(request))
    raise ApprovalRequested(request.id, spec.label)


def _summary_of(key: str, params: dict[str, Any]) -> list[tuple[str, str]]:
    """What the approver is shown of the request: (label in the Labels context, value)."""
    summary = SUMMARIES.get(key)
    if summary is not None:
        return summary(params)
    return [(name, format_date(value) if isinstance(value, dt.date) else str(value))
            for name, value in params.items() if value not in (None, "")]


# --- deciding ------------------------------------------------------------------------------

def _pending(request_id: int, version: int) -> ApprovalRequest:
    request = ApprovalRequest.get_or_none(ApprovalRequest.id == request_id)
    if request is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This request no longer exists."))
    ensure_unchanged(request.version, version)
    if request.status != "pending":
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Request {number} has already been decided."), None, number=request.id)
    return request


def may_decide(actor: Actor, request: ApprovalRequest) -> bool:
    spec = APPROVABLE.get(request.action)
    return (spec is not None and actor.role in spec.approvers
            and request.requested_by_id != actor.id and request.status == "pending")


def _check_decider(actor: Actor, request: ApprovalRequest) -> Approvable:
    spec = APPROVABLE.get(request.action)
    if spec is None:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Unknown action: {key}."), None, key=request.action)
    if request.requested_by_id == actor.id:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "You asked for this yourself; another user must approve or reject it."))
    if actor.role not in spec.approvers:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Your role may not decide this request."))
    return spec


def _requester(spec: Approvable, request: ApprovalRequest) -> Actor:
    """The user who asked, in whose name the action is carried out: still working here, and
    still in a role that may do it."""
    user = User.get_by_id(request.requested_by_id)
    if not user.active:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{name}, who asked for this, no longer works here; reject the request and ask again."), None, name=user.full_name)
    requester = actor_of(user)
    if not requester.may(spec.operation.permission):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{name}, who asked for this, is now {role} and may no longer do it; reject the request and ask again."), None, name=user.full_name, role=ROLE_LABELS.get(user.role, user.role))
    return requester


@operation("approvals.decide")
def approve(actor: Actor, request_id: int, version: int, note: str = "") -> Any:
    """Approve a request: carry the action out as asked, on behalf of the user who asked."""
    request = _pending(request_id, version)
    spec = _check_decider(actor, request)
    note = check_text(note, "note", NOTE_LENGTH)
    requester = _requester(spec, request)
    result = spec.operation(requester, **arguments(request))
    result_id = result if isinstance(result, int) and not isinstance(result, bool) else None
    _close(actor, request, "approved", note, "approval.approve", result_id)
    return result


@operation("approvals.decide")
def reject(actor: Actor, request_id: int, version: int, reason: str) -> None:
    """Reject a request, saying why; nothing of what was asked is done."""
    request = _pending(request_id, version)
    _check_decider(actor, request)
    reason = check_text(reason, "reason", REASON_LENGTH,
                        required=QT_TRANSLATE_NOOP("Errors", "Enter the reason for rejecting the request."))
    _close(actor, request, "rejected", reason, "approval.reject")


@operation("approvals.request")
def withdraw(actor: Actor, request_id: int, version: int) -> None:
    """Take back one's own request before it is decided."""
    request = _pending(request_id, version)
    if request.requested_by_id != actor.id:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Only the user who asked may withdraw a request."))
    _close(actor, request, "withdrawn", "", "approval.withdraw")


def _close(actor: Actor, request: ApprovalRequest, status: str, note: str, action: str,
           result_id: int | None = None) -> None:
    """Record the decision on the request (and what an approval made, *result_id*); *note*
    as checked by the caller."""
    before = audit.snapshot(request)
    request.status, request.decided_by, request.decided_at = status, actor.id, _now()
    request.decision_note, request.result_id = note, result_id
    request.version += 1
    request.save()
    audit.record(actor, action, "approval_request", request.id, f"{request.action} #{request.id}",
                 before, audit.snapshot(request))


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)

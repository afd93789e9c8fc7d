"""Named operations: each write is one function that checks the role, runs in one transaction
and records itself in the audit trail."""

from __future__ import annotations

import contextlib
import contextvars
import functools
from collections.abc import Callable, Iterator
from typing import ParamSpec, TypeVar

import peewee as pw

from db.connection import database
from db.migrations import CLOSED_MONTH
from desktop.auth import Actor, require
from desktop.errors import DomainError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.periods import closed_error, closed_through

BUSY_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors", "The books are busy on another computer. Nothing was saved; try again in a moment.")

P = ParamSpec("P")
R = TypeVar("R")

# Set while an operation runs, so that an operation it calls knows it is a part of it.
_running = contextvars.ContextVar("operation_running", default=False)


def inside_operation() -> bool:
    """Whether this is called by an operation, as a part of it."""
    return _running.get()


@contextlib.contextmanager
def translated_errors() -> Iterator[None]:
    """Turn what the database refuses into the user's words: money dated in a closed month
    (the database's own guard, when a check was missed) and the write lock held by another
    program past the busy timeout. Around a transaction, so that its start is covered too."""
    try:
        yield
    except pw.IntegrityError as exc:
        if CLOSED_MONTH in str(exc):
            raise closed_error(None, closed_through()) from None
        raise
    except pw.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DomainError(BUSY_MESSAGE) from None
        raise


def operation(permission: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Run the decorated function (whose first argument is the acting user) in one
    transaction, after checking that the user's role holds *permission*."""

    def wrap(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def run(actor: Actor, *args: P.args, **kwargs: P.kwargs) -> R:
            require(actor, permission)
            token = _running.set(True)
            try:
                with translated_errors(), database.atomic():
                    return func(actor, *args, **kwargs)
            finally:
                _running.reset(token)

        run.permission = permission  # type: ignore[attr-defined]
        return run

    return wrap

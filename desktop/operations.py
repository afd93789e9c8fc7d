"""Named operations: each write is one function that checks the role, runs in one transaction
and records itself in the audit trail."""

from __future__ import annotations

import functools
from collections.abc import Callable
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


def operation(permission: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Run the decorated function (whose first argument is the acting user) in one
    transaction, after checking that the user's role holds *permission*."""

    def wrap(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def run(actor: Actor, *args: P.args, **kwargs: P.kwargs) -> R:
            require(actor, permission)
            try:
                with database.atomic():
                    return func(actor, *args, **kwargs)
            except pw.IntegrityError as exc:
                if CLOSED_MONTH in str(exc):  # the database's own guard (a check was missed)
                    raise closed_error(None, closed_through()) from None
                raise
            except pw.OperationalError as exc:
                # Another program on the same file held the write lock past the busy timeout.
                if "locked" in str(exc) or "busy" in str(exc):
                    raise DomainError(BUSY_MESSAGE) from None
                raise

        run.permission = permission  # type: ignore[attr-defined]
        return run

    return wrap

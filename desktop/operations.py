"""Named operations: each write is one function that checks the role, runs in one transaction
and records itself in the audit trail."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from db.connection import database
from desktop.auth import Actor, require

P = ParamSpec("P")
R = TypeVar("R")


def operation(permission: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Run the decorated function (whose first argument is the acting user) in one
    transaction, after checking that the user's role holds *permission*."""

    def wrap(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def run(actor: Actor, *args: P.args, **kwargs: P.kwargs) -> R:
            require(actor, permission)
            with database.atomic():
                return func(actor, *args, **kwargs)

        run.permission = permission  # type: ignore[attr-defined]
        return run

    return wrap

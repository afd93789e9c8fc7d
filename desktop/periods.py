"""Closed months: no money may be posted or reversed with a date in a month whose books are
closed (tutup buku). Every posting checks here first; a trigger in the database refuses
whatever slips past (see db/migrations.py)."""

from __future__ import annotations

import datetime as dt

import peewee as pw

from db.models import MonthClose
from desktop.errors import DomainError
from desktop.i18n import QT_TRANSLATE_NOOP

CLOSED_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors", "The books are closed up to {date}; nothing can be posted or reversed on {day}. "
    "Use a date after {date}, or ask the administrator to reopen the month.")


def closed_through() -> dt.date | None:
    """The last day of the latest month closed and not reopened; None when none is closed."""
    value = (MonthClose.select(pw.fn.MAX(MonthClose.last_day))
             .where(MonthClose.reopened_at.is_null()).scalar())
    return dt.date.fromisoformat(str(value)) if value else None


def check_open(on: dt.date, field: str | None = "date") -> None:
    """Refuse a posting or reversal dated in a closed month."""
    last = closed_through()
    if last is not None and on <= last:
        raise closed_error(on, last, field)


def closed_error(on: dt.date | None, last: dt.date | None, field: str | None = "date") -> DomainError:
    if on is None or last is None:  # refused by the database's guard, which names no day
        return DomainError(QT_TRANSLATE_NOOP("Errors", "The books are closed up to {date}; a date in a closed month cannot be used. Use a later date, or ask the administrator to reopen the month."), field, date=last.strftime("%d/%m/%Y") if last else "")
    return DomainError(CLOSED_MESSAGE, field, date=last.strftime("%d/%m/%Y"),
                       day=on.strftime("%d/%m/%Y"))

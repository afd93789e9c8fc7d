"""Errors a user can act on.

The message is an English source text with ``{placeholders}``, marked for translation in the
``Errors`` context; the screen translates it, then fills the placeholders from ``params``.
``field`` names the form field the message belongs beside, when there is one.
"""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP


class DomainError(Exception):
    """A rule refused the operation; nothing was written."""

    def __init__(self, message: str, field: str | None = None, **params: object) -> None:
        super().__init__(message.format(**params) if params else message)
        self.message = message
        self.field = field
        self.params = params


class PermissionDenied(DomainError):
    """The acting user's role may not do this."""


class NotFound(DomainError):
    """The record asked for does not exist (any more)."""


class StaleRecord(DomainError):
    """Someone else changed the record since it was read; the screen reads it again. A more
    precise message may be given (a loan that moved on to its next step)."""

    def __init__(self, message: str | None = None, **params: object) -> None:
        super().__init__(message or QT_TRANSLATE_NOOP("Errors", "Someone else changed this record while you were editing it. Close the form and open it again."), None, **params)


def ensure_unchanged(stored_version: int, read_version: int) -> None:
    """Refuse an edit made from a copy older than the stored record (two PCs, one file)."""
    if stored_version != read_version:
        raise StaleRecord()


class ValidationErrors(DomainError):
    """Several fields are wrong at once; ``errors`` holds one DomainError per field."""

    def __init__(self, errors: list[DomainError]) -> None:
        super().__init__(errors[0].message, errors[0].field, **errors[0].params)
        self.errors = errors


class Cancelled(Exception):
    """The user stopped long work; whatever it would have written was not written."""

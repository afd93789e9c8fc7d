"""What people type, checked and cleaned before it is kept.

Every text a form or an import hands to an operation goes through ``check_text`` (or
``read_text``, for forms that list every wrong field at once): a name or a note of one line is
trimmed and its inner white space (tabs and line breaks pasted from Excel included) collapsed to
single spaces; notes of several lines keep their line breaks and tabs. Control characters (a
NUL, a terminal's escape codes) and the marks that turn text right-to-left are refused: they are
invisible on screen, make a name unsearchable and garble a printout. So is text longer than the
column that keeps it, and anything that is not text at all. Names in any script are kept as
typed. Whole numbers are checked with ``is_whole`` and ``whole_between``: a float, a text or a
bool is not one. A code chosen from a list is checked with ``is_choice``.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from desktop.errors import DomainError
from desktop.i18n import QT_TRANSLATE_NOOP

NOTES_LENGTH = 4000  # a note of several lines: about a printed page
NOTE_LENGTH = 200  # the note of a posting, as its column keeps it
REASON_LENGTH = 150  # a reversal's reason, kept in a note after the receipt it cancels

NOT_TEXT = QT_TRANSLATE_NOOP("Errors", "This entry cannot be read as text. Type it again.")
HIDDEN = QT_TRANSLATE_NOOP("Errors", "The text holds hidden characters. Type it again.")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "Use at most {n} characters here; this has {length}.")

# C0 and C1 controls (in one line, the white-space ones are collapsed before this is looked
# for), the embeddings, overrides and isolates of bidirectional text, and lone surrogates
# (which no file or database can store).
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_HIDDEN_IN_LINE = re.compile(f"[\t\n\r{_CONTROLS}]")
_HIDDEN_IN_NOTES = re.compile(f"[\r{_CONTROLS}]")


def clean(text: str | None) -> str:
    """Trim and collapse inner white space, as people paste names with stray spaces."""
    return " ".join((text or "").split())


def search_key(text: str | None) -> str:
    """The form of a name that search compares: cleaned and case-folded."""
    return clean(text).casefold()


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string that starts with *prefix*, so that a
    prefix search is a range any SQL database can answer from an index."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def clean_notes(text: str | None) -> str:
    """Notes of several lines as kept: trimmed, their line breaks made one kind."""
    return (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()


def has_hidden(text: str, multiline: bool = False) -> bool:
    """Whether *text* holds a character refused as invisible (line breaks and tabs are
    refused in one line, kept in notes)."""
    return bool((_HIDDEN_IN_NOTES if multiline else _HIDDEN_IN_LINE).search(text))


def check_text(value: object, field: str | None, limit: int, *, required: str | None = None,
               multiline: bool = False, too_long: str = TOO_LONG, **params: object) -> str:
    """The text as it is kept (None and blanks give ""), or a DomainError for *field*: not
    text, invisible control characters, or more than *limit* characters. *too_long* is the
    message for the last, filled with *params* (``n`` is the limit, ``length`` the length).
    An empty text is refused with *required* when it is given."""
    if value is not None and not isinstance(value, str):
        raise DomainError(NOT_TEXT, field)
    kept = clean_notes(value) if multiline else clean(value)
    if has_hidden(kept, multiline):
        raise DomainError(HIDDEN, field)
    if len(kept) > limit:
        raise DomainError(too_long, field, **({"n": limit, "length": len(kept)} | params))
    if required is not None and not kept:
        raise DomainError(required, field)
    return kept


def read_text(errors: list[DomainError], value: object, field: str, limit: int, *,
              required: str | None = None, multiline: bool = False, too_long: str = TOO_LONG,
              **params: object) -> str | None:
    """``check_text`` for a form that lists every wrong field: the text kept, or None when a
    refusal joined *errors*. An empty text is refused with *required* when it is given."""
    try:
        return check_text(value, field, limit, required=required, multiline=multiline,
                          too_long=too_long, **params)
    except DomainError as exc:
        errors.append(exc)
        return None


def shown(text: str, limit: int = 40) -> str:
    """A text as a message quotes it: cut short, so that a cell of ten thousand characters
    does not fill the screen."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


def is_whole(value: object) -> bool:
    """Whether *value* is a whole number (an int, not a bool, a float or a text of digits)."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_choice(value: object, choices: Collection[str]) -> bool:
    """Whether *value* is one of *choices* (a list's codes): a text, not a list or a number."""
    return isinstance(value, str) and value in choices


def whole_between(value: object, low: int, high: int) -> bool:
    """Whether *value* is a whole number from *low* to *high*."""
    return is_whole(value) and low <= value <= high  # type: ignore[operator]


def is_digits(text: str) -> bool:
    """Whether *text* is made of the digits 0-9 only (not other scripts' digits, not ²)."""
    return text.isascii() and text.isdigit()

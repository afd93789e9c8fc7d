"""Reading and writing dates the way Indonesian offices write them."""

from __future__ import annotations

import datetime as dt
import re

from desktop.errors import DomainError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.text import shown

MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2, "peb": 2,
    "maret": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7, "agustus": 8,
    "august": 8, "agu": 8, "agt": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "nop": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12, "nopember": 11, "pebruari": 2,
}
MONTH_NAMES_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                  "September", "Oktober", "November", "Desember"]

_NUMERIC_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WORDS = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$")


def _build(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The date {text} does not exist. Check the day and the month."), text=text) from None


def parse_date(text: str) -> dt.date | None:
    """Read 22/11/2026, 22-11-2026, 22.11.2026, 2026-11-22 or 22 November 2026; empty gives None."""
    if not isinstance(text, str):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Cannot read the date {text}. Write it like 22/11/2026."), text=shown(str(text)))
    text = " ".join(text.split())
    if not text:
        return None
    if m := _NUMERIC_DMY.match(text):
        return _build(int(m[3]), int(m[2]), int(m[1]), text)
    if m := _ISO.match(text):
        return _build(int(m[1]), int(m[2]), int(m[3]), text)
    if (m := _WORDS.match(text)) and m[2].lower() in MONTHS:
        return _build(int(m[3]), MONTHS[m[2].lower()], int(m[1]), text)
    raise DomainError(QT_TRANSLATE_NOOP("Errors", "Cannot read the date {text}. Write it like 22/11/2026."), text=shown(text))


def format_date(value: dt.date | None) -> str:
    """22/11/2026, the short form used in lists and forms."""
    return value.strftime("%d/%m/%Y") if value else ""


def format_moment(value: dt.datetime) -> str:
    """23/11/2026 14:05, a day and its time of day, as lists and messages show them."""
    return f"{format_date(value.date())} {value:%H:%M}"


def format_date_long(value: dt.date | None) -> str:
    """22 November 2026, the form used on paper."""
    return f"{value.day} {MONTH_NAMES_ID[value.month - 1]} {value.year}" if value else ""


def is_day(value: object) -> bool:
    """Whether *value* is a day (a date, not a date with a time of day)."""
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def check_day(value: object, field: str | None = "date") -> dt.date:
    """The day given, or a DomainError asking for one."""
    if not is_day(value):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the date."), field)
    return value  # type: ignore[return-value]


def check_not_future(on: dt.date, field: str | None = "date") -> None:
    """Refuse money or a step dated after today (or no day at all): the books record what has
    happened."""
    if check_day(on, field) > dt.date.today():
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The date cannot be in the future."), field)

"""Small text helpers shared by the register's rules."""

from __future__ import annotations


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

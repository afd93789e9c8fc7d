from __future__ import annotations

import datetime as dt

import pytest

from desktop.dates import format_date, format_date_long, parse_date
from desktop.errors import DomainError

DAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize("text", ["22/11/2026", "22-11-2026", "22.11.2026", "2026-11-22",
                                  "22 November 2026", "22 Nopember 2026", "22 nov 2026", " 22/11/2026 "])
def test_the_forms_offices_write_are_read(text):
    assert parse_date(text) == DAY


def test_empty_is_no_date():
    assert parse_date("  ") is None


@pytest.mark.parametrize("text, says", [("31/02/2026", "does not exist"), ("kemarin", "Write it like"),
                                        ("22/13/2026", "does not exist")])
def test_unreadable_dates_are_refused(text, says):
    with pytest.raises(DomainError, match=says):
        parse_date(text)


def test_formats():
    assert format_date(DAY) == "22/11/2026"
    assert format_date_long(DAY) == "22 November 2026"
    assert format_date(None) == ""

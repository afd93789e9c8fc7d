"""Another program holding the write lock: the user is told, nothing is half saved."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from db.connection import database
from db.models import SavingsEntry
from desktop.errors import DomainError
from desktop.savings import deposit
from tests.desktop.helpers import new_group, new_member
from tests.desktop.test_savings import accounts_of


def test_a_write_lock_held_elsewhere_past_the_timeout_is_a_clear_message(actors, books):
    member = new_member(actors["secretary"], new_group(actors["secretary"]))
    account = accounts_of(member)["sukarela"]
    database.execute_sql("PRAGMA busy_timeout = 200")  # instead of 10 s
    other = sqlite3.connect(books, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # the other PC is in the middle of a long posting
        with pytest.raises(DomainError, match="busy on another computer"):
            deposit(actors["treasurer"], account, dt.date(2026, 3, 2), 10_000)
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert SavingsEntry.select().count() == 0
    deposit(actors["treasurer"], account, dt.date(2026, 3, 2), 10_000)  # free again: it goes
    assert SavingsEntry.select().count() == 1

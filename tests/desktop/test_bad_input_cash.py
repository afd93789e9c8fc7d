"""Bad input at the cash book's writes, tried with the same values as every other form
(tests/desktop/test_bad_input.py): an entry of the office's own cash, its reversal, the count
of the drawer by total and note by note, closing and reopening a month. Each value is refused
with a message marked for translation, beside the right field, and the books left exactly as
they were; or, where it is a legitimate note, kept as the form keeps it."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from db.connection import close_database
from desktop import cashbook, month_close
from desktop.books import open_books
from desktop.errors import DomainError
from desktop.money import MAX_AMOUNT
from tests.desktop.test_bad_input import (
    AMOUNT,
    NOTE,
    REASON,
    TODAY,
    VALUES,
    Line,
    Number,
    Op,
    Strict,
    _attempt,
    _try,
    arg,
    role_actors,
    world_file,  # noqa: F401 - the books the other forms are tried on, here with cash
)


@pytest.fixture(scope="module")
def cash_world_file(world_file, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:  # noqa: F811
    """The books of the other forms, with the drawer's and the bank's opening balances on the
    first day with money, an income to reverse, and January 2025 closed."""
    path, ids = world_file
    folder = tmp_path_factory.mktemp("cash_world")
    copy = folder / "cash.sqlite3"
    shutil.copy(path, copy)
    open_books(copy, folder / "backups")
    actors = role_actors()
    first = cashbook.first_day()
    cashbook.post_cash_entry(actors["administrator"], first, "opening", 1_000_000, "uang di laci")
    cashbook.post_cash_entry(actors["administrator"], first, "bank_opening", 5_000_000, "buku tabungan")
    income = cashbook.post_cash_entry(actors["treasurer"], TODAY, "income", 50_000, "penjualan map")
    month_close.close_month(actors["treasurer"], 2025, 1)
    close_database()
    return copy, ids | {"income": income}


@pytest.fixture
def cash_world(cash_world_file, tmp_path: Path):
    path, ids = cash_world_file
    copy = tmp_path / "kantor.sqlite3"
    shutil.copy(path, copy)
    open_books(copy, tmp_path / "backups")
    yield SimpleNamespace(**ids, actors=role_actors())
    close_database()


def _denominations(v: dict[str, Any]) -> Any:
    """The notes and coins counted: the value tried as the whole argument, as a note's value,
    or as the number of Rp100.000 notes."""
    if "denominations" in v:
        return v["denominations"]
    if "value" in v:
        return {v["value"]: 1}
    return {100_000: arg(v, "pieces", 3)}


COUNTED = ("denominations", "counted")  # no notes counted at all is refused beside the total
MONTH = Number(1, 12, where="month")
YEAR = Number(1, 9998, where="month")

OPERATIONS = [
    Op("cash book entry", "treasurer", {"kind": Strict(where="kind"), "amount": AMOUNT, "note": NOTE},
       lambda w, v: cashbook.post_cash_entry(w.actors["treasurer"], TODAY, arg(v, "kind", "from_bank"),
                                             arg(v, "amount", 100_000), arg(v, "note", "cek 100200"))),
    Op("office expense", "treasurer", {"note": Line(200, required=True)},
       lambda w, v: cashbook.post_cash_entry(w.actors["treasurer"], TODAY, "expense", 10_000,
                                             arg(v, "note", "kertas dan tinta"))),
    Op("reverse a cash book entry", "treasurer", {"reason": REASON},
       lambda w, v: cashbook.reverse_cash_entry(w.actors["treasurer"], w.income, arg(v, "reason", "salah ketik"))),
    Op("count the drawer", "treasurer", {"counted": Number(0, MAX_AMOUNT, where="counted"), "note": NOTE},
       lambda w, v: cashbook.record_cash_count(w.actors["treasurer"], TODAY, arg(v, "counted", 150_000), None,
                                               arg(v, "note", "laci kasir"))),
    Op("count the drawer note by note", "treasurer", {
        "denominations": Strict(where=COUNTED), "value": Strict(where="denominations"),
        "pieces": Number(1, cashbook.MOST_PIECES, where=COUNTED)},
        lambda w, v: cashbook.record_cash_count(w.actors["treasurer"], TODAY, None, _denominations(v), "")),
    Op("close the month", "treasurer", {"note": NOTE, "month": MONTH, "year": YEAR},
       lambda w, v: month_close.close_month(w.actors["treasurer"], arg(v, "year", 2025), arg(v, "month", 2),
                                            arg(v, "note", "cocok dengan rekening koran"))),
    Op("reopen the month", "administrator", {"reason": Line(150, required=True), "month": MONTH, "year": YEAR},
       lambda w, v: month_close.reopen_month(w.actors["administrator"], arg(v, "year", 2025), arg(v, "month", 1),
                                             arg(v, "reason", "setoran terlewat"))),
]


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.name for op in OPERATIONS])
def test_every_cash_field_refuses_bad_input_and_keeps_odd_but_good_input(cash_world, op: Op):
    outcome, _same, before, after = _attempt(lambda: op.run(cash_world, {}))
    assert not isinstance(outcome, DomainError), f"the plain call is refused: {outcome}"
    reference = {t: after[t] - before[t] for t in after}
    problems = []
    for key, kind in op.fields.items():
        for label, value in VALUES.items():
            problems += _try(cash_world, op, key, kind, label, value, reference)
    assert problems == []


def test_the_messages_say_what_to_type(cash_world):
    treasurer = cash_world.actors["treasurer"]

    def refusal(call, *args) -> tuple[str | None, str]:
        outcome, same, _before, _after = _attempt(lambda: call(treasurer, *args))
        assert isinstance(outcome, DomainError) and same
        return outcome.field, str(outcome)

    assert refusal(cashbook.post_cash_entry, TODAY, "expense", 10_000, "ATK\x1b[31m") == (
        "note", "The text holds hidden characters. Type it again.")
    assert refusal(cashbook.post_cash_entry, TODAY, "expense", 10_000, "x" * 201) == (
        "note", "Use at most 200 characters here; this has 201.")
    assert refusal(cashbook.reverse_cash_entry, cash_world.income, "y" * 151) == (
        "reason", "Use at most 150 characters here; this has 151.")
    assert refusal(cashbook.record_cash_count, TODAY, 1.5) == (
        "counted", "Enter the cash counted in whole rupiah, from Rp0 up to Rp10.000.000.000.")
    assert refusal(cashbook.record_cash_count, TODAY, None, {100_000.0: 2}) == (
        "denominations", "Enter how many of each note and coin were counted.")
    assert refusal(cashbook.record_cash_count, TODAY, None, {25_000: 2}) == (
        "denominations", "There is no note or coin of Rp25.000.")
    assert refusal(cashbook.record_cash_count, TODAY, None, {1_000: True}) == (
        "denominations", "Enter how many notes or coins of Rp1.000: a whole number from 0 to 1.000.000.")
    # A million Rp100.000 notes is 100 billion: more than any count.
    assert refusal(cashbook.record_cash_count, TODAY, None, {100_000: 1_000_000, 50_000: 1}) == (
        "denominations", "The notes and coins come to Rp100.000.050.000, more than one count can hold; check the numbers.")

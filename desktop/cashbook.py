"""The cash book (buku kas): the office's money read from where it was posted, never typed
twice; the office's own cash entries (opening balance, other income, expenses, cash taken to or
fetched from the bank); and the count of the cash in the drawer at the end of a day.

What counts as cash:

- savings entries and loan payments paid in cash; those paid by transfer make the bank view,
  read by the same queries;
- a loan payment set against the savings of a member who leaves (method ``savings``): it moves
  no money by itself, but the savings paid out with it are posted as cash handed over in full,
  so the offset is booked beside them as money in, and the two leave the book at what actually
  left the drawer;
- a pool's capital received, loans disbursed and their admin fees (pool entries carry no
  method: the office pays loans out and takes the fees in cash). A pool's repayment and its
  reversal mirror a loan payment already counted, so pool entries tied to a payment are left
  out; a write-off moves no money;
- not a member paying back what their group covered for them (desktop/loans.py
  ``repay_group``): that money goes from the member to the group's own cash under joint
  liability; the office records it only to know what is still owed, and it has no receipt.
  The group's cover itself reaches the office as a loan payment, and counts there.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections import defaultdict
from dataclasses import dataclass

import peewee as pw

from db.connection import database
from db.models import (
    CapitalPool,
    CashCount,
    CashEntry,
    Counter,
    Group,
    Loan,
    LoanPayment,
    LoanShare,
    Member,
    MonthClose,
    PoolEntry,
    SavingsAccount,
    SavingsEntry,
    SavingsProduct,
    User,
)
from desktop import audit
from desktop.approvals import approvable
from desktop.auth import Actor
from desktop.dates import check_not_future
from desktop.errors import DomainError, NotFound
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.money import MAX_AMOUNT, check_amount, format_rupiah
from desktop.operations import operation
from desktop.periods import check_open
from desktop.text import clean

CASH, BANK = "cash", "bank"
VIEWS = (CASH, BANK)

# Each kind of cash entry, with the way it moves the drawer: + in, - out.
ENTRY_SIGNS = {"opening": 1, "income": 1, "expense": -1, "to_bank": -1, "from_bank": 1}
CASH_ENTRY_KINDS = {
    "opening": QT_TRANSLATE_NOOP("Labels", "Opening balance"),
    "income": QT_TRANSLATE_NOOP("Labels", "Other income"),
    "expense": QT_TRANSLATE_NOOP("Labels", "Office expense"),
    "to_bank": QT_TRANSLATE_NOOP("Labels", "Taken to the bank"),
    "from_bank": QT_TRANSLATE_NOOP("Labels", "Fetched from the bank"),
    "reversal": QT_TRANSLATE_NOOP("Labels", "Reversal"),
}
BANK_KINDS = ("to_bank", "from_bank")
# Notes and coins in use, largest first (Rp1.000 comes as both; they are counted together).
DENOMINATIONS = (100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100)
VOUCHER_PREFIX = "BK"  # bukti kas: numbered apart from the members' receipts (KW)


@dataclass(frozen=True)
class CashLine:
    """One movement in the book, with the balance after it."""

    source: str  # savings | loan | pool | cash
    entry_id: int
    on: dt.date
    reference: str  # the receipt or voucher number; a loan's number for money lent
    kind: str  # the kind of the entry in its own table
    method: str
    name: str  # the member (or the group) the money came from or went to
    number: str  # the member's number
    group: str
    detail: str  # the savings product, the loan's number, the pool
    note: str
    amount: int  # + in, - out
    balance: int
    reversed_by: str  # the reference of the entry that cancelled this one, if any

    @property
    def cancels(self) -> bool:
        return self.kind == "reversal"


@dataclass(frozen=True)
class DayFigures:
    on: dt.date
    opening: int
    money_in: int
    money_out: int

    @property
    def closing(self) -> int:
        return self.opening + self.money_in - self.money_out


@dataclass(frozen=True)
class CashBook:
    view: str
    first: dt.date
    last: dt.date
    opening: int
    lines: list[CashLine]
    days: list[DayFigures]

    @property
    def money_in(self) -> int:
        return sum(d.money_in for d in self.days)

    @property
    def money_out(self) -> int:
        return sum(d.money_out for d in self.days)

    @property
    def closing(self) -> int:
        return self.opening + self.money_in - self.money_out


@dataclass(frozen=True)
class PeriodFigures:
    """A month's (or any period's) opening, money in and out, and closing."""

    first: dt.date
    last: dt.date
    opening: int
    money_in: int
    money_out: int

    @property
    def closing(self) -> int:
        return self.opening + self.money_in - self.money_out


# --- where the money is read from ------------------------------------------------------------

def _bank_entries() -> pw.Expression:
    """Cash entries that move money between the drawer and the bank, with their reversals."""
    original = CashEntry.alias("original")
    bank_ids = original.select(original.id).where(original.kind.in_(BANK_KINDS))
    return CashEntry.kind.in_(BANK_KINDS) | CashEntry.reverses.in_(bank_ids)


def _sources(view: str) -> list[tuple[type[pw.Model], pw.Node, pw.Node]]:
    """(table, the amount it moves in *view*, which of its rows count) for each source."""
    if view == CASH:
        return [(SavingsEntry, SavingsEntry.amount, SavingsEntry.method == "cash"),
                (LoanPayment, LoanPayment.amount, LoanPayment.method.in_(("cash", "savings"))),
                (PoolEntry, PoolEntry.cash, PoolEntry.payment.is_null() & (PoolEntry.cash != 0)),
                (CashEntry, CashEntry.amount, CashEntry.id > 0)]
    # Cash taken to the bank is money into the bank, and the other way round.
    return [(SavingsEntry, SavingsEntry.amount, SavingsEntry.method == "transfer"),
            (LoanPayment, LoanPayment.amount, LoanPayment.method == "transfer"),
            (CashEntry, 0 - CashEntry.amount, _bank_entries())]


def _check_view(view: str) -> None:
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}")


# Sums are run often (each posting's check, each count, each page): their statements are
# written once with these stand-in days and kept, then run with the real days bound in their
# place; writing the statement takes peewee longer than SQLite takes to run it.
_FROM, _TO = dt.date(1, 1, 1), dt.date(1, 1, 2)


def _bind(params: tuple, first: dt.date | None, last: dt.date | None) -> list:
    return [first if p == _FROM else last if p == _TO else p for p in params]


@functools.cache
def _total_sql(view: str, bounded: bool) -> tuple[str, tuple]:
    parts, params = [], []
    for model, amount, rows in _sources(view):
        query = model.select(pw.fn.COALESCE(pw.fn.SUM(amount), 0)).where(rows & (model.on < _TO))
        if bounded:
            query = query.where(model.on > _FROM)
        sql, values = query.sql()
        parts.append(f"({sql})")
        params += values
    return "SELECT " + " + ".join(parts), tuple(params)


def _total(view: str, after: dt.date | None, before: dt.date) -> int:
    """What *view*'s money moved on the days after *after* (all, when None) and before *before*."""
    sql, params = _total_sql(view, after is not None)
    return database.execute_sql(sql, _bind(params, after, before)).fetchone()[0]


@functools.cache
def _anchor_sql() -> tuple[str, tuple]:
    sql, params = (MonthClose.select(MonthClose.last_day, MonthClose.figures)
                   .where(MonthClose.reopened_at.is_null() & (MonthClose.last_day < _TO))
                   .order_by(MonthClose.last_day.desc()).limit(1).sql())
    return sql, tuple(params)


def _anchor(before: dt.date, view: str) -> tuple[dt.date, int] | None:
    """The closing balance stored by the latest standing month close before *before*: nothing
    dated in a closed month can change, so the sums start there instead of at the first entry."""
    sql, params = _anchor_sql()
    row = database.execute_sql(sql, _bind(params, None, before)).fetchone()
    if row is None:
        return None
    try:
        last_day = row[0] if isinstance(row[0], dt.date) else dt.date.fromisoformat(row[0])
        return last_day, int(json.loads(row[1])[view]["closing"])
    except (ValueError, KeyError, TypeError):
        return None


def opening_balance(on: dt.date, view: str = CASH) -> int:
    """The balance at the start of *on*."""
    _check_view(view)
    anchor = _anchor(on, view)
    if anchor is None:
        return _total(view, None, on)
    last_day, closing = anchor
    return closing + _total(view, last_day, on)


def balance_at_end(on: dt.date, view: str = CASH) -> int:
    """The balance at the end of *on*."""
    return opening_balance(on + dt.timedelta(days=1), view)


@functools.cache
def _day_sums_sql(view: str, from_first: bool, to_last: bool) -> list[tuple[str, tuple]]:
    statements = []
    for model, amount, rows in _sources(view):
        query = (model.select(model.on,
                              pw.fn.SUM(pw.Case(None, [(amount > 0, amount)], 0)),
                              pw.fn.SUM(pw.Case(None, [(amount < 0, 0 - amount)], 0)))
                 .where(rows).group_by(model.on))
        if from_first:
            query = query.where(model.on >= _FROM)
        if to_last:
            query = query.where(model.on <= _TO)
        sql, params = query.sql()
        statements.append((sql, tuple(params)))
    return statements


def day_sums(first: dt.date | None, last: dt.date | None, view: str = CASH) -> dict[dt.date, tuple[int, int]]:
    """(money in, money out) of each day with movements from *first* to *last* (open ends when
    None), summed in SQL by day."""
    sums: dict[dt.date, list[int]] = defaultdict(lambda: [0, 0])
    for sql, params in _day_sums_sql(view, first is not None, last is not None):
        for on, money_in, money_out in database.execute_sql(sql, _bind(params, first, last)):
            day = sums[on if isinstance(on, dt.date) else dt.date.fromisoformat(on)]
            day[0] += money_in
            day[1] += money_out
    return {on: (sums[on][0], sums[on][1]) for on in sorted(sums)}


def daily_figures(first: dt.date, last: dt.date, view: str = CASH) -> list[DayFigures]:
    """Opening, in, out and closing of each day with movements from *first* to *last*."""
    balance = opening_balance(first, view)
    days = []
    for on, (money_in, money_out) in day_sums(first, last, view).items():
        days.append(DayFigures(on, balance, money_in, money_out))
        balance += money_in - money_out
    return days


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def monthly_figures(year: int, view: str = CASH) -> list[PeriodFigures]:
    """The twelve months of *year*: opening, in, out and closing of each."""
    days = day_sums(dt.date(year, 1, 1), dt.date(year, 12, 31), view)
    balance = opening_balance(dt.date(year, 1, 1), view)
    months = []
    for month in range(1, 13):
        first, last = month_bounds(year, month)
        money_in = sum(i for on, (i, _o) in days.items() if first <= on <= last)
        money_out = sum(o for on, (_i, o) in days.items() if first <= on <= last)
        months.append(PeriodFigures(first, last, balance, money_in, money_out))
        balance += money_in - money_out
    return months


def first_day() -> dt.date | None:
    """The first day on which any money moved, by cash or bank."""
    days = [model.select(pw.fn.MIN(model.on)).scalar()
            for model in (SavingsEntry, LoanPayment, PoolEntry, CashEntry)]
    days = [d if isinstance(d, dt.date) else dt.date.fromisoformat(d) for d in days if d]
    return min(days) if days else None


# --- the book's lines --------------------------------------------------------------------------

def _savings_lines(view: str, first: dt.date, last: dt.date) -> pw.ModelSelect:
    cancel = SavingsEntry.alias("cancel")
    return (SavingsEntry.select(SavingsEntry.on, SavingsEntry.posted_at, SavingsEntry.id,
                                SavingsEntry.receipt_number, SavingsEntry.kind, SavingsEntry.method,
                                Member.name, Member.number, pw.fn.COALESCE(Group.name, ""),
                                SavingsProduct.name, SavingsEntry.note, SavingsEntry.amount,
                                pw.fn.COALESCE(cancel.receipt_number, ""))
            .join(SavingsAccount).join(Member)
            .join(Group, pw.JOIN.LEFT_OUTER, on=(Member.group == Group.id))
            .switch(SavingsAccount).join(SavingsProduct)
            .switch(SavingsEntry).join(cancel, pw.JOIN.LEFT_OUTER, on=(cancel.reverses == SavingsEntry.id))
            .where(_sources(view)[0][2] & SavingsEntry.on.between(first, last)))


def _loan_lines(view: str, first: dt.date, last: dt.date) -> pw.ModelSelect:
    cancel = LoanPayment.alias("cancel")
    return (LoanPayment.select(LoanPayment.on, LoanPayment.posted_at, LoanPayment.id,
                               LoanPayment.receipt_number, LoanPayment.kind, LoanPayment.method,
                               Member.name, Member.number, pw.fn.COALESCE(Group.name, ""),
                               Loan.number, LoanPayment.note, LoanPayment.amount,
                               pw.fn.COALESCE(cancel.receipt_number, ""))
            .join(LoanShare).join(Member).switch(LoanShare).join(Loan)
            .join(Group, pw.JOIN.LEFT_OUTER, on=(Loan.group == Group.id))
            .switch(LoanPayment).join(cancel, pw.JOIN.LEFT_OUTER, on=(cancel.reverses == LoanPayment.id))
            .where(_sources(view)[1][2] & LoanPayment.on.between(first, last)))


def _pool_lines(view: str, first: dt.date, last: dt.date) -> pw.ModelSelect:
    borrower = pw.fn.COALESCE(Member.name, Group.name, "")
    return (PoolEntry.select(PoolEntry.on, PoolEntry.posted_at, PoolEntry.id,
                             pw.fn.COALESCE(Loan.number, ""), PoolEntry.kind, pw.Value(CASH),
                             borrower, pw.fn.COALESCE(Member.number, ""),
                             pw.fn.COALESCE(Group.name, ""), CapitalPool.name, PoolEntry.note,
                             PoolEntry.cash, pw.Value(""))
            .join(CapitalPool).switch(PoolEntry).join(Loan, pw.JOIN.LEFT_OUTER)
            .join(Group, pw.JOIN.LEFT_OUTER, on=(Loan.group == Group.id))
            .switch(Loan).join(Member, pw.JOIN.LEFT_OUTER, on=(Loan.member == Member.id))
            .where(_sources(CASH)[2][2] & PoolEntry.on.between(first, last)))


def _cash_lines(view: str, first: dt.date, last: dt.date) -> pw.ModelSelect:
    cancel, original = CashEntry.alias("cancel"), CashEntry.alias("original")
    amount, rows = _sources(view)[-1][1:]
    return (CashEntry.select(CashEntry.on, CashEntry.posted_at, CashEntry.id,
                             CashEntry.receipt_number, CashEntry.kind, pw.Value(CASH), pw.Value(""),
                             pw.Value(""), pw.Value(""), pw.fn.COALESCE(original.kind, ""),
                             CashEntry.note, amount, pw.fn.COALESCE(cancel.receipt_number, ""))
            .join(cancel, pw.JOIN.LEFT_OUTER, on=(cancel.reverses == CashEntry.id))
            .switch(CashEntry).join(original, pw.JOIN.LEFT_OUTER, on=(CashEntry.reverses == original.id))
            .where(rows & CashEntry.on.between(first, last)))


# The drawer's day: what it starts with and what is fetched from the bank come first, what is
# taken to the bank leaves at closing time; everything else in the order it was posted.
_RANKS = {"opening": 0, "from_bank": 1, "to_bank": 3}
_LINES = (("savings", _savings_lines), ("loan", _loan_lines), ("pool", _pool_lines), ("cash", _cash_lines))


def cash_book(first: dt.date, last: dt.date, view: str = CASH) -> CashBook:
    """The book from *first* to *last*: the balance brought forward, every movement with the
    running balance, and each day's totals."""
    _check_view(view)
    rows = []
    for order, (source, lines) in enumerate(_LINES):
        if source == "pool" and view == BANK:
            continue
        # The raw cursor: a month of a large office has tens of thousands of lines, and
        # peewee's conversion of each value took half the time. Days and times come as ISO
        # text, which sorts as they do.
        for on, posted_at, entry_id, *rest in database.execute(lines(view, first, last)):
            rank = _RANKS.get(rest[1], 2) if source == "cash" else 2
            rows.append(((str(on), rank, str(posted_at or ""), order, entry_id), source, entry_id, rest))
    rows.sort(key=lambda row: row[0])
    opening = balance = opening_balance(first, view)
    lines, days, day = [], [], None
    for (text, *_rest), source, entry_id, (reference, kind, method, name, number, group, detail, note,
                                            amount, reversed_by) in rows:
        if day is None or text != day[1]:
            day = (dt.date.fromisoformat(text[:10]), text)
        on = day[0]
        if not days or days[-1][0] != on:
            days.append([on, balance, 0, 0])
        days[-1][2 if amount > 0 else 3] += abs(amount)
        balance += amount
        lines.append(CashLine(source, entry_id, on, reference, kind, method, name, number, group,
                              detail, note, amount, balance, reversed_by))
    return CashBook(view, first, last, opening, lines, [DayFigures(*day) for day in days])


# --- money out may not take the drawer below zero ------------------------------------------

def lowest_balance_from(on: dt.date, view: str = CASH) -> int:
    """The lowest the balance stands at the end of *on* or of any later day with movements:
    what money taken out on *on* may not exceed, or a later day goes below zero."""
    balance = lowest = balance_at_end(on, view)
    for money_in, money_out in day_sums(on + dt.timedelta(days=1), None, view).values():
        balance += money_in - money_out
        lowest = min(lowest, balance)
    return lowest


def check_cash_out(on: dt.date, amount: int, field: str | None = "amount") -> None:
    """Refuse cash paid out on *on* that the drawer does not hold then, or that would leave a
    later day below zero."""
    lowest = lowest_balance_from(on)
    if amount > lowest:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "On {date} and after, the cash holds at least {balance}; {amount} is more than that."), field, date=on.strftime("%d/%m/%Y"), balance=format_rupiah(max(lowest, 0)), amount=format_rupiah(amount))


# --- the office's own entries --------------------------------------------------------------

def next_voucher_number() -> str:
    """The next cash voucher number (bukti kas), taken in the posting's transaction: a
    rolled-back posting gives its number back, so the numbers on paper have no gaps."""
    Counter.insert(name="cash", last_value=0).on_conflict_ignore().execute()
    ((value,),) = (Counter.update(last_value=Counter.last_value + 1).where(Counter.name == "cash")
                   .returning(Counter.last_value).tuples().execute())
    return f"{VOUCHER_PREFIX}{value:07d}"


def _write(actor: Actor, on: dt.date, kind: str, amount: int, note: str,
           reverses: int | None = None) -> CashEntry:
    check_open(on)
    entry = CashEntry.create(on=on, kind=kind, amount=amount, note=note[:200],
                             receipt_number=next_voucher_number(), reverses=reverses, user=actor.id)
    audit.record(actor, f"cash.{kind}", "cash_entry", entry.id,
                 f"{entry.receipt_number} {on.isoformat()} {amount}", None, audit.snapshot(entry))
    return entry


def _check_opening(on: dt.date) -> None:
    """One opening balance stands at a time, on or before the first day money moved."""
    cancelled = CashEntry.select(CashEntry.reverses).where(CashEntry.reverses.is_null(False))
    standing = (CashEntry.select().where((CashEntry.kind == "opening") & CashEntry.id.not_in(cancelled))
                .first())
    if standing is not None:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The opening balance was entered on {date} as {number}; reverse it first to enter another."), None, date=standing.on.strftime("%d/%m/%Y"), number=standing.receipt_number)
    earliest = first_day()
    if earliest is not None and on > earliest:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The opening balance is the cash held before the first money in the books; date it on or before {date}."), "date", date=earliest.strftime("%d/%m/%Y"))


@operation("cash.post")
def post_cash_entry(actor: Actor, on: dt.date, kind: str, amount: int, note: str = "") -> int:
    """Record money into or out of the office's cash that is neither savings nor a loan;
    returns the entry (and its voucher)."""
    if kind not in ENTRY_SIGNS:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose what kind of cash entry this is."), "kind")
    check_amount(amount)
    check_not_future(on)
    note = clean(note)
    if len(note) > 200:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The note is too long; use at most {max} characters."), "note", max=200)
    if kind in ("income", "expense") and not note:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Write what the money was for."), "note")
    check_open(on)
    if kind == "opening":
        _check_opening(on)
    if ENTRY_SIGNS[kind] < 0:
        check_cash_out(on, amount)
    return _write(actor, on, kind, ENTRY_SIGNS[kind] * amount, note).id


@approvable("cash.reverse", QT_TRANSLATE_NOOP("Labels", "Reversing a cash book entry"))
@operation("cash.reverse")
def reverse_cash_entry(actor: Actor, entry_id: int, reason: str, on: dt.date | None = None) -> int:
    """Cancel a cash entry with a new one of the opposite amount; both stay in the book."""
    entry = CashEntry.get_or_none(CashEntry.id == entry_id)
    if entry is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This cash book entry no longer exists."))
    if entry.kind == "reversal":
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "A reversal cannot itself be reversed; post the right amount again instead."))
    if CashEntry.select().where(CashEntry.reverses == entry.id).exists():
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Receipt {number} has already been reversed."), None, number=entry.receipt_number)
    if not clean(reason):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the reason for the reversal."), "reason")
    on = on or dt.date.today()
    check_not_future(on)
    if on < entry.on:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "A reversal cannot be dated before the entry it cancels ({date})."), "date", date=entry.on.strftime("%d/%m/%Y"))
    check_open(on)
    if entry.amount > 0:  # taking back money in is money out
        check_cash_out(on, entry.amount, "date")
    return _write(actor, on, "reversal", -entry.amount, f"{entry.receipt_number}: {clean(reason)}",
                  reverses=entry.id).id


# --- counting the drawer ---------------------------------------------------------------------

@dataclass(frozen=True)
class CountRow:
    id: int
    on: dt.date
    counted: int
    expected: int  # the book's balance at the end of the day, when counted
    difference: int  # counted - expected
    denominations: dict[int, int]
    note: str
    user: str
    counted_at: dt.datetime
    recount: bool  # the day was counted before; the first count stays as it was


def _pieces(denominations: dict | None) -> dict[int, int]:
    """The notes and coins counted, by value; refuse values that are no rupiah note or coin."""
    pieces = {}
    for value, count in (denominations or {}).items():
        value = int(value)
        if value not in DENOMINATIONS:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "There is no note or coin of {amount}."), "denominations", amount=format_rupiah(value))
        if not isinstance(count, int) or isinstance(count, bool) or not 0 <= count <= 1_000_000:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "Enter how many notes or coins of {amount}, zero or more."), "denominations", amount=format_rupiah(value))
        if count:
            pieces[value] = count
    return pieces


@operation("cash.count")
def record_cash_count(actor: Actor, on: dt.date, counted: int | None = None,
                      denominations: dict[int, int] | None = None, note: str = "") -> int:
    """Record the cash counted in the drawer at the end of *on*, by notes and coins or as a
    total, against the book's balance of that day. A recount is kept beside the first count."""
    check_not_future(on)
    check_open(on)
    pieces = _pieces(denominations)
    if pieces:
        total = sum(value * count for value, count in pieces.items())
        if counted is not None and counted != total:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "The notes and coins come to {total}, not {counted}."), "counted", total=format_rupiah(total), counted=format_rupiah(counted))
        counted = total
    if counted is None:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the cash counted: by notes and coins, or as a total."), "counted")
    if not isinstance(counted, int) or isinstance(counted, bool) or not 0 <= counted <= MAX_AMOUNT:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Enter an amount of zero or more, in whole rupiah."), "counted")
    note = clean(note)
    if len(note) > 200:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The note is too long; use at most {max} characters."), "note", max=200)
    expected = balance_at_end(on)
    row = CashCount.create(on=on, counted=counted, expected=expected, difference=counted - expected,
                           denominations=json.dumps({str(v): n for v, n in pieces.items()}) if pieces else "",
                           note=note, user=actor.id)
    audit.record(actor, "cash.count", "cash_count", row.id,
                 f"{on.isoformat()} {counted} {counted - expected}", None, audit.snapshot(row))
    return row.id


def list_cash_counts(first: dt.date | None = None, last: dt.date | None = None,
                     limit: int | None = None) -> list[CountRow]:
    """The counts from *first* to *last*, the newest first."""
    earlier = CashCount.alias("earlier")
    recount = pw.fn.EXISTS(earlier.select(pw.SQL("1"))
                           .where((earlier.on == CashCount.on) & (earlier.id < CashCount.id)))
    query = (CashCount.select(CashCount.id, CashCount.on, CashCount.counted, CashCount.expected,
                              CashCount.difference, CashCount.denominations, CashCount.note,
                              User.full_name, CashCount.counted_at, recount)
             .join(User).order_by(CashCount.on.desc(), CashCount.id.desc()))
    if first is not None:
        query = query.where(CashCount.on >= first)
    if last is not None:
        query = query.where(CashCount.on <= last)
    if limit is not None:
        query = query.limit(limit)
    return [CountRow(i, on, counted, expected, difference,
                     {int(v): n for v, n in json.loads(pieces).items()} if pieces else {},
                     note, user, at, bool(again))
            for i, on, counted, expected, difference, pieces, note, user, at, again in query.tuples()]

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

What each view held before its first entry in the books is entered once as its opening balance
(the drawer's, the bank account's): it is the balance brought forward of the period it falls
in, not money received in it.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

import peewee as pw

from db.connection import database
from db.models import (
    ApprovalRequest,
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
from desktop.money import MAX_AMOUNT, check_amount, format_amount, format_rupiah
from desktop.operations import operation
from desktop.periods import check_open
from desktop.text import NOTE_LENGTH, REASON_LENGTH, check_text, is_choice, is_whole, whole_between

CASH, BANK = "cash", "bank"
VIEWS = (CASH, BANK)

# Each kind of cash entry, with the way it moves the drawer (the bank account, for the bank's
# opening balance): + in, - out.
ENTRY_SIGNS = {"opening": 1, "bank_opening": 1, "income": 1, "expense": -1, "to_bank": -1, "from_bank": 1}
CASH_ENTRY_KINDS = {
    "opening": QT_TRANSLATE_NOOP("Labels", "Opening balance"),
    "bank_opening": QT_TRANSLATE_NOOP("Labels", "Bank opening balance"),
    "income": QT_TRANSLATE_NOOP("Labels", "Other income"),
    "expense": QT_TRANSLATE_NOOP("Labels", "Office expense"),
    "to_bank": QT_TRANSLATE_NOOP("Labels", "Taken to the bank"),
    "from_bank": QT_TRANSLATE_NOOP("Labels", "Fetched from the bank"),
    "reversal": QT_TRANSLATE_NOOP("Labels", "Reversal"),
}
BANK_KINDS = ("to_bank", "from_bank")  # money between the drawer and the bank
# The entry of what each view held before its first money in the books.
OPENING_KINDS = {CASH: "opening", BANK: "bank_opening"}
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

    @property
    def opens(self) -> bool:
        """An opening balance, or its reversal: part of the balance brought forward, not money
        in or out."""
        return self.source == "cash" and (self.detail if self.cancels else self.kind) in OPENING_KINDS.values()

    @property
    def who(self) -> str:
        """Whose money it is: the member with their number; a loan or a pool entry names the
        group too (savings are the member's own)."""
        who = f"{self.name} ({self.number})" if self.number else self.name
        if self.source != "savings" and self.group and self.group != self.name:
            who = f"{who}, {self.group}" if who else self.group
        return who


class _Figures:
    """Opening, money in and money out, and the closing balance they make."""

    opening: int
    money_in: int
    money_out: int

    @property
    def closing(self) -> int:
        return self.opening + self.money_in - self.money_out


@dataclass(frozen=True)
class DayFigures(_Figures):
    on: dt.date
    opening: int
    money_in: int
    money_out: int


@dataclass(frozen=True)
class CashBook(_Figures):
    view: str
    first: dt.date
    last: dt.date
    opening: int  # the balance brought forward, with the opening balances entered in the period
    lines: list[CashLine]
    days: list[DayFigures]
    brought_forward: int  # the balance at the start of *first*

    @property
    def money_in(self) -> int:
        return sum(d.money_in for d in self.days)

    @property
    def money_out(self) -> int:
        return sum(d.money_out for d in self.days)

    @property
    def starts_with_opening(self) -> bool:
        """Nothing is brought forward and the period begins with the opening balance entered:
        that entry is the book's first line, and needs no row of a zero balance before it."""
        return self.brought_forward == 0 and bool(self.lines) and self.lines[0].opens


@dataclass(frozen=True)
class PeriodFigures(_Figures):
    """A month's (or any period's) opening, money in and out, and closing."""

    first: dt.date
    last: dt.date
    opening: int
    money_in: int
    money_out: int


# --- where the money is read from ------------------------------------------------------------

class Source(NamedTuple):
    """A table the book reads, the amount each of its rows moves in a view (+ in, - out), which
    rows count, and which of them are the view's opening balance (None: none are)."""

    model: type[pw.Model]
    amount: pw.Node
    rows: pw.Node
    opens: pw.Node | None = None


def _entries_of(kinds: tuple[str, ...]) -> pw.Expression:
    """Cash entries of *kinds*, with their reversals; never NULL, so that it can be negated."""
    original = CashEntry.alias("original")
    ids = original.select(original.id).where(original.kind.in_(kinds))
    return CashEntry.kind.in_(kinds) | pw.fn.COALESCE(CashEntry.reverses, 0).in_(ids)


def _sources(view: str) -> list[Source]:
    """Each table the book reads in *view*; the office's own entries come last."""
    if view == CASH:
        return [Source(SavingsEntry, SavingsEntry.amount, SavingsEntry.method == "cash"),
                Source(LoanPayment, LoanPayment.amount, LoanPayment.method.in_(("cash", "savings"))),
                Source(PoolEntry, PoolEntry.cash, PoolEntry.payment.is_null() & (PoolEntry.cash != 0)),
                Source(CashEntry, CashEntry.amount, ~_entries_of((OPENING_KINDS[BANK],)),
                       _entries_of((OPENING_KINDS[CASH],)))]
    # Cash taken to the bank is money into the bank, and the other way round; the bank's own
    # opening balance is entered as what it is.
    opens = _entries_of((OPENING_KINDS[BANK],))
    return [Source(SavingsEntry, SavingsEntry.amount, SavingsEntry.method == "transfer"),
            Source(LoanPayment, LoanPayment.amount, LoanPayment.method == "transfer"),
            Source(CashEntry, pw.Case(None, [(opens, CashEntry.amount)], 0 - CashEntry.amount),
                   _entries_of((*BANK_KINDS, OPENING_KINDS[BANK])), opens)]


def _check_view(view: str) -> None:
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}")


# Sums are run often (each posting's check, each count, each page): their statements are
# written once with these stand-in days and kept, then run with the real days bound in their
# place; writing the statement takes peewee longer than SQLite takes to run it.
_FROM, _TO = dt.date(1, 1, 1), dt.date(1, 1, 2)


def _bind(params: tuple, first: dt.date | None, last: dt.date | None) -> list:
    return [first if p == _FROM else last if p == _TO else p for p in params]


def _day(value: dt.date | str) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


@functools.cache
def _total_sql(view: str, bounded: bool) -> tuple[str, tuple]:
    parts, params = [], []
    for source in _sources(view):
        model = source.model
        query = (model.select(pw.fn.COALESCE(pw.fn.SUM(source.amount), 0))
                 .where(source.rows & (model.on < _TO)))
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
    dated in a closed month can change, so the sums start there instead of at the first entry.
    (month_close.verify_closed_figures checks the stored figures against the entries.)"""
    sql, params = _anchor_sql()
    row = database.execute_sql(sql, _bind(params, None, before)).fetchone()
    if row is None:
        return None
    try:
        return _day(row[0]), int(json.loads(row[1])[view]["closing"])
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


class Moved(NamedTuple):
    """What moved in a view on a day: opening balances entered, money in, money out."""

    opened: int
    money_in: int
    money_out: int

    @property
    def net(self) -> int:
        return self.opened + self.money_in - self.money_out


@functools.cache
def _day_sums_sql(view: str, from_first: bool, to_last: bool) -> list[tuple[str, tuple]]:
    statements = []
    for model, amount, rows, opens in _sources(view):
        # An opening balance is neither money in nor money out.
        first = [(opens, 0)] if opens is not None else []
        opened = pw.fn.SUM(pw.Case(None, [(opens, amount)], 0)) if opens is not None else pw.Value(0)
        query = (model.select(model.on, opened,
                              pw.fn.SUM(pw.Case(None, [*first, (amount > 0, amount)], 0)),
                              pw.fn.SUM(pw.Case(None, [*first, (amount < 0, 0 - amount)], 0)))
                 .where(rows).group_by(model.on))
        if from_first:
            query = query.where(model.on >= _FROM)
        if to_last:
            query = query.where(model.on <= _TO)
        sql, params = query.sql()
        statements.append((sql, tuple(params)))
    return statements


def day_sums(first: dt.date | None, last: dt.date | None, view: str = CASH) -> dict[dt.date, Moved]:
    """What moved on each day with movements from *first* to *last* (open ends when None),
    summed in SQL by day."""
    sums: dict[dt.date, list[int]] = defaultdict(lambda: [0, 0, 0])
    for sql, params in _day_sums_sql(view, first is not None, last is not None):
        for on, opened, money_in, money_out in database.execute_sql(sql, _bind(params, first, last)):
            day = sums[_day(on)]
            day[0] += opened
            day[1] += money_in
            day[2] += money_out
    return {on: Moved(*sums[on]) for on in sorted(sums)}


def daily_figures(first: dt.date, last: dt.date, view: str = CASH) -> list[DayFigures]:
    """Opening, in, out and closing of each day with movements from *first* to *last*."""
    balance = opening_balance(first, view)
    days = []
    for on, moved in day_sums(first, last, view).items():
        days.append(DayFigures(on, balance + moved.opened, moved.money_in, moved.money_out))
        balance = days[-1].closing
    return days


def day_end_balances(days: Iterable[dt.date], view: str = CASH) -> dict[dt.date, int]:
    """The balance at the end of each of *days*, as the book stands now: one opening balance
    and one sum by day, however many days."""
    wanted = sorted(set(days))
    if not wanted:
        return {}
    balance = opening_balance(wanted[0], view)
    moved = iter(day_sums(wanted[0], wanted[-1], view).items())
    following = next(moved, None)
    balances = {}
    for day in wanted:
        while following is not None and following[0] <= day:
            balance += following[1].net
            following = next(moved, None)
        balances[day] = balance
    return balances


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def months_between(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """(first, last day) of each month from *start*'s to *end*'s."""
    months, first = [], start.replace(day=1)
    while first <= end:
        months.append(month_bounds(first.year, first.month))
        first = months[-1][1] + dt.timedelta(days=1)
    return months


def months_figures(start: dt.date, end: dt.date, view: str = CASH,
                   balance: int | None = None) -> list[PeriodFigures]:
    """Opening, in, out and closing of each month from *start*'s to *end*'s, summed by day at
    once; *balance* is the balance at the start of *start*'s month (read from the books when
    None: given, no month close is relied on)."""
    months = months_between(start, end)
    if not months:
        return []
    moved: dict[dt.date, list[int]] = {first: [0, 0, 0] for first, _last in months}
    for on, day in day_sums(months[0][0], months[-1][1], view).items():
        total = moved[on.replace(day=1)]
        for i, value in enumerate(day):
            total[i] += value
    if balance is None:
        balance = opening_balance(months[0][0], view)
    figures = []
    for first, last in months:
        opened, money_in, money_out = moved[first]
        figures.append(PeriodFigures(first, last, balance + opened, money_in, money_out))
        balance = figures[-1].closing
    return figures


def monthly_figures(year: int, view: str = CASH) -> list[PeriodFigures]:
    """The twelve months of *year*: opening, in, out and closing of each."""
    return months_figures(dt.date(year, 1, 1), dt.date(year, 12, 31), view)


def first_day() -> dt.date | None:
    """The first day on which any money moved, by cash or bank."""
    days = [model.select(pw.fn.MIN(model.on)).scalar()
            for model in (SavingsEntry, LoanPayment, PoolEntry, CashEntry)]
    days = [_day(d) for d in days if d]
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
            .where(_sources(view)[0].rows & SavingsEntry.on.between(first, last)))


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
            .where(_sources(view)[1].rows & LoanPayment.on.between(first, last)))


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
            .where(_sources(CASH)[2].rows & PoolEntry.on.between(first, last)))


def _cash_lines(view: str, first: dt.date, last: dt.date) -> pw.ModelSelect:
    cancel, original = CashEntry.alias("cancel"), CashEntry.alias("original")
    _model, amount, rows, _opens = _sources(view)[-1]
    return (CashEntry.select(CashEntry.on, CashEntry.posted_at, CashEntry.id,
                             CashEntry.receipt_number, CashEntry.kind, pw.Value(CASH), pw.Value(""),
                             pw.Value(""), pw.Value(""), pw.fn.COALESCE(original.kind, ""),
                             CashEntry.note, amount, pw.fn.COALESCE(cancel.receipt_number, ""))
            .join(cancel, pw.JOIN.LEFT_OUTER, on=(cancel.reverses == CashEntry.id))
            .switch(CashEntry).join(original, pw.JOIN.LEFT_OUTER, on=(CashEntry.reverses == original.id))
            .where(rows & CashEntry.on.between(first, last)))


# The drawer's day: what it starts with and what is fetched from the bank come first, what is
# taken to the bank leaves at closing time; everything else in the order it was posted.
_RANKS = {"opening": 0, "bank_opening": 0, "from_bank": 1, "to_bank": 3}
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
    brought_forward = balance = opening_balance(first, view)
    lines, days, day, opened = [], [], None, 0
    for (text, *_rest), source, entry_id, values in rows:
        if day is None or text != day[1]:
            day = (dt.date.fromisoformat(text[:10]), text)
        on = day[0]
        if not days or days[-1][0] != on:
            days.append([on, balance, 0, 0])
        balance += values[-2]
        line = CashLine(source, entry_id, on, *values[:-1], balance, values[-1])
        if line.opens:  # the day starts with it
            days[-1][1] += line.amount
            opened += line.amount
        else:
            days[-1][2 if line.amount > 0 else 3] += abs(line.amount)
        lines.append(line)
    return CashBook(view, first, last, brought_forward + opened, lines, [DayFigures(*day) for day in days],
                    brought_forward)


# --- money out may not take the drawer, or the bank book, below zero ---------------------------

def lowest_balance_from(on: dt.date, view: str = CASH) -> int:
    """The lowest the balance stands at the end of *on* or of any later day with movements:
    what money taken out on *on* may not exceed, or a later day goes below zero."""
    balance = lowest = balance_at_end(on, view)
    for moved in day_sums(on + dt.timedelta(days=1), None, view).values():
        balance += moved.net
        lowest = min(lowest, balance)
    return lowest


def check_cash_out(on: dt.date, amount: int, field: str | None = "amount") -> None:
    """Refuse cash paid out on *on* that the drawer does not hold then, or that would leave a
    later day below zero."""
    lowest = lowest_balance_from(on)
    if amount > lowest:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "On {date} and after, the cash holds at least {balance}; {amount} is more than that."), field, date=on.strftime("%d/%m/%Y"), balance=format_rupiah(max(lowest, 0)), amount=format_rupiah(amount))


def check_bank_out(on: dt.date, amount: int, field: str | None = "amount") -> None:
    """Refuse money taken out of the bank book on *on* that it does not hold then, or that
    would leave a later day below zero; the office that had money in the account before its
    books began enters it as the bank's opening balance."""
    lowest = lowest_balance_from(on, BANK)
    if amount <= lowest:
        return
    params = dict(date=on.strftime("%d/%m/%Y"), balance=format_rupiah(max(lowest, 0)), amount=format_rupiah(amount))
    if _standing_opening(OPENING_KINDS[BANK]) is None:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "On {date} and after, the bank book holds at least {balance}; {amount} is more than that. If the account held money before the books began, enter the bank's opening balance first."), field, **params)
    raise DomainError(QT_TRANSLATE_NOOP("Errors", "On {date} and after, the bank book holds at least {balance}; {amount} is more than that."), field, **params)


def _moves(kind: str, amount: int) -> tuple[int, int]:
    """What an entry of *kind* (or its reversal) moving *amount* does to the drawer and to the
    bank."""
    if kind == OPENING_KINDS[BANK]:
        return 0, amount
    if kind in BANK_KINDS:
        return amount, -amount
    return amount, 0


def _check_out(on: dt.date, kind: str, amount: int, field: str | None) -> None:
    """Refuse an entry that takes the drawer or the bank book below zero on *on* or later."""
    cash, bank = _moves(kind, amount)
    if cash < 0:
        check_cash_out(on, -cash, field)
    if bank < 0:
        check_bank_out(on, -bank, field)


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
    entry = CashEntry.create(on=on, kind=kind, amount=amount, note=note,
                             receipt_number=next_voucher_number(), reverses=reverses, user=actor.id)
    audit.record(actor, f"cash.{kind}", "cash_entry", entry.id,
                 f"{entry.receipt_number} {on.isoformat()} {amount}", None, audit.snapshot(entry))
    return entry


def _standing_opening(kind: str) -> CashEntry | None:
    cancelled = CashEntry.select(CashEntry.reverses).where(CashEntry.reverses.is_null(False))
    return CashEntry.select().where((CashEntry.kind == kind) & CashEntry.id.not_in(cancelled)).first()


def _check_opening(on: dt.date, kind: str) -> None:
    """One opening balance of the drawer, and one of the bank, stands at a time, on or before
    the first day money moved."""
    standing = _standing_opening(kind)
    params = {"date": standing.on.strftime("%d/%m/%Y"), "number": standing.receipt_number} if standing else {}
    if standing is not None and kind == OPENING_KINDS[BANK]:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The bank's opening balance was entered on {date} as {number}; reverse it first to enter another."), None, **params)
    if standing is not None:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The opening balance was entered on {date} as {number}; reverse it first to enter another."), None, **params)
    earliest = first_day()
    if earliest is None or on <= earliest:
        return
    if kind == OPENING_KINDS[BANK]:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The bank's opening balance is what the account held before the first money in the books; date it on or before {date}."), "date", date=earliest.strftime("%d/%m/%Y"))
    raise DomainError(QT_TRANSLATE_NOOP("Errors", "The opening balance is the cash held before the first money in the books; date it on or before {date}."), "date", date=earliest.strftime("%d/%m/%Y"))


@operation("cash.post")
def post_cash_entry(actor: Actor, on: dt.date, kind: str, amount: int, note: str = "") -> int:
    """Record money into or out of the office's cash that is neither savings nor a loan, or
    an opening balance; returns the entry (and its voucher)."""
    if not is_choice(kind, ENTRY_SIGNS):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose what kind of cash entry this is."), "kind")
    check_amount(amount)
    check_not_future(on)
    note = check_text(note, "note", NOTE_LENGTH)
    if kind in ("income", "expense") and not note:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Write what the money was for."), "note")
    check_open(on)
    if kind in OPENING_KINDS.values():
        _check_opening(on, kind)
    _check_out(on, kind, ENTRY_SIGNS[kind] * amount, "amount")
    return _write(actor, on, kind, ENTRY_SIGNS[kind] * amount, note).id


def standing_opening(view: str = CASH) -> tuple[dt.date, str] | None:
    """The date and voucher number of the view's opening balance as it stands (entered and not
    reversed); None when there is none."""
    _check_view(view)
    entry = _standing_opening(OPENING_KINDS[view])
    return (_day(entry.on), entry.receipt_number) if entry is not None else None


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
    reason = check_text(reason, "reason", REASON_LENGTH,
                        required=QT_TRANSLATE_NOOP("Errors", "Enter the reason for the reversal."))
    on = on or dt.date.today()
    check_not_future(on)
    if on < entry.on:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "A reversal cannot be dated before the entry it cancels ({date})."), "date", date=entry.on.strftime("%d/%m/%Y"))
    check_open(on)
    _check_out(on, entry.kind, -entry.amount, "date")
    return _write(actor, on, "reversal", -entry.amount, f"{entry.receipt_number}: {reason}",
                  reverses=entry.id).id


def reversals_waiting() -> dict[int, int]:
    """The office's cash entries whose reversal waits for approval: entry id -> the number of
    the request (the first, when asked more than once)."""
    waiting: dict[int, int] = {}
    query = (ApprovalRequest.select(ApprovalRequest.id, ApprovalRequest.params)
             .where((ApprovalRequest.action == "cash.reverse") & (ApprovalRequest.status == "pending"))
             .order_by(ApprovalRequest.id).tuples())
    for request_id, params in query:
        entry_id = json.loads(params).get("entry_id")
        if isinstance(entry_id, int):
            waiting.setdefault(entry_id, request_id)
    return waiting


# --- counting the drawer ---------------------------------------------------------------------

MOST_PIECES = 1_000_000  # of one note or coin in one count


@dataclass(frozen=True)
class CountRow:
    """A count of the drawer, against the book's balance of its day as the book stands now;
    money posted into the day (or reversed) after the count changes that balance, and the
    balance the book had when the drawer was counted is kept beside it."""

    id: int
    on: dt.date
    counted: int
    expected: int  # the book's balance at the end of the day, as it stands now
    difference: int  # counted - expected
    denominations: dict[int, int]
    note: str
    user: str
    counted_at: dt.datetime
    recount: bool  # the day was counted before; the first count stays as it was
    expected_then: int  # the book's balance at the end of the day when the drawer was counted
    difference_then: int  # counted - expected_then

    @property
    def book_changed(self) -> bool:
        """Money was posted into the day, or taken out of it, after the count."""
        return self.expected != self.expected_then


def _pieces(denominations: object) -> dict[int, int]:
    """The notes and coins counted, by value; refuse values that are no rupiah note or coin,
    and numbers of pieces that are not whole."""
    if denominations is None:
        return {}
    if not isinstance(denominations, dict):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Enter how many of each note and coin were counted."), "denominations")
    pieces = {}
    for value, count in denominations.items():
        if not is_whole(value):
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "Enter how many of each note and coin were counted."), "denominations")
        if value not in DENOMINATIONS:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "There is no note or coin of {amount}."), "denominations", amount=format_rupiah(value))
        if not whole_between(count, 0, MOST_PIECES):
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "Enter how many notes or coins of {amount}: a whole number from 0 to {most}."), "denominations", amount=format_rupiah(value), most=format_amount(MOST_PIECES))
        if count:
            pieces[value] = count
    return pieces


def _counted(counted: object, pieces: dict[int, int]) -> int:
    """The cash counted: the notes and coins' total, which a total typed beside them must equal."""
    if counted is not None and not whole_between(counted, 0, MAX_AMOUNT):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the cash counted in whole rupiah, from Rp0 up to {most}."), "counted", most=format_rupiah(MAX_AMOUNT))
    if pieces:
        total = sum(value * count for value, count in pieces.items())
        if total > MAX_AMOUNT:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "The notes and coins come to {total}, more than one count can hold; check the numbers."), "denominations", total=format_rupiah(total))
        if counted is not None and counted != total:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "The notes and coins come to {total}, not {counted}."), "counted", total=format_rupiah(total), counted=format_rupiah(counted))
        return total
    if counted is None:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the cash counted: by notes and coins, or as a total."), "counted")
    return counted


@operation("cash.count")
def record_cash_count(actor: Actor, on: dt.date, counted: int | None = None,
                      denominations: dict[int, int] | None = None, note: str = "") -> int:
    """Record the cash counted in the drawer at the end of *on*, by notes and coins or as a
    total, against the book's balance of that day. A recount is kept beside the first count."""
    check_not_future(on)
    check_open(on)
    pieces = _pieces(denominations)
    counted = _counted(counted, pieces)
    note = check_text(note, "note", NOTE_LENGTH)
    expected = balance_at_end(on)
    row = CashCount.create(on=on, counted=counted, expected=expected, difference=counted - expected,
                           denominations=json.dumps({str(v): n for v, n in pieces.items()}) if pieces else "",
                           note=note, user=actor.id)
    audit.record(actor, "cash.count", "cash_count", row.id,
                 f"{on.isoformat()} {counted} {counted - expected}", None, audit.snapshot(row))
    return row.id


def list_cash_counts(first: dt.date | None = None, last: dt.date | None = None,
                     limit: int | None = None) -> list[CountRow]:
    """The counts from *first* to *last*, the newest first, each against the book of its day
    as it stands now."""
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
    rows = list(query.tuples())
    book = day_end_balances(row[1] for row in rows)
    return [CountRow(i, on, counted, book[on], counted - book[on],
                     {int(v): n for v, n in json.loads(pieces).items()} if pieces else {},
                     note, user, at, bool(again), expected, difference)
            for i, on, counted, expected, difference, pieces, note, user, at, again in rows]

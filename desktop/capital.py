"""Rotating capital (dana bergulir): the sources of capital, the pools they fund, and each
pool's ledger.

A pool's ledger holds two figures per movement: ``cash``, the money available to lend, and
``lent``, the principal out with borrowers. Capital received adds cash; a disbursement moves
cash to lent; a repayment moves its principal back and adds its jasa; a write-off takes
principal out of lent as lost. So at every moment

    available = capital + fees + repaid (principal and jasa) - disbursed
    out       = disbursed - principal repaid - written off
    available + out = capital + fees + jasa - written off      (what the pool is worth)

The available cash is stored on the pool and moved in the same transaction as each entry, so
it is checked against every posting and can never go below zero.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from dataclasses import dataclass, field

import peewee as pw

from db.connection import database
from db.models import (
    CapitalPool,
    CapitalSource,
    Group,
    Loan,
    LoanPayment,
    LoanShare,
    Member,
    PoolEntry,
)
from desktop import audit
from desktop.auth import Actor
from desktop.dates import check_not_future
from desktop.errors import DomainError, NotFound, ValidationErrors
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import SOURCE_KINDS
from desktop.money import check_amount, format_rupiah
from desktop.operations import operation
from desktop.periods import check_open
from desktop.text import NOTE_LENGTH, check_text, clean, is_choice, read_text


@dataclass(frozen=True)
class SourceRow:
    id: int
    name: str
    kind: str
    notes: str
    pools: int


@dataclass(frozen=True)
class PoolFigures:
    """What a pool holds and where its money went."""

    id: int
    name: str
    source: str
    source_kind: str
    opened_on: dt.date
    active: bool
    capital: int = 0  # received from the source
    disbursed: int = 0  # lent out, all time
    principal_back: int = 0
    jasa_back: int = 0
    fees: int = 0
    written_off: int = 0
    out: int = 0  # principal still with borrowers
    available: int = 0  # cash to lend

    @property
    def worth(self) -> int:
        return self.available + self.out

    @property
    def returned_share(self) -> float:
        """Principal back as a share of the principal lent (0-1); 0 when nothing was lent."""
        return self.principal_back / self.disbursed if self.disbursed else 0.0


NAME_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "The name is too long; use at most {max} characters.")


def _pool_named(name: str) -> bool:
    """Whether a pool has this name already, whatever its capitals: SQLite's LOWER folds only
    A-Z, so names in other scripts are folded here."""
    folded = name.casefold()
    return any(other.casefold() == folded for (other,) in CapitalPool.select(CapitalPool.name).tuples())


@operation("capital.manage")
def create_source(actor: Actor, name: str, kind: str, notes: str = "") -> int:
    """Record a source of capital."""
    errors: list[DomainError] = []
    name = read_text(errors, name, "name", 120, required=QT_TRANSLATE_NOOP("Errors", "Enter the name of the source."),
                     too_long=NAME_TOO_LONG, max=120)
    if not is_choice(kind, SOURCE_KINDS):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the kind of source."), "kind"))
    notes = read_text(errors, notes, "notes", NOTE_LENGTH)
    if errors:
        raise ValidationErrors(errors)
    source = CapitalSource.create(name=name, kind=kind, notes=notes)
    audit.record(actor, "capital.source", "capital_source", source.id, name, None, audit.snapshot(source))
    return source.id


@operation("capital.manage")
def create_pool(actor: Actor, source_id: int, name: str, opened_on: dt.date, notes: str = "") -> int:
    """Open a pool funded by a source; money comes in with ``receive_capital``."""
    errors: list[DomainError] = []
    if CapitalSource.get_or_none(CapitalSource.id == source_id) is None:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the source of the capital."), "source"))
    name = read_text(errors, name, "name", 120, required=QT_TRANSLATE_NOOP("Errors", "Enter the name of the pool."),
                     too_long=NAME_TOO_LONG, max=120)
    if name and _pool_named(name):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "A pool named {name} already exists."), "name", name=name))
    try:
        check_not_future(opened_on)
    except DomainError as exc:
        errors.append(exc)
    notes = read_text(errors, notes, "notes", NOTE_LENGTH)
    if errors:
        raise ValidationErrors(errors)
    pool = CapitalPool.create(source=source_id, name=name, opened_on=opened_on, notes=notes)
    audit.record(actor, "capital.pool", "capital_pool", pool.id, name, None, audit.snapshot(pool))
    return pool.id


def get_pool(pool_id: int) -> CapitalPool:
    pool = CapitalPool.get_or_none(CapitalPool.id == pool_id)
    if pool is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This pool no longer exists."))
    return pool


def post_to_pool(actor: Actor, pool_id: int, on: dt.date, kind: str, cash: int, lent: int = 0,
                 loan: int | None = None, payment: int | None = None,
                 reverses: int | None = None, note: str = "") -> PoolEntry:
    """Write one pool entry and move the stored available cash with it, in the caller's
    transaction; refuse whatever would take the pool below zero."""
    check_open(on)
    if cash < 0:  # money in needs no check, so the pool is read only for money out
        pool = get_pool(pool_id)
        lowest = _lowest_available_from(pool, on)
        if lowest + cash < 0:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "{pool} has {available} available; {amount} is more than that."), "pool", pool=pool.name, available=format_rupiah(max(lowest, 0)), amount=format_rupiah(-cash))
    entry = PoolEntry.create(pool=pool_id, on=on, kind=kind, cash=cash, lent=lent, loan=loan,
                             payment=payment, reverses=reverses, note=clean(note)[:200],
                             user=actor.id)
    CapitalPool.update(available=CapitalPool.available + cash).where(CapitalPool.id == pool_id).execute()
    return entry


def _lowest_available_from(pool: CapitalPool, on: dt.date) -> int:
    """The least cash the pool holds at the end of *on* or of any later day with entries: what
    money taken out on *on* may not exceed, or the ledger goes below zero on a later day."""
    later = list(PoolEntry.select(PoolEntry.cash).where((PoolEntry.pool == pool.id) & (PoolEntry.on > on))
                 .order_by(PoolEntry.on, PoolEntry.id).tuples())
    if not later:  # the usual posting, dated today: the stored figure is the answer
        return pool.available
    balance = pool.available - sum(cash for (cash,) in later)
    lowest = balance
    for (cash,) in later:
        balance += cash
        lowest = min(lowest, balance)
    return lowest


@operation("capital.manage")
def receive_capital(actor: Actor, pool_id: int, on: dt.date, amount: int, note: str = "") -> int:
    """Record capital paid into a pool by its source."""
    note = check_text(note, "note", NOTE_LENGTH)
    pool = get_pool(pool_id)
    check_amount(amount)
    check_not_future(on)
    if on < pool.opened_on:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The date is before the pool was opened ({date})."), "date", date=pool.opened_on.strftime("%d/%m/%Y"))
    entry = post_to_pool(actor, pool.id, on, "capital", amount, note=note)
    audit.record(actor, "capital.receive", "pool_entry", entry.id, f"{pool.name} {amount}", None,
                 audit.snapshot(entry))
    return entry.id


def list_sources() -> list[SourceRow]:
    query = (CapitalSource.select(CapitalSource.id, CapitalSource.name, CapitalSource.kind,
                                  CapitalSource.notes, pw.fn.COUNT(CapitalPool.id))
             .join(CapitalPool, pw.JOIN.LEFT_OUTER).group_by(CapitalSource.id)
             .order_by(CapitalSource.name))
    return [SourceRow(*row) for row in query.tuples()]


def pool_choices(only_active: bool = True) -> list[tuple[int, str, int]]:
    """(id, name, available) of the pools, for a choice list."""
    query = CapitalPool.select(CapitalPool.id, CapitalPool.name, CapitalPool.available)
    if only_active:
        query = query.where(CapitalPool.active == True)  # noqa: E712 - SQL
    return list(query.order_by(CapitalPool.name).tuples())


def pool_figures(pool_id: int | None = None) -> list[PoolFigures]:
    """Each pool's totals from its ledger (reversals net out of the kind they cancel)."""
    # A reversal counts under the kind of the entry it cancels, so the two net out.
    original = PoolEntry.alias("original")
    query = (PoolEntry.select(PoolEntry.pool, pw.fn.COALESCE(original.kind, PoolEntry.kind),
                              pw.fn.SUM(PoolEntry.cash), pw.fn.SUM(PoolEntry.lent))
             .join(original, pw.JOIN.LEFT_OUTER, on=(PoolEntry.reverses == original.id))
             .group_by(PoolEntry.pool, pw.fn.COALESCE(original.kind, PoolEntry.kind)))
    if pool_id is not None:
        query = query.where(PoolEntry.pool == pool_id)
    sums: dict[int, dict[str, tuple[int, int]]] = {}
    for pool, kind, cash, lent in query.tuples():
        sums.setdefault(pool, {})[kind] = (cash or 0, lent or 0)
    pools = (CapitalPool.select(CapitalPool, CapitalSource).join(CapitalSource)
             .order_by(CapitalPool.name))
    if pool_id is not None:
        pools = pools.where(CapitalPool.id == pool_id)
    rows = []
    for pool in pools:
        s = sums.get(pool.id, {})
        capital = s.get("capital", (0, 0))[0]
        disbursed = -s.get("disbursement", (0, 0))[0]
        repaid_cash, repaid_lent = s.get("repayment", (0, 0))
        fees = s.get("fee", (0, 0))[0]
        written_off = -s.get("writeoff", (0, 0))[1]
        out = sum(lent for _cash, lent in s.values())
        rows.append(PoolFigures(pool.id, pool.name, pool.source.name, pool.source.kind,
                                pool.opened_on, pool.active, capital, disbursed, -repaid_lent,
                                repaid_cash + repaid_lent, fees, written_off, out, pool.available))
    return rows


@dataclass(frozen=True)
class PoolLine:
    id: int
    on: dt.date
    kind: str
    description: str
    cash: int
    lent: int
    available: int  # after this line
    out: int  # after this line
    reversed: bool


def pool_ledger(pool_id: int, first: dt.date | None = None, last: dt.date | None = None) -> tuple[int, int, list[PoolLine]]:
    """The pool's movements between *first* and *last* with the running available cash and
    principal out: (available brought forward, out brought forward, lines)."""
    before_cash = before_lent = 0
    if first is not None:
        before_cash, before_lent = (PoolEntry.select(pw.fn.COALESCE(pw.fn.SUM(PoolEntry.cash), 0),
                                                     pw.fn.COALESCE(pw.fn.SUM(PoolEntry.lent), 0))
                                    .where((PoolEntry.pool == pool_id) & (PoolEntry.on < first))
                                    .tuples().get())
    payer = Member.alias("payer")
    borrower = pw.fn.COALESCE(Group.name, Member.name)
    query = (PoolEntry.select(PoolEntry.id, PoolEntry.on, PoolEntry.kind, PoolEntry.cash,
                              PoolEntry.lent, PoolEntry.note, PoolEntry.reverses,
                              pw.fn.COALESCE(Loan.number, ""), pw.fn.COALESCE(borrower, ""),
                              pw.fn.COALESCE(payer.name, ""))
             .join(Loan, pw.JOIN.LEFT_OUTER).join(Group, pw.JOIN.LEFT_OUTER)
             .switch(Loan).join(Member, pw.JOIN.LEFT_OUTER, on=(Loan.member == Member.id))
             .switch(PoolEntry).join(LoanPayment, pw.JOIN.LEFT_OUTER)
             .join(LoanShare, pw.JOIN.LEFT_OUTER)
             .join(payer, pw.JOIN.LEFT_OUTER, on=(LoanShare.member == payer.id))
             .where(PoolEntry.pool == pool_id).order_by(PoolEntry.on, PoolEntry.id))
    if first is not None:
        query = query.where(PoolEntry.on >= first)
    if last is not None:
        query = query.where(PoolEntry.on <= last)
    reversed_ids = {r for (r,) in PoolEntry.select(PoolEntry.reverses)
                    .where((PoolEntry.pool == pool_id) & PoolEntry.reverses.is_null(False)).tuples()}
    cash, lent = before_cash, before_lent
    lines = []
    for (entry_id, on, kind, entry_cash, entry_lent, note, reverses, number, name,
         paid_by) in query.tuples():
        cash += entry_cash
        lent += entry_lent
        # A group loan's repayment names the member who paid, after the group.
        who = " ".join(x for x in (number, name) if x)
        if paid_by and paid_by != name:
            who += f" ({paid_by})"
        description = " - ".join(x for x in (who, note) if x)
        lines.append(PoolLine(entry_id, on, kind, description, entry_cash, entry_lent, cash, lent,
                              entry_id in reversed_ids or reverses is not None))
    return before_cash, before_lent, lines


@dataclass
class Funding:
    """Money a loan received from a pool, by generation: generation 1 is the source's capital,
    generation 2 money that a first-generation borrower repaid, and so on."""

    loan_id: int
    number: str
    borrower: str
    on: dt.date
    amount: int
    generation: int  # the latest generation of money in it
    by_generation: dict[int, int] = field(default_factory=dict)
    repaid_by: dict[str, int] = field(default_factory=dict)  # earlier borrower -> amount


@dataclass
class Rolling:
    """How a pool's capital rolled from borrower to borrower."""

    lent_by_generation: dict[int, int]
    loans_by_generation: dict[int, int]
    loans: list[Funding]


def rolling(pool_id: int) -> Rolling:
    """Trace the pool's money first in, first out: each disbursement takes the oldest money in
    the pool, and what a borrower repays (with jasa) is money of the next generation, labelled
    with who repaid it. A reversal takes its money back out of the pool, newest money first."""
    # The raw cursor: a large pool has hundreds of thousands of entries, and peewee's
    # conversion of each value would take most of the time.
    entries = database.execute(PoolEntry.select(PoolEntry.id, PoolEntry.on, PoolEntry.kind,
                                                PoolEntry.cash, PoolEntry.loan, PoolEntry.reverses)
                               .where(PoolEntry.pool == pool_id).order_by(PoolEntry.on, PoolEntry.id))
    loans = {row[0]: row[1:] for row in
             Loan.select(Loan.id, Loan.number, pw.fn.COALESCE(Group.name, Member.name))
             .join(Group, pw.JOIN.LEFT_OUTER).switch(Loan).join(Member, pw.JOIN.LEFT_OUTER)
             .where(Loan.pool == pool_id).tuples()}
    queue: deque[list] = deque()  # [generation, amount, from borrower or None]
    funded: dict[int, Funding] = {}
    for _entry_id, on, kind, cash, loan_id, reverses in entries:
        if cash == 0:
            continue
        if reverses is not None:
            # A reversed repayment leaves the pool again: it takes back the newest money.
            need = -cash
            while need > 0 and queue:
                take = min(need, queue[-1][1])
                queue[-1][1] -= take
                need -= take
                if queue[-1][1] == 0:
                    queue.pop()
            continue
        if cash > 0:
            generation, origin = 1, None
            if loan_id is not None and loan_id in funded and kind != "fee":
                generation, origin = funded[loan_id].generation + 1, funded[loan_id].borrower
            queue.append([generation, cash, origin])
            continue
        need = -cash
        number, borrower = loans.get(loan_id, ("", ""))
        funding = funded.get(loan_id)
        if funding is None:
            funding = funded[loan_id] = Funding(loan_id, number, borrower,
                                                on if isinstance(on, dt.date) else dt.date.fromisoformat(on), 0, 1)
        funding.amount += need
        while need > 0 and queue:
            tranche = queue[0]
            take = min(need, tranche[1])
            funding.by_generation[tranche[0]] = funding.by_generation.get(tranche[0], 0) + take
            if tranche[2] is not None:
                funding.repaid_by[tranche[2]] = funding.repaid_by.get(tranche[2], 0) + take
            funding.generation = max(funding.generation, tranche[0])
            tranche[1] -= take
            need -= take
            if tranche[1] == 0:
                queue.popleft()
    lent: dict[int, int] = {}
    count: dict[int, int] = {}
    for funding in funded.values():
        for generation, amount in funding.by_generation.items():
            lent[generation] = lent.get(generation, 0) + amount
        count[funding.generation] = count.get(funding.generation, 0) + 1
    return Rolling(dict(sorted(lent.items())), dict(sorted(count.items())),
                   sorted(funded.values(), key=lambda f: (f.on, f.loan_id)))


def pool_check() -> list[tuple[int, int, int]]:
    """(pool, stored available, sum of its cash entries) where the two disagree."""
    sums = dict(PoolEntry.select(PoolEntry.pool, pw.fn.SUM(PoolEntry.cash))
                .group_by(PoolEntry.pool).tuples())
    return [(pid, available, sums.get(pid, 0)) for pid, available in
            CapitalPool.select(CapitalPool.id, CapitalPool.available).tuples()
            if available != sums.get(pid, 0)]

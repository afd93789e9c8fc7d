"""Checking the open books: the file itself, the references between records, the audit
trail's chain, the stored balances against their entries, and the schema version.

The full check reads everything and can take minutes on large books; the quick one (for
start-up) reads the file's structure and the audit chain only. Walking the chain hashes every
record (about 7 s per million on an old PC), so at start-up each PC walks only the records
written since its own last check, from a mark it keeps outside the books, and the whole chain
once a week. Books of an older version (checked as they are, from the command line) get the
checks of the file itself only.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from db.audit_chain import Link, chain_hash, stored_hash, stored_records, tail
from db.backup import says_damaged
from db.connection import database
from db.migrations import CURRENT_VERSION, schema_version
from db.models import CapitalPool, Loan, LoanShare, Member, SavingsAccount
from desktop import audit
from desktop.capital import pool_check
from desktop.dates import format_date
from desktop.errors import Cancelled
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.loans import share_check
from desktop.money import format_rupiah
from desktop.month_close import ClosedFiguresOff, verify_closed_figures
from desktop.savings import balance_check

EXAMPLES = 10  # differences listed one by one; the rest are counted
FULL_CHAIN_EVERY = dt.timedelta(days=7)  # the whole audit chain is walked at start-up this often


@dataclass(frozen=True)
class ChainMark:
    """How far a PC has found the audit trail whole: the newest record it walked (its id and
    hash) and when it last walked the whole trail. The PC keeps it in its own settings, not in
    the books: whoever changes the books outside the program cannot change the mark too."""

    record_id: int
    hash: str
    whole_walked_at: dt.datetime

    def as_text(self) -> str:
        return json.dumps({"id": self.record_id, "hash": self.hash,
                           "whole": self.whole_walked_at.isoformat(timespec="seconds")})

    @classmethod
    def from_text(cls, text: object) -> ChainMark | None:
        """The mark kept as *text*; None when there is none or it cannot be read."""
        try:
            value = json.loads(str(text))
            return cls(int(value["id"]), str(value["hash"]), dt.datetime.fromisoformat(value["whole"]))
        except (ValueError, KeyError, TypeError):
            return None


@dataclass(frozen=True)
class Finding:
    """One line of the report: a Labels text with its values, and whether it is good news."""

    ok: bool
    text: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class BooksReport:
    quick: bool
    integrity: list[str]  # ["ok"] when the file is intact
    chain: audit.ChainCheck | None  # None: could not be read
    version: int
    foreign_keys: list[tuple] | None = None  # None: not checked (quick)
    savings: list[tuple[int, int, int]] | None = None
    shares: list[tuple[int, int, int, int, int]] | None = None
    pools: list[tuple[int, int, int]] | None = None
    counts: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)  # checks that could not run, with why
    older: bool = False  # books of an older version: the file itself was checked, nothing more
    walked_from: ChainMark | None = None  # the chain was walked from this mark (None: whole)
    mark: ChainMark | None = None  # where the chain was found whole, to keep for next time
    closed: list[ClosedFiguresOff] | None = None  # closed months whose entries moved since

    @property
    def file_ok(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_keys and not self.failures

    @property
    def damage(self) -> str | None:
        """What SQLite's check (or a read that failed) says is damaged in the file, if
        anything; books busy in another program are not damaged."""
        if self.integrity != ["ok"]:
            text = "; ".join(self.integrity[:3])
            if "locked" not in text and "busy" not in text:
                return text
        return next((failure for failure in self.failures if says_damaged(failure)), None)

    @property
    def chain_ok(self) -> bool:
        return self.chain is not None and self.chain.intact

    @property
    def balances_ok(self) -> bool:
        return not (self.savings or self.shares or self.pools or self.closed)

    @property
    def ok(self) -> bool:
        return self.file_ok and self.chain_ok and self.balances_ok and self.version == CURRENT_VERSION

    def findings(self) -> list[Finding]:
        lines = _file_findings(self)
        if self.older:
            lines.append(Finding(False, QT_TRANSLATE_NOOP("Labels", "These books are of version {version}, older than this program (version {current}): only the file itself was checked, and nothing in the books was changed. Open them in Berdaya to bring them up to date, then check them again."), {"version": self.version, "current": CURRENT_VERSION}))
            return lines
        lines += _chain_findings(self.chain, self.walked_from)
        if not self.quick:
            lines += _balance_findings(self)
        lines.append(Finding(self.version == CURRENT_VERSION, QT_TRANSLATE_NOOP("Labels", "Books version {version}; this program reads up to version {current}."), {"version": self.version, "current": CURRENT_VERSION}))
        return lines


def quick_check_books(mark: ChainMark | None = None, now: dt.datetime | None = None) -> BooksReport:
    """For start-up: SQLite's quick check of the file and the audit chain. With this PC's
    *mark* from the last week, only the records written after it are walked, from its hash;
    the whole chain is walked without one, once a week, and whenever that shorter walk finds
    anything amiss (the marked record changed or gone, a break, an end that does not match
    the books' own anchor), so that every problem is reported as the whole walk finds it."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    failures: list[str] = []
    integrity = _pragma("quick_check(20)")
    recent = mark is not None and dt.timedelta(0) <= now - mark.whole_walked_at < FULL_CHAIN_EVERY
    since = None
    if recent:
        try:
            since = _chain_since(mark)
        except (pw.DatabaseError, sqlite3.DatabaseError):
            pass  # the whole walk below meets the same trouble and reports it
    if since is not None:
        chain, newest = since
        return BooksReport(True, integrity, chain, _version(), failures=failures, walked_from=mark,
                           mark=ChainMark(*newest, mark.whole_walked_at))
    newest = _attempt(lambda: tail()[1], failures)
    chain = _attempt(audit.check_chain, failures)
    kept = ChainMark(*newest, now) if newest is not None and chain is not None and chain.intact else None
    return BooksReport(True, integrity, chain, _version(), failures=failures, mark=kept)


def _chain_since(mark: ChainMark) -> tuple[audit.ChainCheck, Link] | None:
    """The records written after *mark*, walked from its hash: (the check, the newest link),
    or None unless all is found whole."""
    if stored_hash(mark.record_id) != mark.hash:
        return None  # changed, removed, or other books put in place by a restore
    newest, checked = (mark.record_id, mark.hash), 0
    for record_id, values, stored in stored_records(mark.record_id):
        if chain_hash(newest[1], values) != stored:
            return None
        newest, checked = (record_id, stored), checked + 1
    anchor, _last = tail()
    if anchor != newest:  # records removed from the end, or written meanwhile: walk it all
        return None
    return audit.ChainCheck(checked, []), newest


def check_books(progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> BooksReport:
    """Everything: SQLite's integrity and foreign key checks, the audit chain, each stored
    balance against its entries, and the schema version. Books of an older version get the
    checks of the file only: the rest reads tables and columns they do not have yet."""
    failures: list[str] = []
    version = _version()
    older = 0 < version < CURRENT_VERSION
    steps: list[Callable[[], Any]] = [
        lambda: _pragma("integrity_check(20)"),
        lambda: [tuple(row) for row in database.execute_sql("PRAGMA foreign_key_check").fetchall()]]
    if not older:
        steps += [audit.check_chain, balance_check, share_check, pool_check, _counts,
                  verify_closed_figures]
    results = []
    for done, step in enumerate(steps):
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(done, len(steps))
        results.append(_attempt(step, failures))
    integrity, foreign_keys, chain, savings, shares, pools, counts, closed = results + [None] * (8 - len(results))
    if progress is not None:
        progress(len(steps), len(steps))
    return BooksReport(False, integrity or [], chain, version, foreign_keys or [], savings or [],
                       shares or [], pools or [], counts or {}, failures, older, closed=closed or [])


def _pragma(pragma: str) -> list[str]:
    """SQLite's own check: ["ok"], its complaints, or why it could not even run."""
    try:
        return [row[0] for row in database.execute_sql(f"PRAGMA {pragma}").fetchall()]
    except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
        return [str(exc)]


def _attempt(step: Callable[[], Any], failures: list[str]) -> Any:
    """Run one check; a file too damaged to be read there is a finding, not a crash."""
    try:
        return step()
    except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
        failures.append(str(exc))
        return None


def _version() -> int:
    try:
        return schema_version()
    except (pw.DatabaseError, sqlite3.DatabaseError):
        return 0


def _counts() -> dict[str, int]:
    return {"accounts": SavingsAccount.select().count(), "shares": LoanShare.select().count(),
            "pools": CapitalPool.select().count()}


def _file_findings(report: BooksReport) -> list[Finding]:
    lines = []
    if report.integrity == ["ok"]:
        text = (QT_TRANSLATE_NOOP("Labels", "The file is sound (SQLite's quick check).") if report.quick
                else QT_TRANSLATE_NOOP("Labels", "The file is sound (SQLite's integrity check)."))
        lines.append(Finding(True, text))
    elif report.integrity:
        lines.append(Finding(False, QT_TRANSLATE_NOOP("Labels", "The file is damaged: {detail}"), {"detail": "; ".join(report.integrity[:5])}))
    for detail in report.failures:
        lines.append(Finding(False, QT_TRANSLATE_NOOP("Labels", "Part of the books could not be read: {detail}"), {"detail": detail}))
    if report.foreign_keys == []:
        lines.append(Finding(True, QT_TRANSLATE_NOOP("Labels", "Every record points at records that exist.")))
    elif report.foreign_keys:
        table, rowid, parent, _fk = report.foreign_keys[0]
        lines.append(Finding(False, QT_TRANSLATE_NOOP("Labels", "{count} records point at records that do not exist, for example record {rowid} of {table} (missing in {parent})."), {"count": len(report.foreign_keys), "rowid": rowid, "table": table, "parent": parent}))
    return lines


def _chain_findings(chain: audit.ChainCheck | None, walked_from: ChainMark | None) -> list[Finding]:
    if chain is None:
        return []
    if chain.intact and walked_from is not None:
        return [Finding(True, QT_TRANSLATE_NOOP("Labels", "The audit trail is whole: the {count} records written since the last check on this computer match their seal (the whole trail was last checked on {date})."), {"count": chain.checked, "date": format_date(walked_from.whole_walked_at.date())})]
    if chain.intact:
        return [Finding(True, QT_TRANSLATE_NOOP("Labels", "The audit trail is whole: {count} records, none changed outside the program."), {"count": chain.checked})]
    lines = []
    broken = list(chain.broken)
    if chain.removed:
        first, last = chain.removed
        broken = [record for record in broken if not first <= record <= last]
        lines.append(Finding(False, QT_TRANSLATE_NOOP("Labels", "The newest records of the audit trail, {first} to {last}, were removed outside the program."), {"first": first, "last": last}))
    if broken:
        lines.append(Finding(False, QT_TRANSLATE_NOOP("Labels", "The audit trail was changed outside the program: records {records} no longer match their seal ({count} records checked)."), {"records": ", ".join(map(str, broken)), "count": chain.checked}))
    return lines


def _balance_findings(report: BooksReport) -> list[Finding]:
    return (_savings_findings(report) + _share_findings(report) + _pool_findings(report)
            + _closed_findings(report))


def _closed_findings(report: BooksReport) -> list[Finding]:
    if not report.closed:
        return [Finding(True, QT_TRANSLATE_NOOP("Labels", "Every closed month's figures equal its entries."))]
    cash = QT_TRANSLATE_NOOP("Labels", "Closed month {month}, cash book: closed with {kept}, its entries now add up to {entries}; money dated in it was changed outside the program.")
    bank = QT_TRANSLATE_NOOP("Labels", "Closed month {month}, bank book: closed with {kept}, its entries now add up to {entries}; money dated in it was changed outside the program.")
    return [Finding(False, cash if off.view == "cash" else bank,
                    {"month": f"{off.month[5:]}/{off.month[:4]}",
                     "kept": format_rupiah(off.kept.get("closing", 0)),
                     "entries": format_rupiah(off.entries.get("closing", 0))})
            for off in report.closed]


def _savings_findings(report: BooksReport) -> list[Finding]:
    if not report.savings:
        return [Finding(True, QT_TRANSLATE_NOOP("Labels", "Every savings balance equals its entries ({count} accounts)."), {"count": report.counts.get("accounts", 0)})]
    owners = _account_owners([account for account, _stored, _entries in report.savings[:EXAMPLES]])
    return [Finding(False, QT_TRANSLATE_NOOP("Labels", "Savings balances that differ from their entries: {count}."), {"count": len(report.savings)})] + [
        Finding(False, QT_TRANSLATE_NOOP("Labels", "Savings account {account} of {member}: the balance is {stored}, its entries add up to {entries}."),
                {"account": account, "member": owners.get(account, "?"), "stored": format_rupiah(stored),
                 "entries": format_rupiah(entries)})
        for account, stored, entries in report.savings[:EXAMPLES]]


def _share_findings(report: BooksReport) -> list[Finding]:
    if not report.shares:
        return [Finding(True, QT_TRANSLATE_NOOP("Labels", "Every loan share's amounts paid equal its payments ({count} shares)."), {"count": report.counts.get("shares", 0)})]
    owners = _share_owners([share for share, *_amounts in report.shares[:EXAMPLES]])
    lines = [Finding(False, QT_TRANSLATE_NOOP("Labels", "Loan shares whose amounts paid differ from their payments: {count}."), {"count": len(report.shares)})]
    for share, stored_principal, paid_principal, stored_jasa, paid_jasa in report.shares[:EXAMPLES]:
        loan, member = owners.get(share, ("?", "?"))
        lines.append(Finding(False, QT_TRANSLATE_NOOP("Labels", "Loan {loan}, share of {member}: principal paid {stored_principal}, payments {paid_principal}; jasa paid {stored_jasa}, payments {paid_jasa}."), {
            "loan": loan, "member": member,
            "stored_principal": format_rupiah(stored_principal), "paid_principal": format_rupiah(paid_principal),
            "stored_jasa": format_rupiah(stored_jasa), "paid_jasa": format_rupiah(paid_jasa)}))
    return lines


def _pool_findings(report: BooksReport) -> list[Finding]:
    if not report.pools:
        return [Finding(True, QT_TRANSLATE_NOOP("Labels", "Every capital pool's money available equals its entries ({count} pools)."), {"count": report.counts.get("pools", 0)})]
    names = dict(CapitalPool.select(CapitalPool.id, CapitalPool.name).tuples())
    return [Finding(False, QT_TRANSLATE_NOOP("Labels", "Capital pool {pool}: available {stored}, its entries add up to {entries}."),
                    {"pool": names.get(pool, pool), "stored": format_rupiah(stored), "entries": format_rupiah(entries)})
            for pool, stored, entries in report.pools[:EXAMPLES]]


def _account_owners(accounts: list[int]) -> dict[int, str]:
    rows = (SavingsAccount.select(SavingsAccount.id, Member.number, Member.name).join(Member)
            .where(SavingsAccount.id.in_(accounts)).tuples())
    return {account: f"{number} {name}" for account, number, name in rows}


def _share_owners(shares: list[int]) -> dict[int, tuple[str, str]]:
    rows = (LoanShare.select(LoanShare.id, Loan.number, Member.number, Member.name)
            .join(Loan).switch(LoanShare).join(Member).where(LoanShare.id.in_(shares)).tuples())
    return {share: (loan, f"{number} {name}") for share, loan, number, name in rows}

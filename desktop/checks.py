"""Checking the open books: the file itself, the references between records, the audit
trail's chain, the stored balances against their entries, and the schema version.

The full check reads everything and can take minutes on large books; the quick one (for
start-up) reads the file's structure and the audit chain only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from db.connection import database
from db.migrations import CURRENT_VERSION, schema_version
from db.models import CapitalPool, Loan, LoanShare, Member, SavingsAccount
from desktop import audit
from desktop.capital import pool_check
from desktop.errors import Cancelled
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.loans import share_check
from desktop.money import format_rupiah
from desktop.savings import balance_check

EXAMPLES = 10  # differences listed one by one; the rest are counted


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

    @property
    def file_ok(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_keys and not self.failures

    @property
    def chain_ok(self) -> bool:
        return self.chain is not None and self.chain.intact

    @property
    def balances_ok(self) -> bool:
        return not (self.savings or self.shares or self.pools)

    @property
    def ok(self) -> bool:
        return self.file_ok and self.chain_ok and self.balances_ok and self.version == CURRENT_VERSION

    def findings(self) -> list[Finding]:
        lines = _file_findings(self)
        lines += _chain_findings(self.chain)
        if not self.quick:
            lines += _balance_findings(self)
        lines.append(Finding(self.version == CURRENT_VERSION, QT_TRANSLATE_NOOP("Labels", "Books version {version}; this program reads up to version {current}."), {"version": self.version, "current": CURRENT_VERSION}))
        return lines


def quick_check_books() -> BooksReport:
    """For start-up: SQLite's quick check of the file and the audit chain."""
    failures: list[str] = []
    integrity = _pragma("quick_check(20)")
    chain = _attempt(audit.check_chain, failures)
    return BooksReport(True, integrity, chain, _version(), failures=failures)


def check_books(progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> BooksReport:
    """Everything: SQLite's integrity and foreign key checks, the audit chain, each stored
    balance against its entries, and the schema version."""
    failures: list[str] = []
    steps: list[Callable[[], Any]] = [
        lambda: _pragma("integrity_check(20)"),
        lambda: [tuple(row) for row in database.execute_sql("PRAGMA foreign_key_check").fetchall()],
        audit.check_chain, balance_check, share_check, pool_check, _counts]
    results = []
    for done, step in enumerate(steps):
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(done, len(steps))
        results.append(_attempt(step, failures))
    integrity, foreign_keys, chain, savings, shares, pools, counts = results
    if progress is not None:
        progress(len(steps), len(steps))
    return BooksReport(False, integrity or [], chain, _version(), foreign_keys or [], savings or [],
                       shares or [], pools or [], counts or {}, failures)


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


def _chain_findings(chain: audit.ChainCheck | None) -> list[Finding]:
    if chain is None:
        return []
    if chain.intact:
        return [Finding(True, QT_TRANSLATE_NOOP("Labels", "The audit trail is whole: {count} records, none changed outside the program."), {"count": chain.checked})]
    return [Finding(False, QT_TRANSLATE_NOOP("Labels", "The audit trail was changed outside the program: records {records} no longer match their seal ({count} records checked)."), {"records": ", ".join(map(str, chain.broken)), "count": chain.checked})]


def _balance_findings(report: BooksReport) -> list[Finding]:
    return _savings_findings(report) + _share_findings(report) + _pool_findings(report)


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

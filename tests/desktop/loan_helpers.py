"""Building blocks for tests of rotating capital: a funded pool and a group loan, disbursed
on a fixed day in the past so that figures on later days are known."""

from __future__ import annotations

import datetime as dt

from desktop import capital, loans
from desktop.loan_products import list_loan_products
from desktop.loan_queries import loan_detail
from tests.desktop.helpers import new_group, new_member

DISBURSED = dt.date(2025, 1, 10)  # first installment due 10/02/2025


def product_id(code: str = "PB") -> int:
    """PB: flat 1 % a month, monthly, usual term 10 (at most 12), first loan at most 1.000.000."""
    return next(p.id for p in list_loan_products() if p.code == code)


def funded_pool(actors, amount: int = 10_000_000, name: str = "Dana Bergulir Desa",
                on: dt.date = dt.date(2024, 12, 1)) -> int:
    admin = actors["administrator"]
    source = capital.create_source(admin, f"Sumber {name}", "village")
    pool = capital.create_pool(admin, source, name, on)
    capital.receive_capital(admin, pool, on, amount)
    return pool


def group_with_members(actors, count: int = 3, name: str = "KUBE Melati") -> tuple[int, list[int]]:
    group = new_group(actors["secretary"], name)
    members = [new_member(actors["secretary"], group, f"{name} Anggota {i + 1}") for i in range(count)]
    return group, members


def applied(actors, group: int | None, shares: list[tuple[int, int]], term: int = 10,
            code: str = "PB", on: dt.date = dt.date(2025, 1, 3)) -> int:
    form = loans.LoanApplication(product_id(code), group, shares, term, "modal usaha", on)
    return loans.apply_for_loan(actors["secretary"], form)


def disbursed_loan(actors, pool: int, group: int | None, shares: list[tuple[int, int]],
                   term: int = 10, code: str = "PB", on: dt.date = DISBURSED) -> int:
    """Apply (secretary), approve (chair) and disburse (treasurer) a loan."""
    loan = applied(actors, group, shares, term, code, on - dt.timedelta(days=7))
    loans.approve_loan(actors["chair"], loan, loan_detail(loan).version, on - dt.timedelta(days=3))
    loans.disburse_loan(actors["treasurer"], loan, loan_detail(loan).version, pool, on)
    return loan


def shares_of(loan: int) -> list[int]:
    return [s.share_id for s in loan_detail(loan).shares]

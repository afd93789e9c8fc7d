"""The terms the office lends on: method, rate, frequency, term and limits.

A loan copies its product's terms when it is applied for, so changing a product changes only
the loans applied for afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from db.models import Loan, LoanProduct
from desktop import audit
from desktop.auth import Actor
from desktop.errors import DomainError, NotFound, ValidationErrors, ensure_unchanged
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.loan_schedule import FREQUENCIES, METHODS
from desktop.money import MAX_AMOUNT, format_rupiah
from desktop.operations import operation
from desktop.text import clean, is_choice, read_text, whole_between

CODE = re.compile(r"[A-Z0-9]{1,6}")
MAX_RATE = Decimal(10)  # percent a month; above that it is a typing mistake, not a program
MAX_TERM = 260  # installments: five years of weekly ones

DEFAULT_PRODUCTS = (
    # code, name, method, rate, frequency, term, max term, grace, fee, first loan, max
    ("PB", "Pinjaman Bergulir Kelompok", "flat", "1", "monthly", 10, 12, 0, "0", 1_000_000, 5_000_000),
    ("PM", "Pinjaman Mingguan", "flat", "1.5", "weekly", 25, 50, 0, "1", 500_000, 3_000_000),
    ("PU", "Pinjaman Usaha (menurun)", "declining", "1.5", "monthly", 12, 24, 0, "1", 2_000_000, 10_000_000),
)


@dataclass
class LoanProductForm:
    code: str = ""
    name: str = ""
    method: str = "flat"
    rate: str = "1"  # percent a month
    frequency: str = "monthly"
    term: int = 10
    max_term: int = 12
    grace: int = 0
    admin_fee: str = "0"  # percent of the principal
    first_loan_max: int = 0
    max_amount: int = 0
    active: bool = True
    version: int = 0


@dataclass(frozen=True)
class LoanProductRow:
    id: int
    code: str
    name: str
    method: str
    rate: str
    frequency: str
    term: int
    max_term: int
    grace: int
    admin_fee: str
    first_loan_max: int
    max_amount: int
    active: bool
    loans: int


def seed_loan_products() -> None:
    """Products like the urban programs' common terms; the office changes them."""
    if LoanProduct.select().exists():
        return
    for code, name, method, rate, frequency, term, max_term, grace, fee, first, most in DEFAULT_PRODUCTS:
        LoanProduct.create(code=code, name=name, method=method, rate=rate, frequency=frequency,
                           term=term, max_term=max_term, grace=grace, admin_fee=fee,
                           first_loan_max=first, max_amount=most)


def parse_percent(text: str) -> Decimal | None:
    """A percentage typed as 1,5 or 1.5; None when it is not a number."""
    if not isinstance(text, str) or len(text) > 20:
        return None
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def list_loan_products(only_active: bool = False) -> list[LoanProductRow]:
    import peewee as pw

    query = (LoanProduct.select(LoanProduct.id, LoanProduct.code, LoanProduct.name,
                                LoanProduct.method, LoanProduct.rate, LoanProduct.frequency,
                                LoanProduct.term, LoanProduct.max_term, LoanProduct.grace,
                                LoanProduct.admin_fee, LoanProduct.first_loan_max,
                                LoanProduct.max_amount, LoanProduct.active,
                                pw.fn.COUNT(Loan.id))
             .join(Loan, pw.JOIN.LEFT_OUTER).group_by(LoanProduct.id).order_by(LoanProduct.code))
    if only_active:
        query = query.where(LoanProduct.active == True)  # noqa: E712 - SQL
    return [LoanProductRow(*row) for row in query.tuples()]


def get_loan_product(product_id: int) -> LoanProduct:
    product = LoanProduct.get_or_none(LoanProduct.id == product_id)
    if product is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This loan product no longer exists."))
    return product


def load_loan_product(product_id: int) -> LoanProductForm:
    p = get_loan_product(product_id)
    return LoanProductForm(p.code, p.name, p.method, p.rate, p.frequency, p.term, p.max_term,
                           p.grace, p.admin_fee, p.first_loan_max, p.max_amount, p.active,
                           p.version)


def _validate(form: LoanProductForm, product_id: int | None) -> None:
    errors: list[DomainError] = []
    code = form.code.strip().upper() if isinstance(form.code, str) else ""
    if not CODE.fullmatch(code):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter a short code of up to six letters or digits, for example SH."), "code"))
    elif LoanProduct.select().where((LoanProduct.code == code) & (LoanProduct.id != (product_id or 0))).exists():
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Another product already has the code {code}."), "code", code=code))
    read_text(errors, form.name, "name", 100, required=QT_TRANSLATE_NOOP("Errors", "Enter the product's name."))
    if not is_choice(form.method, METHODS):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose how jasa is counted."), "method"))
    rate = parse_percent(form.rate)
    if rate is None or not 0 <= rate <= MAX_RATE or rate != rate.quantize(Decimal("0.0001")):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the rate as a percentage a month from 0 to 10, for example 1,5."), "rate"))
    if not is_choice(form.frequency, FREQUENCIES):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose how often installments are paid."), "frequency"))
    longest = form.max_term if whole_between(form.max_term, 1, MAX_TERM) else None
    if longest is None:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The longest term must be from 1 to {max} installments."), "max_term", max=MAX_TERM))
    if not whole_between(form.term, 1, longest or MAX_TERM):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The usual term must be at least one installment and no longer than the longest term."), "term"))
    if not whole_between(form.grace, 0, 24):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The grace period must be from 0 to 24 installment periods."), "grace"))
    fee = parse_percent(form.admin_fee)
    if fee is None or not 0 <= fee <= 10:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the admin fee as a percentage of the loan from 0 to 10."), "admin_fee"))
    first_ok = whole_between(form.first_loan_max, 0, MAX_AMOUNT)
    if not first_ok:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the first-loan ceiling in whole rupiah up to {most}, or 0 for none."), "first_loan_max", most=format_rupiah(MAX_AMOUNT)))
    if not whole_between(form.max_amount, 0, MAX_AMOUNT):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the largest loan in whole rupiah up to {most}, or 0 for none."), "max_amount", most=format_rupiah(MAX_AMOUNT)))
    elif first_ok and form.max_amount and form.first_loan_max > form.max_amount:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The first-loan ceiling cannot be above the largest loan."), "first_loan_max"))
    if errors:
        raise ValidationErrors(errors)


def _apply(product: LoanProduct, form: LoanProductForm) -> None:
    product.code = form.code.strip().upper()
    product.name = clean(form.name)
    product.method = form.method
    product.rate = str(parse_percent(form.rate).normalize())
    product.frequency = form.frequency
    product.term, product.max_term, product.grace = form.term, form.max_term, form.grace
    product.admin_fee = str(parse_percent(form.admin_fee).normalize())
    product.first_loan_max, product.max_amount = form.first_loan_max, form.max_amount
    product.active = bool(form.active)


@operation("settings.edit")
def create_loan_product(actor: Actor, form: LoanProductForm) -> int:
    _validate(form, None)
    product = LoanProduct()
    _apply(product, form)
    product.save()
    audit.record(actor, "loan.product.create", "loan_product", product.id, product.name, None,
                 audit.snapshot(product))
    return product.id


@operation("settings.edit")
def update_loan_product(actor: Actor, product_id: int, form: LoanProductForm) -> None:
    """Change a product's terms for loans applied for from now on."""
    product = get_loan_product(product_id)
    ensure_unchanged(product.version, form.version)
    _validate(form, product_id)
    before = audit.snapshot(product)
    _apply(product, form)
    product.version += 1
    product.save()
    audit.record(actor, "loan.product.update", "loan_product", product.id, product.name, before,
                 audit.snapshot(product))

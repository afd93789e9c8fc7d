"""The office's savings products: the three kinds the law names, and others of the same rule
kinds that the office adds (a holiday savings is a sukarela product, an education savings
could be a monthly wajib one)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from db.models import Member, SavingsAccount, SavingsEntry, SavingsProduct
from desktop import audit
from desktop.auth import Actor
from desktop.errors import DomainError, NotFound, ValidationErrors, ensure_unchanged
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import SAVINGS_KINDS, WAJIB_PERIODS
from desktop.money import MAX_AMOUNT, format_rupiah
from desktop.operations import operation
from desktop.savings import open_accounts
from desktop.text import clean, is_choice, read_text, whole_between

CODE = re.compile(r"[A-Z0-9]{1,6}")


@dataclass
class ProductForm:
    code: str = ""
    name: str = ""
    kind: str = "sukarela"
    amount: int = 0  # pokok: paid once; wajib: each period; sukarela: not used
    active: bool = True
    period: str = "month"  # wajib only: month | meeting
    version: int = 0


@dataclass(frozen=True)
class ProductRow:
    id: int
    code: str
    name: str
    kind: str
    amount: int
    active: bool
    period: str
    accounts: int
    balance: int


def list_products() -> list[ProductRow]:
    """Every product in the office's order, with how many accounts it has and what they hold."""
    import peewee as pw

    query = (SavingsProduct.select(SavingsProduct.id, SavingsProduct.code, SavingsProduct.name,
                                   SavingsProduct.kind, SavingsProduct.amount,
                                   SavingsProduct.active, SavingsProduct.period,
                                   pw.fn.COUNT(SavingsAccount.id),
                                   pw.fn.COALESCE(pw.fn.SUM(SavingsAccount.balance), 0))
             .join(SavingsAccount, pw.JOIN.LEFT_OUTER)
             .group_by(SavingsProduct.id)
             .order_by(SavingsProduct.sort_order, SavingsProduct.id))
    return [ProductRow(*row) for row in query.tuples()]


def load_product(product_id: int) -> ProductForm:
    product = _get(product_id)
    return ProductForm(product.code, product.name, product.kind, product.amount, product.active,
                       product.period or "month", product.version)


def _get(product_id: int) -> SavingsProduct:
    product = SavingsProduct.get_or_none(SavingsProduct.id == product_id)
    if product is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This savings product no longer exists."))
    return product


def _validate(form: ProductForm, product_id: int | None) -> None:
    errors: list[DomainError] = []
    code = form.code.strip().upper() if isinstance(form.code, str) else ""
    if not CODE.fullmatch(code):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter a short code of up to six letters or digits, for example SH."), "code"))
    elif SavingsProduct.select().where((SavingsProduct.code == code) & (SavingsProduct.id != (product_id or 0))).exists():
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Another product already has the code {code}."), "code", code=code))
    read_text(errors, form.name, "name", 100, required=QT_TRANSLATE_NOOP("Errors", "Enter the product's name."))
    if not is_choice(form.kind, SAVINGS_KINDS):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the kind of savings."), "kind"))
    elif form.kind in ("pokok", "wajib") and not whole_between(form.amount, 1, MAX_AMOUNT):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the amount members must pay, above zero, in whole rupiah up to {most}."), "amount", most=format_rupiah(MAX_AMOUNT)))
    if form.kind == "wajib" and not is_choice(form.period, WAJIB_PERIODS):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose whether simpanan wajib is due each month or each meeting."), "period"))
    if errors:
        raise ValidationErrors(errors)


def _apply(product: SavingsProduct, form: ProductForm) -> None:
    product.code = form.code.strip().upper()
    product.name = clean(form.name)
    product.kind = form.kind
    product.amount = form.amount if form.kind in ("pokok", "wajib") else 0
    product.period = form.period if form.kind == "wajib" else ""
    product.active = bool(form.active)


def _open_for_everyone(product_id: int, today: dt.date) -> None:
    """Active members get an account in a product that is new (or active again), opened today:
    a new wajib product falls due from now on, not from the day each member joined."""
    members = [(m, today) for (m,) in Member.select(Member.id).where(Member.status == "active").tuples()]
    open_accounts(members, [product_id])


@operation("settings.edit")
def create_product(actor: Actor, form: ProductForm, today: dt.date | None = None) -> int:
    """Add a savings product; every active member gets an account in it."""
    _validate(form, None)
    product = SavingsProduct(sort_order=(SavingsProduct.select().count()))
    _apply(product, form)
    product.save()
    if product.active:
        _open_for_everyone(product.id, today or dt.date.today())
    audit.record(actor, "savings.product.create", "savings_product", product.id, product.name,
                 None, audit.snapshot(product))
    return product.id


@operation("settings.edit")
def update_product(actor: Actor, product_id: int, form: ProductForm,
                   today: dt.date | None = None) -> None:
    """Change a product's name, amount or whether new members get it. Its kind is fixed once
    money has been posted to it: the entries were taken under that kind's rules."""
    product = _get(product_id)
    ensure_unchanged(product.version, form.version)
    _validate(form, product_id)
    if form.kind != product.kind and (SavingsEntry.select().join(SavingsAccount)
                                      .where(SavingsAccount.product == product_id).exists()):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Money has been posted to {name}, so its kind cannot change. Add a new product instead."), "kind", name=product.name)
    before = audit.snapshot(product)
    reactivated = form.active and not product.active
    _apply(product, form)
    product.version += 1
    product.save()
    if reactivated:
        _open_for_everyone(product.id, today or dt.date.today())
    audit.record(actor, "savings.product.update", "savings_product", product.id, product.name,
                 before, audit.snapshot(product))

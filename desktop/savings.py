"""Savings (simpanan): the office's products, members' accounts, and the money posted to them.

Rules from the cooperative law (UU 25/1992) and the office's by-laws: simpanan pokok is paid once
on joining and simpanan wajib each period; neither can be withdrawn while one is a member, and
both are paid out on leaving. Simpanan sukarela comes and goes freely. Posted money is never
changed: a mistake is cancelled by a reversal that points at the entry it cancels.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from db.connection import database
from db.models import (
    CollectionSheet,
    Counter,
    Member,
    SavingsAccount,
    SavingsEntry,
    SavingsProduct,
)
from desktop import audit
from desktop.approvals import approvable
from desktop.auth import Actor
from desktop.dates import check_not_future
from desktop.errors import DomainError, NotFound
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import PAYMENT_METHODS
from desktop.money import check_amount, format_rupiah
from desktop.operations import operation
from desktop.periods import check_open
from desktop.text import NOTE_LENGTH, REASON_LENGTH, check_text, clean, is_choice

DEFAULT_PRODUCTS = (
    ("SP", "Simpanan Pokok", "pokok", 100_000, ""),
    ("SW", "Simpanan Wajib", "wajib", 20_000, "month"),
    ("SS", "Simpanan Sukarela", "sukarela", 0, ""),
)


def seed_savings_products() -> None:
    """The three products the law names, with common amounts; the office changes them."""
    if SavingsProduct.select().exists():
        return
    for order, (code, name, kind, amount, period) in enumerate(DEFAULT_PRODUCTS):
        SavingsProduct.create(code=code, name=name, kind=kind, amount=amount, period=period,
                              sort_order=order)


def open_accounts(members: list[tuple[int, dt.date]], products: list[int] | None = None) -> None:
    """Give members (id, date the account opens) an account in each of *products* (by default
    every active product) that they lack; call inside an operation."""
    if products is None:
        products = [p for (p,) in SavingsProduct.select(SavingsProduct.id)
                    .where(SavingsProduct.active == True).tuples()]  # noqa: E712 - SQL
    for start in range(0, len(members), 500):
        chunk = dict(members[start:start + 500])
        have = set(SavingsAccount.select(SavingsAccount.member, SavingsAccount.product)
                   .where(SavingsAccount.member.in_(list(chunk))).tuples())
        rows = [{"member": m, "product": p, "opened_on": on}
                for m, on in chunk.items() for p in products if (m, p) not in have]
        if rows:
            SavingsAccount.insert_many(rows).execute()


def next_receipt_number() -> str:
    """The next receipt number, taken in the posting's transaction: a rolled-back posting
    gives its number back, so the numbers on paper have no gaps."""
    taken = list(Counter.update(last_value=Counter.last_value + 1).where(Counter.name == "receipt")
                 .returning(Counter.last_value).tuples().execute())
    if not taken:  # the first receipt of new books
        Counter.insert(name="receipt", last_value=1).execute()
        taken = [(1,)]
    return f"KW{taken[0][0]:07d}"


def _account(account_id: int) -> SavingsAccount:
    account = (SavingsAccount.select(SavingsAccount, SavingsProduct, Member)
               .join(SavingsProduct).switch(SavingsAccount).join(Member)
               .where(SavingsAccount.id == account_id).first())
    if account is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This savings account no longer exists."))
    return account


def _check_active(account: SavingsAccount) -> None:
    if account.member.status != "active":
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{name} has left the office and was paid out; the savings can no longer change."), None, name=account.member.name)


def check_posting(account: SavingsAccount, on: dt.date, amount: int, method: str) -> None:
    _check_active(account)
    check_amount(amount)
    check_not_future(on)
    if on < account.member.join_date:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The date is before {name} joined ({date})."), "date", name=account.member.name, date=account.member.join_date.strftime("%d/%m/%Y"))
    if not is_choice(method, PAYMENT_METHODS):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose cash or transfer."), "method")


def post_entry(actor: Actor, account: SavingsAccount, on: dt.date, kind: str, amount: int,
               method: str, note: str, reverses: int | None = None) -> SavingsEntry:
    """Write one entry and move the stored balance with it, in the caller's transaction."""
    check_open(on)
    entry = SavingsEntry.create(account=account.id, on=on, kind=kind, amount=amount, method=method,
                                note=clean(note)[:200], receipt_number=next_receipt_number(),
                                reverses=reverses, user=actor.id)
    SavingsAccount.update(balance=SavingsAccount.balance + amount).where(SavingsAccount.id == account.id).execute()
    audit.record(actor, f"savings.{kind}", "savings_entry", entry.id,
                 f"{entry.receipt_number} {account.member.number} {account.product.code} {amount}",
                 None, audit.snapshot(entry))
    return entry


def post_deposits(actor: Actor, deposits: list[tuple[SavingsAccount, int]], on: dt.date,
                  note: str) -> list[int]:
    """Write many cash deposits of one day at once, each already checked with
    ``check_posting``: the same entries, balances, receipts and audit records as
    ``post_entry`` writes one by one, in a handful of statements (a meeting's sheet posts a
    hundred). Returns the entries in the order given; call inside an operation."""
    if not deposits:
        return []
    count = len(deposits)
    Counter.insert(name="receipt", last_value=0).on_conflict_ignore().execute()
    ((last,),) = (Counter.update(last_value=Counter.last_value + count)
                  .where(Counter.name == "receipt").returning(Counter.last_value).tuples().execute())
    first = last - count + 1
    note = clean(note)[:200]
    rows = [{"account": account.id, "on": on, "kind": "deposit", "amount": amount, "method": "cash",
             "note": note, "receipt_number": f"KW{first + k:07d}", "reverses": None,
             "user": actor.id, "posted_at": dt.datetime.now().replace(microsecond=0)}
            for k, (account, amount) in enumerate(deposits)]
    ids = [entry_id for (entry_id,) in
           SavingsEntry.insert_many(rows).returning(SavingsEntry.id).tuples().execute()]
    by_account: dict[int, int] = {}
    for account, amount in deposits:
        by_account[account.id] = by_account.get(account.id, 0) + amount
    database.cursor().executemany("UPDATE savings_account SET balance = balance + ? WHERE id = ?",
                                  [(amount, account_id) for account_id, amount in by_account.items()])
    audit.record_many(actor, "savings.deposit", "savings_entry", [
        (entry_id, f"{row['receipt_number']} {account.member.number} {account.product.code} {amount}",
         audit.snapshot(SavingsEntry(id=entry_id, **row)))
        for entry_id, row, (account, amount) in zip(ids, rows, deposits, strict=True)])
    return ids


def _lowest_balance_from(account_id: int, on: dt.date) -> int:
    """The lowest the account's balance stands at the end of *on* or of any later day with
    entries: what money taken out on *on* must not exceed, or a later day goes below zero."""
    balance = (SavingsEntry.select(pw.fn.COALESCE(pw.fn.SUM(SavingsEntry.amount), 0))
               .where((SavingsEntry.account == account_id) & (SavingsEntry.on <= on)).scalar())
    lowest = balance
    later = (SavingsEntry.select(SavingsEntry.amount)
             .where((SavingsEntry.account == account_id) & (SavingsEntry.on > on))
             .order_by(SavingsEntry.on, SavingsEntry.id))
    for (amount,) in later.tuples():
        balance += amount
        lowest = min(lowest, balance)
    return lowest


def check_taken_out(account: SavingsAccount, on: dt.date, amount: int, field: str | None) -> None:
    """Money out (a withdrawal, or reversing money in) must be there on its day and leave no
    later day below zero; a posting dated back in time is checked against that day."""
    lowest = _lowest_balance_from(account.id, on)
    if amount > lowest:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "On {date} and after, {product} holds at least {balance}; {amount} is more than that."), field, date=on.strftime("%d/%m/%Y"), product=account.product.name, balance=format_rupiah(max(lowest, 0)), amount=format_rupiah(amount))


@operation("savings.post")
def deposit(actor: Actor, account_id: int, on: dt.date, amount: int, method: str = "cash",
            note: str = "") -> int:
    """Record money paid into a member's savings; returns the entry (and receipt)."""
    note = check_text(note, "note", NOTE_LENGTH)
    account = _account(account_id)
    check_posting(account, on, amount, method)
    product = account.product
    if product.kind == "pokok" and account.balance + amount > product.amount:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Simpanan pokok is {total} in all and {paid} is paid; at most {rest} more can be paid."), "amount", total=format_rupiah(product.amount), paid=format_rupiah(account.balance), rest=format_rupiah(max(product.amount - account.balance, 0)))
    return post_entry(actor, account, on, "deposit", amount, method, note).id


@operation("savings.post")
def withdraw(actor: Actor, account_id: int, on: dt.date, amount: int, method: str = "cash",
             note: str = "") -> int:
    """Pay money out of a member's sukarela savings; returns the entry (and receipt)."""
    note = check_text(note, "note", NOTE_LENGTH)
    account = _account(account_id)
    check_posting(account, on, amount, method)
    product = account.product
    if product.kind in ("pokok", "wajib"):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{product} cannot be withdrawn while {name} is a member; it is paid out when the member leaves."), "amount", product=product.name, name=account.member.name)
    if amount > account.balance:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The balance of {product} is {balance}; {amount} is more than that."), "amount", product=product.name, balance=format_rupiah(account.balance), amount=format_rupiah(amount))
    check_taken_out(account, on, amount, "amount")
    return post_entry(actor, account, on, "withdrawal", -amount, method, note).id


@approvable("savings.reverse", QT_TRANSLATE_NOOP("Labels", "Reversing a savings entry"))
@operation("savings.reverse")
def reverse_entry(actor: Actor, entry_id: int, reason: str, on: dt.date | None = None) -> int:
    """Cancel a posted entry with a new entry of the opposite amount; both stay visible."""
    entry = SavingsEntry.get_or_none(SavingsEntry.id == entry_id)
    if entry is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This savings entry no longer exists."))
    if entry.kind == "reversal":
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "A reversal cannot itself be reversed; post the right amount again instead."))
    if entry.kind == "payout":
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "A payout on leaving cannot be reversed: the member has left and the money was handed over."))
    if SavingsEntry.select().where(SavingsEntry.reverses == entry.id).exists():
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Receipt {number} has already been reversed."), None, number=entry.receipt_number)
    reason = check_text(reason, "reason", REASON_LENGTH, required=QT_TRANSLATE_NOOP("Errors", "Enter the reason for the reversal."))
    account = _account(entry.account_id)
    _check_active(account)
    on = on or dt.date.today()
    check_not_future(on)
    if on < entry.on:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "A reversal cannot be dated before the entry it cancels ({date})."), "date", date=entry.on.strftime("%d/%m/%Y"))
    if account.balance - entry.amount < 0:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Reversing receipt {number} would leave {product} below zero; the money has been withdrawn since."), None, number=entry.receipt_number, product=account.product.name)
    if entry.amount > 0:
        check_taken_out(account, on, entry.amount, "date")
    return post_entry(actor, account, on, "reversal", -entry.amount, entry.method,
                 f"{entry.receipt_number}: {clean(reason)}", reverses=entry.id).id


def savings_to_pay_out(member_id: int) -> list[tuple[str, int]]:
    """(product name, balance) of each of the member's savings that holds money."""
    query = (SavingsAccount.select(SavingsProduct.name, SavingsAccount.balance).join(SavingsProduct)
             .where((SavingsAccount.member == member_id) & (SavingsAccount.balance > 0))
             .order_by(SavingsProduct.sort_order, SavingsProduct.id))
    return list(query.tuples())


def pay_out_on_exit(actor: Actor, member_id: int, on: dt.date) -> list[int]:
    """Pay out every savings balance of a leaving member; call inside the exit operation.
    Returns the payout entries."""
    accounts = list(SavingsAccount.select(SavingsAccount, SavingsProduct, Member)
                    .join(SavingsProduct).switch(SavingsAccount).join(Member)
                    .where((SavingsAccount.member == member_id) & (SavingsAccount.balance > 0))
                    .order_by(SavingsProduct.sort_order, SavingsProduct.id))
    last = (SavingsEntry.select(pw.fn.MAX(SavingsEntry.on)).join(SavingsAccount)
            .where(SavingsAccount.member == member_id).scalar())
    if last is not None and last > on:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Savings were posted up to {date}; the member cannot have left before that day."), "date", date=last.strftime("%d/%m/%Y"))
    if accounts and not actor.may("savings.post"):
        total = sum(a.balance for a in accounts)
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{name} still has {total} in savings to be paid out. The treasurer pays it and records the exit."), None, name=accounts[0].member.name, total=format_rupiah(total))
    return [post_entry(actor, account, on, "payout", -account.balance, "cash", "").id
            for account in accounts]


def balance_check() -> list[tuple[int, int, int]]:
    """(account, stored balance, sum of entries) of every account where the two disagree."""
    sums = (SavingsEntry.select(SavingsEntry.account, pw.fn.SUM(SavingsEntry.amount).alias("total"))
            .group_by(SavingsEntry.account).alias("sums"))
    query = (SavingsAccount.select(SavingsAccount.id, SavingsAccount.balance,
                                   pw.fn.COALESCE(sums.c.total, 0))
             .join(sums, pw.JOIN.LEFT_OUTER, on=(sums.c.account_id == SavingsAccount.id))
             .where(SavingsAccount.balance != pw.fn.COALESCE(sums.c.total, 0)))
    return list(query.tuples())


def _months_due(today: dt.date) -> pw.Node:
    """Monthly wajib falls due in the month the account opened (the month of joining, or of
    the product's introduction) and each month after, up to today's: counted in SQL, so that
    the office's whole list of who is behind is one query."""
    def months(value) -> pw.Node:
        return (pw.fn.strftime("%Y", value).cast("INTEGER") * 12
                + pw.fn.strftime("%m", value).cast("INTEGER"))
    return pw.fn.MAX(months(today.isoformat()) - months(SavingsAccount.opened_on) + 1, 0)


def _meetings_held(on: dt.date) -> pw.Node:
    """Wajib due per meeting falls due at each meeting the member's group held (each posted
    collection sheet) from the day the account opened up to *on*."""
    meeting = CollectionSheet.alias("meeting")
    return (meeting.select(pw.fn.COUNT(meeting.id))
            .where((meeting.group == Member.group) & (meeting.status == "posted")
                   & (meeting.on >= SavingsAccount.opened_on) & (meeting.on <= on)))


def _due(on: dt.date) -> pw.Node:
    """What an account's product asks to have been paid by the end of *on*'s month (for
    monthly wajib) or by *on* (for wajib per meeting). The query must join Member."""
    pokok = pw.Case(None, [(SavingsAccount.opened_on <= on, SavingsProduct.amount)], 0)
    return pw.Case(SavingsProduct.kind, [("pokok", pokok)],
                   pw.Case(SavingsProduct.period, [
                       ("month", SavingsProduct.amount * _months_due(on)),
                       ("meeting", SavingsProduct.amount * _meetings_held(on))], 0))


def dues(member_ids: list[int] | None, today: dt.date | None = None) -> dict[int, dict[str, tuple[int, int]]]:
    """What each active member (of *member_ids*, or all) still owes on pokok and monthly wajib
    products, by product code, at today's amounts: (owed up to and including this month, of
    which overdue from before this month). Only products with something owed are listed."""
    today = today or dt.date.today()
    last_month = today.replace(day=1) - dt.timedelta(days=1)
    due, due_before = _due(today), _due(last_month)
    query = (SavingsAccount.select(SavingsAccount.member, SavingsProduct.code,
                                   due - SavingsAccount.balance,
                                   pw.fn.MAX(due_before - SavingsAccount.balance, 0))
             .join(SavingsProduct).switch(SavingsAccount).join(Member)
             .where((Member.status == "active") & SavingsProduct.kind.in_(["pokok", "wajib"])
                    & (SavingsProduct.active == True)  # noqa: E712 - SQL; a retired product is no longer due
                    & (due > SavingsAccount.balance)))
    if member_ids is not None:
        query = query.where(SavingsAccount.member.in_(member_ids))
    owed: dict[int, dict[str, tuple[int, int]]] = {}
    # The raw cursor: the rows are plain numbers and text, and peewee's conversion of each
    # would double the time of the office's list.
    for member_id, code, amount, overdue in database.execute(query):
        owed.setdefault(member_id, {})[code] = (amount, overdue)
    return owed


def amounts_owed(member_ids: list[int] | None, today: dt.date | None = None) -> dict[int, dict[str, int]]:
    """What each active member still owes up to and including this month, by product code."""
    return {member: {code: owed for code, (owed, _overdue) in codes.items()}
            for member, codes in dues(member_ids, today).items()}

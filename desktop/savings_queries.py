"""Reading the savings ledger: a member's accounts and passbook, statements for a date range,
the data for a receipt, and the savings of a group."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from db.connection import database
from db.models import Group, Member, SavingsAccount, SavingsEntry, SavingsProduct, User
from desktop.errors import NotFound
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.savings import amounts_owed, dues


@dataclass(frozen=True)
class AccountLine:
    id: int
    code: str
    product: str
    kind: str
    balance: int
    owed: int


@dataclass(frozen=True)
class MemberSavings:
    member_id: int
    number: str
    name: str
    group: str
    status: str
    joined: dt.date
    accounts: list[AccountLine]

    @property
    def total(self) -> int:
        return sum(a.balance for a in self.accounts)

    @property
    def owed(self) -> int:
        return sum(a.owed for a in self.accounts)


def _member(member_id: int) -> tuple:
    row = (Member.select(Member.id, Member.number, Member.name,
                         pw.fn.COALESCE(Group.name, ""), Member.status, Member.join_date)
           .join(Group, pw.JOIN.LEFT_OUTER, on=(Member.group == Group.id))
           .where(Member.id == member_id).tuples().first())
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This member no longer exists."))
    return row


def member_savings(member_id: int, today: dt.date | None = None) -> MemberSavings:
    """A member's accounts in the office's product order, with balance and what is owed."""
    info = _member(member_id)
    owed = amounts_owed([member_id], today).get(member_id, {})
    query = (SavingsAccount.select(SavingsAccount.id, SavingsProduct.code, SavingsProduct.name,
                                   SavingsProduct.kind, SavingsAccount.balance)
             .join(SavingsProduct).where(SavingsAccount.member == member_id)
             .order_by(SavingsProduct.sort_order, SavingsProduct.id))
    accounts = [AccountLine(i, code, name, kind, balance, owed.get(code, 0))
                for i, code, name, kind, balance in query.tuples()]
    return MemberSavings(*info, accounts)


@dataclass(frozen=True)
class LedgerLine:
    entry_id: int
    on: dt.date
    receipt_number: str
    kind: str
    method: str
    note: str
    amount: int  # + in, - out
    balance: int  # after this line
    reversed_by: str  # receipt number of the reversal that cancelled this entry, if any
    user: str


@dataclass(frozen=True)
class ProductStatement:
    account_id: int
    code: str
    product: str
    kind: str
    opening: int
    lines: list[LedgerLine]

    @property
    def paid_in(self) -> int:
        return sum(line.amount for line in self.lines if line.amount > 0)

    @property
    def paid_out(self) -> int:
        return -sum(line.amount for line in self.lines if line.amount < 0)

    @property
    def closing(self) -> int:
        return self.opening + self.paid_in - self.paid_out


@dataclass(frozen=True)
class Statement:
    member_id: int
    number: str
    name: str
    group: str
    status: str
    joined: dt.date
    first: dt.date | None  # None: from the first entry
    last: dt.date
    products: list[ProductStatement]

    @property
    def opening(self) -> int:
        return sum(p.opening for p in self.products)

    @property
    def closing(self) -> int:
        return sum(p.closing for p in self.products)


def _lines(account_id: int, first: dt.date | None, last: dt.date, opening: int) -> list[LedgerLine]:
    reversal = SavingsEntry.alias()
    query = (SavingsEntry.select(SavingsEntry.id, SavingsEntry.on, SavingsEntry.receipt_number,
                                 SavingsEntry.kind, SavingsEntry.method, SavingsEntry.note,
                                 SavingsEntry.amount,
                                 pw.fn.COALESCE(reversal.receipt_number, ""), User.full_name)
             .join(User, on=(SavingsEntry.user == User.id))
             .switch(SavingsEntry)
             .join(reversal, pw.JOIN.LEFT_OUTER, on=(reversal.reverses == SavingsEntry.id))
             .where((SavingsEntry.account == account_id) & (SavingsEntry.on <= last))
             .order_by(SavingsEntry.on, SavingsEntry.id))
    if first is not None:
        query = query.where(SavingsEntry.on >= first)
    lines, balance = [], opening
    for entry_id, on, number, kind, method, note, amount, reversed_by, user in query.tuples():
        balance += amount
        lines.append(LedgerLine(entry_id, on, number, kind, method, note, amount, balance,
                                reversed_by, user))
    return lines


def statement(member_id: int, first: dt.date | None, last: dt.date,
              account_id: int | None = None) -> Statement:
    """The member's savings from *first* to *last* (both included) per product: the balance
    brought forward, each entry in date order with the balance after it, and the balance
    carried forward. With *account_id*, that product only. Entries are in the order of their
    dates, so an entry posted late for an earlier day takes its place by that day."""
    info = _member(member_id)
    accounts = (SavingsAccount.select(SavingsAccount.id, SavingsProduct.code, SavingsProduct.name,
                                      SavingsProduct.kind)
                .join(SavingsProduct).where(SavingsAccount.member == member_id)
                .order_by(SavingsProduct.sort_order, SavingsProduct.id))
    if account_id is not None:
        accounts = accounts.where(SavingsAccount.id == account_id)
    products = []
    for account, code, name, kind in accounts.tuples():
        opening = 0
        if first is not None:
            opening = (SavingsEntry.select(pw.fn.COALESCE(pw.fn.SUM(SavingsEntry.amount), 0))
                       .where((SavingsEntry.account == account) & (SavingsEntry.on < first))
                       .scalar())
        products.append(ProductStatement(account, code, name, kind, opening,
                                         _lines(account, first, last, opening)))
    return Statement(*info, first, last, products)


@dataclass(frozen=True)
class ReceiptData:
    entry_id: int
    number: str
    on: dt.date
    kind: str
    amount: int  # as posted: + in, - out
    method: str
    note: str
    member_number: str
    member_name: str
    group: str
    product: str
    product_kind: str
    balance_after: int
    reverses: str  # the receipt number a reversal cancels
    user: str

    @property
    def money_in(self) -> bool:
        return self.amount > 0


def receipt_data(entry_id: int) -> ReceiptData:
    """What a receipt prints: the entry, its member and product, and the balance right after
    it was posted."""
    cancelled = SavingsEntry.alias()
    row = (SavingsEntry.select(SavingsEntry.id, SavingsEntry.receipt_number, SavingsEntry.on,
                               SavingsEntry.kind, SavingsEntry.amount, SavingsEntry.method,
                               SavingsEntry.note, Member.number, Member.name,
                               pw.fn.COALESCE(Group.name, ""), SavingsProduct.name,
                               SavingsProduct.kind, SavingsEntry.account,
                               pw.fn.COALESCE(cancelled.receipt_number, ""), User.full_name)
           .join(SavingsAccount).join(Member)
           .join(Group, pw.JOIN.LEFT_OUTER, on=(Member.group == Group.id))
           .switch(SavingsAccount).join(SavingsProduct)
           .switch(SavingsEntry).join(User, on=(SavingsEntry.user == User.id))
           .switch(SavingsEntry)
           .join(cancelled, pw.JOIN.LEFT_OUTER, on=(SavingsEntry.reverses == cancelled.id))
           .where(SavingsEntry.id == entry_id).tuples().first())
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This savings entry no longer exists."))
    *head, account, reverses, user = row
    after = (SavingsEntry.select(pw.fn.SUM(SavingsEntry.amount))
             .where((SavingsEntry.account == account) & (SavingsEntry.id <= entry_id)).scalar())
    return ReceiptData(*head, after or 0, reverses, user)


@dataclass(frozen=True)
class SummaryRow:
    member_id: int
    number: str
    name: str
    balances: dict[str, int]  # by product code
    owed: int  # unpaid pokok and wajib up to and including this month: what to collect
    group: str = ""
    overdue: int = 0  # of that, what fell due before this month: the arrears (tunggakan)

    @property
    def total(self) -> int:
        return sum(self.balances.values())


@dataclass(frozen=True)
class GroupSummary:
    group_id: int | None  # None: the whole office
    group: str
    products: list[tuple[str, str]]  # (code, name) in the office's order
    rows: list[SummaryRow]
    as_of: dt.date

    def product_total(self, code: str) -> int:
        return sum(r.balances.get(code, 0) for r in self.rows)

    @property
    def total(self) -> int:
        return sum(r.total for r in self.rows)

    @property
    def owed(self) -> int:
        return sum(r.owed for r in self.rows)

    @property
    def overdue(self) -> int:
        return sum(r.overdue for r in self.rows)


def products_in_use() -> list[tuple[str, str]]:
    """(code, name) of every product that is active or holds an account, in the office's order."""
    query = (SavingsProduct.select(SavingsProduct.code, SavingsProduct.name)
             .where((SavingsProduct.active == True)  # noqa: E712 - SQL
                    | SavingsProduct.id.in_(SavingsAccount.select(SavingsAccount.product)))
             .order_by(SavingsProduct.sort_order, SavingsProduct.id))
    return list(query.tuples())


def group_summary(group_id: int | None, today: dt.date | None = None,
                  only_behind: bool = False) -> GroupSummary:
    """Each active member of the group (or of the office, with None) with the balance of every
    product, what they owe (to collect this month, and of that what is overdue), and the
    totals: the page a treasurer reads out at the group's meeting, and the list of who is
    behind. Wajib paid for this month later in the month is not arrears; wajib from earlier
    months is."""
    today = today or dt.date.today()
    members = (Member.select(Member.id, Member.number, Member.name,
                             pw.fn.COALESCE(Group.name, ""))
               .join(Group, pw.JOIN.LEFT_OUTER, on=(Member.group == Group.id))
               .where(Member.status == "active").order_by(Member.number))
    accounts = (SavingsAccount.select(SavingsAccount.member, SavingsProduct.code,
                                      SavingsAccount.balance)
                .join(SavingsProduct).switch(SavingsAccount).join(Member)
                .where(Member.status == "active"))
    if group_id is None:
        title, owed = "", dues(None, today)
    else:
        group = Group.get_or_none(Group.id == group_id)
        if group is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This group no longer exists."))
        title = group.name
        members = members.where(Member.group == group_id)
        accounts = accounts.where(Member.group == group_id)
    # Raw cursors: the rows are plain numbers and text, and peewee's conversion of each row
    # would double the time of the office's list.
    members = list(database.execute(members))
    if group_id is not None:
        owed = dues([m[0] for m in members], today) if members else {}
    balances: dict[int, dict[str, int]] = {m[0]: {} for m in members}
    for member, code, balance in database.execute(accounts):
        balances[member][code] = balance
    rows = []
    for m, number, name, group in members:
        member_dues = owed.get(m, {}).values()
        rows.append(SummaryRow(m, number, name, balances[m], sum(d[0] for d in member_dues), group,
                               sum(d[1] for d in member_dues)))
    if only_behind:
        rows = [r for r in rows if r.overdue]
    return GroupSummary(group_id, title, products_in_use(), rows, today)


def all_balances() -> dict[int, int]:
    """Every member's total savings, from the stored balances."""
    query = (SavingsAccount.select(SavingsAccount.member, pw.fn.SUM(SavingsAccount.balance))
             .group_by(SavingsAccount.member))
    return dict(query.tuples())

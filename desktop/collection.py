"""Meeting day: the group collection sheet.

At a group's meeting the treasurer collects everyone's wajib, sukarela and installments at
once and hands out withdrawals. The sheet for a group and a day lists the group's active
members with what is due; what was actually paid is typed over it, with attendance. A sheet
can be kept as a draft and finished later. Posting it writes every line through the same
rules as a single deposit, withdrawal or repayment, all in one transaction: one refused line
stops the whole sheet and names its row. A posted sheet is reversed as a whole.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

import peewee as pw

from db.connection import database
from db.models import (
    CollectionSheet,
    Group,
    Installment,
    Loan,
    LoanShare,
    Member,
    SavingsAccount,
    SavingsProduct,
    SheetLine,
    SheetPosting,
    User,
)
from desktop import audit, loans, savings
from desktop.approvals import approvable
from desktop.auth import Actor
from desktop.dates import check_not_future
from desktop.errors import DomainError, NotFound, StaleRecord, ensure_unchanged
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import ATTENDANCE
from desktop.loan_allocation import ShareState, allocate, share_state
from desktop.loans import reverse_payment
from desktop.money import MAX_AMOUNT, format_rupiah
from desktop.operations import operation
from desktop.periods import check_open
from desktop.savings import dues, reverse_entry
from desktop.settings import get_setting
from desktop.text import (
    NOTE_LENGTH,
    REASON_LENGTH,
    check_text,
    clean,
    is_choice,
    is_whole,
    whole_between,
)

AMOUNTS = ("wajib", "sukarela", "withdrawal", "installment")


class RowError(DomainError):
    """A line of the sheet was refused; *row* counts from 1 as on the screen and on paper."""

    def __init__(self, row: int, name: str, column: str, inner: DomainError) -> None:
        super().__init__(inner.message, inner.field, **inner.params)
        self.row, self.name, self.column, self.inner = row, name, column, inner


@dataclass
class LineForm:
    """One member's row as typed."""

    member_id: int
    attendance: str = "present"
    wajib: int = 0
    sukarela: int = 0
    withdrawal: int = 0
    installment: int = 0

    @property
    def money_in(self) -> int:
        return self.wajib + self.sukarela + self.installment


@dataclass(frozen=True)
class DueLine:
    """What a member is asked for on the day, and what they hold."""

    member_id: int
    number: str
    name: str
    wajib_due: int  # wajib owed up to and including the day (monthly: its month)
    wajib_overdue: int  # of which from before
    sukarela_balance: int
    share_id: int | None  # the running loan share installments go to (the oldest)
    loan_number: str
    installment_due: int  # arrears and the installment falling due next
    installment_overdue: int
    next_due_on: dt.date | None


@dataclass
class SheetData:
    group_id: int
    group: str
    on: dt.date
    sheet_id: int | None
    status: str  # new | draft | posted | reversed
    version: int
    dues: list[DueLine]
    lines: list[LineForm]
    cash_counted: int | None = None
    note: str = ""
    saved_by: str = ""
    posted_by: str = ""
    posted_at: dt.datetime | None = None
    reversal_reason: str = ""
    history: list[tuple[dt.date, str]] = field(default_factory=list)

    @property
    def total_in(self) -> int:
        return sum(line.money_in for line in self.lines)

    @property
    def total_out(self) -> int:
        return sum(line.withdrawal for line in self.lines)

    @property
    def net(self) -> int:
        return self.total_in - self.total_out


def _group(group_id: int) -> Group:
    group = Group.get_or_none(Group.id == group_id)
    if group is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This group no longer exists."))
    return group


def _accounts(member_ids: list[int], kind: str) -> dict[int, SavingsAccount]:
    """Each member's account in the first active product of *kind*, in the office's order."""
    out: dict[int, SavingsAccount] = {}
    query = (SavingsAccount.select(SavingsAccount, SavingsProduct).join(SavingsProduct)
             .where(SavingsAccount.member.in_(member_ids) & (SavingsProduct.kind == kind)
                    & (SavingsProduct.active == True))  # noqa: E712 - SQL
             .order_by(SavingsProduct.sort_order, SavingsProduct.id))
    for account in query:
        out.setdefault(account.member_id, account)
    return out


def _states(shares: dict[int, LoanShare], on: dt.date) -> dict[int, ShareState]:
    """desktop.loans.state_of of each share, by member: every installment in one query."""
    rows: dict[int, list] = defaultdict(list)
    query = (Installment.select(Installment.share, Installment.due_on, Installment.principal,
                                Installment.jasa)
             .where(Installment.share.in_([s.id for s in shares.values()]))
             .order_by(Installment.share, Installment.seq))
    for row in query.namedtuples():
        rows[row.share].append(row)
    return {member: share_state(rows[share.id], share.paid_principal, share.paid_jasa, on)
            for member, share in shares.items()}


def _running_shares(member_ids: list[int]) -> dict[int, LoanShare]:
    """Each member's oldest running loan share: installments on the sheet go to it."""
    out: dict[int, LoanShare] = {}
    query = (LoanShare.select(LoanShare, Loan).join(Loan)
             .where(LoanShare.member.in_(member_ids) & (LoanShare.status == "active"))
             .order_by(Loan.disbursed_on, Loan.id))
    for share in query:
        out.setdefault(share.member_id, share)
    return out


def due_lines(group_id: int, on: dt.date) -> list[DueLine]:
    """The group's active members on *on*, by name, with what is due from each."""
    members = list(Member.select(Member.id, Member.number, Member.name)
                   .where((Member.group == group_id) & (Member.status == "active")
                          & (Member.join_date <= on))
                   .order_by(Member.name_key, Member.id).tuples())
    ids = [m for m, _n, _name in members]
    if not ids:
        return []
    owed = dues(ids, on)
    wajib = _accounts(ids, "wajib")
    sukarela = _accounts(ids, "sukarela")
    shares = {m: s for m, s in _running_shares(ids).items() if s.loan.disbursed_on <= on}
    states = _states(shares, on)
    lines = []
    for member_id, number, name in members:
        account = wajib.get(member_id)
        code = account.product.code if account else None
        wajib_due, wajib_overdue = owed.get(member_id, {}).get(code, (0, 0)) if code else (0, 0)
        share = shares.get(member_id)
        state = states.get(member_id)
        lines.append(DueLine(
            member_id, number, name, wajib_due, wajib_overdue,
            sukarela[member_id].balance if member_id in sukarela else 0,
            share.id if state else None, share.loan.number if state else "",
            state.due_now if state else 0, state.overdue if state else 0,
            state.current_due_on if state else None))
    return lines


def _open_sheet(group_id: int, on: dt.date) -> CollectionSheet | None:
    return (CollectionSheet.select()
            .where((CollectionSheet.group == group_id) & (CollectionSheet.on == on)
                   & (CollectionSheet.status != "reversed")).first())


def _name(user_id: int | None) -> str:
    user = User.get_or_none(User.id == user_id) if user_id else None
    return user.full_name if user else ""


def load_sheet(group_id: int, on: dt.date) -> SheetData:
    """The sheet of a group and day: a draft or posted one as saved, else a new one filled
    with what is due (the member is taken to be present)."""
    return _sheet_data(group_id, on, _open_sheet(group_id, on))


def load_sheet_by_id(sheet_id: int) -> SheetData:
    """A saved sheet as it was kept, a reversed one too (to read or print its record)."""
    sheet = CollectionSheet.get_or_none(CollectionSheet.id == sheet_id)
    if sheet is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This sheet no longer exists."))
    return _sheet_data(sheet.group_id, sheet.on, sheet)


def _sheet_data(group_id: int, on: dt.date, sheet: CollectionSheet | None) -> SheetData:
    group = _group(group_id)
    dues_ = due_lines(group_id, on)
    if sheet is None:
        lines = [LineForm(d.member_id, "present", d.wajib_due, 0, 0, d.installment_due) for d in dues_]
        return SheetData(group_id, group.name, on, None, "new", 0, dues_, lines)
    saved = {line.member_id: line for line in SheetLine.select().where(SheetLine.sheet == sheet.id)}
    if sheet.status in ("posted", "reversed"):
        # The members as they were on the sheet, even if one has left since.
        known = {d.member_id for d in dues_}
        extra = [m for m in saved if m not in known]
        if extra:
            for m in Member.select().where(Member.id.in_(extra)):
                dues_.append(DueLine(m.id, m.number, m.name, 0, 0, 0, None, "", 0, 0, None))
    lines = []
    for d in dues_:
        line = saved.get(d.member_id)
        if line is None:
            lines.append(LineForm(d.member_id, "present" if sheet.status == "draft" else "",
                                  d.wajib_due if sheet.status == "draft" else 0, 0, 0,
                                  d.installment_due if sheet.status == "draft" else 0))
        else:
            lines.append(LineForm(d.member_id, line.attendance, line.wajib, line.sukarela,
                                  line.withdrawal, line.installment))
    return SheetData(group_id, group.name, on, sheet.id, sheet.status, sheet.version, dues_, lines,
                     sheet.cash_counted, sheet.note, _name(sheet.created_by_id),
                     _name(sheet.posted_by_id), sheet.posted_at, sheet.reversal_reason)


def _check_lines(group_id: int, on: dt.date, lines: list[LineForm]) -> dict[int, Member]:
    """Refuse a sheet that cannot be kept; the members of its lines, by id."""
    check_not_future(on)
    members = {m.id: m for m in Member.select().where(Member.id.in_([line.member_id for line in lines]))}
    for row, line in enumerate(lines, 1):
        member = members.get(line.member_id)
        if member is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This member no longer exists."))
        if member.group_id != group_id:
            raise RowError(row, member.name, "attendance", DomainError(QT_TRANSLATE_NOOP("Errors", "{name} is not a member of {group}."), None, name=member.name, group=_group(group_id).name))
        if not is_choice(line.attendance, ("", *ATTENDANCE)):
            raise RowError(row, member.name, "attendance", DomainError(QT_TRANSLATE_NOOP("Errors", "Mark the member present, late, excused or absent."), "attendance"))
        for column in AMOUNTS:
            value = getattr(line, column)
            if not is_whole(value) or value < 0:
                raise RowError(row, member.name, column, DomainError(QT_TRANSLATE_NOOP("Errors", "Enter an amount of zero or more, in whole rupiah."), column))
            if value > MAX_AMOUNT:
                raise RowError(row, member.name, column, DomainError(QT_TRANSLATE_NOOP("Errors", "The amount is too large for one posting; check the figures."), column))
    if len({line.member_id for line in lines}) != len(lines):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "A member is named twice; give each member one share."), None)
    return members


def _check_count(cash_counted: int | None, note: str) -> str:
    """Refuse a cash count that is not whole rupiah or a note that cannot be kept; the note
    as kept."""
    if cash_counted is not None and not whole_between(cash_counted, -MAX_AMOUNT, MAX_AMOUNT):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the cash counted in whole rupiah, up to {most}."), "cash_counted", most=format_rupiah(MAX_AMOUNT))
    return check_text(note, "note", NOTE_LENGTH)


def _store(actor: Actor, group_id: int, on: dt.date, lines: list[LineForm], cash_counted: int | None,
           note: str, version: int, shares: dict[int, LoanShare] | None = None) -> CollectionSheet:
    """Create or update the day's draft with these lines; in the caller's transaction."""
    sheet = _open_sheet(group_id, on)
    if sheet is None:
        if version:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "Someone else changed this record while you were editing it. Close the form and open it again."))
        try:
            with database.atomic():
                sheet = CollectionSheet.create(group=group_id, on=on, created_by=actor.id,
                                               cash_counted=cash_counted, note=clean(note)[:200])
        except pw.IntegrityError:
            # Another PC began or posted the same group and day between our read and this
            # write: the one-sheet-per-day index refused it.
            raise StaleRecord() from None
    else:
        if sheet.status == "posted":
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "The sheet of {group} for {date} was already posted by {user}. Open it again to see it."), None, group=_group(group_id).name, date=on.strftime("%d/%m/%Y"), user=_name(sheet.posted_by_id))
        ensure_unchanged(sheet.version, version)
        sheet.cash_counted, sheet.note = cash_counted, clean(note)[:200]
        sheet.saved_at = dt.datetime.now().replace(microsecond=0)
        sheet.version += 1
        sheet.save()
        SheetLine.delete().where(SheetLine.sheet == sheet.id).execute()
    if shares is None:
        shares = _running_shares([line.member_id for line in lines])
    SheetLine.insert_many([
        {"sheet": sheet.id, "member": line.member_id, "attendance": line.attendance,
         "wajib": line.wajib, "sukarela": line.sukarela, "withdrawal": line.withdrawal,
         "installment": line.installment,
         "share": shares[line.member_id].id if line.member_id in shares else None}
        for line in lines]).execute()
    return sheet


@operation("sheet.draft")
def save_draft(actor: Actor, group_id: int, on: dt.date, lines: list[LineForm],
               cash_counted: int | None = None, note: str = "", version: int = 0) -> int:
    """Keep the sheet as typed so far, to finish it later; returns the sheet. Not in a closed
    month: such a draft could never be posted."""
    _group(group_id)
    check_open(on)
    _check_lines(group_id, on, lines)
    note = _check_count(cash_counted, note)
    sheet = _store(actor, group_id, on, lines, cash_counted, note, version)
    audit.record(actor, "sheet.draft", "collection_sheet", sheet.id,
                 f"{sheet.group_id} {on.isoformat()}", None, audit.snapshot(sheet))
    return sheet.id


@operation("sheet.draft")
def discard_draft(actor: Actor, sheet_id: int, version: int) -> None:
    """Throw away a draft sheet that will not be posted (a meeting that did not take place, a
    sheet begun for the wrong day). No money was posted from it; a posted sheet is reversed."""
    sheet = CollectionSheet.get_or_none(CollectionSheet.id == sheet_id)
    if sheet is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This sheet no longer exists."))
    if sheet.status == "reversed":
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The sheet of {group} for {date} was reversed; it is kept as it is."), None, group=sheet.group.name, date=sheet.on.strftime("%d/%m/%Y"))
    if sheet.status != "draft":
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The sheet of {group} for {date} was already posted by {user}. Open it again to see it."), None, group=sheet.group.name, date=sheet.on.strftime("%d/%m/%Y"), user=_name(sheet.posted_by_id))
    ensure_unchanged(sheet.version, version)
    before = audit.snapshot(sheet)
    before["lines"] = SheetLine.select().where(SheetLine.sheet == sheet.id).count()
    SheetLine.delete().where(SheetLine.sheet == sheet.id).execute()
    sheet.delete_instance()
    audit.record(actor, "sheet.discard", "collection_sheet", sheet_id,
                 f"{sheet.group.name} {sheet.on.strftime('%d/%m/%Y')}", before, None)


def _row(row: int, name: str, column: str, call, *args):
    try:
        return call(*args)
    except DomainError as exc:
        raise RowError(row, name, column, exc) from None


def _withdraw(actor: Actor, account: SavingsAccount, on: dt.date, amount: int, note: str) -> int:
    """desktop.savings.withdraw of cash from a sukarela account already read."""
    savings.check_posting(account, on, amount, "cash")
    if amount > account.balance:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The balance of {product} is {balance}; {amount} is more than that."), "amount", product=account.product.name, balance=format_rupiah(account.balance), amount=format_rupiah(amount))
    savings.check_taken_out(account, on, amount, "amount")
    entry = savings.post_entry(actor, account, on, "withdrawal", -amount, "cash", note)
    account.balance -= amount
    return entry.id


def _repay(actor: Actor, share: LoanShare, state: ShareState | None, on: dt.date, amount: int,
           credit: bool, note: str) -> int:
    """desktop.loans.repay in cash on a share and its state already read (none for a loan
    disbursed after the day, which the check refuses)."""
    loans.check_payment(share, on, amount, "cash")
    state = state if state is not None else loans.state_of(share, on)
    try:
        principal, jasa = allocate(state, amount, credit)
    except ValueError:
        loans.refuse_too_much(share, state, amount, credit)
    return loans.post_payment(actor, share, on, "repayment", principal, jasa, "cash", note).id


@operation("sheet.post")
def post_sheet(actor: Actor, group_id: int, on: dt.date, lines: list[LineForm],
               cash_counted: int | None, note: str = "", version: int = 0) -> int:
    """Post the whole sheet: every line's money through the same rules as a single posting,
    all or nothing. The cash counted must equal the money in less the money out."""
    group = _group(group_id)
    check_open(on)
    members = _check_lines(group_id, on, lines)
    note = _check_count(cash_counted, note)
    total = sum(line.money_in - line.withdrawal for line in lines)
    if cash_counted is None:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Count the cash and enter it before posting."), "cash_counted")
    if cash_counted != total:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The sheet comes to {total} but {counted} was counted; the difference is {difference}. Check the rows or count again."), "cash_counted", total=format_rupiah(total), counted=format_rupiah(cash_counted), difference=format_rupiah(cash_counted - total))
    wajib = _accounts(list(members), "wajib")
    sukarela = _accounts(list(members), "sukarela")
    shares = _running_shares(list(members))
    # The rows just read serve every posting: each entry is checked and written by the same
    # helpers as a single deposit, withdrawal or repayment, without reading its account, share
    # and member again (going through the single operations, those reads took nearly half of
    # a sheet's time).
    for account in (*wajib.values(), *sukarela.values()):
        account.member = members[account.member_id]
    for share in shares.values():
        share.member = members[share.member_id]
    credit = get_setting("loans.overpayment") == "credit"
    # One payment per share at most (a member has one line), so the states read before any
    # posting are those each payment sees.
    states = _states({m: s for m, s in shares.items() if s.loan.disbursed_on <= on}, on)
    sheet = _store(actor, group_id, on, lines, cash_counted, note, version, shares)
    words = f"Rapat kelompok {on.strftime('%d/%m/%Y')}"
    postings: list[dict] = []
    # Deposits are checked row by row and written together at the end (or before a withdrawal
    # from the same savings, which must see them); installments and withdrawals one by one.
    pending: list[tuple[SavingsAccount, int]] = []

    def flush() -> None:
        for entry in savings.post_deposits(actor, pending, on, words):
            postings.append({"sheet": sheet.id, "savings_entry": entry, "loan_payment": None})
        pending.clear()

    for row, line in enumerate(lines, 1):
        member = members[line.member_id]
        if (line.money_in or line.withdrawal) and member.group_id != group.id:
            raise RowError(row, member.name, "wajib", DomainError(QT_TRANSLATE_NOOP("Errors", "{name} is not a member of {group}."), None, name=member.name, group=group.name))
        for column, accounts in (("wajib", wajib), ("sukarela", sukarela), ("withdrawal", sukarela)):
            amount = getattr(line, column)
            if not amount:
                continue
            account = accounts.get(member.id)
            if account is None:
                raise RowError(row, member.name, column, DomainError(QT_TRANSLATE_NOOP("Errors", "{name} has no account for this column's savings."), None, name=member.name))
            if column == "withdrawal":
                flush()
                entry = _row(row, member.name, column, _withdraw, actor, account, on, amount, words)
                postings.append({"sheet": sheet.id, "savings_entry": entry, "loan_payment": None})
            else:
                _row(row, member.name, column, savings.check_posting, account, on, amount, "cash")
                account.balance += amount
                pending.append((account, amount))
        if line.installment:
            share = shares.get(member.id)
            if share is None:
                raise RowError(row, member.name, "installment", DomainError(QT_TRANSLATE_NOOP("Errors", "{name} has no running loan to pay an installment on."), None, name=member.name))
            payment = _row(row, member.name, "installment", _repay, actor, share,
                           states.get(member.id), on, line.installment, credit, words)
            postings.append({"sheet": sheet.id, "savings_entry": None, "loan_payment": payment})
    flush()
    if postings:
        SheetPosting.insert_many(postings).execute()
    sheet.status, sheet.posted_by = "posted", actor.id
    sheet.posted_at = dt.datetime.now().replace(microsecond=0)
    sheet.version += 1
    sheet.save()
    audit.record(actor, "sheet.post", "collection_sheet", sheet.id,
                 f"{group.name} {on.isoformat()} {total}", None, audit.snapshot(sheet))
    return sheet.id


@approvable("sheet.reverse", QT_TRANSLATE_NOOP("Labels", "Reversing a posted collection sheet"))
@operation("sheet.reverse")
def reverse_sheet(actor: Actor, sheet_id: int, reason: str, version: int) -> None:
    """Cancel a posted sheet as a whole: every entry and payment it wrote is reversed (the
    newest first), with the reason; the sheet stays, marked reversed."""
    sheet = CollectionSheet.get_or_none(CollectionSheet.id == sheet_id)
    if sheet is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This sheet no longer exists."))
    ensure_unchanged(sheet.version, version)
    if sheet.status != "posted":
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Only a posted sheet can be reversed."))
    reason = check_text(reason, "reason", REASON_LENGTH, required=QT_TRANSLATE_NOOP("Errors", "Enter the reason for the reversal."))
    why = f"Pembatalan rapat {sheet.on.strftime('%d/%m/%Y')}: {clean(reason)}"
    for posting in (SheetPosting.select().where(SheetPosting.sheet == sheet.id)
                    .order_by(SheetPosting.id.desc())):
        if posting.loan_payment_id is not None:
            reverse_payment(actor, posting.loan_payment_id, why)
        else:
            reverse_entry(actor, posting.savings_entry_id, why)
    sheet.status, sheet.reversed_by, sheet.reversed_on = "reversed", actor.id, dt.date.today()
    sheet.reversal_reason = clean(reason)[:200]
    sheet.version += 1
    sheet.save()
    audit.record(actor, "sheet.reverse", "collection_sheet", sheet.id, clean(reason), None,
                 audit.snapshot(sheet))


def sheet_receipts(sheet_id: int) -> tuple[list[int], list[int]]:
    """(savings entries, loan payments) the sheet posted, for printing their receipts."""
    rows = list(SheetPosting.select(SheetPosting.savings_entry, SheetPosting.loan_payment)
                .where(SheetPosting.sheet == sheet_id).order_by(SheetPosting.id).tuples())
    return [e for e, _p in rows if e is not None], [p for _e, p in rows if p is not None]


@dataclass(frozen=True)
class SheetRow:
    id: int
    group_id: int
    group: str
    on: dt.date
    status: str
    total_in: int
    total_out: int
    present: int
    members: int


def list_sheets(group_id: int | None = None, limit: int = 500) -> list[SheetRow]:
    """Sheets, the newest first, with their totals and attendance."""
    # The newest sheets are chosen first and only their lines summed: summing every sheet's
    # lines before the limit took a third of a second on an office's year of meetings.
    newest = (CollectionSheet.select(CollectionSheet.id)
              .order_by(CollectionSheet.on.desc(), CollectionSheet.id.desc()).limit(limit))
    if group_id is not None:
        newest = newest.where(CollectionSheet.group == group_id)
    present = pw.fn.SUM(pw.Case(None, [(SheetLine.attendance.in_(["present", "late"]), 1)], 0))
    query = (CollectionSheet.select(CollectionSheet.id, CollectionSheet.group, Group.name,
                                    CollectionSheet.on, CollectionSheet.status,
                                    pw.fn.COALESCE(pw.fn.SUM(SheetLine.wajib + SheetLine.sukarela
                                                             + SheetLine.installment), 0),
                                    pw.fn.COALESCE(pw.fn.SUM(SheetLine.withdrawal), 0),
                                    pw.fn.COALESCE(present, 0), pw.fn.COUNT(SheetLine.id))
             .join(Group).switch(CollectionSheet).join(SheetLine, pw.JOIN.LEFT_OUTER)
             .where(CollectionSheet.id.in_(newest))
             .group_by(CollectionSheet.id)
             .order_by(CollectionSheet.on.desc(), CollectionSheet.id.desc()))
    return [SheetRow(*row) for row in query.tuples()]

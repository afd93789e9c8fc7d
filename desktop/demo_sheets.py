"""The demo office's meeting days: a year of posted collection sheets and one draft.

The savings and installments are posted first (desktop.demo, desktop.demo_loans); the sheets
are then read off them. Each group's meetings of the last twelve months get a posted sheet with
one line per member of the group that day: the cash the member paid in or drew at the meeting
(wajib, sukarela, a sukarela withdrawal, an installment on the group's loan) and whether they
came. Each sheet is linked to exactly those entries and payments, so that it reads and is
reversed as one posted through desktop.collection would be. Money paid by transfer, at the
office on another day or on a loan to one member, payoffs, the group's cover and anything
reversed are not on the sheets. The sheets are written in bulk; one group's sheet for today is
left as a draft by its mentor, a few rows typed, for the newcomer to finish and post.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from typing import TYPE_CHECKING

import peewee as pw

from db.models import (
    CollectionSheet,
    Group,
    Installment,
    Loan,
    LoanPayment,
    LoanShare,
    Member,
    Membership,
    SavingsAccount,
    SavingsEntry,
    SavingsProduct,
    SheetLine,
    SheetPosting,
    User,
)
from desktop import audit
from desktop import demo_data as data
from desktop.auth import Actor, actor_of
from desktop.collection import LineForm, due_lines, save_draft
from desktop.demo_loans import _insert
from desktop.loan_schedule import add_months

if TYPE_CHECKING:
    from desktop.demo import _Run

MONTHS = 12  # of posted sheets, up to today
COLUMNS = ("wajib", "sukarela", "withdrawal", "installment")  # the order post_sheet posts a line in
TYPED = 4  # rows of the draft typed before it was saved

_SHEET = ("id", "group", "on", "status", "cash_counted", "note", "created_by", "saved_at",
          "posted_by", "posted_at", "reversal_reason", "version")
_LINE = ("sheet", "member", "attendance", "wajib", "sukarela", "withdrawal", "installment", "share")
_POSTING = ("sheet", "savings_entry", "loan_payment")

Paid = dict[str, list[tuple[int, int]]]  # column: (entry or payment, amount)


def meeting_days(group: str, today: dt.date) -> list[dt.date]:
    """The group's last twelve meetings up to today: one a month, on its day of the month."""
    first = today.replace(day=1)
    days = [add_months(first, n).replace(day=data.MEETING_DAYS[group]) for n in range(-MONTHS, 1)]
    return [d for d in days if d <= today][-MONTHS:]


def build_sheets(run: _Run, treasurer: Actor, seed: int) -> tuple[int, int | None]:
    """Write the posted sheets and save the draft, in the caller's transaction; returns the
    number of posted sheets and the draft's id."""
    rng = random.Random(f"demo-sheets-{seed}")
    today = run.today
    groups = {g.id: g for g in Group.select(Group, User).join(User, pw.JOIN.LEFT_OUTER)
              if g.name in data.MEETING_DAYS}
    days = {gid: meeting_days(g.name, today) for gid, g in groups.items()}
    first = min((d[0] for d in days.values() if d), default=today)
    book = _Book(first, today)
    sheets: list[tuple] = []
    lines: list[tuple] = []
    postings: list[tuple] = []
    next_id = (CollectionSheet.select(pw.fn.MAX(CollectionSheet.id)).scalar() or 0) + 1
    now = dt.datetime.now().replace(microsecond=0)
    for gid in sorted(groups):
        for on in days[gid]:
            members = book.members_on(gid, on)
            if not members:
                continue
            sheet_id, net = next_id, 0
            for member in members:
                paid, share = book.paid_on(member, gid, on)
                amounts = {column: sum(amount for _id, amount in paid[column]) for column in COLUMNS}
                net += amounts["wajib"] + amounts["sukarela"] + amounts["installment"] - amounts["withdrawal"]
                lines.append((sheet_id, member, _attendance(rng, book, member, on, amounts),
                              *(amounts[c] for c in COLUMNS), share))
                postings += [(sheet_id, None, id_) if column == "installment" else (sheet_id, id_, None)
                             for column in COLUMNS for id_, _amount in paid[column]]
            # Posted when the meeting ended, in the morning.
            posted = min(dt.datetime.combine(on, dt.time(rng.randint(10, 12), rng.randrange(0, 60, 5))), now)
            sheets.append((sheet_id, gid, on, "posted", net, "", treasurer.id, posted,
                           treasurer.id, posted, "", 2))
            next_id += 1
    _insert(CollectionSheet, _SHEET, sheets)
    _insert(SheetLine, _LINE, lines)
    _insert(SheetPosting, _POSTING, postings)
    audit.record(treasurer, "sheet.demo_history", "collection_sheet", None,
                 f"{len(sheets)} {first:%d/%m/%Y}-{today:%d/%m/%Y}", None,
                 {"sheets": len(sheets), "lines": len(lines), "postings": len(postings),
                  "from": first.isoformat(), "to": today.isoformat()})
    return len(sheets), _draft(rng, book, groups, days, today)


def _attendance(rng: random.Random, book: _Book, member: int, on: dt.date,
                amounts: dict[str, int]) -> str:
    """Who pays comes, now and then late or sending it with a neighbour; who pays nothing mostly
    stays away. Poor attendance goes with late installments, as field studies of group lending
    find: who leaves the day's installment unpaid mostly stays away or sends only the wajib,
    and who is often late with installments is often late or away from meetings."""
    behind = book.late_rate(member)
    unpaid = on in book.late.get(member, ())
    roll = rng.random()
    if any(amounts.values()):
        sent = not amounts["withdrawal"]  # who draws money signs for it
        if unpaid:
            return "excused" if roll < 0.4 and sent else "late" if roll < 0.75 else "present"
        if roll < 0.06 + 0.3 * behind:
            return "late"
        return "excused" if roll > 0.98 and sent else "present"
    if unpaid:
        return "absent" if roll < 0.8 else "excused" if roll < 0.95 else "late"
    return "absent" if roll < 0.5 + 0.3 * behind else "excused" if roll < 0.8 else "present"


def _draft(rng: random.Random, book: _Book, groups: dict[int, Group], days: dict[int, list[dt.date]],
           today: dt.date) -> int | None:
    """Today's sheet of the group that meets next, kept as a draft by its mentor: filled with
    what is due, the first few rows typed as the members paid. A sheet dated later could not
    be saved or posted yet."""
    def next_meeting(gid: int) -> dt.date:
        day = data.MEETING_DAYS[groups[gid].name]
        this = today.replace(day=day)
        return this if this > today else add_months(today.replace(day=1), 1).replace(day=day)
    waiting = [gid for gid in groups if groups[gid].mentor_id and today not in days[gid]
               and book.members_on(gid, today)]
    if not waiting:
        return None
    gid = min(waiting, key=lambda g: (next_meeting(g), g))
    lines = []
    for n, due in enumerate(due_lines(gid, today)):
        line = LineForm(due.member_id, "present", due.wajib_due, 0, 0, due.installment_due)
        if n < TYPED:
            roll = rng.random()
            if roll < 0.15:
                line.attendance, line.wajib, line.installment = "absent", 0, 0
            elif roll < 0.6:
                line.sukarela = rng.choice(data.SUKARELA_AMOUNTS)
        lines.append(line)
    return save_draft(actor_of(groups[gid].mentor), gid, today, lines)


class _Book:
    """What the demo posted in the months of the sheets, read once and kept by member and day."""

    def __init__(self, first: dt.date, today: dt.date) -> None:
        self.stays: dict[int, list[tuple[str, int, dt.date, dt.date | None]]] = defaultdict(list)
        query = (Membership.select(Membership.group, Member.name_key, Membership.member,
                                   Membership.start_date, Membership.end_date)
                 .join(Member).where(Membership.end_date.is_null() | (Membership.end_date >= first))
                 .order_by(Member.name_key, Member.id))
        for group, key, member, start, end in query.tuples():
            self.stays[group].append((key, member, start, end))
        self.entries: dict[tuple[int, dt.date, str], list[tuple[int, int]]] = defaultdict(list)
        self._savings(first, today)
        self.installments: dict[tuple[int, int, dt.date], list[tuple[int, int, int]]] = defaultdict(list)
        self.paid_days: set[tuple[int, dt.date]] = set()  # (share, day) the share was paid on
        self._repayments(first, today)
        self.shares: dict[int, list[tuple[dt.date, int, dt.date | None, int]]] = defaultdict(list)
        self.due: dict[int, set[dt.date]] = defaultdict(set)  # member: days an installment fell due
        self.late: dict[int, set[dt.date]] = defaultdict(set)  # of which not paid on the day
        self._shares(first, today)

    def members_on(self, group: int, on: dt.date) -> list[int]:
        """The group's members on the day, in the order of the sheet (by name)."""
        return [member for _key, member, start, end in self.stays[group]
                if start <= on and (end is None or on < end)]

    def paid_on(self, member: int, group: int, on: dt.date) -> tuple[Paid, int | None]:
        """What the member paid at the group's meeting, and the share it went to (else the share
        running that day)."""
        paid = {column: self.entries.get((member, on, column), []) for column in COLUMNS[:3]}
        installments = self.installments.get((member, group, on), [])
        paid["installment"] = [(id_, amount) for _share, id_, amount in installments]
        return paid, installments[0][0] if installments else self.running_share(member, on)

    def running_share(self, member: int, on: dt.date) -> int | None:
        """The member's oldest share running on the day, which a sheet's installment goes to."""
        for disbursed, _loan, closed_on, share in self.shares.get(member, ()):
            if disbursed <= on and (closed_on is None or on <= closed_on):
                return share
        return None

    def late_rate(self, member: int) -> float:
        """Of the installments that fell due to the member in these months, the part not paid
        on the day."""
        due = self.due.get(member)
        return len(self.late.get(member, ())) / len(due) if due else 0.0

    def _savings(self, first: dt.date, today: dt.date) -> None:
        # The account a sheet posts to: the member's first active product of the kind.
        accounts: dict[int, tuple[int, str]] = {}
        seen: set[tuple[int, str]] = set()
        query = (SavingsAccount.select(SavingsAccount.id, SavingsAccount.member, SavingsProduct.kind)
                 .join(SavingsProduct)
                 .where(SavingsProduct.kind.in_(["wajib", "sukarela"])
                        & (SavingsProduct.active == True))  # noqa: E712 - SQL
                 .order_by(SavingsProduct.sort_order, SavingsProduct.id))
        for account, member, kind in query.tuples():
            if (member, kind) not in seen:
                seen.add((member, kind))
                accounts[account] = (member, kind)
        reversed_ = SavingsEntry.select(SavingsEntry.reverses).where(SavingsEntry.reverses.is_null(False))
        query = (SavingsEntry.select(SavingsEntry.id, SavingsEntry.account, SavingsEntry.on,
                                     SavingsEntry.kind, SavingsEntry.amount)
                 .where(SavingsEntry.on.between(first, today)
                        & SavingsEntry.kind.in_(["deposit", "withdrawal"])
                        & (SavingsEntry.method == "cash") & SavingsEntry.id.not_in(reversed_))
                 .order_by(SavingsEntry.id))
        for id_, account, on, kind, amount in query.tuples():
            member, product = accounts.get(account, (0, ""))
            if kind == "deposit" and product:
                self.entries[(member, on, product)].append((id_, amount))
            elif kind == "withdrawal" and product == "sukarela":
                self.entries[(member, on, "withdrawal")].append((id_, -amount))

    def _repayments(self, first: dt.date, today: dt.date) -> None:
        reversed_ = LoanPayment.select(LoanPayment.reverses).where(LoanPayment.reverses.is_null(False))
        query = (LoanPayment.select(LoanPayment.id, LoanPayment.share, LoanPayment.on, LoanPayment.kind,
                                    LoanPayment.method, LoanPayment.amount, LoanShare.member, Loan.group)
                 .join(LoanShare).join(Loan)
                 .where(LoanPayment.on.between(first, today)
                        & LoanPayment.kind.in_(["repayment", "payoff"])
                        & LoanPayment.id.not_in(reversed_))
                 .order_by(LoanPayment.id))
        for id_, share, on, kind, method, amount, member, group in query.tuples():
            self.paid_days.add((share, on))
            # At the meeting: the everyday installments of the group's loans, in cash.
            if kind == "repayment" and method == "cash" and group is not None:
                self.installments[(member, group, on)].append((share, id_, amount))

    def _shares(self, first: dt.date, today: dt.date) -> None:
        closed: dict[int, dt.date | None] = {}
        query = (LoanShare.select(Loan.disbursed_on, Loan.id, LoanShare.closed_on, LoanShare.id,
                                  LoanShare.member)
                 .join(Loan).where(Loan.disbursed_on.is_null(False)))
        for disbursed, loan, closed_on, share, member in query.tuples():
            self.shares[member].append((disbursed, loan, closed_on, share))
            closed[share] = closed_on
        for shares in self.shares.values():
            shares.sort(key=lambda s: (s[0], s[1], s[3]))
        # The group loans' installments that fell due in these months, and which were late.
        query = (Installment.select(Installment.share, Installment.due_on, LoanShare.member)
                 .join(LoanShare).join(Loan)
                 .where(Installment.due_on.between(first, today) & Loan.group.is_null(False)))
        for share, due_on, member in query.tuples():
            end = closed.get(share)
            if end is not None and due_on > end:
                continue  # paid off early or written off: nothing fell due after
            self.due[member].add(due_on)
            if (share, due_on) not in self.paid_days:
                self.late[member].add(due_on)

"""The demo office's rotating capital: two pools from different sources, lent to groups and to a
few members over the two years of the demo, and lent again as the money came back.

What happens is decided first, by walking the two years day by day: which members borrow how
much and when, who pays on the meeting day, early or late, who pays off early, who stops
paying, when the group covers for a member. Then it is posted in date order together with the
savings, so that receipt numbers, which loans and savings take from one sequence, follow the
dates. Sources, pools, capital, applications (entered by the group's mentor, or by the
secretary for a loan to one member), approvals and a rejection by the chair, disbursements,
payoffs, the group's cover, a reversal and a write-off go through the real operations. The
everyday installments, some nine hundred at about ten milliseconds each through ``repay``, are
written in bulk with the receipt number, split and totals that ``repay`` would give them, as
the everyday savings are.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

import peewee as pw

from db.connection import database
from db.models import CapitalPool, Group, Loan, LoanPayment, LoanProduct, LoanShare, PoolEntry, User
from desktop import audit, capital, loans
from desktop import demo_data as data
from desktop.auth import ADMINISTRATOR, CHAIR, SECRETARY, TREASURER, Actor, actor_of
from desktop.loan_allocation import allocate, payoff_split, share_state
from desktop.loan_schedule import Row, add_months, round_rupiah, schedule
from desktop.loan_settings import loan_settings
from desktop.money import format_rupiah

if TYPE_CHECKING:
    from desktop.demo import _Planned, _Run


@dataclass(frozen=True)
class _PoolSpec:
    source: str
    kind: str  # a code of desktop.labels.SOURCE_KINDS
    source_note: str
    name: str
    note: str
    month: int  # the month of the history in which the pool opened and the capital came in
    day: int
    capital: int
    capital_note: str
    cities: tuple[str, ...]  # whose groups it lends to


POOLS = (
    _PoolSpec("Program Dana Bergulir Desa/Kelurahan", "village",
              "Hibah program pemberdayaan ekonomi masyarakat kelurahan", "Dana Bergulir Desa",
              "Untuk kelompok di Jakarta Utara dan Jakarta Timur", 0, 12, 25_000_000,
              "Pencairan hibah dana bergulir", (data.JU, data.JT)),
    _PoolSpec("CSR PT Banten Agro Pangan", "csr", "Program tanggung jawab sosial perusahaan",
              "Modal Bergulir CSR Banten Agro Pangan", "Untuk kelompok di Kota Serang", 4, 20,
              15_000_000, "Transfer dana CSR tahap I", (data.SRG,)),
)


@dataclass(frozen=True)
class _LoanSpec:
    """A loan the office makes in *month* of the history, or as soon after as it can (when the
    group still has a loan running or the pool too little money)."""

    month: int
    group: str  # the group; for a loan to one member, the member's group
    borrowers: int = 5  # members named; 1 is a loan to one member
    amount: int = 1_000_000  # each, for a member who has borrowed before
    product: str = "PB"
    term: int = 10
    story: tuple = ()  # what happens to one of its shares, see _script
    purpose: str = ""
    reject: str = ""  # the chair's reason for rejecting it
    waiting: bool = False  # applied for a few days ago and not yet decided


LOANS = (
    # The first generation, from the capital.
    _LoanSpec(1, "KUBE Melati Cilincing", 6, story=("payoff",)),
    _LoanSpec(1, "KSM Maju Bersama", 7, story=("stop", 4)),  # macet by now
    _LoanSpec(2, "KSM Mekar Jaya", 5, story=("typo",)),
    _LoanSpec(2, "KSP Berkah Pulo Gebang", 5, story=("writeoff", 6, 15)),
    _LoanSpec(3, "KUBE Harapan Warakas", 1, 2_000_000, "PU", 12,
              purpose="Mesin cuci dan pengering untuk laundry kiloan"),
    _LoanSpec(5, "KUBE Emping Sepang Lestari", 6, story=("payoff",)),
    _LoanSpec(6, "KSP Walantaka Makmur", 5),
    _LoanSpec(6, "KSM Kaligandu Bangkit", 4, story=("rapel",)),
    # Later ones, from the money repaid.
    _LoanSpec(5, "Pokmas Sumber Rejeki", 5),
    _LoanSpec(6, "KUBE Kenanga Klender", 4, story=("rapel",)),
    _LoanSpec(7, "Pokmas Sumber Rejeki", 1, 500_000, "PM", 25,
              purpose="Gerobak dan modal gorengan, angsuran mingguan"),
    _LoanSpec(8, "KUBE Mandiri Kasemen", 4,
              reject="Kelompok baru berjalan; usaha anggota belum tercatat. Ajukan lagi setelah pendampingan."),
    _LoanSpec(9, "KUBE Harapan Warakas", 4, story=("stop", 16)),  # diragukan by now
    _LoanSpec(10, "Pokmas Karundang Maju", 4, story=("cover",)),
    _LoanSpec(12, "KUBE Mandiri Kasemen", 4),
    _LoanSpec(12, "KUBE Melati Cilincing", 6, 1_500_000),
    _LoanSpec(13, "KSM Mekar Jaya", 5, 1_500_000, story=("payoff",)),
    _LoanSpec(16, "KSP Berkah Pulo Gebang", 4, story=("stop", 20)),  # kurang lancar by now
    _LoanSpec(16, "Pokmas Sumber Rejeki", 5, 1_500_000),
    _LoanSpec(17, "KUBE Emping Sepang Lestari", 6, 1_500_000),
    _LoanSpec(17, "KSP Walantaka Makmur", 5, 1_500_000),
    _LoanSpec(18, "KUBE Kenanga Klender", 4, 1_250_000),
    _LoanSpec(19, "KSM Mekar Jaya", 1, 3_000_000, "PU", 12,
              purpose="Mesin jahit obras untuk konveksi rumahan"),
    _LoanSpec(21, "KSM Kaligandu Bangkit", 1, 750_000, "PM", 20,
              purpose="Tambah modal dagang sayur di Pasar Rau, angsuran mingguan"),
    _LoanSpec(21, "Pokmas Karundang Maju", 4, 1_250_000),
    _LoanSpec(22, "KUBE Melati Cilincing", 6, 2_000_000),
    _LoanSpec(24, "KSM Kaligandu Bangkit", 4, 1_500_000, waiting=True),
)

APPROVAL_NOTE = "Disetujui rapat pengurus"
PAYOFF_NOTE = "Pelunasan dipercepat"
RAPEL_NOTE = "Rapel 2 angsuran"
COVER_NOTE = "Ditalangi kelompok (tanggung renteng)"
GROUP_REPAYMENT_NOTE = "Cicilan pengembalian talangan kelompok"
WRITEOFF_REASON = "Usaha tutup dan anggota tidak sanggup membayar; diputuskan rapat pengurus"
TYPO_REASON = "Salah input nominal, seharusnya {amount}"


@dataclass
class _Pool:
    spec: _PoolSpec
    cash: int = 0  # available, as the books will have it
    pending: int = 0  # applied for and not yet paid out
    id: int = 0


@dataclass
class _Share:
    item: _Planned
    principal: int
    rows: list[Row] = field(default_factory=list)
    jasa: int = 0
    paid_principal: int = 0
    paid_jasa: int = 0
    status: str = "pending"
    closed_on: dt.date | None = None
    id: int = 0


@dataclass
class _Loan:
    spec: _LoanSpec
    pool: _Pool
    product: LoanProduct
    group_id: int | None
    shares: list[_Share]
    applied_on: dt.date
    decided_on: dt.date
    disbursed_on: dt.date
    status: str = "applied"
    id: int = 0


@dataclass
class Repayment:
    """An everyday installment, written in bulk; with the share's totals after it."""

    loan: _Loan
    share: _Share
    on: dt.date
    amount: int
    principal: int
    jasa: int
    method: str
    note: str
    paid_principal: int
    paid_jasa: int
    status: str
    closed_on: dt.date | None


@dataclass
class Action:
    """One thing to post on its day: a call of real operations or a repayment in bulk. *item*
    is the member it concerns, for the order of the day."""

    on: dt.date
    item: _Planned | None
    call: Callable[[], object] | None = None
    repayment: Repayment | None = None


class DemoLoans:
    """The demo's lending: ``plan`` decides it and returns what to post, in any order of the
    days' steps but each in its day; ``record_history`` notes the bulk in the audit trail."""

    def __init__(self, run: _Run, planned: list[_Planned], group_ids: dict[str, int], seed: int):
        self.rng = random.Random(f"demo-loans-{seed}")
        self.today, self.start = run.today, run.start
        self.actions: list[Action] = []
        self.repayments = 0
        self._events: list[tuple[dt.date, int, int, Callable[[], None]]] = []
        self._order = itertools.count()
        users: dict[str, Actor] = {}
        for user in User.select().order_by(User.id):
            users.setdefault(user.role, actor_of(user))
        self.admin, self.treasurer = users[ADMINISTRATOR], users[TREASURER]
        self.chair, self.secretary = users[CHAIR], users[SECRETARY]
        self.products = {p.code: p for p in LoanProduct.select()}
        self.credit = loan_settings().overpayment == "credit"
        self.group_ids = group_ids
        self.specs = {g.name: g for g in data.GROUPS}
        self.mentors = {g.name: actor_of(g.mentor) for g in Group.select(Group, User).join(User)}
        # Who may borrow: members who stay in their group and in the office all along.
        self.members: dict[str, list[_Planned]] = {}
        for item in sorted(planned, key=lambda p: p.member_id):
            if item.moved is None and item.exit_on is None:
                self.members.setdefault(item.spec.name, []).append(item)
        self.pools = [_Pool(spec) for spec in POOLS]
        self.busy: set[int] = set()  # members with a loan running or applied for
        # The day a member's or a group's last loan was settled: a new application comes
        # later, as a payment and an application of one day may be posted in either order.
        self.settled: dict[int | str, dt.date] = {}
        self.barred: set[int] = set()  # written off: the office lends them no more
        self.debt: dict[int, int] = {}  # what members owe their group for its cover
        self.had_loan: set[int] = set()
        self.busy_groups: set[str] = set()
        self.loans: list[_Loan] = []

    # --- deciding what happens -------------------------------------------------------------

    def plan(self) -> list[Action]:
        """Walk the two years in date order and return what is to be posted."""
        for pool in self.pools:
            self._open(pool)
        for spec in LOANS:
            self._plan_application(spec, spec.month)
        while self._events:
            *_key, event = heapq.heappop(self._events)
            event()
        self.repayments = sum(1 for a in self.actions if a.repayment)
        return self.actions

    def _at(self, on: dt.date, event: Callable[[], None], late: bool = False) -> None:
        """Do *event* on *on* (after the day's payments when *late*); nothing after today."""
        if on <= self.today:
            heapq.heappush(self._events, (on, int(late), next(self._order), event))

    def _act(self, on: dt.date, item: _Planned | None, call: Callable[[], object] | None = None,
             repayment: Repayment | None = None) -> None:
        self.actions.append(Action(on, item, call, repayment))

    def _month(self, month: int) -> dt.date:
        return add_months(self.start, month)

    def _meeting(self, group: str, month: int) -> dt.date:
        return self._month(month).replace(day=data.MEETING_DAYS[group])

    @staticmethod
    def _office_day(on: dt.date, later: bool = False) -> dt.date:
        """The office is shut on Sundays: the day before, or after."""
        if on.weekday() == 6:
            return on + dt.timedelta(days=1 if later else -1)
        return on

    def _pool_of(self, group: str) -> _Pool:
        city = self.specs[group].city
        return next(p for p in self.pools if city in p.spec.cities)

    def _open(self, pool: _Pool) -> None:
        spec = pool.spec
        opened = self._office_day(self._month(spec.month).replace(day=spec.day))
        received = self._office_day(opened + dt.timedelta(days=self.rng.randint(2, 8)))

        def open_pool() -> None:
            source = capital.create_source(self.admin, spec.source, spec.kind, spec.source_note)
            pool.id = capital.create_pool(self.admin, source, spec.name, opened, spec.note)

        def receive() -> None:
            capital.receive_capital(self.treasurer, pool.id, received, spec.capital, spec.capital_note)

        def capital_in() -> None:
            pool.cash += spec.capital
            self._act(received, None, receive)
        self._at(opened, lambda: self._act(opened, None, open_pool))
        self._at(received, capital_in)

    # Applications ---------------------------------------------------------------------------

    def _plan_application(self, spec: _LoanSpec, month: int) -> None:
        """Apply in *month*, for the money to be paid out at the group's meeting (a loan to one
        member at the office) some two weeks later."""
        kind = spec.story[0] if spec.story else ""
        # A loan whose borrower is to stop paying in a given month must be out before it.
        if month > (spec.story[1] - 2 if kind in ("stop", "writeoff") else 12 * data.SAVINGS_YEARS):
            return
        if spec.waiting:
            applied = self._office_day(self.today - dt.timedelta(days=self.rng.randint(1, 6)))
            self._at(applied, lambda: self._apply(spec, month, applied, applied, applied), late=True)
            return
        if spec.borrowers == 1:
            paid_out = self._office_day(self._month(month).replace(day=self.rng.randint(2, 26)))
        else:
            paid_out = self._meeting(spec.group, month)
        applied = self._office_day(paid_out - dt.timedelta(days=self.rng.randint(12, 20)))
        decided = self._office_day(applied + dt.timedelta(days=self.rng.randint(2, 6)))
        if paid_out <= self.today:
            self._at(applied, lambda: self._apply(spec, month, applied, decided, paid_out), late=True)

    def _apply(self, spec: _LoanSpec, month: int, applied: dt.date, decided: dt.date,
               paid_out: dt.date) -> None:
        product = self.products[spec.product]
        pool = self._pool_of(spec.group)
        single = spec.borrowers == 1
        need = 1 if single else min(3, spec.borrowers)
        chosen = self._choose(spec, product, applied)
        amounts = [self._amount(item, spec, product) for item in chosen]
        if not (spec.reject or spec.waiting):
            while len(chosen) > need and sum(amounts) > pool.cash - pool.pending:
                chosen.pop()
                amounts.pop()
        if len(chosen) < need or (not (spec.reject or spec.waiting)
                                   and sum(amounts) > pool.cash - pool.pending):
            self._plan_application(spec, month + 1)  # the group waits a month
            return
        loan = _Loan(spec, pool, product, None if single else self.group_ids[spec.group],
                     [_Share(item, amount) for item, amount in zip(chosen, amounts, strict=True)],
                     applied, decided, paid_out)
        self.loans.append(loan)
        self.busy.update(item.member_id for item in chosen)
        if not single:
            self.busy_groups.add(spec.group)
        self._act(applied, chosen[0], lambda: self._post_application(loan))
        if spec.waiting:
            return
        if spec.reject:
            self._at(decided, lambda: self._reject(loan))
            return
        pool.pending += sum(amounts)
        self._at(decided, lambda: self._act(decided, chosen[0], lambda: self._post_approval(loan)))
        self._at(paid_out, lambda: self._disburse(loan))

    def _choose(self, spec: _LoanSpec, product: LoanProduct, on: dt.date) -> list[_Planned]:
        """Members who may borrow: three months in the group, nothing running or owed."""
        single = spec.borrowers == 1
        if not single and (spec.group in self.busy_groups
                           or self.settled.get(spec.group, dt.date.min) >= on):
            return []
        repeat = single and 0 < product.first_loan_max < spec.amount
        joined_by = on - dt.timedelta(days=90)
        candidates = [p for p in self.members.get(spec.group, [])
                      if p.form.join_date <= joined_by and p.member_id not in self.busy
                      and self.settled.get(p.member_id, dt.date.min) < on
                      and p.member_id not in self.barred and not self.debt.get(p.member_id)
                      and (not repeat or p.member_id in self.had_loan)]
        chosen = self.rng.sample(candidates, min(spec.borrowers, len(candidates)))
        return sorted(chosen, key=lambda p: p.member_id)

    def _amount(self, item: _Planned, spec: _LoanSpec, product: LoanProduct) -> int:
        """A member who has repaid a loan may borrow more; a first loan keeps to the product's
        ceiling."""
        if item.member_id in self.had_loan:
            value, ceiling = spec.amount * self.rng.choice((0.75, 1, 1, 1, 1.25)), 0
        else:
            ceiling = product.first_loan_max
            value = min(spec.amount, ceiling or spec.amount) * self.rng.choice((0.5, 0.75, 1, 1, 1))
        value = max(50_000, round(value / 50_000) * 50_000)
        for limit in (ceiling, product.max_amount):
            if limit:
                value = min(value, limit)
        return value

    def _reject(self, loan: _Loan) -> None:
        self.busy.difference_update(s.item.member_id for s in loan.shares)
        if loan.group_id is not None:
            self.busy_groups.discard(loan.spec.group)
        loan.status = "rejected"

        def post() -> None:
            version = Loan.get_by_id(loan.id).version
            loans.reject_loan(self.chair, loan.id, version, loan.spec.reject, loan.decided_on)
        self._act(loan.decided_on, loan.shares[0].item, post)

    def _post_application(self, loan: _Loan) -> None:
        group = self.specs[loan.spec.group]
        if loan.group_id is None:
            actor, purpose = self.secretary, loan.spec.purpose
        else:
            actor = self.mentors.get(group.name, self.secretary)
            purpose = loan.spec.purpose or f"Modal usaha anggota: {group.activities.lower()}"
        form = loans.LoanApplication(loan.product.id, loan.group_id,
                                     [(s.item.member_id, s.principal) for s in loan.shares],
                                     loan.spec.term, purpose[:200], loan.applied_on)
        loan.id = loans.apply_for_loan(actor, form)
        ids = dict(LoanShare.select(LoanShare.member, LoanShare.id)
                   .where(LoanShare.loan == loan.id).tuples())
        for share in loan.shares:
            share.id = ids[share.item.member_id]

    def _post_approval(self, loan: _Loan) -> None:
        loans.approve_loan(self.chair, loan.id, Loan.get_by_id(loan.id).version, loan.decided_on,
                           APPROVAL_NOTE)

    # Disbursement and what the borrowers do ----------------------------------------------------

    def _disburse(self, loan: _Loan) -> None:
        pool, product = loan.pool, loan.product
        principal = sum(s.principal for s in loan.shares)
        pool.pending -= principal
        pool.cash += round_rupiah(Decimal(principal) * Decimal(product.admin_fee) / 100) - principal
        loan.status = "active"
        for share in loan.shares:
            share.rows = schedule(share.principal, Decimal(product.rate), product.method,
                                  product.frequency, loan.spec.term, loan.disbursed_on, product.grace)
            share.jasa, share.status = sum(r.jasa for r in share.rows), "active"
            self.had_loan.add(share.item.member_id)

        def post() -> None:
            version = Loan.get_by_id(loan.id).version
            loans.disburse_loan(self.treasurer, loan.id, version, pool.id, loan.disbursed_on)
        self._act(loan.disbursed_on, loan.shares[0].item, post)
        # The loan's story happens to one of its borrowers.
        teller = self.rng.choice(loan.shares) if loan.spec.story else None
        for share in loan.shares:
            self._script(loan, share, loan.spec.story if share is teller else ())

    def _script(self, loan: _Loan, share: _Share, story: tuple) -> None:
        """Plan the share's payments: most on the due day, which for a group is its meeting;
        some members pay early at the office or a few days late. *story* is what happens to
        this one: it stops paying in a month (and is perhaps written off later), is paid off
        early, pays two installments at once, is covered by the group, or is typed wrong."""
        rows = share.rows
        count = len(rows)
        kind = story[0] if story else ""
        stop = count
        if kind in ("stop", "writeoff"):
            first = self._month(story[1])
            stop = next((k for k, row in enumerate(rows) if row.due_on >= first), count)
        special = self.rng.randint(2, min(5, count - 3)) if kind else -1
        habit = self.rng.choices(("punctual", "early", "late"), (14, 2, 4))[0]
        k = 0
        while k < stop:
            due = rows[k].due_on
            if k == special and kind == "payoff":
                on = self._office_day(rows[k - 1].due_on + dt.timedelta(days=self.rng.randint(7, 20)))
                self._at(on, lambda on=on: self._payoff(loan, share, on))
                break
            if k == special and kind == "rapel":
                on = rows[k + 1].due_on
                self._at(on, lambda on=on, k=k: self._repay(loan, share, k + 1, on, rapel=True))
                k += 2
                continue
            if k == special and kind == "cover":
                on, then = rows[k + 1].due_on, rows[k + 2].due_on
                self._at(on, lambda on=on: self._cover(loan, share, on))
                self._at(on, lambda on=on, k=k: self._repay(loan, share, k + 1, on))
                self._at(then, lambda on=then, k=k: self._repay(loan, share, k + 2, on))
                self._at(then, lambda on=then: self._repay_group(loan, share, on))
                k += 3
                continue
            punctual = k + 1 == special and kind == "payoff"
            on = due if punctual else self._pay_day(loan, rows, k, habit)
            self._at(on, lambda on=on, k=k: self._repay(loan, share, k, on,
                                                         typo=k == special and kind == "typo"))
            k += 1
        if kind == "writeoff":
            month = self._month(story[2])
            on = self._office_day(month.replace(day=self.rng.randint(3, 25)))
            self._at(on, lambda: self._write_off(loan, share, on))

    def _pay_day(self, loan: _Loan, rows: list[Row], k: int, habit: str) -> dt.date:
        """When the member pays installment *k*: after the one before falls due and, if late,
        before the next."""
        due = rows[k].due_on
        weekly = loan.product.frequency != "monthly"
        roll = self.rng.random()
        if habit == "early" and roll < 0.6:
            return self._office_day(due - dt.timedelta(days=1 if weekly else self.rng.randint(1, 6)))
        if (habit == "late" and roll < 0.5) or roll < 0.06:
            return self._office_day(due + dt.timedelta(days=1 if weekly else self.rng.randint(2, 14)),
                                    later=True)
        # Who borrows alone pays at the office; a group's meeting may be on any day.
        return self._office_day(due) if loan.group_id is None else due

    def _method(self) -> str:
        return "transfer" if self.rng.random() < 0.08 else "cash"

    def _paid(self, loan: _Loan, share: _Share, on: dt.date, principal: int, jasa: int,
              payoff: bool = False) -> None:
        """Move the share's totals, the pool's cash, and close what is settled, as
        desktop.loans does when it posts a payment."""
        share.paid_principal += principal
        share.paid_jasa += jasa
        loan.pool.cash += principal + jasa
        if share.paid_principal >= share.principal and (share.paid_jasa >= share.jasa or payoff):
            share.status, share.closed_on = "paid", on
            self.busy.discard(share.item.member_id)
            self.settled[share.item.member_id] = on
            self._close_if_done(loan, on)

    def _close_if_done(self, loan: _Loan, on: dt.date) -> None:
        if all(s.status != "active" for s in loan.shares):
            loan.status = "closed"
            if loan.group_id is not None:
                self.busy_groups.discard(loan.spec.group)
                self.settled[loan.spec.group] = on

    def _repay(self, loan: _Loan, share: _Share, k: int, on: dt.date, rapel: bool = False,
               typo: bool = False) -> None:
        if share.status != "active":
            return
        state = share_state(share.rows, share.paid_principal, share.paid_jasa, on)
        amount = state.due_now if rapel else share.rows[k].principal + share.rows[k].jasa
        principal, jasa = allocate(state, amount, self.credit)
        self._paid(loan, share, on, principal, jasa)
        method = self._method()
        if typo:
            self._act(on, share.item, lambda: self._post_typo(share, on, amount, method))
            return
        self._act(on, share.item, repayment=Repayment(
            loan, share, on, amount, principal, jasa, method, RAPEL_NOTE if rapel else "",
            share.paid_principal, share.paid_jasa, share.status, share.closed_on))

    def _post_typo(self, share: _Share, on: dt.date, amount: int, method: str) -> None:
        """An installment typed with a zero too few, seen at once on the receipt, reversed and
        posted again."""
        wrong = loans.repay(self.treasurer, share.id, on, amount // 10, method)
        receipt = LoanPayment.get_by_id(wrong).receipt_number
        loans.reverse_payment(self.treasurer, wrong, TYPO_REASON.format(amount=format_rupiah(amount)), on)
        loans.repay(self.treasurer, share.id, on, amount, method, f"Koreksi atas {receipt}")

    def _payoff(self, loan: _Loan, share: _Share, on: dt.date) -> None:
        if share.status != "active":
            return
        state = share_state(share.rows, share.paid_principal, share.paid_jasa, on)
        amount = state.payoff
        self._paid(loan, share, on, *payoff_split(state), payoff=True)
        self._act(on, share.item, lambda: loans.pay_off(self.treasurer, share.id, on, amount, "cash",
                                                         PAYOFF_NOTE))

    def _cover(self, loan: _Loan, share: _Share, on: dt.date) -> None:
        """The member missed an installment; at the next meeting the group pays it for her."""
        state = share_state(share.rows, share.paid_principal, share.paid_jasa, on)
        amount = state.overdue
        self._paid(loan, share, on, *allocate(state, amount, credit=False))
        member = share.item.member_id
        self.debt[member] = self.debt.get(member, 0) + amount
        self._act(on, share.item, lambda: loans.cover_by_group(self.treasurer, share.id, on, amount,
                                                                "cash", COVER_NOTE))

    def _repay_group(self, loan: _Loan, share: _Share, on: dt.date) -> None:
        """The member pays the group back half of what it covered; the rest she still owes."""
        member = share.item.member_id
        amount = self.debt[member] // 2 // 5_000 * 5_000
        if amount <= 0:
            return
        self.debt[member] -= amount
        self._act(on, share.item, lambda: loans.repay_group(self.treasurer, member, loan.group_id, on,
                                                             amount, GROUP_REPAYMENT_NOTE))

    def _write_off(self, loan: _Loan, share: _Share, on: dt.date) -> None:
        if share.status != "active":
            return
        share.status, share.closed_on = "written_off", on
        self.barred.add(share.item.member_id)
        self.busy.discard(share.item.member_id)
        self._close_if_done(loan, on)
        self._act(on, share.item, lambda: loans.write_off(self.chair, share.id, on, WRITEOFF_REASON))

    def record_history(self) -> None:
        """One line in the audit trail for the installments written in bulk."""
        audit.record(self.treasurer, "loan.demo_history", "loan_payment", None,
                     f"{self.repayments} {self.start:%d/%m/%Y}-{self.today:%d/%m/%Y}", None,
                     {"payments": self.repayments, "from": self.start.isoformat(),
                      "to": self.today.isoformat()})


def _insert(model: type[pw.Model], fields: tuple[str, ...], rows: list[tuple]) -> None:
    """Insert *rows* of *fields* in one prepared statement: building the SQL of each row with
    peewee's insert_many takes three times as long as SQLite takes to write them."""
    meta = model._meta
    columns = ", ".join(f'"{meta.fields[name].column_name}"' for name in fields)
    marks = ", ".join("?" * len(fields))
    database.cursor().executemany(f'INSERT INTO "{meta.table_name}" ({columns}) VALUES ({marks})', rows)


_PAYMENT = ("share", "on", "kind", "amount", "principal", "jasa", "method", "note", "receipt_number",
            "user", "posted_at")
_POOL_ENTRY = ("pool", "on", "kind", "cash", "lent", "loan", "payment", "note", "user", "posted_at")


def write_repayments(treasurer: Actor, numbered: list[tuple[str, Repayment]]) -> None:
    """Write everyday installments with their receipt numbers, as ``repay`` would post them:
    the payment, the pool's entry, the shares' totals and status, the pools' available cash,
    and a loan closed by its last installment. In the caller's transaction."""
    if not numbered:
        return
    now = dt.datetime.now().replace(microsecond=0)
    _insert(LoanPayment, _PAYMENT, [(r.share.id, r.on, "repayment", r.amount, r.principal, r.jasa,
                                     r.method, r.note, receipt, treasurer.id, now)
                                    for receipt, r in numbered])
    ids = dict(LoanPayment.select(LoanPayment.receipt_number, LoanPayment.id)
               .where(LoanPayment.receipt_number.in_([receipt for receipt, _r in numbered])).tuples())
    _insert(PoolEntry, _POOL_ENTRY, [(r.loan.pool.id, r.on, "repayment", r.amount, -r.principal,
                                      r.loan.id, ids[receipt], "", treasurer.id, now)
                                     for receipt, r in numbered])
    shares = list({r.share.id for _receipt, r in numbered})
    paid = LoanPayment.select(pw.fn.COALESCE(pw.fn.SUM(LoanPayment.principal), 0))
    jasa = LoanPayment.select(pw.fn.COALESCE(pw.fn.SUM(LoanPayment.jasa), 0))
    (LoanShare.update(paid_principal=paid.where(LoanPayment.share == LoanShare.id),
                      paid_jasa=jasa.where(LoanPayment.share == LoanShare.id))
     .where(LoanShare.id.in_(shares)).execute())
    for _receipt, r in numbered:
        if r.status == "paid":
            LoanShare.update(status="paid", closed_on=r.closed_on).where(LoanShare.id == r.share.id).execute()
    cash = PoolEntry.select(pw.fn.COALESCE(pw.fn.SUM(PoolEntry.cash), 0)).where(PoolEntry.pool == CapitalPool.id)
    pools = list({r.loan.pool.id for _receipt, r in numbered})
    CapitalPool.update(available=cash).where(CapitalPool.id.in_(pools)).execute()
    settled = list({r.loan.id for _receipt, r in numbered if r.status == "paid"})
    if settled:
        running = LoanShare.select(LoanShare.loan).where(LoanShare.status == "active")
        (Loan.update(status="closed", version=Loan.version + 1)
         .where(Loan.id.in_(settled) & (Loan.status != "closed") & Loan.id.not_in(running))
         .execute())

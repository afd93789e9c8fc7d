"""The demo office: built once per module through the real operations, then checked."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from itertools import pairwise

import peewee as pw
import pytest

from db.connection import close_database, open_database
from db.models import (
    ApprovalRequest,
    Attendance,
    AuditRecord,
    CollectionSheet,
    FollowUp,
    Group,
    GroupDebtEntry,
    GroupOfficer,
    Installment,
    Loan,
    LoanPayment,
    LoanProduct,
    LoanShare,
    Member,
    Membership,
    PoolEntry,
    Program,
    SavingsAccount,
    SavingsEntry,
    SavingsProduct,
    SheetLine,
    SheetPosting,
    TrainingSession,
    User,
    Visit,
)
from db.models import Counter as Sequence
from desktop import approvals, capital, demo_data, loans
from desktop.approvals import ApprovalRequested
from desktop.arrears import share_arrears
from desktop.assessments import assessments_of
from desktop.attention import groups_needing_attention
from desktop.auth import ROLES, actor_of
from desktop.collection import due_lines, load_sheet, reverse_sheet, sheet_receipts
from desktop.demo import DemoCancelled, build_demo_office
from desktop.demo_development import FALLING, TOTALS, UNVISITED
from desktop.demo_sheets import TYPED, meeting_days
from desktop.errors import DomainError
from desktop.loan_allocation import allocate, payoff_split, share_state
from desktop.mentoring import overdue_follow_ups
from desktop.nik import parse_nik
from desktop.savings import amounts_owed, balance_check
from desktop.settings import is_demo
from desktop.training_rates import attendance_rates, program_matrix
from desktop.welfare import welfare_comparison


def _summary() -> dict:
    """Plain copies of what the tests look at, so that no test depends on an open database."""
    return {
        "groups": list(Group.select(Group.id, Group.city).tuples()),
        "kinds": {g.id: g.kind.code for g in Group.select()},
        "mentor_roles": {g.id: g.mentor.role for g in Group.select() if g.mentor_id},
        "members": list(Member.select(Member.id, Member.nik, Member.birth_date, Member.sex,
                                      Member.group, Member.status, Member.join_date).tuples()),
        "officers": list(GroupOfficer.select(GroupOfficer.group, GroupOfficer.office,
                                             GroupOfficer.member, GroupOfficer.start_date,
                                             GroupOfficer.end_date).tuples()),
        "moved": list(Membership.select(Membership.member, Membership.end_date)
                      .where(Membership.end_reason == "moved").tuples()),
        "roles": Counter(role for (role,) in User.select(User.role).tuples()),
        "audit": AuditRecord.select().count(),
        "audit_actions": Counter(a for (a,) in AuditRecord.select(AuditRecord.action).tuples()),
        "demo": is_demo(),
        "exits": dict(Member.select(Member.id, Member.exit_date)
                      .where(Member.exit_date.is_null(False)).tuples()),
        "entries": list(SavingsEntry.select(SavingsEntry.id, SavingsEntry.account,
                                            SavingsAccount.member, SavingsProduct.kind.alias("product"),
                                            SavingsEntry.on, SavingsEntry.kind, SavingsEntry.amount,
                                            SavingsEntry.method, SavingsEntry.note,
                                            SavingsEntry.receipt_number, SavingsEntry.reverses)
                        .join(SavingsAccount).join(SavingsProduct)
                        .order_by(SavingsEntry.id).namedtuples()),
        "receipt_counter": Sequence.get(Sequence.name == "receipt").last_value,
        "balance_check": balance_check(),
        "owed": amounts_owed(None),
        "wajib": SavingsProduct.get(SavingsProduct.kind == "wajib").amount,
        "pokok": SavingsProduct.get(SavingsProduct.kind == "pokok").amount,
    } | _loans_summary() | _sheets_summary() | _development_summary()


def _loans_summary() -> dict:
    applicant, decider, payer = User.alias(), User.alias(), User.alias()
    pools = capital.pool_figures()
    return {
        "pools": pools,
        "rolling": {p.id: capital.rolling(p.id) for p in pools},
        "pool_entries": list(PoolEntry.select(PoolEntry.pool, PoolEntry.on, PoolEntry.kind,
                                              PoolEntry.cash, PoolEntry.lent, PoolEntry.reverses)
                             .namedtuples()),
        "loans": list(Loan.select(Loan.id, Loan.number, Loan.group, Loan.member, Loan.status,
                                  Loan.principal, Loan.applied_on, Loan.decided_on,
                                  Loan.disbursed_on, LoanProduct.first_loan_max,
                                  applicant.role.alias("applicant"), decider.role.alias("decider"),
                                  payer.role.alias("payer"), Loan.applied_by, Loan.decided_by)
                      .join(LoanProduct).switch(Loan)
                      .join(applicant, on=(Loan.applied_by == applicant.id)).switch(Loan)
                      .join(decider, pw.JOIN.LEFT_OUTER, on=(Loan.decided_by == decider.id)).switch(Loan)
                      .join(payer, pw.JOIN.LEFT_OUTER, on=(Loan.disbursed_by == payer.id))
                      .order_by(Loan.id).namedtuples()),
        "shares": list(LoanShare.select(LoanShare.id, LoanShare.loan, LoanShare.member,
                                        Member.group.alias("group"), LoanShare.principal,
                                        LoanShare.paid_principal, LoanShare.paid_jasa,
                                        LoanShare.status, LoanShare.written_off)
                       .join(Member).order_by(LoanShare.id).namedtuples()),
        "installments": list(Installment.select(Installment.share, Installment.seq,
                                                Installment.due_on, Installment.principal,
                                                Installment.jasa)
                             .order_by(Installment.share, Installment.seq).namedtuples()),
        "payments": list(LoanPayment.select(LoanPayment.id, LoanPayment.share, LoanPayment.on,
                                            LoanPayment.kind, LoanPayment.amount,
                                            LoanPayment.principal, LoanPayment.jasa,
                                            LoanPayment.note, LoanPayment.receipt_number,
                                            LoanPayment.reverses)
                         .order_by(LoanPayment.id).namedtuples()),
        "group_debts": list(GroupDebtEntry.select(GroupDebtEntry.member, GroupDebtEntry.group,
                                                  GroupDebtEntry.on, GroupDebtEntry.kind,
                                                  GroupDebtEntry.amount).namedtuples()),
        "arrears": share_arrears(),
        "share_check": loans.share_check(),
        "pool_check": capital.pool_check(),
    }


def _sheets_summary() -> dict:
    creator, poster = User.alias(), User.alias()
    sheets = list(CollectionSheet.select(CollectionSheet.id, CollectionSheet.group,
                                         Group.name.alias("group_name"), Group.mentor,
                                         CollectionSheet.on, CollectionSheet.status,
                                         CollectionSheet.cash_counted, CollectionSheet.version,
                                         CollectionSheet.created_by,
                                         creator.role.alias("creator"), poster.role.alias("poster"),
                                         CollectionSheet.posted_at)
                  .join(Group).switch(CollectionSheet)
                  .join(creator, on=(CollectionSheet.created_by == creator.id)).switch(CollectionSheet)
                  .join(poster, pw.JOIN.LEFT_OUTER, on=(CollectionSheet.posted_by == poster.id))
                  .order_by(CollectionSheet.id).namedtuples())
    # What the screen shows for the first and the last sheet of each group, and the draft.
    shown = {}
    for group in {s.group for s in sheets}:
        own = sorted((s for s in sheets if s.group == group), key=lambda s: s.on)
        for sheet in {own[0], own[-1], *(s for s in own if s.status == "draft")}:
            data = load_sheet(sheet.group, sheet.on)
            shown[sheet.id] = (data.sheet_id, data.status, data.cash_counted, data.net, data.saved_by,
                               {line.member_id: line for line in data.lines})
    draft = next((s for s in sheets if s.status == "draft"), None)
    return {
        "sheets": sheets,
        "sheet_lines": list(SheetLine.select(SheetLine.sheet, SheetLine.member, SheetLine.attendance,
                                             SheetLine.wajib, SheetLine.sukarela, SheetLine.withdrawal,
                                             SheetLine.installment, SheetLine.share)
                            .order_by(SheetLine.id).namedtuples()),
        "sheet_postings": list(SheetPosting.select(SheetPosting.sheet, SheetPosting.savings_entry,
                                                   SheetPosting.loan_payment)
                               .order_by(SheetPosting.id).namedtuples()),
        "memberships": list(Membership.select(Membership.member, Membership.group,
                                              Membership.start_date, Membership.end_date).tuples()),
        "shown": shown,
        "draft_due": due_lines(draft.group, draft.on) if draft else [],
        "mentor_names": {u.id: u.full_name for u in User.select()},
    }


def _development_summary() -> dict:
    today = dt.date.today()
    programs = {p.name: program_matrix(p.id) for p in Program.select()}
    return {
        "sessions": list(TrainingSession.select(TrainingSession.id, TrainingSession.kind,
                                                TrainingSession.on, TrainingSession.program)
                         .namedtuples()),
        "marked_sessions": {s for (s,) in Attendance.select(Attendance.session).distinct().tuples()},
        "kind_rates": {r.key: r.rate for r in attendance_rates(by="kind")},
        "member_rates": {r.key: r.rate for r in attendance_rates(by="member")},
        "programs": programs,
        "overdue": overdue_follow_ups(None, today),
        "visited": dict(Visit.select(Visit.group, pw.fn.MAX(Visit.on)).group_by(Visit.group).tuples()),
        "follow_ups": FollowUp.select().count(),
        "classes": {g.id: [a.grade for a in assessments_of(g.id)] for g in Group.select()},
        "stages": {g.name: g.stage for g in Group.select()},
        "attention": {row.group: {r.code for r in row.reasons} for row in groups_needing_attention(today)},
        "welfare": welfare_comparison(),
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    steps: list[tuple[int, int]] = []
    build_demo_office(folder / "demo.sqlite3", folder / "backups",
                      progress=lambda done, total: steps.append((done, total)))
    summary = _summary() | {"path": folder / "demo.sqlite3", "steps": steps}
    close_database()
    return summary


def test_groups_of_several_kinds_in_jakarta_and_serang(built):
    assert 10 <= len(built["groups"]) <= 14
    for place in ("Jakarta", "Serang"):
        ids = {gid for gid, city in built["groups"] if place in city}
        assert len({built["kinds"][gid] for gid in ids}) >= 3, place


def test_every_group_has_a_mentor(built):
    assert len(built["mentor_roles"]) == len(built["groups"])
    assert set(built["mentor_roles"].values()) == {"mentor"}


def test_members_have_valid_niks_matching_birth_date_and_sex(built):
    assert 130 <= len(built["members"]) <= 170
    for _id, nik, born, sex, _group, _status, joined in built["members"]:
        info = parse_nik(nik)
        assert (info.birth_date, info.sex) == (born, sex), nik
        assert born < joined <= dt.date.today()
    sexes = Counter(sex for _i, _n, _b, sex, *_rest in built["members"])
    assert sexes["P"] > 2 * sexes["L"]


def test_every_group_has_current_officers_who_are_active_members(built):
    members = {mid: (group, status) for mid, _n, _b, _s, group, status, _j in built["members"]}
    current = {(group, office): mid for group, office, mid, _s, end in built["officers"] if end is None}
    for gid, _city in built["groups"]:
        for office in ("ketua", "sekretaris", "bendahara"):
            assert members[current[(gid, office)]] == (gid, "active"), (gid, office)
    ended_ketua = [row for row in built["officers"] if row[1] == "ketua" and row[4] is not None]
    assert ended_ketua, "one group shows an earlier ketua replaced by a later one"


def test_some_members_moved_and_some_exited(built):
    assert 2 <= len(built["moved"]) <= 3
    assert all(end < dt.date.today() for _m, end in built["moved"])
    exited = [row for row in built["members"] if row[5] == "exited"]
    assert 3 <= len(exited) <= 4


def test_one_user_per_role_and_an_audit_trail(built):
    assert set(built["roles"]) == set(ROLES)
    assert built["roles"]["mentor"] == 3
    assert all(built["roles"][role] == 1 for role in ROLES if role != "mentor")
    assert len(demo_data.DEMO_ACCOUNTS) == sum(built["roles"].values())
    assert built["audit"] >= len(built["members"]) + len(built["groups"])
    assert built["demo"]


def test_progress_counts_up_to_the_total(built):
    done = [d for d, _t in built["steps"]]
    assert done == sorted(done) and built["steps"][-1][0] == built["steps"][-1][1]


def test_building_into_populated_books_is_refused(built, tmp_path):
    with pytest.raises(DomainError):
        build_demo_office(built["path"], tmp_path / "backups")
    open_database(built["path"])
    try:
        assert Member.select().count() == len(built["members"])
    finally:
        close_database()


def test_cancelling_removes_the_partly_built_file(tmp_path):
    path = tmp_path / "demo.sqlite3"
    calls = iter(range(1000))
    with pytest.raises(DemoCancelled):
        build_demo_office(path, tmp_path / "backups", cancelled=lambda: next(calls) >= 30)
    assert list(tmp_path.glob("demo.sqlite3*")) == []


def _history_start() -> dt.date:
    """The first day of the month two years back, where the demo's savings ledger begins."""
    today = dt.date.today()
    return dt.date(today.year - demo_data.SAVINGS_YEARS, today.month, 1)


def _months(first: dt.date, last: dt.date) -> list[tuple[int, int]]:
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    return [(first.year + (first.month - 1 + n) // 12, (first.month - 1 + n) % 12 + 1)
            for n in range(count)]


def test_every_member_paid_simpanan_pokok_on_or_soon_after_joining(built):
    start = _history_start()
    pokok = defaultdict(list)
    for e in built["entries"]:
        if e.product == "pokok" and e.kind == "deposit":
            pokok[e.member].append(e)
    for mid, _n, _b, _s, _g, _status, joined in built["members"]:
        paid = pokok[mid]
        assert paid, mid
        assert paid[0].on <= max(joined, start) + dt.timedelta(days=10), mid
        assert sum(e.amount for e in paid) <= built["pokok"]
    in_parts = [paid for paid in pokok.values() if len(paid) == 2]
    assert in_parts and len(in_parts) <= len(pokok) // 5, "a few pay pokok in two instalments"
    assert all(paid[0].amount == built["pokok"] // 2 for paid in in_parts)


def test_two_years_of_monthly_wajib(built):
    start, today = _history_start(), dt.date.today()
    wajib = [e for e in built["entries"] if e.product == "wajib" and e.kind == "deposit"]
    assert {(e.on.year, e.on.month) for e in wajib} == set(_months(start, today))
    assert min(e.on for e in built["entries"]) == start
    # Who joined before the ledger begins brings the earlier months in as an opening balance.
    opening = {e.member: e.amount for e in wajib if e.on == start and e.note.startswith("Saldo awal")}
    joined = {mid: j for mid, _n, _b, _s, _g, _st, j in built["members"]}
    for mid, amount in opening.items():
        assert amount == built["wajib"] * len(_months(joined[mid], start)[:-1]), mid
    assert len(opening) >= len(built["members"]) // 2
    months = defaultdict(set)
    for e in wajib:
        months[e.member].add((e.on.year, e.on.month))
    owing = {mid for mid, owed in built["owed"].items() if "SW" in owed}
    regular = [mid for mid in opening if mid not in owing and mid not in built["exits"]]
    assert regular and all(len(months[mid]) >= 20 for mid in regular)
    assert any(e.note == "Rapel 2 bulan" and e.amount == 2 * built["wajib"] for e in wajib)


def test_a_few_members_are_behind_on_wajib_but_most_are_not(built):
    active = [mid for mid, *_rest, status, _j in built["members"] if status == "active"]
    behind = {mid: owed["SW"] for mid, owed in built["owed"].items() if "SW" in owed}
    assert 0.03 * len(active) <= len(behind) <= 0.10 * len(active)
    assert all(amount % built["wajib"] == 0 and amount <= 6 * built["wajib"]
               for amount in behind.values())


def test_mistakes_are_reversed_and_then_posted_right(built):
    entries = {e.id: e for e in built["entries"]}
    reversals = [e for e in entries.values() if e.kind == "reversal"]
    assert reversals
    for reversal in reversals:
        original = entries[reversal.reverses]
        assert (reversal.account, reversal.amount) == (original.account, -original.amount)
        assert reversal.note.startswith(f"{original.receipt_number}: ")
        assert reversal.on >= original.on
        assert any(e.note.startswith(f"Koreksi atas {original.receipt_number}") and e.id > reversal.id
                   and e.kind == "deposit" for e in entries.values())
    reasons = " ".join(r.note for r in reversals)
    assert "Salah input nominal" in reasons and "Tercatat pada anggota lain" in reasons


def test_balances_match_the_entries_and_receipts_have_no_gaps(built):
    assert built["balance_check"] == []
    # Savings and loan payments take their receipt numbers from one sequence.
    entries = sorted(built["entries"] + built["payments"], key=lambda e: e.receipt_number)
    assert [e.receipt_number for e in entries] == [f"KW{n:07d}" for n in range(1, len(entries) + 1)]
    assert built["receipt_counter"] == len(entries)
    assert all(a.on <= b.on for a, b in pairwise(entries)), "numbered in posting order"
    assert built["audit_actions"]["savings.demo_history"] == 1


def test_no_posting_in_the_future_before_joining_or_after_leaving(built):
    joined = {mid: j for mid, _n, _b, _s, _g, _st, j in built["members"]}
    exits = built["exits"]
    for e in built["entries"]:
        assert joined[e.member] <= e.on <= dt.date.today(), e
        if e.member in exits:
            assert e.on < exits[e.member] or (e.on, e.kind) == (exits[e.member], "payout"), e
    totals = defaultdict(int)
    for e in built["entries"]:
        totals[e.account] += e.amount
    left = {e.account for e in built["entries"] if e.member in exits}
    assert exits and all(totals[account] == 0 for account in left), "exits pay everything out"
    assert {e.member for e in built["entries"] if e.kind == "payout"} == set(exits)


def test_sukarela_comes_and_goes_but_never_below_zero(built):
    sukarela = sorted((e for e in built["entries"] if e.product == "sukarela"), key=lambda e: (e.on, e.id))
    running = defaultdict(int)
    for e in sukarela:
        running[e.account] += e.amount
        assert running[e.account] >= 0, e
    reversed_ids = {e.reverses for e in built["entries"] if e.reverses}
    everyday = [e for e in sukarela if e.kind == "deposit" and not e.note and e.id not in reversed_ids]
    assert everyday and all(10_000 <= e.amount <= 500_000 and e.amount % 1000 == 0 for e in everyday)
    notes = Counter(e.note for e in sukarela if e.kind == "withdrawal")
    assert notes[demo_data.LEBARAN_NOTE] and notes[demo_data.SCHOOL_NOTE]
    methods = Counter(e.method for e in built["entries"])
    assert 0 < methods["transfer"] < methods["cash"] / 3


def test_cancelling_while_the_savings_are_written_removes_the_file(tmp_path):
    path = tmp_path / "demo.sqlite3"
    last: list[tuple[int, int]] = [(0, 1)]  # the savings are the last steps of the build
    with pytest.raises(DemoCancelled):
        build_demo_office(path, tmp_path / "backups", progress=lambda *step: last.append(step),
                          cancelled=lambda: last[-1][0] >= last[-1][1] - 3)
    assert list(tmp_path.glob("demo.sqlite3*")) == []


# Rotating capital ---------------------------------------------------------------------------

def test_two_pools_from_sources_of_different_kinds_funded_within_the_history(built):
    pools = built["pools"]
    assert len(pools) == 2
    assert len({p.source for p in pools}) == 2 and len({p.source_kind for p in pools}) == 2
    start = _history_start()
    for pool in pools:
        assert start <= pool.opened_on < dt.date.today()
        received = [e for e in built["pool_entries"] if e.pool == pool.id and e.kind == "capital"]
        assert received and all(pool.opened_on <= e.on <= dt.date.today() for e in received)
        assert pool.capital == sum(e.cash for e in received) > 0


def test_the_capital_rolls_to_a_third_generation_and_beyond(built):
    for pool in built["pools"]:
        rolled = built["rolling"][pool.id]
        assert pool.disbursed > pool.capital, "later loans are lent from the money repaid"
        assert set(rolled.loans_by_generation) >= {1, 2, 3}, pool.name
        assert sum(rolled.lent_by_generation.values()) == pool.disbursed
        later = [f for f in rolled.loans if f.generation >= 2]
        assert later and all(f.repaid_by for f in later)


def test_group_loans_of_three_to_eight_members_and_a_few_loans_to_one_member(built):
    disbursed = [loan for loan in built["loans"] if loan.disbursed_on]
    members = Counter(s.loan for s in built["shares"])
    group_loans = [loan for loan in disbursed if loan.group]
    single = [loan for loan in disbursed if loan.member]
    assert len(group_loans) >= 15 and 2 <= len(single) <= 6
    assert all(3 <= members[loan.id] <= 8 for loan in group_loans)
    assert all(members[loan.id] == 1 for loan in single)
    group_of = {loan.id: loan.group for loan in built["loans"]}
    assert all(share.group == group_of[share.loan] for share in built["shares"]
               if group_of[share.loan]), "every borrower is a member of the group"


def test_applications_entered_approved_and_paid_out_by_the_right_people(built):
    for loan in built["loans"]:
        assert loan.applicant in ("mentor", "secretary")
        assert loan.applicant == ("secretary" if loan.member else "mentor")
        if loan.status == "applied":
            assert loan.decider is None and loan.applied_on >= dt.date.today() - dt.timedelta(days=8)
            continue
        assert loan.decider == "chair" and loan.decided_by != loan.applied_by
        assert loan.applied_on <= loan.decided_on
        if loan.status == "rejected":
            assert loan.disbursed_on is None
        else:
            assert loan.payer == "treasurer" and loan.decided_on <= loan.disbursed_on <= dt.date.today()
    statuses = Counter(loan.status for loan in built["loans"])
    assert statuses["rejected"] == 1 and statuses["applied"] == 1, "one rejected, one waiting"


def test_a_first_loan_keeps_to_the_ceiling_and_repeat_loans_may_be_larger(built):
    loans_by_id = {loan.id: loan for loan in built["loans"]}
    borrowed_before: set[int] = set()
    larger = 0
    shares = sorted((s for s in built["shares"] if loans_by_id[s.loan].disbursed_on),
                    key=lambda s: (loans_by_id[s.loan].disbursed_on, s.id))
    for share in shares:
        ceiling = loans_by_id[share.loan].first_loan_max
        if share.member not in borrowed_before:
            assert share.principal <= ceiling, share
        elif share.principal > ceiling:
            larger += 1
        borrowed_before.add(share.member)
    assert larger >= 5


def test_loans_paid_off_running_and_in_arrears_in_every_class(built):
    statuses = Counter(loan.status for loan in built["loans"])
    assert statuses["closed"] >= 8 and statuses["active"] >= 5
    classes = Counter(line.kolek for line in built["arrears"])
    assert set(classes) == {"lancar", "kurang_lancar", "diragukan", "macet"}
    assert classes["lancar"] > 3 * (len(built["arrears"]) - classes["lancar"])
    kinds = Counter(p.kind for p in built["payments"])
    assert kinds["payoff"] >= 2, "some pay off early"
    assert kinds["repayment"] > 500
    late = [line for line in built["arrears"] if line.kolek == "macet"]
    assert all(line.frequency == "weekly" or line.days_overdue >= 360 for line in late)


def test_most_pay_on_the_due_day_some_early_and_some_late(built):
    due_days = defaultdict(set)
    for installment in built["installments"]:
        due_days[installment.share].add(installment.due_on)
    repayments = [p for p in built["payments"] if p.kind == "repayment"]
    on_the_day = [p for p in repayments if p.on in due_days[p.share]]
    assert len(on_the_day) > 0.6 * len(repayments)
    nearest = [min(due_days[p.share], key=lambda d, p=p: abs((d - p.on).days)) for p in repayments]
    early = [p for p, d in zip(repayments, nearest, strict=True) if p.on < d]
    late = [p for p, d in zip(repayments, nearest, strict=True) if p.on > d]
    assert len(early) >= 10 and len(late) >= 2 * len(early)
    disbursed = {loan.id: loan.disbursed_on for loan in built["loans"]}
    loan_of = {share.id: share.loan for share in built["shares"]}
    assert all(disbursed[loan_of[p.share]] < p.on <= dt.date.today() for p in built["payments"])


def test_every_payment_is_split_as_the_operations_split_it(built):
    """The everyday installments are written in bulk: replay each share's payments through the
    rules of desktop.loan_allocation and find the same split."""
    rows = defaultdict(list)
    for installment in built["installments"]:
        rows[installment.share].append(installment)
    payments = defaultdict(list)
    for payment in built["payments"]:
        payments[payment.share].append(payment)
    by_id = {p.id: p for p in built["payments"]}
    for share_id, posted in payments.items():
        principal = jasa = 0
        for payment in sorted(posted, key=lambda p: (p.on, p.id)):
            state = share_state(rows[share_id], principal, jasa, payment.on)
            if payment.kind == "reversal":
                original = by_id[payment.reverses]
                expected = (-original.principal, -original.jasa)
            elif payment.kind == "payoff":
                expected = payoff_split(state)
            else:
                expected = allocate(state, payment.amount, credit=False)
            assert (payment.principal, payment.jasa) == expected, payment
            assert payment.principal + payment.jasa == payment.amount
            principal, jasa = principal + payment.principal, jasa + payment.jasa


def test_a_group_covers_a_member_who_then_pays_part_of_it_back(built):
    covered = [d for d in built["group_debts"] if d.kind == "cover"]
    assert len(covered) == 1
    cover = covered[0]
    repaid = [d for d in built["group_debts"] if d.kind == "repayment" and d.member == cover.member]
    assert repaid and all(d.on > cover.on for d in repaid)
    assert 0 < -sum(d.amount for d in repaid) < cover.amount, "part of the cover is still owed"
    payment = [p for p in built["payments"] if p.kind == "cover"]
    assert len(payment) == 1 and payment[0].amount == cover.amount


def test_a_mistyped_installment_is_reversed_and_posted_again(built):
    by_id = {p.id: p for p in built["payments"]}
    reversals = [p for p in built["payments"] if p.kind == "reversal"]
    assert len(reversals) == 1
    reversal = reversals[0]
    wrong = by_id[reversal.reverses]
    assert (reversal.amount, reversal.on) == (-wrong.amount, wrong.on)
    assert reversal.note.startswith(f"{wrong.receipt_number}: Salah input nominal")
    again = [p for p in built["payments"] if p.note == f"Koreksi atas {wrong.receipt_number}"]
    assert len(again) == 1 and again[0].amount == 10 * wrong.amount and again[0].id > reversal.id


def test_one_share_written_off_and_its_loss_on_the_pool(built):
    written = [s for s in built["shares"] if s.status == "written_off"]
    assert len(written) == 1
    share = written[0]
    assert share.written_off == share.principal - share.paid_principal > 0
    assert sum(p.written_off for p in built["pools"]) == share.written_off


def test_the_loan_books_agree_with_their_entries(built):
    assert built["share_check"] == [] and built["pool_check"] == []
    for pool in built["pools"]:
        sums = defaultdict(int)
        for entry in built["pool_entries"]:
            if entry.pool == pool.id:
                sums[entry.kind] += entry.cash
        repaid = sums["repayment"] + sums["reversal"]  # the one reversal cancels a repayment
        assert pool.available == sums["capital"] + sums["fee"] + repaid + sums["disbursement"]
        assert pool.available == pool.capital + pool.fees + pool.principal_back + pool.jasa_back - pool.disbursed
        assert pool.available >= 0 and pool.out > 0
    assert built["audit_actions"]["loan.demo_history"] == 1


# Meeting days ------------------------------------------------------------------------------

def _posted(built) -> list:
    return [s for s in built["sheets"] if s.status == "posted"]


def test_each_group_has_a_posted_sheet_for_each_meeting_of_the_last_twelve_months(built):
    today = dt.date.today()
    names = {s.group: s.group_name for s in built["sheets"]}
    assert set(names) == {gid for gid, _city in built["groups"]}
    for gid, name in names.items():
        days = sorted(s.on for s in _posted(built) if s.group == gid)
        assert days == meeting_days(name, today), name
        assert len(days) == 12 and len({(d.year, d.month) for d in days}) == 12
        assert days[0] > today.replace(day=1) - dt.timedelta(days=366) and days[-1] <= today
    for sheet in _posted(built):
        assert (sheet.creator, sheet.poster, sheet.posted_at.date()) == ("treasurer", "treasurer", sheet.on)


def test_no_two_open_sheets_for_a_group_and_day(built):
    days = Counter((s.group, s.on) for s in built["sheets"] if s.status != "reversed")
    assert days and max(days.values()) == 1


def test_a_sheet_lists_the_members_of_the_group_that_day(built):
    lines = defaultdict(set)
    for line in built["sheet_lines"]:
        lines[line.sheet].add(line.member)
    for sheet in _posted(built):
        members = {m for m, g, start, end in built["memberships"]
                   if g == sheet.group and start <= sheet.on and (end is None or sheet.on < end)}
        assert lines[sheet.id] == members, sheet


def test_the_lines_equal_what_the_sheet_posted_and_the_cash_its_net(built):
    entries = {e.id: e for e in built["entries"]}
    payments = {p.id: p for p in built["payments"]}
    reversed_ = {e.reverses for e in built["entries"]} | {p.reverses for p in built["payments"]}
    share_member = {s.id: s.member for s in built["shares"]}
    loan_group = {loan.id: loan.group for loan in built["loans"]}
    share_group = {s.id: loan_group[s.loan] for s in built["shares"]}
    sheets = {s.id: s for s in _posted(built)}
    posted = defaultdict(lambda: defaultdict(int))
    for link in built["sheet_postings"]:
        sheet = sheets[link.sheet]
        assert (link.savings_entry is None) != (link.loan_payment is None)
        if link.savings_entry is not None:
            entry = entries[link.savings_entry]
            assert entry.id not in reversed_ and entry.kind in ("deposit", "withdrawal")
            assert (entry.on, entry.method) == (sheet.on, "cash")
            column = "withdrawal" if entry.kind == "withdrawal" else entry.product
            assert column in ("wajib", "sukarela", "withdrawal")
            posted[(sheet.id, entry.member)][column] += abs(entry.amount)
        else:
            payment = payments[link.loan_payment]
            assert payment.id not in reversed_ and payment.kind == "repayment"
            assert payment.on == sheet.on and share_group[payment.share] == sheet.group
            posted[(sheet.id, share_member[payment.share])]["installment"] += payment.amount
    links = [(link.savings_entry, link.loan_payment) for link in built["sheet_postings"]]
    assert len(set(links)) == len(links), "an entry or payment is on one sheet only"
    nets = defaultdict(int)
    for line in built["sheet_lines"]:
        if line.sheet not in sheets:
            continue
        paid = posted.pop((line.sheet, line.member), {})
        assert {c: getattr(line, c) for c in ("wajib", "sukarela", "withdrawal", "installment")} == {
            c: paid.get(c, 0) for c in ("wajib", "sukarela", "withdrawal", "installment")}, line
        nets[line.sheet] += line.wajib + line.sukarela + line.installment - line.withdrawal
    assert not posted, "every posting belongs to a line of its sheet"
    assert all(sheet.cash_counted == nets[sheet.id] for sheet in sheets.values())
    totals = Counter()
    for line in built["sheet_lines"]:
        for column in ("wajib", "sukarela", "withdrawal", "installment"):
            totals[column] += bool(getattr(line, column))
    assert all(totals[c] >= 10 for c in ("wajib", "sukarela", "installment")) and totals["withdrawal"]


def test_the_screen_shows_the_posted_sheets_as_written(built):
    lines = defaultdict(dict)
    for line in built["sheet_lines"]:
        lines[line.sheet][line.member] = line
    for sheet in _posted(built):
        if sheet.id not in built["shown"]:
            continue
        sheet_id, status, counted, net, _saved_by, shown = built["shown"][sheet.id]
        assert (sheet_id, status, counted, net) == (sheet.id, "posted", sheet.cash_counted, sheet.cash_counted)
        for member, line in lines[sheet.id].items():
            row = shown[member]
            assert (row.attendance, row.wajib, row.sukarela, row.withdrawal, row.installment) == (
                line.attendance, line.wajib, line.sukarela, line.withdrawal, line.installment)


def test_most_come_and_who_leaves_an_installment_unpaid_stays_away_more(built):
    lines = [line for line in built["sheet_lines"] if line.sheet in {s.id for s in _posted(built)}]
    attendance = Counter(line.attendance for line in lines)
    assert set(attendance) == {"present", "late", "excused", "absent"}
    assert attendance["present"] > 0.7 * len(lines)
    paying = [line for line in lines if line.wajib + line.sukarela + line.withdrawal + line.installment]
    idle = [line for line in lines if line not in paying]
    assert sum(line.attendance == "absent" for line in paying) == 0
    assert sum(line.attendance == "absent" for line in idle) > 0.4 * len(idle)
    on = {s.id: s.on for s in _posted(built)}
    due = {(i.share, i.due_on) for i in built["installments"]}
    unpaid = [line for line in lines if line.share and (line.share, on[line.sheet]) in due
              and not line.installment]
    paid = [line for line in lines if line.installment]

    def away(group: list) -> float:
        return sum(line.attendance in ("absent", "excused", "late") for line in group) / len(group)
    assert unpaid and paid and away(unpaid) > 2 * away(paid)


def test_one_draft_for_today_saved_by_the_mentor_with_what_is_due(built):
    drafts = [s for s in built["sheets"] if s.status == "draft"]
    assert len(drafts) == 1
    draft = drafts[0]
    assert draft.on == dt.date.today() and draft.cash_counted is None
    assert draft.creator == "mentor" and draft.created_by == draft.mentor
    assert draft.on not in {s.on for s in _posted(built) if s.group == draft.group}
    sheet_id, status, _counted, _net, saved_by, shown = built["shown"][draft.id]
    assert (sheet_id, status, saved_by) == (draft.id, "draft", built["mentor_names"][draft.mentor])
    due = built["draft_due"]
    assert due and list(shown) == [d.member_id for d in due]
    for d in due[TYPED:]:
        row = shown[d.member_id]
        assert (row.attendance, row.wajib, row.sukarela, row.withdrawal, row.installment) == (
            "present", d.wajib_due, 0, 0, d.installment_due)
    assert built["audit_actions"]["sheet.draft"] == 1 and built["audit_actions"]["sheet.demo_history"] == 1


def test_reversing_a_posted_sheet_reverses_what_it_posted(built, tmp_path):
    copy = tmp_path / "demo.sqlite3"
    copy.write_bytes(built["path"].read_bytes())
    open_database(copy)
    try:
        treasurer = actor_of(User.get(User.role == "treasurer"))
        chair = actor_of(User.get(User.role == "chair"))
        for sheet in sorted(_posted(built), key=lambda s: s.on)[-3:]:
            entries, payments = sheet_receipts(sheet.id)
            assert entries or payments
            # The demo office marks reversals as needing approval: asked, then approved.
            with pytest.raises(ApprovalRequested) as asked:
                reverse_sheet(treasurer, sheet.id, "Uji pembatalan", sheet.version)
            request = ApprovalRequest.get_by_id(asked.value.request_id)
            approvals.approve(chair, request.id, request.version)
            assert SavingsEntry.select().where(SavingsEntry.reverses.in_(entries)).count() == len(entries)
            assert LoanPayment.select().where(LoanPayment.reverses.in_(payments)).count() == len(payments)
        assert balance_check() == [] and loans.share_check() == []
    finally:
        close_database()


def test_two_years_of_sessions_of_every_kind_with_attendance_taken(built):
    sessions = built["sessions"]
    today = dt.date.today()
    assert {s.kind for s in sessions} == {"socialisation", "training", "mentoring", "meeting"}
    past = [s for s in sessions if s.on <= today]
    assert (today - min(s.on for s in past)).days >= 700
    assert {s.id for s in past} <= built["marked_sessions"]
    upcoming = [s for s in sessions if s.on > today]
    assert upcoming and not {s.id for s in upcoming} & built["marked_sessions"]
    # Mentoring in the group is the best attended, the big socialisation meetings the least.
    rates = built["kind_rates"]
    assert 0.5 < rates["socialisation"] < 0.95 and 0.5 < rates["mentoring"] < 0.95


def test_a_finished_series_of_eight_and_one_still_running_show_who_came_to_which(built):
    finished = built["programs"]["Sekolah Perempuan Usaha Mikro"]
    running = built["programs"]["Pembukuan Kelompok dan Usaha"]
    assert finished.numbers == tuple(range(1, 9)) and finished.held == 8
    assert all(len(row.statuses) == 8 for row in finished.rows)
    attended = [row.attended for row in finished.rows]
    assert max(attended) == 8 and min(attended) < 6  # some came to all, some missed several
    assert 0 < running.held == len(running.sessions) - 1  # the next meeting is planned


def test_who_misses_meeting_days_misses_trainings_too(built):
    missed = Counter()
    days = Counter()
    for line in built["sheet_lines"]:
        days[line.member] += 1
        missed[line.member] += line.attendance in ("absent", "excused")
    rates = built["member_rates"]
    often = [rates[m] for m in days if m in rates and missed[m] / days[m] >= 0.3]
    seldom = [rates[m] for m in days if m in rates and missed[m] / days[m] <= 0.1]
    assert often and seldom
    assert sum(often) / len(often) < sum(seldom) / len(seldom) - 0.1


def test_mentors_visit_every_group_and_a_few_follow_ups_are_overdue(built):
    today = dt.date.today()
    visited = built["visited"]
    assert len(visited) == len(built["groups"]) and built["follow_ups"] > len(visited)
    assert 2 <= len(built["overdue"]) <= 15
    assert all(row.due_on < today for row in built["overdue"])
    assert "no_visit" in built["attention"][UNVISITED]


def test_assessments_show_groups_rising_and_falling_and_lead_to_their_stage(built):
    classes = built["classes"]
    assert all(len(grades) == 4 for grades in classes.values())
    order = "ABCD"
    rose = [g for g, grades in classes.items() if order.index(grades[-1]) < order.index(grades[0])]
    fell = [g for g, grades in classes.items() if order.index(grades[-1]) > order.index(grades[0])]
    assert rose and len(fell) >= 2
    specs = {spec.name: spec.stage for spec in demo_data.GROUPS}
    assert built["stages"] == specs
    assert set(TOTALS) == set(specs)


def test_the_groups_whose_loans_went_bad_need_attention_for_it(built):
    attention = built["attention"]
    for name in FALLING:
        assert name in attention
    assert any("attendance" in attention[name] for name in FALLING)
    assert any("class_fell" in attention[name] for name in FALLING)


def test_welfare_surveys_before_and_after_show_households_better_off(built):
    comparison = built["welfare"]
    assert comparison.comparable > comparison.households / 2
    low = next(b for b in comparison.bands if b.code == "low")
    assert low.now_share < low.then_share
    assert comparison.moved_up > comparison.moved_down > 0
    assert comparison.not_comparable  # households surveyed only once are shown apart

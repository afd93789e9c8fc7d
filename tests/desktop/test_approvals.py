"""Approvals: a marked action waits for a second user with the right role."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from types import SimpleNamespace

import pytest

from db.connection import database
from db.models import (
    ApprovalRequest,
    CashEntry,
    CollectionSheet,
    Loan,
    LoanPayment,
    LoanShare,
    Member,
    MonthClose,
    SavingsAccount,
    SavingsEntry,
    User,
)
from desktop import approval_queries, approvals, demo_approvals, loans, users
from desktop.approvals import ApprovalRequested
from desktop.capital import pool_figures
from desktop.cashbook import post_cash_entry, reverse_cash_entry
from desktop.collection import LineForm, post_sheet, reverse_sheet
from desktop.errors import DomainError, PermissionDenied
from desktop.month_close import close_month, reopen_month
from desktop.periods import closed_through
from desktop.savings import deposit, reverse_entry
from tests.desktop.helpers import new_group, new_member
from tests.desktop.loan_helpers import (
    disbursed_loan,
    funded_pool,
    group_with_members,
    product_id,
    shares_of,
)
from tests.desktop.test_savings import accounts_of, balance

DAY = dt.date(2026, 3, 2)
TODAY = dt.date.today()


@pytest.fixture
def entry(actors):
    member = new_member(actors["secretary"], new_group(actors["secretary"]))
    account = accounts_of(member)["sukarela"]
    entry_id = deposit(actors["treasurer"], account, DAY, 50_000)
    approvals.set_required_actions(actors["administrator"], {"savings.reverse"})
    return account, entry_id


def test_a_marked_reversal_waits_and_is_carried_out_when_approved(actors, entry):
    account, entry_id = entry
    with pytest.raises(ApprovalRequested) as asked:
        reverse_entry(actors["treasurer"], entry_id, "salah ketik")
    assert balance(account) == 50_000  # nothing done yet
    request = ApprovalRequest.get_by_id(asked.value.request_id)
    assert request.status == "pending" and request.requested_by_id == actors["treasurer"].id
    # The same request again is refused; the one who asked cannot approve it.
    with pytest.raises(DomainError, match="already waiting"):
        reverse_entry(actors["treasurer"], entry_id, "salah ketik")
    with pytest.raises(PermissionDenied):
        approvals.approve(actors["treasurer"], request.id, request.version)
    reversal_id = approvals.approve(actors["chair"], request.id, request.version, "ok")
    assert balance(account) == 0
    reversal = SavingsEntry.get_by_id(reversal_id)
    assert reversal.reverses_id == entry_id and reversal.user_id == actors["treasurer"].id
    assert ApprovalRequest.get_by_id(request.id).status == "approved"


def test_an_impossible_request_is_refused_at_once_and_a_rejection_needs_a_reason(actors, entry):
    account, entry_id = entry
    with pytest.raises(DomainError, match="reason"):
        reverse_entry(actors["treasurer"], entry_id, "  ")
    assert ApprovalRequest.select().count() == 0
    with pytest.raises(ApprovalRequested) as asked:
        reverse_entry(actors["treasurer"], entry_id, "salah ketik")
    request = ApprovalRequest.get_by_id(asked.value.request_id)
    with pytest.raises(DomainError, match="reason"):
        approvals.reject(actors["administrator"], request.id, request.version, "")
    approvals.reject(actors["administrator"], request.id, request.version, "bukti setoran ada")
    assert ApprovalRequest.get_by_id(request.id).status == "rejected"
    assert balance(account) == 50_000


# --- each kind of request, asked and approved ------------------------------------------------

def ask(call, *args, **kwargs) -> ApprovalRequest:
    """Call a marked operation; return the request it left."""
    with pytest.raises(ApprovalRequested) as asked:
        call(*args, **kwargs)
    return ApprovalRequest.get_by_id(asked.value.request_id)


@pytest.fixture
def lending(actors):
    """Ani borrows 1.000.000 from the pool on 10/01/2025: 10 x 110.000 (100.000 + 10.000 jasa)."""
    group, (ani, budi) = group_with_members(actors, 2)
    pool = funded_pool(actors)
    loan = disbursed_loan(actors, pool, group, [(ani, 1_000_000)])
    return SimpleNamespace(group=group, ani=ani, budi=budi, pool=pool, loan=loan,
                           share=shares_of(loan)[0])


def test_savings_reversal_shows_the_entry_and_its_member(actors, entry):
    _account, entry_id = entry
    request = ask(reverse_entry, actors["treasurer"], entry_id, " salah  ketik ", TODAY)
    receipt = SavingsEntry.get_by_id(entry_id).receipt_number
    member = Member.get(Member.name == "Siti Aminah")
    assert json.loads(request.summary) == [
        ["Receipt", receipt], ["Member", f"Siti Aminah ({member.number})"], ["Group", "KUBE Melati"],
        ["Savings", "Simpanan Sukarela"], ["Date of the entry", "02/03/2026"], ["Deposit", "Rp50.000"],
        ["Posted by", "Bambang Hartono"], ["Date of the reversal", TODAY.strftime("%d/%m/%Y")],
        ["Reason", "salah ketik"]]


def test_a_loan_payment_reversal_waits_and_then_moves_the_share_and_the_pool_back(actors, lending):
    treasurer = actors["treasurer"]
    payment = loans.repay(treasurer, lending.share, dt.date(2025, 2, 10), 110_000)
    available = pool_figures(lending.pool)[0].available
    approvals.set_required_actions(actors["administrator"], {"loans.reverse"})
    request = ask(loans.reverse_payment, treasurer, payment, "dicatat pada anggota lain", TODAY)
    assert LoanShare.get_by_id(lending.share).paid_principal == 100_000
    loan_number = Loan.get_by_id(lending.loan).number
    shown = dict(json.loads(request.summary))
    assert shown["Receipt"] == LoanPayment.get_by_id(payment).receipt_number
    assert (shown["Loan"], shown["Group"], shown["Installment"]) == (loan_number, "KUBE Melati", "Rp110.000")
    assert shown["Principal / jasa"] == "Rp100.000 / Rp10.000"
    assert shown["Member"].startswith("KUBE Melati Anggota 1 (")
    assert shown["Date of the payment"] == "10/02/2025"

    reversal = approvals.approve(actors["chair"], request.id, request.version)
    assert LoanPayment.get_by_id(reversal).reverses_id == payment
    assert LoanShare.get_by_id(lending.share).paid_principal == 0
    # The 110.000 paid had gone back to the pool; reversed, it leaves again.
    assert pool_figures(lending.pool)[0].available == available - 110_000


def test_a_repayment_to_the_group_is_reversed_once_approved(actors, lending):
    treasurer = actors["treasurer"]
    loans.cover_by_group(treasurer, lending.share, dt.date(2025, 2, 10), 110_000)
    entry = loans.repay_group(treasurer, lending.ani, lending.group, dt.date(2025, 2, 20), 60_000, "cicilan")
    assert loans.group_debt(lending.ani, lending.group) == 50_000
    approvals.set_required_actions(actors["administrator"], {"loans.reverse_group_repayment"})
    request = ask(loans.reverse_group_repayment, treasurer, entry, "uang belum diterima kelompok")
    shown = dict(json.loads(request.summary))
    assert (shown["Group"], shown["Date of the repayment"], shown["Repaid to the group"], shown["Note"]) == (
        "KUBE Melati", "20/02/2025", "Rp60.000", "cicilan")
    assert loans.group_debt(lending.ani, lending.group) == 50_000
    approvals.approve(actors["administrator"], request.id, request.version)
    assert loans.group_debt(lending.ani, lending.group) == 110_000  # owed again in full


def test_a_write_off_asked_by_the_chair_is_approved_by_the_administrator(actors, lending):
    loans.repay(actors["treasurer"], lending.share, dt.date(2025, 2, 10), 110_000)
    approvals.set_required_actions(actors["administrator"], {"loans.writeoff"})
    request = ask(loans.write_off, actors["chair"], lending.share, TODAY, "usaha bangkrut")
    shown = dict(json.loads(request.summary))
    # 1.000.000 lent, 100.000 of it repaid: 900.000 still out.
    assert (shown["Principal lent"], shown["Principal still outstanding"]) == ("Rp1.000.000", "Rp900.000")
    assert (shown["Disbursed on"], shown["Last payment"]) == ("10/01/2025", "10/02/2025")
    assert LoanShare.get_by_id(lending.share).status == "active"
    with pytest.raises(DomainError, match="yourself"):
        approvals.approve(actors["chair"], request.id, request.version)
    approvals.approve(actors["administrator"], request.id, request.version, "sudah disurvei")
    share = LoanShare.get_by_id(lending.share)
    assert (share.status, share.written_off) == ("written_off", 900_000)
    assert pool_figures(lending.pool)[0].written_off == 900_000
    decided = ApprovalRequest.get_by_id(request.id)
    assert (decided.status, decided.decided_by_id, decided.decision_note) == (
        "approved", actors["administrator"].id, "sudah disurvei")


def test_a_loan_approval_waits_for_a_second_supervisor(actors):
    group, [sari] = group_with_members(actors, 1, "KSM Mekar Jaya")
    form = loans.LoanApplication(product_id(), group, [(sari, 800_000)], 10, "modal warung",
                                 dt.date(2026, 1, 5))
    loan = loans.apply_for_loan(actors["secretary"], form)
    approvals.set_required_actions(actors["administrator"], {"loans.approve"})
    request = ask(loans.approve_loan, actors["chair"], loan, 1, dt.date(2026, 1, 8), "layak")
    shown = dict(json.loads(request.summary))
    assert shown == {"Loan": Loan.get_by_id(loan).number, "Group": "KSM Mekar Jaya", "Members borrowing": "1",
                     "Principal": "Rp800.000", "Product": shown["Product"], "Monthly installments": "10",
                     "Purpose": "modal warung", "Applied on": "05/01/2026", "Applied by": "Sri Wahyuni",
                     "Date of the approval": "08/01/2026", "Note": "layak"}
    assert shown["Product"].startswith("PB — ")
    assert Loan.get_by_id(loan).status == "applied"
    approvals.approve(actors["administrator"], request.id, request.version)
    approved = Loan.get_by_id(loan)
    # Approved as the chair asked: in the chair's name, on the day and with the note asked.
    assert (approved.status, approved.decided_by_id, approved.decided_on, approved.decision_note) == (
        "approved", actors["chair"].id, dt.date(2026, 1, 8), "layak")


def test_a_sheet_reversal_reverses_every_posting_once_approved(actors, lending):
    treasurer = actors["treasurer"]
    lines = [LineForm(lending.ani, "present", 20_000, 30_000, 0, 110_000), LineForm(lending.budi, "late")]
    sheet = post_sheet(treasurer, lending.group, dt.date(2025, 2, 10), lines, 160_000)
    approvals.set_required_actions(actors["administrator"], {"sheet.reverse"})
    version = CollectionSheet.get_by_id(sheet).version
    request = ask(reverse_sheet, treasurer, sheet, "tanggal rapat salah", version)
    shown = dict(json.loads(request.summary))
    # In: 20.000 wajib + 30.000 sukarela + 110.000 installment; nothing out.
    assert (shown["Group"], shown["Date of the meeting"], shown["Members on the sheet"]) == (
        "KUBE Melati", "10/02/2025", "2")
    assert (shown["Money in"], shown["Money out"], shown["Posted by"]) == ("Rp160.000", "Rp0", "Bambang Hartono")
    assert CollectionSheet.get_by_id(sheet).status == "posted"
    approvals.approve(actors["chair"], request.id, request.version)
    assert CollectionSheet.get_by_id(sheet).status == "reversed"
    savings = SavingsAccount.select().where(SavingsAccount.member == lending.ani)
    assert sum(account.balance for account in savings) == 0
    assert LoanShare.get_by_id(lending.share).paid_principal == 0


def test_a_cash_entry_reversal_and_a_month_reopening_wait_for_approval(actors, books):
    treasurer, admin, chair = actors["treasurer"], actors["administrator"], actors["chair"]
    post_cash_entry(treasurer, dt.date(2026, 1, 5), "opening", 500_000)
    expense = post_cash_entry(treasurer, dt.date(2026, 2, 3), "expense", 75_000, "ATK kantor")
    approvals.set_required_actions(admin, {"cash.reverse", "month.reopen"})
    request = ask(reverse_cash_entry, treasurer, expense, "dobel", dt.date(2026, 2, 4))
    receipt = CashEntry.get_by_id(expense).receipt_number
    assert json.loads(request.summary) == [
        ["Receipt", receipt], ["Date of the entry", "03/02/2026"], ["Office expense", "Rp75.000"],
        ["Description", "ATK kantor"], ["Posted by", "Bambang Hartono"],
        ["Date of the reversal", "04/02/2026"], ["Reason", "dobel"]]
    reversal = approvals.approve(chair, request.id, request.version)
    assert CashEntry.get_by_id(reversal).reverses_id == expense

    close_month(treasurer, 2026, 1, "cocok")
    closed = MonthClose.get(MonthClose.month == "2026-01")
    request = ask(reopen_month, admin, 2026, 1, "setoran terlewat")
    assert json.loads(request.summary) == [
        ["Month", "01/2026"], ["Closed through", "31/01/2026"], ["Closed by", "Bambang Hartono"],
        ["Closed on", TODAY.strftime("%d/%m/%Y")], ["Reason", "setoran terlewat"]]
    assert closed_through() == dt.date(2026, 1, 31)
    approvals.approve(chair, request.id, request.version)
    reopened = MonthClose.get_by_id(closed.id)
    assert (reopened.reopened_by_id, reopened.reopen_reason) == (admin.id, "setoran terlewat")
    assert closed_through() is None


# --- what cannot be done any more, withdrawing, and who decides ------------------------------

def test_a_write_off_approved_after_a_payment_was_reversed_is_refused(actors, lending):
    treasurer, chair, admin = actors["treasurer"], actors["chair"], actors["administrator"]
    payment = loans.repay(treasurer, lending.share, dt.date(2025, 2, 10), 110_000)
    approvals.set_required_actions(admin, {"loans.writeoff"})
    # Asked without a figure, the request keeps the principal out now: 1.000.000 - 100.000.
    request = ask(loans.write_off, chair, lending.share, TODAY, "usaha bangkrut")
    assert approvals.arguments(request)["amount"] == 900_000
    assert dict(json.loads(request.summary))["Principal still outstanding"] == "Rp900.000"
    loans.reverse_payment(treasurer, payment, "salah anggota", TODAY)  # 1.000.000 out again
    with pytest.raises(DomainError, match="changed since it was asked: Rp1.000.000 of principal is out now, "
                                          "not Rp900.000"):
        approvals.approve(admin, request.id, request.version, "ok")
    share = LoanShare.get_by_id(lending.share)
    assert (share.status, share.written_off) == ("active", 0)
    assert ApprovalRequest.get_by_id(request.id).status == "pending"
    assert pool_figures(lending.pool)[0].written_off == 0


def test_a_write_off_of_another_amount_than_the_one_seen_is_refused(actors, lending):
    chair = actors["chair"]
    with pytest.raises(DomainError, match="changed since it was asked"):
        loans.write_off(chair, lending.share, TODAY, "usaha bangkrut", 900_000)
    with pytest.raises(DomainError, match="whole rupiah"):
        loans.write_off(chair, lending.share, TODAY, "usaha bangkrut", 1.5)
    assert LoanShare.get_by_id(lending.share).status == "active"
    loans.write_off(chair, lending.share, TODAY, "usaha bangkrut", 1_000_000)
    assert LoanShare.get_by_id(lending.share).written_off == 1_000_000


def test_marked_entry_and_payment_reversals_make_the_sheet_reversal_wait_too(actors, lending):
    treasurer = actors["treasurer"]
    lines = [LineForm(lending.ani, "present", 20_000, 30_000, 0, 110_000), LineForm(lending.budi, "late")]
    sheet = post_sheet(treasurer, lending.group, dt.date(2025, 2, 10), lines, 160_000)
    approvals.set_required_actions(actors["administrator"], {"loans.reverse"})
    assert approvals.needs_approval("sheet.reverse") and approvals.required_actions() == {"loans.reverse"}
    approvals.set_required_actions(actors["administrator"], {"savings.reverse"})
    version = CollectionSheet.get_by_id(sheet).version
    request = ask(reverse_sheet, treasurer, sheet, "tanggal rapat salah", version)
    # Nothing of the sheet is reversed until a supervisor agrees.
    assert SavingsEntry.select().where(SavingsEntry.kind == "reversal").count() == 0
    assert LoanShare.get_by_id(lending.share).paid_principal == 100_000
    approvals.approve(actors["chair"], request.id, request.version)
    assert SavingsEntry.select().where(SavingsEntry.kind == "reversal").count() == 2
    assert LoanShare.get_by_id(lending.share).paid_principal == 0
    approvals.set_required_actions(actors["administrator"], {"cash.reverse"})
    assert not approvals.needs_approval("sheet.reverse")


def test_books_busy_on_another_computer_while_asking_is_a_clear_message(actors, books, entry):
    _account, entry_id = entry
    database.execute_sql("PRAGMA busy_timeout = 200")
    other = sqlite3.connect(books, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(DomainError, match="busy on another computer"):
            reverse_entry(actors["treasurer"], entry_id, "salah ketik")
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert ApprovalRequest.select().count() == 0


def test_a_value_that_cannot_be_kept_with_a_request_is_refused_with_a_message(actors, lending, entry):
    _account, entry_id = entry
    # The operation's own check speaks first, beside its field.
    with pytest.raises(DomainError) as refused:
        reverse_entry(actors["treasurer"], entry_id, 1.5)
    assert (refused.value.field, str(refused.value)) == ("reason", "This entry cannot be read as text. Type it again.")
    # 1.000.000,0 is the right figure, but a request keeps whole numbers only.
    approvals.set_required_actions(actors["administrator"], {"loans.writeoff"})
    with pytest.raises(DomainError) as refused:
        loans.write_off(actors["chair"], lending.share, TODAY, "usaha bangkrut", 1_000_000.0)
    assert not isinstance(refused.value, ApprovalRequested) and refused.value.field == "amount"
    assert ApprovalRequest.select().count() == 0


def test_notes_and_reasons_of_decisions_are_checked_not_cut(actors, entry):
    _account, entry_id = entry
    request = ask(reverse_entry, actors["treasurer"], entry_id, "salah ketik", TODAY)
    for note in ("ok\x1b[31m", "x" * 201):
        with pytest.raises(DomainError) as refused:
            approvals.approve(actors["chair"], request.id, request.version, note)
        assert refused.value.field == "note"
    with pytest.raises(DomainError, match="at most 150 characters"):
        approvals.reject(actors["chair"], request.id, request.version, "y" * 151)
    assert ApprovalRequest.get_by_id(request.id).status == "pending"
    approvals.reject(actors["chair"], request.id, request.version, " bukti  setoran ada ")
    assert ApprovalRequest.get_by_id(request.id).decision_note == "bukti setoran ada"


def test_a_request_of_someone_who_left_or_changed_role_is_not_carried_out(actors, entry):
    account, entry_id = entry
    admin, chair = actors["administrator"], actors["chair"]
    request = ask(reverse_entry, actors["treasurer"], entry_id, "salah ketik", TODAY)
    user = User.get_by_id(actors["treasurer"].id)
    users.update_user(admin, user.id, user.full_name, "mentor", True, user.version)
    with pytest.raises(DomainError) as refused:
        approvals.approve(chair, request.id, request.version)
    assert str(refused.value) == ("Bambang Hartono, who asked for this, is now Mentor and may no longer do it; "
                                  "reject the request and ask again.")
    user = User.get_by_id(user.id)
    users.update_user(admin, user.id, user.full_name, "treasurer", False, user.version)
    with pytest.raises(DomainError) as refused:
        approvals.approve(chair, request.id, request.version)
    assert str(refused.value) == ("Bambang Hartono, who asked for this, no longer works here; "
                                  "reject the request and ask again.")
    assert balance(account) == 50_000
    approvals.reject(chair, request.id, request.version, "bendahara sudah berhenti")
    assert ApprovalRequest.get_by_id(request.id).status == "rejected"


def test_an_approval_that_can_no_longer_be_done_is_refused_and_the_request_waits(actors, entry):
    account, entry_id = entry
    first = ask(reverse_entry, actors["treasurer"], entry_id, "salah ketik", TODAY)
    second = ask(reverse_entry, actors["administrator"], entry_id, "setoran ganda", TODAY)
    approvals.approve(actors["chair"], first.id, first.version)
    with pytest.raises(DomainError, match="already been reversed"):
        approvals.approve(actors["chair"], second.id, second.version)
    still = ApprovalRequest.get_by_id(second.id)
    assert (still.status, still.version, still.decided_by_id) == ("pending", second.version, None)
    assert balance(account) == 0  # reversed once, not twice
    approvals.reject(actors["chair"], still.id, still.version, "sudah dibatalkan lewat permintaan lain")
    assert ApprovalRequest.get_by_id(second.id).status == "rejected"


def test_a_month_closed_meanwhile_stops_the_approval(actors, entry):
    _account, entry_id = entry
    request = ask(reverse_entry, actors["treasurer"], entry_id, "salah ketik", DAY)
    MonthClose.create(month="2026-03", last_day=dt.date(2026, 3, 31), closed_by=actors["treasurer"].id)
    with pytest.raises(DomainError, match="closed up to 31/03/2026"):
        approvals.approve(actors["chair"], request.id, request.version)
    assert ApprovalRequest.get_by_id(request.id).status == "pending"


def test_the_asker_withdraws_a_request_and_nobody_else_may(actors, entry):
    account, entry_id = entry
    request = ask(reverse_entry, actors["treasurer"], entry_id, "salah ketik", TODAY)
    with pytest.raises(DomainError, match="Only the user who asked"):
        approvals.withdraw(actors["chair"], request.id, request.version)
    approvals.withdraw(actors["treasurer"], request.id, request.version)
    withdrawn = ApprovalRequest.get_by_id(request.id)
    assert (withdrawn.status, withdrawn.decided_by_id) == ("withdrawn", actors["treasurer"].id)
    with pytest.raises(DomainError, match="already been decided"):
        approvals.approve(actors["chair"], withdrawn.id, withdrawn.version)
    assert balance(account) == 50_000
    # Asked again, it is a new request.
    again = ask(reverse_entry, actors["treasurer"], entry_id, "salah ketik", TODAY)
    assert again.id != request.id


def test_only_a_supervisor_other_than_the_asker_decides(actors, entry):
    _account, entry_id = entry
    request = ask(reverse_entry, actors["administrator"], entry_id, "salah ketik", TODAY)
    for role in ("treasurer", "secretary", "mentor"):
        with pytest.raises(PermissionDenied):
            approvals.reject(actors[role], request.id, request.version, "tidak")
    with pytest.raises(DomainError, match="yourself"):
        approvals.reject(actors["administrator"], request.id, request.version, "tidak")
    may = {role: approval_queries.pending_requests(actor)[0].may_decide
           for role, actor in actors.items() if approval_queries.pending_requests(actor)}
    # Others see only their own requests, and the administrator asked this one.
    assert may == {"administrator": False, "chair": True}
    approvals.approve(actors["chair"], request.id, request.version)


def test_the_lists_and_counts_of_requests(actors, entry):
    account, entry_id = entry
    other = deposit(actors["treasurer"], account, DAY, 20_000)
    kept = ask(reverse_entry, actors["treasurer"], entry_id, "salah ketik", TODAY)
    decided = ask(reverse_entry, actors["treasurer"], other, "dobel", TODAY)
    approvals.reject(actors["chair"], decided.id, decided.version, "setoran benar")
    treasurer, chair, mentor = actors["treasurer"], actors["chair"], actors["mentor"]
    assert [(r.id, r.own, r.may_decide) for r in approval_queries.pending_requests(treasurer)] == [(kept.id, True, False)]
    [row] = approval_queries.pending_requests(chair)
    assert (row.id, row.own, row.may_decide, row.requested_by, row.label) == (
        kept.id, False, True, "Bambang Hartono", "Reversing a savings entry")
    assert row.summary[0] == ("Receipt", SavingsEntry.get_by_id(entry_id).receipt_number)
    assert approval_queries.pending_requests(mentor) == []
    assert approval_queries.pending_counts(chair) == approval_queries.PendingCounts(1, 0)
    assert approval_queries.pending_counts(treasurer) == approval_queries.PendingCounts(0, 1)
    [done] = approval_queries.decided_requests(treasurer)
    assert (done.id, done.status, done.decided_by, done.note) == (decided.id, "rejected", "Haryanto", "setoran benar")
    assert approval_queries.decided_requests(chair, TODAY - dt.timedelta(days=400), TODAY - dt.timedelta(days=1)) == []
    assert approval_queries.decided_requests(mentor) == []


def test_only_known_actions_can_be_marked(actors, books):
    with pytest.raises(DomainError, match="Unknown action"):
        approvals.set_required_actions(actors["administrator"], {"savings.reverse", "members.delete"})
    with pytest.raises(PermissionDenied):
        approvals.set_required_actions(actors["chair"], {"savings.reverse"})
    approvals.set_required_actions(actors["administrator"], {"loans.writeoff", "sheet.reverse"})
    assert approvals.required_actions() == {"loans.writeoff", "sheet.reverse"}
    keys = [key for key, _label in approval_queries.approvable_actions()]
    assert {"savings.reverse", "loans.reverse", "loans.reverse_group_repayment", "loans.writeoff",
            "loans.approve", "sheet.reverse"} <= set(keys)


# --- the demo office's requests -------------------------------------------------------------

def test_the_demo_leaves_one_request_waiting_one_approved_and_one_rejected(actors, books):
    secretary, treasurer = actors["secretary"], actors["treasurer"]
    group = new_group(secretary)
    members = [new_member(secretary, group, name) for name in ("Ani", "Budi", "Citra", "Dewi")]
    sukarela = [accounts_of(m)["sukarela"] for m in members]
    deposit(treasurer, sukarela[3], dt.date(2026, 1, 5), 500_000)  # Dewi holds the most
    # The months before this one are closed: what the demo posts must be dated in the open one.
    last_closed = TODAY.replace(day=1) - dt.timedelta(days=1)
    MonthClose.create(month=last_closed.strftime("%Y-%m"), last_day=last_closed, closed_by=treasurer.id)

    demo_approvals.add_approvals(actors["administrator"], treasurer, actors["chair"], TODAY)

    assert {"savings.reverse", "loans.reverse", "loans.writeoff", "sheet.reverse"} <= approvals.required_actions()
    assert "loans.approve" not in approvals.required_actions()
    waiting, approved, rejected = ApprovalRequest.select().order_by(ApprovalRequest.id)
    assert (waiting.status, waiting.requested_by_id, waiting.decided_by_id) == ("pending", treasurer.id, None)
    assert "dua kali" in dict(json.loads(waiting.summary))["Reason"]
    assert (approved.status, approved.decided_by_id) == ("approved", actors["chair"].id)
    assert dict(json.loads(approved.summary))["Member"].startswith("Budi (")
    assert (rejected.status, rejected.decided_by_id) == ("rejected", actors["administrator"].id)
    assert "slip penarikan ditandatangani" in rejected.decision_note
    # Ani: 150.000 twice, the second still waiting to be reversed; Budi: 200.000 booked and
    # reversed; Citra: the 200.000 posted to her instead; Dewi: 500.000 less 100.000 withdrawn.
    assert [balance(a) for a in sukarela] == [300_000, 0, 200_000, 400_000]
    assert {e.on for e in SavingsEntry.select().where(SavingsEntry.on != dt.date(2026, 1, 5))} == {TODAY}


def test_decisions_told_at_login_are_told_once_whatever_their_time(actors, books):
    """Two decisions in the same second, or one made on a PC whose clock is behind, are each
    told once: what was told is kept by request, not by time."""
    treasurer, chair = actors["treasurer"], actors["chair"]
    member = new_member(actors["secretary"], new_group(actors["secretary"]))
    account = accounts_of(member)["sukarela"]
    approvals.set_required_actions(actors["administrator"], {"savings.reverse"})

    def decided(decided_at: dt.datetime) -> int:
        entry_id = deposit(treasurer, account, TODAY, 10_000)
        request = ask(reverse_entry, treasurer, entry_id, "salah ketik")
        approvals.reject(chair, request.id, request.version, "slip ada")
        ApprovalRequest.update(decided_at=decided_at).where(ApprovalRequest.id == request.id).execute()
        return request.id

    second = dt.datetime.now().replace(microsecond=0) - dt.timedelta(hours=1)
    first = decided(second)
    told = approval_queries.decided_since_last_login(treasurer)
    assert [r.id for r in told] == [first]
    approval_queries.mark_decisions_seen(treasurer, told)
    same_second = decided(second)
    clock_behind = decided(second - dt.timedelta(minutes=30))
    told = approval_queries.decided_since_last_login(treasurer)
    assert [r.id for r in told] == [same_second, clock_behind]
    approval_queries.mark_decisions_seen(treasurer, told)
    assert approval_queries.decided_since_last_login(treasurer) == []
    # Only what can still be told is remembered: a decision older than the notice days is let go.
    ApprovalRequest.update(decided_at=second - dt.timedelta(days=30)).where(ApprovalRequest.id == first).execute()
    approval_queries.mark_decisions_seen(treasurer, told)
    kept = json.loads(approval_queries.get_setting(f"approvals.seen.{treasurer.id}"))["told"]
    assert kept == sorted([same_second, clock_behind])


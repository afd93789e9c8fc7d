"""Approvals driven as the office would: a marked action sent from its usual dialog is told as
sent for approval and the dialog closes with nothing done; the chair approves or rejects it on
the approvals page; the asker withdraws; the notice at login; the settings."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLabel, QMessageBox, QPushButton

from db.models import ApprovalRequest, CollectionSheet, LoanShare, SavingsEntry
from desktop import approvals, loans
from desktop.approval_queries import approvals_page_useful, decided_since_last_login, pending_count
from desktop.approvals import ApprovalRequested
from desktop.collection import LineForm, post_sheet, reverse_sheet
from desktop.loan_queries import loan_detail
from desktop.savings import deposit, reverse_entry
from tests.desktop.loan_helpers import (
    disbursed_loan,
    funded_pool,
    group_with_members,
    product_id,
    shares_of,
)
from tests.desktop.test_savings import accounts_of, balance
from tests.ui.conftest import when_modal
from tests.ui.test_collection_ui import meeting_page
from ui import approvals_page, paper_dialogs
from ui.approval_settings import ApprovalSettingsBox
from ui.approvals_page import (
    ApprovalsPage,
    ApproveDialog,
    RejectRequestDialog,
)
from ui.bus import bus
from ui.collection_page import ReverseSheetDialog
from ui.loan_dialogs import (
    DecisionDialog,
    GroupRepaymentReversalDialog,
    ReversePaymentDialog,
    WriteOffDialog,
)
from ui.login_notices import LoginNotices, TodayDialog
from ui.savings_dialogs import ReverseDialog

TODAY = dt.date.today()
PAID = dt.date(2025, 2, 10)  # Ani's first installment: 110.000 = 100.000 principal + 10.000 jasa


@pytest.fixture
def printed(monkeypatch):
    """The PDFs the pages make, instead of showing them."""
    made = []
    monkeypatch.setattr(paper_dialogs, "show_pdf", lambda parent, path, title: made.append(path))
    return made


@pytest.fixture
def office(actors):
    """KUBE Melati: Ani borrows 1.000.000 (disbursed 10/01/2025) and paid one installment;
    Budi has 300.000 in sukarela, deposited today."""
    group, (ani, budi) = group_with_members(actors, 2)
    pool = funded_pool(actors)
    loan = disbursed_loan(actors, pool, group, [(ani, 1_000_000)])
    share = shares_of(loan)[0]
    payment = loans.repay(actors["treasurer"], share, PAID, 110_000)
    entry = deposit(actors["treasurer"], accounts_of(budi)["sukarela"], TODAY, 300_000)
    return SimpleNamespace(group=group, ani=ani, budi=budi, pool=pool, loan=loan, share=share,
                           payment=payment, entry=entry, account=accounts_of(budi)["sukarela"])


def mark(actors, *keys: str) -> None:
    approvals.set_required_actions(actors["administrator"], set(keys))


def send(qtbot, kind: type, fill, start) -> dict:
    """Open a dialog with *start*, fill it in and press its button; record the box that says
    it was sent for approval and whether the dialog closed."""
    seen: dict = {}

    def told(box: QMessageBox) -> None:
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        box.accept()

    def go(dialog: QDialog) -> None:
        fill(dialog)
        when_modal(told, QMessageBox)
        dialog.accept()
        seen["open"], seen["result"] = dialog.isVisible(), dialog.result()

    when_modal(go, kind)
    start()
    return seen


def loans_tab(window, loan: int):
    window.show_page("loans")
    page = window.pages["loans"]
    page.tabs.setCurrentWidget(page.loans)
    page.loans.select_loan(loan)
    return page.loans


def click(qtbot, tab, name: str) -> None:
    qtbot.mouseClick(tab.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def pending() -> list[ApprovalRequest]:
    return list(ApprovalRequest.select().where(ApprovalRequest.status == "pending"))


def assert_sent(seen: dict, action: str) -> ApprovalRequest:
    [request] = pending()
    assert seen["title"] == "Sent for approval"
    assert f"request {request.id}: {action}" in seen["text"]
    assert (seen["open"], seen["result"]) == (False, QDialog.DialogCode.Rejected)
    return request


# --- sending from the usual dialogs -------------------------------------------------------

def test_a_marked_savings_reversal_is_sent_and_nothing_is_printed(qtbot, actors, open_window, office, printed):
    mark(actors, "savings.reverse")
    window = open_window(actors["treasurer"])
    window.show_page("savings")
    page = window.pages["savings"]
    page.open_member(office.budi)
    tab = page.member_tab
    tab.accounts.selectRow(2)
    tab.passbook.selectRow(0)

    def fill(dialog: ReverseDialog) -> None:
        dialog.reason.setText("tercatat pada anggota lain")
        dialog.print_slip.setChecked(True)

    seen = send(qtbot, ReverseDialog, fill, tab.reverse)
    request = assert_sent(seen, "Reversing a savings entry")
    assert request.requested_by_id == actors["treasurer"].id
    assert balance(office.account) == 300_000 and printed == []
    assert [line.kind for line in tab.passbook_model.rows] == ["deposit"]


def test_a_marked_payment_reversal_is_sent_and_nothing_is_printed(qtbot, actors, open_window, office, printed):
    mark(actors, "loans.reverse")
    tab = loans_tab(open_window(actors["treasurer"]), office.loan)
    tab.share_tabs.setCurrentIndex(1)
    tab.payments.selectRow(0)

    def fill(dialog: ReversePaymentDialog) -> None:
        dialog.reason.setText("dicatat pada anggota lain")
        dialog.print_slip.setChecked(True)

    seen = send(qtbot, ReversePaymentDialog, fill, lambda: click(qtbot, tab, "loan_reverse"))
    assert_sent(seen, "Reversing a loan payment")
    assert LoanShare.get_by_id(office.share).paid_principal == 100_000 and printed == []
    assert [p.kind for p in tab.payments_model.rows] == ["repayment"]


def test_a_marked_reversal_of_a_repayment_to_the_group_is_sent(qtbot, actors, open_window, office):
    treasurer = actors["treasurer"]
    loans.cover_by_group(treasurer, office.share, dt.date(2025, 3, 10), 110_000)
    loans.repay_group(treasurer, office.ani, office.group, dt.date(2025, 3, 20), 60_000)
    mark(actors, "loans.reverse_group_repayment")
    tab = loans_tab(open_window(treasurer), office.loan)
    seen = send(qtbot, GroupRepaymentReversalDialog, lambda d: d.reason.setText("uang belum diterima"),
                lambda: click(qtbot, tab, "loan_reverse_group"))
    assert_sent(seen, "Reversing a repayment to the group")
    assert loans.group_debt(office.ani, office.group) == 50_000


def test_a_marked_write_off_is_sent_by_the_chair(qtbot, actors, open_window, office):
    mark(actors, "loans.writeoff")
    tab = loans_tab(open_window(actors["chair"]), office.loan)
    seen = send(qtbot, WriteOffDialog, lambda d: d.reason.setText("usaha bangkrut"),
                lambda: click(qtbot, tab, "loan_write_off"))
    assert_sent(seen, "Writing off a loan")
    assert LoanShare.get_by_id(office.share).status == "active"
    assert tab.shares_model.rows[0].status == "active"


def test_a_write_off_takes_the_principal_the_dialog_showed(qtbot, actors, open_window, office):
    mark(actors, "loans.writeoff")
    tab = loans_tab(open_window(actors["chair"]), office.loan)
    seen = send(qtbot, WriteOffDialog, lambda d: d.reason.setText("usaha bangkrut"),
                lambda: click(qtbot, tab, "loan_write_off"))
    request = assert_sent(seen, "Writing off a loan")
    # 1.000.000 lent, the 100.000 principal of the first installment repaid: 900.000 shown.
    assert approvals.arguments(request)["amount"] == 900_000

    # Unmarked, with the payment reversed while the dialog is open: 1.000.000 is out, not
    # the 900.000 shown, and nothing is written off.
    mark(actors)
    told: dict = {}

    def record(box: QMessageBox) -> None:
        told["text"] = box.text()
        box.accept()

    def fill(dialog: WriteOffDialog) -> None:
        told["what"] = dialog.findChild(QLabel, "writeoff_what").text()
        loans.reverse_payment(actors["treasurer"], office.payment, "salah anggota", TODAY)
        dialog.reason.setText("usaha bangkrut")
        when_modal(record, QMessageBox)
        dialog.accept()
        told["open"] = dialog.isVisible()
        dialog.reject()

    when_modal(fill, WriteOffDialog)
    click(qtbot, tab, "loan_write_off")
    assert "Rp900.000" in told["what"] and told["open"]
    assert "changed since it was asked: Rp1.000.000 of principal is out now, not Rp900.000" in told["text"]
    assert LoanShare.get_by_id(office.share).status == "active"


def test_a_marked_loan_approval_is_sent_by_the_chair(qtbot, actors, open_window, office):
    group, [sari] = group_with_members(actors, 1, "KSM Mekar Jaya")
    form = loans.LoanApplication(product_id(), group, [(sari, 500_000)], 10, "modal warung", TODAY)
    loan = loans.apply_for_loan(actors["secretary"], form)
    mark(actors, "loans.approve")
    tab = loans_tab(open_window(actors["chair"]), loan)
    seen = send(qtbot, DecisionDialog, lambda d: d.reason.setText("layak"),
                lambda: click(qtbot, tab, "loan_approve"))
    assert_sent(seen, "Approving a loan")
    assert loan_detail(loan).status == "applied" and "Awaiting approval" in tab.info.text()


def test_a_marked_sheet_reversal_is_sent_and_the_sheet_stays_posted(qtbot, actors, open_window, office):
    lines = [LineForm(office.ani, "present", 20_000, 0, 0, 0), LineForm(office.budi, "present")]
    post_sheet(actors["treasurer"], office.group, dt.date(2025, 3, 3), lines, 20_000)
    mark(actors, "sheet.reverse")
    page = meeting_page(qtbot, open_window(actors["treasurer"]), office.group, dt.date(2025, 3, 3))
    seen = send(qtbot, ReverseSheetDialog, lambda d: d.reason.setText("tanggal rapat salah"),
                lambda: qtbot.mouseClick(page.reverse_button, Qt.MouseButton.LeftButton))
    assert_sent(seen, "Reversing a posted collection sheet")
    assert page.sheet.status == "posted" and page.reverse_button.isEnabled()
    assert CollectionSheet.get().status == "posted"


# --- deciding on the approvals page ---------------------------------------------------------

def ask_reversal(actors, office, role: str = "treasurer", reason: str = "salah anggota") -> int:
    with pytest.raises(ApprovalRequested) as asked:
        reverse_entry(actors[role], office.entry, reason, TODAY)
    return asked.value.request_id


def approvals_of(window):
    window.show_page("approvals")
    return window.pages["approvals"]


def facts(page) -> dict[str, str]:
    form = page.detail.facts
    return {form.itemAt(i, form.ItemRole.LabelRole).widget().text():
            form.itemAt(i, form.ItemRole.FieldRole).widget().text() for i in range(form.rowCount())}


def test_the_chair_approves_with_a_note_and_the_savings_page_shows_the_reversal(qtbot, actors, open_window, office):
    mark(actors, "savings.reverse")
    request = ask_reversal(actors, office)
    window = open_window(actors["chair"])
    window.show_page("savings")
    window.pages["savings"].open_member(office.budi)
    window.pages["savings"].member_tab.accounts.selectRow(2)  # sukarela
    passbook = window.pages["savings"].member_tab.passbook_model
    assert [line.kind for line in passbook.rows] == ["deposit"]
    page = approvals_of(window)
    assert page.heading.text() == "1 request(s) wait for your decision."
    assert [r.id for r in page.pending_model.rows] == [request]
    receipt = SavingsEntry.get_by_id(office.entry).receipt_number
    assert facts(page)["Receipt:"] == receipt and facts(page)["Deposit:"] == "Rp300.000"
    assert facts(page)["Reason:"] == "salah anggota"
    assert page.detail.approve_button.isVisible() and not page.detail.withdraw_button.isVisible()

    def approve(dialog: ApproveDialog) -> None:
        dialog.note.setText("sudah dicek dengan slip")
        dialog.accept()

    when_modal(approve, ApproveDialog)
    qtbot.mouseClick(page.detail.approve_button, Qt.MouseButton.LeftButton)
    assert balance(office.account) == 0
    assert page.pending_model.rows == [] and page.tabs.tabText(0) == "Waiting (0)"
    [done] = page.decided_model.rows
    assert (done.id, done.status, done.decided_by, done.note) == (request, "approved", "Haryanto", "sudah dicek dengan slip")
    # The savings page read the books again: the reversal is in the passbook.
    assert [(line.kind, line.amount) for line in passbook.rows] == [("deposit", 300_000), ("reversal", -300_000)]
    page.tabs.setCurrentIndex(1)
    assert "Approved by Haryanto" in page.detail.standing.text()


def test_a_rejection_needs_its_reason(qtbot, actors, open_window, office):
    mark(actors, "savings.reverse")
    request = ask_reversal(actors, office)
    page = approvals_of(open_window(actors["administrator"]))
    seen = {}

    def reject(dialog: RejectRequestDialog) -> None:
        seen["header"] = dialog.findChild(QLabel, "reject_header").text()
        dialog.accept()
        seen["note"] = dialog.form.note("reason").text()
        dialog.reason.setText("slip setoran ditandatangani anggota")
        dialog.accept()

    when_modal(reject, RejectRequestDialog)
    qtbot.mouseClick(page.detail.reject_button, Qt.MouseButton.LeftButton)
    assert f"Request {request}: Reversing a savings entry" in seen["header"]
    assert "KUBE Melati Anggota 2 (" in seen["header"] and "reason" in seen["note"]
    assert ApprovalRequest.get_by_id(request).status == "rejected"
    assert balance(office.account) == 300_000
    [done] = page.decided_model.rows
    assert (done.status, done.decided_by, done.note) == ("rejected", "Admin Kantor", "slip setoran ditandatangani anggota")


def test_an_approval_that_can_no_longer_be_done_is_refused_and_stays_waiting(qtbot, actors, open_window, office):
    mark(actors, "savings.reverse")
    first = ask_reversal(actors, office)
    second = ask_reversal(actors, office, "administrator", "setoran ganda")
    page = approvals_of(open_window(actors["chair"]))
    approvals.approve(actors["chair"], first, 1)  # meanwhile, on another PC
    page.tabs.setCurrentIndex(0)
    page.pending_table.selectRow([r.id for r in page.pending_model.rows].index(second))
    seen = {}

    def refused(box: QMessageBox) -> None:
        seen["refusal"] = (box.windowTitle(), box.text())
        box.accept()

    def approve(dialog: ApproveDialog) -> None:
        when_modal(refused, QMessageBox)
        dialog.accept()
        seen["open"] = dialog.isVisible()
        dialog.reject()

    when_modal(approve, ApproveDialog)
    qtbot.mouseClick(page.detail.approve_button, Qt.MouseButton.LeftButton)
    receipt = SavingsEntry.get_by_id(office.entry).receipt_number
    assert seen["refusal"] == ("Not saved", f"Receipt {receipt} has already been reversed.") and seen["open"]
    assert ApprovalRequest.get_by_id(second).status == "pending"
    assert balance(office.account) == 0  # reversed once
    page.refresh()
    assert [r.id for r in page.pending_model.rows] == [second]


def test_the_asker_sees_only_their_own_and_withdraws(qtbot, actors, open_window, office):
    mark(actors, "savings.reverse")
    request = ask_reversal(actors, office)
    assert "approvals" not in open_window(actors["mentor"]).pages  # nothing a mentor asks or decides
    page = approvals_of(open_window(actors["treasurer"]))
    assert page.heading.text() == "1 of your requests wait for approval."
    assert not page.detail.approve_button.isVisible() and not page.detail.reject_button.isVisible()
    assert "You may withdraw it" in page.detail.standing.text()
    asked = []

    def agree(box: QMessageBox) -> None:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Withdraw").click()

    when_modal(agree, QMessageBox)
    qtbot.mouseClick(page.detail.withdraw_button, Qt.MouseButton.LeftButton)
    assert "Nothing of it will be done" in asked[0]
    assert ApprovalRequest.get_by_id(request).status == "withdrawn"
    assert page.pending_model.rows == [] and [r.status for r in page.decided_model.rows] == ["withdrawn"]
    assert balance(office.account) == 300_000


def test_a_supervisor_who_asked_does_not_decide_their_own_request(qtbot, actors, open_window, office):
    mark(actors, "savings.reverse")
    ask_reversal(actors, office, "administrator")
    page = approvals_of(open_window(actors["administrator"]))
    assert page.heading.text() == "0 request(s) wait for your decision. 1 of your own wait for another user."
    assert not page.detail.approve_button.isVisible() and page.detail.withdraw_button.isVisible()
    chair = approvals_of(open_window(actors["chair"]))
    assert chair.detail.approve_button.isVisible() and not chair.detail.withdraw_button.isVisible()


def today(window, actor) -> TodayDialog | None:
    """The Today dialog this login would show (without the check and backup lines), if any."""
    for earlier in window.findChildren(TodayDialog):  # the last login's, read
        earlier.close()
    assert QApplication.activeModalWidget() is None
    notices = LoginNotices(window, actor, window.settings, window.books.path, lambda _made: None,
                           lambda _detail: None, steps=(), wait_ms=60_000)
    notices.show()
    return notices.dialog


def test_a_supervisor_is_told_at_login_and_opens_the_page(qtbot, actors, open_window, office):
    mark(actors, "savings.reverse")
    ask_reversal(actors, office)
    told = today(open_window(actors["treasurer"]), actors["treasurer"])
    assert told is None or "approvals" not in told.keys()
    window = open_window(actors["chair"])
    told = today(window, actors["chair"])
    assert told.text_of("approvals") == "1 request(s) wait for your approval."
    click(qtbot, told, "today_approvals_button")
    assert window.stack.currentWidget() is window.pages["approvals"]


def test_the_models_pass_the_model_tester(qtmodeltester, actors, open_window, office):
    mark(actors, "savings.reverse")
    request = ask_reversal(actors, office)
    approvals.reject(actors["chair"], request, 1, "tidak perlu")
    ask_reversal(actors, office)
    page = approvals_of(open_window(actors["chair"]))
    qtmodeltester.check(page.pending_model)
    qtmodeltester.check(page.decided_model)


def test_a_period_that_cannot_be_read_is_said_beside_it_and_never_in_a_box(qtbot, actors, open_window, office,
                                                                           monkeypatch):
    refusals = []
    monkeypatch.setattr(approvals_page, "show_refusal", lambda parent, exc: refusals.append(str(exc)))
    mark(actors, "savings.reverse")
    request = ask_reversal(actors, office)
    approvals.reject(actors["chair"], request, 1, "tidak perlu")
    page = approvals_of(open_window(actors["chair"]))
    page.tabs.setCurrentIndex(1)
    assert [r.id for r in page.decided_model.rows] == [request]
    page.first.edit.setText("31/02/2026")
    qtbot.keyClick(page.first.edit, Qt.Key.Key_Return)
    assert "31/02/2026 does not exist" in page.period_note.text()
    assert "#b00020" in page.period_note.styleSheet()
    # Every later reading (another request, a refresh) leaves the list and the note as they are,
    # with no box popping up.
    ask_reversal(actors, office, reason="setoran ganda")
    bus.changed.emit("approvals")
    qtbot.mouseClick(page.findChild(QPushButton, "approvals_refresh"), Qt.MouseButton.LeftButton)
    assert refusals == [] and "does not exist" in page.period_note.text()
    assert [r.id for r in page.decided_model.rows] == [request] and page.tabs.tabText(0) == "Waiting (1)"
    page.first.edit.clear()
    qtbot.mouseClick(page.findChild(QPushButton, "approvals_show_decided"), Qt.MouseButton.LeftButton)
    assert page.period_note.text() == "Empty: the last 90 days." and refusals == []


def gone_text(status: str, request: int, user: str) -> str:
    decided = ApprovalRequest.get_by_id(request).decided_at
    return (f"Request {request} was {status} by {user} on {decided:%d/%m/%Y %H:%M}; "
            "it is listed under Decided.")


def test_a_request_decided_elsewhere_is_not_replaced_by_another(qtbot, actors, open_window, office):
    mark(actors, "savings.reverse")
    first = ask_reversal(actors, office)
    second = ask_reversal(actors, office, "treasurer", "setoran ganda")
    page = approvals_of(open_window(actors["chair"]))
    assert page.current().id == first  # nothing was chosen yet: the first of the list
    page.pending_table.selectRow(1)
    assert page.current().id == second and page.detail.approve_button.isVisible()
    # On another PC the treasurer withdraws the one the chair is reading.
    approvals.withdraw(actors["treasurer"], second, 1)
    qtbot.mouseClick(page.findChild(QPushButton, "approvals_refresh"), Qt.MouseButton.LeftButton)
    assert [r.id for r in page.pending_model.rows] == [first]
    assert page.current() is None and not page.detail.approve_button.isVisible()
    assert page.detail.title.text() == gone_text("withdrawn", second, "Bambang Hartono")
    # Read again, the list still chooses nothing rather than the request left in it.
    page.refresh()
    assert page.current() is None and page.detail.title.text().startswith(f"Request {second} was withdrawn")
    # The chair chooses the other one; meanwhile the administrator approves it.
    page.pending_table.selectRow(0)
    assert page.detail.title.text() == f"Request {first}: Reversing a savings entry"
    approvals.approve(actors["administrator"], first, 1)
    bus.changed.emit("approvals")
    assert page.pending_model.rows == [] and page.current() is None
    assert page.detail.title.text() == gone_text("approved", first, "Admin Kantor")
    # The Decided tab lists both.
    page.tabs.setCurrentIndex(1)
    assert {r.id for r in page.decided_model.rows} == {first, second}


def test_the_lists_are_marked_in_the_order_they_stand(qtbot, actors, open_window, office):
    mark(actors, "savings.reverse")
    older, newer = ask_reversal(actors, office), ask_reversal(actors, office, "treasurer", "setoran ganda")
    waiting = ask_reversal(actors, office, "treasurer", "salah tanggal")
    approvals.reject(actors["chair"], older, 1, "tidak perlu")
    approvals.reject(actors["chair"], newer, 1, "sudah benar")
    ApprovalRequest.update(decided_at=dt.datetime(2025, 3, 1, 9, 0)).where(ApprovalRequest.id == older).execute()
    ApprovalRequest.update(decided_at=dt.datetime(2025, 3, 2, 9, 0)).where(ApprovalRequest.id == newer).execute()
    page = approvals_of(open_window(actors["administrator"]))
    page.first.set_value(dt.date(2025, 3, 1))
    page.show_decided()
    header = page.decided_table.horizontalHeader()
    # Newest first, and the mark says so: descending on "Decided on".
    assert [r.id for r in page.decided_model.rows] == [newer, older]
    assert page.decided_model.headerData(header.sortIndicatorSection(), Qt.Orientation.Horizontal) == "Decided on"
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    waiting_header = page.pending_table.horizontalHeader()
    assert [r.id for r in page.pending_model.rows] == [waiting]
    assert page.pending_model.headerData(waiting_header.sortIndicatorSection(), Qt.Orientation.Horizontal) == "Asked on"
    assert waiting_header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    # Sorted by the user oldest first, the list stays so when it is read again.
    page.decided_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [r.id for r in page.decided_model.rows] == [older, newer]
    page.refresh()
    assert [r.id for r in page.decided_model.rows] == [older, newer]
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.AscendingOrder)


# --- what the main window and the login are given ---------------------------------------------

def test_the_page_is_offered_only_to_roles_it_can_hold_anything_for(actors):
    useful = {role: approvals_page_useful(actor) for role, actor in actors.items()}
    # Secretaries and mentors may do none of the actions that can wait for approval.
    assert useful == {"administrator": True, "secretary": False, "treasurer": True, "mentor": False, "chair": True}


def test_the_count_beside_the_page_follows_the_requests(qtbot, actors, open_window, office):
    mark(actors, "savings.reverse", "loans.reverse")
    ask_reversal(actors, office)
    with pytest.raises(ApprovalRequested):
        loans.reverse_payment(actors["treasurer"], office.payment, "salah anggota", TODAY)
    # The chair has two to decide; the treasurer two of their own waiting; the administrator,
    # who asked nothing, two to decide.
    assert [pending_count(actors[role]) for role in ("chair", "treasurer", "administrator")] == [2, 2, 2]
    page = ApprovalsPage(actors["chair"])
    qtbot.addWidget(page)
    counts = []
    page.count_changed.connect(counts.append)
    page.refresh()
    [first, _second] = [r.id for r in page.pending_model.rows]
    approvals.reject(actors["administrator"], first, 1, "tidak perlu")
    bus.changed.emit("approvals")  # told also while the page is not shown
    assert counts == [2, 1] and pending_count(actors["chair"]) == 1


def told_decisions(window, actor) -> str | None:
    """What the Today dialog at this login says of the user's decided requests, if anything."""
    dialog = today(window, actor)
    if dialog is None or "decided" not in dialog.keys():
        return None
    return dialog.text_of("decided")


def test_the_asker_is_told_once_of_decisions_at_login(qtbot, actors, open_window, office):
    mark(actors, "savings.reverse", "loans.reverse")
    approved = ask_reversal(actors, office)
    withdrawn = ask_reversal(actors, office, "treasurer", "salah ketik")
    with pytest.raises(ApprovalRequested) as asked:
        loans.reverse_payment(actors["treasurer"], office.payment, "salah anggota", TODAY)
    rejected = asked.value.request_id
    approvals.withdraw(actors["treasurer"], withdrawn, 1)  # their own doing: not news to them
    approvals.approve(actors["chair"], approved, 1, "sudah dicek dengan slip")
    approvals.reject(actors["administrator"], rejected, 1, "slip ada")
    ApprovalRequest.update(decided_at=dt.datetime.now().replace(microsecond=0) - dt.timedelta(hours=3)).where(
        ApprovalRequest.id == approved).execute()
    treasurer = actors["treasurer"]
    assert [r.id for r in decided_since_last_login(treasurer)] == [rejected, approved]
    # Decisions older than a week are not told: a week less an hour on, only the newer one.
    week_on = dt.datetime.now() + dt.timedelta(days=7, hours=-1)
    assert [r.id for r in decided_since_last_login(treasurer, week_on)] == [rejected]

    window = open_window(treasurer)
    seen = told_decisions(window, treasurer)
    when = {r: ApprovalRequest.get_by_id(r).decided_at.strftime("%d/%m/%Y %H:%M") for r in (approved, rejected)}
    assert seen == (
        "2 of your requests were decided."
        f"\nRequest {rejected}: Reversing a loan payment — rejected by Admin Kantor on {when[rejected]}: “slip ada”"
        f"\nRequest {approved}: Reversing a savings entry — approved by Haryanto on {when[approved]}: "
        "“sudah dicek dengan slip”")
    # Told once: the next login says nothing, until a new decision.
    assert told_decisions(window, treasurer) is None
    second_deposit = deposit(treasurer, office.account, TODAY, 50_000)
    with pytest.raises(ApprovalRequested) as asked:
        reverse_entry(treasurer, second_deposit, "setoran ganda", TODAY)
    again = asked.value.request_id
    approvals.reject(actors["chair"], again, 1, "sudah dibalik")
    dialog = today(window, treasurer)
    first, line = dialog.text_of("decided").split("\n")
    assert first == "1 of your requests were decided."
    assert line.startswith(f"Request {again}: Reversing a savings entry — rejected by Haryanto")
    click(qtbot, dialog, "today_decided_button")
    # Opened, the page shows that decision.
    page = window.pages["approvals"]
    assert window.stack.currentWidget() is page and page.tabs.currentIndex() == 1
    assert page.current().id == again and "Rejected by Haryanto" in page.detail.standing.text()
    assert decided_since_last_login(treasurer) == []
    # Nothing to tell a user whose requests nobody decided.
    assert told_decisions(open_window(actors["mentor"]), actors["mentor"]) is None


# --- settings -------------------------------------------------------------------------------

def test_the_administrator_marks_the_actions_and_others_only_read_them(qtbot, actors, open_window, office):
    window = open_window(actors["administrator"])
    window.show_page("settings")
    box = window.pages["settings"].findChild(ApprovalSettingsBox)
    assert box.boxes["savings.reverse"].text() == "Reversing a savings entry"
    for key in ("savings.reverse", "loans.writeoff"):
        box.findChild(QCheckBox, f"approval_{key}").setChecked(True)
    qtbot.mouseClick(box.findChild(QPushButton, "save_approvals"), Qt.MouseButton.LeftButton)
    assert approvals.required_actions() == {"savings.reverse", "loans.writeoff"}
    assert "Saved" in box.saved.text()
    with pytest.raises(ApprovalRequested):
        reverse_entry(actors["treasurer"], office.entry, "salah", TODAY)

    chair = open_window(actors["chair"]).pages["settings"].findChild(ApprovalSettingsBox)
    assert chair.boxes["loans.writeoff"].isChecked() and not chair.boxes["loans.writeoff"].isEnabled()
    assert not chair.findChild(QPushButton, "save_approvals").isEnabled()


def test_the_sheet_reversal_is_ticked_with_the_reversals_it_includes(qtbot, actors, open_window, office):
    window = open_window(actors["administrator"])
    window.show_page("settings")
    box = window.pages["settings"].findChild(ApprovalSettingsBox)
    sheet, hint = box.boxes["sheet.reverse"], box.findChild(QLabel, "approvals_implied")
    assert not sheet.isChecked() and sheet.isEnabled() and hint.isHidden()
    box.boxes["loans.reverse"].setChecked(True)
    assert sheet.isChecked() and not sheet.isEnabled()
    assert hint.text() == ("“Reversing a posted collection sheet” also waits for approval: it includes what is "
                           "ticked here (Reversing a loan payment).")
    box.boxes["loans.reverse"].setChecked(False)
    assert not sheet.isChecked() and sheet.isEnabled() and hint.isHidden()
    box.boxes["savings.reverse"].setChecked(True)
    qtbot.mouseClick(box.findChild(QPushButton, "save_approvals"), Qt.MouseButton.LeftButton)
    # Only what was ticked is kept; the sheet follows it.
    assert approvals.required_actions() == {"savings.reverse"} and approvals.needs_approval("sheet.reverse")
    again = open_window(actors["chair"]).pages["settings"].findChild(ApprovalSettingsBox)
    assert again.boxes["sheet.reverse"].isChecked() and "Reversing a savings entry" in again.implied.text()

    lines = [LineForm(office.ani, "present", 20_000, 0, 0, 0), LineForm(office.budi, "present")]
    sheet_id = post_sheet(actors["treasurer"], office.group, dt.date(2025, 3, 3), lines, 20_000)
    with pytest.raises(ApprovalRequested):
        reverse_sheet(actors["treasurer"], sheet_id, "tanggal salah", CollectionSheet.get_by_id(sheet_id).version)
    assert CollectionSheet.get_by_id(sheet_id).status == "posted"


def test_the_navigation_counts_the_requests_and_the_asker_is_told_the_decision_once(qtbot, actors, open_window,
                                                                                     office):
    mark(actors, "savings.reverse")
    request = ask_reversal(actors, office)
    chair = open_window(actors["chair"])
    item = chair.nav.item(list(chair.pages).index("approvals"))
    assert item.text() == "Approvals (1)"  # one waits for the chair's decision
    row = approvals_of(chair).pending_model.rows[0]
    approvals.approve(actors["chair"], row.id, row.version, "cocok dengan slip")
    bus.changed.emit("approvals")
    assert item.text() == "Approvals"
    # At the treasurer's next login the Today dialog tells the decision, once.
    treasurer = open_window(actors["treasurer"])
    notices = LoginNotices(treasurer, actors["treasurer"], treasurer.settings, treasurer.books.path, lambda *a: None,
                           lambda *a: None, steps=())
    told = notices._decided()
    assert told is not None and f"Request {request}" in told.text and "cocok dengan slip" in told.text
    assert decided_since_last_login(actors["treasurer"]) == []
    assert notices._decided() is None

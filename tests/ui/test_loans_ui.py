"""The loans tab driven as the office's users would: the secretary applies, the chair approves,
the treasurer disburses, takes repayments and payoffs, books what the group covers and what the
member pays the group back, reverses payments; the figures on screen are the books' figures."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton

from desktop.capital import create_pool, create_source, pool_figures, receive_capital
from desktop.loan_products import list_loan_products
from desktop.loan_queries import loan_detail, share_card
from desktop.loans import (
    LoanApplication,
    apply_for_loan,
    approve_loan,
    disburse_loan,
    group_debt,
    payoff_amount,
    repay,
)
from desktop.money import format_amount
from tests.desktop.helpers import new_group, new_member, pdf_pages
from tests.ui.conftest import when_modal
from ui import paper_dialogs
from ui.loan_dialogs import (
    PRINT_RECEIPT,
    ApplicationDialog,
    CancelDialog,
    DecisionDialog,
    DisburseDialog,
    GroupRepayDialog,
    GroupRepaymentReversalDialog,
    PaymentDialog,
    ReversePaymentDialog,
    WriteOffDialog,
)

TODAY = dt.date.today()


@pytest.fixture
def office(actors):
    """A group of three, another group of one, and a pool with capital to lend."""
    secretary, admin = actors["secretary"], actors["administrator"]
    group = new_group(secretary)
    members = {name: new_member(secretary, group, name)
               for name in ("Siti Aminah", "Budi Santoso", "Euis Rohmah")}
    other = new_group(secretary, "KSM Mekar Jaya")
    members["Rina Marlina"] = new_member(secretary, other, "Rina Marlina")
    source = create_source(admin, "Dana Kelurahan Kalibaru", "village")
    pool = create_pool(admin, source, "Dana Bergulir 2024", dt.date(2024, 1, 2))
    receive_capital(admin, pool, dt.date(2024, 1, 3), 10_000_000)
    product = next(p for p in list_loan_products(True) if p.code == "PB")  # flat 1 %, monthly, 10
    return SimpleNamespace(group=group, other=other, members=members, pool=pool, product=product)


def applied(actors, office, shares=None, group=True, by="secretary", days_ago=0) -> int:
    shares = shares or {"Budi Santoso": 1_000_000, "Euis Rohmah": 500_000}
    form = LoanApplication(office.product.id, office.group if group else None,
                           [(office.members[n], a) for n, a in shares.items()], 10, "modal warung",
                           TODAY - dt.timedelta(days=days_ago))
    return apply_for_loan(actors[by], form)


def approved(actors, office, **kwargs) -> int:
    loan = applied(actors, office, **kwargs)
    approve_loan(actors["chair"], loan, 1, TODAY - dt.timedelta(days=kwargs.get("days_ago", 0)))
    return loan


def running(actors, office, days_ago=70, **kwargs) -> int:
    """A loan disbursed *days_ago*: 70 days leaves two monthly installments overdue."""
    loan = approved(actors, office, days_ago=days_ago, **kwargs)
    disburse_loan(actors["treasurer"], loan, 2, office.pool, TODAY - dt.timedelta(days=days_ago))
    return loan


def share_of(loan: int, name: str) -> int:
    return next(s.share_id for s in loan_detail(loan).shares if s.member_name == name)


@pytest.fixture
def printed(monkeypatch):
    """The PDFs the tab makes, instead of showing them."""
    made = []
    monkeypatch.setattr(paper_dialogs, "show_pdf", lambda parent, path, title: made.append(path))
    return made


def loans_tab(window, qtbot=None):
    if qtbot is not None:  # the keyboard shortcuts work in the active window only
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    window.show_page("loans")
    page = window.pages["loans"]
    page.tabs.setCurrentWidget(page.loans)
    return page.loans


def click(qtbot, tab, name):
    qtbot.mouseClick(tab.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def shown(model, row, column):
    return model.data(model.index(row, column))


# --- applying ------------------------------------------------------------------------------

def test_the_secretary_applies_for_a_group_loan_typing_each_members_amount(qtbot, actors, open_window, office):
    tab = loans_tab(open_window(actors["secretary"]), qtbot)
    seen = {}

    def fill(dialog: ApplicationDialog) -> None:
        dialog.group.setCurrentIndex(dialog.group.findData(office.group))
        seen["members"] = [dialog.grid.item(r, 1).text() for r in range(dialog.grid.rowCount())]
        seen["term"] = dialog.term.value()
        budi, euis, siti = (cell for _member, cell in dialog.cells)
        budi.setFocus()
        qtbot.keyClicks(budi, "1000000")
        qtbot.keyClick(budi, Qt.Key.Key_Return)
        seen["moved"] = dialog.focusWidget() is euis
        qtbot.keyClicks(euis, "500000")
        seen["typed"] = (budi.text(), euis.text())
        seen["installments"] = [dialog.grid.item(r, 3).text() for r in range(3)]
        seen["total"] = dialog.total.text()
        dialog.purpose.setText("modal warung")
        qtbot.keyClick(euis, Qt.Key.Key_Return)
        qtbot.keyClick(siti, Qt.Key.Key_Return)  # the last member: Enter applies

    when_modal(fill, ApplicationDialog)
    qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen["members"] == ["Budi Santoso", "Euis Rohmah", "Siti Aminah"]
    assert seen["term"] == office.product.term == 10
    assert seen["moved"]
    assert seen["typed"] == ("1.000.000", "500.000")
    assert seen["installments"] == ["110.000", "55.000", ""]  # 1 % flat a month over 10 months
    assert "Rp1.500.000" in seen["total"] and "Rp165.000" in seen["total"]
    detail = loan_detail(tab.detail.id)
    assert (detail.status, detail.borrower, detail.principal, detail.purpose) == ("applied", "KUBE Melati", 1_500_000, "modal warung")
    assert tab.shares_model.rows == detail.shares
    assert [(shown(tab.shares_model, r, 0), shown(tab.shares_model, r, 1)) for r in range(2)] == [
        (f"Budi Santoso ({detail.shares[0].member_number})", "1.000.000"),
        (f"Euis Rohmah ({detail.shares[1].member_number})", "500.000")]
    assert shown(tab.loans_model, 0, 2) == "Awaiting approval"
    assert "Sri Wahyuni" in tab.info.text() and "waiting for approval" in tab.info.text()
    assert not tab.buttons["loan_approve"].isEnabled()  # the secretary may not approve
    assert tab.buttons["loan_cancel"].isEnabled()


def test_an_application_is_refused_beside_the_members_and_the_group(qtbot, actors, open_window, office):
    tab = loans_tab(open_window(actors["secretary"]))
    dialog = ApplicationDialog(actors["secretary"], None, tab)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.form.note("group").text() == "Choose the group."
    dialog.group.setCurrentIndex(dialog.group.findData(office.group))
    dialog.cells[0][1].setText("2.000.000")  # Budi, whose first loan may be at most 1.000.000
    dialog.cells[1][1].setText("12,5")
    dialog.accept()
    note = dialog.form.note("shares").text()
    assert "whole rupiah" in note
    dialog.cells[1][1].setText("300.000")
    dialog.accept()
    note = dialog.form.note("shares").text()
    assert "first loan" in note and "Budi Santoso" in note
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.cells[0][1].setText("1.000.000")
    dialog.term.setValue(12)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert loan_detail(dialog.loan_id).term == 12


def test_a_loan_to_one_member_is_applied_for_by_picking_the_member(qtbot, actors, open_window, office):
    tab = loans_tab(open_window(actors["mentor"]))
    seen = {}

    def fill(dialog: ApplicationDialog) -> None:
        dialog.picker.setFocus()
        qtbot.keyClicks(dialog.picker, "Rina")
        qtbot.keyClick(dialog.picker, Qt.Key.Key_Return)  # picks the member, does not apply
        seen["open"] = dialog.isVisible()
        seen["chosen"] = dialog.chosen.text()
        seen["rows"] = dialog.grid.rowCount()
        amount = dialog.cells[0][1]
        qtbot.keyClicks(amount, "750000")
        seen["installment"] = dialog.grid.item(0, 3).text()
        qtbot.keyClick(amount, Qt.Key.Key_Return)

    when_modal(fill, ApplicationDialog)
    click(qtbot, tab, "loan_new")
    assert seen["open"] and seen["rows"] == 1
    assert "Rina Marlina" in seen["chosen"] and "KSM Mekar Jaya" in seen["chosen"]
    assert seen["installment"] == "82.500"
    detail = loan_detail(tab.detail.id)
    assert (detail.group_id, detail.borrower, detail.principal) == (None, "Rina Marlina", 750_000)


# --- deciding -----------------------------------------------------------------------------

def test_whoever_entered_an_application_cannot_approve_it_and_the_chair_does(qtbot, actors, open_window, office):
    loan = applied(actors, office, by="administrator")  # a role that may both apply and approve
    tab = loans_tab(open_window(actors["administrator"]))
    tab.select_loan(loan)
    assert tab.buttons["loan_approve"].isEnabled()
    assert "someone else must approve" in tab.buttons["loan_approve"].toolTip()
    seen = {}

    def refused(box: QMessageBox) -> None:
        seen["message"] = box.text()
        box.accept()

    def try_to_approve(dialog: DecisionDialog) -> None:
        seen["warning"] = dialog.findChild(QLabel, "decision_warning").text()
        when_modal(refused, QMessageBox)
        dialog.accept()
        seen["still_open"] = dialog.isVisible()
        dialog.reject()

    when_modal(try_to_approve, DecisionDialog)
    click(qtbot, tab, "loan_approve")
    assert "someone else must approve" in seen["warning"]
    assert "someone else must approve" in seen["message"] and seen["still_open"]
    assert loan_detail(loan).status == "applied"

    chair_tab = loans_tab(open_window(actors["chair"]))
    chair_tab.select_loan(loan)
    assert not chair_tab.buttons["loan_approve"].toolTip()
    # Before deciding, the chair sees what each member would pay if the loan went out today.
    assert len(chair_tab.schedule_model.rows) == 10
    assert [shown(chair_tab.schedule_model, 0, c) for c in (4, 6)] == ["110.000", "Planned"]

    def approve(dialog: DecisionDialog) -> None:
        dialog.reason.setText("usaha layak")
        dialog.accept()

    when_modal(approve, DecisionDialog)
    click(qtbot, chair_tab, "loan_approve")
    detail = loan_detail(loan)
    assert (detail.status, detail.decided_by, detail.decision_note) == ("approved", "Haryanto", "usaha layak")
    assert "Approved" in chair_tab.info.text() and "Haryanto" in chair_tab.info.text()
    assert shown(chair_tab.loans_model, 0, 2) == "Approved, not disbursed"
    assert not chair_tab.buttons["loan_approve"].isEnabled()
    assert not chair_tab.buttons["loan_disburse"].isEnabled()  # money moves only by the treasurer


def test_a_rejection_needs_its_reason(qtbot, actors, open_window, office):
    loan = applied(actors, office)
    tab = loans_tab(open_window(actors["chair"]))
    tab.select_loan(loan)
    seen = {}

    def reject(dialog: DecisionDialog) -> None:
        dialog.accept()
        seen["note"] = dialog.form.note("reason").text()
        dialog.reason.setText("kelompok belum siap")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    when_modal(reject, DecisionDialog)
    click(qtbot, tab, "loan_reject")
    assert "reason" in seen["note"]
    assert loan_detail(loan).status == "rejected"
    assert "Rejected" in tab.info.text() and "kelompok belum siap" in tab.info.text()


def test_the_secretary_cancels_an_application_with_a_reason(qtbot, actors, open_window, office):
    loan = applied(actors, office)
    tab = loans_tab(open_window(actors["secretary"]))
    tab.select_loan(loan)

    def cancel(dialog: CancelDialog) -> None:
        qtbot.keyClicks(dialog.reason, "kelompok menunda")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    when_modal(cancel, CancelDialog)
    click(qtbot, tab, "loan_cancel")
    assert loan_detail(loan).status == "cancelled"
    tab.status.setCurrentIndex(tab.status.findData("ended"))
    assert [r.id for r in tab.loans_model.rows] == [loan]


# --- disbursing ------------------------------------------------------------------------------

def test_the_treasurer_disburses_from_a_pool_with_capital(qtbot, actors, open_window, office):
    loan = approved(actors, office)
    tab = loans_tab(open_window(actors["treasurer"]))
    tab.select_loan(loan)
    assert tab.buttons["loan_disburse"].isEnabled()
    seen = {}

    def disburse(dialog: DisburseDialog) -> None:
        seen["pool"] = dialog.pool.currentText()
        seen["after"] = dialog.pool_note.text()
        dialog.print_record.setChecked(False)
        dialog.accept()

    when_modal(disburse, DisburseDialog)
    click(qtbot, tab, "loan_disburse")
    assert seen["pool"] == "Dana Bergulir 2024 — Rp10.000.000 available"
    assert "Rp8.500.000" in seen["after"]
    assert pool_figures(office.pool)[0].available == 8_500_000
    detail = loan_detail(loan)
    assert (detail.status, detail.pool, detail.disbursed_by) == ("active", "Dana Bergulir 2024", "Bambang Hartono")
    assert "Disbursed" in tab.info.text() and "Dana Bergulir 2024" in tab.info.text()
    assert [shown(tab.loans_model, 0, c) for c in (2, 4, 10)] == ["Running", "1.500.000", "Dana Bergulir 2024"]
    card = share_card(share_of(loan, "Budi Santoso"))
    assert tab.schedule_model.rows == list(card.schedule)
    assert len(card.schedule) == 10
    assert [shown(tab.schedule_model, 0, c) for c in (2, 3, 4, 6)] == ["100.000", "10.000", "110.000", "Due next"]
    assert not tab.buttons["loan_disburse"].isEnabled()


def test_a_pool_without_enough_money_is_refused_beside_the_pool(qtbot, actors, open_window, office):
    loan = approved(actors, office)
    admin = actors["administrator"]
    small = create_pool(admin, create_source(admin, "CSR Bank", "csr"), "Dana CSR", dt.date(2024, 1, 2))
    receive_capital(admin, small, dt.date(2024, 1, 3), 1_000_000)
    tab = loans_tab(open_window(actors["treasurer"]))
    tab.select_loan(loan)
    dialog = DisburseDialog(actors["treasurer"], tab.detail, tab)
    qtbot.addWidget(dialog)
    assert dialog.pool.currentData() == office.pool  # the one with enough is offered first
    dialog.pool.setCurrentIndex(dialog.pool.findData(small))
    assert "Not enough" in dialog.pool_note.text()
    dialog.print_record.setChecked(False)
    dialog.accept()
    assert "Dana CSR has Rp1.000.000 available" in dialog.form.note("pool").text()
    assert loan_detail(loan).status == "approved"


# --- repaying ----------------------------------------------------------------------------------

def test_the_treasurer_takes_a_repayment_with_the_keyboard(qtbot, actors, open_window, office):
    loan = running(actors, office)
    tab = loans_tab(open_window(actors["treasurer"]), qtbot)
    tab.select_loan(loan)
    assert tab.current_share().member_name == "Budi Santoso"
    budi = share_of(loan, "Budi Santoso")
    before = share_card(budi).state
    assert (before.overdue, before.due_now) == (220_000, 330_000)  # two installments late
    assert shown(tab.shares_model, 0, 3) == "220.000"
    seen = {}

    def pay(dialog: PaymentDialog) -> None:
        seen["amount"] = dialog.amount.text()
        seen["words"] = dialog.form.note("amount").text()
        seen["standing"] = dialog.standing.text()
        dialog.print_receipt.setChecked(False)
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)

    when_modal(pay, PaymentDialog)
    qtbot.keyClick(tab, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert seen["amount"] == "330.000"
    assert seen["words"] == "tiga ratus tiga puluh ribu rupiah"
    assert "Rp220.000" in seen["standing"] and "Rp330.000" in seen["standing"]
    detail = loan_detail(loan)
    assert tab.shares_model.rows == detail.shares
    budi_line = detail.shares[0]
    assert (budi_line.paid_principal, budi_line.paid_jasa, budi_line.overdue) == (300_000, 30_000, 0)
    assert [shown(tab.shares_model, 0, c) for c in (2, 3)] == ["330.000", ""]
    card = share_card(budi)
    assert tab.schedule_model.rows == list(card.schedule)
    assert [shown(tab.schedule_model, r, 6) for r in range(4)] == ["Paid", "Paid", "Paid", ""]
    assert tab.payments_model.rows == card.payments
    assert [shown(tab.payments_model, 0, c) for c in (3, 4, 5, 6)] == ["330.000", "300.000", "30.000", "700.000"]
    assert shown(tab.loans_model, 0, 5) == "110.000"  # Euis is still behind
    assert format_amount(card.state.due_now) in tab.standing.text()


def test_a_repayment_above_what_is_due_is_refused_beside_the_amount_and_a_payoff_settles(qtbot, actors, open_window, office):
    loan = running(actors, office, shares={"Rina Marlina": 700_000}, group=False)
    tab = loans_tab(open_window(actors["treasurer"]))
    tab.select_loan(loan)
    share = share_of(loan, "Rina Marlina")
    due = share_card(share).state.due_now
    dialog = PaymentDialog(actors["treasurer"], tab.card, False, tab)
    qtbot.addWidget(dialog)
    dialog.print_receipt.setChecked(False)
    dialog.amount.setText(format_amount(due + 50_000))
    dialog.accept()
    assert "is due now" in dialog.form.note("amount").text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.payoff.setChecked(True)
    assert dialog.amount.value() == payoff_amount(share, TODAY) and dialog.amount.isReadOnly()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert share_card(share).status == "paid"
    assert shown(tab.shares_model, 0, 7) == "Paid off"
    assert shown(tab.loans_model, 0, 2) == "Closed"
    assert tab.payments_model.rows[-1].kind == "payoff"
    assert not tab.buttons["loan_repay"].isEnabled() and not tab.buttons["loan_write_off"].isEnabled()


def test_the_group_covers_a_member_who_then_repays_the_group(qtbot, actors, open_window, office):
    loan = running(actors, office)
    euis = office.members["Euis Rohmah"]
    tab = loans_tab(open_window(actors["treasurer"]))
    tab.select_loan(loan)
    tab.shares.selectRow(1)
    assert tab.current_share().member_name == "Euis Rohmah"
    assert not tab.buttons["loan_repay_group"].isEnabled()
    seen = {}

    def cover(dialog: PaymentDialog) -> None:
        seen["amount"] = dialog.amount.value()
        dialog.print_receipt.setChecked(False)
        dialog.accept()

    when_modal(cover, PaymentDialog)
    click(qtbot, tab, "loan_cover")
    assert seen["amount"] == 110_000  # what she missed
    assert group_debt(euis, office.group) == 110_000
    line = tab.shares_model.rows[1]
    assert line == loan_detail(loan).shares[1]
    assert (line.overdue, line.group_debt) == (0, 110_000)
    assert shown(tab.shares_model, 1, 6) == "110.000"
    assert shown(tab.payments_model, 0, 2).startswith("Covered by the group")
    assert tab.buttons["loan_repay_group"].isEnabled()

    def pay_back(dialog: GroupRepayDialog) -> None:
        seen["offered"] = dialog.amount.value()
        dialog.amount.setText("60.000")
        dialog.accept()

    when_modal(pay_back, GroupRepayDialog)
    click(qtbot, tab, "loan_repay_group")
    assert seen["offered"] == 110_000
    assert group_debt(euis, office.group) == 50_000
    assert shown(tab.shares_model, 1, 6) == "50.000"
    assert tab.buttons["loan_reverse_group"].isEnabled()

    def take_back(dialog: GroupRepaymentReversalDialog) -> None:
        seen["what"] = dialog.findChild(QLabel, "reverse_group_what").text()
        dialog.reason.setText("uang belum diterima kelompok")
        dialog.accept()

    when_modal(take_back, GroupRepaymentReversalDialog)
    click(qtbot, tab, "loan_reverse_group")
    assert "Rp60.000" in seen["what"]
    assert group_debt(euis, office.group) == 110_000
    assert shown(tab.shares_model, 1, 6) == "110.000"
    assert not tab.buttons["loan_reverse_group"].isEnabled()


def test_the_group_cannot_cover_more_than_is_due(qtbot, actors, open_window, office):
    loan = running(actors, office)
    tab = loans_tab(open_window(actors["treasurer"]))
    tab.select_loan(loan)
    dialog = PaymentDialog(actors["treasurer"], tab.card, True, tab)
    qtbot.addWidget(dialog)
    dialog.print_receipt.setChecked(False)
    dialog.amount.setText("1.000.000")
    dialog.accept()
    assert "at most what is due now" in dialog.form.note("amount").text()


def test_a_reversal_needs_a_reason_and_leaves_both_payments_visible(qtbot, actors, open_window, office):
    loan = running(actors, office)
    budi = share_of(loan, "Budi Santoso")
    repay(actors["treasurer"], budi, TODAY, 110_000)
    tab = loans_tab(open_window(actors["treasurer"]))
    tab.select_loan(loan)
    tab.share_tabs.setCurrentIndex(1)
    assert not tab.buttons["loan_reverse"].isEnabled()
    tab.payments.selectRow(0)
    assert tab.buttons["loan_reverse"].isEnabled()
    seen = {}

    def reverse(dialog: ReversePaymentDialog) -> None:
        dialog.accept()
        seen["no_reason"] = dialog.form.note("reason").text()
        dialog.reason.setText("dicatat pada anggota lain")
        dialog.accept()

    when_modal(reverse, ReversePaymentDialog)
    click(qtbot, tab, "loan_reverse")
    assert "reason" in seen["no_reason"]
    rows = tab.payments_model.rows
    assert rows == share_card(budi).payments
    assert [(p.kind, p.amount) for p in rows] == [("repayment", 110_000), ("reversal", -110_000)]
    assert rows[0].reversed_by == rows[1].receipt_number
    assert "[reversed by" in shown(tab.payments_model, 0, 2)
    assert tab.payments_model.data(tab.payments_model.index(0, 2), Qt.ItemDataRole.FontRole).strikeOut()
    assert (tab.shares_model.rows[0].paid_principal, shown(tab.shares_model, 0, 2)) == (0, "")
    tab.payments.selectRow(1)
    assert not tab.buttons["loan_reverse"].isEnabled()


def test_the_chair_writes_off_a_share_with_a_reason(qtbot, actors, open_window, office):
    loan = running(actors, office, shares={"Rina Marlina": 700_000}, group=False)
    tab = loans_tab(open_window(actors["chair"]))
    tab.select_loan(loan)
    seen = {}

    def write_off(dialog: WriteOffDialog) -> None:
        seen["what"] = dialog.findChild(QLabel, "writeoff_what").text()
        dialog.accept()
        seen["no_reason"] = dialog.form.note("reason").text()
        dialog.reason.setText("usaha bangkrut, pindah ke luar kota")
        dialog.accept()

    when_modal(write_off, WriteOffDialog)
    click(qtbot, tab, "loan_write_off")
    assert "Rp700.000" in seen["what"] and "reason" in seen["no_reason"]
    assert share_card(share_of(loan, "Rina Marlina")).status == "written_off"
    assert shown(tab.shares_model, 0, 7) == "Written off"
    assert pool_figures(office.pool)[0].written_off == 700_000


# --- who may do what, and finding loans -----------------------------------------------------

@pytest.mark.parametrize("role, allowed", [
    ("secretary", {"loan_new", "loan_cancel"}),
    ("mentor", {"loan_new", "loan_cancel"}),
    ("chair", {"loan_approve", "loan_reject", "loan_write_off"}),
    ("treasurer", {"loan_new", "loan_cancel", "loan_repay", "loan_cover", "loan_reverse"}),
])
def test_each_role_sees_only_its_own_steps_enabled(qtbot, actors, open_window, office, role, allowed):
    waiting = applied(actors, office, shares={"Rina Marlina": 500_000}, group=False)
    loan = running(actors, office)
    repay(actors["treasurer"], share_of(loan, "Budi Santoso"), TODAY, 110_000)
    tab = loans_tab(open_window(actors[role]))
    steps = {"loan_approve", "loan_reject", "loan_cancel", "loan_disburse", "loan_repay", "loan_cover",
             "loan_repay_group", "loan_reverse", "loan_write_off"}
    enabled = {"loan_new"} if tab.new_button.isEnabled() else set()
    tab.select_loan(waiting)
    enabled |= {name for name in steps if tab.buttons[name].isEnabled()}
    tab.select_loan(loan)
    tab.payments.selectRow(0)
    enabled |= {name for name in steps if tab.buttons[name].isEnabled()}
    assert enabled == allowed
    assert tab.buttons["loan_print_card"].isEnabled() and tab.buttons["loan_print_record"].isEnabled()


def test_the_list_is_filtered_by_status_group_and_text(qtbot, actors, open_window, office):
    late = running(actors, office)
    waiting = applied(actors, office, shares={"Rina Marlina": 500_000}, group=False)
    tab = loans_tab(open_window(actors["chair"]))
    assert [r.id for r in tab.loans_model.rows] == [waiting, late]
    assert shown(tab.loans_model, 1, 5) == "330.000"  # both members' installments overdue
    tab.status.setCurrentIndex(tab.status.findData("arrears"))
    assert [r.id for r in tab.loans_model.rows] == [late]
    tab.status.setCurrentIndex(tab.status.findData("applied"))
    assert [r.id for r in tab.loans_model.rows] == [waiting]
    tab.status.setCurrentIndex(tab.status.findData("all"))
    tab.group.setCurrentIndex(tab.group.findData(office.group))
    assert [r.id for r in tab.loans_model.rows] == [late]
    tab.group.setCurrentIndex(0)
    qtbot.keyClicks(tab.search, "rina")
    assert [r.id for r in tab.loans_model.rows] == [waiting]
    assert tab.detail is None and not tab.shares_model.rows


def test_the_tables_pass_the_model_tester(qtmodeltester, actors, open_window, office):
    loan = running(actors, office)
    repay(actors["treasurer"], share_of(loan, "Budi Santoso"), TODAY, 110_000)
    tab = loans_tab(open_window(actors["treasurer"]))
    tab.select_loan(loan)
    for model in (tab.loans_model, tab.shares_model, tab.schedule_model, tab.payments_model):
        qtmodeltester.check(model, force_py=True)


# --- paper ------------------------------------------------------------------------------------

def test_a_receipt_is_printed_after_a_repayment_and_the_tick_box_is_remembered(qtbot, actors, open_window, office, printed):
    pytest.importorskip("desktop.documents.loan_receipt")
    loan = running(actors, office)
    window = open_window(actors["treasurer"])
    tab = loans_tab(window)
    tab.select_loan(loan)
    seen = []

    def pay(dialog: PaymentDialog) -> None:
        seen.append(dialog.print_receipt.isChecked())
        dialog.amount.setText("110.000")
        dialog.accept()

    when_modal(pay, PaymentDialog)
    tab.repay()
    qtbot.waitUntil(lambda: len(printed) == 1)
    receipt = pdf_pages(printed[0])[0]
    assert tab.payments_model.rows[-1].receipt_number in receipt

    def pay_without_receipt(dialog: PaymentDialog) -> None:
        dialog.print_receipt.setChecked(False)
        dialog.amount.setText("110.000")
        dialog.accept()

    when_modal(pay_without_receipt, PaymentDialog)
    tab.repay()
    assert window.settings.value(PRINT_RECEIPT, type=bool) is False
    when_modal(pay, PaymentDialog)
    tab.repay()
    assert seen == [True, False]
    assert len(printed) == 1
    tab.payments.selectRow(0)
    click(qtbot, tab, "loan_print_receipt")
    qtbot.waitUntil(lambda: len(printed) == 2)
    assert tab.payments_model.rows[0].receipt_number in pdf_pages(printed[1])[0]


def test_the_disbursement_record_is_offered_after_disbursing(qtbot, actors, open_window, office, printed):
    pytest.importorskip("desktop.documents.disbursement_record")
    loan = approved(actors, office)
    tab = loans_tab(open_window(actors["treasurer"]))
    tab.select_loan(loan)
    when_modal(lambda dialog: dialog.accept(), DisburseDialog)
    click(qtbot, tab, "loan_disburse")
    qtbot.waitUntil(lambda: len(printed) == 1)
    text = "\n".join(pdf_pages(printed[0]))
    assert loan_detail(loan).number in text and "Budi Santoso" in text
    click(qtbot, tab, "loan_print_record")
    qtbot.waitUntil(lambda: len(printed) == 2)


def test_the_loan_card_is_printed_for_the_chosen_member(qtbot, actors, open_window, office, printed):
    pytest.importorskip("desktop.documents.loan_card")
    loan = running(actors, office)
    tab = loans_tab(open_window(actors["mentor"]))
    tab.select_loan(loan)
    tab.shares.selectRow(1)
    click(qtbot, tab, "loan_print_card")
    qtbot.waitUntil(lambda: len(printed) == 1)
    text = "\n".join(pdf_pages(printed[0]))
    assert "Euis Rohmah" in text and loan_detail(loan).number in text

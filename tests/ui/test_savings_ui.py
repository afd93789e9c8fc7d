"""The treasurer's savings page driven as a user would: find a member, deposit, withdraw,
reverse, read the passbook, print receipts and statements; the group summary; products."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from db.models import SavingsAccount, SavingsEntry, SavingsProduct
from desktop.savings import deposit
from tests.desktop.helpers import new_group, new_member, pdf_pages
from tests.ui.conftest import when_modal
from ui import paper_dialogs
from ui.product_dialog import ProductDialog
from ui.savings_dialogs import PostingDialog, ReverseDialog, StatementDialog


def accounts_of(member_id):
    query = SavingsAccount.select().where(SavingsAccount.member == member_id)
    return {a.product.code: a.id for a in query}


@pytest.fixture
def office(actors):
    group = new_group(actors["secretary"])
    siti = new_member(actors["secretary"], group, "Siti Aminah", join_date=dt.date(2025, 1, 6))
    budi = new_member(actors["secretary"], group, "Budi Santoso", sex="L", join_date=dt.date(2025, 1, 6))
    deposit(actors["treasurer"], accounts_of(siti)["SS"], dt.date(2025, 2, 1), 300_000)
    return group, siti, budi


@pytest.fixture
def printed(monkeypatch):
    """The PDFs the page makes, instead of showing them."""
    made = []
    monkeypatch.setattr(paper_dialogs, "show_pdf", lambda parent, path, title: made.append(path))
    return made


def click(qtbot, parent, name):
    qtbot.mouseClick(parent.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def savings_page(window):
    window.show_page("savings")
    return window.pages["savings"]


def test_the_treasurer_finds_a_member_by_typing_a_name(qtbot, actors, open_window, office):
    _group, siti, _budi = office
    tab = savings_page(open_window(actors["treasurer"])).member_tab
    tab.picker.setFocus()
    qtbot.keyClicks(tab.picker, "aminah")
    assert any("Siti Aminah" in text for text in tab.picker.matches)
    qtbot.keyClick(tab.picker, Qt.Key.Key_Return)
    assert tab.savings.member_id == siti
    assert "Siti Aminah" in tab.who.text() and "Rp300.000" in tab.who.text()
    balances = {a.code: a.balance for a in tab.accounts_model.rows}
    assert balances == {"SP": 0, "SW": 0, "SS": 300_000}


def test_a_deposit_typed_in_the_dialog_is_posted_and_shown_in_the_passbook(qtbot, actors, open_window, office, printed):
    _group, siti, _budi = office
    window = open_window(actors["treasurer"])
    page = savings_page(window)
    page.open_member(siti)
    tab = page.member_tab
    tab.accounts.selectRow(2)  # sukarela

    def fill(dialog: PostingDialog) -> None:
        dialog.amount.clear()
        qtbot.keyClicks(dialog.amount, "1250000")
        dialog.note.setText("hasil panen")
        dialog.accept()

    when_modal(fill, PostingDialog)
    tab.deposit()
    qtbot.waitUntil(lambda: len(printed) == 1)
    assert SavingsAccount.get_by_id(accounts_of(siti)["SS"]).balance == 1_550_000
    last = tab.passbook_model.rows[-1]
    assert (last.amount, last.balance, last.note) == (1_250_000, 1_550_000, "hasil panen")
    receipt = pdf_pages(printed[0])[0]
    assert last.receipt_number in receipt
    assert "satu juta dua ratus lima puluh ribu rupiah" in receipt


def test_the_amount_is_shown_in_words_and_grouped_as_typed(qtbot, actors, office):
    _group, siti, _budi = office
    from desktop.savings_queries import member_savings

    dialog = PostingDialog(actors["treasurer"], member_savings(siti), None, False)
    qtbot.addWidget(dialog)
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "1001000")
    assert dialog.amount.text() == "1.001.000"
    assert dialog.form.note("amount").text() == "satu juta seribu rupiah"


def test_a_withdrawal_above_the_balance_is_refused_beside_the_amount(qtbot, actors, office):
    _group, siti, _budi = office
    from desktop.savings_queries import member_savings

    dialog = PostingDialog(actors["treasurer"], member_savings(siti), None, True)
    qtbot.addWidget(dialog)
    assert [dialog.product.itemText(i) for i in range(dialog.product.count())] == ["Simpanan Sukarela"]
    dialog.print_receipt.setChecked(False)
    dialog.amount.setText("500.000")
    dialog.accept()
    assert "Rp300.000" in dialog.form.note("amount").text()
    assert dialog.result() != PostingDialog.DialogCode.Accepted
    dialog.amount.setText("12,5")
    dialog.accept()
    assert "whole rupiah" in dialog.form.note("amount").text()
    dialog.amount.setText("100.000")
    dialog.accept()
    assert SavingsAccount.get_by_id(accounts_of(siti)["SS"]).balance == 200_000


def test_a_new_member_is_offered_what_they_owe(qtbot, actors, office):
    _group, _siti, budi = office
    from desktop.savings_queries import member_savings

    savings = member_savings(budi)
    dialog = PostingDialog(actors["treasurer"], savings, accounts_of(budi)["SP"], False)
    qtbot.addWidget(dialog)
    assert dialog.amount.value() == 100_000
    assert "owed Rp100.000" in dialog.standing.text()


def test_a_reversal_with_a_reason_cancels_the_entry_and_both_stay_visible(qtbot, actors, open_window, office):
    _group, siti, _budi = office
    page = savings_page(open_window(actors["treasurer"]))
    page.open_member(siti)
    tab = page.member_tab
    tab.accounts.selectRow(2)
    tab.passbook.selectRow(0)
    assert tab.reverse_button.isEnabled()

    def no_reason(dialog: ReverseDialog) -> None:
        dialog.accept()
        no_reason.message = dialog.form.note("reason").text()
        dialog.reason.setText("tercatat pada anggota lain")
        dialog.accept()

    when_modal(no_reason, ReverseDialog)
    tab.reverse()
    assert "reason" in no_reason.message
    lines = tab.passbook_model.rows
    assert [(line.kind, line.amount, line.balance) for line in lines] == [("deposit", 300_000, 300_000), ("reversal", -300_000, 0)]
    assert lines[0].reversed_by == lines[1].receipt_number
    assert "[reversed by" in tab.passbook_model.data(tab.passbook_model.index(0, 2))
    assert tab.passbook_model.data(tab.passbook_model.index(0, 2), Qt.ItemDataRole.FontRole).strikeOut()
    tab.passbook.selectRow(1)
    assert not tab.reverse_button.isEnabled()


def test_roles_that_may_not_post_see_the_buttons_disabled(actors, open_window, office):
    _group, siti, _budi = office
    page = savings_page(open_window(actors["mentor"]))
    page.open_member(siti)
    tab = page.member_tab
    tab.accounts.selectRow(2)
    tab.passbook.selectRow(0)
    assert not tab.deposit_button.isEnabled() and not tab.withdraw_button.isEnabled()
    assert not tab.reverse_button.isEnabled()
    assert tab.statement_button.isEnabled() and tab.receipt_button.isEnabled()


def test_the_passbook_period_starts_with_the_balance_brought_forward(qtbot, actors, open_window, office):
    _group, siti, _budi = office
    deposit(actors["treasurer"], accounts_of(siti)["SS"], dt.date(2025, 3, 1), 50_000)
    page = savings_page(open_window(actors["treasurer"]))
    page.open_member(siti)
    tab = page.member_tab
    tab.accounts.selectRow(2)
    qtbot.keyClicks(tab.first.edit, "15/02/2025")
    rows = tab.passbook_model.rows
    assert [(r.kind, r.balance) for r in rows] == [("opening", 300_000), ("deposit", 350_000)]
    assert tab.passbook_model.data(tab.passbook_model.index(0, 2)) == "Balance brought forward"


def test_a_statement_for_a_period_is_made_and_previewed(qtbot, actors, open_window, office, printed):
    _group, siti, _budi = office
    page = savings_page(open_window(actors["treasurer"]))
    page.open_member(siti)

    def period(dialog: StatementDialog) -> None:
        dialog.first.set_value(dt.date(2025, 1, 1))
        dialog.last.set_value(dt.date(2025, 12, 31))
        dialog.accept()

    when_modal(period, StatementDialog)
    page.member_tab.print_statement()
    qtbot.waitUntil(lambda: len(printed) == 1)
    text = "\n".join(pdf_pages(printed[0]))
    assert "Siti Aminah" in text and "300.000" in text


def test_the_group_summary_lists_balances_and_who_is_behind(qtbot, actors, open_window, office, printed):
    group, _siti, _budi = office
    page = savings_page(open_window(actors["treasurer"]))
    page.tabs.setCurrentIndex(1)
    tab = page.group_tab
    assert tab.loaded
    tab.group.setCurrentIndex(tab.group.findData(group))
    names = [r.name for r in tab.model.rows]
    assert names == ["Siti Aminah", "Budi Santoso"]
    headers = [tab.model.headerData(i, Qt.Orientation.Horizontal) for i in range(tab.model.columnCount())]
    assert headers[2:5] == ["Simpanan Pokok", "Simpanan Wajib", "Simpanan Sukarela"]
    assert "total Rp300.000" in tab.totals.text()
    tab.only_behind.setChecked(True)
    assert len(tab.model.rows) == 2  # both owe pokok and wajib
    click(qtbot, tab, "summary_print")
    qtbot.waitUntil(lambda: len(printed) == 1)
    assert "Siti Aminah" in "\n".join(pdf_pages(printed[0]))


def test_the_administrator_adds_a_product_that_members_get_at_once(qtbot, actors, open_window, office):
    _group, siti, _budi = office
    window = open_window(actors["administrator"])
    window.show_page("settings")
    settings = window.pages["settings"]
    before = len(settings.products_model.rows)

    def fill(dialog: ProductDialog) -> None:
        dialog.code.setText("sh")
        dialog.name.setText("Simpanan Hari Raya")
        dialog.accept()

    when_modal(fill, ProductDialog)
    click(qtbot, settings, "new_product")
    assert len(settings.products_model.rows) == before + 1
    assert settings.products_model.rows[-1].accounts == 2
    assert "SH" in accounts_of(siti)
    assert SavingsProduct.get(SavingsProduct.code == "SH").kind == "sukarela"


def test_the_treasurer_may_not_change_products(actors, open_window):
    window = open_window(actors["treasurer"])
    assert not window.pages["settings"].findChild(QPushButton, "new_product").isEnabled()


def test_a_scanned_card_on_the_savings_page_opens_the_members_savings(qtbot, actors, open_window, office):
    _group, siti, _budi = office
    window = open_window(actors["treasurer"])
    page = savings_page(window)
    number = SavingsAccount.get_by_id(accounts_of(siti)["SS"]).member.number
    qtbot.keyClicks(window.scan, number)
    qtbot.keyClick(window.scan, Qt.Key.Key_Return)
    assert page.member_tab.savings.member_id == siti
    assert window.stack.currentWidget() is page


def test_the_members_page_opens_a_members_savings(qtbot, actors, open_window, office):
    window = open_window(actors["treasurer"])
    members = window.pages["members"]
    window.show_page("members")
    members.table.selectRow(0)
    click(qtbot, members, "member_savings")
    assert window.stack.currentWidget() is window.pages["savings"]
    assert window.pages["savings"].member_tab.savings.member_id == members.selected_id()
    assert SavingsEntry.select().count() == 1
    assert QMessageBox  # the refusals go through the common message box


def test_the_treasurer_records_a_member_leaving_and_prints_the_payout(qtbot, actors, open_window, office, printed):
    _group, siti, _budi = office
    from desktop.member_queries import load_member
    from ui.member_actions import ExitDialog

    window = open_window(actors["treasurer"])
    members = window.pages["members"]
    window.show_page("members")
    members.table.selectRow(members.model.row_of(siti))
    seen = {}

    def leave(dialog: ExitDialog) -> None:
        seen["payout"] = dialog.payout.text()
        dialog.reason.setText("Pindah ke Bandung")
        dialog.accept()

    when_modal(leave, ExitDialog)
    click(qtbot, members, "exit_member")
    qtbot.waitUntil(lambda: len(printed) == 1)
    assert "Simpanan Sukarela" in seen["payout"] and "Rp300.000" in seen["payout"]
    assert load_member(siti).status == "exited"
    assert SavingsAccount.get_by_id(accounts_of(siti)["SS"]).balance == 0
    receipt = pdf_pages(printed[0])[0]
    assert "Siti Aminah" in receipt and "tiga ratus ribu rupiah" in receipt


def test_a_passbook_period_that_cannot_be_read_says_so_and_keeps_the_lines(qtbot, actors, open_window, office):
    _group, siti, _budi = office
    page = savings_page(open_window(actors["treasurer"]))
    page.open_member(siti)
    tab = page.member_tab
    tab.accounts.selectRow(2)
    shown = list(tab.passbook_model.rows)
    qtbot.keyClicks(tab.last.edit, "31/13/2025")
    assert "does not exist" in tab.period_note.text()
    assert tab.passbook_model.rows == shown


def test_choosing_another_product_offers_what_is_owed_on_it_until_an_amount_is_typed(qtbot, actors, office):
    _group, _siti, budi = office
    from desktop.savings_queries import member_savings

    acc = accounts_of(budi)
    dialog = PostingDialog(actors["treasurer"], member_savings(budi), acc["SP"], False)
    qtbot.addWidget(dialog)
    assert dialog.amount.value() == 100_000
    dialog.product.setCurrentIndex(dialog.product.findData(acc["SS"]))
    assert dialog.amount.value() is None
    qtbot.keyClicks(dialog.amount, "5000")
    dialog.product.setCurrentIndex(dialog.product.findData(acc["SP"]))
    assert dialog.amount.value() == 5_000


def test_on_leaving_the_exit_dialog_sets_the_savings_against_the_loans(qtbot, actors, open_window, office, printed):
    group, siti, _budi = office
    from db.models import LoanPayment
    from desktop.member_queries import load_member
    from tests.desktop.loan_helpers import disbursed_loan, funded_pool
    from ui.member_actions import ExitDialog

    pool = funded_pool(actors)
    disbursed_loan(actors, pool, group, [(siti, 200_000)], term=2, on=dt.date.today() - dt.timedelta(days=10))
    window = open_window(actors["treasurer"])
    members = window.pages["members"]
    window.show_page("members")
    members.table.selectRow(members.model.row_of(siti))
    seen = {}

    def leave(dialog: ExitDialog) -> None:
        seen["payout"] = dialog.payout.text()
        dialog.reason.setText("Pindah ke Bandung")
        dialog.accept()

    when_modal(leave, ExitDialog)
    click(qtbot, members, "exit_member")
    qtbot.waitUntil(lambda: len(printed) == 2)
    # 300.000 of savings; the loan's payoff is its 200.000 and the current month's 2.000 jasa.
    assert "Less paying off loan PJ000001" in seen["payout"]
    assert "Rp202.000" in seen["payout"] and "Rp98.000" in seen["payout"]
    assert load_member(siti).status == "exited"
    assert LoanPayment.get().kind == "offset"
    # The payout voucher and the loan receipt are made side by side: either may be ready first.
    [receipt] = [page for page in (pdf_pages(path)[0] for path in printed) if "PJ000001" in page]
    assert "dua ratus dua ribu rupiah" in receipt

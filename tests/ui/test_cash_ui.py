"""The cash page driven as the treasurer would: read the book of a month, record an expense
and reverse it, see money posted on other pages, count the drawer note by note, close the
month, and, as the administrator, reopen it; print the book."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from db.models import CashCount, MonthClose
from desktop import approvals
from desktop.cashbook import post_cash_entry, record_cash_count
from desktop.month_close import close_month
from desktop.periods import closed_through
from desktop.savings import deposit
from tests.desktop.helpers import new_group, new_member, pdf_pages
from tests.desktop.test_cashbook import account
from tests.ui.conftest import when_modal
from ui import cash_count, paper_dialogs
from ui import cash_page as cash_page_module
from ui.bus import bus
from ui.cash_dialogs import CashEntryDialog, CloseMonthDialog, ReopenMonthDialog, ReverseCashDialog

MON, TUE = dt.date(2025, 3, 3), dt.date(2025, 3, 4)


@pytest.fixture
def office(actors):
    """Opening balance 1.000.000 and Siti's sukarela 250.000 on Monday 03/03/2025."""
    siti = new_member(actors["secretary"], new_group(actors["secretary"]), "Siti Aminah")
    post_cash_entry(actors["administrator"], MON, "opening", 1_000_000)
    deposit(actors["treasurer"], account(siti, "sukarela"), MON, 250_000)
    return siti


@pytest.fixture
def printed(monkeypatch):
    made = []
    monkeypatch.setattr(paper_dialogs, "show_pdf", lambda parent, path, title: made.append(path))
    return made


def cash_page(window):
    window.show_page("cash")
    return window.pages["cash"]


def type_date(qtbot, field, text: str) -> None:
    field.edit.clear()
    qtbot.keyClicks(field.edit, text)


def march(qtbot, page):
    tab = page.book_tab
    type_date(qtbot, tab.first, "01/03/2025")
    type_date(qtbot, tab.last, "31/03/2025")
    return tab


def test_the_treasurer_records_an_expense_and_reverses_it(qtbot, actors, open_window, office):
    tab = march(qtbot, cash_page(open_window(actors["treasurer"])))
    seen = {}

    def fill(dialog: CashEntryDialog) -> None:
        type_date(qtbot, dialog.date, "04/03/2025")
        seen["drawer"] = dialog.drawer.text()
        qtbot.keyClicks(dialog.amount, "75000")
        dialog.accept()
        seen["note"] = dialog.form.note("note").text()
        dialog.note.setText("Kertas dan tinta printer")
        dialog.accept()

    when_modal(fill, CashEntryDialog)
    qtbot.mouseClick(tab.findChild(QPushButton, "cash_expense"), Qt.MouseButton.LeftButton)
    assert seen["drawer"] == "Cash in the drawer at the end of 04/03/2025: Rp1.250.000"
    assert seen["note"] == "Write what the money was for."
    # The book starts at the opening balance entered on Monday, 1.000.000, which is no money
    # in; Monday 250.000 in; Tuesday 75.000 out: 1.175.000.
    rows = [(r.kind, r.money_in, r.money_out, r.balance) for r in tab.model.rows]
    assert rows == [("line", 0, 0, 1_000_000), ("line", 250_000, 0, 1_250_000),
                    ("day", 250_000, 0, 1_250_000), ("line", 0, 75_000, 1_175_000), ("day", 0, 75_000, 1_175_000),
                    ("closing", 250_000, 75_000, 1_175_000)]
    assert tab.totals.text() == "Opening Rp1.000.000 · in Rp250.000 · out Rp75.000 · closing Rp1.175.000"
    assert tab.model.data(tab.model.index(0, 2)) == "Opening balance"
    assert (tab.model.data(tab.model.index(0, 3)), tab.model.data(tab.model.index(0, 5))) == ("", "1.000.000")
    assert tab.model.data(tab.model.index(0, 2), Qt.ItemDataRole.FontRole).bold()  # a balance, as totals are
    assert tab.model.data(tab.model.index(3, 2)) == "Office expense — Kertas dan tinta printer"
    assert "Deposit Simpanan Sukarela — Siti Aminah" in tab.model.data(tab.model.index(1, 2))
    tab.table.selectRow(1)
    assert not tab.reverse_button.isEnabled()  # a member's savings are reversed on their own page
    tab.table.selectRow(3)
    assert tab.reverse_button.isEnabled()

    def reverse(dialog: ReverseCashDialog) -> None:
        seen["what"] = dialog.findChild(QLabel, "reverse_cash_what").text()
        type_date(qtbot, dialog.date, "04/03/2025")
        dialog.reason.setText("dicatat dua kali")
        dialog.accept()

    when_modal(reverse, ReverseCashDialog)
    tab.reverse()
    assert seen["what"] == "Voucher BK0000002 of 04/03/2025: office expense of Rp75.000 — Kertas dan tinta printer"
    assert tab.book.closing == 1_250_000
    cancelled = tab.model.rows[3]
    assert cancelled.line.reversed_by == "BK0000003"
    assert "[reversed by BK0000003]" in tab.model.data(tab.model.index(3, 2))
    assert tab.model.data(tab.model.index(3, 2), Qt.ItemDataRole.FontRole).strikeOut()
    assert tab.model.rows[4].money_in == 75_000  # the reversal puts the money back


def test_the_book_follows_money_posted_on_other_pages_and_shows_the_bank(qtbot, actors, open_window, office):
    window = open_window(actors["treasurer"])
    tab = march(qtbot, cash_page(window))
    deposit(actors["treasurer"], account(office, "wajib"), TUE, 20_000)
    deposit(actors["treasurer"], account(office, "sukarela"), TUE, 100_000, "transfer")
    bus.changed.emit("savings")
    assert tab.book.closing == 1_270_000  # the transfer is not cash
    window.show_page("savings")
    post_cash_entry(actors["treasurer"], TUE, "to_bank", 1_000_000)
    bus.changed.emit("cash")
    assert tab.stale and tab.book.closing == 1_270_000  # read again when shown
    window.show_page("cash")
    assert tab.book.closing == 270_000
    tab.view.setCurrentIndex(tab.view.findData("bank"))
    assert [(r.line.reference, r.balance) for r in tab.model.rows if r.kind == "line"] == [
        ("KW0000003", 100_000), ("BK0000002", 1_100_000)]
    tab.daily.setChecked(False)
    assert [r.kind for r in tab.model.rows] == ["opening", "line", "line", "closing"]


def test_the_drawer_is_counted_note_by_note_against_the_book(qtbot, actors, open_window, office):
    page = cash_page(open_window(actors["treasurer"]))
    page.tabs.setCurrentIndex(1)
    tab = page.count_tab
    type_date(qtbot, tab.date, "03/03/2025")
    assert tab.book_label.text() == "Rp1.250.000"
    # Nothing counted yet: no difference is claimed.
    assert (tab.counted_label.text(), tab.difference_label.text()) == ("", "")
    # 12 x 100.000 + 2 x 20.000 = 1.240.000: 10.000 short of the book's 1.250.000.
    tab.pieces[100_000].setValue(12)
    tab.pieces[20_000].setValue(2)
    assert (tab.counted_label.text(), tab.difference_label.text()) == ("Rp1.240.000", "Rp10.000 short")
    tab.note.setText("belum ketemu")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    first = CashCount.get()
    assert (first.counted, first.expected, first.difference, first.note) == (1_240_000, 1_250_000, -10_000, "belum ketemu")
    assert tab.pieces[100_000].value() == 0 and tab.note.text() == ""
    assert (tab.counted_label.text(), tab.difference_label.text()) == ("", "")  # the form is ready again
    shown = tab.model.rows[0]
    assert (shown.difference, shown.recount) == (-10_000, False)
    assert tab.model.data(tab.model.index(0, 3)) == "-10.000"
    assert tab.model.data(tab.model.index(0, 3), Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    # Counted again as a total: it matches, and the first count stays.
    tab.as_total.setChecked(True)
    qtbot.keyClicks(tab.total, "1250000")
    assert tab.difference_label.text() == "matches the book"
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert [(c.difference, c.recount) for c in tab.model.rows] == [(0, True), (-10_000, False)]
    assert tab.model.data(tab.model.index(0, 4)) == "recount"
    assert tab.summary.text() == "2 count(s) shown · 1 with a difference"


def test_the_treasurer_closes_the_month_and_the_dialogs_then_refuse_it(qtbot, actors, open_window, office):
    page = cash_page(open_window(actors["treasurer"]))
    page.tabs.setCurrentIndex(2)
    tab = page.close_tab
    assert tab.next_label.text() == "The next month to close is <b>March 2025</b>."
    assert tab.close_button.text() == "Close March 2025…"
    assert not tab.reopen_button.isVisible()
    seen = {}

    def close(dialog: CloseMonthDialog) -> None:
        seen["asked"] = dialog.findChild(QLabel, "close_months").text()
        seen["explain"] = dialog.findChild(QLabel, "close_explain").text()
        dialog.note.setText("cocok dengan rekening koran")
        dialog.accept()

    when_modal(close, CloseMonthDialog)
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    assert seen["asked"] == "Close the books of <b>March 2025</b>?"
    assert "Nothing dated up to 31/03/2025 can then be posted or reversed" in seen["explain"]
    assert closed_through() == dt.date(2025, 3, 31)
    assert MonthClose.get().note == "cocok dengan rekening koran"
    march_row = next(s for s in tab.model.rows if s.month == "2025-03")
    index = tab.model.rows.index(march_row)
    assert tab.model.data(tab.model.index(index, 1)).startswith("Closed ")
    assert tab.model.data(tab.model.index(index, 5)) == "1.250.000"
    assert tab.next_label.text() == "The next month to close is <b>April 2025</b>."
    # An expense dated in March is refused beside its date.
    page.tabs.setCurrentIndex(0)

    def late(dialog: CashEntryDialog) -> None:
        type_date(qtbot, dialog.date, "31/03/2025")
        qtbot.keyClicks(dialog.amount, "5000")
        dialog.note.setText("materai")
        dialog.accept()
        seen["date"] = dialog.form.note("date").text()
        dialog.reject()

    when_modal(late, CashEntryDialog)
    page.book_tab.post("expense")
    assert seen["date"].startswith("The books are closed up to 31/03/2025; nothing can be posted or reversed on 31/03/2025.")


def test_only_the_administrator_reopens_the_month_with_a_reason(qtbot, actors, open_window, office):
    close_month(actors["treasurer"], 2025, 3)
    page = cash_page(open_window(actors["administrator"]))
    page.tabs.setCurrentIndex(2)
    tab = page.close_tab
    assert tab.reopen_button.isVisible() and tab.reopen_button.isEnabled()
    seen = {}

    def reopen(dialog: ReopenMonthDialog) -> None:
        seen["what"] = dialog.findChild(QLabel, "reopen_what").text()
        dialog.accept()
        seen["empty"] = dialog.form.note("reason").text()
        dialog.reason.setText("setoran 12/03 belum dicatat")
        dialog.accept()

    when_modal(reopen, ReopenMonthDialog)
    qtbot.mouseClick(tab.reopen_button, Qt.MouseButton.LeftButton)
    assert seen["what"] == "<b>March 2025</b> is closed."
    assert seen["empty"] == "Enter the reason for reopening the month."
    assert closed_through() is None
    row = MonthClose.get()
    assert (row.reopened_by_id, row.reopen_reason) == (actors["administrator"].id, "setoran 12/03 belum dicatat")
    index = next(i for i, s in enumerate(tab.model.rows) if s.month == "2025-03")
    assert tab.model.data(tab.model.index(index, 1)) == "Reopened"
    assert "reopened" in tab.model.data(tab.model.index(index, 9))
    assert not tab.reopen_button.isEnabled()


def test_a_marked_reopening_is_sent_for_approval(qtbot, actors, open_window, office):
    close_month(actors["treasurer"], 2025, 3)
    approvals.set_required_actions(actors["administrator"], {"month.reopen"})
    page = cash_page(open_window(actors["administrator"]))
    page.tabs.setCurrentIndex(2)
    seen = {}

    def box(message: QMessageBox) -> None:
        seen["text"] = message.text()
        message.accept()

    def reopen(dialog: ReopenMonthDialog) -> None:
        dialog.reason.setText("koreksi biaya")
        when_modal(box, QMessageBox)
        dialog.accept()

    when_modal(reopen, ReopenMonthDialog)
    page.close_tab.reopen()
    assert "Reopening a closed month" in seen["text"]
    assert closed_through() == dt.date(2025, 3, 31)
    assert approvals.ApprovalRequest.get().action == "month.reopen"


def test_the_book_of_the_period_is_printed(qtbot, actors, open_window, office, printed):
    post_cash_entry(actors["treasurer"], TUE, "expense", 75_000, "Kertas dan tinta printer")
    tab = march(qtbot, cash_page(open_window(actors["treasurer"])))
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printed) == 1)
    text = "\n".join(pdf_pages(printed[0]))
    assert "BUKU KAS" in text and "Bulan Maret 2025" in text
    assert "Biaya kantor · Kertas dan tinta printer" in text and "1.175.000" in text
    # The opening balance entered opens the book and the summary; 250.000 is all that came in.
    assert "Saldo awal Rp1.000.000\r\nPenerimaan Rp250.000\r\nPengeluaran Rp75.000\r\nSaldo akhir Rp1.175.000" in text
    assert "03/03/2025 BK0000001 Saldo awal kas 1.000.000\r\n" in text
    assert "Bendahara," in text and "Ketua," in text


def test_who_sees_the_page_and_who_may_post(qtbot, actors, open_window, office, qtmodeltester):
    page = cash_page(open_window(actors["chair"]))
    tab = march(qtbot, page)
    assert [r.kind for r in tab.model.rows] == ["line", "line", "day", "closing"]
    # The chair reads the book, the counts and the months, and prints: nothing else is offered.
    assert not any(button.isVisible() for button in tab.entry_buttons.values())
    assert not tab.reverse_button.isVisible() and tab.print_button.isVisible()
    page.tabs.setCurrentIndex(1)
    assert not page.count_tab.box.isVisible() and page.count_tab.table.isVisible()
    page.tabs.setCurrentIndex(2)
    close = page.close_tab
    assert not close.close_button.isVisible() and not close.reopen_button.isVisible()
    assert close.print_button.isVisible()
    for model in (tab.model, page.count_tab.model, page.close_tab.model):
        qtmodeltester.check(model)
    assert "cash" not in open_window(actors["secretary"]).pages


def test_the_treasurer_is_offered_all_but_reopening(qtbot, actors, open_window, office):
    page = cash_page(open_window(actors["treasurer"]))
    tab = page.book_tab
    assert all(button.isVisible() for button in tab.entry_buttons.values()) and tab.reverse_button.isVisible()
    page.tabs.setCurrentIndex(1)
    assert page.count_tab.box.isVisible() and page.count_tab.save_button.isEnabled()
    page.tabs.setCurrentIndex(2)
    assert page.close_tab.close_button.isVisible() and not page.close_tab.reopen_button.isVisible()


def test_a_count_follows_money_posted_into_its_day_afterwards(qtbot, actors, open_window, office):
    page = cash_page(open_window(actors["treasurer"]))
    page.tabs.setCurrentIndex(1)
    tab = page.count_tab
    type_date(qtbot, tab.date, "03/03/2025")
    tab.as_total.setChecked(True)
    qtbot.keyClicks(tab.total, "1250000")
    assert tab.difference_label.text() == "matches the book"
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.model.data(tab.model.index(0, 3)) == "0"
    # Siti's wajib of 20.000, paid that Monday, is posted after the count: the book now says
    # 1.270.000 for Monday and the drawer counted is 20.000 short of it.
    deposit(actors["treasurer"], account(office, "wajib"), MON, 20_000)
    bus.changed.emit("savings")
    changed = "The book changed after the count: when counted it said Rp1.250.000 (matches the book)."
    assert [tab.model.data(tab.model.index(0, c)) for c in (1, 2, 3)] == ["1.250.000", "1.270.000", "-20.000"]
    assert tab.model.data(tab.model.index(0, 3), Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    assert tab.model.data(tab.model.index(0, 2), Qt.ItemDataRole.ForegroundRole).color().name() == "#8a5a00"
    assert tab.model.data(tab.model.index(0, 3), Qt.ItemDataRole.ToolTipRole) == changed
    assert tab.model.data(tab.model.index(0, 6)) == "book when counted Rp1.250.000"
    assert tab.model.data(tab.model.index(0, 6), Qt.ItemDataRole.ToolTipRole) == changed
    assert tab.summary.text() == "1 count(s) shown · 1 with a difference · the book changed after 1 count(s)"
    assert tab.book_label.text() == "Rp1.270.000"
    # The month on the closing tab says the same.
    page.tabs.setCurrentIndex(2)
    months = page.close_tab.model
    row = next(i for i, s in enumerate(months.rows) if s.month == "2025-03")
    assert months.data(months.index(row, 8)) == "-20.000"
    assert months.data(months.index(row, 8), Qt.ItemDataRole.ToolTipRole) == changed
    assert months.data(months.index(row, 9)) == "1 count(s) with a difference · " + changed


def test_the_bank_book_opens_with_the_balance_entered(qtbot, actors, open_window, office):
    tab = march(qtbot, cash_page(open_window(actors["treasurer"])))
    seen = {}

    def opening(dialog: CashEntryDialog) -> None:
        seen["opening"] = (dialog.windowTitle(), dialog.date.value(), dialog.drawer.text())
        qtbot.keyClicks(dialog.amount, "3000000")
        dialog.note.setText("saldo buku tabungan 28/02/2025")
        dialog.accept()

    when_modal(opening, CashEntryDialog)
    qtbot.mouseClick(tab.findChild(QPushButton, "cash_bank_opening"), Qt.MouseButton.LeftButton)
    # Dated on the first day with money, as the drawer's opening balance.
    assert seen["opening"] == ("Bank opening balance", MON, "In the bank book at the end of 03/03/2025: Rp0")
    assert tab.book.closing == 1_250_000  # the drawer's book is not touched
    tab.view.setCurrentIndex(tab.view.findData("bank"))
    # A day with nothing but the opening balance has no total of its own.
    assert [(r.kind, r.money_in, r.balance) for r in tab.model.rows] == [("line", 0, 3_000_000), ("closing", 0, 3_000_000)]
    assert tab.totals.text() == "Opening Rp3.000.000 · in Rp0 · out Rp0 · closing Rp3.000.000"
    assert tab.model.data(tab.model.index(0, 2)) == "Bank opening balance — saldo buku tabungan 28/02/2025"
    # It stands now: it is not offered again, and the button says why.
    button = tab.entry_buttons["bank_opening"]
    assert not button.isEnabled()
    assert button.toolTip() == ("The bank's opening balance was entered on 03/03/2025 as BK0000002; "
                                "reverse that entry to enter another.")

    def fetch(dialog: CashEntryDialog) -> None:
        type_date(qtbot, dialog.date, "04/03/2025")
        seen["fetch"] = dialog.drawer.text()
        qtbot.keyClicks(dialog.amount, "500000")
        dialog.accept()

    when_modal(fetch, CashEntryDialog)
    qtbot.mouseClick(tab.findChild(QPushButton, "cash_from_bank"), Qt.MouseButton.LeftButton)
    assert seen["fetch"] == ("Cash in the drawer at the end of 04/03/2025: Rp1.250.000\n"
                             "In the bank book at the end of 04/03/2025: Rp3.000.000")
    # 3.000.000 - 500.000 fetched = 2.500.000 in the bank; the drawer 1.250.000 + 500.000.
    assert tab.book.closing == 2_500_000
    tab.view.setCurrentIndex(tab.view.findData("cash"))
    assert tab.book.closing == 1_750_000


def test_the_opening_balances_are_offered_only_while_they_can_be_entered(qtbot, actors, open_window, office):
    tab = cash_page(open_window(actors["treasurer"])).book_tab
    cash, bank = tab.entry_buttons["opening"], tab.entry_buttons["bank_opening"]
    # The drawer's opening of 1.000.000 stands since Monday; the bank's is still to be entered.
    assert not cash.isEnabled()
    assert cash.toolTip() == ("The opening balance was entered on 03/03/2025 as BK0000001; "
                              "reverse that entry to enter another.")
    assert bank.isEnabled() and bank.toolTip() == ""
    # Once March is closed, the bank's opening (dated on or before Monday 03/03/2025, the first
    # day with money) cannot be entered either, and the button says why instead of letting the
    # treasurer type it all to be refused.
    close_month(actors["treasurer"], 2025, 3)
    bus.changed.emit("cash")
    assert not bank.isEnabled()
    assert bank.toolTip() == ("An opening balance is dated on or before the first day with money, "
                              "03/03/2025, and the books are closed up to 31/03/2025.")


def test_the_entry_dialog_grows_for_the_amount_in_words_and_refusals(qtbot, actors, open_window, office):
    close_month(actors["treasurer"], 2025, 3)
    tab = cash_page(open_window(actors["treasurer"])).book_tab
    seen = {}

    def shown(label: QLabel) -> tuple[bool, bool]:
        """Whether the line is shown, and whole: as tall as its text needs at its width."""
        return label.isVisible(), label.height() >= label.heightForWidth(label.width())

    def fill(dialog: CashEntryDialog) -> None:
        QApplication.processEvents()
        seen["amount before"] = dialog.amount.height()
        qtbot.keyClicks(dialog.amount, "150000")
        QApplication.processEvents()
        seen["words"] = (dialog.form.note("amount").text(), *shown(dialog.form.note("amount")))
        seen["amount after"] = dialog.amount.height()
        seen["date before"] = dialog.date.edit.height()
        type_date(qtbot, dialog.date, "31/03/2025")
        dialog.note.setText("materai")
        dialog.accept()
        QApplication.processEvents()
        seen["refusal"] = (dialog.form.note("date").text(), *shown(dialog.form.note("date")))
        seen["date after"] = dialog.date.edit.height()
        dialog.reject()

    when_modal(fill, CashEntryDialog)
    qtbot.mouseClick(tab.findChild(QPushButton, "cash_expense"), Qt.MouseButton.LeftButton)
    assert seen["words"] == ("seratus lima puluh ribu rupiah", True, True)
    assert seen["amount after"] == seen["amount before"] > 15  # the field keeps its height
    assert seen["refusal"][0].startswith("The books are closed up to 31/03/2025")
    assert seen["refusal"][1:] == (True, True)  # the whole message, on as many lines as it needs
    assert seen["date after"] == seen["date before"]


def test_the_reversal_dialog_grows_for_a_refusal(qtbot, actors, open_window, office):
    post_cash_entry(actors["treasurer"], TUE, "expense", 75_000, "Kertas dan tinta printer")
    tab = march(qtbot, cash_page(open_window(actors["treasurer"])))
    tab.table.selectRow(next(i for i, r in enumerate(tab.model.rows) if r.line and r.line.kind == "expense"))
    seen = {}

    def reverse(dialog: ReverseCashDialog) -> None:
        QApplication.processEvents()
        seen["before"] = dialog.date.edit.height()
        type_date(qtbot, dialog.date, "03/03/2025")
        dialog.reason.setText("dicatat dua kali")
        dialog.accept()
        QApplication.processEvents()
        note = dialog.form.note("date")
        seen["refusal"] = (note.text(), note.isVisible(), note.height() >= note.heightForWidth(note.width()))
        seen["after"] = dialog.date.edit.height()
        dialog.reject()

    when_modal(reverse, ReverseCashDialog)
    tab.reverse()
    assert seen["refusal"] == ("A reversal cannot be dated before the entry it cancels (04/03/2025).", True, True)
    assert seen["after"] == seen["before"]


def test_a_reversal_waiting_for_approval_is_marked_in_the_book(qtbot, actors, open_window, office):
    post_cash_entry(actors["treasurer"], TUE, "expense", 75_000, "Kertas dan tinta printer")
    approvals.set_required_actions(actors["administrator"], {"cash.reverse"})
    tab = march(qtbot, cash_page(open_window(actors["treasurer"])))
    expense = next(i for i, r in enumerate(tab.model.rows) if r.line and r.line.kind == "expense")
    tab.table.selectRow(expense)
    seen = {}

    def box(message: QMessageBox) -> None:
        seen["sent"] = message.text()
        message.accept()

    def reverse(dialog: ReverseCashDialog) -> None:
        dialog.reason.setText("dicatat dua kali")
        when_modal(box, QMessageBox)
        dialog.accept()

    when_modal(reverse, ReverseCashDialog)
    qtbot.mouseClick(tab.reverse_button, Qt.MouseButton.LeftButton)
    assert seen["sent"].startswith("Sent for approval as request 1")
    # The line says it, in amber, and cannot be asked for again.
    tab.table.selectRow(expense)
    assert tab.model.data(tab.model.index(expense, 2)) == (
        "Office expense — Kertas dan tinta printer [reversal waiting for approval, request 1]")
    assert tab.model.data(tab.model.index(expense, 4), Qt.ItemDataRole.ForegroundRole).color().name() == "#8a5a00"
    assert not tab.reverse_button.isEnabled()
    assert tab.reverse_button.toolTip() == "The reversal of BK0000002 already waits for approval as request 1."
    assert tab.book.closing == 1_175_000  # nothing is reversed yet
    # The chair approves it on another PC: the line is reversed, and no longer waiting.
    request = approvals.ApprovalRequest.get()
    approvals.approve(actors["chair"], request.id, request.version)
    bus.changed.emit("approvals")
    text = tab.model.data(tab.model.index(expense, 2))
    assert text == "Office expense — Kertas dan tinta printer [reversed by BK0000003]"
    assert tab.model.data(tab.model.index(expense, 4), Qt.ItemDataRole.ForegroundRole).color().name() == "#8a8a8a"


def test_nothing_counted_is_said_where_the_counting_is_typed(qtbot, actors, open_window, office):
    page = cash_page(open_window(actors["treasurer"]))
    page.tabs.setCurrentIndex(1)
    tab = page.count_tab
    type_date(qtbot, tab.date, "03/03/2025")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    message = "Enter the cash counted: by notes and coins, or as a total."
    pieces, total = tab.form.note("denominations"), tab.form.note("counted")
    assert (pieces.text(), pieces.isVisible(), total.isVisible()) == (message, True, False)
    assert tab.window().focusWidget() is tab.pieces[100_000]
    # Counting as a total, the same is said under the total.
    tab.as_total.setChecked(True)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert (total.text(), total.isVisible(), pieces.isVisible()) == (message, True, False)
    assert CashCount.select().count() == 0


def test_the_months_and_the_counts_fit_a_1366_pixel_screen(qtbot, actors, open_window, office):
    # A count of 10.216.734 against the book's 1.250.000 makes the longest "last count" there is.
    record_cash_count(actors["treasurer"], MON, 10_216_734, None, "uang titipan panitia belum dipisah")
    window = open_window(actors["treasurer"])
    window.resize(1366, 728)
    page = cash_page(window)
    for index, tab, last_count in ((1, page.count_tab, None), (2, page.close_tab, 7)):
        page.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        table = tab.table
        assert table.horizontalScrollBar().maximum() == 0  # every column in sight, the note too
        note = table.model().columnCount() - 1
        assert table.columnWidth(note) >= 140
        if last_count is not None:
            metrics = table.fontMetrics()
            texts = [table.model().data(table.model().index(row, last_count)) for row in range(table.model().rowCount())]
            assert "03/03/2025: 10.216.734" in texts
            assert all(metrics.horizontalAdvance(text) + 8 <= table.columnWidth(last_count) for text in texts)


def _days_late(monkeypatch, days: int) -> None:
    """Let the cash page's tabs take today for *days* days ago (0: the real today; -1: tomorrow)."""
    class Earlier(dt.date):
        @classmethod
        def today(cls) -> dt.date:
            return dt.date.today() - dt.timedelta(days=days)

    clock = SimpleNamespace(date=Earlier, datetime=dt.datetime, timedelta=dt.timedelta, time=dt.time)
    for module in (cash_page_module, cash_count):
        monkeypatch.setattr(module, "dt", clock if days else dt)


def test_the_page_moves_on_to_a_new_day(qtbot, actors, open_window, office, monkeypatch):
    today = dt.date.today()
    yesterday, before = today - dt.timedelta(days=1), today - dt.timedelta(days=2)
    _days_late(monkeypatch, 2)  # the page is opened the day before yesterday and the PC is left on
    window = open_window(actors["treasurer"])
    page = cash_page(window)
    book, count = page.book_tab, page.count_tab
    assert (book.first.value(), book.last.value()) == (before.replace(day=1), before)
    page.tabs.setCurrentIndex(1)
    assert count.date.value() == before
    type_date(qtbot, count.date, "03/03/2025")  # a day the treasurer chose stays
    page.tabs.setCurrentIndex(0)
    # Yesterday an expense of 5.000 was posted on another PC; midnight passes with the book in sight.
    post_cash_entry(actors["treasurer"], yesterday, "expense", 5_000, "materai")
    _days_late(monkeypatch, 1)
    assert page.midnight.isActive() and page.midnight.remainingTime() <= 24 * 3600 * 1000 + 1000
    page.midnight.timeout.emit()
    assert (book.first.value(), book.last.value()) == (yesterday.replace(day=1), yesterday)
    assert [line.note for line in book.book.lines if line.on == yesterday] == ["materai"]
    # Today another 5.000 is posted elsewhere; the treasurer comes back to the page from another.
    post_cash_entry(actors["treasurer"], today, "expense", 5_000, "fotokopi")
    window.show_page("savings")
    _days_late(monkeypatch, 0)
    window.show_page("cash")
    assert (book.first.value(), book.last.value()) == (today.replace(day=1), today)
    assert [line.note for line in book.book.lines if line.on == today] == ["fotokopi"]
    assert book.book.closing == 1_240_000  # 1.250.000 from Monday, less 5.000 twice
    page.tabs.setCurrentIndex(1)
    assert count.date.value() == dt.date(2025, 3, 3)
    # A period the treasurer chose stays when the page is shown on a later day.
    page.tabs.setCurrentIndex(0)
    march(qtbot, page)
    window.show_page("savings")
    _days_late(monkeypatch, -1)
    window.show_page("cash")
    assert (book.first.value(), book.last.value()) == (dt.date(2025, 3, 1), dt.date(2025, 3, 31))

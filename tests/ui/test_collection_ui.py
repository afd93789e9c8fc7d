"""The meeting-day page driven as a treasurer would: open a group's sheet, type it with the
keyboard alone, count the cash, post it, and find every balance and loan as typed; a refused row,
a double post, drafts, reversal, printing, and who may do what."""

from __future__ import annotations

import datetime as dt
import importlib.util

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from db.models import CollectionSheet, LoanShare, SavingsAccount, SavingsEntry, SavingsProduct
from desktop.collection import LineForm, discard_draft, load_sheet, post_sheet, save_draft
from desktop.loan_queries import share_card
from desktop.savings import deposit
from desktop.savings_queries import member_savings
from tests.desktop.helpers import new_group, new_member, pdf_pages
from tests.desktop.loan_helpers import disbursed_loan, funded_pool
from tests.ui.conftest import when_modal
from ui import collection_page, paper_dialogs
from ui.bus import bus
from ui.collection_grid import (
    ATTENDANCE_COLUMN,
    INSTALLMENT,
    INSTALLMENT_DUE,
    MEMBER,
    OVERDUE,
    SUKARELA,
    TOTAL,
    WAJIB,
    WAJIB_DUE,
    WITHDRAWAL,
    SheetModel,
)
from ui.collection_page import ReverseSheetDialog

MEETING = dt.date(2025, 2, 10)  # Ani's first installment falls due that day
Key = Qt.Key


def sukarela_account(member: int) -> int:
    return (SavingsAccount.select().join(SavingsProduct)
            .where((SavingsAccount.member == member) & (SavingsProduct.kind == "sukarela")).get().id)


@pytest.fixture
def group(actors):
    """KUBE Melati: Ani (a loan of 1.000.000: 110.000 a month), Budi, Citra (300.000 sukarela);
    all joined on 06/01/2025, so January's and February's wajib (20.000 each) are due."""
    sec = actors["secretary"]
    group = new_group(sec)
    joined = dt.date(2025, 1, 6)
    ani = new_member(sec, group, "Ani Lestari", join_date=joined)
    budi = new_member(sec, group, "Budi Santoso", sex="L", join_date=joined)
    citra = new_member(sec, group, "Citra Dewi", join_date=joined)
    deposit(actors["treasurer"], sukarela_account(citra), joined, 300_000)
    disbursed_loan(actors, funded_pool(actors), group, [(ani, 1_000_000)])
    return group, ani, budi, citra


@pytest.fixture
def printed(monkeypatch):
    """The PDFs the page makes, instead of showing them."""
    made = []
    monkeypatch.setattr(paper_dialogs, "show_pdf", lambda parent, path, title: made.append(path))
    return made


@pytest.fixture
def answers(monkeypatch):
    """Questions answered yes, and refusals kept instead of shown in a message box."""
    refusals = []
    monkeypatch.setattr(collection_page, "confirm", lambda *args: True)
    monkeypatch.setattr(collection_page, "show_refusal", lambda parent, exc: refusals.append(str(exc)))
    return refusals


def meeting_page(qtbot, window, group_id, on=MEETING):
    """The meeting page with the group's sheet opened as a user would: the group chosen, the
    date typed, Enter."""
    window.activateWindow()  # the keyboard shortcuts work in the active window only
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("meeting")
    page = window.pages["meeting"]
    page.group.setCurrentIndex(page.group.findData(group_id))
    page.date.edit.clear()
    qtbot.keyClicks(page.date.edit, on.strftime("%d/%m/%Y"))
    qtbot.keyClick(page.date.edit, Key.Key_Return)
    return page


def press(qtbot, page, *keys):
    """Keys typed on the grid, or into its open editor once one is open; a string is typed
    character by character."""
    for key in keys:
        for one in (key if isinstance(key, str) else [key]):
            qtbot.keyClick(page.grid.delegate.editor or page.grid, one)


def at(page):
    index = page.grid.currentIndex()
    return index.row(), index.column()


def cell(page, row, column):
    return page.model.index(row, column).data()


def balances(member):
    return {a.kind: a.balance for a in member_savings(member).accounts}


def type_cash(qtbot, page, text):
    page.cash.clear()
    qtbot.keyClicks(page.cash, text)


def test_a_sheet_is_typed_with_the_keyboard_and_posted(qtbot, actors, open_window, group, printed):
    group_id, ani, budi, citra = group
    window = open_window(actors["treasurer"])
    window.show_page("savings")
    window.pages["savings"].open_member(citra)
    page = meeting_page(qtbot, window, group_id)
    assert page.sheet.status == "new" and "new sheet" in page.status.text().lower()
    assert [cell(page, r, MEMBER) for r in range(3)] == [
        "Ani Lestari (AG000001)", "Budi Santoso (AG000002)", "Citra Dewi (AG000003)"]
    assert (cell(page, 0, WAJIB_DUE), cell(page, 0, WAJIB), cell(page, 0, INSTALLMENT_DUE),
            cell(page, 0, INSTALLMENT)) == ("40.000", "40.000", "110.000", "110.000")
    assert cell(page, 1, INSTALLMENT) == "" and not page.grid.typable(1, INSTALLMENT)
    assert page.window().focusWidget() is page.grid and at(page) == (0, ATTENDANCE_COLUMN)

    # The roll call goes down the column; after the last member Enter goes on to the wajib.
    press(qtbot, page, "h", "t", "a")
    assert [line.attendance for line in page.model.lines] == ["present", "late", "absent"]
    assert cell(page, 2, ATTENDANCE_COLUMN) == "Absent"
    assert at(page) == (0, WAJIB)

    # A number typed replaces the amount shown; Enter keeps it and goes to the next member.
    press(qtbot, page, "2")
    assert page.grid.delegate.editor.text() == "2"
    press(qtbot, page, "0000")
    assert page.grid.delegate.editor.text() == "20.000"
    press(qtbot, page, Key.Key_Return)
    assert page.grid.delegate.editor is None and at(page) == (1, WAJIB)
    assert cell(page, 0, WAJIB) == "20.000"
    # Delete sets nothing paid; Enter moves on without opening the cell.
    press(qtbot, page, Key.Key_Delete, Key.Key_Return, Key.Key_Backspace, Key.Key_Return)
    assert (cell(page, 1, WAJIB), cell(page, 2, WAJIB)) == ("-", "-")
    assert at(page) == (0, SUKARELA)

    # Tab goes along the row to the next cell to type in, past the installment due.
    press(qtbot, page, "5000", Key.Key_Tab)
    assert at(page) == (0, WITHDRAWAL)
    press(qtbot, page, Key.Key_Tab)
    assert at(page) == (0, INSTALLMENT)
    press(qtbot, page, Key.Key_Tab)
    assert at(page) == (1, ATTENDANCE_COLUMN)
    press(qtbot, page, Key.Key_Backtab)
    assert at(page) == (0, INSTALLMENT)
    page.grid.setCurrentIndex(page.model.index(2, WITHDRAWAL))
    press(qtbot, page, "50000", Key.Key_Return)
    assert cell(page, 2, WITHDRAWAL) == "50.000" and at(page) == (0, INSTALLMENT)
    # Only Ani has a loan: after her installment the sheet is done, and the cash is counted.
    press(qtbot, page, Key.Key_Return)
    assert page.window().focusWidget() is page.cash
    assert "Rp300.000" in page.model.index(2, WITHDRAWAL).data(Qt.ItemDataRole.ToolTipRole)

    # The totals follow the typing.
    assert page.totals.text() == ("In Rp135.000 (wajib Rp20.000, sukarela Rp5.000, installments "
                                  "Rp110.000) · Out Rp50.000 · Cash to count Rp85.000 · Present 2 of 3")
    assert cell(page, 0, TOTAL) == "135.000"

    # The cash counted must match before the sheet can be posted.
    assert not page.post_button.isEnabled()
    type_cash(qtbot, page, "80000")
    assert page.cash.text() == "80.000"
    assert "Rp5.000 short" in page.difference.text() and "Posting waits" in page.difference.text()
    assert "#b00020" in page.difference.styleSheet()
    assert not page.post_button.isEnabled()
    type_cash(qtbot, page, "85000")
    assert page.difference.text() == "Matches the sheet: Rp85.000."
    assert page.post_button.isEnabled()

    def post(box: QMessageBox) -> None:
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()

    when_modal(post, QMessageBox)
    qtbot.keyClick(page.cash, Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.sheet.status == "posted"
    assert "Posted by Bambang Hartono" in page.status.text()

    # Every balance and loan is as typed.
    assert balances(ani) == {"pokok": 0, "wajib": 20_000, "sukarela": 5_000}
    assert balances(budi) == {"pokok": 0, "wajib": 0, "sukarela": 0}
    assert balances(citra) == {"pokok": 0, "wajib": 0, "sukarela": 250_000}
    card = share_card(LoanShare.get(LoanShare.member == ani).id, MEETING)
    assert [(p.amount, p.principal, p.jasa, p.on) for p in card.payments] == [(110_000, 100_000, 10_000, MEETING)]
    assert card.state.overdue == 0
    # The savings page showed Citra: it refreshed itself.
    assert {a.kind: a.balance for a in window.pages["savings"].member_tab.accounts_model.rows}["sukarela"] == 250_000

    # A posted sheet is shown as it was posted, and is not typed in any more.
    assert [line.attendance for line in page.model.lines] == ["present", "late", "absent"]
    assert not page.grid.typable(0, WAJIB) and not page.save_button.isEnabled()
    page.grid.setCurrentIndex(page.model.index(0, WAJIB))
    press(qtbot, page, "9", Key.Key_Delete)
    assert page.grid.delegate.editor is None and page.model.lines[0].wajib == 20_000
    assert page.receipts_button.isEnabled() and page.reverse_button.isEnabled()

    # Receipts for all: the savings entries and the loan payment.
    qtbot.mouseClick(page.receipts_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printed) == 2)
    text = "\n".join(page_text for path in printed for page_text in pdf_pages(path))
    assert "Ani Lestari" in text and "Citra Dewi" in text

    # The sheet is in the group's list with its totals and attendance.
    listed = page.list_model.rows[0]
    assert (listed.on, listed.status, listed.total_in, listed.total_out, listed.present) == (
        MEETING, "posted", 135_000, 50_000, 2)


def test_attendance_is_also_chosen_from_a_short_list(qtbot, actors, open_window, group):
    group_id, *_ = group
    page = meeting_page(qtbot, open_window(actors["treasurer"]), group_id)
    press(qtbot, page, Key.Key_Space)
    editor = page.grid.delegate.editor
    assert [editor.itemText(i) for i in range(editor.count())] == ["Present", "Late", "Excused", "Absent"]
    press(qtbot, page, "i", Key.Key_Return)
    assert page.model.lines[0].attendance == "excused" and at(page) == (1, ATTENDANCE_COLUMN)
    press(qtbot, page, Key.Key_Delete, "x", "7")
    assert page.model.lines[1].attendance == "" and cell(page, 1, ATTENDANCE_COLUMN) == "—"
    assert page.grid.delegate.editor is None and at(page) == (1, ATTENDANCE_COLUMN)


def test_a_refused_row_stops_the_whole_sheet_and_is_shown(qtbot, actors, open_window, group, answers):
    group_id, ani, budi, citra = group
    page = meeting_page(qtbot, open_window(actors["treasurer"]), group_id)
    entries = SavingsEntry.select().count()
    page.grid.setCurrentIndex(page.model.index(0, SUKARELA))
    press(qtbot, page, "200000", Key.Key_Return)
    page.grid.setCurrentIndex(page.model.index(2, WITHDRAWAL))
    press(qtbot, page, "310000", Key.Key_Return)
    # More than Citra holds: the cell says so before posting.
    assert page.model.index(2, WITHDRAWAL).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE
    type_cash(qtbot, page, "120.000")  # 150.000 + 40.000 + 40.000 + 200.000 - 310.000
    page.post()

    assert page.error.isVisible()
    assert page.error.text() == ("Nothing was posted. Row 3, Citra Dewi: The balance of Simpanan "
                                 "Sukarela is Rp300.000; Rp310.000 is more than that.")
    assert at(page) == (2, WITHDRAWAL) and page.model.refused_row == 2
    assert page.window().focusWidget() is page.grid
    assert SavingsEntry.select().count() == entries
    assert LoanShare.get(LoanShare.member == ani).paid_principal == 0
    assert not CollectionSheet.select().exists()
    assert page.sheet.status == "new" and page.model.lines[0].sukarela == 200_000

    # Corrected, it posts; the marks go.
    press(qtbot, page, "300000", Key.Key_Return)
    assert page.model.refused_row is None
    type_cash(qtbot, page, "130000")
    page.post()
    assert page.sheet.status == "posted" and not page.error.isVisible() and answers == []
    assert balances(citra)["sukarela"] == 0 and balances(ani)["sukarela"] == 200_000


def test_a_sheet_is_not_posted_twice(qtbot, actors, open_window, group, answers):
    group_id, ani, budi, citra = group
    first = meeting_page(qtbot, open_window(actors["treasurer"]), group_id)
    second = meeting_page(qtbot, open_window(actors["administrator"]), group_id)
    for page in (first, second):
        type_cash(qtbot, page, "230000")
    first.post()
    assert first.sheet.status == "posted"
    second.post()
    assert answers == ["The sheet of KUBE Melati for 10/02/2025 was already posted by Bambang "
                       "Hartono. Open it again to see it."]
    assert second.sheet.status == "posted" and not second.post_button.isEnabled()
    assert balances(ani)["wajib"] == 40_000
    assert CollectionSheet.select().count() == 1


def test_a_sheet_saved_meanwhile_by_someone_else_is_reloaded(qtbot, actors, open_window, group, answers):
    group_id, ani, budi, citra = group
    page = meeting_page(qtbot, open_window(actors["treasurer"]), group_id)
    lines = [LineForm(ani, "present", 40_000, 0, 0, 110_000), LineForm(budi, "absent"), LineForm(citra, "absent")]
    save_draft(actors["mentor"], group_id, MEETING, lines, None, "dari pendamping")
    type_cash(qtbot, page, "230000")
    page.post()
    assert answers == ["Someone else changed this record while you were editing it. Close the form "
                       "and open it again."]
    assert page.sheet.status == "draft" and page.note.text() == "dari pendamping"
    assert [line.attendance for line in page.model.lines] == ["present", "absent", "absent"]
    assert not CollectionSheet.get().posted_by


def test_a_draft_is_saved_by_the_mentor_and_posted_later(qtbot, actors, open_window, group, answers):
    group_id, ani, budi, citra = group
    mentor = meeting_page(qtbot, open_window(actors["mentor"]), group_id)
    assert mentor.save_button.isVisible() and not mentor.post_button.isVisible()
    assert not mentor.reverse_button.isVisible()
    press(qtbot, mentor, "h", "a")
    mentor.grid.setCurrentIndex(mentor.model.index(1, WAJIB))
    press(qtbot, mentor, Key.Key_Delete)
    type_cash(qtbot, mentor, "150000")
    assert "Posting waits" not in mentor.difference.text()
    mentor.note.setText("Citra datang terlambat")
    qtbot.keyClick(mentor.grid, Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert mentor.sheet.status == "draft" and not mentor.model.dirty
    assert "Draft started by Dewi Kartika" in mentor.status.text()

    treasurer = meeting_page(qtbot, open_window(actors["treasurer"]), group_id)
    assert treasurer.sheet.status == "draft"
    assert [(line.attendance, line.wajib) for line in treasurer.model.lines] == [
        ("present", 40_000), ("absent", 0), ("present", 40_000)]
    assert treasurer.cash.text() == "150.000" and treasurer.note.text() == "Citra datang terlambat"
    assert "Rp40.000 short" in treasurer.difference.text()
    treasurer.grid.setCurrentIndex(treasurer.model.index(2, ATTENDANCE_COLUMN))
    press(qtbot, treasurer, "t")
    type_cash(qtbot, treasurer, "190000")
    treasurer.post()
    assert treasurer.sheet.status == "posted" and answers == []
    assert [balances(m)["wajib"] for m in (ani, budi, citra)] == [40_000, 0, 40_000]
    assert load_sheet(group_id, MEETING).lines[2].attendance == "late"


def test_leaving_typed_changes_asks_first(qtbot, actors, open_window, group, monkeypatch):
    group_id, *_ = group
    page = meeting_page(qtbot, open_window(actors["treasurer"]), group_id)
    press(qtbot, page, "a")
    asked = []
    monkeypatch.setattr(collection_page, "confirm", lambda *args: asked.append(args[2]) or False)
    page.date.set_value(dt.date(2025, 1, 20))
    page.open_sheet()
    assert page.sheet.on == MEETING and page.model.lines[0].attendance == "absent"
    assert "changes that are not saved" in asked[0]


def test_a_posted_sheet_is_reversed_with_a_reason(qtbot, actors, open_window, group, printed):
    group_id, ani, budi, citra = group
    lines = [LineForm(ani, "present", 40_000, 0, 0, 110_000), LineForm(citra, "present", 0, 0, 50_000, 0)]
    post_sheet(actors["treasurer"], group_id, MEETING, lines, 100_000)
    page = meeting_page(qtbot, open_window(actors["treasurer"]), group_id)
    assert page.sheet.status == "posted" and page.reverse_button.isEnabled()
    assert page.model.headerData(WAJIB_DUE, Qt.Orientation.Horizontal) == "Wajib\nstill due"
    seen = []

    def reverse(dialog: ReverseSheetDialog) -> None:
        dialog.accept()  # no reason given
        seen.append((dialog.isVisible(), dialog.form.note("reason").text()))
        dialog.reason.setText("tanggal rapat salah")
        dialog.accept()

    when_modal(reverse, ReverseSheetDialog)
    qtbot.mouseClick(page.reverse_button, Qt.MouseButton.LeftButton)
    assert seen == [(True, "Enter the reason for the reversal.")]
    assert balances(ani) == {"pokok": 0, "wajib": 0, "sukarela": 0}
    assert balances(citra)["sukarela"] == 300_000
    assert LoanShare.get(LoanShare.member == ani).paid_principal == 0
    # The reversed sheet stays shown as it was, read only, with the reason.
    assert page.sheet.status == "reversed" and "Reversed: tanggal rapat salah." in page.status.text()
    assert [line.withdrawal for line in page.model.lines] == [0, 0, 50_000]
    assert not page.grid.typable(0, WAJIB) and not page.reverse_button.isEnabled()
    assert page.record_button.isEnabled() and not page.receipts_button.isEnabled()
    if importlib.util.find_spec("desktop.documents.collection_sheet") is not None:
        qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(printed) == 1)
        record = "\n".join(pdf_pages(printed[0]))
        assert "DIBATALKAN" in record and "tanggal rapat salah" in record
    assert [r.status for r in page.list_model.rows] == ["reversed"]
    # The day can be entered again.
    qtbot.keyClick(page.date.edit, Key.Key_Return)
    assert page.sheet.status == "new" and page.grid.typable(0, WAJIB) and page.save_button.isEnabled()
    # The reversed one is still opened from the list.
    page.tabs.setCurrentIndex(1)
    page.sheets.setCurrentIndex(page.list_model.index(0, 0))
    qtbot.keyClick(page.sheets, Key.Key_Return)
    assert page.sheet.status == "reversed" and page.tabs.currentIndex() == 0


def test_what_each_role_may_do_on_meeting_day(qtbot, actors, open_window, group):
    group_id, *_ = group
    for role in ("secretary", "chair"):
        page = meeting_page(qtbot, open_window(actors[role]), group_id)
        assert not any(b.isVisible() for b in (page.save_button, page.post_button, page.reverse_button))
        assert page.cash.isReadOnly() and page.note.isReadOnly() and not page.hint.isVisible()
        assert not page.grid.typable(0, WAJIB) and "may look at sheets" in page.status.text()
        press(qtbot, page, "a", "5", Key.Key_Delete)
        assert page.model.lines[0].attendance == "present" and page.grid.delegate.editor is None
        assert page.blank_button.isEnabled()
    treasurer = meeting_page(qtbot, open_window(actors["treasurer"]), group_id)
    assert all(b.isVisible() for b in (treasurer.save_button, treasurer.post_button, treasurer.reverse_button))
    assert not treasurer.reverse_button.isEnabled()


def test_a_sheet_is_opened_from_the_group_list(qtbot, actors, open_window, group, answers):
    group_id, ani, budi, citra = group
    earlier = dt.date(2025, 1, 20)
    post_sheet(actors["treasurer"], group_id, earlier, [LineForm(budi, "present", 20_000)], 20_000)
    page = meeting_page(qtbot, open_window(actors["treasurer"]), group_id)
    page.tabs.setCurrentIndex(1)
    page.sheets.setFocus()
    page.sheets.setCurrentIndex(page.list_model.index(0, 0))
    qtbot.keyClick(page.sheets, Key.Key_Return)
    assert page.sheet.on == earlier and page.sheet.status == "posted"
    assert page.date.value() == earlier and page.tabs.currentIndex() == 0


def test_the_collection_sheet_and_the_meeting_record_are_printed(qtbot, actors, open_window, group, printed, answers):
    pytest.importorskip("desktop.documents.collection_sheet")
    group_id, *_ = group
    page = meeting_page(qtbot, open_window(actors["treasurer"]), group_id)
    assert not page.record_button.isEnabled()
    qtbot.mouseClick(page.blank_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printed) == 1)
    assert "Ani Lestari" in "\n".join(pdf_pages(printed[0]))
    type_cash(qtbot, page, "230000")
    page.post()
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printed) == 2)
    assert "Citra Dewi" in "\n".join(pdf_pages(printed[1]))


def test_the_sheet_model_passes_the_model_tester(qtmodeltester, actors, group):
    group_id, *_ = group
    model = SheetModel()
    model.set_sheet(load_sheet(group_id, MEETING), True)
    assert model.setData(model.index(0, WAJIB), 25_000)
    assert not model.setData(model.index(0, WAJIB), -1)
    assert not model.setData(model.index(1, INSTALLMENT), 10_000)  # Budi has no loan
    assert not model.setData(model.index(0, WAJIB_DUE), 1)
    assert model.dirty and model.net == 25_000 + 110_000 + 2 * 40_000
    qtmodeltester.check(model, force_py=True)


def test_a_draft_that_will_not_be_posted_is_deleted_and_the_month_can_close(qtbot, actors, open_window,
                                                                             group, answers):
    group_id, *_ = group
    mentor = meeting_page(qtbot, open_window(actors["mentor"]), group_id)
    assert not mentor.discard_button.isEnabled()  # nothing saved yet
    press(qtbot, mentor, "h")
    qtbot.keyClick(mentor.grid, Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert mentor.sheet.status == "draft" and mentor.discard_button.isEnabled()
    mentor.discard_button.click()
    assert answers == []
    assert not CollectionSheet.select().where(CollectionSheet.group == group_id).exists()
    assert mentor.sheet.status == "new" and not mentor.discard_button.isEnabled()
    assert SavingsEntry.select().where(SavingsEntry.on == MEETING).count() == 0


def test_deleting_a_draft_tells_the_other_pages(qtbot, actors, open_window, group, answers):
    group_id, *_ = group
    window = open_window(actors["administrator"])
    window.show_page("audit")  # read once, before the draft goes
    told = []
    bus.changed.connect(told.append)
    page = meeting_page(qtbot, window, group_id)
    qtbot.keyClick(page.grid, Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    told.clear()
    page.discard_button.click()
    assert told == ["meetings"] and answers == []
    window.show_page("audit")
    newest = window.pages["audit"].model
    assert newest.rows[0].action == "sheet.discard"
    assert [newest.index(0, c).data() for c in (3, 4, 5)] == [
        "Draft meeting sheet deleted", "Meeting sheet #1", "KUBE Melati · 10/02/2025"]
    bus.changed.disconnect(told.append)


def test_a_draft_deleted_elsewhere_keeps_what_was_typed(qtbot, actors, open_window, group, answers):
    group_id, ani, budi, citra = group
    page = meeting_page(qtbot, open_window(actors["treasurer"]), group_id)
    page.grid.setCurrentIndex(page.model.index(0, SUKARELA))
    press(qtbot, page, "200000", Key.Key_Return)
    qtbot.keyClick(page.grid, Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.sheet.status == "draft"
    # Budi is marked absent, then the mentor deletes the draft on another computer.
    page.grid.setCurrentIndex(page.model.index(1, ATTENDANCE_COLUMN))
    press(qtbot, page, "a")
    saved = load_sheet(group_id, MEETING)
    discard_draft(actors["mentor"], saved.sheet_id, saved.version)
    qtbot.keyClick(page.grid, Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # Nothing popped up and nothing typed was lost: the page says what happened.
    assert answers == [] and page.error.isVisible()
    assert "deleted on another computer" in page.error.text() and "deleted on another computer" in page.status.text()
    assert page.sheet.status == "new" and page.model.dirty and not page.discard_button.isEnabled()
    assert (page.model.lines[0].sukarela, page.model.lines[1].attendance) == (200_000, "absent")
    # Saved again, it is a new draft with what was typed.
    qtbot.keyClick(page.grid, Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    again = load_sheet(group_id, MEETING)
    assert again.status == "draft" and not page.error.isVisible()
    assert [(line.attendance, line.sukarela) for line in again.lines] == [
        ("present", 200_000), ("absent", 0), ("present", 0)]
    assert page.sheet.status == "draft" and not page.model.dirty


def test_deleting_a_draft_deleted_elsewhere_says_so(qtbot, actors, open_window, group, answers):
    group_id, *_ = group
    page = meeting_page(qtbot, open_window(actors["treasurer"]), group_id)
    qtbot.keyClick(page.grid, Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = load_sheet(group_id, MEETING)
    discard_draft(actors["mentor"], saved.sheet_id, saved.version)
    page.discard_button.click()
    assert answers == [] and page.sheet.status == "new"
    assert page.error.text() == "The draft had already been deleted on another computer."

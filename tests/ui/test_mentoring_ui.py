"""Mentoring visits driven as a mentor would: a visit with two follow-ups typed in the dialog,
one marked done from the list, the follow-ups past their due date shown on logging in (through
the real login), the refusals beside their fields, and who may record visits."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPushButton, QWidget

from desktop.mentoring import (
    FollowUpForm,
    VisitForm,
    list_visits,
    mark_follow_up_done,
    record_visit,
    visit_detail,
)
from desktop.paths import app_paths
from tests.conftest import PASSWORD
from tests.desktop.helpers import new_group
from tests.ui.conftest import when_modal
from ui import app, visits_tab
from ui.app import AppController
from ui.follow_ups import LATE, DoneDialog, OverdueDialog, overdue_rows
from ui.login_notices import LoginNotices, TodayDialog
from ui.start import LoginDialog
from ui.visit_dialog import DUE, TEXT, VisitDialog

TODAY = dt.date.today()
Key = Qt.Key


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def d(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


@pytest.fixture
def group(actors) -> int:
    """KUBE Melati, mentored by Dewi Kartika (the mentor)."""
    return new_group(actors["secretary"], mentor_id=actors["mentor"].id)


def visits_of_window(window, qtbot=None):
    if qtbot is not None:  # the keyboard shortcuts work in the active window only
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    window.show_page("development")
    page = window.pages["development"]
    page.tabs.setCurrentWidget(page.visits)
    return page.visits


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_cell(qtbot, dialog: VisitDialog, text: str) -> QWidget:
    """Type into the current cell of the follow-ups, as the keyboard does; the cell's editor."""
    table = dialog.table
    if table.state() != QAbstractItemView.State.EditingState:
        table.editItem(table.currentItem())
    editor = dialog.focusWidget()
    assert editor is not table, "no cell editor is open"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    return editor


def test_a_visit_with_two_follow_ups_is_recorded_and_one_is_marked_done(qtbot, qtmodeltester, actors, group, open_window):
    window = open_window(actors["mentor"])
    tab = visits_of_window(window, qtbot)
    seen = {}

    def fill(dialog: VisitDialog):
        dialog.activateWindow()  # for its Ctrl+Enter
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.group.setCurrentIndex(dialog.group.findText("KUBE Melati"))
        seen["mentor"] = dialog.mentor.currentText()
        dialog.date.edit.clear()
        qtbot.keyClicks(dialog.date.edit, d(days_ago(20)))
        qtbot.keyClicks(dialog.met, "Bu Sari (ketua), 9 anggota")
        qtbot.keyClicks(dialog.notes, "Buku kas belum diisi.")
        table = dialog.table
        click(qtbot, dialog.findChild(QPushButton, "add_follow_up"))
        seen["default_due"] = table.item(0, DUE).text()  # two weeks after the visit
        editor = type_cell(qtbot, dialog, "Isi buku kas")
        qtbot.keyClick(editor, Key.Key_Tab)  # on to the due date
        editor = type_cell(qtbot, dialog, d(days_ago(5)))
        qtbot.keyClick(editor, Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        seen["rows"] = table.rowCount()
        editor = type_cell(qtbot, dialog, "Rapat pengurus")
        qtbot.keyClick(editor, Key.Key_Tab)
        # A row added and left blank is not a follow-up.
        click(qtbot, dialog.findChild(QPushButton, "add_follow_up"))
        table.item(2, DUE).setText("")
        click(qtbot, dialog.findChild(QPushButton, "ok"))

    when_modal(fill, VisitDialog)
    qtbot.keyClick(tab, Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"mentor": "Dewi Kartika", "default_due": d(days_ago(6)), "rows": 2}
    [visit] = list_visits()
    assert (visit.group, visit.on, visit.met, visit.notes) == (
        "KUBE Melati", days_ago(20), "Bu Sari (ketua), 9 anggota", "Buku kas belum diisi.")
    # Isi buku kas: due 5 days ago, overdue; Rapat pengurus: due 6 days ago (the default), overdue.
    assert [(f.text, f.due_on) for f in visit.follow_ups] == [
        ("Rapat pengurus", days_ago(6)), ("Isi buku kas", days_ago(5))]
    assert tab.model.rows[0].id == visit.id
    assert tab.model.data(tab.model.index(0, visits_tab.FOLLOW_UPS_COLUMN)) == "2 overdue"
    follow = tab.follow_model
    assert [follow.data(follow.index(r, 2)) for r in range(2)] == [
        "overdue, 6 day(s) late", "overdue, 5 day(s) late"]
    assert follow.data(follow.index(1, 0), Qt.ItemDataRole.ForegroundRole).color() == LATE
    qtmodeltester.check(tab.model)
    qtmodeltester.check(follow)

    # The second follow-up is done, two days ago.
    tab.follow_ups.selectRow(1)

    def done(dialog: DoneDialog):
        dialog.done_on.edit.clear()
        qtbot.keyClicks(dialog.done_on.edit, d(days_ago(2)))
        qtbot.keyClicks(dialog.note, "sudah diisi sampai bulan ini")
        qtbot.keyClick(dialog.note, Key.Key_Return)

    when_modal(done, DoneDialog)
    click(qtbot, tab.done_button)
    stored = visit_detail(visit.id).follow_ups[1]
    assert (stored.done_on, stored.done_by, stored.done_note) == (days_ago(2), "Dewi Kartika", "sudah diisi sampai bulan ini")
    assert tab.model.data(tab.model.index(0, visits_tab.FOLLOW_UPS_COLUMN)) == "1 overdue · 1 done"
    assert follow.data(follow.index(1, 2)) == f"done {d(days_ago(2))}"
    assert follow.data(follow.index(1, 0), Qt.ItemDataRole.ForegroundRole).color() != LATE
    assert not tab.done_button.isEnabled() and tab.reopen_button.isEnabled()
    # Only visits with open follow-ups: this one still has one.
    tab.open_only.setChecked(True)
    assert [v.id for v in tab.model.rows] == [visit.id]


def test_refusals_are_shown_beside_their_fields(qtbot, actors, group, open_window):
    window = open_window(actors["mentor"])
    tab = visits_of_window(window)
    seen = {}

    def fill(dialog: VisitDialog):
        dialog.group.setCurrentIndex(0)
        click(qtbot, dialog.findChild(QPushButton, "ok"))
        seen["group"] = dialog.form.note("group").text()
        dialog.group.setCurrentIndex(dialog.group.findText("KUBE Melati"))
        dialog.date.edit.setText(d(days_ago(3)))
        click(qtbot, dialog.findChild(QPushButton, "add_follow_up"))
        qtbot.keyClick(type_cell(qtbot, dialog, "Rapat"), Key.Key_Tab)
        dialog.table.item(0, DUE).setText(d(days_ago(4)))
        click(qtbot, dialog.findChild(QPushButton, "ok"))
        seen["before"] = dialog.form.note("follow_ups").text()
        dialog.table.item(0, DUE).setText("31/02/2025")
        click(qtbot, dialog.findChild(QPushButton, "ok"))
        seen["unreadable"] = dialog.form.note("follow_ups").text()
        dialog.date.edit.setText(d(TODAY + dt.timedelta(days=1)))
        dialog.table.item(0, DUE).setText(d(TODAY + dt.timedelta(days=2)))
        click(qtbot, dialog.findChild(QPushButton, "ok"))
        seen["future"] = dialog.form.note("date").text()
        seen["open"] = dialog.isVisible()
        click(qtbot, dialog.findChild(QPushButton, "cancel"))

    when_modal(fill, VisitDialog)
    click(qtbot, tab.new_button)
    assert seen == {
        "group": "Choose the group visited.",
        "before": f"Follow-up 1 is due on {d(days_ago(4))}, before the visit on {d(days_ago(3))}. "
                  "Give it a due date on or after the visit.",
        "unreadable": "Follow-up 1: The date 31/02/2025 does not exist. Check the day and the month.",
        "future": "The date cannot be in the future.",
        "open": True,
    }
    assert list_visits() == []


def test_changing_a_visit_keeps_a_done_follow_up(qtbot, actors, group, open_window):
    mentor = actors["mentor"]
    visit_id = record_visit(mentor, VisitForm(group, days_ago(30), mentor.id, "ketua", "",
                                              [FollowUpForm("Isi buku kas", days_ago(20)),
                                               FollowUpForm("Rapat", days_ago(10))]))
    mark_follow_up_done(mentor, visit_detail(visit_id).follow_ups[0].id, days_ago(15))
    window = open_window(mentor)
    tab = visits_of_window(window)
    seen = {}

    def change(dialog: VisitDialog):
        table = dialog.table
        table.setCurrentCell(0, TEXT)
        seen["done"] = (table.item(0, 2).text(), dialog.remove_button.isEnabled(), dialog.hint.text())
        table.setCurrentCell(1, TEXT)
        click(qtbot, dialog.remove_button)
        dialog.notes.setPlainText("Buku kas sudah lengkap.")
        click(qtbot, dialog.findChild(QPushButton, "ok"))

    when_modal(change, VisitDialog)
    tab.visits.selectRow(0)
    click(qtbot, tab.edit_button)
    assert seen["done"] == (f"done {d(days_ago(15))}", False, "A follow-up already done stays on the visit.")
    row = visit_detail(visit_id)
    assert (row.notes, [(f.text, f.done_on) for f in row.follow_ups]) == (
        "Buku kas sudah lengkap.", [("Isi buku kas", days_ago(15))])


def _overdue_office(actors, group):
    """Dewi's group has a follow-up 4 days late (hers) and one of the administrator's, 2 days
    late; one due today is not late."""
    mentor, admin = actors["mentor"], actors["administrator"]
    record_visit(mentor, VisitForm(group, days_ago(20), mentor.id, "", "",
                                   [FollowUpForm("Isi buku kas", days_ago(4)), FollowUpForm("Rapat", TODAY)]))
    other = new_group(actors["secretary"], "KUBE Mawar")
    record_visit(admin, VisitForm(other, days_ago(10), admin.id, "", "", [FollowUpForm("Cek kas", days_ago(2))]))


def test_the_overdue_follow_ups_are_shown_at_login(qtbot, actors, group, books, tmp_path, english, monkeypatch):
    _overdue_office(actors, group)
    monkeypatch.setattr(app, "AFTER_LOGIN_MS", 0)
    controller = AppController(app_paths(tmp_path / "data"), db_override=books, language="en")
    seen = {}

    def done(dialog: DoneDialog):
        qtbot.keyClick(dialog.note, Key.Key_Return)

    def overdue(dialog: OverdueDialog):
        seen["header"] = dialog.header.text()
        seen["rows"] = [(r.group, r.text, r.days_overdue) for r in dialog.model.rows]
        seen["columns"] = dialog.model.columnCount()
        when_modal(done, DoneDialog)
        click(qtbot, dialog.findChild(QPushButton, "overdue_done"))
        seen["after"] = (dialog.header.text(), dialog.model.rowCount())
        click(qtbot, dialog.findChild(QPushButton, "overdue_open_visits"))

    def today(dialog: TodayDialog):
        seen["today"] = (dialog.keys(), dialog.text_of("follow_ups"))
        when_modal(overdue, OverdueDialog)
        click(qtbot, dialog.findChild(QPushButton, "today_follow_ups_button"))
        seen["today_open"] = dialog.isVisible()

    def log_in(dialog: LoginDialog):
        dialog.username.setText("pendamping")
        dialog.password.setText(PASSWORD)
        when_modal(today, TodayDialog, tries=1500)
        qtbot.keyClick(dialog.password, Key.Key_Return)

    when_modal(log_in, LoginDialog)
    controller.start()
    qtbot.waitUntil(lambda: "today_open" in seen, timeout=30_000)
    window = controller.window
    assert seen["today"] == (["follow_ups"], "1 follow-up(s) of your visits or your groups are past their due date.")
    assert not seen["today_open"]
    assert seen["header"] == "<b>1 follow-up(s) of your visits or your groups are past their due date.</b>"
    assert seen["rows"] == [("KUBE Melati", "Isi buku kas", 4)]
    assert seen["columns"] == 5  # a mentor's own: no mentor column
    assert seen["after"] == ("Every follow-up is done or not yet due.", 0)
    # "Open the visits": the development page, on the visits, those with open follow-ups.
    page = window.pages["development"]
    assert window.stack.currentWidget() is page and page.tabs.currentWidget() is page.visits
    assert page.visits.open_only.isChecked()
    assert [v.group for v in page.visits.model.rows] == ["KUBE Melati"]
    window.close()


def test_who_sees_overdue_follow_ups_at_start(qtbot, qtmodeltester, actors, group, open_window):
    _overdue_office(actors, group)
    listed = OverdueDialog(actors["administrator"], overdue_rows(actors["administrator"]))
    qtbot.addWidget(listed)
    qtmodeltester.check(listed.model)

    def today(window, actor) -> TodayDialog | None:
        notices = LoginNotices(window, actor, window.settings, window.books.path, lambda _made: None,
                               lambda _detail: None, steps=(), wait_ms=60_000)
        notices.show()
        return notices.dialog

    told = today(open_window(actors["secretary"]), actors["secretary"])
    assert told is None or "follow_ups" not in told.keys()
    assert overdue_rows(actors["treasurer"]) == []
    seen = {}

    def read(dialog: OverdueDialog):
        seen["rows"] = [(r.group, r.days_overdue, r.mentor) for r in dialog.model.rows]
        seen["mentor_column"] = dialog.model.headerData(5, Qt.Orientation.Horizontal)
        seen["done_enabled"] = dialog.done_button.isEnabled()
        click(qtbot, dialog.findChild(QPushButton, "overdue_close"))

    window = open_window(actors["chair"])
    told = today(window, actors["chair"])
    when_modal(read, OverdueDialog)
    click(qtbot, told.findChild(QPushButton, "today_follow_ups_button"))
    # The chair sees everyone's but may not mark them done.
    assert seen == {"rows": [("KUBE Melati", 4, "Dewi Kartika"), ("KUBE Mawar", 2, "Admin Kantor")],
                    "mentor_column": "Mentor", "done_enabled": False}
    assert window.stack.currentWidget() is not window.pages["development"]


def test_a_treasurer_cannot_record_visits(qtbot, actors, group, open_window):
    mentor = actors["mentor"]
    record_visit(mentor, VisitForm(group, days_ago(10), mentor.id, "", "", [FollowUpForm("Rapat", days_ago(2))]))
    window = open_window(actors["treasurer"])
    tab = visits_of_window(window, qtbot)
    assert len(tab.model.rows) == 1
    tab.follow_ups.selectRow(0)
    buttons = (tab.new_button, tab.edit_button, tab.done_button, tab.reopen_button)
    assert [b.isEnabled() for b in buttons] == [False] * 4
    assert tab.new_button.toolTip() == "Visits are recorded by a mentor or the administrator."
    qtbot.keyClick(tab, Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.activeModalWidget() is None


def test_the_list_filters_by_group_period_and_open_follow_ups(qtbot, actors, group, open_window):
    mentor, admin = actors["mentor"], actors["administrator"]
    mawar = new_group(actors["secretary"], "KUBE Mawar")
    record_visit(mentor, VisitForm(group, days_ago(60), mentor.id, "", "lama", [FollowUpForm("Rapat", days_ago(50))]))
    record_visit(mentor, VisitForm(mawar, days_ago(10), mentor.id, "", "baru", []))
    record_visit(admin, VisitForm(group, days_ago(5), admin.id, "", "admin", [FollowUpForm("Cek kas", TODAY)]))
    tab = visits_of_window(open_window(mentor))
    # A mentor's list starts with their own visits.
    assert tab.mentor.currentText() == "Dewi Kartika"
    assert [v.notes for v in tab.model.rows] == ["baru", "lama"]
    tab.mentor.setCurrentIndex(0)
    assert [v.notes for v in tab.model.rows] == ["admin", "baru", "lama"]
    assert tab.count.text() == "3 visit(s) · 1 follow-up(s) overdue"
    qtbot.keyClicks(tab.since.edit, d(days_ago(30)))
    assert [v.notes for v in tab.model.rows] == ["admin", "baru"]
    tab.until.edit.setText("")
    qtbot.keyClicks(tab.until.edit, "31/02/2025")
    assert tab.filter_note.text() == "The date 31/02/2025 does not exist. Check the day and the month."
    tab.until.edit.clear()
    qtbot.keyClicks(tab.until.edit, d(days_ago(7)))
    assert tab.filter_note.text() == ""
    assert [v.notes for v in tab.model.rows] == ["baru"]
    tab.until.edit.clear()
    tab.since.edit.clear()
    qtbot.keyClicks(tab.since.edit, " ")  # an empty period again: every visit
    tab.group.setCurrentIndex(tab.group.findText("KUBE Melati"))
    assert [v.notes for v in tab.model.rows] == ["admin", "lama"]
    tab.open_only.setChecked(True)
    assert [v.notes for v in tab.model.rows] == ["admin", "lama"]
    # Done on another PC: the list is read again when the tab is shown again.
    mark_follow_up_done(mentor, visit_detail(tab.model.rows[1].id).follow_ups[0].id, days_ago(40))
    tab.hide()
    tab.show()
    assert [v.notes for v in tab.model.rows] == ["admin"]


def test_tab_goes_on_from_the_visits_list_and_the_follow_ups_typed(qtbot, actors, group, open_window):
    record_visit(actors["mentor"], VisitForm(group, days_ago(3), actors["mentor"].id, "ketua", "",
                                             [FollowUpForm("Isi buku kas", days_ago(1))]))
    window = open_window(actors["mentor"])
    tab = visits_of_window(window, qtbot)
    # A list is gone through with the arrows; Tab goes on to the next field.
    tab.visits.setFocus()
    qtbot.keyClick(tab.visits, Key.Key_Tab)
    assert window.focusWidget() is tab.follow_ups
    qtbot.keyClick(tab.follow_ups, Key.Key_Tab)
    assert window.focusWidget() not in (tab.visits, tab.follow_ups)
    seen = {}

    def fill(dialog: VisitDialog):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        click(qtbot, dialog.findChild(QPushButton, "add_follow_up"))
        editor = type_cell(qtbot, dialog, "Rapat pengurus")
        qtbot.keyClick(editor, Key.Key_Tab)  # to its due date
        editor = type_cell(qtbot, dialog, d(days_ago(1)))
        qtbot.keyClick(editor, Key.Key_Tab)  # to "Done", the last cell
        qtbot.keyClick(dialog.focusWidget(), Key.Key_Tab)
        seen["after the table"] = dialog.focusWidget().objectName()
        qtbot.keyClick(dialog.focusWidget(), Key.Key_Backtab)
        qtbot.keyClick(dialog.focusWidget(), Key.Key_Backtab)
        seen["back"] = (dialog.table.currentRow(), dialog.table.currentColumn())
        dialog.reject()

    when_modal(fill, VisitDialog)
    qtbot.keyClick(tab, Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"after the table": "add_follow_up", "back": (0, DUE)}


def test_the_visits_have_more_room_than_one_visits_follow_ups(qtbot, actors, group, open_window):
    window = open_window(actors["mentor"])
    window.resize(1366, 768)
    tab = visits_of_window(window)
    qtbot.waitUntil(lambda: tab.visits.height() > 0)
    assert tab.visits.height() > 1.3 * tab.follow_ups.height()

"""The group history and the groups needing attention, driven as a mentor would in the main
window: find the group by typing its name, read its profile and figures, see the charts drawn,
filter the timeline, print the profile; and open a group from the attention list."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLabel

from desktop.group_history import group_history
from tests.desktop.helpers import new_group, new_member, pdf_pages
from tests.desktop.test_group_history import build_melati
from ui import paper_dialogs
from ui.bus import bus
from ui.history_tab import BAD, MEETING_COLOUR, OVERDUE_COLOUR, SAVINGS_COLOUR
from ui.mini_charts import MiniChart, Series

Key = Qt.Key
D = dt.date


@pytest.fixture
def melati(actors):
    return build_melati(actors)


@pytest.fixture
def printed(monkeypatch):
    made = []
    monkeypatch.setattr(paper_dialogs, "show_pdf", lambda parent, path, title: made.append(path))
    return made


def development(window, tab: str):
    window.show_page("development")
    page = window.pages["development"]
    page.tabs.setCurrentWidget(getattr(page, tab))
    return page


def text_of(widget, name: str) -> str:
    return widget.findChild(QLabel, name).text()


def pixels_of(chart, colour: str) -> int:
    """How many pixels of the chart are painted in *colour* (its bars, lines and dots)."""
    image = chart.grab().toImage()
    wanted = QColor(colour).rgb()
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if image.pixel(x, y) == wanted)


def test_the_mentor_finds_the_group_and_reads_its_history(qtbot, qtmodeltester, open_window, actors, melati, printed):
    window = open_window(actors["mentor"])
    window.resize(1300, 900)
    tab = development(window, "history").history
    box = tab.findChild(QComboBox, "history_group")
    # The mentor's own group first, then the others after a separator.
    assert [box.itemText(i) for i in range(box.count())] == ["KUBE Melati", "", "KUBE Mawar"]
    assert not tab.scroll.isVisible() and tab.note.isVisible()
    box.lineEdit().clear()
    qtbot.keyClicks(box.lineEdit(), "KUBE Melati")
    qtbot.keyClick(box.lineEdit(), Key.Key_Return)
    qtbot.waitUntil(tab.scroll.isVisible)
    assert text_of(tab, "history_name") == "KUBE Melati"
    assert text_of(tab, "history_stage") == "Strengthening"
    assert text_of(tab, "history_grade") == "C (assessed 01/05/2025)"
    assert text_of(tab, "history_members") == "3"
    assert text_of(tab, "history_officers") == "Treasurer (bendahara): Dedi Kurniawan"
    assert text_of(tab, "history_mentor") == "Dewi Kartika"
    # Today, long after the loan's last installment (10/11/2025): Ani has paid 5 of 10
    # installments of 110.000, Budi 3 of 10 of 55.000: 550.000 + 385.000 overdue, the oldest
    # from Budi's 4th, due 10/05/2025.
    overdue = text_of(tab, "history_figure_overdue")
    assert "Rp935.000" in overdue and "2 member(s) behind, since 10/05/2025" in overdue
    assert BAD in overdue
    assert "Rp230.000" in text_of(tab, "history_figure_savings")
    assert "outstanding Rp850.000" in text_of(tab, "history_figure_loans")
    # Both follow-ups not done are past their dates now.
    assert "2 overdue, the oldest due 15/04/2025" in text_of(tab, "history_figure_follow_ups")
    days = (dt.date.today() - D(2025, 6, 25)).days
    assert f"{days} days ago" in text_of(tab, "history_figure_visit")
    assert pixels_of(tab.attendance_chart, MEETING_COLOUR) > 20
    assert pixels_of(tab.savings_chart, SAVINGS_COLOUR) > 200
    assert pixels_of(tab.overdue_chart, OVERDUE_COLOUR) > 200
    assert text_of(tab, "history_chart_note").startswith("By month since the group began")

    events = group_history(melati["group"]).events
    model = tab.model
    assert model.rowCount() == len(events)
    # The newest: the training of 15/07/2025 (no attendance taken), then the last visit, whose
    # follow-up (due 10/07/2025) is overdue now, in red.
    assert [model.index(0, c).data() for c in range(3)] == ["15/07/2025", "Training: Pemasaran", "Attendance not recorded"]
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, 1).data() == "Visit by Dewi Kartika"
    assert model.index(1, 2).data() == "Met: Dedi. Follow-ups: 1 agreed, 0 done, 0 open, 1 overdue."
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole).color() == QColor(BAD)
    qtmodeltester.check(model, force_py=True)
    kind = tab.findChild(QComboBox, "history_kind")
    kind.setCurrentIndex(kind.findData("bad"))
    # Two arrears episodes, the class down, and the two visits whose follow-ups are overdue.
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "25/06/2025", "11/05/2025", "01/05/2025", "11/03/2025", "01/03/2025"]
    assert text_of(tab, "history_count") == "5 event(s)"
    kind.setCurrentIndex(kind.findData("members"))
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [
        "Citra Dewi left the office", "Eka Putri moved in from KUBE Mawar",
        "Budi Santoso moved to KUBE Mawar", "Dedi Kurniawan joined", "3 members joined"]

    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=15000)
    text = "\n".join(pdf_pages(printed[0]))
    assert "PROFIL KELOMPOK" in text and "KUBE Melati" in text and "Rp935.000" in text


def test_others_see_every_group_by_name(qtbot, open_window, actors, melati):
    window = open_window(actors["secretary"])
    tab = development(window, "history").history
    box = tab.findChild(QComboBox, "history_group")
    assert [box.itemText(i) for i in range(box.count())] == ["KUBE Mawar", "KUBE Melati"]
    window.pages["development"].show_group(melati["mawar"])
    assert text_of(tab, "history_name") == "KUBE Mawar"
    assert box.currentText() == "KUBE Mawar"


def test_the_groups_page_opens_the_chosen_group_s_history(qtbot, open_window, actors, melati):
    window = open_window(actors["secretary"])
    window.show_page("groups")
    groups = window.pages["groups"]
    groups.select(melati["mawar"])
    qtbot.mouseClick(groups.history_button, Qt.MouseButton.LeftButton)
    page = window.pages["development"]
    assert window.stack.currentWidget() is page and page.tabs.currentWidget() is page.history
    assert text_of(page.history, "history_name") == "KUBE Mawar"


def test_the_attention_list_opens_a_groups_history(qtbot, qtmodeltester, open_window, actors, melati):
    window = open_window(actors["mentor"])
    page = development(window, "attention")
    tab = page.attention
    qtbot.waitUntil(lambda: tab.loaded)
    model = tab.model
    # The mentor's own groups at first: Melati only.
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["KUBE Melati"]
    today = dt.date.today()
    assert model.index(0, 2).data() == (
        f"Arrears: Rp935.000 overdue, 2 member(s) behind, the longest {(today - D(2025, 5, 10)).days} days\n"
        "2 follow-up(s) overdue, the oldest due 15/04/2025\nClass fell from B to C on 01/05/2025\n"
        f"No visit for {(today - D(2025, 6, 25)).days} days (last on 25/06/2025)")
    assert text_of(tab, "attention_count") == "1 group(s) need attention"
    mentor = tab.findChild(QComboBox, "attention_mentor")
    mentor.setCurrentIndex(mentor.findData(None))
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["KUBE Melati", "KUBE Mawar"]
    assert model.index(1, 2).data() == "Never visited"
    qtmodeltester.check(model, force_py=True)
    assert not tab.open_button.isEnabled()
    rect = tab.table.visualRect(model.index(0, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.open_button.isEnabled()
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.tabs.currentWidget() is page.history
    assert text_of(page.history, "history_name") == "KUBE Melati"
    page.tabs.setCurrentWidget(tab)
    tab.table.selectRow(1)
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert text_of(page.history, "history_name") == "KUBE Mawar"


def test_the_attention_list_keeps_the_order_chosen_when_it_is_read_again(qtbot, open_window, actors):
    admin = actors["administrator"]
    for name in ("KUBE Cempaka", "KUBE Anggrek", "KUBE Bakung"):
        new_member(admin, new_group(admin, name))  # never visited: each needs attention
    window = open_window(admin)
    tab = development(window, "attention").attention
    qtbot.waitUntil(lambda: tab.loaded)
    tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def names():
        return [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]

    assert names() == ["KUBE Cempaka", "KUBE Bakung", "KUBE Anggrek"]
    new_member(admin, new_group(admin, "KUBE Dahlia"))
    bus.changed.emit("members")
    assert names() == ["KUBE Dahlia", "KUBE Cempaka", "KUBE Bakung", "KUBE Anggrek"]


def test_a_chart_with_nothing_to_draw_shows_no_scale(qtbot):
    chart = MiniChart("empty_chart")
    qtbot.addWidget(chart)
    chart.resize(320, 180)
    labels = []

    def fmt(value: float) -> str:
        labels.append(value)
        return f"{value:.0f}"

    months = [D(2025, m, 1) for m in range(1, 7)]
    chart.set_data("Overdue at month end (Rp)", months, [Series("Overdue", [0.0] * 6, OVERDUE_COLOUR)],
                   fmt, bars=True, empty="Nothing overdue")
    chart.grab()
    assert labels == []  # not 0, 0, 0, 0 and 1 up the side of an empty chart
    chart.set_data("Overdue at month end (Rp)", months, [Series("Overdue", [0.0] * 5 + [400_000.0], OVERDUE_COLOUR)],
                   fmt, bars=True, empty="Nothing overdue")
    chart.grab()
    assert labels[:5] == [0, 100_000, 200_000, 300_000, 400_000]

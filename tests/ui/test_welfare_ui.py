"""The household-welfare tab driven as a mentor would: a survey typed in the dialog (member found
by number within the group), its refusals beside the fields, taking one back with a reason, and
the before-and-after figures of a group, a program and the office as the view shows them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from db.models import Attendance, Member, Program, TrainingSession, WelfareSurvey
from desktop.welfare import SurveyForm, record_survey
from tests.desktop.helpers import new_group, new_member
from tests.ui.conftest import when_modal
from ui import welfare_tab
from ui.welfare_comparison_view import percent
from ui.welfare_dialog import SurveyDialog, TakeBackDialog
from ui.welfare_tab import WelfareTab

JOINED = dt.date(2022, 1, 10)
BEFORE = dt.date(2022, 1, 5)
Key = Qt.Key


@pytest.fixture
def melati(actors):
    """KUBE Melati: Ani (PS), Budi (KS1) and Citra (KS2) surveyed before joining on 10/01/2022;
    Budi again on 01/06/2024 (KS3). Dewi is in KSM Mawar."""
    sec, mentor = actors["secretary"], actors["mentor"]
    group = new_group(sec)
    members = {}
    for n, (name, level) in enumerate([("Ani Lestari", "PS"), ("Budi Santoso", "KS1"),
                                       ("Citra Dewi", "KS2")]):
        members[name] = new_member(sec, group, name, kk_number=f"31750412010000{n:02d}", join_date=JOINED)
        record_survey(mentor, SurveyForm(members[name], BEFORE, level, income=900_000 + 100_000 * n))
    record_survey(mentor, SurveyForm(members["Budi Santoso"], dt.date(2024, 6, 1), "KS3", income=2_000_000))
    mawar = new_group(sec, "KSM Mawar")
    members["Dewi"] = new_member(sec, mawar, "Dewi", kk_number="3175041201000009", join_date=JOINED)
    return group, members


@pytest.fixture
def tab(qtbot, actors, english):
    shown = []  # kept alive for the test: the views are used without the tab

    def show(role: str = "mentor") -> WelfareTab:
        widget = WelfareTab(actors[role])
        shown.append(widget)
        qtbot.addWidget(widget)
        widget.resize(1150, 640)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()  # the keyboard shortcuts work in the active window only
        qtbot.waitUntil(widget.isActiveWindow)
        return widget

    return show


def shown(qtbot, view) -> None:
    """Wait for the comparison asked for last to be on the screen."""
    qtbot.waitUntil(lambda: view.task is not None and view.task.finished, timeout=10_000)


def click(qtbot, parent, name: str) -> None:
    qtbot.mouseClick(parent.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def number(member_id: int) -> str:
    return Member.get_by_id(member_id).number


def cells(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def type_survey(qtbot, dialog: SurveyDialog, member: str, level: str, on: str = "01/06/2024") -> None:
    """Fill the dialog with the keyboard, as a mentor at her desk would."""
    dialog.member.setFocus()
    qtbot.keyClicks(dialog.member.lineEdit(), member)
    dialog.date.edit.clear()
    qtbot.keyClicks(dialog.date.edit, on)
    dialog.level.setCurrentIndex(dialog.level.findData(level))
    qtbot.keyClicks(dialog.income, "2500000")
    dialog.business.setCurrentIndex(dialog.business.findData("running"))
    dialog.housing.setCurrentIndex(dialog.housing.findData("good"))
    qtbot.keyClicks(dialog.school_age, "2")
    qtbot.keyClicks(dialog.in_school, "2")
    qtbot.keyClicks(dialog.notes, "warung makin ramai")


def test_a_survey_typed_in_the_dialog_is_kept_and_listed(qtbot, actors, melati, tab):
    group, m = melati
    view = tab().surveys
    view.group.setCurrentIndex(view.group.findData(group))
    assert view.count.text() == "4 survey(s)"
    seen = {}

    def fill(dialog: SurveyDialog) -> None:
        seen["group"] = dialog.group.currentData()
        seen["members"] = [dialog.member.itemText(i) for i in range(dialog.member.count())]
        type_survey(qtbot, dialog, number(m["Ani Lestari"]), "KS2")
        seen["household"] = dialog.household.text()
        click(qtbot, dialog, "ok")

    when_modal(fill, SurveyDialog)
    qtbot.keyClick(view, Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # The dialog opened on the group of the list, with only its members to choose from.
    assert seen["group"] == group
    assert seen["members"] == [f"{number(m[n])} — {n}" for n in ("Ani Lestari", "Budi Santoso", "Citra Dewi")]
    assert seen["household"] == "Household now: Pra-Sejahtera (BKKBN) — Survei 05/01/2022"
    row = WelfareSurvey.select().order_by(WelfareSurvey.id.desc()).get()
    assert (row.member_id, row.on, row.level, row.income, row.business, row.housing,
            row.school_age_children, row.children_in_school, row.notes) == (
        m["Ani Lestari"], dt.date(2024, 6, 1), "KS2", 2_500_000, "running", "good", 2, 2, "warung makin ramai")
    household = Member.get_by_id(m["Ani Lestari"]).household
    assert (household.welfare_level, household.welfare_source) == ("KS2", "Survei 01/06/2024")
    assert view.count.text() == "5 survey(s)"
    assert cells(view.model)[0][:9] == ["01/06/2024", f"{number(m['Ani Lestari'])} Ani Lestari", "KUBE Melati",
                                        "Keluarga Sejahtera II (BKKBN)", "Medium", "2.500.000", "Running",
                                        "Good", "2 / 2"]


def test_the_dialog_shows_every_refusal_beside_its_field(qtbot, actors, melati, tab):
    group, m = melati
    view = tab().surveys
    view.group.setCurrentIndex(view.group.findData(group))
    seen = {}

    def fill(dialog: SurveyDialog) -> None:
        dialog.member.setFocus()
        qtbot.keyClicks(dialog.member.lineEdit(), "Rina")  # nobody of that name in the group
        dialog.date.edit.clear()
        qtbot.keyClicks(dialog.date.edit, "31/02/2024")
        qtbot.keyClicks(dialog.school_age, "1")
        qtbot.keyClicks(dialog.in_school, "3")
        click(qtbot, dialog, "ok")
        seen.update({name: dialog.form.note(name).text() for name in
                     ("member", "date", "level", "children_in_school")})
        seen["open"] = dialog.isVisible()
        click(qtbot, dialog, "cancel")

    when_modal(fill, SurveyDialog)
    click(qtbot, view, "welfare_new")
    assert seen == {"member": "Choose the member whose household was surveyed.",
                    "date": "The date 31/02/2024 does not exist. Check the day and the month.",
                    "level": "Choose the household's welfare level from the list.",
                    "children_in_school": "More children in school (3) than children of school age (1). Check both numbers.",
                    "open": True}
    assert WelfareSurvey.select().count() == 4


def test_a_survey_is_taken_back_with_a_reason(qtbot, actors, melati, tab):
    group, m = melati
    view = tab().surveys
    qtbot.keyClicks(view.search, "budi")
    assert [r.on for r in view.model.rows] == [dt.date(2024, 6, 1), BEFORE]
    assert not view.take_back_button.isEnabled()
    view.table.selectRow(0)
    assert view.take_back_button.isEnabled()
    seen = {}

    def fill(dialog: TakeBackDialog) -> None:
        seen["what"] = dialog.findChild(QLabel, "take_back_what").text()
        dialog.accept()
        seen["no reason"] = dialog.form.note("reason").text()
        qtbot.keyClicks(dialog.reason, "tercatat dua kali")
        click(qtbot, dialog, "ok")

    when_modal(fill, TakeBackDialog)
    click(qtbot, view, "welfare_take_back")
    assert seen["what"] == (f"<b>Budi Santoso</b> ({number(m['Budi Santoso'])}) — survey of 01/06/2024: "
                            "Keluarga Sejahtera III (BKKBN), income Rp2.000.000 a month.")
    assert seen["no reason"] == "Say why the survey is taken back."
    assert [r.on for r in view.model.rows] == [BEFORE]
    household = Member.get_by_id(m["Budi Santoso"]).household
    assert (household.welfare_level, household.welfare_date) == ("KS1", BEFORE)


def test_roles_that_may_not_survey_see_the_buttons_disabled(melati, tab):
    view = tab("treasurer").surveys
    view.table.selectRow(0)
    assert not view.new_button.isEnabled() and not view.take_back_button.isEnabled()


def test_the_comparison_of_a_group_shows_the_hand_worked_figures(qtbot, actors, melati, tab):
    group, m = melati
    widget = tab()
    record_survey(actors["mentor"], SurveyForm(m["Ani Lestari"], dt.date(2024, 7, 1), "KS2", income=1_600_000))
    widget.views.setCurrentIndex(1)
    view = widget.comparison
    view.scope.setCurrentIndex(view.scope.findData("group"))
    view.part.setCurrentIndex(view.part.findData(group))
    shown(qtbot, view)
    # Then: Ani PS and Budi KS1, both low; now Ani KS2 (medium), Budi KS3 (high); Citra has no
    # survey since she joined.
    assert view.summary.text() == "2 household(s) compared · 1 of 3 cannot be compared yet"
    p = percent
    assert cells(view.bands_model) == [
        ["Low", "2", p(Decimal("100.0")), "0", p(Decimal("0.0"))],
        ["Medium", "0", p(Decimal("0.0")), "1", p(Decimal("50.0"))],
        ["High", "0", p(Decimal("0.0")), "1", p(Decimal("50.0"))],
        ["All", "2", p(Decimal("100.0")), "2", p(Decimal("100.0"))]]
    assert [row[0] for row in cells(view.levels_model)] == [
        "Pra-Sejahtera (BKKBN)", "Keluarga Sejahtera I (BKKBN)", "Keluarga Sejahtera II (BKKBN)",
        "Keluarga Sejahtera III (BKKBN)", "All"]
    assert view.movers.text() == ("From then to now: <b>2</b> moved up a band, <b>0</b> stayed in "
                                  "theirs, <b>0</b> moved down.")
    assert view.bars.bars == [("Then", [("low", Decimal("100.0")), ("medium", Decimal("0.0")), ("high", Decimal("0.0"))]),
                              ("Now", [("low", Decimal("0.0")), ("medium", Decimal("50.0")), ("high", Decimal("50.0"))])]
    # Income: (900.000 + 1.000.000) / 2 = 950.000 then; (1.600.000 + 2.000.000) / 2 = 1.800.000 now.
    assert cells(view.indicators_model)[0] == ["Average income a month", "Rp950.000", "Rp1.800.000", "2 / 2"]
    assert cells(view.missing_model) == [[f"{number(m['Citra Dewi'])} Citra Dewi", "KUBE Melati", "10/01/2022",
                                          "No survey since the start"]]
    assert view.lists.tabText(1) == "Not comparable (1)" and not view.lists.isTabVisible(3)
    assert not view.bars.grab().isNull()
    # A day before anyone was surveyed again: nothing to compare, and the bars say so.
    view.as_of.edit.clear()
    qtbot.keyClicks(view.as_of.edit, "31/12/2023")
    qtbot.keyClick(view.as_of.edit, Key.Key_Return)
    shown(qtbot, view)
    assert view.summary.text() == "0 household(s) compared · 3 of 3 cannot be compared yet"
    assert [share for _caption, parts in view.bars.bars for _code, share in parts] == [Decimal("0.0")] * 6
    assert not view.bars.grab().isNull()
    view.as_of.edit.clear()
    qtbot.keyClicks(view.as_of.edit, "31/02/2024")
    qtbot.keyClick(view.as_of.edit, Key.Key_Return)
    assert view.note.text() == "The date 31/02/2024 does not exist. Check the day and the month."


def test_the_office_view_compares_groups_and_a_program(qtbot, actors, melati, tab):
    group, m = melati
    program = Program.create(name="Sekolah Lapang", planned_sessions=8)
    session = TrainingSession.create(kind="training", topic="Pembukuan", on=dt.date(2023, 2, 1),
                                     program=program, program_seq=1, created_by=actors["mentor"].id)
    Attendance.create(session=session, member=m["Budi Santoso"], group=group, status="late",
                      recorded_by=actors["mentor"].id)
    widget = tab()
    widget.views.setCurrentIndex(1)
    view = widget.comparison
    shown(qtbot, view)
    assert not view.part.isVisible()
    assert view.summary.text() == "1 household(s) compared · 3 of 4 cannot be compared yet"
    assert view.lists.isTabVisible(3) and view.lists.tabText(3) == "Groups side by side (2)"
    rows = cells(view.groups_model)
    assert [r[:2] for r in rows] == [["KSM Mawar", "0 / 1"], ["KUBE Melati", "1 / 3"]]
    assert rows[1][2] == f"{percent(Decimal('100.0'))} → {percent(Decimal('0.0'))}"
    view.groups_table.doubleClicked.emit(view.groups_model.index(1, 0))
    shown(qtbot, view)
    assert (view.scope.currentData(), view.part.currentData()) == ("group", group)
    assert view.summary.text() == "1 household(s) compared · 2 of 3 cannot be compared yet"
    view.scope.setCurrentIndex(view.scope.findData("program"))
    shown(qtbot, view)
    assert view.part.currentText() == "Sekolah Lapang"
    assert view.summary.text() == "1 household(s) compared · 0 of 1 cannot be compared yet"
    assert cells(view.pairs_model) == [[f"{number(m['Budi Santoso'])} Budi Santoso", "KUBE Melati",
                                        "05/01/2022  KS1", "01/06/2024  KS3", "up"]]


def test_the_tab_is_on_the_development_page(qtbot, actors, open_window):
    window = open_window(actors["mentor"])
    window.show_page("development")
    page = window.pages["development"]
    page.tabs.setCurrentWidget(page.welfare)
    assert page.welfare.surveys.count.text() == "0 survey(s)"


def test_a_long_list_shows_the_newest_and_says_how_many_there_are(monkeypatch, melati, tab):
    monkeypatch.setattr(welfare_tab, "LIST_LIMIT", 2)
    view = tab().surveys
    assert [r.on for r in view.model.rows] == [dt.date(2024, 6, 1), BEFORE]
    assert view.count.text() == "the newest 2 of 4"
    view.last.set_value(dt.date(2023, 12, 31))
    view.refresh()
    assert (len(view.model.rows), view.count.text()) == (2, "the newest 2 of 3")
    view.first.set_value(dt.date(2024, 1, 1))
    view.refresh()
    assert view.count.text() == "0 survey(s)"


def test_the_members_filtered_by_welfare_level_follow_a_survey(qtbot, actors, melati, open_window):
    group, m = melati
    window = open_window(actors["mentor"])
    members = window.pages["members"]
    members.welfare.setCurrentIndex(members.welfare.findData("PS"))
    assert members.count_label.text() == "1 member(s)"  # Ani
    window.show_page("development")
    page = window.pages["development"]
    page.tabs.setCurrentWidget(page.welfare)
    view = page.welfare.surveys
    view.group.setCurrentIndex(view.group.findData(group))

    def fill(dialog: SurveyDialog) -> None:
        type_survey(qtbot, dialog, number(m["Ani Lestari"]), "KS2")
        click(qtbot, dialog, "ok")

    when_modal(fill, SurveyDialog)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert Member.get_by_id(m["Ani Lestari"]).household.welfare_level == "KS2"
    window.show_page("members")
    assert members.count_label.text() == "0 member(s)"

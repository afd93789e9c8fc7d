"""Assessments driven as a mentor would: scores typed in the dialog with the total and class
shown as they are typed, the group's history with its class marked up or down, taking one back;
the administrator's instrument editor (a new area, a refusal beside its table, the classes of
the lending rule following); and who may do what."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSpinBox, QTableView

from db.models import Group
from desktop.assessments import AssessmentForm, assessments_of, instrument, record_assessment
from tests.desktop.helpers import new_group
from tests.ui.conftest import when_modal
from ui.assessment_dialog import AssessmentDialog, TakeBackDialog
from ui.assessments_tab import GRADE_COLUMN, UP
from ui.i18n import install_language
from ui.instrument_dialog import CODE, HIGH, NAME, InstrumentDialog

Key = Qt.Key


@pytest.fixture
def group(actors) -> int:
    """KUBE Melati, formed 05/01/2020, growing; assessed once in June 2024: 12 x 5 = 60, B."""
    mentor = actors["mentor"]
    group = new_group(actors["secretary"], mentor_id=mentor.id)
    scores = {area.id: 12 for area in instrument().areas}
    record_assessment(mentor, AssessmentForm(group, dt.date(2024, 6, 1), mentor.id, scores, "growing"))
    return group


def assessments_of_window(window, qtbot=None):
    if qtbot is not None:  # the keyboard shortcuts work in the active window only
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    window.show_page("development")
    page = window.pages["development"]
    page.tabs.setCurrentWidget(page.assessments)
    return page.assessments


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_score(qtbot, spin: QSpinBox, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def test_an_assessment_is_typed_with_its_class_shown_live(qtbot, qtmodeltester, actors, group, open_window):
    tab = assessments_of_window(open_window(actors["mentor"]), qtbot)
    tab.group.setCurrentIndex(tab.group.findText("KUBE Melati"))
    seen = {"totals": []}

    def fill(dialog: AssessmentDialog):
        seen["group"] = dialog.group.currentText()
        seen["assessor"] = dialog.assessor.currentText()
        seen["stage"] = dialog.stage.currentText()
        seen["scale"] = dialog.findChild(QLabel, "assessment_scale").text()
        seen["start"] = (dialog.total.text(), dialog.missing.text())
        # 18 + 17 + 16 + 15 = 66 so far; with 14 the total is 80: class A.
        for code, score in (("ORG", "18"), ("ADM", "17"), ("MOD", "16"), ("USA", "15"), ("JAR", "14")):
            type_score(qtbot, dialog.findChild(QSpinBox, f"score_{code}"), score)
            seen["totals"].append(dialog.total.text())
        seen["missing"] = dialog.missing.text()
        dialog.stage.setCurrentIndex(dialog.stage.findText("Strengthening"))
        dialog.notes.setPlainText("Pembukuan rapi, simpanan rutin.")
        click(qtbot, dialog.findChild(QPushButton, "ok"))

    when_modal(fill, AssessmentDialog)
    qtbot.keyClick(tab, Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen["group"] == "KUBE Melati" and seen["assessor"] == "Dewi Kartika"
    assert seen["stage"] == "Growing the group"  # the group's own, until changed
    assert seen["scale"] == "A (Mandiri) from 80 · B (Maju) from 60 · C (Berkembang) from 40 · D (Pemula) below 40"
    assert seen["start"] == ("Total 0 of 100 — class D (Pemula)", "so far: 5 area(s) still to score")
    assert seen["totals"] == ["Total 18 of 100 — class D (Pemula)", "Total 35 of 100 — class D (Pemula)",
                              "Total 51 of 100 — class C (Berkembang)", "Total 66 of 100 — class B (Maju)",
                              "Total 80 of 100 — class A (Mandiri)"]
    assert seen["missing"] == ""
    latest = assessments_of(group)[-1]
    assert (latest.total, latest.grade, latest.stage, latest.notes, latest.previous_grade) == (
        80, "A", "strengthening", "Pembukuan rapi, simpanan rutin.", "B")
    assert Group.get_by_id(group).stage == "strengthening"
    # The newest first, its class marked up against the one before.
    model = tab.model
    assert model.data(model.index(0, GRADE_COLUMN)) == "A ▲"
    assert model.data(model.index(0, GRADE_COLUMN), Qt.ItemDataRole.ForegroundRole).color() == UP
    assert model.data(model.index(1, GRADE_COLUMN)) == "B"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3, 8)] == [
        "Organisasi", "Administrasi", "Permodalan", "Usaha produktif", "Jejaring"]
    assert model.data(model.index(0, 3)) == "18/20"
    assert [tab.stages_model.data(tab.stages_model.index(r, 1)) for r in range(2)] == [
        "Strengthening", "Growing the group"]
    overview = {r.group: r for r in tab.overview_model.rows}
    assert (overview["KUBE Melati"].grade, overview["KUBE Melati"].stage) == ("A", "strengthening")
    assert "latest class <b>A</b>" in tab.header.text()
    for checked in (tab.model, tab.overview_model, tab.stages_model):
        qtmodeltester.check(checked)


def test_an_area_left_unscored_is_refused_beside_the_scores(qtbot, actors, group, open_window):
    tab = assessments_of_window(open_window(actors["mentor"]))
    tab.group.setCurrentIndex(tab.group.findText("KUBE Melati"))
    seen = {}

    def fill(dialog: AssessmentDialog):
        type_score(qtbot, dialog.findChild(QSpinBox, "score_ORG"), "10")
        dialog.date.edit.setText("04/01/2020")
        click(qtbot, dialog.findChild(QPushButton, "ok"))
        seen["scores"] = dialog.form.note("scores").text()
        for code in ("ADM", "MOD", "USA", "JAR"):
            type_score(qtbot, dialog.findChild(QSpinBox, f"score_{code}"), "10")
        click(qtbot, dialog.findChild(QPushButton, "ok"))
        seen["date"] = dialog.form.note("date").text()
        click(qtbot, dialog.findChild(QPushButton, "cancel"))

    when_modal(fill, AssessmentDialog)
    click(qtbot, tab.new_button)
    assert seen == {"scores": "Enter a score for Administrasi.",
                    "date": "The group was formed on 05/01/2020; an assessment cannot be dated before that."}
    assert len(assessments_of(group)) == 1


def test_an_assessment_is_taken_back_with_the_reason(qtbot, actors, group, open_window):
    mentor = actors["mentor"]
    scores = {area.id: 17 for area in instrument().areas}
    record_assessment(mentor, AssessmentForm(group, dt.date(2025, 1, 10), mentor.id, scores, "linked"))
    tab = assessments_of_window(open_window(mentor))
    tab.group.setCurrentIndex(tab.group.findText("KUBE Melati"))
    assert tab.current_assessment().on == dt.date(2025, 1, 10)  # the newest, chosen
    seen = {}

    def take_back(dialog: TakeBackDialog):
        seen["header"] = dialog.findChild(QLabel, "take_back_header").text()
        click(qtbot, dialog.findChild(QPushButton, "ok"))
        seen["empty"] = dialog.form.note("reason").text()
        qtbot.keyClicks(dialog.reason, "salah kelompok")
        qtbot.keyClick(dialog.reason, Key.Key_Return)

    when_modal(take_back, TakeBackDialog)
    click(qtbot, tab.take_back_button)
    assert seen == {"header": "<b>KUBE Melati</b> — assessed 10/01/2025 by Dewi Kartika: 85 of 100, class A",
                    "empty": "Say why the assessment is taken back."}
    assert [r.grade for r in assessments_of(group)] == ["B"]
    assert Group.get_by_id(group).stage == "growing"
    assert tab.model.rowCount() == 1


def test_the_administrator_adds_an_area_to_the_instrument(qtbot, actors, open_window):
    window = open_window(actors["administrator"])
    window.show_page("settings")
    settings = window.pages["settings"]
    summary = settings.findChild(QLabel, "instrument_summary")
    assert summary.text() == ("Areas scored: Organisasi, Administrasi, Permodalan, Usaha produktif, Jejaring "
                              "— at most 100 points. Classes: A from 80, B from 60, C from 40, D below.")
    seen = {}

    def edit(dialog: InstrumentDialog):
        areas = dialog.areas
        click(qtbot, dialog.findChild(QPushButton, "area_add"))
        editor = dialog.focusWidget()
        qtbot.keyClicks(editor, "ino")
        qtbot.keyClick(editor, Key.Key_Tab)
        areas.setCurrentCell(5, NAME)
        areas.item(5, NAME).setText("Inovasi")
        areas.item(5, HIGH).setData(Qt.ItemDataRole.EditRole, 10)
        areas.setCurrentCell(5, CODE)
        dialog.guidance.setPlainText("Kelompok mencoba produk atau cara pemasaran baru.")
        seen["totals"] = dialog.totals.text()
        # Moved up above Network.
        click(qtbot, dialog.findChild(QPushButton, "area_up"))
        # A class above what the areas add up to is refused beside the classes.
        dialog.classes.item(0, 2).setData(Qt.ItemDataRole.EditRole, 120)
        click(qtbot, dialog.findChild(QPushButton, "ok"))
        seen["refusal"] = dialog.form.note("classes").text()
        dialog.classes.item(0, 2).setData(Qt.ItemDataRole.EditRole, 90)
        # A fifth class, below D.
        click(qtbot, dialog.findChild(QPushButton, "class_add"))
        dialog.classes.item(4, 0).setText("E")
        dialog.classes.item(4, 1).setText("Rintisan")
        dialog.classes.item(3, 2).setData(Qt.ItemDataRole.EditRole, 20)
        click(qtbot, dialog.findChild(QPushButton, "ok"))

    when_modal(edit, InstrumentDialog)
    click(qtbot, settings.findChild(QPushButton, "edit_instrument"))
    assert seen["totals"] == "6 area(s); a total runs from 0 to 110 points."
    assert seen["refusal"] == "No group could reach a class that starts at 120: the areas add up to at most 110."
    current = instrument()
    assert [(a.code, a.name, a.max_score) for a in current.areas][-2:] == [("INO", "Inovasi", 10), ("JAR", "Jejaring", 20)]
    assert current.areas[-2].guidance == "Kelompok mencoba produk atau cara pemasaran baru."
    assert [(c.code, c.min_total) for c in current.classes] == [("A", 90), ("B", 60), ("C", 40), ("D", 20), ("E", 0)]
    assert "at most 110 points" in summary.text()
    # The lending rule offers the classes as they now are.
    combo = settings.min_group_class
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "any class, or not assessed", "A or better", "B or better", "C or better", "D or better", "E or better"]


def test_who_may_assess_and_edit_the_instrument(qtbot, actors, group, open_window):
    window = open_window(actors["treasurer"])
    tab = assessments_of_window(window, qtbot)
    tab.group.setCurrentIndex(tab.group.findText("KUBE Melati"))
    tab.table.selectRow(0)
    assert tab.model.rowCount() == 1
    assert not tab.new_button.isEnabled() and not tab.take_back_button.isEnabled()
    assert tab.new_button.toolTip() == "Assessments are recorded by a mentor or the administrator."
    qtbot.keyClick(tab, Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.activeModalWidget() is None
    assert tab.findChild(QPushButton, "instrument_edit") is None
    assert not window.pages["settings"].findChild(QPushButton, "edit_instrument").isEnabled()
    mentor_window = open_window(actors["mentor"])
    mentor_tab = assessments_of_window(mentor_window)
    assert mentor_tab.new_button.isEnabled()
    assert mentor_tab.findChild(QPushButton, "instrument_edit") is None
    admin_tab = assessments_of_window(open_window(actors["administrator"]))
    assert admin_tab.findChild(QPushButton, "instrument_edit") is not None


def test_the_groups_page_shows_the_stage_and_class_an_assessment_gave(qtbot, actors, group, open_window):
    window = open_window(actors["mentor"])
    groups = window.pages["groups"]
    groups.select(group)
    assert groups.model.index(0, 4).data() == "Growing the group"
    assert groups.info_labels["grade"].text() == "B (assessed 01/06/2024)"
    tab = assessments_of_window(window)
    tab.group.setCurrentIndex(tab.group.findText("KUBE Melati"))

    def fill(dialog: AssessmentDialog):
        dialog.date.set_value(dt.date(2025, 6, 1))
        for spin in dialog.spins:
            spin.setValue(16)
        dialog.stage.setCurrentIndex(dialog.stage.findText("Strengthening"))
        click(qtbot, dialog.findChild(QPushButton, "ok"))

    when_modal(fill, AssessmentDialog)
    click(qtbot, tab.new_button)
    window.show_page("groups")
    assert groups.model.index(0, 4).data() == "Strengthening"
    assert groups.info_labels["grade"].text() == "A (assessed 01/06/2025)"


def test_every_heading_of_the_development_tables_is_read_whole_in_indonesian(qtbot, actors, group, open_window):
    install_language("id")
    window = open_window(actors["mentor"])
    window.resize(1366, 768)
    window.show_page("development")
    page = window.pages["development"]
    clipped = []
    for tab in (page.visits, page.attention, page.welfare, page.sessions, page.assessments):
        page.tabs.setCurrentWidget(tab)
        if tab is page.assessments:
            tab.group.setCurrentIndex(tab.group.findData(group))
        for view in tab.findChildren(QTableView):
            if view.objectName().startswith("qt_"):  # a calendar's days
                continue
            header, model = view.horizontalHeader(), view.model()
            for i in range(model.columnCount()):
                heading = model.headerData(i, Qt.Orientation.Horizontal)
                needed = max(header.fontMetrics().horizontalAdvance(line) for line in heading.split("\n"))
                if header.sectionSize(i) < needed + 8:
                    clipped.append(heading)
    assert clipped == []
    assert not page.assessments.stages.horizontalScrollBar().isVisible()
    # The welfare figures' tables, of a fixed height, have no scroll bar over their last row.
    comparison = page.welfare.comparison
    page.tabs.setCurrentWidget(page.welfare)
    page.welfare.views.setCurrentWidget(comparison)
    qtbot.waitUntil(lambda: comparison.task is not None and comparison.task.finished, timeout=10_000)
    assert not comparison.bands.horizontalScrollBar().isVisible()
    assert not comparison.indicators.horizontalScrollBar().isVisible()

"""Group assessments: the class a total earns (worked by hand), an instrument the office edits
without changing any past class, areas switched off rather than deleted, every refusal, the
stage an assessment moves a group to and what taking it back restores, and the current classes."""

from __future__ import annotations

import datetime as dt

import pytest

from db.models import AssessmentArea, AuditRecord, Group, StageChange
from desktop.assessments import (
    AreaForm,
    AssessmentForm,
    ClassForm,
    assessments_of,
    class_for_total,
    class_overview,
    current_class,
    current_classes,
    instrument,
    record_assessment,
    remove_assessment,
    save_instrument,
    stages_of,
)
from desktop.errors import DomainError, NotFound, PermissionDenied, StaleRecord, ValidationErrors
from desktop.users import create_user, update_user
from tests.conftest import PASSWORD
from tests.desktop.helpers import new_group

JUNE, DECEMBER = dt.date(2024, 6, 1), dt.date(2024, 12, 1)


def messages(exc: DomainError) -> list[str]:
    errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
    return [str(e) for e in errors]


def refused(call, *args) -> list[str]:
    with pytest.raises(DomainError) as caught:
        call(*args)
    return messages(caught.value)


def scores(*values: int) -> dict[int, int]:
    """The scores of the instrument's areas, in their order."""
    areas = instrument().areas
    assert len(areas) == len(values)
    return {area.id: value for area, value in zip(areas, values, strict=True)}


def assess(actor, group: int, on: dt.date, *values: int, stage: str = "growing", notes: str = "") -> int:
    return record_assessment(actor, AssessmentForm(group, on, actor.id, scores(*values), stage, notes))


def forms() -> tuple[list[AreaForm], list[ClassForm]]:
    current = instrument()
    return current.areas, current.classes


@pytest.fixture
def group(actors) -> int:
    return new_group(actors["secretary"])  # formed on 05/01/2020, growing


def test_the_default_instrument_grades_totals_by_hand(actors, group):
    current = instrument()
    assert [(a.code, a.min_score, a.max_score) for a in current.areas] == [
        ("ORG", 0, 20), ("ADM", 0, 20), ("MOD", 0, 20), ("USA", 0, 20), ("JAR", 0, 20)]
    assert (current.min_total, current.max_total) == (0, 100)
    # A from 80, B from 60, C from 40, D below: each threshold itself earns the better class.
    expected = {100: "A", 80: "A", 79: "B", 60: "B", 59: "C", 40: "C", 39: "D", 0: "D"}
    assert {total: class_for_total(total, current.classes) for total in expected} == expected
    mentor = actors["mentor"]
    # 20+20+20+20+0 = 80 -> A; 20+20+20+19+0 = 79 -> B; 12x5 = 60 -> B; 12+12+12+12+11 = 59 -> C;
    # 8x5 = 40 -> C; 8+8+8+8+7 = 39 -> D; nothing at all -> D.
    for day, values in enumerate([(20, 20, 20, 20, 0), (20, 20, 20, 19, 0), (12,) * 5,
                                  (12, 12, 12, 12, 11), (8,) * 5, (8, 8, 8, 8, 7), (0,) * 5], 1):
        assess(mentor, group, dt.date(2024, 1, day), *values)
    rows = assessments_of(group)
    assert [(r.total, r.max_total, r.grade) for r in rows] == [
        (80, 100, "A"), (79, 100, "B"), (60, 100, "B"), (59, 100, "C"), (40, 100, "C"),
        (39, 100, "D"), (0, 100, "D")]
    assert [r.previous_grade for r in rows] == [None, "A", "B", "B", "C", "C", "D"]
    assert rows[0].assessor == "Dewi Kartika"
    assert [(s.area, s.score, s.min_score, s.max_score) for s in rows[1].scores] == [
        ("Organisasi", 20, 0, 20), ("Administrasi", 20, 0, 20), ("Permodalan", 20, 0, 20),
        ("Usaha produktif", 19, 0, 20), ("Jejaring", 0, 0, 20)]


def test_a_custom_instrument_with_other_ranges_and_four_named_classes(actors, group):
    areas = [AreaForm("KEL", "Kelembagaan", 1, 5, "Ada pengurus dan aturan."),
             AreaForm("keu", "Keuangan", 1, 5),
             AreaForm("USH", "Usaha", 0, 10, "Usaha anggota berjalan.")]
    classes = [ClassForm("mandiri", "Mandiri", 16), ClassForm("maju", "Maju", 12),
               ClassForm("berkembang", "Berkembang", 8), ClassForm("pemula", "Pemula", 2)]
    save_instrument(actors["administrator"], areas, classes)
    current = instrument()
    assert [(a.code, a.name, a.min_score, a.max_score) for a in current.areas] == [
        ("KEL", "Kelembagaan", 1, 5), ("KEU", "Keuangan", 1, 5), ("USH", "Usaha", 0, 10)]
    assert (current.min_total, current.max_total) == (2, 20)
    assert [c.code for c in current.classes] == ["mandiri", "maju", "berkembang", "pemula"]
    # Totals run from 1+1+0 = 2 to 5+5+10 = 20.
    expected = {20: "mandiri", 16: "mandiri", 15: "maju", 12: "maju", 11: "berkembang",
                8: "berkembang", 7: "pemula", 2: "pemula"}
    assert {total: class_for_total(total, current.classes) for total in expected} == expected
    mentor = actors["mentor"]
    assess(mentor, group, JUNE, 5, 5, 6)  # 16: mandiri
    assess(mentor, group, DECEMBER, 3, 2, 2)  # 7: pemula
    rows = assessments_of(group)
    assert [(r.total, r.max_total, r.grade) for r in rows] == [(16, 20, "mandiri"), (7, 20, "pemula")]
    assert current_class(group) == "pemula"


def test_editing_the_instrument_leaves_past_assessments_as_they_were(actors, group):
    mentor = actors["mentor"]
    first = assess(mentor, group, JUNE, 15, 14, 13, 12, 13)  # 67 of 100: B
    areas, classes = forms()
    areas[0].name, areas[0].max_score = "Kelembagaan", 30
    areas.append(AreaForm("INO", "Inovasi", 0, 10))
    classes[0].min_total = 110  # A now from 110 of 30+20+20+20+20+10 = 120
    save_instrument(actors["administrator"], areas, classes)
    assert instrument().max_total == 120
    row = assessments_of(group)[0]
    assert (row.id, row.total, row.max_total, row.grade) == (first, 67, 100, "B")
    assert [(s.area, s.score, s.max_score) for s in row.scores][0] == ("Organisasi", 15, 20)
    assert len(row.scores) == 5
    # A new assessment is scored on the new instrument: 25+14+13+12+13+5 = 82 of 120; B from 60.
    assess(mentor, group, DECEMBER, 25, 14, 13, 12, 13, 5)
    latest = assessments_of(group)[1]
    assert (latest.total, latest.max_total, latest.grade) == (82, 120, "B")
    assert latest.scores[0].area == "Kelembagaan"


def test_an_area_used_in_an_assessment_is_switched_off_not_deleted(actors, group):
    assess(actors["mentor"], group, JUNE, 10, 10, 10, 10, 10)
    areas, classes = forms()
    org = areas[0]
    # Organisation (used) and Network (used too) go; a new area takes Organisation's code.
    save_instrument(actors["administrator"], [*areas[1:4], AreaForm("ORG", "Organisasi baru", 0, 20)], classes)
    stored = AssessmentArea.get_by_id(org.id)
    assert (stored.active, stored.name) == (False, "Organisasi")
    assert stored.code.startswith("ORG~")
    assert [a.code for a in instrument().areas] == ["ADM", "MOD", "USA", "ORG"]
    assert assessments_of(group)[0].scores[0].area == "Organisasi"
    # An area never used is deleted outright.
    areas, classes = forms()
    save_instrument(actors["administrator"], [*areas, AreaForm("TMP", "Sementara", 0, 20)], classes)
    areas, classes = forms()
    unused = areas[-1]
    save_instrument(actors["administrator"], areas[:-1], classes)
    assert AssessmentArea.get_or_none(AssessmentArea.id == unused.id) is None
    # Two areas may swap their codes in one save.
    areas, classes = forms()
    areas[0].code, areas[1].code = areas[1].code, areas[0].code
    save_instrument(actors["administrator"], areas, classes)
    assert [a.code for a in instrument().areas] == ["MOD", "ADM", "USA", "ORG"]
    assert AuditRecord.select().where(AuditRecord.action == "assessment.instrument").count() == 4


def test_every_refusal_of_the_instrument(actors):
    admin = actors["administrator"]
    areas, classes = forms()

    def refusals(new_areas, new_classes) -> list[str]:
        return refused(save_instrument, admin, new_areas, new_classes)

    def area(**change) -> list[AreaForm]:
        edited = [AreaForm(a.code, a.name, a.min_score, a.max_score, a.guidance, a.id) for a in areas]
        for key, value in change.items():
            setattr(edited[0], key, value)
        return edited

    assert refusals([], classes) == ["The instrument needs at least one area to score."]
    assert refusals(area(code=" "), classes) == ["Every area needs a short code and a name."]
    assert refusals(area(name=""), classes) == ["Every area needs a short code and a name."]
    assert refusals(area(code="ORGANISASIX"), classes) == [
        "An area's code takes at most 10 characters and its name at most 100."]
    assert refusals(area(code="adm"), classes) == [
        "The area code ADM is used twice. Give each area its own code."]
    range_message = "The score range of Organisasi must go from a lower to a higher number between 0 and 1000."
    assert refusals(area(min_score=-1), classes) == [range_message]
    assert refusals(area(min_score=20), classes) == [range_message]
    assert refusals(area(max_score=1001), classes) == [range_message]
    assert refusals(areas, classes[:1]) == ["The instrument needs at least two classes."]
    assert refusals(areas, [*classes[:3], ClassForm("C", "Lagi", 10)]) == [
        "Every class needs its own short code, for example A, B, C, D."]
    assert refusals(areas, [*classes[:3], ClassForm("", "Pemula", 0)]) == [
        "Every class needs its own short code, for example A, B, C, D."]
    assert refusals(areas, [*classes[:3], ClassForm("PEMULA-SEKALI", "Pemula", 0)]) == [
        "A class's code takes at most 10 characters and its name at most 60."]
    assert refusals(areas, [*classes[:3], ClassForm("D", "Pemula", 40)]) == [
        "Two classes start at the same total. Give each class its own lowest total."]
    assert refusals(areas, [ClassForm("A", "", 101), *classes[1:]]) == [
        "No group could reach a class that starts at 101: the areas add up to at most 100."]
    # With every area scored from 2, totals start at 10: 10 already earns E, so D never comes.
    low = [AreaForm(a.code, a.name, 2, a.max_score, a.guidance, a.id) for a in areas]
    assert refusals(low, [*classes[:3], ClassForm("E", "", 10), ClassForm("D", "", 0)]) == [
        "Class D could never be given: every total is at least 10, which already earns class E. "
        "Raise the lowest totals or remove the class."]
    # Several refusals at once, one beside each table.
    assert refusals([], [classes[0]]) == ["The instrument needs at least one area to score.",
                                          "The instrument needs at least two classes."]
    # An area deleted on another PC meanwhile.
    ghost = area()
    ghost[0].id = 9999
    with pytest.raises(StaleRecord):
        save_instrument(admin, ghost, classes)
    with pytest.raises(PermissionDenied):
        save_instrument(actors["mentor"], areas, classes)
    assert [a.code for a in instrument().areas] == ["ORG", "ADM", "MOD", "USA", "JAR"]


def test_every_refusal_of_an_assessment(actors, group):
    mentor = actors["mentor"]
    good = scores(10, 10, 10, 10, 10)
    today = dt.date.today()

    def refusals(**change) -> list[str]:
        form = AssessmentForm(group, JUNE, mentor.id, dict(good), "growing")
        for key, value in change.items():
            setattr(form, key, value)
        return refused(record_assessment, mentor, form)

    assert refusals(group_id=None, on=None, assessor_id=None, stage="") == [
        "Choose the group assessed.", "Enter the date of the assessment.",
        "Choose who assessed the group.", "Choose the group's stage."]
    assert refusals(on=today + dt.timedelta(days=1)) == ["The date cannot be in the future."]
    first = next(iter(good))
    assert refusals(scores={k: v for k, v in good.items() if k != first}) == ["Enter a score for Organisasi."]
    assert refusals(scores=good | {first: 21}) == ["The score for Organisasi must be between 0 and 20."]
    assert refusals(scores=good | {first: -1}) == ["The score for Organisasi must be between 0 and 20."]
    assert refusals(on=dt.date(2019, 12, 31)) == [
        "The group was formed on 05/01/2020; an assessment cannot be dated before that."]
    assert refusals(group_id=9999) == ["This group no longer exists."]
    assert refusals(assessor_id=9999) == ["Choose who assessed the group."]
    assert refusals(assessor_id=actors["treasurer"].id) == [
        "Bambang Hartono is not an active mentor or administrator. Choose who assessed the group."]
    admin = actors["administrator"]
    former = create_user(admin, "pendamping2", "Rudi Hartono", "mentor", PASSWORD)
    update_user(admin, former, "Rudi Hartono", "mentor", False, 1)
    assert refusals(assessor_id=former) == [
        "Rudi Hartono is not an active mentor or administrator. Choose who assessed the group."]
    with pytest.raises(StaleRecord) as caught:
        record_assessment(mentor, AssessmentForm(group, JUNE, mentor.id, good | {9999: 5}, "growing"))
    assert str(caught.value) == ("The assessment instrument was changed while you were scoring. "
                                 "Close the form and open it again.")
    form = AssessmentForm(group, JUNE, mentor.id, good, "growing")
    for role in ("treasurer", "secretary", "chair"):
        with pytest.raises(PermissionDenied):
            record_assessment(actors[role], form)
    assert assessments_of(group) == []


def test_an_assessment_moves_the_stage_and_taking_it_back_restores_it(actors, group):
    mentor = actors["mentor"]
    assert Group.get_by_id(group).stage == "growing"
    first = assess(mentor, group, JUNE, 12, 12, 12, 12, 12, stage="strengthening")
    assert Group.get_by_id(group).stage == "strengthening"
    assert [(s.on, s.stage, s.by_assessment) for s in stages_of(group)] == [
        (dt.date(2020, 1, 5), "growing", False), (JUNE, "strengthening", True)]
    # The same stage again is no change.
    second = assess(mentor, group, DECEMBER, 13, 13, 13, 13, 13, stage="strengthening")
    assert len(stages_of(group)) == 2
    third = assess(mentor, group, dt.date(2025, 1, 10), 17, 17, 17, 17, 17, stage="linked")
    assert Group.get_by_id(group).stage == "linked"
    rows = assessments_of(group)
    with pytest.raises(DomainError) as caught:
        remove_assessment(mentor, third, rows[2].version, "  ")
    assert str(caught.value) == "Say why the assessment is taken back."
    remove_assessment(mentor, third, rows[2].version, "salah kelompok")
    assert Group.get_by_id(group).stage == "strengthening"
    # Taking back the first: the December assessment still found the group strengthening.
    remove_assessment(mentor, first, rows[0].version, "tanggal salah")
    assert [(s.on, s.stage, s.by_assessment) for s in stages_of(group)] == [
        (dt.date(2020, 1, 5), "growing", False), (DECEMBER, "strengthening", True)]
    assert Group.get_by_id(group).stage == "strengthening"
    remove_assessment(mentor, second, rows[1].version, "uji coba")
    assert Group.get_by_id(group).stage == "growing"
    assert StageChange.select().where(StageChange.group == group).count() == 1
    removed = AuditRecord.select().where(AuditRecord.action == "assessment.remove").order_by(AuditRecord.id)
    assert [r.summary for r in removed] == ["salah kelompok", "tanggal salah", "uji coba"]


def test_taking_back_refuses_a_missing_or_changed_assessment(actors, group):
    mentor = actors["mentor"]
    assessment = assess(mentor, group, JUNE, 10, 10, 10, 10, 10)
    with pytest.raises(StaleRecord):
        remove_assessment(mentor, assessment, 7, "salah")
    with pytest.raises(PermissionDenied):
        remove_assessment(actors["treasurer"], assessment, 1, "salah")
    remove_assessment(mentor, assessment, 1, "salah")
    with pytest.raises(NotFound) as caught:
        remove_assessment(mentor, assessment, 1, "salah")
    assert str(caught.value) == "This assessment no longer exists."


def test_current_classes_and_the_overview_of_every_group(actors):
    sec, mentor = actors["secretary"], actors["mentor"]
    melati = new_group(sec, "KUBE Melati", mentor_id=mentor.id)
    mawar = new_group(sec, "KUBE Mawar")
    new_group(sec, "KUBE Anggrek")
    assess(mentor, melati, JUNE, 17, 17, 17, 17, 17)  # 85: A
    assess(mentor, melati, DECEMBER, 9, 9, 9, 9, 9)  # 45: C, the latest
    assess(mentor, mawar, JUNE, 12, 12, 12, 12, 12)  # 60: B
    assess(mentor, mawar, JUNE, 15, 15, 15, 15, 15, stage="strengthening")  # 75: B, same day, later
    assert current_classes() == {melati: ("C", DECEMBER), mawar: ("B", JUNE)}
    overview = {row.group: row for row in class_overview()}
    assert list(overview) == ["KUBE Anggrek", "KUBE Mawar", "KUBE Melati"]
    assert (overview["KUBE Anggrek"].grade, overview["KUBE Anggrek"].assessed_on) == (None, None)
    m = overview["KUBE Melati"]
    assert (m.mentor, m.stage, m.grade, m.previous_grade, m.assessed_on, m.total, m.max_total) == (
        "Dewi Kartika", "growing", "C", "A", DECEMBER, 45, 100)
    assert (overview["KUBE Mawar"].grade, overview["KUBE Mawar"].total,
            overview["KUBE Mawar"].stage) == ("B", 75, "strengthening")


def test_an_assessment_dated_before_a_later_one_leaves_the_group_at_the_stage_last_seen(actors, group):
    mentor = actors["mentor"]
    # December finds the group growing, as it was: no change of stage is recorded.
    assess(mentor, group, DECEMBER, 10, 10, 10, 10, 10, stage="growing")
    # June's assessment, entered late, found it strengthening. December's still stands as the
    # latest word: the group is growing again from December, and growing now.
    assess(mentor, group, JUNE, 12, 12, 12, 12, 12, stage="strengthening")
    assert [(s.on, s.stage, s.by_assessment) for s in stages_of(group)] == [
        (dt.date(2020, 1, 5), "growing", False), (JUNE, "strengthening", True),
        (DECEMBER, "growing", True)]
    assert Group.get_by_id(group).stage == "growing"


def test_the_class_the_lending_rules_require_stays_in_the_instrument(actors):
    from desktop.loan_settings import loan_settings, update_loan_settings

    admin = actors["administrator"]
    rules = loan_settings()
    rules.min_group_class = "B"
    update_loan_settings(admin, rules)
    areas, classes = forms()
    renamed = [ClassForm(c.code.lower(), c.name, c.min_total) for c in classes]
    # Had it gone, loans would be given to groups of any class without a word.
    assert refused(save_instrument, admin, areas, renamed) == [
        "Loans need class B or better (lending rules in Settings). Keep class B, or change the "
        "lending rules first."]
    assert loan_settings().min_group_class == "B"
    # Its name and lowest total may change.
    classes[1].name, classes[1].min_total = "Baik", 65
    save_instrument(admin, areas, classes)
    assert [(c.code, c.min_total) for c in instrument().classes][1] == ("B", 65)
    rules.min_group_class = ""
    update_loan_settings(admin, rules)
    save_instrument(admin, areas, renamed)
    assert [c.code for c in instrument().classes] == ["a", "b", "c", "d"]


def test_a_score_is_a_whole_number(actors, group):
    mentor = actors["mentor"]
    good = scores(12, 12, 12, 12, 12)
    first = next(iter(good))
    for value in (12.5, "12", True):
        form = AssessmentForm(group, JUNE, mentor.id, good | {first: value}, "growing")
        # 12.5 would earn class B on 62.5 points while the scores kept add up to 60.
        assert refused(record_assessment, mentor, form) == [
            "The score for Organisasi must be between 0 and 20."]
    assert assessments_of(group) == []


def test_ranges_and_lowest_totals_are_whole_numbers(actors):
    admin = actors["administrator"]
    areas, classes = forms()
    for maximum in (19.5, "20"):
        half = [AreaForm(a.code, a.name, a.min_score, a.max_score, a.guidance, a.id) for a in areas]
        half[0].max_score = maximum
        assert refused(save_instrument, admin, half, classes) == [
            "The score range of Organisasi must go from a lower to a higher number between 0 and 1000."]
    for minimum in (-1, -10**20, 0.5, "0"):
        lowest = [*classes[:3], ClassForm("D", "Pemula", minimum)]
        assert refused(save_instrument, admin, areas, lowest) == [
            "The lowest total of class D must be a whole number, 0 or more."]
    assert [c.min_total for c in instrument().classes] == [80, 60, 40, 0]


def test_the_audit_trail_keeps_the_stage_a_group_is_moved_to(actors, group):
    import json

    mentor = actors["mentor"]
    first = assess(mentor, group, JUNE, 12, 12, 12, 12, 12, stage="strengthening")
    assess(mentor, group, DECEMBER, 12, 12, 12, 12, 12, stage="strengthening")
    remove_assessment(mentor, first, 1, "tanggal salah")
    # December's assessment now moves the group to strengthening itself; before it, the group
    # was growing from June. Taking back June's changed the group's stage history, and the
    # trail says where the group stands after it.
    record = AuditRecord.get(AuditRecord.action == "assessment.remove")
    assert json.loads(record.after) == {"group_stage": "strengthening",
                                        "stages": [["2020-01-05", "growing"], ["2024-12-01", "strengthening"]]}

"""Household welfare surveys: every refusal, the household's level following its latest survey
(and going back when one is taken back), and the before-and-after comparison checked against
shares worked out by hand, for a group, a program, the office and a member who moved."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.models import (
    Attendance,
    AuditRecord,
    Household,
    Member,
    Program,
    TrainingSession,
    WelfareSurvey,
)
from desktop.errors import DomainError, NotFound, PermissionDenied, ValidationErrors
from desktop.member_queries import load_member
from desktop.members import move_member, update_member
from desktop.welfare import (
    MAX_INCOME,
    SurveyFilter,
    SurveyForm,
    by_group,
    count_surveys,
    largest_remainder_shares,
    list_surveys,
    members_to_survey,
    program_choices,
    record_survey,
    remove_survey,
    surveys_of,
    surveys_of_group,
    welfare_comparison,
)
from tests.desktop.helpers import new_group, new_member

JOINED = dt.date(2022, 1, 10)
BEFORE = dt.date(2022, 1, 5)
SINCE = dt.date(2024, 6, 1)
AS_OF = dt.date(2025, 1, 1)
D = Decimal


def kk(n: int) -> str:
    return f"3175041201{n:06d}"


def household_of(member_id: int) -> Household:
    return Member.get_by_id(member_id).household


def survey(actor, member, on, level, **extra) -> int:
    return record_survey(actor, SurveyForm(member, on, level, **extra))


def refusals(actor, **values) -> list[tuple[str | None, str]]:
    """The (field, message) of every refusal of a survey, from a valid one changed by *values*."""
    form = SurveyForm(**({"member_id": None, "on": dt.date(2024, 5, 2), "level": "KS1"} | values))
    with pytest.raises(DomainError) as caught:
        record_survey(actor, form)
    errors = caught.value.errors if isinstance(caught.value, ValidationErrors) else [caught.value]
    return [(e.field, str(e)) for e in errors]


@pytest.fixture
def member(actors):
    group = new_group(actors["secretary"])
    return new_member(actors["secretary"], group, "Siti Aminah", kk_number=kk(1))


# --- refusals --------------------------------------------------------------------------------


def test_every_field_of_a_survey_is_checked_at_once(actors, member):
    mentor = actors["mentor"]
    assert refusals(mentor, member_id=None, on=None, level="") == [
        ("member", "Choose the member whose household was surveyed."),
        ("date", "Enter the date of the survey."),
        ("level", "Choose the household's welfare level from the list.")]
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert refusals(mentor, member_id=member, on=tomorrow, level="KS9", business="rich",
                    housing="castle") == [
        ("date", "The date cannot be in the future."),
        ("level", "Choose the household's welfare level from the list."),
        ("business", "Choose the business status from the list."),
        ("housing", "Choose the housing from the list.")]


@pytest.mark.parametrize("income", [-1, MAX_INCOME + 1, 1.5, True])
def test_the_income_is_whole_rupiah_within_reason(actors, member, income):
    assert refusals(actors["mentor"], member_id=member, income=income) == [
        ("income", "The household's monthly income must be between Rp0 and Rp1.000.000.000, "
                   "in whole rupiah. Check the figures.")]


def test_the_children_are_counted_sensibly(actors, member):
    mentor = actors["mentor"]
    assert refusals(mentor, member_id=member, school_age_children=31, children_in_school=-1) == [
        ("school_age_children", "A number of children must be 0 to 30."),
        ("children_in_school", "A number of children must be 0 to 30.")]
    assert refusals(mentor, member_id=member, school_age_children=2, children_in_school=3) == [
        ("children_in_school", "More children in school (3) than children of school age (2). "
                               "Check both numbers.")]
    assert refusals(mentor, member_id=member, children_in_school=1) == [
        ("school_age_children", "Enter how many children are of school age, too.")]
    assert refusals(mentor, member_id=member, notes="x" * 301) == [
        ("notes", "The notes may have at most 300 characters.")]


def test_a_survey_at_the_limits_is_kept(actors, member):
    survey_id = survey(actors["secretary"], member, dt.date.today(), "D10", income=MAX_INCOME,
                       school_age_children=30, children_in_school=30, notes="  batas  atas ")
    assert survey(actors["mentor"], member, dt.date.today(), "PS", income=0, school_age_children=0,
                  children_in_school=0) > survey_id
    row = next(r for r in surveys_of(member) if r.id == survey_id)
    assert (row.level, row.band, row.income, row.notes, row.surveyor) == (
        "D10", "high", MAX_INCOME, "batas atas", "Sri Wahyuni")


def test_a_member_who_no_longer_exists_is_refused(actors):
    with pytest.raises(NotFound) as caught:
        survey(actors["mentor"], 99_999, dt.date(2024, 1, 2), "KS1")
    assert (caught.value.field, str(caught.value)) == ("member", "This member no longer exists.")


@pytest.mark.parametrize("role", ["treasurer", "chair"])
def test_only_the_secretary_mentor_and_administrator_record_surveys(actors, member, role):
    kept = survey(actors["mentor"], member, dt.date(2024, 1, 2), "KS1")
    with pytest.raises(PermissionDenied):
        survey(actors[role], member, dt.date(2024, 1, 2), "KS1")
    with pytest.raises(PermissionDenied):
        remove_survey(actors[role], kept, "salah")


def test_taking_back_needs_a_reason_and_an_existing_survey(actors, member):
    kept = survey(actors["mentor"], member, dt.date(2024, 1, 2), "KS1")
    with pytest.raises(DomainError) as caught:
        remove_survey(actors["mentor"], kept, "   ")
    assert (caught.value.field, str(caught.value)) == ("reason", "Say why the survey is taken back.")
    remove_survey(actors["mentor"], kept, "anggota yang salah")
    with pytest.raises(NotFound) as caught:
        remove_survey(actors["mentor"], kept, "anggota yang salah")
    assert str(caught.value) == "This survey no longer exists."
    trail = AuditRecord.get(AuditRecord.action == "welfare.remove")
    assert (trail.entity_id, trail.summary) == (kept, f"{Member.get_by_id(member).number} Siti Aminah: anggota yang salah")


# --- the household's level -------------------------------------------------------------------


def welfare(member_id: int) -> tuple:
    h = household_of(member_id)
    return h.welfare_level, h.welfare_source, h.welfare_date


def test_the_household_follows_its_latest_survey_and_goes_back_on_removal(actors):
    sec, mentor = actors["secretary"], actors["mentor"]
    group = new_group(sec)
    # Registered with the BKKBN stage of 2020; her son joins later on the same family card.
    ani = new_member(sec, group, "Ani Lestari", kk_number=kk(2), welfare_level="PS",
                     welfare_source="BKKBN 2020", welfare_date=dt.date(2020, 5, 1))
    son = new_member(sec, group, "Rudi", sex="L", born=dt.date(2001, 2, 3), kk_number=kk(2))
    assert household_of(son).id == household_of(ani).id
    first = survey(mentor, ani, dt.date(2023, 1, 9), "KS1")
    assert welfare(son) == ("KS1", "Survei 09/01/2023", dt.date(2023, 1, 9))
    second = survey(mentor, son, dt.date(2024, 2, 1), "KS2")  # asked of the son, for the household
    assert welfare(ani) == ("KS2", "Survei 01/02/2024", dt.date(2024, 2, 1))
    survey(mentor, ani, dt.date(2022, 6, 1), "PS")  # an older survey typed in later changes nothing
    assert welfare(ani) == ("KS2", "Survei 01/02/2024", dt.date(2024, 2, 1))
    remove_survey(mentor, second, "tanggal salah")
    assert welfare(ani) == ("KS1", "Survei 09/01/2023", dt.date(2023, 1, 9))
    remove_survey(mentor, first, "keluarga lain")
    assert welfare(ani) == ("PS", "Survei 01/06/2022", dt.date(2022, 6, 1))
    assert [r.level for r in surveys_of(son)] == ["PS"]


def test_with_no_survey_left_the_household_gets_back_its_earlier_data(actors):
    sec, mentor = actors["secretary"], actors["mentor"]
    ani = new_member(sec, new_group(sec), "Ani Lestari", kk_number=kk(3), welfare_level="PS",
                     welfare_source="BKKBN 2020", welfare_date=dt.date(2020, 5, 1))
    only = survey(mentor, ani, dt.date(2023, 1, 9), "KS2")
    assert welfare(ani) == ("KS2", "Survei 09/01/2023", dt.date(2023, 1, 9))
    remove_survey(mentor, only, "salah keluarga")
    assert welfare(ani) == ("PS", "BKKBN 2020", dt.date(2020, 5, 1))


def test_newer_data_from_another_source_is_not_replaced_by_an_older_survey(actors):
    sec, mentor = actors["secretary"], actors["mentor"]
    ani = new_member(sec, new_group(sec), "Ani Lestari", kk_number=kk(4), welfare_level="KS3",
                     welfare_source="BKKBN 2024", welfare_date=dt.date(2024, 8, 1))
    old = survey(mentor, ani, dt.date(2023, 1, 9), "KS1")
    assert welfare(ani) == ("KS3", "BKKBN 2024", dt.date(2024, 8, 1))
    remove_survey(mentor, old, "dobel")
    assert welfare(ani) == ("KS3", "BKKBN 2024", dt.date(2024, 8, 1))
    survey(mentor, ani, dt.date(2024, 9, 2), "KS3+")
    assert welfare(ani) == ("KS3+", "Survei 02/09/2024", dt.date(2024, 9, 2))


def test_a_member_without_a_household_is_surveyed_on_their_own(actors):
    sec, mentor = actors["secretary"], actors["mentor"]
    budi = new_member(sec, new_group(sec), "Budi Santoso", sex="L")
    assert Member.get_by_id(budi).household is None
    kept = survey(mentor, budi, dt.date(2024, 3, 4), "D3", income=1_250_000)
    assert [(r.id, r.household_id, r.band, r.income) for r in surveys_of(budi)] == [(kept, None, "low", 1_250_000)]
    remove_survey(mentor, kept, "salah")
    assert surveys_of(budi) == []


# --- the list --------------------------------------------------------------------------------


def test_the_list_filters_by_group_member_and_period(actors):
    sec, mentor = actors["secretary"], actors["mentor"]
    melati, mawar = new_group(sec), new_group(sec, "KSM Mawar")
    ani = new_member(sec, melati, "Ani Lestari", kk_number=kk(5))
    budi = new_member(sec, mawar, "Budi Santoso", sex="L", kk_number=kk(6))
    survey(mentor, ani, dt.date(2023, 1, 9), "KS1")
    survey(mentor, ani, dt.date(2024, 1, 9), "KS2")
    survey(mentor, budi, dt.date(2024, 2, 9), "D4")
    assert [(r.name, r.on) for r in list_surveys()] == [
        ("Budi Santoso", dt.date(2024, 2, 9)), ("Ani Lestari", dt.date(2024, 1, 9)),
        ("Ani Lestari", dt.date(2023, 1, 9))]
    assert [r.level for r in surveys_of_group(melati)] == ["KS2", "KS1"]
    assert [r.on for r in list_surveys(limit=2)] == [dt.date(2024, 2, 9), dt.date(2024, 1, 9)]
    assert (count_surveys(), count_surveys(SurveyFilter(group_id=melati))) == (3, 2)
    assert [r.group for r in list_surveys(SurveyFilter(group_id=mawar))] == ["KSM Mawar"]
    assert [r.level for r in list_surveys(SurveyFilter(text="lest"))] == ["KS2", "KS1"]
    number = Member.get_by_id(budi).number
    assert [r.name for r in list_surveys(SurveyFilter(text=number.lower()))] == ["Budi Santoso"]
    assert [r.level for r in list_surveys(SurveyFilter(first=dt.date(2024, 1, 9),
                                                       last=dt.date(2024, 2, 8)))] == ["KS2"]
    assert [(c.name, c.level, c.source) for c in members_to_survey(melati)] == [
        ("Ani Lestari", "KS2", "Survei 09/01/2024")]


# --- shares ----------------------------------------------------------------------------------


def test_shares_add_up_to_a_hundred_by_the_largest_remainder():
    # 1000 tenths of a percent: 333.3 each; cut to 333 + 333 + 333 = 999, the tenth missing goes
    # to the largest remainder, a tie to the later one.
    assert largest_remainder_shares([1, 1, 1]) == [D("33.3"), D("33.3"), D("33.4")]
    # 2/3 = 666.7 tenths (remainder .67) and 1/3 = 333.3 (.33): the first gets the tenth.
    assert largest_remainder_shares([2, 1]) == [D("66.7"), D("33.3")]
    # 1/7 = 142.857 tenths each: 7 x 142 = 994, six tenths to the six later ones.
    assert largest_remainder_shares([1] * 7) == [D("14.2")] + [D("14.3")] * 6
    # 166.67, 666.67, 166.67 tenths: cut to 166 + 666 + 166 = 998; the two tenths missing go to
    # equal remainders: the larger count first, then the later of the two ones.
    assert largest_remainder_shares([1, 4, 1]) == [D("16.6"), D("66.7"), D("16.7")]
    assert largest_remainder_shares([4, 1, 1]) == [D("66.7"), D("16.6"), D("16.7")]
    assert largest_remainder_shares([0, 0, 0]) == [D("0.0")] * 3
    assert largest_remainder_shares([0, 5, 0]) == [D("0.0"), D("100.0"), D("0.0")]


@given(st.lists(st.integers(0, 500), min_size=1, max_size=15))
def test_shares_always_add_up_and_stay_within_a_tenth(counts):
    shares = largest_remainder_shares(counts)
    total = sum(counts)
    if total:
        assert sum(shares) == D("100.0")
        for count, share in zip(counts, shares, strict=True):
            assert abs(share - D(count) * 100 / total) < D("0.1")
            assert share >= 0 and (count > 0 or share == 0)


# --- the comparison --------------------------------------------------------------------------

# Eight households of KUBE Melati who joined on 10/01/2022, surveyed before joining (Cahya
# within 90 days after) and again on 01/06/2024:
#   then -> now          band             income then/now      business      housing    school (age, in)
# 1 PS   -> KS1          low -> low       800.000 / -          none/starting poor/fair  (3,1)/(3,3)
# 2 PS   -> KS2          low -> medium    1.000.000/1.500.000  none/running  poor/fair  (2,1)/(2,2)
# 3 KS1  -> KS2          low -> medium    1.200.000/1.800.000  starting/run. fair/good  (0,0)/(1,1)
# 4 KS1  -> KS3          low -> high      900.000/2.600.000    running/grow. fair/good  (2,2)/(2,2)
# 5 KS2  -> KS2          medium = medium  1.500.000/1.700.000  running/run.  fair/-     -/-
# 6 KS2  -> KS3+         medium -> high   1.600.000/2.800.000  stopped/run.  good/good  (1,0)/(1,1)
# 7 KS2  -> KS3          medium -> high   1.400.000/2.400.000  growing/grow. fair/good  (3,2)/(3,2)
# 8 KS3  -> KS2          high -> medium   2.500.000/2.000.000  running/stop. good/good  (2,2)/(2,2)
HOUSEHOLDS = [
    ("Ani", "PS", "KS1", (800_000, None), ("none", "starting"), ("poor", "fair"), ((3, 1), (3, 3))),
    ("Budi", "PS", "KS2", (1_000_000, 1_500_000), ("none", "running"), ("poor", "fair"), ((2, 1), (2, 2))),
    ("Cahya", "KS1", "KS2", (1_200_000, 1_800_000), ("starting", "running"), ("fair", "good"), ((0, 0), (1, 1))),
    ("Dedi", "KS1", "KS3", (900_000, 2_600_000), ("running", "growing"), ("fair", "good"), ((2, 2), (2, 2))),
    ("Eka", "KS2", "KS2", (1_500_000, 1_700_000), ("running", "running"), ("fair", ""), ((None, None), (None, None))),
    ("Fajar", "KS2", "KS3+", (1_600_000, 2_800_000), ("stopped", "running"), ("good", "good"), ((1, 0), (1, 1))),
    ("Gita", "KS2", "KS3", (1_400_000, 2_400_000), ("growing", "growing"), ("fair", "good"), ((3, 2), (3, 2))),
    ("Hadi", "KS3", "KS2", (2_500_000, 2_000_000), ("running", "stopped"), ("good", "good"), ((2, 2), (2, 2))),
]


@pytest.fixture
def melati(actors):
    """KUBE Melati with the eight households above; Ani's second household member answered the
    later survey; Irma has only a survey of 2024 and Joko only one before joining."""
    sec, mentor = actors["secretary"], actors["mentor"]
    group = new_group(sec)
    members = {}
    for n, (name, then, now, income, business, housing, school) in enumerate(HOUSEHOLDS, start=10):
        member = new_member(sec, group, name, kk_number=kk(n), join_date=JOINED)
        members[name] = member
        if name == "Ani":
            members["Ani2"] = new_member(sec, group, "Ani Putri", kk_number=kk(10),
                                         join_date=dt.date(2023, 3, 1))
        baseline = dt.date(2022, 2, 15) if name == "Cahya" else BEFORE
        for on, level, i in ((baseline, then, 0), (SINCE, now, 1)):
            asked = members["Ani2"] if (name, i) == ("Ani", 1) else member
            survey(mentor, asked, on, level, income=income[i], business=business[i],
                   housing=housing[i], school_age_children=school[i][0], children_in_school=school[i][1])
    members["Irma"] = new_member(sec, group, "Irma", kk_number=kk(30), join_date=JOINED)
    survey(mentor, members["Irma"], SINCE, "KS2")
    members["Joko"] = new_member(sec, group, "Joko", sex="L", kk_number=kk(31), join_date=JOINED)
    survey(mentor, members["Joko"], BEFORE, "PS")
    return group, members


def figures(indicator) -> tuple:
    return indicator.then, indicator.now, indicator.then_known, indicator.now_known


def shares(rows) -> list[tuple]:
    return [(s.code, s.then_count, s.then_share, s.now_count, s.now_share) for s in rows]


def test_the_group_then_and_now_matches_the_hand_worked_shares(melati):
    group, members = melati
    c = welfare_comparison(group_id=group, as_of=AS_OF)
    # Ten households (Ani and Ani Putri share one); eight comparable.
    assert (c.households, c.comparable) == (10, 8)
    assert shares(c.bands) == [("low", 4, D("50.0"), 1, D("12.5")),
                               ("medium", 3, D("37.5"), 4, D("50.0")),
                               ("high", 1, D("12.5"), 3, D("37.5"))]
    assert shares(c.levels) == [("PS", 2, D("25.0"), 0, D("0.0")),
                                ("KS1", 2, D("25.0"), 1, D("12.5")),
                                ("KS2", 3, D("37.5"), 4, D("50.0")),
                                ("KS3", 1, D("12.5"), 2, D("25.0")),
                                ("KS3+", 0, D("0.0"), 1, D("12.5"))]
    assert (c.moved_up, c.stayed, c.moved_down) == (5, 2, 1)  # Budi..Gita up but Eka; Hadi down
    # Income: 10.900.000 / 8 = 1.362.500 then; 14.800.000 / 7 = 2.114.285,7 -> 2.114.286 now.
    assert figures(c.income) == (1_362_500, 2_114_286, 8, 7)
    # Running or growing: Dedi, Eka, Gita, Hadi = 4 of 8; now all but Ani and Hadi = 6 of 8.
    assert figures(c.business) == (D("50.0"), D("75.0"), 8, 8)
    # Good housing: Fajar and Hadi, 2 of 8; now 5 of the 7 asked = 71.43.
    assert figures(c.housing) == (D("25.0"), D("71.4"), 8, 7)
    # In school: 1+1+2+0+2+2 = 8 of 3+2+2+1+3+2 = 13 (61.54); now 3+2+1+2+1+2+2 = 13 of 14 (92.86).
    assert figures(c.school) == (D("61.5"), D("92.9"), 6, 7)
    assert [(n.name, n.reason, n.surveys) for n in c.not_comparable] == [
        ("Irma", "no_baseline", 1), ("Joko", "no_followup", 1)]
    ani = next(p for p in c.compared if p.name == "Ani")  # the household is Ani's: she came first
    assert (ani.then_on, ani.then_level, ani.now_on, ani.now_level, ani.movement) == (
        BEFORE, "PS", SINCE, "KS1", 0)
    cahya = next(p for p in c.compared if p.name == "Cahya")
    assert cahya.then_on == dt.date(2022, 2, 15)  # 36 days after joining: within the 90 days


def test_the_report_of_an_earlier_day_leaves_later_surveys_out(melati):
    group, _members = melati
    c = welfare_comparison(group_id=group, as_of=dt.date(2024, 5, 31))
    assert c.comparable == 0
    assert {n.reason for n in c.not_comparable} == {"no_followup", "never"}
    assert shares(c.bands)[0] == ("low", 0, D("0.0"), 0, D("0.0"))
    assert figures(c.income) == (None, None, 0, 0)


def test_a_baseline_more_than_90_days_after_joining_does_not_count(actors):
    sec, mentor = actors["secretary"], actors["mentor"]
    group = new_group(sec)
    late = new_member(sec, group, "Lia", kk_number=kk(40), join_date=JOINED)
    survey(mentor, late, JOINED + dt.timedelta(days=91), "PS")
    survey(mentor, late, SINCE, "KS2")
    never = new_member(sec, group, "Maya", kk_number=kk(41), join_date=JOINED)
    c = welfare_comparison(group_id=group, as_of=AS_OF)
    assert [(n.member_id, n.reason) for n in c.not_comparable] == [(late, "no_baseline"), (never, "never")]


def test_three_households_one_in_each_band_read_a_third_each(actors):
    sec, mentor = actors["secretary"], actors["mentor"]
    group = new_group(sec)
    for n, level in enumerate(["PS", "D5", "KS3"]):
        m = new_member(sec, group, f"Anggota {n}", kk_number=kk(50 + n), join_date=JOINED)
        survey(mentor, m, BEFORE, level)
        survey(mentor, m, SINCE, "KS2")
    c = welfare_comparison(group_id=group, as_of=AS_OF)
    assert [s.then_share for s in c.bands] == [D("33.3"), D("33.3"), D("33.4")]
    assert [s.now_share for s in c.bands] == [D("0.0"), D("100.0"), D("0.0")]
    assert [(s.code, s.then_share, s.now_share) for s in c.levels] == [
        ("PS", D("33.3"), D("0.0")), ("KS2", D("0.0"), D("100.0")), ("KS3", D("33.3"), D("0.0")),
        ("D5", D("33.4"), D("0.0"))]
    assert (c.moved_up, c.stayed, c.moved_down) == (1, 1, 1)


def program_with_sessions(actors, group, attended: dict[int, list[str]]) -> int:
    """A program of three sessions from 01/03/2023; *attended* gives each member's status at
    each session."""
    program = Program.create(name="Sekolah Lapang Usaha", planned_sessions=3)
    for seq, on in enumerate([dt.date(2023, 3, 1), dt.date(2023, 4, 5), dt.date(2023, 5, 3)], start=1):
        session = TrainingSession.create(kind="training", topic=f"Pertemuan {seq}", on=on,
                                         program=program, program_seq=seq,
                                         created_by=actors["mentor"].id)
        for member, statuses in attended.items():
            Attendance.create(session=session, member=member, group=group, status=statuses[seq - 1],
                              recorded_by=actors["mentor"].id)
    return program.id


def test_the_program_compares_its_attendees_from_its_first_session(actors, melati):
    group, m = melati
    # Budi was surveyed again just before the program: KS1, so the program starts him there.
    survey(actors["mentor"], m["Budi"], dt.date(2023, 2, 20), "KS1")
    program = program_with_sessions(actors, group, {
        m["Budi"]: ["present", "absent", "present"],
        m["Eka"]: ["absent", "late", "absent"],
        m["Hadi"]: ["absent", "absent", "absent"],  # never came: not a household of the program
        m["Irma"]: ["excused", "excused", "absent"]})
    assert program_choices() == [(program, "Sekolah Lapang Usaha")]
    c = welfare_comparison(program_id=program, as_of=AS_OF)
    assert c.households == 2
    assert [(p.name, p.start, p.then_level, p.now_level) for p in c.compared] == [
        ("Budi", dt.date(2023, 3, 1), "KS1", "KS2"), ("Eka", dt.date(2023, 3, 1), "KS2", "KS2")]
    assert shares(c.bands) == [("low", 1, D("50.0"), 0, D("0.0")),
                               ("medium", 1, D("50.0"), 2, D("100.0")),
                               ("high", 0, D("0.0"), 0, D("0.0"))]
    assert (c.moved_up, c.stayed, c.moved_down) == (1, 1, 0)
    assert welfare_comparison(group_id=group, program_id=program, as_of=AS_OF).households == 2
    assert welfare_comparison(program_id=program, as_of=dt.date(2023, 2, 28)).households == 0
    # The group's own comparison still starts Budi when he joined: PS then.
    budi = next(p for p in welfare_comparison(group_id=group, as_of=AS_OF).compared if p.name == "Budi")
    assert budi.then_level == "PS"
    [row] = by_group(program_id=program, as_of=AS_OF)
    assert (row.name, row.comparison.comparable) == ("KUBE Melati", 2)


def test_a_member_who_moved_is_compared_from_each_start(actors):
    sec, mentor = actors["secretary"], actors["mentor"]
    melati, mawar = new_group(sec), new_group(sec, "KSM Mawar")
    rina = new_member(sec, melati, "Rina", kk_number=kk(60), join_date=dt.date(2022, 1, 1))
    survey(mentor, rina, dt.date(2021, 12, 1), "PS")
    survey(mentor, rina, dt.date(2022, 12, 15), "KS1")
    move_member(sec, rina, mawar, dt.date(2023, 1, 1), Member.get_by_id(rina).version)
    survey(mentor, rina, dt.date(2024, 5, 1), "KS2")
    stayer = new_member(sec, mawar, "Sari", kk_number=kk(61), join_date=dt.date(2023, 6, 1))
    survey(mentor, stayer, dt.date(2023, 6, 1), "KS2")

    def pair(c):
        return [(p.start, p.then_level, p.now_level) for p in c.compared if p.name == "Rina"]

    assert pair(welfare_comparison(group_id=melati, as_of=AS_OF)) == [(dt.date(2022, 1, 1), "PS", "KS2")]
    assert pair(welfare_comparison(group_id=mawar, as_of=AS_OF)) == [(dt.date(2023, 1, 1), "KS1", "KS2")]
    office = welfare_comparison(as_of=AS_OF)
    assert pair(office) == [(dt.date(2022, 1, 1), "PS", "KS2")]
    assert (office.households, [n.name for n in office.not_comparable]) == (2, ["Sari"])
    rows = by_group(as_of=AS_OF)
    assert [(r.name, r.comparison.households, r.comparison.comparable, r.comparison.moved_up)
            for r in rows] == [("KSM Mawar", 2, 1, 1), ("KUBE Melati", 1, 1, 1)]
    assert [r.level for r in surveys_of_group(melati)] == ["KS2", "KS1", "PS"]
    assert [r.level for r in surveys_of_group(mawar)] == ["KS2", "KS2", "KS1", "PS"]


def test_a_family_that_moved_keeps_its_earlier_surveys(actors):
    sec, mentor = actors["secretary"], actors["mentor"]
    group = new_group(sec)
    ani = new_member(sec, group, "Ani Lestari", kk_number=kk(70), join_date=JOINED)
    survey(mentor, ani, BEFORE, "PS")
    # The family moved: a new KK number, so a new household in the books.
    form = load_member(ani).form
    form.kk_number = kk(71)
    update_member(sec, ani, form)
    survey(mentor, ani, SINCE, "KS2")
    assert WelfareSurvey.select(WelfareSurvey.household).distinct().count() == 2
    c = welfare_comparison(group_id=group, as_of=AS_OF)
    assert [(p.then_level, p.now_level) for p in c.compared] == [("PS", "KS2")]


def test_the_office_counts_each_household_once_across_groups(actors, melati):
    sec = actors["secretary"]
    group, _members = melati
    mawar = new_group(sec, "KSM Mawar")
    # Dedi's wife joins another group later: the same household, counted once for the office.
    new_member(sec, mawar, "Dewi", kk_number=kk(13), join_date=dt.date(2023, 5, 5))
    office = welfare_comparison(as_of=AS_OF)
    assert (office.households, office.comparable) == (10, 8)
    assert shares(office.bands) == shares(welfare_comparison(group_id=group, as_of=AS_OF).bands)
    [mawar_row] = [r for r in by_group(as_of=AS_OF) if r.name == "KSM Mawar"]
    # For Mawar the household came in on 05/05/2023; the survey Dedi answered before he joined
    # Melati is still the household's latest before that day.
    assert [(p.name, p.then_on, p.then_level, p.now_level) for p in mawar_row.comparison.compared] == [
        ("Dewi", BEFORE, "KS1", "KS3")]


def test_nothing_to_compare_gives_empty_figures(actors):
    c = welfare_comparison(group_id=new_group(actors["secretary"]), as_of=AS_OF)
    assert (c.households, c.comparable, c.levels, c.not_comparable) == (0, 0, (), ())
    assert [s.then_share for s in c.bands] == [D("0.0")] * 3
    assert by_group(as_of=AS_OF) == []


def test_a_program_whose_first_session_is_still_to_come_is_not_offered(actors):
    planned = Program.create(name="Sekolah Lapang Berikutnya", planned_sessions=4)
    TrainingSession.create(kind="training", topic="Pertemuan 1", program=planned, program_seq=1,
                           on=dt.date.today() + dt.timedelta(days=7), created_by=actors["mentor"].id)
    # No household has come into it yet: comparing it would show nothing.
    assert program_choices() == []
    TrainingSession.create(kind="training", topic="Pertemuan 0", program=planned, program_seq=2,
                           on=dt.date.today(), created_by=actors["mentor"].id)
    assert program_choices() == [(planned.id, "Sekolah Lapang Berikutnya")]

"""A group's history built from the real operations (sessions and visits, which have none yet
here, as rows): the timeline, the month-by-month figures worked out by hand, the arrears
episodes, the figures of today, and the group profile on paper."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from db.models import (
    Attendance,
    FollowUp,
    Program,
    SavingsAccount,
    SavingsProduct,
    SessionGroup,
    TrainingSession,
    Visit,
)
from desktop import loans
from desktop.arrears import share_arrears
from desktop.assessments import AssessmentForm, instrument, record_assessment
from desktop.collection import LineForm, post_sheet
from desktop.errors import NotFound
from desktop.group_charts import month_end, months_back
from desktop.group_history import group_history
from desktop.group_loans import group_loans
from desktop.group_timeline import (
    CATEGORIES,
    T_ARREARS,
    T_ARREARS_OPEN,
    T_ASSESSED,
    T_CLASS_DOWN,
    T_JOINED_MANY,
    T_JOINED_ONE,
    T_LEFT,
    T_MEETING,
    T_MEETINGS,
    T_MOVED_IN,
    T_MOVED_OUT,
    class_change,
)
from desktop.groups import GroupForm, create_group
from desktop.loan_queries import loan_detail
from desktop.members import exit_member, get_member_row, move_member
from desktop.officers import appoint_officer, end_office, group_officers
from desktop.savings import deposit
from tests.desktop.helpers import kind_id, new_member
from tests.desktop.loan_helpers import disbursed_loan, funded_pool

TODAY = dt.date(2025, 6, 30)
FORMED = dt.date(2025, 1, 2)
D = dt.date


def account(member: int, kind: str) -> int:
    return (SavingsAccount.select().join(SavingsProduct)
            .where((SavingsAccount.member == member) & (SavingsProduct.kind == kind)).get().id)


def make_group(actor, name: str, mentor: int | None = None, formed: dt.date = FORMED) -> int:
    return create_group(actor, GroupForm(name=name, kind_id=kind_id(), kelurahan="Cilincing",
                                         kecamatan="Cilincing", city="Jakarta Utara",
                                         address="Jl. Melati 5", rt="3", rw="7",
                                         formed_date=formed, mentor_id=mentor))


def sheet(actors, group: int, on: dt.date, marks: dict[int, str]) -> None:
    post_sheet(actors["treasurer"], group, on, [LineForm(m, a) for m, a in marks.items()], 0)


def session(actors, kind: str, topic: str, on: dt.date, groups: list[int],
            marks: dict[tuple[int, int], str], program=None, seq=None) -> None:
    user = actors["secretary"].id
    row = TrainingSession.create(kind=kind, topic=topic, on=on, created_by=user, program=program,
                                 program_seq=seq)
    for group in groups:
        SessionGroup.create(session=row, group=group)
    for (member, group), status in marks.items():
        Attendance.create(session=row, member=member, group=group, status=status, recorded_by=user)


def visit(actors, group: int, on: dt.date, met: str, notes: str, follow_ups=()) -> None:
    mentor = actors["mentor"].id
    row = Visit.create(group=group, on=on, mentor=mentor, met=met, notes=notes, created_by=mentor)
    for text, due, done in follow_ups:
        FollowUp.create(visit=row, text=text, due_on=due, done_on=done)


def assess(actors, group: int, on: dt.date, score: int, stage: str) -> None:
    areas = instrument().areas
    record_assessment(actors["mentor"], AssessmentForm(group, on, actors["mentor"].id,
                                                       {a.id: score for a in areas}, stage))


@pytest.fixture
def melati(actors):
    return build_melati(actors)


def build_melati(actors) -> dict[str, int]:
    """KUBE Melati, formed 02/01/2025, as it went up to 30/06/2025, in the order it happened:

    - Ani, Budi and Citra join on 06/01; Ani is ketua from 06/01 to 20/05. Eka joins KUBE Mawar.
    - A group loan of 10/01: Ani 1.000.000 (110.000 a month), Budi 500.000 (55.000 a month),
      due on the 10th from February. Ani pays February, misses March and pays it on 05/04, then
      pays on time; Budi pays February to April and nothing after.
    - Savings: Ani 100.000 (10/01) and 50.000 (15/02); Budi 200.000 (20/01); Eka 80.000 (01/02,
      in Mawar); Citra 30.000 (05/03).
    - Meeting days: 10/02 (Ani present, Budi late, Citra absent), 10/03 (Ani present, Budi
      excused, Citra present, Dedi absent), 12/05 (Ani, Citra present, Dedi late, Eka absent).
    - Sessions: a training on 20/02 (Ani present, Budi late, Citra absent; Mawar's Eka present),
      a socialisation on 22/04, meeting 1 of "Sekolah Lapang" (Ani, Dedi present, Citra
      excused), a mentoring meeting on 20/06 without attendance taken.
    - Visits: 01/03 with two follow-ups (one done, one due 15/04 and not done), 15/05 with none,
      25/06 with one due 10/07.
    - Assessed 01/02 (65 points: class B), 01/05 (45 points: class C, stage strengthening).
    - Dedi joins on 03/03 and is bendahara from 10/03; Budi moves to Mawar on 15/04; Eka moves
      in on 02/05; Citra leaves the office on 10/06.
    """
    sec, treasurer = actors["secretary"], actors["treasurer"]
    group = make_group(sec, "KUBE Melati", actors["mentor"].id)
    mawar = make_group(sec, "KUBE Mawar")
    joined = D(2025, 1, 6)
    ani = new_member(sec, group, "Ani Lestari", join_date=joined)
    budi = new_member(sec, group, "Budi Santoso", sex="L", join_date=joined)
    citra = new_member(sec, group, "Citra Dewi", join_date=joined)
    eka = new_member(sec, mawar, "Eka Putri", join_date=joined)
    appoint_officer(sec, group, ani, "ketua", joined)
    loan = disbursed_loan(actors, funded_pool(actors), group, [(ani, 1_000_000), (budi, 500_000)])
    share = {s.member_id: s.share_id for s in loan_detail(loan).shares}
    deposit(treasurer, account(ani, "sukarela"), D(2025, 1, 10), 100_000)
    deposit(treasurer, account(budi, "sukarela"), D(2025, 1, 20), 200_000)
    deposit(treasurer, account(eka, "sukarela"), D(2025, 2, 1), 80_000)
    assess(actors, group, D(2025, 2, 1), 13, "growing")
    sheet(actors, group, D(2025, 2, 10), {ani: "present", budi: "late", citra: "absent"})
    loans.repay(treasurer, share[ani], D(2025, 2, 10), 110_000)
    loans.repay(treasurer, share[budi], D(2025, 2, 10), 55_000)
    deposit(treasurer, account(ani, "sukarela"), D(2025, 2, 15), 50_000)
    session(actors, "training", "Pembukuan sederhana", D(2025, 2, 20), [group, mawar],
            {(ani, group): "present", (budi, group): "late", (citra, group): "absent",
             (eka, mawar): "present"})
    visit(actors, group, D(2025, 3, 1), "Ani (ketua), Budi", "Buku kas belum diisi.",
          [("Isi buku kas", D(2025, 3, 31), D(2025, 3, 25)),
           ("Rapat pengurus", D(2025, 4, 15), None)])
    dedi = new_member(sec, group, "Dedi Kurniawan", sex="L", join_date=D(2025, 3, 3))
    deposit(treasurer, account(citra, "sukarela"), D(2025, 3, 5), 30_000)
    sheet(actors, group, D(2025, 3, 10), {ani: "present", budi: "excused", citra: "present",
                                          dedi: "absent"})
    loans.repay(treasurer, share[budi], D(2025, 3, 10), 55_000)
    appoint_officer(sec, group, dedi, "bendahara", D(2025, 3, 10))
    loans.repay(treasurer, share[ani], D(2025, 4, 5), 110_000)
    loans.repay(treasurer, share[ani], D(2025, 4, 10), 110_000)
    loans.repay(treasurer, share[budi], D(2025, 4, 10), 55_000)
    move_member(sec, budi, mawar, D(2025, 4, 15), get_member_row(budi).version)
    program = Program.create(name="Sekolah Lapang", planned_sessions=8)
    session(actors, "socialisation", "Dana bergulir", D(2025, 4, 22), [group],
            {(ani, group): "present", (citra, group): "excused", (dedi, group): "present"},
            program, 1)
    assess(actors, group, D(2025, 5, 1), 9, "strengthening")
    move_member(sec, eka, group, D(2025, 5, 2), get_member_row(eka).version)
    loans.repay(treasurer, share[ani], D(2025, 5, 10), 110_000)
    sheet(actors, group, D(2025, 5, 12), {ani: "present", citra: "present", dedi: "late",
                                          eka: "absent"})
    visit(actors, group, D(2025, 5, 15), "Ani", "Usaha berjalan.")
    ketua = next(o.id for o in group_officers(group) if o.member_name == "Ani Lestari")
    end_office(sec, ketua, D(2025, 5, 20))
    loans.repay(treasurer, share[ani], D(2025, 6, 10), 110_000)
    exit_member(treasurer, citra, D(2025, 6, 10), "Pindah ke luar kota", get_member_row(citra).version)
    session(actors, "mentoring", "Pendampingan pembukuan", D(2025, 6, 20), [group], {})
    visit(actors, group, D(2025, 6, 25), "Dedi", "", [("Setor tunggakan Budi", D(2025, 7, 10), None)])
    session(actors, "training", "Pemasaran", D(2025, 7, 15), [group], {})  # after the day read
    return {"group": group, "mawar": mawar, "ani": ani, "budi": budi, "citra": citra,
            "dedi": dedi, "eka": eka}


def test_the_profile_and_todays_figures(melati):
    history = group_history(melati["group"], TODAY)
    p, s = history.profile, history.summary
    assert (p.name, p.kind, p.formed, p.mentor) == ("KUBE Melati", "KUBE", D(2025, 1, 2), "Dewi Kartika")
    assert p.address_line == "Jl. Melati 5, RT 3 / RW 7, Kel. Cilincing, Kec. Cilincing, Jakarta Utara"
    assert (p.stage, p.grade, p.graded_on) == ("strengthening", "C", D(2025, 5, 1))
    assert [(o.office, o.name) for o in p.officers] == [("bendahara", "Dedi Kurniawan")]
    assert p.active_members == 3  # Ani, Dedi, Eka
    # Attendance, sessions and meeting days together. The last three months (31/03-30/06):
    # 22/04 2 of 3, 12/05 3 of 4, 20/06 not taken: 5 of 7. The three before (31/12-30/03):
    # 10/02 2 of 3, 20/02 2 of 3, 10/03 2 of 4: 6 of 10.
    assert (s.before_from, s.recent_from) == (D(2024, 12, 30), D(2025, 3, 30))
    assert s.rate_recent == pytest.approx(5 / 7)
    assert s.rate_before == pytest.approx(0.6)
    assert s.savings == 150_000 + 80_000  # Ani and Eka; Dedi has nothing
    # Ani paid 5 x 100.000 principal, Budi 3 x 50.000; Budi's May and June (2 x 55.000) are due.
    assert (s.loans_running, s.outstanding) == (1, 500_000 + 350_000)
    assert (s.overdue, s.members_behind, s.oldest_late) == (110_000, 1, D(2025, 5, 10))
    assert (s.follow_ups_open, s.follow_ups_overdue, s.oldest_overdue) == (2, 1, D(2025, 4, 15))
    assert (s.last_visit, s.days_since_visit) == (D(2025, 6, 25), 5)


def test_the_month_by_month_figures(melati):
    series = group_history(melati["group"], TODAY).series
    assert series.months == [D(2025, m, 1) for m in range(1, 7)]
    assert not series.cut
    # Sessions: February 2 of 3, April 2 of 3; June's attendance was not taken.
    assert series.session_rate == [None, pytest.approx(2 / 3), None, pytest.approx(2 / 3), None, None]
    # Meeting days: 10/02 2 of 3, 10/03 2 of 4, 12/05 3 of 4.
    assert series.meeting_rate == [None, pytest.approx(2 / 3), 0.5, None, 0.75, None]
    # The members in the group at each month's end and their savings then: January Ani
    # 100.000 + Budi 200.000; February Ani 150.000 + Budi; March + Citra 30.000 (Dedi 0);
    # April without Budi (moved 15/04); May + Eka 80.000 (moved in 02/05); June without
    # Citra (left 10/06).
    assert series.savings == [300_000, 350_000, 380_000, 180_000, 260_000, 230_000]
    # Overdue at each month's end: Ani's March installment (paid 05/04); Budi's May, then
    # May and June.
    assert series.overdue == [0, 0, 110_000, 0, 55_000, 110_000]


def test_the_arrears_episodes(melati):
    history = group_history(melati["group"], TODAY)
    first, second = history.episodes
    # Ani's installment due 10/03 is late from 11/03 and paid on 05/04.
    assert (first.start, first.end, first.peak, first.most_behind) == (D(2025, 3, 11), D(2025, 4, 5), 110_000, 1)
    assert first.days(TODAY) == 25
    # Budi's installment due 10/05 is late from 11/05, and nothing more is paid.
    assert (second.start, second.end, second.peak, second.most_behind) == (D(2025, 5, 11), None, 110_000, 1)
    events = {e.on: e for e in history.events if e.kind == "arrears"}
    assert events[D(2025, 3, 11)].title == T_ARREARS and events[D(2025, 3, 11)].params["end"] == "05/04/2025"
    # Still late at the end of today: 11/05 to 30/06 are 51 days, as many as the arrears report
    # counts from the due date 10/05 (the closed episode's 25 days, 11/03 to 04/04, are the
    # most the report counted for it, on 04/04).
    late = [line.days_overdue for line in share_arrears(TODAY) if line.group_id == melati["group"]]
    assert second.days(TODAY) == max(late) == 51
    assert max(line.days_overdue for line in share_arrears(D(2025, 4, 4))
               if line.group_id == melati["group"]) == first.days(TODAY)
    assert events[D(2025, 5, 11)].title == T_ARREARS_OPEN and events[D(2025, 5, 11)].params["days"] == 51
    assert all(e.bad for e in events.values())


def test_the_overdue_walk_agrees_with_the_arrears_report(melati):
    """Every month end and a few days around the installments, and today as the books stand:
    the group's overdue equals the sum of the arrears report's lines for the group."""
    group = melati["group"]
    today = dt.date.today()
    walked = group_loans(group, today)
    days = [month_end(D(2025, m, 1), today) for m in range(1, 13)]
    days += [D(2025, 3, 10), D(2025, 3, 11), D(2025, 4, 4), D(2025, 4, 5), D(2025, 5, 11), today]
    for day in days:
        lines = [line for line in share_arrears(day) if line.group_id == group]
        assert walked.overdue_on(day) == sum(line.overdue for line in lines), day
        assert walked.behind_on(day) == len({line.member_id for line in lines if line.overdue}), day


def test_the_timeline_newest_first(melati):
    events = group_history(melati["group"], TODAY).events
    assert [e.on for e in events] == sorted((e.on for e in events), reverse=True)
    assert events[0].on == D(2025, 6, 25) and events[0].kind == "visit"
    assert events[-1].kind == "formed" and events[-1].params == {"kind": "KUBE", "kelurahan": "Cilincing"}
    kinds = {(e.on, e.kind) for e in events}
    assert (D(2025, 7, 15), "session") not in kinds  # after the day read
    by_kind = {}
    for e in events:
        by_kind.setdefault(e.kind, []).append(e)
    joined = {e.on: e for e in by_kind["member_joined"]}
    assert joined[D(2025, 1, 6)].title == T_JOINED_MANY
    assert joined[D(2025, 1, 6)].params == {"count": 3}
    assert joined[D(2025, 1, 6)].note == "Ani Lestari, Budi Santoso, Citra Dewi"
    assert joined[D(2025, 3, 3)].title == T_JOINED_ONE and joined[D(2025, 3, 3)].params["name"] == "Dedi Kurniawan"
    (moved_out,) = by_kind["member_moved_out"]
    assert (moved_out.on, moved_out.title, moved_out.params) == (D(2025, 4, 15), T_MOVED_OUT, {"name": "Budi Santoso", "group": "KUBE Mawar"})
    (moved_in,) = by_kind["member_moved_in"]
    assert (moved_in.on, moved_in.title, moved_in.params) == (D(2025, 5, 2), T_MOVED_IN, {"name": "Eka Putri", "group": "KUBE Mawar"})
    (left,) = by_kind["member_left"]
    assert (left.on, left.title, left.note) == (D(2025, 6, 10), T_LEFT, "Pindah ke luar kota")
    assert [(e.on, e.kind, e.params["office"]) for e in by_kind["officer_started"] + by_kind["officer_ended"]] == [
        (D(2025, 3, 10), "officer_started", "bendahara"), (D(2025, 1, 6), "officer_started", "ketua"),
        (D(2025, 5, 20), "officer_ended", "ketua")]


def test_sessions_meeting_days_and_visits_on_the_timeline(melati):
    events = group_history(melati["group"], TODAY).events
    sessions = {e.on: e.params for e in events if e.kind == "session"}
    assert sessions[D(2025, 2, 20)] == {"session_kind": "training", "topic": "Pembukuan sederhana",
                                          "came": 2, "recorded": 3, "rate": "67%", "program": "", "seq": ""}
    assert (sessions[D(2025, 4, 22)]["program"], sessions[D(2025, 4, 22)]["seq"]) == ("Sekolah Lapang", 1)
    assert sessions[D(2025, 6, 20)]["recorded"] == 0
    # Meeting days by quarter: 10/02 and 10/03 (2 + 2 of 3 + 4); 12/05 (3 of 4).
    meetings = [e.params for e in events if e.kind == "meetings"]
    assert [e.title for e in events if e.kind == "meetings"] == [T_MEETING, T_MEETINGS]
    assert meetings == [
        {"first": "12/05/2025", "last": "12/05/2025", "count": 1, "came": 3, "recorded": 4, "rate": "75%"},
        {"first": "10/02/2025", "last": "10/03/2025", "count": 2, "came": 4, "recorded": 7, "rate": "57%"}]
    visits = [e for e in events if e.kind == "visit"]
    assert [(v.on, v.params["agreed"], v.params["done"], v.params["open"], v.params["overdue"], v.bad)
            for v in visits] == [(D(2025, 6, 25), 1, 0, 1, 0, False), (D(2025, 5, 15), 0, 0, 0, 0, False),
                                 (D(2025, 3, 1), 2, 1, 0, 1, True)]
    assert visits[-1].note == "Buku kas belum diisi." and visits[-1].params["met"] == "Ani (ketua), Budi"


def test_assessments_stages_and_loans_on_the_timeline(melati):
    events = group_history(melati["group"], TODAY).events
    assessed = [e for e in events if e.kind == "assessment"]
    assert [(e.on, e.title, e.params["grade"], e.params["total"], e.bad) for e in assessed] == [
        (D(2025, 5, 1), T_CLASS_DOWN, "C", 45, True), (D(2025, 2, 1), T_ASSESSED, "B", 65, False)]
    assert assessed[0].params["previous"] == "B"
    assert [(e.on, e.params["stage"]) for e in events if e.kind == "stage"] == [
        (D(2025, 5, 1), "strengthening"), (D(2025, 1, 2), "growing")]
    (loan,) = [e for e in events if e.kind == "loan_disbursed"]
    assert (loan.on, loan.params["principal"], loan.params["borrowers"]) == (D(2025, 1, 10), "Rp1.500.000", 2)
    assert not [e for e in events if e.kind == "loan_closed"]
    assert {kind for _label, kinds in CATEGORIES.values() for kind in kinds} >= {e.kind for e in events}


def test_a_loan_paid_off_and_one_written_off(actors):
    sec = actors["secretary"]
    group = make_group(sec, "KUBE Anggrek")
    ani = new_member(sec, group, "Ani", join_date=D(2025, 1, 6))
    pool = funded_pool(actors)
    paid = disbursed_loan(actors, pool, group, [(ani, 300_000)], term=3)
    share = loan_detail(paid).shares[0].share_id
    loans.pay_off(actors["treasurer"], share, D(2025, 2, 1), loans.payoff_amount(share, D(2025, 2, 1)))
    lost = disbursed_loan(actors, pool, group, [(ani, 200_000)], term=3, on=D(2025, 3, 1))
    loans.write_off(actors["chair"], loan_detail(lost).shares[0].share_id, D(2025, 8, 1), "Usaha bangkrut")
    history = group_history(group, D(2025, 9, 1))
    closed = {e.params["number"]: (e.on, e.bad) for e in history.events if e.kind == "loan_closed"}
    assert closed == {loan_detail(paid).number: (D(2025, 2, 1), False),
                      loan_detail(lost).number: (D(2025, 8, 1), True)}
    # Written off on 01/08, the share no longer counts: nothing overdue after, and the
    # episode of its missed installments (late from 02/04) ends that day.
    assert history.summary.overdue == 0 and history.summary.loans_running == 0
    assert [(e.start, e.end) for e in history.episodes] == [(D(2025, 4, 2), D(2025, 8, 1))]


def test_a_long_life_shows_the_last_36_months(actors):
    group = make_group(actors["secretary"], "KUBE Lama")
    series = group_history(group, D(2029, 3, 15)).series
    assert series.cut and len(series.months) == 36
    assert (series.months[0], series.months[-1]) == (D(2026, 4, 1), D(2029, 3, 1))


def test_class_change_and_months_back():
    classes = ["A", "B", "C", "D"]
    assert [class_change(None, "B", classes), class_change("B", "A", classes),
            class_change("B", "C", classes), class_change("B", "B", classes),
            class_change("X", "B", classes)] == [0, 1, -1, 0, 0]
    assert months_back(D(2025, 5, 31), 3) == D(2025, 2, 28)
    assert months_back(D(2025, 1, 15), 3) == D(2024, 10, 15)


def test_an_unknown_group_is_refused(actors):
    with pytest.raises(NotFound) as refused:
        group_history(999_999, TODAY)
    assert refused.value.message == "This group no longer exists."


def test_the_group_profile_on_paper(melati):
    from desktop.documents.group_profile import render_group_profile
    from desktop.documents.pdf import letterhead
    from tests.desktop.helpers import pdf_page_size, pdf_pages

    buffer = io.BytesIO()
    render_group_profile(group_history(melati["group"], TODAY), letterhead(), buffer)
    pages = pdf_pages(buffer.getvalue())
    text = "\n".join(pages)
    assert [round(x) for x in pdf_page_size(buffer.getvalue())] == [595, 842]
    assert "PROFIL KELOMPOK" in pages[0]
    assert "Kelompok KUBE Melati" in pages[0] or "KUBE Melati" in pages[0]
    for expected in ("Penguatan", "Dedi Kurniawan", "Rp230.000", "Rp850.000", "Rp110.000",
                     "Kehadiran 31/03/2025 s.d. 30/06/2025", "71%", "60%", "Rapat pengurus", "15/04/2025", "Turun kelas B → C",
                     "Tunggakan sejak 11/05/2025", "Budi Santoso pindah ke KUBE Mawar",
                     "Masa tunggakan kelompok", "belum lunas",
                     "Pendamping"):
        assert expected in text, expected


def test_a_long_history_on_paper_is_summed_up_by_year(actors):
    """A visit on the 15th of every month from January 2022 to September 2025: 45 visits and
    the group's formation and stage, more than the paper prints in full. Read on 01/10/2025:
    the twelve months since 01/10/2024 in full, then 9 visits in 2024, 12 in 2023 and 2022."""
    from desktop.documents.group_profile import render_group_profile
    from desktop.documents.pdf import letterhead
    from tests.desktop.helpers import pdf_pages

    group = make_group(actors["secretary"], "KUBE Lama", actors["mentor"].id, D(2022, 1, 2))
    for month in range(45):
        year, m = divmod(month, 12)
        visit(actors, group, D(2022 + year, m + 1, 15), "Ketua", "")
    buffer = io.BytesIO()
    render_group_profile(group_history(group, D(2025, 10, 1)), letterhead(), buffer)
    text = " ".join(" ".join(pdf_pages(buffer.getvalue())).split())
    assert "Riwayat kelompok 12 bulan terakhir (sejak 01/10/2024)" in text
    assert "15/09/2025" in text and "15/10/2024" in text and "15/09/2024 Kunjungan" not in text
    assert "Riwayat sebelum 01/10/2024, diringkas per tahun" in text
    assert "2024 9 kunjungan" in text and "2023 12 kunjungan" in text and "2022 12 kunjungan" in text


def test_the_day_the_printed_months_start_is_printed_in_full(actors):
    """Read on 01/10/2025, the paper prints in full the events "sejak 01/10/2024" and sums up
    those "sebelum 01/10/2024": a visit on 01/10/2024 itself belongs to the first."""
    from desktop.documents.group_profile import render_group_profile
    from desktop.documents.pdf import letterhead
    from tests.desktop.helpers import pdf_pages

    group = make_group(actors["secretary"], "KUBE Lama", actors["mentor"].id, D(2022, 1, 2))
    for month in range(45):
        year, m = divmod(month, 12)
        visit(actors, group, D(2022 + year, m + 1, 15), "Ketua", "")
    visit(actors, group, D(2024, 10, 1), "Bendahara", "")
    buffer = io.BytesIO()
    render_group_profile(group_history(group, D(2025, 10, 1)), letterhead(), buffer)
    text = " ".join(" ".join(pdf_pages(buffer.getvalue())).split())
    assert "Riwayat kelompok 12 bulan terakhir (sejak 01/10/2024)" in text
    assert "01/10/2024 Kunjungan" in text
    assert "2024 9 kunjungan" in text

"""The groups that need attention: each reason on a group made to have it, none on a healthy
group, the thresholds at their edges, and the order of the list."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from desktop.attention import (
    ARREARS,
    ATTENDANCE_FALLING,
    ATTENDANCE_LOW,
    CLASS_FELL,
    FOLLOW_UPS,
    NEVER_VISITED,
    NO_VISIT,
    attendance_reason,
    groups_needing_attention,
    visit_reason,
)
from desktop.members import exit_member, get_member_row
from tests.desktop.helpers import new_member
from tests.desktop.loan_helpers import disbursed_loan, funded_pool
from tests.desktop.test_group_history import assess, make_group, session, sheet, visit

TODAY = dt.date(2025, 6, 30)  # the last 3 months: 31/03-30/06; the 3 before: 31/12-30/03
D = dt.date
JOINED = D(2025, 1, 6)
FORMED = D(2025, 1, 2)
VISITED = D(2025, 6, 1)


def group_of(actors, name: str, size: int = 2, formed: dt.date = FORMED,
             visited: dt.date | None = VISITED) -> tuple[int, list[int]]:
    """A group of the mentor's with *size* members, visited on *visited*."""
    group = make_group(actors["secretary"], name, actors["mentor"].id, formed)
    members = [new_member(actors["secretary"], group, f"{name} {i + 1}", join_date=max(JOINED, formed))
               for i in range(size)]
    if visited:
        visit(actors, group, visited, "Ketua", "")
    return group, members


def reasons_by_group(today: dt.date = TODAY) -> dict[str, list[tuple[str, str, dict]]]:
    return {row.group: [(r.code, r.text, r.params) for r in row.reasons]
            for row in groups_needing_attention(today)}


def test_a_healthy_group_needs_nothing(actors):
    """Everyone at every meeting, visited a month ago, a class that rose, a loan not yet due."""
    group, (a, b) = group_of(actors, "KUBE Sehat")
    sheet(actors, group, D(2025, 2, 10), {a: "present", b: "present"})
    sheet(actors, group, D(2025, 5, 12), {a: "present", b: "late"})
    assess(actors, group, D(2025, 2, 1), 13, "growing")  # B
    assess(actors, group, D(2025, 5, 1), 17, "growing")  # A
    disbursed_loan(actors, funded_pool(actors), group, [(a, 500_000)], term=3, on=D(2025, 6, 10))  # due from 10/07
    assert groups_needing_attention(TODAY) == []


def test_attendance_falling_and_low(actors):
    turun, members = group_of(actors, "KUBE Turun", 4)
    sheet(actors, turun, D(2025, 3, 10), dict.fromkeys(members, "present"))
    sheet(actors, turun, D(2025, 5, 12), dict(zip(members, ["present", "present", "late", "absent"], strict=True)))
    rendah, (r1, r2) = group_of(actors, "KUBE Rendah")
    session(actors, "training", "Pemasaran", D(2025, 6, 5), [rendah],
            {(r1, rendah): "present", (r2, rendah): "excused"})
    found = reasons_by_group()
    # 4 of 4 came before, 3 of 4 lately: 25 points lower, though still above 60%.
    assert found["KUBE Turun"] == [("attendance", ATTENDANCE_FALLING, {"recent": "75%", "before": "100%"})]
    # 1 of 2 (an excused member did not come); nothing to compare with.
    assert found["KUBE Rendah"] == [("attendance", ATTENDANCE_LOW, {"recent": "50%"})]


def test_the_attendance_thresholds_at_their_edges():
    assert attendance_reason(Fraction(3, 5), Fraction(3, 4)).text == ATTENDANCE_FALLING  # 60 vs 75: 15 points
    assert attendance_reason(Fraction(61, 100), Fraction(3, 4)) is None  # 14 points, not low
    assert attendance_reason(Fraction(60, 100), None) is None
    assert attendance_reason(Fraction(59, 100), None).text == ATTENDANCE_LOW
    assert attendance_reason(None, Fraction(1, 1)) is None  # no meeting lately: nothing to say


def test_arrears(actors):
    group, (a, _b) = group_of(actors, "KUBE Tunggak")
    disbursed_loan(actors, funded_pool(actors), group, [(a, 1_000_000)])
    # Nothing paid: February to June, 5 x 110.000, the oldest due 10/02 (140 days).
    assert reasons_by_group()["KUBE Tunggak"] == [
        ("arrears", ARREARS, {"amount": "Rp550.000", "members": 1, "days": 140})]


def test_follow_ups_overdue(actors):
    group, _members = group_of(actors, "KUBE Janji", visited=None)
    visit(actors, group, D(2025, 5, 1), "Ketua", "", [
        ("Isi buku kas", D(2025, 5, 31), None), ("Rapat anggota", D(2025, 6, 20), None),
        ("Setor simpanan", D(2025, 5, 15), D(2025, 5, 14)), ("Laporan usaha", D(2025, 7, 10), None)])
    assert reasons_by_group()["KUBE Janji"] == [("follow_ups", FOLLOW_UPS, {"count": 2, "date": "31/05/2025"})]


def test_no_visit_for_long_or_ever(actors):
    group_of(actors, "KUBE Jauh", visited=D(2025, 3, 31))  # 91 days
    group_of(actors, "KUBE Pas", visited=D(2025, 4, 1))  # 90 days
    group_of(actors, "KUBE Lupa", visited=None)  # formed 179 days ago
    group_of(actors, "KUBE Baru", formed=D(2025, 5, 1), visited=None)  # 60 days ago
    found = reasons_by_group()
    assert found == {"KUBE Jauh": [("no_visit", NO_VISIT, {"days": 91, "date": "31/03/2025"})],
                     "KUBE Lupa": [("no_visit", NEVER_VISITED, {})]}
    assert visit_reason(None, D(2025, 4, 1), TODAY) is None  # 90 days old


def test_class_fell_at_the_last_assessment(actors):
    jatuh, _m = group_of(actors, "KUBE Jatuh")
    assess(actors, jatuh, D(2025, 2, 1), 13, "growing")  # 65: B
    assess(actors, jatuh, D(2025, 5, 1), 9, "growing")  # 45: C
    naik, _m = group_of(actors, "KUBE Naik")
    assess(actors, naik, D(2025, 1, 20), 13, "growing")  # B
    assess(actors, naik, D(2025, 3, 1), 9, "growing")  # C: fell, but not at the last one
    assess(actors, naik, D(2025, 6, 1), 9, "growing")  # C again
    assert reasons_by_group() == {"KUBE Jatuh": [("class_fell", CLASS_FELL, {"previous": "B", "grade": "C", "date": "01/05/2025"})]}


def test_only_groups_with_active_members_and_the_order(actors):
    kosong, (k,) = group_of(actors, "KUBE Kosong", 1, visited=None)
    exit_member(actors["treasurer"], k, D(2025, 3, 1), "Pindah", get_member_row(k).version)
    group_of(actors, "KUBE Lupa", visited=None)
    tunggak, (a, _b) = group_of(actors, "KUBE Tunggak", visited=None)
    disbursed_loan(actors, funded_pool(actors), tunggak, [(a, 1_000_000)])
    janji, _m = group_of(actors, "KUBE Janji")
    visit(actors, janji, D(2025, 6, 2), "Ketua", "", [("Isi buku kas", D(2025, 6, 10), None)])
    rows = groups_needing_attention(TODAY)
    # Arrears (3) and never visited (1); a follow-up overdue (2); never visited (1).
    assert [(r.group, r.weight, [x.code for x in r.reasons]) for r in rows] == [
        ("KUBE Tunggak", 4, ["arrears", "no_visit"]), ("KUBE Janji", 2, ["follow_ups"]),
        ("KUBE Lupa", 1, ["no_visit"])]
    assert {(r.mentor_id, r.mentor) for r in rows} == {(actors["mentor"].id, "Dewi Kartika")}

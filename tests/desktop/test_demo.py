"""The demo office: built once per module through the real operations, then checked."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from db.connection import close_database, open_database
from db.models import AuditRecord, Group, GroupOfficer, Member, Membership, User
from desktop import demo_data
from desktop.auth import ROLES
from desktop.demo import DemoCancelled, build_demo_office
from desktop.errors import DomainError
from desktop.nik import parse_nik
from desktop.settings import is_demo


def _summary() -> dict:
    """Plain copies of what the tests look at, so that no test depends on an open database."""
    return {
        "groups": list(Group.select(Group.id, Group.city).tuples()),
        "kinds": {g.id: g.kind.code for g in Group.select()},
        "mentor_roles": {g.id: g.mentor.role for g in Group.select() if g.mentor_id},
        "members": list(Member.select(Member.id, Member.nik, Member.birth_date, Member.sex,
                                      Member.group, Member.status, Member.join_date).tuples()),
        "officers": list(GroupOfficer.select(GroupOfficer.group, GroupOfficer.office,
                                             GroupOfficer.member, GroupOfficer.start_date,
                                             GroupOfficer.end_date).tuples()),
        "moved": list(Membership.select(Membership.member, Membership.end_date)
                      .where(Membership.end_reason == "moved").tuples()),
        "roles": Counter(role for (role,) in User.select(User.role).tuples()),
        "audit": AuditRecord.select().count(),
        "demo": is_demo(),
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    steps: list[tuple[int, int]] = []
    build_demo_office(folder / "demo.sqlite3", folder / "backups",
                      progress=lambda done, total: steps.append((done, total)))
    summary = _summary() | {"path": folder / "demo.sqlite3", "steps": steps}
    close_database()
    return summary


def test_groups_of_several_kinds_in_jakarta_and_serang(built):
    assert 10 <= len(built["groups"]) <= 14
    for place in ("Jakarta", "Serang"):
        ids = {gid for gid, city in built["groups"] if place in city}
        assert len({built["kinds"][gid] for gid in ids}) >= 3, place


def test_every_group_has_a_mentor(built):
    assert len(built["mentor_roles"]) == len(built["groups"])
    assert set(built["mentor_roles"].values()) == {"mentor"}


def test_members_have_valid_niks_matching_birth_date_and_sex(built):
    assert 130 <= len(built["members"]) <= 170
    for _id, nik, born, sex, _group, _status, joined in built["members"]:
        info = parse_nik(nik)
        assert (info.birth_date, info.sex) == (born, sex), nik
        assert born < joined <= dt.date.today()
    sexes = Counter(sex for _i, _n, _b, sex, *_rest in built["members"])
    assert sexes["P"] > 2 * sexes["L"]


def test_every_group_has_current_officers_who_are_active_members(built):
    members = {mid: (group, status) for mid, _n, _b, _s, group, status, _j in built["members"]}
    current = {(group, office): mid for group, office, mid, _s, end in built["officers"] if end is None}
    for gid, _city in built["groups"]:
        for office in ("ketua", "sekretaris", "bendahara"):
            assert members[current[(gid, office)]] == (gid, "active"), (gid, office)
    ended_ketua = [row for row in built["officers"] if row[1] == "ketua" and row[4] is not None]
    assert ended_ketua, "one group shows an earlier ketua replaced by a later one"


def test_some_members_moved_and_some_exited(built):
    assert 2 <= len(built["moved"]) <= 3
    assert all(end < dt.date.today() for _m, end in built["moved"])
    exited = [row for row in built["members"] if row[5] == "exited"]
    assert 3 <= len(exited) <= 4


def test_one_user_per_role_and_an_audit_trail(built):
    assert set(built["roles"]) == set(ROLES)
    assert built["roles"]["mentor"] == 3
    assert all(built["roles"][role] == 1 for role in ROLES if role != "mentor")
    assert len(demo_data.DEMO_ACCOUNTS) == sum(built["roles"].values())
    assert built["audit"] >= len(built["members"]) + len(built["groups"])
    assert built["demo"]


def test_progress_counts_up_to_the_total(built):
    done = [d for d, _t in built["steps"]]
    assert done == sorted(done) and built["steps"][-1][0] == built["steps"][-1][1]


def test_building_into_populated_books_is_refused(built, tmp_path):
    with pytest.raises(DomainError):
        build_demo_office(built["path"], tmp_path / "backups")
    open_database(built["path"])
    try:
        assert Member.select().count() == len(built["members"])
    finally:
        close_database()


def test_cancelling_removes_the_partly_built_file(tmp_path):
    path = tmp_path / "demo.sqlite3"
    calls = iter(range(1000))
    with pytest.raises(DemoCancelled):
        build_demo_office(path, tmp_path / "backups", cancelled=lambda: next(calls) >= 30)
    assert list(tmp_path.glob("demo.sqlite3*")) == []

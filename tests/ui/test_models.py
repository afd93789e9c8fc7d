"""Every table model passes Qt's model tester."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.member_queries import MemberFilter
from tests.desktop.helpers import new_group, new_member
from ui import member_model
from ui.member_model import MemberModel
from ui.widgets import Column, RowsModel


def test_member_model_fetches_pages_and_passes_the_model_tester(qtmodeltester, actors, monkeypatch):
    sec = actors["secretary"]
    group = new_group(sec)
    for i in range(7):
        new_member(sec, group, f"Anggota {i}")
    monkeypatch.setattr(member_model, "PAGE", 3)
    model = MemberModel()
    model.set_filter(MemberFilter())
    assert (model.rowCount(), model.total) == (3, 7)
    assert model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert [r[2] for r in model.rows] == [f"Anggota {i}" for i in range(7)]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.rows[0][2] == "Anggota 6"
    qtmodeltester.check(model, force_py=True)


def test_rows_model_sorts_and_passes_the_model_tester(qtmodeltester):
    model = RowsModel([Column("Name", lambda r: r[0]), Column("N", lambda r: str(r[1]), lambda r: r[1])])
    model.set_rows([("b", 10), ("a", 9), ("C", None)])
    model.sort(1)
    assert [r[0] for r in model.rows] == ["a", "b", "C"]
    model.sort(0)
    assert [r[0] for r in model.rows] == ["a", "b", "C"]
    qtmodeltester.check(model, force_py=True)

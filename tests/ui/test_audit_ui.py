"""The audit trail page driven as the chair would: filters typed and chosen, a record's values
before and after, loading more, the chain check finding a record edited outside the program,
and the roles that do not get the page."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from db.connection import database
from db.models import AuditRecord
from desktop.audit_queries import AuditFilter, find_records
from desktop.errors import PermissionDenied
from desktop.savings import deposit
from tests.desktop.test_audit_queries import account, office, stamp  # noqa: F401 - office is a fixture
from ui.bus import bus


def audit_page(window):
    window.show_page("audit")
    return window.pages["audit"]


def shown(page) -> list[str]:
    return [row.action for row in page.model.rows]


def click(qtbot, page, name: str) -> None:
    qtbot.mouseClick(page.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def choose(box, value) -> None:
    box.setCurrentIndex(box.findData(value))


def select_record(page, record_id: int) -> None:
    page.table.selectRow(page.model.row_of(record_id))


def values(page) -> list[tuple[str, ...]]:
    model = page.detail.model
    return [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]


def test_roles_without_audit_view_get_no_page_and_no_records(open_window, actors, office):  # noqa: F811
    for role in ("secretary", "treasurer", "mentor"):
        window = open_window(actors[role])
        assert "audit" not in window.pages
        assert "Audit trail" not in [window.nav.item(i).text() for i in range(window.nav.count())]
        with pytest.raises(PermissionDenied):
            find_records(actors[role], AuditFilter())
    for role in ("chair", "administrator"):
        assert "audit" in open_window(actors[role]).pages


def test_the_chair_filters_by_user_kind_and_text(qtbot, open_window, actors, office):  # noqa: F811
    page = audit_page(open_window(actors["chair"]))
    every = [i for (i,) in AuditRecord.select(AuditRecord.id).order_by(AuditRecord.id.desc()).tuples()]
    assert [row.id for row in page.model.rows] == every
    assert page.model.index(0, 3).data() == "Member edited"
    choose(page.user, actors["treasurer"].id)
    assert shown(page) == ["loan.repayment", "loan.disburse", "savings.deposit", "savings.deposit"]
    choose(page.area, "loans")
    assert shown(page) == ["loan.repayment", "loan.disburse"]
    assert page.model.index(0, 2).data() == "Bambang Hartono"
    click(qtbot, page, "audit_clear")
    assert len(page.model.rows) == len(every)
    qtbot.keyClicks(page.text, "budi santoso")
    qtbot.waitUntil(lambda: shown(page) == ["member.update", "member.register"])
    assert page.status.text().startswith("2 record(s) shown")


def test_the_chair_filters_by_dates(qtbot, open_window, actors, office):  # noqa: F811
    stamp(dt.date(2025, 1, 31), "member.register", "group.create")
    stamp(dt.date(2025, 2, 1), "savings.deposit")
    stamp(dt.date(2025, 2, 10), "loan.repayment")
    page = audit_page(open_window(actors["chair"]))
    qtbot.keyClicks(page.first.edit, "01/02/2025")
    qtbot.keyClicks(page.last.edit, "28/02/2025")
    qtbot.keyClick(page.last.edit, Qt.Key.Key_Return)
    assert shown(page) == ["loan.repayment", "savings.deposit", "savings.deposit"]
    # A date that cannot be read says so and leaves the list as it was.
    page.last.edit.setText("31/02/2025")
    qtbot.keyClick(page.last.edit, Qt.Key.Key_Return)
    assert "31/02/2025" in page.status.text()
    assert shown(page) == ["loan.repayment", "savings.deposit", "savings.deposit"]


def test_the_member_filter_finds_their_deposits_and_payments(qtbot, open_window, actors, office):  # noqa: F811
    page = audit_page(open_window(actors["chair"]))
    qtbot.keyClicks(page.picker, "Siti")
    qtbot.keyClick(page.picker, Qt.Key.Key_Return)
    assert page.member.text() == "AG000001 Siti Aminah" and page.member.isVisible()
    assert shown(page) == ["loan.repayment", "loan.disburse", "loan.approve", "loan.apply", "savings.deposit",
                           "member.register"]
    rows = {row.action: row for row in page.model.rows}
    assert rows["savings.deposit"].entity_id == office.siti_deposit
    assert rows["loan.repayment"].entity_id == office.repayment
    qtbot.mouseClick(page.member_clear, Qt.MouseButton.LeftButton)
    assert not page.member.isVisible() and "member.update" in shown(page)


def test_the_detail_pane_shows_before_and_after(qtbot, open_window, actors, office):  # noqa: F811
    page = audit_page(open_window(actors["administrator"]))
    update = AuditRecord.get(AuditRecord.action == "member.update")
    select_record(page, update.id)
    assert f"Record {update.id}" in page.detail.heading.text() and "Sri Wahyuni" in page.detail.heading.text()
    assert values(page) == [("Phone", "–", "081234567890")]
    assert not page.detail.table.isColumnHidden(1)
    posting = AuditRecord.get(AuditRecord.entity == "savings_entry", AuditRecord.entity_id == office.siti_deposit)
    select_record(page, posting.id)
    assert page.detail.table.isColumnHidden(1)  # created: there was nothing before
    after = {field: value for field, _before, value in values(page)}
    assert after["Amount"] == "Rp300.000" and after["Entered by"] == "Bambang Hartono"
    assert after["Date"] == "01/02/2025" and after["Kind"] == "Deposit"
    assert after["Account"].endswith("AG000001 Siti Aminah")


def test_load_more_goes_on_to_older_records(qtbot, open_window, actors, office):  # noqa: F811
    page = audit_page(open_window(actors["chair"]))
    every = [row.id for row in page.model.rows]
    page.page_size = 5
    page.refresh()
    assert [row.id for row in page.model.rows] == every[:5] and page.more_button.isEnabled()
    while page.more_button.isEnabled():
        click(qtbot, page, "audit_more")
    assert [row.id for row in page.model.rows] == every


def test_the_chain_check_marks_a_record_edited_outside_the_program(qtbot, open_window, actors, office):  # noqa: F811
    page = audit_page(open_window(actors["chair"]))
    click(qtbot, page, "audit_check")
    qtbot.waitUntil(lambda: page.task is not None and page.task.finished, timeout=10_000)
    count = AuditRecord.select().count()
    assert "intact" in page.chain.text() and f"{count} records" in page.chain.text()
    target = AuditRecord.get(AuditRecord.entity == "savings_entry", AuditRecord.entity_id == office.budi_deposit)
    database.execute_sql("UPDATE audit_record SET summary = replace(summary, '50000', '5000') WHERE id = ?",
                         (target.id,))
    bus.changed.emit("savings")  # the page reads the trail again
    click(qtbot, page, "audit_check")
    qtbot.waitUntil(lambda: page.task.finished, timeout=10_000)
    assert "changed outside the program at 1 place(s)" in page.chain.text()
    row = page.model.row_of(target.id)
    assert page.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert page.break_choice.isVisible()
    assert page.break_choice.itemText(0) == f"Record {target.id} was changed outside the program"
    choose(page.user, actors["chair"].id)  # the record is no longer in the list
    assert page.model.row_of(target.id) is None
    page.break_choice.activated.emit(0)
    assert page.user.currentData() is None and page.model.rows[0].id == target.id
    assert page.table.currentIndex().row() == 0
    assert page.detail.warning.isVisible() and str(target.id) in page.detail.warning.text()


def test_the_page_shows_what_other_pages_write(qtbot, open_window, actors, office):  # noqa: F811
    page = audit_page(open_window(actors["chair"]))
    deposit(actors["treasurer"], account(office.budi), dt.date(2025, 3, 1), 20_000)
    bus.changed.emit("savings")
    assert page.model.rows[0].action == "savings.deposit" and page.model.rows[0].summary.endswith(" 20000")


def test_the_models(qtmodeltester, open_window, actors, office):  # noqa: F811
    page = audit_page(open_window(actors["chair"]))
    select_record(page, AuditRecord.get(AuditRecord.action == "member.update").id)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.detail.model)

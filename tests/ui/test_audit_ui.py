"""The audit trail page driven as the chair would: filters typed and chosen, a record's values
before and after, loading more, the chain check finding a record edited outside the program,
and the roles that do not get the page."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from db.connection import database
from db.models import AuditRecord, Member, SavingsEntry
from desktop import audit
from desktop.approvals import ApprovalRequested, reject, set_required_actions
from desktop.audit_queries import AuditFilter, find_records
from desktop.cashbook import record_cash_count
from desktop.collection import LineForm, discard_draft, save_draft
from desktop.errors import PermissionDenied
from desktop.savings import deposit, reverse_entry
from desktop.welfare import SurveyForm, record_survey
from tests.desktop.test_audit_queries import FEB, account, office, stamp  # noqa: F401 - office is a fixture
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


def columns(page, record_id: int) -> tuple[str, str, str]:
    row = page.model.row_of(record_id)
    return tuple(page.model.index(row, c).data() for c in (3, 4, 5))


def test_the_texts_read_as_the_office_writes_them(qtbot, open_window, actors, office):  # noqa: F811
    treasurer = actors["treasurer"]
    group = Member.get_by_id(office.siti).group_id
    # The book holds 8.850.000 that day (10.000.000 of capital in, 1.500.000 lent out, 300.000
    # and 50.000 deposited): 1.234.567 counted is 7.615.433 short.
    count = record_cash_count(treasurer, FEB, 1_234_567)
    set_required_actions(actors["administrator"], {"savings.reverse"})
    with pytest.raises(ApprovalRequested) as asked:
        reverse_entry(treasurer, office.budi_deposit, "salah anggota", FEB)
    request = asked.value.request_id
    reject(actors["chair"], request, 1, "tidak perlu")
    sheet = save_draft(treasurer, group, dt.date(2025, 2, 10), [LineForm(office.siti), LineForm(office.budi)])
    discard_draft(treasurer, sheet, 1)
    # A draft deleted before its record named the group: by the group's number, the date as stored.
    audit.record(treasurer, "sheet.discard", "collection_sheet", 99, f"{group} 2025-02-03")
    survey = record_survey(actors["secretary"], SurveyForm(office.siti, FEB, "PS", housing="fair",
                                                           school_age_children=2, children_in_school=1))
    page = audit_page(open_window(actors["chair"]))
    first = {action: AuditRecord.get(AuditRecord.action == action).id
             for action in ("cash.count", "approval.request", "approval.reject", "sheet.draft", "welfare.record")}
    deleted = [r.id for r in AuditRecord.select().where(AuditRecord.action == "sheet.discard").order_by(AuditRecord.id)]
    deposit_record = AuditRecord.get(AuditRecord.entity == "savings_entry",
                                     AuditRecord.entity_id == office.siti_deposit)
    receipt = SavingsEntry.get_by_id(office.siti_deposit).receipt_number
    assert count and columns(page, first["cash.count"]) == (
        "Cash counted", "01/02/2025", "counted Rp1.234.567 · Rp7.615.433 short")
    assert columns(page, first["approval.request"]) == (
        "Approval requested", f"Request {request}", "Reversing a savings entry")
    assert columns(page, first["approval.reject"]) == (
        "Request rejected", f"Request {request}", "Reversing a savings entry")
    assert columns(page, first["sheet.draft"])[2] == "KUBE Melati · 10/02/2025"
    assert columns(page, deleted[0]) == ("Draft meeting sheet deleted", f"Meeting sheet #{sheet}",
                                         "KUBE Melati · 10/02/2025")
    assert columns(page, deleted[1])[2] == "KUBE Melati · 03/02/2025"
    # What the list names a record by is not said again in its summary.
    assert columns(page, deposit_record.id) == (
        "Savings deposit", f"{receipt} · AG000001 Siti Aminah", "SS · Rp300.000")
    assert columns(page, first["welfare.record"]) == (
        "Welfare survey recorded", "AG000001 Siti Aminah", "01/02/2025 · Pra-Sejahtera (BKKBN)")
    # Under the mouse, the whole text.
    row = page.model.row_of(first["cash.count"])
    assert page.model.index(row, 5).data(Qt.ItemDataRole.ToolTipRole) == columns(page, first["cash.count"])[2]

    # The values of a survey by their names, codes by their labels.
    select_record(page, first["welfare.record"])
    after = {field: value for field, _before, value in values(page)}
    assert (after["Children of school age"], after["Children in school"], after["Housing"]) == ("2", "1", "Fair")
    assert after["Surveyor"] == "Sri Wahyuni" and after["Welfare level"] == "Pra-Sejahtera (BKKBN)"
    assert all(name[0].isupper() and "_" not in name for name in after)  # no stored key shows
    assert survey and "–" not in after.values()
    assert "<i>01/02/2025 · Pra-Sejahtera (BKKBN)</i>" in page.detail.heading.text()
    # A request: what was asked and what the approver read, not the arguments by number.
    select_record(page, first["approval.request"])
    after = {field: value for field, _before, value in values(page)}
    assert after["Action asked for"] == "Reversing a savings entry" and after["Status"] == "Waiting"
    assert after["What the approver was shown"].startswith(f"Receipt: {SavingsEntry.get_by_id(office.budi_deposit).receipt_number}; Member: ")
    assert "Reason: salah anggota" in after["What the approver was shown"] and "params" not in after
    select_record(page, first["approval.reject"])
    changed = {field: (before, value) for field, before, value in values(page)}
    assert changed["Status"] == ("Waiting", "Rejected") and changed["Decided by"] == ("–", "Haryanto")


def test_the_columns_fit_the_list_at_1366(qtbot, open_window, actors, office):  # noqa: F811
    set_required_actions(actors["administrator"], {"savings.reverse", "loans.reverse"})
    window = open_window(actors["chair"])
    window.resize(1366, 728)
    page = audit_page(window)
    qtbot.waitUntil(lambda: page.table.viewport().width() > 700)
    metrics = page.table.fontMetrics()

    def longest(column: int) -> int:
        return max(metrics.horizontalAdvance(page.model.index(r, column).data()) for r in range(page.model.rowCount()))

    widths = [page.table.columnWidth(c) for c in range(6)]
    # The kinds are shown whole ("Actions needing approval changed" the longest), the Summary
    # keeps room, and the columns fill the list to its right edge, not past it.
    assert widths[3] >= longest(3) + 10 and widths[5] >= 160
    assert sum(widths) == page.table.viewport().width()
    # A text cut short is whole under the mouse.
    assert all(page.model.index(r, c).data(Qt.ItemDataRole.ToolTipRole) == page.model.index(r, c).data()
               for r in range(page.model.rowCount()) for c in (3, 4, 5))
    # On a wider screen every text is whole.
    window.resize(1920, 1000)
    qtbot.waitUntil(lambda: page.table.viewport().width() > 1100)
    assert all(page.table.columnWidth(c) >= longest(c) + 10 for c in range(6))
    assert sum(page.table.columnWidth(c) for c in range(6)) == page.table.viewport().width()


def test_the_refresh_button_reads_what_other_computers_wrote(qtbot, open_window, actors, office):  # noqa: F811
    page = audit_page(open_window(actors["chair"]))
    deposit(actors["treasurer"], account(office.budi), dt.date(2025, 3, 1), 20_000)  # told no page here
    assert page.model.rows[0].action == "member.update"
    click(qtbot, page, "audit_refresh")
    assert page.model.rows[0].action == "savings.deposit"
    assert page.model.index(0, 5).data().endswith(" · Rp20.000")

"""The rotating capital's screens driven as a user would: the treasurer records a source, a
pool and the capital received; the pools' figures, ledger and how the money rolled; arrears and
loan quality on a day, by part, with the list of shares behind on paper and for Excel; the
administrator's loan products and lending rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from db.models import Installment, LoanPayment, LoanProduct, LoanShare
from desktop.capital import create_pool, create_source, pool_figures, receive_capital, rolling
from desktop.loan_products import list_loan_products
from desktop.loan_settings import loan_settings
from desktop.loans import (
    LoanApplication,
    apply_for_loan,
    approve_loan,
    disburse_loan,
    get_loan,
    repay,
    reverse_payment,
)
from desktop.money import format_amount
from tests.desktop.helpers import new_group, new_member, pdf_pages
from tests.ui.conftest import when_modal
from ui import paper_dialogs
from ui.capital_dialogs import PoolDialog, ReceiveCapitalDialog, SourceDialog
from ui.loan_product_dialog import LoanProductDialog
from ui.pools_tab import percent

TODAY = dt.date.today()


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def click(qtbot, parent, name):
    qtbot.mouseClick(parent.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def product(code: str) -> int:
    return LoanProduct.get(LoanProduct.code == code).id


def lend(actors, code: str, group: int | None, shares: list[tuple[int, int]], term: int,
         applied_on: dt.date, pool: int) -> int:
    """A loan applied for by the secretary, approved by the chair the next day and paid out by
    the treasurer the day after."""
    loan_id = apply_for_loan(actors["secretary"], LoanApplication(product(code), group, shares, term, "modal usaha", applied_on))
    approve_loan(actors["chair"], loan_id, get_loan(loan_id).version, applied_on + dt.timedelta(days=1))
    disburse_loan(actors["treasurer"], loan_id, get_loan(loan_id).version, pool, applied_on + dt.timedelta(days=2))
    return loan_id


def share_of(loan_id: int, member_id: int) -> int:
    return LoanShare.get((LoanShare.loan == loan_id) & (LoanShare.member == member_id)).id


def pay_installments(treasurer, share_id: int, count: int) -> list[int]:
    """The share's first *count* installments, each paid on its due day."""
    rows = Installment.select().where(Installment.share == share_id).order_by(Installment.seq).limit(count)
    return [repay(treasurer, share_id, row.due_on, row.principal + row.jasa) for row in rows]


@dataclass
class Lending:
    pool: int
    group_loan: int
    weekly_loan: int
    new_loan: int


@pytest.fixture
def lending(actors) -> Lending:
    """One pool and three loans on a day some months on:
    - a monthly group loan to KUBE Melati, 200 days ago: Siti has paid all six installments due,
      Budi the first two only (a little over 100 days late; one payment reversed and posted again);
    - a weekly loan to Dewi of KUBE Mawar, 62 days ago, nothing paid (53 days late);
    - a monthly loan to Ani of KUBE Mawar, 22 days ago, nothing due yet."""
    sec, tre = actors["secretary"], actors["treasurer"]
    melati = new_group(sec, "KUBE Melati")
    mawar = new_group(sec, "KUBE Mawar", kelurahan="Marunda")
    siti = new_member(sec, melati, "Siti Aminah")
    budi = new_member(sec, melati, "Budi Santoso", sex="L")
    dewi = new_member(sec, mawar, "Dewi Lestari")
    ani = new_member(sec, mawar, "Ani Rahayu")
    source = create_source(tre, "PNPM Kelurahan Cilincing", "pnpm")
    pool = create_pool(tre, source, "Dana Bergulir PNPM", ago(250))
    receive_capital(tre, pool, ago(250), 2_000_000)
    group_loan = lend(actors, "PB", melati, [(siti, 1_000_000), (budi, 800_000)], 10, ago(200), pool)
    pay_installments(tre, share_of(group_loan, siti), 6)
    budi_share = share_of(group_loan, budi)
    paid = pay_installments(tre, budi_share, 2)
    second = LoanPayment.get_by_id(paid[1])
    reverse_payment(tre, second.id, "tercatat dua kali", second.on)
    repay(tre, budi_share, second.on, second.amount)
    weekly_loan = lend(actors, "PM", None, [(dewi, 500_000)], 25, ago(62), pool)
    receive_capital(tre, pool, ago(30), 1_000_000)
    new_loan = lend(actors, "PB", None, [(ani, 1_000_000)], 10, ago(22), pool)
    return Lending(pool, group_loan, weekly_loan, new_loan)


def loans_page(window):
    window.show_page("loans")
    return window.pages["loans"]


def pools_tab(window):
    page = loans_page(window)
    page.tabs.setCurrentWidget(page.pools)
    return page.pools


def arrears_tab(window):
    page = loans_page(window)
    page.tabs.setCurrentWidget(page.arrears)
    return page.arrears


def cells(model, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


# --- sources, pools and capital ----------------------------------------------------------------

def test_the_treasurer_records_a_source_a_pool_and_the_capital_received(qtbot, actors, open_window):
    tab = pools_tab(open_window(actors["treasurer"]))
    assert not tab.receive_button.isEnabled()  # no pool yet
    assert "No source of capital" in tab.sources.text()

    def source(dialog: SourceDialog) -> None:
        dialog.name.setText("Dana Kelurahan Cilincing")
        dialog.kind.setCurrentIndex(dialog.kind.findData("village"))
        dialog.accept()

    when_modal(source, SourceDialog)
    click(qtbot, tab, "new_source")
    assert "Dana Kelurahan Cilincing" in tab.sources.text()

    def pool(dialog: PoolDialog) -> None:
        dialog.name.setText("Dana Bergulir Kelurahan 2026")
        dialog.opened_on.set_value(ago(10))
        dialog.accept()

    when_modal(pool, PoolDialog)
    click(qtbot, tab, "new_pool")
    assert tab.pool.currentText() == "Dana Bergulir Kelurahan 2026"
    assert tab.receive_button.isEnabled()
    seen = {}

    def receive(dialog: ReceiveCapitalDialog) -> None:
        dialog.amount.clear()
        qtbot.keyClicks(dialog.amount, "12,5")
        dialog.accept()
        seen["sen"] = dialog.form.note("amount").text()
        dialog.amount.clear()
        dialog.accept()
        seen["empty"] = dialog.form.note("amount").text()
        dialog.amount.clear()
        qtbot.keyClicks(dialog.amount, "25000000")
        seen["words"] = dialog.form.note("amount").text()
        dialog.note.setText("tahap pertama")
        dialog.accept()

    when_modal(receive, ReceiveCapitalDialog)
    click(qtbot, tab, "receive_capital")
    assert "whole rupiah" in seen["sen"]
    assert "above zero" in seen["empty"]
    assert seen["words"] == "dua puluh lima juta rupiah"
    figures = pool_figures()[0]
    assert (figures.capital, figures.available) == (25_000_000, 25_000_000)
    assert cells(tab.figures_model, 1)[0] == "25.000.000"
    assert [line.kind for line in tab.ledger_model.rows if line.kind != "opening"] == ["capital"]


def test_a_pool_with_a_taken_name_is_refused_beside_the_name(qtbot, actors, lending):
    dialog = PoolDialog(actors["treasurer"])
    qtbot.addWidget(dialog)
    dialog.name.setText("Dana Bergulir PNPM")
    dialog.accept()
    assert "already exists" in dialog.form.note("name").text()
    assert dialog.result() != PoolDialog.DialogCode.Accepted


def test_the_pools_figures_are_the_pools_books(actors, open_window, lending):
    tab = pools_tab(open_window(actors["treasurer"]))
    figures = pool_figures(lending.pool)[0]
    shown = dict(zip((name for _caption, name in tab.figure_rows), cells(tab.figures_model, 1), strict=True))
    assert shown["returned_share"] == percent(figures.returned_share)
    for name, text in shown.items():
        if name != "returned_share":
            assert text == format_amount(getattr(figures, name)), name
    assert (figures.capital, figures.disbursed, figures.principal_back) == (3_000_000, 3_300_000, 760_000)
    assert (figures.jasa_back, figures.fees, figures.out) == (76_000, 5_000, 2_540_000)
    assert tab.figures_model.columnCount() == 2  # one pool: no total column


def test_the_ledger_runs_the_available_cash_and_strikes_the_reversal(qtbot, actors, open_window, lending):
    tab = pools_tab(open_window(actors["treasurer"]))
    tab.first.edit.clear()
    tab.first.edit.editingFinished.emit()
    lines = tab.ledger_model.rows
    assert lines[0].kind == "capital" and lines[0].available == 2_000_000
    figures = pool_figures(lending.pool)[0]
    assert (lines[-1].available, lines[-1].out) == (figures.available, figures.out)
    struck = [i for i, line in enumerate(lines) if line.reversed]
    assert len(struck) == 2
    model = tab.ledger_model
    assert model.data(model.index(struck[0], 2), Qt.ItemDataRole.FontRole).strikeOut()
    assert not model.data(model.index(struck[0], 7), Qt.ItemDataRole.FontRole).strikeOut()
    assert model.data(model.index(struck[1], 1)) == "Reversal"
    qtbot.keyClicks(tab.first.edit, ago(100).strftime("%d/%m/%Y"))
    tab.first.edit.editingFinished.emit()
    opening = tab.ledger_model.rows[0]
    assert opening.kind == "opening" and tab.ledger_model.data(tab.ledger_model.index(0, 1)) == "Brought forward"
    before = [line for line in lines if line.on < ago(100)][-1]
    assert (opening.available, opening.out) == (before.available, before.out)


def test_the_rolling_view_shows_loans_lent_from_repaid_money(actors, open_window, lending):
    tab = pools_tab(open_window(actors["treasurer"]))
    tab.views.setCurrentIndex(1)
    found = rolling(lending.pool)
    shown = {row[0]: row[2] for row in tab.generations_model.rows if row[0]}
    assert shown == found.lent_by_generation
    assert shown[2] > 0
    weekly = next(f for f in tab.funded_model.rows if f.loan_id == lending.weekly_loan)
    assert (weekly.borrower, weekly.generation) == ("Dewi Lestari", 2)
    row = tab.funded_model.rows.index(weekly)
    assert tab.funded_model.data(tab.funded_model.index(row, 5)) == "300.000"
    assert tab.funded_model.data(tab.funded_model.index(row, 7)) == "KUBE Melati Rp300.000"
    assert "Rp3.300.000" in tab.rolling_summary.text()


def test_roles_that_may_not_manage_capital_see_the_buttons_disabled(actors, open_window, lending):
    for role in ("mentor", "secretary", "chair"):
        tab = pools_tab(open_window(actors[role]))
        assert not any(b.isEnabled() for b in (tab.source_button, tab.pool_button, tab.receive_button)), role
        assert tab.figures_model.rowCount() == len(tab.figure_rows)


# --- arrears and loan quality ------------------------------------------------------------------

def test_the_arrears_tab_lists_the_shares_behind_with_par_and_class(qtbot, actors, open_window, lending):
    tab = arrears_tab(open_window(actors["treasurer"]))
    listed = [(s.member_name, s.loan_number) for s in tab.list_model.rows]
    assert [name for name, _loan in listed] == ["Dewi Lestari", "Budi Santoso"]
    classes = dict(zip([s.member_name for s in tab.list_model.rows], cells(tab.list_model, 8), strict=True))
    assert classes == {"Dewi Lestari": "Doubtful (Diragukan)", "Budi Santoso": "Substandard (Kurang Lancar)"}
    assert "2 share(s) behind" in tab.list_totals.text()
    office = tab.risk_model.rows[-1]
    assert (office.label, office.shares, office.outstanding) == ("Whole office", 4, 2_540_000)
    headers = [tab.risk_model.headerData(i, Qt.Orientation.Horizontal) for i in range(tab.risk_model.columnCount())]
    row = tab.risk_model.rowCount() - 1
    par = {days: tab.risk_model.data(tab.risk_model.index(row, headers.index(f"PAR {days}"))) for days in (1, 30, 90)}
    assert par == {1: percent(1_140_000 / 2_540_000), 30: percent(1_140_000 / 2_540_000),
                   90: percent(640_000 / 2_540_000)}

    tab.dimension.setCurrentIndex(tab.dimension.findData("group"))
    assert [p.label for p in tab.risk_model.rows] == ["KUBE Mawar", "KUBE Melati", "Whole office"]
    tab.figure_tabs.setCurrentIndex(1)
    class_headers = [tab.class_model.headerData(i, Qt.Orientation.Horizontal) for i in range(tab.class_model.columnCount())]
    assert class_headers[4:] == ["Current\n(Lancar)", "Substandard\n(Kurang Lancar)", "Doubtful\n(Diragukan)", "Loss\n(Macet)"]
    assert cells(tab.class_model, 6)[-1] == "1 · 500.000"  # Dewi, doubtful

    tab.risk_table.doubleClicked.emit(tab.risk_model.index(1, 0))  # KUBE Melati
    assert tab.paper_scope() == "Kelompok KUBE Melati"
    assert [s.member_name for s in tab.list_model.rows] == ["Budi Santoso"]


def test_the_report_is_made_again_for_another_day_only_when_the_date_is_finished(qtbot, actors, open_window, lending):
    tab = arrears_tab(open_window(actors["treasurer"]))
    made = []
    original = tab.refresh
    tab.refresh = lambda: (made.append(tab.date.edit.text()), original())
    tab.date.edit.clear()
    qtbot.keyClicks(tab.date.edit, ago(150).strftime("%d/%m/%Y"))
    assert made == []
    tab.date.edit.editingFinished.emit()
    assert len(made) == 1
    # 150 days ago only the group loan was running (Dewi's and Ani's came later), and Budi had
    # paid what was due by then.
    assert tab.list_model.rows == [] and tab.risk_model.rows[-1].shares == 2
    assert "end of that day" in tab.date_note.text()
    same = ago(150)
    tab.date.calendar.clicked.emit(QDate(same.year, same.month, same.day))  # the same day picked again
    assert len(made) == 1


def test_switching_the_rule_set_in_settings_changes_the_classes_shown(qtbot, actors, open_window, lending):
    window = open_window(actors["administrator"])
    tab = arrears_tab(window)
    assert "Cooperative rule" in tab.rule_note.text()
    window.show_page("settings")
    settings = window.pages["settings"]
    settings.kolek_rule.setCurrentIndex(settings.kolek_rule.findData("bank"))
    click(qtbot, settings, "save_lending_rules")
    assert loan_settings().kolek_rule == "bank"
    tab = arrears_tab(window)
    classes = dict(zip([s.member_name for s in tab.list_model.rows], cells(tab.list_model, 8), strict=True))
    assert classes == {"Dewi Lestari": "Special mention (Dalam Perhatian Khusus)",
                       "Budi Santoso": "Substandard (Kurang Lancar)"}
    assert "Bank rule" in tab.rule_note.text()
    assert tab.class_model.columnCount() == 4 + 5


def test_the_administrator_edits_thresholds_and_a_decreasing_list_is_refused(qtbot, actors, open_window):
    window = open_window(actors["administrator"])
    window.show_page("settings")
    page = window.pages["settings"]
    bank = page.thresholds["bank"]
    assert [s.value() for s in bank] == [1, 91, 121, 181]
    assert page.rule_frames["cooperative"].styleSheet().count("2px") == 1  # the rule in use is framed
    bank[2].setValue(50)
    click(qtbot, page, "save_lending_rules")
    assert "each larger than the one before" in page.rules_form.note("thresholds.bank").text()
    assert loan_settings().thresholds["bank"] == (1, 91, 121, 181)
    bank[2].setValue(121)
    page.thresholds["program"][0].setValue(2)
    page.min_group_age.setValue(6)
    page.overpayment.setCurrentIndex(page.overpayment.findData("credit"))
    click(qtbot, page, "save_lending_rules")
    assert not page.rules_form.note("thresholds.bank").isVisible()
    saved = loan_settings()
    assert saved.thresholds["program"] == (2, 3, 6)
    assert (saved.min_group_age_months, saved.overpayment, saved.min_group_class) == (6, "credit", "")
    assert "Saved" in page.rules_saved.text()


def test_the_administrator_adds_and_changes_a_loan_product_and_a_bad_rate_is_refused(qtbot, actors, open_window):
    window = open_window(actors["administrator"])
    window.show_page("settings")
    page = window.pages["settings"]
    seen = {}

    def fill(dialog: LoanProductDialog) -> None:
        dialog.code.setText("pk")
        dialog.name.setText("Pinjaman Khusus Lebaran")
        dialog.rate.setText("15")
        dialog.accept()
        seen["rate"] = dialog.form.note("rate").text()
        dialog.rate.setText("1,25")
        dialog.term.setValue(6)
        dialog.max_term.setValue(6)
        seen["example"] = dialog.example.text()
        dialog.accept()

    when_modal(fill, LoanProductDialog)
    click(qtbot, page, "new_loan_product")
    assert "percentage a month from 0 to 10" in seen["rate"]
    assert "Rp1.000.000" in seen["example"] and "jasa in all Rp75.000" in seen["example"]
    made = next(p for p in list_loan_products() if p.code == "PK")
    assert (made.rate, made.term, made.max_term) == ("1.25", 6, 6)
    assert "PK" in [p.code for p in page.loan_products_model.rows]

    page.loan_products.selectRow([p.code for p in page.loan_products_model.rows].index("PB"))

    def change(dialog: LoanProductDialog) -> None:
        seen["shown"] = dialog.rate.text()
        dialog.admin_fee.setText("0,5")
        dialog.accept()

    when_modal(change, LoanProductDialog)
    click(qtbot, page, "change_loan_product")
    assert seen["shown"] == "1"
    assert next(p for p in list_loan_products() if p.code == "PB").admin_fee == "0.5"


def test_roles_that_may_not_edit_settings_cannot_change_loan_products_or_rules(actors, open_window):
    page = open_window(actors["treasurer"]).pages["settings"]
    for name in ("new_loan_product", "change_loan_product", "save_lending_rules"):
        assert not page.findChild(QPushButton, name).isEnabled(), name
    assert not page.kolek_rule.isEnabled() and not page.thresholds["bank"][0].isEnabled()
    assert page.loan_products_model.rowCount() == 3


# --- paper and Excel ---------------------------------------------------------------------------

@pytest.fixture
def printed(monkeypatch):
    made = []
    monkeypatch.setattr(paper_dialogs, "show_pdf", lambda parent, path, title: made.append(path))
    return made


def test_the_arrears_list_is_printed(qtbot, actors, open_window, lending, printed):
    pytest.importorskip("desktop.documents.arrears_list")
    tab = arrears_tab(open_window(actors["treasurer"]))
    click(qtbot, tab, "arrears_print")
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=10_000)
    text = "\n".join(pdf_pages(printed[0]))
    assert "Budi Santoso" in text and "Dewi Lestari" in text
    assert "Seluruh kantor" in text


def test_the_arrears_list_is_saved_for_excel(qtbot, actors, open_window, lending, tmp_path, monkeypatch):
    pytest.importorskip("desktop.arrears_export")
    import openpyxl

    from ui import arrears_tab as module

    tab = arrears_tab(open_window(actors["treasurer"]))
    tab.scope.setCurrentIndex(tab.scope.findData("group"))
    tab.part.setCurrentIndex(tab.part.findText("KUBE Melati"))
    monkeypatch.setattr(module.QFileDialog, "getSaveFileName",
                        lambda *args: (str(tmp_path / "tunggakan"), "Excel (*.xlsx)"))
    when_modal(lambda box: box.buttons()[0].click(), QMessageBox)
    click(qtbot, tab, "arrears_excel")
    qtbot.waitUntil(lambda: tab.task is not None and tab.task.finished, timeout=10_000)
    book = openpyxl.load_workbook(tmp_path / "tunggakan.xlsx", read_only=True)
    values = [v for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for v in row if v]
    assert any("Budi Santoso" in str(v) for v in values)
    assert not any("Dewi Lestari" in str(v) for v in values)


# --- the models --------------------------------------------------------------------------------

def test_the_capital_models_pass_the_model_tester(qtmodeltester, actors, open_window, lending):
    window = open_window(actors["treasurer"])
    pools = pools_tab(window)
    pools.views.setCurrentIndex(1)
    arrears = arrears_tab(window)
    arrears.dimension.setCurrentIndex(arrears.dimension.findData("group"))
    for model in (pools.figures_model, pools.ledger_model, pools.generations_model, pools.funded_model,
                  arrears.risk_model, arrears.class_model, arrears.list_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)

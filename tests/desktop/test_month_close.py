"""Closing the month: only ended months, in order, never over a draft sheet; the month's figures
kept with the close; every kind of posting and reversal refused in a closed month; reopening
by the administrator alone, the latest month only, with a reason, and by approval when marked."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from db.connection import database
from db.models import AuditRecord, MonthClose
from desktop import approvals, capital, loans
from desktop.approvals import ApprovalRequested
from desktop.cashbook import opening_balance, post_cash_entry, record_cash_count, reverse_cash_entry
from desktop.collection import LineForm, post_sheet, save_draft
from desktop.errors import DomainError, PermissionDenied
from desktop.loan_queries import loan_detail
from desktop.month_close import (
    close_month,
    month_statuses,
    months_to_close,
    next_month_to_close,
    reopen_month,
    verify_closed_figures,
)
from desktop.periods import closed_through
from desktop.savings import deposit, reverse_entry, withdraw
from tests.desktop.helpers import new_group, new_member
from tests.desktop.loan_helpers import applied, disbursed_loan, funded_pool, shares_of
from tests.desktop.test_cashbook import account

CLOSED = "The books are closed up to 28/02/2025"


def refusal(call, *args, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as caught:
        call(*args, **kwargs)
    return caught.value


@pytest.fixture
def office(actors):
    """February and March 2025 of a small office; amounts are worked out in the tests."""
    bendahara = actors["treasurer"]
    group = new_group(actors["secretary"])
    siti = new_member(actors["secretary"], group, "Siti Aminah")
    post_cash_entry(bendahara, dt.date(2025, 2, 3), "opening", 500_000)
    deposit(bendahara, account(siti, "wajib"), dt.date(2025, 2, 10), 20_000)
    post_cash_entry(bendahara, dt.date(2025, 2, 14), "expense", 30_000, "Fotokopi buku anggota")
    record_cash_count(bendahara, dt.date(2025, 2, 28), 485_000, None, "kurang lima ribu")
    deposit(bendahara, account(siti, "sukarela"), dt.date(2025, 3, 10), 100_000, "transfer")
    post_cash_entry(bendahara, dt.date(2025, 3, 12), "income", 10_000, "Penjualan map")
    return group, siti


def test_closing_a_month_closes_the_open_months_before_it_with_their_figures(actors, office):
    assert next_month_to_close() == (2025, 2)
    assert months_to_close(2025, 3) == ["2025-02", "2025-03"]
    ids = close_month(actors["treasurer"], 2025, 3, "sudah dicocokkan")
    rows = [MonthClose.get_by_id(i) for i in ids]
    assert [(r.month, r.last_day, r.note) for r in rows] == [
        ("2025-02", dt.date(2025, 2, 28), "sudah dicocokkan"), ("2025-03", dt.date(2025, 3, 31), "sudah dicocokkan")]
    february, march = (json.loads(r.figures) for r in rows)
    # February: the opening balance of 500.000 entered on the 3rd opens the month; wajib
    # 20.000 in, 30.000 out: 490.000; counted 485.000 on the 28th, 5.000 short.
    assert february == {"cash": {"opening": 500_000, "in": 20_000, "out": 30_000, "closing": 490_000},
                        "bank": {"opening": 0, "in": 0, "out": 0, "closing": 0},
                        "count": {"on": "2025-02-28", "counted": 485_000, "expected": 490_000,
                                  "difference": -5_000, "expected_then": 490_000, "difference_then": -5_000},
                        "counts": 1, "counts_off": 1}
    # March: 490.000 + 10.000 income = 500.000; the 100.000 by transfer is the bank's.
    assert march["cash"] == {"opening": 490_000, "in": 10_000, "out": 0, "closing": 500_000}
    assert march["bank"] == {"opening": 0, "in": 100_000, "out": 0, "closing": 100_000}
    assert march["count"] is None
    assert closed_through() == dt.date(2025, 3, 31) and next_month_to_close() == (2025, 4)
    assert AuditRecord.select().where(AuditRecord.action == "month.close").count() == 2
    assert str(refusal(close_month, actors["treasurer"], 2025, 2)) == "02/2025 is already closed."


def test_only_a_month_that_has_ended_can_be_closed(actors, office):
    today = dt.date.today()
    exc = refusal(close_month, actors["treasurer"], today.year, today.month)
    following = (today.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    assert str(exc) == f"{today:%m/%Y} has not ended yet; it can be closed from {following:%d/%m/%Y} on."
    with pytest.raises(PermissionDenied):
        close_month(actors["secretary"], 2025, 2)
    assert not MonthClose.select().exists()


def test_a_month_with_a_draft_sheet_is_not_closed(actors, office):
    group, siti = office
    meeting = dt.date(2025, 2, 12)
    save_draft(actors["mentor"], group, meeting, [LineForm(siti, "present", 20_000)])
    exc = refusal(close_month, actors["treasurer"], 2025, 3)
    assert str(exc) == ("Collection sheets dated up to 31/03/2025 are still drafts: KUBE Melati "
                        "12/02/2025. Post or delete them first.")
    assert not MonthClose.select().exists()
    post_sheet(actors["treasurer"], group, meeting, [LineForm(siti, "present", 20_000)], 20_000, "", 1)
    close_month(actors["treasurer"], 2025, 3)
    assert closed_through() == dt.date(2025, 3, 31)


def test_a_closed_month_refuses_every_posting_and_reversal_dated_in_it(actors, office):
    group, siti = office
    bendahara = actors["treasurer"]
    late = dt.date(2025, 2, 27)
    pool = funded_pool(actors, 2_000_000, on=dt.date(2025, 2, 1))
    loan = disbursed_loan(actors, pool, group, [(siti, 500_000)], on=dt.date(2025, 2, 5))
    share = shares_of(loan)[0]
    payment = loans.repay(bendahara, share, dt.date(2025, 2, 20), 55_000)
    sukarela = account(siti, "sukarela")
    entry = deposit(bendahara, sukarela, dt.date(2025, 2, 20), 200_000)
    expense = post_cash_entry(bendahara, dt.date(2025, 2, 20), "expense", 10_000, "Materai")
    second = applied(actors, None, [(new_member(actors["secretary"], group, "Budi"), 300_000)],
                     on=dt.date(2025, 2, 10))
    loans.approve_loan(actors["chair"], second, loan_detail(second).version, dt.date(2025, 2, 12))
    close_month(bendahara, 2025, 2)
    attempts = {
        "deposit": lambda: deposit(bendahara, sukarela, late, 10_000),
        "withdrawal": lambda: withdraw(bendahara, sukarela, late, 10_000),
        "savings reversal": lambda: reverse_entry(bendahara, entry, "salah", late),
        "loan payment": lambda: loans.pay_off(bendahara, share, late, 450_000),
        "loan reversal": lambda: loans.reverse_payment(bendahara, payment, "salah", late),
        "disbursement": lambda: loans.disburse_loan(bendahara, second, loan_detail(second).version, pool, late),
        "capital": lambda: capital.receive_capital(actors["administrator"], pool, late, 1_000_000),
        "sheet": lambda: post_sheet(bendahara, group, late, [LineForm(siti, "present", 20_000)], 20_000),
        "cash entry": lambda: post_cash_entry(bendahara, late, "income", 5_000, "denda"),
        "cash reversal": lambda: reverse_cash_entry(bendahara, expense, "salah", late),
        "cash count": lambda: record_cash_count(bendahara, late, 0),
    }
    for what, attempt in attempts.items():
        assert CLOSED in str(refusal(attempt)), what
    # March is open: the same money dated there is taken.
    deposit(bendahara, sukarela, dt.date(2025, 3, 3), 10_000)
    reverse_cash_entry(bendahara, expense, "materai tidak jadi dibeli", dt.date(2025, 3, 3))
    loans.reverse_payment(bendahara, payment, "salah kartu", dt.date(2025, 3, 3))


def test_only_the_administrator_reopens_and_only_the_latest_month_with_a_reason(actors, office):
    admin = actors["administrator"]
    close_month(actors["treasurer"], 2025, 3)
    with pytest.raises(PermissionDenied):
        reopen_month(actors["treasurer"], 2025, 3, "salah hitung")
    with pytest.raises(PermissionDenied):
        reopen_month(actors["chair"], 2025, 3, "salah hitung")
    assert str(refusal(reopen_month, admin, 2025, 2, "x")) == \
        "Only the latest closed month, 03/2025, can be reopened; reopen the months from the latest back."
    assert str(refusal(reopen_month, admin, 2025, 4, "x")) == "04/2025 is not closed."
    assert refusal(reopen_month, admin, 2025, 3, "  ").field == "reason"
    lifted = reopen_month(admin, 2025, 3, "setoran 12/03 belum dicatat")
    row = MonthClose.get_by_id(lifted)
    assert (row.month, row.reopened_by_id, row.reopen_reason) == ("2025-03", admin.id, "setoran 12/03 belum dicatat")
    assert row.reopened_at is not None
    audit = AuditRecord.get(AuditRecord.action == "month.reopen")
    assert audit.entity_id == lifted and "setoran 12/03 belum dicatat" in audit.summary
    assert closed_through() == dt.date(2025, 2, 28)
    post_cash_entry(actors["treasurer"], dt.date(2025, 3, 13), "income", 5_000, "Penjualan map")
    assert CLOSED in str(refusal(post_cash_entry, actors["treasurer"], dt.date(2025, 2, 13), "income", 5_000, "x"))
    # Closed again: a new close with the corrected figures; the reopened one stays on record.
    (again,) = close_month(actors["treasurer"], 2025, 3)
    assert json.loads(MonthClose.get_by_id(again).figures)["cash"]["closing"] == 505_000
    assert MonthClose.select().count() == 3


def test_a_marked_reopening_waits_for_approval(actors, office):
    admin = actors["administrator"]
    close_month(actors["treasurer"], 2025, 2)
    approvals.set_required_actions(admin, {"month.reopen"})
    with pytest.raises(ApprovalRequested) as asked:
        reopen_month(admin, 2025, 2, "koreksi biaya fotokopi")
    assert closed_through() == dt.date(2025, 2, 28)
    request = approvals.ApprovalRequest.get_by_id(asked.value.request_id)
    assert "koreksi biaya fotokopi" in request.summary
    with pytest.raises(DomainError, match="another user must approve"):
        approvals.approve(admin, request.id, request.version)
    approvals.approve(actors["chair"], request.id, request.version, "setuju")
    assert closed_through() is None
    assert MonthClose.get().reopened_by_id == admin.id  # on behalf of the one who asked


def test_the_months_for_the_screen(actors, office):
    close_month(actors["treasurer"], 2025, 2)
    statuses = month_statuses()
    today = dt.date.today()
    # From February 2025 to this month, the newest first.
    assert len(statuses) == (today.year - 2025) * 12 + today.month - 1
    assert statuses[0].month == f"{today:%Y-%m}" and not statuses[0].ended and not statuses[0].closed
    march, february = statuses[-2], statuses[-1]
    assert (february.month, february.closed, february.cash.closing, february.closed_by) == (
        "2025-02", True, 490_000, "Bambang Hartono")
    assert (february.last_count.difference, february.counts, february.counts_off) == (-5_000, 1, 1)
    assert (march.month, march.closed, march.ended) == ("2025-03", False, True)
    assert (march.cash.opening, march.cash.closing, march.bank.closing, march.last_count) == (
        490_000, 500_000, 100_000, None)
    assert statuses[-3].cash.opening == 500_000


def test_the_paper_of_a_closed_month(actors, office):
    import io

    from desktop.documents.cash_book import cash_book_paper, render_cash_book
    from desktop.documents.pdf import letterhead
    from tests.desktop.helpers import pdf_pages

    def paper(first: dt.date, last: dt.date) -> str:
        target = io.BytesIO()
        render_cash_book(cash_book_paper(first, last), letterhead(), target, dt.date(2025, 4, 2), place="Jakarta")
        return "\n".join(pdf_pages(target.getvalue()))

    before = paper(dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    assert "DITUTUP" not in before and "belum ditutup" in before
    close_month(actors["treasurer"], 2025, 2)
    text = paper(dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    assert "BUKU KAS" in text and "Bulan Februari 2025" in text and "DITUTUP" in text
    assert "Bulan ini sudah ditutup (tutup buku)" in text and "oleh Bambang Hartono" in text
    # 500.000 opening, 20.000 wajib, 30.000 photocopies: 490.000; counted 485.000.
    for words in ("Saldo awal kas", "Setoran Simpanan Wajib · Siti Aminah", "Biaya kantor · Fotokopi buku anggota",
                  "Jumlah 10/02/2025", "490.000", "Kas dihitung Rp485.000, selisih kurang Rp5.000",
                  "Saldo akhir", "Hitung kas", "-5.000", "kurang lima ribu", "Bendahara,", "Ketua,",
                  "Jakarta, 2 April 2025"):
        assert words in text, words
    bank = io.BytesIO()
    render_cash_book(cash_book_paper(dt.date(2025, 3, 1), dt.date(2025, 3, 31), "bank"), letterhead(), bank)
    bank_text = "\n".join(pdf_pages(bank.getvalue()))
    assert "BUKU BANK" in bank_text and "Setoran Simpanan Sukarela" in bank_text and "100.000" in bank_text


def test_a_count_is_closed_against_the_book_of_its_day_as_it_stands(actors, office):
    bendahara = actors["treasurer"]
    # 12/03: the book says 490.000 + 10.000 income = 500.000, and the drawer holds as much.
    record_cash_count(bendahara, dt.date(2025, 3, 12), 500_000)
    # Then a stamp bought on the 11th is posted: the book says 485.000 for the 12th, and the
    # drawer counted is 15.000 over it.
    post_cash_entry(bendahara, dt.date(2025, 3, 11), "expense", 15_000, "Materai")
    march = next(s for s in month_statuses() if s.month == "2025-03")
    assert (march.last_count.difference, march.last_count.difference_then, march.counts_off) == (15_000, 0, 1)
    (february, closed) = close_month(bendahara, 2025, 3)
    figures = json.loads(MonthClose.get_by_id(closed).figures)
    assert figures["count"] == {"on": "2025-03-12", "counted": 500_000, "expected": 485_000, "difference": 15_000,
                                "expected_then": 500_000, "difference_then": 0}
    assert (figures["counts"], figures["counts_off"]) == (1, 1)
    kept = next(s for s in month_statuses() if s.month == "2025-03")
    assert (kept.closed, kept.last_count.book_changed, kept.counts_off) == (True, True, 1)


def test_money_changed_outside_the_program_in_a_closed_month_is_found(actors, office):
    close_month(actors["treasurer"], 2025, 3)
    assert verify_closed_figures() == []
    # In the file itself, February's wajib of 20.000 is made 25.000 and March's income of
    # 10.000 deleted, and the bank's kept closing of March is made 1.
    database.execute_sql("UPDATE savings_entry SET amount = 25000 WHERE amount = 20000")
    database.execute_sql("DELETE FROM cash_entry WHERE kind = 'income'")
    database.execute_sql("UPDATE month_close SET figures = json_set(figures, '$.bank.closing', 1) "
                         "WHERE month = '2025-03'")
    # The cash book starts April from March's kept closing, 500.000, and sees none of it.
    assert opening_balance(dt.date(2025, 4, 1)) == 500_000
    off = verify_closed_figures()
    assert [(o.month, o.view) for o in off] == [("2025-02", "cash"), ("2025-03", "cash"), ("2025-03", "bank")]
    # February: 500.000 + 25.000 - 30.000 = 495.000; March: 495.000 and no income.
    assert off[0].kept == {"opening": 500_000, "in": 20_000, "out": 30_000, "closing": 490_000}
    assert off[0].entries == {"opening": 500_000, "in": 25_000, "out": 30_000, "closing": 495_000}
    assert off[1].kept == {"opening": 490_000, "in": 10_000, "out": 0, "closing": 500_000}
    assert off[1].entries == {"opening": 495_000, "in": 0, "out": 0, "closing": 495_000}
    assert (off[2].kept["closing"], off[2].entries["closing"]) == (1, 100_000)
    # A reopened close is no longer relied on, nor checked.
    reopen_month(actors["administrator"], 2025, 3, "koreksi setoran wajib")
    assert [(o.month, o.view) for o in verify_closed_figures()] == [("2025-02", "cash")]


def test_an_approved_reopening_lifts_only_the_close_the_approver_was_shown(actors, office):
    admin = actors["administrator"]
    (first,) = close_month(actors["treasurer"], 2025, 2)
    approvals.set_required_actions(admin, {"month.reopen"})
    with pytest.raises(ApprovalRequested) as asked:
        reopen_month(admin, 2025, 2, "koreksi biaya fotokopi")
    request = approvals.ApprovalRequest.get_by_id(asked.value.request_id)
    assert json.loads(request.params)["close_id"] == first  # pinned when asked
    # Meanwhile the month is reopened (by an approved earlier request, here directly) and closed
    # again: the request is about a close that no longer stands.
    approvals.set_required_actions(admin, set())
    reopen_month(admin, 2025, 2, "koreksi lain", close_id=first)
    (second,) = close_month(actors["treasurer"], 2025, 2)
    with pytest.raises(DomainError, match="reopened and closed again"):
        approvals.approve(actors["chair"], request.id, request.version)
    assert MonthClose.get_by_id(second).reopened_at is None
    assert approvals.ApprovalRequest.get_by_id(request.id).status == "pending"

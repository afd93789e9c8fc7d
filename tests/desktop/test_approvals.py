"""Approvals: a marked action waits for a second user with the right role."""

from __future__ import annotations

import datetime as dt

import pytest

from db.models import ApprovalRequest, SavingsEntry
from desktop import approvals
from desktop.approvals import ApprovalRequested
from desktop.errors import DomainError, PermissionDenied
from desktop.savings import deposit, reverse_entry
from tests.desktop.helpers import new_group, new_member
from tests.desktop.test_savings import accounts_of, balance

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def entry(actors):
    member = new_member(actors["secretary"], new_group(actors["secretary"]))
    account = accounts_of(member)["sukarela"]
    entry_id = deposit(actors["treasurer"], account, DAY, 50_000)
    approvals.set_required_actions(actors["administrator"], {"savings.reverse"})
    return account, entry_id


def test_a_marked_reversal_waits_and_is_carried_out_when_approved(actors, entry):
    account, entry_id = entry
    with pytest.raises(ApprovalRequested) as asked:
        reverse_entry(actors["treasurer"], entry_id, "salah ketik")
    assert balance(account) == 50_000  # nothing done yet
    request = ApprovalRequest.get_by_id(asked.value.request_id)
    assert request.status == "pending" and request.requested_by_id == actors["treasurer"].id
    # The same request again is refused; the one who asked cannot approve it.
    with pytest.raises(DomainError, match="already waiting"):
        reverse_entry(actors["treasurer"], entry_id, "salah ketik")
    with pytest.raises(PermissionDenied):
        approvals.approve(actors["treasurer"], request.id, request.version)
    reversal_id = approvals.approve(actors["chair"], request.id, request.version, "ok")
    assert balance(account) == 0
    reversal = SavingsEntry.get_by_id(reversal_id)
    assert reversal.reverses_id == entry_id and reversal.user_id == actors["treasurer"].id
    assert ApprovalRequest.get_by_id(request.id).status == "approved"


def test_an_impossible_request_is_refused_at_once_and_a_rejection_needs_a_reason(actors, entry):
    account, entry_id = entry
    with pytest.raises(DomainError, match="reason"):
        reverse_entry(actors["treasurer"], entry_id, "  ")
    assert ApprovalRequest.select().count() == 0
    with pytest.raises(ApprovalRequested) as asked:
        reverse_entry(actors["treasurer"], entry_id, "salah ketik")
    request = ApprovalRequest.get_by_id(asked.value.request_id)
    with pytest.raises(DomainError, match="reason"):
        approvals.reject(actors["administrator"], request.id, request.version, "")
    approvals.reject(actors["administrator"], request.id, request.version, "bukti setoran ada")
    assert ApprovalRequest.get_by_id(request.id).status == "rejected"
    assert balance(account) == 50_000

"""Bad input at the writes of approvals: asking for a marked action, approving with a note,
rejecting with a reason and marking the actions, each tried with every value of the table in
test_bad_input, on the same books. A value is refused with a message marked for translation,
beside its field, and the books left as they were; or it is kept as the form keeps it."""

from __future__ import annotations

from typing import Any

import pytest

from db.models import ApprovalRequest
from desktop import approvals, loans, savings
from desktop.approvals import ApprovalRequested
from desktop.text import NOTE_LENGTH, REASON_LENGTH
from tests.desktop.test_bad_input import (  # noqa: F401 (world and world_file are fixtures)
    REASON,
    VALUES,
    Line,
    Op,
    Strict,
    _attempt,
    _try,
    arg,
    world,
    world_file,
)


def _ask(w, v: dict[str, Any]) -> int:
    """A marked savings reversal, asked for: the request kept."""
    try:
        savings.reverse_entry(w.actors["treasurer"], w.entry, arg(v, "reason", "salah ketik"))
    except ApprovalRequested as asked:
        return asked.request_id
    raise AssertionError("the reversal was done without approval")


def _version(w) -> int:
    return ApprovalRequest.get_by_id(w.request).version


OPERATIONS = [
    Op("ask for approval", "treasurer", {"reason": REASON}, _ask),
    Op("approve a request", "chair", {"note": Line(NOTE_LENGTH)},
       lambda w, v: approvals.approve(w.actors["chair"], w.request, _version(w), arg(v, "note", "sudah dicek"))),
    Op("reject a request", "chair", {"reason": Line(REASON_LENGTH, required=True)},
       lambda w, v: approvals.reject(w.actors["chair"], w.request, _version(w), arg(v, "reason", "bukti ada"))),
    Op("mark the actions", "administrator", {"keys": Strict(where="keys")},
       lambda w, v: approvals.set_required_actions(w.actors["administrator"], arg(v, "keys", {"savings.reverse"}))),
]


@pytest.fixture
def marked(world):  # noqa: F811 - the fixture imported above
    """The books of test_bad_input with savings and loan reversals marked, and the reversal of
    Siti's loan payment waiting for a decision."""
    approvals.set_required_actions(world.actors["administrator"], {"savings.reverse", "loans.reverse"})
    with pytest.raises(ApprovalRequested) as asked:
        loans.reverse_payment(world.actors["treasurer"], world.payment, "dicatat pada anggota lain")
    world.request = asked.value.request_id
    return world


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.name for op in OPERATIONS])
def test_every_field_of_approvals_refuses_bad_input_and_keeps_odd_but_good_input(marked, op: Op):
    outcome, _same, before, after = _attempt(lambda: op.run(marked, {}))
    assert not isinstance(outcome, Exception), f"the plain call is refused: {outcome}"
    reference = {t: after[t] - before[t] for t in after}
    problems = []
    for key, kind in op.fields.items():
        for label, value in VALUES.items():
            problems += _try(marked, op, key, kind, label, value, reference)
    assert problems == []

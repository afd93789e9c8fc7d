"""Two PCs on one books file: two programs post to the same accounts at the same time and
every posting is kept, each with its own receipt number; a record edited on one PC cannot be
overwritten from the other's stale copy (tests/instance_worker.py is the second program)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from db.models import AuditRecord, CollectionSheet, Member, SavingsEntry, SheetPosting
from desktop.audit import check_chain
from desktop.errors import StaleRecord
from desktop.member_queries import load_member
from desktop.savings import balance_check
from tests.desktop.helpers import new_group, new_member
from tests.desktop.test_collection import account

ROOT = Path(__file__).resolve().parent.parent
JOINED = dt.date(2025, 1, 6)


class Program:
    """Another program started on the books: it reads what it needs and says ready (all start
    at once, each in its own process); it writes on go()."""

    def __init__(self, books: Path, task: str, **spec: object) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.instance_worker", task, str(books), json.dumps(spec)],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.read = False

    def ready(self) -> None:
        """Wait until it has read its copy."""
        if not self.read:
            line = self.process.stdout.readline()
            assert line == "ready\n", line + self.process.stderr.read()
            self.read = True

    def go(self) -> None:
        self.ready()
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def outcome(self) -> dict:
        out, err = self.process.communicate(timeout=120)
        assert self.process.returncode == 0 and "locked" not in err, err
        return json.loads(out.strip().splitlines()[-1])


@pytest.fixture
def group(actors):
    """KUBE Melati with four members, who joined on 06/01/2025."""
    sec = actors["secretary"]
    group = new_group(sec)
    names = ("Ani Lestari", "Budi Santoso", "Citra Dewi", "Dedi Kurnia")
    return group, [new_member(sec, group, name, join_date=JOINED) for name in names]


def test_two_programs_posting_to_the_same_accounts_at_once_keep_every_posting(books, group):
    group_id, members = group
    sukarela = [account(m, "sukarela").id for m in members]
    common = dict(accounts=sukarela, count=60, pause=0.005, wajib=20_000, sukarela=5_000)
    first = Program(books, "deposits", tag="PC-1", amount=1_000, on="2025-02-10", group=group_id, **common)
    second = Program(books, "deposits", tag="PC-2", amount=2_000, on="2025-02-17", group=group_id, **common)
    first.ready()
    second.ready()
    first.go()
    second.go()
    done = [first.outcome()["done"], second.outcome()["done"]]
    ones, twos = (d["entries"] for d in done)
    # Both wrote at the same time: their deposits are interleaved in the books.
    assert min(twos) < max(ones) and min(ones) < max(twos)
    # Every deposit is there, on its account, with its amount.
    stored = {e.id: (e.account_id, e.amount) for e in SavingsEntry.select()}
    assert [stored[e] for e in ones] == [(sukarela[i % 4], 1_000) for i in range(60)]
    assert [stored[e] for e in twos] == [(sukarela[i % 4], 2_000) for i in range(60)]
    # Each sheet is posted whole: wajib and sukarela of four members.
    for d in done:
        assert CollectionSheet.get_by_id(d["sheet"]).status == "posted"
        assert SheetPosting.select().where(SheetPosting.sheet == d["sheet"]).count() == 8
    # 120 deposits and 16 sheet entries: receipts KW0000001 to KW0000136, each once.
    receipts = sorted(e.receipt_number for e in SavingsEntry.select())
    assert receipts == [f"KW{n:07d}" for n in range(1, 137)]
    # Each sukarela account: 15 x 1.000 + 15 x 2.000 + 2 sheets x 5.000 = 55.000; wajib 2 x 20.000.
    assert [account(m, "sukarela").balance for m in members] == [55_000] * 4
    assert [account(m, "wajib").balance for m in members] == [40_000] * 4
    assert balance_check() == []
    chain = check_chain()
    assert chain.intact and chain.checked == AuditRecord.select().count()


def test_a_member_saved_from_a_stale_copy_is_refused(books, group):
    _group_id, (ani, *_others) = group
    first = Program(books, "edit_member", member=ani, phone="081111111111")  # reads the member
    second = Program(books, "edit_member", member=ani, phone="082222222222")
    first.ready()
    second.go()
    assert second.outcome() == {"done": None}
    first.go()
    assert first.outcome() == {"refused": "StaleRecord", "message": str(StaleRecord())}
    detail = load_member(ani)
    assert detail.form.phone == "082222222222" and detail.form.version == 2
    assert AuditRecord.select().where(AuditRecord.action == "member.update").count() == 1
    assert Member.get_by_id(ani).phone == "082222222222"


def _sheet_of(group_id: int):
    sheet = CollectionSheet.get(CollectionSheet.group == group_id)
    return sheet.status, sheet.version, [(line.member_id, line.wajib) for line in sheet.lines]


def test_a_sheet_posted_on_one_pc_cannot_be_changed_from_a_draft_open_on_the_other(books, group):
    group_id, members = group
    day = dict(group=group_id, on="2025-02-10")
    # The mentor keeps the sheet as a draft and leaves it open on the first PC; the draft is
    # open on a third PC too, when the treasurer posts it from the second with 20.000 wajib
    # from each member.
    first = Program(books, "sheet", draft_first=True, do="draft", wajib=10_000, **day)
    first.ready()
    draft_poster = Program(books, "sheet", do="post", wajib=10_000, **day)
    second = Program(books, "sheet", do="post", wajib=20_000, **day)
    draft_poster.ready()
    second.go()
    assert isinstance(second.outcome()["done"], int)
    posted = ("The sheet of KUBE Melati for 10/02/2025 was already posted by Bambang Hartono. "
              "Open it again to see it.")
    # Saving the stale draft, or posting it, is refused; the posted figures stand.
    first.go()
    assert first.outcome() == {"refused": "DomainError", "message": posted}
    draft_poster.go()
    assert draft_poster.outcome() == {"refused": "DomainError", "message": posted}
    assert _sheet_of(group_id) == ("posted", 3, [(m, 20_000) for m in members])
    assert [account(m, "wajib").balance for m in members] == [20_000] * 4
    assert SavingsEntry.select().count() == 4 and balance_check() == []


def test_a_draft_saved_on_one_pc_cannot_be_overwritten_from_a_stale_copy(books, group):
    group_id, members = group
    day = dict(group=group_id, on="2025-02-10")
    first = Program(books, "sheet", draft_first=True, do="draft", wajib=10_000, **day)
    first.ready()
    second = Program(books, "sheet", do="draft", wajib=20_000, **day)
    second.go()
    assert isinstance(second.outcome()["done"], int)
    first.go()
    assert first.outcome() == {"refused": "StaleRecord", "message": str(StaleRecord())}
    assert _sheet_of(group_id) == ("draft", 2, [(m, 20_000) for m in members])

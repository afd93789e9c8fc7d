"""A second copy of the program on the same books, for the tests of two PCs sharing one file.

    python -m tests.instance_worker TASK BOOKS 'JSON'

The task opens the books in its own process, reads what it needs, prints "ready", waits for a
line on its input (so that the test decides when it writes), does its one piece of work and
prints what came of it as one line of JSON: {"done": ...} or {"refused": class, "message": ...}.
Anything else (a database that stays locked, say) ends it with a traceback and exit status 1.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from db.connection import close_database
from db.models import User
from desktop.auth import Actor, actor_of
from desktop.books import open_books
from desktop.collection import LineForm, load_sheet, post_sheet, save_draft
from desktop.errors import DomainError
from desktop.member_queries import load_member
from desktop.members import update_member
from desktop.savings import deposit
from tests.conftest import ROLE_USERS

Work = Callable[[], Any]


def _deposits(actors: dict[str, Actor], spec: dict) -> Work:
    """Many single deposits to the given accounts in turn, a few milliseconds apart as at a
    counter, then the group's sheet of a day."""
    on = dt.date.fromisoformat(spec["on"])

    def run() -> dict:
        treasurer = actors["treasurer"]
        entries = []
        for i in range(spec["count"]):
            entries.append(deposit(treasurer, spec["accounts"][i % len(spec["accounts"])], on,
                                   spec["amount"], "cash", f"{spec['tag']} {i}"))
            time.sleep(spec["pause"])
        sheet = load_sheet(spec["group"], on)
        lines = [LineForm(d.member_id, "present", spec["wajib"], spec["sukarela"]) for d in sheet.dues]
        sheet_id = post_sheet(treasurer, spec["group"], on, lines,
                              sum(line.money_in for line in lines), spec["tag"])
        return {"entries": entries, "sheet": sheet_id}

    return run


def _edit_member(actors: dict[str, Actor], spec: dict) -> Work:
    """Read a member now, save a new phone number when told."""
    form = load_member(spec["member"]).form
    form.phone = spec["phone"]
    return lambda: update_member(actors["secretary"], spec["member"], form)


def _sheet(actors: dict[str, Actor], spec: dict) -> Work:
    """Open a group's sheet of a day (after keeping it as a draft, if asked) and, when told,
    save it as a draft or post it from the copy read now."""
    group, on = spec["group"], dt.date.fromisoformat(spec["on"])
    if spec.get("draft_first"):
        sheet = load_sheet(group, on)
        save_draft(actors["mentor"], group, on, sheet.lines, None, "", sheet.version)
    sheet = load_sheet(group, on)
    lines = [LineForm(d.member_id, "present", spec["wajib"]) for d in sheet.dues]
    if spec["do"] == "draft":
        return lambda: save_draft(actors["mentor"], group, on, lines, None, "", sheet.version)
    return lambda: post_sheet(actors["treasurer"], group, on, lines,
                              sum(line.money_in for line in lines), "", sheet.version)


TASKS = {"deposits": _deposits, "edit_member": _edit_member, "sheet": _sheet}


def main(task: str, books: str, spec: str) -> None:
    path = Path(books)
    open_books(path, path.parent / "cadangan")
    actors = {role: actor_of(User.get(User.username == name)) for role, name in ROLE_USERS.items()}
    work = TASKS[task](actors, json.loads(spec))
    print("ready", flush=True)
    sys.stdin.readline()
    try:
        outcome = {"done": work()}
    except DomainError as exc:
        outcome = {"refused": type(exc).__name__, "message": str(exc)}
    print(json.dumps(outcome), flush=True)
    close_database()


if __name__ == "__main__":
    main(*sys.argv[1:])

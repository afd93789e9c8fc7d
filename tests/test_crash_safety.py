"""The program killed at any moment leaves whole books: a worker posting collection sheets and
importing member lists is killed inside a posting's transaction, inside an import's, while it
starts and while it works, and the books are checked after each kill (tools/crash_test.py
runs the same two hundred times). The checks themselves are shown to find broken books."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from db.connection import close_database
from db.models import CollectionSheet
from desktop.books import open_books
from tools.crash_test import (
    BACKUPS,
    build_office,
    check_books,
    crash_runs,
    import_file,
    open_desk,
    post_next_sheet,
    read_journal,
)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("office") / "kantor.sqlite3"
    build_office(path)
    return path


@pytest.fixture
def office_books(office: Path, tmp_path: Path) -> Path:
    path = tmp_path / "kantor.sqlite3"
    shutil.copy(office, path)
    return path


def _sheets_posted_on(path: Path, key: str) -> int:
    group, on = key.split(":")
    open_books(path, path.parent / BACKUPS)
    try:
        return (CollectionSheet.select().where((CollectionSheet.group == int(group))
                                               & (CollectionSheet.on == on)
                                               & (CollectionSheet.status != "draft")).count())
    finally:
        close_database()


def _last_begun(journal: Path, action: str) -> tuple[str, set[str]]:
    """The key of the last *action* the journal shows begun, and what became of it."""
    entries = [json.loads(line) for line in journal.read_text().splitlines()]
    key = [e["key"] for e in entries if e.get("do") == action and e.get("event") == "begin"][-1]
    return key, {e["event"] for e in entries if e.get("do") == action and e.get("key") == key}


def test_the_books_stay_whole_whenever_the_program_is_killed(office_books):
    journal = office_books.with_suffix(".journal")
    # Killed inside a sheet's posting, after its deposits were written: the sheet is not posted.
    report = crash_runs(office_books, 1, seed=3, plans=[("inside-sheet", 0.0)])
    assert report.problems == [] and report.kills == 1 and report.sheets_posted == 0
    key, seen = _last_begun(journal, "post")
    assert seen == {"begin"} and _sheets_posted_on(office_books, key) == 0
    # Killed inside an import, after its first members were written: none of them is there.
    report = crash_runs(office_books, 1, seed=4, plans=[("inside-import", 0.0)])
    assert report.problems == [] and (report.files_imported, report.files_rolled_back) == (0, 1)
    assert _last_begun(journal, "import")[1] == {"begin"}
    # Killed while starting, at its first step, and after a second and a half of work; the
    # books stay whole after each kill and the work goes on from them.
    plans = [("starting", 0.4), ("working", 0.0), ("working", 1.5)]
    report = crash_runs(office_books, len(plans), seed=5, plans=plans)
    assert report.problems == [], report.lines()
    assert report.runs == report.kills == 3
    assert report.sheets_posted > 0
    _events, rows, _refused = read_journal(journal)
    found = check_books(office_books, journal)
    assert found.problems == [] and found.imported + found.rolled_back == len(rows)


def _worked_books(path: Path) -> Path:
    """Books where a worker posted a few sheets and imported one file, without being killed."""
    journal = path.with_suffix(".journal")
    desk = open_desk(path, journal, 1, seed=11)
    try:
        for _ in range(4):
            for group in desk.groups:
                post_next_sheet(desk, group)
        import_file(desk)
    finally:
        os.close(desk.journal)
        close_database()
    return journal


def _tamper(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def test_the_checks_find_books_broken_outside_the_program(office_books):
    journal = _worked_books(office_books)
    assert check_books(office_books, journal).problems == []
    _tamper(office_books,
            # a sheet that lost one of its postings, and a balance moved without an entry
            "DELETE FROM sheet_posting WHERE id = (SELECT MAX(id) FROM sheet_posting WHERE savings_entry_id IS NOT NULL)",
            "UPDATE savings_account SET balance = balance + 1 WHERE id = 1",
            # an imported file missing one of its members
            "DELETE FROM savings_account WHERE member_id = (SELECT MAX(id) FROM member)",
            "DELETE FROM membership WHERE member_id = (SELECT MAX(id) FROM member)",
            "DELETE FROM member WHERE id = (SELECT MAX(id) FROM member)",
            # one receipt number given twice, and an audit record rewritten
            "UPDATE loan_payment SET receipt_number = (SELECT MIN(receipt_number) FROM savings_entry) "
            "WHERE id = (SELECT MAX(id) FROM loan_payment)",
            "UPDATE audit_record SET summary = 'diubah' WHERE id = 5")
    with open(journal, "a") as notes:  # a sheet the worker saw committed, missing from the books
        notes.write(json.dumps({"do": "post", "key": "1:2016-12-01", "event": "done"}) + "\n")
    problems = "\n".join(check_books(office_books, journal).problems)
    assert "postings differ from its lines" in problems
    assert "meeting entries in savings_entry belong to no sheet" in problems
    assert "savings balances differ from their entries: [(1," in problems
    assert "rows is there in part" in problems
    assert "receipt numbers used twice" in problems
    assert "the audit chain is broken at records [5]" in problems
    assert "the sheet 1:2016-12-01 was posted, but the books have no posted sheet" in problems


def test_the_checks_find_a_damaged_file(office_books):
    journal = office_books.with_suffix(".journal")
    _tamper(office_books, "INSERT INTO sheet_posting (sheet_id, savings_entry_id) VALUES (999, 999)")
    assert check_books(office_books, journal).problems[0].startswith("foreign_key_check: 2 rows")
    connection = sqlite3.connect(office_books)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    (root,) = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'member'").fetchone()
    connection.close()
    with open(office_books, "r+b") as file:  # the members' table overwritten on disk
        file.seek((root - 1) * page_size)
        file.write(b"\xff" * page_size)
    problems = check_books(office_books, journal).problems
    assert len(problems) == 1 and ("integrity_check" in problems[0] or "cannot read" in problems[0])

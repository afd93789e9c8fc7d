"""Schema versions: new files, older files (backed up first), newer and foreign files."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest

from db import migrations
from db.connection import close_database, database, open_database
from db.migrations import CURRENT_VERSION, Migration
from db.models import SchemaVersion
from desktop.books import open_books
from desktop.errors import DomainError


def test_new_books_get_the_current_schema(tmp_path):
    info = open_books(tmp_path / "baru.sqlite3", tmp_path / "backups")
    assert SchemaVersion.select().count() == 1
    assert SchemaVersion.get().version == CURRENT_VERSION
    assert info.needs_administrator and info.backup_before_migration is None
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    close_database()


def test_an_older_file_is_backed_up_then_migrated(tmp_path, monkeypatch):
    path = tmp_path / "lama.sqlite3"
    open_books(path, tmp_path / "backups")
    close_database()

    def add_column():
        database.execute_sql("ALTER TABLE member ADD COLUMN nickname VARCHAR(40) DEFAULT ''")

    steps = migrations.MIGRATIONS + [Migration(CURRENT_VERSION + 1, "nickname", add_column)]
    monkeypatch.setattr(migrations, "MIGRATIONS", steps)
    monkeypatch.setattr(migrations, "CURRENT_VERSION", CURRENT_VERSION + 1)
    info = open_books(path, tmp_path / "backups")
    assert info.backup_before_migration is not None and info.backup_before_migration.exists()
    with sqlite3.connect(info.backup_before_migration) as old:
        assert old.execute("SELECT max(version) FROM schema_version").fetchone()[0] == CURRENT_VERSION
        assert "nickname" not in [c[1] for c in old.execute("PRAGMA table_info(member)")]
    columns = [c[1] for c in database.execute_sql("PRAGMA table_info(member)").fetchall()]
    assert "nickname" in columns
    assert SchemaVersion.select().order_by(SchemaVersion.version.desc()).first().version == CURRENT_VERSION + 1
    close_database()


def test_a_file_from_a_newer_program_is_refused(tmp_path):
    path = tmp_path / "baru.sqlite3"
    open_books(path, tmp_path / "backups")
    SchemaVersion.create(version=CURRENT_VERSION + 5, description="future")
    close_database()
    with pytest.raises(DomainError, match="newer version of this program"):
        open_books(path, tmp_path / "backups")


def test_a_damaged_file_is_refused_with_a_way_out(tmp_path):
    path = tmp_path / "rusak.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DomainError, match="damaged or is not a database"):
        open_books(path, tmp_path / "backups")
    assert path.read_bytes().startswith(b"this is not")


def test_another_program_s_database_is_refused(tmp_path):
    path = tmp_path / "lain.sqlite3"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE stuff (x)")
    with pytest.raises(DomainError, match="another program"):
        open_books(path, tmp_path / "backups")


def test_version_1_books_get_the_member_search_index(tmp_path):
    path = tmp_path / "v1.sqlite3"
    open_books(path, tmp_path / "backups")
    database.execute_sql("DROP INDEX member_name_key_status_number_nik")
    database.execute_sql("CREATE INDEX member_name_key ON member (name_key)")
    SchemaVersion.delete().execute()
    SchemaVersion.create(version=1, description="initial schema")
    close_database()
    info = open_books(path, tmp_path / "backups")
    indexes = {row[1] for row in database.execute_sql("PRAGMA index_list(member)").fetchall()}
    assert "member_name_key_status_number_nik" in indexes and "member_name_key" not in indexes
    assert info.backup_before_migration is not None
    close_database()


def test_version_2_books_get_savings_tables_and_the_default_products(tmp_path):
    path = tmp_path / "v2.sqlite3"
    open_books(path, tmp_path / "backups")
    for table in ("savings_entry", "savings_account", "savings_product"):
        database.execute_sql(f"DROP TABLE {table}")
    SchemaVersion.delete().execute()
    SchemaVersion.create(version=2, description="covering index for member search")
    close_database()
    info = open_books(path, tmp_path / "backups")
    assert info.backup_before_migration is not None
    assert set(database.get_tables()) >= {"savings_product", "savings_account", "savings_entry"}
    codes = [c for (c,) in database.execute_sql("SELECT code FROM savings_product ORDER BY sort_order")]
    assert codes == ["SP", "SW", "SS"]
    close_database()


def test_version_5_books_get_each_group_s_stage_as_its_first_in_the_history(tmp_path, books, actors):
    # Books of version 5: groups registered, no development tables yet.
    from db.models import DEVELOPMENT_MODELS, AssessmentArea, Group, StageChange
    from tests.desktop.helpers import new_group

    first = new_group(actors["secretary"], "KUBE Melati")
    Group.update(stage="linked").where(Group.id == first).execute()
    database.drop_tables(DEVELOPMENT_MODELS)
    SchemaVersion.delete().execute()
    SchemaVersion.create(version=5, description="collection sheets of group meetings")
    close_database()
    info = open_books(books, tmp_path / "backups")
    assert info.backup_before_migration is not None
    rows = [(s.group_id, s.stage, s.on) for s in StageChange.select()]
    formed = Group.get_by_id(first).formed_date
    assert rows == [(first, "linked", formed)]
    assert StageChange.get().posted_at is not None
    assert AssessmentArea.select().count() == 5  # the default instrument, for old books too
    close_database()


def make_version_6() -> None:
    """Turn the open books into books of version 6, and close them: an audit trail without
    hashes, no safety tables or guards."""
    from db.models import SAFETY_MODELS

    database.execute_sql("ALTER TABLE audit_record DROP COLUMN hash")
    database.drop_tables(SAFETY_MODELS)
    for (name,) in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        database.execute_sql(f"DROP TRIGGER {name}")
    SchemaVersion.delete().execute()
    SchemaVersion.create(version=6, description="sessions")
    close_database()


def version_in(path: Path) -> int:
    with closing(sqlite3.connect(path)) as con:
        return con.execute("SELECT max(version) FROM schema_version").fetchone()[0]


def test_version_6_books_get_their_audit_trail_sealed_in_a_chain_and_the_new_tables(tmp_path, books, actors):
    from db.models import AuditRecord, MonthClose
    from desktop import audit
    from tests.desktop.helpers import new_group

    new_group(actors["secretary"], "KUBE Melati")
    make_version_6()
    info = open_books(books, tmp_path / "backups")
    assert info.backup_before_migration is not None
    result = audit.check_chain()
    assert result.intact and result.checked == AuditRecord.select().count() > 3
    assert MonthClose.select().count() == 0
    triggers = database.execute_sql("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0]
    assert triggers == 5
    close_database()


def test_two_pcs_bringing_the_same_books_up_to_date_at_once_both_go_on(tmp_path, books, actors, monkeypatch):
    from desktop import audit
    from tests.desktop.helpers import new_group

    new_group(actors["secretary"], "KUBE Melati")
    make_version_6()
    # Each PC (a thread with its own connection) reads version 6, and only then do both go on.
    both_read = threading.Barrier(2, timeout=30)
    read_once = threading.local()
    real = migrations.schema_version

    def read_then_wait() -> int:
        found = real()
        if not getattr(read_once, "done", False):
            read_once.done = True
            both_read.wait()
        return found

    monkeypatch.setattr(migrations, "schema_version", read_then_wait)
    open_database(books)
    backups, failures = [], []

    def pc() -> None:
        try:
            backups.append(migrations.migrate(books, tmp_path / "backups"))
        except Exception as exc:  # what that PC would have been told
            failures.append(exc)
        finally:
            database.close()

    pcs = [threading.Thread(target=pc) for _ in range(2)]
    for thread in pcs:
        thread.start()
    for thread in pcs:
        thread.join(60)
    assert failures == []
    # One of them took the backup and brought the books up to date; the other found it done.
    taken = [b for b in backups if b is not None]
    assert len(taken) == 1 and sorted(p.name for p in (tmp_path / "backups").iterdir()) == [taken[0].name]
    assert version_in(taken[0]) == 6
    assert [v.version for v in SchemaVersion.select().order_by(SchemaVersion.version)] == [6, 7]
    assert audit.check_chain().intact
    close_database()


def test_books_a_pc_found_older_a_moment_ago_are_not_upgraded_twice(tmp_path, books, monkeypatch):
    # The version was read just before another PC finished bringing the books up to date.
    readings = iter([CURRENT_VERSION - 1])
    real = migrations.schema_version
    monkeypatch.setattr(migrations, "schema_version", lambda: next(readings, None) or real())
    close_database()
    info = open_books(books, tmp_path / "backups")
    assert info.backup_before_migration is None and not (tmp_path / "backups").exists()
    assert SchemaVersion.select().count() == 1
    close_database()

"""Shared fixtures: fresh books per test, copied from a template built once per session
(argon2 hashing makes creating users slow on purpose)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db.connection import close_database  # noqa: E402
from db.models import User  # noqa: E402
from desktop.auth import Actor, actor_of  # noqa: E402
from desktop.books import create_first_administrator, open_books  # noqa: E402
from desktop.users import create_user  # noqa: E402

PASSWORD = "rahasia123"
ROLE_USERS = {
    "administrator": "admin",
    "secretary": "sekretaris",
    "treasurer": "bendahara",
    "mentor": "pendamping",
    "chair": "ketua",
}


@pytest.fixture(scope="session")
def template_books(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    path = folder / "template.sqlite3"
    open_books(path, folder / "backups")
    admin = create_first_administrator("admin", "Admin Kantor", PASSWORD)
    names = {"secretary": "Sri Wahyuni", "treasurer": "Bambang Hartono",
             "mentor": "Dewi Kartika", "chair": "Haryanto"}
    for role, full_name in names.items():
        create_user(admin, ROLE_USERS[role], full_name, role, PASSWORD)
    close_database()
    return path


@pytest.fixture
def books(template_books: Path, tmp_path: Path) -> Path:
    """Fresh, open books with one user per role (password: PASSWORD)."""
    path = tmp_path / "kantor.sqlite3"
    shutil.copy(template_books, path)
    open_books(path, tmp_path / "backups")
    yield path
    close_database()


@pytest.fixture
def actors(books: Path) -> dict[str, Actor]:
    """The actor of each role, by role name."""
    return {role: actor_of(User.get(User.username == name)) for role, name in ROLE_USERS.items()}

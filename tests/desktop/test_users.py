from __future__ import annotations

import pytest

from desktop.auth import login
from desktop.errors import DomainError, PermissionDenied, ValidationErrors
from desktop.users import create_user, list_users, reset_password, update_user
from tests.conftest import PASSWORD


def test_login_checks_the_password(actors):
    assert login("Sekretaris ", PASSWORD).role == "secretary"
    with pytest.raises(DomainError, match="Wrong user name or password"):
        login("sekretaris", "salah")
    with pytest.raises(DomainError, match="Wrong user name or password"):
        login("tidakada", PASSWORD)


def test_passwords_are_stored_as_argon2id(actors):
    from db.models import User
    assert User.get(User.username == "admin").password_hash.startswith("$argon2id$")


def test_a_deactivated_user_cannot_log_in(actors):
    admin = actors["administrator"]
    user = next(u for u in list_users() if u.username == "bendahara")
    update_user(admin, user.id, user.full_name, user.role, False, user.version)
    with pytest.raises(DomainError, match="deactivated"):
        login("bendahara", PASSWORD)


def test_only_the_administrator_manages_users(actors):
    with pytest.raises(PermissionDenied):
        create_user(actors["secretary"], "baru", "Baru", "mentor", "rahasia123")
    new_id = create_user(actors["administrator"], "baru", "Orang Baru", "mentor", "rahasia123")
    reset_password(actors["administrator"], new_id, "lainlagi1")
    assert login("baru", "lainlagi1").full_name == "Orang Baru"


def test_new_user_rules(actors):
    admin = actors["administrator"]
    with pytest.raises(ValidationErrors) as caught:
        create_user(admin, "a b", "", "boss", "123")
    assert {e.field for e in caught.value.errors} == {"username", "full_name", "role", "password"}
    with pytest.raises(DomainError, match="is taken"):
        create_user(admin, "sekretaris", "Dua", "secretary", "rahasia123")


def test_the_last_administrator_cannot_be_removed(actors):
    admin = actors["administrator"]
    me = next(u for u in list_users() if u.username == "admin")
    with pytest.raises(DomainError, match="cannot deactivate yourself"):
        update_user(admin, me.id, me.full_name, me.role, False, me.version)
    with pytest.raises(DomainError, match="at least one active administrator"):
        update_user(admin, me.id, me.full_name, "chair", True, me.version)

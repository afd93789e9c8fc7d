"""The users of the program, managed by the administrator."""

from __future__ import annotations

import re
from dataclasses import dataclass

from db.models import User
from desktop import audit
from desktop.auth import (
    ADMINISTRATOR,
    MENTOR,
    ROLES,
    Actor,
    check_password_strength,
    hash_password,
    login,
)
from desktop.errors import DomainError, NotFound, ValidationErrors, ensure_unchanged
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import operation
from desktop.text import (
    HIDDEN,
    NOT_TEXT,
    TOO_LONG,
    check_text,
    clean,
    has_hidden,
    is_choice,
    read_text,
)

USERNAME_RE = re.compile(r"[a-z0-9._-]{3,30}")
FULL_NAME_LENGTH = 100
PASSWORD_LENGTH = 128
ENTER_FULL_NAME = QT_TRANSLATE_NOOP("Errors", "Enter the full name.")


@dataclass
class UserRow:
    id: int
    username: str
    full_name: str
    role: str
    active: bool
    version: int


def check_username(username: str) -> None:
    if not isinstance(username, str) or not USERNAME_RE.fullmatch(username.strip().lower()):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "A user name has 3 to 30 characters: letters a-z, digits, dot, dash or underscore."), "username")


def check_password(password: str, field: str = "password") -> None:
    """A password is kept exactly as typed: text that can be typed again at the login, long
    enough to guess slowly."""
    if not isinstance(password, str):
        raise DomainError(NOT_TEXT, field)
    if has_hidden(password):
        raise DomainError(HIDDEN, field)
    if len(password) > PASSWORD_LENGTH:
        raise DomainError(TOO_LONG, field, n=PASSWORD_LENGTH, length=len(password))
    check_password_strength(password, field)


def list_users() -> list[UserRow]:
    query = User.select(User.id, User.username, User.full_name, User.role, User.active, User.version)
    return [UserRow(*row) for row in query.order_by(User.username).tuples()]


def list_mentors() -> list[tuple[int, str]]:
    """Active users who can be assigned to a group as its mentor."""
    query = (User.select(User.id, User.full_name)
             .where((User.role == MENTOR) & (User.active == True))  # noqa: E712 - SQL
             .order_by(User.full_name))
    return list(query.tuples())


def _get(user_id: int) -> User:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This user no longer exists."))
    return user


def _check_role(role: str) -> None:
    if not is_choice(role, ROLES):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose a role."), "role")


def validate_new_user(username: str, full_name: str, role: str, password: str) -> None:
    """Raise ValidationErrors listing every field of a new user that is wrong."""
    errors = []
    for check in (lambda: check_username(username), lambda: _check_role(role),
                  lambda: check_password(password)):
        try:
            check()
        except DomainError as exc:
            errors.append(exc)
    read_text(errors, full_name, "full_name", FULL_NAME_LENGTH, required=ENTER_FULL_NAME)
    if errors:
        raise ValidationErrors(errors)


@operation("users.manage")
def create_user(actor: Actor, username: str, full_name: str, role: str, password: str) -> int:
    """Add a user with a role and a first password."""
    validate_new_user(username, full_name, role, password)
    name = username.strip().lower()
    if User.select().where(User.username == name).exists():
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The user name {name} is taken."), "username", name=name)
    user = User.create(username=name, full_name=clean(full_name), role=role,
                       password_hash=hash_password(password))
    audit.record(actor, "user.create", "user", user.id, name, None,
                 audit.snapshot(user, exclude=("password_hash",)))
    return user.id


def _other_active_admins(user_id: int) -> int:
    return (User.select().where((User.role == ADMINISTRATOR) & (User.active == True)  # noqa: E712
                                & (User.id != user_id)).count())


@operation("users.manage")
def update_user(actor: Actor, user_id: int, full_name: str, role: str, active: bool,
                version: int) -> None:
    """Change a user's name, role or whether they may log in."""
    user = _get(user_id)
    ensure_unchanged(user.version, version)
    _check_role(role)
    full_name = check_text(full_name, "full_name", FULL_NAME_LENGTH, required=ENTER_FULL_NAME)
    if not isinstance(active, bool):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Choose whether the user may log in."), "active")
    if user.id == actor.id and not active:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "You cannot deactivate yourself."), "active")
    losing_admin = user.role == ADMINISTRATOR and (role != ADMINISTRATOR or not active)
    if losing_admin and _other_active_admins(user.id) == 0:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The books need at least one active administrator."), "role")
    before = audit.snapshot(user, exclude=("password_hash",))
    user.full_name, user.role, user.active = full_name, role, active
    user.version += 1
    user.save()
    audit.record(actor, "user.update", "user", user.id, user.username, before,
                 audit.snapshot(user, exclude=("password_hash",)))


@operation("users.manage")
def reset_password(actor: Actor, user_id: int, new_password: str) -> None:
    """Give a user a new password (when they forgot theirs)."""
    check_password(new_password)
    user = _get(user_id)
    user.password_hash = hash_password(new_password)
    user.version += 1
    user.save()
    audit.record(actor, "user.reset_password", "user", user.id, user.username)


@operation("register.view")
def change_own_password(actor: Actor, old_password: str, new_password: str) -> None:
    """Let any user change their own password, after proving the old one."""
    try:
        if not isinstance(old_password, str):
            raise DomainError(NOT_TEXT, "old_password")
        login(actor.username, old_password)
    except DomainError:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The current password is wrong."), "old_password") from None
    check_password(new_password, "new_password")
    user = _get(actor.id)
    user.password_hash = hash_password(new_password)
    user.version += 1
    user.save()
    audit.record(actor, "user.change_password", "user", user.id, user.username)

"""Roles, what each may do, password hashing, and login."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from db.models import User
from desktop.errors import DomainError, PermissionDenied
from desktop.i18n import QT_TRANSLATE_NOOP

ADMINISTRATOR = "administrator"
SECRETARY = "secretary"
TREASURER = "treasurer"
MENTOR = "mentor"
CHAIR = "chair"

ROLE_LABELS = {
    ADMINISTRATOR: QT_TRANSLATE_NOOP("Labels", "Administrator"),
    SECRETARY: QT_TRANSLATE_NOOP("Labels", "Secretary"),
    TREASURER: QT_TRANSLATE_NOOP("Labels", "Treasurer"),
    MENTOR: QT_TRANSLATE_NOOP("Labels", "Mentor"),
    CHAIR: QT_TRANSLATE_NOOP("Labels", "Chair"),
}
ROLES = tuple(ROLE_LABELS)

EVERYONE = frozenset(ROLES)

# What each role may do. Checked by every operation in desktop/, whatever the screen shows.
PERMISSIONS: dict[str, frozenset[str]] = {
    "register.view": EVERYONE,
    "register.edit": frozenset({ADMINISTRATOR, SECRETARY}),
    "group.stage": frozenset({ADMINISTRATOR, SECRETARY, MENTOR}),
    "users.manage": frozenset({ADMINISTRATOR}),
    "settings.edit": frozenset({ADMINISTRATOR}),
    "audit.view": frozenset({ADMINISTRATOR, CHAIR}),
    # A member leaving is recorded by the secretary, or by the treasurer when savings are to
    # be paid out: money is handed over only by someone who may post it.
    "member.exit": frozenset({ADMINISTRATOR, SECRETARY, TREASURER}),
    "savings.post": frozenset({ADMINISTRATOR, TREASURER}),
    "savings.reverse": frozenset({ADMINISTRATOR, TREASURER}),
    # Rotating capital. An application is entered by whoever meets the group; it is approved
    # by the chair (never by the one who entered it), and money moves only by the treasurer.
    "capital.manage": frozenset({ADMINISTRATOR, TREASURER}),
    "loans.apply": frozenset({ADMINISTRATOR, SECRETARY, TREASURER, MENTOR}),
    "loans.approve": frozenset({ADMINISTRATOR, CHAIR}),
    "loans.disburse": frozenset({ADMINISTRATOR, TREASURER}),
    "loans.repay": frozenset({ADMINISTRATOR, TREASURER}),
    "loans.reverse": frozenset({ADMINISTRATOR, TREASURER}),
    "loans.writeoff": frozenset({ADMINISTRATOR, CHAIR}),
    # Meeting day: the mentor may fill in a group's sheet; the treasurer posts the money.
    "sheet.draft": frozenset({ADMINISTRATOR, TREASURER, MENTOR}),
    "sheet.post": frozenset({ADMINISTRATOR, TREASURER}),
    "sheet.reverse": frozenset({ADMINISTRATOR, TREASURER}),
    # Group development: the secretary plans sessions and takes attendance with the mentor;
    # visits and assessments are the mentor's; households are surveyed by either.
    "training.manage": frozenset({ADMINISTRATOR, SECRETARY, MENTOR}),
    "training.attendance": frozenset({ADMINISTRATOR, SECRETARY, MENTOR}),
    "visits.record": frozenset({ADMINISTRATOR, MENTOR}),
    "assessment.record": frozenset({ADMINISTRATOR, MENTOR}),
    "welfare.record": frozenset({ADMINISTRATOR, SECRETARY, MENTOR}),
    # Safety of the books. The treasurer keeps the cash book, counts the cash and closes the
    # month; reopening a closed month is the administrator's. Anyone may take a backup;
    # replacing the books with one is the administrator's.
    "cash.view": frozenset({ADMINISTRATOR, TREASURER, CHAIR}),
    "cash.post": frozenset({ADMINISTRATOR, TREASURER}),
    "cash.reverse": frozenset({ADMINISTRATOR, TREASURER}),
    "cash.count": frozenset({ADMINISTRATOR, TREASURER}),
    "month.close": frozenset({ADMINISTRATOR, TREASURER}),
    "month.reopen": frozenset({ADMINISTRATOR}),
    "backup.make": EVERYONE,
    "backup.restore": frozenset({ADMINISTRATOR}),
    # Actions marked as needing approval wait for a supervisor other than the one who asked;
    # whoever asked may withdraw the request.
    "approvals.decide": frozenset({ADMINISTRATOR, CHAIR}),
    "approvals.request": EVERYONE,
}

# argon2id with the library's defaults (64 MiB, 3 passes): memory-hard, and about a tenth of a
# second on an old office PC, which a login can afford.
_hasher = PasswordHasher()

MIN_PASSWORD_LENGTH = 6


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf an operation runs."""

    id: int
    username: str
    full_name: str
    role: str

    def may(self, permission: str) -> bool:
        return self.role in PERMISSIONS[permission]


def require(actor: Actor, permission: str) -> None:
    """Refuse unless the actor's role holds *permission*."""
    if not actor.may(permission):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Your role ({role}) may not do this. Ask a user who may."),
            role=ROLE_LABELS.get(actor.role, actor.role),
        )


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password_strength(password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "The password must have at least {n} characters."),
            field,
            n=MIN_PASSWORD_LENGTH,
        )


def actor_of(user: User) -> Actor:
    return Actor(user.id, user.username, user.full_name, user.role)


def login(username: str, password: str) -> Actor:
    """Check a user name and password; return the actor or refuse with one vague message."""
    user = User.get_or_none(User.username == username.strip().lower())
    wrong = DomainError(QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."), "password")
    if user is None:
        _hasher.hash(password)  # same cost either way, so timing does not reveal user names
        raise wrong
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise wrong from None
    if not user.active:
        raise DomainError(
            QT_TRANSLATE_NOOP("Errors", "This user has been deactivated. Ask the administrator."),
            "username",
        )
    if _hasher.check_needs_rehash(user.password_hash):
        User.update(password_hash=hash_password(password)).where(User.id == user.id).execute()
    return actor_of(user)

"""The office's settings, kept in the books so that every PC on the same file agrees."""

from __future__ import annotations

import base64
from dataclasses import dataclass

from db.models import Setting
from desktop import audit
from desktop.auth import Actor
from desktop.errors import DomainError, ValidationErrors
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.operations import operation
from desktop.text import read_text

DEFAULTS = {
    "office.name": "Kantor Pemberdayaan Masyarakat",
    "office.address": "",
    "office.phone": "",
    "member.number_prefix": "AG",
    "books.demo": "0",
    "office.logo": "",
}
LOGO_MAX_BYTES = 512 * 1024


def get_setting(key: str) -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else DEFAULTS.get(key, "")


def put_setting(key: str, value: str) -> None:
    """Store a setting; call inside an operation's transaction."""
    Setting.insert(key=key, value=value).on_conflict_replace().execute()


def is_demo() -> bool:
    return get_setting("books.demo") == "1"


@dataclass
class OfficeProfile:
    name: str
    address: str
    phone: str
    member_number_prefix: str


def office_profile() -> OfficeProfile:
    return OfficeProfile(
        get_setting("office.name"),
        get_setting("office.address"),
        get_setting("office.phone"),
        get_setting("member.number_prefix"),
    )


# The longest office name, address and phone kept: the name heads every card and receipt.
PROFILE_TEXTS = (("name", 120), ("address", 200), ("phone", 30))


def _check_profile(profile: OfficeProfile) -> OfficeProfile:
    """The profile as kept, or ValidationErrors listing every field that is wrong."""
    errors: list[DomainError] = []
    name, address, phone = (read_text(errors, getattr(profile, field), field, limit)
                            for field, limit in PROFILE_TEXTS)
    if name == "":
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the office's name."), "name"))
    prefix = profile.member_number_prefix.strip() if isinstance(profile.member_number_prefix, str) else ""
    if not (prefix.isascii() and prefix.isalpha() and 1 <= len(prefix) <= 4):
        errors.append(DomainError(
            QT_TRANSLATE_NOOP("Errors", "The member number prefix must be 1 to 4 letters (A-Z)."),
            "member_number_prefix",
        ))
    if errors:
        raise ValidationErrors(errors)
    return OfficeProfile(name, address, phone, prefix.upper())  # type: ignore[arg-type]


@operation("settings.edit")
def update_office_profile(actor: Actor, profile: OfficeProfile) -> None:
    """Change the office's name, address, phone and member number prefix."""
    profile = _check_profile(profile)
    before = office_profile().__dict__
    put_setting("office.name", profile.name)
    put_setting("office.address", profile.address)
    put_setting("office.phone", profile.phone)
    put_setting("member.number_prefix", profile.member_number_prefix)
    audit.record(actor, "settings.office", "setting", None, "office profile", before,
                 office_profile().__dict__)


def office_logo() -> bytes | None:
    value = get_setting("office.logo")
    return base64.b64decode(value) if value else None


@operation("settings.edit")
def set_office_logo(actor: Actor, image: bytes | None) -> None:
    """Set (or with None remove) the logo printed on cards and documents: a PNG or JPEG image."""
    if image is not None:
        if not isinstance(image, bytes) or not image.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "The logo must be a PNG or JPEG picture."), "logo")
        if len(image) > LOGO_MAX_BYTES:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "The logo picture is too large; use one under {kb} KB."), "logo", kb=LOGO_MAX_BYTES // 1024)
    before = {"logo_bytes": len(office_logo() or b"")}
    put_setting("office.logo", base64.b64encode(image).decode("ascii") if image else "")
    audit.record(actor, "settings.logo", "setting", None, "office logo", before,
                 {"logo_bytes": len(image or b"")})

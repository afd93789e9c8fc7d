"""Reading one spreadsheet cell as the value a member field needs.

Cells arrive as Excel left them: text, whole numbers stored as floats, date cells, numbers that
lost their leading zero. Each reader returns the value or raises a DomainError saying what is
wrong with the cell.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from desktop.dates import parse_date
from desktop.errors import DomainError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import WELFARE_LEVELS
from desktop.spreadsheets import CellError
from desktop.text import clean, is_digits, shown

_EXCEL_EPOCH = dt.date(1899, 12, 30)
_MIDNIGHT = re.compile(r"[ T]00:00(:00(\.0+)?)?$")


EXCEL_ERROR = QT_TRANSLATE_NOOP("Errors", "The cell shows Excel's error {text} instead of a value. Correct the formula in Excel, or type the value.")
NOT_WHOLE = QT_TRANSLATE_NOOP("Errors", "{text} is not a whole number.")


def text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, CellError):
        raise DomainError(EXCEL_ERROR, None, text=str(cell))
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.strftime("%d/%m/%Y")
    if isinstance(cell, dt.date):
        return cell.strftime("%d/%m/%Y")
    return clean(str(cell))


def id_number(cell: Any, field: str) -> str:
    """A NIK or KK number. Typed into Excel as a number, it keeps only 15 significant digits,
    so a 16-digit number whose last digit became 0 cannot be trusted and is refused."""
    if isinstance(cell, bool):
        return text(cell)
    if isinstance(cell, (int, float)):
        digits = _digits(cell, field)
        if len(digits) == 16 and digits.endswith("0"):
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "Excel stored this number as a number and kept only its first 15 digits. Format the column as Text in Excel and type the number again."), field)
        return digits
    return text(cell).replace(" ", "").replace(".", "").replace("-", "").replace("'", "")


def _digits(cell: int | float, field: str) -> str:
    """The digits of a number cell; one with a fraction (or too large to be exact) is not a
    number that was typed as digits."""
    if isinstance(cell, float) and not (cell.is_integer() and abs(cell) < 1e17):
        raise DomainError(NOT_WHOLE, field, text=shown(text(cell)))
    return str(int(cell))


def phone(cell: Any) -> str:
    """A phone number. Excel drops the leading 0 of a mobile number typed as a number."""
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        digits = _digits(cell, "phone")
        return "0" + digits if digits.startswith("8") else digits
    return text(cell)


def rt_rw_part(cell: Any) -> str:
    """RT and RW are written with three digits on Indonesian forms: 3 -> 003."""
    value = text(cell)
    return value.zfill(3) if is_digits(value) and len(value) < 3 else value


def date(cell: Any, field: str) -> dt.date | None:
    if cell is None or cell == "":
        return None
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        # A date cell whose format was lost shows Excel's day count (45983 = 22/11/2025).
        if 1 <= cell < 80000:
            return _EXCEL_EPOCH + dt.timedelta(days=int(cell))
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Cannot read the date {text}. Write it like 22/11/2026."), field, text=shown(text(cell)))
    value = _MIDNIGHT.sub("", text(cell))
    try:
        return parse_date(value)
    except DomainError as exc:
        raise DomainError(exc.message, field, **exc.params) from None


_SEXES = {
    "L": ("l", "lk", "laki", "laki laki", "lakilaki", "pria", "m", "male", "man", "laki2"),
    "P": ("p", "pr", "perempuan", "wanita", "w", "f", "female", "woman"),
}
_SEX_OF = {word: code for code, words in _SEXES.items() for word in words}


def sex(cell: Any) -> str:
    value = text(cell)
    if not value:
        return ""
    code = _SEX_OF.get(re.sub(r"[^a-z0-9]+", " ", value.casefold()).strip())
    if code is None:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Write the sex as L or P (not {text})."), "sex", text=shown(value))
    return code


_ROMAN = {"i": "1", "ii": "2", "iii": "3"}


def welfare_level(cell: Any) -> str:
    """A welfare level as offices write it: "KS I", "KS-1", "Pra Sejahtera", "Desil 3", "D3",
    or the app's own label."""
    value = text(cell)
    if not value:
        return ""
    words = re.sub(r"\(.*?\)", " ", value.casefold()).replace("+", " plus ")
    words = re.sub(r"[^a-z0-9]+", " ", words).split()
    words = [_ROMAN.get(w, w) for w in words if w not in ("keluarga", "bkkbn", "tahap", "level")]
    joined = " ".join(words)
    compact = joined.replace(" ", "")
    if compact in ("ps", "prasejahtera", "praks", "prs"):
        return "PS"
    match = re.fullmatch(r"(?:ks|sejahtera|k s)\s?([123])(\s?plus)?", joined) or \
        re.fullmatch(r"ks([123])(plus)?", compact)
    if match:
        level = f"KS{match[1]}" + ("+" if match[2] else "")
        if level in WELFARE_LEVELS:
            return level
    match = re.fullmatch(r"(?:d|desil|decile)\s?(\d{1,2})", joined)
    if match and f"D{int(match[1])}" in WELFARE_LEVELS:
        return f"D{int(match[1])}"
    raise DomainError(QT_TRANSLATE_NOOP("Errors", "Unknown welfare level {text}. Use PS, KS1, KS2, KS3, KS3+ or D1 to D10."), "welfare_level", text=shown(value))


_ACTIVE = ("aktif", "active", "anggota", "ya")
_EXITED = ("keluar", "exited", "berhenti", "tidak aktif", "nonaktif", "non aktif", "left",
           "inactive", "mengundurkan diri", "meninggal", "meninggal dunia")


def status(cell: Any) -> str:
    value = text(cell).casefold()
    if not value or value in _ACTIVE:
        return "active"
    if value in _EXITED:
        return "exited"
    raise DomainError(QT_TRANSLATE_NOOP("Errors", "Write the status as Aktif or Keluar (not {text})."), "status", text=shown(text(cell)))


def whole_number(cell: Any, field: str) -> int | None:
    value = text(cell)
    if not value:
        return None
    # Nine digits are more than any count of people; longer ones are not read as numbers.
    if not is_digits(value) or len(value) > 9:
        raise DomainError(NOT_WHOLE, field, text=shown(value))
    return int(value)


def split_birth(cell: Any) -> tuple[str, dt.date | None]:
    """"Jakarta, 12-09-1973" (tempat, tanggal lahir) into the place and the date."""
    if isinstance(cell, (dt.date, int, float)) and not isinstance(cell, bool):
        return "", date(cell, "birth_date")
    value = text(cell)
    place, sep, when = value.rpartition(",")
    if not sep and len(value) > 200:  # no place and date is that long: kept whole, and refused as a place
        return value, None
    if not sep:
        match = re.match(r"^(.*?)\s*(\d{1,2}[-/. ].*\d{4})$", value)
        place, when = (match[1], match[2]) if match else (value, "")
    return clean(place), date(when.strip(), "birth_date") if when.strip() else None


def split_rt_rw(cell: Any) -> tuple[str, str]:
    """"003/004", "3/4" or "RT 3 RW 4" into the RT and the RW."""
    value = text(cell)
    numbers = re.findall(r"[0-9]+", value)
    if not value.strip(" -–—/."):  # empty, or a dash for none
        return "", ""
    if len(numbers) != 2:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Write RT/RW like 003/004 (not {text})."), "rt_rw", text=shown(value))
    return rt_rw_part(numbers[0]), rt_rw_part(numbers[1])

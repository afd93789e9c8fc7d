"""The NIK (Nomor Induk Kependudukan): 16 digits that encode region, birth date and sex.

Layout: province (2) + regency/city (2) + district (2) + birth date DDMMYY, with 40 added to
the day for women + serial (4, from 0001).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.errors import DomainError
from desktop.i18n import QT_TRANSLATE_NOOP

# Province codes of the Ministry of Home Affairs, including the Papua provinces formed in 2022.
PROVINCES = {
    "11": "Aceh", "12": "Sumatera Utara", "13": "Sumatera Barat", "14": "Riau", "15": "Jambi",
    "16": "Sumatera Selatan", "17": "Bengkulu", "18": "Lampung", "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau", "31": "DKI Jakarta", "32": "Jawa Barat", "33": "Jawa Tengah",
    "34": "DI Yogyakarta", "35": "Jawa Timur", "36": "Banten", "51": "Bali",
    "52": "Nusa Tenggara Barat", "53": "Nusa Tenggara Timur", "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah", "63": "Kalimantan Selatan", "64": "Kalimantan Timur",
    "65": "Kalimantan Utara", "71": "Sulawesi Utara", "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan", "74": "Sulawesi Tenggara", "75": "Gorontalo", "76": "Sulawesi Barat",
    "81": "Maluku", "82": "Maluku Utara", "91": "Papua", "92": "Papua Barat",
    "93": "Papua Selatan", "94": "Papua Tengah", "95": "Papua Pegunungan", "96": "Papua Barat Daya",
}

MALE = "L"
FEMALE = "P"


@dataclass(frozen=True)
class NikInfo:
    nik: str
    province: str
    regency_code: str
    district_code: str
    birth_date: dt.date
    sex: str
    serial: str


def _fail(message: str, **params: object) -> DomainError:
    return DomainError(message, "nik", **params)


def normalize_nik(text: str) -> str:
    """Drop the spaces, dots and dashes people type or paste between the digits."""
    return "".join(ch for ch in text if ch not in " .-\t")


def _birth_date(nik: str, today: dt.date) -> tuple[dt.date, str]:
    day, month, year2 = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    sex = MALE
    if day > 40:
        day -= 40
        sex = FEMALE
    if not 1 <= day <= 31:
        raise _fail(QT_TRANSLATE_NOOP("Errors", "Digits 7-8 of the NIK (day of birth) must be 01-31, or 41-71 for a woman."))
    if not 1 <= month <= 12:
        raise _fail(QT_TRANSLATE_NOOP("Errors", "Digits 9-10 of the NIK (month of birth) must be 01-12."))
    # Two-digit years: a year not later than this year is this century, otherwise the last.
    century = 2000 if 2000 + year2 <= today.year else 1900
    try:
        born = dt.date(century + year2, month, day)
    except ValueError:
        raise _fail(QT_TRANSLATE_NOOP("Errors", "The NIK encodes a birth date that does not exist ({day}/{month})."), day=f"{day:02d}", month=f"{month:02d}") from None
    if born > today:
        raise _fail(QT_TRANSLATE_NOOP("Errors", "The NIK encodes a birth date in the future."))
    return born, sex


def parse_nik(text: str, today: dt.date | None = None) -> NikInfo:
    """Check a NIK and return what it encodes, or raise a DomainError saying what is wrong."""
    nik = normalize_nik(text)
    if not nik.isdigit() or not nik.isascii():
        raise _fail(QT_TRANSLATE_NOOP("Errors", "The NIK may contain digits only."))
    if len(nik) != 16:
        raise _fail(QT_TRANSLATE_NOOP("Errors", "The NIK must have 16 digits; this one has {n}."), n=len(nik))
    if nik[:2] not in PROVINCES:
        raise _fail(QT_TRANSLATE_NOOP("Errors", "The NIK starts with {code}, which is not an Indonesian province code."), code=nik[:2])
    if nik[2:4] == "00" or nik[4:6] == "00":
        raise _fail(QT_TRANSLATE_NOOP("Errors", "Digits 3-6 of the NIK (regency and district) cannot be 00."))
    born, sex = _birth_date(nik, today or dt.date.today())
    if nik[12:] == "0000":
        raise _fail(QT_TRANSLATE_NOOP("Errors", "The last four digits of the NIK (serial) cannot be 0000."))
    return NikInfo(nik, PROVINCES[nik[:2]], nik[2:4], nik[4:6], born, sex, nik[12:])


def make_nik(region6: str, birth_date: dt.date, sex: str, serial: int) -> str:
    """Build the NIK that encodes the given facts (for demo data and tests)."""
    day = birth_date.day + (40 if sex == FEMALE else 0)
    return f"{region6}{day:02d}{birth_date:%m}{birth_date:%y}{serial:04d}"

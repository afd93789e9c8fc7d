"""Rupiah as the office writes them: in figures (Rp1.250.000) and in words (terbilang).

Written by hand rather than with a number-to-words library: those get the Indonesian forms of
one wrong ("satu ribu" for seribu, "satu ratus" for seratus) or stop below a trillion, and a
receipt that says the wrong amount in words is a legal problem for a cooperative.
"""

from __future__ import annotations

import re

from desktop.errors import DomainError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.text import is_whole

_UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
          "sepuluh", "sebelas"]
# Scales of a thousand; each entry is the word for 1000**(index + 1).
_SCALES = ["ribu", "juta", "miliar", "triliun", "kuadriliun"]
LIMIT = 1000 ** (len(_SCALES) + 1)


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [_UNITS[hundreds], "ratus"]
    if rest < 12:
        if rest:
            words.append(_UNITS[rest])
    elif rest < 20:
        words += [_UNITS[rest - 10], "belas"]
    else:
        tens, ones = divmod(rest, 10)
        words += [_UNITS[tens], "puluh"] + ([_UNITS[ones]] if ones else [])
    return words


def number_words(n: int) -> str:
    """A whole number in Indonesian words: 1100 -> "seribu seratus"; 0 -> "nol"."""
    if not is_whole(n):
        raise TypeError("number_words takes a whole number")
    if n < 0:
        return "minus " + number_words(-n)
    if n == 0:
        return "nol"
    if n >= LIMIT:
        raise ValueError("number too large to write in words")
    groups = []
    while n:
        n, group = divmod(n, 1000)
        groups.append(group)
    words: list[str] = []
    for scale in range(len(groups) - 1, -1, -1):
        group = groups[scale]
        if not group:
            continue
        if scale == 1 and group == 1:
            words.append("seribu")  # only the thousands say "se-": satu juta, satu miliar
            continue
        words += _below_thousand(group)
        if scale:
            words.append(_SCALES[scale - 1])
    return " ".join(words)


def terbilang(amount: int) -> str:
    """An amount of rupiah in words, as on a receipt: "satu juta seribu rupiah"."""
    return f"{number_words(amount)} rupiah"


def format_rupiah(amount: int, space: bool = False) -> str:
    """Rp1.250.000 (the spelling guide's form); Rp 1.250.000 with *space*; -Rp5.000."""
    figures = f"{abs(amount):,}".replace(",", ".")
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{' ' if space else ''}{figures}"


def format_amount(amount: int) -> str:
    """1.250.000: the figures alone, for columns headed Rp."""
    figures = f"{abs(amount):,}".replace(",", ".")
    return f"-{figures}" if amount < 0 else figures


_AMOUNT = re.compile(r"\d{1,3}(\.\d{3})+|\d+")


def parse_rupiah(text: str, field: str = "amount") -> int | None:
    """An amount typed by the treasurer: 1250000, 1.250.000, Rp 1.250.000 or 1.250.000,00;
    None when nothing is typed. Sen are refused: the books keep whole rupiah."""
    if not isinstance(text, str):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Write the amount in whole rupiah, for example 1.250.000."), field)
    compact = text.strip().replace(" ", "")
    if compact[:2].lower() == "rp":
        compact = compact[2:]
    if not compact:
        return None
    whole, _comma, cents = compact.partition(",")
    if cents.strip("0") or not _AMOUNT.fullmatch(whole) or (_comma and not cents):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Write the amount in whole rupiah, for example 1.250.000."), field)
    return int(whole.replace(".", ""))


MAX_AMOUNT = 10_000_000_000  # ten billion rupiah: more than any one posting a cooperative sees


def check_amount(amount: object, field: str | None = "amount") -> None:
    """Refuse what is not an amount of money one posting can move: above zero, whole rupiah,
    not absurdly large."""
    if not is_whole(amount) or amount <= 0:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "Enter an amount above zero, in whole rupiah."), field)
    if amount > MAX_AMOUNT:
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The amount is too large for one posting; check the figures."), field)

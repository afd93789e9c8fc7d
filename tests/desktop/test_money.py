"""Rupiah in figures and in words, with the numbers receipts get wrong."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.errors import DomainError
from desktop.money import LIMIT, format_amount, format_rupiah, number_words, parse_rupiah, terbilang

HARD = {
    0: "nol",
    1: "satu",
    10: "sepuluh",
    11: "sebelas",
    12: "dua belas",
    19: "sembilan belas",
    20: "dua puluh",
    21: "dua puluh satu",
    99: "sembilan puluh sembilan",
    100: "seratus",
    101: "seratus satu",
    110: "seratus sepuluh",
    111: "seratus sebelas",
    115: "seratus lima belas",
    200: "dua ratus",
    999: "sembilan ratus sembilan puluh sembilan",
    1_000: "seribu",
    1_001: "seribu satu",
    1_011: "seribu sebelas",
    1_100: "seribu seratus",
    1_111: "seribu seratus sebelas",
    2_000: "dua ribu",
    10_000: "sepuluh ribu",
    11_000: "sebelas ribu",
    12_500: "dua belas ribu lima ratus",
    100_000: "seratus ribu",
    101_000: "seratus satu ribu",
    111_111: "seratus sebelas ribu seratus sebelas",
    250_000: "dua ratus lima puluh ribu",
    999_999: "sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan",
    1_000_000: "satu juta",
    1_000_001: "satu juta satu",
    1_001_000: "satu juta seribu",
    1_100_000: "satu juta seratus ribu",
    1_250_000: "satu juta dua ratus lima puluh ribu",
    2_001_000: "dua juta seribu",
    10_000_000: "sepuluh juta",
    11_011_011: "sebelas juta sebelas ribu sebelas",
    100_000_000: "seratus juta",
    101_001_001: "seratus satu juta seribu satu",
    1_000_000_000: "satu miliar",
    1_000_001_000: "satu miliar seribu",
    1_001_000_000: "satu miliar satu juta",
    2_500_000_000: "dua miliar lima ratus juta",
    1_000_000_000_000: "satu triliun",
    1_000_000_001_000: "satu triliun seribu",
    7_123_456_789_012: "tujuh triliun seratus dua puluh tiga miliar empat ratus lima puluh enam "
                       "juta tujuh ratus delapan puluh sembilan ribu dua belas",
    999_999_999_999_999: "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan "
                         "puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta "
                         "sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan "
                         "puluh sembilan",
}


@pytest.mark.parametrize(("amount", "words"), HARD.items())
def test_hard_numbers_in_words(amount, words):
    assert number_words(amount) == words


def test_a_receipt_ends_in_rupiah():
    assert terbilang(1_001_000) == "satu juta seribu rupiah"
    assert terbilang(1_100) == "seribu seratus rupiah"


@given(st.integers(min_value=1, max_value=LIMIT - 1))
def test_words_never_say_satu_ribu_satu_ratus_or_double_spaces(amount):
    words = number_words(amount)
    # "satu ribu" only ends a longer count of thousands (seratus satu ribu, dua puluh satu ribu)
    assert not re.search(r"(?<!ratus )(?<!puluh )\bsatu ribu", words)
    assert "satu ratus" not in words and "satu puluh" not in words and "satu belas" not in words
    assert "  " not in words and words == words.strip()


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_thousands_read_as_the_number_of_thousands_then_the_rest(thousands, rest):
    words = number_words(thousands * 1000 + rest)
    head = "seribu" if thousands == 1 else f"{number_words(thousands)} ribu"
    assert words == (head + (f" {number_words(rest)}" if rest else ""))


def test_figures_use_dots_for_thousands():
    assert format_rupiah(1_250_000) == "Rp1.250.000"
    assert format_rupiah(1_250_000, space=True) == "Rp 1.250.000"
    assert format_rupiah(0) == "Rp0"
    assert format_rupiah(-5_000) == "-Rp5.000"
    assert format_amount(999) == "999" and format_amount(1_000) == "1.000"


def test_amounts_beyond_the_scale_or_not_whole_are_refused():
    with pytest.raises(ValueError):
        number_words(LIMIT)
    with pytest.raises(TypeError):
        number_words(1.5)
    assert number_words(-1_000) == "minus seribu"


@pytest.mark.parametrize(("text", "amount"), [
    ("1250000", 1_250_000), ("1.250.000", 1_250_000), ("Rp 1.250.000", 1_250_000),
    ("rp1.250.000,00", 1_250_000), ("  20.000 ", 20_000), ("0", 0), ("", None), ("Rp", None),
])
def test_amounts_are_read_as_typed(text, amount):
    assert parse_rupiah(text) == amount


@pytest.mark.parametrize("text", ["1.250.000,50", "12.50", "1,2,3", "abc", "1.2345", "-5.000", "1.000,"])
def test_amounts_that_are_not_whole_rupiah_are_refused(text):
    with pytest.raises(DomainError, match="whole rupiah"):
        parse_rupiah(text)

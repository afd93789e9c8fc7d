from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import DomainError
from desktop.nik import FEMALE, MALE, make_nik, parse_nik

TODAY = dt.date(2026, 11, 23)


def test_a_man_s_nik_gives_region_birth_date_and_sex():
    info = parse_nik("3175041203850001", TODAY)
    assert info.province == "DKI Jakarta"
    assert (info.regency_code, info.district_code) == ("75", "04")
    assert info.birth_date == dt.date(1985, 3, 12)
    assert info.sex == MALE
    assert info.serial == "0001"


def test_a_woman_s_day_has_40_added():
    info = parse_nik("3673015203850012", TODAY)
    assert info.birth_date == dt.date(1985, 3, 12)
    assert info.sex == FEMALE
    assert info.province == "Banten"


def test_spaces_and_dots_people_type_are_ignored():
    assert parse_nik("3175 0412 0385 0001", TODAY).nik == "3175041203850001"


def test_two_digit_years_up_to_this_year_are_this_century():
    assert parse_nik("3175040101250001", TODAY).birth_date == dt.date(2025, 1, 1)
    assert parse_nik("3175040101300001", TODAY).birth_date == dt.date(1930, 1, 1)


@pytest.mark.parametrize("nik, says", [
    ("317504120385000", "16 digits; this one has 15"),
    ("31750412038500011", "16 digits; this one has 17"),
    ("31750412O3850001", "digits only"),
    ("9975041203850001", "not an Indonesian province code"),
    ("3100041203850001", "cannot be 00"),
    ("3175001203850001", "cannot be 00"),
    ("3175043203850001", "01-31, or 41-71"),
    ("3175047503850001", "01-31, or 41-71"),
    ("3175041213850001", "must be 01-12"),
    ("3175043102850001", "does not exist (31/02)"),
    ("3175041203850000", "cannot be 0000"),
])
def test_a_wrong_nik_is_refused_saying_what_is_wrong(nik, says):
    with pytest.raises(DomainError) as caught:
        parse_nik(nik, TODAY)
    assert says in str(caught.value)
    assert caught.value.field == "nik"


def test_make_nik_round_trips():
    born = dt.date(1999, 12, 31)
    for sex in (MALE, FEMALE):
        info = parse_nik(make_nik("367302", born, sex, 42), TODAY)
        assert (info.birth_date, info.sex, info.serial) == (born, sex, "0042")

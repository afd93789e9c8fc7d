"""Bad input in an imported member list: every odd value of tests/desktop/test_bad_input.py in
every column, and broken files. Checking a file writes nothing; each bad row is listed with its
field and a message marked for translation; the good rows are imported as read, and nothing
else."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from typing import Any

import pytest
from openpyxl import Workbook

from db.models import Group, Member
from desktop.errors import DomainError
from desktop.member_columns import FIELDS, find_header_row, guess_mapping
from desktop.member_import import ImportOptions, analyse
from desktop.member_import_write import import_members
from desktop.nik import make_nik
from desktop.spreadsheets import read_table, sheet_names
from tests.desktop.helpers import kind_id, new_group
from tests.desktop.test_bad_input import _LINE_HIDDEN, MARKED, VALUES, digest, times_found

TODAY = dt.date.today()
BORN = dt.date(1988, 4, 9)


@dataclass(frozen=True)
class Text:
    """A column read as text (numbers in cells are written out), kept cleaned."""

    limit: int
    required: bool = False
    upper: bool = False

    def expect(self, label: str, value: Any):
        text = _as_text(value)
        text = text.upper() if self.upper else text
        if _LINE_HIDDEN.search(text) or len(text) > self.limit or (self.required and not text):
            return "refused"
        return text or "accepted"


@dataclass(frozen=True)
class Exact:
    """A column of a set form (a NIK, a date, a code): only the values named are read."""

    accept: tuple[str, ...] = ("None",)
    also: tuple[str, ...] = ()  # other fields the refusal may be shown beside

    def expect(self, label: str, value: Any):
        return "accepted" if label in self.accept else "refused"


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


# What each column should do with the odd values. A number typed in a text column is text; a
# number in a date column is Excel's day count (12345 = 18/10/1933: a past birth date, but a
# join date before the birth date, and an exit date of a member the list calls active); 1.5 in
# the RT/RW column is RT 1, RW 5.
COLUMNS: dict[str, Any] = {
    "number": Text(20, upper=True), "name": Text(100, required=True),
    "nik": Exact(), "kk_number": Exact(), "sex": Exact(),
    "birth_place": Text(80), "birth_date": Exact(("None", "a number for text")),
    "address": Text(200), "rt": Exact(("None", "0")), "rw": Exact(("None", "0")),
    "rt_rw": Exact(("None", "1.5")), "kelurahan": Text(80), "phone": Exact(), "occupation": Text(100),
    "household_size": Exact(), "welfare_level": Exact(), "welfare_source": Text(100),
    "welfare_date": Exact(("None", "a number for text", "1.5")),
    "group": Text(120, required=True), "group_kind": Exact(), "group_kelurahan": Text(80),
    "join_date": Exact(), "status": Exact(), "exit_date": Exact(also=("status",)), "exit_reason": Text(200),
}
HEADERS = {f.key: f.header for f in FIELDS}


def _row(serial: int, field: str, value: Any) -> dict[str, Any]:
    nik = make_nik("317504", BORN, "P", 7000 + serial)
    cells = {"name": f"Anggota {serial}", "nik": nik, "sex": "P", "birth_date": BORN,
             "kelurahan": "Cilincing", "group": "KUBE Melati", "join_date": dt.date(2020, 2, 3),
             "welfare_level": "KS1"}
    if field in ("group_kind", "group_kelurahan"):
        cells["group"] = f"Kelompok Baru {serial}"
    cells[field] = value
    return cells


def test_every_odd_value_in_every_column_is_read_or_listed(actors):
    sec = actors["secretary"]
    new_group(sec, "KUBE Melati")
    keys = list(COLUMNS)
    rows, expected = [], {}
    numbers = set()
    for field_name in keys:
        for label, value in VALUES.items():
            number = len(rows) + 2  # the row's number in the sheet, under the header
            rows.append(_row(number, field_name, value))
            outcome = COLUMNS[field_name].expect(label, value)
            if field_name == "number" and outcome in numbers:
                outcome = "refused"  # the same member number twice in the file
            numbers.add(outcome)
            expected[number] = (field_name, label, outcome)
    table = [[HEADERS[k] for k in keys]] + [[cells.get(k) for k in keys] for cells in rows]
    header = find_header_row(table)
    mapping = guess_mapping(table[header])
    assert sorted(mapping.values()) == sorted(keys)
    options = ImportOptions(default_group_id=None, new_group_kind_id=kind_id(),
                            default_join_date=dt.date(2021, 1, 4))
    before = digest()
    plan = analyse(table, header, mapping, options, "anggota.xlsx")
    assert digest() == before  # checking writes nothing

    listed = {}
    for problem in plan.problems:
        assert problem.error.message in MARKED, problem.error.message
        problem.error.message.format(**problem.error.params)
        assert len(str(problem.error)) < 300  # a huge cell is not quoted whole
        listed.setdefault(problem.row, set()).add(problem.field)
    good = {item.row for item in plan.rows}
    wrong = []
    for number, (field_name, label, outcome) in expected.items():
        places = {field_name, *getattr(COLUMNS[field_name], "also", ())}
        if outcome == "refused" and not places & listed.get(number, set()):
            wrong.append(f"{field_name} / {label}: not listed ({listed.get(number)})")
        elif outcome != "refused" and number not in good:
            wrong.append(f"{field_name} / {label}: listed as wrong {listed.get(number)}")
    assert wrong == [], "\n".join(wrong)

    result = import_members(sec, plan)
    assert result.members == len(good) == Member.select().count()
    missing = [(f, label, text) for f, label, text in expected.values()
               if text not in ("accepted", "refused") and times_found(text, inside=False) == 0]
    assert missing == []
    # The groups named in another script or like SQL were made as named.
    assert Group.select().where(Group.name == "Robert'); DELETE FROM savings_entry;--").count() == 1


def _workbook(rows: list[list[Any]], title: str = "Anggota") -> Workbook:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    return book


HEADER = ["Nama", "NIK", "L/P", "Kelompok", "Tgl Masuk"]


def _good(serial: int, joined: Any = "04/02/2019", group: Any = "KUBE Melati") -> list[Any]:
    return [f"Anggota {serial}", make_nik("317504", BORN, "P", 7500 + serial), "P", group, joined]


def _save(book: Workbook, path) -> Any:
    book.save(path)
    return path


def _plan(path, sheet=None):
    table = read_table(path, sheet)
    header = find_header_row(table)
    return analyse(table, header, guess_mapping(table[header]), ImportOptions(), path.name)


def _file_message(make) -> str:
    with pytest.raises(DomainError) as caught:
        make()
    assert caught.value.message in MARKED
    return str(caught.value)


def test_broken_files_get_one_message_for_the_file(actors, tmp_path):
    new_group(actors["secretary"], "KUBE Melati")
    good = _save(_workbook([HEADER, _good(1)]), tmp_path / "baik.xlsx")
    data = good.read_bytes()
    (tmp_path / "kosong.xlsx").write_bytes(b"")
    (tmp_path / "terpotong.xlsx").write_bytes(data[:len(data) // 2])
    (tmp_path / "surat.xlsx").write_text("Ini surat, bukan daftar anggota.\n")
    formulas = _workbook([HEADER, _good(2), ["=UPPER(\"siti\")", "=A2", "P", "KUBE Melati", "=TODAY()"]])
    _save(formulas, tmp_path / "rumus.xlsx")
    no_names = _save(_workbook([["Kode", "Jumlah"], ["A1", 3]]), tmp_path / "lain.xlsx")
    before = digest()
    messages = {
        "empty": _file_message(lambda: read_table(tmp_path / "kosong.xlsx")),
        "truncated": _file_message(lambda: read_table(tmp_path / "terpotong.xlsx")),
        "text renamed": _file_message(lambda: sheet_names(tmp_path / "surat.xlsx")),
        "no such sheet": _file_message(lambda: read_table(good, "Daftar Anggota")),
        "formulas": _file_message(lambda: read_table(tmp_path / "rumus.xlsx")),
        "no name column": _file_message(lambda: _plan(no_names)),
    }
    assert messages == {
        "empty": "The file kosong.xlsx is empty.",
        "truncated": "terpotong.xlsx is not an Excel workbook, or it is damaged. Open it in Excel and save it again as Excel Workbook (.xlsx).",
        "text renamed": "surat.xlsx is not an Excel workbook, or it is damaged. Open it in Excel and save it again as Excel Workbook (.xlsx).",
        "no such sheet": "The workbook has no sheet named Daftar Anggota.",
        "formulas": "rumus.xlsx holds formulas whose results were never calculated (cell A3 and others). Open it in Excel, save it, and choose it again.",
        "no name column": "Choose the column that holds the members' names.",
    }
    assert digest() == before


def test_a_damaged_zip_inside_an_xlsx_is_a_damaged_workbook(tmp_path):
    """A workbook whose sheet part is garbage (a disk error, a half-copied file)."""
    good = _save(_workbook([HEADER, _good(1)]), tmp_path / "baik.xlsx")
    broken = tmp_path / "rusak.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.endswith("sheet1.xml"):
                data = data[:len(data) // 3]
            target.writestr(item, data)
    assert "is not an Excel workbook, or it is damaged" in _file_message(lambda: read_table(broken))


def test_error_values_dates_merged_cells_and_empty_rows(actors, tmp_path):
    """Excel's error values are listed per row; dates typed as text or kept as day counts are
    read; a group merged down beside its members counts for each; 100,000 empty rows between
    and after the members are skipped."""
    sec = actors["secretary"]
    melati = new_group(sec, "KUBE Melati")
    book = _workbook([HEADER, _good(1, "4 Februari 2019"), _good(2, 43500, None),
                      _good(3, dt.datetime(2019, 2, 5), None), _good(4, "#N/A"),
                      ["#DIV/0!", make_nik("317504", BORN, "P", 7505), "P", "KUBE Melati", "05/02/2019"]])
    sheet = book.active
    sheet.merge_cells("D2:D4")
    for row in range(7, 100_007):
        sheet.cell(row=row, column=1).value = " "
    sheet.append(_good(6, "2019-02-06"))
    for row in range(100_008, 100_108):
        sheet.cell(row=row, column=2).value = ""
    path = _save(book, tmp_path / "anggota.xlsx")
    before = digest()
    plan = _plan(path)
    assert digest() == before
    assert [(p.row, p.field, str(p.error)) for p in plan.problems] == [
        (5, "join_date", "The cell shows Excel's error #N/A instead of a value. Correct the formula in Excel, or type the value."),
        (6, "name", "The cell shows Excel's error #DIV/0! instead of a value. Correct the formula in Excel, or type the value."),
    ]
    assert plan.data_rows == 6
    joined = {item.form.name: (item.form.join_date, item.group_key) for item in plan.rows}
    # 43500 is Excel's day count of 4 February 2019.
    assert joined == {
        "Anggota 1": (dt.date(2019, 2, 4), "kube melati"), "Anggota 2": (dt.date(2019, 2, 4), "kube melati"),
        "Anggota 3": (dt.date(2019, 2, 5), "kube melati"), "Anggota 6": (dt.date(2019, 2, 6), "kube melati"),
    }
    assert import_members(sec, plan).members == 4
    assert Member.select().where(Member.group == melati).count() == 4


def test_control_characters_in_a_csv_are_listed_and_a_nul_refuses_the_file(actors, tmp_path):
    sec = actors["secretary"]
    new_group(sec, "KUBE Melati")
    names = ["Siti\x1b[31m Aminah", "Budi \u202eotnaS", "Сергей", "'; DROP TABLE member; --"]
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";")  # as Excel writes it: the name with a ; is quoted
    writer.writerow(["Nama", "NIK", "L/P", "Kelompok", "Tgl Masuk"])
    for serial, name in enumerate(names, 1):
        writer.writerow([name, make_nik("317504", BORN, "P", 7600 + serial), "P", "KUBE Melati", "04/02/2019"])
    path = tmp_path / "anggota.csv"
    path.write_text(text.getvalue(), encoding="utf-8")
    plan = _plan(path)
    assert [(p.row, p.field, str(p.error)) for p in plan.problems] == [
        (2, "name", "The text holds hidden characters. Type it again."),
        (3, "name", "The text holds hidden characters. Type it again."),
    ]
    import_members(sec, plan)
    assert sorted(m.name for m in Member.select()) == sorted(names[2:])
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"Nama;NIK\r\nSiti\x00Aminah;123\r\n")
    assert _file_message(lambda: read_table(nul)) == "nul.csv is not a text CSV file. Open the list in Excel and save it as CSV UTF-8 (.csv)."


def test_a_workbook_in_memory_of_only_blank_rows_is_empty(tmp_path):
    book = _workbook([])
    for row in range(1, 2000):
        book.active.cell(row=row, column=3).value = "  "
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "kosong.xlsx"
    path.write_bytes(buffer.getvalue())
    assert _file_message(lambda: read_table(path)) == "The file kosong.xlsx is empty."

"""Importing old member lists and exporting the register, as secretaries' files really are."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import peewee as pw
import pytest
from openpyxl import Workbook

from db.connection import close_database
from db.models import AuditRecord, Group, Household, Member, Membership, User
from desktop.auth import actor_of
from desktop.books import open_books
from desktop.errors import Cancelled, DomainError, PermissionDenied
from desktop.member_columns import find_header_row, guess_mapping
from desktop.member_export import export_members, write_template
from desktop.member_import import ImportOptions, analyse
from desktop.member_import_write import import_members
from desktop.member_queries import MemberFilter, load_member
from desktop.members import exit_member, move_member, register_member
from desktop.nik import make_nik
from desktop.spreadsheets import read_table, sheet_names
from tests.desktop.helpers import kind_id, member_form, new_group, new_member

NIK_SITI = make_nik("317504", dt.date(1985, 3, 12), "P", 901)
NIK_BUDI = make_nik("317504", dt.date(1979, 8, 1), "L", 902)
NIK_EUIS = make_nik("367101", dt.date(1990, 1, 20), "P", 903)


def workbook(path, rows, title=True):
    book = Workbook()
    sheet = book.active
    sheet.title = "Anggota KUBE"
    if title:
        sheet.append(["DAFTAR ANGGOTA KUBE MELATI DAN KSM MEKAR"])
        sheet.append([])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def plan_of(path, options=None, sheet=None, today=dt.date(2026, 11, 22)):
    table = read_table(path, sheet)
    header = find_header_row(table)
    return analyse(table, header, guess_mapping(table[header]), options or ImportOptions(),
                   path.name, today=today)


HEADER = ["No.", "Nama Lengkap", "NIK", "L/P", "Tempat, Tgl Lahir", "Alamat", "RT/RW", "Desa",
          "No HP", "Kelompok", "Jenis Kelompok", "Tgl Masuk", "Kesejahteraan"]


def test_a_good_old_list_is_imported_with_its_groups(actors, tmp_path):
    sec = actors["secretary"]
    melati = new_group(sec, "KUBE Melati")
    path = workbook(tmp_path / "anggota.xlsx", [
        HEADER,
        [1, "Siti Aminah", NIK_SITI, "P", "Jakarta, 12-03-1985", "Jl. Kerang Hijau 5", "3/4",
         "Cilincing", 81234567890, "kube melati", "", dt.datetime(2019, 2, 4), "KS I"],
        [2, " Budi  Santoso ", NIK_BUDI, "", "Serang, 01/08/1979", "Gg. Masjid 2", "003/004",
         "Kalibaru", "0813-1111-2222", "KSM Mekar", "KSM", "4 Februari 2019", "Pra Sejahtera"],
        [],
        [3, "Euis Rohmah", f"'{NIK_EUIS}", "Perempuan", "", "", "", "Kalibaru", "", "KSM Mekar",
         "KSM", "2019-02-05", "Desil 2"],
    ])
    assert sheet_names(path) == ["Anggota KUBE"]
    plan = plan_of(path)
    assert plan.problems == [] and plan.data_rows == 3 and len(plan.rows) == 3
    assert list(plan.new_groups) == ["ksm mekar"]
    result = import_members(sec, plan)
    assert result.members == 3 and result.groups_created == ["KSM Mekar"]
    siti = Member.get(Member.nik == NIK_SITI)
    assert (siti.name, siti.sex, siti.birth_place, siti.birth_date) == ("Siti Aminah", "P", "Jakarta", dt.date(1985, 3, 12))
    assert (siti.rt, siti.rw, siti.phone, siti.group_id) == ("003", "004", "081234567890", melati)
    assert siti.join_date == dt.date(2019, 2, 4) and siti.household.welfare_level == "KS1"
    budi = Member.get(Member.nik == NIK_BUDI)
    assert budi.name == "Budi Santoso" and budi.sex == "L"  # the sex read from the NIK
    assert budi.household.welfare_level == "PS" and budi.join_date == dt.date(2019, 2, 4)
    mekar = Group.get(Group.name == "KSM Mekar")
    assert mekar.kind.code == "KSM" and mekar.kelurahan == "Kalibaru"
    assert Member.get(Member.nik == NIK_EUIS).group_id == mekar.id
    assert Membership.select().where(Membership.group == mekar.id).count() == 2
    record = AuditRecord.get(AuditRecord.action == "member.import")
    assert json.loads(record.after)["file"] == "anggota.xlsx" and json.loads(record.after)["rows"] == 3
    assert record.user_id == sec.id
    # imported members took numbers from the sequence; the next one registered by hand follows
    numbers = sorted(m.number for m in Member.select())
    assert numbers == ["AG000001", "AG000002", "AG000003"]
    assert load_member(new_member(sec, melati, "Asih Saodah")).number == "AG000004"


def test_every_bad_row_is_listed_with_its_row_field_and_reason(actors, tmp_path):
    sec = actors["secretary"]
    new_group(sec, "KUBE Melati")
    rows = [
        ["Nama", "NIK", "Jenis Kelamin", "Tanggal Lahir", "Kelompok", "Tanggal Masuk", "Tingkat Kesejahteraan"],
        ["Siti Aminah", NIK_SITI, "P", "12/03/1985", "KUBE Melati", "04/02/2019", "KS1"],
        ["Bad Nik", "3175041203", "P", "", "KUBE Melati", "04/02/2019", ""],
        ["", NIK_BUDI, "L", "", "KUBE Melati", "04/02/2019", ""],
        ["Tanggal Aneh", "", "P", "31/02/1980", "KUBE Melati", "kemarin", ""],
        ["Kaya Raya", "", "L", "", "KUBE Melati", "04/02/2019", "Sultan"],
        ["Jenis Lain", "", "X", "", "KUBE Melati", "04/02/2019", ""],
        ["Masa Depan", "", "P", "", "KUBE Melati", "01/01/2027", ""],
        ["Angka Excel", 3175045203850000, "P", "", "KUBE Melati", "04/02/2019", ""],
        ["Tanpa Kelompok", "", "P", "", "", "04/02/2019", ""],
    ]
    plan = plan_of(workbook(tmp_path / "buruk.xlsx", rows, title=False))
    found = {(p.row, p.field) for p in plan.problems}
    assert {(3, "nik"), (4, "name"), (5, "birth_date"), (5, "join_date"), (6, "welfare_level"),
            (7, "sex"), (8, "join_date"), (9, "nik"), (10, "group")} <= found
    assert {p.row for p in plan.problems} == set(range(3, 11))
    assert [r.form.name for r in plan.rows] == ["Siti Aminah"] and plan.bad_rows == 8
    by_row: dict[int, str] = {}
    for p in plan.problems:
        by_row[p.row] = by_row.get(p.row, "") + str(p.error)
    assert "does not exist" in by_row[5] and "Cannot read the date kemarin" in by_row[5]
    assert "15 digits" in by_row[9] and "Sultan" in by_row[6] and "future" in by_row[8]
    import_members(sec, plan)
    assert Member.select().count() == 1


def test_a_duplicate_nik_in_the_file_or_in_the_books_is_refused(actors, tmp_path):
    sec = actors["secretary"]
    group = new_group(sec, "KUBE Melati")
    register_member(sec, member_form(group, "Siti Aminah", nik=NIK_SITI))
    rows = [["Nama", "NIK", "Kelompok", "Tanggal Masuk"],
            ["Siti A.", NIK_SITI, "KUBE Melati", "04/02/2019"],
            ["Budi Santoso", NIK_BUDI, "KUBE Melati", "04/02/2019"],
            ["Budi S.", NIK_BUDI, "KUBE Melati", "04/02/2019"]]
    plan = plan_of(workbook(tmp_path / "dobel.xlsx", rows, title=False))
    messages = {(p.row, p.field): str(p.error) for p in plan.problems}
    assert "Siti Aminah (AG000001)" in messages[(2, "nik")]
    assert messages[(4, "nik")] == "The same NIK is in row 3 of the file."
    assert [r.row for r in plan.rows] == [3]


def test_files_that_are_not_lists_get_a_clear_message(tmp_path):
    empty = tmp_path / "kosong.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(DomainError, match="is empty"):
        read_table(empty)
    blank = workbook(tmp_path / "blank.xlsx", [], title=False)
    with pytest.raises(DomainError, match="is empty"):
        read_table(blank)
    fake = tmp_path / "surat.xlsx"
    fake.write_text("Dear secretary, this is a letter, not a spreadsheet.")
    with pytest.raises(DomainError, match="not an Excel workbook"):
        sheet_names(fake)
    zipped = tmp_path / "arsip.xlsx"
    shutil.make_archive(str(tmp_path / "arsip"), "zip", tmp_path, "surat.xlsx")
    (tmp_path / "arsip.zip").rename(zipped)
    with pytest.raises(DomainError, match="not an Excel workbook"):
        read_table(zipped)
    old = tmp_path / "lama.xlsx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(DomainError, match="97-2003"):
        read_table(old)
    binary = tmp_path / "gambar.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    with pytest.raises(DomainError, match="not a text CSV"):
        read_table(binary)
    with pytest.raises(DomainError, match="cannot be found"):
        read_table(tmp_path / "hilang.csv")
    with pytest.raises(DomainError, match="neither"):
        (tmp_path / "foto.jpg").write_bytes(b"\xff\xd8\xff")
        read_table(tmp_path / "foto.jpg")


def test_a_windows_1252_csv_with_semicolons_is_read(actors, tmp_path):
    sec = actors["secretary"]
    new_group(sec, "KUBE Melati")
    text = ("Nama;NIK;L/P;Alamat;Kelompok;Tgl Masuk\r\n"
            f"Ma\u2019ruf Amin;{NIK_BUDI};L;Jl. Kenari 2, RT 3;KUBE Melati;22/11/2020\r\n"
            f"Siti Zul\u00e9ha;{NIK_SITI};P;Gg. Masjid;KUBE Melati;22-11-2020\r\n")
    path = tmp_path / "anggota.csv"
    path.write_bytes(text.encode("cp1252"))
    plan = plan_of(path)
    assert plan.problems == []
    assert [r.form.name for r in plan.rows] == ["Ma\u2019ruf Amin", "Siti Zul\u00e9ha"]
    assert plan.rows[0].form.address == "Jl. Kenari 2, RT 3"
    import_members(sec, plan)
    assert Member.get(Member.nik == NIK_SITI).name == "Siti Zul\u00e9ha"


def test_a_cancelled_import_writes_nothing(actors, tmp_path):
    sec = actors["secretary"]
    rows = [["Nama", "L/P", "Kelompok", "Kelurahan", "Tanggal Masuk"]]
    rows += [[f"Anggota {i}", "P", "KUBE Baru", "Cilincing", "04/02/2019"] for i in range(1200)]
    plan = plan_of(workbook(tmp_path / "besar.xlsx", rows, title=False),
                   ImportOptions(new_group_kind_id=kind_id()))
    assert len(plan.rows) == 1200
    calls = []
    with pytest.raises(Cancelled):
        import_members(sec, plan, cancelled=lambda: len(calls) > 0, progress=lambda d, t: calls.append(d))
    assert Member.select().count() == 0 and Group.select().count() == 0
    assert not AuditRecord.select().where(AuditRecord.action == "member.import").exists()


def test_the_books_changing_after_the_check_stops_the_import(actors, tmp_path):
    sec = actors["secretary"]
    group = new_group(sec, "KUBE Melati")
    rows = [["Nama", "NIK", "Kelompok", "Tanggal Masuk"],
            ["Siti Aminah", NIK_SITI, "KUBE Melati", "04/02/2019"],
            ["Budi Santoso", NIK_BUDI, "KUBE Melati", "04/02/2019"]]
    plan = plan_of(workbook(tmp_path / "a.xlsx", rows, title=False))
    register_member(sec, member_form(group, "Siti Aminah", nik=NIK_SITI))
    with pytest.raises(DomainError, match="row 2"):
        import_members(sec, plan)
    assert Member.select().count() == 1
    with pytest.raises(PermissionDenied):
        import_members(actors["treasurer"], plan)


def test_rows_without_a_group_or_join_date_take_the_chosen_ones(actors, tmp_path):
    sec = actors["secretary"]
    group = new_group(sec, "KUBE Melati")
    path = workbook(tmp_path / "melati.xlsx", [["Nama", "L/P"], ["Siti Aminah", "P"], ["Budi", "L"]], title=False)
    with pytest.raises(DomainError, match="group"):
        plan_of(path)
    plan = plan_of(path, ImportOptions(default_group_id=group))
    assert {p.field for p in plan.problems} == {"join_date"}
    plan = plan_of(path, ImportOptions(default_group_id=group, default_join_date=dt.date(2020, 1, 1)))
    import_members(sec, plan)
    assert [m.group_id for m in Member.select()] == [group, group]


def _register_everything(sec):
    melati, mekar = new_group(sec, "KUBE Melati"), new_group(sec, "KSM Mekar", kelurahan="Kalibaru")
    siti = register_member(sec, member_form(
        melati, "Siti Aminah", nik=NIK_SITI, kk_number="3175040101090012", birth_place="Jakarta",
        address="Jl. Kerang Hijau No. 5", rt="003", rw="004", kelurahan="Cilincing",
        phone="081234567890", occupation="Pedagang sayur", household_size=4, welfare_level="KS1",
        welfare_source="Pendataan BKKBN", welfare_date=dt.date(2025, 6, 1)))
    register_member(sec, member_form(melati, "Budi Santoso", sex="L", nik=NIK_BUDI,
                                     kk_number="3175040101090012", born=dt.date(1979, 8, 1)))
    euis = register_member(sec, member_form(mekar, "Euis Rohmah", nik="", born=dt.date(1990, 1, 20)))
    move_member(sec, siti, mekar, dt.date(2022, 3, 1), load_member(siti).form.version)
    exit_member(sec, euis, dt.date(2024, 5, 2), "Pindah ke Bandung", load_member(euis).form.version)


def _everyone():
    query = (Member.select(Member, Group.name, Household.kk_number, Household.size,
                           Household.welfare_level, Household.welfare_source, Household.welfare_date)
             .join_from(Member, Group).join_from(Member, Household, on=(Member.household == Household.id), join_type=pw.JOIN.LEFT_OUTER)
             .order_by(Member.number))
    keep = ("number", "name", "nik", "sex", "birth_place", "birth_date", "address", "rt", "rw",
            "kelurahan", "phone", "occupation", "join_date", "status", "exit_date", "exit_reason")
    return [tuple(getattr(m, k) for k in keep) + (m.group.name,) + (
        (m.household.kk_number, m.household.size, m.household.welfare_level,
         m.household.welfare_source, m.household.welfare_date) if m.household_id else ())
        for m in query]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_into_fresh_books_gives_the_same_members(actors, tmp_path, template_books, suffix):
    _register_everything(actors["secretary"])
    before = _everyone()
    path = tmp_path / f"anggota{suffix}"
    assert export_members(MemberFilter(status=None), path) == 3
    close_database()
    fresh = tmp_path / "fresh.sqlite3"
    shutil.copy(template_books, fresh)
    open_books(fresh, tmp_path / "backups")
    sec = actor_of(User.get(User.username == "sekretaris"))
    plan = plan_of(path)
    assert plan.problems == [] and len(plan.new_groups) == 2
    import_members(sec, plan)
    assert _everyone() == before
    assert Household.select().count() == 1  # Siti and Budi share one KK
    budi = Member.get(Member.nik == NIK_BUDI)
    assert (budi.household.size, budi.household.welfare_level) == (4, "KS1")


def test_export_follows_the_list_filter_and_the_template_imports_cleanly(actors, tmp_path):
    sec = actors["secretary"]
    _register_everything(sec)
    path = tmp_path / "aktif.xlsx"
    assert export_members(MemberFilter(status="active"), path) == 2
    assert [r[1] for r in read_table(path)[1:]] == ["Siti Aminah", "Budi Santoso"]
    template = tmp_path / "templat.xlsx"
    write_template(template)
    assert sheet_names(template) == ["Anggota", "Petunjuk"]
    plan = plan_of(template)
    assert plan.problems == [] and len(plan.rows) == 1

"""The columns of a member list: what the app calls each field, the column names Indonesian and
English spreadsheets use for it, and the guess of which column is which."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ImportField:
    key: str
    label: str  # shown in the column mapping, translated at display time
    header: str  # the column name in the template and in exports
    aliases: tuple[str, ...]  # column names that mean this field, normalised (see header_key)


FIELDS = (
    ImportField("number", QT_TRANSLATE_NOOP("Labels", "Member number"), "Nomor Anggota",
                ("nomor anggota", "no anggota", "nomor induk", "no induk", "no induk anggota",
                 "nomor induk anggota", "kode anggota", "id anggota", "member number", "member no")),
    ImportField("name", QT_TRANSLATE_NOOP("Labels", "Name"), "Nama",
                ("nama", "nama lengkap", "nama anggota", "nama sesuai ktp", "name", "full name",
                 "member name")),
    ImportField("nik", QT_TRANSLATE_NOOP("Labels", "NIK"), "NIK",
                ("nik", "no nik", "nomor nik", "nik ktp", "no ktp", "nomor ktp", "nik anggota",
                 "national id", "id number", "nik number")),
    ImportField("kk_number", QT_TRANSLATE_NOOP("Labels", "KK number"), "No. KK",
                ("no kk", "nomor kk", "kk", "no kartu keluarga", "nomor kartu keluarga",
                 "kartu keluarga", "kk number", "family card", "family card number")),
    ImportField("sex", QT_TRANSLATE_NOOP("Labels", "Sex"), "Jenis Kelamin (L/P)",
                ("jenis kelamin", "kelamin", "jk", "l p", "sex", "gender")),
    ImportField("birth_place", QT_TRANSLATE_NOOP("Labels", "Birth place"), "Tempat Lahir",
                ("tempat lahir", "tmp lahir", "birth place", "place of birth", "birthplace")),
    ImportField("birth_date", QT_TRANSLATE_NOOP("Labels", "Birth date"), "Tanggal Lahir",
                ("tanggal lahir", "tgl lahir", "birth date", "date of birth", "dob", "birthdate")),
    ImportField("birth_place_date", QT_TRANSLATE_NOOP("Labels", "Birth place and date (TTL)"),
                "Tempat, Tanggal Lahir",
                ("ttl", "tempat tanggal lahir", "tempat tgl lahir", "tempat dan tanggal lahir",
                 "tmp tgl lahir", "place and date of birth")),
    ImportField("address", QT_TRANSLATE_NOOP("Labels", "Address"), "Alamat",
                ("alamat", "alamat rumah", "alamat lengkap", "jalan", "address", "street")),
    ImportField("rt", QT_TRANSLATE_NOOP("Labels", "RT"), "RT", ("rt",)),
    ImportField("rw", QT_TRANSLATE_NOOP("Labels", "RW"), "RW", ("rw",)),
    ImportField("rt_rw", QT_TRANSLATE_NOOP("Labels", "RT/RW together"), "RT/RW", ("rt rw",)),
    ImportField("kelurahan", QT_TRANSLATE_NOOP("Labels", "Kelurahan"), "Kelurahan/Desa",
                ("kelurahan", "desa", "kelurahan desa", "desa kelurahan", "kel", "kel desa",
                 "village")),
    ImportField("phone", QT_TRANSLATE_NOOP("Labels", "Phone"), "No. HP",
                ("no hp", "nomor hp", "hp", "no telepon", "nomor telepon", "telepon", "no telp",
                 "telp", "no wa", "nomor wa", "whatsapp", "phone", "phone number", "mobile")),
    ImportField("occupation", QT_TRANSLATE_NOOP("Labels", "Occupation / business"),
                "Pekerjaan/Usaha",
                ("pekerjaan", "usaha", "jenis usaha", "pekerjaan usaha", "mata pencaharian",
                 "occupation", "business", "job")),
    ImportField("household_size", QT_TRANSLATE_NOOP("Labels", "Household size"),
                "Jumlah Anggota Keluarga",
                ("jumlah anggota keluarga", "jml anggota keluarga", "jumlah jiwa",
                 "anggota keluarga", "jumlah tanggungan", "household size", "family size")),
    ImportField("welfare_level", QT_TRANSLATE_NOOP("Labels", "Welfare level"),
                "Tingkat Kesejahteraan",
                ("tingkat kesejahteraan", "kesejahteraan", "status kesejahteraan",
                 "tahapan keluarga", "tahapan ks", "desil", "welfare level", "welfare")),
    ImportField("welfare_source", QT_TRANSLATE_NOOP("Labels", "Source of the welfare data"),
                "Sumber Data Kesejahteraan",
                ("sumber data kesejahteraan", "sumber kesejahteraan", "welfare source")),
    ImportField("welfare_date", QT_TRANSLATE_NOOP("Labels", "Date of the welfare data"),
                "Tanggal Data Kesejahteraan",
                ("tanggal data kesejahteraan", "tgl data kesejahteraan", "welfare date")),
    ImportField("group", QT_TRANSLATE_NOOP("Labels", "Group"), "Kelompok",
                ("kelompok", "nama kelompok", "group", "group name")),
    ImportField("group_kind", QT_TRANSLATE_NOOP("Labels", "Kind of group"), "Jenis Kelompok",
                ("jenis kelompok", "tipe kelompok", "group kind", "kind of group", "group type")),
    ImportField("group_kelurahan", QT_TRANSLATE_NOOP("Labels", "Kelurahan of the group"),
                "Kelurahan Kelompok",
                ("kelurahan kelompok", "desa kelompok", "group kelurahan")),
    ImportField("join_date", QT_TRANSLATE_NOOP("Labels", "Join date"), "Tanggal Masuk",
                ("tanggal masuk", "tgl masuk", "tanggal bergabung", "tgl bergabung",
                 "tanggal daftar", "tgl daftar", "tanggal menjadi anggota", "join date",
                 "joined", "date joined")),
    ImportField("status", QT_TRANSLATE_NOOP("Labels", "Status"), "Status",
                ("status", "status anggota", "keanggotaan", "member status")),
    ImportField("exit_date", QT_TRANSLATE_NOOP("Labels", "Exit date"), "Tanggal Keluar",
                ("tanggal keluar", "tgl keluar", "exit date", "date left")),
    ImportField("exit_reason", QT_TRANSLATE_NOOP("Labels", "Reason for leaving"), "Alasan Keluar",
                ("alasan keluar", "keterangan keluar", "exit reason", "reason for leaving")),
)
FIELD_BY_KEY = {f.key: f for f in FIELDS}
# The columns an export writes (and the template shows): every field but the two combined ones,
# which exist only to read old lists.
EXPORT_FIELDS = tuple(f for f in FIELDS if f.key not in ("birth_place_date", "rt_rw"))

_ALIASES = {alias: f.key for f in FIELDS for alias in f.aliases}
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def header_key(header: Any) -> str:
    """A column name reduced for comparison: "No. KTP" -> "no ktp", "Jenis Kelamin (L/P)" ->
    "jenis kelamin"; bracketed hints are dropped unless nothing else is left."""
    text = str(header or "").casefold().replace("\n", " ")
    stripped = _NOT_WORD.sub(" ", _BRACKETS.sub(" ", text)).strip()
    return stripped or _NOT_WORD.sub(" ", text).strip()


def field_of_header(header: Any) -> str | None:
    return _ALIASES.get(header_key(header))


def guess_mapping(headers: list[Any]) -> dict[int, str]:
    """Which field each column holds, by its name; each field is given to one column only."""
    mapping: dict[int, str] = {}
    for column, header in enumerate(headers):
        key = field_of_header(header)
        if key and key not in mapping.values():
            mapping[column] = key
    return mapping


def find_header_row(rows: list[list[Any]], look: int = 15) -> int:
    """The index of the row holding the column names. Old lists often start with a title
    ("DAFTAR ANGGOTA KUBE MAWAR") and a blank line, so the first rows are searched for the one
    that names the most known fields; failing that, the first row with anything in it."""
    best, best_count = None, 1
    for index, row in enumerate(rows[:look]):
        count = len(guess_mapping(list(row)))
        if count > best_count:
            best, best_count = index, count
    if best is not None:
        return best
    return next((i for i, row in enumerate(rows) if any(str(v or "").strip() for v in row)), 0)

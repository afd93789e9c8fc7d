"""The group profile's words: paper is Indonesian whatever language the screens use, so each
text of the history (an English text marked for the screens' translation) has its
Indonesian form written here, and so have the codes it names."""

from __future__ import annotations

from desktop import group_timeline as t

STAGE_WORDS = {"growing": "Penumbuhan", "strengthening": "Penguatan",
               "linked": "Akses ke lembaga keuangan", "independent": "Mandiri"}
SESSION_WORDS = {"socialisation": "Sosialisasi", "training": "Pelatihan",
                 "mentoring": "Pertemuan pendampingan", "meeting": "Pertemuan kelompok"}
OFFICE_WORDS = {"ketua": "Ketua", "sekretaris": "Sekretaris", "bendahara": "Bendahara"}
PARTNER_WORDS = {"government": "Instansi pemerintah", "school": "Sekolah", "ngo": "LSM",
                 "company": "Perusahaan", "bank": "Bank/lembaga keuangan mikro",
                 "other": "Lainnya"}
CODE_WORDS = {"session_kind": SESSION_WORDS, "office": OFFICE_WORDS, "stage": STAGE_WORDS}

EVENT_WORDS = {
    t.T_FORMED: "Kelompok dibentuk",
    t.D_FORMED: "{kind}, kelurahan {kelurahan}",
    t.T_OFFICER_STARTED: "{name} menjadi {office}",
    t.T_OFFICER_ENDED: "Masa jabatan {name} sebagai {office} berakhir",
    t.T_JOINED_ONE: "{name} masuk menjadi anggota",
    t.T_JOINED_MANY: "{count} anggota masuk",
    t.T_LEFT: "{name} keluar dari keanggotaan",
    t.T_MOVED_IN: "{name} pindah dari {group}",
    t.T_MOVED_OUT: "{name} pindah ke {group}",
    t.T_SESSION: "{session_kind}: {topic}",
    t.D_SESSION: "{came} dari {recorded} hadir ({rate})",
    t.D_SESSION_PROGRAM: "{program}, pertemuan ke-{seq}: {came} dari {recorded} hadir ({rate})",
    t.D_NOT_RECORDED: "Kehadiran belum dicatat",
    t.D_PROGRAM_NOT_RECORDED: "{program}, pertemuan ke-{seq}: kehadiran belum dicatat",
    t.T_MEETING: "Rapat kelompok",
    t.T_MEETINGS: "Rapat kelompok {first} s.d. {last}: {count} kali",
    t.D_MEETINGS: "Kehadiran {rate}: {came} dari {recorded} hadir",
    t.T_VISIT: "Kunjungan {mentor}",
    t.D_VISIT: "Ditemui: {met}. Tindak lanjut: {agreed} disepakati, {done} selesai, {open} berjalan, {overdue} lewat waktu.",
    t.D_VISIT_NO_FOLLOW_UP: "Ditemui: {met}. Tanpa tindak lanjut.",
    t.T_ASSESSED: "Penilaian: kelas {grade}, nilai {total} dari {max}",
    t.T_CLASS_UP: "Naik kelas {previous} → {grade}, nilai {total} dari {max}",
    t.T_CLASS_DOWN: "Turun kelas {previous} → {grade}, nilai {total} dari {max}",
    t.D_ASSESSMENT: "Penilai {assessor}; tahap: {stage}",
    t.T_STAGE: "Tahap: {stage}",
    t.T_LOAN_OUT: "Pinjaman {number} dicairkan: {principal}",
    t.D_LOAN_OUT: "{borrowers} peminjam",
    t.T_LOAN_PAID: "Pinjaman {number} lunas",
    t.T_LOAN_WRITTEN_OFF: "Pinjaman {number} ditutup, {written_off} dihapusbukukan",
    t.T_ARREARS: "Tunggakan {start} s.d. {end} ({days} hari)",
    t.T_ARREARS_OPEN: "Tunggakan sejak {start}, belum lunas ({days} hari)",
    t.D_ARREARS: "Tunggakan tertinggi {peak}; paling banyak {members} anggota menunggak",
}

# The kinds of the timeline counted for the years summed up on paper, in the order printed.
YEAR_COUNTS = [("meetings", "rapat kelompok"), ("session", "sesi/pelatihan"), ("visit", "kunjungan"),
               ("assessment", "penilaian"), ("member_joined", "anggota masuk"),
               ("member_moved_in", "pindah masuk"), ("member_left", "anggota keluar"),
               ("member_moved_out", "pindah keluar"), ("loan_disbursed", "pinjaman dicairkan"),
               ("arrears", "masa tunggakan")]


def event_text(template: str, params: dict) -> str:
    """An event's title or detail in Indonesian."""
    if not template:
        return ""
    values = {k: CODE_WORDS[k].get(v, v) if k in CODE_WORDS else v for k, v in params.items()}
    return EVENT_WORDS[template].format(**values)

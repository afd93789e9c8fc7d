"""The group profile (profil kelompok) a mentor takes to a visit or files with a report: who the
group is, its figures, its attendance, savings and arrears month by month, its stage and class
over time, its loans, the latest visits with what is still to be done, and its history: the
last twelve months in full and the years before summed up (all of it when it is short).
Signed by the mentor. A4 upright."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, LongTable, Paragraph, Spacer, Table

from desktop.dates import format_date, format_date_long
from desktop.documents.ledger_paper import (
    MARGIN,
    build_pdf,
    group_words,
    page_header,
    place_and_date,
    signatures,
    summary_box,
    table_style,
    titled_pairs,
    write,
)
from desktop.documents.loan_card import headings
from desktop.documents.pdf import FONT, FONT_BOLD, Letterhead, register_fonts
from desktop.documents.profile_charts import (
    OVERDUE_FILL,
    SAVINGS_FILL,
    attendance_chart,
    money_chart,
    month_label,
)
from desktop.documents.profile_words import (
    OFFICE_WORDS,
    PARTNER_WORDS,
    STAGE_WORDS,
    YEAR_COUNTS,
    event_text,
)
from desktop.group_charts import months_back
from desktop.group_history import GroupHistory
from desktop.group_timeline import Event, percent_text
from desktop.money import format_amount, format_rupiah

PAGE = A4
WIDTH = PAGE[0] - 2 * MARGIN
TITLE = "PROFIL KELOMPOK"
FULL_MONTHS = 12  # the last months of the history printed event by event
SHORT_HISTORY = 40  # a history of no more events than this is printed in full
RECENT_VISITS = 5
FONT_SIZE = 7.5

_SECTION = ParagraphStyle("section", fontName=FONT_BOLD, fontSize=10, leading=13,
                          spaceBefore=5 * mm, spaceAfter=2 * mm)
_CELL = ParagraphStyle("cell", fontName=FONT, fontSize=FONT_SIZE, leading=9.2)
_BAD = ParagraphStyle("bad", parent=_CELL, textColor="#a00000")
_NOTE = ParagraphStyle("note", fontName=FONT, fontSize=8, leading=10)


def _p(text: str, style: ParagraphStyle = _CELL) -> Paragraph:
    return Paragraph(escape(text), style)


def _table(rows: list[list], widths: list[float], right_from: int, bold: tuple = ()) -> LongTable:
    """A ruled table whose headings (the first row) wrap when a column is narrow."""
    rows = [headings(list(zip(rows[0], widths, strict=True))), *rows[1:]]
    table = LongTable(rows, colWidths=[w * mm for w in widths], repeatRows=1)
    style = table_style(len(rows), bold, right_from, FONT_SIZE)
    style.add("VALIGN", (0, 1), (-1, -1), "TOP")
    table.setStyle(style)
    return table


def _amount(value: int) -> str:
    return format_amount(value) if value else ""


def _rate(value: float | None) -> str:
    return percent_text(value) or "-"


def _period(after: dt.date, until: dt.date) -> str:
    """"31/03/2025 s.d. 30/06/2025": the days after one day, up to another."""
    return f"{format_date(after + dt.timedelta(days=1))} s.d. {format_date(until)}"


def _profile_box(history: GroupHistory) -> Table:
    p, s = history.profile, history.summary
    officers = "; ".join(f"{OFFICE_WORDS.get(o.office, o.office)}: {o.name}" for o in p.officers)
    partners = "; ".join(f"{name} ({PARTNER_WORDS.get(kind, kind)})" for name, kind in p.partners)
    grade = f"{p.grade} (dinilai {format_date(p.graded_on)})" if p.grade else "Belum dinilai"
    left = [("Nama", p.name), ("Jenis", p.kind), ("Dibentuk", format_date_long(p.formed) or "-"),
            ("Alamat", p.address_line or "-"), ("Pendamping", p.mentor or "-"),
            ("Tahap", STAGE_WORDS.get(p.stage, p.stage)), ("Kelas", grade),
            ("Anggota aktif", f"{p.active_members} orang"), ("Pengurus", officers or "-"),
            ("Mitra", partners or "-"), ("Usaha", p.business or "-")]
    visit = (f"{format_date(s.last_visit)} ({s.days_since_visit} hari lalu)"
             if s.last_visit else "Belum pernah")
    right = [(f"Kehadiran {_period(s.recent_from, history.today)}", _rate(s.rate_recent)),
             (f"Kehadiran {_period(s.before_from, s.recent_from)}", _rate(s.rate_before)),
             ("Simpanan anggota aktif", format_rupiah(s.savings)),
             ("Pinjaman berjalan", f"{s.loans_running} pinjaman"),
             ("Sisa pokok pinjaman", format_rupiah(s.outstanding)),
             ("Tunggakan", format_rupiah(s.overdue)),
             ("Anggota menunggak", f"{s.members_behind} orang"),
             ("Tindak lanjut belum selesai", str(s.follow_ups_open)),
             ("... di antaranya lewat waktu", str(s.follow_ups_overdue)),
             ("Kunjungan terakhir", visit)]
    inner = WIDTH - 8 * mm
    gap = 6 * mm
    first, second = inner * 0.56, inner * 0.44 - gap
    return summary_box(Table([[titled_pairs("Data kelompok", left, first, 24 * mm, figures=False), "",
                               titled_pairs(f"Keadaan per {format_date_long(history.today)}", right,
                                            second, 52 * mm)]],
                             colWidths=[first, gap, second]), WIDTH)


def _charts(history: GroupHistory) -> list:
    series = history.series
    if not series.months:
        return []
    first = month_label(series.months[0])
    span = (f"{len(series.months)} bulan terakhir, sejak {first}" if series.cut
            else f"sejak {first}, awal kelompok")
    half = (WIDTH - 4 * mm) / 2
    attendance = attendance_chart(series.months, series.session_rate, series.meeting_rate,
                                  WIDTH, 48 * mm)
    savings = money_chart("Simpanan anggota akhir bulan (Rp)", series.months, series.savings,
                          SAVINGS_FILL, half, 48 * mm, "Belum ada simpanan.")
    overdue = money_chart("Tunggakan akhir bulan (Rp)", series.months, series.overdue,
                          OVERDUE_FILL, half, 48 * mm, "Tidak ada tunggakan.")
    pair = Table([[savings, "", overdue]], colWidths=[half, 4 * mm, half])
    pair.setStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    return [KeepTogether([Paragraph(f"Perkembangan per bulan ({span})", _SECTION), attendance,
                          Spacer(1, 3 * mm), pair])]


def _stages(history: GroupHistory) -> list:
    rows: list[tuple[dt.date, int, list]] = []
    for a in history.assessments:
        change = "" if a.previous_grade in (None, a.grade) else f" (dari {a.previous_grade})"
        rows.append((a.on, 0, [format_date(a.on), "Penilaian", a.grade + change,
                               f"{a.total}/{a.max_total}", STAGE_WORDS.get(a.stage, a.stage),
                               _p(" · ".join(x for x in (a.assessor, a.notes) if x))]))
    for s in history.stages:
        if not s.by_assessment:
            rows.append((s.on, 1, [format_date(s.on), "Perubahan tahap", "", "",
                                   STAGE_WORDS.get(s.stage, s.stage), _p(s.note)]))
    if not rows:
        return [Paragraph("Tahap dan kelas", _SECTION), _p("Kelompok belum pernah dinilai.", _NOTE)]
    head = ["Tanggal", "Kejadian", "Kelas", "Nilai", "Tahap", "Penilai / catatan"]
    body = [cells for _on, _o, cells in sorted(rows, key=lambda r: (r[0], r[1]))]
    table = _table([head, *body], [18, 26, 18, 14, 40, 64], 3)
    table.setStyle([("ALIGN", (4, 1), (-1, -1), "LEFT")])
    return [Paragraph("Tahap dan kelas dari waktu ke waktu", _SECTION), table]


def _loans(history: GroupHistory) -> list:
    out: list = [Paragraph("Pinjaman", _SECTION)]
    if not history.loans:
        return out + [_p("Kelompok belum pernah menerima pinjaman.", _NOTE)]
    status = {"active": "Berjalan", "closed": "Selesai"}
    rows = [["No. pinjaman", "Dicairkan", "Pokok (Rp)", "Peminjam", "Status", "Sisa pokok (Rp)",
             "Hapus buku (Rp)"]]
    for loan in history.loans:
        state = status.get(loan.status, loan.status)
        if loan.closed_on:
            state += f" {format_date(loan.closed_on)}"
        rows.append([loan.number, format_date(loan.disbursed_on), format_amount(loan.principal),
                     str(loan.borrowers), state, format_amount(loan.outstanding),
                     _amount(loan.written_off)])
    rows.append(["Jumlah", "", format_amount(sum(x.principal for x in history.loans)), "", "",
                 format_amount(sum(x.outstanding for x in history.loans)),
                 _amount(sum(x.written_off for x in history.loans))])
    table = _table(rows, [26, 20, 26, 16, 36, 28, 28], 2, (-1,))
    table.setStyle([("ALIGN", (4, 1), (4, -1), "LEFT")])
    out.append(table)
    out.append(Paragraph("Masa tunggakan kelompok", _SECTION))
    if not history.episodes:
        return out + [_p("Kelompok tidak pernah menunggak.", _NOTE)]
    rows = [["Mulai menunggak", "Lunas", "Lama (hari)", "Tunggakan tertinggi (Rp)",
             "Anggota menunggak (paling banyak)"]]
    for e in reversed(history.episodes):
        rows.append([format_date(e.start), format_date(e.end) if e.end else _p("belum lunas", _BAD),
                     str(e.days(history.today)), format_amount(e.peak), str(e.most_behind)])
    return out + [_table(rows, [32, 32, 28, 44, 44], 2)]


def _visits(history: GroupHistory) -> list:
    out: list = [Paragraph("Kunjungan terakhir dan tindak lanjut", _SECTION)]
    if not history.visits:
        return out + [_p("Kelompok belum pernah dikunjungi.", _NOTE)]
    rows = [["Tanggal", "Pendamping", "Ditemui", "Catatan"]]
    for v in reversed(history.visits[-RECENT_VISITS:]):
        rows.append([format_date(v.on), _p(v.mentor), _p(v.met), _p(v.notes)])
    out.append(_table(rows, [18, 32, 45, 85], 9))
    today = history.today
    still = [(v, f) for v in history.visits for f in v.follow_ups if f.done_on is None]
    if still:
        rows = [["Tindak lanjut belum selesai", "Disepakati", "Batas waktu", "Keadaan"]]
        for v, f in sorted(still, key=lambda x: x[1].due_on):
            late = f.overdue(today)
            rows.append([_p(f.text, _BAD if late else _CELL), format_date(v.on), format_date(f.due_on),
                         _p(f"Lewat {(today - f.due_on).days} hari" if late else "Berjalan",
                            _BAD if late else _CELL)])
        out += [Spacer(1, 3 * mm), _table(rows, [98, 24, 24, 34], 9)]
    return out


def _event_rows(events: list[Event]) -> list[list]:
    rows = []
    for e in events:
        style = _BAD if e.bad else _CELL
        detail = " ".join(x for x in (event_text(e.detail, e.params), e.note) if x)
        rows.append([format_date(e.on), _p(event_text(e.title, e.params), style), _p(detail, style)])
    return rows


def _year_summary(events: list[Event]) -> list[list]:
    years: dict[int, dict[str, int]] = {}
    for e in events:
        counts = years.setdefault(e.on.year, {})
        # A line of meeting days or of members joining together stands for several.
        add = e.params.get("count", 1) if e.kind in ("meetings", "member_joined") else 1
        counts[e.kind] = counts.get(e.kind, 0) + add
    rows = []
    for year in sorted(years, reverse=True):
        counts = years[year]
        words = [f"{counts[kind]} {name}" for kind, name in YEAR_COUNTS if counts.get(kind)]
        rows.append([str(year), _p(", ".join(words) or "-")])
    return rows


def _history(history: GroupHistory) -> list:
    events = history.events
    out: list = [CondPageBreak(40 * mm)]
    if len(events) <= SHORT_HISTORY:
        out.append(Paragraph("Riwayat kelompok", _SECTION))
        return out + [_table([["Tanggal", "Kejadian", "Keterangan"], *_event_rows(events)], [18, 72, 90], 9)]
    since = months_back(history.today, FULL_MONTHS)
    # The headings say "since" and "before" that day: the day itself is printed in full.
    recent = [e for e in events if e.on >= since]
    earlier = [e for e in events if e.on < since]
    out.append(Paragraph(f"Riwayat kelompok {FULL_MONTHS} bulan terakhir (sejak {format_date(since)})", _SECTION))
    out.append(_table([["Tanggal", "Kejadian", "Keterangan"], *_event_rows(recent)], [18, 72, 90], 9))
    out.append(Paragraph(f"Riwayat sebelum {format_date(since)}, diringkas per tahun", _SECTION))
    return out + [_table([["Tahun", "Kejadian"], *_year_summary(earlier)], [18, 162], 9)]


def render_group_profile(history: GroupHistory, head: Letterhead, target: Path | io.BytesIO,
                         *, place: str = "") -> None:
    """Write the group profile of *history* (``group_history``) to a PDF; *place* is the town
    written before the date of the mentor's signature."""
    register_fonts()
    p = history.profile
    ketua = next((o.name for o in p.officers if o.office == "ketua"), "")
    story = [_profile_box(history), *_charts(history), *_stages(history), *_loans(history),
             *_visits(history), *_history(history),
             signatures([("Mengetahui,", "Ketua kelompok,", ketua),
                         (place_and_date(place, history.today), "Pendamping,", p.mentor)], WIDTH)]
    subtitle = f"{group_words(p.name)} · per {format_date_long(history.today)}"
    write(target, build_pdf(story, PAGE, page_header(head, TITLE, subtitle), history.today,
                            f"Profil kelompok {p.name}", head.name))

"""The demo office's group development: two years of sessions with attendance, the mentors'
visits with follow-ups, assessments and stages, and household welfare surveys.

Everything goes through the real operations, after the money (desktop.demo) is posted, so that
it can be read off it: a member often absent from the meeting-day sheets stays away from
trainings too, and the three groups whose loans went bad are the ones whose attendance and
class fall in the last months. Some follow-ups are overdue today, one group has not been visited
for months, and one program is still running with a session planned for next week.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

import peewee as pw

from db.models import FollowUp, Group, Household, Member, Membership, SheetLine, User
from desktop import demo_data as data
from desktop.assessments import AssessmentForm, instrument, record_assessment
from desktop.auth import Actor, actor_of
from desktop.labels import WELFARE_BAND_OF
from desktop.loan_schedule import add_months
from desktop.mentoring import FollowUpForm, VisitForm, mark_follow_up_done, record_visit
from desktop.training import (
    AttendanceMark,
    ProgramForm,
    SessionForm,
    create_program,
    create_session,
    save_attendance,
)
from desktop.welfare import SurveyForm, record_survey

if TYPE_CHECKING:
    from desktop.demo import _Run

YEARS = 2
STEPS = 6  # progress steps this part counts

# The groups whose loans went bad (desktop.demo_loans): attendance falls in their last months
# and their class falls at the last assessments.
FALLING = ("KSM Maju Bersama", "KUBE Harapan Warakas", "KSP Berkah Pulo Gebang")
# A group the mentor has not visited for months, to show in the list of groups needing attention.
UNVISITED = "Pokmas Karundang Maju"
# Each group's assessment totals (of 100) at the four assessments, six months apart; the
# stages the assessor set at each lead to the stage in demo_data.
TOTALS = {
    "KUBE Melati Cilincing": (58, 63, 66, 71),
    "Pokmas Sumber Rejeki": (38, 44, 47, 52),
    "KSM Maju Bersama": (77, 72, 58, 46),
    "KUBE Harapan Warakas": (64, 67, 61, 52),
    "KSM Mekar Jaya": (72, 77, 82, 86),
    "KSP Berkah Pulo Gebang": (74, 70, 63, 57),
    "KUBE Kenanga Klender": (35, 41, 43, 48),
    "KSM Kaligandu Bangkit": (55, 61, 64, 67),
    "KUBE Mandiri Kasemen": (31, 36, 42, 49),
    "KSP Walantaka Makmur": (66, 69, 73, 75),
    "Pokmas Karundang Maju": (52, 57, 61, 63),
    "KUBE Emping Sepang Lestari": (69, 75, 81, 88),
}
STAGE_PATHS = {
    "growing": ("growing", "growing", "growing", "growing"),
    "strengthening": ("growing", "strengthening", "strengthening", "strengthening"),
    "linked": ("strengthening", "strengthening", "linked", "linked"),
    "independent": ("linked", "linked", "independent", "independent"),
}
ASSESSMENT_NOTES = {
    "up": ["Pengurus mulai rutin membuat notulen; buku kas rapi.",
           "Usaha anggota bertambah; kelompok mulai bermitra dengan kelurahan.",
           "Simpanan terkumpul rutin; angsuran lancar."],
    "down": ["Rapat jarang diadakan; banyak anggota tidak hadir.",
             "Angsuran beberapa anggota macet; buku kas tidak diisi tiga bulan.",
             "Pengurus kurang aktif; perlu pendampingan intensif."],
    "same": ["Kelompok berjalan; administrasi perlu dirapikan.",
             "Kegiatan rutin berjalan; jejaring belum bertambah."],
}

SOCIALISATION_TOPICS = ["Sosialisasi program dana bergulir", "Sosialisasi tanggung renteng",
                        "Sosialisasi BPJS Ketenagakerjaan untuk usaha mikro",
                        "Sosialisasi pencegahan pinjaman online ilegal",
                        "Sosialisasi simpanan wajib dan sukarela", "Sosialisasi perizinan NIB usaha mikro"]
TRAINING_TOPICS = ["Pelatihan pengemasan produk", "Pelatihan pemasaran lewat WhatsApp",
                   "Pelatihan menjahit lanjutan", "Pelatihan pengolahan hasil laut",
                   "Pelatihan kepemimpinan pengurus kelompok", "Pelatihan keamanan pangan PIRT"]
MENTORING_TOPICS = ["Pendampingan pembukuan kelompok", "Pendampingan rencana usaha anggota",
                    "Pendampingan penagihan angsuran", "Pendampingan rapat pengurus",
                    "Pendampingan persiapan penilaian kelompok"]
PROGRAMS = [
    # (name, planned sessions, description, cities, first month back from today, topics)
    ("Sekolah Perempuan Usaha Mikro", 8,
     "Delapan pertemuan untuk anggota perempuan: dari mengenal usaha sampai rencana usaha.",
     (data.JU,), 21,
     ["Mengenal diri dan usaha", "Menghitung modal dan keuntungan", "Mencatat kas usaha",
      "Menentukan harga jual", "Mengemas dan memasarkan produk", "Menabung untuk usaha",
      "Mengelola pinjaman", "Menyusun rencana usaha"]),
    ("Pembukuan Kelompok dan Usaha", 6,
     "Enam pertemuan bagi pengurus dan anggota: buku kas, buku simpanan, buku pinjaman.",
     (data.SRG,), 3,
     ["Buku kas harian", "Buku simpanan anggota", "Buku pinjaman dan angsuran",
      "Laporan bulanan kelompok", "Menghitung SHU sederhana", "Evaluasi dan rencana tindak lanjut"]),
]
VISIT_NOTES = ["Kelompok mengadakan rapat bulanan; kehadiran baik.",
               "Buku kas belum diisi sejak bulan lalu; bendahara sakit.",
               "Dua anggota menunggak angsuran; ketua akan berkunjung ke rumah mereka.",
               "Anggota minta pelatihan pemasaran daring.",
               "Usaha anggota ramai menjelang Lebaran; simpanan sukarela naik.",
               "Pengurus menyusun aturan kelompok tertulis.",
               "Rapat sepi; banyak anggota bekerja harian lepas."]
FOLLOW_UPS = ["Bendahara merapikan buku kas", "Ketua mengunjungi anggota yang menunggak",
              "Kelompok menyusun jadwal rapat rutin", "Pendamping membawa contoh buku simpanan",
              "Pengurus mengumpulkan fotokopi KTP anggota baru", "Kelompok membuat rencana usaha bersama",
              "Sekretaris menulis notulen rapat", "Pendamping menghubungi puskesmas untuk PIRT"]


@dataclass
class _Office:
    run: _Run
    rng: random.Random
    admin: Actor
    secretary: Actor
    groups: dict[str, Group]
    stays: dict[int, list[tuple[int, dt.date, dt.date | None]]]  # group: (member, start, end)
    away: dict[int, float]  # member: the part of meeting days missed

    @property
    def today(self) -> dt.date:
        return self.run.today

    def members_on(self, group_id: int, on: dt.date) -> list[int]:
        return [m for m, start, end in self.stays.get(group_id, ()) if start <= on and (end is None or end > on)]

    def chance(self, group: Group, member: int, on: dt.date) -> float:
        """How likely the member comes on the day."""
        base = 0.9 - 0.9 * self.away.get(member, 0.15)
        if group.name in FALLING and on >= self.today - dt.timedelta(days=100):
            base -= 0.5
        return max(0.1, min(0.97, base))


def build_development(run: _Run, admin: Actor, seed: int) -> None:
    """Write the demo's sessions, visits, assessments and surveys through the operations."""
    rng = random.Random(f"demo-development-{seed}")
    users = {u.username: actor_of(u) for u in User.select()}
    groups = {g.name: g for g in Group.select()}
    stays: dict[int, list[tuple[int, dt.date, dt.date | None]]] = defaultdict(list)
    for member, group, start, end in Membership.select(
            Membership.member, Membership.group, Membership.start_date, Membership.end_date).tuples():
        stays[group].append((member, start, end))
    office = _Office(run, rng, admin, users["sekretaris"], groups, stays, _missed_meetings())
    _programs(office)
    run.step()
    _sessions(office)
    run.step()
    _visits(office, users)
    run.step()
    _assessments(office, users)
    run.step()
    _surveys(office)
    run.step()
    _upcoming(office)
    run.step()


def _missed_meetings() -> dict[int, float]:
    """Each member's part of meeting days missed (absent or excused) on the posted sheets."""
    query = (SheetLine.select(SheetLine.member, pw.fn.COUNT(SheetLine.id),
                              pw.fn.SUM(pw.Case(None, [(SheetLine.attendance.in_(["absent", "excused"]), 1)], 0)))
             .group_by(SheetLine.member).tuples())
    return {member: missed / count for member, count, missed in query if count}


def _mark(office: _Office, session_id: int, on: dt.date, group_ids: list[int]) -> None:
    marks = []
    for group_id in group_ids:
        group = next(g for g in office.groups.values() if g.id == group_id)
        for member in office.members_on(group_id, on):
            roll, chance = office.rng.random(), office.chance(group, member, on)
            if roll < chance * 0.85:
                status = "present"
            elif roll < chance:
                status = "late"
            elif roll < chance + (1 - chance) * 0.45:
                status = "excused"
            else:
                status = "absent"
            note = office.rng.choice(["sakit", "ada hajatan keluarga", "jaga warung", "ke kampung"]) \
                if status == "excused" and office.rng.random() < 0.6 else ""
            marks.append(AttendanceMark(member, status, note))
    if marks:
        save_attendance(office.secretary, session_id, marks)


def _session(office: _Office, kind: str, topic: str, on: dt.date, group_ids: list[int],
             place: str, facilitator: str, program: int | None = None, times=("09:00", "12:00")) -> int:
    form = SessionForm(kind, topic, on, times[0], times[1], place, facilitator, program, None, group_ids)
    session_id = create_session(office.secretary, form)
    if on <= office.today:
        _mark(office, session_id, on, group_ids)
    return session_id


def _city_groups(office: _Office, city: str) -> list[Group]:
    names = [spec.name for spec in data.GROUPS if spec.city == city]
    return [office.groups[name] for name in names if name in office.groups]


def _programs(office: _Office) -> None:
    """Two programs: one finished series of eight meetings, one still running."""
    for name, planned, description, cities, back, topics in PROGRAMS:
        program = create_program(office.secretary, ProgramForm(name, planned, description))
        invited = [g for city in cities for g in _city_groups(office, city)]
        first = _weekday(add_months(office.today, -back).replace(day=12))
        for number, topic in enumerate(topics):
            on = _weekday(first + dt.timedelta(days=30 * number if planned == 8 else 21 * number))
            upcoming = on > office.today
            if upcoming:  # the next meeting of the running series is planned; the rest not yet
                on = _weekday(office.today + dt.timedelta(days=6))
            _session(office, "training", topic, on, [g.id for g in invited],
                     f"Aula Kelurahan {invited[0].kelurahan}", "Tim Pendamping Kantor", program)
            if upcoming:
                break


def _sessions(office: _Office) -> None:
    """Socialisation every four months and a training every six in each city; a mentoring
    meeting in each group every three months; each group's annual members' meeting."""
    start = office.today - dt.timedelta(days=365 * YEARS)
    for city in (data.JU, data.JT, data.SRG):
        invited = _city_groups(office, city)
        ids = [g.id for g in invited]
        place = f"Aula Kecamatan {invited[0].kecamatan}"
        for n, months in enumerate(range(0, 12 * YEARS, 4)):
            on = _weekday(add_months(start, months).replace(day=office.rng.randint(3, 25)))
            _session(office, "socialisation", SOCIALISATION_TOPICS[n % len(SOCIALISATION_TOPICS)],
                     on, ids, place, "Dinas Koperasi dan UKM", times=("13:00", "15:00"))
        for n, months in enumerate(range(2, 12 * YEARS, 6)):
            on = _weekday(add_months(start, months).replace(day=office.rng.randint(3, 25)))
            _session(office, "training", TRAINING_TOPICS[(n + len(city)) % len(TRAINING_TOPICS)],
                     on, ids, f"Balai Latihan Kerja {city}", "Balai Latihan Kerja")
    mentors = {u.id: u.full_name for u in User.select()}
    for name, group in office.groups.items():
        facilitator = mentors.get(group.mentor_id, "Pendamping")
        for n, months in enumerate(range(1, 12 * YEARS, 3)):
            on = _weekday(add_months(start, months).replace(day=office.rng.randint(3, 25)))
            if on > office.today:
                continue
            _session(office, "mentoring", MENTORING_TOPICS[n % len(MENTORING_TOPICS)], on,
                     [group.id], f"Rumah ketua {name}", facilitator, times=("15:30", "17:00"))
        for year in range(YEARS):
            on = _weekday(add_months(start, 12 * year + 11).replace(day=office.rng.randint(3, 25)))
            if on <= office.today:
                _session(office, "meeting", f"Rapat anggota tahunan {on.year}", on, [group.id],
                         f"Sekretariat {name}", "Pengurus kelompok", times=("19:30", "21:30"))


def _upcoming(office: _Office) -> None:
    """A socialisation next week, with its list to print and no attendance yet."""
    ids = [g.id for g in _city_groups(office, data.JT)]
    _session(office, "socialisation", "Sosialisasi program dana bergulir tahap berikutnya",
             _weekday(office.today + dt.timedelta(days=8)), ids, "Aula Kecamatan Jatinegara",
             "Dinas Koperasi dan UKM", times=("13:00", "15:00"))


def _visits(office: _Office, users: dict[str, Actor]) -> None:
    """Each group's mentor visits every six to ten weeks; most follow-ups are done in time,
    some late, and a few from the last months are overdue today."""
    by_id = {a.id: a for a in users.values()}
    start = office.today - dt.timedelta(days=365 * YEARS)
    for name, group in office.groups.items():
        mentor = by_id.get(group.mentor_id, office.admin)
        last = office.today - dt.timedelta(days=125 if name == UNVISITED else 4)
        on = start + dt.timedelta(days=office.rng.randint(5, 40))
        while on <= last:
            on = _weekday(on)
            members = office.members_on(group.id, on)
            met = f"Ketua, bendahara dan {max(2, len(members) // 2)} anggota"
            notes = office.rng.choice(VISIT_NOTES)
            texts = office.rng.sample(FOLLOW_UPS, office.rng.choice([1, 1, 2]))
            follow_ups = [FollowUpForm(text, on + dt.timedelta(days=office.rng.choice([14, 21, 30])))
                          for text in texts]
            visit_id = record_visit(mentor, VisitForm(group.id, on, mentor.id, met, notes, follow_ups))
            _settle(office, mentor, visit_id, on, name)
            on += dt.timedelta(days=office.rng.randint(42, 70))


def _settle(office: _Office, mentor: Actor, visit_id: int, visited: dt.date, name: str) -> None:
    """Mark the visit's follow-ups done, mostly by their day; the falling groups leave some
    undone, and the newest stay open."""
    for row in FollowUp.select().where(FollowUp.visit == visit_id):
        done = max(row.due_on + dt.timedelta(days=office.rng.choice([-10, -5, -2, 0, 3, 9])), visited)
        # The falling groups let the agreed things slide in their last months.
        undone = (name in FALLING and row.due_on >= office.today - dt.timedelta(days=120)
                  and office.rng.random() < 0.6)
        if done <= office.today - dt.timedelta(days=2) and not undone:
            mark_follow_up_done(mentor, row.id, done)


def _assessments(office: _Office, users: dict[str, Actor]) -> None:
    """Four assessments of each group, six months apart; their stages lead to its stage now."""
    areas = instrument().areas
    by_id = {a.id: a for a in users.values()}
    specs = {spec.name: spec for spec in data.GROUPS}
    for name, group in office.groups.items():
        mentor = by_id.get(group.mentor_id, office.admin)
        path = STAGE_PATHS[specs[name].stage]
        previous = None
        for n, total in enumerate(TOTALS[name]):
            on = _weekday(add_months(office.today, -21 + 6 * n).replace(day=office.rng.randint(2, 20)))
            on = min(on, office.today - dt.timedelta(days=3))
            scores = _spread(office.rng, total, [a.max_score for a in areas])
            trend = "same" if previous is None or abs(total - previous) < 3 else "up" if total > previous else "down"
            form = AssessmentForm(group.id, on, mentor.id, {a.id: s for a, s in zip(areas, scores, strict=True)},
                                  path[n], office.rng.choice(ASSESSMENT_NOTES[trend]))
            record_assessment(mentor, form)
            previous = total


def _spread(rng: random.Random, total: int, maxima: list[int]) -> list[int]:
    """Area scores, each within its range, that add up to *total*."""
    scores = [total // len(maxima)] * len(maxima)
    scores[0] += total - sum(scores)
    for _ in range(12):
        a, b = rng.sample(range(len(maxima)), 2)
        step = rng.randint(1, 3)
        if scores[a] + step <= maxima[a] and scores[b] - step >= 0:
            scores[a] += step
            scores[b] -= step
    return scores


LEVEL_ORDER = ["PS", "KS1", "KS2", "KS3", "KS3+"]


def _surveys(office: _Office) -> None:
    """A survey of most households when they joined, and again in the last months: most are
    better off now, some the same, a few worse."""
    seen: set[int] = set()
    query = (Member.select(Member.id, Member.join_date, Member.status, Household.id, Household.welfare_level)
             .join(Household, pw.JOIN.LEFT_OUTER).order_by(Member.join_date, Member.id).tuples())
    rng = office.rng
    for member, joined, status, household, level in query:
        if household is None or household in seen or not level:
            continue
        seen.add(household)
        now_level = level
        before = _step_back(rng, now_level)
        if rng.random() < 0.85:
            on = max(joined - dt.timedelta(days=rng.randint(0, 20)), dt.date(2015, 1, 5))
            record_survey(office.secretary, _survey(rng, member, on, before, earlier=True))
        if status == "active" and rng.random() < 0.8:
            on = office.today - dt.timedelta(days=rng.randint(10, 170))
            if on > joined:
                record_survey(office.secretary, _survey(rng, member, on, now_level, earlier=False))


def _step_back(rng: random.Random, level: str) -> str:
    """The level a household was at when it joined."""
    if level.startswith("D"):
        decile = int(level[1:])
        move = rng.choices([-2, -1, 0, 1], weights=[2, 4, 3, 1])[0]
        return f"D{min(10, max(1, decile + move))}"
    index = LEVEL_ORDER.index(level)
    move = rng.choices([-1, 0, 1], weights=[5, 4, 1])[0]
    return LEVEL_ORDER[min(len(LEVEL_ORDER) - 1, max(0, index + move))]


def _survey(rng: random.Random, member: int, on: dt.date, level: str, earlier: bool) -> SurveyForm:
    """A household's answers, in keeping with its welfare level: a better-off household earns
    more, lives in a better house and more often runs a business."""
    band = ("low", "medium", "high").index(WELFARE_BAND_OF[level])
    school_age = rng.choice([0, 0, 1, 1, 2, 2, 3, 4])
    in_school = school_age - (rng.choice([0, 0, 1]) if band == 0 and school_age else 0)
    income = rng.randrange(900_000 + 800_000 * band, 2_000_000 + 1_200_000 * band, 50_000)
    business = rng.choice([["none", "starting", "running", "stopped"], ["starting", "running", "running"],
                           ["running", "growing", "growing"]][band] if not earlier or band else ["none", "starting"])
    housing = rng.choice([["poor", "poor", "fair"], ["fair", "fair", "good"], ["good", "good", "fair"]][band])
    return SurveyForm(member, on, level, income, business, housing, school_age, max(0, in_school))


def _weekday(on: dt.date) -> dt.date:
    """The day, or the Monday after it when it falls on a Sunday."""
    return on + dt.timedelta(days=1) if on.weekday() == 6 else on

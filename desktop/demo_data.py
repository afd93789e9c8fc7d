"""The made-up office that the demo is built from: groups, people's names, users.

Places and their Kemendagri district codes are real, so that the demo's NIKs and KK numbers
look like the ones an office in Jakarta Utara, Jakarta Timur or Kota Serang would type in.
People, streets, foundations and companies are invented.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from desktop.auth import ADMINISTRATOR, CHAIR, MENTOR, SECRETARY, TREASURER
from desktop.nik import FEMALE

OFFICE_NAME = "Kantor Demo Pemberdayaan Masyarakat Jakarta-Serang"
OFFICE_ADDRESS = "Jl. Raya Cilincing No. 17, Kel. Cilincing, Kec. Cilincing, Jakarta Utara 14120"

# (username, full name, role, password): shown on the login screen of the demo, so kept simple.
DEMO_ACCOUNTS: list[tuple[str, str, str, str]] = [
    ("admin", "Rina Marlina", ADMINISTRATOR, "admin123"),
    ("sekretaris", "Yuli Astuti", SECRETARY, "sekretaris123"),
    ("bendahara", "Nurlela Sari", TREASURER, "bendahara123"),
    ("ketua", "Bambang Sutrisno", CHAIR, "ketua123"),
    ("pendamping", "Asep Saepudin", MENTOR, "pendamping123"),
    ("pendamping2", "Dewi Kartika", MENTOR, "pendamping123"),
    ("pendamping3", "Rudi Hartono", MENTOR, "pendamping123"),
]


@dataclass(frozen=True)
class DemoGroup:
    name: str
    kind: str  # a code of desktop.books.DEFAULT_GROUP_KINDS
    kelurahan: str
    kecamatan: str
    city: str
    region: str  # province + city + kecamatan code, the first six digits of a resident's NIK
    rt: str
    rw: str
    address: str
    streets: tuple[str, ...]  # where the members live, in the same kelurahan
    activities: str
    stage: str  # a code of desktop.labels.STAGES
    formed: dt.date
    partners: tuple[tuple[str, str], ...]  # (name, code of desktop.labels.PARTNER_KINDS)
    size: int  # members registered, founders first


JU, JT, SRG = "Jakarta Utara", "Jakarta Timur", "Kota Serang"

GROUPS: list[DemoGroup] = [
    DemoGroup("KUBE Melati Cilincing", "KUBE", "Cilincing", "Cilincing", JU, "317504", "004", "003",
              "Jl. Cilincing Lama Gg. Kenari No. 12", ("Jl. Cilincing Lama", "Gg. Kenari", "Gg. Kerang Hijau"),
              "Jahit pakaian dan permak, warung makan, kupas kerang hijau", "strengthening",
              dt.date(2016, 9, 14), (("Kelurahan Cilincing", "government"),
                                     ("Puskesmas Kecamatan Cilincing", "government")), 16),
    DemoGroup("Pokmas Sumber Rejeki", "POKMAS", "Tugu Utara", "Koja", JU, "317503", "007", "011",
              "Jl. Walang Baru No. 41", ("Jl. Walang Baru", "Gg. Mushola", "Jl. Tugu Raya"),
              "Dagang sayur keliling, gorengan, warung kelontong", "growing",
              dt.date(2022, 2, 7), (("Kelurahan Tugu Utara", "government"),), 11),
    DemoGroup("KSM Maju Bersama", "KSM", "Penjaringan", "Penjaringan", JU, "317501", "002", "017",
              "Jl. Tanah Pasir No. 8", ("Jl. Tanah Pasir", "Gg. Gedong Pompa", "Jl. Muara Baru"),
              "Dagang ikan asin, warung kopi, laundry kiloan", "linked",
              dt.date(2017, 4, 3), (("Bank BRI Unit Muara Baru", "bank"),
                                    ("Yayasan Pesisir Berdaya", "ngo")), 15),
    DemoGroup("KUBE Harapan Warakas", "KUBE", "Warakas", "Tanjung Priok", JU, "317502", "009", "005",
              "Jl. Warakas III No. 27", ("Jl. Warakas I", "Jl. Warakas III", "Gg. Kramat"),
              "Laundry kiloan, gorengan, pulsa dan token listrik", "strengthening",
              dt.date(2019, 7, 22), (("Kelurahan Warakas", "government"),
                                     ("SMK Negeri 4 Jakarta", "school")), 10),
    DemoGroup("KSM Mekar Jaya", "KSM", "Cipinang Besar Utara", "Jatinegara", JT, "317203", "010", "004",
              "Jl. Cipinang Jaya II No. 5", ("Jl. Cipinang Jaya II", "Gg. Masjid", "Jl. Kebon Pala"),
              "Kerajinan tas daur ulang, jahit konveksi rumahan", "independent",
              dt.date(2016, 11, 28), (("Yayasan Kriya Ibu Mandiri", "ngo"),
                                      ("CSR PT Sinar Kemasan Nusantara", "company"),
                                      ("Bank BRI Unit Jatinegara", "bank")), 14),
    DemoGroup("KSP Berkah Pulo Gebang", "KSP", "Pulo Gebang", "Cakung", JT, "317206", "003", "008",
              "Jl. Pulo Gebang Raya No. 63", ("Jl. Pulo Gebang Raya", "Gg. Swadaya", "Gg. Delima"),
              "Simpan pinjam anggota; bengkel motor, dagang sayur, warung kelontong", "linked",
              dt.date(2018, 5, 16), (("Koperasi Kecamatan Cakung", "government"),
                                     ("Bank BRI Unit Pulo Gebang", "bank")), 13),
    DemoGroup("KUBE Kenanga Klender", "KUBE", "Klender", "Duren Sawit", JT, "317207", "006", "002",
              "Jl. Bulak Klender No. 19", ("Jl. Bulak Klender", "Jl. Teratai Putih", "Gg. Kenanga"),
              "Warung makan, katering rumahan, kue basah", "growing",
              dt.date(2023, 8, 9), (("Suku Dinas Sosial Jakarta Timur", "government"),), 8),
    DemoGroup("KSM Kaligandu Bangkit", "KSM", "Kaligandu", "Serang", SRG, "367301", "002", "006",
              "Kp. Kaligandu No. 30", ("Kp. Kaligandu", "Kp. Kebon Jahe", "Jl. Kaligandu Raya"),
              "Jahit, gorengan, dagang sayur di Pasar Rau", "strengthening",
              dt.date(2020, 1, 20), (("Kelurahan Kaligandu", "government"),
                                     ("SMK Negeri 2 Kota Serang", "school")), 12),
    DemoGroup("KUBE Mandiri Kasemen", "KUBE", "Kasemen", "Kasemen", SRG, "367302", "001", "003",
              "Kp. Kasemen Masjid No. 4", ("Kp. Kasemen Masjid", "Kp. Pegantungan", "Jl. Raya Banten"),
              "Dagang ikan asin, warung kopi, kerupuk ikan", "growing",
              dt.date(2024, 3, 11), (("Dinas Sosial Kota Serang", "government"),), 9),
    DemoGroup("KSP Walantaka Makmur", "KSP", "Walantaka", "Walantaka", SRG, "367303", "005", "002",
              "Kp. Walantaka Girang No. 22", ("Kp. Walantaka Girang", "Kp. Pasir Peuteuy", "Kp. Kebon Cau"),
              "Simpan pinjam anggota; dagang sayur, bengkel motor, warung kelontong", "linked",
              dt.date(2017, 10, 2), (("Bank BRI Unit Walantaka", "bank"),
                                     ("Yayasan Amanah Banten Sejahtera", "ngo")), 12),
    DemoGroup("Pokmas Karundang Maju", "POKMAS", "Karundang", "Cipocok Jaya", SRG, "367305", "003", "004",
              "Jl. Karundang Raya No. 56", ("Jl. Karundang Raya", "Kp. Karundang Tegal", "Kp. Sukajaya"),
              "Kerajinan anyaman bambu, gorengan, laundry", "strengthening",
              dt.date(2021, 6, 14), (("Kelurahan Karundang", "government"),
                                     ("Puskesmas Cipocok Jaya", "government")), 14),
    DemoGroup("KUBE Emping Sepang Lestari", "KUBE", "Sepang", "Taktakan", SRG, "367306", "002", "001",
              "Kp. Sepang Tengah No. 9", ("Kp. Sepang Tengah", "Kp. Kebon Kelapa", "Jl. Raya Taktakan"),
              "Emping melinjo, warung kelontong, jahit", "independent",
              dt.date(2018, 2, 26), (("CSR PT Banten Agro Pangan", "company"),
                                     ("Dinas Koperasi dan UKM Kota Serang", "government")), 16),
]

# Where members were born, other than the city where their group is.
LOCAL_BIRTH_PLACE = {JU: "Jakarta", JT: "Jakarta", SRG: "Serang"}
BIRTH_PLACES = ["Jakarta", "Serang", "Pandeglang", "Lebak", "Bogor", "Tegal", "Brebes", "Cirebon",
                "Indramayu", "Karawang", "Tangerang", "Cilegon", "Kuningan", "Garut", "Pemalang"]

FEMALE_GIVEN = ["Siti", "Nur", "Dewi", "Rohmah", "Euis", "Iis", "Yati", "Sri", "Neneng", "Yuyun",
                "Kokom", "Enok", "Fatimah", "Maesaroh", "Lilis", "Tuti", "Sarinah", "Halimah",
                "Marni", "Romlah", "Ratna", "Yanti", "Endang", "Asih", "Ani", "Wati", "Nining",
                "Juleha", "Aminah", "Eti", "Rukmini", "Sumiati"]
FEMALE_SECOND = ["Aminah", "Rohmawati", "Sulastri", "Kurniasih", "Handayani", "Rahayu",
                 "Lestari", "Nurjanah", "Hasanah", "Suryani", "Maryati", "Sumarni", "Komariah",
                 "Fauziah", "Mardiyah", "Jubaedah", "Nurlaela", "Saodah", "Mulyati", "Sopiah",
                 "Hayati", "Rohayati", "Marlina", "Wulandari"]
MALE_GIVEN = ["Ahmad", "Asep", "Ujang", "Slamet", "Supriyadi", "Dedi", "Agus", "Budi", "Muhammad",
              "Rahmat", "Iwan", "Dadang", "Ade", "Jaenudin", "Mamat", "Sukardi", "Ridwan", "Udin",
              "Sutrisno", "Joko", "Tatang", "Encep", "Jajang", "Wahyudi", "Sarmin", "Didi"]
MALE_SECOND = ["Hidayat", "Saputra", "Setiawan", "Kurniawan", "Sudrajat", "Suherman", "Hermawan",
               "Gunawan", "Firmansyah", "Sopian", "Rohendi", "Kusnadi", "Sutisna", "Supardi",
               "Mulyana", "Nurdin", "Jaelani", "Syarifudin", "Permana", "Maulana"]

FEMALE_OCCUPATIONS = ["Pedagang sayur", "Penjahit", "Buruh cuci", "Warung kelontong",
                      "Pedagang gorengan", "Warung makan", "Pedagang kue", "Ibu rumah tangga",
                      "Buruh pabrik", "Penjual jamu", "Laundry kiloan", "Pengupas kerang",
                      "Pembuat emping", "Pedagang pakaian"]
MALE_OCCUPATIONS = ["Ojek", "Montir bengkel motor", "Nelayan", "Buruh pelabuhan",
                    "Pedagang keliling", "Tukang bangunan", "Sopir angkot", "Pedagang bakso",
                    "Satpam", "Tukang parkir"]

PHONE_PREFIXES = ["0812", "0813", "0821", "0852", "0856", "0857", "0877", "0878", "0819",
                  "0838", "0895", "0896"]

# Welfare data as field offices hold it: (levels of that scheme with their weights, source,
# first and last day of the survey). BKKBN stages and deciles never mix in one source.
WELFARE_SOURCES: list[tuple[dict[str, int], str, dt.date, dt.date]] = [
    ({"PS": 3, "KS1": 4, "KS2": 2}, "Pendataan Keluarga BKKBN 2021",
     dt.date(2021, 4, 1), dt.date(2021, 6, 30)),
    ({"PS": 2, "KS1": 4, "KS2": 3}, "Pendataan Keluarga BKKBN 2025",
     dt.date(2025, 6, 2), dt.date(2025, 8, 29)),
    ({"D1": 3, "D2": 3, "D3": 2, "D4": 1}, "Regsosek BPS 2022",
     dt.date(2022, 10, 15), dt.date(2022, 11, 14)),
    ({"D1": 2, "D2": 3, "D3": 2, "D4": 2}, "DTSEN Kemensos 2025",
     dt.date(2025, 4, 14), dt.date(2025, 7, 31)),
]
WELFARE_SOURCE_WEIGHTS = [4, 4, 1, 1]  # mostly BKKBN, some deciles

EXIT_REASONS = ["Pindah domisili ke Bekasi", "Meninggal dunia", "Mengundurkan diri",
                "Pulang kampung ke Brebes"]

# Groups whose officers changed: the first ketua is followed by another some years later.
KETUA_CHANGE_GROUPS = ["KSM Mekar Jaya"]
MOVES = 3
EXITS = 4


def random_name(rng: random.Random, sex: str) -> str:
    """A made-up name; many people, Sarinah or Mamat, go by one name."""
    given, second = (FEMALE_GIVEN, FEMALE_SECOND) if sex == FEMALE else (MALE_GIVEN, MALE_SECOND)
    name = rng.choice(given)
    return f"{name} {rng.choice(second)}" if rng.random() < 0.85 else name


def random_phone(rng: random.Random) -> str:
    """A made-up mobile number; a few members have no phone of their own."""
    if rng.random() >= 0.92:
        return ""
    prefix = rng.choice(PHONE_PREFIXES)
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(6, 9)))


# Savings history: how far back the demo's ledger goes, and when the groups meet.
SAVINGS_YEARS = 2
# Day of the month of each group's meeting, where members hand in their simpanan wajib.
MEETING_DAYS = {
    "KUBE Melati Cilincing": 5, "Pokmas Sumber Rejeki": 8, "KSM Maju Bersama": 10,
    "KUBE Harapan Warakas": 12, "KSM Mekar Jaya": 15, "KSP Berkah Pulo Gebang": 7,
    "KUBE Kenanga Klender": 20, "KSM Kaligandu Bangkit": 14, "KUBE Mandiri Kasemen": 18,
    "KSP Walantaka Makmur": 6, "Pokmas Karundang Maju": 22, "KUBE Emping Sepang Lestari": 25,
}
# Idul Fitri as the government's calendar sets it (years after 2026 as expected; a year not
# listed has no Lebaran season in the demo). Traders sell more in Ramadan and save it; families
# draw their savings in the days before Lebaran.
LEBARAN = {
    2020: dt.date(2020, 5, 24), 2021: dt.date(2021, 5, 13), 2022: dt.date(2022, 5, 2),
    2023: dt.date(2023, 4, 22), 2024: dt.date(2024, 4, 10), 2025: dt.date(2025, 3, 31),
    2026: dt.date(2026, 3, 20), 2027: dt.date(2027, 3, 10), 2028: dt.date(2028, 2, 27),
    2029: dt.date(2029, 2, 15), 2030: dt.date(2030, 2, 5), 2031: dt.date(2031, 1, 25),
    2032: dt.date(2032, 1, 14),
}
# Rice harvests around Serang (the main one in March-April, the second in August-September)
# bring the members there more money to save.
HARVEST_MONTHS = {SRG: (3, 4, 8, 9)}
SCHOOL_MONTH = 7  # the school year starts in mid-July: uniforms, books, re-registration fees
# What a member usually puts into simpanan sukarela at a time.
SUKARELA_AMOUNTS = [10_000, 20_000, 25_000, 30_000, 50_000, 50_000, 100_000, 100_000, 150_000, 200_000]
WITHDRAWAL_NOTES = ["Tambah modal usaha", "Berobat", "Keperluan keluarga", "Bayar kontrakan",
                    "Perbaikan rumah"]
LEBARAN_NOTE = "Keperluan Lebaran"
SCHOOL_NOTE = "Biaya sekolah anak"
OPENING_NOTE = "Saldo awal dari buku simpanan lama"

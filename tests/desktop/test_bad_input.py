"""Bad input at every write of the office: text far too long, the wrong type, control
characters, text that looks like SQL or like a format string, names in other scripts, absurd
numbers. Each value, typed into each field of each operation, is either refused with a message
marked for translation (beside the right field) and the books left exactly as they were, or,
where it is a legitimate value (a name in another script, a note that looks like SQL), kept
exactly as the form keeps it, with nothing else written than a plain value would write."""

from __future__ import annotations

import ast
import datetime as dt
import hashlib
import math
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from db.connection import close_database, database
from db.models import CapitalPool, FollowUp, SavingsAccount, SavingsProduct, User
from desktop import (
    assessments,
    capital,
    collection,
    groups,
    loan_products,
    loan_settings,
    loans,
    members,
    mentoring,
    officers,
    savings,
    savings_products,
    settings,
    training,
    users,
    welfare,
)
from desktop.auth import actor_of, login
from desktop.books import open_books
from desktop.errors import DomainError, NotFound, PermissionDenied, StaleRecord, ValidationErrors
from desktop.loan_queries import loan_detail
from desktop.member_queries import load_member
from desktop.money import MAX_AMOUNT
from desktop.nik import make_nik
from tests.conftest import PASSWORD, ROLE_USERS
from tests.desktop.helpers import kind_id, new_group, new_member
from tests.desktop.loan_helpers import applied, disbursed_loan, funded_pool, product_id

TODAY = dt.date.today()
SHEET_DAY = TODAY - dt.timedelta(days=3)

# The values typed into every field, by the name the report gives them.
VALUES: dict[str, Any] = {
    "10,000 characters": "Ab" * 5000,
    "a number for text": 12345,
    "1.5": 1.5,
    "None": None,
    "NUL": "Siti\x00Aminah",
    "terminal colour codes": "\x1b[31mSiti Aminah",
    "right-to-left override": "Siti \u202enimA",
    "line break": "Siti\r\nAminah",
    "tab": "Siti\tAminah",
    "SQL drop": "'; DROP TABLE member; --",
    "SQL delete": "Robert'); DELETE FROM savings_entry;--",
    "format marks": "%s %d {0} {name}",
    "Cyrillic": "Сергей",
    "Chinese": "王小明",
    "Arabic": "محمد",
    "emoji": "😀",
    "digits as text": "250000",
    "-1": -1,
    "0": 0,
    "10**20": 10**20,
    "2**63": 2**63,
    "nan": float("nan"),
    "inf": float("inf"),
}

_LINE_HIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NOTES_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


# --- what each kind of field should do with a value ------------------------------------------

REFUSED = "refused"
ACCEPTED = "accepted"


@dataclass(frozen=True)
class Kept:
    """Accepted, and this text is found in the books afterwards (exactly, or inside a note)."""

    text: str
    inside: bool = False


@dataclass(frozen=True)
class Line:
    """Free text of one line: trimmed, inner white space collapsed, up to *limit* characters."""

    limit: int
    required: bool = False
    upper: bool = False
    inside: bool = False  # kept inside a longer note (a reversal's reason after its receipt)
    where: str | tuple[str, ...] | None = None

    def expect(self, value: Any, label: str):
        if value is None:
            return REFUSED if self.required else ACCEPTED
        if not isinstance(value, str):
            return REFUSED
        kept = " ".join(value.split())
        kept = kept.upper() if self.upper else kept
        if _LINE_HIDDEN.search(kept) or len(kept) > self.limit or (self.required and not kept):
            return REFUSED
        return Kept(kept, self.inside) if kept else ACCEPTED


@dataclass(frozen=True)
class Notes:
    """Notes of several lines: line breaks and tabs kept, Windows line ends made plain."""

    limit: int = 4000
    where: str | tuple[str, ...] | None = None

    def expect(self, value: Any, label: str):
        if value is None:
            return ACCEPTED
        if not isinstance(value, str):
            return REFUSED
        kept = value.replace("\r\n", "\n").replace("\r", "\n").strip()
        if _NOTES_HIDDEN.search(kept) or len(kept) > self.limit:
            return REFUSED
        return Kept(kept) if kept else ACCEPTED


@dataclass(frozen=True)
class Number:
    """A whole number from *low* to *high* (None: not given, where *optional*)."""

    low: int
    high: int
    optional: bool = False
    where: str | tuple[str, ...] | None = None

    def expect(self, value: Any, label: str):
        if value is None:
            return ACCEPTED if self.optional else REFUSED
        whole = isinstance(value, int) and not isinstance(value, bool)
        return ACCEPTED if whole and self.low <= value <= self.high else REFUSED


@dataclass(frozen=True)
class Strict:
    """A code, a choice from a list, digits of a set form: none of the odd values fits, but the
    ones named in *accept* (kept as typed, or upper-cased)."""

    accept: tuple[str, ...] = ()
    optional: bool = False
    upper: bool = False
    where: str | tuple[str, ...] | None = None

    def expect(self, value: Any, label: str):
        if value is None:
            return ACCEPTED if self.optional else REFUSED
        if label in self.accept and isinstance(value, str):
            return Kept(value.upper() if self.upper else value)
        if label in self.accept:
            return ACCEPTED
        return REFUSED


@dataclass(frozen=True)
class Password:
    """Kept exactly as typed, 6 to 128 characters that can be typed at the login."""

    where: str | tuple[str, ...] | None = None

    def expect(self, value: Any, label: str):
        if not isinstance(value, str) or _LINE_HIDDEN.search(value) or not 6 <= len(value) <= 128:
            return REFUSED
        return ACCEPTED


CHOICE = Strict()


@dataclass
class Op:
    name: str
    role: str
    fields: dict[str, Any]
    run: Callable[[SimpleNamespace, dict[str, Any]], Any]


def arg(v: dict[str, Any], key: str, default: Any) -> Any:
    return v[key] if key in v else default


# --- the books every operation is tried on ---------------------------------------------------

def build_world(actors) -> dict[str, int]:
    """Two groups with members, savings, a disbursed group loan with a payment, a cover and a
    repayment to the group, an application waiting, a posted sheet, a program with a session,
    a visit with a follow-up, an assessment and a survey."""
    sec, tre, admin, mentor = (actors[r] for r in ("secretary", "treasurer", "administrator", "mentor"))
    group = new_group(sec, "KUBE Melati")
    siti = new_member(sec, group, "Siti Aminah")
    budi = new_member(sec, group, "Budi Santoso", sex="L", born=dt.date(1979, 8, 1))
    sukarela = (SavingsAccount.select(SavingsAccount.id).join(SavingsProduct)
                .where((SavingsAccount.member == siti) & (SavingsProduct.code == "SS")).scalar())
    entry = savings.deposit(tre, sukarela, dt.date(2025, 1, 5), 500_000)
    pool = funded_pool(actors)
    loan = disbursed_loan(actors, pool, group, [(siti, 1_000_000), (budi, 1_000_000)])
    share_of = {s.member_id: s.share_id for s in loan_detail(loan).shares}
    share_siti, share_budi = share_of[siti], share_of[budi]
    payment = loans.repay(tre, share_siti, dt.date(2025, 2, 10), 110_000)
    loans.cover_by_group(tre, share_budi, dt.date(2025, 2, 10), 100_000)
    back = loans.repay_group(tre, budi, group, dt.date(2025, 2, 15), 50_000)
    mekar = new_group(sec, "KSM Mekar")
    euis = new_member(sec, mekar, "Euis Rohmah")
    dedi = new_member(sec, mekar, "Dedi Kurnia", sex="L", born=dt.date(1980, 5, 6))
    mawar = new_group(sec, "KUBE Mawar")
    rina = new_member(sec, mawar, "Rina Wati")
    waiting = applied(actors, mawar, [(rina, 500_000)])
    sheet = collection.post_sheet(tre, mawar, SHEET_DAY, [collection.LineForm(rina, "present", 0, 10_000, 0, 0)], 10_000)
    program = training.create_program(sec, training.ProgramForm("Pelatihan Pembukuan", 8))
    session = training.create_session(sec, training.SessionForm(
        "training", "Pembukuan sederhana", SHEET_DAY, "09:00", "12:00", "Balai RW 04", "Dewi",
        program, None, [group]))
    visit = mentoring.record_visit(mentor, mentoring.VisitForm(
        group, SHEET_DAY, mentor.id, "Ketua dan bendahara", "Buku kas rapi.",
        [mentoring.FollowUpForm("Lengkapi notulen", TODAY)]))
    areas = assessments.instrument().areas
    assessment = assessments.record_assessment(mentor, assessments.AssessmentForm(
        group, SHEET_DAY, mentor.id, {a.id: 10 for a in areas}, "growing"))
    survey = welfare.record_survey(sec, welfare.SurveyForm(siti, SHEET_DAY, "KS1"))
    return dict(
        group=group, siti=siti, budi=budi, sukarela=sukarela, entry=entry, pool=pool,
        source=CapitalPool.get_by_id(pool).source_id, share_siti=share_siti, share_budi=share_budi,
        payment=payment, back=back, mekar=mekar, euis=euis, dedi=dedi, mawar=mawar, rina=rina,
        waiting=waiting, sheet=sheet, program=program, session=session, visit=visit,
        follow_up=FollowUp.get(FollowUp.visit == visit).id, assessment=assessment, survey=survey,
        first_area=areas[0].id, secretary_user=sec.id, siti_number=load_member(siti).number,
        sw=SavingsProduct.get(SavingsProduct.code == "SW").id, pb=product_id("PB"))


def role_actors() -> dict:
    return {role: actor_of(User.get(User.username == name)) for role, name in ROLE_USERS.items()}


def world_books(template_books: Path, folder: Path) -> tuple[Path, dict]:
    """The books every bad value is tried on, built once in *folder*: the file and its ids."""
    path = folder / "world.sqlite3"
    shutil.copy(template_books, path)
    open_books(path, folder / "backups")
    ids = build_world(role_actors())
    close_database()
    return path, ids


def open_copy(path: Path, folder: Path) -> None:
    """Open a fresh copy of the books at *path*, kept in *folder*."""
    copy = folder / "kantor.sqlite3"
    shutil.copy(path, copy)
    open_books(copy, folder / "backups")


@pytest.fixture(scope="module")
def world_file(template_books: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    return world_books(template_books, tmp_path_factory.mktemp("world"))


@pytest.fixture
def world(world_file, tmp_path: Path):
    path, ids = world_file
    open_copy(path, tmp_path)
    yield SimpleNamespace(**ids, actors=role_actors())
    close_database()


# --- the operations, their fields and how each is called -------------------------------------

def _member_form(w, v):
    born = dt.date(1988, 4, 9)
    values = dict(name="Wati Susanti", nik=make_nik("317504", born, "P", 7001), kk_number="",
                  sex="P", birth_place="Jakarta", birth_date=born, address="Jl. Kerang 5", rt="003",
                  rw="004", kelurahan="Cilincing", phone="081234567890", occupation="Warung",
                  household_size=4, welfare_level="KS1", welfare_source="BKKBN 2025",
                  group_id=w.group, join_date=dt.date(2022, 3, 1))
    values.update(v)
    return members.MemberForm(**values)


def _updated_member(w, v):
    form = load_member(w.budi).form
    for key, value in v.items():
        setattr(form, key, value)
    return members.update_member(w.actors["secretary"], w.budi, form)


def _group_form(w, v):
    partner = groups.PartnerForm(arg(v, "partner_name", "Puskesmas Cilincing"), arg(v, "partner_kind", "government"))
    values = dict(name="KUBE Anggrek", kind_id=kind_id(), kelurahan="Kalibaru", address="Gg. Masjid",
                  rt="001", rw="002", kecamatan="Cilincing", city="Jakarta Utara",
                  business_activities="warung, jahit", notes="Dibentuk\nlewat musyawarah.",
                  stage="growing", partners=[partner])
    values.update({k: x for k, x in v.items() if not k.startswith("partner_")})
    return groups.GroupForm(**values)


def _updated_group(w, v):
    form = groups.load_group(w.group)
    for key, value in v.items():
        setattr(form, key, value)
    return groups.update_group(w.actors["secretary"], w.group, form)


def _user_version(w) -> int:
    return User.get_by_id(w.secretary_user).version


def _loan_product_form(v):
    values = dict(code="PX", name="Pinjaman Musiman", method="flat", rate="1,5", frequency="monthly",
                  term=10, max_term=12, grace=0, admin_fee="1", first_loan_max=1_000_000,
                  max_amount=3_000_000)
    values.update(v)
    return loan_products.LoanProductForm(**values)


def _loan_settings(v):
    rules = loan_settings.LoanSettings()
    thresholds = dict(rules.thresholds)
    if "bank_first" in v:
        thresholds["bank"] = (v["bank_first"], 91, 121, 181)
    return loan_settings.LoanSettings(
        arg(v, "kolek_rule", "bank"), thresholds, arg(v, "overpayment", "refuse"),
        arg(v, "min_group_class", ""), arg(v, "min_group_age_months", 6))


def _version(loan_id: int) -> int:
    return loan_detail(loan_id).version


def _line(w, v):
    return collection.LineForm(w.euis, arg(v, "attendance", "present"), arg(v, "wajib", 0),
                               arg(v, "sukarela", 10_000), arg(v, "withdrawal", 0), arg(v, "installment", 0))


def _session_form(w, v):
    values = dict(kind="training", topic="Pemasaran", on=SHEET_DAY, starts_at="13:00", ends_at="15:00",
                  place="Aula Kelurahan", facilitator="Pak Darto", program_id=w.program, program_seq=None,
                  group_ids=[w.group], notes="Bawa contoh produk.\n\tKemasan dan harga.")
    values.update(v)
    return training.SessionForm(**values)


def _updated(load, save):
    def run(w, v):
        form = load(w)
        for key, value in v.items():
            setattr(form, key, value)
        return save(w, form)
    return run


def _visit_form(w, v):
    return mentoring.VisitForm(w.group, SHEET_DAY, w.actors["mentor"].id, arg(v, "met", "Ketua"),
                               arg(v, "notes", "Kas diperiksa.\nSaldo cocok."),
                               [mentoring.FollowUpForm(arg(v, "follow_up", "Rapat anggota"), TODAY)])


def _updated_visit(w, v):
    form = mentoring.load_visit(w.visit)
    form.met, form.notes = arg(v, "met", form.met), arg(v, "notes", form.notes)
    if "follow_up" in v:
        form.follow_ups[0].text = v["follow_up"]
    return mentoring.update_visit(w.actors["mentor"], w.visit, form)


def _assessment_form(w, v):
    areas = assessments.instrument().areas
    scores = {a.id: 10 for a in areas} | {w.first_area: arg(v, "score", 10)}
    return assessments.AssessmentForm(w.group, TODAY, w.actors["mentor"].id, scores,
                                      arg(v, "stage", "strengthening"), arg(v, "notes", "Pengurus aktif."))


def _instrument(w, v):
    current = assessments.instrument()
    first = current.areas[0]
    first.code, first.name = arg(v, "area_code", first.code), arg(v, "area_name", first.name)
    first.guidance, first.min_score = arg(v, "guidance", first.guidance), arg(v, "min_score", first.min_score)
    best = current.classes[0]
    best.code, best.name = arg(v, "class_code", best.code), arg(v, "class_name", best.name)
    best.min_total = arg(v, "min_total", best.min_total)
    return assessments.save_instrument(w.actors["administrator"], current.areas, current.classes)


def _survey(w, v):
    values = dict(member_id=w.siti, on=TODAY, level="KS2", income=1_500_000, business="running",
                  housing="fair", school_age_children=2, children_in_school=None, notes="Usaha warung.")
    values.update(v)
    return welfare.record_survey(w.actors["secretary"], welfare.SurveyForm(**values))


def _sheet(post: bool):
    def run(w, v):
        line = _line(w, v)
        counted = arg(v, "cash_counted", 10_000 if post else None)
        call = collection.post_sheet if post else collection.save_draft
        return call(w.actors["treasurer"], w.mekar, SHEET_DAY, [line], counted, arg(v, "note", "Rapat bulanan"))
    return run


NAME = Line(100, required=True)
NOTE = Line(200)
REASON = Line(150, required=True, inside=True)
AMOUNT = Number(1, MAX_AMOUNT, where="amount")
DIGITS = Strict(("digits as text",))
CODE = Strict(("digits as text",), upper=True, where="code")
# 0 is no limit; any other figure below the first-loan ceiling is refused beside that ceiling.
LARGEST_LOAN = Strict(("0",), where=("max_amount", "first_loan_max"))

OPERATIONS = [
    Op("register member", "secretary", {
        "name": NAME, "nik": Strict(optional=True), "kk_number": Strict(optional=True), "sex": CHOICE,
        "birth_place": Line(80), "address": Line(200), "rt": Strict(optional=True),
        "rw": Strict(optional=True), "kelurahan": Line(80), "phone": Strict(optional=True),
        "occupation": Line(100), "household_size": Number(1, 30, optional=True),
        "welfare_level": Strict(optional=True), "welfare_source": Line(100)},
        lambda w, v: members.register_member(w.actors["secretary"], _member_form(w, v))),
    Op("update member", "secretary", {
        "name": NAME, "address": Line(200), "kelurahan": Line(80), "occupation": Line(100),
        "phone": Strict(optional=True), "household_size": Number(1, 30, optional=True)},
        _updated_member),
    Op("record a member leaving", "secretary", {"reason": Line(200, required=True)},
       lambda w, v: members.exit_member(w.actors["secretary"], w.dedi, TODAY, arg(v, "reason", "pindah kota"),
                                        load_member(w.dedi).form.version)),
    Op("register group", "secretary", {
        "name": Line(120, required=True), "address": Line(200), "rt": Strict(optional=True),
        "rw": Strict(optional=True), "kelurahan": Line(80, required=True), "kecamatan": Line(80),
        "city": Line(80), "business_activities": Line(300), "notes": Notes(), "stage": CHOICE,
        "partner_name": Line(120, required=True, where="partners"),
        "partner_kind": Strict(where="partners")},
        lambda w, v: groups.create_group(w.actors["secretary"], _group_form(w, v))),
    Op("update group", "secretary", {
        "name": Line(120, required=True), "kelurahan": Line(80, required=True), "notes": Notes(),
        "business_activities": Line(300)}, _updated_group),
    Op("move group to a stage", "mentor", {"stage": CHOICE},
       lambda w, v: groups.set_group_stage(w.actors["mentor"], w.group, arg(v, "stage", "strengthening"))),
    Op("add group kind", "administrator", {"name": NAME, "description": Line(200)},
       lambda w, v: groups.add_group_kind(w.actors["administrator"], arg(v, "name", "Kelompok Tani"),
                                          arg(v, "description", "Petani sayur"))),
    Op("appoint officer", "secretary", {"office": CHOICE},
       lambda w, v: officers.appoint_officer(w.actors["secretary"], w.group, w.siti, arg(v, "office", "ketua"), TODAY)),
    Op("create user", "administrator", {
        "username": DIGITS, "full_name": NAME, "role": CHOICE, "password": Password()},
        lambda w, v: users.create_user(w.actors["administrator"], arg(v, "username", "kasir"),
                                       arg(v, "full_name", "Yanti Kasir"), arg(v, "role", "treasurer"),
                                       arg(v, "password", "kasir2026"))),
    Op("update user", "administrator", {"full_name": NAME, "role": CHOICE},
       lambda w, v: users.update_user(w.actors["administrator"], w.secretary_user,
                                      arg(v, "full_name", "Sri Wahyuni"), arg(v, "role", "secretary"),
                                      True, _user_version(w))),
    Op("reset a password", "administrator", {"password": Password()},
       lambda w, v: users.reset_password(w.actors["administrator"], w.secretary_user, arg(v, "password", "baru2026"))),
    Op("change own password", "secretary", {
        "old_password": Strict(), "new_password": Password()},
        lambda w, v: users.change_own_password(w.actors["secretary"], arg(v, "old_password", PASSWORD),
                                               arg(v, "new_password", "baru2026"))),
    Op("office profile", "administrator", {
        "name": Line(120, required=True), "address": Line(200), "phone": Line(30),
        "member_number_prefix": Strict()},
        lambda w, v: settings.update_office_profile(w.actors["administrator"], settings.OfficeProfile(
            arg(v, "name", "Kantor Berdaya"), arg(v, "address", "Jl. Raya 1"), arg(v, "phone", "021 555"),
            arg(v, "member_number_prefix", "AG")))),
    Op("office logo", "administrator", {"logo": Strict(optional=True)},
       lambda w, v: settings.set_office_logo(w.actors["administrator"], arg(v, "logo", None))),
    Op("create savings product", "administrator", {
        "code": CODE, "name": NAME, "kind": CHOICE, "amount": AMOUNT, "period": CHOICE},
        lambda w, v: savings_products.create_product(w.actors["administrator"], savings_products.ProductForm(
            arg(v, "code", "SPD"), arg(v, "name", "Simpanan Pendidikan"), arg(v, "kind", "wajib"),
            arg(v, "amount", 10_000), True, arg(v, "period", "month")))),
    Op("update savings product", "administrator", {"name": NAME, "amount": AMOUNT},
       _updated(lambda w: savings_products.load_product(w.sw),
                lambda w, f: savings_products.update_product(w.actors["administrator"], w.sw, f))),
    Op("create loan product", "administrator", {
        "code": CODE, "name": NAME, "method": CHOICE, "rate": Strict(), "frequency": CHOICE,
        "term": Number(1, 12), "max_term": Number(10, 260), "grace": Number(0, 24),
        "admin_fee": Strict(), "first_loan_max": Number(0, 3_000_000),
        "max_amount": LARGEST_LOAN},
        lambda w, v: loan_products.create_loan_product(w.actors["administrator"], _loan_product_form(v))),
    Op("update loan product", "administrator", {"name": NAME, "rate": Strict(), "max_amount": LARGEST_LOAN},
       _updated(lambda w: loan_products.load_loan_product(w.pb),
                lambda w, f: loan_products.update_loan_product(w.actors["administrator"], w.pb, f))),
    Op("lending rules", "administrator", {
        "kolek_rule": CHOICE, "bank_first": Number(1, 90, where="thresholds.bank"),
        "overpayment": CHOICE, "min_group_class": CHOICE, "min_group_age_months": Number(0, 600)},
        lambda w, v: loan_settings.update_loan_settings(w.actors["administrator"], _loan_settings(v))),
    Op("apply for a loan", "secretary", {
        "purpose": Line(200), "term": Number(1, 12), "amount": Number(10_000, 1_000_000, where="shares")},
        lambda w, v: loans.apply_for_loan(w.actors["secretary"], loans.LoanApplication(
            w.pb, w.mekar, [(w.euis, arg(v, "amount", 500_000))], arg(v, "term", 10),
            arg(v, "purpose", "modal warung"), TODAY))),
    Op("approve a loan", "chair", {"note": NOTE},
       lambda w, v: loans.approve_loan(w.actors["chair"], w.waiting, _version(w.waiting), TODAY, arg(v, "note", "layak"))),
    Op("reject a loan", "chair", {"reason": Line(200, required=True)},
       lambda w, v: loans.reject_loan(w.actors["chair"], w.waiting, _version(w.waiting), arg(v, "reason", "usaha belum jalan"), TODAY)),
    Op("cancel an application", "secretary", {"reason": Line(200, required=True)},
       lambda w, v: loans.cancel_application(w.actors["secretary"], w.waiting, _version(w.waiting), arg(v, "reason", "tidak jadi"))),
    Op("repay", "treasurer", {"amount": Number(1, 100_000, where="amount"), "method": CHOICE, "note": NOTE},
       lambda w, v: loans.repay(w.actors["treasurer"], w.share_siti, TODAY, arg(v, "amount", 10_000),
                                arg(v, "method", "cash"), arg(v, "note", "angsuran"))),
    Op("pay off", "treasurer", {"amount": Strict(where="amount"), "note": NOTE},
       lambda w, v: loans.pay_off(w.actors["treasurer"], w.share_siti, TODAY,
                                  arg(v, "amount", loans.payoff_amount(w.share_siti, TODAY)), "cash",
                                  arg(v, "note", "pelunasan"))),
    Op("group covers an installment", "treasurer", {"amount": Number(1, 100_000, where="amount"), "note": NOTE},
       lambda w, v: loans.cover_by_group(w.actors["treasurer"], w.share_budi, TODAY, arg(v, "amount", 10_000),
                                         "cash", arg(v, "note", "tanggung renteng"))),
    Op("member pays the group back", "treasurer", {"amount": Number(1, 50_000, where="amount"), "note": NOTE},
       lambda w, v: loans.repay_group(w.actors["treasurer"], w.budi, w.group, TODAY,
                                      arg(v, "amount", 10_000), arg(v, "note", "cicilan"))),
    Op("reverse a loan payment", "treasurer", {"reason": REASON},
       lambda w, v: loans.reverse_payment(w.actors["treasurer"], w.payment, arg(v, "reason", "salah ketik"))),
    Op("reverse a repayment to the group", "treasurer", {"reason": REASON},
       lambda w, v: loans.reverse_group_repayment(w.actors["treasurer"], w.back, arg(v, "reason", "salah ketik"))),
    Op("write off", "chair", {"reason": REASON},
       lambda w, v: loans.write_off(w.actors["chair"], w.share_siti, TODAY, arg(v, "reason", "usaha bangkrut"))),
    Op("deposit", "treasurer", {"amount": AMOUNT, "method": Strict(where="method"), "note": NOTE},
       lambda w, v: savings.deposit(w.actors["treasurer"], w.sukarela, TODAY, arg(v, "amount", 25_000),
                                    arg(v, "method", "cash"), arg(v, "note", "setoran"))),
    Op("withdraw", "treasurer", {"amount": Number(1, 500_000, where="amount"), "note": NOTE},
       lambda w, v: savings.withdraw(w.actors["treasurer"], w.sukarela, TODAY, arg(v, "amount", 25_000),
                                     "cash", arg(v, "note", "penarikan"))),
    Op("reverse a savings entry", "treasurer", {"reason": REASON},
       lambda w, v: savings.reverse_entry(w.actors["treasurer"], w.entry, arg(v, "reason", "salah ketik"))),
    Op("capital source", "administrator", {"name": Line(120, required=True), "kind": CHOICE, "notes": NOTE},
       lambda w, v: capital.create_source(w.actors["administrator"], arg(v, "name", "CSR Bank Daerah"),
                                          arg(v, "kind", "csr"), arg(v, "notes", "hibah 2026"))),
    Op("capital pool", "administrator", {"name": Line(120, required=True), "notes": NOTE},
       lambda w, v: capital.create_pool(w.actors["administrator"], w.source, arg(v, "name", "Dana CSR 2026"),
                                        TODAY, arg(v, "notes", "tahap 1"))),
    Op("capital received", "administrator", {"amount": AMOUNT, "note": NOTE},
       lambda w, v: capital.receive_capital(w.actors["administrator"], w.pool, TODAY,
                                            arg(v, "amount", 1_000_000), arg(v, "note", "tahap 2"))),
    Op("collection sheet draft", "treasurer", {
        "attendance": Strict(where="attendance"), "wajib": Number(0, MAX_AMOUNT, where="wajib"),
        "sukarela": Number(0, MAX_AMOUNT, where="sukarela"),
        "withdrawal": Number(0, MAX_AMOUNT, where="withdrawal"),
        "installment": Number(0, MAX_AMOUNT, where="installment"),
        "cash_counted": Number(-MAX_AMOUNT, MAX_AMOUNT, optional=True), "note": NOTE}, _sheet(post=False)),
    Op("post a collection sheet", "treasurer", {"cash_counted": Strict(), "note": NOTE}, _sheet(post=True)),
    Op("reverse a collection sheet", "treasurer", {"reason": REASON},
       lambda w, v: collection.reverse_sheet(w.actors["treasurer"], w.sheet, arg(v, "reason", "salah kelompok"),
                                             collection.load_sheet_by_id(w.sheet).version)),
    Op("create program", "secretary", {
        "name": Line(120, required=True), "planned_sessions": Number(0, 100), "description": Notes()},
        lambda w, v: training.create_program(w.actors["secretary"], training.ProgramForm(
            arg(v, "name", "Sekolah Lapang"), arg(v, "planned_sessions", 6),
            arg(v, "description", "Enam pertemuan.\n\tSatu per bulan.")))),
    Op("update program", "secretary", {
        "name": Line(120, required=True), "planned_sessions": Number(0, 100), "description": Notes()},
        _updated(lambda w: training.load_program(w.program),
                 lambda w, f: training.update_program(w.actors["secretary"], w.program, f))),
    Op("plan a session", "secretary", {
        "kind": CHOICE, "topic": Line(200, required=True), "starts_at": Strict(),
        "ends_at": Strict(optional=True), "place": Line(200), "facilitator": Line(120),
        "program_seq": Number(2, 8, optional=True), "notes": Notes()},
        lambda w, v: training.create_session(w.actors["secretary"], _session_form(w, v))),
    Op("change a session", "secretary", {"topic": Line(200, required=True), "place": Line(200), "notes": Notes()},
       _updated(lambda w: training.load_session(w.session),
                lambda w, f: training.update_session(w.actors["secretary"], w.session, f))),
    Op("attendance on the grid", "secretary", {"status": Strict(where="status"), "note": NOTE},
       lambda w, v: training.save_attendance(w.actors["secretary"], w.session, [training.AttendanceMark(
           w.siti, arg(v, "status", "present"), arg(v, "note", "datang bersama anak"))])),
    Op("attendance by card", "secretary", {"scanned": Strict(where="scan")},
       lambda w, v: training.scan_attendance(w.actors["secretary"], w.session, arg(v, "scanned", w.siti_number),
                                             dt.datetime.combine(SHEET_DAY, dt.time(9, 5)))),
    Op("record a visit", "mentor", {
        "met": Line(300), "notes": Notes(), "follow_up": Line(300, required=True, where="follow_ups")},
        lambda w, v: mentoring.record_visit(w.actors["mentor"], _visit_form(w, v))),
    Op("change a visit", "mentor", {
        "met": Line(300), "notes": Notes(), "follow_up": Line(300, required=True, where="follow_ups")},
        _updated_visit),
    Op("mark a follow-up done", "mentor", {"note": NOTE},
       lambda w, v: mentoring.mark_follow_up_done(w.actors["mentor"], w.follow_up, TODAY, arg(v, "note", "sudah rapat"))),
    Op("record an assessment", "mentor", {
        "score": Number(0, 20, where="scores"), "stage": CHOICE, "notes": Notes()},
        lambda w, v: assessments.record_assessment(w.actors["mentor"], _assessment_form(w, v))),
    Op("take back an assessment", "mentor", {"reason": Line(200, required=True)},
       lambda w, v: assessments.remove_assessment(w.actors["mentor"], w.assessment,
                                                  assessments.assessment_version(w.assessment), arg(v, "reason", "salah kelompok"))),
    Op("the assessment instrument", "administrator", {
        "area_code": Line(10, required=True, upper=True, where="areas"),
        "area_name": Line(100, required=True, where="areas"), "guidance": Notes(where="areas"),
        "min_score": Number(0, 19, where="areas"), "class_code": Line(10, required=True, where="classes"),
        "class_name": Line(60, where="classes"), "min_total": Strict(where="classes")}, _instrument),
    Op("welfare survey", "secretary", {
        "level": CHOICE, "income": Number(0, 1_000_000_000, optional=True),
        "business": Strict(optional=True), "housing": Strict(optional=True),
        "school_age_children": Number(0, 30, optional=True),
        "children_in_school": Number(0, 2, optional=True), "notes": Line(300)}, _survey),
    Op("take back a survey", "secretary", {"reason": Line(200, required=True, inside=True)},
       lambda w, v: welfare.remove_survey(w.actors["secretary"], w.survey, arg(v, "reason", "salah anggota"))),
]


# --- checking one attempt --------------------------------------------------------------------

def _marked_errors() -> set[str]:
    """Every message desktop/ marks for translation in the Errors context."""
    marked = set()
    for path in Path(__file__).resolve().parents[2].joinpath("desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
                    and len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args)
                    and node.args[0].value == "Errors"):
                marked.add(node.args[1].value)
    return marked


MARKED = _marked_errors()


def _tables() -> list[str]:
    return [name for (name,) in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def digest() -> str:
    """A digest of every row of every table: equal digests, equal books."""
    hasher = hashlib.sha256()
    for table in _tables():
        hasher.update(table.encode())
        for row in database.execute_sql(f'SELECT * FROM "{table}" ORDER BY rowid'):
            hasher.update(repr(row).encode("utf-8", "surrogatepass"))
    return hasher.hexdigest()


def row_counts() -> dict[str, int]:
    return {t: database.execute_sql(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in _tables()}


def times_found(text: str, inside: bool) -> int:
    """How many text cells of the books hold *text* (exactly, or *inside* a longer text)."""
    found = 0
    for table in _tables():
        for column in database.execute_sql(f'PRAGMA table_info("{table}")').fetchall():
            name, kind = column[1], (column[2] or "").upper()
            if "CHAR" not in kind and "TEXT" not in kind:
                continue
            condition = f'instr("{name}", ?) > 0' if inside else f'"{name}" = ?'
            found += database.execute_sql(f'SELECT COUNT(*) FROM "{table}" WHERE {condition}', (text,)).fetchone()[0]
    return found


@dataclass
class Tally:
    operations: int = 0
    fields: int = 0
    attempts: int = 0
    refused: int = 0
    kept: int = 0
    problems: list[str] = field(default_factory=list)


def _refusal_problems(exc: DomainError, where: str | tuple[str, ...]) -> list[str]:
    problems = []
    if isinstance(exc, StaleRecord | NotFound | PermissionDenied):
        problems.append(f"refused for another reason: {exc.message}")
    errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
    for error in errors:
        if error.message not in MARKED:
            problems.append(f"message not marked for translation: {error.message!r}")
        error.message.format(**error.params)  # the placeholders are all given
    places = {where} if isinstance(where, str) else set(where)
    if not places & {e.field for e in errors}:
        problems.append(f"no message beside {where}: {[(e.field, str(e)) for e in errors]}")
    return problems


def _attempt(call: Callable[[], Any]) -> tuple[Any, str, dict[str, int], dict[str, int]]:
    """Run *call* in a transaction that is rolled back afterwards: (result or refusal, whether
    the books are unchanged, row counts before, row counts after)."""
    with database.atomic() as txn:
        before, counts = digest(), row_counts()
        try:
            outcome: Any = call()
        except DomainError as exc:
            outcome = exc
        same = digest() == before
        after = row_counts()
        txn.rollback()
    return outcome, same, counts, after


def _try(w, op: Op, key: str, kind: Any, label: str, value: Any, reference: dict[str, int]) -> list[str]:
    expected = kind.expect(value, label)
    searched = expected.text if isinstance(expected, Kept) else None
    found: list[int] = []

    def call():
        if searched is not None:
            found.append(times_found(searched, expected.inside))
        result = op.run(w, {key: value})
        if searched is not None:
            found.append(times_found(searched, expected.inside))
        return result

    outcome, same, before, after = _attempt(call)
    where = f"{op.name} / {key} / {label}"
    if isinstance(outcome, DomainError):
        if expected is not REFUSED:
            return [f"{where}: refused, expected kept: {outcome}"]
        problems = _refusal_problems(outcome, kind.where or key)
        if not same:
            problems.append("the books changed although it was refused")
        return [f"{where}: {p}" for p in problems]
    if expected is REFUSED:
        return [f"{where}: accepted, expected a refusal"]
    problems = []
    delta = {t: after[t] - before[t] for t in after}
    if delta != reference:
        problems.append(f"wrote other rows than a plain value: {delta} != {reference}")
    if searched is not None and found[1] <= found[0]:
        problems.append(f"{searched!r} is not found in the books as kept")
    return [f"{where}: {p}" for p in problems]


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.name for op in OPERATIONS])
def test_every_field_refuses_bad_input_and_keeps_odd_but_good_input(world, op: Op):
    outcome, _same, before, after = _attempt(lambda: op.run(world, {}))
    assert not isinstance(outcome, DomainError), f"the plain call is refused: {outcome}"
    reference = {t: after[t] - before[t] for t in after}
    problems = []
    for key, kind in op.fields.items():
        for label, value in VALUES.items():
            problems += _try(world, op, key, kind, label, value, reference)
    assert problems == []


def test_the_table_covers_every_operation_and_value():
    """What the table above tries, for the record: operations, fields, values, attempts."""
    fields = sum(len(op.fields) for op in OPERATIONS)
    assert (len(OPERATIONS), fields, len(VALUES)) == (53, 168, 23)
    assert fields * len(VALUES) == 3864


def test_a_password_in_another_script_logs_in(world):
    admin = world.actors["administrator"]
    users.reset_password(admin, world.secretary_user, "Сергей王小明")
    assert login("sekretaris", "Сергей王小明").id == world.secretary_user


def test_odd_names_are_found_and_listed_as_typed(world):
    """A member named in Arabic, one whose name looks like SQL and one with format marks are
    stored as typed and found by search; the SQL did nothing."""
    from desktop.member_queries import MemberFilter, search_members

    sec = world.actors["secretary"]
    names = ["محمد", "Robert'); DELETE FROM savings_entry;--", "%s %d {0} {name}"]
    born = dt.date(1990, 2, 3)
    for serial, name in enumerate(names, 8001):
        members.register_member(sec, _member_form(world, {"name": name, "nik": make_nik("317504", born, "L", serial),
                                                          "sex": "L", "birth_date": born}))
    for name in names:
        rows = search_members(MemberFilter(text=name))
        assert [row[2] for row in rows] == [name]
    assert database.execute_sql("SELECT COUNT(*) FROM savings_entry").fetchone()[0] > 0


def test_nan_and_infinity_are_refused_as_amounts_with_the_amount_message(world):
    tre = world.actors["treasurer"]
    for value in (float("nan"), float("inf"), math.inf * -1, 1.5, "25000"):
        with pytest.raises(DomainError) as caught:
            savings.deposit(tre, world.sukarela, TODAY, value)
        assert (caught.value.field, str(caught.value)) == ("amount", "Enter an amount above zero, in whole rupiah.")
    with pytest.raises(DomainError) as caught:
        savings.deposit(tre, world.sukarela, TODAY, 10**20)
    assert str(caught.value) == "The amount is too large for one posting; check the figures."

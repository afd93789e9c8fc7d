"""Group assessments: the office's instrument (areas with a score range and guidance, and the
classes a total earns), each assessment with its scores, and the group's class and stage over
time.

An assessment keeps each area's name and range as they were on the day, so editing the
instrument later changes no past class.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from db.models import (
    Assessment,
    AssessmentArea,
    AssessmentClass,
    AssessmentScore,
    Group,
    StageChange,
    User,
)
from desktop import audit
from desktop.auth import ADMINISTRATOR, MENTOR, Actor
from desktop.dates import check_not_future, is_day
from desktop.errors import DomainError, NotFound, StaleRecord, ValidationErrors, ensure_unchanged
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import STAGES
from desktop.operations import operation
from desktop.settings import get_setting
from desktop.text import (
    NOTE_LENGTH,
    NOTES_LENGTH,
    check_text,
    clean,
    clean_notes,
    is_choice,
    is_whole,
    read_text,
)

# The common shape of the programs' instruments: five areas of 0-20 points, a total of 100,
# and four classes. Indonesian, as the office writes them; the office edits them in Settings.
DEFAULT_AREAS = [
    ("ORG", "Organisasi", 0, 20,
     "Pengurus lengkap dan aktif; rapat rutin; aturan kelompok tertulis dan dipatuhi."),
    ("ADM", "Administrasi", 0, 20,
     "Buku anggota, notulen, buku kas dan buku simpanan diisi rapi dan tepat waktu."),
    ("MOD", "Permodalan", 0, 20,
     "Simpanan terkumpul rutin; angsuran lancar; modal kelompok bertambah."),
    ("USA", "Usaha produktif", 0, 20,
     "Anggota menjalankan usaha; usaha bertahan dan berkembang; pencatatan usaha sederhana."),
    ("JAR", "Jejaring", 0, 20,
     "Bekerja sama dengan pemerintah, sekolah, LSM, perusahaan atau lembaga keuangan."),
]
DEFAULT_CLASSES = [("A", "Mandiri", 80), ("B", "Maju", 60), ("C", "Berkembang", 40),
                   ("D", "Pemula", 0)]


@dataclass
class AreaForm:
    code: str
    name: str
    min_score: int
    max_score: int
    guidance: str = ""
    id: int | None = None  # None for a new area
    active: bool = True


@dataclass
class ClassForm:
    code: str
    name: str
    min_total: int


@dataclass
class Instrument:
    areas: list[AreaForm]  # active areas, in order
    classes: list[ClassForm]  # best first

    @property
    def min_total(self) -> int:
        return sum(area.min_score for area in self.areas)

    @property
    def max_total(self) -> int:
        return sum(area.max_score for area in self.areas)


def class_for_total(total: int, classes: list[ClassForm]) -> str:
    """The best class whose minimum the total reaches; the lowest class below every minimum."""
    ordered = sorted(classes, key=lambda c: c.min_total, reverse=True)
    for grade in ordered:
        if total >= grade.min_total:
            return grade.code
    return ordered[-1].code


def instrument() -> Instrument:
    areas = [AreaForm(a.code, a.name, a.min_score, a.max_score, a.guidance, a.id, a.active)
             for a in AssessmentArea.select().where(AssessmentArea.active)
             .order_by(AssessmentArea.sort_order, AssessmentArea.id)]
    classes = [ClassForm(c.code, c.name, c.min_total)
               for c in AssessmentClass.select().order_by(AssessmentClass.min_total.desc())]
    return Instrument(areas, classes)


def class_codes() -> list[str]:
    """The instrument's classes, best first."""
    return [c.code for c in instrument().classes]


def seed_instrument() -> None:
    """Give new books the default instrument; call inside a transaction."""
    if not AssessmentArea.select().exists():
        for order, (code, name, low, high, guidance) in enumerate(DEFAULT_AREAS):
            AssessmentArea.create(code=code, name=name, min_score=low, max_score=high,
                                  guidance=guidance, sort_order=order)
    if not AssessmentClass.select().exists():
        for code, name, minimum in DEFAULT_CLASSES:
            AssessmentClass.create(code=code, name=name, min_total=minimum)


AREA_CODE_LENGTH, AREA_NAME_LENGTH, CLASS_CODE_LENGTH, CLASS_NAME_LENGTH = 10, 100, 10, 60


def _instrument_texts(areas: list[AreaForm], classes: list[ClassForm], errors: list[DomainError]) -> bool:
    """Whether every code, name and guidance of the instrument is text that can be kept."""
    kinds = (("areas", areas, AREA_CODE_LENGTH, AREA_NAME_LENGTH,
              QT_TRANSLATE_NOOP("Errors", "An area's code takes at most {code} characters and its name at most {name}.")),
             ("classes", classes, CLASS_CODE_LENGTH, CLASS_NAME_LENGTH,
              QT_TRANSLATE_NOOP("Errors", "A class's code takes at most {code} characters and its name at most {name}.")))
    for field_name, rows, code_length, name_length, too_long in kinds:
        for row in rows:
            for value, limit in ((row.code, code_length), (row.name, name_length)):
                if read_text(errors, value, field_name, limit, too_long=too_long, code=code_length,
                             name=name_length) is None:
                    return False
    return all(read_text(errors, area.guidance, "areas", NOTES_LENGTH, multiline=True) is not None
               for area in areas)


def _check_areas(areas: list[AreaForm], errors: list[DomainError]) -> None:
    if not [a for a in areas if a.active]:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The instrument needs at least one area to score."), "areas"))
    codes = [clean(a.code).upper() for a in areas]
    for area, code in zip(areas, codes, strict=True):
        if not code or not clean(area.name):
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Every area needs a short code and a name."), "areas"))
        elif len(code) > AREA_CODE_LENGTH or len(clean(area.name)) > AREA_NAME_LENGTH:
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "An area's code takes at most {code} characters and its name at most {name}."), "areas", code=AREA_CODE_LENGTH, name=AREA_NAME_LENGTH))
        elif codes.count(code) > 1:
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The area code {code} is used twice. Give each area its own code."), "areas", code=code))
        elif (not is_whole(area.min_score) or not is_whole(area.max_score) or area.min_score < 0
              or area.max_score <= area.min_score or area.max_score > 1000):
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The score range of {area} must go from a lower to a higher number between 0 and 1000."), "areas", area=clean(area.name) or code))
        else:
            continue
        break


def _check_classes(areas: list[AreaForm], classes: list[ClassForm], errors: list[DomainError]) -> None:
    if len(classes) < 2:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The instrument needs at least two classes."), "classes"))
    class_codes_ = [clean(c.code) for c in classes]
    if any(not code for code in class_codes_) or len(set(class_codes_)) != len(class_codes_):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Every class needs its own short code, for example A, B, C, D."), "classes"))
    elif any(len(code) > CLASS_CODE_LENGTH or len(clean(c.name)) > CLASS_NAME_LENGTH
             for code, c in zip(class_codes_, classes, strict=True)):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "A class's code takes at most {code} characters and its name at most {name}."), "classes", code=CLASS_CODE_LENGTH, name=CLASS_NAME_LENGTH))
    wrong = next((c for c in classes if not is_whole(c.min_total) or c.min_total < 0), None)
    if wrong is not None:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The lowest total of class {code} must be a whole number, 0 or more."), "classes", code=clean(wrong.code)))
        return
    minimums = [c.min_total for c in classes]
    if len(set(minimums)) != len(minimums):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Two classes start at the same total. Give each class its own lowest total."), "classes"))
        return
    active = [a for a in areas if a.active]
    if (not active or not classes
            or not all(is_whole(a.min_score) and is_whole(a.max_score) for a in active)):
        return
    top, low = sum(a.max_score for a in active), sum(a.min_score for a in active)
    if max(minimums) > top:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "No group could reach a class that starts at {total}: the areas add up to at most {top}."), "classes", total=max(minimums), top=top))
    ordered = sorted(classes, key=lambda c: c.min_total, reverse=True)
    floor = next((i for i, c in enumerate(ordered) if c.min_total <= low), len(ordered) - 1)
    if floor < len(ordered) - 1:
        # Every total reaches the floor class, so the classes below it are never given.
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Class {code} could never be given: every total is at least {low}, which already earns class {floor}. Raise the lowest totals or remove the class."), "classes", code=clean(ordered[-1].code), low=low, floor=clean(ordered[floor].code)))


def _check_required_class(classes: list[ClassForm], errors: list[DomainError]) -> None:
    """The class the lending rules require stays: without it the rules would drop the
    requirement unseen, and any group could borrow."""
    required = get_setting("loans.min_group_class")  # kept by desktop.loan_settings
    if required and required in class_codes() and required not in [clean(c.code) for c in classes]:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Loans need class {code} or better (lending rules in Settings). Keep class {code}, or change the lending rules first."), "classes", code=required))


def _validate_instrument(areas: list[AreaForm], classes: list[ClassForm]) -> None:
    errors: list[DomainError] = []
    if not _instrument_texts(areas, classes, errors):
        raise ValidationErrors(errors)
    _check_areas(areas, errors)
    _check_classes(areas, classes, errors)
    _check_required_class(classes, errors)
    if errors:
        raise ValidationErrors(errors)


def _save_areas(areas: list[AreaForm]) -> None:
    """Write the areas in their order. An area removed is deleted, or only switched off when
    assessments used it, so that past scores keep pointing at it."""
    stored = {a for (a,) in AssessmentArea.select(AssessmentArea.id).tuples()}
    kept = {form.id for form in areas if form.id is not None}
    if kept - stored:
        raise StaleRecord()
    used = {a for (a,) in AssessmentScore.select(AssessmentScore.area).distinct().tuples()}
    gone = stored - kept
    AssessmentArea.update(active=False).where(AssessmentArea.id.in_(list(gone & used))).execute()
    AssessmentArea.delete().where(AssessmentArea.id.in_(list(gone - used))).execute()
    # Codes are set aside first, so that areas may swap codes or take the code of one removed
    # or switched off (which keeps its old code with its number after it).
    codes = [clean(form.code).upper() for form in areas]
    for area_id, code in (AssessmentArea.select(AssessmentArea.id, AssessmentArea.code)
                          .where(AssessmentArea.id.in_(list(kept)) | AssessmentArea.code.in_(codes))
                          .tuples()):
        aside = f"~{area_id}" if area_id in kept else f"{code}~{area_id}"
        AssessmentArea.update(code=aside).where(AssessmentArea.id == area_id).execute()
    for order, (form, code) in enumerate(zip(areas, codes, strict=True)):
        values = {"code": code, "name": clean(form.name), "min_score": form.min_score,
                  "max_score": form.max_score, "guidance": clean_notes(form.guidance),
                  "sort_order": order, "active": form.active}
        if form.id is None:
            AssessmentArea.create(**values)
        else:
            AssessmentArea.update(**values).where(AssessmentArea.id == form.id).execute()


@operation("settings.edit")
def save_instrument(actor: Actor, areas: list[AreaForm], classes: list[ClassForm]) -> None:
    """Replace the instrument's areas and classes. Past assessments keep their scores, totals
    and classes as they were given."""
    _validate_instrument(areas, classes)
    before = _instrument_record()
    _save_areas(areas)
    AssessmentClass.delete().execute()
    for form in classes:
        AssessmentClass.create(code=clean(form.code), name=clean(form.name), min_total=form.min_total)
    audit.record(actor, "assessment.instrument", "instrument", None, "", before, _instrument_record())


def _instrument_record() -> dict:
    current = instrument()
    return {"areas": [[a.code, a.name, a.min_score, a.max_score] for a in current.areas],
            "classes": [[c.code, c.name, c.min_total] for c in current.classes]}


@dataclass
class AssessmentForm:
    group_id: int | None = None
    on: dt.date | None = None
    assessor_id: int | None = None
    scores: dict[int, int] = field(default_factory=dict)  # area id -> score
    stage: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ScoreRow:
    area: str
    score: int
    min_score: int
    max_score: int


@dataclass(frozen=True)
class AssessmentRow:
    id: int
    on: dt.date
    assessor: str
    total: int
    max_total: int
    grade: str
    stage: str
    notes: str
    scores: tuple[ScoreRow, ...]
    previous_grade: str | None  # the class of the assessment before it, if any
    version: int = 1


def _validate_assessment(form: AssessmentForm, current: Instrument) -> None:
    errors: list[DomainError] = []
    if form.group_id is None:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the group assessed."), "group"))
    if not is_day(form.on):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the date of the assessment."), "date"))
    else:
        try:
            check_not_future(form.on)
        except DomainError as exc:
            errors.append(exc)
    if form.assessor_id is None:
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose who assessed the group."), "assessor"))
    if not is_choice(form.stage, STAGES):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the group's stage."), "stage"))
    read_text(errors, form.notes, "notes", NOTES_LENGTH, multiline=True)
    for area in current.areas:
        score = form.scores.get(area.id)  # type: ignore[arg-type]
        if score is None:
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter a score for {area}."), "scores", area=area.name))
            break
        if not is_whole(score) or not area.min_score <= score <= area.max_score:
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The score for {area} must be between {low} and {high}."), "scores", area=area.name, low=area.min_score, high=area.max_score))
            break
    if errors:
        raise ValidationErrors(errors)


@operation("assessment.record")
def record_assessment(actor: Actor, form: AssessmentForm) -> int:
    """Keep an assessment with its scores; the total earns the class. A stage different from
    the group's moves the group to it on the assessment's day."""
    current = instrument()
    if set(form.scores) - {area.id for area in current.areas}:
        raise StaleRecord(QT_TRANSLATE_NOOP("Errors", "The assessment instrument was changed while you were scoring. Close the form and open it again."))
    _validate_assessment(form, current)
    group = Group.get_or_none(Group.id == form.group_id)
    if group is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This group no longer exists."))
    if group.formed_date and form.on < group.formed_date:  # type: ignore[operator]
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "The group was formed on {date}; an assessment cannot be dated before that."), "date", date=group.formed_date.strftime("%d/%m/%Y"))
    assessor = User.get_or_none(User.id == form.assessor_id)
    if assessor is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Choose who assessed the group."), "assessor")
    if not assessor.active or assessor.role not in (MENTOR, ADMINISTRATOR):
        raise DomainError(QT_TRANSLATE_NOOP("Errors", "{name} is not an active mentor or administrator. Choose who assessed the group."), "assessor", name=assessor.full_name)
    total = sum(form.scores[area.id] for area in current.areas)  # type: ignore[index]
    grade = class_for_total(total, current.classes)
    row = Assessment.create(group=group, on=form.on, assessor=form.assessor_id, total=total,
                            max_total=current.max_total, grade=grade, stage=form.stage,
                            notes=clean_notes(form.notes), created_by=actor.id)
    AssessmentScore.insert_many([
        {"assessment": row.id, "area": area.id, "area_name": area.name,
         "min_score": area.min_score, "max_score": area.max_score,
         "score": form.scores[area.id]}  # type: ignore[index]
        for area in current.areas]).execute()
    if form.stage != stage_on(group.id, form.on):
        StageChange.create(group=group, on=form.on, stage=form.stage, assessment=row,
                           user=actor.id, note="")
        # An assessment entered late must not outrank the later ones: each keeps the stage it
        # found, so the group stays at the stage last seen.
        _restage_after(group.id, form.on + dt.timedelta(days=1))  # type: ignore[operator]
    _sync_group_stage(group)
    audit.record(actor, "assessment.record", "group", group.id, group.name, None,
                 {"assessment": row.id, "on": form.on.isoformat(), "total": total,  # type: ignore[union-attr]
                  "grade": grade, "stage": form.stage,
                  "scores": {area.code: form.scores[area.id] for area in current.areas}}  # type: ignore[index]
                 | _stage_record(group.id))
    return row.id


@operation("assessment.record")
def remove_assessment(actor: Actor, assessment_id: int, version: int, reason: str) -> None:
    """Take back an assessment entered by mistake (the audit trail keeps it), with its stage
    change."""
    row = Assessment.get_or_none(Assessment.id == assessment_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This assessment no longer exists."))
    ensure_unchanged(row.version, version)
    reason = check_text(reason, "reason", NOTE_LENGTH, required=QT_TRANSLATE_NOOP("Errors", "Say why the assessment is taken back."))
    before = audit.snapshot(row) | {"scores": [[s.area_name, s.score] for s in row.scores]}
    group = row.group
    StageChange.delete().where(StageChange.assessment == row.id).execute()
    AssessmentScore.delete().where(AssessmentScore.assessment == row.id).execute()
    row.delete_instance()
    _restage_after(group.id, row.on)
    _sync_group_stage(group)
    audit.record(actor, "assessment.remove", "group", group.id, clean(reason), before,
                 _stage_record(group.id))


def _stage_record(group_id: int) -> dict:
    """Where the group stands after an assessment moved its stages, for the audit trail."""
    return {"group_stage": Group.get_by_id(group_id).stage,
            "stages": [[s.on.isoformat(), s.stage] for s in stages_of(group_id)]}


def _restage_after(group_id: int, on: dt.date) -> None:
    """The assessments from *on* that recorded no change of their own, because they found the
    group at the stage then in force, record one now that an assessment before them was taken
    back or entered late, so the group stays at the stage each of them saw."""
    later = (Assessment.select(Assessment.id, Assessment.on, Assessment.stage, Assessment.created_by)
             .where((Assessment.group == group_id) & (Assessment.on >= on))
             .order_by(Assessment.on, Assessment.id).tuples())
    for assessment_id, day, stage, user in later:
        if stage != stage_on(group_id, day):
            StageChange.create(group=group_id, on=day, stage=stage, assessment=assessment_id,
                               user=user, note="")


def _sync_group_stage(group: Group) -> None:
    """The group's stage is the one of its latest stage change."""
    latest = (StageChange.select(StageChange.stage).where(StageChange.group == group.id)
              .order_by(StageChange.on.desc(), StageChange.id.desc()).scalar())
    if latest and latest != group.stage:
        Group.update(stage=latest, version=Group.version + 1).where(Group.id == group.id).execute()


def record_stage_change(actor: Actor, group: Group, stage: str, on: dt.date, note: str = "") -> None:
    """Note a stage change made on the group's form; call inside its operation."""
    StageChange.create(group=group, on=on, stage=stage, user=actor.id, note=note)


def stage_on(group_id: int, on: dt.date) -> str | None:
    """The group's stage as it stood at the end of a day; None before any was recorded."""
    return (StageChange.select(StageChange.stage)
            .where((StageChange.group == group_id) & (StageChange.on <= on))
            .order_by(StageChange.on.desc(), StageChange.id.desc()).scalar())


def current_class(group_id: int, on: dt.date | None = None) -> str | None:
    """The class of the group's latest assessment (the latest up to the day *on*, when given);
    None until it is assessed."""
    query = Assessment.select(Assessment.grade).where(Assessment.group == group_id)
    if on is not None:
        query = query.where(Assessment.on <= on)
    return query.order_by(Assessment.on.desc(), Assessment.id.desc()).scalar()


def latest_assessment(group_id: int) -> tuple[str, dt.date] | None:
    """The class and date of the group's latest assessment; None until it is assessed."""
    return (Assessment.select(Assessment.grade, Assessment.on).where(Assessment.group == group_id)
            .order_by(Assessment.on.desc(), Assessment.id.desc()).tuples().first())


def current_classes() -> dict[int, tuple[str, dt.date]]:
    """Every assessed group's latest class and its date, in one query."""
    latest = (Assessment.select(Assessment.group, pw.fn.MAX(Assessment.on).alias("last"))
              .group_by(Assessment.group).alias("latest"))
    rows = (Assessment.select(Assessment.group, Assessment.grade, Assessment.on, Assessment.id)
            .join(latest, on=((Assessment.group == latest.c.group_id)
                              & (Assessment.on == latest.c.last)))
            .order_by(Assessment.id).tuples())
    return {group: (grade, on) for group, grade, on, _id in rows}


def assessments_of(group_id: int) -> list[AssessmentRow]:
    """The group's assessments, oldest first, each with its scores and the class before it."""
    rows = list(Assessment.select(Assessment, User.full_name).join(User, on=Assessment.assessor == User.id)
                .where(Assessment.group == group_id).order_by(Assessment.on, Assessment.id)
                .objects())
    scores: dict[int, list[ScoreRow]] = {}
    if rows:
        for s in (AssessmentScore.select().where(AssessmentScore.assessment.in_([r.id for r in rows]))
                  .order_by(AssessmentScore.id)):
            scores.setdefault(s.assessment_id, []).append(
                ScoreRow(s.area_name, s.score, s.min_score, s.max_score))
    result: list[AssessmentRow] = []
    previous: str | None = None
    for r in rows:
        result.append(AssessmentRow(r.id, r.on, r.full_name, r.total, r.max_total, r.grade,
                                    r.stage, r.notes, tuple(scores.get(r.id, [])), previous,
                                    r.version))
        previous = r.grade
    return result


@dataclass(frozen=True)
class StageRow:
    on: dt.date
    stage: str
    note: str
    by_assessment: bool


def stages_of(group_id: int) -> list[StageRow]:
    """The group's stages over time, oldest first."""
    return [StageRow(s.on, s.stage, s.note, s.assessment_id is not None)
            for s in StageChange.select().where(StageChange.group == group_id)
            .order_by(StageChange.on, StageChange.id)]


def assessment_version(assessment_id: int) -> int:
    row = Assessment.get_or_none(Assessment.id == assessment_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This assessment no longer exists."))
    return row.version


@dataclass(frozen=True)
class GroupClassRow:
    group_id: int
    group: str
    mentor: str
    stage: str
    grade: str | None  # None until the group is assessed
    assessed_on: dt.date | None
    total: int | None
    max_total: int | None
    previous_grade: str | None


def class_overview() -> list[GroupClassRow]:
    """Every group, by name, with its stage and its latest class, the class before that, and
    when it was assessed."""
    latest: dict[int, list[tuple]] = {}
    for group, on, grade, total, top in (
            Assessment.select(Assessment.group, Assessment.on, Assessment.grade, Assessment.total,
                              Assessment.max_total)
            .order_by(Assessment.group, Assessment.on, Assessment.id).tuples()):
        latest.setdefault(group, []).append((on, grade, total, top))
    rows = []
    for group_id, name, mentor, stage in (
            Group.select(Group.id, Group.name, User.full_name, Group.stage)
            .join(User, pw.JOIN.LEFT_OUTER, on=Group.mentor == User.id)
            .order_by(Group.name_key, Group.id).tuples()):
        done = latest.get(group_id, [])
        on, grade, total, top = done[-1] if done else (None, None, None, None)
        rows.append(GroupClassRow(group_id, name, mentor or "", stage, grade, on, total, top,
                                  done[-2][1] if len(done) > 1 else None))
    return rows

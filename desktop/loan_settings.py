"""The office's lending rules that are settings: how loan quality (kolektibilitas) is graded,
what happens to money paid above what is due, and what a group needs before it may borrow.

Sources disagree on kolektibilitas, so the office chooses one of three rule sets, each with
thresholds it can edit. A class starts at its threshold: with the bank rule's default 91, a
loan 90 days overdue is Dalam Perhatian Khusus and one 91 days overdue is Kurang Lancar.

- cooperative: the cooperatives' health assessment; lateness is counted in installment periods
  (a period is 7, 14 or 30 days by the loan's frequency), so a weekly loan three weeks late and
  a monthly loan three months late stand alike.
- bank: the OJK rule, five classes by days overdue.
- program: urban PNPM's count of missed installments.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop import audit
from desktop.assessments import class_codes
from desktop.auth import Actor
from desktop.errors import DomainError, ValidationErrors
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import OVERPAYMENT_RULES
from desktop.loan_schedule import PERIOD_DAYS
from desktop.operations import operation
from desktop.settings import get_setting, put_setting
from desktop.text import is_choice, whole_between


@dataclass(frozen=True)
class RuleSet:
    code: str
    label: str
    measure: str  # periods | days | installments
    classes: tuple[str, ...]  # best first
    defaults: tuple[int, ...]  # where each class after the first starts


KOLEK_CLASSES = {
    "lancar": QT_TRANSLATE_NOOP("Labels", "Current (Lancar)"),
    "dpk": QT_TRANSLATE_NOOP("Labels", "Special mention (Dalam Perhatian Khusus)"),
    "kurang_lancar": QT_TRANSLATE_NOOP("Labels", "Substandard (Kurang Lancar)"),
    "diragukan": QT_TRANSLATE_NOOP("Labels", "Doubtful (Diragukan)"),
    "macet": QT_TRANSLATE_NOOP("Labels", "Loss (Macet)"),
}
# The words printed on paper, which is Indonesian only.
KOLEK_WORDS = {"lancar": "Lancar", "dpk": "Dalam Perhatian Khusus", "kurang_lancar": "Kurang Lancar",
               "diragukan": "Diragukan", "macet": "Macet"}

RULE_SETS = {
    "cooperative": RuleSet("cooperative", QT_TRANSLATE_NOOP("Labels", "Cooperative rule: four classes by installment periods overdue"),
                           "periods", ("lancar", "kurang_lancar", "diragukan", "macet"), (3, 6, 12)),
    "bank": RuleSet("bank", QT_TRANSLATE_NOOP("Labels", "Bank rule (OJK): five classes by days overdue"),
                    "days", ("lancar", "dpk", "kurang_lancar", "diragukan", "macet"), (1, 91, 121, 181)),
    "program": RuleSet("program", QT_TRANSLATE_NOOP("Labels", "Program rule (PNPM): four classes by missed installments"),
                       "installments", ("lancar", "kurang_lancar", "diragukan", "macet"), (1, 3, 6)),
}
MEASURE_UNITS = {
    "periods": QT_TRANSLATE_NOOP("Labels", "installment periods overdue"),
    "days": QT_TRANSLATE_NOOP("Labels", "days overdue"),
    "installments": QT_TRANSLATE_NOOP("Labels", "installments missed"),
}


@dataclass
class LoanSettings:
    kolek_rule: str = "cooperative"
    thresholds: dict[str, tuple[int, ...]] = field(
        default_factory=lambda: {code: rule.defaults for code, rule in RULE_SETS.items()})
    overpayment: str = "refuse"  # refuse | credit
    min_group_class: str = ""  # "" = not required, else a class of the instrument
    min_group_age_months: int = 0  # 0 = not required

    @property
    def rule(self) -> RuleSet:
        return RULE_SETS[self.kolek_rule]


def _thresholds(code: str) -> tuple[int, ...]:
    text = get_setting(f"loans.kolek.{code}")
    try:
        values = tuple(int(v) for v in text.split(",")) if text else ()
    except ValueError:
        values = ()
    return values if len(values) == len(RULE_SETS[code].defaults) else RULE_SETS[code].defaults


def loan_settings() -> LoanSettings:
    rule = get_setting("loans.kolek_rule")
    overpayment = get_setting("loans.overpayment")
    try:
        age = int(get_setting("loans.min_group_age_months") or 0)
    except ValueError:
        age = 0
    group_class = get_setting("loans.min_group_class")
    return LoanSettings(
        rule if rule in RULE_SETS else "cooperative",
        {code: _thresholds(code) for code in RULE_SETS},
        overpayment if overpayment in OVERPAYMENT_RULES else "refuse",
        group_class if group_class in class_codes() else "",
        max(age, 0),
    )


MAX_THRESHOLD = 10_000


def _validate(settings: LoanSettings) -> None:
    errors = []
    if not is_choice(settings.kolek_rule, RULE_SETS):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose a rule set for loan quality."), "kolek_rule"))
    thresholds = settings.thresholds if isinstance(settings.thresholds, dict) else {}
    for code, rule in RULE_SETS.items():
        values = thresholds.get(code, rule.defaults)
        values = tuple(values) if isinstance(values, tuple | list) else ()
        if (len(values) != len(rule.defaults) or not all(whole_between(v, 1, MAX_THRESHOLD) for v in values)
                or any(b <= a for a, b in zip(values, values[1:], strict=False))):
            errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "The thresholds must be whole numbers above zero, each larger than the one before."), f"thresholds.{code}"))
    if not is_choice(settings.overpayment, OVERPAYMENT_RULES):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose what happens to money paid above what is due."), "overpayment"))
    if not is_choice(settings.min_group_class, ("", *class_codes())):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose a class of the assessment instrument, or none."), "min_group_class"))
    if not whole_between(settings.min_group_age_months, 0, 600):
        errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the group's minimum age in months, from 0 to 600."), "min_group_age_months"))
    if errors:
        raise ValidationErrors(errors)


@operation("settings.edit")
def update_loan_settings(actor: Actor, settings: LoanSettings) -> None:
    """Store the lending rules; loans are graded by the new thresholds from now on."""
    _validate(settings)
    before = loan_settings()
    put_setting("loans.kolek_rule", settings.kolek_rule)
    for code in RULE_SETS:
        put_setting(f"loans.kolek.{code}", ",".join(str(v) for v in settings.thresholds.get(code, RULE_SETS[code].defaults)))
    put_setting("loans.overpayment", settings.overpayment)
    put_setting("loans.min_group_class", settings.min_group_class)
    put_setting("loans.min_group_age_months", str(settings.min_group_age_months))
    audit.record(actor, "settings.loans", "setting", None, "lending rules",
                 _plain(before), _plain(loan_settings()))


def _plain(settings: LoanSettings) -> dict:
    return {"kolek_rule": settings.kolek_rule,
            "thresholds": {k: list(v) for k, v in settings.thresholds.items()},
            "overpayment": settings.overpayment, "min_group_class": settings.min_group_class,
            "min_group_age_months": settings.min_group_age_months}


def measure(rule: RuleSet, days_overdue: int, installments_overdue: int, frequency: str) -> int:
    """The figure the rule set grades by."""
    if rule.measure == "days":
        return days_overdue
    if rule.measure == "installments":
        return installments_overdue
    return days_overdue // PERIOD_DAYS[frequency]


def classify(settings: LoanSettings, days_overdue: int, installments_overdue: int,
             frequency: str) -> str:
    """The kolektibilitas class of a loan this late, under the office's chosen rule set."""
    rule = settings.rule
    value = measure(rule, days_overdue, installments_overdue, frequency)
    grade = rule.classes[0]
    for start, name in zip(settings.thresholds[rule.code], rule.classes[1:], strict=True):
        if value >= start:
            grade = name
    return grade

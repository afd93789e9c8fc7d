"""A household welfare survey: the member asked (chosen within their group by number or name),
the welfare level and the indicators; and taking a survey back."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.dates import format_date
from desktop.errors import DomainError, ValidationErrors
from desktop.groups import group_choices
from desktop.labels import BUSINESS_STATUSES, HOUSING, WELFARE_LEVELS
from desktop.money import format_rupiah
from desktop.welfare import (
    MemberChoice,
    SurveyForm,
    SurveyRow,
    members_to_survey,
    record_survey,
    remove_survey,
    validate_survey,
)
from ui.bus import bus
from ui.i18n import label
from ui.widgets import (
    HINT_STYLE,
    DateField,
    Form,
    MoneyField,
    ReasonDialog,
    combo,
    dialog_buttons,
    make_room,
    refill,
    report,
    select_value,
)


def _count_field() -> QLineEdit:
    field = QLineEdit()
    field.setValidator(QIntValidator(0, 99, field))
    field.setMaximumWidth(60)
    field.setPlaceholderText("—")
    return field


def _count(field: QLineEdit) -> int | None:
    text = field.text().strip()
    return int(text) if text else None


class SurveyDialog(QDialog):
    """A new survey of a member's household; one operation on Save."""

    def __init__(self, actor: Actor, group_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.survey_id: int | None = None
        self.choices: dict[int, MemberChoice] = {}
        self.setWindowTitle(self.tr("New welfare survey"))
        self.setMinimumWidth(700)
        layout = QVBoxLayout(self)
        self.form = Form(QFormLayout())
        layout.addLayout(self.form.layout)
        self.group = self.form.add(self.tr("Group"), combo(group_choices(), blank=""), "group")
        self.group.setObjectName("survey_group")
        self.member = self.form.add(self.tr("Member asked"), self._member_box(), "member")
        self.household = QLabel()
        self.household.setObjectName("survey_household")
        self.household.setStyleSheet(HINT_STYLE)
        self.form.layout.addRow("", self.household)
        self.date = self.form.add(self.tr("Date of the survey"), DateField(), "date")
        self.date.setObjectName("survey_date")
        self.date.set_value(dt.date.today())
        self.level = self.form.add(self.tr("Welfare level"), combo(
            [(code, label(text)) for code, text in WELFARE_LEVELS.items()], blank=""), "level")
        self.level.setObjectName("survey_level")
        self.income = self.form.add(self.tr("Household income a month (Rp)"), MoneyField(), "income")
        self.income.setObjectName("survey_income")
        self.income.setPlaceholderText(self.tr("not asked"))
        self.business = self.form.add(self.tr("Household business"), combo(
            [(code, label(text)) for code, text in BUSINESS_STATUSES.items()], blank=self.tr("not asked")), "business")
        self.business.setObjectName("survey_business")
        self.housing = self.form.add(self.tr("Housing"), combo(
            [(code, label(text)) for code, text in HOUSING.items()], blank=self.tr("not asked")), "housing")
        self.housing.setObjectName("survey_housing")
        self.form.add(self.tr("Children of school age"), self._children_box(), "school_age_children")
        self.form.layout.addRow("", self.form.attach("children_in_school", self.in_school))
        self.notes = self.form.add(self.tr("Notes"), QLineEdit(), "notes")
        self.notes.setObjectName("survey_notes")
        self.notes.setMaxLength(300)
        layout.addWidget(dialog_buttons(self, self.tr("Save the survey")))
        self.group.currentIndexChanged.connect(lambda *_: self._group_chosen())
        self.member.currentIndexChanged.connect(lambda *_: self._member_chosen())
        self.member.editTextChanged.connect(lambda *_: self._member_chosen())
        select_value(self.group, group_id)
        self._group_chosen()
        (self.group if group_id is None else self.member).setFocus()

    def _member_box(self) -> QComboBox:
        box = QComboBox()
        box.setObjectName("survey_member")
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.lineEdit().setPlaceholderText(self.tr("Member number or name"))
        completer = box.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return box

    def _children_box(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.school_age = _count_field()
        self.school_age.setObjectName("survey_school_age")
        self.in_school = _count_field()
        self.in_school.setObjectName("survey_in_school")
        row.addWidget(self.school_age)
        row.addWidget(QLabel(self.tr("of whom in school")))
        row.addWidget(self.in_school)
        row.addStretch(1)
        return box

    def _group_chosen(self) -> None:
        group_id = self.group.currentData()
        members = members_to_survey(group_id) if group_id is not None else []
        self.choices = {m.id: m for m in members}
        refill(self.member, [(m.id, f"{m.number} — {m.name}") for m in members])
        self.member.setCurrentIndex(-1)
        self.member.clearEditText()
        self._member_chosen()

    def _member_chosen(self) -> None:
        choice = self.choices.get(self.member_id())
        if choice is None:
            self.household.setText("")
        elif choice.level:
            self.household.setText(self.tr("Household now: {level} — {source}").format(
                level=label(WELFARE_LEVELS.get(choice.level, choice.level)), source=choice.source))
        else:
            self.household.setText(self.tr("No welfare level is recorded for the household yet."))

    def member_id(self) -> int | None:
        """The member chosen from the list, or whose number or name was typed in full."""
        text = self.member.currentText().strip().casefold()
        if not text:
            return None
        index = self.member.currentIndex()
        if index >= 0 and self.member.itemText(index).casefold() == text:
            return self.member.itemData(index)
        matches = [m.id for m in self.choices.values()
                   if text in (m.number.casefold(), m.name.casefold(), f"{m.number} — {m.name}".casefold())]
        return matches[0] if len(matches) == 1 else None

    def _read(self) -> tuple[SurveyForm, list[DomainError]]:
        errors: list[DomainError] = []
        on = income = None
        try:
            on = self.date.required_value("date")
        except DomainError as exc:
            errors.append(exc)
        try:
            income = self.income.value()
        except DomainError as exc:
            exc.field = "income"
            errors.append(exc)
        form = SurveyForm(self.member_id(), on, self.level.currentData() or "", income,
                          self.business.currentData() or "", self.housing.currentData() or "",
                          _count(self.school_age), _count(self.in_school), self.notes.text())
        return form, errors

    def accept(self) -> None:
        self.form.clear_errors()
        form, unreadable = self._read()
        try:
            if unreadable:
                # Show every refusal at once: what could not be read, and the rest's.
                fields = {e.field for e in unreadable}
                try:
                    validate_survey(form)
                except ValidationErrors as exc:
                    unreadable += [e for e in exc.errors if e.field not in fields]
                raise ValidationErrors(unreadable)
            self.survey_id = record_survey(self.actor, form)
        except DomainError as exc:
            report(self.form, self, exc)
            make_room(self)  # for the refusals under the fields
            return
        bus.changed.emit("welfare")
        super().accept()


class TakeBackDialog(ReasonDialog):
    """Take back a survey entered by mistake, with the reason; the household's level goes back
    to its survey before."""

    area = "welfare"

    def __init__(self, actor: Actor, row: SurveyRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.row = actor, row
        what = self.tr("<b>{name}</b> ({number}) — survey of {date}: {level}").format(
            name=escape(row.name), number=row.number, date=format_date(row.on),
            level=escape(label(WELFARE_LEVELS.get(row.level, row.level))))
        if row.income is not None:
            what += ", " + self.tr("income {income} a month").format(income=format_rupiah(row.income))
        self.build(
            self.tr("Take back a survey"), what + ".", "take_back_what",
            self.tr("The survey is removed; the audit trail keeps it with the reason. "
                    "The household's welfare level goes back to its survey before."),
            self.tr("for example: entered for the wrong member"),
            self.tr("Take the survey back"), max_length=150)

    def take_back(self, reason: str) -> None:
        remove_survey(self.actor, self.row.id, reason)


"""The form of a group assessment: each area of the office's instrument with its guidance and
a score within its range, the total and the class it earns shown as the scores are typed, the
stage the group is at, and notes; and taking an assessment back."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.assessments import (
    AssessmentForm,
    AssessmentRow,
    Instrument,
    class_for_total,
    instrument,
    record_assessment,
    remove_assessment,
)
from desktop.auth import Actor
from desktop.dates import format_date
from desktop.errors import DomainError
from desktop.groups import group_choices, load_group
from desktop.labels import STAGES
from desktop.mentoring import mentor_choices
from ui.bus import bus
from ui.i18n import label
from ui.widgets import (
    HINT_STYLE,
    WARNING_STYLE,
    DateField,
    Form,
    ReasonDialog,
    combo,
    dialog_buttons,
    report,
    select_value,
)

TOTAL_STYLE = "font-size: 13pt; font-weight: bold; padding: 4px 0;"


def thresholds_text(current: Instrument) -> str:
    """The classes as the office grades them, for example: A from 80 · B from 60 · D below 40."""
    parts, classes = [], current.classes
    for i, grade in enumerate(classes):
        name = f"{grade.code} ({grade.name})" if grade.name else grade.code
        if i and i == len(classes) - 1:
            parts.append(QCoreApplication.translate("AssessmentDialog", "{name} below {total}").format(
                name=name, total=classes[i - 1].min_total))
        else:
            parts.append(QCoreApplication.translate("AssessmentDialog", "{name} from {total}").format(
                name=name, total=grade.min_total))
    return " · ".join(parts)


class AssessmentDialog(QDialog):
    """Records an assessment of a group; one operation on Save."""

    def __init__(self, actor: Actor, group_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.instrument = instrument()
        self.assessment_id: int | None = None
        self.setWindowTitle(self.tr("New assessment"))
        layout = QVBoxLayout(self)
        self.form = Form(QFormLayout())
        self.group = self.form.add(self.tr("Group"), combo(group_choices(), blank=""), "group")
        self.group.setObjectName("assessment_group")
        self.date = self.form.add(self.tr("Date of the assessment"), DateField(), "date")
        self.date.setObjectName("assessment_date")
        self.date.setMaximumWidth(160)
        self.date.set_value(dt.date.today())
        self.assessor = self.form.add(self.tr("Assessed by"), combo(mentor_choices(), blank=""), "assessor")
        self.assessor.setObjectName("assessment_assessor")
        select_value(self.assessor, actor.id)
        layout.addLayout(self.form.layout)
        layout.addWidget(self._scores_box(), 1)
        layout.addLayout(self._result())
        layout.addWidget(dialog_buttons(self, self.tr("Save")))
        self.group.currentIndexChanged.connect(lambda *_: self._group_chosen())
        select_value(self.group, group_id)
        self._group_chosen()
        self.update_total()
        self.resize(700, 720)
        (self.spins[0] if group_id and self.spins else self.group).setFocus()

    def _scores_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Scores"))
        outer = QVBoxLayout(box)
        content = QWidget()
        grid = QGridLayout(content)
        grid.setColumnStretch(0, 1)
        self.spins: list[QSpinBox] = []
        for i, area in enumerate(self.instrument.areas):
            name = QLabel(f"<b>{escape(area.name)}</b>")
            grid.addWidget(name, 2 * i, 0)
            scale = QLabel(self.tr("{low} to {high}").format(low=area.min_score, high=area.max_score))
            scale.setStyleSheet(HINT_STYLE)
            grid.addWidget(scale, 2 * i, 1)
            spin = QSpinBox()
            spin.setObjectName(f"score_{area.code}")
            # One below the range means "not scored yet", shown as a dash, so that an area
            # skipped is not taken for its lowest score.
            spin.setRange(area.min_score - 1, area.max_score)
            spin.setSpecialValueText("–")
            spin.setValue(area.min_score - 1)
            spin.setMinimumWidth(70)
            spin.valueChanged.connect(lambda *_: self.update_total())
            grid.addWidget(spin, 2 * i, 2)
            self.spins.append(spin)
            if area.guidance:
                guidance = QLabel(escape(area.guidance))
                guidance.setWordWrap(True)
                guidance.setStyleSheet(HINT_STYLE)
                grid.addWidget(guidance, 2 * i + 1, 0, 1, 3)
        grid.setRowStretch(2 * len(self.instrument.areas), 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer.addWidget(scroll)
        outer.addWidget(self.form.attach("scores", scroll))
        return box

    def _result(self) -> QFormLayout:
        layout = QFormLayout()
        self.total = QLabel()
        self.total.setObjectName("assessment_total")
        self.total.setStyleSheet(TOTAL_STYLE)
        self.missing = QLabel()
        self.missing.setObjectName("assessment_missing")
        self.missing.setStyleSheet(WARNING_STYLE)
        layout.addRow(self.total)
        layout.addRow(self.missing)
        scale = QLabel(thresholds_text(self.instrument))
        scale.setObjectName("assessment_scale")
        scale.setStyleSheet(HINT_STYLE)
        scale.setWordWrap(True)
        layout.addRow(scale)
        self.stage = self.form.add(self.tr("Stage of the group"), combo(
            [(code, label(text)) for code, text in STAGES.items()]), "stage", layout)
        self.stage.setObjectName("assessment_stage")
        self.notes = self.form.add(self.tr("Notes"), QPlainTextEdit(), "notes", layout)
        self.notes.setObjectName("assessment_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        return layout

    def _group_chosen(self) -> None:
        """The stage defaults to the group's own."""
        group_id = self.group.currentData()
        if group_id is not None:
            try:
                select_value(self.stage, load_group(group_id).stage)
            except DomainError:
                pass

    def scores(self) -> dict[int, int]:
        """The areas scored so far, by area."""
        return {area.id: spin.value() for area, spin in zip(self.instrument.areas, self.spins, strict=True)
                if spin.value() >= area.min_score}

    def update_total(self) -> None:
        scores = self.scores()
        total = sum(scores.values())
        grade = class_for_total(total, self.instrument.classes)
        name = next((c.name for c in self.instrument.classes if c.code == grade), "")
        self.total.setText(self.tr("Total {total} of {top} — class {grade}").format(
            total=total, top=self.instrument.max_total, grade=f"{grade} ({name})" if name else grade))
        missing = len(self.spins) - len(scores)
        self.missing.setText(self.tr("so far: %n area(s) still to score", "", missing) if missing else "")

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            on = self.date.value()
        except DomainError as exc:
            exc.field = "date"
            report(self.form, self, exc)
            return
        form = AssessmentForm(self.group.currentData(), on, self.assessor.currentData(), self.scores(),
                              self.stage.currentData(), self.notes.toPlainText())
        try:
            self.assessment_id = record_assessment(self.actor, form)
        except DomainError as exc:
            report(self.form, self, exc)
            return
        bus.changed.emit("assessments")
        super().accept()


class TakeBackDialog(ReasonDialog):
    """Take back an assessment entered by mistake, with the reason; the group's stage goes back
    to what it was."""

    area = "assessments"

    def __init__(self, actor: Actor, group: str, row: AssessmentRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.row = actor, row
        self.build(
            self.tr("Take back the assessment"),
            self.tr("<b>{group}</b> — assessed {date} by {assessor}: {total} of {top}, class {grade}").format(
                group=escape(group), date=format_date(row.on), assessor=escape(row.assessor),
                total=row.total, top=row.max_total, grade=escape(row.grade)),
            "take_back_header",
            self.tr("The assessment is removed from the group's history; the record of "
                    "changes keeps it with the reason. A stage it set is taken back too."),
            self.tr("for example: entered for the wrong group"), self.tr("Take back"))

    def take_back(self, reason: str) -> None:
        remove_assessment(self.actor, self.row.id, self.row.version, reason)

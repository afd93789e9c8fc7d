"""Group assessments: every group's current class and stage at a glance; a chosen group's
assessments over time with each area's score, the class it earned marked up or down against
the one before, and its stages over time; a new assessment, taking one back, and (for the
administrator) the instrument."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.assessments import (
    AssessmentRow,
    GroupClassRow,
    StageRow,
    assessments_of,
    class_codes,
    class_overview,
    stages_of,
)
from desktop.auth import Actor
from desktop.dates import format_date
from desktop.groups import group_choices
from desktop.labels import STAGES
from ui.assessment_dialog import AssessmentDialog, TakeBackDialog
from ui.bus import bus
from ui.i18n import label
from ui.instrument_dialog import InstrumentDialog
from ui.widgets import (
    Column,
    RowsModel,
    combo,
    fitted_widths,
    make_table,
    push,
    refill,
    select_value,
    set_widths,
)

UP = QColor("#1e7b34")
GRADE_COLUMN = 1  # of a group's assessments
DOWN = QColor("#b00020")


def change(grade: str | None, previous: str | None, ranks: list[str]) -> int:
    """+1 when the class is better than the one before, -1 when worse, 0 otherwise (or when
    either is not a class of the instrument any more)."""
    if grade is None or previous is None or grade not in ranks or previous not in ranks:
        return 0
    before, now = ranks.index(previous), ranks.index(grade)
    return (now < before) - (now > before)


class GradeModel(RowsModel):
    """Rows whose class column is green when the class went up and red when it went down."""

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.grade_column = -1
        self.ranks: list[str] = []

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.grade_column:
            row = self.rows[index.row()]
            moved = change(row.grade, row.previous_grade, self.ranks)
            return QBrush(UP if moved > 0 else DOWN) if moved else None
        return super().data(index, role)


class AssessmentsTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.loaded = False
        self.ranks: list[str] = []
        self.rows: list[AssessmentRow] = []
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("assessments_splitter")
        splitter.addWidget(self._overview_box())
        splitter.addWidget(self._group_area())
        splitter.setSizes([300, 300])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_assessment)
        bus.changed.connect(self._on_changed)
        self._update_buttons()

    # --- building -----------------------------------------------------------------------

    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Group")))
        self.group = combo([], blank=self.tr("(choose a group)"))
        self.group.setObjectName("assessments_group")
        self.group.setMinimumContentsLength(22)
        self.group.currentIndexChanged.connect(lambda *_: self.show_group())
        bar.addWidget(self.group)
        bar.addStretch()
        self.new_button = push(self.tr("New assessment… (Ctrl+N)"), self.new_assessment, "assessment_new")
        self.take_back_button = push(self.tr("Take back…"), self.take_back, "assessment_take_back")
        bar.addWidget(self.new_button)
        bar.addWidget(self.take_back_button)
        if self.actor.may("settings.edit"):
            bar.addWidget(push(self.tr("The instrument…"), self.edit_instrument, "instrument_edit"))
        return bar

    def _overview_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("All groups: latest class and stage"))
        column = QVBoxLayout(box)
        self.overview_model = GradeModel([
            Column(self.tr("Group"), lambda r: r.group, width=190),
            Column(self.tr("Class"), self._grade_text, lambda r: (r.grade is None, r.grade or ""), 100),
            Column(self.tr("Assessed"), lambda r: format_date(r.assessed_on), lambda r: r.assessed_on, 90),
            Column(self.tr("Total"), lambda r: f"{r.total} / {r.max_total}" if r.grade else "",
                   lambda r: r.total if r.total is not None else -1, 80, True),
            Column(self.tr("Stage"), lambda r: label(STAGES.get(r.stage, r.stage)), width=220),
            Column(self.tr("Mentor"), lambda r: r.mentor, width=150),
        ], self)
        self.overview_model.grade_column = 1
        self.overview = make_table(self.overview_model, "assessments_overview")
        self.overview.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.overview.selectionModel().currentRowChanged.connect(lambda *_: self._overview_chosen())
        column.addWidget(self.overview)
        return box

    def _group_area(self) -> QWidget:
        area = QWidget()
        column = QVBoxLayout(area)
        column.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel()
        self.header.setObjectName("assessments_header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.header)
        row = QHBoxLayout()
        self.model = GradeModel(self._assessment_columns([]), self)
        self.table = make_table(self.model, "group_assessments")
        self.table.setSortingEnabled(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        row.addWidget(self.table, 1)
        stages_box = QWidget()
        stages_box.setFixedWidth(370)
        stages = QVBoxLayout(stages_box)
        stages.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Stages over time"))
        caption.setStyleSheet("font-weight: bold;")
        stages.addWidget(caption)
        self.stages_model = RowsModel([
            Column(self.tr("From"), lambda s: format_date(s.on), width=80),
            Column(self.tr("Stage"), lambda s: label(STAGES.get(s.stage, s.stage)), width=180),
            Column(self.tr("Set by"), self._stage_source, width=90),
        ], self)
        self.stages = make_table(self.stages_model, "group_stages")
        self.stages.setSortingEnabled(False)
        # As wide as its columns, whose headings may be longer in the screen language.
        widths = sum(fitted_widths(self.stages, [c.width for c in self.stages_model.columns]))
        stages_box.setFixedWidth(max(370, widths + 2 * self.stages.frameWidth() + 4))
        stages.addWidget(self.stages)
        row.addWidget(stages_box)
        column.addLayout(row, 1)
        return area

    def _grade_text(self, row: GroupClassRow | AssessmentRow) -> str:
        if row.grade is None:
            return self.tr("not assessed")
        moved = change(row.grade, row.previous_grade, self.ranks)
        return row.grade + (" ▲" if moved > 0 else " ▼" if moved < 0 else "")

    def _stage_source(self, s: StageRow) -> str:
        if s.by_assessment:
            return self.tr("assessment")
        return s.note or self.tr("group form")

    def _assessment_columns(self, rows: list[AssessmentRow]) -> list[Column]:
        """Date and assessor, a column per area scored (areas of an older instrument too), then
        the total, the class, the stage and the notes."""
        areas: list[str] = []
        for r in rows:
            areas += [s.area for s in r.scores if s.area not in areas]
        columns = [Column(self.tr("Date"), lambda r: format_date(r.on), width=85),
                   Column(self.tr("Class"), self._grade_text, width=55),
                   Column(self.tr("Total"), lambda r: f"{r.total} / {r.max_total}", width=70, align_right=True)]
        for area in areas:
            columns.append(Column(area, lambda r, a=area: self._score(r, a), width=max(60, 7 * len(area) + 12),
                                  align_right=True))
        columns += [
            Column(self.tr("Stage"), lambda r: label(STAGES.get(r.stage, r.stage)), width=180),
            Column(self.tr("Assessed by"), lambda r: r.assessor, width=120),
            Column(self.tr("Notes"), lambda r: r.notes.replace("\n", " "), width=250),
        ]
        return columns

    @staticmethod
    def _score(row: AssessmentRow, area: str) -> str:
        score = next((s for s in row.scores if s.area == area), None)
        return f"{score.score}/{score.max_score}" if score else ""

    # --- showing ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if not self.loaded:
            self.loaded = True
            refill(self.group, group_choices(), self.tr("(choose a group)"))
        self.refresh()
        super().showEvent(event)

    def _on_changed(self, area: str) -> None:
        if not self.loaded:
            return
        if area == "groups":
            refill(self.group, group_choices(), self.tr("(choose a group)"))
        if area in ("assessments", "groups", "settings", "users"):
            self.refresh()

    def refresh(self) -> None:
        if not self.loaded:
            return
        self.ranks = class_codes()
        self.overview_model.ranks = self.model.ranks = self.ranks
        self.overview_model.set_rows(class_overview())
        header = self.overview.horizontalHeader()
        self.overview_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.show_group()

    def select_group(self, group_id: int) -> None:
        if not self.loaded:
            self.loaded = True
            refill(self.group, group_choices(), self.tr("(choose a group)"))
            self.refresh()
        select_value(self.group, group_id)

    def _overview_chosen(self) -> None:
        index = self.overview.currentIndex()
        if index.isValid():
            select_value(self.group, self.overview_model.row_at(index.row()).group_id)

    def show_group(self) -> None:
        group_id = self.group.currentData()
        if group_id is None:
            self.rows = []
            self.header.setText(self.tr("Choose a group above or in the list to see its assessments."))
            self.model.set_columns(self._assessment_columns([]), [])
            self.stages_model.set_rows([])
            self._update_buttons()
            return
        self.rows = assessments_of(group_id)
        self.model.set_columns(self._assessment_columns(self.rows), list(reversed(self.rows)))
        self.model.grade_column = GRADE_COLUMN
        set_widths(self.table, [column.width for column in self.model.columns])
        self.stages_model.set_rows(list(reversed(stages_of(group_id))))
        self.header.setText(self._describe(group_id))
        if self.rows:
            self.table.selectRow(0)
        ids = [r.group_id for r in self.overview_model.rows]
        if group_id in ids and self.overview.currentIndex().row() != ids.index(group_id):
            self.overview.selectRow(ids.index(group_id))
        self._update_buttons()

    def _describe(self, group_id: int) -> str:
        name = self.group.currentText()
        if not self.rows:
            return self.tr("<b>{group}</b> has not been assessed yet.").format(group=escape(name))
        latest = self.rows[-1]
        return self.tr("<b>{group}</b> — latest class <b>{grade}</b>, assessed {date} ({total} of {top}); "
                       "%n assessment(s), the newest first.", "", len(self.rows)).format(
            group=escape(name), grade=escape(latest.grade), date=format_date(latest.on),
            total=latest.total, top=latest.max_total)

    def current_assessment(self) -> AssessmentRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # --- steps --------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        may = self.actor.may("assessment.record")
        self.new_button.setEnabled(may)
        self.take_back_button.setEnabled(may and self.current_assessment() is not None)
        if not may:
            why = self.tr("Assessments are recorded by a mentor or the administrator.")
            self.new_button.setToolTip(why)
            self.take_back_button.setToolTip(why)

    def new_assessment(self) -> None:
        if not self.actor.may("assessment.record"):
            return
        dialog = AssessmentDialog(self.actor, self.group.currentData(), self)
        if dialog.exec():
            select_value(self.group, dialog.group.currentData())

    def take_back(self) -> None:
        row = self.current_assessment()
        if row is None or not self.actor.may("assessment.record"):
            return
        TakeBackDialog(self.actor, self.group.currentText(), row, self).exec()

    def edit_instrument(self) -> None:
        InstrumentDialog(self.actor, self).exec()

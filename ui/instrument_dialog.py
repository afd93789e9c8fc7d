"""The administrator's editor of the assessment instrument: the areas scored (code, name, score
range and guidance, in their order) and the classes a total earns (code, name, lowest total)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.assessments import AreaForm, ClassForm, instrument, save_instrument
from desktop.auth import Actor
from desktop.errors import DomainError
from ui.bus import bus
from ui.widgets import HINT_STYLE, CellTable, Form, dialog_buttons, push, report

CODE, NAME, LOW, HIGH = range(4)
MIN_TOTAL = 2
ID_ROLE = Qt.ItemDataRole.UserRole
GUIDANCE_ROLE = Qt.ItemDataRole.UserRole + 1


def _hint(text: str) -> QLabel:
    hint = QLabel(text)
    hint.setWordWrap(True)
    hint.setStyleSheet(HINT_STYLE)
    return hint


def _number(value: int) -> QTableWidgetItem:
    """A cell holding a whole number: it is edited with a spin box and right-aligned."""
    item = QTableWidgetItem()
    item.setData(Qt.ItemDataRole.EditRole, value)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(name: str, headers: list[str], widths: list[int]) -> CellTable:
    table = CellTable(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    # Typing into a cell replaces it, F2 or a double click changes it.
    table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                          | QAbstractItemView.EditTrigger.EditKeyPressed
                          | QAbstractItemView.EditTrigger.DoubleClicked)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table


class InstrumentDialog(QDialog):
    """Edits a plain copy of the instrument; one operation on Save."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("Assessment instrument"))
        self.form = Form(QFormLayout())
        layout = QVBoxLayout(self)
        layout.addWidget(_hint(self.tr("The instrument applies to assessments made from now on. Past "
                                       "assessments keep the areas, scores and classes they were given.")))
        layout.addWidget(self._areas_box(), 3)
        layout.addWidget(self._classes_box(), 2)
        layout.addWidget(dialog_buttons(self, self.tr("Save")))
        current = instrument()
        for area in current.areas:
            self._add_area(area)
        for grade in current.classes:
            self._add_class(grade)
        self.areas.itemChanged.connect(lambda *_: self.update_totals())
        self.update_totals()
        if self.areas.rowCount():
            self.areas.setCurrentCell(0, NAME)
        self.resize(760, 700)

    # --- areas --------------------------------------------------------------------------

    def _areas_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Areas scored"))
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        self.areas = _table("instrument_areas", [self.tr("Code"), self.tr("Area"), self.tr("Lowest score"),
                                                 self.tr("Highest score")], [80, 260, 100, 100])
        self.areas.currentCellChanged.connect(lambda *_: self._show_guidance())
        row.addWidget(self.areas, 1)
        buttons = QVBoxLayout()
        for text, slot, name in ((self.tr("Add an area"), self.add_area, "area_add"),
                                 (self.tr("Remove"), self.remove_area, "area_remove"),
                                 (self.tr("Move up"), lambda: self.move_area(-1), "area_up"),
                                 (self.tr("Move down"), lambda: self.move_area(1), "area_down")):
            buttons.addWidget(push(text, slot, name))
        buttons.addStretch()
        row.addLayout(buttons)
        column.addLayout(row, 1)
        self.guidance_caption = QLabel()
        column.addWidget(self.guidance_caption)
        self.guidance = QPlainTextEdit()
        self.guidance.setObjectName("area_guidance")
        self.guidance.setTabChangesFocus(True)
        self.guidance.setMaximumHeight(70)
        self.guidance.setPlaceholderText(self.tr("What the assessor looks for in this area, shown beside its score."))
        self.guidance.textChanged.connect(self._store_guidance)
        column.addWidget(self.guidance)
        self.totals = QLabel()
        self.totals.setObjectName("instrument_totals")
        self.totals.setStyleSheet("font-weight: bold;")
        column.addWidget(self.totals)
        column.addWidget(self.form.attach("areas", self.areas))
        column.addWidget(_hint(self.tr("An area already used in assessments is switched off when removed, "
                                       "so that past assessments keep it.")))
        return box

    def _add_area(self, area: AreaForm) -> int:
        row = self.areas.rowCount()
        self.areas.blockSignals(True)
        self.areas.insertRow(row)
        code = QTableWidgetItem(area.code)
        code.setData(ID_ROLE, area.id)
        code.setData(GUIDANCE_ROLE, area.guidance)
        self.areas.setItem(row, CODE, code)
        self.areas.setItem(row, NAME, QTableWidgetItem(area.name))
        self.areas.setItem(row, LOW, _number(area.min_score))
        self.areas.setItem(row, HIGH, _number(area.max_score))
        self.areas.blockSignals(False)
        return row

    def add_area(self) -> None:
        row = self._add_area(AreaForm("", "", 0, 20))
        self.update_totals()
        self.areas.setCurrentCell(row, CODE)
        self.areas.setFocus()
        self.areas.editItem(self.areas.item(row, CODE))

    def remove_area(self) -> None:
        row = self.areas.currentRow()
        if row >= 0:
            self.areas.removeRow(row)
            self.update_totals()

    def move_area(self, step: int) -> None:
        row = self.areas.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.areas.rowCount():
            return
        self.areas.blockSignals(True)
        for column in range(self.areas.columnCount()):
            here, there = self.areas.takeItem(row, column), self.areas.takeItem(other, column)
            self.areas.setItem(row, column, there)
            self.areas.setItem(other, column, here)
        self.areas.blockSignals(False)
        self.areas.setCurrentCell(other, self.areas.currentColumn())

    def _show_guidance(self) -> None:
        row = self.areas.currentRow()
        item = self.areas.item(row, CODE) if row >= 0 else None
        name = self.areas.item(row, NAME).text() if item is not None else ""
        self.guidance_caption.setText(self.tr("Guidance for {area}:").format(area=name) if item is not None else "")
        self.guidance.blockSignals(True)
        self.guidance.setPlainText(item.data(GUIDANCE_ROLE) or "" if item is not None else "")
        self.guidance.blockSignals(False)
        self.guidance.setEnabled(item is not None)

    def _store_guidance(self) -> None:
        row = self.areas.currentRow()
        if row >= 0:
            self.areas.item(row, CODE).setData(GUIDANCE_ROLE, self.guidance.toPlainText())

    def area_forms(self) -> list[AreaForm]:
        forms = []
        for row in range(self.areas.rowCount()):
            code = self.areas.item(row, CODE)
            forms.append(AreaForm(code.text(), self.areas.item(row, NAME).text(),
                                  int(self.areas.item(row, LOW).data(Qt.ItemDataRole.EditRole)),
                                  int(self.areas.item(row, HIGH).data(Qt.ItemDataRole.EditRole)),
                                  code.data(GUIDANCE_ROLE) or "", code.data(ID_ROLE)))
        return forms

    def update_totals(self) -> None:
        areas = self.area_forms()
        self.totals.setText(self.tr("%n area(s); a total runs from {low} to {high} points.", "", len(areas)).format(
            low=sum(a.min_score for a in areas), high=sum(a.max_score for a in areas)))
        if self.areas.currentRow() >= 0:
            self._show_guidance()

    # --- classes ------------------------------------------------------------------------

    def _classes_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Classes, the best first"))
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        self.classes = _table("instrument_classes", [self.tr("Code"), self.tr("Name"), self.tr("From a total of")],
                              [80, 260, 120])
        row.addWidget(self.classes, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(push(self.tr("Add a class"), self.add_class, "class_add"))
        buttons.addWidget(push(self.tr("Remove"), self.remove_class, "class_remove"))
        buttons.addStretch()
        row.addLayout(buttons)
        column.addLayout(row, 1)
        column.addWidget(self.form.attach("classes", self.classes))
        column.addWidget(_hint(self.tr("A group earns the best class whose lowest total it reaches; a total "
                                       "below every class earns the last one.")))
        return box

    def _add_class(self, grade: ClassForm) -> int:
        row = self.classes.rowCount()
        self.classes.insertRow(row)
        self.classes.setItem(row, CODE, QTableWidgetItem(grade.code))
        self.classes.setItem(row, NAME, QTableWidgetItem(grade.name))
        self.classes.setItem(row, MIN_TOTAL, _number(grade.min_total))
        return row

    def add_class(self) -> None:
        row = self._add_class(ClassForm("", "", 0))
        self.classes.setCurrentCell(row, CODE)
        self.classes.setFocus()
        self.classes.editItem(self.classes.item(row, CODE))

    def remove_class(self) -> None:
        row = self.classes.currentRow()
        if row >= 0:
            self.classes.removeRow(row)

    def class_forms(self) -> list[ClassForm]:
        return [ClassForm(self.classes.item(row, CODE).text(), self.classes.item(row, NAME).text(),
                          int(self.classes.item(row, MIN_TOTAL).data(Qt.ItemDataRole.EditRole)))
                for row in range(self.classes.rowCount())]

    # --- saving -------------------------------------------------------------------------

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            save_instrument(self.actor, self.area_forms(), self.class_forms())
        except DomainError as exc:
            report(self.form, self, exc)
            return
        bus.changed.emit("settings")
        super().accept()

"""The last step of an import: what will be imported, and every row that will not, with why."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.dates import format_date
from desktop.member_columns import FIELD_BY_KEY
from desktop.member_import import ImportPlan, ImportRow, Problem
from ui.i18n import label, message
from ui.widgets import Column, RowsModel, make_table, push

PREVIEW_ROWS = 1000  # enough to see that the columns were matched right


def field_label(key: str | None) -> str:
    field = FIELD_BY_KEY.get(key or "")
    return label(field.label) if field else ""


class CheckPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        column = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._problems_box())
        splitter.addWidget(self._ready_box())
        column.addWidget(splitter, 1)

    def _problems_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Rows that will not be imported")))
        row.addStretch()
        self.save_button = push(self.tr("Save this list…"), self.save_problems, "save_problems")
        row.addWidget(self.save_button)
        column.addLayout(row)
        self.problems = RowsModel([
            Column(self.tr("Row"), lambda p: str(p.row), lambda p: p.row, 60, True),
            Column(self.tr("Field"), lambda p: field_label(p.field), width=180),
            Column(self.tr("Problem"), lambda p: message(p.error), width=600),
        ], self)
        self.problems_table = make_table(self.problems, "import_problems")
        column.addWidget(self.problems_table)
        return box

    def _ready_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Rows ready to import")))
        self.ready = RowsModel([
            Column(self.tr("Row"), lambda r: str(r.row), lambda r: r.row, 60, True),
            Column(self.tr("Member number"), lambda r: r.number or self.tr("(new)"), width=110),
            Column(self.tr("Name"), lambda r: r.form.name, width=200),
            Column(self.tr("NIK"), lambda r: r.form.nik, width=140),
            Column(self.tr("Sex"), lambda r: r.form.sex, width=50),
            Column(self.tr("Birth date"), lambda r: format_date(r.form.birth_date), lambda r: r.form.birth_date, 100),
            Column(self.tr("Group"), self._group_name, width=180),
            Column(self.tr("Join date"), lambda r: format_date(r.form.join_date), lambda r: r.form.join_date, 100),
        ], self)
        column.addWidget(make_table(self.ready, "import_ready"))
        return box

    def _group_name(self, row: ImportRow) -> str:
        plan = self.plan
        if plan is None or not row.group_key:
            return self.tr("(chosen group)")
        new = plan.new_groups.get(row.group_key)
        return self.tr("{name} (new)").format(name=new.name) if new else row.group_name

    def show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        parts = [self.tr("%n row(s) can be imported.", "", len(plan.rows))]
        if plan.bad_rows:
            parts.append(self.tr("%n row(s) have problems and will be left out; correct them in the file and import them later.", "", plan.bad_rows))
        if plan.new_groups:
            names = ", ".join(g.name for g in plan.new_groups.values())
            parts.append(self.tr("New groups will be registered: {names}.").format(names=names))
        self.summary.setText(" ".join(parts))
        self.problems.set_rows(plan.problems)
        self.ready.set_rows(plan.rows[:PREVIEW_ROWS])
        self.save_button.setEnabled(bool(plan.problems))

    def save_problems(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the rows with problems"),
                                              "baris-bermasalah.csv", "CSV (*.csv)")
        if not path or self.plan is None:
            return
        try:
            write_problems(Path(path), self.plan.problems,
                           (self.tr("Row"), self.tr("Field"), self.tr("Problem")))
        except OSError:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr(
                "The list could not be written there. If the file is open in Excel, close it and try again."))


def write_problems(path: Path, problems: list[Problem], headers: tuple[str, str, str]) -> None:
    """The problems as a CSV the secretary can open beside the file to correct it."""
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow(headers)
        for p in problems:
            out.writerow([p.row, field_label(p.field), message(p.error)])

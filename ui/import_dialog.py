"""Importing an old member list: choose the file, match its columns, check every row, import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.errors import Cancelled, DomainError
from desktop.groups import group_choices, group_kinds
from desktop.import_values import text as cell_text
from desktop.member_columns import FIELDS, find_header_row, guess_mapping
from desktop.member_export import write_template
from desktop.member_import import ImportOptions, ImportPlan, analyse
from desktop.member_import_write import ImportResult, import_members
from desktop.spreadsheets import read_table, sheet_names
from ui.bus import bus
from ui.i18n import label, message
from ui.import_check import CheckPage
from ui.tasks import BackgroundTask
from ui.widgets import ERROR_STYLE, DateField, combo, push, show_refusal

FILE_FILTER = "Excel / CSV (*.xlsx *.xlsm *.csv *.txt)"


class ImportDialog(QDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.table: list[list[Any]] = []
        self.plan: ImportPlan | None = None
        self.task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Import members from Excel or CSV"))
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._file_page())
        self.stack.addWidget(self._columns_page())
        self.check = CheckPage(self)
        self.stack.addWidget(self.check)
        layout.addWidget(self.stack, 1)
        self.error = QLabel()
        self.error.setObjectName("import_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        layout.addLayout(self._buttons())
        self._show_step(0)

    # -- step 1: the file ---------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        intro = QLabel(self.tr(
            "Choose the Excel workbook (.xlsx) or CSV file that holds the member list. The first "
            "row with column names is found by itself; rows are checked before anything is "
            "saved. The template shows the columns Berdaya knows."))
        intro.setWordWrap(True)
        column.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("import_path")
        self.path.setReadOnly(True)
        row.addWidget(self.path, 1)
        row.addWidget(push(self.tr("Choose file…"), self.choose_file, "choose_file"))
        form.addRow(self.tr("File"), row)
        self.sheet = QComboBox()
        self.sheet.setObjectName("import_sheet")
        form.addRow(self.tr("Sheet"), self.sheet)
        column.addLayout(form)
        template = QHBoxLayout()
        template.addWidget(push(self.tr("Save the template…"), self.save_template, "save_template"))
        template.addStretch()
        column.addLayout(template)
        column.addStretch()
        return page

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the member list"), "", FILE_FILTER)
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path) -> None:
        """Take *path* as the file to import and list its sheets."""
        self.error.clear()
        self.path.setText(str(path))
        self.sheet.clear()
        try:
            self.sheet.addItems(sheet_names(path))
        except DomainError as exc:
            self.error.setText(message(exc))
        self.sheet.setEnabled(self.sheet.count() > 1)
        self._update_buttons()

    def save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the template"),
                                              "templat-anggota.xlsx", "Excel (*.xlsx)")
        if not path:
            return
        try:
            write_template(Path(path))
        except (DomainError, OSError) as exc:
            self.error.setText(message(exc) if isinstance(exc, DomainError) else str(exc))

    def _read_file(self) -> None:
        path, sheet = Path(self.path.text()), self.sheet.currentText() or None

        def work(progress, cancelled):
            return read_table(path, sheet, progress, cancelled)

        self._run(self.tr("Reading the file"), work, self._file_read)

    def _file_read(self, table: list[list[Any]]) -> None:
        self.table = table
        self.header_row.blockSignals(True)
        self.header_row.setMaximum(len(table))
        self.header_row.setValue(find_header_row(table) + 1)
        self.header_row.blockSignals(False)
        self._fill_columns()
        self._show_step(1)

    # -- step 2: the columns ------------------------------------------------------------

    def _columns_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("The column names are in row")))
        self.header_row = QSpinBox()
        self.header_row.setObjectName("header_row")
        self.header_row.setMinimum(1)
        self.header_row.valueChanged.connect(lambda *_: self._fill_columns())
        top.addWidget(self.header_row)
        top.addStretch()
        column.addLayout(top)
        self.columns = QTableWidget(0, 3)
        self.columns.setObjectName("column_mapping")
        self.columns.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First values"),
                                                self.tr("Field in Berdaya")])
        self.columns.verticalHeader().setVisible(False)
        for i, width in enumerate((200, 360, 260)):
            self.columns.setColumnWidth(i, width)
        column.addWidget(self.columns, 1)
        column.addLayout(self._defaults_form())
        return page

    def _defaults_form(self) -> QFormLayout:
        form = QFormLayout()
        self.default_group = combo(group_choices(), blank=self.tr("(none: the file names the group)"))
        self.default_group.setObjectName("default_group")
        form.addRow(self.tr("Group for rows without one"), self.default_group)
        self.new_kind = combo(group_kinds(), blank=self.tr("(none: the file gives the kind)"))
        self.new_kind.setObjectName("new_group_kind")
        form.addRow(self.tr("Kind of new groups"), self.new_kind)
        self.default_join = DateField()
        self.default_join.setObjectName("default_join_date")
        form.addRow(self.tr("Join date for rows without one"), self.default_join)
        return form

    def _fill_columns(self) -> None:
        header_index = self.header_row.value() - 1
        headers = list(self.table[header_index]) if self.table else []
        body = self.table[header_index + 1:header_index + 40]
        guessed = guess_mapping(headers)
        self.columns.setRowCount(len(headers))
        for col, header in enumerate(headers):
            samples = [cell_text(r[col]) for r in body if col < len(r) and cell_text(r[col])][:3]
            self.columns.setItem(col, 0, _item(cell_text(header) or self.tr("(column {n})").format(n=col + 1)))
            self.columns.setItem(col, 1, _item(" · ".join(samples)))
            box = combo([(f.key, label(f.label)) for f in FIELDS], blank=self.tr("— do not import —"))
            box.setCurrentIndex(max(box.findData(guessed.get(col)), 0))
            self.columns.setCellWidget(col, 2, box)

    def mapping(self) -> dict[int, str]:
        chosen = {}
        for col in range(self.columns.rowCount()):
            key = self.columns.cellWidget(col, 2).currentData()
            if key:
                chosen[col] = key
        return chosen

    def _check_rows(self) -> None:
        mapping = self.mapping()
        if len(set(mapping.values())) < len(mapping):
            self.error.setText(self.tr("Two columns are matched to the same field. Match each field once."))
            return
        try:
            join_date = self.default_join.value()
        except DomainError as exc:
            self.error.setText(message(exc))
            self.default_join.setFocus()
            return
        options = ImportOptions(self.default_group.currentData(), self.new_kind.currentData(),
                                join_date)
        table, header_index, name = self.table, self.header_row.value() - 1, Path(self.path.text()).name

        def work(progress, cancelled):
            return analyse(table, header_index, mapping, options, name, progress, cancelled)

        self._run(self.tr("Checking the rows"), work, self._rows_checked)

    def _rows_checked(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.check.show_plan(plan)
        self._show_step(2)

    # -- step 3: import -----------------------------------------------------------------

    def _import(self) -> None:
        plan, actor = self.plan, self.actor

        def work(progress, cancelled):
            return import_members(actor, plan, progress, cancelled)

        self._run(self.tr("Importing members"), work, self._imported)

    def _imported(self, result: ImportResult) -> None:
        bus.changed.emit("groups")
        bus.changed.emit("members")
        text = self.tr("%n member(s) imported.", "", result.members)
        if result.groups_created:
            text += "\n" + self.tr("New groups: {names}").format(names=", ".join(result.groups_created))
        box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(), text, parent=self)
        box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        self.accept()

    # -- moving between steps -----------------------------------------------------------

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.back_button = push(self.tr("< Back"), self._back, "back")
        self.next_button = push(self.tr("Next >"), self._next, "next")
        self.next_button.setDefault(True)
        self.cancel_button = push(self.tr("Cancel"), self.reject, "cancel")
        row.addStretch()
        for button in (self.back_button, self.next_button, self.cancel_button):
            row.addWidget(button)
        return row

    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.error.clear()
        self.back_button.setEnabled(step > 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.stack.currentIndex()
        if step == 2 and self.plan is not None:
            self.next_button.setText(self.tr("Import %n member(s)", "", len(self.plan.rows)))
            self.next_button.setEnabled(bool(self.plan.rows))
        else:
            self.next_button.setText(self.tr("Next >"))
            self.next_button.setEnabled(step > 0 or self.sheet.count() > 0)

    def _next(self) -> None:
        self.error.clear()
        [self._read_file, self._check_rows, self._import][self.stack.currentIndex()]()

    def _back(self) -> None:
        self._show_step(max(self.stack.currentIndex() - 1, 0))

    def _run(self, title: str, work, on_done) -> None:
        self.next_button.setEnabled(False)
        self.task = BackgroundTask(self, title, title + "…", work, on_done, self._failed, writes=True)

    def _failed(self, exc: Exception) -> None:
        self._update_buttons()
        if isinstance(exc, Cancelled):
            self.error.setText(self.tr("Stopped. Nothing was saved."))
        elif isinstance(exc, DomainError):
            if self.stack.currentIndex() == 2:
                show_refusal(self, exc)
            self.error.setText(message(exc))
        else:
            raise exc


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item



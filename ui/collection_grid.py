"""The meeting-day grid: one row per member, what is due beside what was paid, typed with the
keyboard alone.

It moves like a paper form filled in column by column: Enter goes down to the next member (and on
to the top of the next column), Tab along the row to the next cell to type in, a number typed
replaces what the cell held, Delete makes it 0, and a letter marks attendance.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.collection import DueLine, LineForm, SheetData
from desktop.dates import format_date
from desktop.errors import DomainError
from desktop.labels import ATTENDANCE
from desktop.money import format_amount, format_rupiah
from ui.i18n import label
from ui.widgets import MoneyField

# The grid's columns.
NUMBER, MEMBER, ATTENDANCE_COLUMN, WAJIB_DUE, WAJIB, SUKARELA, WITHDRAWAL, INSTALLMENT_DUE, \
    INSTALLMENT, TOTAL = range(10)
AMOUNT_COLUMNS = {WAJIB: "wajib", SUKARELA: "sukarela", WITHDRAWAL: "withdrawal", INSTALLMENT: "installment"}
TYPED_COLUMNS = (ATTENDANCE_COLUMN, WAJIB, SUKARELA, WITHDRAWAL, INSTALLMENT)
COLUMN_OF = {"attendance": ATTENDANCE_COLUMN, **{name: c for c, name in AMOUNT_COLUMNS.items()}}
WIDTHS = (34, 230, 78, 88, 88, 88, 96, 92, 92, 96)

SHOWN_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
TYPED_FLAGS = SHOWN_FLAGS | Qt.ItemFlag.ItemIsEditable

# Attendance by the first letter of its Indonesian word (hadir, terlambat, izin, absen), and of
# the English one, which happen not to clash.
ATTENDANCE_KEYS = {"H": "present", "T": "late", "I": "excused", "A": "absent",
                   "P": "present", "L": "late", "E": "excused"}

OVERDUE = QColor("#b00020")
SHORT = QColor("#9a5b00")  # paid less than is due
MUTED = QColor("#8a8a8a")
READ_ONLY = QColor("#f1f1f1")
ARREARS = QColor("#fbe3e3")
REFUSED = QColor("#f5c6cb")


def _dash(value: int) -> str:
    return format_amount(value) if value else "-"


class SheetModel(QAbstractTableModel):
    """The sheet's rows: what is due (read-only) beside what was paid (typed)."""

    totals_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dues: list[DueLine] = []
        self.lines: list[LineForm] = []
        self.editable = False
        self.posted = False
        self.open = False  # a new sheet or a draft: paid is still compared with what is due
        self.dirty = False
        self.refused_row: int | None = None
        self.bold = QFont()
        self.bold.setBold(True)

    def set_sheet(self, sheet: SheetData | None, editable: bool) -> None:
        self.beginResetModel()
        self.dues = list(sheet.dues) if sheet else []
        self.lines = [dataclasses.replace(line) for line in sheet.lines] if sheet else []
        self.posted = sheet is not None and sheet.status == "posted"
        self.open = sheet is not None and sheet.status in ("new", "draft")
        self.editable, self.dirty, self.refused_row = editable, False, None
        self.endResetModel()
        self.totals_changed.emit()

    def typed_lines(self) -> list[LineForm]:
        return [dataclasses.replace(line) for line in self.lines]

    def total(self, column: int) -> int:
        return sum(getattr(line, AMOUNT_COLUMNS[column]) for line in self.lines)

    @property
    def net(self) -> int:
        return sum(line.money_in - line.withdrawal for line in self.lines)

    def present(self) -> int:
        return sum(line.attendance in ("present", "late") for line in self.lines)

    def mark_refused(self, row: int | None) -> None:
        """Tint the row a posting refused (None: no longer)."""
        rows = {r for r in (self.refused_row, row) if r is not None}
        self.refused_row = row
        for r in rows:
            self.dataChanged.emit(self.index(r, 0), self.index(r, TOTAL))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else TOTAL + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and section in (WAJIB_DUE, INSTALLMENT_DUE) and self.posted:
            return self.tr("What is still due after this sheet was posted")
        return None

    def _headers(self) -> list[str]:
        due = (self.tr("Wajib\nstill due"), self.tr("Installment\nstill due")) if self.posted \
            else (self.tr("Wajib\ndue"), self.tr("Installment\ndue"))
        return [self.tr("No"), self.tr("Member"), self.tr("Attendance"), due[0], self.tr("Wajib\npaid"),
                self.tr("Sukarela\npaid"), self.tr("Withdrawal\nfrom sukarela"), due[1],
                self.tr("Installment\npaid"), self.tr("Row total\n(in - out)")]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.editable and self.typed(index.row(), index.column()):
            return TYPED_FLAGS
        return SHOWN_FLAGS

    def typed(self, row: int, column: int) -> bool:
        """Whether the cell is one the treasurer types in (installments only with a loan)."""
        if column == INSTALLMENT:
            return self.dues[row].share_id is not None or self.lines[row].installment != 0
        return column in TYPED_COLUMNS

    def raw(self, row: int, column: int) -> Any:
        due, line = self.dues[row], self.lines[row]
        return (row + 1, due.name, line.attendance, due.wajib_due, line.wajib, line.sukarela,
                line.withdrawal, due.installment_due, line.installment,
                line.money_in - line.withdrawal)[column]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.UserRole):
            return self.raw(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == MEMBER:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            if column in (NUMBER, ATTENDANCE_COLUMN):
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self._colour(row, column)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, column)
        if role == Qt.ItemDataRole.FontRole and column == TOTAL:
            return self.bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        return None

    def _display(self, row: int, column: int) -> str:
        due, line = self.dues[row], self.lines[row]
        if column == NUMBER:
            return str(row + 1)
        if column == MEMBER:
            return f"{due.name} ({due.number})"
        if column == ATTENDANCE_COLUMN:
            return label(ATTENDANCE[line.attendance]) if line.attendance else "—"
        if column in (WAJIB_DUE, INSTALLMENT_DUE):
            value = self.raw(row, column)
            return format_amount(value) if value else ""
        if column == INSTALLMENT and not self.typed(row, column):
            return ""
        return _dash(self.raw(row, column))

    def _colour(self, row: int, column: int) -> QColor | None:
        due, line = self.dues[row], self.lines[row]
        if column == WAJIB_DUE and due.wajib_overdue or column == INSTALLMENT_DUE and due.installment_overdue:
            return OVERDUE
        if column == WITHDRAWAL and line.withdrawal > due.sukarela_balance:
            return OVERDUE
        if self.open and (column == WAJIB and line.wajib < due.wajib_due
                                or column == INSTALLMENT and line.installment < due.installment_due):
            return SHORT
        if column == ATTENDANCE_COLUMN and line.attendance in ("", "absent"):
            return MUTED
        return None

    def _background(self, row: int, column: int) -> QBrush | None:
        if row == self.refused_row:
            return QBrush(REFUSED)
        if column == INSTALLMENT_DUE and self.dues[row].installment_overdue:
            return QBrush(ARREARS)
        if column in (WAJIB_DUE, INSTALLMENT_DUE) or column == INSTALLMENT and not self.typed(row, column):
            return QBrush(READ_ONLY)
        return None

    def _tip(self, row: int, column: int) -> str | None:
        due, line = self.dues[row], self.lines[row]
        if column == MEMBER and due.loan_number:
            return self.tr("Loan {loan}").format(loan=due.loan_number)
        if column == ATTENDANCE_COLUMN:
            return self.tr("H present (hadir) · T late (terlambat) · I excused (izin) · A absent (absen)")
        if column == WAJIB_DUE and due.wajib_overdue:
            return self.tr("Of which {overdue} is from before this meeting").format(
                overdue=format_rupiah(due.wajib_overdue))
        if column in (SUKARELA, WITHDRAWAL):
            tip = self.tr("Sukarela balance before this meeting: {balance}").format(
                balance=format_rupiah(due.sukarela_balance))
            if column == WITHDRAWAL and line.withdrawal > due.sukarela_balance:
                tip += "\n" + self.tr("The withdrawal is more than the balance.")
            return tip
        if column in (INSTALLMENT_DUE, INSTALLMENT) and due.loan_number:
            tip = self.tr("Loan {loan}: {due} due").format(loan=due.loan_number, due=format_rupiah(due.installment_due))
            if due.installment_overdue:
                tip += " · " + self.tr("{overdue} in arrears").format(overdue=format_rupiah(due.installment_overdue))
            if due.next_due_on:
                tip += " · " + self.tr("installment due {date}").format(date=format_date(due.next_due_on))
            return tip
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        line, column = self.lines[index.row()], index.column()
        if column == ATTENDANCE_COLUMN:
            if value not in ("", *ATTENDANCE):
                return False
            line.attendance = value
        elif isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            setattr(line, AMOUNT_COLUMNS[column], value)
        else:
            return False
        self.dirty = True
        self.mark_refused(None)
        self.dataChanged.emit(index, index)
        self.dataChanged.emit(self.index(index.row(), TOTAL), self.index(index.row(), TOTAL))
        self.totals_changed.emit()
        return True


class SheetDelegate(QStyledItemDelegate):
    """Amounts are typed in a money field, attendance chosen from a short list; Enter and Tab
    close the editor and move on as they do outside it."""

    def __init__(self, view: SheetView) -> None:
        super().__init__(view)
        self.view = view
        self.editor: QWidget | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        if index.column() == ATTENDANCE_COLUMN:
            editor = QComboBox(parent)
            for code, text in ATTENDANCE.items():
                editor.addItem(label(text), code)
        else:
            editor = MoneyField(parent)
            editor.setMaxLength(15)
            editor.setFrame(False)
        self.editor = editor
        return editor

    def destroyEditor(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        if editor is self.editor:
            self.editor = None
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value or "present"), 0))
        else:
            editor.setText(format_amount(value))

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
            return
        try:
            value = editor.value()
        except DomainError:
            return  # something unreadable: the cell keeps what it held
        model.setData(index, value or 0)

    def commit(self) -> None:
        """Keep what the open editor holds, and close it (before saving or posting)."""
        if self.editor is not None:
            editor = self.editor
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(editor, QWidget):
            key = event.key()
            if isinstance(editor, QComboBox) and event.text().upper() in ATTENDANCE_KEYS:
                editor.setCurrentIndex(editor.findData(ATTENDANCE_KEYS[event.text().upper()]))
                return True
            moving = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            if moving and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.commit()
                self.view.move_on(key, event.modifiers())
                return True
        return super().eventFilter(editor, event)


class SheetView(QTableView):
    """The grid, moved through with the keyboard: Enter goes down the column (and on to the
    top of the next one), Tab along the row to the next cell to type in; from the last
    cell both go on to the cash count."""

    reached_end = Signal()

    def __init__(self, model: SheetModel) -> None:
        super().__init__()
        self.setObjectName("sheet_grid")
        self.setModel(model)
        self.delegate = SheetDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(25)
        self.horizontalHeader().setStretchLastSection(False)
        # The names take what room is left: figures keep their width, names are cut last.
        self.horizontalHeader().setSectionResizeMode(MEMBER, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setHighlightSections(False)
        for column, width in enumerate(WIDTHS):
            self.setColumnWidth(column, width)

    def sheet(self) -> SheetModel:
        return self.model()

    def typable(self, row: int, column: int) -> bool:
        return bool(self.sheet().flags(self.sheet().index(row, column)) & Qt.ItemFlag.ItemIsEditable)

    def _along(self, row: int, column: int, step: int) -> QModelIndex:
        """The next (or previous) cell to type in, row by row."""
        cells = self.sheet().rowCount() * (TOTAL + 1)
        at = row * (TOTAL + 1) + column + step
        while 0 <= at < cells:
            if self.typable(*divmod(at, TOTAL + 1)):
                return self.sheet().index(*divmod(at, TOTAL + 1))
            at += step
        return QModelIndex()

    def _down(self, row: int, column: int, step: int) -> QModelIndex:
        """The next (or previous) cell to type in, column by column."""
        rows = self.sheet().rowCount()
        columns = [c for c in TYPED_COLUMNS if c >= column] if step > 0 \
            else [c for c in reversed(TYPED_COLUMNS) if c <= column]
        for c in columns:
            r = row + step
            while 0 <= r < rows:
                if self.typable(r, c):
                    return self.sheet().index(r, c)
                r += step
            row = -1 if step > 0 else rows  # the next column from its top (going back: its bottom)
        return QModelIndex()

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:  # noqa: N802
        current = self.currentIndex()
        if current.isValid() and action in (QAbstractItemView.CursorAction.MoveNext,
                                            QAbstractItemView.CursorAction.MovePrevious):
            step = 1 if action == QAbstractItemView.CursorAction.MoveNext else -1
            return self._along(current.row(), current.column(), step)
        return super().moveCursor(action, modifiers)

    def move_on(self, key: int, modifiers: Qt.KeyboardModifier) -> None:
        """After Enter or Tab: to the next cell to type in (Shift: back)."""
        current = self.currentIndex()
        if not current.isValid():
            return
        back = bool(modifiers & Qt.KeyboardModifier.ShiftModifier) or key == Qt.Key.Key_Backtab
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            target = self._down(current.row(), current.column(), -1 if back else 1)
        else:
            target = self._along(current.row(), current.column(), -1 if back else 1)
        if target.isValid():
            self.setCurrentIndex(target)
            self.scrollTo(target)
        elif not back:
            self.reached_end.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        index, key, text = self.currentIndex(), event.key(), event.text()
        if self.state() == QAbstractItemView.State.EditingState or not index.isValid():
            super().keyPressEvent(event)
            return
        control = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        typable = self.typable(index.row(), index.column())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not control:
            self.move_on(key, event.modifiers())
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if typable:
                self.sheet().setData(index, "" if index.column() == ATTENDANCE_COLUMN else 0)
        elif index.column() == ATTENDANCE_COLUMN and not control and text.upper() in ATTENDANCE_KEYS:
            if typable:
                self.sheet().setData(index, ATTENDANCE_KEYS[text.upper()])
                self.move_on(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        elif index.column() == ATTENDANCE_COLUMN and key == Qt.Key.Key_Space:
            if typable:
                self.edit(index)
        elif text.isprintable() and text and not control and index.column() not in (NUMBER, MEMBER) \
                and not (text.isdigit() and typable and index.column() in AMOUNT_COLUMNS):
            event.accept()  # a letter in an amount opens nothing, and does not jump to a row
        else:
            super().keyPressEvent(event)

    def commit(self) -> None:
        self.delegate.commit()

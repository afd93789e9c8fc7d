"""Shared building blocks, so that every form and table behaves the same way."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop.approvals import ApprovalRequested
from desktop.dates import format_date, parse_date
from desktop.errors import DomainError, NotFound, StaleRecord, ValidationErrors
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.money import format_amount, parse_rupiah, terbilang
from desktop.nik import parse_nik
from ui.bus import bus
from ui.i18n import label, message

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #555555;"
WARNING_STYLE = "color: #9a5b00;"
HEADING_ROOM = 26  # a heading's margins and the sort mark beside it


class DateField(QWidget):
    """A date typed as 22/11/2026 (other office forms are read too) or picked from a calendar;
    may be left empty."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.edit.setMaxLength(30)
        self.edit.textEdited.connect(self.edited)
        button = QToolButton(self)
        button.setText("▾")
        button.setToolTip(self.tr("Pick from the calendar"))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(lambda d: (self._pick(d), menu.close()))
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        button.setMenu(menu)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(button)
        self.setFocusProxy(self.edit)

    def _sync_calendar(self) -> None:
        try:
            value = self.value()
        except DomainError:
            value = None
        value = value or dt.date.today()
        self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def _pick(self, qdate: QDate) -> None:
        self.set_value(dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.edited.emit()

    def value(self) -> dt.date | None:
        """The date typed, None when empty; raises DomainError when unreadable."""
        return parse_date(self.edit.text())

    def required_value(self, field: str) -> dt.date:
        """The date typed; raises the refusal for the form's *field* when empty or unreadable."""
        try:
            value = self.value()
        except DomainError as exc:
            exc.field = field
            raise
        if value is None:
            raise DomainError(QT_TRANSLATE_NOOP("Errors", "Enter the date."), field)
        return value

    def set_value(self, value: dt.date | None) -> None:
        self.edit.setText(format_date(value))


class MoneyField(QLineEdit):
    """An amount in whole rupiah, grouped with dots as it is typed (1.250.000), right-aligned
    like the figures on a receipt."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(20)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"(Rp|rp|RP)?[ 0-9.,]*"), self))
        self.setPlaceholderText("0")
        self.textEdited.connect(self._group_digits)

    def _group_digits(self, text: str) -> None:
        if "," in text or not text.replace(".", "").strip().isdigit():
            return
        from_end = len(text) - self.cursorPosition()
        grouped = format_amount(int(text.replace(".", "").strip()))
        self.setText(grouped)
        self.setCursorPosition(max(0, len(grouped) - from_end))

    def value(self) -> int | None:
        """The amount typed; raises the refusal to show when it is not whole rupiah."""
        return parse_rupiah(self.text())

    def set_value(self, amount: int | None) -> None:
        self.setText("" if amount is None else format_amount(amount))


class NikField(QLineEdit):
    """A NIK (or KK) number: digits only, checked as typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(19)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 .\-]*"), self))
        self.setPlaceholderText(self.tr("16 digits"))


def nik_hint(text: str) -> tuple[str, str]:
    """What a partly or fully typed NIK tells: (text, style) for the hint under the field."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits:
        return "", HINT_STYLE
    if len(digits) < 16:
        missing = 16 - len(digits)
        return QCoreApplication.translate("NikField", "%n more digit(s)", "", missing), HINT_STYLE
    try:
        info = parse_nik(digits)
    except DomainError as exc:
        return message(exc), ERROR_STYLE
    sex = label("Female") if info.sex == "P" else label("Male")
    return f"{info.province} · {sex} · {format_date(info.birth_date)}", HINT_STYLE


class Form:
    """A QFormLayout whose fields each have an error line beneath them."""

    def __init__(self, layout: QFormLayout) -> None:
        self.layout = layout
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}

    def attach(self, name: str, widget: QWidget) -> QLabel:
        """Register a field laid out elsewhere (a table, say); place the returned error line."""
        note = QLabel()
        note.setWordWrap(True)
        note.setStyleSheet(ERROR_STYLE)
        note.setVisible(False)
        note.setObjectName(f"error_{name}")
        self.fields[name] = (widget, note)
        return note

    def add(self, caption: str, widget: QWidget, name: str,
            layout: QFormLayout | None = None) -> QWidget:
        """Add a field under *name* (to *layout* when the form spans several boxes)."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(self.attach(name, widget))
        target = layout or self.layout
        target.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        target.addRow(caption, box)
        return widget

    def note(self, name: str) -> QLabel:
        return self.fields[name][1]

    def clear_errors(self) -> None:
        for _widget, note in self.fields.values():
            note.clear()
            note.setVisible(False)

    def show_note(self, name: str, text: str, style: str = ERROR_STYLE) -> None:
        note = self.fields[name][1]
        note.setText(text)
        note.setStyleSheet(style)
        note.setVisible(bool(text))

    def show_errors(self, errors: Sequence[DomainError]) -> list[DomainError]:
        """Put each error beside its field and focus the first; return those with no field here."""
        unplaced, first = [], None
        for error in errors:
            if error.field in self.fields:
                self.show_note(error.field, message(error))
                first = first or self.fields[error.field][0]
            else:
                unplaced.append(error)
        if first is not None:
            first.setFocus()
        return unplaced


def report(form: Form, parent: QWidget, exc: DomainError) -> None:
    """Show a refused operation: each message beside its field, the rest in a message box. An
    action sent for approval instead is told so, and the dialog *parent* closes."""
    rest = form.show_errors(errors_of(exc))
    if rest:
        show_refusal(parent, rest[0])


def errors_of(exc: DomainError) -> list[DomainError]:
    return exc.errors if isinstance(exc, ValidationErrors) else [exc]


def combo(items: Sequence[tuple[Any, str]], blank: str | None = None) -> QComboBox:
    """A drop-down of (value, text) pairs; *blank* adds a first entry whose value is None."""
    box = QComboBox()
    if blank is not None:
        box.addItem(blank, None)
    for value, text in items:
        box.addItem(text, value)
    return box


def refill(box: QComboBox, items: Sequence[tuple[Any, str]], blank: str | None = None) -> None:
    """Replace a drop-down's entries (after the lists changed), keeping the chosen value."""
    chosen = box.currentData()
    box.blockSignals(True)
    box.clear()
    if blank is not None:
        box.addItem(blank, None)
    for value, text in items:
        box.addItem(text, value)
    select_value(box, chosen)
    box.blockSignals(False)


def select_value(box: QComboBox, value: Any) -> None:
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


def dialog_buttons(parent: QWidget, ok_text: str) -> QDialogButtonBox:
    """Save and Cancel in the screen language; Enter presses the first, Escape the second."""
    buttons = QDialogButtonBox(parent)
    ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setDefault(True)
    ok.setObjectName("ok")
    cancel = buttons.addButton(QCoreApplication.translate("Dialogs", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
    cancel.setObjectName("cancel")
    buttons.accepted.connect(parent.accept)
    buttons.rejected.connect(parent.reject)
    return buttons


def show_refusal(parent: QWidget | None, exc: DomainError) -> None:
    """Tell the user why an operation was refused; or, when the office keeps the action as a
    request for a second user's approval, that it was sent (see ``show_sent_for_approval``)."""
    if isinstance(exc, ApprovalRequested):
        show_sent_for_approval(parent, exc)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Dialogs", "Not saved"),
                      "\n".join(message(e) for e in errors_of(exc)), parent=parent)
    box.addButton(QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def show_sent_for_approval(parent: QWidget | None, exc: ApprovalRequested) -> None:
    """Say that the action waits for approval. Nothing was done, so the form that asked closes
    as if cancelled (no receipt, nothing shown as done): the request is on the approvals page."""
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Dialogs", "Sent for approval"),
                      message(exc), parent=parent)
    box.addButton(QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    bus.changed.emit("approvals")
    if isinstance(parent, QDialog):
        parent.done(QDialog.DialogCode.Rejected)


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes


def make_room(dialog: QDialog) -> None:
    """Fit a shown dialog's height to what it holds now, its width as the user left it: a line
    that appears under a field (the amount in words, a refusal) would otherwise squeeze the
    fields into the height the dialog had."""
    if not dialog.isVisible():
        return
    layout = dialog.layout()
    layout.activate()
    width = max(dialog.width(), layout.totalMinimumSize().width())
    height = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
              else layout.totalSizeHint().height())
    dialog.resize(width, max(height, layout.totalMinimumSize().height()))


def heading(text: str, name: str = "", scale: float = 1.5) -> QLabel:
    """A dialog's heading: bold, *scale* times the size of the usual text."""
    title = QLabel(text)
    if name:
        title.setObjectName(name)
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    title.setFont(font)
    return title


def push(text: str, slot: Callable[[], Any], name: str = "") -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(slot)
    if name:
        button.setObjectName(name)
    return button


@dataclass(frozen=True)
class Column:
    header: str
    display: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    width: int = 120
    align_right: bool = False


class RowsModel(QAbstractTableModel):
    """A table over a Python list of rows; sorts in Python, raw sort keys under UserRole."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column], rows: list[Any]) -> None:
        """New columns and rows at once (a table whose columns follow the data)."""
        self.beginResetModel()
        self.columns, self.rows = list(columns), list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column, row = self.columns[index.column()], self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.UserRole:
            return (column.sort_key or column.display)(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort_key or self.columns[column].display

        def sort_key(row: Any) -> tuple:
            value = key(row)
            return (value is None, value.casefold() if isinstance(value, str) else value)

        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=sort_key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class CellTable(QTableWidget):
    """A table typed cell by cell, as part of a form: Tab goes along its cells and, from the
    last one (Shift+Tab: the first), on to the form's next field, where a plain table goes round
    its cells again and never lets the keyboard out."""

    def _leaves(self, forward: bool) -> bool:
        """Whether a Tab (or Shift+Tab) from the current cell would go round to the start."""
        current = self.currentIndex()
        if not current.isValid():
            return True
        action = QAbstractItemView.CursorAction.MoveNext if forward else QAbstractItemView.CursorAction.MovePrevious
        target = self.moveCursor(action, Qt.KeyboardModifier.NoModifier)
        here, there = (current.row(), current.column()), (target.row(), target.column())
        return not target.isValid() or (there <= here if forward else there >= here)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        if self._leaves(forward):
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        forward = hint == QAbstractItemDelegate.EndEditHint.EditNextItem
        if hint in (QAbstractItemDelegate.EndEditHint.EditNextItem,
                    QAbstractItemDelegate.EndEditHint.EditPreviousItem) and self._leaves(forward):
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            QWidget.focusNextPrevChild(self, forward)
            return
        super().closeEditor(editor, hint)


def make_table(model: QAbstractTableModel, name: str, widths: Sequence[int] | None = None) -> QTableView:
    """A read-only, sortable, row-selecting table with the model's column widths."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    # The arrows go along a list; Tab goes on to the next field, not round its cells for ever.
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    # Banded rows without grid lines or wrapping: a third less painting per refresh, which
    # search-as-you-type repeats on every keystroke.
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setSortingEnabled(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    # Widths are set, not measured: resizeColumnsToContents is slow on long lists.
    set_widths(view, widths if widths is not None else [c.width for c in model.columns])
    return view


def set_widths(view: QTableView, widths: Sequence[int]) -> None:
    """The columns' widths as given, each wide enough for its heading."""
    for i, width in enumerate(fitted_widths(view, widths)):
        view.setColumnWidth(i, width)


def fitted_widths(view: QTableView, widths: Sequence[int]) -> list[int]:
    """The widths given, each widened to its column's heading (of one line or two) and sort mark:
    a translated heading may be longer than the English one."""
    metrics = view.horizontalHeader().fontMetrics()
    model = view.model()
    fitted = []
    for i, width in enumerate(widths):
        heading = str(model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        fitted.append(max(width, max(metrics.horizontalAdvance(line) for line in heading.split("\n")) + HEADING_ROOM))
    return fitted


def show_amount_in_words(form: Form, field: MoneyField, name: str = "amount") -> None:
    """Spell out the amount typed under its field (terbilang), as a receipt will; nothing for an
    empty, unreadable or absurdly large amount (the posting refuses those with its message)."""
    try:
        amount = field.value()
    except DomainError:
        amount = None
    words = ""
    if amount and 0 < amount <= 999_999_999_999_999:
        try:
            words = terbilang(amount)
        except ValueError:
            words = ""
    form.show_note(name, words, HINT_STYLE)


def read_amount(field: MoneyField, errors: list[DomainError]) -> int:
    """The amount typed (0 when empty); an unreadable one joins *errors*, so that a form can
    show every refusal at once."""
    try:
        return field.value() or 0
    except DomainError as exc:
        errors.append(exc)
        return 0


def read_date(field: DateField, errors: list[DomainError], name: str = "date") -> dt.date | None:
    """The date typed; a missing or unreadable one joins *errors*."""
    try:
        return field.required_value(name)
    except DomainError as exc:
        errors.append(exc)
        return None


class ReasonDialog(QDialog):
    """Take back a record entered by mistake, with the reason the audit trail keeps: a header
    naming the record, what taking it back does, and the reason. Subclasses call their
    operation in ``take_back`` and name the area that changed."""

    area = ""

    def build(self, title: str, header: str, header_name: str, explain: str, placeholder: str,
              button: str, max_length: int = 200) -> None:
        self.setWindowTitle(title)
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        top = QLabel(header)
        top.setObjectName(header_name)
        top.setWordWrap(True)
        layout.addWidget(top)
        hint = QLabel(explain)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(hint)
        self.form = Form(QFormLayout())
        self.reason = self.form.add(self.tr("Reason"), QLineEdit(), "reason")
        self.reason.setObjectName("take_back_reason")
        self.reason.setMaxLength(max_length)
        self.reason.setPlaceholderText(placeholder)
        layout.addLayout(self.form.layout)
        layout.addWidget(dialog_buttons(self, button))
        self.reason.setFocus()

    def take_back(self, reason: str) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            self.take_back(self.reason.text())
        except DomainError as exc:
            report(self.form, self, exc)
            make_room(self)  # for the message shown under its field
            if isinstance(exc, StaleRecord | NotFound):
                bus.changed.emit(self.area)  # the list shows it as it now stands
            return
        bus.changed.emit(self.area)
        super().accept()

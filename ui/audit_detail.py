"""One record of the audit trail: who did what and when, and the values before and after."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from desktop.audit_queries import AREAS, AuditRow, FieldChange, RecordDetail, Shown
from ui.audit_labels import action_text, entity_text, field_text
from ui.i18n import label
from ui.widgets import ERROR_STYLE, HINT_STYLE, Column, RowsModel, make_table

CHANGED_BACKGROUND = "#fff3c4"
CELL_ROOM = 14  # a cell's margins beside its text
FIELD_LEAST, FIELD_MOST = 80, 150  # the width of the field names' column
VALUE_LEAST = 60  # a value column is never narrower


def when(row: AuditRow) -> str:
    return row.at.strftime("%d/%m/%Y %H:%M:%S")


def shown(value: Shown | None) -> str:
    """A value from desktop/ in the screen language."""
    if value is None:
        return ""
    if value.pairs:
        return "; ".join(f"{label(caption)}: {text}" if text else label(caption) for caption, text in value.pairs)
    if not value.label:
        return value.text
    text = label(value.text)
    try:
        return text.format(**dict(value.params))
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return value.text.format(**dict(value.params))


def said(row: AuditRow) -> str:
    """The record's summary as read: dates, money, codes and requests in the office's words."""
    return " · ".join(shown(part) for part in row.said) if row.said else row.summary


def what(row: AuditRow) -> str:
    """The record the line is about, by name when it still exists."""
    if row.what:
        return row.what
    if row.entity == "approval_request" and row.entity_id is not None:
        return QCoreApplication.translate("AuditDetail", "Request {number}").format(number=row.entity_id)
    return entity_text(row.entity) + (f" #{row.entity_id}" if row.entity_id is not None else "")


class ValuesModel(RowsModel):
    """The fields of a record; a value that changed is shaded, and the whole of a long value
    shows under the mouse."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid():
            field: FieldChange = self.rows[index.row()]
            if role == Qt.ItemDataRole.BackgroundRole and index.column() > 0 \
                    and field.before is not None and field.after is not None:
                return QBrush(QColor(CHANGED_BACKGROUND))
            if role == Qt.ItemDataRole.ToolTipRole:
                return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)


class AuditDetail(QWidget):
    """The pane beside the list: the selected record, its values, and whether the chain check
    found it changed outside the program."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = ""  # the kind of record shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("audit_detail_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.heading)
        self.warning = QLabel()
        self.warning.setObjectName("audit_detail_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.warning.setVisible(False)
        layout.addWidget(self.warning)
        self.change = QLabel()
        self.change.setObjectName("audit_detail_change")
        self.change.setWordWrap(True)
        self.change.setStyleSheet(HINT_STYLE)
        layout.addWidget(self.change)
        self.model = ValuesModel([
            Column(self.tr("Field"), lambda f: field_text(f.name, self.entity), width=115),
            Column(self.tr("Before"), lambda f: shown(f.before), width=125),
            Column(self.tr("After"), lambda f: shown(f.after), width=125),
        ], self)
        self.table = make_table(self.model, "audit_values")
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setStretchLastSection(False)  # fit_columns shares the width out
        self.table.viewport().installEventFilter(self)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.show_record(None)

    def show_record(self, detail: RecordDetail | None, broken: str = "") -> None:
        """Show *detail* (None: nothing chosen); *broken* is what the chain check said of it."""
        self.warning.setText(broken)
        self.warning.setVisible(bool(broken))
        self.table.setVisible(detail is not None)
        if detail is None:
            self.heading.setText(self.tr("Choose a record to see what it changed."))
            self.change.clear()
            self.model.set_rows([])
            return
        row = detail.row
        self.entity = row.entity
        self.heading.setText(self.tr(
            "<b>Record {number}</b> · {when} · {user}<br><b>{action}</b> ({area})<br>{entity}: {what}"
            "<br><i>{summary}</i>").format(
            number=row.id, when=when(row), user=escape(row.user or self.tr("the program")),
            action=escape(action_text(row.action)), area=escape(label(AREAS[row.area][0])),
            entity=escape(entity_text(row.entity)), what=escape(what(row)), summary=escape(said(row))))
        self.change.setText({
            "created": self.tr("Recorded with these values:"),
            "changed": self.tr("The fields that changed, before and after:"),
            "removed": self.tr("Taken away; the values it had:"),
            "noted": self.tr("No values were kept with this record."),
        }[detail.change] if detail.fields or detail.change == "noted" else self.tr("No field changed."))
        self.model.set_rows(detail.fields)
        self.table.setColumnHidden(1, detail.change == "created")
        self.table.setColumnHidden(2, detail.change == "removed")
        self.fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """The field names as wide as they are, up to FIELD_MOST; the values before and after
        share the rest, and wrap."""
        metrics = self.table.fontMetrics()
        names = max((metrics.horizontalAdvance(field_text(f.name, self.entity)) for f in self.model.rows), default=0)
        first = min(max(names + CELL_ROOM, FIELD_LEAST), FIELD_MOST)
        self.table.setColumnWidth(0, first)
        shown_values = [c for c in (1, 2) if not self.table.isColumnHidden(c)]
        rest = self.table.viewport().width() - first
        for i, column in enumerate(shown_values):  # the last takes what the first leaves
            share = rest // len(shown_values) if i < len(shown_values) - 1 else rest - (rest // 2) * i
            self.table.setColumnWidth(column, max(share, VALUE_LEAST))

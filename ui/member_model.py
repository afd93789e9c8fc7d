"""The member list: filtered and sorted by the database, fetched a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.dates import format_date
from desktop.labels import MEMBER_STATUSES, SEXES
from desktop.member_queries import MemberFilter, count_members, search_members
from ui.i18n import label

PAGE = 100

# (header, sort key in desktop.member_queries.SORTS or None, width, index in the row tuple)
COLUMNS = [
    (QT_TRANSLATE_NOOP("MemberModel", "Number"), "number", 90, 1),
    (QT_TRANSLATE_NOOP("MemberModel", "Name"), "name", 220, 2),
    (QT_TRANSLATE_NOOP("MemberModel", "NIK"), "nik", 140, 3),
    (QT_TRANSLATE_NOOP("MemberModel", "Sex"), None, 40, 4),
    (QT_TRANSLATE_NOOP("MemberModel", "Birth date"), None, 90, 5),
    (QT_TRANSLATE_NOOP("MemberModel", "Group"), "group", 190, 6),
    (QT_TRANSLATE_NOOP("MemberModel", "Joined"), "join_date", 90, 7),
    (QT_TRANSLATE_NOOP("MemberModel", "Status"), "status", 70, 8),
    (QT_TRANSLATE_NOOP("MemberModel", "Phone"), None, 120, 9),
]


def _texts(row: tuple) -> tuple[str, ...]:
    """What each column shows for one row of search_members."""
    _id, number, name, nik, sex, born, group, joined, status, phone = row
    return (number, name, nik or "", sex, format_date(born), group or "", format_date(joined),
            label(MEMBER_STATUSES.get(status, status)), phone or "")


class MemberModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.filter = MemberFilter()
        self.sort_key, self.descending = "name", False
        self.rows: list[tuple] = []
        self.texts: list[tuple[str, ...]] = []
        self.total = 0
        self.loaded = False

    def set_filter(self, flt: MemberFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.loaded = True
        self.beginResetModel()
        self.rows = search_members(self.filter, self.sort_key, self.descending, PAGE, 0)
        self.texts = [_texts(row) for row in self.rows]
        # A short first page is the whole answer: counting again would only cost a scan.
        self.total = len(self.rows) if len(self.rows) < PAGE else count_members(self.filter)
        self.endResetModel()

    def id_at(self, row: int) -> int:
        return self.rows[row][0]

    def row_of(self, member_id: int) -> int | None:
        for i, row in enumerate(self.rows):
            if row[0] == member_id:
                return i
        return None

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        more = search_members(self.filter, self.sort_key, self.descending, PAGE, len(self.rows))
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.texts.extend(map(_texts, more))
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks for many roles of every visible cell on each paint: answer from
        # texts made once per fetched row.
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[index.row()][COLUMNS[index.column()][3]]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("MemberModel", COLUMNS[section][0])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == 3:
            return ", ".join(f"{code} = {label(text)}" for code, text in SEXES.items())
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        if key is None:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        if self.loaded:  # the view sorts while it is being set up; load once, on the filter
            self.reload()

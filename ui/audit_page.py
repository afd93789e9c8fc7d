"""The audit trail: who did what and when, filtered, with the values before and after, and the
check that tells when the trail was changed outside the program."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.audit_queries import (
    PAGE_SIZE,
    AuditFilter,
    AuditRow,
    ChainBreak,
    Cursor,
    TrailPage,
    area_choices,
    chain_breaks,
    check_chain,
    find_records,
    member_label,
    record_detail,
    records_from,
    user_choices,
)
from desktop.auth import Actor
from desktop.dates import format_moment
from desktop.errors import DomainError
from desktop.money import format_amount
from ui.audit_detail import AuditDetail, said, what
from ui.audit_labels import action_text
from ui.bus import bus
from ui.i18n import label, message
from ui.savings_page import MemberPicker
from ui.tasks import BackgroundTask
from ui.widgets import (
    ERROR_STYLE,
    HINT_STYLE,
    Column,
    DateField,
    RowsModel,
    combo,
    fitted_widths,
    make_table,
    push,
    refill,
)

BROKEN_COLOR = "#b00020"
INTACT_STYLE = "color: #1b6e20; font-weight: bold;"
TYPING_PAUSE_MS = 400
KIND, WHAT, SUMMARY = 3, 4, 5
CELL_ROOM = 14  # a cell's margins beside its text
USER_MOST, KIND_MOST = 140, 230  # a longer name or kind is cut (and shown whole under the mouse)
SUMMARY_LEAST = 160  # the Summary keeps at least this much of the list
FIT_ROWS = 500  # the rows measured: enough to see the longest texts of a page or two


class AuditModel(RowsModel):
    """The records shown so far, newest first; those the chain check found changed outside the
    program in red."""

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.broken: dict[int, str] = {}

    def append_rows(self, rows: list[AuditRow]) -> None:
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def set_broken(self, broken: dict[int, str]) -> None:
        self.broken = broken
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self.rows[index.row()].id in self.broken:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(BROKEN_COLOR))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.broken[self.rows[index.row()].id]
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:  # the whole of a long value
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)

    def row_of(self, record_id: int) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.id == record_id), None)


class AuditPage(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.loaded = self.stale = False
        self.page_size = PAGE_SIZE
        self.member_id: int | None = None
        self.next: Cursor | None = None
        self.task: BackgroundTask | None = None
        self.breaks: list[ChainBreak] = []
        # Each column's width for the texts of the page and its heading's: measured when the rows
        # change, not each time the list is resized.
        self.natural: list[int] = []
        self.headings: list[int] = []
        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(TYPING_PAUSE_MS)
        self.typing.timeout.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(self._first_bar())
        layout.addLayout(self._second_bar())
        layout.addLayout(self._chain_bar())
        self.model = AuditModel([
            Column(self.tr("No."), lambda r: str(r.id), width=50, align_right=True),
            Column(self.tr("Time"), lambda r: format_moment(r.at), width=110),
            Column(self.tr("User"), lambda r: r.user or self.tr("the program"), width=100),
            Column(self.tr("Kind"), lambda r: action_text(r.action), width=150),
            Column(self.tr("What"), what, width=150),
            Column(self.tr("Summary"), said, width=150),
        ], self)
        self.table = make_table(self.model, "audit_list")
        self.table.setSortingEnabled(False)  # newest first, as read; a page is not the whole trail
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.horizontalHeader().setStretchLastSection(False)  # fit_columns gives the Summary the rest
        self.table.viewport().installEventFilter(self)
        self._measure()
        self.detail = AuditDetail()
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([850, 310])
        layout.addWidget(self.splitter, 1)
        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("audit_status")
        self.status.setWordWrap(True)
        bottom.addWidget(self.status, 1)
        self.more_button = push(self.tr("Load more"), self.load_more, "audit_more")
        bottom.addWidget(self.more_button)
        layout.addLayout(bottom)
        bus.changed.connect(self._on_changed)

    # --- the filters ---------------------------------------------------------------------

    def _first_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("User")))
        self.user = combo([], blank=self.tr("every user"))
        self.user.setObjectName("audit_user")
        self.user.setMinimumContentsLength(16)
        self.user.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.user.currentIndexChanged.connect(lambda *_: self.refresh())
        bar.addWidget(self.user)
        bar.addWidget(QLabel(self.tr("From")))
        self.first = self._date_field("audit_first")
        bar.addWidget(self.first)
        bar.addWidget(QLabel(self.tr("to")))
        self.last = self._date_field("audit_last")
        bar.addWidget(self.last)
        bar.addWidget(QLabel(self.tr("Kind")))
        self.area = combo([(key, label(text)) for key, text in area_choices()], blank=self.tr("every kind"))
        self.area.setObjectName("audit_area")
        self.area.currentIndexChanged.connect(lambda *_: self.refresh())
        bar.addWidget(self.area)
        bar.addStretch(1)
        bar.addWidget(push(self.tr("Refresh"), self.refresh, "audit_refresh"))
        self.check_button = push(self.tr("Check the chain"), self.check, "audit_check")
        self.check_button.setToolTip(self.tr(
            "Reads every record of the trail and tells whether any was changed or removed outside "
            "the program."))
        bar.addWidget(self.check_button)
        return bar

    def _date_field(self, name: str) -> DateField:
        field = DateField()
        field.setObjectName(name)
        field.setMaximumWidth(130)
        field.edited.connect(self.typing.start)
        field.edit.returnPressed.connect(self.refresh)
        return field

    def _second_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Member")))
        self.picker = MemberPicker()
        self.picker.setObjectName("audit_member")
        self.picker.setPlaceholderText(self.tr("Member number or name"))
        self.picker.setMinimumWidth(200)
        self.picker.chosen.connect(self.choose_member)
        bar.addWidget(self.picker, 2)
        self.member = QLabel()
        self.member.setObjectName("audit_member_chosen")
        self.member.setStyleSheet("font-weight: bold;")
        bar.addWidget(self.member)
        self.member_clear = QToolButton()
        self.member_clear.setObjectName("audit_member_clear")
        self.member_clear.setText("✕")
        self.member_clear.setToolTip(self.tr("Every member"))
        self.member_clear.clicked.connect(lambda: self.choose_member(None))
        bar.addWidget(self.member_clear)
        bar.addWidget(QLabel(self.tr("Text")))
        self.text = QLineEdit()
        self.text.setObjectName("audit_text")
        self.text.setPlaceholderText(self.tr("in the summary: receipt, number, name…"))
        self.text.setClearButtonEnabled(True)
        self.text.setMaxLength(100)
        self.text.textEdited.connect(lambda *_: self.typing.start())
        self.text.returnPressed.connect(self.refresh)
        bar.addWidget(self.text, 2)
        bar.addWidget(push(self.tr("Clear the filters"), self.clear_filters, "audit_clear"))
        self._show_member()
        return bar

    def _chain_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.chain = QLabel()
        self.chain.setObjectName("audit_chain")
        self.chain.setWordWrap(True)
        self.chain.setVisible(False)
        bar.addWidget(self.chain, 1)
        self.break_choice = QComboBox()
        self.break_choice.setObjectName("audit_breaks")
        self.break_choice.setVisible(False)
        self.break_choice.activated.connect(self._break_chosen)
        bar.addWidget(self.break_choice)
        return bar

    def choose_member(self, member_id: int | None) -> None:
        self.member_id = member_id
        self.picker.clear()
        self._show_member()
        self.refresh()

    def _show_member(self) -> None:
        chosen = self.member_id is not None
        self.member.setText(member_label(self.actor, self.member_id) if chosen else "")
        self.member.setVisible(chosen)
        self.member_clear.setVisible(chosen)

    def clear_filters(self) -> None:
        self._reset_filters()
        self.refresh()

    def _reset_filters(self) -> None:
        for box in (self.user, self.area):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.first.set_value(None)
        self.last.set_value(None)
        self.text.clear()
        self.member_id = None
        self._show_member()

    def current_filter(self) -> AuditFilter | None:
        """The filter as typed; None (with the reason shown) while a date cannot be read."""
        try:
            first, last = self.first.value(), self.last.value()
        except DomainError as exc:
            self._say(message(exc), ERROR_STYLE)
            return None
        return AuditFilter(self.user.currentData(), first, last, self.area.currentData(), self.member_id,
                           self.text.text())

    # --- reading the trail ----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        # Read when the page is first shown, not at start-up.
        if not self.loaded or self.stale:
            self.refresh()

    def _on_changed(self, _area: str) -> None:
        # Every write leaves a record here, whatever the area.
        self.stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self.typing.stop()
        self.loaded, self.stale = True, False
        refill(self.user, user_choices(self.actor), self.tr("every user"))  # a few users: read them again
        flt = self.current_filter()
        if flt is None:
            return
        chosen = self._current_id()
        self._show_page(find_records(self.actor, flt, None, self.page_size), replace=True)
        self._select(chosen)

    def load_more(self) -> None:
        flt = self.current_filter()
        if flt is not None and self.next is not None:
            self._show_page(find_records(self.actor, flt, self.next, self.page_size), replace=False)

    def _show_page(self, page: TrailPage, replace: bool) -> None:
        if replace:
            self.model.set_rows(page.rows)
        else:
            self.model.append_rows(page.rows)
        self.next = page.next
        self.more_button.setEnabled(page.next is not None)
        count = self.tr("%n record(s) shown", "", len(self.model.rows))
        if page.searched_to is not None:
            self._say(count + " · " + self.tr(
                "searched back to {when}; Load more to search further back.").format(
                when=format_moment(page.searched_to)), HINT_STYLE)
        elif page.next is not None:
            self._say(count + " · " + self.tr("older records with Load more."), HINT_STYLE)
        else:
            self._say(count + " · " + self.tr("no older records match."), HINT_STYLE)
        self._measure()
        self.fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()  # the list's width changed: with the window or the splitter
        return super().eventFilter(watched, event)

    def _measure(self) -> None:
        """How wide No., Time, User, Kind and What would be for what they hold on the page (User
        and Kind up to USER_MOST and KIND_MOST), each at least as wide as its heading."""
        metrics = self.table.fontMetrics()
        self.headings = fitted_widths(self.table, [0] * len(self.model.columns))
        rows = self.model.rows[:FIT_ROWS]
        most = {2: USER_MOST, KIND: KIND_MOST}
        self.natural = []
        for column in range(SUMMARY):
            show = self.model.columns[column].display
            widest = max((metrics.horizontalAdvance(show(row)) for row in rows), default=0) + CELL_ROOM
            self.natural.append(max(min(widest, most.get(column, widest)), self.headings[column]))

    def fit_columns(self) -> None:
        """Each column as wide as what it holds on the page, within the list's width: No., Time,
        User and Kind first, then What, as far as it leaves the Summary SUMMARY_LEAST; the
        Summary takes the rest. A text cut short shows whole under the mouse."""
        fixed = self.natural[:WHAT]
        room = self.table.viewport().width() - sum(fixed)
        least = max(SUMMARY_LEAST, self.headings[SUMMARY])
        what_ = max(min(self.natural[WHAT], room - least), self.headings[WHAT])
        for column, width in enumerate([*fixed, what_, max(room - what_, least)]):
            self.table.setColumnWidth(column, width)

    def _say(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)

    def _current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    def _select(self, record_id: int | None) -> None:
        row = self.model.row_of(record_id) if record_id is not None else None
        if row is None:
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
            self.detail.show_record(None)
            return
        # The rows were just read again, so the row chosen becomes the current one, which shows it.
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _show_current(self) -> None:
        record_id = self._current_id()
        if record_id is None:
            self.detail.show_record(None)
            return
        self.detail.show_record(record_detail(self.actor, record_id), self.model.broken.get(record_id, ""))

    # --- the hash chain -------------------------------------------------------------------

    def check(self) -> None:
        """Check the whole chain in the background and mark what it finds."""
        if self.task is not None and not self.task.finished:
            return
        actor = self.actor

        def work(_progress, _cancelled) -> tuple[int, list[ChainBreak]]:
            result = check_chain(actor)
            return result.checked, chain_breaks(actor, result.broken)

        title = self.tr("Checking the audit trail")
        self.check_button.setEnabled(False)
        self.task = BackgroundTask(self, title, self.tr("Reading every record of the audit trail…"), work,
                                   self._checked, self._check_failed, cancellable=False)

    def _check_failed(self, exc: Exception) -> None:
        self.check_button.setEnabled(True)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Checking the audit trail"),
                          self.tr("The check could not be finished: {error}").format(
                              error=message(exc) if isinstance(exc, DomainError) else str(exc)), parent=self)
        box.exec()

    def _checked(self, result: tuple[int, list[ChainBreak]]) -> None:
        self.check_button.setEnabled(True)
        checked, self.breaks = result
        shown: dict[int, str] = {}
        for item in self.breaks:  # a record changed may also be the last before records removed
            row = self.break_row(item)
            shown[row] = "; ".join(filter(None, (shown.get(row), self.break_text(item))))
        self.model.set_broken(shown)
        self.chain.setVisible(True)
        at = dt.datetime.now().strftime("%H:%M")
        if not self.breaks:
            self.chain.setText(self.tr("Checked at {time}: the trail is intact — {count} records, none changed "
                                       "or removed outside the program.").format(time=at, count=format_amount(checked)))
            self.chain.setStyleSheet(INTACT_STYLE)
            self.break_choice.setVisible(False)
        else:
            self.chain.setText(self.tr("Checked at {time}: the trail was changed outside the program at %n "
                                       "place(s), shown in red ({count} records read). Choose one to see it:",
                                       "", len(self.breaks)).format(time=at, count=format_amount(checked)))
            self.chain.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
            self.break_choice.clear()
            for item in self.breaks:
                self.break_choice.addItem(self.break_text(item), self.break_row(item))
            self.break_choice.setVisible(True)
        self._show_current()

    @staticmethod
    def break_row(item: ChainBreak) -> int:
        """The record a break is shown on: the one where the chain breaks, or, when the newest
        records were removed, the last record left before them."""
        return item.removed_from - 1 if item.at_end and item.removed_from else item.id

    def break_text(self, item: ChainBreak) -> str:
        if item.at_end:
            if item.removed_from == item.removed_to:
                return self.tr("Record {first}, the newest, was removed outside the program (the trail now ends "
                               "before it)").format(first=item.removed_from)
            return self.tr("Records {first}–{last}, the newest, were removed outside the program (the trail now "
                           "ends before them)").format(first=item.removed_from, last=item.removed_to)
        if item.removed_from is None:
            return self.tr("Record {number} was changed outside the program").format(number=item.id)
        if item.removed_from == item.removed_to:
            return self.tr("Record {first} was removed outside the program (the chain breaks at {number})").format(
                first=item.removed_from, number=item.id)
        return self.tr("Records {first}–{last} were removed outside the program (the chain breaks at {number})"
                       ).format(first=item.removed_from, last=item.removed_to, number=item.id)

    def _break_chosen(self, index: int) -> None:
        record_id = self.break_choice.itemData(index)
        if record_id is not None:
            self.show_record(record_id)

    def show_record(self, record_id: int) -> None:
        """Clear the filters and show the trail from the record *record_id* on, with it chosen."""
        self._reset_filters()
        self._show_page(records_from(self.actor, record_id, self.page_size), replace=True)
        self._select(record_id)

"""Requests waiting for a second user's approval, and those decided. A user whose role decides
them sees every request and approves or rejects it; anyone else sees their own, and may
withdraw one while it waits."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.approval_queries import (
    DECIDED_DAYS,
    REQUEST_STATUSES,
    RequestRow,
    decided_requests,
    pending_count,
    pending_counts,
    pending_requests,
    request_row,
    sees_all,
)
from desktop.approvals import approve, reject, withdraw
from desktop.auth import ROLE_LABELS, Actor
from desktop.dates import format_moment
from desktop.errors import DomainError, NotFound, StaleRecord
from desktop.text import NOTE_LENGTH, REASON_LENGTH
from ui.bus import bus
from ui.i18n import label, message
from ui.widgets import (
    ERROR_STYLE,
    HINT_STYLE,
    Column,
    DateField,
    Form,
    ReasonDialog,
    RowsModel,
    confirm,
    dialog_buttons,
    make_table,
    push,
    report,
    show_refusal,
)

# The pages that show what an approved request changed.
AREAS = {
    "savings.reverse": ("savings",),
    "loans.reverse": ("loans",),
    "loans.reverse_group_repayment": ("loans",),
    "loans.writeoff": ("loans",),
    "loans.approve": ("loans",),
    "sheet.reverse": ("savings", "loans"),
    "cash.reverse": ("cash",),
    "month.reopen": ("cash",),
}
ASKED_ON, DECIDED_ON = 3, 5  # the columns the lists are read in order of


def when(value: dt.datetime | None) -> str:
    return format_moment(value) if value else ""


def facts_line(row: RequestRow) -> str:
    """The facts on one line, for the list."""
    return " · ".join(value for _caption, value in row.summary)


def facts_html(row: RequestRow) -> str:
    """What is asked, by whom, and the facts, for a dialog's header."""
    lines = "".join(f"<tr><td>{escape(label(caption))}:&nbsp;</td><td>{escape(value)}</td></tr>"
                    for caption, value in row.summary)
    title = QCoreApplication.translate("ApprovalsPage", "<b>Request {number}: {action}</b>, asked by {user}").format(
        number=row.id, action=escape(label(row.label)), user=escape(row.requested_by))
    return f"{title}<table>{lines}</table>"


class RequestsModel(RowsModel):
    """The requests; what each asks, with its facts, also under the mouse."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:
            row = self.rows[index.row()]
            return "\n".join([label(row.label), *(f"{label(c)}: {v}" for c, v in row.summary)])
        return super().data(index, role)


class ApproveDialog(QDialog):
    """Approve a request, with an optional note: the action is carried out as asked."""

    def __init__(self, actor: Actor, row: RequestRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.row = actor, row
        self.setWindowTitle(self.tr("Approve the request"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        header = QLabel(facts_html(row))
        header.setObjectName("approve_header")
        header.setWordWrap(True)
        layout.addWidget(header)
        hint = QLabel(self.tr("Approving carries it out now, as it was asked, in the name of {user}.").format(
            user=row.requested_by))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(hint)
        self.form = Form(QFormLayout())
        self.note = self.form.add(self.tr("Note (optional)"), QLineEdit(), "note")
        self.note.setObjectName("approve_note")
        self.note.setMaxLength(NOTE_LENGTH)
        layout.addLayout(self.form.layout)
        layout.addWidget(dialog_buttons(self, self.tr("Approve")))
        self.note.setFocus()

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            approve(self.actor, self.row.id, self.row.version, self.note.text())
        except DomainError as exc:
            report(self.form, self, exc)
            if isinstance(exc, StaleRecord | NotFound):
                bus.changed.emit("approvals")
            return
        for area in (*AREAS.get(self.row.action, ()), "approvals"):
            bus.changed.emit(area)
        super().accept()


class RejectRequestDialog(ReasonDialog):
    """Reject a request, saying why; nothing of it is done."""

    area = "approvals"

    def __init__(self, actor: Actor, row: RequestRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.row = actor, row
        self.build(self.tr("Reject the request"), facts_html(row), "reject_header",
                   self.tr("Nothing of what was asked is done; {user} sees the reason.").format(user=row.requested_by),
                   self.tr("for example: the deposit slip shows the amount was right"), self.tr("Reject"),
                   REASON_LENGTH)

    def take_back(self, reason: str) -> None:
        reject(self.actor, self.row.id, self.row.version, reason)


class DetailPane(QFrame):
    """The chosen request: what is asked, its facts, how it stands, and what the user may do."""

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(320)
        column = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("approval_title")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        column.addWidget(self.title)
        self.asked = QLabel()
        self.asked.setObjectName("approval_asked")
        self.asked.setWordWrap(True)
        column.addWidget(self.asked)
        self.facts = QFormLayout()
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        column.addLayout(self.facts)
        self.standing = QLabel()
        self.standing.setObjectName("approval_standing")
        self.standing.setWordWrap(True)
        self.standing.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.standing)
        buttons = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("Approve…"))
        self.approve_button.setObjectName("approval_approve")
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.reject_button.setObjectName("approval_reject")
        self.withdraw_button = QPushButton(self.tr("Withdraw"))
        self.withdraw_button.setObjectName("approval_withdraw")
        for button in (self.approve_button, self.reject_button, self.withdraw_button):
            buttons.addWidget(button)
        buttons.addStretch()
        column.addLayout(buttons)
        column.addStretch()
        self.show_row(None)

    def show_row(self, row: RequestRow | None, gone: str = "") -> None:
        """Show *row*; with none, what became of the request chosen before (*gone*), if anything."""
        while self.facts.rowCount():
            self.facts.removeRow(0)
        pending = row is not None and row.status == "pending"
        self.approve_button.setVisible(pending and row.may_decide)
        self.reject_button.setVisible(pending and row.may_decide)
        self.withdraw_button.setVisible(pending and row.own)
        if row is None:
            self.title.setText(gone or self.tr("Choose a request in the list."))
            self.asked.setText(self.tr("Choose a request in the list.") if gone else "")
            self.standing.clear()
            return
        self.title.setText(self.tr("Request {number}: {action}").format(number=row.id, action=label(row.label)))
        self.asked.setText(self.tr("Asked by {user} on {when}.").format(user=row.requested_by, when=when(row.requested_at)))
        for caption, value in row.summary:
            fact = QLabel(value)
            fact.setWordWrap(True)
            fact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(label(caption) + ":", fact)
        self.standing.setText(self._standing(row))

    def _standing(self, row: RequestRow) -> str:
        if row.status != "pending":
            text = self.tr("{status} by {user} on {when}.").format(
                status=label(REQUEST_STATUSES[row.status]), user=escape(row.decided_by), when=when(row.decided_at))
            return f"<b>{text}</b>" + (f"<br>{escape(row.note)}" if row.note else "")
        roles = " / ".join(label(ROLE_LABELS[role]) for role in row.approvers)
        if row.may_decide:
            return self.tr("Approving carries it out as asked; rejecting needs a reason.")
        if row.own:
            return self.tr("Waiting for approval by {roles}, other than you. You may withdraw it while it waits.").format(roles=escape(roles))
        return self.tr("Waiting for {roles}, other than {user}.").format(roles=escape(roles), user=escape(row.requested_by))


class ApprovalsPage(QWidget):
    # The requests waiting for the user (see ``pending_count``), after each reading.
    count_changed = Signal(int)

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.loaded = self.stale = False
        self.gone: dict[int, str] = {}  # by tab: what became of the request chosen there
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("approvals_heading")
        self.heading.setStyleSheet("font-weight: bold;")
        bar.addWidget(self.heading, 1)
        bar.addWidget(push(self.tr("Refresh"), self.refresh, "approvals_refresh"))
        layout.addLayout(bar)
        hint = QLabel(self.tr("Actions the office marked in Settings wait here until a second user approves them. "
                              "Approving carries the action out as it was asked, in the name of the user who asked.")
                      if sees_all(actor) else
                      self.tr("Your requests for actions that need a second user's approval, and how they were decided."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(hint)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("approvals_tabs")
        self.tabs.addTab(self._pending_tab(), self.tr("Waiting"))
        self.tabs.addTab(self._decided_tab(), self.tr("Decided"))
        self.tabs.currentChanged.connect(lambda *_: self._show_selected())
        self.detail = DetailPane()
        self.detail.approve_button.clicked.connect(self.approve)
        self.detail.reject_button.clicked.connect(self.reject)
        self.detail.withdraw_button.clicked.connect(self.withdraw)
        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([830, 330])
        layout.addWidget(splitter, 1)
        bus.changed.connect(self._on_changed)

    def _columns(self, decided: bool) -> list[Column]:
        columns = [
            Column(self.tr("No."), lambda r: str(r.id), lambda r: r.id, width=45, align_right=True),
            Column(self.tr("Action"), lambda r: label(r.label), width=195),
            Column(self.tr("Asked by"), lambda r: r.requested_by, width=105),
        ]
        if decided:
            return columns + [
                Column(self.tr("Status"), lambda r: label(REQUEST_STATUSES[r.status]), width=100),
                Column(self.tr("Decided by"), lambda r: r.decided_by, width=105),
                Column(self.tr("Decided on"), lambda r: when(r.decided_at), lambda r: r.decided_at, width=125),
                Column(self.tr("Note"), lambda r: r.note, width=100),
            ]
        return columns + [
            Column(self.tr("Asked on"), lambda r: when(r.requested_at), lambda r: r.requested_at, width=125),
            Column(self.tr("What"), facts_line, width=250),
        ]

    def _table(self, tab: int, model: RowsModel, name: str, column: int, order: Qt.SortOrder) -> QTableView:
        """The list of the tab *tab*, in the order its rows are read (marked on *column*): the
        header's mark tells the order the rows stand in, also after each reading."""
        table = make_table(model, name)
        table.sortByColumn(column, order)
        table.selectionModel().selectionChanged.connect(lambda *_: self._chosen(tab))
        return table

    def _pending_tab(self) -> QWidget:
        self.pending_model = RequestsModel(self._columns(False), self)
        # Oldest first, as they wait.
        self.pending_table = self._table(0, self.pending_model, "approvals_pending", ASKED_ON,
                                         Qt.SortOrder.AscendingOrder)
        return self.pending_table

    def _decided_tab(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        self.first = DateField()
        self.first.setObjectName("approvals_first")
        self.last = DateField()
        self.last.setObjectName("approvals_last")
        for caption, field in ((self.tr("From"), self.first), (self.tr("To"), self.last)):
            row.addWidget(QLabel(caption))
            field.setMaximumWidth(150)
            field.edit.returnPressed.connect(self.show_decided)
            row.addWidget(field)
        row.addWidget(push(self.tr("Show"), self.show_decided, "approvals_show_decided"))
        self.period_note = QLabel()
        self.period_note.setObjectName("approvals_period_note")
        self.period_note.setWordWrap(True)
        row.addWidget(self.period_note, 1)
        column.addLayout(row)
        self.decided_model = RequestsModel(self._columns(True), self)
        # Newest first.
        self.decided_table = self._table(1, self.decided_model, "approvals_decided", DECIDED_ON,
                                         Qt.SortOrder.DescendingOrder)
        column.addWidget(self.decided_table, 1)
        self._say_period("", HINT_STYLE)
        return box

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        # Read when shown: a request may have come from another PC since.
        if not self.loaded or self.stale:
            self.refresh()

    def _on_changed(self, area: str) -> None:
        if area == "approvals":
            self.stale = True
            if self.isVisible():
                self.refresh()
            else:
                self.count_changed.emit(pending_count(self.actor))

    def refresh(self) -> None:
        self.loaded, self.stale = True, False
        chosen = self.chosen(self.pending_table, self.pending_model)
        rows = pending_requests(self.actor)
        self._fill(self.pending_table, self.pending_model, rows)
        counts = pending_counts(self.actor, rows)
        if sees_all(self.actor):
            heading = self.tr("%n request(s) wait for your decision.", "", counts.to_decide)
            if counts.own:
                heading += " " + self.tr("%n of your own wait for another user.", "", counts.own)
            self.heading.setText(heading)
        else:
            self.heading.setText(self.tr("%n of your requests wait for approval.", "", counts.own))
        self.tabs.setTabText(0, self.tr("Waiting ({count})").format(count=len(rows)))
        self.count_changed.emit(pending_count(self.actor, counts))
        self.show_decided()
        self._select(0, chosen)

    def show_request(self, request_id: int) -> None:
        """Show the request *request_id*, in the tab that lists it now."""
        self.refresh()
        for tab, (table, model) in enumerate(self._lists()):
            ids = [r.id for r in model.rows]
            if request_id in ids:
                self.tabs.setCurrentIndex(tab)
                table.selectRow(ids.index(request_id))
                return

    def _say_period(self, text: str, style: str) -> None:
        self.period_note.setText(text or self.tr("Empty: the last {days} days.").format(days=DECIDED_DAYS))
        self.period_note.setStyleSheet(style)

    def show_decided(self) -> None:
        """Read the decided requests of the period typed; a date that cannot be read is said
        beside it, and the list stays as it was."""
        try:
            first, last = self.first.value(), self.last.value()
        except DomainError as exc:
            self._say_period(message(exc), ERROR_STYLE)
            return
        self._say_period("", HINT_STYLE)
        chosen = self.chosen(self.decided_table, self.decided_model)
        self._fill(self.decided_table, self.decided_model, decided_requests(self.actor, first, last))
        self._select(1, chosen)

    @staticmethod
    def _fill(table: QTableView, model: RowsModel, rows: list[RequestRow]) -> None:
        model.set_rows(rows)
        header = table.horizontalHeader()
        table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _lists(self) -> list[tuple[QTableView, RowsModel]]:
        return [(self.pending_table, self.pending_model), (self.decided_table, self.decided_model)]

    def _select(self, tab: int, chosen: RequestRow | None) -> None:
        """Choose *chosen* again in the list of *tab*. When it has left that list (withdrawn or
        decided meanwhile, here or elsewhere), nothing is chosen and the pane says what became
        of it; the first row is chosen only when nothing was chosen before."""
        table, model = self._lists()[tab]
        ids = [r.id for r in model.rows]
        selection = table.selectionModel()
        selection.blockSignals(True)  # not a choice of the user's
        if chosen is not None and chosen.id in ids:
            table.selectRow(ids.index(chosen.id))
        elif chosen is not None:
            table.clearSelection()
            self.gone[tab] = self._gone_text(chosen) if tab == 0 else ""
        elif ids and not self.gone.get(tab):
            table.selectRow(0)
        selection.blockSignals(False)
        table.viewport().update()
        self._show_selected()

    def _gone_text(self, chosen: RequestRow) -> str:
        row = request_row(self.actor, chosen.id)
        if row is None or row.status == "pending":
            return self.tr("Request {number} is no longer in the list.").format(number=chosen.id)
        done = {
            "approved": self.tr("Request {number} was approved by {user} on {when}; it is listed under Decided."),
            "rejected": self.tr("Request {number} was rejected by {user} on {when}; it is listed under Decided."),
            "withdrawn": self.tr("Request {number} was withdrawn by {user} on {when}; it is listed under Decided."),
        }[row.status]
        return done.format(number=row.id, user=row.decided_by, when=when(row.decided_at))

    @staticmethod
    def chosen(table: QTableView, model: RowsModel) -> RequestRow | None:
        rows = table.selectionModel().selectedRows()
        return model.row_at(rows[0].row()) if rows else None

    def current(self) -> RequestRow | None:
        return self.chosen(*self._lists()[self.tabs.currentIndex()])

    def _chosen(self, tab: int) -> None:
        """The user chose another request: what became of the one before is no longer news."""
        self.gone.pop(tab, None)
        self._show_selected()

    def _show_selected(self) -> None:
        self.detail.show_row(self.current(), self.gone.get(self.tabs.currentIndex(), ""))

    # The dialogs and the withdrawal say "approvals" changed, on which the page reads its lists again.
    def approve(self) -> None:
        row = self.current()
        if row is not None and row.may_decide:
            ApproveDialog(self.actor, row, self).exec()

    def reject(self) -> None:
        row = self.current()
        if row is not None and row.may_decide:
            RejectRequestDialog(self.actor, row, self).exec()

    def withdraw(self) -> None:
        row = self.current()
        if row is None or not row.own or row.status != "pending":
            return
        if not confirm(self, self.tr("Withdraw the request"),
                       self.tr("Withdraw request {number}: {action}? Nothing of it will be done.").format(
                           number=row.id, action=label(row.label)), self.tr("Withdraw")):
            return
        try:
            withdraw(self.actor, row.id, row.version)
        except DomainError as exc:
            show_refusal(self, exc)
        bus.changed.emit("approvals")


def decision_line(row: RequestRow) -> str:
    """One decision, for the notice at login."""
    text = QCoreApplication.translate(
        "ApprovalsPage", "Request {number}: {action} — {status} by {user} on {when}").format(
        number=row.id, action=label(row.label), status=label(REQUEST_STATUSES[row.status]).lower(),
        user=row.decided_by, when=when(row.decided_at))
    return text + (f": “{row.note}”" if row.note else ".")

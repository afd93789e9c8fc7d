"""Meeting day: a group's collection sheet for a date. One row per member, pre-filled with what
is due; the treasurer types over it what was actually paid, marks attendance, counts the cash,
and posts the whole sheet at once; or keeps it as a draft, prints it, reverses it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import QModelIndex, QRegularExpression, Qt
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.collection import (
    RowError,
    SheetData,
    SheetRow,
    discard_draft,
    list_sheets,
    load_sheet,
    load_sheet_by_id,
    post_sheet,
    reverse_sheet,
    save_draft,
    sheet_receipts,
)
from desktop.dates import format_date
from desktop.errors import DomainError, NotFound
from desktop.groups import group_choices
from desktop.labels import SHEET_STATUSES
from desktop.money import format_amount, format_rupiah, parse_rupiah
from ui.bus import bus
from ui.collection_grid import (
    ATTENDANCE_COLUMN,
    COLUMN_OF,
    INSTALLMENT,
    MEMBER,
    SUKARELA,
    WAJIB,
    WITHDRAWAL,
    SheetModel,
    SheetView,
)
from ui.i18n import label, message
from ui.loan_dialogs import print_loan_receipts
from ui.paper_dialogs import make_pdf
from ui.savings_dialogs import print_receipts
from ui.widgets import (
    ERROR_STYLE,
    HINT_STYLE,
    Column,
    DateField,
    Form,
    MoneyField,
    RowsModel,
    combo,
    confirm,
    dialog_buttons,
    make_table,
    push,
    refill,
    report,
    show_refusal,
)

MATCH_STYLE = "color: #1e7b34; font-weight: bold;"
MISMATCH_STYLE = "color: #b00020; font-weight: bold;"
STATUS_STYLES = {"new": "", "draft": "color: #9a5b00;", "posted": "color: #1e7b34;", "reversed": "color: #b00020;"}


class ReverseSheetDialog(QDialog):
    """Cancel a posted sheet as a whole, with the reason."""

    def __init__(self, actor: Actor, sheet: SheetData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.sheet = actor, sheet
        self.setWindowTitle(self.tr("Reverse the sheet"))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        header = QLabel(self.tr("<b>{group}</b> — meeting of {date}: %n member(s), {money_in} in, {money_out} out.", "", len(sheet.lines)).format(
            group=escape(sheet.group), date=format_date(sheet.on),
            money_in=format_rupiah(sheet.total_in), money_out=format_rupiah(sheet.total_out)))
        header.setObjectName("reverse_sheet_header")
        header.setWordWrap(True)
        layout.addWidget(header)
        explain = QLabel(self.tr("Every deposit, withdrawal and installment the sheet posted is reversed; they stay in the books with the reason. The sheet of this day can then be entered again."))
        explain.setWordWrap(True)
        explain.setStyleSheet(HINT_STYLE)
        layout.addWidget(explain)
        self.form = Form(QFormLayout())
        self.reason = self.form.add(self.tr("Reason"), QLineEdit(), "reason")
        self.reason.setObjectName("reverse_sheet_reason")
        self.reason.setMaxLength(150)
        self.reason.setPlaceholderText(self.tr("for example: the meeting was entered under the wrong date"))
        layout.addLayout(self.form.layout)
        layout.addWidget(dialog_buttons(self, self.tr("Reverse the sheet")))
        self.reason.setFocus()

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            reverse_sheet(self.actor, self.sheet.sheet_id, self.reason.text(), self.sheet.version)
        except DomainError as exc:
            report(self.form, self, exc)
            return
        super().accept()


class CollectionPage(QWidget):
    """The meeting-day page: choose a group and a date, type the sheet, count, post."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.sheet: SheetData | None = None
        self.cash_ok = False
        self.announcing = False
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        self.status = QLabel(self.tr("Choose a group and the date of its meeting."))
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setObjectName("sheet_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sheet_tabs")
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.addTab(self._sheet_tab(), self.tr("Sheet"))
        self.tabs.addTab(self._list_tab(), self.tr("Sheets of the group"))
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.post)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.post)
        bus.changed.connect(self._on_changed)
        self._update_buttons()

    # --- building -----------------------------------------------------------------------

    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Group")))
        self.group = combo(group_choices(), blank=self.tr("Choose a group…"))
        self.group.setObjectName("sheet_group")
        self.group.setMinimumContentsLength(22)
        self.group.activated.connect(lambda *_: self.open_sheet())
        bar.addWidget(self.group)
        bar.addWidget(QLabel(self.tr("Meeting date")))
        self.date = DateField()
        self.date.setObjectName("sheet_date")
        self.date.set_value(dt.date.today())
        self.date.edit.returnPressed.connect(self.open_sheet)
        bar.addWidget(self.date)
        self.open_button = push(self.tr("Open"), self.open_sheet, "sheet_open")
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        return bar

    def _sheet_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 4, 0, 0)
        self.model = SheetModel(self)
        self.model.totals_changed.connect(self._update_totals)
        self.grid = SheetView(self.model)
        self.grid.reached_end.connect(self._count_cash)
        layout.addWidget(self.grid, 1)
        self.hint = QLabel(self.tr("Type an amount to replace what is shown · Enter: the next member, same column · Tab: the next cell along the row (Shift goes back) · Delete: 0 · Attendance: H present, T late, I excused, A absent · After the last cell: the cash counted · Ctrl+S saves the draft, Ctrl+Enter posts"))
        self.hint.setObjectName("sheet_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(self.hint)
        self.totals = QLabel()
        self.totals.setObjectName("sheet_totals")
        self.totals.setStyleSheet("font-weight: bold;")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.totals)
        layout.addLayout(self._cash_row())
        self.error = QLabel()
        self.error.setObjectName("sheet_error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        layout.addLayout(self._button_row())
        return tab

    def _cash_row(self) -> QGridLayout:
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Cash counted (Rp)")), 0, 0)
        self.cash = MoneyField()
        self.cash.setObjectName("sheet_cash")
        # Withdrawals above the money collected leave less in the box than at the start.
        self.cash.setValidator(QRegularExpressionValidator(QRegularExpression(r"-?(Rp|rp|RP)?[ 0-9.,]*"), self.cash))
        self.cash.setFixedWidth(150)
        self.cash.textChanged.connect(lambda *_: self._update_cash())
        self.cash.textEdited.connect(lambda *_: setattr(self.model, "dirty", True))
        self.cash.returnPressed.connect(self._cash_entered)
        grid.addWidget(self.cash, 0, 1)
        self.difference = QLabel()
        self.difference.setObjectName("sheet_difference")
        self.difference.setWordWrap(True)
        self.difference.setTextFormat(Qt.TextFormat.PlainText)
        grid.addWidget(self.difference, 0, 2)
        grid.addWidget(QLabel(self.tr("Note")), 1, 0)
        self.note = QLineEdit()
        self.note.setObjectName("sheet_note")
        self.note.setMaxLength(200)
        self.note.textEdited.connect(lambda *_: setattr(self.model, "dirty", True))
        grid.addWidget(self.note, 1, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        return grid

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.save_button = push(self.tr("Save draft (Ctrl+S)"), self.save, "sheet_save")
        self.post_button = push(self.tr("Post the sheet (Ctrl+Enter)"), self.post, "sheet_post")
        self.receipts_button = push(self.tr("Print all receipts…"), self.print_all_receipts, "sheet_receipts")
        self.record_button = push(self.tr("Print meeting record…"), self.print_record, "sheet_record")
        self.blank_button = push(self.tr("Print collection sheet…"), self.print_blank, "sheet_blank")
        self.reverse_button = push(self.tr("Reverse the sheet…"), self.reverse, "sheet_reverse")
        self.discard_button = push(self.tr("Delete the draft…"), self.discard, "sheet_discard")
        for button in (self.save_button, self.post_button, self.discard_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.blank_button, self.receipts_button, self.record_button, self.reverse_button):
            row.addWidget(button)
        self.save_button.setVisible(self.actor.may("sheet.draft"))
        self.post_button.setVisible(self.actor.may("sheet.post"))
        self.discard_button.setVisible(self.actor.may("sheet.draft"))
        self.reverse_button.setVisible(self.actor.may("sheet.reverse"))
        return row

    def _list_tab(self) -> QWidget:
        self.list_model = RowsModel([
            Column(self.tr("Date"), lambda r: format_date(r.on), lambda r: r.on, 90),
            Column(self.tr("Status"), lambda r: label(SHEET_STATUSES.get(r.status, r.status)), width=100),
            Column(self.tr("Money in (Rp)"), lambda r: format_amount(r.total_in), lambda r: r.total_in, 115, True),
            Column(self.tr("Money out (Rp)"), lambda r: format_amount(r.total_out), lambda r: r.total_out, 115, True),
            Column(self.tr("Net (Rp)"), lambda r: format_amount(r.total_in - r.total_out),
                   lambda r: r.total_in - r.total_out, 115, True),
            Column(self.tr("Present"), lambda r: f"{r.present} / {r.members}", lambda r: r.present, 80, True),
        ], self)
        self.sheets = make_table(self.list_model, "sheet_list")
        self.sheets.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.sheets.activated.connect(self._open_listed)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.sheets, 1)
        hint = QLabel(self.tr("Enter or a double click opens a sheet. A reversed sheet is kept here; its day can be entered again."))
        hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(hint)
        return tab

    # --- opening ------------------------------------------------------------------------

    def open_sheet(self) -> None:
        """Open the sheet of the group and date chosen at the top."""
        group_id = self.group.currentData()
        if group_id is None:
            self.refresh_list()
            self._show_status(self.tr("Choose a group and the date of its meeting."), ERROR_STYLE)
            return
        try:
            on = self.date.required_value("date")
        except DomainError as exc:
            self._show_status(escape(message(exc)), ERROR_STYLE)
            return
        if self.sheet is not None and (self.sheet.group_id, self.sheet.on) == (group_id, on) and self.model.dirty:
            self.grid.setFocus()  # the sheet being typed is already open; reading it again would lose it
            return
        if self.may_leave():
            self.load(group_id, on)

    def may_leave(self) -> bool:
        """Whether typed amounts not yet saved may be left (the user is asked)."""
        if self.sheet is None or not self.model.dirty:
            return True
        return confirm(self, self.tr("Leave the sheet"), self.tr(
            "The sheet of {group} for {date} has changes that are not saved. Leave them?").format(
            group=self.sheet.group, date=format_date(self.sheet.on)), self.tr("Leave them"))

    def load(self, group_id: int, on: dt.date, focus: bool = True, sheet_id: int | None = None) -> None:
        """Read the sheet afresh and show it (typed changes are dropped): the group's sheet of the
        day, or the saved sheet *sheet_id* (a reversed one is read only so)."""
        current = self.grid.currentIndex()
        try:
            self.sheet = load_sheet_by_id(sheet_id) if sheet_id else load_sheet(group_id, on)
        except DomainError as exc:
            show_refusal(self, exc)
            return
        sheet = self.sheet
        editable = self.actor.may("sheet.draft") and sheet.status in ("new", "draft")
        self.model.set_sheet(sheet, editable)
        self.cash.set_value(sheet.cash_counted)
        self.note.setText(sheet.note)
        for field in (self.cash, self.note):
            field.setReadOnly(not editable)
        self.hint.setVisible(editable)
        self._clear_errors()
        self._describe()
        self._update_cash()
        self.refresh_list()
        if self.model.rowCount():
            row = min(current.row(), self.model.rowCount() - 1) if current.isValid() and not focus else 0
            self.grid.setCurrentIndex(self.model.index(row, current.column() if not focus else ATTENDANCE_COLUMN))
        if focus:
            self.tabs.setCurrentIndex(0)
            self.grid.setFocus()

    def reload(self) -> None:
        """Read the sheet shown again, keeping the place in the grid."""
        sheet = self.sheet
        self.load(sheet.group_id, sheet.on, False, sheet.sheet_id if sheet.status == "reversed" else None)

    def _describe(self) -> None:
        sheet = self.sheet
        where = f"<b>{escape(sheet.group)}</b> · {format_date(sheet.on)} · " + self.tr("%n member(s)", "", len(sheet.lines))
        if sheet.status == "posted":
            when = sheet.posted_at.strftime("%d/%m/%Y %H:%M") if sheet.posted_at else ""
            state = self.tr("Posted by {user} on {when}. A posted sheet is not changed; it can be reversed as a whole.").format(
                user=sheet.posted_by, when=when)
        elif sheet.status == "reversed":
            state = self.tr("Reversed: {reason}. The sheet is kept as it was posted; open the day again to enter it anew.").format(
                reason=sheet.reversal_reason)
        elif sheet.status == "draft":
            state = self.tr("Draft started by {user}, not posted yet.").format(user=sheet.saved_by)
        elif not sheet.lines:
            state = self.tr("The group has no active members on this date.")
        else:
            state = self.tr("New sheet, filled in with what is due; nothing is saved yet.")
        if not self.actor.may("sheet.draft") and sheet.status in ("new", "draft"):
            state += " " + self.tr("Your role may look at sheets but not fill them in.")
        self._show_status(f"{where} — {escape(state)}", STATUS_STYLES.get(sheet.status, ""))

    def _show_status(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("font-size: 11pt; " + style)

    def refresh_list(self) -> None:
        group_id = self.group.currentData()
        # One group's sheets only: the whole office's would sum every line ever kept.
        rows: list[SheetRow] = list_sheets(group_id, limit=200) if group_id is not None else []
        self.list_model.set_rows(rows)
        self.sheets.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def _open_listed(self, index: QModelIndex) -> None:
        row: SheetRow = self.list_model.row_at(index.row())
        if not self.may_leave():
            return
        self.group.setCurrentIndex(max(self.group.findData(row.group_id), 0))
        self.date.set_value(row.on)
        self.load(row.group_id, row.on, sheet_id=row.id)

    # --- totals and cash ----------------------------------------------------------------

    def _update_totals(self) -> None:
        m = self.model
        money_in = m.total(WAJIB) + m.total(SUKARELA) + m.total(INSTALLMENT)
        self.totals.setText(self.tr(
            "In {money_in} (wajib {wajib}, sukarela {sukarela}, installments {installments}) · "
            "Out {money_out} · Cash to count {net} · Present {present} of {members}").format(
            money_in=format_rupiah(money_in), wajib=format_rupiah(m.total(WAJIB)),
            sukarela=format_rupiah(m.total(SUKARELA)), installments=format_rupiah(m.total(INSTALLMENT)),
            money_out=format_rupiah(m.total(WITHDRAWAL)), net=format_rupiah(m.net),
            present=m.present(), members=m.rowCount()))
        self._update_cash()

    def cash_counted(self) -> int | None:
        """The cash typed (a leading minus when more went out than came in)."""
        text = self.cash.text().strip()
        if text.startswith("-"):
            value = parse_rupiah(text[1:], "cash_counted")
            return -value if value is not None else None
        return parse_rupiah(text, "cash_counted")

    def _update_cash(self) -> None:
        net = self.model.net
        try:
            counted, text, unreadable = self.cash_counted(), "", False
        except DomainError as exc:
            counted, text, unreadable = None, message(exc), True
        self.cash_ok = counted == net and self.sheet is not None
        open_sheet = self.sheet is not None and self.sheet.status in ("new", "draft")
        if self.sheet is None:
            text = ""
        elif counted is None:
            text = text or self.tr("Count the cash and enter it: the sheet comes to {net}.").format(net=format_rupiah(net))
        elif counted == net:
            text = self.tr("Matches the sheet: {net}.").format(net=format_rupiah(net))
        else:
            text = (self.tr("{difference} short: the sheet comes to {net}, {counted} was counted.") if counted < net
                    else self.tr("{difference} over: the sheet comes to {net}, {counted} was counted.")).format(
                difference=format_rupiah(abs(counted - net)), net=format_rupiah(net), counted=format_rupiah(counted))
        if open_sheet and not self.cash_ok and self.actor.may("sheet.post"):
            text += " " + self.tr("Posting waits until the cash counted matches the sheet.")
        self.difference.setText(text)
        mismatch = counted is not None or unreadable
        self.difference.setStyleSheet(MATCH_STYLE if self.cash_ok else MISMATCH_STYLE if mismatch else HINT_STYLE)
        self.cash.setStyleSheet("")
        self._update_buttons()

    def _count_cash(self) -> None:
        self.cash.setFocus()
        self.cash.selectAll()

    def _cash_entered(self) -> None:
        if self.post_button.isVisible() and self.post_button.isEnabled():
            self.post_button.setFocus()

    def _update_buttons(self) -> None:
        status = self.sheet.status if self.sheet is not None else None
        open_sheet = status in ("new", "draft") and self.model.rowCount() > 0
        self.save_button.setEnabled(open_sheet and self.model.editable)
        self.post_button.setEnabled(open_sheet and self.cash_ok and self.actor.may("sheet.post"))
        self.post_button.setToolTip("" if self.cash_ok else self.tr("Enter the cash counted; it must match the sheet."))
        self.blank_button.setEnabled(open_sheet)
        self.receipts_button.setEnabled(status == "posted")
        self.record_button.setEnabled(status in ("posted", "reversed"))
        self.reverse_button.setEnabled(status == "posted" and self.actor.may("sheet.reverse"))
        self.discard_button.setEnabled(status == "draft" and self.actor.may("sheet.draft"))

    # --- saving, posting, reversing -----------------------------------------------------

    def _clear_errors(self) -> None:
        self.error.setVisible(False)
        self.error.clear()
        self.model.mark_refused(None)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def save(self) -> None:
        """Keep the sheet as typed so far, to finish later."""
        self.grid.commit()
        if not (self.save_button.isVisible() and self.save_button.isEnabled()):
            return
        self._write(lambda cash: save_draft(self.actor, self.sheet.group_id, self.sheet.on, self.model.typed_lines(),
                                            cash, self.note.text(), self.sheet.version))

    def post(self) -> None:
        """Post the whole sheet, once the cash counted matches it."""
        self.grid.commit()
        if not (self.post_button.isVisible() and self.post_button.isEnabled()):
            return
        sheet = self.sheet
        if not confirm(self, self.tr("Post the sheet"), self.tr(
                "Post the sheet of {group} for {date}: %n member(s), {net} in cash? Posted money is "
                "not changed afterwards; the sheet can only be reversed as a whole.", "", self.model.rowCount()).format(
                group=sheet.group, date=format_date(sheet.on), net=format_rupiah(self.model.net)), self.tr("Post")):
            return
        if self._write(lambda cash: post_sheet(self.actor, sheet.group_id, sheet.on, self.model.typed_lines(),
                                               cash, self.note.text(), sheet.version)):
            self.receipts_button.setFocus()

    def _write(self, operation) -> bool:
        """Run the save or the post; show its refusal where it belongs, or reload and tell the pages."""
        self._clear_errors()
        sheet = self.sheet
        try:
            operation(self.cash_counted())
        except RowError as exc:
            self._show_row_error(exc)
            return False
        except DomainError as exc:
            self._show_refusal(exc)
            return False
        self.load(sheet.group_id, sheet.on, focus=False)
        self.announce()
        return True

    def _show_row_error(self, exc: RowError) -> None:
        row = exc.row - 1
        index = self.model.index(row, COLUMN_OF.get(exc.column, MEMBER))
        self.model.mark_refused(row)
        self.grid.setCurrentIndex(index)
        self.grid.scrollTo(index)
        self.grid.setFocus()
        self._show_error(self.tr("Nothing was posted. Row {row}, {name}: {message}").format(
            row=exc.row, name=exc.name, message=message(exc)))

    def _show_refusal(self, exc: DomainError) -> None:
        if exc.field == "cash_counted":
            self.cash.setStyleSheet("border: 2px solid #b00020;")
            self.cash.setFocus()
            self._show_error(message(exc))
            return
        if exc.field == "date":
            self._show_error(message(exc))
            return
        sheet = self.sheet
        fresh = load_sheet(sheet.group_id, sheet.on)
        if sheet.status == "draft" and fresh.status == "new":
            self._keep_deleted_draft()
            return
        show_refusal(self, exc)
        # Someone else saved or posted the sheet meanwhile: show it as it now is.
        if (fresh.status, fresh.version) != (sheet.status, sheet.version):
            self.load(sheet.group_id, sheet.on)

    def _keep_deleted_draft(self) -> None:
        """The draft shown was deleted on another computer while it was being typed: what is on
        the screen stays, as a sheet not saved yet, which Save keeps as a new draft."""
        sheet = self.sheet = dataclasses.replace(self.sheet, sheet_id=None, status="new", version=0, saved_by="")
        self.model.dirty = True  # nothing of it is kept now: leaving asks first
        text = self.tr("The draft of this sheet was deleted on another computer. What is typed here is still "
                       "shown but no longer saved: Save draft keeps it as a new draft.")
        where = f"<b>{escape(sheet.group)}</b> · {format_date(sheet.on)} — "
        self._show_status(where + escape(self.tr("Not saved: the draft was deleted on another computer.")),
                          STATUS_STYLES["draft"])
        self._show_error(text)
        self._update_buttons()
        self.grid.setFocus()

    def reverse(self) -> None:
        if self.sheet is None or not self.reverse_button.isEnabled():
            return
        sheet = self.sheet
        dialog = ReverseSheetDialog(self.actor, sheet, self)
        if not dialog.exec():
            return
        self.load(sheet.group_id, sheet.on, False, sheet.sheet_id)
        self.announce()

    def discard(self) -> None:
        """Throw away the saved draft (nothing was posted from it)."""
        if self.sheet is None or not self.discard_button.isEnabled():
            return
        sheet = self.sheet
        if not confirm(self, self.tr("Delete the draft"), self.tr(
                "Delete the draft sheet of {group} for {date}? What was typed on it is lost; no "
                "money was posted from it.").format(group=sheet.group, date=format_date(sheet.on)),
                self.tr("Delete the draft")):
            return
        try:
            discard_draft(self.actor, sheet.sheet_id, sheet.version)
        except NotFound:
            self.load(sheet.group_id, sheet.on, focus=False)
            self._show_error(self.tr("The draft had already been deleted on another computer."))
            return
        except DomainError as exc:
            self._show_refusal(exc)
            return
        self.load(sheet.group_id, sheet.on, focus=False)
        self.refresh_list()
        self.announce("meetings")

    def announce(self, *areas: str) -> None:
        """Tell the other pages what changed: by default, that savings and loans moved."""
        self.announcing = True
        try:
            for area in areas or ("savings", "loans"):
                bus.changed.emit(area)
        finally:
            self.announcing = False

    def _on_changed(self, area: str) -> None:
        if self.announcing:
            return
        if area in ("groups", "settings"):
            refill(self.group, group_choices(), self.tr("Choose a group…"))
        if area in ("groups", "members", "savings", "loans", "settings", "meetings") and self.sheet is not None \
                and not self.model.dirty:
            self.reload()

    # --- printing -----------------------------------------------------------------------

    def print_all_receipts(self) -> None:
        if self.sheet is None or self.sheet.status != "posted":
            return
        entries, payments = sheet_receipts(self.sheet.sheet_id)
        if entries and payments:
            # The two PDFs are made at once on two threads; reportlab's fonts are registered
            # here first, as two threads registering them together can miss the bold one.
            from desktop.documents.pdf import register_fonts

            register_fonts()
        if entries:
            print_receipts(self, entries)
        if payments:
            print_loan_receipts(self, payments)

    def print_blank(self) -> None:
        """The sheet to take to the meeting: each member with what is due, columns to write in."""
        if self.sheet is None:
            return
        group_id, on = self.sheet.group_id, self.sheet.on

        def render(path: Path, progress, cancelled) -> None:
            from desktop.documents.collection_sheet import render_collection_sheet
            from desktop.documents.pdf import letterhead

            render_collection_sheet(load_sheet(group_id, on), letterhead(), path)

        make_pdf(self, self.tr("Collection sheet"), f"lembar-setoran-{on:%Y%m%d}", render)

    def print_record(self) -> None:
        """The posted sheet as the meeting's record, with its totals (marked when reversed)."""
        if self.sheet is None or self.sheet.status not in ("posted", "reversed"):
            return
        sheet_id, on = self.sheet.sheet_id, self.sheet.on

        def render(path: Path, progress, cancelled) -> None:
            from desktop.documents.collection_sheet import render_meeting_record
            from desktop.documents.pdf import letterhead

            render_meeting_record(load_sheet_by_id(sheet_id), letterhead(), path)

        make_pdf(self, self.tr("Meeting record"), f"catatan-rapat-{on:%Y%m%d}", render)

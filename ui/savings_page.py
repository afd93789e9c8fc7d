"""The treasurer's savings page: one member's accounts and passbook, with deposits, withdrawals,
reversals, receipts and statements; and the savings of a group with who is behind."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, QStringListModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.errors import DomainError, NotFound
from desktop.groups import group_choices
from desktop.labels import PAYMENT_METHODS, SAVINGS_ENTRY_KINDS
from desktop.member_queries import MemberFilter, member_id_by_number, search_members
from desktop.money import format_amount, format_rupiah
from desktop.savings_queries import (
    GroupSummary,
    LedgerLine,
    MemberSavings,
    group_summary,
    member_savings,
    products_in_use,
    statement,
)
from ui.bus import bus
from ui.i18n import label, message
from ui.paper_dialogs import make_pdf
from ui.savings_dialogs import (
    PostingDialog,
    ReverseDialog,
    StatementDialog,
    print_receipts,
    read_period,
)
from ui.widgets import (
    ERROR_STYLE,
    HINT_STYLE,
    Column,
    DateField,
    RowsModel,
    combo,
    make_table,
    push,
    refill,
    show_refusal,
)

BALANCE_COLUMN = 5
OPENING = "opening"  # the kind of the passbook's first line when it starts after the first entry


def _amount(value: int) -> str:
    return format_amount(value) if value else ""


class MemberPicker(QLineEdit):
    """Type a member number or part of a name and pick from the matches, or scan a card."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savings_member")
        self.setPlaceholderText(self.tr("Member number or name — or scan the card"))
        self.setClearButtonEnabled(True)
        self.matches: dict[str, int] = {}
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        # The list is filtered by the database as the user types; the completer only shows it.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._picked)
        self.setCompleter(completer)
        self.textEdited.connect(self._search)
        self.returnPressed.connect(self._entered)

    def _search(self, text: str) -> None:
        self.matches = {}
        if len(text.strip()) >= 2:
            rows = search_members(MemberFilter(text, status=None), "name", limit=12)
            for member_id, number, name, _nik, _sex, _born, group, *_rest in rows:
                self.matches[f"{number} — {name}" + (f" ({group})" if group else "")] = member_id
        self.names.setStringList(list(self.matches))

    def _picked(self, text: str) -> None:
        if text in self.matches:
            self.chosen.emit(self.matches[text])

    def _entered(self) -> None:
        text = self.text()
        member_id = self.matches.get(text) or member_id_by_number(text)
        if member_id is None and len(self.matches) == 1:
            member_id = next(iter(self.matches.values()))
        if member_id is not None:
            self.chosen.emit(member_id)


class PassbookModel(RowsModel):
    """The passbook's lines; reversed entries and their reversals are struck through."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid():
            line: LedgerLine = self.rows[index.row()]
            cancelled = bool(line.reversed_by) or line.kind == "reversal"
            if role == Qt.ItemDataRole.ForegroundRole and cancelled:
                return QBrush(QColor("#8a8a8a"))
            if role == Qt.ItemDataRole.FontRole and (cancelled or line.kind == OPENING):
                font = QFont()
                # The balance after a cancelled line is still what the account held then.
                font.setStrikeOut(cancelled and index.column() != BALANCE_COLUMN)
                font.setItalic(line.kind == OPENING)
                return font
        return super().data(index, role)


class MemberSavingsTab(QWidget):
    def __init__(self, actor: Actor, settings: QSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.settings = actor, settings
        self.savings: MemberSavings | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.picker = MemberPicker()
        self.picker.chosen.connect(self.show_member)
        top.addWidget(self.picker, 2)
        self.who = QLabel(self.tr("Choose a member to see their savings."))
        self.who.setObjectName("savings_who")
        self.who.setStyleSheet("font-size: 11pt;")
        top.addWidget(self.who, 3)
        layout.addLayout(top)
        self.accounts_model = RowsModel([
            Column(self.tr("Savings"), lambda a: a.product, width=220),
            Column(self.tr("Balance (Rp)"), lambda a: format_amount(a.balance), lambda a: a.balance, 130, True),
            Column(self.tr("Owed (Rp)"), lambda a: _amount(a.owed), lambda a: a.owed, 130, True),
        ], self)
        self.accounts = make_table(self.accounts_model, "savings_accounts")
        self.accounts.setSortingEnabled(False)
        self.accounts.setMaximumHeight(150)
        self.accounts.selectionModel().currentRowChanged.connect(lambda *_: self.show_passbook())
        row = QHBoxLayout()
        row.addWidget(self.accounts, 3)
        row.addLayout(self._buttons(), 1)
        layout.addLayout(row)
        layout.addLayout(self._period_bar())
        self.passbook_model = PassbookModel([
            Column(self.tr("Date"), lambda e: e.on.strftime("%d/%m/%Y"), lambda e: (e.on, e.entry_id), 90),
            Column(self.tr("Receipt"), lambda e: e.receipt_number, width=95),
            Column(self.tr("Description"), self._describe, width=330),
            Column(self.tr("In (Rp)"), lambda e: _amount(max(e.amount, 0)), lambda e: max(e.amount, 0), 105, True),
            Column(self.tr("Out (Rp)"), lambda e: _amount(max(-e.amount, 0)), lambda e: max(-e.amount, 0), 105, True),
            Column(self.tr("Balance (Rp)"), lambda e: format_amount(e.balance), lambda e: e.balance, 115, True),
            Column(self.tr("By"), lambda e: e.user, width=120),
        ], self)
        self.passbook = make_table(self.passbook_model, "savings_passbook")
        self.passbook.setSortingEnabled(False)
        self.passbook.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.passbook, 1)
        QShortcut(QKeySequence("Ctrl+D"), self, self.deposit)
        QShortcut(QKeySequence("Ctrl+W"), self, self.withdraw)
        self._update_buttons()

    def _buttons(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.deposit_button = push(self.tr("Deposit… (Ctrl+D)"), self.deposit, "savings_deposit")
        self.withdraw_button = push(self.tr("Withdrawal… (Ctrl+W)"), self.withdraw, "savings_withdraw")
        self.reverse_button = push(self.tr("Reverse the entry…"), self.reverse, "savings_reverse")
        self.receipt_button = push(self.tr("Print the receipt"), self.reprint, "savings_receipt")
        self.statement_button = push(self.tr("Statement…"), self.print_statement, "savings_statement")
        for button in (self.deposit_button, self.withdraw_button, self.reverse_button,
                       self.receipt_button, self.statement_button):
            column.addWidget(button)
        column.addStretch()
        return column

    def _period_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.passbook_title = QLabel()
        self.passbook_title.setObjectName("passbook_title")
        self.passbook_title.setStyleSheet("font-weight: bold;")
        bar.addWidget(self.passbook_title, 1)
        bar.addWidget(QLabel(self.tr("From")))
        self.first = DateField()
        self.first.setObjectName("passbook_first")
        self.first.edited.connect(self.show_passbook)
        bar.addWidget(self.first)
        bar.addWidget(QLabel(self.tr("to")))
        self.last = DateField()
        self.last.setObjectName("passbook_last")
        self.last.edited.connect(self.show_passbook)
        bar.addWidget(self.last)
        self.period_note = QLabel()
        self.period_note.setStyleSheet(HINT_STYLE)
        bar.addWidget(self.period_note)
        return bar

    def _describe(self, line: LedgerLine) -> str:
        if line.kind == OPENING:
            return self.tr("Balance brought forward")
        text = label(SAVINGS_ENTRY_KINDS[line.kind])
        if line.kind in ("deposit", "withdrawal", "payout"):
            text += f" ({label(PAYMENT_METHODS.get(line.method, line.method)).lower()})"
        if line.note:
            text += f" — {line.note}"
        if line.reversed_by:
            text += " " + self.tr("[reversed by {number}]").format(number=line.reversed_by)
        return text

    def show_member(self, member_id: int) -> None:
        try:
            self.savings = member_savings(member_id)
        except NotFound as exc:
            show_refusal(self, exc)
            return
        s = self.savings
        status = "" if s.status == "active" else " · " + self.tr("left the office")
        self.who.setText(self.tr("<b>{name}</b> ({number}) — {group}{status}<br>Total savings <b>{total}</b>{owed}").format(
            name=s.name, number=s.number, group=s.group or "-", status=status,
            total=format_rupiah(s.total),
            owed=(" · " + self.tr("owes {owed}").format(owed=format_rupiah(s.owed))) if s.owed else ""))
        self.picker.clear()
        current = self.current_account()
        self.accounts_model.set_rows(s.accounts)
        ids = [a.id for a in s.accounts]
        self.accounts.selectRow(ids.index(current) if current in ids else 0)
        self.show_passbook()

    def current_account(self) -> int | None:
        index = self.accounts.currentIndex()
        return self.accounts_model.row_at(index.row()).id if index.isValid() else None

    def _period(self) -> tuple[dt.date | None, dt.date] | None:
        """The period typed, or None (with the reason shown) while it cannot be read."""
        try:
            period = read_period(self.first, self.last, dt.date.today())
        except DomainError as exc:
            self.period_note.setText(message(exc))
            self.period_note.setStyleSheet(ERROR_STYLE)
            return None
        self.period_note.setStyleSheet(HINT_STYLE)
        return period

    def show_passbook(self) -> None:
        account_id = self.current_account()
        if self.savings is None or account_id is None:
            self.passbook_model.set_rows([])
            self._update_buttons()
            return
        period = self._period()
        if period is None:  # keep the passbook as it was until the dates can be read
            return
        first, last = period
        found = statement(self.savings.member_id, first, last, account_id).products[0]
        lines = list(found.lines)
        if first is not None:
            lines.insert(0, LedgerLine(0, first, "", OPENING, "", "", 0, found.opening, "", ""))
        self.passbook_model.set_rows(lines)
        self.passbook_title.setText(self.tr("Passbook: {product}").format(product=found.product))
        self.period_note.setText(self.tr("%n entry(ies)", "", len(found.lines)))
        self.passbook.scrollToBottom()
        self._update_buttons()

    def current_line(self) -> LedgerLine | None:
        index = self.passbook.currentIndex()
        if not index.isValid():
            return None
        line = self.passbook_model.row_at(index.row())
        return None if line.kind == OPENING else line

    def _update_buttons(self) -> None:
        member = self.savings is not None
        active = member and self.savings.status == "active"
        post = self.actor.may("savings.post")
        line = self.current_line()
        self.deposit_button.setEnabled(post and active)
        self.withdraw_button.setEnabled(post and active)
        self.reverse_button.setEnabled(self.actor.may("savings.reverse") and active and line is not None
                                       and line.kind not in ("reversal", "payout")
                                       and not line.reversed_by)
        self.receipt_button.setEnabled(line is not None)
        self.statement_button.setEnabled(member)

    def deposit(self) -> None:
        if self.deposit_button.isEnabled():
            PostingDialog(self.actor, self.savings, self.current_account(), False, self.settings, self).exec()

    def withdraw(self) -> None:
        if self.withdraw_button.isEnabled():
            PostingDialog(self.actor, self.savings, self.current_account(), True, self.settings, self).exec()

    def reverse(self) -> None:
        line = self.current_line()
        if line is not None and self.reverse_button.isEnabled():
            product = self.accounts_model.row_at(self.accounts.currentIndex().row()).product
            ReverseDialog(self.actor, self.savings, product, line, self).exec()

    def reprint(self) -> None:
        line = self.current_line()
        if line is not None:
            print_receipts(self, [line.entry_id])

    def print_statement(self) -> None:
        if self.savings is not None:
            StatementDialog(self.savings, None, self).exec()

    def refresh(self) -> None:
        if self.savings is not None:
            self.show_member(self.savings.member_id)


class GroupSavingsTab(QWidget):
    """A group's (or the office's) savings per member and product, with who is behind."""

    member_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: GroupSummary | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        # Filled when the tab is first opened, like its table, to keep start-up short.
        self.group = combo([], blank=self.tr("All groups"))
        self.group.setObjectName("summary_group")
        self.group.currentIndexChanged.connect(lambda *_: self.refresh())
        bar.addWidget(self.group, 2)
        self.only_behind = QCheckBox(self.tr("Only members with wajib or pokok overdue"))
        self.only_behind.setObjectName("summary_behind")
        self.only_behind.toggled.connect(lambda *_: self.refresh())
        bar.addWidget(self.only_behind)
        bar.addStretch(1)
        self.print_button = push(self.tr("Print the summary…"), self.print_summary, "summary_print")
        bar.addWidget(self.print_button)
        layout.addLayout(bar)
        # The columns follow the products; they are set again on each refresh.
        empty = GroupSummary(None, "", products_in_use(), [], dt.date.today())
        self.model = RowsModel(self._columns(empty), self)
        self.table = make_table(self.model, "summary_table")
        self.table.doubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)
        self.totals = QLabel()
        self.totals.setObjectName("summary_totals")
        self.totals.setStyleSheet("font-weight: bold;")
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)
        self.loaded = False

    def _columns(self, summary: GroupSummary) -> list[Column]:
        columns = [Column(self.tr("Number"), lambda r: r.number, width=85),
                   Column(self.tr("Name"), lambda r: r.name, width=160)]
        if summary.group_id is None:
            columns.append(Column(self.tr("Group"), lambda r: r.group, width=120))
        for code, name in summary.products:
            columns.append(Column(name, lambda r, c=code: format_amount(r.balances.get(c, 0)),
                                  lambda r, c=code: r.balances.get(c, 0), 105, True))
        columns += [Column(self.tr("Total (Rp)"), lambda r: format_amount(r.total), lambda r: r.total, 105, True),
                    Column(self.tr("Overdue (Rp)"), lambda r: _amount(r.overdue), lambda r: r.overdue, 100, True),
                    Column(self.tr("Due now (Rp)"), lambda r: _amount(r.owed), lambda r: r.owed, 105, True)]
        return columns

    def refresh(self) -> None:
        self.loaded = True
        self.summary = group_summary(self.group.currentData(), only_behind=self.only_behind.isChecked())
        columns = self._columns(self.summary)
        self.model.set_columns(columns, self.summary.rows)
        # Product names and translated headings vary: each column is at least as wide as its
        # heading (measured from the heading only, not the rows, which would be slow).
        metrics = self.table.horizontalHeader().fontMetrics()
        for i, column in enumerate(columns):
            self.table.setColumnWidth(i, max(column.width, metrics.horizontalAdvance(column.header) + 14))
        parts = [self.tr("%n member(s)", "", len(self.summary.rows))]
        parts += [f"{name} {format_rupiah(self.summary.product_total(code))}" for code, name in self.summary.products]
        parts.append(self.tr("total {total}").format(total=format_rupiah(self.summary.total)))
        parts.append(self.tr("due now {owed}").format(owed=format_rupiah(self.summary.owed)))
        parts.append(self.tr("overdue {overdue}").format(overdue=format_rupiah(self.summary.overdue)))
        self.totals.setText(" · ".join(parts))
        self.print_button.setEnabled(self.summary.group_id is not None)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.member_chosen.emit(self.model.row_at(index.row()).member_id)

    def print_summary(self) -> None:
        group_id, only_behind = self.group.currentData(), self.only_behind.isChecked()
        if group_id is None:
            return

        def render(path: Path, progress, cancelled) -> None:
            from desktop.documents.pdf import letterhead
            from desktop.documents.savings_summary import render_group_summary

            render_group_summary(group_summary(group_id, only_behind=only_behind), letterhead(), path,
                                 only_behind=only_behind)

        make_pdf(self, self.tr("Group savings summary"), "rekap-simpanan", render)

    def groups_changed(self) -> None:
        refill(self.group, group_choices(), self.tr("All groups"))


class SavingsPage(QWidget):
    def __init__(self, actor: Actor, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("savings_tabs")
        self.member_tab = MemberSavingsTab(actor, settings)
        self.group_tab = GroupSavingsTab()
        self.tabs.addTab(self.member_tab, self.tr("Member"))
        self.tabs.addTab(self.group_tab, self.tr("Group summary"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.group_tab.member_chosen.connect(self.open_member)
        layout.addWidget(self.tabs)
        bus.changed.connect(self._on_changed)

    def open_member(self, member_id: int) -> None:
        self.tabs.setCurrentWidget(self.member_tab)
        self.member_tab.show_member(member_id)

    def open_number(self, text: str) -> bool:
        member_id = member_id_by_number(text)
        if member_id is not None:
            self.open_member(member_id)
        return member_id is not None

    def _tab_changed(self) -> None:
        # The whole office's summary is read when first asked for, not at start-up.
        if self.tabs.currentWidget() is self.group_tab and not self.group_tab.loaded:
            self.group_tab.groups_changed()
            self.group_tab.refresh()

    def _on_changed(self, area: str) -> None:
        if area in ("groups", "settings") and self.group_tab.loaded:
            self.group_tab.groups_changed()
        if area in ("savings", "members", "settings"):
            self.member_tab.refresh()
            if self.group_tab.loaded:
                self.group_tab.refresh()

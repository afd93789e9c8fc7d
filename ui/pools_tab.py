"""The pools of rotating capital: what each received, lent, got back and lost, what is out with
borrowers and what can be lent now; a pool's ledger for a period; and how its money rolled from
the first borrowers to the next."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.capital import (
    PoolFigures,
    PoolLine,
    Rolling,
    list_sources,
    pool_figures,
    pool_ledger,
    rolling,
)
from desktop.dates import format_date
from desktop.errors import DomainError
from desktop.labels import POOL_ENTRY_KINDS, SOURCE_KINDS
from desktop.money import format_amount, format_rupiah
from ui.bus import bus
from ui.capital_dialogs import PoolDialog, ReceiveCapitalDialog, SourceDialog
from ui.i18n import label, message
from ui.savings_dialogs import read_period
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
    select_value,
)

OPENING = "opening"  # the kind of the ledger's first line when the period starts later
GREY = QColor("#8a8a8a")


def percent(share: float) -> str:
    """A share (0-1) as a percentage with one decimal, in the screen language's way."""
    return QLocale().toString(share * 100, "f", 1) + "%"


def _amount(value: int) -> str:
    return format_amount(value) if value else ""


class TotalsModel(RowsModel):
    """Rows of figures whose last row, the total, is bold."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.FontRole and index.isValid()
                and index.row() == len(self.rows) - 1 and len(self.rows) > 1):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class FiguresModel(RowsModel):
    """One row per figure and one column per pool, the total last; the figures a treasurer
    looks for first (what is out, what can be lent) in bold."""

    bold_rows = ("out", "available")

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            total = index.column() == len(self.columns) - 1 and len(self.columns) > 2
            if total or self.rows[index.row()][1] in self.bold_rows:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class TippedModel(RowsModel):
    """Rows whose last column (a long text) shows whole under the mouse."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == len(self.columns) - 1:
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        return super().data(index, role)


class PoolLedgerModel(RowsModel):
    """The pool's movements; reversed entries and their reversals are struck through (the
    running figures after them stay, as they are what the pool held then)."""

    running = (7, 8)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid():
            line: PoolLine = self.rows[index.row()]
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
                return line.description or None
            if role == Qt.ItemDataRole.ForegroundRole and line.reversed:
                return QBrush(GREY)
            if role == Qt.ItemDataRole.FontRole and (line.reversed or line.kind == OPENING):
                font = QFont()
                font.setStrikeOut(line.reversed and index.column() not in self.running)
                font.setItalic(line.kind == OPENING)
                return font
        return super().data(index, role)


def total_figures(rows: list[PoolFigures], caption: str) -> PoolFigures:
    """The figures of all the pools together."""
    sums = {f.name: sum(getattr(r, f.name) for r in rows) for f in dataclasses.fields(PoolFigures)
            if f.type in ("int", int) and f.name != "id"}
    return PoolFigures(0, caption, "", "", None, True, **sums)


class PoolsTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.loaded = self.stale = False
        self.figures: list[PoolFigures] = []
        upper = QWidget()
        column = QVBoxLayout(upper)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self._figures_table(), 1)
        top.addLayout(self._buttons())
        column.addLayout(top)
        self.sources = QLabel()
        self.sources.setObjectName("pool_sources")
        self.sources.setWordWrap(True)
        self.sources.setStyleSheet(HINT_STYLE)
        column.addWidget(self.sources)
        # Every figure in sight when the screen is tall enough; on a small one the figures and
        # the ledger share it, and the divider moves.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self._pool_views())
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        bus.changed.connect(self._on_changed)

    def _figures_table(self) -> QWidget:
        self.figure_rows = [
            (self.tr("Capital received"), "capital"),
            (self.tr("Lent out"), "disbursed"),
            (self.tr("Principal back"), "principal_back"),
            (self.tr("Share of the principal lent that is back"), "returned_share"),
            (self.tr("Jasa back"), "jasa_back"),
            (self.tr("Admin fees"), "fees"),
            (self.tr("Written off (lost)"), "written_off"),
            (self.tr("Out with borrowers now"), "out"),
            (self.tr("Available to lend now"), "available"),
            (self.tr("Worth now (available + out)"), "worth"),
        ]
        self.figures_model = FiguresModel(self._figure_columns([]), self)
        self.figures_model.set_rows(self.figure_rows)
        self.figures_table = make_table(self.figures_model, "pool_figures")
        self.figures_table.setSortingEnabled(False)
        self.figures_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.figures_table.horizontalHeader().setStretchLastSection(False)
        self.figures_table.setToolTip(self.tr("Figures in rupiah. Click a pool's column to see its ledger below."))
        self.figures_table.clicked.connect(self._column_clicked)
        rows = len(self.figure_rows) * self.figures_table.verticalHeader().defaultSectionSize()
        self.figures_table.setMinimumHeight(110)
        self.figures_table.setMaximumHeight(rows + 24 + 10)
        return self.figures_table

    def _figure_columns(self, pools: list[PoolFigures]) -> list[Column]:
        columns = [Column(self.tr("In rupiah"), lambda row: row[0], width=300)]
        for pool in pools:
            columns.append(Column(pool.name, lambda row, p=pool: self._figure(p, row[1]), width=150, align_right=True))
        return columns

    @staticmethod
    def _figure(pool: PoolFigures, name: str) -> str:
        if name == "returned_share":
            return percent(pool.returned_share) if pool.disbursed else ""
        return format_amount(getattr(pool, name))

    def _buttons(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.source_button = push(self.tr("New source…"), self.new_source, "new_source")
        self.pool_button = push(self.tr("New pool…"), self.new_pool, "new_pool")
        self.receive_button = push(self.tr("Receive capital…"), self.receive, "receive_capital")
        for button in (self.source_button, self.pool_button, self.receive_button):
            button.setEnabled(self.actor.may("capital.manage"))
            column.addWidget(button)
        column.addStretch()
        return column

    def _pool_views(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        caption = QLabel(self.tr("Pool"))
        caption.setStyleSheet("font-weight: bold;")
        bar.addWidget(caption)
        self.pool = combo([])
        self.pool.setObjectName("pool_choice")
        self.pool.setMinimumWidth(240)
        self.pool.currentIndexChanged.connect(lambda *_: self._pool_chosen())
        bar.addWidget(self.pool)
        self.pool_title = QLabel()
        self.pool_title.setObjectName("pool_title")
        bar.addWidget(self.pool_title, 1)
        column.addLayout(bar)
        self.views = QTabWidget()
        self.views.setObjectName("pool_views")
        self.views.addTab(self._ledger_view(), self.tr("Ledger"))
        self.views.addTab(self._rolling_view(), self.tr("How the money rolled"))
        self.views.currentChanged.connect(lambda *_: self._show_pool())
        column.addWidget(self.views, 1)
        return box

    def _ledger_view(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From")))
        self.first = DateField()
        self.first.setObjectName("ledger_first")
        today = dt.date.today()
        self.first.set_value(dt.date(today.year, 1, 1))
        bar.addWidget(self.first)
        bar.addWidget(QLabel(self.tr("to")))
        self.last = DateField()
        self.last.setObjectName("ledger_last")
        bar.addWidget(self.last)
        for field in (self.first, self.last):
            field.edit.editingFinished.connect(self._show_ledger)
            field.calendar.clicked.connect(lambda *_: self._show_ledger())
        self.ledger_note = QLabel()
        self.ledger_note.setObjectName("ledger_note")
        self.ledger_note.setStyleSheet(HINT_STYLE)
        bar.addWidget(self.ledger_note, 1)
        column.addLayout(bar)
        self.ledger_model = PoolLedgerModel([
            Column(self.tr("Date"), lambda e: format_date(e.on), lambda e: (e.on, e.id), 85),
            Column(self.tr("Entry"), self._kind, width=115),
            Column(self.tr("Loan, borrower, note"), self._describe, width=235),
            Column(self.tr("Cash in"), lambda e: _amount(max(e.cash, 0)), lambda e: max(e.cash, 0), 95, True),
            Column(self.tr("Cash out"), lambda e: _amount(max(-e.cash, 0)), lambda e: max(-e.cash, 0), 95, True),
            Column(self.tr("Principal lent"), lambda e: _amount(max(e.lent, 0)), lambda e: max(e.lent, 0), 95, True),
            Column(self.tr("Principal back\nor lost"), lambda e: _amount(max(-e.lent, 0)), lambda e: max(-e.lent, 0), 95, True),
            Column(self.tr("Available\nafter"), lambda e: format_amount(e.available), lambda e: e.available, 105, True),
            Column(self.tr("Out with\nborrowers after"), lambda e: format_amount(e.out), lambda e: e.out, 110, True),
        ], self)
        self.ledger = make_table(self.ledger_model, "pool_ledger")
        self.ledger.setSortingEnabled(False)
        self.ledger.setToolTip(self.tr("In rupiah. Reversed entries and their reversals are struck through."))
        column.addWidget(self.ledger, 1)
        return box

    def _rolling_view(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        top = QHBoxLayout()
        self.rolling_summary = QLabel()
        self.rolling_summary.setObjectName("rolling_summary")
        self.rolling_summary.setWordWrap(True)
        self.rolling_summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.generations_model = TotalsModel([
            Column(self.tr("Generation"), lambda g: str(g[0]) if g[0] else "", width=80),
            Column(self.tr("Whose money"), lambda g: g[1], width=300),
            Column(self.tr("Lent (Rp)"), lambda g: format_amount(g[2]), lambda g: g[2], 110, True),
            Column(self.tr("Loans"), lambda g: str(g[3]), lambda g: g[3], 60, True),
        ], self)
        self.generations = make_table(self.generations_model, "rolling_generations")
        self.generations.setSortingEnabled(False)
        self.generations.setFixedWidth(80 + 300 + 110 + 60 + 4)
        self.generations.setMaximumHeight(150)
        self.generations.setToolTip(self.tr(
            "Loans: the loans in which money of that generation was the newest money."))
        top.addWidget(self.generations)
        top.addWidget(self.rolling_summary, 1)
        column.addLayout(top)
        caption = QLabel(self.tr("Loans lent from money that earlier borrowers repaid"))
        caption.setStyleSheet("font-weight: bold;")
        column.addWidget(caption)
        self.funded_model = TippedModel([
            Column(self.tr("Loan"), lambda f: f.number, width=80),
            Column(self.tr("Borrower"), lambda f: f.borrower, width=160),
            Column(self.tr("Lent on"), lambda f: format_date(f.on), lambda f: f.on, 85),
            Column(self.tr("Amount (Rp)"), lambda f: format_amount(f.amount), lambda f: f.amount, 100, True),
            Column(self.tr("From capital\n(Rp)"), lambda f: _amount(f.by_generation.get(1, 0)),
                   lambda f: f.by_generation.get(1, 0), 95, True),
            Column(self.tr("From repayments\n(Rp)"), lambda f: _amount(f.amount - f.by_generation.get(1, 0)),
                   lambda f: f.amount - f.by_generation.get(1, 0), 115, True),
            Column(self.tr("Generation"), lambda f: str(f.generation), lambda f: f.generation, 75, True),
            Column(self.tr("Repaid earlier by"), self._repaid_by, width=300),
        ], self)
        self.funded = make_table(self.funded_model, "rolling_loans")
        column.addWidget(self.funded, 1)
        return box

    def _kind(self, line: PoolLine) -> str:
        if line.kind == OPENING:
            return self.tr("Brought forward")
        return label(POOL_ENTRY_KINDS.get(line.kind, line.kind))

    @staticmethod
    def _describe(line: PoolLine) -> str:
        return "" if line.kind == OPENING else line.description

    @staticmethod
    def _repaid_by(funding) -> str:
        return ", ".join(f"{who} {format_rupiah(amount)}" for who, amount in
                         sorted(funding.repaid_by.items(), key=lambda x: -x[1]))

    # --- loading ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        # The figures are read when the tab is first shown, not at start-up.
        if not self.loaded:
            self.splitter.setSizes([self.figures_table.maximumHeight() + 40, self.height()])
        if not self.loaded or self.stale:
            self.refresh()

    def _on_changed(self, area: str) -> None:
        if area in ("capital", "loans", "settings", "members"):
            self.stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        self.loaded, self.stale = True, False
        self.figures = pool_figures()
        shown = list(self.figures)
        if len(shown) > 1:
            shown.append(total_figures(shown, self.tr("All pools")))
        columns = self._figure_columns(shown)
        self.figures_model.set_columns(columns, self.figure_rows)
        metrics = self.figures_table.horizontalHeader().fontMetrics()
        for i, column in enumerate(columns):
            self.figures_table.setColumnWidth(i, min(max(column.width, metrics.horizontalAdvance(column.header) + 16), 240))
        refill(self.pool, [(f.id, f.name) for f in self.figures])
        self.receive_button.setEnabled(self.actor.may("capital.manage") and bool(self.figures))
        self._show_sources()
        self._pool_chosen()

    def _show_sources(self) -> None:
        sources = list_sources()
        if not sources:
            self.sources.setText(self.tr("No source of capital is recorded yet. Start with New source, "
                                         "then open a pool for it and record the capital received."))
            return
        names = "; ".join(f"{s.name} · {label(SOURCE_KINDS.get(s.kind, s.kind))}" for s in sources)
        self.sources.setText(self.tr("Sources of capital: {names}").format(names=names))

    def _column_clicked(self, index: QModelIndex) -> None:
        if 1 <= index.column() <= len(self.figures):
            select_value(self.pool, self.figures[index.column() - 1].id)

    def current_pool(self) -> int | None:
        return self.pool.currentData()

    def choose_pool(self, pool_id: int) -> None:
        select_value(self.pool, pool_id)

    def _pool_chosen(self) -> None:
        pool = next((f for f in self.figures if f.id == self.current_pool()), None)
        if pool is None:
            self.pool_title.setText(self.tr("Open a pool to lend from it."))
        else:
            self.pool_title.setText(self.tr("opened {date}, funded by {source}").format(
                date=format_date(pool.opened_on), source=pool.source))
        self._show_pool()

    def _show_pool(self) -> None:
        if self.views.currentIndex() == 0:
            self._show_ledger()
        else:
            self._show_rolling()

    def _show_ledger(self) -> None:
        pool_id = self.current_pool()
        if pool_id is None:
            self.ledger_model.set_rows([])
            self.ledger_note.setText("")
            return
        try:
            first, last = read_period(self.first, self.last, dt.date.today())
        except DomainError as exc:
            self.ledger_note.setText(message(exc))
            self.ledger_note.setStyleSheet(ERROR_STYLE)
            return
        self.ledger_note.setStyleSheet(HINT_STYLE)
        available, out, lines = pool_ledger(pool_id, first, last)
        if first is not None:
            lines.insert(0, PoolLine(0, first, OPENING, "", 0, 0, available, out, False))
        self.ledger_model.set_rows(lines)
        self.ledger_note.setText(self.tr("%n entry(ies)", "", len(lines) - (first is not None)))
        self.ledger.scrollToBottom()

    def _show_rolling(self) -> None:
        pool_id = self.current_pool()
        if pool_id is None:
            self.generations_model.set_rows([])
            self.funded_model.set_rows([])
            self.rolling_summary.setText("")
            return
        found = rolling(pool_id)
        self.generations_model.set_rows(self._generation_rows(found))
        self.funded_model.set_rows([f for f in found.loans if f.generation > 1])
        pool = next(f for f in self.figures if f.id == pool_id)
        self.rolling_summary.setText(self._rolling_text(pool, found))

    def _generation_rows(self, found: Rolling) -> list[tuple[int, str, int, int]]:
        rows = []
        for generation, amount in found.lent_by_generation.items():
            if generation == 1:
                whose = self.tr("The source's capital")
            else:
                whose = self.tr("Repaid by borrowers of generation {n}").format(n=generation - 1)
            rows.append((generation, whose, amount, found.loans_by_generation.get(generation, 0)))
        if len(rows) > 1:
            rows.append((0, self.tr("All loans"), sum(r[2] for r in rows), len(found.loans)))
        return rows

    def _rolling_text(self, pool: PoolFigures, found: Rolling) -> str:
        lent = sum(found.lent_by_generation.values())
        if not lent:
            return self.tr("Nothing has been lent from this pool yet.")
        again = lent - found.lent_by_generation.get(1, 0)
        text = self.tr("{pool} has lent {lent} in all, {again} of it money that borrowers had repaid.").format(
            pool=pool.name, lent=format_rupiah(lent), again=format_rupiah(again))
        if pool.capital:
            times = QLocale().toString(lent / pool.capital, "f", 2)
            text += " " + self.tr("Each rupiah of capital has been lent {times} times.").format(times=times)
        return text

    # --- actions ----------------------------------------------------------------------------

    def new_source(self) -> None:
        if self.source_button.isEnabled():
            SourceDialog(self.actor, self).exec()

    def new_pool(self) -> None:
        if not self.pool_button.isEnabled():
            return
        dialog = PoolDialog(self.actor, self)
        if dialog.exec() == PoolDialog.DialogCode.Accepted and dialog.pool_id is not None:
            self.choose_pool(dialog.pool_id)

    def receive(self) -> None:
        if self.receive_button.isEnabled():
            ReceiveCapitalDialog(self.actor, self.current_pool(), self).exec()

"""Arrears and loan quality on a day: the portfolio figures the programs ask for (PAR, repayment
rate, aging, kolektibilitas) for the office or by pool, mentor or group; and the list of shares
behind, for the mentors' visits, to print or save for Excel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.arrears import (
    AGING_BUCKETS,
    Portfolio,
    ShareArrears,
    arrears_list,
    portfolio,
    share_arrears,
)
from desktop.auth import Actor
from desktop.errors import Cancelled, DomainError
from desktop.loan_settings import KOLEK_CLASSES, LoanSettings, loan_settings
from desktop.member_export import CANNOT_WRITE
from desktop.money import format_amount, format_rupiah
from ui.bus import bus
from ui.i18n import TRANSLATIONS_DIR, label, message
from ui.paper_dialogs import make_pdf
from ui.pools_tab import TotalsModel, percent
from ui.tasks import BackgroundTask
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
    show_refusal,
)

# Darker as the class gets worse; the first class (current) keeps the normal colour.
CLASS_COLOURS = ("", "#9a5b00", "#c25e00", "#b00020", "#7a0016")
CLASS_COLUMN = 8


_paper: list[QTranslator] = []


def paper_words(context: str, text: str) -> str:
    """A screen text as the paper prints it: in Indonesian, whatever the screen language."""
    if not _paper:
        translator = QTranslator()
        translator.load(str(TRANSLATIONS_DIR / "berdaya_id.qm"))
        _paper.append(translator)
    return _paper[0].translate(context, text) or text


def _amount(value: int) -> str:
    return format_amount(value) if value else ""


class PortfolioModel(TotalsModel):
    """The portfolio figures, with what each heading means under the mouse."""

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.tips: dict[int, str] = {}

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.tips.get(section)
        return super().headerData(section, orientation, role)


class ArrearsModel(RowsModel):
    """The shares behind, their class in a colour that darkens as it gets worse."""

    classes: tuple[str, ...] = ()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == CLASS_COLUMN:
            kolek = self.rows[index.row()].kolek
            grade = self.classes.index(kolek) if kolek in self.classes else 0
            colour = CLASS_COLOURS[min(grade, len(CLASS_COLOURS) - 1)]
            return QBrush(QColor(colour)) if colour else None
        return super().data(index, role)


class ArrearsTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.loaded = self.stale = False
        self.on = dt.date.today()
        self.settings: LoanSettings = LoanSettings()
        self.lines: list[ShareArrears] = []
        self.listed: list[ShareArrears] = []
        self.task: BackgroundTask | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._report_bar())
        self.rule_note = QLabel()
        self.rule_note.setObjectName("arrears_rule")
        self.rule_note.setStyleSheet(HINT_STYLE)
        self.rule_note.setWordWrap(True)
        layout.addWidget(self.rule_note)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._figures_box())
        splitter.addWidget(self._list_box())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        bus.changed.connect(self._on_changed)

    def _figures_box(self) -> QTabWidget:
        """The portfolio figures in two tables over the same rows: lateness, and classes."""
        self.figure_tabs = QTabWidget()
        self.figure_tabs.setObjectName("arrears_figures")
        self.risk_model = PortfolioModel([], self)
        self.class_model = PortfolioModel([], self)
        self.risk_table = self._figures_table(self.risk_model, "arrears_risk")
        self.class_table = self._figures_table(self.class_model, "arrears_classes")
        self.figure_tabs.addTab(self.risk_table, self.tr("Portfolio at risk, repayment and aging"))
        self.figure_tabs.addTab(self.class_table, self.tr("Loan quality classes (shares · outstanding Rp)"))
        return self.figure_tabs

    def _figures_table(self, model: PortfolioModel, name: str) -> QTableView:
        # The columns follow the rule set's classes; they are set again on each refresh.
        model.set_columns(self._base_columns(model), [])
        table = make_table(model, name)
        table.setSortingEnabled(False)
        table.horizontalHeader().setStretchLastSection(False)
        table.doubleClicked.connect(self._list_part)
        table.setToolTip(self.tr("Double-click a row to list its shares behind below."))
        return table

    def _report_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("On")))
        self.date = DateField()
        self.date.setObjectName("arrears_date")
        self.date.set_value(self.on)
        # Read again when the date is finished (Enter, leaving the field, or the calendar), not
        # on every key.
        self.date.edit.editingFinished.connect(self._date_entered)
        self.date.calendar.clicked.connect(lambda *_: self._date_entered())
        bar.addWidget(self.date)
        bar.addWidget(QLabel(self.tr("Figures for")))
        self.dimension = combo([("office", self.tr("the whole office")), ("pool", self.tr("each pool")),
                                ("mentor", self.tr("each mentor")), ("group", self.tr("each group"))])
        self.dimension.setObjectName("arrears_dimension")
        self.dimension.currentIndexChanged.connect(lambda *_: self._show_portfolio())
        bar.addWidget(self.dimension)
        bar.addWidget(push(self.tr("Show"), self.refresh, "arrears_show"))
        self.date_note = QLabel()
        self.date_note.setObjectName("arrears_date_note")
        self.date_note.setStyleSheet(ERROR_STYLE)
        bar.addWidget(self.date_note, 1)
        return bar

    def _list_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        caption = QLabel(self.tr("Shares behind of"))
        caption.setStyleSheet("font-weight: bold;")
        bar.addWidget(caption)
        self.scope = combo([(None, self.tr("the whole office")), ("group", self.tr("the group")),
                            ("mentor", self.tr("the mentor")), ("pool", self.tr("the pool"))])
        self.scope.setObjectName("arrears_scope")
        self.scope.currentIndexChanged.connect(lambda *_: self._scope_chosen())
        bar.addWidget(self.scope)
        self.part = combo([])
        self.part.setObjectName("arrears_part")
        self.part.setMinimumWidth(200)
        self.part.currentIndexChanged.connect(lambda *_: self._show_list())
        bar.addWidget(self.part)
        bar.addStretch(1)
        self.print_button = push(self.tr("Print the arrears list…"), self.print_list, "arrears_print")
        self.excel_button = push(self.tr("Save for Excel…"), lambda: self.export_excel(), "arrears_excel")
        bar.addWidget(self.print_button)
        bar.addWidget(self.excel_button)
        column.addLayout(bar)
        self.list_model = ArrearsModel([
            Column(self.tr("Group"), lambda s: s.group_name, width=150),
            Column(self.tr("Member"), lambda s: f"{s.member_number} {s.member_name}", lambda s: s.member_name, 180),
            Column(self.tr("Loan"), lambda s: s.loan_number, width=75),
            Column(self.tr("Outstanding\n(Rp)"), lambda s: format_amount(s.outstanding), lambda s: s.outstanding, 95, True),
            Column(self.tr("Overdue\nprincipal (Rp)"), lambda s: _amount(s.overdue_principal), lambda s: s.overdue_principal, 100, True),
            Column(self.tr("Overdue\njasa (Rp)"), lambda s: _amount(s.overdue_jasa), lambda s: s.overdue_jasa, 85, True),
            Column(self.tr("Days\nlate"), lambda s: str(s.days_overdue), lambda s: s.days_overdue, 50, True),
            Column(self.tr("Installments\nmissed"), lambda s: str(s.installments_overdue), lambda s: s.installments_overdue, 80, True),
            Column(self.tr("Class"), lambda s: label(KOLEK_CLASSES.get(s.kolek, s.kolek)), self._grade, 200),
            Column(self.tr("Mentor"), lambda s: s.mentor_name, width=120),
            Column(self.tr("Phone"), lambda s: s.phone, width=110),
        ], self)
        self.list_table = make_table(self.list_model, "arrears_list")
        self.list_table.horizontalHeader().setStretchLastSection(False)
        column.addWidget(self.list_table, 1)
        self.list_totals = QLabel()
        self.list_totals.setObjectName("arrears_totals")
        self.list_totals.setStyleSheet("font-weight: bold;")
        column.addWidget(self.list_totals)
        return box

    def _grade(self, line: ShareArrears) -> int:
        classes = self.settings.rule.classes
        return classes.index(line.kolek) if line.kolek in classes else 0

    # --- loading ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        # The report is made when the tab is first shown, not at start-up.
        if not self.loaded or self.stale:
            self.refresh()

    def _on_changed(self, area: str) -> None:
        if area in ("loans", "capital", "settings", "members", "groups"):
            self.stale = True
            if self.isVisible():
                self.refresh()

    def _date_entered(self) -> None:
        try:
            on = self.date.value()
        except DomainError:
            on = None
        if on != self.on or not self.loaded:
            self.refresh()

    def refresh(self) -> None:
        """Read every running share's lateness on the chosen day, then show the figures."""
        try:
            on = self.date.required_value("date")
        except DomainError as exc:
            self.date_note.setStyleSheet(ERROR_STYLE)
            self.date_note.setText(message(exc))
            return
        self.loaded, self.stale, self.on = True, False, on
        # An earlier day shows the books at that day's end: the shares running then and what
        # had been paid by then.
        self.date_note.setStyleSheet(HINT_STYLE)
        self.date_note.setText(self.tr("As the books stood at the end of that day.")
                               if on < dt.date.today() else "")
        self.settings = loan_settings()
        self.lines = share_arrears(on, self.settings)
        rule = self.settings.rule
        self.list_model.classes = rule.classes
        self.rule_note.setText(self.tr("Loan quality (kolektibilitas): {rule}. The rule set and its thresholds are chosen in Settings.").format(
            rule=label(rule.label)))
        self._show_portfolio()
        self._scope_chosen()

    def _show_portfolio(self) -> None:
        dimension = self.dimension.currentData()
        total, parts = portfolio(self.lines, dimension)
        total.label = self.tr("Whole office")
        blank = {"pool": self.tr("(no pool)"), "mentor": self.tr("(no mentor)"),
                 "group": self.tr("(no group)")}.get(dimension, "")
        for part in parts:
            part.label = part.label or blank
        for model, table, columns in ((self.risk_model, self.risk_table, self._risk_columns()),
                                      (self.class_model, self.class_table, self._class_columns())):
            model.set_columns(columns, [*parts, total])
            # Each column at least as wide as its heading's longest line.
            metrics = table.horizontalHeader().fontMetrics()
            for i, column in enumerate(columns):
                widest = max(metrics.horizontalAdvance(line) for line in column.header.split("\n"))
                table.setColumnWidth(i, max(column.width, widest + 14))

    def _base_columns(self, model: PortfolioModel) -> list[Column]:
        model.tips = {2: self.tr("The principal still out with the borrowers."),
                      3: self.tr("The principal and jasa of installments due before the day that are not paid.")}
        return [Column(self.tr("Part"), lambda p: p.label, width=170),
                Column(self.tr("Shares\nrunning"), lambda p: str(p.shares), lambda p: p.shares, 60, True),
                Column(self.tr("Outstanding\n(Rp)"), lambda p: format_amount(p.outstanding), lambda p: p.outstanding, 105, True),
                Column(self.tr("Overdue\n(Rp)"), lambda p: format_amount(p.overdue), lambda p: p.overdue, 95, True)]

    def _risk_columns(self) -> list[Column]:
        columns = self._base_columns(self.risk_model)
        tips = self.risk_model.tips
        for days in (1, 30, 90):
            tips[len(columns)] = self.tr("Portfolio at risk: the outstanding principal of shares {days} or more days overdue, as a share of all outstanding principal.").format(days=days)
            columns.append(Column(self.tr("PAR {days}").format(days=days),
                                  lambda p, d=days: percent(p.par(d)), lambda p, d=days: p.par(d), 62, True))
        tips[len(columns)] = self.tr("Of everything that fell due before the day, the part that was paid.")
        columns.append(Column(self.tr("Repayment\nrate"), lambda p: percent(p.repayment_rate),
                              lambda p: p.repayment_rate, 70, True))
        for low, high in AGING_BUCKETS:
            heading = (self.tr("{low}–{high} days\nlate (Rp)").format(low=low, high=high) if high
                       else self.tr("Over {days} days\nlate (Rp)").format(days=low - 1))
            tips[len(columns)] = self.tr("What is overdue on shares this late.")
            columns.append(Column(heading, lambda p, b=(low, high): _amount(p.aging[b]),
                                  lambda p, b=(low, high): p.aging[b], 85, True))
        return columns

    def _class_columns(self) -> list[Column]:
        columns = self._base_columns(self.class_model)
        for code in self.settings.rule.classes:
            name = label(KOLEK_CLASSES[code])
            self.class_model.tips[len(columns)] = self.tr("{name}: how many shares, and their outstanding principal.").format(name=name)
            columns.append(Column(name.replace(" (", "\n("), lambda p, c=code: self._in_class(p, c),
                                  lambda p, c=code: p.by_class.get(c, (0, 0))[1], 135, True))
        return columns

    @staticmethod
    def _in_class(part: Portfolio, code: str) -> str:
        count, amount = part.by_class.get(code, (0, 0))
        return f"{count} · {format_amount(amount)}" if count else ""

    def _list_part(self, index: QModelIndex) -> None:
        """Show the shares behind of the part double-clicked in the figures."""
        dimension = self.dimension.currentData()
        part: Portfolio = self.risk_model.row_at(index.row())
        if dimension == "office" or index.row() == len(self.risk_model.rows) - 1 or part.key is None:
            # The office total, or the part without a mentor or group: the whole office's list.
            select_value(self.scope, None)
            return
        select_value(self.scope, dimension)
        select_value(self.part, part.key)

    def _scope_chosen(self) -> None:
        scope = self.scope.currentData()
        parts: dict[Any, str] = {}
        for line in self.lines:
            if scope == "group" and line.group_id is not None:
                parts[line.group_id] = line.group_name
            elif scope == "mentor" and line.mentor_id is not None:
                parts[line.mentor_id] = line.mentor_name
            elif scope == "pool":
                parts[line.pool_id] = line.pool_name
        refill(self.part, sorted(parts.items(), key=lambda item: item[1].casefold()))
        self.part.setEnabled(scope is not None)
        self._show_list()

    def _in_scope(self) -> dict[str, int | None]:
        scope, part = self.scope.currentData(), self.part.currentData()
        if scope is None or part is None:
            return {}
        return {f"{scope}_id": part}

    def _show_list(self) -> None:
        self.listed = arrears_list(self.lines, **self._in_scope())
        self.list_model.set_rows(self.listed)
        overdue = sum(s.overdue for s in self.listed)
        outstanding = sum(s.outstanding for s in self.listed)
        self.list_totals.setText(self.tr("%n share(s) behind", "", len(self.listed)) + " · " + self.tr(
            "overdue {overdue} · outstanding {outstanding}").format(
            overdue=format_rupiah(overdue), outstanding=format_rupiah(outstanding)))

    def paper_scope(self) -> str:
        """Whose list it is, in the words of the paper (Indonesian whatever the screen language);
        empty for the whole office."""
        scope, part = self.scope.currentData(), self.part.currentData()
        if scope is None or part is None:
            return ""
        name = self.part.currentText()
        return {"group": f"Kelompok {name}", "mentor": f"Pendamping {name}"}.get(scope, name)

    # --- paper and Excel --------------------------------------------------------------------

    def print_list(self) -> None:
        if not self.loaded:
            return
        lines, on, scope = list(self.listed), self.on, self.paper_scope()
        in_scope = self._in_scope()
        total = portfolio([s for s in self.lines if all(getattr(s, k) == v for k, v in in_scope.items())])[0]
        rule_label = paper_words("Labels", self.settings.rule.label)

        def render(path: Path, progress, cancelled) -> None:
            from desktop.documents.arrears_list import render_arrears_list
            from desktop.documents.pdf import letterhead

            render_arrears_list(lines, total, letterhead(), path, on, scope=scope, rule_label=rule_label)

        make_pdf(self, self.tr("Arrears list"), "tunggakan", render)

    def export_excel(self, path: Path | None = None) -> BackgroundTask | None:
        """Save the list as shown to an Excel file, asking where unless *path* is given."""
        if not self.loaded:
            return None
        title = self.tr("Save the arrears list for Excel")
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, title, f"tunggakan-{self.on:%Y-%m-%d}.xlsx",
                                                    "Excel (*.xlsx)")
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")  # "Kel. Mawar" keeps its dot
        lines, on, scope = list(self.listed), self.on, self.paper_scope()

        def work(progress, cancelled) -> int:
            from desktop.arrears_export import export_arrears_xlsx

            export_arrears_xlsx(lines, on, path, scope=scope)
            return len(lines)

        def done(count: int) -> None:
            text = self.tr("%n share(s) behind saved to {file}.", "", count).format(file=str(path))
            box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self)
            box.addButton(QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
            box.exec()

        def failed(exc: Exception) -> None:
            if isinstance(exc, DomainError):
                show_refusal(self, exc)
            elif isinstance(exc, OSError):
                show_refusal(self, DomainError(CANNOT_WRITE, "file", name=path.name))
            elif not isinstance(exc, Cancelled):
                raise exc

        self.task = BackgroundTask(self, title, title + "…", work, done, failed)
        return self.task

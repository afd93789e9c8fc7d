"""Households before and after a program: the share at each welfare band and level then and now
(in figures and as two stacked bars), who moved up or down, the indicators, the households that
cannot be compared and why, and for the office each group side by side."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.dates import format_date
from desktop.errors import DomainError
from desktop.groups import group_choices
from desktop.labels import WELFARE_BANDS, WELFARE_LEVELS
from desktop.money import format_rupiah
from desktop.welfare import (
    Comparison,
    GroupComparison,
    Share,
    comparison_with_groups,
    program_choices,
    welfare_comparison,
)
from desktop.welfare_comparison import NOT_COMPARABLE_REASONS
from ui.bus import bus
from ui.i18n import label, message
from ui.pools_tab import TotalsModel
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
    show_refusal,
)

# Low welfare in a warm red, medium in amber, high in green; the text on each readable.
BAND_COLOURS = {"low": ("#c8553d", "#ffffff"), "medium": ("#f0c05a", "#222222"),
                "high": ("#3f8f5a", "#ffffff")}


TABLE_HEIGHT = 44 + 4 * 24 + 6  # a heading of two lines and four rows


def percent(value: Decimal | None) -> str:
    """37.5 as 37,5% (in the screen language's way); a dash when there is nothing to show."""
    return "—" if value is None else QLocale().toString(float(value), "f", 1) + "%"


class BandBars(QWidget):
    """Two bars, then and now, each split into the bands' shares of the households."""

    BAR, GAP = 26, 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welfare_bars")
        self.bars: list[tuple[str, list[tuple[str, Decimal]]]] = []
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 2 * (self.BAR + self.GAP) + 24)

    def show_shares(self, bands: tuple[Share, ...]) -> None:
        self.bars = [(self.tr("Then"), [(s.code, s.then_share) for s in bands]),
                     (self.tr("Now"), [(s.code, s.now_share) for s in bands])]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        left = max([metrics.horizontalAdvance(caption) for caption, _ in self.bars] + [0]) + 10
        width = max(self.width() - left - 4, 10)
        for i, (caption, parts) in enumerate(self.bars):
            top = i * (self.BAR + self.GAP)
            painter.setPen(QColor("#222222"))
            painter.drawText(QRectF(0, top, left, self.BAR), Qt.AlignmentFlag.AlignVCenter, caption)
            self._bar(painter, QRectF(left, top, width, self.BAR), parts)
        self._legend(painter, left, 2 * (self.BAR + self.GAP))
        painter.end()

    def _bar(self, painter: QPainter, area: QRectF, parts: list[tuple[str, Decimal]]) -> None:
        if not any(share for _code, share in parts):
            painter.setPen(QColor("#999999"))
            painter.drawRect(area)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("no households to compare"))
            return
        x = area.left()
        for code, share in parts:
            w = area.width() * float(share) / 100
            if w <= 0:
                continue
            fill, ink = BAND_COLOURS[code]
            segment = QRectF(x, area.top(), w, area.height())
            painter.fillRect(segment, QColor(fill))
            text = percent(share)
            if painter.fontMetrics().horizontalAdvance(text) + 6 < w:
                painter.setPen(QColor(ink))
                painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, text)
            x += w

    def _legend(self, painter: QPainter, left: float, top: float) -> None:
        x = left
        for code, text in WELFARE_BANDS.items():
            painter.fillRect(QRectF(x, top + 4, 12, 12), QColor(BAND_COLOURS[code][0]))
            painter.setPen(QColor("#222222"))
            name = label(text)
            painter.drawText(QRectF(x + 16, top, 200, 20), Qt.AlignmentFlag.AlignVCenter, name)
            x += 16 + painter.fontMetrics().horizontalAdvance(name) + 18


def _share_columns(first: str, name, width: int) -> list[Column]:
    return [Column(first, name, width=width),
            Column(QCoreApplication.translate("ComparisonView", "Then\n(households)"), lambda s: str(s.then_count), lambda s: s.then_count, 85, True),
            Column(QCoreApplication.translate("ComparisonView", "Then\n(share)"), lambda s: percent(s.then_share), lambda s: s.then_share, 70, True),
            Column(QCoreApplication.translate("ComparisonView", "Now\n(households)"), lambda s: str(s.now_count), lambda s: s.now_count, 85, True),
            Column(QCoreApplication.translate("ComparisonView", "Now\n(share)"), lambda s: percent(s.now_share), lambda s: s.now_share, 70, True)]


def _band_share(code: str, then: bool):
    """A group's share of households in a band, then or now."""

    def share(g: GroupComparison) -> Decimal:
        s = next(s for s in g.comparison.bands if s.code == code)
        return s.then_share if then else s.now_share

    return share


def _set_rows(table: QTableView, model: RowsModel, rows: list) -> None:
    """New rows, in the order the user chose by a heading."""
    model.set_rows(rows)
    header = table.horizontalHeader()
    model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())


def _fixed_table(model: RowsModel, name: str) -> QTableView:
    table = make_table(model, name)
    table.setSortingEnabled(False)
    table.horizontalHeader().setMinimumHeight(38)
    table.horizontalHeader().setStretchLastSection(False)
    # The names give way to the figures, so that no scroll bar covers the last row.
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class ComparisonView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loaded = self.stale = False
        self.comparison: Comparison | None = None
        self.groups: list[GroupComparison] = []
        self.task: BackgroundTask | None = None
        self.asked = 0  # the comparisons asked for; only the latest is shown
        layout = QVBoxLayout(self)
        layout.addLayout(self._scope_bar())
        rule = QLabel(self.tr(
            "Then: the household's last survey on or before the day it came in (joined the office "
            "or the group, or the program's first session), or its first within 90 days after. "
            "Now: its latest survey since, up to the day chosen. Each household is counted once."))
        rule.setObjectName("welfare_rule")
        rule.setWordWrap(True)
        rule.setStyleSheet(HINT_STYLE)
        layout.addWidget(rule)
        self.summary = QLabel()
        self.summary.setObjectName("welfare_summary")
        self.summary.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("welfare_splitter")
        splitter.setChildrenCollapsible(False)
        # The figures scroll on a short screen rather than set the window's least height.
        figures = QScrollArea()
        figures.setObjectName("welfare_figures")
        figures.setWidgetResizable(True)
        figures.setFrameShape(QFrame.Shape.NoFrame)
        figures.setWidget(self._bands_box())
        splitter.addWidget(figures)
        splitter.addWidget(self._lists_box())
        splitter.setStretchFactor(0, 0)  # the figures keep their width; the lists take the rest
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 580])
        layout.addWidget(splitter, 1)
        bus.changed.connect(self._on_changed)

    # --- building -------------------------------------------------------------------------

    def _scope_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Households of")))
        self.scope = combo([("office", self.tr("the whole office")), ("group", self.tr("a group")),
                            ("program", self.tr("a program"))])
        self.scope.setObjectName("welfare_scope")
        self.scope.currentIndexChanged.connect(lambda *_: self._scope_chosen())
        bar.addWidget(self.scope)
        self.part = combo([])
        self.part.setObjectName("welfare_part")
        self.part.setMinimumContentsLength(22)
        self.part.currentIndexChanged.connect(lambda *_: self.refresh())
        bar.addWidget(self.part)
        bar.addWidget(QLabel(self.tr("as they stood on")))
        self.as_of = DateField()
        self.as_of.setObjectName("welfare_as_of")
        self.as_of.set_value(dt.date.today())
        self.as_of.edit.editingFinished.connect(self.refresh)
        self.as_of.calendar.clicked.connect(lambda *_: self.refresh())
        bar.addWidget(self.as_of)
        bar.addWidget(push(self.tr("Show"), self.refresh, "welfare_show"))
        self.note = QLabel()
        self.note.setObjectName("welfare_note")
        self.note.setStyleSheet(ERROR_STYLE)
        bar.addWidget(self.note, 1)
        return bar

    def _caption(self, text: str) -> QLabel:
        caption = QLabel(text)
        caption.setStyleSheet("font-weight: bold;")
        return caption

    def _bands_box(self) -> QWidget:
        box = QWidget()
        box.setMinimumWidth(480)  # the tables' columns, whole
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._caption(self.tr("By welfare band")))
        self.bands_model = TotalsModel(_share_columns(
            self.tr("Band"), lambda s: label(WELFARE_BANDS[s.code]) if s.code else self.tr("All"), 110), self)
        self.bands = _fixed_table(self.bands_model, "welfare_bands")
        self.bands.setFixedHeight(TABLE_HEIGHT)
        column.addWidget(self.bands)
        self.bars = BandBars()
        column.addWidget(self.bars)
        self.movers = QLabel()
        self.movers.setObjectName("welfare_movers")
        self.movers.setWordWrap(True)
        column.addWidget(self.movers)
        column.addWidget(self._caption(self.tr("Indicators")))
        self.indicators_model = RowsModel([
            Column(self.tr("Indicator"), lambda r: r[0], width=212),
            Column(self.tr("Then"), lambda r: r[1], width=85, align_right=True),
            Column(self.tr("Now"), lambda r: r[2], width=85, align_right=True),
            Column(self.tr("Households\nwith the data"), lambda r: r[3], width=92, align_right=True),
        ], self)
        self.indicators = _fixed_table(self.indicators_model, "welfare_indicators")
        self.indicators.setFixedHeight(TABLE_HEIGHT)
        column.addWidget(self.indicators)
        column.addStretch(1)
        return box

    def _lists_box(self) -> QTabWidget:
        """The levels, the households not comparable and those compared, and the groups side by
        side: one above the other as tabs, each as tall as the screen allows."""
        self.lists = QTabWidget()
        self.lists.setObjectName("welfare_lists")
        self.levels_model = TotalsModel(_share_columns(
            self.tr("Level"), lambda s: label(WELFARE_LEVELS[s.code]) if s.code else self.tr("All"), 250), self)
        self.levels = _fixed_table(self.levels_model, "welfare_levels")
        self.missing_model = RowsModel([
            Column(self.tr("Member"), lambda n: f"{n.number} {n.name}", lambda n: n.name, 180),
            Column(self.tr("Group"), lambda n: n.group, width=130),
            Column(self.tr("Came in"), lambda n: format_date(n.start), lambda n: n.start, 80),
            Column(self.tr("Why"), lambda n: label(NOT_COMPARABLE_REASONS[n.reason]), width=180),
        ], self)
        self.missing = make_table(self.missing_model, "welfare_not_comparable")
        self.pairs_model = RowsModel([
            Column(self.tr("Member"), lambda p: f"{p.number} {p.name}", lambda p: p.name, 170),
            Column(self.tr("Group"), lambda p: p.group, width=120),
            Column(self.tr("Then"), lambda p: f"{format_date(p.then_on)}  {p.then_level}", lambda p: p.then_on, 125),
            Column(self.tr("Now"), lambda p: f"{format_date(p.now_on)}  {p.now_level}", lambda p: p.now_on, 125),
            Column(self.tr("Band"), lambda p: {1: self.tr("up"), 0: self.tr("same"), -1: self.tr("down")}[p.movement],
                   lambda p: p.movement, 55),
        ], self)
        self.pairs = make_table(self.pairs_model, "welfare_pairs")
        for table in (self.missing, self.pairs):  # the lists come by group, then name
            table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.groups_model = RowsModel(self._group_columns(), self)
        self.groups_table = make_table(self.groups_model, "welfare_by_group")
        self.groups_table.horizontalHeader().setMinimumHeight(38)
        self.groups_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.groups_table.setToolTip(self.tr("Double-click a group to see it alone."))
        self.groups_table.doubleClicked.connect(self._open_group)
        for table in (self.levels, self.missing, self.pairs, self.groups_table):
            self.lists.addTab(table, "")
        return self.lists

    def _group_columns(self) -> list[Column]:
        columns = [Column(self.tr("Group"), lambda g: g.name, width=125),
                   Column(self.tr("Compared /\nhouseholds"), lambda g: f"{g.comparison.comparable} / {g.comparison.households}",
                          lambda g: g.comparison.comparable, 75, True)]
        for code, text in WELFARE_BANDS.items():
            then, now = _band_share(code, True), _band_share(code, False)
            columns.append(Column(self.tr("{band}\nthen → now").format(band=label(text)),
                                  lambda g, then=then, now=now: f"{percent(then(g))} → {percent(now(g))}"
                                  if g.comparison.comparable else "", now, 102, True))
        columns += [Column(self.tr("Up"), lambda g: str(g.comparison.moved_up), lambda g: g.comparison.moved_up, 34, True),
                    Column(self.tr("Same"), lambda g: str(g.comparison.stayed), lambda g: g.comparison.stayed, 44, True),
                    Column(self.tr("Down"), lambda g: str(g.comparison.moved_down), lambda g: g.comparison.moved_down, 44, True)]
        return columns

    # --- loading --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.loaded or self.stale:
            self._scope_chosen()

    def _on_changed(self, area: str) -> None:
        if area in ("welfare", "members", "groups", "training"):
            self.stale = True
            if self.isVisible():
                self._scope_chosen()

    def _scope_chosen(self) -> None:
        scope = self.scope.currentData()
        choices = {"group": group_choices, "program": program_choices}.get(scope)
        self.part.setVisible(choices is not None)
        refill(self.part, choices() if choices else [])
        self.refresh()

    def show_group(self, group_id: int) -> None:
        """Compare the households of one group."""
        self.scope.blockSignals(True)
        self.scope.setCurrentIndex(self.scope.findData("group"))
        self.scope.blockSignals(False)
        self._scope_chosen()
        self.part.setCurrentIndex(max(self.part.findData(group_id), 0))

    def _open_group(self, index) -> None:
        if index.isValid():
            self.show_group(self.groups_model.row_at(index.row()).group_id)

    def refresh(self) -> None:
        """Compare the households chosen, off the screen's thread: for the whole office of a
        large office it takes a few seconds."""
        try:
            as_of = self.as_of.required_value("as_of")
        except DomainError as exc:
            self.note.setText(message(exc))
            return
        self.note.setText("")
        self.loaded, self.stale = True, False
        scope, part = self.scope.currentData(), self.part.currentData()
        self.asked += 1
        if scope != "office" and part is None:
            self.comparison, self.groups = None, []
            self._show()
            return
        asked, program_id = self.asked, part if scope == "program" else None

        def work(progress, cancelled) -> tuple[Comparison, list[GroupComparison]]:
            if scope == "group":
                return welfare_comparison(part, None, as_of), []
            return comparison_with_groups(program_id, as_of)

        def done(result: tuple[Comparison, list[GroupComparison]]) -> None:
            if asked == self.asked:  # a later choice's figures are on their way
                self.comparison, self.groups = result
                self._show()

        def failed(exc: Exception) -> None:
            if not isinstance(exc, DomainError):
                raise exc
            show_refusal(self, exc)

        self.task = BackgroundTask(self, self.tr("Before and after"), self.tr("Comparing the households…"),
                                   work, done, failed, cancellable=False)

    # --- showing --------------------------------------------------------------------------

    def _show(self) -> None:
        c = self.comparison
        _set_rows(self.groups_table, self.groups_model, self.groups)
        if c is None:
            self.summary.setText(self.tr("Choose a group or a program."))
            for model in (self.bands_model, self.levels_model, self.indicators_model,
                          self.missing_model, self.pairs_model):
                model.set_rows([])
            self.bars.show_shares(())
            self.movers.setText("")
            self._name_lists(0, 0)
            return
        self.summary.setText(self.tr("%n household(s) compared", "", c.comparable) + " · " + self.tr(
            "{missing} of {households} cannot be compared yet").format(
            missing=len(c.not_comparable), households=c.households))
        self.bands_model.set_rows([*c.bands, self._total(c.bands)])
        self.levels_model.set_rows([*c.levels, self._total(c.levels)] if c.levels else [])
        self.bars.show_shares(c.bands)
        self.movers.setText(self.tr("From then to now: <b>{up}</b> moved up a band, <b>{same}</b> stayed in theirs, <b>{down}</b> moved down.").format(
            up=c.moved_up, same=c.stayed, down=c.moved_down))
        self.indicators_model.set_rows(self._indicator_rows(c))
        _set_rows(self.missing, self.missing_model, list(c.not_comparable))
        _set_rows(self.pairs, self.pairs_model, list(c.compared))
        self._name_lists(len(c.not_comparable), c.comparable)

    def _name_lists(self, missing: int, compared: int) -> None:
        self.lists.setTabText(0, self.tr("By level"))
        self.lists.setTabText(1, self.tr("Not comparable ({n})").format(n=missing))
        self.lists.setTabText(2, self.tr("Compared ({n})").format(n=compared))
        self.lists.setTabText(3, self.tr("Groups side by side ({n})").format(n=len(self.groups)))
        self.lists.setTabVisible(3, bool(self.groups))

    @staticmethod
    def _total(shares: tuple[Share, ...]) -> Share:
        then, now = sum(s.then_count for s in shares), sum(s.now_count for s in shares)
        return Share("", then, sum((s.then_share for s in shares), Decimal("0.0")),
                     now, sum((s.now_share for s in shares), Decimal("0.0")))

    def _indicator_rows(self, c: Comparison) -> list[tuple[str, str, str, str]]:
        def asked(indicator) -> str:
            return f"{indicator.then_known} / {indicator.now_known}"

        def money(value) -> str:
            return "—" if value is None else format_rupiah(value)

        return [(self.tr("Average income a month"), money(c.income.then), money(c.income.now), asked(c.income)),
                (self.tr("Business running or growing"), percent(c.business.then), percent(c.business.now), asked(c.business)),
                (self.tr("Good housing"), percent(c.housing.then), percent(c.housing.now), asked(c.housing)),
                (self.tr("Children of school age in school"), percent(c.school.then), percent(c.school.now), asked(c.school))]

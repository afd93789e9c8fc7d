"""Household welfare: the surveys (filtered by group, member and period; a new survey, taking
one back) and the comparison of households before and after."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from desktop.auth import Actor
from desktop.dates import format_date
from desktop.errors import DomainError
from desktop.groups import group_choices
from desktop.labels import BUSINESS_STATUSES, HOUSING, WELFARE_BANDS, WELFARE_LEVELS
from desktop.money import format_amount
from desktop.welfare import SurveyFilter, SurveyRow, count_surveys, list_surveys
from ui.bus import bus
from ui.i18n import label, message
from ui.welfare_comparison_view import ComparisonView
from ui.welfare_dialog import SurveyDialog, TakeBackDialog
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
)

REFRESHED_BY = ("welfare", "members", "groups")
LIST_LIMIT = 1000  # the newest surveys listed; filters find older ones


def _children(row: SurveyRow) -> str:
    if row.school_age_children is None:
        return ""
    if row.children_in_school is None:
        return str(row.school_age_children)
    return f"{row.children_in_school} / {row.school_age_children}"


class SurveysView(QWidget):
    """The surveys, newest first, with the filters and the two steps a user takes."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.loaded = self.stale = False
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_bar())
        self.model = RowsModel([
            Column(self.tr("Date"), lambda r: format_date(r.on), lambda r: (r.on, r.id), 85),
            Column(self.tr("Member"), lambda r: f"{r.number} {r.name}", lambda r: r.name, 190),
            Column(self.tr("Group"), lambda r: r.group, width=150),
            Column(self.tr("Welfare level"), lambda r: label(WELFARE_LEVELS.get(r.level, r.level)), width=235),
            Column(self.tr("Band"), lambda r: label(WELFARE_BANDS[r.band]) if r.band else "",
                   lambda r: list(WELFARE_BANDS).index(r.band) if r.band else -1, 65),
            Column(self.tr("Income a\nmonth (Rp)"), lambda r: "" if r.income is None else format_amount(r.income),
                   lambda r: r.income, 90, True),
            Column(self.tr("Business"), lambda r: label(BUSINESS_STATUSES[r.business]) if r.business else "", width=90),
            Column(self.tr("Housing"), lambda r: label(HOUSING[r.housing]) if r.housing else "", width=110),
            Column(self.tr("In school /\nschool age"), _children, lambda r: r.school_age_children, 85, True),
            Column(self.tr("Surveyed by"), lambda r: r.surveyor, width=120),
            Column(self.tr("Notes"), lambda r: r.notes, width=200),
        ], self)
        self.table = make_table(self.model, "welfare_surveys")
        self.table.horizontalHeader().setMinimumHeight(38)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first, as read
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_survey)
        bus.changed.connect(self._on_changed)
        self._update_buttons()

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        # Filled when the view is first shown, like the list, to keep start-up short.
        self.group = combo([], blank=self.tr("All groups"))
        self.group.setObjectName("welfare_group")
        self.group.setMinimumContentsLength(16)
        self.group.currentIndexChanged.connect(lambda *_: self.refresh())
        bar.addWidget(self.group)
        self.search = QLineEdit()
        self.search.setObjectName("welfare_search")
        self.search.setPlaceholderText(self.tr("Member number or name…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda *_: self.refresh())
        bar.addWidget(self.search, 1)
        self.first = DateField()
        self.first.setObjectName("welfare_first")
        self.last = DateField()
        self.last.setObjectName("welfare_last")
        for caption, field in ((self.tr("From"), self.first), (self.tr("to"), self.last)):
            bar.addWidget(QLabel(caption))
            field.edit.editingFinished.connect(self.refresh)
            field.calendar.clicked.connect(lambda *_: self.refresh())
            bar.addWidget(field)
        self.count = QLabel()
        self.count.setObjectName("welfare_count")
        self.count.setStyleSheet(HINT_STYLE)
        bar.addWidget(self.count)
        self.new_button = push(self.tr("New survey… (Ctrl+N)"), self.new_survey, "welfare_new")
        self.new_button.setEnabled(self.actor.may("welfare.record"))
        bar.addWidget(self.new_button)
        self.take_back_button = push(self.tr("Take back…"), self.take_back, "welfare_take_back")
        bar.addWidget(self.take_back_button)
        return bar

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.loaded or self.stale:
            refill(self.group, group_choices(), self.tr("All groups"))
            self.refresh()

    def _on_changed(self, area: str) -> None:
        if area in REFRESHED_BY:
            self.stale = True
            if self.isVisible():
                if area == "groups":
                    refill(self.group, group_choices(), self.tr("All groups"))
                self.refresh()

    def _period(self) -> tuple[dt.date | None, dt.date | None] | None:
        try:
            return self.first.value(), self.last.value()
        except DomainError as exc:
            self.count.setStyleSheet(ERROR_STYLE)
            self.count.setText(message(exc))
            return None

    def refresh(self) -> None:
        period = self._period()
        if period is None:
            return
        self.loaded, self.stale = True, False
        flt = SurveyFilter(self.group.currentData(), self.search.text(), *period)
        rows = list_surveys(flt, LIST_LIMIT)
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()  # the order the user chose survives a refresh
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.count.setStyleSheet(HINT_STYLE)
        if len(rows) < LIST_LIMIT:
            self.count.setText(self.tr("%n survey(s)", "", len(rows)))
        else:
            self.count.setText(self.tr("the newest {shown} of {count}").format(
                shown=len(rows), count=count_surveys(flt)))
            self.count.setToolTip(self.tr("Narrow the list by group, member or period to see older surveys."))
        self._update_buttons()

    def selected(self) -> SurveyRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        self.take_back_button.setEnabled(self.actor.may("welfare.record") and self.selected() is not None)

    def new_survey(self) -> None:
        if self.actor.may("welfare.record"):
            SurveyDialog(self.actor, self.group.currentData(), self).exec()

    def take_back(self) -> None:
        row = self.selected()
        if row is not None and self.actor.may("welfare.record"):
            TakeBackDialog(self.actor, row, self).exec()


class WelfareTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.surveys = SurveysView(actor)
        self.comparison = ComparisonView()
        self.views = QTabWidget()
        self.views.setObjectName("welfare_views")
        self.views.addTab(self.surveys, self.tr("Surveys"))
        self.views.addTab(self.comparison, self.tr("Before and after"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

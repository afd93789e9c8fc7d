"""A group's whole history on one page, for its mentor before a visit: who the group is, its
figures today, attendance, savings and arrears month by month, and everything that happened to
it, newest first, with what went wrong in red. Printable as the group profile."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.attention import NO_VISIT_DAYS
from desktop.auth import MENTOR, Actor
from desktop.dates import format_date
from desktop.errors import NotFound
from desktop.group_history import GroupHistory, group_history
from desktop.group_timeline import CATEGORIES, CODE_PARAMS, Event, percent_text
from desktop.groups import GroupFilter, group_choices, list_groups
from desktop.labels import OFFICES, STAGES
from desktop.money import format_amount, format_rupiah
from ui.bus import bus
from ui.i18n import label, message
from ui.mini_charts import MiniChart, Series, month_label
from ui.paper_dialogs import make_pdf
from ui.widgets import ERROR_STYLE, HINT_STYLE, Column, RowsModel, combo, make_table, push

BAD = "#b00020"
SESSION_COLOUR, MEETING_COLOUR = "#2a62ab", "#2f8c4d"
SAVINGS_COLOUR, OVERDUE_COLOUR = "#4d9a73", "#c0392b"
ONLY_BAD = "bad"


def words(template: str, params: dict) -> str:
    """An event's or a reason's text in the screen language, its codes' labels translated."""
    if not template:
        return ""
    values = {k: label(CODE_PARAMS[k][v]) if k in CODE_PARAMS and v in CODE_PARAMS[k] else v
              for k, v in params.items()}
    return label(template).format(**values)


def event_detail(event: Event) -> str:
    return " ".join(x for x in (words(event.detail, event.params), event.note) if x)


class TimelineModel(RowsModel):
    """The events; what went wrong in red, the whole text under the mouse."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid():
            event: Event = self.rows[index.row()]
            if role == Qt.ItemDataRole.ForegroundRole and event.bad:
                return QBrush(QColor(BAD))
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(x for x in (words(event.title, event.params), event_detail(event)) if x)
        return super().data(index, role)


class HistoryTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.group_id: int | None = None
        self.history: GroupHistory | None = None
        self.stale = False
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        self.note = QLabel(self.tr("Choose a group to see its history: its figures, its charts and everything that happened to it."))
        self.note.setObjectName("history_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(HINT_STYLE)
        layout.addWidget(self.note)
        self.page = QWidget()
        page = QVBoxLayout(self.page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self._profile_box())
        page.addLayout(self._figures_row())
        page.addLayout(self._charts_row())
        page.addLayout(self._timeline_bar())
        self.model = TimelineModel([
            Column(self.tr("Date"), lambda e: format_date(e.on), lambda e: e.on, 85),
            Column(self.tr("What"), lambda e: words(e.title, e.params), width=380),
            Column(self.tr("Detail"), event_detail, width=400),
        ], self)
        self.table = make_table(self.model, "history_timeline")
        self.table.setSortingEnabled(False)
        self.table.setMinimumHeight(160)
        page.addWidget(self.table, 1)
        # On a small screen the page scrolls rather than making the window taller than it.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.page)
        layout.addWidget(self.scroll, 1)
        self.scroll.setVisible(False)
        self._fill_groups()
        bus.changed.connect(self._on_changed)

    # --- building -----------------------------------------------------------------------

    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Group")))
        self.group = QComboBox()
        self.group.setObjectName("history_group")
        self.group.setEditable(True)
        self.group.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.group.setMinimumContentsLength(28)
        self.group.lineEdit().setPlaceholderText(self.tr("Type part of the name…"))
        completer = self.group.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.group.activated.connect(lambda *_: self._chosen())
        bar.addWidget(self.group)
        bar.addStretch(1)
        self.print_button = push(self.tr("Print group profile…"), self.print_profile, "history_print")
        self.print_button.setEnabled(False)
        bar.addWidget(self.print_button)
        return bar

    def _profile_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("history_profile")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(18)
        self.name = QLabel()
        self.name.setObjectName("history_name")
        self.name.setStyleSheet("font-size: 15pt; font-weight: bold;")
        grid.addWidget(self.name, 0, 0, 1, 3)
        self.facts: dict[str, QLabel] = {}
        places = [("kind", self.tr("Kind"), 1, 0), ("formed", self.tr("Formed"), 1, 1),
                  ("mentor", self.tr("Mentor"), 1, 2), ("stage", self.tr("Stage"), 2, 0),
                  ("grade", self.tr("Class"), 2, 1), ("members", self.tr("Active members"), 2, 2),
                  ("address", self.tr("Address"), 3, 0), ("officers", self.tr("Officers"), 3, 2),
                  ("partners", self.tr("Partners"), 4, 0)]
        for key, caption, row, column in places:
            value = QLabel()
            value.setObjectName(f"history_{key}")
            # Address and partners may run long; the officers come one a line.
            value.setWordWrap(key in ("address", "partners"))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts[key] = value
            span = 2 if key in ("address", "partners") else 1
            cell = QVBoxLayout()
            cell.setSpacing(0)
            head = QLabel(caption)
            head.setStyleSheet(HINT_STYLE)
            cell.addWidget(head)
            cell.addWidget(value)
            grid.addLayout(cell, row, column, 1, span)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        return box

    def _figures_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.figures: dict[str, QLabel] = {}
        for key in ("attendance", "savings", "loans", "overdue", "follow_ups", "visit"):
            tile = QLabel()
            tile.setObjectName(f"history_figure_{key}")
            tile.setFrameShape(QFrame.Shape.StyledPanel)
            tile.setTextFormat(Qt.TextFormat.RichText)
            tile.setWordWrap(True)
            # Room for the caption, the figure and two lines under it, however tight the page.
            tile.setMinimumHeight(tile.fontMetrics().lineSpacing() * 5 + 8)
            tile.setMargin(6)
            tile.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.figures[key] = tile
            row.addWidget(tile, 1)
        return row

    def _charts_row(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(2)
        row = QHBoxLayout()
        self.attendance_chart = MiniChart("history_chart_attendance")
        self.savings_chart = MiniChart("history_chart_savings")
        self.overdue_chart = MiniChart("history_chart_overdue")
        for chart in (self.attendance_chart, self.savings_chart, self.overdue_chart):
            row.addWidget(chart, 1)
        column.addLayout(row)
        self.chart_note = QLabel()
        self.chart_note.setObjectName("history_chart_note")
        self.chart_note.setStyleSheet(HINT_STYLE)
        column.addWidget(self.chart_note)
        return column

    def _timeline_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        caption = QLabel(self.tr("What happened, newest first"))
        caption.setStyleSheet("font-weight: bold;")
        bar.addWidget(caption)
        self.count = QLabel()
        self.count.setObjectName("history_count")
        self.count.setStyleSheet(HINT_STYLE)
        bar.addWidget(self.count)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Show")))
        choices = [(None, self.tr("Everything")), (ONLY_BAD, self.tr("Only what went wrong"))]
        choices += [(code, label(text)) for code, (text, _kinds) in CATEGORIES.items()]
        self.kind = combo(choices)
        self.kind.setObjectName("history_kind")
        self.kind.currentIndexChanged.connect(lambda *_: self._show_events())
        bar.addWidget(self.kind)
        return bar

    # --- choosing and loading -------------------------------------------------------------

    def _fill_groups(self) -> None:
        """The mentor's own groups first, then every other group."""
        chosen = self.group_id
        self.group.blockSignals(True)
        self.group.clear()
        own: list[tuple[int, str]] = []
        if self.actor.role == MENTOR:
            own = [(g.id, g.name) for g in list_groups(GroupFilter(mentor_id=self.actor.id))]
        mine = {group_id for group_id, _name in own}
        rest = [(group_id, name) for group_id, name in group_choices() if group_id not in mine]
        for group_id, name in own:
            self.group.addItem(name, group_id)
        if own and rest:
            self.group.insertSeparator(self.group.count())
        for group_id, name in rest:
            self.group.addItem(name, group_id)
        index = self.group.findData(chosen) if chosen is not None else -1
        self.group.setCurrentIndex(index)
        if index < 0:
            self.group.setEditText("")
        self.group.blockSignals(False)

    def _chosen(self) -> None:
        group_id = self.group.currentData()
        if group_id is not None and group_id != self.group_id:
            self.show_group(group_id)

    def show_group(self, group_id: int) -> None:
        """Show the history of a group (as chosen, or asked for by another page)."""
        self.group_id = group_id
        index = self.group.findData(group_id)
        if index < 0:  # a group registered since the list was filled
            self._fill_groups()
            index = self.group.findData(group_id)
        if index >= 0 and index != self.group.currentIndex():
            self.group.blockSignals(True)
            self.group.setCurrentIndex(index)
            self.group.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        self.stale = False
        if self.group_id is None:
            return
        try:
            self.history = group_history(self.group_id)
        except NotFound as exc:
            self.history, self.group_id = None, None
            self.scroll.setVisible(False)
            self.print_button.setEnabled(False)
            self.note.setStyleSheet(ERROR_STYLE)
            self.note.setText(message(exc))
            self.note.setVisible(True)
            return
        self.note.setVisible(False)
        self.scroll.setVisible(True)
        self.print_button.setEnabled(True)
        self._show_profile()
        self._show_figures()
        self._show_charts()
        self._show_events()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def _on_changed(self, area: str) -> None:
        if area in ("groups", "settings", "users"):
            self._fill_groups()
        self.stale = True
        if self.isVisible():
            self.refresh()

    # --- showing --------------------------------------------------------------------------

    def _show_profile(self) -> None:
        p = self.history.profile
        self.name.setText(p.name)
        officers = "\n".join(f"{label(OFFICES[o.office]) if o.office in OFFICES else o.office}: {o.name}"
                              for o in p.officers)
        grade = (self.tr("{grade} (assessed {date})").format(grade=p.grade, date=format_date(p.graded_on))
                 if p.grade else self.tr("not assessed yet"))
        values = {"kind": p.kind, "formed": format_date(p.formed) or "–",
                  "mentor": p.mentor or self.tr("no mentor"),
                  "stage": label(STAGES[p.stage]) if p.stage in STAGES else p.stage,
                  "grade": grade, "members": str(p.active_members),
                  "address": p.address_line or "–", "officers": officers or "–",
                  "partners": ", ".join(name for name, _kind in p.partners) or "–"}
        for key, text in values.items():
            self.facts[key].setText(text)

    def _tile(self, key: str, caption: str, value: str, under: str = "", bad: bool = False) -> None:
        colour = f' style="color: {BAD};"' if bad else ""
        html = (f'<span style="color: #555555;">{escape(caption)}</span><br>'
                f'<span style="font-size: 13pt; font-weight: bold;"{colour}>{escape(value)}</span>')
        if under:
            html += f'<br><span style="color: #555555;">{escape(under)}</span>'
        self.figures[key].setText(html)

    def _show_figures(self) -> None:
        s = self.history.summary
        self._tile("attendance", self.tr("Attendance, last 3 months"), percent_text(s.rate_recent) or "–",
                   self.tr("the 3 months before: {rate}").format(rate=percent_text(s.rate_before) or "–"),
                   s.attendance_warning)
        self._tile("savings", self.tr("Savings of the members"), format_rupiah(s.savings))
        self._tile("loans", self.tr("Loans running"), str(s.loans_running),
                   self.tr("outstanding {amount}").format(amount=format_rupiah(s.outstanding)))
        behind = (self.tr("{members} member(s) behind, since {date}").format(
            members=s.members_behind, date=format_date(s.oldest_late)) if s.overdue else self.tr("nobody behind"))
        self._tile("overdue", self.tr("Overdue"), format_rupiah(s.overdue), behind, s.overdue > 0)
        late = (self.tr("{count} overdue, the oldest due {date}").format(
            count=s.follow_ups_overdue, date=format_date(s.oldest_overdue))
            if s.follow_ups_overdue else self.tr("none overdue"))
        self._tile("follow_ups", self.tr("Follow-ups not done"), str(s.follow_ups_open), late,
                   s.follow_ups_overdue > 0)
        if s.last_visit is None:
            self._tile("visit", self.tr("Last visit"), self.tr("never"), "", True)
        else:
            self._tile("visit", self.tr("Last visit"), format_date(s.last_visit),
                       self.tr("{days} days ago").format(days=s.days_since_visit),
                       s.days_since_visit > NO_VISIT_DAYS)

    def _show_charts(self) -> None:
        series = self.history.series
        months = series.months
        self.attendance_chart.set_data(
            self.tr("Attendance (%)"), months,
            [Series(self.tr("Sessions"), [None if v is None else v * 100 for v in series.session_rate], SESSION_COLOUR),
             Series(self.tr("Meeting days"), [None if v is None else v * 100 for v in series.meeting_rate], MEETING_COLOUR)],
            lambda v: f"{v:.0f}%", top=100, step=25, empty=self.tr("No attendance taken yet"))
        self.savings_chart.set_data(
            self.tr("Savings at month end (Rp)"), months,
            [Series(self.tr("Savings"), [float(v) for v in series.savings], SAVINGS_COLOUR)],
            lambda v: format_amount(int(v)), bars=True, empty=self.tr("No savings yet"))
        self.overdue_chart.set_data(
            self.tr("Overdue at month end (Rp)"), months,
            [Series(self.tr("Overdue"), [float(v) for v in series.overdue], OVERDUE_COLOUR)],
            lambda v: format_amount(int(v)), bars=True, empty=self.tr("Nothing overdue"))
        first = month_label(months[0]) if months else ""
        self.chart_note.setText(
            self.tr("By month: the last {count} months, from {first}.").format(count=len(months), first=first)
            if series.cut else self.tr("By month since the group began ({first}).").format(first=first))

    def _show_events(self) -> None:
        if self.history is None:
            return
        chosen = self.kind.currentData()
        if chosen is None:
            events = self.history.events
        elif chosen == ONLY_BAD:
            events = [e for e in self.history.events if e.bad]
        else:
            kinds = CATEGORIES[chosen][1]
            events = [e for e in self.history.events if e.kind in kinds]
        self.model.set_rows(events)
        self.count.setText(self.tr("%n event(s)", "", len(events)))

    # --- paper ----------------------------------------------------------------------------

    def print_profile(self) -> None:
        if self.group_id is None:
            return
        group_id = self.group_id

        def render(path: Path, progress, cancelled) -> None:
            from desktop.documents.group_profile import render_group_profile
            from desktop.documents.pdf import letterhead

            render_group_profile(group_history(group_id), letterhead(), path)

        make_pdf(self, self.tr("Group profile"), "profil-kelompok", render)

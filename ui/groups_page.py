"""The secretary's register of groups: list with search and filters, and one group's detail."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.assessments import latest_assessment
from desktop.auth import Actor
from desktop.dates import format_date
from desktop.errors import DomainError
from desktop.groups import (
    GroupFilter,
    GroupRow,
    group_kinds,
    kelurahan_choices,
    list_groups,
    load_group,
    set_group_stage,
)
from desktop.labels import MEMBER_STATUSES, OFFICES, PARTNER_KINDS, STAGES
from desktop.member_queries import MemberFilter, search_members
from desktop.officers import OfficerRow, end_office, group_officers
from desktop.users import list_mentors
from ui.bus import bus
from ui.group_dialog import GroupDialog
from ui.i18n import label
from ui.officer_dialog import OfficerDialog
from ui.widgets import Column, RowsModel, combo, confirm, make_table, push, refill, show_refusal


class GroupsPage(QWidget):
    history_requested = Signal(int)  # a group id: show that group's history

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.may_edit = actor.may("register.edit")
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_bar())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = RowsModel([
            Column(self.tr("Name"), lambda r: r.name, width=210),
            Column(self.tr("Kind"), lambda r: r.kind, width=90),
            Column(self.tr("Kelurahan"), lambda r: r.kelurahan, width=120),
            Column(self.tr("City"), lambda r: r.city, width=120),
            Column(self.tr("Stage"), lambda r: label(STAGES.get(r.stage, r.stage)), width=130),
            Column(self.tr("Mentor"), lambda r: r.mentor, width=130),
            Column(self.tr("Members"), lambda r: str(r.active_members), lambda r: r.active_members, 70, True),
        ], self)
        self.table = make_table(self.model, "groups_table")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.table.doubleClicked.connect(lambda *_: self.edit_group())
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._detail_panel())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter)
        bus.changed.connect(self._on_changed)
        self.refresh()

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("group_search")
        self.search.setPlaceholderText(self.tr("Search group name…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda *_: self.refresh())
        bar.addWidget(self.search, 2)
        self.kind = combo(group_kinds(False), blank=self.tr("All kinds"))
        self.kelurahan = combo([(k, k) for k in kelurahan_choices()], blank=self.tr("All kelurahan"))
        self.stage = combo([(c, label(t)) for c, t in STAGES.items()], blank=self.tr("All stages"))
        self.mentor = combo(list_mentors(), blank=self.tr("All mentors"))
        for name, box in (("kind_filter", self.kind), ("kelurahan_filter", self.kelurahan),
                          ("stage_filter", self.stage), ("mentor_filter", self.mentor)):
            box.setObjectName(name)
            box.currentIndexChanged.connect(lambda *_: self.refresh())
            bar.addWidget(box, 1)
        new = push(self.tr("New group"), self.new_group, "new_group")
        new.setEnabled(self.may_edit)
        bar.addWidget(new)
        return bar

    def _detail_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(8, 0, 0, 0)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.title.setWordWrap(True)
        column.addWidget(self.title)
        self.info = QFormLayout()
        self.info_labels: dict[str, QLabel] = {}
        for key, caption in (("kind", self.tr("Kind")), ("formed", self.tr("Formed")),
                             ("address", self.tr("Address")), ("mentor", self.tr("Mentor")),
                             ("stage", self.tr("Stage")), ("grade", self.tr("Class")),
                             ("activities", self.tr("Activities")),
                             ("partners", self.tr("Partners"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.info.addRow(caption + ":", value)
            self.info_labels[key] = value
        column.addLayout(self.info)
        self.stage_button = push(self.tr("Change stage…"), self.change_stage, "change_stage")
        self.stage_button.setEnabled(self.actor.may("group.stage"))
        self.history_button = push(self.tr("Group history"), self.show_history, "group_history")
        stage_row = QHBoxLayout()
        stage_row.addWidget(self.stage_button)
        stage_row.addWidget(self.history_button)
        stage_row.addStretch()
        column.addLayout(stage_row)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._members_tab(), self.tr("Members"))
        self.tabs.addTab(self._officers_tab(), self.tr("Officers"))
        column.addWidget(self.tabs, 1)
        return panel

    def _members_tab(self) -> QWidget:
        self.members_model = RowsModel([
            Column(self.tr("Number"), lambda r: r[1], width=90),
            Column(self.tr("Name"), lambda r: r[2], width=180),
            Column(self.tr("Joined"), lambda r: format_date(r[7]), lambda r: r[7], 90),
            Column(self.tr("Status"), lambda r: label(MEMBER_STATUSES.get(r[8], r[8])), width=80),
        ], self)
        self.members_table = make_table(self.members_model, "group_members")
        return self.members_table

    def _officers_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        self.officers_model = RowsModel([
            Column(self.tr("Office"), lambda r: label(OFFICES[r.office]), width=150),
            Column(self.tr("Name"), lambda r: r.member_name, width=160),
            Column(self.tr("From"), lambda r: format_date(r.start_date), lambda r: r.start_date, 90),
            Column(self.tr("Until"), lambda r: format_date(r.end_date) or self.tr("now"), lambda r: r.end_date or dt.date.max, 90),
        ], self)
        self.officers_table = make_table(self.officers_model, "group_officers")
        column.addWidget(self.officers_table)
        row = QHBoxLayout()
        self.appoint_button = push(self.tr("Appoint officer…"), self.appoint, "appoint_officer")
        self.end_button = push(self.tr("End term"), self.end_term, "end_term")
        for button in (self.appoint_button, self.end_button):
            button.setEnabled(self.may_edit)
            row.addWidget(button)
        row.addStretch()
        column.addLayout(row)
        return tab

    def current_filter(self) -> GroupFilter:
        return GroupFilter(self.search.text(), self.kind.currentData(), self.kelurahan.currentData(),
                           self.stage.currentData(), self.mentor.currentData())

    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.set_rows(list_groups(self.current_filter()))
        self.select(selected)
        self._show_detail()

    def select(self, group_id: int | None) -> None:
        for row, group in enumerate(self.model.rows):
            if group.id == group_id:
                self.table.selectRow(row)
                return
        if self.model.rows:
            self.table.selectRow(0)

    def selected(self) -> GroupRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_id(self) -> int | None:
        group = self.selected()
        return group.id if group else None

    def _show_detail(self) -> None:
        group = self.selected()
        self.tabs.setEnabled(group is not None)
        if group is None:
            self.title.setText(self.tr("No group selected"))
            for value in self.info_labels.values():
                value.clear()
            self.members_model.set_rows([])
            self.officers_model.set_rows([])
            return
        g = load_group(group.id)
        self.title.setText(g.name)
        place = ", ".join(p for p in (g.address, f"RT {g.rt}/RW {g.rw}" if g.rt or g.rw else "",
                                      g.kelurahan, g.kecamatan, g.city) if p)
        partners = "; ".join(f"{p.name} ({label(PARTNER_KINDS.get(p.kind, p.kind))})" for p in g.partners)
        for key, text in (("kind", group.kind), ("formed", format_date(g.formed_date)),
                          ("address", place), ("mentor", group.mentor or self.tr("(none yet)")),
                          ("stage", label(STAGES[g.stage])), ("grade", self._grade(group.id)),
                          ("activities", g.business_activities),
                          ("partners", partners or "–")):
            self.info_labels[key].setText(text)
        self.members_model.set_rows(search_members(MemberFilter(group_id=group.id, status=None), limit=2000))
        self.officers_model.set_rows(group_officers(group.id))

    def _grade(self, group_id: int) -> str:
        latest = latest_assessment(group_id)
        if latest is None:
            return self.tr("not assessed yet")
        return self.tr("{grade} (assessed {date})").format(grade=latest[0], date=format_date(latest[1]))

    def show_history(self) -> None:
        group_id = self.selected_id()
        if group_id is not None:
            self.history_requested.emit(group_id)

    def new_group(self) -> None:
        dialog = GroupDialog(self.actor, parent=self)
        if dialog.exec():
            self.search.clear()
            self.select(dialog.group_id)

    def edit_group(self) -> None:
        group_id = self.selected_id()
        if group_id is None:
            return
        if not self.may_edit:
            return
        GroupDialog(self.actor, group_id, self).exec()

    def change_stage(self) -> None:
        group = self.selected()
        if group is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Stage of {name}").format(name=group.name))
        dialog.setLabelText(self.tr("New stage:"))
        dialog.setComboBoxItems([label(text) for text in STAGES.values()])
        dialog.setTextValue(label(STAGES[group.stage]))
        dialog.setOkButtonText(self.tr("Save"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        if not dialog.exec():
            return
        codes = {label(text): code for code, text in STAGES.items()}
        try:
            set_group_stage(self.actor, group.id, codes[dialog.textValue()])
        except DomainError as exc:
            show_refusal(self, exc)
            return
        bus.changed.emit("groups")

    def appoint(self) -> None:
        group_id = self.selected_id()
        if group_id is not None:
            OfficerDialog(self.actor, group_id, self).exec()

    def end_term(self) -> None:
        index = self.officers_table.currentIndex()
        if not index.isValid():
            return
        officer: OfficerRow = self.officers_model.row_at(index.row())
        if officer.end_date is not None:
            return
        question = self.tr("End the term of {name} as {office} today?").format(
            name=officer.member_name, office=label(OFFICES[officer.office]))
        if not confirm(self, self.tr("End term"), question, self.tr("End term")):
            return
        try:
            end_office(self.actor, officer.id, dt.date.today())
        except DomainError as exc:
            show_refusal(self, exc)
            return
        bus.changed.emit("groups")

    def _on_changed(self, area: str) -> None:
        if area in ("groups", "settings"):
            refill(self.kind, group_kinds(False), self.tr("All kinds"))
            refill(self.kelurahan, [(k, k) for k in kelurahan_choices()], self.tr("All kelurahan"))
        # An assessment moves the group's stage and gives it its class.
        if area in ("groups", "members", "settings", "assessments"):
            self.refresh()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("groups/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("groups/splitter")
        if state is not None:
            self.splitter.restoreState(state)

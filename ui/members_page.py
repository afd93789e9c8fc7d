"""The member register: search as you type, filters, and the member's actions."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.groups import group_choices
from desktop.labels import MEMBER_STATUSES, SEXES, WELFARE_LEVELS
from desktop.member_queries import MemberFilter, load_member, member_id_by_number
from ui.bus import bus
from ui.i18n import label
from ui.import_dialog import ImportDialog
from ui.member_actions import ExitDialog, MoveDialog
from ui.member_dialog import MemberDialog
from ui.member_export import export_list
from ui.member_model import COLUMNS, MemberModel
from ui.paper_dialogs import CardsDialog, MemberBookDialog
from ui.widgets import combo, make_table, push, refill, select_value


class MembersPage(QWidget):
    savings_requested = Signal(int)  # a member id: show that member's savings

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.may_edit = actor.may("register.edit")
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_bar())
        self.model = MemberModel(self)
        self.table = make_table(self.model, "members_table", [c[2] for c in COLUMNS])
        # Several members can be chosen at once, to print their cards together.
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda *_: self.open_member())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table)
        layout.addLayout(self._action_bar())
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        bus.changed.connect(self._on_changed)
        self.refresh()

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("member_search")
        self.search.setPlaceholderText(self.tr("Search name, member number or NIK…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda *_: self.refresh())
        self.search.returnPressed.connect(self._search_entered)
        bar.addWidget(self.search, 3)
        self.group = combo(group_choices(), blank=self.tr("All groups"))
        statuses = [(c, label(t)) for c, t in MEMBER_STATUSES.items()]
        self.status = combo(statuses, blank=self.tr("Any status"))
        select_value(self.status, "active")
        self.sex = combo([(c, label(t)) for c, t in SEXES.items()], blank=self.tr("Both sexes"))
        levels = [(c, label(t)) for c, t in WELFARE_LEVELS.items()]
        self.welfare = combo(levels, blank=self.tr("Any welfare level"))
        for name, box in (("group_filter", self.group), ("status_filter", self.status),
                          ("sex_filter", self.sex), ("welfare_filter", self.welfare)):
            box.setObjectName(name)
            box.currentIndexChanged.connect(lambda *_: self.refresh())
            bar.addWidget(box, 1)
        return bar

    def _action_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("member_count")
        # A fixed width: a count that grows a digit must not re-lay out the page each keystroke.
        self.count_label.setFixedWidth(180)
        bar.addWidget(self.count_label)
        bar.addStretch()
        # Printing and Excel each sit behind one button with a menu, so that the page still
        # fits the 1280-pixel screens of older office PCs.
        print_button = push(self.tr("Print"), lambda: None, "print_menu")
        print_menu = QMenu(print_button)
        self.cards_action = self._action(print_menu, self.tr("Member cards…"), self.print_cards, "print_cards")
        self.book_action = self._action(print_menu, self.tr("Member book…"), self.print_book, "print_book")
        print_button.setMenu(print_menu)
        excel_button = push(self.tr("Excel"), lambda: None, "excel_menu")
        excel_menu = QMenu(excel_button)
        self.import_action = self._action(excel_menu, self.tr("Import members from Excel or CSV…"), self.import_members, "import_members")
        self.export_action = self._action(excel_menu, self.tr("Export the list to Excel or CSV…"), self.export_members, "export_members")
        excel_button.setMenu(excel_menu)
        bar.addWidget(print_button)
        bar.addWidget(excel_button)
        bar.addSpacing(16)
        self.new_button = push(self.tr("New member…"), self.new_member, "new_member")
        self.open_button = push(self.tr("Open / change…"), self.open_member, "open_member")
        self.move_button = push(self.tr("Move to group…"), self.move_member, "move_member")
        self.exit_button = push(self.tr("Leaves the office…"), self.exit_member, "exit_member")
        self.savings_button = push(self.tr("Savings"), self.show_savings, "member_savings")
        for button in (self.new_button, self.open_button, self.move_button, self.exit_button,
                       self.savings_button):
            bar.addWidget(button)
        return bar

    def current_filter(self) -> MemberFilter:
        return MemberFilter(self.search.text(), self.group.currentData(), self.status.currentData(),
                            self.sex.currentData(), self.welfare.currentData())

    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.set_filter(self.current_filter())
        row = self.model.row_of(selected) if selected is not None else None
        self.table.selectRow(row if row is not None else 0)
        total = self.model.total
        self.count_label.setText(self.tr("%n member(s)", "", total))
        self._update_buttons()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        active = chosen and self.model.rows[self.table.currentIndex().row()][8] == "active"
        self.new_button.setEnabled(self.may_edit)
        self.import_action.setEnabled(self.may_edit)
        self.open_button.setEnabled(chosen)
        self.savings_button.setEnabled(chosen)
        self.move_button.setEnabled(self.may_edit and active)
        self.exit_button.setEnabled(self.actor.may("member.exit") and active)

    def _action(self, menu: QMenu, text: str, slot, name: str) -> QAction:
        action = menu.addAction(text, slot)
        action.setObjectName(name)
        return action

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.id_at(row) for row in rows]

    def print_cards(self) -> None:
        CardsDialog(self.selected_ids(), self.current_filter(), self.model.sort_key, self.model.total,
                    self).exec()

    def print_book(self) -> None:
        MemberBookDialog(self.group.currentData(), self).exec()

    def import_members(self) -> None:
        ImportDialog(self.actor, self).exec()

    def export_members(self) -> None:
        export_list(self, self.current_filter())

    def _search_entered(self) -> None:
        """A member number typed or scanned, then Enter, opens that member; so does Enter on
        a search that found one member."""
        if not self.open_number(self.search.text()) and self.model.total == 1:
            self.open_member(self.model.id_at(0))

    def open_number(self, text: str) -> bool:
        """Open the member whose number is *text* (as typed or scanned); False if none is."""
        member_id = member_id_by_number(text)
        if member_id is not None:
            self.open_member(member_id)
        return member_id is not None

    def open_member(self, member_id: int | None = None) -> None:
        member_id = member_id or self.selected_id()
        if member_id is None:
            return
        dialog = MemberDialog(self.actor, member_id, parent=self)
        if not self.may_edit:
            dialog.findChild(QPushButton, "ok").setEnabled(False)
        dialog.exec()

    def show_savings(self) -> None:
        member_id = self.selected_id()
        if member_id is not None:
            self.savings_requested.emit(member_id)

    def new_member(self) -> None:
        MemberDialog(self.actor, group_id=self.group.currentData(), parent=self).exec()

    def move_member(self) -> None:
        member_id = self.selected_id()
        if member_id is not None:
            MoveDialog(self.actor, load_member(member_id), self).exec()

    def exit_member(self) -> None:
        member_id = self.selected_id()
        if member_id is not None:
            ExitDialog(self.actor, load_member(member_id), self).exec()

    def _on_changed(self, area: str) -> None:
        if area in ("groups", "settings"):
            refill(self.group, group_choices(), self.tr("All groups"))
        # A welfare survey gives the household its level, which the list may be filtered by.
        if area in ("members", "groups", "settings", "welfare"):
            self.refresh()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("members/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("members/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)

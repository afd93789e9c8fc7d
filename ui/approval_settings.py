"""Which actions wait for a second user's approval: a tick per action, set by the administrator."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.approval_queries import approvable_actions
from desktop.approvals import required_actions, set_required_actions
from desktop.auth import Actor
from desktop.errors import DomainError
from ui.bus import bus
from ui.i18n import label
from ui.widgets import HINT_STYLE, push, show_refusal

COLUMNS = 2


class ApprovalSettingsBox(QGroupBox):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Approvals"), parent)
        self.actor = actor
        editable = actor.may("settings.edit")
        column = QVBoxLayout(self)
        hint = QLabel(self.tr("A ticked action is not done at once: it waits on the Approvals page until an "
                              "administrator or the chair, other than the user who asked, approves it."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        column.addWidget(hint)
        grid = QGridLayout()
        self.boxes: dict[str, QCheckBox] = {}
        actions = approvable_actions()
        rows = -(-len(actions) // COLUMNS)
        for index, (key, text) in enumerate(actions):
            box = QCheckBox(label(text))
            box.setObjectName(f"approval_{key}")
            box.setEnabled(editable)
            box.toggled.connect(lambda *_: self.saved.clear())
            grid.addWidget(box, index % rows, index // rows)
            self.boxes[key] = box
        column.addLayout(grid)
        row = QHBoxLayout()
        save = push(self.tr("Save the approvals"), self.save, "save_approvals")
        save.setEnabled(editable)
        row.addWidget(save)
        self.saved = QLabel()
        self.saved.setObjectName("approvals_saved")
        self.saved.setStyleSheet(HINT_STYLE)
        row.addWidget(self.saved, 1)
        column.addLayout(row)
        self.load()

    def load(self) -> None:
        marked = required_actions()
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in marked)
            box.blockSignals(False)

    def save(self) -> None:
        self.saved.clear()
        try:
            set_required_actions(self.actor, {key for key, box in self.boxes.items() if box.isChecked()})
        except DomainError as exc:
            show_refusal(self, exc)
            return
        self.saved.setText(self.tr("Saved. The ticked actions wait for approval from now on."))
        bus.changed.emit("settings")

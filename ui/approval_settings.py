"""Which actions wait for a second user's approval: a tick per action, set by the administrator.
An action that does a ticked one as part of itself is shown ticked too, and cannot be unticked
while that one is."""

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
from desktop.approvals import implying, required_actions, set_required_actions
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
        self.editable = editable = actor.may("settings.edit")
        self.chosen: dict[str, bool] = {}  # the ticks set, apart from those that follow others
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
        self.labels = dict(actions)
        for index, (key, text) in enumerate(actions):
            box = QCheckBox(label(text))
            box.setObjectName(f"approval_{key}")
            box.setEnabled(editable)
            box.toggled.connect(lambda checked, key=key: self._ticked(key, checked))
            grid.addWidget(box, index % rows, index // rows)
            self.boxes[key] = box
        column.addLayout(grid)
        self.implied = QLabel()
        self.implied.setObjectName("approvals_implied")
        self.implied.setWordWrap(True)
        self.implied.setStyleSheet(HINT_STYLE)
        column.addWidget(self.implied)
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
        self.chosen = {key: key in marked for key in self.boxes}
        self._show()

    def _ticked(self, key: str, checked: bool) -> None:
        self.saved.clear()
        self.chosen[key] = checked
        self._show()

    def _show(self) -> None:
        """Tick the boxes as chosen, and those that follow a ticked one, greyed, saying why."""
        ticked = {key for key, on in self.chosen.items() if on}
        hints = []
        for key, box in self.boxes.items():
            by = sorted(implying(key) & ticked)
            box.blockSignals(True)
            box.setChecked(self.chosen[key] or bool(by))
            box.blockSignals(False)
            box.setEnabled(self.editable and not by)
            hint = ""
            if by:
                hint = self.tr("“{action}” also waits for approval: it includes what is ticked here ({others})."
                               ).format(action=label(self.labels[key]),
                                        others=", ".join(label(self.labels[k]) for k in by))
                hints.append(hint)
            box.setToolTip(hint)
        self.implied.setText("\n".join(hints))
        self.implied.setVisible(bool(hints))

    def save(self) -> None:
        self.saved.clear()
        try:
            set_required_actions(self.actor, {key for key, on in self.chosen.items() if on})
        except DomainError as exc:
            show_refusal(self, exc)
            return
        self.saved.setText(self.tr("Saved. The ticked actions wait for approval from now on."))
        bus.changed.emit("settings")

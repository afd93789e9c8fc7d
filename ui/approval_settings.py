"""Which actions wait for a second user's approval."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QWidget

from desktop.auth import Actor


class ApprovalSettingsBox(QGroupBox):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Approvals"), parent)
        self.actor = actor

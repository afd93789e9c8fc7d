"""The audit trail: who did what and when, filtered, with the values before and after."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.auth import Actor


class AuditPage(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        QVBoxLayout(self).addWidget(QLabel(self.tr("Audit trail")))

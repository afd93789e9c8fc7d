"""Requests waiting for a second user's approval, and those decided."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.auth import Actor


class ApprovalsPage(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        QVBoxLayout(self).addWidget(QLabel(self.tr("Approvals")))


def show_pending_at_start(parent: QWidget | None, actor: Actor) -> None:
    """Tell a user who may decide requests how many wait for them."""

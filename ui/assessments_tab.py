"""Placeholder until the tab is built."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.auth import Actor


class AssessmentsTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor

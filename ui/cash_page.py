"""The cash book (buku kas), the daily cash count and closing the month."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.auth import Actor


class CashPage(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        QVBoxLayout(self).addWidget(QLabel(self.tr("Cash book")))

"""Settings of the automatic backups: the folder, how many to keep, when to remind."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QWidget

from desktop.auth import Actor


class BackupSettingsBox(QGroupBox):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups"), parent)
        self.actor = actor

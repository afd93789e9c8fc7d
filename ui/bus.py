"""One app-wide signal after every operation, so that each page refreshes itself."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    changed = Signal(str)  # the area that changed: "groups", "members", "users", "settings"


bus = DataBus()

"""Long work off the GUI thread, with a progress dialog that can be cancelled.

The work function gets ``progress(done, total)`` and ``cancelled()`` callables and plain values,
never widgets; results and errors come back to the GUI thread through queued signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.books import release_thread_connection

log = logging.getLogger(__name__)


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[..., Any], signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.work, self.signals, self.cancel = work, signals, cancel

    def run(self) -> None:
        try:
            result = self.work(lambda done, total: self.signals.progress.emit(done, total),
                               self.cancel.is_set)
        except Exception as exc:  # delivered to the GUI thread, which shows it
            log.exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)
        finally:
            release_thread_connection()


class BackgroundTask(QObject):
    """One piece of long work with its progress dialog."""

    def __init__(self, parent: QWidget | None, title: str, text: str, work: Callable[..., Any],
                 on_done: Callable[[Any], None], on_failed: Callable[[Exception], None],
                 cancellable: bool = True) -> None:
        super().__init__(parent)
        self.cancel = threading.Event()
        self.dialog = QProgressDialog(text, "", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        # Qt starts the minimum-duration timer on the first value: without it, work that
        # reports no progress would never show its dialog.
        self.dialog.setValue(0)
        if cancellable:
            self.dialog.setCancelButtonText(self.tr("Cancel"))
            self.dialog.canceled.connect(self.cancel.set)
        else:
            self.dialog.setCancelButton(None)
        self.signals = _Signals()
        self.signals.progress.connect(self._progress)
        self.signals.done.connect(lambda result: self._finish(on_done, result))
        self.signals.failed.connect(lambda exc: self._finish(on_failed, exc))
        self.finished = False
        QThreadPool.globalInstance().start(_Job(work, self.signals, self.cancel))

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, total))

    def _finish(self, callback: Callable[[Any], None], value: Any) -> None:
        self.finished = True
        self.dialog.close()
        callback(value)
        self.deleteLater()

"""Long work off the GUI thread, with a progress dialog that can be cancelled.

The work function gets ``progress(done, total)`` and ``cancelled()`` callables and plain values,
never widgets; results and errors come back to the GUI thread through queued signals.

Work may end after the window that asked for it has closed. Work that only reads (a check, a
report, a PDF) is then dropped: its result would have nowhere to show. Work that writes (a
backup made by hand) is waited for by the window before it closes, so that its outcome is told.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.books import release_thread_connection

log = logging.getLogger(__name__)

NEVER_MS = 2**31 - 1

# Work started and not yet ended; a task is held here until it ends, so that no one has to
# keep a reference to it.
_running: set[BackgroundTask] = set()


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
    """One piece of long work with its progress dialog. *writes*: the work changes something
    the user must hear the outcome of; a window waits for it before closing."""

    ended = Signal()  # after the callback, or after the result was dropped

    def __init__(self, parent: QWidget | None, title: str, text: str, work: Callable[..., Any],
                 on_done: Callable[[Any], None], on_failed: Callable[[Exception], None],
                 cancellable: bool = True, writes: bool = False) -> None:
        super().__init__(parent)
        self.on_done, self.on_failed, self.writes = on_done, on_failed, writes
        self.cancel = threading.Event()
        self.finished = False
        self.dropped = False  # the window that asked has closed: the result is not shown
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
        # Bound methods, not lambdas: when the task goes with its window, Qt disconnects them.
        self.signals = _Signals()
        self.signals.progress.connect(self._progress)
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        _running.add(self)
        QThreadPool.globalInstance().start(_Job(work, self.signals, self.cancel))

    def _progress(self, done: int, total: int) -> None:
        if shiboken6.isValid(self.dialog):
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, total))

    def _done(self, result: Any) -> None:
        self._finish(self.on_done, result)

    def _failed(self, exc: Exception) -> None:
        self._finish(self.on_failed, exc)

    def _finish(self, callback: Callable[[Any], None], value: Any) -> None:
        self.finished = True
        _running.discard(self)
        if not shiboken6.isValid(self):
            return
        if shiboken6.isValid(self.dialog):
            self.dialog.close()
        try:
            if self.dropped:
                log.info("background work ended after its window closed; its result is not shown: %r", value)
            else:
                callback(value)
        finally:
            self.ended.emit()
            self.deleteLater()

    def wait(self, note: str | None = None) -> None:
        """Hold the caller until the work has ended and its outcome been told; with *note*
        saying why, its progress is shown at once."""
        if self.finished or not shiboken6.isValid(self):
            return
        loop = QEventLoop()
        self.ended.connect(loop.quit)
        if note is not None and shiboken6.isValid(self.dialog):
            self.dialog.setLabelText(self.dialog.labelText() + "\n\n" + note)
            self.dialog.show()
        if not self.finished:
            loop.exec()


def running_tasks() -> list[BackgroundTask]:
    """The work started and not yet ended."""
    for task in [task for task in _running if not shiboken6.isValid(task)]:
        _running.discard(task)  # went with its window before it ended
    return list(_running)


def _started_in(task: BackgroundTask, window: QWidget) -> bool:
    """Whether *task* was started from *window*, or from a dialog over it."""
    widget = task.parent()
    while isinstance(widget, QWidget):
        if widget is window:
            return True
        widget = widget.parentWidget()
    return False


def writing_in(window: QWidget) -> list[BackgroundTask]:
    """The work that writes, started from *window* and not yet ended."""
    return [task for task in running_tasks() if task.writes and _started_in(task, window)]


def abandon(window: QWidget) -> None:
    """*window* is closing: the work it started that only reads is dropped when it ends."""
    for task in running_tasks():
        if not task.writes and _started_in(task, window):
            task.dropped = True


def run_quietly(work: Callable[..., Any], on_done: Callable[[Any], None],
                on_failed: Callable[[Exception], None]) -> BackgroundTask:
    """Background work the user did not ask for: no progress dialog stands in the way."""
    task = BackgroundTask(None, "", "", work, on_done, on_failed, cancellable=False)
    task.dialog.setMinimumDuration(NEVER_MS)
    return task

"""Background work and the window that asked for it: work that writes (a backup) is waited for
before the window closes, with its progress and the reason shown, and its outcome told; work
that only reads (a check) is dropped when the window goes, without an error."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from tests.ui.conftest import when_modal
from tests.ui.test_backup_ui import Modals, action, answer_box, controller_on, log_in
from ui import app as app_module
from ui.backup_dialogs import CheckReportDialog
from ui.start import LoginDialog
from ui.tasks import running_tasks


class Progress(QObject):
    """What each progress dialog said when it showed."""

    def __init__(self) -> None:
        super().__init__()
        self.said: list[str] = []
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(watched, QProgressDialog):
            self.said.append(watched.labelText())
        return False

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)


@pytest.fixture
def logged_in(qtbot, books, actors, monkeypatch):
    """The program with the treasurer logged in, no daily backup due."""
    controller = controller_on(books, monkeypatch)
    monkeypatch.setattr(app_module, "daily_backup_due", lambda: False)
    when_modal(log_in("bendahara"), LoginDialog)
    controller.start()
    return controller


def menu(window, text: str) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.text() == text)


def test_quitting_while_a_backup_runs_waits_for_it_and_tells_where_it_went(qtbot, books, logged_in):
    window = logged_in.window
    gone, boxes, progress = [], [], Progress()
    window.destroyed.connect(lambda *_: gone.append(True))
    when_modal(answer_box(boxes), QMessageBox, tries=1500)
    action(window, "back_up_now").trigger()
    menu(window, "Quit").trigger()  # before the backup has ended
    progress.stop()
    made = next((books.parent / "cadangan").glob("kantor-*-manual.sqlite3"))
    assert [title for title, _text in boxes] == ["Backup made"]
    assert boxes[0][1].startswith(f"The books were backed up to {made} (")
    assert progress.said == ["Backing up the books…\n\nThe window closes once this is done."]
    qtbot.waitUntil(lambda: bool(gone))
    assert logged_in.window is None and not running_tasks()


def test_logging_out_while_a_backup_runs_tells_it_before_the_login(qtbot, books, logged_in):
    window = logged_in.window
    modals, boxes = Modals(), []
    when_modal(answer_box(boxes, lambda: when_modal(log_in("bendahara"), LoginDialog)), QMessageBox, tries=1500)
    action(window, "back_up_now").trigger()
    menu(window, "Log out").trigger()
    modals.stop()
    assert [title for title, _text in boxes] == ["Backup made"]
    assert modals.seen == [("QMessageBox", "Backup made"), ("LoginDialog", "Log in")]
    assert logged_in.window is not None and logged_in.window is not window
    assert len(list((books.parent / "cadangan").glob("kantor-*-manual.sqlite3"))) == 1
    logged_in.window.close()


def test_a_check_still_running_when_the_window_closes_is_dropped(qtbot, logged_in):
    window = logged_in.window
    modals = Modals()
    action(window, "check_books").trigger()
    menu(window, "Quit").trigger()
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(200)  # the check's result arrives, and has nowhere to go
    modals.stop()
    assert logged_in.window is None and not running_tasks()
    assert modals.seen == []  # no report after the window, and no error


def test_a_check_from_a_window_closed_but_kept_is_dropped_too(qtbot, actors, open_window):
    window = open_window(actors["chair"])
    modals = Modals()
    action(window, "check_books").trigger()
    window.close()
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: not running_tasks())
    qtbot.wait(100)
    modals.stop()
    assert modals.seen == [] and window.findChild(CheckReportDialog) is None

"""Fixtures for driving the real windows."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop.books import BooksInfo
from desktop.settings import office_profile
from ui.i18n import install_language
from ui.main_window import MainWindow

_test_number = [0]  # a watch left from one test never acts on the next test's dialogs


@pytest.fixture(autouse=True)
def _end_watches():
    yield
    _test_number[0] += 1


def when_modal(handler: Callable[[QWidget], None], kind: type | None = None, tries: int = 250) -> None:
    """Run *handler* on the next modal dialog (of *kind*) once it is shown; for exec() calls."""
    started_in = _test_number[0]

    def check(left: int = tries) -> None:
        if _test_number[0] != started_in:
            return
        widget = QApplication.activeModalWidget()
        if widget is not None and (kind is None or isinstance(widget, kind)) and widget.isVisible():
            handler(widget)
        elif left > 0:
            QTimer.singleShot(20, lambda: check(left - 1))

    QTimer.singleShot(0, check)


@pytest.fixture
def english(qapp):
    install_language("en")
    yield
    install_language("en")


@pytest.fixture
def open_window(qtbot, books, tmp_path, english):
    """A function that shows the main window for an actor, as after a login."""

    def show(actor) -> MainWindow:
        info = BooksInfo(books, False, office_profile().name, False, None)
        settings = QSettings(str(tmp_path / "berdaya.ini"), QSettings.Format.IniFormat)
        window = MainWindow(actor, info, settings, "en")
        # When the test is over, what it typed and did not save is left without asking.
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "leaving", True))
        window.show()
        qtbot.waitExposed(window)
        return window

    return show

"""Anything unexpected becomes a dialog and a log entry, never a crash. A books file found
damaged while it is read is said in those words, with the ways out of damaged books."""

from __future__ import annotations

import logging
import re
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.books import books_damage
from desktop.errors import DomainError
from ui.i18n import message

log = logging.getLogger("berdaya")

# Qt's wrapping of an error raised in a method it called (a page's showEvent).
_OVERRIDE = re.compile(r"^Error calling Python override of \S+: ")

# Who offers the ways out of damaged books (restore, another file, quit): the program, once
# it runs; it answers whether it did.
_on_damage: Callable[[str], bool] | None = None
_damage_box_up = False  # every page meeting the damage would say it again


def setup_logging(log_file: Path) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def on_books_damaged(handler: Callable[[str], bool] | None) -> None:
    """*handler* offers the ways out of damaged books, given SQLite's words."""
    global _on_damage
    _on_damage = handler


def _books_damaged(detail: str) -> None:
    global _damage_box_up
    if (_on_damage is not None and _on_damage(detail)) or _damage_box_up:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Dialogs", "The books are damaged"),
                      QCoreApplication.translate(
                          "Dialogs", "The books file is damaged ({detail}): parts of it cannot be read. Do not "
                                     "go on working in it. Close Berdaya and start it again to restore the last "
                                     "backup or open another file.").format(detail=detail))
    box.addButton(QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    _damage_box_up = True
    try:
        box.exec()
    finally:
        _damage_box_up = False


def show_unexpected(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                    log_file: Path | None) -> None:
    """Log the error and tell the user, with the details folded away. Damaged books are said
    to be damaged, with their ways out, once the work that met the damage has ended."""
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:
        return
    damage = books_damage(exc)
    if damage is not None:
        QTimer.singleShot(0, lambda: _books_damaged(_OVERRIDE.sub("", damage)))
        return
    if isinstance(exc, DomainError):
        text = message(exc)
    else:
        text = QCoreApplication.translate(
            "Dialogs", "Something unexpected went wrong. What was already saved is safe; the last "
                       "action may not have been completed. Please check it and try again.")
        if log_file is not None:
            text += "\n\n" + QCoreApplication.translate(
                "Dialogs", "The details were written to {path}.").format(path=str(log_file))
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Dialogs", "Error"), text)
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
    box.addButton(QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def install_excepthook(log_file: Path | None) -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        show_unexpected(exc_type, exc, tb, log_file)

    sys.excepthook = hook

"""Anything unexpected becomes a dialog and a log entry, never a crash."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.errors import DomainError
from ui.i18n import message

log = logging.getLogger("berdaya")


def setup_logging(log_file: Path) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def show_unexpected(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                    log_file: Path | None) -> None:
    """Log the error and tell the user, with the details folded away."""
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:
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

"""Saving the member list, as filtered on screen, to an Excel or CSV file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.errors import Cancelled, DomainError
from desktop.member_export import CANNOT_WRITE, export_members
from desktop.member_queries import MemberFilter
from ui.tasks import BackgroundTask
from ui.widgets import show_refusal

EXCEL, CSV = "Excel (*.xlsx)", "CSV (*.csv)"


def export_path(parent: QWidget) -> Path | None:
    """The file the user names, with .xlsx or .csv as the chosen type says."""
    suggested = f"anggota-{dt.date.today():%Y-%m-%d}.xlsx"
    path, chosen = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("MemberExport", "Export the member list"), suggested,
                                               f"{EXCEL};;{CSV}")
    if not path:
        return None
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + (".csv" if chosen == CSV else ".xlsx"))  # keeps a dot in the name
    return path


def export_list(parent: QWidget, flt: MemberFilter, path: Path | None = None) -> BackgroundTask | None:
    """Export the members under *flt*, asking where unless *path* is given."""
    path = path or export_path(parent)
    if path is None:
        return None

    def work(progress, cancelled):
        return export_members(flt, path, progress, cancelled)

    def done(count: int) -> None:
        text = QCoreApplication.translate("MemberExport", "%n member(s) saved to {file}.", "", count)
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("MemberExport", "Export the member list"),
                          text.format(file=str(path)), parent=parent)
        box.addButton(QCoreApplication.translate("MemberExport", "OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def failed(exc: Exception) -> None:
        if isinstance(exc, DomainError):
            show_refusal(parent, exc)
        elif isinstance(exc, OSError):
            show_refusal(parent, DomainError(CANNOT_WRITE, "file", name=path.name))
        elif not isinstance(exc, Cancelled):
            raise exc

    title = QCoreApplication.translate("MemberExport", "Exporting members")
    return BackgroundTask(parent, title, title + "…", work, done, failed)

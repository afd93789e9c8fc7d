"""Backing up by hand, choosing and confirming a backup to restore, and checking
the books: each long step runs in the background with its progress shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.backups import (
    REASON_MANUAL,
    BackupFacts,
    BackupFile,
    BackupMade,
    check_backup,
    clock_warning,
    destination,
    make_backup,
    reason_label,
)
from desktop.books import current_books, size_text
from desktop.checks import BooksReport, check_books
from desktop.dates import format_date, format_moment
from desktop.errors import Cancelled, DomainError
from ui.bus import bus
from ui.i18n import label, message
from ui.tasks import BackgroundTask
from ui.widgets import HINT_STYLE, WARNING_STYLE, push

GOOD, BAD = "#2e7d32", "#b00020"


when = format_moment  # a backup's time as the office reads it: 23/11/2026 17:05


def describe(backup: BackupFile) -> str:
    """One line about a backup: its time, why it was made, its size and where it is."""
    return QCoreApplication.translate("BackupDialogs", "{when} ({why}), {size} — {file}").format(
        when=when(backup.taken_at), why=label(reason_label(backup.reason)), size=size_text(backup.size),
        file=str(backup.path))


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    box = QMessageBox(icon, title, text, parent=parent)
    box.addButton(QCoreApplication.translate("BackupDialogs", "OK"),
                  QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def made_text(made: BackupMade) -> str:
    """What a finished backup tells the user: where it is, and where it should have gone."""
    text = QCoreApplication.translate(
        "BackupDialogs", "The books were backed up to {file} ({size}).").format(
        file=str(made.file.path), size=size_text(made.file.size))
    if made.fell_back:
        text += "\n\n" + QCoreApplication.translate(
            "BackupDialogs", "The folder {wanted} was not found, so the backup went to the program's "
                             "own folder. Plug in the USB drive and back up again to have a copy off "
                             "this computer.").format(wanted=str(made.wanted))
    if made.clock_looks_wrong:
        warning, params = clock_warning(made)
        text += "\n\n" + label(warning).format(**params)
    return text


def back_up_now(parent: QWidget | None, actor: Actor,
                on_done: Callable[[BackupMade], None] | None = None) -> BackgroundTask | None:
    """A backup by hand, with its progress, then where it went."""
    if not actor.may("backup.make"):
        return None

    def done(made: BackupMade) -> None:
        bus.changed.emit("backup")
        _box(parent, QMessageBox.Icon.Warning if made.fell_back or made.clock_looks_wrong
             else QMessageBox.Icon.Information,
             QCoreApplication.translate("BackupDialogs", "Backup made"), made_text(made))
        if on_done is not None:
            on_done(made)

    return BackgroundTask(
        parent, QCoreApplication.translate("BackupDialogs", "Backing up"),
        QCoreApplication.translate("BackupDialogs", "Backing up the books…"),
        lambda progress, _cancelled: make_backup(actor, REASON_MANUAL, progress=progress),
        done, lambda exc: backup_failed(parent, exc), cancellable=False, writes=True)


def missing_folder() -> Path | None:
    """The backup folder chosen in the settings when it is not there now (the USB drive is
    not plugged in): a backup made now would go to the program's own folder."""
    place = destination()
    return place.wanted if place.fell_back else None


def backup_failed(parent: QWidget | None, exc: Exception) -> None:
    if not isinstance(exc, DomainError):
        raise exc
    _box(parent, QMessageBox.Icon.Warning,
         QCoreApplication.translate("BackupDialogs", "Backup not made"),
         QCoreApplication.translate("BackupDialogs", "No backup was made.") + "\n\n" + message(exc))


class RestoreConfirmDialog(QDialog):
    """The last word before a restore: which backup, what it holds, and what happens."""

    def __init__(self, facts: BackupFacts, books: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Restore the backup of {when}?").format(when=when(facts.file.taken_at)))
        heading.setObjectName("restore_heading")
        heading.setStyleSheet("font-weight: bold; font-size: 12pt;")
        layout.addWidget(heading)
        last = format_date(facts.last_posting) if facts.last_posting else self.tr("none yet")
        holds = QLabel(self.tr("It holds the books of {office} — members: {members}; last money posted: "
                               "{last}.").format(office=facts.office_name, members=facts.members, last=last))
        holds.setObjectName("restore_holds")
        holds.setWordWrap(True)
        layout.addWidget(holds)
        file = QLabel(describe(facts.file))
        file.setWordWrap(True)
        file.setStyleSheet(HINT_STYLE)
        file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(file)
        what = QLabel(self.tr("The books at {books} are replaced by this backup. Whatever was recorded after "
                              "{when} is no longer in them. The current books are backed up first, so "
                              "nothing is lost. Everyone logs in again afterwards.").format(
            books=str(books), when=when(facts.file.taken_at)))
        what.setObjectName("restore_what")
        what.setWordWrap(True)
        what.setStyleSheet(WARNING_STYLE)
        layout.addWidget(what)
        row = QHBoxLayout()
        row.addStretch()
        restore = push(self.tr("Restore"), self.accept, "confirm_restore")
        row.addWidget(restore)
        cancel = push(self.tr("Cancel"), self.reject, "cancel_restore")
        cancel.setDefault(True)
        row.addWidget(cancel)
        layout.addLayout(row)
        self.setMinimumWidth(520)


def confirm_backup(parent: QWidget | None, path: Path, books: Path,
                   on_confirmed: Callable[[BackupFacts], None],
                   on_given_up: Callable[[bool], None] | None = None) -> BackgroundTask:
    """Read a backup whole in the background, then ask; a backup that is not sound is refused
    with the reason. *on_given_up* hears of a refusal (True) or a change of mind (False)."""

    def checked(facts: BackupFacts) -> None:
        if RestoreConfirmDialog(facts, books, parent).exec():
            on_confirmed(facts)
        elif on_given_up is not None:
            on_given_up(False)

    def refused(exc: Exception) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        _box(parent, QMessageBox.Icon.Warning,
             QCoreApplication.translate("BackupDialogs", "Cannot restore"), message(exc))
        if on_given_up is not None:
            on_given_up(True)

    return BackgroundTask(
        parent, QCoreApplication.translate("BackupDialogs", "Restore a backup"),
        QCoreApplication.translate("BackupDialogs", "Reading the backup whole…"),
        lambda _progress, _cancelled: check_backup(path), checked, refused, cancellable=False)


def choose_backup(parent: QWidget | None, actor: Actor,
                  on_confirmed: Callable[[BackupFacts], None]) -> BackgroundTask | None:
    """Books, Restore from a backup: a file from the backup folder, checked, then confirmed."""
    if not actor.may("backup.restore"):
        return None
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("BackupDialogs", "Restore from a backup"),
        str(destination().folder),
        QCoreApplication.translate("BackupDialogs", "Berdaya backups (*.sqlite3);;All files (*)"))
    if not path:
        return None
    return confirm_backup(parent, Path(path), current_books().path, on_confirmed)


class CheckReportDialog(QDialog):
    """What the check of the books found, one line per check, the problems in red."""

    def __init__(self, report: BooksReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check of the books"))
        layout = QVBoxLayout(self)
        if report.ok:
            text, colour = self.tr("The books are in order."), GOOD
        else:
            text, colour = self.tr("The books need attention: see the lines in red."), BAD
        heading = QLabel(text)
        heading.setObjectName("check_heading")
        heading.setStyleSheet(f"font-weight: bold; font-size: 12pt; color: {colour};")
        layout.addWidget(heading)
        self.lines = QListWidget()
        self.lines.setObjectName("check_lines")
        self.lines.setWordWrap(True)
        for finding in report.findings():
            mark = "✔ " if finding.ok else "✘ "
            item = QListWidgetItem(mark + label(finding.text).format(**finding.params))
            item.setForeground(Qt.GlobalColor.darkGreen if finding.ok else Qt.GlobalColor.red)
            self.lines.addItem(item)
        layout.addWidget(self.lines)
        if not report.ok:
            advice = QLabel(self.tr("Someone changed the books outside Berdaya, or the disk is failing. Keep "
                                    "this report, do not post money until it is understood, and ask the "
                                    "administrator: restoring the last good backup may be needed."))
            advice.setWordWrap(True)
            advice.setStyleSheet(WARNING_STYLE)
            layout.addWidget(advice)
        row = QHBoxLayout()
        row.addWidget(push(self.tr("Copy the report"), self._copy, "copy_report"))
        row.addStretch()
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(720, 420)

    def _copy(self) -> None:
        """The report as text, to paste into a message to the administrator or a letter."""
        lines = [self.lines.item(i).text() for i in range(self.lines.count())]
        QGuiApplication.clipboard().setText("\n".join(lines))


def check_the_books(parent: QWidget | None) -> BackgroundTask:
    """Books, Check the books: the full check in the background, then its report."""

    def failed(exc: Exception) -> None:
        if not isinstance(exc, Cancelled):
            raise exc

    return BackgroundTask(
        parent, QCoreApplication.translate("BackupDialogs", "Check the books"),
        QCoreApplication.translate("BackupDialogs", "Checking the books…"),
        lambda progress, cancelled: check_books(progress, cancelled),
        lambda report: CheckReportDialog(report, parent).exec(), failed)

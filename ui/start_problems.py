"""When the books cannot be opened at start, or are found damaged once open: what is wrong, how
to put it right, and the ways out (try again, restore the last backup, open another file, start
new books, quit). Never an empty database in place of the office's file without asking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from desktop.backups import BackupFile
from desktop.books import BooksProblem
from desktop.i18n import QT_TRANSLATE_NOOP
from ui.backup_dialogs import when
from ui.i18n import message
from ui.widgets import HINT_STYLE, heading

# Problems a restore puts right: the file is gone or unreadable. A file of a newer version or
# of another program is not the backup's to replace, and a full or read-only disk would refuse
# the restore as well.
RESTORABLE = (BooksProblem.MISSING, BooksProblem.DAMAGED)
RETRYABLE = (BooksProblem.MISSING, BooksProblem.READ_ONLY, BooksProblem.DISK_FULL, BooksProblem.BUSY)

FOUND_DAMAGED = QT_TRANSLATE_NOOP("Errors", "The file {path} is damaged inside ({detail}): parts of the books cannot be read, and working on in them could lose records. Restore the last backup (the damaged file is kept aside), or open another file.")


def found_damaged(path: Path, detail: str) -> BooksProblem:
    """Books that opened, but that the start-up check or a page reading them found damaged."""
    return BooksProblem(BooksProblem.DAMAGED, FOUND_DAMAGED, path, detail=detail)


class StartProblemDialog(QDialog):
    RETRY, RESTORE, OTHER, NEW, QUIT = 1, 2, 3, 4, 5

    def __init__(self, problem: BooksProblem, backup: BackupFile | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = self.QUIT
        self.setWindowTitle(self.tr("Cannot open the books"))
        layout = QVBoxLayout(self)
        title = heading(self._heading(problem.kind), "problem_heading", 1.4)
        title.setWordWrap(True)
        layout.addWidget(title)
        text = QLabel(message(problem))
        text.setObjectName("problem_text")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        layout.addSpacing(8)
        if problem.kind in RETRYABLE:
            self._button(layout, self.tr("Try again"), self.RETRY, "retry",
                         QStyle.StandardPixmap.SP_BrowserReload)
        can_restore = backup is not None and problem.kind in RESTORABLE and problem.path.parent.is_dir()
        if can_restore:
            self._button(layout, self.tr("Restore the backup of {when}").format(when=when(backup.taken_at)),
                         self.RESTORE, "restore", QStyle.StandardPixmap.SP_DialogApplyButton)
            note = QLabel(self.tr("{file} — the file now in place is kept aside.").format(file=str(backup.path)))
            note.setWordWrap(True)
            note.setStyleSheet(HINT_STYLE)
            layout.addWidget(note)
        elif problem.kind in RESTORABLE:
            note = QLabel(self._no_restore(backup, problem))
            note.setObjectName("no_restore")
            note.setWordWrap(True)
            note.setStyleSheet(HINT_STYLE)
            layout.addWidget(note)
        self._button(layout, self.tr("Open another file…"), self.OTHER, "open_other",
                     QStyle.StandardPixmap.SP_DialogOpenButton)
        self._button(layout, self.tr("Start new books…"), self.NEW, "new_books",
                     QStyle.StandardPixmap.SP_FileIcon)
        note = QLabel(self.tr("New books are empty: none of the office's groups, members or money is in "
                              "them."))
        note.setObjectName("new_books_note")
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        layout.addWidget(note)
        self._button(layout, self.tr("Quit"), self.QUIT, "quit", QStyle.StandardPixmap.SP_DialogCloseButton)
        self.setMinimumWidth(560)

    def _heading(self, kind: str) -> str:
        return {
            BooksProblem.MISSING: self.tr("The books were not found"),
            BooksProblem.DAMAGED: self.tr("The books are damaged"),
            BooksProblem.NEWER: self.tr("The books are from a newer version of Berdaya"),
            BooksProblem.FOREIGN: self.tr("This file is not Berdaya books"),
            BooksProblem.READ_ONLY: self.tr("The books cannot be written"),
            BooksProblem.DISK_FULL: self.tr("The disk is full"),
            BooksProblem.BUSY: self.tr("The books are busy"),
        }.get(kind, self.tr("Cannot open the books"))

    def _no_restore(self, backup: BackupFile | None, problem: BooksProblem) -> str:
        if backup is None:
            return self.tr("No backup of these books was found in the backup folders.")
        return self.tr("The folder {folder} is not there, so the backup cannot be put back in it. "
                       "Plug in the drive and try again.").format(folder=str(problem.path.parent))

    def _button(self, layout: QVBoxLayout, text: str, choice: int, name: str,
                icon: QStyle.StandardPixmap) -> None:
        button = QPushButton(self.style().standardIcon(icon), text)
        button.setObjectName(name)
        button.setMinimumHeight(34)
        button.setStyleSheet("text-align: left; padding-left: 10px;")
        button.clicked.connect(lambda: self._choose(choice))
        layout.addWidget(button)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()

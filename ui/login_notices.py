"""What a user is told on logging in, together in one "Today" dialog: what the start-up check
found, the backup (today's, the one made on closing last time, or a reminder), the approvals
waiting and the follow-ups past their due date; each with the button that deals with it.

The check and today's backup run in the background after login; the dialog waits a little for
them, so that it is one dialog, and takes in what comes later while it is open. Books the check
finds damaged are not told about here: the program offers their ways out instead.

What this PC keeps about the books between sessions (how far it found the audit trail whole,
what the backup on closing left to tell) is in its settings file, not in the books."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.approval_queries import decided_since_last_login, mark_decisions_seen, pending_counts
from desktop.auth import MENTOR, Actor
from desktop.backups import (
    BackupMade,
    backup_overdue,
    backup_settings,
    clock_warning,
    last_safe_backup,
)
from desktop.books import current_books
from desktop.checks import BooksReport, ChainMark, quick_check_books
from desktop.dates import format_date
from desktop.errors import DomainError
from ui.approvals_page import decision_line
from ui.backup_dialogs import back_up_now, check_the_books, missing_folder, when
from ui.follow_ups import OverdueDialog, overdue_rows, show_open_follow_ups
from ui.i18n import label, message
from ui.tasks import run_quietly
from ui.widgets import heading

log = logging.getLogger(__name__)

# The dialog waits this long for the check and today's backup before it shows what it has.
TODAY_WAIT_MS = 5000
# While the user is in another dialog, the Today dialog looks again this much later.
BUSY_RETRY_MS = 500
# Decisions on the user's own requests listed in the Today dialog; the rest are counted.
DECISIONS_SHOWN = 3
# The order of the lines: what stops work first, then what others wait for.
ORDER = ("check", "backup", "approvals", "decided", "follow_ups")
CHECK, BACKUP, APPROVALS, DECIDED, FOLLOW_UPS = ORDER


@dataclass
class Notice:
    """One line of the Today dialog: *act* is what its button does, given the dialog."""

    key: str
    title: str
    text: str
    button: str | None = None
    act: Callable[[TodayDialog], None] | None = None
    warning: bool = False


class TodayDialog(QDialog):
    """The things to deal with today, each with its button; lines come in while it is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Today"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Before you start, {date}:").format(date=format_date(dt.date.today())),
                                 "today_heading", 1.3))
        self.lines = QVBoxLayout()
        layout.addLayout(self.lines)
        row = QHBoxLayout()
        row.addStretch()
        close = QPushButton(self.tr("Close"))
        close.setObjectName("today_close")
        close.setDefault(True)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addStretch()
        layout.addLayout(row)
        self.frames: dict[str, QFrame] = {}
        self.setMinimumWidth(620)

    def keys(self) -> list[str]:
        return [key for key in ORDER if key in self.frames]

    def add(self, notice: Notice) -> None:
        """Show *notice*, in its place; one already shown under its key gives way to it."""
        if notice.key in self.frames:
            old = self.frames.pop(notice.key)
            old.setParent(None)
            old.deleteLater()
        frame = QFrame()
        frame.setObjectName(f"today_{notice.key}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        line = QHBoxLayout(frame)
        icon = QLabel()
        kind = (QStyle.StandardPixmap.SP_MessageBoxWarning if notice.warning
                else QStyle.StandardPixmap.SP_MessageBoxInformation)
        icon.setPixmap(self.style().standardIcon(kind).pixmap(32, 32))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        line.addWidget(icon)
        words = QVBoxLayout()
        title = QLabel(notice.title)
        title.setObjectName(f"today_{notice.key}_title")
        title.setStyleSheet("font-weight: bold;")
        words.addWidget(title)
        text = QLabel(notice.text)
        text.setObjectName(f"today_{notice.key}_text")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words.addWidget(text)
        line.addLayout(words, 1)
        if notice.button and notice.act is not None:
            button = QPushButton(notice.button)
            button.setObjectName(f"today_{notice.key}_button")
            button.clicked.connect(lambda: notice.act(self))
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.lines.insertWidget(sum(ORDER.index(k) < ORDER.index(notice.key) for k in self.frames), frame)
        self.frames[notice.key] = frame
        self._fit()

    def _fit(self) -> None:
        """As tall as the wrapped lines at the dialog's width, not as Qt guesses for them."""
        self.layout().activate()
        width = max(self.width(), self.minimumWidth())
        self.resize(width, max(self.layout().totalHeightForWidth(width), self.layout().totalMinimumSize().height()))

    def text_of(self, key: str) -> str:
        return self.frames[key].findChild(QLabel, f"today_{key}_text").text()

    def update_text(self, key: str, text: str, done: bool = False) -> None:
        """What a line says now; *done*: its button has done what it could."""
        frame = self.frames.get(key)
        if frame is None:
            return
        frame.findChild(QLabel, f"today_{key}_text").setText(text)
        button = frame.findChild(QPushButton, f"today_{key}_button")
        if done and button is not None:
            button.setEnabled(False)
        self._fit()


class LoginNotices(QObject):
    """What one login is to be told, gathered while the start-up check and today's backup run,
    then shown in one Today dialog; what comes after it closed gets a Today dialog of its own.
    *on_damage* hears of books the check finds damaged; *on_backup* of a backup made from the
    dialog."""

    def __init__(self, window: QWidget, actor: Actor, settings: QSettings, books: Path,
                 on_backup: Callable[[BackupMade], None], on_damage: Callable[[str], Any],
                 steps: tuple[str, ...] = (CHECK, BACKUP), wait_ms: int | None = None) -> None:
        super().__init__()
        self.window, self.actor, self.settings, self.books = window, actor, settings, books
        self.on_backup, self.on_damage = on_backup, on_damage
        self.steps = set(steps)
        self.gathered: list[Notice] = []  # before the dialog shows
        self.queued: list[Notice] = []  # to show once the user is out of another dialog
        self.dialog: TodayDialog | None = None
        self.shown = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.show)
        self.timer.start(TODAY_WAIT_MS if wait_ms is None else wait_ms)
        self.later = QTimer(self)
        self.later.setSingleShot(True)
        self.later.setInterval(BUSY_RETRY_MS)
        self.later.timeout.connect(self._tell_queued)

    # --- gathering -----------------------------------------------------------------------------

    def _window_up(self) -> bool:
        return shiboken6.isValid(self.window) and self.window.isVisible()

    def _dialog_up(self) -> bool:
        return self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible()

    def add(self, notice: Notice) -> None:
        if not self._window_up():
            return
        if self.shown:
            self._tell([notice])
        else:
            self.gathered.append(notice)

    def step_done(self, step: str) -> None:
        self.steps.discard(step)
        if not self.steps:
            self.show()

    def show(self) -> None:
        """The Today dialog with what was gathered and what waits for the user, if anything."""
        if self.shown:
            return
        self.shown = True
        self.timer.stop()
        if self._window_up():
            self._tell([*self.gathered, *filter(None, (self._approvals(), self._decided(), self._follow_ups()))])

    def _tell(self, notices: list[Notice]) -> None:
        self.queued += notices
        self._tell_queued()

    def _tell_queued(self) -> None:
        """Into the Today dialog when it is open; else a new one, once the user has finished
        with any other dialog (a form half typed is not interrupted)."""
        if not self.queued or not self._window_up():
            return
        opening = not self._dialog_up()
        if opening and QApplication.activeModalWidget() is not None:
            self.later.start()
            return
        if opening:
            self.dialog = TodayDialog(self.window)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for notice in self.queued:
            self.dialog.add(notice)
        self.queued = []
        if opening:
            self.dialog.open()

    def drop(self) -> None:
        """Nothing more is told: the books are being closed."""
        self.shown = True
        self.queued = []
        self.timer.stop()
        self.later.stop()
        if self._dialog_up():
            self.dialog.reject()

    # --- the start-up check --------------------------------------------------------------------

    def check(self) -> None:
        """SQLite's quick check and the audit trail, walked from where this PC last found it
        whole, in the background."""
        mark = ChainMark.from_text(self.settings.value(books_key("audit_chain", self.books)))
        run_quietly(lambda _progress, _cancelled: quick_check_books(mark), self._checked, self._check_failed)

    def _checked(self, report: BooksReport) -> None:
        if report.mark is not None:
            self.settings.setValue(books_key("audit_chain", self.books), report.mark.as_text())
        damage = report.damage
        if damage is not None and self._window_up():
            self.on_damage(damage)
            return
        if not report.ok:
            log.warning("start-up check: %s", [f.text.format(**f.params) for f in report.findings() if not f.ok])
            self.add(self._check(report))
        self.step_done(CHECK)

    def _check_failed(self, exc: Exception) -> None:
        log.warning("start-up check failed", exc_info=exc)
        self.step_done(CHECK)

    def _check(self, report: BooksReport) -> Notice:
        """Those who answer for the books get the details and the full check; everyone else a
        word to pass on."""
        title = self.tr("The books need checking")
        if not self.actor.may("audit.view"):
            return Notice(CHECK, title, self.tr(
                "The start-up check found a problem. Tell the administrator or the chair, and keep a paper "
                "note of the money you record until it is sorted out."), warning=True)
        lines = [label(f.text).format(**f.params) for f in report.findings() if not f.ok]
        text = "\n".join(f"• {line}" for line in lines) + "\n\n" + self.tr(
            "Check the books for the full report. If the books were changed outside Berdaya, restoring "
            "the last good backup may be needed.")
        return Notice(CHECK, title, text, self.tr("Check the books"), check_the_books, warning=True)

    # --- backups -------------------------------------------------------------------------------

    def backup_ended(self, made: BackupMade | None = None, failed: Exception | None = None) -> None:
        """Today's backup was *made*, or *failed*, or none was due (both None): one word about
        backups at most, the most pressing, which may be what the backup on closing last time
        left to tell."""
        notice = self._backup(made, failed, take_closing_note(self.settings, self.books))
        if notice is not None:
            self.add(notice)
        self.step_done(BACKUP)

    def _backup(self, made: BackupMade | None, failed: Exception | None,
                note: dict[str, Any] | None) -> Notice | None:
        if made is not None and made.fell_back:
            return self._backup_notice(self.tr("Today's backup is not on the USB drive"), self.tr(
                "The folder {wanted} was not found, so today's backup went to the program's own folder: "
                "{file}. Plug in the USB drive, then choose Back up now to have a copy off this computer.").format(
                wanted=str(made.wanted), file=str(made.file.path)))
        if made is not None and made.clock_looks_wrong:
            warning, params = clock_warning(made)
            return Notice(BACKUP, self.tr("The computer's date looks wrong"), label(warning).format(**params),
                          warning=True)
        if failed is not None:
            return self._backup_notice(self.tr("Today's backup was not made"), self._reason(failed))
        if note is not None and made is None and not _resolved(note):
            return self._closing(note)
        if backup_overdue():
            return self._reminder()
        return None

    def _backup_notice(self, title: str, text: str, warning: bool = True) -> Notice:
        return Notice(BACKUP, title, text, self.tr("Back up now"), self._back_up, warning)

    def _reason(self, exc: Exception) -> str:
        if isinstance(exc, DomainError):
            return message(exc)
        return self.tr("Something unexpected went wrong while backing up; the details are in the log file.")

    def _reminder(self) -> Notice:
        last = last_safe_backup()
        settings = backup_settings()
        folder = settings.folder or str(current_books().default_backup_dir)
        if last is None:
            text = self.tr("No backup of these books has been made in {folder} yet.").format(folder=folder)
        else:
            text = self.tr("The last backup in {folder} was made on {when}, more than {days} days ago.").format(
                folder=folder, when=when(last.taken_at), days=settings.remind_days)
        text += " " + self.tr("A copy on a USB drive kept away from this computer saves the books when the "
                              "computer breaks or is stolen.")
        return self._backup_notice(self.tr("Time for a backup"), text, warning=False)

    def _closing(self, note: dict[str, Any]) -> Notice:
        at = when(dt.datetime.fromisoformat(note["at"]))
        if note["kind"] == "fell_back":
            return self._backup_notice(self.tr("The backup on closing is not on the USB drive"), self.tr(
                "When Berdaya closed on {when}, the folder {wanted} was not found, so the backup went to the "
                "program's own folder: {file}. Plug in the USB drive, then choose Back up now.").format(
                when=at, wanted=note["wanted"], file=note["file"]))
        if note["kind"] == "clock":
            return Notice(BACKUP, self.tr("The computer's date looks wrong"),
                          label(note["text"]).format(**note["params"]), warning=True)
        reason = (message(DomainError(note["text"], None, **note["params"])) if note.get("text")
                  else self.tr("something unexpected went wrong; the details are in the log file."))
        return self._backup_notice(self.tr("No backup when Berdaya closed"), self.tr(
            "When Berdaya closed on {when}, no backup could be made: {reason} The books themselves are "
            "safe. Choose Back up now to make one.").format(when=at, reason=reason))

    def _back_up(self, dialog: TodayDialog) -> None:
        """A backup by hand, unless the folder chosen is still missing: it would only go to the
        program's own folder again."""
        missing = missing_folder()
        if missing is not None:
            dialog.update_text(BACKUP, self.tr("The folder {folder} is still not there. Plug in the USB drive, "
                                               "then choose Back up now again.").format(folder=str(missing)))
            return

        def made(done: BackupMade) -> None:
            self.on_backup(done)
            if shiboken6.isValid(dialog):
                dialog.update_text(BACKUP, self.tr("Backed up to {file}.").format(file=str(done.file.path)),
                                   done=True)

        back_up_now(dialog, self.actor, made)

    # --- what waits for the user ---------------------------------------------------------------

    def _approvals(self) -> Notice | None:
        waiting = pending_counts(self.actor).to_decide if self.actor.may("approvals.decide") else 0
        if not waiting:
            return None
        return Notice(APPROVALS, self.tr("Approvals"),
                      self.tr("%n request(s) wait for your approval.", "", waiting),
                      self.tr("Open the approvals"), self._open_approvals)

    def _open_approvals(self, dialog: TodayDialog) -> None:
        dialog.accept()
        self.window.show_page("approvals")

    def _decided(self) -> Notice | None:
        """The user's own requests decided by someone else since they were last told; told once."""
        rows = decided_since_last_login(self.actor)
        if not rows:
            return None
        with contextlib.suppress(DomainError):  # not noted (the books were busy): told again next time
            mark_decisions_seen(self.actor, rows)
        lines = [decision_line(row) for row in rows[:DECISIONS_SHOWN]]
        if len(rows) > DECISIONS_SHOWN:
            lines.append(self.tr("…and {count} more.").format(count=len(rows) - DECISIONS_SHOWN))
        text = "\n".join([self.tr("%n of your requests were decided.", "", len(rows)), *lines])
        newest = rows[0].id
        return Notice(DECIDED, self.tr("Your requests"), text, self.tr("Open the approvals"),
                      lambda dialog: self._open_decided(dialog, newest))

    def _open_decided(self, dialog: TodayDialog, request_id: int) -> None:
        dialog.accept()
        if "approvals" in getattr(self.window, "pages", {}):
            self.window.show_page("approvals")
            self.window.pages["approvals"].show_request(request_id)

    def _follow_ups(self) -> Notice | None:
        rows = overdue_rows(self.actor)
        if not rows:
            return None
        return Notice(FOLLOW_UPS, self.tr("Follow-ups"), self._follow_ups_text(len(rows)),
                      self.tr("Open the follow-ups"), self._open_follow_ups, warning=True)

    def _follow_ups_text(self, count: int) -> str:
        if not count:
            return self.tr("Every follow-up is done or not yet due.")
        if self.actor.role == MENTOR:
            return self.tr("%n follow-up(s) of your visits or your groups are past their due date.", "", count)
        return self.tr("%n follow-up(s) agreed at mentoring visits are past their due date.", "", count)

    def _open_follow_ups(self, dialog: TodayDialog) -> None:
        """The list, to mark them done; opening the visits from it leaves the Today dialog."""
        listed = OverdueDialog(self.actor, overdue_rows(self.actor), dialog)
        listed.exec()
        if listed.open_visits:
            dialog.accept()
            show_open_follow_ups(self.window)
            return
        left = len(overdue_rows(self.actor))
        dialog.update_text(FOLLOW_UPS, self._follow_ups_text(left), done=not left)


def _resolved(note: dict[str, Any]) -> bool:
    """Whether a good backup went where it should since the backup on closing that *note* is
    about."""
    last = last_safe_backup()
    return last is not None and last.taken_at > dt.datetime.fromisoformat(note["at"])


def closing_note(made: BackupMade | None, failed: Exception | None,
                 at: dt.datetime | None = None) -> dict[str, Any] | None:
    """What the backup on closing leaves to tell at the next login (kept in this PC's
    settings, as plain values translated then); None when all went well."""
    at_text = (at or dt.datetime.now()).isoformat(timespec="seconds")
    if made is not None:
        if made.fell_back:
            return {"kind": "fell_back", "at": at_text, "wanted": str(made.wanted), "file": str(made.file.path)}
        if made.clock_looks_wrong:
            warning, params = clock_warning(made)
            return {"kind": "clock", "at": at_text, "text": warning, "params": params}
        return None
    if isinstance(failed, DomainError):
        return {"kind": "failed", "at": at_text, "text": failed.message,
                "params": {key: str(value) for key, value in failed.params.items()}}
    return {"kind": "failed", "at": at_text, "text": None, "params": {}}


def books_key(kind: str, books: Path) -> str:
    """The settings key of this PC's *kind* of note about the books at *books* (one per file)."""
    return kind + "/" + hashlib.sha1(str(books.resolve()).encode("utf-8")).hexdigest()[:16]


def keep_closing_note(settings: QSettings, books: Path, note: dict[str, Any]) -> None:
    settings.setValue(books_key("closing_note", books), json.dumps(note))
    settings.sync()


def take_closing_note(settings: QSettings, books: Path) -> dict[str, Any] | None:
    """What the backup on closing left to tell about *books*, taken: it is told once."""
    key = books_key("closing_note", books)
    text = settings.value(key)
    settings.remove(key)
    try:
        return json.loads(text) if text else None
    except ValueError:
        return None

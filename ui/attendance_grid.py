"""A session's attendance: one row per member on its list, marked with the keyboard alone (H
present, T late, I excused, A absent; Enter goes down to the next member), or by scanning member
cards into the field above the grid, each scan saved at once.

The grid keeps what was typed apart from what is stored, and saves only the rows typed, so that
cards scanned meanwhile at the door (on this PC or another) are not overwritten.

A USB card scanner types like a keyboard, into whatever has the focus. When that is the grid,
its burst of keys (AG000007 and Enter, a few milliseconds apart) goes to the scan field instead
of marking members: the A would otherwise mark the current member absent.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.errors import DomainError
from desktop.labels import ATTENDANCE
from desktop.training import (
    AttendanceLine,
    AttendanceMark,
    SessionInfo,
    attendance_list,
    save_attendance,
    scan_attendance,
    session_info,
)
from ui.bus import bus
from ui.i18n import label, message
from ui.widgets import ERROR_STYLE, HINT_STYLE, WARNING_STYLE, confirm, push, show_refusal

NUMBER, MEMBER, MEMBER_NUMBER, GROUP, STATUS, NOTE, RECORDED = range(7)
TYPED_COLUMNS = (STATUS, NOTE)
WIDTHS = (30, 170, 72, 120, 84, 110, 74)
# The first letter of the Indonesian word (hadir, terlambat, izin, absen) or the English one.
STATUS_KEYS = {"H": "present", "T": "late", "I": "excused", "A": "absent",
               "P": "present", "L": "late", "E": "excused"}
STATUS_COLOURS = {"present": QColor("#e3f4e6"), "late": QColor("#fdf1d6"),
                  "excused": QColor("#e4ecf7"), "absent": QColor("#f8dede")}
FLASH = QColor("#ffe066")
UNSAVED = QColor("#9a5b00")
OK_STYLE = "color: #1e7b34; font-weight: bold;"
# A scanner types a key every few milliseconds, a person one every tenth of a second or slower.
# Keys closer together than BURST_GAP make a run; a run of BURST_LENGTH keys or more holding
# anything but a mark letter (member numbers hold digits) is a scanner's.
BURST_GAP = 0.05  # seconds
BURST_LENGTH = 4


class AttendanceModel(QAbstractTableModel):
    """The session's list: what is stored, with what was typed over it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[AttendanceLine] = []
        self.typed: dict[int, tuple[str, str]] = {}  # member id -> (status, note) not saved yet
        self.editable = False
        self.flashed: int | None = None
        self.italic = QFont()
        self.italic.setItalic(True)

    def set_lines(self, lines: list[AttendanceLine], editable: bool, keep_typed: bool = False) -> None:
        self.beginResetModel()
        self.lines, self.editable = list(lines), editable
        ids = {line.member_id for line in lines}
        self.typed = {k: v for k, v in self.typed.items() if k in ids} if keep_typed else {}
        self.flashed = None
        self.endResetModel()

    @property
    def dirty(self) -> bool:
        return bool(self.typed)

    def mark(self, row: int) -> tuple[str, str]:
        """The row's status and note as shown: typed, else stored."""
        line = self.lines[row]
        return self.typed.get(line.member_id, (line.status, line.note))

    def stored_marks(self) -> int:
        return sum(1 for line in self.lines if line.status)

    def changed_marks(self) -> list[AttendanceMark]:
        return [AttendanceMark(member, status, note) for member, (status, note) in self.typed.items()]

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(("", *ATTENDANCE), 0)
        for row in range(len(self.lines)):
            counts[self.mark(row)[0]] += 1
        return counts

    def row_of(self, member_id: int) -> int | None:
        return next((i for i, line in enumerate(self.lines) if line.member_id == member_id), None)

    def set_mark(self, row: int, status: str | None = None, note: str | None = None) -> None:
        line = self.lines[row]
        current = self.mark(row)
        wanted = (current[0] if status is None else status, current[1] if note is None else note)
        if wanted == (line.status, line.note):
            self.typed.pop(line.member_id, None)
        else:
            self.typed[line.member_id] = wanted
        self.dataChanged.emit(self.index(row, 0), self.index(row, RECORDED))

    def put_back(self, member_id: int, typed: tuple[str, str] | None) -> None:
        """Undo a mark: the member's typed mark as it was before (None: nothing typed)."""
        if typed is None:
            self.typed.pop(member_id, None)
        else:
            self.typed[member_id] = typed
        row = self.row_of(member_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, RECORDED))

    def mark_all_present(self) -> int:
        """Mark present everyone not marked; how many."""
        rows = [r for r in range(len(self.lines)) if not self.mark(r)[0]]
        for row in rows:
            self.set_mark(row, "present")
        return len(rows)

    def flash(self, row: int | None) -> None:
        rows = {r for r in (self.flashed, row) if r is not None}
        self.flashed = row
        for r in rows:
            self.dataChanged.emit(self.index(r, 0), self.index(r, RECORDED))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else RECORDED + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("No"), self.tr("Member"), self.tr("Number"), self.tr("Group"),
                    self.tr("Attendance"), self.tr("Note"), self.tr("Recorded"))[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in TYPED_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        line, (status, note) = self.lines[row], self.mark(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.UserRole):
            return {STATUS: status, NOTE: note}.get(column, self._display(row, column))
        if role == Qt.ItemDataRole.BackgroundRole:
            if row == self.flashed:
                return QBrush(FLASH)
            return QBrush(STATUS_COLOURS[status]) if column == STATUS and status else None
        typed = line.member_id in self.typed and column in TYPED_COLUMNS
        if role == Qt.ItemDataRole.ForegroundRole and typed:
            return QBrush(UNSAVED)
        if role == Qt.ItemDataRole.FontRole and typed:
            return self.italic
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, STATUS):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATUS:
                return self.tr("H present (hadir) · T late (terlambat) · I excused (izin) · A absent (absen)")
            if typed:
                return self.tr("Typed, not saved yet (Ctrl+S saves)")
            if line.recorded_at is not None:
                how = self.tr("scanned from the card") if line.via == "scan" else self.tr("typed on the grid")
                return self.tr("Recorded {when}, {how}").format(when=line.recorded_at.strftime("%d/%m/%Y %H:%M"), how=how)
        return None

    def _display(self, row: int, column: int) -> str:
        line, (status, note) = self.lines[row], self.mark(row)
        if column == NUMBER:
            return str(row + 1)
        if column == STATUS:
            return label(ATTENDANCE[status]) if status else "—"
        if column == RECORDED:
            # A card's time tells who came late; the grid's is only when it was typed.
            if line.via != "scan" or line.recorded_at is None or line.member_id in self.typed:
                return ""
            return self.tr("card {time}").format(time=line.recorded_at.strftime("%H:%M"))
        return {MEMBER: line.name, MEMBER_NUMBER: line.number, GROUP: line.group, NOTE: note}[column]

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        if index.column() == STATUS:
            if value not in ("", *ATTENDANCE):
                return False
            # A cleared mark takes its note with it.
            self.set_mark(index.row(), status=value, note=None if value else "")
        else:
            self.set_mark(index.row(), note=" ".join(str(value).split())[:200])
        return True


class AttendanceDelegate(QStyledItemDelegate):
    """The status chosen from a short list (or by its letter), the note typed; Enter and Tab
    close the editor and move on as they do outside it."""

    def __init__(self, view: AttendanceView) -> None:
        super().__init__(view)
        self.view = view
        self.editor: QWidget | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        if index.column() == STATUS:
            editor = QComboBox(parent)
            for code, text in ATTENDANCE.items():
                editor.addItem(label(text), code)
        else:
            editor = QLineEdit(parent)
            editor.setMaxLength(200)
            editor.setFrame(False)
        self.editor = editor
        return editor

    def destroyEditor(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        if editor is self.editor:
            self.editor = None
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value or "present"), 0))
        else:
            editor.setText(value or "")

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.currentData() if isinstance(editor, QComboBox) else editor.text())

    def commit(self) -> None:
        """Keep what the open editor holds, and close it (before saving)."""
        if self.editor is not None:
            editor = self.editor
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(editor, QWidget):
            if isinstance(editor, QComboBox) and event.text().upper() in STATUS_KEYS:
                editor.setCurrentIndex(editor.findData(STATUS_KEYS[event.text().upper()]))
                return True
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                    and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.commit()
                moved = self.view.move_on(key, event.modifiers())
                if not moved and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):  # on out of the grid
                    back = key == Qt.Key.Key_Backtab or event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                    self.view.focusNextPrevChild(not back)
                return True
        return super().eventFilter(editor, event)


@dataclass
class KeyRun:
    """Keys typed on the grid close together: what they typed, where the cursor was before the
    first, and the marks they changed (member id, the typed mark before), to take back."""

    start: QPersistentModelIndex
    last: float
    text: str = ""
    marks: list[tuple[int, tuple[str, str] | None]] = field(default_factory=list)
    scanning: bool = False


class AttendanceView(QTableView):
    """The grid: a letter marks the member and goes down to the next; Enter goes down the
    column, Tab along the row between the mark and the note (and on out of the grid after the
    last); Delete clears. A card scanner's burst is handed on by scan_typed and scan_ended."""

    scan_typed = Signal(str, bool)  # text a card scanner typed on the grid; whether it begins a scan
    scan_ended = Signal()  # the scanner's Enter

    def __init__(self, model: AttendanceModel) -> None:
        super().__init__()
        self.setObjectName("attendance_grid")
        self.clock: Callable[[], float] = time.monotonic
        self.run: KeyRun | None = None
        self.setModel(model)
        self.delegate = AttendanceDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(25)
        # The names keep their width; on a narrow screen the group's column gives way.
        self.horizontalHeader().setSectionResizeMode(GROUP, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(WIDTHS):
            self.setColumnWidth(column, width)

    def grid(self) -> AttendanceModel:
        return self.model()

    def move_on(self, key: int, modifiers: Qt.KeyboardModifier) -> bool:
        """After Enter (down the column) or Tab (along the row); Shift goes back. Whether there
        was a cell to go to."""
        current = self.currentIndex()
        if not current.isValid():
            return False
        step = -1 if modifiers & Qt.KeyboardModifier.ShiftModifier or key == Qt.Key.Key_Backtab else 1
        row, column = current.row(), current.column()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            row += step
        elif column not in TYPED_COLUMNS:
            column = STATUS
        else:
            # Along the row: the mark, the note, then the next member's mark.
            at = row * len(TYPED_COLUMNS) + TYPED_COLUMNS.index(column) + step
            row, column = divmod(at, len(TYPED_COLUMNS))
            column = TYPED_COLUMNS[column]
        if not 0 <= row < self.grid().rowCount():
            return False
        target = self.grid().index(row, column)
        self.setCurrentIndex(target)
        self.scrollTo(target)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        index, key, text = self.currentIndex(), event.key(), event.text()
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and self._scanner_key(event):
            return
        if editing or not index.isValid():
            super().keyPressEvent(event)
            return
        control = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        editable = self.grid().editable
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not control:
            if not self.move_on(key, event.modifiers()):
                event.ignore()  # past the last cell (or before the first): on to the next field
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not control:
            self.move_on(key, event.modifiers())
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if editable and index.column() in TYPED_COLUMNS:
                self.grid().setData(index, "")
        elif index.column() == STATUS and not control and text.upper() in STATUS_KEYS:
            if editable:
                self.grid().setData(index, STATUS_KEYS[text.upper()])
                self.move_on(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        elif index.column() == STATUS and key == Qt.Key.Key_Space:
            if editable:
                self.edit(index)
        elif text and text.isprintable() and not control and index.column() != NOTE:
            event.accept()  # other letters open nothing and do not jump to a row
        else:
            super().keyPressEvent(event)

    def _scanner_key(self, event: QKeyEvent) -> bool:
        """Whether the key belongs to a card scanner's burst, and was handed on as such. The
        first keys of a run act as typed until the run shows it is a scanner's; then the marks
        they made are taken back. A note being typed is left alone."""
        now, text = self.clock(), event.text()
        control = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        printable = bool(text) and text.isprintable() and not control
        run = self.run if self.run is not None and now - self.run.last <= BURST_GAP else None
        self.run = None
        if run is None and (not printable or self.currentIndex().column() == NOTE):
            return False
        run = run or KeyRun(QPersistentModelIndex(self.currentIndex()), now)
        run.last = now
        if run.scanning:
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if printable:
                self.run = run
                self.scan_typed.emit(text, False)
            elif enter:
                self.scan_ended.emit()
            return printable or enter
        if not printable:
            return False
        self.run = run
        run.text += text
        if len(run.text) >= BURST_LENGTH and any(ch.upper() not in STATUS_KEYS for ch in run.text):
            self._take_back(run)
            run.scanning = True
            self.scan_typed.emit(run.text, True)
            return True
        index = self.currentIndex()
        if index.column() == STATUS and self.grid().editable and text.upper() in STATUS_KEYS:
            member_id = self.grid().lines[index.row()].member_id
            run.marks.append((member_id, self.grid().typed.get(member_id)))
        return False

    def _take_back(self, run: KeyRun) -> None:
        """Undo what the first keys of a scanner's burst did on the grid."""
        for member_id, typed in reversed(run.marks):
            self.grid().put_back(member_id, typed)
        if run.start.isValid():
            self.setCurrentIndex(QModelIndex(run.start))


class AttendancePanel(QWidget):
    """The chosen session's attendance: its description, the scan field, the grid, the counts,
    and the buttons to mark everyone present and to save."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.info: SessionInfo | None = None
        self.announcing = False
        self.clock: Callable[[], dt.datetime] = dt.datetime.now  # tests set the scanner's time
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Choose a session in the list."))
        self.title.setObjectName("attendance_title")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.title)
        layout.addLayout(self._scan_row())
        self.feedback = QLabel()
        self.feedback.setObjectName("attendance_feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.feedback)
        self.model = AttendanceModel(self)
        self.model.dataChanged.connect(lambda *_: self._update_counts())
        self.model.modelReset.connect(self._update_counts)
        self.grid = AttendanceView(self.model)
        self.grid.scan_typed.connect(self._scanned_on_grid)
        self.grid.scan_ended.connect(self.scan_entered)
        layout.addWidget(self.grid, 1)
        self.hint = QLabel(self.tr("H present · T late · I excused · A absent (each goes on to the next member) · Enter: down · Tab: the note · Delete clears · Ctrl+S saves"))
        self.hint.setObjectName("attendance_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        self.counts = QLabel()
        self.counts.setObjectName("attendance_counts")
        self.counts.setStyleSheet("font-weight: bold;")
        self.counts.setWordWrap(True)
        row.addWidget(self.counts, 1)
        self.all_present_button = push(self.tr("All present"), self.all_present, "attendance_all_present")
        self.all_present_button.setToolTip(self.tr("Mark present everyone not marked yet"))
        self.save_button = push(self.tr("Save (Ctrl+S)"), self.save, "attendance_save")
        row.addWidget(self.all_present_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence("F4"), self, self.focus_scan)
        bus.changed.connect(self._on_changed)
        self.flash_timer = QTimer(self)
        self.flash_timer.setSingleShot(True)
        self.flash_timer.timeout.connect(lambda: self.model.flash(None))
        may = actor.may("training.attendance")
        for widget in (self.all_present_button, self.save_button, self.scan, self.hint):
            widget.setVisible(may)
        self._update_buttons()

    def _scan_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.scan = QLineEdit()
        self.scan.setObjectName("attendance_scan")
        self.scan.setPlaceholderText(self.tr("Scan a member card, or type a member number and press Enter (F4)"))
        self.scan.setClearButtonEnabled(True)
        self.scan.returnPressed.connect(self.scan_entered)
        row.addWidget(self.scan, 1)
        return row

    # --- showing --------------------------------------------------------------------------

    @property
    def session_id(self) -> int | None:
        return self.info.id if self.info else None

    @property
    def taking(self) -> bool:
        """Whether attendance may be taken now: the role may, and the day has come."""
        return (self.info is not None and self.actor.may("training.attendance")
                and self.info.on <= dt.date.today())

    def show_session(self, session_id: int | None) -> None:
        """Show a session's list as stored (typed marks are dropped: ask may_leave first)."""
        self.feedback.clear()
        try:
            self.info = session_info(session_id) if session_id is not None else None
        except DomainError as exc:
            self.info = None
            show_refusal(self, exc)
        lines = attendance_list(self.info.id) if self.info else []
        self.model.set_lines(lines, self.taking)
        self._describe()
        self._update_buttons()
        if self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(0, STATUS))
        if self.taking and self.info.on == dt.date.today():
            self.scan.setFocus()  # on the day, members arrive with their cards

    def reload(self) -> None:
        """Read the list again, keeping what was typed and not saved."""
        if self.info is None:
            return
        current = self.grid.currentIndex()
        try:
            self.info = session_info(self.info.id)
        except DomainError:
            self.show_session(None)
            return
        self.model.set_lines(attendance_list(self.info.id), self.taking, keep_typed=True)
        self._describe()
        self._update_buttons()
        if current.isValid() and self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(min(current.row(), self.model.rowCount() - 1), current.column()))

    def _describe(self) -> None:
        info = self.info
        if info is None:
            self.title.setText(self.tr("Choose a session in the list."))
            return
        when = info.on.strftime("%d/%m/%Y") + (f" {info.starts_at}" if info.starts_at else "")
        text = f"<b>{escape(info.topic)}</b> · {when}"
        if info.program:
            text += " · " + escape(self.tr("{program}, session {seq}").format(program=info.program, seq=info.program_seq))
        text += "<br>" + escape(", ".join(name for _id, name in info.groups))
        if not self.actor.may("training.attendance"):
            text += "<br><i>" + escape(self.tr("Your role may look at attendance but not record it.")) + "</i>"
        elif info.on > dt.date.today():
            text += "<br><i>" + escape(self.tr("Attendance is taken on the day of the session or after it.")) + "</i>"
        self.title.setText(text)

    def _update_counts(self) -> None:
        if self.info is None:
            self.counts.clear()
            return
        c = self.model.counts()
        came = c["present"] + c["late"]
        text = self.tr("Came {came} of {listed} · present {present} · late {late} · excused {excused} · absent {absent} · not marked {unmarked}").format(
            came=came, listed=self.model.rowCount(), present=c["present"], late=c["late"],
            excused=c["excused"], absent=c["absent"], unmarked=c[""])
        if self.model.dirty:
            text += " · " + self.tr("%n change(s) not saved", "", len(self.model.typed))
        self.counts.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        taking = self.taking
        self.scan.setEnabled(taking)
        self.save_button.setEnabled(taking and self.model.dirty)
        self.all_present_button.setEnabled(taking and self.model.counts()[""] > 0)

    # --- writing --------------------------------------------------------------------------

    def may_leave(self) -> bool:
        """Whether typed marks not saved may be left (the user is asked)."""
        if self.info is None or not self.model.dirty:
            return True
        return confirm(self, self.tr("Leave the attendance"), self.tr(
            "The attendance of {topic} on {date} has changes that are not saved. Leave them?").format(
            topic=self.info.topic, date=self.info.on.strftime("%d/%m/%Y")), self.tr("Leave them"))

    def all_present(self) -> None:
        if self.taking:
            self.grid.delegate.commit()
            self.model.mark_all_present()
            self.grid.setFocus()

    def save(self) -> None:
        """Keep the marks typed on the grid."""
        self.grid.delegate.commit()
        if not (self.save_button.isVisible() and self.save_button.isEnabled()):
            return
        try:
            changed = save_attendance(self.actor, self.info.id, self.model.changed_marks())
        except DomainError as exc:
            show_refusal(self, exc)
            self.reload()  # what another PC recorded meanwhile shows under what was typed
            return
        self.model.typed.clear()
        self.reload()
        self._tell(self.tr("Saved: %n mark(s) changed.", "", changed), OK_STYLE)
        self.announce()

    def focus_scan(self) -> None:
        if self.scan.isVisible() and self.scan.isEnabled():
            self.scan.setFocus()
            self.scan.selectAll()

    def _scanned_on_grid(self, text: str, begins: bool) -> None:
        """A card scanned while the grid had the focus: its number goes to the scan field, where
        the scanner's next keys land too."""
        if not (self.scan.isVisible() and self.scan.isEnabled()):
            return
        if begins:
            self.scan.setFocus()
            self.scan.setText(text)
        else:
            self.scan.insert(text)

    def scan_entered(self) -> None:
        """A card scanned (the scanner types its number and Enter): mark and save at once."""
        text = self.scan.text().strip()
        self.scan.clear()
        if not text or not self.taking:
            return
        try:
            result = scan_attendance(self.actor, self.info.id, text, self.clock())
        except DomainError as exc:
            self._tell(message(exc), ERROR_STYLE + " font-weight: bold;")
            return
        self.reload()
        row = self.model.row_of(result.member_id)
        if row is not None:
            self.grid.setCurrentIndex(self.model.index(row, STATUS))
            self.grid.scrollTo(self.model.index(row, STATUS))
            self.model.flash(row)
            self.flash_timer.start(1500)
        status = label(ATTENDANCE[result.status]).lower()
        if result.already:
            when = result.recorded_at.strftime("%H:%M") if result.recorded_at else ""
            self._tell(self.tr("{name} — already marked {status} ({time}); the mark is kept.").format(
                name=result.name, status=status, time=when), WARNING_STYLE + " font-weight: bold;")
        else:
            self._tell(f"{result.name} — {status}", OK_STYLE)
            self.announce()
        self.scan.setFocus()

    def _tell(self, text: str, style: str) -> None:
        self.feedback.setText(text)
        self.feedback.setStyleSheet("font-size: 11pt; " + style)

    def announce(self) -> None:
        self.announcing = True
        try:
            bus.changed.emit("training")
        finally:
            self.announcing = False

    def _on_changed(self, area: str) -> None:
        if not self.announcing and area in ("training", "groups", "members"):
            self.reload()

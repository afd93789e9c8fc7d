"""Settings of the automatic backups: the folder, how many to keep, when to remind; the last
good backup, and a backup made at once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.backups import (
    MAX_KEEP,
    MAX_REMIND_DAYS,
    backup_settings,
    last_backup,
    set_backup_settings,
)
from desktop.books import current_books
from desktop.errors import DomainError
from ui.backup_dialogs import back_up_now, describe
from ui.bus import bus
from ui.widgets import HINT_STYLE, Form, push, report


class BackupSettingsBox(QGroupBox):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups"), parent)
        self.actor = actor
        editable = actor.may("settings.edit")
        column = QVBoxLayout(self)
        self.form = Form(QFormLayout())
        self.folder = QLineEdit()
        self.folder.setObjectName("backup_folder")
        self.folder.setReadOnly(True)
        self.form.add(self.tr("Backup folder"), self._folder_row(editable), "folder")
        self.form.fields["folder"] = (self.folder, self.form.fields["folder"][1])
        self.keep = self.form.add(self.tr("Automatic backups kept"), QSpinBox(), "keep")
        self.keep.setObjectName("backup_keep")
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setSuffix(" " + self.tr("newest"))
        self.remind_days = self.form.add(self.tr("Remind when no backup for"), QSpinBox(), "remind_days")
        self.remind_days.setObjectName("backup_remind_days")
        self.remind_days.setRange(1, MAX_REMIND_DAYS)
        self.remind_days.setSuffix(" " + self.tr("days"))
        for spin in (self.keep, self.remind_days):
            spin.setMaximumWidth(140)
            spin.setEnabled(editable)
        self.last = QLabel()
        self.last.setObjectName("last_backup")
        self.last.setWordWrap(True)
        self.form.layout.addRow(self.tr("Last good backup"), self.last)
        column.addLayout(self.form.layout)
        hint = QLabel(self.tr("A backup is made every day after the first login and when Berdaya closes; "
                              "the oldest automatic ones are removed. Backups made by hand or before a "
                              "restore are never removed. When the folder is missing (the USB drive is "
                              "not plugged in) the backup goes to the program's own folder."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        column.addWidget(hint)
        column.addLayout(self._buttons(editable))
        bus.changed.connect(self._on_changed)
        self.load()

    def _folder_row(self, editable: bool) -> QWidget:
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        for text, slot, name in ((self.tr("Choose…"), self.choose_folder, "choose_backup_folder"),
                                 (self.tr("The program's folder"), lambda: self.folder.clear(),
                                  "default_backup_folder")):
            button = push(text, slot, name)
            button.setEnabled(editable)
            row.addWidget(button)
        return row_widget

    def _buttons(self, editable: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        save = push(self.tr("Save"), self.save, "save_backup_settings")
        save.setEnabled(editable)
        row.addWidget(save)
        now = push(self.tr("Back up now"), lambda: back_up_now(self, self.actor), "settings_back_up_now")
        now.setEnabled(self.actor.may("backup.make"))
        row.addWidget(now)
        self.saved = QLabel()
        self.saved.setObjectName("backup_settings_saved")
        self.saved.setStyleSheet(HINT_STYLE)
        row.addWidget(self.saved, 1)
        return row

    def load(self) -> None:
        """The settings as stored, and what shows the state of the backups."""
        self.stored = backup_settings()
        self.folder.setText(self.stored.folder)
        self.keep.setValue(self.stored.keep)
        self.remind_days.setValue(self.stored.remind_days)
        self._show_state()

    def _reload_unedited(self) -> None:
        """Settings saved elsewhere show, in the fields not changed here since they were read:
        what the user typed and has not saved stays."""
        before, now = self.stored, backup_settings()
        if self.folder.text() == before.folder:
            self.folder.setText(now.folder)
        if self.keep.value() == before.keep:
            self.keep.setValue(now.keep)
        if self.remind_days.value() == before.remind_days:
            self.remind_days.setValue(now.remind_days)
        self.stored = now
        self._show_state()

    def _show_state(self) -> None:
        books = current_books()
        if books is not None:
            self.folder.setPlaceholderText(self.tr("The program's own folder: {folder}").format(
                folder=str(books.default_backup_dir)))
        self._show_last()

    def _show_last(self) -> None:
        last = last_backup()
        self.last.setText(describe(last) if last else self.tr("none yet"))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def save(self) -> None:
        self.form.clear_errors()
        self.saved.clear()
        try:
            set_backup_settings(self.actor, self.folder.text(), self.keep.value(), self.remind_days.value())
        except DomainError as exc:
            report(self.form, self, exc)
            return
        self.saved.setText(self.tr("Saved."))
        self.load()
        bus.changed.emit("settings")

    def _on_changed(self, area: str) -> None:
        if area == "backup":
            self._show_last()
        elif area == "settings":  # any setting saved: the approvals just below, or these
            self._reload_unedited()

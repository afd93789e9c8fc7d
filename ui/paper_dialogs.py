"""Printing the member paperwork: cards for a selection, a group or the whole list, and the
member book of a group or the office. The PDF is made in the background, then shown."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Cancelled, DomainError
from desktop.groups import group_choices
from desktop.labels import CARD_LAYOUTS
from desktop.member_queries import MemberFilter, member_ids
from ui.i18n import label
from ui.pdf_preview import show_pdf
from ui.tasks import BackgroundTask
from ui.widgets import combo, dialog_buttons, select_value, show_refusal

# The document modules (reportlab, segno) are imported when something is printed: at start-up
# they would add a fifth to the time before the window shows.


def output_path(stem: str) -> Path:
    """A new file for a printout, named by what and when, in the system's temporary folder;
    the preview offers to save a copy where the user wants it."""
    folder = Path(tempfile.gettempdir()) / "berdaya-cetak"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{stem}-{dt.datetime.now():%Y%m%d-%H%M%S}.pdf"


def make_pdf(parent: QWidget, title: str, stem: str,
             render: Callable[[Path, Callable, Callable], None]) -> BackgroundTask:
    """Render a PDF off the GUI thread with a progress bar, then preview it."""
    path = output_path(stem)

    def work(progress, cancelled):
        render(path, progress, cancelled)
        return path

    def failed(exc: Exception) -> None:
        if isinstance(exc, DomainError):
            show_refusal(parent, exc)
        elif not isinstance(exc, Cancelled):
            raise exc

    return BackgroundTask(parent, title, title + "…", work, lambda p: show_pdf(parent, p, title), failed)


class CardsDialog(QDialog):
    """Which members get a card, and on which paper."""

    def __init__(self, selected: list[int], flt: MemberFilter, sort: str, list_count: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selected, self.flt, self.sort = selected, flt, sort
        self.setWindowTitle(self.tr("Print member cards"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Cards for:")))
        self.scope = QButtonGroup(self)
        self.selection = self._radio(layout, self.tr("The selected member(s) (%n)", "", len(selected)), "scope_selection")
        row = QHBoxLayout()
        self.whole_group = self._radio(row, self.tr("Every active member of the group"), "scope_group")
        self.group = combo(group_choices())
        self.group.setObjectName("card_group")
        select_value(self.group, flt.group_id)
        self.group.activated.connect(lambda *_: self.whole_group.setChecked(True))
        row.addWidget(self.group, 1)
        layout.addLayout(row)
        self.whole_list = self._radio(layout, self.tr("Everyone in the list (%n)", "", list_count), "scope_list")
        (self.selection if selected else self.whole_group).setChecked(True)
        self.selection.setEnabled(bool(selected))
        form = QFormLayout()
        self.layout_box = combo([(code, label(text)) for code, text in CARD_LAYOUTS.items()])
        self.layout_box.setObjectName("card_layout")
        form.addRow(self.tr("Paper"), self.layout_box)
        layout.addLayout(form)
        layout.addWidget(dialog_buttons(self, self.tr("Make the cards")))

    def _radio(self, layout, text: str, name: str) -> QRadioButton:
        button = QRadioButton(text)
        button.setObjectName(name)
        self.scope.addButton(button)
        layout.addWidget(button)
        return button

    def chosen_ids(self) -> list[int]:
        if self.selection.isChecked():
            return list(self.selected)
        if self.whole_group.isChecked():
            group_id = self.group.currentData()
            if group_id is None:
                return []
            return member_ids(MemberFilter(group_id=group_id, status="active"), "number")
        return member_ids(self.flt, self.sort)

    def accept(self) -> None:
        ids, layout = self.chosen_ids(), self.layout_box.currentData()

        def render(path: Path, progress, cancelled) -> None:
            from desktop.documents.member_card import card_data, render_cards
            from desktop.documents.pdf import letterhead

            render_cards(card_data(ids), letterhead(), layout, path, progress, cancelled)

        super().accept()
        make_pdf(self.parent(), self.tr("Member cards"), "kartu-anggota", render)


class MemberBookDialog(QDialog):
    """The member book of one group or of the whole office."""

    def __init__(self, group_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print the member book"))
        layout = QVBoxLayout(self)
        self.scope = QButtonGroup(self)
        row = QHBoxLayout()
        self.one_group = QRadioButton(self.tr("The group"))
        self.one_group.setObjectName("book_group_scope")
        self.group = combo(group_choices())
        self.group.setObjectName("book_group")
        select_value(self.group, group_id)
        self.group.activated.connect(lambda *_: self.one_group.setChecked(True))
        row.addWidget(self.one_group)
        row.addWidget(self.group, 1)
        layout.addLayout(row)
        self.office = QRadioButton(self.tr("The whole office"))
        self.office.setObjectName("book_office_scope")
        layout.addWidget(self.office)
        for button in (self.one_group, self.office):
            self.scope.addButton(button)
        (self.one_group if group_id is not None else self.office).setChecked(True)
        self.with_exited = QCheckBox(self.tr("Include members who left"))
        self.with_exited.setObjectName("book_with_exited")
        self.with_exited.setChecked(True)
        layout.addWidget(self.with_exited)
        layout.addWidget(dialog_buttons(self, self.tr("Make the book")))

    def accept(self) -> None:
        group_id = self.group.currentData() if self.one_group.isChecked() else None
        with_exited = self.with_exited.isChecked()

        def render(path: Path, progress, cancelled) -> None:
            from desktop.documents.member_book import group_book, office_book, render_member_book
            from desktop.documents.pdf import letterhead

            book = group_book(group_id, with_exited) if group_id else office_book(with_exited)
            render_member_book(book, letterhead(), path, progress=progress, cancelled=cancelled)

        super().accept()
        make_pdf(self.parent(), self.tr("Member book"), "buku-anggota", render)

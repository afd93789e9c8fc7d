"""The treasurer's capital dialogs: a source of capital, a pool it funds, and capital received
into a pool."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.capital import (
    create_pool,
    create_source,
    list_sources,
    pool_choices,
    receive_capital,
)
from desktop.errors import DomainError, ValidationErrors
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.labels import SOURCE_KINDS
from desktop.money import format_rupiah
from ui.bus import bus
from ui.i18n import label
from ui.widgets import (
    HINT_STYLE,
    DateField,
    Form,
    MoneyField,
    combo,
    dialog_buttons,
    make_room,
    push,
    read_amount,
    read_date,
    refill,
    report,
    select_value,
    show_amount_in_words,
)


def _hint(text: str) -> QLabel:
    hint = QLabel(text)
    hint.setWordWrap(True)
    hint.setStyleSheet(HINT_STYLE)
    return hint


class SourceDialog(QDialog):
    """Where capital comes from: a program, a budget, a company, the office itself."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.source_id: int | None = None
        self.setWindowTitle(self.tr("New source of capital"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.form = Form(QFormLayout())
        self.name = self.form.add(self.tr("Name"), QLineEdit(), "name")
        self.name.setObjectName("source_name")
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("for example: Dana Bergulir PNPM Kelurahan Cilincing"))
        self.kind = self.form.add(self.tr("Kind"), combo([(c, label(t)) for c, t in SOURCE_KINDS.items()]), "kind")
        self.kind.setObjectName("source_kind")
        self.notes = self.form.add(self.tr("Notes"), QLineEdit(), "notes")
        self.notes.setObjectName("source_notes")
        self.notes.setMaxLength(200)
        self.notes.setPlaceholderText(self.tr("agreement number, contact person, conditions…"))
        layout.addLayout(self.form.layout)
        layout.addWidget(_hint(self.tr("The money itself comes in through a pool: open a pool for "
                                       "this source, then record the capital received into it.")))
        layout.addWidget(dialog_buttons(self, self.tr("Save the source")))

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            self.source_id = create_source(self.actor, self.name.text(), self.kind.currentData(),
                                           self.notes.text())
        except DomainError as exc:
            report(self.form, self, exc)
            make_room(self)  # for the refusals under the fields
            return
        bus.changed.emit("capital")
        super().accept()


class PoolDialog(QDialog):
    """A pool of rotating capital that one source funds; loans are paid out of it and repaid
    into it."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.pool_id: int | None = None
        self.setWindowTitle(self.tr("New pool"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.form = Form(QFormLayout())
        source_row = QWidget()
        row = QHBoxLayout(source_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.source = combo(self._sources())
        self.source.setObjectName("pool_source")
        # Long names of programs must not squeeze the captions.
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source.setMinimumContentsLength(24)
        row.addWidget(self.source, 1)
        row.addWidget(push(self.tr("New source…"), self.new_source, "pool_new_source"))
        self.form.add(self.tr("Source of the capital"), source_row, "source")
        self.form.fields["source"] = (self.source, self.form.note("source"))
        self.name = self.form.add(self.tr("Name of the pool"), QLineEdit(), "name")
        self.name.setObjectName("pool_name")
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(self.tr("for example: Dana Bergulir PNPM 2026"))
        self.opened_on = self.form.add(self.tr("Opened on"), DateField(), "date")
        self.opened_on.setObjectName("pool_opened_on")
        self.opened_on.set_value(dt.date.today())
        self.notes = self.form.add(self.tr("Notes"), QLineEdit(), "notes")
        self.notes.setObjectName("pool_notes")
        self.notes.setMaxLength(200)
        layout.addLayout(self.form.layout)
        layout.addWidget(_hint(self.tr("Keep one pool for each grant or budget whose use you must "
                                       "report on. After saving, record the capital received.")))
        layout.addWidget(dialog_buttons(self, self.tr("Open the pool")))
        self.name.setFocus()

    def _sources(self) -> list[tuple[int, str]]:
        return [(s.id, f"{s.name} ({label(SOURCE_KINDS.get(s.kind, s.kind))})") for s in list_sources()]

    def new_source(self) -> None:
        dialog = SourceDialog(self.actor, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            refill(self.source, self._sources())
            select_value(self.source, dialog.source_id)

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            opened_on = self.opened_on.required_value("date")
            self.pool_id = create_pool(self.actor, self.source.currentData() or 0, self.name.text(),
                                       opened_on, self.notes.text())
        except DomainError as exc:
            report(self.form, self, exc)
            make_room(self)  # for the refusals under the fields
            return
        bus.changed.emit("capital")
        super().accept()


class ReceiveCapitalDialog(QDialog):
    """Capital paid into a pool by its source."""

    def __init__(self, actor: Actor, pool_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.entry_id: int | None = None
        self.setWindowTitle(self.tr("Receive capital"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.form = Form(QFormLayout())
        pools = pool_choices()
        self.available = {pid: available for pid, _name, available in pools}
        self.pool = self.form.add(self.tr("Pool"), combo([(pid, name) for pid, name, _a in pools]), "pool")
        self.pool.setObjectName("receive_pool")
        select_value(self.pool, pool_id)
        self.standing = QLabel()
        self.standing.setObjectName("receive_standing")
        self.form.layout.addRow("", self.standing)
        self.date = self.form.add(self.tr("Date received"), DateField(), "date")
        self.date.setObjectName("receive_date")
        self.date.set_value(dt.date.today())
        self.amount = self.form.add(self.tr("Amount (Rp)"), MoneyField(), "amount")
        self.amount.setObjectName("receive_amount")
        self.amount.textChanged.connect(self._show_words)
        self.note = self.form.add(self.tr("Note"), QLineEdit(), "note")
        self.note.setObjectName("receive_note")
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("for example: transfer of the first tranche, letter no. …"))
        layout.addLayout(self.form.layout)
        layout.addWidget(dialog_buttons(self, self.tr("Record the capital")))
        self.pool.currentIndexChanged.connect(lambda *_: self._show_standing())
        self._show_standing()
        self.amount.setFocus()

    def _show_standing(self) -> None:
        pool_id = self.pool.currentData()
        if pool_id is None:
            self.standing.setText(self.tr("There is no pool yet; open one first."))
        else:
            self.standing.setText(self.tr("Available to lend now: {available}").format(
                available=format_rupiah(self.available[pool_id])))

    def _show_words(self) -> None:
        show_amount_in_words(self.form, self.amount)

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            errors: list[DomainError] = []
            on = read_date(self.date, errors)
            amount = read_amount(self.amount, errors)
            if self.pool.currentData() is None:
                errors.append(DomainError(QT_TRANSLATE_NOOP("Errors", "Choose the pool."), "pool"))
            if errors:
                raise ValidationErrors(errors)
            self.entry_id = receive_capital(self.actor, self.pool.currentData(), on, amount,
                                            self.note.text())
        except DomainError as exc:
            report(self.form, self, exc)
            make_room(self)  # for the refusals under the fields
            return
        bus.changed.emit("capital")
        super().accept()

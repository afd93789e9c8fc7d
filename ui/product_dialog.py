"""A savings product of the office: its code, name, rule kind and amount."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.errors import DomainError, ValidationErrors
from desktop.labels import SAVINGS_KINDS, WAJIB_PERIODS
from desktop.savings_products import ProductForm, create_product, load_product, update_product
from ui.bus import bus
from ui.i18n import label
from ui.widgets import HINT_STYLE, Form, MoneyField, combo, dialog_buttons, report, select_value


class ProductDialog(QDialog):
    def __init__(self, actor: Actor, product_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.product_id = actor, product_id
        self.loaded = load_product(product_id) if product_id else ProductForm()
        self.setWindowTitle(self.tr("Savings product"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.form = Form(QFormLayout())
        self.code = self.form.add(self.tr("Code"), QLineEdit(self.loaded.code), "code")
        self.code.setObjectName("product_code")
        self.code.setMaxLength(6)
        self.name = self.form.add(self.tr("Name"), QLineEdit(self.loaded.name), "name")
        self.name.setObjectName("product_name")
        self.name.setMaxLength(100)
        self.kind = self.form.add(self.tr("Rules"), combo([(c, label(t)) for c, t in SAVINGS_KINDS.items()]), "kind")
        self.kind.setObjectName("product_kind")
        select_value(self.kind, self.loaded.kind)
        self.period = self.form.add(self.tr("Due"), combo([(c, label(t)) for c, t in WAJIB_PERIODS.items()]), "period")
        self.period.setObjectName("product_period")
        select_value(self.period, self.loaded.period)
        self.amount = self.form.add(self.tr("Amount (Rp)"), MoneyField(), "amount")
        self.amount.setObjectName("product_amount")
        self.amount.set_value(self.loaded.amount or None)
        self.active = QCheckBox(self.tr("New members get this savings"))
        self.active.setObjectName("product_active")
        self.active.setChecked(self.loaded.active)
        self.form.layout.addRow("", self.active)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.hint)
        layout.addWidget(dialog_buttons(self, self.tr("Save")))
        self.kind.currentIndexChanged.connect(lambda *_: self._explain())
        self._explain()

    def _explain(self) -> None:
        kind = self.kind.currentData()
        self.amount.setEnabled(kind != "sukarela")
        self.period.setEnabled(kind == "wajib")
        texts = {
            "pokok": self.tr("Paid once on joining; cannot be withdrawn while a member; paid out on leaving."),
            "wajib": self.tr("Paid each month or each group meeting; cannot be withdrawn while a member; paid out on leaving. What members owe is counted for monthly wajib now; per meeting, once the group's meetings are recorded."),
            "sukarela": self.tr("Any amount at any time; can be withdrawn."),
        }
        text = texts[kind]
        if not self.product_id:
            text += " " + self.tr("Every active member gets an account in it from today.")
        elif kind != "sukarela":
            text += " " + self.tr("A new amount counts for what members owe from the start, past months included; a product that is no longer in use is no longer owed.")
        self.hint.setText(text)

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            try:
                amount = self.amount.value() if self.kind.currentData() != "sukarela" else 0
            except DomainError as exc:
                raise ValidationErrors([exc]) from None
            form = ProductForm(self.code.text(), self.name.text(), self.kind.currentData(),
                               amount or 0, self.active.isChecked(), self.period.currentData(),
                               self.loaded.version)
            if self.product_id:
                update_product(self.actor, self.product_id, form)
            else:
                self.product_id = create_product(self.actor, form)
        except DomainError as exc:
            report(self.form, self, exc)
            return
        bus.changed.emit("settings")
        super().accept()

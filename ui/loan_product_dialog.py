"""A loan product of the office: how jasa is counted, the rate, how often installments are
paid, the term, the admin fee and the ceilings; with an example loan worked out as it is typed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.errors import DomainError, ValidationErrors
from desktop.labels import LOAN_FREQUENCIES, LOAN_METHODS
from desktop.loan_products import (
    MAX_TERM,
    LoanProductForm,
    create_loan_product,
    load_loan_product,
    parse_percent,
    update_loan_product,
)
from desktop.loan_schedule import round_rupiah, schedule
from desktop.money import format_rupiah
from ui.bus import bus
from ui.i18n import label
from ui.widgets import (
    HINT_STYLE,
    Form,
    MoneyField,
    combo,
    dialog_buttons,
    make_room,
    report,
    select_value,
)

EXAMPLE_LOAN = 1_000_000


def _shown_percent(text: str) -> str:
    """A stored percentage (1.5) as the office writes it (1,5)."""
    return str(text).replace(".", ",")


def _count(maximum: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setMaximumWidth(90)
    return box


class LoanProductDialog(QDialog):
    def __init__(self, actor: Actor, product_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.product_id = actor, product_id
        self.loaded = load_loan_product(product_id) if product_id else LoanProductForm()
        self.setWindowTitle(self.tr("Loan product"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.form = Form(QFormLayout())
        self._terms_fields()
        self._limit_fields()
        self.active = QCheckBox(self.tr("Offered for new applications"))
        self.active.setObjectName("loan_product_active")
        self.active.setChecked(self.loaded.active)
        self.form.layout.addRow("", self.active)
        layout.addLayout(self.form.layout)
        self.example = QLabel()
        self.example.setObjectName("loan_product_example")
        self.example.setWordWrap(True)
        self.example.setStyleSheet("background: #f4f6f8; border: 1px solid #d5dbe1; padding: 6px;")
        layout.addWidget(self.example)
        hint = QLabel(self.tr("A loan keeps the terms of its product as they were when it was applied "
                              "for: a change here counts for applications from now on."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(hint)
        layout.addWidget(dialog_buttons(self, self.tr("Save")))
        for signal in (self.method.currentIndexChanged, self.frequency.currentIndexChanged,
                       self.rate.textChanged, self.term.valueChanged, self.grace.valueChanged,
                       self.admin_fee.textChanged):
            signal.connect(lambda *_: self._show_example())
        self._show_example()

    def _terms_fields(self) -> None:
        form, loaded = self.form, self.loaded
        self.code = form.add(self.tr("Code"), QLineEdit(loaded.code), "code")
        self.code.setObjectName("loan_product_code")
        self.code.setMaxLength(6)
        self.name = form.add(self.tr("Name"), QLineEdit(loaded.name), "name")
        self.name.setObjectName("loan_product_name")
        self.name.setMaxLength(100)
        self.method = form.add(self.tr("Jasa counted"), combo([(c, label(t)) for c, t in LOAN_METHODS.items()]), "method")
        self.method.setObjectName("loan_product_method")
        select_value(self.method, loaded.method)
        self.rate = form.add(self.tr("Jasa (% a month)"), QLineEdit(_shown_percent(loaded.rate)), "rate")
        self.rate.setObjectName("loan_product_rate")
        self.rate.setMaxLength(8)
        self.rate.setMaximumWidth(90)
        self.frequency = form.add(self.tr("Installments paid"), combo([(c, label(t)) for c, t in LOAN_FREQUENCIES.items()]), "frequency")
        self.frequency.setObjectName("loan_product_frequency")
        select_value(self.frequency, loaded.frequency)
        self.term = form.add(self.tr("Usual term (installments)"), _count(999), "term")
        self.term.setObjectName("loan_product_term")
        self.term.setValue(loaded.term)
        self.max_term = form.add(self.tr("Longest term (installments)"), _count(999), "max_term")
        self.max_term.setObjectName("loan_product_max_term")
        self.max_term.setValue(loaded.max_term)
        self.max_term.setToolTip(self.tr("At most {max}.").format(max=MAX_TERM))
        self.grace = form.add(self.tr("Grace (periods of jasa only)"), _count(99), "grace")
        self.grace.setObjectName("loan_product_grace")
        self.grace.setValue(loaded.grace)

    def _limit_fields(self) -> None:
        form, loaded = self.form, self.loaded
        self.admin_fee = form.add(self.tr("Admin fee (% of the loan)"), QLineEdit(_shown_percent(loaded.admin_fee)), "admin_fee")
        self.admin_fee.setObjectName("loan_product_fee")
        self.admin_fee.setMaxLength(8)
        self.admin_fee.setMaximumWidth(90)
        self.first_loan_max = form.add(self.tr("First loan at most (Rp)"), MoneyField(), "first_loan_max")
        self.first_loan_max.setObjectName("loan_product_first_max")
        self.first_loan_max.set_value(loaded.first_loan_max or None)
        self.first_loan_max.setPlaceholderText(self.tr("no ceiling"))
        self.max_amount = form.add(self.tr("Largest loan (Rp)"), MoneyField(), "max_amount")
        self.max_amount.setObjectName("loan_product_max_amount")
        self.max_amount.set_value(loaded.max_amount or None)
        self.max_amount.setPlaceholderText(self.tr("no ceiling"))

    def _show_example(self) -> None:
        """A loan of one million on these terms, so a mistyped rate shows at once."""
        rate, fee = parse_percent(self.rate.text()), parse_percent(self.admin_fee.text())
        term, grace = self.term.value(), self.grace.value()
        if rate is None or not 0 <= rate <= 100 or term < 1:
            self.example.setText(self.tr("Example: enter the rate and the term to see a loan worked out."))
            return
        rows = schedule(EXAMPLE_LOAN, rate, self.method.currentData(), self.frequency.currentData(),
                        term, dt.date.today(), grace)
        amounts = [r.amount for r in rows[grace:]]
        if max(amounts) - min(amounts) < 100:  # flat and annuity differ by rounding only
            each = self.tr("%n installment(s) of {amount}", "", term).format(amount=format_rupiah(amounts[0]))
        else:
            each = self.tr("%n installment(s) from {first} down to {last}", "", term).format(
                first=format_rupiah(amounts[0]), last=format_rupiah(amounts[-1]))
        text = self.tr("Example: a loan of {loan} is repaid in {each}; jasa in all {jasa}.").format(
            loan=format_rupiah(EXAMPLE_LOAN), each=each, jasa=format_rupiah(sum(r.jasa for r in rows)))
        if grace:
            text += " " + self.tr("First %n installment(s) of jasa only, {amount} each.", "", grace).format(
                amount=format_rupiah(rows[0].jasa))
        if fee is not None and 0 < fee <= 100:
            text += " " + self.tr("Admin fee {fee}.").format(
                fee=format_rupiah(round_rupiah(Decimal(EXAMPLE_LOAN) * fee / 100)))
        self.example.setText(text)

    def _amounts(self) -> tuple[int, int]:
        """The two ceilings typed; raises the refusals beside them."""
        errors, values = [], []
        for name, field in (("first_loan_max", self.first_loan_max), ("max_amount", self.max_amount)):
            try:
                values.append(field.value() or 0)
            except DomainError as exc:
                exc.field = name
                errors.append(exc)
        if errors:
            raise ValidationErrors(errors)
        return values[0], values[1]

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            first_loan_max, max_amount = self._amounts()
            form = LoanProductForm(self.code.text(), self.name.text(), self.method.currentData(),
                                   self.rate.text(), self.frequency.currentData(), self.term.value(),
                                   self.max_term.value(), self.grace.value(), self.admin_fee.text(),
                                   first_loan_max, max_amount, self.active.isChecked(),
                                   self.loaded.version)
            if self.product_id:
                update_loan_product(self.actor, self.product_id, form)
            else:
                self.product_id = create_loan_product(self.actor, form)
        except DomainError as exc:
            report(self.form, self, exc)
            make_room(self)  # for the refusals under the fields
            return
        bus.changed.emit("settings")
        super().accept()

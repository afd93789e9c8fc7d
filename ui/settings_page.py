"""The office's settings: its name and address, member numbers, the kinds of group, the savings
and loan products, and the lending rules."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.assessments import class_codes, instrument
from desktop.auth import Actor
from desktop.errors import DomainError
from desktop.groups import add_group_kind, group_kinds
from desktop.labels import (
    LOAN_FREQUENCIES,
    LOAN_METHODS,
    OVERPAYMENT_RULES,
    SAVINGS_KINDS,
    WAJIB_PERIODS,
)
from desktop.loan_products import list_loan_products
from desktop.loan_settings import (
    KOLEK_CLASSES,
    MEASURE_UNITS,
    RULE_SETS,
    LoanSettings,
    loan_settings,
    update_loan_settings,
)
from desktop.money import format_amount
from desktop.savings_products import list_products
from desktop.settings import (
    OfficeProfile,
    office_logo,
    office_profile,
    set_office_logo,
    update_office_profile,
)
from ui.approval_settings import ApprovalSettingsBox
from ui.backup_settings import BackupSettingsBox
from ui.bus import bus
from ui.i18n import label
from ui.instrument_dialog import InstrumentDialog
from ui.loan_product_dialog import LoanProductDialog
from ui.product_dialog import ProductDialog
from ui.widgets import (
    HINT_STYLE,
    Column,
    Form,
    RowsModel,
    combo,
    make_table,
    push,
    refill,
    report,
    select_value,
    show_refusal,
)

LOGO_SIZE = 400  # pixels on the long side: sharp at 300 dpi on a card, small in the books


def logo_bytes(path: str) -> bytes:
    """A picture file as a PNG of at most LOGO_SIZE pixels; empty if it is not a picture."""
    image = QImage(path)
    if image.isNull():
        return b""
    if max(image.width(), image.height()) > LOGO_SIZE:
        image = image.scaled(LOGO_SIZE, LOGO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


class SettingsPage(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        editable = actor.may("settings.edit")
        content = QWidget()
        layout = QVBoxLayout(content)
        row = QHBoxLayout()
        row.addWidget(self._office_box(editable), 1)
        row.addWidget(self._kinds_box(editable))
        layout.addLayout(row)
        layout.addWidget(self._products_box(editable))
        layout.addWidget(self._loan_products_box(editable))
        layout.addWidget(self._instrument_box(editable))
        layout.addWidget(self._lending_rules_box(editable))
        layout.addWidget(BackupSettingsBox(actor))
        layout.addWidget(ApprovalSettingsBox(actor))
        layout.addStretch()
        # The boxes are taller than an old office screen: the page scrolls.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        bus.changed.connect(self._on_changed)
        self.load()

    def _office_box(self, editable: bool) -> QGroupBox:
        box = QGroupBox(self.tr("The office"))
        column = QVBoxLayout(box)
        self.form = Form(QFormLayout())
        self.name = self.form.add(self.tr("Name"), QLineEdit(), "name")
        self.address = self.form.add(self.tr("Address"), QLineEdit(), "address")
        self.phone = self.form.add(self.tr("Phone"), QLineEdit(), "phone")
        self.prefix = self.form.add(self.tr("Member number prefix"), QLineEdit(), "member_number_prefix")
        self.prefix.setMaxLength(4)
        self.name.setMaxLength(120)
        self.address.setMaxLength(200)
        self.phone.setMaxLength(30)
        for field in (self.name, self.address, self.phone, self.prefix):
            field.setReadOnly(not editable)
            field.returnPressed.connect(self.save)
        self.form.layout.addRow(self.tr("Logo (on cards and documents)"), self._logo_row(editable))
        column.addLayout(self.form.layout)
        row = QHBoxLayout()
        save = push(self.tr("Save"), self.save, "save_settings")
        save.setEnabled(editable)
        row.addWidget(save)
        row.addStretch()
        column.addLayout(row)
        box.setMaximumWidth(700)
        return box

    def _logo_row(self, editable: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        self.logo = QLabel()
        self.logo.setObjectName("logo_preview")
        self.logo.setFixedSize(72, 72)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("border: 1px solid #bbb; background: white; color: #888;")
        row.addWidget(self.logo)
        choose = push(self.tr("Choose…"), self.choose_logo, "choose_logo")
        remove = push(self.tr("Remove"), lambda: self.set_logo(None), "remove_logo")
        for button in (choose, remove):
            button.setEnabled(editable)
            row.addWidget(button)
        row.addStretch()
        return row

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the office logo"), "",
                                              self.tr("Pictures (*.png *.jpg *.jpeg *.bmp)"))
        if path:
            self.set_logo(logo_bytes(path))

    def set_logo(self, image: bytes | None) -> None:
        try:
            set_office_logo(self.actor, image)  # an empty picture is refused there as not PNG
        except DomainError as exc:
            show_refusal(self, exc)
            return
        self._show_logo()
        bus.changed.emit("settings")

    def _show_logo(self) -> None:
        image = office_logo()
        pixmap = QPixmap()
        if image and pixmap.loadFromData(image):
            self.logo.setPixmap(pixmap.scaled(68, 68, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("no logo"))

    def _kinds_box(self, editable: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Kinds of group"))
        column = QVBoxLayout(box)
        self.kinds = QListWidget()
        self.kinds.setMaximumHeight(160)
        column.addWidget(self.kinds)
        row = QHBoxLayout()
        self.new_kind = QLineEdit()
        self.new_kind.setObjectName("new_kind")
        self.new_kind.setMaxLength(100)
        self.new_kind.setPlaceholderText(self.tr("New kind, for example: Kelompok Wanita Tani"))
        self.new_kind.setEnabled(editable)
        self.new_kind.returnPressed.connect(self.add_kind)
        row.addWidget(self.new_kind)
        add = push(self.tr("Add"), self.add_kind, "add_kind")
        add.setEnabled(editable)
        row.addWidget(add)
        column.addLayout(row)
        box.setMaximumWidth(320)
        return box

    def _products_box(self, editable: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Savings products"))
        column = QVBoxLayout(box)
        self.products_model = RowsModel([
            Column(self.tr("Code"), lambda p: p.code, width=55),
            Column(self.tr("Name"), lambda p: p.name, width=170),
            Column(self.tr("Amount (Rp)"), lambda p: format_amount(p.amount) if p.kind != "sukarela" else "", lambda p: p.amount, 100, True),
            Column(self.tr("Rules"), self._rules, width=230),
            Column(self.tr("In use"), lambda p: self.tr("yes") if p.active else self.tr("no"), width=70),
            Column(self.tr("Accounts"), lambda p: str(p.accounts), lambda p: p.accounts, 70, True),
        ], self)
        self.products = make_table(self.products_model, "products_table")
        self.products.setSortingEnabled(False)
        self.products.setMaximumHeight(170)
        self.products.doubleClicked.connect(lambda *_: self.change_product())
        column.addWidget(self.products)
        row = QHBoxLayout()
        row.addStretch()
        for text, slot, name in ((self.tr("New product…"), self.new_product, "new_product"),
                                 (self.tr("Change…"), self.change_product, "change_product")):
            button = push(text, slot, name)
            button.setEnabled(editable)
            row.addWidget(button)
        column.addLayout(row)
        self.products_editable = editable
        return box

    def _rules(self, product) -> str:
        if product.kind == "wajib":
            return self.tr("Simpanan wajib ({period})").format(period=label(WAJIB_PERIODS.get(product.period, product.period)))
        return label(SAVINGS_KINDS[product.kind])

    def new_product(self) -> None:
        ProductDialog(self.actor, None, self).exec()

    def change_product(self) -> None:
        index = self.products.currentIndex()
        if index.isValid() and self.products_editable:
            ProductDialog(self.actor, self.products_model.row_at(index.row()).id, self).exec()

    def _loan_products_box(self, editable: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Loan products"))
        column = QVBoxLayout(box)
        self.loan_products_model = RowsModel([
            Column(self.tr("Code"), lambda p: p.code, width=50),
            Column(self.tr("Name"), lambda p: p.name, width=185),
            Column(self.tr("Jasa counted"), lambda p: label(LOAN_METHODS.get(p.method, p.method)).split(" (")[0], width=130),
            Column(self.tr("Jasa\n% a month"), lambda p: p.rate.replace(".", ","), width=70, align_right=True),
            Column(self.tr("Installments"), lambda p: label(LOAN_FREQUENCIES.get(p.frequency, p.frequency)), width=110),
            Column(self.tr("Term"), lambda p: self.tr("{term} (at most {most})").format(term=p.term, most=p.max_term), width=115),
            Column(self.tr("Admin\nfee %"), lambda p: p.admin_fee.replace(".", ","), width=55, align_right=True),
            Column(self.tr("First loan\nat most (Rp)"), lambda p: format_amount(p.first_loan_max) if p.first_loan_max else "", width=95, align_right=True),
            Column(self.tr("Largest\n(Rp)"), lambda p: format_amount(p.max_amount) if p.max_amount else "", width=95, align_right=True),
            Column(self.tr("Offered"), lambda p: self.tr("yes") if p.active else self.tr("no"), width=60),
            Column(self.tr("Loans"), lambda p: str(p.loans), lambda p: p.loans, 50, True),
        ], self)
        self.loan_products = make_table(self.loan_products_model, "loan_products_table")
        self.loan_products.setSortingEnabled(False)
        self.loan_products.setMaximumHeight(140)
        self.loan_products.doubleClicked.connect(lambda *_: self.change_loan_product())
        column.addWidget(self.loan_products)
        row = QHBoxLayout()
        row.addStretch()
        for text, slot, name in ((self.tr("New loan product…"), self.new_loan_product, "new_loan_product"),
                                 (self.tr("Change…"), self.change_loan_product, "change_loan_product")):
            button = push(text, slot, name)
            button.setEnabled(editable)
            row.addWidget(button)
        column.addLayout(row)
        return box

    def new_loan_product(self) -> None:
        LoanProductDialog(self.actor, None, self).exec()

    def change_loan_product(self) -> None:
        index = self.loan_products.currentIndex()
        if index.isValid() and self.products_editable:
            LoanProductDialog(self.actor, self.loan_products_model.row_at(index.row()).id, self).exec()

    def _instrument_box(self, editable: bool) -> QGroupBox:
        """What the groups are assessed on, and the way to change it (the administrator's)."""
        box = QGroupBox(self.tr("Group assessment"))
        row = QHBoxLayout(box)
        self.instrument_summary = QLabel()
        self.instrument_summary.setObjectName("instrument_summary")
        self.instrument_summary.setWordWrap(True)
        row.addWidget(self.instrument_summary, 1)
        button = push(self.tr("Change the instrument…"), lambda: InstrumentDialog(self.actor, self).exec(),
                      "edit_instrument")
        button.setEnabled(editable)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return box

    def _show_instrument(self) -> None:
        current = instrument()
        areas = ", ".join(a.name for a in current.areas)
        classes = ", ".join(self.tr("{grade} from {total}").format(grade=c.code, total=c.min_total)
                            for c in current.classes[:-1])
        lowest = current.classes[-1].code if current.classes else ""
        self.instrument_summary.setText(self.tr(
            "Areas scored: {areas} — at most {top} points. Classes: {classes}, {lowest} below.").format(
            areas=areas, top=current.max_total, classes=classes, lowest=lowest))
        refill(self.min_group_class, self._class_choices(), self.tr("any class, or not assessed"))

    def _class_choices(self) -> list[tuple[str, str]]:
        return [(grade, self.tr("{grade} or better").format(grade=grade)) for grade in class_codes()]

    def _lending_rules_box(self, editable: bool) -> QGroupBox:
        box = QGroupBox(self.tr("Lending rules"))
        column = QVBoxLayout(box)
        self.rules_form = Form(QFormLayout())
        self.kolek_rule = self.rules_form.add(self.tr("Loan quality (kolektibilitas) by"), combo(
            [(code, label(rule.label)) for code, rule in RULE_SETS.items()]), "kolek_rule")
        self.kolek_rule.setObjectName("kolek_rule")
        self.kolek_rule.setMaximumWidth(480)
        self.kolek_rule.currentIndexChanged.connect(lambda *_: self._mark_rule())
        column.addLayout(self.rules_form.layout)
        row = QHBoxLayout()
        self.thresholds: dict[str, list[QSpinBox]] = {}
        self.rule_frames: dict[str, QFrame] = {}
        for code in RULE_SETS:
            row.addWidget(self._rule_frame(code), 1)
        column.addLayout(row)
        hint = QLabel(self.tr("A class starts at its threshold. Installment periods are 7, 14 or 30 days "
                              "by how often the loan is paid, so a weekly loan three weeks late and a "
                              "monthly loan three months late stand alike."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        column.addWidget(hint)
        column.addLayout(self._borrowing_form())
        buttons = QHBoxLayout()
        save = push(self.tr("Save the lending rules"), self.save_lending_rules, "save_lending_rules")
        buttons.addWidget(save)
        self.rules_saved = QLabel()
        self.rules_saved.setObjectName("rules_saved")
        self.rules_saved.setStyleSheet(HINT_STYLE)
        buttons.addWidget(self.rules_saved, 1)
        column.addLayout(buttons)
        spins = [self.min_group_age, *(s for spins in self.thresholds.values() for s in spins)]
        combos = [self.kolek_rule, self.overpayment, self.min_group_class]
        for widget in (*spins, *combos, save):
            widget.setEnabled(editable)
        # "Saved" stays only until something is changed again.
        for spin in spins:
            spin.valueChanged.connect(lambda *_: self.rules_saved.clear())
        for choice in combos:
            choice.currentIndexChanged.connect(lambda *_: self.rules_saved.clear())
        return box

    def _rule_frame(self, code: str) -> QFrame:
        """One rule set's classes, each with the figure it starts at."""
        rule = RULE_SETS[code]
        frame = QFrame()
        frame.setObjectName(f"rule_{code}")
        grid = QGridLayout(frame)
        title = QLabel(label(rule.label))
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold;")
        grid.addWidget(title, 0, 0, 1, 2)
        unit = QLabel(self.tr("Starts at, in {unit}:").format(unit=label(MEASURE_UNITS[rule.measure])))
        unit.setWordWrap(True)
        unit.setStyleSheet(HINT_STYLE)
        grid.addWidget(unit, 1, 0, 1, 2)
        grid.addWidget(QLabel(label(KOLEK_CLASSES[rule.classes[0]])), 2, 0)
        below = QLabel()
        grid.addWidget(below, 2, 1)
        spins = []
        for i, name in enumerate(rule.classes[1:], 3):
            caption = QLabel(label(KOLEK_CLASSES[name]))
            caption.setWordWrap(True)
            grid.addWidget(caption, i, 0)
            spin = QSpinBox()
            spin.setRange(0, 10_000)
            spin.setObjectName(f"threshold_{code}_{name}")
            spin.setMaximumWidth(80)
            grid.addWidget(spin, i, 1)
            spins.append(spin)
        spins[0].valueChanged.connect(lambda value: below.setText(self.tr("below {n}").format(n=value)))
        grid.addWidget(self.rules_form.attach(f"thresholds.{code}", spins[0]), len(rule.classes) + 2, 0, 1, 2)
        grid.setRowStretch(len(rule.classes) + 3, 1)
        grid.setColumnStretch(0, 1)
        self.thresholds[code] = spins
        self.rule_frames[code] = frame
        return frame

    def _mark_rule(self) -> None:
        """Frame the rule set in use, so the thresholds that count now stand out."""
        chosen = self.kolek_rule.currentData()
        for code, frame in self.rule_frames.items():
            frame.setStyleSheet(f"QFrame#rule_{code} {{ border: 2px solid #2e7d32; border-radius: 4px; background: #f1f8f1; }}"
                                if code == chosen else f"QFrame#rule_{code} {{ border: 1px solid #cfd4d9; border-radius: 4px; }}")

    def _borrowing_form(self) -> QFormLayout:
        layout = QFormLayout()
        self.overpayment = self.rules_form.add(self.tr("Money paid above what is due"), combo(
            [(code, label(text)) for code, text in OVERPAYMENT_RULES.items()]), "overpayment", layout)
        self.overpayment.setObjectName("overpayment")
        self.overpayment.setMaximumWidth(480)
        self.min_group_class = self.rules_form.add(self.tr("A group borrows from class"), combo(
            self._class_choices(), blank=self.tr("any class, or not assessed")), "min_group_class", layout)
        self.min_group_class.setObjectName("min_group_class")
        self.min_group_class.setMaximumWidth(260)
        self.min_group_age = self.rules_form.add(self.tr("A group borrows when at least"), QSpinBox(),
                                                 "min_group_age_months", layout)
        self.min_group_age.setObjectName("min_group_age")
        self.min_group_age.setRange(0, 600)
        self.min_group_age.setSuffix(" " + self.tr("months old"))
        self.min_group_age.setSpecialValueText(self.tr("any age"))
        self.min_group_age.setMaximumWidth(160)
        return layout

    def _show_lending_rules(self) -> None:
        settings = loan_settings()
        select_value(self.kolek_rule, settings.kolek_rule)
        for code, spins in self.thresholds.items():
            for spin, value in zip(spins, settings.thresholds[code], strict=True):
                spin.setValue(value)
        select_value(self.overpayment, settings.overpayment)
        select_value(self.min_group_class, settings.min_group_class or None)
        self.min_group_age.setValue(settings.min_group_age_months)
        self._mark_rule()

    def save_lending_rules(self) -> None:
        self.rules_form.clear_errors()
        self.rules_saved.clear()
        settings = LoanSettings(
            self.kolek_rule.currentData(),
            {code: tuple(s.value() for s in spins) for code, spins in self.thresholds.items()},
            self.overpayment.currentData(), self.min_group_class.currentData() or "",
            self.min_group_age.value())
        try:
            update_loan_settings(self.actor, settings)
        except DomainError as exc:
            report(self.rules_form, self, exc)
            return
        self.rules_saved.setText(self.tr("Saved. Loans are graded by these rules from now on."))
        bus.changed.emit("settings")

    def _on_changed(self, area: str) -> None:
        if area == "settings":
            self._show_instrument()
        if area in ("settings", "savings", "members"):
            self.products_model.set_rows(list_products())
        if area in ("settings", "loans"):
            self.loan_products_model.set_rows(list_loan_products())

    def load(self) -> None:
        profile = office_profile()
        self.name.setText(profile.name)
        self.address.setText(profile.address)
        self.phone.setText(profile.phone)
        self.prefix.setText(profile.member_number_prefix)
        self._show_logo()
        self.kinds.clear()
        self.kinds.addItems([name for _id, name in group_kinds(False)])
        self.products_model.set_rows(list_products())
        self.loan_products_model.set_rows(list_loan_products())
        self._show_instrument()
        self._show_lending_rules()

    def save(self) -> None:
        self.form.clear_errors()
        profile = OfficeProfile(self.name.text(), self.address.text(), self.phone.text(), self.prefix.text())
        try:
            update_office_profile(self.actor, profile)
        except DomainError as exc:
            report(self.form, self, exc)
            return
        bus.changed.emit("settings")

    def add_kind(self) -> None:
        try:
            add_group_kind(self.actor, self.new_kind.text())
        except DomainError as exc:
            show_refusal(self, exc)
            return
        self.new_kind.clear()
        self.load()
        bus.changed.emit("settings")

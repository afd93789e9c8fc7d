"""The office's settings: its name and address, member numbers, and the kinds of group."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.errors import DomainError
from desktop.groups import add_group_kind, group_kinds
from desktop.labels import SAVINGS_KINDS, WAJIB_PERIODS
from desktop.money import format_amount
from desktop.savings_products import list_products
from desktop.settings import (
    OfficeProfile,
    office_logo,
    office_profile,
    set_office_logo,
    update_office_profile,
)
from ui.bus import bus
from ui.i18n import label
from ui.product_dialog import ProductDialog
from ui.widgets import Column, Form, RowsModel, make_table, push, report, show_refusal

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
        layout = QVBoxLayout(self)
        layout.addWidget(self._office_box(editable))
        row = QHBoxLayout()
        row.addWidget(self._kinds_box(editable))
        row.addWidget(self._products_box(editable), 1)
        layout.addLayout(row)
        layout.addStretch()
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
        self.kinds.setMaximumHeight(140)
        column.addWidget(self.kinds)
        row = QHBoxLayout()
        self.new_kind = QLineEdit()
        self.new_kind.setObjectName("new_kind")
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

    def _on_changed(self, area: str) -> None:
        if area in ("settings", "savings", "members"):
            self.products_model.set_rows(list_products())

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

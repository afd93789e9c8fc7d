"""The form for registering or changing a group."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.errors import DomainError
from desktop.groups import (
    GroupForm,
    PartnerForm,
    create_group,
    group_kinds,
    load_group,
    update_group,
)
from desktop.labels import PARTNER_KINDS, STAGES
from desktop.users import list_mentors
from ui.bus import bus
from ui.i18n import label
from ui.widgets import (
    DateField,
    Form,
    combo,
    dialog_buttons,
    push,
    report,
    select_value,
)


class GroupDialog(QDialog):
    """Edits a plain copy of a group; one operation on Save."""

    def __init__(self, actor: Actor, group_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.group_id = actor, group_id
        self.copy = load_group(group_id) if group_id else GroupForm()
        self.setWindowTitle(self.tr("Change group") if group_id else self.tr("New group"))
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        grid.addWidget(self._identity_box(), 0, 0)
        grid.addWidget(self._address_box(), 0, 1)
        grid.addWidget(self._partners_box(), 1, 0, 1, 2)
        layout.addLayout(grid)
        layout.addWidget(dialog_buttons(self, self.tr("Save")))
        self._fill(self.copy)
        self.name.setFocus()
        self.resize(860, 620)

    def _identity_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Group"))
        form_layout = QFormLayout(box)
        self.form = Form(form_layout)
        self.name = self.form.add(self.tr("Name"), QLineEdit(), "name")
        self.name.setMaxLength(120)
        self.kind = self.form.add(self.tr("Kind"), combo(group_kinds(), blank=""), "kind_id")
        self.formed = self.form.add(self.tr("Date formed"), DateField(), "formed_date")
        mentors = combo(list_mentors(), blank=self.tr("(none yet)"))
        self.mentor = self.form.add(self.tr("Mentor"), mentors, "mentor_id")
        stages = [(code, label(text)) for code, text in STAGES.items()]
        self.stage = self.form.add(self.tr("Stage"), combo(stages), "stage")
        self.activities = self.form.add(self.tr("Business activities"), QLineEdit(), "business_activities")
        self.activities.setMaxLength(300)
        self.activities.setPlaceholderText(self.tr("for example: food stalls, tailoring"))
        self.notes = self.form.add(self.tr("Notes"), QPlainTextEdit(), "notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(60)
        return box

    def _address_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Address"))
        form_layout = QFormLayout(box)
        self.address = self.form.add(self.tr("Street / place"), QLineEdit(), "address", form_layout)
        self.address.setMaxLength(200)
        self.rt = self.form.add(self.tr("RT"), QLineEdit(), "rt", form_layout)
        self.rw = self.form.add(self.tr("RW"), QLineEdit(), "rw", form_layout)
        for field in (self.rt, self.rw):
            field.setMaxLength(3)
            field.setInputMask("")
        self.kelurahan = self.form.add(self.tr("Kelurahan / desa"), QLineEdit(), "kelurahan", form_layout)
        self.kecamatan = self.form.add(self.tr("Kecamatan"), QLineEdit(), "kecamatan", form_layout)
        self.city = self.form.add(self.tr("City / regency"), QLineEdit(), "city", form_layout)
        for field in (self.kelurahan, self.kecamatan, self.city):
            field.setMaxLength(80)
        return box

    def _partners_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Partners"))
        column = QVBoxLayout(box)
        self.partners = QTableWidget(0, 2)
        self.partners.setObjectName("partners")
        self.partners.setHorizontalHeaderLabels([self.tr("Partner"), self.tr("Kind")])
        self.partners.horizontalHeader().setStretchLastSection(True)
        self.partners.setColumnWidth(0, 420)
        self.partners.verticalHeader().setVisible(False)
        self.partners.setMaximumHeight(140)
        column.addWidget(self.partners)
        column.addWidget(self.form.attach("partners", self.partners))
        row = QHBoxLayout()
        row.addWidget(push(self.tr("Add partner"), lambda: self._add_partner(PartnerForm("", "government")), "add_partner"))
        row.addWidget(push(self.tr("Remove partner"), self._remove_partner, "remove_partner"))
        row.addStretch()
        column.addLayout(row)
        return box

    def _add_partner(self, partner: PartnerForm) -> None:
        row = self.partners.rowCount()
        self.partners.insertRow(row)
        self.partners.setItem(row, 0, QTableWidgetItem(partner.name))
        kinds = combo([(code, label(text)) for code, text in PARTNER_KINDS.items()])
        select_value(kinds, partner.kind)
        self.partners.setCellWidget(row, 1, kinds)
        if not partner.name:
            self.partners.setCurrentCell(row, 0)
            self.partners.editItem(self.partners.item(row, 0))

    def _remove_partner(self) -> None:
        row = self.partners.currentRow()
        if row >= 0:
            self.partners.removeRow(row)

    def _fill(self, g: GroupForm) -> None:
        self.name.setText(g.name)
        select_value(self.kind, g.kind_id)
        self.formed.set_value(g.formed_date)
        select_value(self.mentor, g.mentor_id)
        select_value(self.stage, g.stage)
        self.activities.setText(g.business_activities)
        self.notes.setPlainText(g.notes)
        self.address.setText(g.address)
        self.rt.setText(g.rt)
        self.rw.setText(g.rw)
        self.kelurahan.setText(g.kelurahan)
        self.kecamatan.setText(g.kecamatan)
        self.city.setText(g.city)
        for partner in g.partners:
            self._add_partner(partner)

    def _partner_list(self) -> list[PartnerForm]:
        partners = []
        for row in range(self.partners.rowCount()):
            item = self.partners.item(row, 0)
            kinds: QComboBox = self.partners.cellWidget(row, 1)
            partners.append(PartnerForm(item.text() if item else "", kinds.currentData()))
        return partners

    def collect(self) -> GroupForm:
        """The form's values as a plain copy; raises DomainError for an unreadable date."""
        return GroupForm(
            self.name.text(), self.kind.currentData(), self.formed.value(), self.address.text(),
            self.rt.text(), self.rw.text(), self.kelurahan.text(), self.kecamatan.text(),
            self.city.text(), self.activities.text(), self.mentor.currentData(),
            self.stage.currentData(), self.notes.toPlainText(), self._partner_list(),
            self.copy.version,
        )

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            copy = self.collect()
        except DomainError as exc:
            exc.field = "formed_date"
            self.form.show_errors([exc])
            return
        try:
            if self.group_id:
                update_group(self.actor, self.group_id, copy)
            else:
                self.group_id = create_group(self.actor, copy)
        except DomainError as exc:
            report(self.form, self, exc)
            return
        bus.changed.emit("groups")
        super().accept()

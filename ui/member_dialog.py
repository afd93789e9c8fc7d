"""The form for registering a member or correcting their record, with their history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.auth import Actor
from desktop.dates import format_date
from desktop.errors import DomainError
from desktop.groups import group_choices
from desktop.labels import OFFICES, SEXES, WELFARE_LEVELS
from desktop.member_queries import load_member, member_history
from desktop.members import MemberForm, nik_warnings, register_member, update_member
from desktop.nik import parse_nik
from ui.bus import bus
from ui.i18n import label, message
from ui.widgets import (
    WARNING_STYLE,
    Column,
    DateField,
    Form,
    NikField,
    RowsModel,
    combo,
    dialog_buttons,
    make_table,
    nik_hint,
    push,
    report,
    select_value,
)

PHOTO_SIZE = (150, 200)


def photo_bytes(path: str) -> bytes | None:
    """A photo file scaled down to passport size and stored as JPEG (small backups)."""
    image = QImage(path)
    if image.isNull():
        return None
    image = image.scaled(PHOTO_SIZE[0] * 2, PHOTO_SIZE[1] * 2, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)
    return bytes(data.data())


class MemberDialog(QDialog):
    """Edits a plain copy of a member; one operation on Save."""

    def __init__(self, actor: Actor, member_id: int | None = None, group_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.member_id = actor, member_id
        detail = load_member(member_id) if member_id else None
        self.copy = detail.form if detail else MemberForm(group_id=group_id, join_date=dt.date.today())
        self.photo: bytes | None = self.copy.photo
        self.photo_changed = False
        title = self.tr("Member {number}").format(number=detail.number) if detail else self.tr("New member")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        if detail:
            layout.addWidget(self._status_line(detail))
        self.form = Form(QFormLayout())
        grid = QGridLayout()
        grid.addWidget(self._identity_box(), 0, 0)
        grid.addWidget(self._photo_box(), 0, 1)
        grid.addWidget(self._address_box(), 1, 0)
        grid.addWidget(self._household_box(), 1, 1)
        if not detail:
            grid.addWidget(self._membership_box(), 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid)
        if detail:
            layout.addWidget(self._history_box(member_id))
        self.buttons = dialog_buttons(self, self.tr("Save"))
        layout.addWidget(self.buttons)
        self._fill(self.copy)
        self.nik.textChanged.connect(self._nik_typed)
        self.birth_date.edited.connect(self._check_nik_against_form)
        self.sex.currentIndexChanged.connect(self._check_nik_against_form)
        self._nik_typed()
        self.name.setFocus()
        self.resize(940, 660 if detail else 600)

    def _status_line(self, detail) -> QLabel:
        if detail.status == "active":
            text = self.tr("Active member of {group}.").format(group=detail.group_name)
        else:
            text = self.tr("Left the office on {date}: {reason}").format(
                date=format_date(detail.exit_date), reason=detail.exit_reason)
        status = QLabel(text)
        status.setObjectName("status_line")
        status.setStyleSheet("font-weight: bold;")
        return status

    def _identity_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Identity"))
        fl = QFormLayout(box)
        self.name = self.form.add(self.tr("Full name"), QLineEdit(), "name", fl)
        self.name.setMaxLength(100)
        self.nik = self.form.add(self.tr("NIK"), NikField(), "nik", fl)
        self.sex = self.form.add(self.tr("Sex"), combo([(c, label(t)) for c, t in SEXES.items()], blank=""), "sex", fl)
        self.birth_place = self.form.add(self.tr("Birth place"), QLineEdit(), "birth_place", fl)
        self.birth_place.setMaxLength(80)
        self.birth_date = self.form.add(self.tr("Birth date"), DateField(), "birth_date", fl)
        self.phone = self.form.add(self.tr("Phone"), QLineEdit(), "phone", fl)
        self.phone.setMaxLength(20)
        self.occupation = self.form.add(self.tr("Occupation / business"), QLineEdit(), "occupation", fl)
        self.occupation.setMaxLength(100)
        return box

    def _photo_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Photo"))
        column = QVBoxLayout(box)
        self.photo_label = QLabel()
        self.photo_label.setFixedSize(*PHOTO_SIZE)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setStyleSheet("border: 1px solid #999; background: #f4f4f4; color: #777;")
        column.addWidget(self.photo_label, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addWidget(push(self.tr("Choose…"), self._choose_photo, "choose_photo"))
        row.addWidget(push(self.tr("Remove"), self._remove_photo, "remove_photo"))
        column.addLayout(row)
        column.addStretch()
        return box

    def _address_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Address"))
        fl = QFormLayout(box)
        self.address = self.form.add(self.tr("Street / place"), QLineEdit(), "address", fl)
        self.address.setMaxLength(200)
        self.rt = self.form.add(self.tr("RT"), QLineEdit(), "rt", fl)
        self.rw = self.form.add(self.tr("RW"), QLineEdit(), "rw", fl)
        self.rt.setMaxLength(3)
        self.rw.setMaxLength(3)
        self.kelurahan = self.form.add(self.tr("Kelurahan / desa"), QLineEdit(), "kelurahan", fl)
        self.kelurahan.setMaxLength(80)
        return box

    def _household_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Household and welfare"))
        fl = QFormLayout(box)
        self.kk = self.form.add(self.tr("KK number"), NikField(), "kk_number", fl)
        self.household_size = self.form.add(self.tr("Household size"), QSpinBox(), "household_size", fl)
        self.household_size.setRange(0, 30)
        self.household_size.setSpecialValueText(self.tr("unknown"))
        levels = [(c, label(t)) for c, t in WELFARE_LEVELS.items()]
        self.welfare = self.form.add(self.tr("Welfare level"), combo(levels, blank=self.tr("unknown")), "welfare_level", fl)
        self.welfare_source = self.form.add(self.tr("Source of the data"), QLineEdit(), "welfare_source", fl)
        self.welfare_source.setMaxLength(100)
        self.welfare_source.setPlaceholderText(self.tr("for example: BKKBN family survey 2025"))
        self.welfare_date = self.form.add(self.tr("Date of the data"), DateField(), "welfare_date", fl)
        return box

    def _membership_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Membership"))
        fl = QFormLayout(box)
        self.group = self.form.add(self.tr("Group"), combo(group_choices(), blank=""), "group_id", fl)
        self.join_date = self.form.add(self.tr("Join date"), DateField(), "join_date", fl)
        return box

    def _history_box(self, member_id: int) -> QGroupBox:
        box = QGroupBox(self.tr("History"))
        column = QVBoxLayout(box)
        model = RowsModel([
            Column(self.tr("From"), lambda h: format_date(h.start), lambda h: h.start, 90),
            Column(self.tr("Until"), lambda h: format_date(h.end) or self.tr("now"), lambda h: h.end or dt.date.max, 90),
            Column(self.tr("Group"), lambda h: h.group, width=200),
            Column(self.tr("What"), self._history_text, width=260),
        ], self)
        model.set_rows(member_history(member_id))
        table = make_table(model, "history")
        table.setMaximumHeight(150)
        column.addWidget(table)
        return box

    def _history_text(self, h) -> str:
        if h.what == "office":
            return label(OFFICES.get(h.detail, h.detail))
        if h.detail == "moved":
            return self.tr("Member (moved on)")
        if h.detail == "exited":
            return self.tr("Member (left the office)")
        return self.tr("Member")

    def _fill(self, m: MemberForm) -> None:
        self.name.setText(m.name)
        self.nik.setText(m.nik)
        select_value(self.sex, m.sex or None)
        self.birth_place.setText(m.birth_place)
        self.birth_date.set_value(m.birth_date)
        self.phone.setText(m.phone)
        self.occupation.setText(m.occupation)
        self.address.setText(m.address)
        self.rt.setText(m.rt)
        self.rw.setText(m.rw)
        self.kelurahan.setText(m.kelurahan)
        self.kk.setText(m.kk_number)
        self.household_size.setValue(m.household_size or 0)
        select_value(self.welfare, m.welfare_level or None)
        self.welfare_source.setText(m.welfare_source)
        self.welfare_date.set_value(m.welfare_date)
        if self.member_id is None:
            select_value(self.group, m.group_id)
            self.join_date.set_value(m.join_date)
        self._show_photo()

    def _show_photo(self) -> None:
        if self.photo:
            pixmap = QPixmap()
            pixmap.loadFromData(self.photo)
            self.photo_label.setPixmap(pixmap.scaled(*PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                                                     Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(self.tr("No photo"))

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), "",
                                              self.tr("Images (*.jpg *.jpeg *.png *.bmp)"))
        if not path:
            return
        data = photo_bytes(path)
        if data is None:
            self.photo_label.setText(self.tr("Not an image"))
            return
        self.photo, self.photo_changed = data, True
        self._show_photo()

    def _remove_photo(self) -> None:
        self.photo, self.photo_changed = b"", True
        self._show_photo()

    def _nik_typed(self) -> None:
        text, style = nik_hint(self.nik.text())
        self.form.show_note("nik", text, style)
        try:
            info = parse_nik(self.nik.text())
        except DomainError:
            return
        # Offer what the NIK encodes when those fields are still empty.
        if self.sex.currentData() is None:
            select_value(self.sex, info.sex)
        if not self.birth_date.edit.text().strip():
            self.birth_date.set_value(info.birth_date)
        self._check_nik_against_form()

    def _check_nik_against_form(self) -> None:
        for name in ("birth_date", "sex"):
            if self.form.note(name).styleSheet() == WARNING_STYLE:
                self.form.show_note(name, "")
        try:
            form = self.collect()
        except DomainError:
            return
        for warning in nik_warnings(form):
            self.form.show_note(warning.field, message(warning), WARNING_STYLE)

    def _date(self, field: DateField, name: str):
        try:
            return field.value()
        except DomainError as exc:
            exc.field = name
            raise

    def collect(self) -> MemberForm:
        """The form's values as a plain copy; raises DomainError (with its field) for an
        unreadable date."""
        size = self.household_size.value() or None
        new = self.member_id is None
        return MemberForm(
            self.name.text(), self.nik.text(), self.kk.text(), self.sex.currentData() or "",
            self.birth_place.text(), self._date(self.birth_date, "birth_date"), self.address.text(),
            self.rt.text(), self.rw.text(), self.kelurahan.text(), self.phone.text(),
            self.occupation.text(), size, self.welfare.currentData() or "",
            self.welfare_source.text(), self._date(self.welfare_date, "welfare_date"),
            self.group.currentData() if new else self.copy.group_id,
            self._date(self.join_date, "join_date") if new else self.copy.join_date,
            self.photo if (self.photo_changed or new) else None, self.copy.version,
        )

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            copy = self.collect()
            if self.member_id:
                update_member(self.actor, self.member_id, copy)
            else:
                self.member_id = register_member(self.actor, copy)
        except DomainError as exc:
            report(self.form, self, exc)
            return
        bus.changed.emit("members")
        super().accept()

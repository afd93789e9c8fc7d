"""Bad input typed or pasted into the main forms, as the office's users would: each refusal
shows beside its field (or in a message box), the form stays open and the books are unchanged;
an odd but good value (a name in Arabic, a note that looks like SQL) is saved as typed. One-line
fields stop at the length the books keep."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from db.connection import close_database
from desktop.groups import group_kinds
from desktop.savings_queries import member_savings
from desktop.users import list_users
from tests.desktop.test_bad_input import (
    MARKED,
    VALUES,
    Kept,
    Line,
    Notes,
    Password,
    digest,
    open_copy,
    role_actors,
    times_found,
    world_books,
)
from tests.ui.conftest import when_modal
from ui.capital_dialogs import PoolDialog, ReceiveCapitalDialog, SourceDialog
from ui.group_dialog import GroupDialog
from ui.member_dialog import MemberDialog
from ui.savings_dialogs import PostingDialog
from ui.session_dialog import ProgramDialog, SessionDialog
from ui.settings_page import SettingsPage
from ui.users_page import PasswordDialog, UserDialog
from ui.visit_dialog import VisitDialog
from ui.welfare_dialog import SurveyDialog
from ui.widgets import select_value

TYPED = {label: VALUES[label] for label in (
    "10,000 characters", "NUL", "terminal colour codes", "right-to-left override", "line break",
    "tab", "SQL drop", "SQL delete", "format marks", "Cyrillic", "Chinese", "Arabic", "emoji",
    "digits as text")}

_serial = count(1)


@dataclass
class Case:
    """A form: how to open it filled in (but for the field tried), and its text fields: the
    attribute of each, the length it keeps (None for notes of several lines) and its rule."""

    name: str
    role: str
    open: Callable[[Any, Any], QWidget]
    fields: dict[str, tuple[str, int | None, Any]]
    save: str = "ok"
    in_place: bool = False  # saving changes the same record, so a value may be kept already


def _member(w, actor):
    dialog = MemberDialog(actor, group_id=w.group)
    dialog.name.setText(f"Wati Susanti {next(_serial)}")
    select_value(dialog.sex, "P")
    select_value(dialog.welfare, "KS1")  # so that the household, and its source, is kept
    dialog.join_date.set_value(dt.date(2022, 3, 1))
    return dialog


def _group(w, actor):
    dialog = GroupDialog(actor)
    dialog.name.setText("KUBE Anggrek")
    dialog.kind.setCurrentIndex(dialog.kind.findText("KUBE"))
    dialog.kelurahan.setText("Kalibaru")
    return dialog


def _user(w, actor):
    dialog = UserDialog(actor)
    dialog.username.setText(f"kasir{next(_serial)}")
    dialog.full_name.setText("Yanti Kasir")
    select_value(dialog.role, "treasurer")
    dialog.password.setText("kasir2026")
    return dialog


def _password(w, actor):
    return PasswordDialog(actor, next(u for u in list_users() if u.id == w.secretary_user))


def _deposit(w, actor):
    dialog = PostingDialog(actor, member_savings(w.siti), w.sukarela, False, w.settings)
    dialog.amount.setText("25.000")
    dialog.print_receipt.setChecked(False)
    return dialog


def _source(w, actor):
    dialog = SourceDialog(actor)
    dialog.name.setText("CSR Bank Daerah")
    return dialog


def _pool(w, actor):
    dialog = PoolDialog(actor)
    dialog.name.setText(f"Dana CSR {next(_serial)}")
    return dialog


def _receive(w, actor):
    dialog = ReceiveCapitalDialog(actor, w.pool)
    dialog.amount.setText("1.000.000")
    return dialog


def _program(w, actor):
    dialog = ProgramDialog(actor)
    dialog.name.setText(f"Sekolah Lapang {next(_serial)}")
    return dialog


def _session(w, actor):
    dialog = SessionDialog(actor, group_id=w.group)
    dialog.topic.setText("Pemasaran")
    return dialog


def _visit(w, actor):
    return VisitDialog(actor, group_id=w.group)


def _survey(w, actor):
    dialog = SurveyDialog(actor, group_id=w.group)
    dialog.member.setCurrentIndex(dialog.member.findData(w.siti))
    dialog.level.setCurrentIndex(dialog.level.findData("KS2"))
    return dialog


@dataclass(frozen=True)
class Digits:
    """Digits only, *low* to *high* of them (an RT, a phone number), kept as typed."""

    low: int
    high: int

    def expect(self, typed: str, label: str):
        plain = typed.replace(" ", "").replace("-", "")
        if plain.isascii() and plain.isdigit() and self.low <= len(plain) <= self.high:
            return Kept(typed)
        return "refused"


@dataclass(frozen=True)
class Username:
    """3 to 30 of a-z, 0-9, dot, dash and underscore; kept in small letters."""

    def expect(self, typed: str, label: str):
        name = typed.strip().lower()
        return Kept(name) if re.fullmatch(r"[a-z0-9._-]{3,30}", name) else "refused"


RT = Digits(1, 3)
PHONE = Digits(8, 15)

CASES = [
    Case("member", "secretary", _member, {
        "name": ("name", 100, Line(100, required=True)), "birth_place": ("birth_place", 80, Line(80)),
        "phone": ("phone", 20, PHONE), "occupation": ("occupation", 100, Line(100)),
        "address": ("address", 200, Line(200)), "rt": ("rt", 3, RT), "rw": ("rw", 3, RT),
        "kelurahan": ("kelurahan", 80, Line(80)), "welfare_source": ("welfare_source", 100, Line(100))}),
    Case("group", "secretary", _group, {
        "name": ("name", 120, Line(120, required=True)),
        "business_activities": ("activities", 300, Line(300)), "notes": ("notes", None, Notes()),
        "address": ("address", 200, Line(200)), "rt": ("rt", 3, RT),
        "kelurahan": ("kelurahan", 80, Line(80, required=True)), "kecamatan": ("kecamatan", 80, Line(80)),
        "city": ("city", 80, Line(80))}),
    Case("user", "administrator", _user, {
        "username": ("username", 30, Username()),
        "full_name": ("full_name", 100, Line(100, required=True)), "password": ("password", 128, Password())}),
    Case("password", "administrator", _password, {"password": ("password", 128, Password())}),
    Case("deposit", "treasurer", _deposit, {"note": ("note", 200, Line(200))}),
    Case("capital source", "administrator", _source, {
        "name": ("name", 120, Line(120, required=True)), "notes": ("notes", 200, Line(200))}),
    Case("pool", "administrator", _pool, {"notes": ("notes", 200, Line(200))}),
    Case("capital received", "administrator", _receive, {"note": ("note", 200, Line(200))}),
    Case("program", "secretary", _program, {"description": ("description", None, Notes())}),
    Case("session", "secretary", _session, {
        "topic": ("topic", 200, Line(200, required=True)), "place": ("place", 200, Line(200)),
        "facilitator": ("facilitator", 120, Line(120)), "notes": ("notes", None, Notes())}),
    Case("visit", "mentor", _visit, {"met": ("met", 300, Line(300)), "notes": ("notes", None, Notes())}),
    Case("welfare survey", "secretary", _survey, {"notes": ("notes", 300, Line(300))}),
    Case("office profile", "administrator", lambda w, actor: SettingsPage(actor), {
        "name": ("name", 120, Line(120, required=True)), "address": ("address", 200, Line(200)),
        "phone": ("phone", 30, Line(30))}, save="save_settings", in_place=True),
]


def enter(qtbot, widget: QWidget, value: str) -> None:
    """Type a short plain text: key by key in Latin letters, through the input method in other
    scripts (as a keyboard for Arabic or Chinese sends it); paste anything else, as it would
    arrive."""
    widget.setFocus()
    widget.clear()
    if not value.isprintable() or len(value) > 60:
        QApplication.clipboard().setText(value)
        widget.paste()
    elif value.isascii():
        qtbot.keyClicks(widget, value)
    else:
        event = QInputMethodEvent()
        event.setCommitString(value)
        QApplication.sendEvent(widget, event)


def text_of(widget: QWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


@pytest.fixture(scope="module")
def office_file(template_books: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """The books of tests/desktop/test_bad_input.py, built once for this module."""
    return world_books(template_books, tmp_path_factory.mktemp("office"))


@pytest.fixture
def office(office_file, tmp_path: Path):
    """A fresh copy of those books, and the PC's own settings kept in a file of the test."""
    path, ids = office_file
    open_copy(path, tmp_path)
    settings = QSettings(str(tmp_path / "berdaya.ini"), QSettings.Format.IniFormat)
    yield SimpleNamespace(**ids, actors=role_actors(), settings=settings)
    close_database()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_one_line_fields_keep_the_length_the_books_keep(qtbot, office, english, case):
    form = case.open(office, office.actors[case.role])
    qtbot.addWidget(form)
    for name, (attribute, limit, _kind) in case.fields.items():
        widget = getattr(form, attribute)
        assert widget is form.form.fields[name][0]
        if limit is None:
            assert isinstance(widget, QPlainTextEdit)
        else:
            assert (name, widget.maxLength()) == (name, limit)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_typed_bad_input_is_refused_beside_its_field_and_good_input_saved(qtbot, office, english, case):
    problems, outcomes = [], set()
    for name, (attribute, _limit, kind) in case.fields.items():
        for label, value in TYPED.items():
            problems += _try(qtbot, office, case, name, attribute, kind, label, value, outcomes)
    assert problems == []
    assert outcomes == {"refused", "saved"}  # the form was seen to do both


BOXES: list[str] = []  # the text of every message box shown, whichever poll closed it


def _record_box(box: QMessageBox) -> None:
    BOXES.append(box.text())
    box.done(0)


def _try(qtbot, w, case: Case, name: str, attribute: str, kind, label: str, value: str,
         outcomes: set[str]) -> list[str]:
    form = case.open(w, w.actors[case.role])
    qtbot.addWidget(form)
    form.show()
    widget = getattr(form, attribute)
    enter(qtbot, widget, value)
    typed = text_of(widget)
    expected = kind.expect(typed, label)
    before = digest()
    kept_before = times_found(expected.text, expected.inside) if isinstance(expected, Kept) else 0
    shown = len(BOXES)
    when_modal(_record_box, QMessageBox, tries=25)
    qtbot.mouseClick(form.findChild(QPushButton, case.save), Qt.MouseButton.LeftButton)
    boxes = BOXES[shown:]
    where = f"{case.name} / {name} / {label}"
    note = form.form.note(name)
    beside = note.text() if note.isVisible() else ""
    stays = form.isVisible()
    form.close()
    outcomes.add("refused" if expected == "refused" else "saved")
    if expected == "refused":
        problems = []
        if not (beside or boxes):
            problems.append("no message shown")
        if beside and (beside not in MARKED and not any(beside.startswith(m.split("{")[0]) for m in MARKED)):
            problems.append(f"the message beside the field is not one of the program's: {beside!r}")
        if case.save == "ok" and not stays:
            problems.append("the form closed")
        if digest() != before:
            problems.append("the books changed")
        return [f"{where}: {p}" for p in problems]
    if beside or boxes or (case.save == "ok" and stays):
        return [f"{where}: refused ({beside or boxes}), expected saved as {typed!r}"]
    found = times_found(expected.text, expected.inside) if isinstance(expected, Kept) else 1
    if not found or (found <= kept_before and not case.in_place):
        return [f"{where}: {expected.text!r} is not found in the books"]
    return []


def test_a_new_group_kind_with_control_characters_is_refused_in_a_message_box(qtbot, office, english):
    page = SettingsPage(office.actors["administrator"])
    qtbot.addWidget(page)
    page.show()
    assert page.new_kind.maxLength() == 100
    shown = len(BOXES)
    when_modal(_record_box, QMessageBox)
    enter(qtbot, page.new_kind, "Kelompok\x1b[31m Tani")
    before = digest()
    qtbot.mouseClick(page.findChild(QPushButton, "add_kind"), Qt.MouseButton.LeftButton)
    assert BOXES[shown:] == ["The text holds hidden characters. Type it again."]
    assert digest() == before
    enter(qtbot, page.new_kind, "Kelompok Wanita Tani محمد")
    qtbot.mouseClick(page.findChild(QPushButton, "add_kind"), Qt.MouseButton.LeftButton)
    assert page.new_kind.text() == ""
    assert "Kelompok Wanita Tani محمد" in [name for _id, name in group_kinds()]


def test_absurd_amounts_typed_are_refused_beside_the_amount(qtbot, office, english):
    actor = office.actors["treasurer"]
    shown = {}
    for typed in ("1,5", "0", "999.999.999.999.999", "Rp 10.000.000.001"):
        dialog = _deposit(office, actor)
        qtbot.addWidget(dialog)
        dialog.show()
        enter(qtbot, dialog.amount, typed)
        before = digest()
        qtbot.mouseClick(dialog.findChild(QPushButton, "ok"), Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and digest() == before
        shown[typed] = dialog.form.note("amount").text()
        dialog.close()
    assert shown == {
        "1,5": "Write the amount in whole rupiah, for example 1.250.000.",
        "0": "Enter an amount above zero, in whole rupiah.",
        "999.999.999.999.999": "The amount is too large for one posting; check the figures.",
        "Rp 10.000.000.001": "The amount is too large for one posting; check the figures.",
    }

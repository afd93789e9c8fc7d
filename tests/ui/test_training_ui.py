"""The sessions tab driven as a secretary or mentor would: a session planned in its dialog, the
attendance typed on the grid with the keyboard alone, cards scanned at the door, the daftar
hadir printed, the rates and a program's matrix read; and what the treasurer and the chair may
not do."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget

from db.models import Member
from desktop.training import (
    AttendanceMark,
    ProgramForm,
    SessionForm,
    attendance_list,
    create_program,
    create_session,
    delete_session,
    load_session,
    save_attendance,
)
from tests.desktop.helpers import new_group, new_member, pdf_pages
from tests.ui.conftest import when_modal
from ui import attendance_grid, paper_dialogs, sessions_tab
from ui.attendance_grid import FLASH, NOTE, STATUS, AttendanceModel
from ui.session_dialog import ProgramDialog, SessionDialog
from ui.sessions_tab import SessionsTab

Key = Qt.Key
DAY = dt.date(2025, 2, 10)


def number(member_id: int) -> str:
    return Member.get_by_id(member_id).number


@pytest.fixture
def office(actors):
    """KUBE Melati (Ani, Budi, Citra) and KUBE Mawar (Dewi); a program of four sessions; the
    first, a training on 10/02/2025 from 09:00, invites Melati."""
    sec = actors["secretary"]
    melati = new_group(sec, "KUBE Melati")
    mawar = new_group(sec, "KUBE Mawar")
    ani = new_member(sec, melati, "Ani Lestari")
    budi = new_member(sec, melati, "Budi Santoso", sex="L")
    citra = new_member(sec, melati, "Citra Dewi")
    dewi = new_member(sec, mawar, "Dewi Sartika")
    program = create_program(sec, ProgramForm("Sekolah Usaha Perempuan", 4))
    training = create_session(sec, SessionForm("training", "Pembukuan sederhana", DAY, "09:00", "12:00",
                                               "Balai RW 05", "Ibu Rina", program, None, [melati]))
    return dict(melati=melati, mawar=mawar, ani=ani, budi=budi, citra=citra, dewi=dewi,
                program=program, training=training)


@pytest.fixture
def open_tab(qtbot, english):
    """A function that shows the sessions tab for an actor, as its own active window."""

    def show(actor) -> SessionsTab:
        tab = SessionsTab(actor)
        qtbot.addWidget(tab)
        tab.resize(1300, 720)
        tab.show()
        qtbot.waitExposed(tab)
        tab.activateWindow()  # the keyboard shortcuts work in the active window only
        qtbot.waitUntil(tab.isActiveWindow)
        return tab

    return show


@pytest.fixture
def answers(monkeypatch):
    """Questions answered yes, and refusals kept instead of shown in a message box."""
    refusals = []
    for module in (sessions_tab, attendance_grid):
        monkeypatch.setattr(module, "confirm", lambda *args: True)
        monkeypatch.setattr(module, "show_refusal", lambda parent, exc: refusals.append(str(exc)))
    return refusals


def choose(tab: SessionsTab, session_id: int) -> None:
    row = next(i for i, r in enumerate(tab.model.rows) if r.id == session_id)
    tab.table.setCurrentIndex(tab.model.index(row, 0))


def press(qtbot, tab, *keys):
    """Keys typed on the grid, or into its open editor; a string is typed letter by letter."""
    grid = tab.panel.grid
    for key in keys:
        for one in (key if isinstance(key, str) else [key]):
            qtbot.keyClick(grid.delegate.editor or grid, one)


def at(tab):
    index = tab.panel.grid.currentIndex()
    return index.row(), index.column()


def stored(session_id):
    return [(line.name, line.status, line.note) for line in attendance_list(session_id)]


def test_the_grid_is_typed_with_the_keyboard_and_saved(qtbot, actors, office, open_tab):
    tab = open_tab(actors["mentor"])
    assert [r.topic for r in tab.model.rows] == ["Pembukuan sederhana"]
    assert tab.model.index(0, 2).data() == "not taken"
    choose(tab, office["training"])
    panel = tab.panel
    assert "Pembukuan sederhana" in panel.title.text() and "Sekolah Usaha Perempuan, session 1" in panel.title.text()
    assert [panel.model.index(r, 1).data() for r in range(3)] == ["Ani Lestari", "Budi Santoso", "Citra Dewi"]
    panel.grid.setFocus()
    assert at(tab) == (0, STATUS)
    # The roll call goes down the column, one letter a member.
    press(qtbot, tab, "h", "t")
    assert at(tab) == (2, STATUS)
    press(qtbot, tab, "i")
    assert [panel.model.index(r, STATUS).data() for r in range(3)] == ["Present", "Late", "Excused"]
    assert panel.counts.text() == ("Came 2 of 3 · present 1 · late 1 · excused 1 · absent 0 · "
                                   "not marked 0 · 3 change(s) not saved")
    # Tab goes to the note; a typed note is kept with Enter, which goes down.
    panel.grid.setCurrentIndex(panel.model.index(2, STATUS))
    press(qtbot, tab, Key.Key_Tab)
    assert at(tab) == (2, NOTE)
    press(qtbot, tab, "sakit", Key.Key_Return)
    assert panel.model.index(2, NOTE).data() == "sakit" and panel.grid.delegate.editor is None
    # Shift+Tab back to the mark; A corrects it; Delete clears Budi's.
    press(qtbot, tab, Qt.Key.Key_Backtab)
    assert at(tab) == (2, STATUS)
    press(qtbot, tab, "a")
    panel.grid.setCurrentIndex(panel.model.index(1, STATUS))
    press(qtbot, tab, Key.Key_Delete)
    assert panel.model.index(1, STATUS).data() == "—"
    assert stored(office["training"]) == [("Ani Lestari", "", ""), ("Budi Santoso", "", ""), ("Citra Dewi", "", "")]
    assert panel.save_button.isEnabled()
    qtbot.keyClick(panel.grid, Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(office["training"]) == [
        ("Ani Lestari", "present", ""), ("Budi Santoso", "", ""), ("Citra Dewi", "absent", "sakit")]
    assert panel.feedback.text() == "Saved: 2 mark(s) changed."
    assert not panel.model.dirty and not panel.save_button.isEnabled()
    # The list shows who came; the session can no longer be deleted.
    assert tab.model.index(0, 2).data() == "1 of 3 came · 1 not marked"
    assert not tab.delete_button.isEnabled()
    # All present marks only those not marked yet; saved with the button.
    qtbot.mouseClick(panel.all_present_button, Qt.MouseButton.LeftButton)
    assert [panel.model.index(r, STATUS).data() for r in range(3)] == ["Present", "Present", "Absent"]
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert [status for _n, status, _note in stored(office["training"])] == ["present", "present", "absent"]
    assert not panel.all_present_button.isEnabled()


def test_leaving_typed_marks_asks_first(qtbot, actors, office, open_tab, monkeypatch):
    sec = actors["secretary"]
    other = create_session(sec, SessionForm("meeting", "Rapat bulanan", DAY, group_ids=[office["mawar"]]))
    tab = open_tab(sec)
    choose(tab, office["training"])
    tab.panel.grid.setFocus()
    press(qtbot, tab, "h")
    asked = []
    monkeypatch.setattr(attendance_grid, "confirm", lambda *args: asked.append(args[2]) or False)
    choose(tab, other)
    assert tab.panel.session_id == office["training"] and tab.panel.model.dirty
    assert tab.model.rows[tab.table.currentIndex().row()].id == office["training"]
    assert asked == ["The attendance of Pembukuan sederhana on 10/02/2025 has changes that are not saved. Leave them?"]
    monkeypatch.setattr(attendance_grid, "confirm", lambda *args: True)
    choose(tab, other)
    assert tab.panel.session_id == other and not tab.panel.model.dirty
    assert [line.name for line in tab.panel.model.lines] == ["Dewi Sartika"]


def test_cards_are_scanned_at_the_door(qtbot, actors, office, open_tab):
    tab = open_tab(actors["secretary"])
    choose(tab, office["training"])
    panel = tab.panel
    panel.clock = lambda: dt.datetime(2025, 2, 10, 9, 10)
    qtbot.keyClick(panel.grid, Key.Key_F4)
    assert tab.window().focusWidget() is panel.scan

    def scan(text: str) -> str:
        qtbot.keyClicks(panel.scan, text)
        qtbot.keyClick(panel.scan, Key.Key_Return)
        return panel.feedback.text()

    assert scan(number(office["budi"])) == "Budi Santoso — present"
    assert panel.scan.text() == "" and tab.window().focusWidget() is panel.scan
    assert at(tab) == (1, STATUS)
    assert panel.model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole).color() == FLASH
    assert panel.model.index(1, 6).data() == "card 09:10"
    qtbot.waitUntil(lambda: panel.model.flashed is None, timeout=3000)
    # Twenty minutes after the start is more than fifteen: late.
    panel.clock = lambda: dt.datetime(2025, 2, 10, 9, 20)
    assert scan(number(office["ani"]).lower()) == "Ani Lestari — late"
    assert "#1e7b34" in panel.feedback.styleSheet()
    assert scan(number(office["budi"])) == "Budi Santoso — already marked present (09:10); the mark is kept."
    assert "#9a5b00" in panel.feedback.styleSheet()
    assert scan("AG999999") == "No member has the number AG999999. Check the card, or type the number again."
    assert "#b00020" in panel.feedback.styleSheet()
    assert scan(number(office["dewi"])) == (
        f"Dewi Sartika ({number(office['dewi'])}) of KUBE Mawar is not on the list of this session: "
        "the group was not invited, or the member was not in it on that day.")
    assert stored(office["training"]) == [
        ("Ani Lestari", "late", ""), ("Budi Santoso", "present", ""), ("Citra Dewi", "", "")]
    assert panel.counts.text() == "Came 2 of 3 · present 1 · late 1 · excused 0 · absent 0 · not marked 1"
    assert tab.model.index(0, 2).data() == "2 of 3 came · 1 not marked"


def test_a_scan_keeps_marks_typed_and_not_saved(qtbot, actors, office, open_tab):
    tab = open_tab(actors["secretary"])
    choose(tab, office["training"])
    panel = tab.panel
    panel.clock = lambda: dt.datetime(2025, 2, 10, 9, 0)
    panel.grid.setFocus()
    press(qtbot, tab, Key.Key_Return, Key.Key_Return, "i")  # Citra excused, not saved
    qtbot.keyClicks(panel.scan, number(office["ani"]))
    qtbot.keyClick(panel.scan, Key.Key_Return)
    assert [panel.model.index(r, STATUS).data() for r in range(3)] == ["Present", "—", "Excused"]
    assert panel.model.dirty


def test_a_session_is_planned_in_its_dialog(qtbot, actors, office, open_tab):
    tab = open_tab(actors["mentor"])
    seen = {}

    def fill(dialog: SessionDialog) -> None:
        seen["next"] = dialog.seq.placeholderText()
        dialog.topic.setText("Menghitung harga pokok")
        dialog.on.edit.setText("24/02/2025")
        dialog.starts_at.setText("13.00")
        dialog.ends_at.setText("12:00")
        dialog.accept()  # refused: no group, and it ends before it starts
        seen["errors"] = {name: note.text() for name, (_w, note) in dialog.form.fields.items() if note.isVisible()}
        dialog.ends_at.setText("15:30")
        dialog.find.setText("maw")
        groups: QListWidget = dialog.groups
        seen["shown"] = [groups.item(i).text() for i in range(groups.count()) if not groups.item(i).isHidden()]
        groups.item(0).setCheckState(Qt.CheckState.Checked)  # KUBE Mawar
        seen["count"] = dialog.group_count.text()
        dialog.accept()

    tab.program.setCurrentIndex(tab.program.findData(office["program"]))
    when_modal(fill, SessionDialog)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert seen["next"] == "next: 2"
    assert seen["errors"] == {"ends_at": "The session must end after it starts.",
                              "group_ids": "Invite at least one group."}
    assert seen["shown"] == ["KUBE Mawar"]
    assert seen["count"] == "1 group(s) invited. Their members on the session's day make its list."
    new = tab.panel.session_id
    form = load_session(new)
    assert (form.topic, form.on, form.starts_at, form.ends_at, form.program_id, form.program_seq,
            form.group_ids) == ("Menghitung harga pokok", dt.date(2025, 2, 24), "13:00", "15:30",
                                office["program"], 2, [office["mawar"]])
    assert [line.name for line in tab.panel.model.lines] == ["Dewi Sartika"]


def test_a_program_is_made_and_a_session_without_marks_deleted(qtbot, actors, office, open_tab, answers):
    tab = open_tab(actors["secretary"])

    def fill(dialog: ProgramDialog) -> None:
        dialog.name.setText("Pelatihan Pemasaran")
        dialog.planned.setValue(6)
        dialog.accept()

    when_modal(fill, ProgramDialog)
    qtbot.mouseClick(tab.new_program_button, Qt.MouseButton.LeftButton)
    assert tab.program.currentText() == "Pelatihan Pemasaran · 0 of 6 held"
    assert tab.change_program_button.isEnabled()
    assert tab.model.rowCount() == 0  # the new program has no sessions yet
    assert [tab.program.itemText(i) for i in range(tab.program.count())] == [
        "All programs", "Pelatihan Pemasaran · 0 of 6 held", "Sekolah Usaha Perempuan · 1 of 4 held"]
    tab.program.setCurrentIndex(0)
    choose(tab, office["training"])
    assert tab.delete_button.isEnabled()
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 0 and tab.panel.session_id is None and answers == []


def test_the_attendance_sheet_is_printed(qtbot, actors, office, open_tab, monkeypatch):
    printed = []
    monkeypatch.setattr(paper_dialogs, "show_pdf", lambda parent, path, title: printed.append(path))
    save_attendance(actors["secretary"], office["training"], [AttendanceMark(office["ani"], "present")])
    tab = open_tab(actors["chair"])  # anyone may print
    choose(tab, office["training"])
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=10_000)
    text = " ".join(" ".join(pdf_pages(printed[0])).split())
    assert "DAFTAR HADIR" in text and "Budi Santoso" in text and "Jumlah hadir: 1 dari 3 anggota" in text


def test_what_the_treasurer_and_the_chair_may_not_do(qtbot, actors, office, open_tab):
    for role in ("treasurer", "chair"):
        tab = open_tab(actors[role])
        choose(tab, office["training"])
        panel = tab.panel
        hidden = (tab.new_button, tab.change_button, tab.delete_button, tab.new_program_button,
                  tab.change_program_button, panel.scan, panel.save_button, panel.all_present_button)
        assert not any(widget.isVisible() for widget in hidden)
        assert "may look at attendance but not record it" in panel.title.text()
        panel.grid.setFocus()
        press(qtbot, tab, "h", Key.Key_Delete)
        assert panel.model.index(0, STATUS).data() == "—" and not panel.model.dirty
        qtbot.keyClick(panel.grid, Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(panel.grid, Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert tab.print_button.isVisible() and tab.print_button.isEnabled()
    assert stored(office["training"])[0][1] == ""
    mentor = open_tab(actors["mentor"])
    choose(mentor, office["training"])
    assert all(w.isVisible() for w in (mentor.new_button, mentor.panel.scan, mentor.panel.save_button))


def test_a_future_session_takes_no_attendance_yet(qtbot, actors, office, open_tab):
    later = create_session(actors["secretary"], SessionForm(
        "socialisation", "Program baru", dt.date.today() + dt.timedelta(days=5), group_ids=[office["melati"]]))
    tab = open_tab(actors["secretary"])
    tab.when.setCurrentIndex(tab.when.findData("upcoming"))
    assert [r.id for r in tab.model.rows] == [later]
    choose(tab, later)
    panel = tab.panel
    assert "taken on the day of the session or after it" in panel.title.text()
    assert not panel.scan.isEnabled() and not panel.all_present_button.isEnabled()
    panel.grid.setFocus()
    press(qtbot, tab, "h")
    assert not panel.model.dirty


def test_rates_and_the_program_matrix(qtbot, qtmodeltester, actors, office, open_tab):
    """S1 (program session 1): Ani present, Budi late, Citra absent. S2 (program session 2, a
    socialisation): Ani present, Budi absent. Ani 2 of 2, Budi 1 of 2, Citra 0 of 1; the
    program 3 of 5 = 60%."""
    sec = actors["secretary"]
    second = create_session(sec, SessionForm("socialisation", "Pemasaran", dt.date(2025, 3, 10),
                                             program_id=office["program"], group_ids=[office["melati"]]))
    save_attendance(sec, office["training"], [AttendanceMark(office["ani"], "present"),
                                              AttendanceMark(office["budi"], "late"),
                                              AttendanceMark(office["citra"], "absent")])
    save_attendance(sec, second, [AttendanceMark(office["ani"], "present"),
                                  AttendanceMark(office["budi"], "absent")])
    tab = open_tab(sec)
    tab.tabs.setCurrentIndex(1)
    rates = tab.rates
    model = rates.rates_model

    def table(m):
        return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]

    assert [h for h in (model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount()))] == [
        "Member", "Number", "Group", "Rate", "Sessions", "Present", "Late", "Excused", "Absent", "Marked"]
    rows = table(model)
    assert [row[0] for row in rows] == ["Ani Lestari", "Budi Santoso", "Citra Dewi", "All marks"]
    assert [row[3:] for row in rows] == [
        ["100,0%", "2", "2", "0", "0", "0", "2"], ["50,0%", "2", "0", "1", "0", "1", "2"],
        ["0,0%", "1", "0", "0", "0", "1", "1"], ["60,0%", "2", "2", "1", "0", "2", "5"]]
    rates.by.setCurrentIndex(rates.by.findData("kind"))
    assert [(row[0], row[1]) for row in table(model)] == [
        ("Socialisation", "50,0%"), ("Training", "66,7%"), ("All marks", "60,0%")]
    rates.since.edit.setText("01/03/2025")
    rates.since.edit.editingFinished.emit()
    assert [(row[0], row[1]) for row in table(model)] == [("Socialisation", "50,0%"), ("All marks", "50,0%")]
    rates.since.edit.setText("31/02/2025")
    rates.since.edit.editingFinished.emit()
    assert "does not exist" in rates.note.text()
    rates.since.edit.clear()
    rates.since.edit.editingFinished.emit()
    assert rates.matrix_model.rowCount() == 0 and "Choose a program" in rates.matrix_title.text()
    rates.program.setCurrentIndex(rates.program.findData(office["program"]))
    matrix = rates.matrix_model
    assert table(matrix) == [
        ["Ani Lestari (AG000001)", "KUBE Melati", "P", "P", "", "", "2 of 2 · 100,0%"],
        ["Budi Santoso (AG000002)", "KUBE Melati", "L", "A", "", "", "1 of 2 · 50,0%"],
        ["Citra Dewi (AG000003)", "KUBE Melati", "A", "", "", "", "0 of 1 · 0,0%"]]
    assert rates.matrix_title.text() == "Sekolah Usaha Perempuan: 2 session(s) held of 4 · who attended which"
    assert matrix.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Session 2: Pemasaran, 10/03/2025"
    assert matrix.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Session 3: not entered yet"
    assert matrix.index(1, 2).data(Qt.ItemDataRole.ToolTipRole) == "Session 1: Pembukuan sederhana, 10/02/2025\nLate"
    for checked in (matrix, model, tab.model):
        qtmodeltester.check(checked, force_py=True)


def test_the_attendance_model_passes_the_model_tester(qtmodeltester, actors, office):
    model = AttendanceModel()
    model.set_lines(attendance_list(office["training"]), True)
    assert model.setData(model.index(0, STATUS), "late")
    assert not model.setData(model.index(0, STATUS), "sick")
    assert not model.setData(model.index(0, 1), "x")  # the name is not typed
    assert model.setData(model.index(1, NOTE), "  datang  bersama anak ")
    assert [(m.member_id, m.status, m.note) for m in model.changed_marks()] == [
        (office["ani"], "late", ""), (office["budi"], "", "datang bersama anak")]
    assert model.setData(model.index(0, STATUS), "")  # back as stored: no longer a change
    assert len(model.changed_marks()) == 1
    qtmodeltester.check(model, force_py=True)


def test_the_tab_works_inside_the_main_window(qtbot, actors, office, open_window):
    """On the group-development page, among the other pages' shortcuts: F4 scans, Ctrl+S saves."""
    window = open_window(actors["mentor"])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("development")
    page = window.pages["development"]
    page.tabs.setCurrentWidget(page.sessions)
    tab = page.sessions
    assert [r.id for r in tab.model.rows] == [office["training"]]
    choose(tab, office["training"])
    tab.panel.grid.setFocus()
    press(qtbot, tab, "a")
    qtbot.keyClick(tab.panel.grid, Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(office["training"])[0][1] == "absent"
    qtbot.keyClick(tab.panel.grid, Key.Key_F4)
    assert window.focusWidget() is tab.panel.scan


def typed_on_focus(qtbot, *keys):
    """Keys as a keyboard (or a card scanner) sends them: each to the widget that has the
    focus when it arrives; a string is sent letter by letter, with no pause between them."""
    for key in keys:
        for one in (key if isinstance(key, str) else [key]):
            qtbot.keyClick(QApplication.focusWidget(), one)


def test_a_card_scanned_while_the_grid_has_the_focus_marks_nobody_absent(qtbot, actors, office, open_tab):
    tab = open_tab(actors["mentor"])
    choose(tab, office["training"])
    panel = tab.panel
    panel.clock = lambda: dt.datetime(2025, 2, 10, 9, 5)
    panel.grid.setFocus()
    press(qtbot, tab, "h")  # Ani present, typed before the card came
    qtbot.wait(100)
    assert at(tab) == (1, STATUS)
    # The scanner types AG000002 and Enter within a few milliseconds: not "A" for Budi absent.
    typed_on_focus(qtbot, number(office["budi"]), Key.Key_Return)
    assert panel.feedback.text() == "Budi Santoso — present"
    assert stored(office["training"]) == [
        ("Ani Lestari", "", ""), ("Budi Santoso", "present", ""), ("Citra Dewi", "", "")]
    assert [panel.model.index(r, STATUS).data() for r in range(3)] == ["Present", "Present", "—"]
    assert [m.member_id for m in panel.model.changed_marks()] == [office["ani"]]  # Ani still to save
    assert tab.window().focusWidget() is panel.scan and panel.scan.text() == ""
    # Sent to the grid itself, the whole burst still goes to the scan field.
    panel.grid.setFocus()
    panel.grid.setCurrentIndex(panel.model.index(2, STATUS))
    qtbot.keyClicks(panel.grid, number(office["citra"]).lower())
    qtbot.keyClick(panel.grid, Key.Key_Return)
    assert panel.feedback.text() == "Citra Dewi — present"
    assert stored(office["training"])[2] == ("Citra Dewi", "present", "")
    assert [m.member_id for m in panel.model.changed_marks()] == [office["ani"]]


def test_marks_typed_one_at_a_time_are_not_taken_for_a_scanner(qtbot, actors, office, open_tab):
    tab = open_tab(actors["mentor"])
    choose(tab, office["training"])
    panel = tab.panel
    panel.grid.setFocus()
    for letter in "ata":  # a person's keys, a tenth of a second apart
        typed_on_focus(qtbot, letter)
        qtbot.wait(100)
    assert [panel.model.index(r, STATUS).data() for r in range(3)] == ["Absent", "Late", "Absent"]
    assert panel.scan.text() == "" and tab.window().focusWidget() is panel.grid
    # Two letters struck together (a fast hand) still mark two members.
    panel.grid.setCurrentIndex(panel.model.index(0, STATUS))
    typed_on_focus(qtbot, "hi")
    assert [panel.model.index(r, STATUS).data() for r in range(3)] == ["Present", "Excused", "Absent"]
    assert at(tab) == (2, STATUS) and panel.scan.text() == ""


def test_tab_leaves_the_grid_after_the_last_note(qtbot, actors, office, open_tab):
    tab = open_tab(actors["mentor"])
    choose(tab, office["training"])
    panel = tab.panel
    panel.grid.setFocus()
    panel.grid.setCurrentIndex(panel.model.index(2, NOTE))
    typed_on_focus(qtbot, Key.Key_Tab)
    assert tab.window().focusWidget() is panel.all_present_button
    # From inside the last note's editor too, keeping what was typed.
    panel.grid.setFocus()
    typed_on_focus(qtbot, "s")
    qtbot.wait(100)
    typed_on_focus(qtbot, Key.Key_Tab)
    assert panel.model.index(2, NOTE).data() == "s"
    assert tab.window().focusWidget() is panel.all_present_button
    # Shift+Tab from the first mark goes back to the scan field.
    panel.grid.setFocus()
    panel.grid.setCurrentIndex(panel.model.index(0, STATUS))
    typed_on_focus(qtbot, Key.Key_Backtab)
    assert tab.window().focusWidget() is panel.scan


def test_a_session_deleted_on_another_pc_is_refused_not_opened(qtbot, actors, office, open_tab, answers):
    tab = open_tab(actors["secretary"])
    choose(tab, office["training"])
    # Meanwhile, at another PC, the session is deleted.
    delete_session(actors["secretary"], office["training"], load_session(office["training"]).version)
    qtbot.mouseClick(tab.change_button, Qt.MouseButton.LeftButton)
    assert answers == ["This session no longer exists."]
    assert tab.panel.session_id is None and tab.model.rowCount() == 0
    assert not tab.change_button.isEnabled()


def test_the_rates_have_the_room_until_a_program_is_chosen(qtbot, actors, office, open_tab):
    tab = open_tab(actors["secretary"])
    tab.tabs.setCurrentIndex(1)
    rates = tab.rates
    qtbot.waitUntil(lambda: rates.rates_table.height() > 0)
    # Nothing to show under the rates but the hint to choose a program.
    assert not rates.matrix_table.isVisible()
    assert rates.rates_table.height() > 3 * rates.matrix_title.height()
    rates.program.setCurrentIndex(rates.program.findData(office["program"]))
    assert rates.matrix_table.isVisible() and rates.matrix_table.height() > 100
    rates.program.setCurrentIndex(0)
    assert not rates.matrix_table.isVisible()
    assert rates.rates_table.height() > 3 * rates.matrix_title.height()


def test_the_names_stay_readable_on_a_small_screen(qtbot, actors, office, english):
    tab = SessionsTab(actors["mentor"])
    qtbot.addWidget(tab)
    tab.resize(830, 540)  # the page's room on a 1024 x 600 screen, beside the navigation
    tab.show()
    qtbot.waitExposed(tab)
    choose(tab, office["training"])
    grid = tab.panel.grid
    qtbot.wait(50)  # the heading lays its sections out after the grid is shown
    names = [grid.model().index(r, 1).data() for r in range(3)]
    widest = max(grid.fontMetrics().horizontalAdvance(name) for name in names)
    assert grid.columnWidth(1) > widest + 8


def test_attendance_typed_and_not_saved_is_not_lost_by_logging_out_or_closing(qtbot, actors, office, open_window,
                                                                            monkeypatch):
    window = open_window(actors["mentor"])
    window.show_page("development")
    page = window.pages["development"]
    page.tabs.setCurrentWidget(page.sessions)
    tab = page.sessions
    choose(tab, office["training"])
    tab.panel.grid.setFocus()
    press(qtbot, tab, "h")
    window.show_page("groups")
    asked = []
    monkeypatch.setattr(attendance_grid, "confirm", lambda *args: asked.append(args[2]) or False)
    logged_out = []
    window.logout_requested.connect(lambda: logged_out.append(True))
    log_out = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "Log out")
    log_out.trigger()
    assert logged_out == [] and len(asked) == 1
    # Shown where the marks wait to be saved.
    assert window.stack.currentWidget() is page and page.tabs.currentWidget() is tab
    assert not window.close() and window.isVisible() and len(asked) == 2
    assert tab.panel.model.dirty
    monkeypatch.setattr(attendance_grid, "confirm", lambda *args: True)
    log_out.trigger()
    assert logged_out == [True]


def test_a_card_scanned_on_an_empty_list_is_answered(qtbot, actors, office, open_tab):
    empty = new_group(actors["secretary"], "KUBE Kosong")
    session = create_session(actors["secretary"], SessionForm("meeting", "Rapat", DAY, group_ids=[empty]))
    tab = open_tab(actors["mentor"])
    choose(tab, session)
    panel = tab.panel
    assert panel.model.rowCount() == 0
    panel.grid.setFocus()
    typed_on_focus(qtbot, number(office["ani"]), Key.Key_Return)
    assert panel.feedback.text().startswith("Ani Lestari (") and "is not on the list" in panel.feedback.text()

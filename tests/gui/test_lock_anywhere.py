"""Locking from anywhere: Ctrl+L, the panic keys and the idle lock work with any dialog, message
box, file chooser or the document viewer open; afterwards only the unlock window is on screen,
the vault is closed, and after unlock the typing and the place the person was in come back.

Driven as a person would, on a real vault; pytest-qt fails a test on any exception inside Qt.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from astra_desktop.core.court import Proceeding
from astra_desktop.core.models import Case, Client
from astra_desktop.gui.app import AppController
from astra_desktop.gui.appointment_dialog import AppointmentDialog
from astra_desktop.gui.case_file import CaseFile
from astra_desktop.gui.case_list import NewClientDialog
from astra_desktop.gui.court.hearing_dialog import HearingDialog
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.risk_form import AssessmentForm
from astra_desktop.gui.users_page import PassphraseDialog
from astra_desktop.gui.viewer import DocumentViewer
from astra_desktop.gui.widgets import PassphraseField
from astra_desktop.services import clients, documents, hearings, proceedings
from astra_desktop.services import session as vs
from tests.conftest import ADMIN, ADMIN_PASS
from tests.gui._loaded import loaded
from tests.gui.conftest import type_text, unlock

WAYS = ["ctrl+l", "f12", "ctrl+shift+h", "idle"]
KEYS = {
    "ctrl+l": (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),
    "f12": (Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier),
    "ctrl+shift+h": (
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    ),
}
NOTE = "Javila se iz skloništa, "


def on_screen() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def open_of(main: QWidget, kind: type[QDialog]) -> list[QDialog]:
    return [d for d in main.findChildren(kind) if d.isVisible()]


def press(qtbot: QtBot, ctl: AppController, widget: QWidget, way: str) -> None:
    """The person presses the keys in `widget` (or, for the idle lock, stops touching anything)."""
    if way == "idle":
        ctl.idle.timeout = 0.2
        ctl.idle.touch()
        return
    key, modifiers = KEYS[way]
    qtbot.keyClick(widget, key, modifiers)


def when_open(kind: type[QWidget], then: Callable[[QWidget], None]) -> None:
    """Act on the first window of `kind` once it is on screen (a box running its own `exec()`).
    If it never goes away, it is closed after 10 s, so a failure fails instead of hanging."""
    deadline = time.monotonic() + 10

    def poll() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if found:
            then(found[0])
            if found[0].isVisible():
                QTimer.singleShot(200, lambda: _give_up(found[0], deadline))
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def _give_up(window: QWidget, deadline: float) -> None:
    try:
        if not window.isVisible():
            return
    except RuntimeError:  # deleted with the locked main window
        return
    if time.monotonic() < deadline:
        QTimer.singleShot(200, lambda: _give_up(window, deadline))
        return
    window.hide()  # ends its exec(); the test then fails on its assertions


def assert_locked(ctl: AppController, session: vs.Session, way: str) -> None:
    window = ctl.unlock_window
    assert window is not None
    assert ctl.session is None and ctl.main is None
    assert session.closed
    assert on_screen() == [window], [type(w).__name__ for w in on_screen()]
    assert window.isMinimized() == (way in ("f12", "ctrl+shift+h"))
    assert window.ui.secret.text() == ""
    assert window.ui.secret.echoMode() == QLineEdit.EchoMode.Password


@pytest.fixture(autouse=True)
def _no_clocks_left_running(controller: AppController) -> Iterator[None]:
    """The fixture closes the session under a window it leaves alive: its reminder clock would
    fire on the closed vault minutes later, in another test."""
    yield
    Messages.interactive = False  # the fixture's closing must not wait in a real box
    Messages.locking = False
    controller._watch_input(False)  # no key or idle filter of this test's app in the next
    if controller.main is not None:
        for timer in controller.main.findChildren(QTimer):
            timer.stop()


@dataclass
class Setup:
    ctl: AppController
    case: Case


@pytest.fixture
def setup(qtbot: QtBot, unlocked: AppController) -> Setup:
    assert unlocked.session is not None
    case = clients.register(unlocked.session, Client("Milena", "Jovanović"), Case(""))
    return Setup(unlocked, case)


def open_case_with_note(qtbot: QtBot, s: Setup) -> CaseFile:
    assert s.ctl.main is not None
    case_file = s.ctl.main.cases.open_case(s.case.id)
    assert case_file is not None
    case_file.tabs.setCurrentWidget(case_file.notes)
    type_text(qtbot, case_file.notes.body, NOTE)
    return case_file


def assert_note_back(s: Setup) -> None:
    assert s.ctl.main is not None
    case_file = s.ctl.main.cases.case_file
    assert case_file is not None and case_file.case.id == s.case.id
    assert case_file.notes.body.toPlainText() == NOTE
    assert case_file.tabs.currentWidget() is case_file.notes


# --- dialogs opened with open(): window-modal, no nested event loop ------------------------------
@pytest.mark.parametrize("way", WAYS)
def test_new_client_dialog(qtbot: QtBot, setup: Setup, way: str) -> None:
    ctl, session, main = setup.ctl, setup.ctl.session, setup.ctl.main
    assert session is not None and main is not None
    dialog = main.cases.list_page.new_client()
    given = dialog.form.widgets["given_name"]
    type_text(qtbot, given, "Đurđa")
    with qtbot.waitSignal(ctl.locked, timeout=5000):
        press(qtbot, ctl, given, way)
    assert_locked(ctl, session, way)
    unlock(qtbot, ctl)
    assert ctl.main is not None
    [again] = open_of(ctl.main, NewClientDialog)
    assert again.form.widgets["given_name"].text() == "Đurđa"  # type: ignore[attr-defined]


@pytest.mark.parametrize("way", WAYS)
def test_risk_assessment_form(qtbot: QtBot, setup: Setup, way: str) -> None:
    ctl, session, main = setup.ctl, setup.ctl.session, setup.ctl.main
    assert session is not None and main is not None
    form = AssessmentForm(session, setup.case.id, parent=main)
    form.open()
    type_text(qtbot, form.own_words, "Kaže da se više ne plaši.")
    with qtbot.waitSignal(ctl.locked, timeout=5000):
        press(qtbot, ctl, form.own_words, way)
    assert_locked(ctl, session, way)
    unlock(qtbot, ctl)
    assert ctl.main is not None
    [again] = open_of(ctl.main, AssessmentForm)
    assert again.own_words.toPlainText() == "Kaže da se više ne plaši."  # type: ignore[attr-defined]


@pytest.mark.parametrize("way", WAYS)
def test_appointment_dialog(qtbot: QtBot, setup: Setup, way: str) -> None:
    ctl, session, main = setup.ctl, setup.ctl.session, setup.ctl.main
    assert session is not None and main is not None
    main.nav.setCurrentRow(1)
    dialog = AppointmentDialog(session, case_id=setup.case.id, parent=main.appointments.agenda)
    dialog.open()
    type_text(qtbot, dialog.place, "Centar za socijalni rad")
    with qtbot.waitSignal(ctl.locked, timeout=5000):
        press(qtbot, ctl, dialog.place, way)
    assert_locked(ctl, session, way)
    unlock(qtbot, ctl)
    assert ctl.main is not None
    [again] = open_of(ctl.main, AppointmentDialog)
    assert again.place.text() == "Centar za socijalni rad"  # type: ignore[attr-defined]
    assert ctl.main.nav.currentRow() == 1  # still in Appointments


@pytest.mark.parametrize("way", WAYS)
def test_hearing_dialog(qtbot: QtBot, setup: Setup, way: str) -> None:
    ctl, session, main = setup.ctl, setup.ctl.session, setup.ctl.main
    assert session is not None and main is not None
    p = proceedings.add(session, Proceeding(setup.case.id, court="Viši sud u Beogradu"))
    start = datetime.now().replace(microsecond=0) - timedelta(days=1)
    view = hearings.schedule(session, p.id, start)
    dialog = HearingDialog(session, view.hearing.id, main)
    dialog.open()
    type_text(qtbot, dialog.outcome, "Saslušanje odloženo.")
    with qtbot.waitSignal(ctl.locked, timeout=5000):
        press(qtbot, ctl, dialog.outcome, way)
    assert_locked(ctl, session, way)
    unlock(qtbot, ctl)
    assert ctl.main is not None
    [again] = open_of(ctl.main, HearingDialog)
    assert again.outcome.toPlainText() == "Saslušanje odloženo."  # type: ignore[attr-defined]


@pytest.mark.parametrize("way", WAYS)
def test_document_viewer(qtbot: QtBot, setup: Setup, way: str) -> None:
    from reportlab.pdfgen import canvas

    ctl, session = setup.ctl, setup.ctl.session
    assert session is not None
    pdf = io.BytesIO()
    sheet = canvas.Canvas(pdf)
    sheet.drawString(72, 720, "Izjava")
    sheet.save()
    data = pdf.getvalue()
    documents.import_stream(
        session, setup.case.id, "izjava.pdf", io.BytesIO(data).read, len(data), "application/pdf"
    )
    case_file = open_case_with_note(qtbot, setup)
    case_file.tabs.setCurrentWidget(case_file.documents)
    case_file.documents.reload()
    loaded(qtbot, case_file.documents)  # read on the task runner
    case_file.documents.table.selectRow(0)
    viewer = case_file.documents.view_selected()
    assert isinstance(viewer, DocumentViewer) and viewer.isVisible()
    with qtbot.waitSignal(ctl.locked, timeout=5000):
        press(qtbot, ctl, viewer, way)
    assert_locked(ctl, session, way)
    unlock(qtbot, ctl)
    assert ctl.main is not None
    case_file = ctl.main.cases.case_file  # type: ignore[assignment]
    assert case_file is not None and case_file.notes.body.toPlainText() == NOTE
    assert case_file.tabs.currentWidget() is case_file.documents  # where the person was
    assert not open_of(ctl.main, DocumentViewer)  # not reopened: it showed, it held no typing


# --- nested event loops: a message box, a file chooser, a dialog run with exec() -----------------
@pytest.mark.parametrize("way", WAYS)
def test_discard_question_box(qtbot: QtBot, setup: Setup, way: str) -> None:
    """The "discard unsaved changes?" box is open (QMessageBox.exec): the lock closes it, the
    question is answered "no", nothing is discarded, and the note comes back after unlock."""
    ctl, session = setup.ctl, setup.ctl.session
    assert session is not None
    case_file = open_case_with_note(qtbot, setup)
    Messages.interactive = True
    press_in_box = lambda box: press(qtbot, ctl, box, way)  # noqa: E731
    if way == "idle":
        press(qtbot, ctl, case_file, way)
    else:
        when_open(QMessageBox, press_in_box)
    with qtbot.waitSignal(ctl.locked, timeout=5000):
        case_file.back.emit()  # "← Back to the list": asks, and waits in the box
    assert ("ask", "This case file has changes that are not saved. Discard them?") in Messages.shown
    assert_locked(ctl, session, way)
    unlock(qtbot, ctl)
    assert_note_back(setup)


@pytest.mark.parametrize("way", WAYS)
def test_file_chooser(qtbot: QtBot, setup: Setup, way: str, tmp_path: Path) -> None:
    ctl, session = setup.ctl, setup.ctl.session
    assert session is not None
    case_file = open_case_with_note(qtbot, setup)
    (tmp_path / "pasos.txt").write_text("x")

    def choose(chooser: QWidget) -> None:
        assert isinstance(chooser, QFileDialog)
        chooser.setDirectory(str(tmp_path))
        line = chooser.findChild(QLineEdit)
        assert line is not None
        qtbot.keyClicks(line, "pasos.txt")
        press(qtbot, ctl, line, way)

    if way == "idle":
        press(qtbot, ctl, case_file, way)
    when_open(QFileDialog, choose if way != "idle" else lambda _w: None)
    with qtbot.waitSignal(ctl.locked, timeout=5000):
        case_file.documents.choose_and_import()  # QFileDialog.getOpenFileName: its own loop
    assert_locked(ctl, session, way)
    unlock(qtbot, ctl)
    assert_note_back(setup)
    assert ctl.session is not None
    assert documents.documents(ctl.session, setup.case.id) == []  # the chooser did not import


@pytest.mark.parametrize("way", WAYS)
def test_passphrase_dialog_run_with_exec(
    qtbot: QtBot, setup: Setup, way: str, vault_folder: Path
) -> None:
    """Change my passphrase (QDialog.exec) with the new passphrase shown by its eye: the lock
    ends the dialog, and the passphrase goes into no draft."""
    ctl, session, main = setup.ctl, setup.ctl.session, setup.ctl.main
    assert session is not None and main is not None
    main.nav.setCurrentRow(main.stack.indexOf(main.users))
    secret = "lilac tractor ocean ninety"

    def type_and_lock(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        qtbot.keyClicks(dialog.new.edit, secret)
        reveal = dialog.new.edit.findChild(QToolButton)
        assert reveal is not None
        qtbot.mouseClick(reveal, Qt.MouseButton.LeftButton)
        assert dialog.new.edit.echoMode() == QLineEdit.EchoMode.Normal
        press(qtbot, ctl, dialog.new.edit, way)

    if way == "idle":
        ctl.idle.timeout = 1.0  # time to type first
    when_open(PassphraseDialog, type_and_lock)
    with qtbot.waitSignal(ctl.locked, timeout=5000):
        assert main.users.change_my_passphrase() is False
    assert_locked(ctl, session, way)
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as other:  # the old passphrase still opens
        payloads = [row[0] for row in other.db.execute("SELECT payload FROM drafts")]
    assert payloads and not any(secret in p for p in payloads)
    unlock(qtbot, ctl)
    assert ctl.main is not None
    assert ctl.main.nav.currentRow() == ctl.main.stack.indexOf(ctl.main.users)


def test_message_box_inside_a_dialog_run_with_exec(qtbot: QtBot, setup: Setup) -> None:
    """Two loops deep: a dialog's exec() and, inside it, a message box's. Both end; the code
    after each resumes without touching the closed vault."""
    ctl, session, main = setup.ctl, setup.ctl.session, setup.ctl.main
    assert session is not None and main is not None
    Messages.interactive = True
    answers: list[bool] = []
    outer = QDialog(main)

    def ask_inside() -> None:
        answers.append(Messages.ask(outer, "Discard?", "Discard it?", "Discard", "Keep"))

    when_open(QDialog, lambda _d: QTimer.singleShot(0, ask_inside))
    when_open(QMessageBox, lambda box: press(qtbot, ctl, box, "f12"))
    with qtbot.waitSignal(ctl.locked, timeout=5000):
        result = outer.exec()
    assert result == QDialog.DialogCode.Rejected
    assert answers == [False]
    assert_locked(ctl, session, "f12")


# --- the unlock window ----------------------------------------------------------------------------
def test_unlock_window_after_recovery_unlock_is_back_in_passphrase_mode(
    qtbot: QtBot, controller: AppController, recovery_key: str
) -> None:
    window = controller.unlock_window
    assert window is not None
    qtbot.mouseClick(window.ui.useRecovery, Qt.MouseButton.LeftButton)
    assert window.ui.secret.echoMode() == QLineEdit.EchoMode.Normal  # copied from the sheet
    window.ui.secret.setText(recovery_key)
    with qtbot.waitSignal(controller.unlocked, timeout=15000):
        qtbot.keyClick(window.ui.secret, Qt.Key.Key_Return)
    assert controller.main is not None
    with qtbot.waitSignal(controller.locked, timeout=5000):
        qtbot.keyClick(controller.main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.isVisible() and not window.isMinimized()
    assert not window.ui.useRecovery.isChecked()
    assert window.ui.user.isEnabled()
    assert window.ui.secret.echoMode() == QLineEdit.EchoMode.Password
    assert window.ui.secret.text() == ""
    assert window.ui.secretLabel.text() == "&Passphrase"
    unlock(qtbot, controller)  # the next person signs in with a passphrase as usual


def test_unlock_window_comes_back_normal_after_a_panic(
    qtbot: QtBot, unlocked: AppController
) -> None:
    window = unlocked.unlock_window
    assert window is not None and unlocked.main is not None
    with qtbot.waitSignal(unlocked.locked, timeout=5000):
        qtbot.keyClick(unlocked.main, Qt.Key.Key_F12)
    assert window.isMinimized() and on_screen() == [window]
    unlock(qtbot, unlocked)
    for _ in range(2):  # every later lock, not only the next one
        assert unlocked.main is not None
        with qtbot.waitSignal(unlocked.locked, timeout=5000):
            qtbot.keyClick(unlocked.main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert window.isVisible() and not window.isMinimized()
        assert not window.windowState() & Qt.WindowState.WindowMinimized
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        assert QApplication.focusWidget() in (window.ui.user, window.ui.secret)
        unlock(qtbot, unlocked)


def test_show_hide_and_caps_lock_hint_in_the_unlock_window(
    qtbot: QtBot, controller: AppController
) -> None:
    window = controller.unlock_window
    assert window is not None
    window.show()
    edit, hint = window.ui.secret, window.ui.capsHint
    eye = edit.findChild(QToolButton)
    assert eye is not None and eye.isVisibleTo(window)
    qtbot.keyClicks(edit, "tajna")
    assert edit.echoMode() == QLineEdit.EchoMode.Password and hint.isHidden()
    qtbot.mouseClick(eye, Qt.MouseButton.LeftButton)
    assert edit.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.mouseClick(eye, Qt.MouseButton.LeftButton)
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClick(edit, "R")  # upper case without Shift: Caps Lock is on
    assert not hint.isHidden() and "Caps Lock" in hint.text()
    qtbot.keyClick(edit, "r", Qt.KeyboardModifier.ShiftModifier)  # lower case with Shift: still on
    assert not hint.isHidden()
    qtbot.keyClick(edit, Qt.Key.Key_CapsLock)  # switched off
    assert hint.isHidden()
    qtbot.keyClick(edit, "R", Qt.KeyboardModifier.ShiftModifier)
    assert hint.isHidden()
    qtbot.keyClick(edit, "5")  # not a letter: tells nothing
    assert hint.isHidden()
    qtbot.mouseClick(eye, Qt.MouseButton.LeftButton)
    window.reset()  # as at every lock: masked, empty, no hint
    assert edit.echoMode() == QLineEdit.EchoMode.Password and edit.text() == ""
    assert hint.isHidden()


def test_passphrase_field_has_the_eye_and_the_hint(qtbot: QtBot) -> None:
    field = PassphraseField()
    qtbot.addWidget(field)
    field.show()
    eye = field.edit.findChild(QToolButton)
    assert eye is not None
    qtbot.mouseClick(eye, Qt.MouseButton.LeftButton)
    assert field.edit.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.keyClick(field.edit, "A")
    assert field.caps_hint.isVisible()
    qtbot.keyClick(field.edit, "b")
    assert not field.caps_hint.isVisible()
    field.secret.conceal()
    assert field.edit.echoMode() == QLineEdit.EchoMode.Password


# --- settings at once, and back where the person was ---------------------------------------------
def test_idle_time_applies_at_once(qtbot: QtBot, unlocked: AppController) -> None:
    main = unlocked.main
    assert main is not None and unlocked.idle.timeout == 5 * 60
    main.nav.setCurrentRow(main.stack.indexOf(main.users))
    spin = main.users.idle_minutes
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "2")
    qtbot.keyClick(spin, Qt.Key.Key_Return)  # editingFinished: saved
    assert "after 2 minute" in main.users.message.text()
    qtbot.waitUntil(lambda: unlocked.idle.timeout == 2 * 60, timeout=2000)
    # Applied to the running clock: a shorter time locks without a new sign-in in between.
    with qtbot.waitSignal(unlocked.locked, timeout=5000):
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin, "1")
        qtbot.keyClick(spin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: unlocked.idle.timeout == 60, timeout=2000)
        unlocked.idle.timeout = 0.1  # (the minute itself is not waited out)


def test_back_to_the_case_and_tab_after_panic(qtbot: QtBot, setup: Setup) -> None:
    ctl, main = setup.ctl, setup.ctl.main
    assert main is not None
    case_file = main.cases.open_case(setup.case.id)
    assert case_file is not None
    case_file.tabs.setCurrentWidget(case_file.appointments)
    with qtbot.waitSignal(ctl.locked, timeout=5000):
        qtbot.keyClick(case_file.tabs, Qt.Key.Key_F12)
    unlock(qtbot, ctl)
    main = ctl.main
    assert main is not None and main.nav.currentRow() == 0
    assert main.cases.case_file is not None and main.cases.case_file.case.id == setup.case.id
    assert main.cases.currentWidget() is main.cases.case_file
    assert main.cases.case_file.tabs.currentWidget() is main.cases.case_file.appointments
    # Another section with a case open behind it: the section, and the case behind it.
    main.nav.setCurrentRow(2)
    with qtbot.waitSignal(ctl.locked, timeout=5000):
        qtbot.keyClick(main.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    unlock(qtbot, ctl)
    assert ctl.main is not None and ctl.main.nav.currentRow() == 2
    assert ctl.main.cases.case_file is not None


def test_the_app_uses_qt_file_choosers_that_locking_can_close(qtbot: QtBot) -> None:
    """A native chooser is outside Qt (locking cannot close it) and writes the desktop's
    "recently used" list; the app asks for Qt's own."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from astra_desktop.gui.app import use_qt_file_dialogs

    attribute = Qt.ApplicationAttribute.AA_DontUseNativeDialogs
    before = QApplication.testAttribute(attribute)
    try:
        use_qt_file_dialogs()
        assert QApplication.testAttribute(attribute)
    finally:
        QApplication.setAttribute(attribute, before)


def test_the_idle_lock_still_locks_when_the_main_window_is_already_gone(
    qtbot: QtBot, unlocked: AppController
) -> None:
    """The main window destroyed from outside (the application closing it under a heavy load, a
    test's teardown) before the idle clock fires: the vault still closes, without an exception."""
    import shiboken6

    main, session = unlocked.main, unlocked.session
    assert main is not None and session is not None
    shiboken6.delete(main)
    if unlocked.unlock_window is not None:  # the application closed every window
        shiboken6.delete(unlocked.unlock_window)
    unlocked.idle.idle.emit()  # what the idle clock does when its time is up
    assert unlocked.session is None and unlocked.main is None
    assert session.closed
    assert not unlocked.idle._timer.isActive()  # its clock stopped: no firing into dead windows

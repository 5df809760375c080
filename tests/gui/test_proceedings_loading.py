"""The Court tab of a case file, and a hearing opened from the case's appointments, read their
records on the app's task runner: on screen at once, saying that they load, the hearing's Save
waiting for its records. Locking or the panic keys pressed while that reading is under way lock
cleanly: its result is dropped (nothing is written into the windows going away), nothing is
raised inside Qt or reported, and after unlock the same case reads its records again.

Real vault, real app controller and runner; the worker is held up (the one worker takes tasks in
order), so the reading is still under way when the keys are pressed."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from astra_desktop.core.appointments import AppointmentStatus
from astra_desktop.gui.app import AppController
from astra_desktop.gui.case_file import CaseFile
from astra_desktop.gui.court.hearing_dialog import HearingDialog
from astra_desktop.gui.court.proceedings_tab import ProceedingsTab
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.paged_model import ID_ROLE
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import hearings
from astra_desktop.services import session as vs
from tests import _court_case
from tests.conftest import ADMIN, ADMIN_PASS
from tests.gui._hold import delivered_after_lock, hold, hold_until_locking
from tests.gui._loaded import loaded
from tests.gui.conftest import type_text, unlock

SAVE, CANCEL = QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel
KEYS = {
    "ctrl+l": (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),
    "f12": (Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier),  # the panic key
}


@pytest.fixture
def made(unlocked: AppController) -> _court_case.CourtCase:
    assert unlocked.session is not None
    return _court_case.make(unlocked.session, notes=2)


def open_court(qtbot: QtBot, ctl: AppController, case_id: str) -> CaseFile:
    assert ctl.main is not None
    case_file = ctl.main.cases.open_case(case_id)
    assert case_file is not None
    tabs = case_file.tabs  # the Court tab's page is a scroll area holding the tab
    pages = [tabs.widget(i) for i in range(tabs.count())]
    [page] = [i for i, w in enumerate(pages) if w is not None and w.isAncestorOf(case_file.court)]
    tabs.setCurrentIndex(page)
    qtbot.waitUntil(case_file.court.isVisible, timeout=2000)
    return case_file


def coming_hearing(ctl: AppController, made: _court_case.CourtCase) -> str:
    """A hearing of the case's proceedings next week (its appointment's id)."""
    assert ctl.session is not None
    when = datetime.now().replace(hour=9, minute=30, second=0, microsecond=0) + timedelta(days=7)
    view = hearings.schedule(ctl.session, made.proceeding_id, when, allow_conflicts=True)
    return view.appointment.id


def row_of(qtbot: QtBot, case_file: CaseFile, appointment_id: str) -> QModelIndex:
    """The case's appointments tab on screen, and the row of `appointment_id` in it."""
    tab = case_file.appointments
    case_file.tabs.setCurrentWidget(tab)
    model = tab.model

    def rows() -> list[int]:
        return [
            r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == appointment_id
        ]

    qtbot.waitUntil(lambda: len(rows()) == 1, timeout=5000)
    return model.index(rows()[0], 0)


@pytest.fixture
def held(unlocked: AppController) -> Iterator[threading.Event]:
    gate = hold(unlocked.runner)
    yield gate
    gate.set()


def test_the_case_files_court_tab_loads_on_the_apps_runner(
    qtbot: QtBot, unlocked: AppController, made: _court_case.CourtCase, held: threading.Event
) -> None:
    court = open_court(qtbot, unlocked, made.case_id).court
    assert court.loader.runner is unlocked.runner
    assert court.loading and court.loading_label.isVisible()  # says so, on screen at once
    assert court.hearing_table.rowCount() == 0 and not court.hearing_table.isEnabled()
    assert not court.record_button.isEnabled() and not court.powers_button.isEnabled()
    assert not court.empty.isVisible()  # not "no proceedings recorded": that is not known yet
    court.body.setCurrentIndex(1)
    assert not court.form.isEnabled()  # nothing to type into that the result would overwrite
    court.body.setCurrentIndex(0)
    held.set()
    loaded(qtbot, court)
    assert not court.loading_label.isVisible() and court.record_button.isEnabled()
    assert court.body.isVisible() and not court.empty.isVisible() and court.form.isEnabled()
    assert court.current is not None and court.current.id == made.proceeding_id
    assert court.hearing_table.rowCount() == made.hearings > 0


def test_typing_in_the_details_is_not_overwritten_by_a_load(
    qtbot: QtBot, unlocked: AppController, made: _court_case.CourtCase
) -> None:
    """A load that brings the proceeding's details again greys the details out until it is
    there; one that reads only the lists (a change made elsewhere) leaves the typing usable."""
    court = loaded(qtbot, open_court(qtbot, unlocked, made.case_id).court)
    court.body.setCurrentIndex(1)
    notes = court.form.form.widgets["notes"]
    assert isinstance(notes, QPlainTextEdit)
    gate = hold(unlocked.runner)
    try:
        court.reload()
        assert court.loading and not notes.isEnabled()
    finally:
        gate.set()
    loaded(qtbot, court)
    assert notes.isEnabled()
    notes.setFocus()
    type_text(qtbot, notes, "Sledeće ročište zakazati posle veštačenja.")
    assert court.form.dirty
    gate = hold(unlocked.runner)
    try:
        court.refresh()  # as after a hearing recorded in the agenda
        assert court.loading and notes.isEnabled()
    finally:
        gate.set()
    loaded(qtbot, court)
    assert "veštačenja" in notes.toPlainText() and court.form.dirty


def test_a_hearing_opened_from_the_case_loads_on_the_runner_and_saves_once_loaded(
    qtbot: QtBot, unlocked: AppController, made: _court_case.CourtCase
) -> None:
    session = unlocked.session
    assert session is not None
    appointment_id = coming_hearing(unlocked, made)
    case_file = open_court(qtbot, unlocked, made.case_id)
    index = row_of(qtbot, case_file, appointment_id)
    gate = hold(unlocked.runner)
    try:
        dialog = case_file.appointments.open_index(index)  # appointment_dialog.open_appointment
        assert isinstance(dialog, HearingDialog) and dialog.isVisible()
        assert dialog.loader.runner is unlocked.runner  # the window's, found from where it opened
        assert dialog.loading and not dialog.loaded and dialog.error.text()  # "Loading…"
        assert not dialog.ui.buttons.button(SAVE).isEnabled() and not dialog.ui.outcome.isEnabled()
        assert dialog.ui.buttons.button(CANCEL).isEnabled()
        assert not dialog.save()  # nothing to save yet, and nothing saved
    finally:
        gate.set()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    assert dialog.ui.buttons.button(SAVE).isEnabled() and dialog.error.text() == ""
    assert made.case_code in dialog.windowTitle()
    dialog.status_buttons[AppointmentStatus.HELD].setChecked(True)
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save(), dialog.error.text()
    again = hearings.for_appointment(session, appointment_id)
    assert again is not None and again.appointment.status is AppointmentStatus.HELD


@pytest.mark.parametrize("way", list(KEYS))
def test_locking_while_the_court_tab_loads(
    qtbot: QtBot, unlocked: AppController, made: _court_case.CourtCase, way: str
) -> None:
    ctl, session = unlocked, unlocked.session
    assert session is not None
    hold_until_locking(ctl)
    case_file = open_court(qtbot, ctl, made.case_id)
    court = case_file.court
    after_lock = delivered_after_lock(ctl, court.loader.busy_changed)
    assert court.loading and court.choice.count() == 0
    Messages.shown.clear()
    with qtbot.waitSignal(ctl.locked, timeout=10000):
        qtbot.keyClick(case_file.tabs, *KEYS[way])
    assert ctl.session is None and session.closed
    assert ctl.unlock_window is not None
    assert ctl.unlock_window.isMinimized() == (way == "f12")
    qtbot.wait(200)  # the load's result, queued during the lock, would arrive now
    assert after_lock == []  # dropped: not shown in the tab going away

    unlock(qtbot, ctl, ADMIN, ADMIN_PASS)
    assert ctl.main is not None
    again = ctl.main.cases.case_file  # back to the same case, and the Court tab reads anew
    assert again is not None and again.case.id == made.case_id and again.court is not court
    loaded(qtbot, again.court)
    assert again.court.current is not None and again.court.current.id == made.proceeding_id
    assert again.court.hearing_table.rowCount() == made.hearings
    assert Messages.shown == []  # nothing to report: no error, no lost form


@pytest.mark.parametrize("way", list(KEYS))
def test_locking_while_a_hearing_opened_from_the_case_loads(
    qtbot: QtBot, unlocked: AppController, made: _court_case.CourtCase, way: str
) -> None:
    ctl, session = unlocked, unlocked.session
    assert session is not None
    appointment_id = coming_hearing(ctl, made)
    case_file = open_court(qtbot, ctl, made.case_id)
    index = row_of(qtbot, case_file, appointment_id)
    hold_until_locking(ctl)
    dialog = case_file.appointments.open_index(index)
    assert isinstance(dialog, HearingDialog) and dialog.loading
    after_lock = delivered_after_lock(ctl, dialog.loader.busy_changed)
    Messages.shown.clear()
    with qtbot.waitSignal(ctl.locked, timeout=10000):
        qtbot.keyClick(dialog, *KEYS[way])
    assert ctl.session is None and session.closed
    qtbot.wait(200)  # the load's result, queued during the lock, would arrive now
    assert after_lock == []  # dropped: not filled into the dialog going away
    unlock(qtbot, ctl, ADMIN, ADMIN_PASS)
    assert ctl.main is not None
    # nothing had been typed (nothing could be): no hearing dialog comes back, nothing reported
    assert not [d for d in ctl.main.findChildren(HearingDialog) if d.isVisible()]
    assert Messages.shown == []


def test_proceedings_that_cannot_be_read_are_said_so(qtbot: QtBot, session: vs.Session) -> None:
    """A case gone meanwhile (or no longer assigned): the tab says so where it said "Loading…",
    instead of an error report (pytest-qt would fail the test on one)."""
    runner = TaskRunner()
    tab = ProceedingsTab(session, "no-such-case", runner=runner)
    qtbot.addWidget(tab)
    tab.show()
    loaded(qtbot, tab)
    runner.wait()
    assert tab.loading_label.isVisible() and "not found" in tab.loading_label.text()
    assert not tab.empty.isVisible() and tab.choice.count() == 0

"""The contact log, the Court tab, the hearing dialog and the claim editor read their records on
the task runner's worker when given a runner: built while the worker is held up, they are on
screen at once, say that they are loading and take no input; once the worker gets to them they
show the same records as when read at once. Only the latest request is shown, and locking
(Ctrl+L) while a dialog is still loading locks cleanly, with nothing lost or reported.

Real vault, real widgets, a real runner; holding the worker up is what proves the records are not
read on the GUI thread (they could not be there yet)."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from astra_desktop.core.court import Proceeding
from astra_desktop.core.models import Case, Client
from astra_desktop.gui.app import AppController
from astra_desktop.gui.court.claim_editor import ClaimEditor
from astra_desktop.gui.court.hearing_dialog import HearingDialog
from astra_desktop.gui.court.proceedings_tab import ProceedingsTab
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.loading import Loader
from astra_desktop.gui.notes_tab import NotesTab
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import case_records, clients, hearings, proceedings
from astra_desktop.services import session as vs
from tests import _court_case
from tests.conftest import ADMIN, ADMIN_PASS
from tests.gui import _hold
from tests.gui.conftest import unlock

runner, gate = _hold.runner, _hold.gate  # the fixtures, shared (tests/gui/_hold.py)

SAVE = QDialogButtonBox.StandardButton.Save


def test_the_contact_log_loads_on_the_worker(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, gate: threading.Event
) -> None:
    made = _court_case.make(session, notes=3)
    tab = NotesTab(session, made.case_id, runner=runner)
    qtbot.addWidget(tab)
    assert tab.loading and not tab.timeline.isEnabled()
    assert tab.timeline.count() == 1 and "…" in tab.timeline.item(0).text()  # says it is loading
    assert tab.body.isEnabled()  # a note can be typed meanwhile
    gate.set()
    qtbot.waitUntil(lambda: not tab.loading)
    at_once = NotesTab(session, made.case_id)  # no runner: read on the spot, as before
    qtbot.addWidget(at_once)
    assert tab.timeline.isEnabled() and tab.timeline.count() == at_once.timeline.count() > 1
    texts = [tab.timeline.item(i).text() for i in range(tab.timeline.count())]
    assert texts == [at_once.timeline.item(i).text() for i in range(at_once.timeline.count())]


def test_a_restored_draft_finds_its_note_once_the_log_is_there(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, gate: threading.Event
) -> None:
    made = _court_case.make(session, notes=2)
    note = case_records.notes(session, made.case_id)[0]
    tab = NotesTab(session, made.case_id, runner=runner)
    qtbot.addWidget(tab)
    tab.restore({"note_id": note.id, "date": "01.02.2024", "time": "10:00", "kind": 0,
                 "body": note.body + " i još nešto"})  # fmt: skip
    gate.set()
    qtbot.waitUntil(lambda: not tab.loading)
    assert tab._editing is not None and tab._editing.id == note.id  # saving edits that note
    assert tab.body.toPlainText() == note.body + " i još nešto"  # the typing stays
    assert tab.save()
    assert len(case_records.notes(session, made.case_id)) == 2  # edited, not added


def test_the_court_tab_loads_on_the_worker(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, gate: threading.Event
) -> None:
    made = _court_case.make(session, notes=1)
    tab = ProceedingsTab(session, made.case_id, runner=runner)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.loading and tab.loading_label.isVisible()
    assert tab.choice.count() == 0 and tab.hearing_table.rowCount() == 0
    assert not tab.record_button.isEnabled() and not tab.hearing_table.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: not tab.loading)
    assert not tab.loading_label.isVisible() and tab.record_button.isEnabled()
    assert tab.current is not None and tab.current.id == made.proceeding_id
    assert tab.hearing_table.rowCount() == made.hearings
    assert tab.defendant_table.rowCount() == 2
    assert tab.form.proceeding is not None and tab.form.proceeding.id == made.proceeding_id
    assert "held" in tab.stats.text()

    # a hearing recorded from here opens its dialog on the same runner, and it loads too
    tab.hearing_table.selectRow(0)
    dialog = tab.record_selected()
    assert dialog is not None and dialog.loader.runner is runner
    qtbot.waitUntil(lambda: dialog.loaded)
    dialog.reject()


def test_the_court_tab_shows_the_proceeding_asked_for_last(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, gate: threading.Event
) -> None:
    made = _court_case.make(session, notes=1)
    other = proceedings.add(session, Proceeding(made.case_id, court="Osnovni sud u Nišu"))
    gate.set()
    tab = ProceedingsTab(session, made.case_id, runner=runner)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading)
    held = threading.Event()
    runner.run(lambda: held.wait(10))
    tab.reload(select=other.id)
    tab.reload(select=made.proceeding_id)  # the person changed her mind meanwhile
    held.set()
    qtbot.waitUntil(lambda: not tab.loading)
    assert tab.current is not None and tab.current.id == made.proceeding_id
    assert tab.form.proceeding is not None and tab.form.proceeding.id == made.proceeding_id
    assert tab.hearing_table.rowCount() == made.hearings


def test_an_older_request_is_dropped(qtbot: QtBot, runner: TaskRunner) -> None:
    owner = QObject()
    loader = Loader(owner, runner)
    shown: list[str] = []
    busy: list[bool] = []
    loader.busy_changed.connect(busy.append)

    def older() -> str:
        time.sleep(0.2)
        return "older"

    loader.load(older, shown.append)
    loader.load(lambda: "newer", shown.append)
    qtbot.waitUntil(lambda: not loader.busy)
    qtbot.wait(50)  # anything still queued arrives now
    assert shown == ["newer"] and busy == [True, False]


def test_the_hearing_dialog_loads_on_the_worker(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, gate: threading.Event
) -> None:
    made = _court_case.make(session, notes=1)
    [view, *_] = hearings.of_proceeding(session, made.proceeding_id)
    dialog = HearingDialog(session, view.hearing.id, runner=runner)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.loading and not dialog.loaded
    assert not dialog.ui.buttons.button(SAVE).isEnabled() and not dialog.ui.outcome.isEnabled()
    assert dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).isEnabled()
    assert dialog.error.text()  # "Loading the hearing…"
    assert not dialog.save()
    gate.set()
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.ui.buttons.button(SAVE).isEnabled() and dialog.outcome.isEnabled()
    assert dialog.error.text() == "" and made.case_code in dialog.windowTitle()
    assert len([who for who in dialog.present if who[1]]) == 4  # two defendants, two lawyers
    assert not dialog.has_typing()  # what it was filled with is not typing
    dialog.reject()
    assert not dialog.isVisible()  # closed without asking


def test_a_hearing_that_cannot_be_read_is_said_so(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner
) -> None:
    dialog = HearingDialog(session, "no-such-hearing", runner=runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading)
    assert not dialog.loaded and dialog.error.text()
    assert not dialog.ui.buttons.button(SAVE).isEnabled()


def test_the_claim_editor_loads_on_the_worker(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, gate: threading.Event
) -> None:
    made = _court_case.make(session, notes=1)
    dialog = ClaimEditor(session, made.case_id, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.loading and dialog.claim is None and dialog.proceeding.count() == 1
    assert not dialog.buttons.button(SAVE).isEnabled() and not dialog.items.isEnabled()
    assert not dialog.save()
    gate.set()
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.claim is not None and dialog.proceeding.count() == 2
    assert dialog.buttons.button(SAVE).isEnabled() and dialog.items.isEnabled()
    assert not dialog.has_typing()
    dialog.add_item()
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save(), dialog.error.text()


@pytest.mark.parametrize("what", ["hearing", "claim", "court-tab", "contact-log"])
def test_locking_while_loading(qtbot: QtBot, unlocked: AppController, what: str) -> None:
    ctl, session, main = unlocked, unlocked.session, unlocked.main
    assert session is not None and main is not None
    case = clients.register(session, Client("Milena", "Jovanović"), Case(""))
    p = proceedings.add(session, Proceeding(case.id, court="Viši sud u Beogradu"))
    view = hearings.schedule(session, p.id, datetime.now().replace(microsecond=0) - timedelta(1))
    ctl.runner.run(lambda: time.sleep(0.3))  # the worker is busy when the widget asks
    widget: HearingDialog | ClaimEditor | ProceedingsTab | NotesTab
    if what == "hearing":
        widget = HearingDialog(session, view.hearing.id, main, runner=ctl.runner)
    elif what == "claim":
        widget = ClaimEditor(session, case.id, main, runner=ctl.runner)
    elif what == "court-tab":
        widget = ProceedingsTab(session, case.id, main, runner=ctl.runner)
    else:
        widget = NotesTab(session, case.id, main, runner=ctl.runner)
    if isinstance(widget, HearingDialog | ClaimEditor):
        widget.open()
    assert widget.loading
    Messages.shown.clear()
    with qtbot.waitSignal(ctl.locked, timeout=5000):
        qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert ctl.session is None and session.closed
    qtbot.wait(100)  # the load's result, if any were still queued, would arrive now
    unlock(qtbot, ctl, ADMIN, ADMIN_PASS)
    assert ctl.main is not None
    for kind in (HearingDialog, ClaimEditor):  # nothing was typed: nothing is opened again
        assert not [d for d in ctl.main.findChildren(kind) if d.isVisible()]
    assert Messages.shown == []  # nothing to report: no lost form, no error

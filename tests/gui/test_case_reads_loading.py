"""The reads a case file still made on the GUI thread go through the task runner: the header (the
client's record, the closing day, team status), the new-assessment form (the instrument and the
case) and the partner picker (the registry). While a reading is under way what cannot be used
without its data waits and says "Reading…"; a reading that fails (the record deleted meanwhile)
says so where it said "Reading…", and nothing is raised inside Qt (pytest-qt would fail the test);
the vault locked mid-reading drops the result. A draft put back before the data arrives stays.

Real vault, real widgets and runner; the worker is held up (tests/gui/_hold.py) so that the
reading is still under way when the test looks."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from astra_desktop.core.appointments import Appointment, AppointmentKind
from astra_desktop.core.models import Case, Client
from astra_desktop.core.partners import Partner, PartnerKind
from astra_desktop.core.risk import Answer
from astra_desktop.gui.app import AppController
from astra_desktop.gui.case_appointments_tab import CaseAppointmentsTab
from astra_desktop.gui.case_file import CaseFile
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.partners.picker import PartnerPicker
from astra_desktop.gui.risk_form import AssessmentForm
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import appointments, clients, partners
from astra_desktop.services import session as vs
from tests.conftest import ADMIN, ADMIN_PASS
from tests.gui._hold import delivered_after_lock, hold, hold_until_locking
from tests.gui._loaded import loaded
from tests.gui.conftest import unlock

SAVE, CANCEL = QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    made = TaskRunner()
    yield made
    made.wait()


@pytest.fixture
def held(runner: TaskRunner) -> Iterator[threading.Event]:
    gate = hold(runner)
    yield gate
    gate.set()


def a_case(session: vs.Session) -> Case:
    return clients.register(session, Client("Ivana", "Marić", contact="+381 11 000 000"), Case(""))


# --- the case file's header ---------------------------------------------------------------------
def test_the_header_is_read_on_the_runner_and_the_client_form_waits(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, held: threading.Event
) -> None:
    case = a_case(session)
    page = CaseFile(session, case.id, runner)
    qtbot.addWidget(page)
    page.show()
    assert page.loading and page.client is None
    assert page.status.isVisible() and page.status.text() == "Reading the client's record…"
    assert page.status.property("tone") == "muted"
    assert not page.client_page.isEnabled() and not page.save_client()
    assert "Marić" not in page.title.text() and page.case_code in page.title.text()
    assert page.case_form.widgets["case_code"].text() == page.case_code  # type: ignore[attr-defined]
    held.set()
    loaded(qtbot, page)
    assert page.client is not None and "Marić" in page.title.text()
    assert page.client_page.isEnabled() and not page.status.isVisible()
    assert page.client_form.widgets["contact"].text() == "+381 11 000 000"  # type: ignore[attr-defined]
    assert not page.shared.isVisibleTo(page) and not page.dirty


def test_a_header_whose_case_was_deleted_meanwhile_says_so(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, held: threading.Event
) -> None:
    case = a_case(session)
    page = CaseFile(session, case.id, runner)
    qtbot.addWidget(page)
    page.show()
    clients.delete_case(session, case.id)  # on another screen, while the header is read
    held.set()
    loaded(qtbot, page)
    assert page.status.isVisible() and page.status.property("tone") == "error"
    text = page.status.text()
    assert text.startswith("This case file could not be read:") and "not found" in text
    assert "Go back to the list" in text
    assert page.client is None and not page.client_page.isEnabled()


def test_a_client_draft_put_back_before_the_header_arrives_stays(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner
) -> None:
    """After unlock the case file is opened and its draft put back at once: the client's record
    arriving afterwards does not overwrite what had been typed."""
    case = a_case(session)
    before = CaseFile(session, case.id, runner)  # where it was typed, before the lock
    qtbot.addWidget(before)
    loaded(qtbot, before)
    before.client_form.widgets["contact"].setText("+381 64 999 999")  # type: ignore[attr-defined]
    draft = before.draft()
    assert draft is not None and "client" in draft
    gate = hold(runner)
    page = CaseFile(session, case.id, runner)
    qtbot.addWidget(page)
    page.restore(draft)
    assert page.loading
    gate.set()
    loaded(qtbot, page)
    assert page.client is not None and page.client_page.isEnabled()
    assert page.client_form.widgets["contact"].text() == "+381 64 999 999"  # type: ignore[attr-defined]
    assert page.dirty and page.save_client()
    assert clients.get_client(session, case.client_id).contact == "+381 64 999 999"


def test_saving_reads_the_header_again(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner
) -> None:
    case = a_case(session)
    page = CaseFile(session, case.id, runner)
    qtbot.addWidget(page)
    loaded(qtbot, page)
    page.client_form.widgets["contact"].setText("+381 63 123 456")  # type: ignore[attr-defined]
    assert page.save_client() and page.loading  # what the vault set is read back
    loaded(qtbot, page)
    assert page.client is not None and page.client.contact == "+381 63 123 456"
    assert not page.dirty and not page.status.isVisible()


def test_locking_while_the_header_is_read(qtbot: QtBot, unlocked: AppController) -> None:
    ctl, session = unlocked, unlocked.session
    assert session is not None and ctl.main is not None
    case = a_case(session)
    hold_until_locking(ctl)
    page = ctl.main.cases.open_case(case.id)
    assert page is not None and page.loading
    after_lock = delivered_after_lock(ctl, page.loader.busy_changed)
    Messages.shown.clear()
    with qtbot.waitSignal(ctl.locked, timeout=10000):
        qtbot.keyClick(page.tabs, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(200)  # the header's result, queued during the lock, would arrive now
    assert after_lock == []  # dropped: not shown in the page going away
    unlock(qtbot, ctl, ADMIN, ADMIN_PASS)
    assert ctl.main is not None
    again = ctl.main.cases.case_file
    assert again is not None and again is not page and again.case.id == case.id
    loaded(qtbot, again)
    assert again.client is not None and "Marić" in again.title.text()
    assert Messages.shown == []


# --- the new-assessment form ----------------------------------------------------------------------
def test_the_assessment_form_waits_for_its_instrument(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, held: threading.Event
) -> None:
    case = a_case(session)
    form = AssessmentForm(session, case.id, runner=runner)
    qtbot.addWidget(form)
    form.show()
    assert form.loading and form.rows == {}
    assert form.error.text() == "Reading the risk instrument…"
    assert form.error.property("tone") == "muted"
    assert not form.buttons.button(SAVE).isEnabled() and form.buttons.button(CANCEL).isEnabled()
    assert not form.own_words.isEnabled() and not form.ui.scroll.isEnabled()
    form.save()  # nothing to save yet: nothing happens
    assert form.isVisible()
    held.set()
    loaded(qtbot, form)
    assert form.rows and form.buttons.button(SAVE).isEnabled() and form.own_words.isEnabled()
    assert form.windowTitle().endswith(case.case_code)
    assert "No question is answered yet." in form.result_label.text()
    assert not form.has_typing()  # what it opened with counts as untouched
    form.rows["A1"].buttons[Answer.YES].click()
    assert form.has_typing() and form.final is not None
    form.save()
    assert not form.isVisible()


def test_an_assessment_form_whose_case_was_deleted_meanwhile_says_so(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, held: threading.Event
) -> None:
    case = a_case(session)
    form = AssessmentForm(session, case.id, runner=runner)
    qtbot.addWidget(form)
    form.show()
    clients.delete_case(session, case.id)
    held.set()
    loaded(qtbot, form)
    assert form.error.property("tone") == "error"
    assert form.error.text().startswith("The assessment cannot be made:")
    assert "not found" in form.error.text()
    assert form.rows == {} and not form.buttons.button(SAVE).isEnabled()
    assert form.buttons.button(CANCEL).isEnabled()


def test_a_half_answered_assessment_comes_back_after_unlock(
    qtbot: QtBot, unlocked: AppController
) -> None:
    """Opened from the Risk tab (read on the app's runner), answered, locked: after unlock it is
    built again with its questions and the answers put back."""
    ctl, session = unlocked, unlocked.session
    assert session is not None and ctl.main is not None
    case = a_case(session)
    page = ctl.main.cases.open_case(case.id)
    assert page is not None
    form = page.risk.new_assessment()
    assert form.loader.runner is ctl.runner
    loaded(qtbot, form)
    form.rows["B1"].buttons[Answer.YES].click()
    form.own_words.setPlainText("Boji se da će je pronaći.")
    with qtbot.waitSignal(ctl.locked, timeout=10000):
        ctl.lock()
    unlock(qtbot, ctl, ADMIN, ADMIN_PASS)
    assert ctl.main is not None
    [back] = [d for d in ctl.main.findChildren(AssessmentForm) if d.isVisible()]
    assert back.own_words.toPlainText() == "Boji se da će je pronaći."
    assert back.rows["B1"].answer is Answer.YES and back.buttons.button(SAVE).isEnabled()


# --- the partner picker -----------------------------------------------------------------------------
def registry(session: vs.Session) -> tuple[Partner, Partner]:
    active = partners.add(
        session, Partner("ASTRA — Akcija protiv trgovine ljudima", PartnerKind.NGO)
    )
    old = partners.add(session, Partner("Stara sigurna kuća", PartnerKind.SHELTER))
    return active, partners.set_active(session, old.id, False)


def test_the_picker_waits_for_the_registry_and_shows_a_partner_given_meanwhile(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, held: threading.Event
) -> None:
    active, old = registry(session)
    picker = PartnerPicker(session, runner=runner)
    qtbot.addWidget(picker)
    assert picker.loading and not picker.isEnabled()
    line = picker.lineEdit()
    assert line is not None and line.placeholderText() == "Reading the partners…"
    picker.set_choice(old.id, old.name)  # a record naming an inactive partner, opened now
    assert picker.currentText() == old.name
    assert picker.choice() == (old.id, old.name)  # Save pressed while reading keeps the link
    held.set()
    loaded(qtbot, picker)
    assert picker.isEnabled() and line.placeholderText() == "a partner from the registry, or a name"
    assert picker.choice() == (old.id, f"{old.name} (inactive)")
    assert picker.findData(active.id) > 0
    picker.set_choice(active.id, active.name)
    assert picker.choice() == (active.id, active.name)


def test_the_picker_reads_again_without_waiting_and_keeps_what_is_typed(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner
) -> None:
    active, _old = registry(session)
    picker = PartnerPicker(session, runner=runner)
    qtbot.addWidget(picker)
    loaded(qtbot, picker)
    picker.setEditText("Centar za socijalni rad Zemun")
    gate = hold(runner)
    newer = partners.add(
        session, Partner("Centar za socijalni rad Zemun", PartnerKind.SOCIAL_WELFARE)
    )
    picker.reload()  # as the change notification does
    assert picker.loading and picker.isEnabled()  # typing goes on meanwhile
    gate.set()
    loaded(qtbot, picker)
    assert picker.choice() == (newer.id, newer.name)  # now a partner of the registry
    assert picker.findData(active.id) > 0


def test_the_picker_with_the_vault_locked_mid_reading_raises_nothing(
    qtbot: QtBot, vault_folder: Path, runner: TaskRunner
) -> None:
    own = vs.unlock(vault_folder, ADMIN, ADMIN_PASS)
    gate = hold(runner)
    picker = PartnerPicker(own, runner=runner)
    qtbot.addWidget(picker)
    own.close()  # locked while the registry was to be read
    gate.set()
    loaded(qtbot, picker)  # the result is dropped: nobody is left to tell, nothing raised
    assert picker.count() == 1 and picker.problem == ""


# --- the case's appointments: one way to hear of a failure -----------------------------------------
def test_appointments_of_a_case_deleted_meanwhile_are_said_and_cleared(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner
) -> None:
    """The list was read; the case is deleted elsewhere; reading it again fails through the
    model's one `failed` signal: the tab says why and shows no rows it cannot vouch for, with no
    error report (pytest-qt would fail the test on one)."""
    case = a_case(session)
    start = date.today()
    when = datetime(start.year, start.month, start.day, 10) + timedelta(days=1)
    appointments.add(session, Appointment(case.id, AppointmentKind.MEDICAL, when,
                                          when + timedelta(minutes=30)))  # fmt: skip
    tab = CaseAppointmentsTab(session, case.id, runner)
    qtbot.addWidget(tab)
    tab.show()
    loaded(qtbot, tab)
    assert tab.model.rowCount() == 1 and not tab.loading_label.isVisible()
    failures: list[BaseException] = []
    tab.model.failed.connect(failures.append)
    clients.delete_case(session, case.id)
    tab.reload()
    loaded(qtbot, tab)
    runner.wait()
    assert len(failures) == 1 and "not found" in str(failures[0])
    assert tab.loading_label.isVisible() and "not found" in tab.loading_label.text()
    assert tab.loading_label.property("tone") == "error"
    assert tab.model.rowCount() == 0 and tab.count.text() == ""

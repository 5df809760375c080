"""The case file's Risk, Documents, Appointments, Related persons, Services, Referrals and
Consent tabs read their records on the app's task runner: on screen at once, saying that they
load, what acts on the records waiting for them. Locking or the panic key pressed while that
reading is under way locks cleanly: the result is dropped (nothing is written into the tabs going
away), nothing is raised inside Qt or reported, and after unlock the case reads its records again.
A reading that fails is said in the tab, not only in an error report.

Real vault, real app controller and runner; the worker is held up (tests/gui/_hold.py), so the
reading is still under way when the test looks or the keys are pressed."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from astra_desktop.core.appointments import Appointment, AppointmentKind
from astra_desktop.core.enums import ReferralDirection, Relation, ServiceKind
from astra_desktop.core.models import (
    Case,
    Client,
    Consent,
    Referral,
    RelatedPerson,
    SafetyAction,
    ServiceRecord,
)
from astra_desktop.core.risk import Answer
from astra_desktop.gui.app import AppController
from astra_desktop.gui.case_appointments_tab import CaseAppointmentsTab
from astra_desktop.gui.case_file import CaseFile
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.documents_tab import DocumentsTab
from astra_desktop.gui.entries_tab import EntriesTab, consent_tab, referrals_tab, services_tab
from astra_desktop.gui.related_persons_tab import RelatedPersonsTab
from astra_desktop.gui.risk_tab import RiskTab
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import appointments, case_records, clients, documents, related_persons
from astra_desktop.services import risk as risk_service
from astra_desktop.services import session as vs
from tests.conftest import ADMIN, ADMIN_PASS
from tests.gui._hold import delivered_after_lock, hold, hold_until_locking
from tests.gui._loaded import loaded
from tests.gui.conftest import unlock

KEYS = {
    "ctrl+l": (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),
    "f12": (Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier),  # the panic key
}


@dataclass
class Made:
    case_id: str
    client_id: str


@pytest.fixture
def made(unlocked: AppController) -> Made:
    """A case with a record in each of the tabs."""
    session = unlocked.session
    assert session is not None
    case = clients.register(session, Client("Ivana", "Marić"), Case(""))
    risk_service.assess(session, case.id, {"A1": Answer.YES}, date.today() - timedelta(days=3))
    risk_service.add_action(session, SafetyAction(case.id, "Promeniti broj telefona"))
    data = b"%PDF-1.4 izjava"
    documents.import_stream(session, case.id, "izjava.pdf", io.BytesIO(data).read, len(data),
                            "application/pdf")  # fmt: skip
    related_persons.add(session, RelatedPerson(case.client_id, "Marko Marić", Relation.FATHER))
    case_records.add_entry(session, ServiceRecord(case.id, ServiceKind.LEGAL, date.today()))
    case_records.add_entry(
        session, Referral(case.id, ReferralDirection.OUT, "Centar za socijalni rad", date.today())
    )
    case_records.record_consent(session, Consent(case.client_id, date.today(), "obrada podataka"))
    start = datetime.now().replace(hour=10, minute=0, second=0, microsecond=0) + timedelta(days=2)
    appointments.add(session, Appointment(case.id, AppointmentKind.MEDICAL, start,
                                          start + timedelta(minutes=30)))  # fmt: skip
    return Made(case.id, case.client_id)


@pytest.fixture
def held(unlocked: AppController) -> Iterator[threading.Event]:
    gate = hold(unlocked.runner)
    yield gate
    gate.set()


def open_tab(qtbot: QtBot, ctl: AppController, case_id: str, name: str) -> tuple[CaseFile, Any]:
    """The case file, with the tab holding its part `name` on screen (some sit in a scroll
    area)."""
    assert ctl.main is not None
    case_file = ctl.main.cases.open_case(case_id)
    assert case_file is not None
    view: QWidget = getattr(case_file, name)
    tabs = case_file.tabs
    [page] = [i for i in range(tabs.count())
              if tabs.widget(i) is view or tabs.widget(i).isAncestorOf(view)]  # fmt: skip
    tabs.setCurrentIndex(page)
    qtbot.waitUntil(view.isVisible, timeout=2000)
    return case_file, view


# --- what each tab shows once loaded, and what waits meanwhile --------------------------------------
def risk_waits(tab: RiskTab) -> list[QWidget]:
    return [tab.history, tab.plan, tab.suggest_button, tab.set_status_button]


def risk_shown(tab: RiskTab) -> bool:
    return "High" in tab.summary.text() and tab.history.count() == 1 and tab.plan.rowCount() == 1


def documents_waits(tab: DocumentsTab) -> list[QWidget]:
    return [tab.table, tab.view_button, tab.export_button]


def related_waits(tab: RelatedPersonsTab) -> list[QWidget]:
    return [tab.table, tab.remove_button]


def entries_waits(tab: EntriesTab) -> list[QWidget]:
    return [tab.table]


def appointments_waits(tab: CaseAppointmentsTab) -> list[QWidget]:
    return [tab.view, tab.open_button]


def one_row(tab: DocumentsTab | RelatedPersonsTab | EntriesTab) -> bool:
    return tab.table.rowCount() == 1


def one_appointment(tab: CaseAppointmentsTab) -> bool:
    return tab.model.rowCount() == 1 and tab.count.text() == "1 appointment(s)"


def told(tab: Any) -> SignalInstance:
    """What a tab's reading tells it when it ends (see tests/gui/_hold.py)."""
    return tab.model.loaded if isinstance(tab, CaseAppointmentsTab) else tab.loader.busy_changed


WAITS: dict[str, Callable[[Any], list[QWidget]]] = {
    "risk": risk_waits,
    "documents": documents_waits,
    "related": related_waits,
    "services": entries_waits,
    "referrals": entries_waits,
    "consent": entries_waits,
    "appointments": appointments_waits,
}
SHOWN: dict[str, Callable[[Any], bool]] = {
    name: one_row for name in WAITS if name not in ("risk", "appointments")
} | {"risk": risk_shown, "appointments": one_appointment}


@pytest.mark.parametrize("name", list(WAITS))
def test_the_tab_loads_on_the_apps_runner(
    qtbot: QtBot, unlocked: AppController, made: Made, held: threading.Event, name: str
) -> None:
    _case_file, tab = open_tab(qtbot, unlocked, made.case_id, name)
    if name != "appointments":
        assert tab.loader.runner is unlocked.runner
    assert tab.loading and tab.loading_label.isVisible()  # says so, on screen at once
    assert "Loading" in tab.loading_label.text()
    waiting = WAITS[name](tab)
    assert waiting and not any(w.isEnabled() for w in waiting)
    assert not SHOWN[name](tab)
    held.set()
    loaded(qtbot, tab)
    assert not tab.loading_label.isVisible() and SHOWN[name](tab)


@pytest.mark.parametrize("way", list(KEYS))
@pytest.mark.parametrize("name", list(WAITS))
def test_locking_while_the_tab_loads(
    qtbot: QtBot, unlocked: AppController, made: Made, name: str, way: str
) -> None:
    ctl, session = unlocked, unlocked.session
    assert session is not None
    hold_until_locking(ctl)
    case_file, tab = open_tab(qtbot, ctl, made.case_id, name)
    after_lock = delivered_after_lock(ctl, told(tab))
    assert tab.loading and not SHOWN[name](tab)
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
    again = ctl.main.cases.case_file  # back to the same case, and the tab reads anew
    assert again is not None and again.case.id == made.case_id
    fresh = getattr(again, name)
    assert fresh is not tab
    assert SHOWN[name](loaded(qtbot, fresh))
    assert Messages.shown == []  # nothing to report: no error, no lost form


UNREADABLE: dict[str, Callable[[vs.Session, TaskRunner], Any]] = {
    "risk": lambda session, runner: RiskTab(session, "no-such-case", runner=runner),
    "documents": lambda session, runner: DocumentsTab(session, "no-such-case", runner),
    "related": lambda session, runner: RelatedPersonsTab(session, "no-such-client", runner=runner),
    "services": lambda session, runner: services_tab(session, "no-such-case", runner=runner),
    "referrals": lambda session, runner: referrals_tab(session, "no-such-case", runner=runner),
    "consent": lambda session, runner: consent_tab(session, "no-such-client", runner=runner),
    "appointments": lambda session, runner: CaseAppointmentsTab(session, "no-such-case", runner),
}


@pytest.mark.parametrize("name", list(UNREADABLE))
def test_records_that_cannot_be_read_are_said_so_in_the_tab(
    qtbot: QtBot, session: vs.Session, name: str
) -> None:
    """A case or client gone meanwhile (or no longer assigned): the tab says so where it said
    "Loading…", instead of an error report (pytest-qt would fail the test on one)."""
    runner = TaskRunner()
    tab = UNREADABLE[name](session, runner)
    qtbot.addWidget(tab)
    tab.show()
    loaded(qtbot, tab)
    runner.wait()
    assert tab.loading_label.isVisible() and "not found" in tab.loading_label.text()
    assert tab.loading_label.property("tone") == "error"
    assert not SHOWN[name](tab)


def test_risk_that_cannot_be_read_shows_nothing_it_cannot_vouch_for(
    qtbot: QtBot, session: vs.Session
) -> None:
    runner = TaskRunner()
    tab = RiskTab(session, "no-such-case", runner=runner)
    qtbot.addWidget(tab)
    loaded(qtbot, tab)
    runner.wait()
    assert tab.history.count() == 0 and tab.summary.text() == ""
    assert not tab.suggest_button.isEnabled() and tab.suggestions() == []


def test_risk_works_without_a_runner_and_keeps_the_comparison(
    qtbot: QtBot, session: vs.Session
) -> None:
    """Without a runner the tab reads at once, as before; adding an action reads the plan again
    but leaves the two assessments being compared as they are."""
    case = clients.register(session, Client("Ivana", "Marić"), Case(""))
    risk_service.assess(session, case.id, {"B1": Answer.YES}, date.today() - timedelta(days=40))
    risk_service.assess(session, case.id, {"A1": Answer.YES}, date.today())
    tab = RiskTab(session, case.id)
    qtbot.addWidget(tab)
    assert not tab.loading and tab.history.count() == 2
    tab.history.item(0).setSelected(True)
    tab.history.item(1).setSelected(True)
    assert "A1" in tab.changes.text()
    tab.action_title.setText("Pratnja na ročište")
    tab.add_action()
    assert tab.plan.rowCount() == 1 and "A1" in tab.changes.text()

"""Sections whose lists grow with the vault read them on the app's task runner: the missing-person
searches, the cases due for risk reassessment, the monitored trials and the partners registry.
Each says so on screen at once and greys out what the person could act on before the list is
there; locking or the panic keys pressed while the reading is under way lock cleanly (the result
is dropped, nothing is written into the windows going away, nothing is raised inside Qt or
reported) and after unlock the section reads its list again. A list that cannot be read is said so
in the page.

Real vault, real app controller and runner; the worker is held up until the lock has begun (the
one worker takes tasks in order), so the reading is still under way when the keys are pressed."""

from __future__ import annotations

from datetime import date, timedelta
from typing import cast

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from astra_desktop.core.court import Verdict
from astra_desktop.core.missing import MissingSearch
from astra_desktop.core.models import Case, Client
from astra_desktop.core.partners import Partner, PartnerKind
from astra_desktop.core.risk import Answer
from astra_desktop.core.trials import MonitoredTrial
from astra_desktop.errors import AstraError
from astra_desktop.gui.app import AppController
from astra_desktop.gui.court.monitoring_page import MonitoringPage
from astra_desktop.gui.court.trials_page import TrialsPage
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.loading import Loader
from astra_desktop.gui.main_window import APPOINTMENTS, HOTLINE, PARTNERS, RISK
from astra_desktop.gui.missing.page import MissingPage
from astra_desktop.gui.partners.page import PartnersPage
from astra_desktop.gui.risk_page import RiskPage
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import clients, missing, partners, trials
from astra_desktop.services import risk as risk_service
from astra_desktop.services import session as vs
from tests.conftest import ADMIN, ADMIN_PASS
from tests.gui._hold import delivered_after_lock, hold_until_locking
from tests.gui._loaded import loaded
from tests.gui.conftest import unlock

KEYS = {
    "ctrl+l": (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),
    "f12": (Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier),  # the panic key
}


def lock_mid_load(qtbot: QtBot, ctl: AppController, way: str, *loaders: Loader) -> None:
    """Press the keys while `loaders` read; the vault locks, and nothing reaches the page."""
    session = ctl.session
    assert session is not None and ctl.main is not None
    after_lock = [delivered_after_lock(ctl, loader.busy_changed) for loader in loaders]
    Messages.shown.clear()
    with qtbot.waitSignal(ctl.locked, timeout=10000):
        qtbot.keyClick(ctl.main.nav, *KEYS[way])
    assert ctl.session is None and session.closed
    assert ctl.unlock_window is not None
    assert ctl.unlock_window.isMinimized() == (way == "f12")
    qtbot.wait(200)  # the load's result, queued during the lock, would arrive now
    assert after_lock == [[] for _ in loaders]  # dropped: not shown in the page going away
    unlock(qtbot, ctl, ADMIN, ADMIN_PASS)
    assert ctl.main is not None


# --- missing-person searches (the hotline section's tab) -----------------------------------------
def open_missing(ctl: AppController) -> MissingPage:
    assert ctl.main is not None
    ctl.main.nav.setCurrentRow(HOTLINE)
    section = ctl.main.hotline
    section.setCurrentWidget(section.missing)  # read when shown
    return section.missing


@pytest.mark.parametrize("way", list(KEYS))
def test_locking_while_the_missing_person_searches_load(
    qtbot: QtBot, unlocked: AppController, way: str
) -> None:
    ctl, session = unlocked, unlocked.session
    assert session is not None
    found = missing.open_search(session, MissingSearch("Olena (22)", date.today()))
    hold_until_locking(ctl)
    page = open_missing(ctl)
    assert page.loader.runner is ctl.runner  # the window's, found from where the page sits
    assert page.loading and not page.view.isEnabled() and page.model.rowCount() == 0
    assert "Loading" in page.count.text()  # says so, on screen at once
    lock_mid_load(qtbot, ctl, way, page.loader)
    again = loaded(qtbot, open_missing(ctl))  # the list is read anew
    assert again is not page and again.view.isEnabled()
    assert again.model.row_of(found.id) >= 0 and again.count.text() == "1 search(es)"
    assert Messages.shown == []  # nothing to report: no error, no lost form


def test_missing_person_searches_that_cannot_be_read_are_said_so(
    qtbot: QtBot, session: vs.Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Instead of an error report (pytest-qt would fail the test on one), the line under the
    list says what happened; the next reading that works shows the list again."""
    missing.open_search(session, MissingSearch("Olena (22)", date.today()))
    real = missing.search_rows

    def refused(*_args: object) -> object:
        raise AstraError("The searches are out of reach.")

    monkeypatch.setattr(missing, "search_rows", refused)
    page = MissingPage(session, runner=TaskRunner())
    qtbot.addWidget(page)
    page.refresh()
    loaded(qtbot, page)
    assert "out of reach" in page.count.text() and page.model.rowCount() == 0
    monkeypatch.setattr(missing, "search_rows", real)
    page.refresh()
    assert loaded(qtbot, page).model.rowCount() == 1 and page.count.text() == "1 search(es)"


# --- the cases due for risk reassessment -----------------------------------------------------------
def due_case(session: vs.Session) -> str:
    """A case whose high-risk reassessment is overdue (its code)."""
    case = clients.register(session, Client("Ivana", "Marić"), Case(""))
    risk_service.assess(session, case.id, {"A1": Answer.YES}, date.today() - timedelta(days=60))
    return case.case_code


@pytest.mark.parametrize("way", list(KEYS))
def test_locking_while_the_cases_due_for_reassessment_load(
    qtbot: QtBot, unlocked: AppController, way: str
) -> None:
    ctl, session = unlocked, unlocked.session
    assert session is not None and ctl.main is not None
    code = due_case(session)
    hold_until_locking(ctl)
    ctl.main.nav.setCurrentRow(RISK)  # the section is built, and reads its list
    page = ctl.main.risk_page
    assert page.loader.runner is ctl.runner
    assert page.loading and not page.table.isEnabled() and page.table.rowCount() == 0
    assert "Loading" in page.heading.text()
    lock_mid_load(qtbot, ctl, way, page.loader)
    ctl.main.nav.setCurrentRow(RISK)  # back where the person was
    again = loaded(qtbot, ctl.main.risk_page)
    assert again is not page and again.table.isEnabled() and again.table.rowCount() == 1
    assert again.table.item(0, 0).text() == code  # type: ignore[union-attr]
    assert "overdue" in again.heading.text()
    assert Messages.shown == []


def test_cases_due_that_cannot_be_read_are_said_so(
    qtbot: QtBot, session: vs.Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    due_case(session)

    def refused(*_args: object) -> object:
        raise AstraError("The risk levels are out of reach.")

    monkeypatch.setattr(risk_service, "overdue_high", refused)
    page = RiskPage(session, runner=TaskRunner())
    qtbot.addWidget(page)
    loaded(qtbot, page)
    assert "out of reach" in page.heading.text() and page.table.rowCount() == 0
    monkeypatch.undo()
    page.ui.refresh.click()
    assert loaded(qtbot, page).table.rowCount() == 1 and page.table.isEnabled()


# --- monitored trials (the appointments section's court monitoring) -------------------------------
def open_monitoring(ctl: AppController) -> MonitoringPage:
    assert ctl.main is not None
    ctl.main.nav.setCurrentRow(APPOINTMENTS)
    section = ctl.main.appointments
    section.setCurrentWidget(section.monitoring)  # figures and trials read when shown
    section.monitoring.tabs.setCurrentWidget(section.monitoring.trials)
    return section.monitoring


def monitored_trial(session: vs.Session) -> str:
    return trials.add(session, MonitoredTrial(
        court="Viši sud u Nišu", court_case_number="K 7/23", injured_parties=["AA"],
        verdict=Verdict.CONVICTED, verdict_on=date(2024, 4, 4),
    )).id  # fmt: skip


@pytest.mark.parametrize("way", list(KEYS))
def test_locking_while_the_monitored_trials_load(
    qtbot: QtBot, unlocked: AppController, way: str
) -> None:
    ctl, session = unlocked, unlocked.session
    assert session is not None
    trial_id = monitored_trial(session)
    hold_until_locking(ctl)
    monitoring = open_monitoring(ctl)
    page = monitoring.trials
    assert page.loader.runner is ctl.runner and monitoring.loader.runner is ctl.runner
    assert page.loading and not page.table.isEnabled() and page.table.rowCount() == 0
    assert page.status.isVisible() and "Loading" in page.status.text()
    assert not page.edit_button.isEnabled() and page.trial_id() is None
    assert monitoring.loading and not monitoring.export_button.isEnabled()
    lock_mid_load(qtbot, ctl, way, page.loader, monitoring.loader)
    again = loaded(qtbot, open_monitoring(ctl))
    assert again is not monitoring and again.trials.table.rowCount() == 1
    assert again.trials.trial_id() == trial_id and again.trials.edit_button.isEnabled()
    assert not again.trials.status.isVisible() and again.export_button.isEnabled()
    assert Messages.shown == []


def test_monitored_trials_that_cannot_be_read_are_said_so(
    qtbot: QtBot, session: vs.Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    trial_id = monitored_trial(session)

    def refused(*_args: object) -> object:
        raise AstraError("The trials are out of reach.")

    monkeypatch.setattr(trials, "all_trials", refused)
    page = TrialsPage(session, runner=TaskRunner())
    qtbot.addWidget(page)
    page.refresh()
    loaded(qtbot, page)
    assert not page.status.isHidden() and "out of reach" in page.status.text()
    assert page.table.rowCount() == 0 and not page.edit_button.isEnabled()
    monkeypatch.undo()
    page.refresh()
    assert loaded(qtbot, page).trial_id() == trial_id and page.status.isHidden()


# --- the partners registry ------------------------------------------------------------------------
def a_partner(session: vs.Session) -> str:
    return partners.add(session, Partner("Viši sud u Beogradu", PartnerKind.COURT, "Beograd")).id


def partners_page(ctl: AppController) -> PartnersPage:
    assert ctl.main is not None
    ctl.main.nav.setCurrentRow(PARTNERS)  # built when first shown, and reads its list
    return cast("PartnersPage", ctl.main.stack.page(PARTNERS))


@pytest.mark.parametrize("way", list(KEYS))
def test_locking_while_the_partners_load(qtbot: QtBot, unlocked: AppController, way: str) -> None:
    ctl, session = unlocked, unlocked.session
    assert session is not None
    partner_id = a_partner(session)
    hold_until_locking(ctl)
    page = partners_page(ctl)
    assert page.loader.runner is ctl.runner
    assert page.loading and not page.table.isEnabled() and page.table.rowCount() == 0
    assert "Loading" in page.count.text() and page.selected() is None
    assert not page.edit_button.isEnabled() and page.add_button.isEnabled()
    lock_mid_load(qtbot, ctl, way, page.loader)
    again = loaded(qtbot, partners_page(ctl))
    assert again is not page and again.table.isEnabled() and again.table.rowCount() == 1
    assert again.select(partner_id) and again.edit_button.isEnabled()
    assert again.count.text() == "1 partner(s)"
    assert Messages.shown == []


def test_partners_that_cannot_be_read_are_said_so(
    qtbot: QtBot, session: vs.Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    partner_id = a_partner(session)

    def refused(*_args: object) -> object:
        raise AstraError("The registry is out of reach.")

    monkeypatch.setattr(partners, "usage", refused)
    page = PartnersPage(session, runner=TaskRunner())
    qtbot.addWidget(page)
    loaded(qtbot, page)
    assert "out of reach" in page.count.text() and page.table.rowCount() == 0
    monkeypatch.undo()
    page.reload(select=partner_id)  # as after a partner was saved
    assert loaded(qtbot, page).selected() is not None and page.edit_button.isEnabled()


def test_a_monitored_trial_deleted_is_gone_once_the_list_is_read_again(
    qtbot: QtBot, session: vs.Session
) -> None:
    """After a change the list is read on the runner too: until it is there, nothing acts on
    the row of the trial just deleted."""
    kept, gone = monitored_trial(session), monitored_trial(session)
    page = TrialsPage(session, runner=TaskRunner())
    qtbot.addWidget(page)
    page.refresh(select=gone)
    assert loaded(qtbot, page).trial_id() == gone and page.table.rowCount() == 2
    Messages.answer_next(True)
    assert page.delete()
    assert page.loading and page.trial_id() is None and not page.delete_button.isEnabled()
    loaded(qtbot, page)
    assert page.table.rowCount() == 1 and page.trial_id() == kept
    assert page.delete_button.isEnabled() and "Hearings held 0" in page.comparison.text()


def test_a_change_elsewhere_reads_the_cases_due_again_on_the_runner(
    qtbot: QtBot, unlocked: AppController
) -> None:
    """The change notification (gui/change_hub.py) reloads the section through its runner too."""
    ctl, session = unlocked, unlocked.session
    assert session is not None and ctl.main is not None
    due_case(session)
    ctl.main.nav.setCurrentRow(RISK)
    page = loaded(qtbot, ctl.main.risk_page)
    assert page.table.rowCount() == 1
    busy: list[bool] = []
    page.loader.busy_changed.connect(busy.append)
    due_case(session)  # written elsewhere (another section, the sync)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=5000)
    assert busy[:2] == [True, False] and not page.loading

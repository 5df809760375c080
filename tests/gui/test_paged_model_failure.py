"""A paged list whose reading fails for an unexpected reason is reported (never silent) and the
view showing "Loading…" hears of it (`PagedIdModel.failed`) instead of waiting for ever."""

from __future__ import annotations

import sys
from types import TracebackType

import pytest
from pytestqt.qtbot import QtBot

from astra_desktop.core.models import Case, Client
from astra_desktop.gui.case_appointments_tab import CaseAppointmentsTab
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import agenda, clients
from astra_desktop.services import session as vs


def test_an_unexpected_failure_is_reported_and_the_tab_stops_loading(
    qtbot: QtBot, session: vs.Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = clients.register(session, Client("Ivana", "Marić"), Case(""))
    reported: list[BaseException] = []

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        reported.append(exc)

    def broken(*_args: object, **_kwargs: object) -> list[str]:
        raise RuntimeError("disk went away")

    monkeypatch.setattr(sys, "excepthook", hook)
    monkeypatch.setattr(agenda, "ids", broken)
    runner = TaskRunner()
    tab = CaseAppointmentsTab(session, case.id, runner)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading, timeout=10000)
    runner.wait()
    assert [str(e) for e in reported] == ["disk went away"]  # the error report, with a reference
    assert tab.loading_label.isVisibleTo(tab)
    assert tab.loading_label.text() == "The appointments could not be read."
    assert tab.loading_label.property("tone") == "error"
    assert not tab.open_button.isEnabled() or tab.model.rowCount() == 0

    monkeypatch.undo()  # the disk is back: a reload reads the list
    monkeypatch.setattr(sys, "excepthook", hook)
    tab.reload()
    qtbot.waitUntil(lambda: tab.count.text() == "0 appointment(s)", timeout=10000)
    assert not tab.loading and not tab.loading_label.isVisibleTo(tab)
    assert len(reported) == 1
    runner.wait()

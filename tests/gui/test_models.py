"""Every model passes Qt's model tester; the case list loads rows lazily and sorts in SQL."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from astra_desktop.core.models import Case, Client
from astra_desktop.gui.case_list_model import CASE_ID_ROLE, PAGE, CaseListModel, Column
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import clients
from astra_desktop.services.clients import CaseQuery
from astra_desktop.services.session import Session


def _fill(session: Session, n: int) -> None:
    with session.write():
        for i in range(n):
            clients.register(session, Client(f"Ime{i:03d}", f"Prezime{(n - i):03d}"), Case(""))


def test_case_list_model_passes_modeltester(qtmodeltester: ModelTester, session: Session) -> None:
    _fill(session, 30)
    model = CaseListModel(session)
    model.set_query(CaseQuery(), wait=True)
    qtmodeltester.check(model, force_py=True)
    model.sort(Column.CLIENT, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, Column.CLIENT).data().endswith("Prezime001")


def test_rows_are_loaded_by_page_only_when_shown(session: Session) -> None:
    _fill(session, PAGE * 3 + 5)
    model = CaseListModel(session)
    model.set_query(CaseQuery(), wait=True)
    assert model.rowCount() == PAGE * 3 + 5
    assert model._pages == {}  # nothing fetched until a view asks
    last = model.index(model.rowCount() - 1, Column.CASE_CODE)
    assert last.data().startswith("AST-")
    assert list(model._pages) == [3]
    assert model.index(0, 0).data(CASE_ID_ROLE) == model.case_id(0)


def test_stale_search_results_are_dropped(session: Session) -> None:
    _fill(session, 3)
    model = CaseListModel(session)
    model._generation = 5
    model._apply(4, ["stale"])
    assert model.rowCount() == 0


def test_a_query_superseded_while_waiting_for_the_worker_is_not_run(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing ahead of a slow search: only the newest query reaches the database."""
    _fill(session, 3)
    asked: list[str] = []
    real = clients.case_ids
    monkeypatch.setattr(
        clients,
        "case_ids",
        lambda s, q: asked.append(q.text) or real(s, q),  # type: ignore[func-returns-value]
    )
    runner = TaskRunner()
    model = CaseListModel(session, runner)
    busy = threading.Event()
    runner.run(busy.wait)  # the worker is busy with something slow
    for text in ("p", "pr", "pre"):
        model.set_query(CaseQuery(text=text))
    with qtbot.waitSignal(model.loaded, timeout=10000):
        busy.set()
    runner.wait()
    assert asked == ["pre"]
    assert model.rowCount() == 3

"""Every model passes Qt's model tester; the case list loads rows lazily and sorts in SQL."""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from astra_desktop.core.enums import CaseStatus
from astra_desktop.core.models import Case, Client
from astra_desktop.gui.case_list_model import CASE_ID_ROLE, PAGE, CaseListModel, Column
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import clients
from astra_desktop.services.clients import CaseQuery, SortColumn
from astra_desktop.services.session import Session

FIRST = CaseListModel.FIRST_ROWS


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
    """Typing ahead of a slow search: only the newest query reaches the database (and typed
    text is answered by the first job alone: the rest of the list is not asked for again)."""
    _fill(session, 3)
    asked: list[tuple[str, str]] = []

    def recorded(name: str) -> Any:
        real = getattr(clients, name)

        def call(s: Session, q: CaseQuery, *args: Any, **kwargs: Any) -> Any:
            if not (q.text and kwargs.get("within")):  # typed text is never read on the GUI thread
                asked.append((name, q.text))
            return real(s, q, *args, **kwargs)

        return call

    for name in ("case_list_start", "case_seqs"):
        monkeypatch.setattr(clients, name, recorded(name))
    runner = TaskRunner()
    model = CaseListModel(session, runner)
    busy = threading.Event()
    runner.run(busy.wait)  # the worker is busy with something slow
    for text in ("p", "pr", "pre"):
        model.set_query(CaseQuery(text=text))
    with qtbot.waitSignal(model.loaded, timeout=10000):
        busy.set()
    runner.wait()
    assert asked == [("case_list_start", "pre")]
    assert model.rowCount() == 3


def _codes(model: CaseListModel) -> list[str]:
    return [model.index(r, Column.CASE_CODE).data() for r in range(model.rowCount())]


@pytest.mark.parametrize("where", ["gui thread", "task thread"])
def test_first_page_paints_before_all_ids_are_loaded(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    session: Session,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    """The first screenful comes from a LIMIT query with its rows (read on the GUI thread when that
    is quick, else on the task thread) and is painted while the rest of the ids are read; the rest
    is appended below it, keeping the selection and the scroll position, and the list is then
    complete, in the same order as read in one go."""
    _fill(session, PAGE * 3 + 5)
    everything = clients.case_seqs(session, CaseQuery())
    session.read_cache.clear()  # as after unlocking: nothing read yet
    rest_asked, release = threading.Event(), threading.Event()
    real = clients.case_seqs

    def slow_rest(s: Session, q: CaseQuery) -> list[str]:
        rest_asked.set()
        assert release.wait(10)
        return real(s, q)

    monkeypatch.setattr(clients, "case_seqs", slow_rest)
    fetched: list[list[str]] = []
    runner = TaskRunner()
    model = CaseListModel(session, runner)
    if where == "task thread":  # as when the first rows take longer than QUICK_S to read
        monkeypatch.setattr(model, "_first_now", lambda query: None)
    real_fetch = model._fetch_page
    monkeypatch.setattr(model, "_fetch_page", lambda ids: fetched.append(ids) or real_fetch(ids))
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(800, 400)
    view.setModel(model)
    view.show()
    loaded: list[int] = []
    model.loaded.connect(loaded.append)
    with qtbot.waitSignal(model.modelReset, timeout=10000):
        model.set_query(CaseQuery())
    assert model.rowCount() == FIRST  # the first screenful, painted before the rest is in
    assert model._ids == everything[:FIRST]
    assert list(model._pages) == [0] and fetched == []  # its rows came with it
    assert loaded == []
    view.grab()
    assert view.indexAt(view.viewport().rect().topLeft()).row() == 0
    assert fetched == []  # painted from those rows
    qtmodeltester.check(model, force_py=True)  # watches the rows being added from here on
    view.selectRow(7)
    selected = model.case_id(7)
    view.verticalScrollBar().setValue(5)
    assert rest_asked.wait(10)
    with qtbot.waitSignal(model.rowsInserted, timeout=10000):
        release.set()
    runner.wait()
    qtbot.waitUntil(lambda: loaded == [PAGE * 3 + 5], timeout=5000)
    assert model._ids == everything  # complete, in the order of one read
    assert view.selectionModel().selectedRows()[0].row() == 7 and model.case_id(7) == selected
    assert view.verticalScrollBar().value() == 5
    # the first page read whole once, when rows past the first screenful were shown
    assert [ids for ids in fetched if ids[0] == everything[0]] == [everything[:PAGE]]
    assert model.index(model.rowCount() - 1, Column.CASE_CODE).data().startswith("AST-")
    assert [model.case_id(r) for r in range(PAGE)] == clients.case_ids(session, CaseQuery())[:PAGE]


def test_sorting_while_the_rest_is_read_starts_over(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sort asked for before the rest of the list came in: the rest of the old order is dropped,
    and the list ends complete in the new order."""
    _fill(session, PAGE * 2 + 3)
    runner = TaskRunner()
    model = CaseListModel(session, runner)
    release = threading.Event()
    real = clients.case_seqs
    monkeypatch.setattr(clients, "case_seqs", lambda s, q: release.wait(10) and real(s, q))
    with qtbot.waitSignal(model.modelReset, timeout=10000):
        model.set_query(CaseQuery(statuses=()))
    assert model.rowCount() == FIRST
    model.sort(Column.CLIENT, Qt.SortOrder.AscendingOrder)
    release.set()
    with qtbot.waitSignal(model.loaded, timeout=10000):
        pass
    runner.wait()
    by_name = clients.case_seqs(session, model.query)
    assert model._ids == by_name and len(by_name) == PAGE * 2 + 3
    assert model.index(0, Column.CLIENT).data().endswith("Prezime001")


@pytest.mark.parametrize("sort", list(SortColumn))
def test_the_first_page_is_the_start_of_the_whole_list(session: Session, sort: SortColumn) -> None:
    """The LIMIT query and the list read whole agree, in every order and with filters (so the rest
    is always appended to the first page, never shown instead of it)."""
    with session.write():
        for i in range(40):
            case = clients.register(session, Client(f"Ime{i % 7}", f"Prezime{i % 5}"), Case(""))
            if i % 3 == 0:
                conn = session.db
                conn.execute(
                    "UPDATE cases SET status = 'closed', updated_at = ?, risk_level = ? "
                    "WHERE id = ?",
                    ("2025-01-01T10:00:00+00:00", "high" if i % 2 else "", case.id),
                )
    filters = [
        CaseQuery(),
        CaseQuery(statuses=(CaseStatus.ACTIVE, CaseStatus.FOLLOW_UP)),
        CaseQuery(risk_levels=("high",)),
        CaseQuery(statuses=(CaseStatus.CLOSED,), risk_levels=("",)),
        CaseQuery(text="prezime1"),
        CaseQuery(text="ime", statuses=(CaseStatus.ACTIVE,)),
    ]
    for base in filters:
        for descending in (False, True):
            for alphabet in ("latin", "cyrillic"):
                query = replace(base, sort=sort, descending=descending, alphabet=alphabet)
                session.read_cache.clear()
                start = clients.case_list_start(session, query, 10)
                whole = clients.case_seqs(session, query)
                # the first rows, or (the risk order, sorted, not read from an index) all of them
                assert start.seqs == (whole if start.complete else whole[:10]), query
                assert start.complete == (
                    len(whole) < 10 or sort is SortColumn.RISK or bool(query.text)
                )
                assert [start.rows[s].case_id for s in start.seqs[:10]] == clients.case_ids(
                    session, query, limit=10
                )
                again = clients.case_list_start(session, query, 10)  # read already: all of it
                assert again.complete and again.seqs == whole
    # a text every case matches (all case codes begin with AST) is answered by the count alone
    everything = clients.case_seqs(session, CaseQuery(sort=sort))
    assert clients.case_seqs(session, CaseQuery(text="ast", sort=sort)) == everything
    assert clients.case_seqs(session, CaseQuery(text="as", sort=sort)) == everything
    assert clients.case_seqs(session, CaseQuery(text="ast zzz", sort=sort)) == []


def test_the_first_rows_are_left_to_the_task_thread_when_slow(session: Session) -> None:
    """Asked `within` a time, reading the first rows gives up (None) once it has passed, as when a
    filter few cases pass makes the LIMIT query read far down the list; typed text is always left
    to the task thread. Without a limit, the same reading completes."""
    _fill(session, 300)
    session.read_cache.clear()
    rare = CaseQuery(risk_levels=("low",))  # no case: every row is read
    assert clients.case_list_start(session, rare, PAGE, within=0.0) is None
    assert clients.case_list_start(session, CaseQuery(text="ime"), PAGE, within=1.0) is None
    start = clients.case_list_start(session, rare, PAGE)
    assert start is not None and start.complete and start.seqs == []
    quick = clients.case_list_start(session, CaseQuery(), PAGE, within=1.0)
    assert quick is not None and len(quick.seqs) == PAGE and not quick.complete
    assert session.db.execute("SELECT count(*) FROM cases").fetchone()[0] == 300  # still usable


def test_the_rest_is_read_after_a_watched_view_painted_the_first_screenful(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading the rest of a long list competes with the first paint for the CPU: with a watched
    view, the task thread reads it once the view has painted the first screenful, or at once
    when the view is hidden (a vault being locked); REST_WAIT_S bounds the wait otherwise."""
    _fill(session, PAGE * 2 + 1)
    rest_asked = threading.Event()
    real = clients.case_seqs

    def rest(s: Session, q: CaseQuery) -> list[str]:
        rest_asked.set()
        return real(s, q)

    monkeypatch.setattr(clients, "case_seqs", rest)
    runner = TaskRunner()
    model = CaseListModel(session, runner)
    model.REST_WAIT_S = 30.0  # only a paint or a hide lets the rest go in this test
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.watch_paints(view)
    # as many rows as the screen shows (the offscreen screen: 800x600), from 30 to a page
    screen_rows = (
        view.screen().availableGeometry().height() // view.verticalHeader().defaultSectionSize()
    )
    assert model.first_rows() == max(30, min(PAGE, screen_rows + 2))
    model.set_query(CaseQuery())  # the first screenful, read here; the view is not shown yet
    assert model.rowCount() == model.first_rows()
    assert not rest_asked.wait(0.3)
    view.show()
    view.viewport().repaint()
    qtbot.waitUntil(rest_asked.is_set, timeout=5000)
    qtbot.waitUntil(lambda: model.rowCount() == PAGE * 2 + 1, timeout=5000)

    rest_asked.clear()
    model.sort(Column.CLIENT, Qt.SortOrder.AscendingOrder)  # a first screenful again, not painted
    assert model.rowCount() == model.first_rows()
    assert not rest_asked.wait(0.3)
    view.hide()
    assert rest_asked.wait(5)
    runner.wait()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE * 2 + 1, timeout=5000)

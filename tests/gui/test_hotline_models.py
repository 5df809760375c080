"""Every hotline model passes Qt's model tester; the call log loads rows lazily, by page."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from astra_desktop.core.hotline import Call, CallerType, CallTopic
from astra_desktop.core.hotline_stats import CallFact, per_month, per_year
from astra_desktop.core.missing import ActionKind, MissingSearch, SearchAction, SearchStatus
from astra_desktop.core.models import Client
from astra_desktop.gui.hotline.call_log_model import PAGE, CallLogModel, Column
from astra_desktop.gui.hotline.stats_page import HotlineStatsModel
from astra_desktop.gui.missing.models import HistoryModel, SearchListModel
from astra_desktop.gui.paged_model import ID_ROLE
from astra_desktop.services import hotline, missing
from astra_desktop.services.hotline import CallQuery
from astra_desktop.services.missing import SearchQuery
from astra_desktop.services.session import Session

START = datetime(2025, 3, 1, 8, 0)


def _calls(session: Session, n: int) -> list[str]:
    topics, callers = list(CallTopic), list(CallerType)
    with session.write():
        return [
            hotline.log_call(session, Call(
                START + timedelta(hours=i), topics[i % len(topics)],
                caller_type=callers[i % len(callers)], note=f"Poziv {i}\nDruga linija",
                follow_up=i % 4 == 0,
            )).id
            for i in range(n)
        ]  # fmt: skip


def test_call_log_model_passes_modeltester(qtmodeltester: ModelTester, session: Session) -> None:
    ids = _calls(session, 30)
    hotline.convert_to_case(session, ids[3], Client("Ana", "Anić"))
    model = CallLogModel(session)
    model.set_query(CallQuery(), wait=True)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, Column.NOTE).data() == "Poziv 29"  # newest first, first line only
    assert model.index(model.row_of(ids[0]), Column.FOLLOW_UP).data() == "to do · marija"
    assert "New client" in model.index(model.row_of(ids[3]), Column.CASE).data()
    model.sort(Column.WHEN, Qt.SortOrder.AscendingOrder)
    model.set_query(model.query, wait=True)
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, Column.WHEN).data() == "01.03.2025 08:00"


def test_call_log_loads_rows_by_page_only_when_shown(session: Session) -> None:
    _calls(session, PAGE * 2 + 3)
    model = CallLogModel(session)
    model.set_query(CallQuery(), wait=True)
    assert model.rowCount() == PAGE * 2 + 3
    assert model._pages == {}  # nothing fetched until a view asks
    last = model.index(model.rowCount() - 1, Column.WHEN)
    assert last.data() == "01.03.2025 08:00"
    assert list(model._pages) == [2]
    assert model.index(0, 0).data(ID_ROLE) == model.call_id(0)
    model._generation = 7
    model._apply(6, ["stale"])  # results of an older query arriving late are dropped
    assert model.rowCount() == PAGE * 2 + 3


def test_missing_models_pass_modeltester(qtmodeltester: ModelTester, session: Session) -> None:
    today = date(2026, 2, 10)
    clock = lambda: datetime(2026, 2, 10, 9, 0).astimezone()  # noqa: E731
    searches = [
        missing.open_search(session, MissingSearch(f"Osoba {i}", date(2026, 2, i + 1)), clock=clock)
        for i in range(5)
    ]
    first = searches[0].id
    missing.add_action(session, SearchAction(first, ActionKind.EMBASSY, due_on=today), clock)
    missing.add_action(
        session, SearchAction(first, ActionKind.POLICE_REPORT, done_on=date(2026, 2, 3)), clock
    )
    missing.change_status(session, searches[1].id, SearchStatus.PAUSED, "Bez vesti", clock)
    rows = SearchListModel(today)
    rows.set_rows(missing.search_rows(session, SearchQuery(statuses=())))
    qtmodeltester.check(rows, force_py=True)
    assert rows.index(0, 0).data() == "Osoba 0"  # an action due: first in the list
    assert "due" in rows.index(0, 4).data()
    history = HistoryModel(today)
    history.set_entries(missing.search_history(session, first))
    qtmodeltester.check(history, force_py=True)
    assert [history.index(r, 1).data() for r in range(3)] == [
        "Planned: Embassy / consulate", "Status: Searching", "Police report",
    ]  # fmt: skip


def test_statistics_model_passes_modeltester(qtmodeltester: ModelTester) -> None:
    facts = [
        CallFact(date(2025, 1, 5), CallTopic.JOB_OFFER_CHECK, CallerType.ANONYMOUS, "sr", 4),
        CallFact(date(2025, 2, 5), CallTopic.OTHER, CallerType.FRIEND, "uk", 9),
        CallFact(date(2024, 2, 5), CallTopic.OTHER, CallerType.FRIEND, "en", 1),
    ]
    model = HotlineStatsModel()
    qtmodeltester.check(model, force_py=True)  # empty, before the first figures arrive
    model.set_figures(per_month(facts, 2025))  # the tester follows the reset
    assert model.columnCount() == 13
    assert model.headerData(1, Qt.Orientation.Vertical) == "Minutes on the line"
    assert model.index(1, 12).data() == "13"
    model.set_figures(per_year(facts))
    filled = HotlineStatsModel()
    filled.set_figures(per_month(facts, 2025))
    qtmodeltester.check(filled, force_py=True)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "2024", "2025", "Total",
    ]  # fmt: skip

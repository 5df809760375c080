"""The Documents page looks cases up off the GUI thread: while it looks, the page says so; the
answer to the latest text is the one shown; a case opened from its file is chosen at once."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from astra_desktop.core.models import Case, Client
from astra_desktop.gui.court.documents_page import CourtDocumentsPage
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import clients
from astra_desktop.services.session import Session


def _codes(page: CourtDocumentsPage) -> list[str]:
    return [page.cases.item(i).text() for i in range(page.cases.count())]


def test_the_search_runs_on_the_task_runner_with_a_busy_line(
    qtbot: QtBot, session: Session
) -> None:
    first = clients.register(session, Client("Ana", "Anić"), Case(""))
    second = clients.register(session, Client("Vesna", "Vesić"), Case(""))
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)
    page = CourtDocumentsPage(session, runner, parent)
    parent.show()
    qtbot.waitUntil(page.searching.isHidden, timeout=5000)  # the first list: every case
    assert sorted(_codes(page)) == sorted([first.case_code, second.case_code])

    page.find_cases(first.case_code)
    assert page.searching.isVisible() and runner.busy  # asked, not answered yet
    assert len(_codes(page)) == 2  # the GUI thread did not wait for the answer
    qtbot.waitUntil(page.searching.isHidden, timeout=5000)
    assert _codes(page) == [first.case_code]
    assert page.cases.currentItem().text() == first.case_code  # one match: chosen

    # Typed quickly: the answer to the older text arrives first and is dropped.
    page.find_cases(first.case_code)
    page.find_cases(second.case_code)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert page.searching.isHidden() and _codes(page) == [second.case_code]

    # From a case file: chosen at once, and a search still on its way does not undo it.
    page.find_cases("")
    page.select_case(first.case_code)
    assert page.cases.currentItem().text() == first.case_code and page.searching.isHidden()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    qtbot.wait(20)
    assert _codes(page) == [first.case_code]

"""Reads of the hotline, missing-persons, statistics and court-monitoring sections run on the task
runner (gui/loading.py): each says so while it runs, the result is shown when it comes, and a read
that fails (the record deleted meanwhile) is said where the person looks, not raised inside Qt.

Real vault, real widgets, a real runner; the worker is held (tests/gui/_hold.py) where a test
needs to see the busy state or to delete a record before the read reaches it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow
from pytestqt.qtbot import QtBot

from astra_desktop.core.hotline import Call, CallTopic
from astra_desktop.core.missing import MissingSearch
from astra_desktop.core.trials import MonitoredTrial
from astra_desktop.errors import AstraError
from astra_desktop.gui.court.monitoring_page import MonitoringPage
from astra_desktop.gui.dialogs import Messages
from astra_desktop.gui.hotline.stats_page import HotlineStatsPage
from astra_desktop.gui.missing.page import MissingPage
from astra_desktop.gui.reminders_bar import ReminderBar
from astra_desktop.gui.statistics_page import StatisticsPage
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import hotline, hotline_stats, missing, reminders, statistics, trials
from astra_desktop.services import session as vs
from tests.gui._hold import hold
from tests.gui._loaded import loaded


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()


# --- missing persons ------------------------------------------------------------------------------
def test_a_chosen_search_is_read_on_the_runner(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner
) -> None:
    found = missing.open_search(session, MissingSearch("Olena (22)", date.today()))
    page = MissingPage(session, runner=runner)
    qtbot.addWidget(page)
    page.refresh()
    loaded(qtbot, page)
    gate = hold(runner)
    assert page.select(found.id)
    panel = page.panel
    assert page.loading and panel.loading and panel.search is None  # not read yet
    assert panel.title.text() == "Loading the search…"
    assert not panel.history_view.isEnabled() and not panel.action_button.isEnabled()
    gate.set()
    loaded(qtbot, page)
    assert panel.search is not None and panel.search.person == "Olena (22)"
    assert panel.form.widgets["person"].text() == "Olena (22)"  # type: ignore[attr-defined]
    assert "Olena (22)" in panel.title.text() and panel.history_view.isEnabled()
    assert panel.action_button.isEnabled() and len(panel.history.entries) == 1


def test_a_search_that_cannot_be_read_is_said_so(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner
) -> None:
    page = MissingPage(session, runner=runner)
    qtbot.addWidget(page)
    page.panel.show_search("a-search-deleted-meanwhile")
    loaded(qtbot, page)
    assert page.panel.search is None and page.panel.search_id is None
    assert page.panel.title.text().startswith("The search could not be read: ")
    assert not page.panel.action_button.isEnabled() and not page.panel.save_button.isEnabled()


def test_a_new_search_reads_its_call_on_the_runner(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner
) -> None:
    call = hotline.log_call(session, Call(datetime(2026, 1, 21, 10, 0), CallTopic.MISSING_PERSON,
                                          note="Majka: ćerka se ne javlja od 20.01."))  # fmt: skip
    page = MissingPage(session, runner=runner)
    qtbot.addWidget(page)
    gate = hold(runner)
    dialog = page.new_search(call.id)
    save = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert page.search_dialog is dialog and dialog.isVisible() and page.loading
    assert dialog.ui.note.text() == "Reading the call…" and not save.isEnabled()
    gate.set()
    loaded(qtbot, page)
    assert dialog.ui.note.text() == "From the call: Majka: ćerka se ne javlja od 20.01."
    assert save.isEnabled() and dialog.call_id == call.id
    dialog.form.widgets["person"].setText("Milica J.")  # type: ignore[attr-defined]
    assert dialog.save()
    loaded(qtbot, page)
    assert page.panel.search is not None and page.panel.search.call_id == call.id


def test_a_new_search_whose_call_was_deleted_meanwhile_says_so(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner
) -> None:
    call = hotline.log_call(session, Call(datetime(2026, 1, 21, 10, 0), CallTopic.MISSING_PERSON,
                                          note="Logged by mistake"))  # fmt: skip
    page = MissingPage(session, runner=runner)
    qtbot.addWidget(page)
    gate = hold(runner)
    dialog = page.new_search(call.id)
    hotline.delete_call(session, call.id)  # before the worker reads it
    gate.set()
    loaded(qtbot, page)
    text = dialog.ui.note.text()
    assert text.startswith("The call could not be read: The call was not found")
    assert "saved without a link" in text and dialog.call_id is None
    assert dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    dialog.form.widgets["person"].setText("Milica J.")  # type: ignore[attr-defined]
    assert dialog.save()  # opened all the same, without the link
    loaded(qtbot, page)
    assert page.panel.search is not None and page.panel.search.call_id is None


def test_a_new_search_closed_before_its_call_is_read_gets_nothing(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner
) -> None:
    call = hotline.log_call(session, Call(datetime(2026, 1, 21, 10, 0), CallTopic.MISSING_PERSON,
                                          note="Majka"))  # fmt: skip
    page = MissingPage(session, runner=runner)
    qtbot.addWidget(page)
    gate = hold(runner)
    dialog = page.new_search(call.id)
    dialog.reject()  # nothing typed: closes, and is deleted
    qtbot.waitUntil(lambda: page.search_dialog is None, timeout=5000)
    gate.set()
    runner.wait()
    qtbot.wait(50)  # the read's result, had it been delivered, would arrive now
    assert not page.loading


# --- court monitoring -----------------------------------------------------------------------------
def test_the_monitoring_export_is_written_on_the_runner(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, tmp_path: Path
) -> None:
    page = MonitoringPage(session, runner)
    qtbot.addWidget(page)
    page.refresh()
    loaded(qtbot, page)
    target = tmp_path / "monitoring.csv"
    gate = hold(runner)
    assert page.export(target)
    assert page.writing and not page.export_button.isEnabled()
    assert page.status.text() == "Writing monitoring.csv…" and not target.exists()
    assert not page.export(target)  # one at a time
    page.refresh()  # the figures counted again meanwhile: the button still waits for the file
    said: list[tuple[str, bool]] = []  # what the page shows as the file is there
    page.exported.connect(
        lambda _path: said.append((page.status.text(), page.export_button.isEnabled()))
    )
    with qtbot.waitSignal(page.exported, timeout=10000) as written:
        gate.set()
    assert written.args == [target] and target.read_text(encoding="utf-8").startswith("year,")
    # said so; the button still off, the figures asked for meanwhile being counted after it
    assert said == [(f"Exported to {target}.", False)]
    loaded(qtbot, page)
    assert page.export_button.isEnabled() and not page.writing


def test_a_monitoring_export_that_cannot_be_written_is_said_so(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, tmp_path: Path
) -> None:
    page = MonitoringPage(session, runner)
    qtbot.addWidget(page)
    page.refresh()
    loaded(qtbot, page)
    Messages.shown.clear()
    target = tmp_path / "gone" / "monitoring.csv"  # a folder removed meanwhile
    assert page.export(target)
    qtbot.waitUntil(lambda: not page.writing, timeout=10000)
    assert [kind for kind, _ in Messages.shown] == ["error"] and not target.exists()
    assert page.export_button.isEnabled() and not page.status.text()


# --- hotline statistics ---------------------------------------------------------------------------
def test_the_hotline_figures_are_counted_on_the_runner(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner
) -> None:
    for day in (datetime(2025, 1, 10, 9), datetime(2025, 3, 5, 9), datetime(2024, 6, 1, 9)):
        hotline.log_call(session, Call(day, CallTopic.OTHER, note="Beleška"))
    page = HotlineStatsPage(session, runner)
    qtbot.addWidget(page)
    gate = hold(runner)
    page.refresh()
    assert page.loading and not page.view.isEnabled() and not page.export_button.isEnabled()
    assert page.status.text() == "Counting the calls…" and page.period.count() == 0
    gate.set()
    loaded(qtbot, page)
    assert [page.period.itemData(i) for i in range(page.period.count())] == [2025, 2024, 0]
    assert page.year == 2025 and page.status.text() == "2 call(s) counted."
    assert page.view.isEnabled() and page.export_button.isEnabled()
    page.period.setCurrentIndex(1)  # 2024: counted on the runner too
    assert page.loading
    assert loaded(qtbot, page).status.text() == "1 call(s) counted."
    page.refresh()  # the year chosen stays chosen
    assert loaded(qtbot, page).year == 2024


def test_hotline_figures_that_cannot_be_counted_are_said_so(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Instead of an error report (pytest-qt would fail the test on one), the line says so."""

    def refused(*_args: object) -> object:
        raise AstraError("The calls are out of reach.")

    monkeypatch.setattr(hotline_stats, "figures", refused)
    page = HotlineStatsPage(session, runner)
    qtbot.addWidget(page)
    page.refresh()
    loaded(qtbot, page)
    assert page.status.text() == "The calls could not be counted: The calls are out of reach."
    assert page.model.rowCount() == 0 and page.view.isEnabled()


def test_hotline_figures_read_while_the_vault_locks_are_dropped(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner
) -> None:
    page = HotlineStatsPage(session, runner)
    qtbot.addWidget(page)
    gate = hold(runner)
    page.refresh()
    session.close()  # locked before the worker reads
    gate.set()
    loaded(qtbot, page)  # the read ends; nothing is shown, nothing raised, no message
    assert page.model.rowCount() == 0 and page.period.count() == 0
    assert page.status.text() == "Counting the calls…"


# --- the Statistics section -----------------------------------------------------------------------
def test_the_statistics_read_their_courts_and_figures_on_the_runner(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner
) -> None:
    trials.add(session, MonitoredTrial(court="Viši sud u Nišu", court_case_number="K 7/23"))
    page = StatisticsPage(session, runner)
    qtbot.addWidget(page)
    gate = hold(runner)
    page.refresh()
    assert page.busy and page.ui.status.text() == "Counting the figures…"
    assert page.ui.court.count() == 1  # the courts come with the figures
    with qtbot.waitSignal(page.loaded, timeout=15000):
        gate.set()
    assert not page.busy and page.ui.court.values() == ["", "Viši sud u Nišu"]


def test_statistics_that_cannot_be_counted_are_said_so(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*_args: object) -> object:
        raise AstraError("The figures are out of reach.")

    monkeypatch.setattr(statistics, "figures", refused)
    Messages.shown.clear()
    page = StatisticsPage(session, runner)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: not page.busy, timeout=15000)
    assert Messages.shown == [("error", "The figures are out of reach.")]
    assert page.figures is None


# --- the reminders bar ----------------------------------------------------------------------------
def test_reminders_that_cannot_be_read_at_unlock_are_said_so(
    qtbot: QtBot, session: vs.Session, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*_args: object) -> object:
        raise AstraError("The agenda is out of reach.")

    monkeypatch.setattr(reminders, "at_unlock", refused)
    parent = QMainWindow()
    qtbot.addWidget(parent)
    bar = ReminderBar(session, runner, interval_ms=3_600_000, parent=parent)
    parent.addToolBar(bar)
    parent.show()
    bar.start()
    assert bar.loading and not bar.isVisible()  # nothing to say yet
    loaded(qtbot, bar)
    assert bar.isVisible()
    assert bar.text.text() == "The reminders could not be read: The agenda is out of reach."
    bar.timer.stop()

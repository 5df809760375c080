"""The agenda page lists the planned hearings of monitored trials under the appointments, by
court and number, only for the period shown and never as "mine"; they open no case file."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from astra_desktop.core.appointments import BELGRADE, AppointmentStatus
from astra_desktop.core.trials import MonitoredTrial, TrialHearing
from astra_desktop.gui.agenda_page import PERIODS, AgendaPage
from astra_desktop.gui.app import AppController
from astra_desktop.services import trials
from astra_desktop.services.agenda import Period


def test_agenda_page_shows_monitored_hearings_of_the_period(
    qtbot: QtBot, unlocked: AppController
) -> None:
    session = unlocked.session
    assert session is not None
    trial = trials.add(session, MonitoredTrial(
        court="Viši sud u Nišu", court_case_number="K 77/25", opened_on=date(2025, 2, 3),
    ))  # fmt: skip
    for day in (date(2026, 3, 2), date(2026, 3, 11), date(2026, 5, 20)):  # 2 March: past
        hearing = TrialHearing(trial.id, day, status=AppointmentStatus.PLANNED)
        trials.save_hearing(session, hearing, [], new=True)
    moment = datetime(2026, 3, 9, 12, 0, tzinfo=BELGRADE).astimezone(UTC)
    page = AgendaPage(session, unlocked.runner, clock=lambda: moment)
    qtbot.addWidget(page)
    page.show()

    def settle() -> None:
        qtbot.waitUntil(lambda: not unlocked.runner.busy, timeout=10000)

    settle()
    assert page.trials.isHidden()  # today: nothing
    # a monitored hearing past and still "planned" has its outcome to record
    assert page.periods.tabText(PERIODS.index(Period.OUTCOMES_DUE)).endswith("(1)")
    page.periods.setCurrentIndex(PERIODS.index(Period.OUTCOMES_DUE))
    settle()
    qtbot.waitUntil(lambda: page.trials.isVisible(), timeout=5000)
    assert page.trials.texts()[0][0] == "02.03.2026"
    page.periods.setCurrentIndex(PERIODS.index(Period.WEEK))
    settle()
    qtbot.waitUntil(lambda: page.trials.isVisible(), timeout=5000)
    assert page.trials.texts() == [("11.03.2026", "Viši sud u Nišu · K 77/25", "Main hearing")]
    assert "1 planned hearing" in page.trials.title.text()
    page.periods.setCurrentIndex(PERIODS.index(Period.UPCOMING))
    settle()
    qtbot.waitUntil(lambda: len(page.trials.texts()) == 2, timeout=5000)
    page.mine.setChecked(True)  # nobody's own: "only mine" shows none
    settle()
    qtbot.waitUntil(lambda: page.trials.isHidden(), timeout=5000)
    page.mine.setChecked(False)
    settle()
    qtbot.waitUntil(lambda: page.trials.isVisible(), timeout=5000)
    cell = page.trials.table.item(0, 1)
    assert cell is not None
    with qtbot.assertNotEmitted(page.open_case):  # no case behind it
        rect = page.trials.table.visualItemRect(cell)
        qtbot.mouseDClick(
            page.trials.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
        page.case_button.click()
    assert cell.text() == "Viši sud u Nišu · K 77/25"  # not editable

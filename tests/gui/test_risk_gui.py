"""A worker fills a risk assessment in the app and sees the level and the suggested actions."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from astra_desktop.core.models import Case, Client
from astra_desktop.core.risk import Answer, Level
from astra_desktop.gui.app import AppController
from astra_desktop.services import clients
from astra_desktop.services import risk as rs
from tests.gui._loaded import loaded
from tests.gui.conftest import shoot


def test_fill_assessment_see_level_and_suggestions(qtbot: QtBot, unlocked: AppController) -> None:
    main, session = unlocked.main, unlocked.session
    assert main is not None and session is not None
    case = clients.register(session, Client("Ivana", "Marić"), Case(""))
    rs.assess(session, case.id, {"B1": Answer.YES}, date.today() - timedelta(days=40))
    case_file = main.cases.open_case(case.id)
    assert case_file is not None
    case_file.tabs.setCurrentWidget(case_file.risk)
    form = loaded(qtbot, case_file.risk.new_assessment())  # the instrument read on the runner
    form.resize(1366, 768)
    for item_id in ("B1", "B2", "C2", "D2"):
        form.rows[item_id].buttons[Answer.YES].click()
    assert "Medium" in form.result_label.text() or "Low" in form.result_label.text()
    form.rows["A1"].buttons[Answer.YES].click()  # a red flag
    assert form.final is Level.HIGH and "High" in form.result_label.text()
    shoot(form, "risk-assessment-form")
    assert form.level_choice.set_value(Level.LOW)
    assert "written reason" in form.error.text()
    form.level_choice.setCurrentIndex(0)
    form.save()
    assert not form.isVisible()

    tab = loaded(qtbot, case_file.risk)  # read again on the task runner after the save
    assert "High" in tab.summary.text()
    assert tab.chart.points[-1][1] is Level.HIGH and len(tab.chart.points) == 2
    titles = [title for _key, title in tab.suggestions()]
    assert (
        "Arrange safe accommodation" in titles and "Change the phone number and SIM card" in titles
    )
    assert tab.add_suggested() == len(titles)
    loaded(qtbot, tab)
    assert tab.plan.rowCount() == len(titles)
    tab.history.item(0).setSelected(True)
    tab.history.item(1).setSelected(True)
    assert "A1" in tab.changes.text()
    shoot(main, "risk-history-and-plan")

    main.nav.setCurrentRow(2)
    main.risk_page.reload()
    assert main.risk_page.loading and not main.risk_page.table.isEnabled()  # on the runner
    loaded(qtbot, main.risk_page)
    shoot(main, "risk-dashboard")
    assert main.risk_page.table.rowCount() == 1  # high: due within the week, not overdue yet
    assert "overdue" not in main.risk_page.table.item(0, 2).text()  # type: ignore[union-attr]

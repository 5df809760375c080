"""The case's closing day (schema 19) in the case form, on a real vault: hidden while the case is
open, shown read-only under the status as dd.MM.yyyy once the closed status is saved (the day
the vault recorded, the one the support letter ends on), hidden again when the case is reopened;
a case closed before the day was kept says so instead of inventing one."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from astra_desktop.core.enums import CaseStatus
from astra_desktop.gui.case_file import CaseFile
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import clients
from astra_desktop.services import session as vs
from tests import _court_case
from tests.gui._loaded import loaded


def closing_row(page: CaseFile) -> tuple[bool, str, str]:
    """(shown, label, value) of the line under the status."""
    layout = page.case_form.layout()
    assert isinstance(layout, QFormLayout)
    row, _role = layout.getWidgetPosition(page.case_form.widgets["status"])
    label = layout.itemAt(row + 1, QFormLayout.ItemRole.LabelRole).widget()
    value = layout.itemAt(row + 1, QFormLayout.ItemRole.FieldRole).widget()
    assert isinstance(label, QLabel) and value is page.closed_on
    return layout.isRowVisible(row + 1), label.text(), page.closed_on.text()


def test_the_closing_day_is_shown_beside_the_status(qtbot: QtBot, session: vs.Session) -> None:
    made = _court_case.make(session, notes=0)
    runner = TaskRunner()
    page = CaseFile(session, made.case_id, runner)
    qtbot.addWidget(page)
    loaded(qtbot, page)  # the closing day is read with the header, on the task runner
    assert closing_row(page)[0] is False  # an open case has no closing day
    page.case_form.widgets["status"].set_value(CaseStatus.CLOSED)  # type: ignore[attr-defined]
    page.case_form.widgets["closure_reason"].setText("Podrška završena.")  # type: ignore[attr-defined]
    assert closing_row(page)[0] is False  # not before it is saved
    assert page.save_case()
    loaded(qtbot, page)  # read again after saving
    shown, label, value = closing_row(page)
    assert shown and label == "Closed on"
    assert value == date.today().strftime("%d.%m.%Y")
    assert page.closed_on.text() == value
    # reopened: the vault clears the day, the line goes
    page.case_form.widgets["status"].set_value(CaseStatus.FOLLOW_UP)  # type: ignore[attr-defined]
    assert page.save_case()
    loaded(qtbot, page)
    assert closing_row(page)[0] is False
    runner.wait()


def test_a_case_closed_before_the_day_was_kept(qtbot: QtBot, session: vs.Session) -> None:
    made = _court_case.make(session, notes=0)
    case = clients.get_case(session, made.case_id)
    case.status, case.closure_reason = CaseStatus.CLOSED_REFERRED, "Upućena partneru."
    clients.update_case(session, case)
    with session.write() as conn:  # as an older version left it: no day recorded
        conn.execute("UPDATE cases SET closed_on = NULL WHERE id = ?", (made.case_id,))
    runner = TaskRunner()
    page = CaseFile(session, made.case_id, runner)
    qtbot.addWidget(page)
    loaded(qtbot, page)  # the closing day is read with the header, on the task runner
    shown, _label, value = closing_row(page)
    assert shown and value.startswith("not recorded")
    runner.wait()

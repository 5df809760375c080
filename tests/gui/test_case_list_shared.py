"""The case list marks the cases shared with the office (team sync, issue 21): a person must see
which cases travel to the team's laptops before writing in them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from astra_desktop.core.models import Client
from astra_desktop.gui import i18n
from astra_desktop.gui.case_list import CaseListPage
from astra_desktop.gui.case_list_model import Column
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import clients, team
from astra_desktop.services.session import Session

TOOLTIPS = {
    "en": "Shared with the office",
    "sr-Latn": "Deli se sa kancelarijom",
    "sr-Cyrl": "Дели се са канцеларијом",
}


@pytest.mark.parametrize("code", ["en", "sr-Latn", "sr-Cyrl"])
def test_shared_cases_carry_an_icon_and_say_so(
    qtbot: QtBot, session: Session, tmp_path: Path, code: str
) -> None:
    i18n.install(code)
    try:
        shared = clients.register(session, Client("Ana", "Petrović"))
        local = clients.register(session, Client("Marko", "Jovanović"))
        team.create(session, "Kancelarija Beograd", folder=tmp_path / "office")
        team.share_case(session, shared.case_code)
        runner = TaskRunner()
        page = CaseListPage(session, runner)
        qtbot.addWidget(page)
        page.status.setCurrentIndex(1)  # all statuses
        model = page.model
        qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10000)
        rows = {model.case_id(r): r for r in range(model.rowCount())}

        def cell(case_id: str, role: Qt.ItemDataRole, column: Column = Column.CASE_CODE) -> object:
            return model.index(rows[case_id], column).data(role)

        icon = cell(shared.id, Qt.ItemDataRole.DecorationRole)
        assert icon is not None and not icon.isNull()  # type: ignore[attr-defined]
        tip = str(cell(shared.id, Qt.ItemDataRole.ToolTipRole))
        assert tip.startswith(shared.case_code) and TOOLTIPS[code] in tip, tip
        assert cell(local.id, Qt.ItemDataRole.DecorationRole) is None
        assert cell(local.id, Qt.ItemDataRole.ToolTipRole) == local.case_code
        # only the case code's cell: the others read as before
        assert cell(shared.id, Qt.ItemDataRole.DecorationRole, Column.CLIENT) is None
        assert cell(shared.id, Qt.ItemDataRole.DisplayRole) == shared.case_code

        team.share_case(session, shared.case_code, shared=False)
        model.refresh()
        qtbot.waitUntil(
            lambda: (
                model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
                and model.index(1, 0).data(Qt.ItemDataRole.DecorationRole) is None
            ),
            timeout=10000,
        )
        runner.wait()
    finally:
        i18n.uninstall()

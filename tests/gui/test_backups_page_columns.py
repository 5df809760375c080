"""The Backups page's "Made by" and "Verified" columns: names come from the users service (a
removed account still named, without the "#id" its removal added), and the verified state is
translated like the rest of the page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from astra_desktop.core.enums import Role
from astra_desktop.gui.backups_page import BackupsPage
from astra_desktop.services import backups, users
from astra_desktop.services.session import Session
from astra_desktop.storage import users as users_db
from tests.conftest import CASEWORKER, CASEWORKER_PASS

STATES = ("verified", "not verified", "damaged", "other vault")


class Marked(QTranslator):
    """Every string of the Backups page comes back in brackets: what went through tr() shows."""

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"[{source}]" if context == "BackupsPage" else ""


@pytest.fixture
def marked() -> Iterator[None]:
    translator = Marked()
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def _listed(page: BackupsPage, tmp_path: Path, created_by: str) -> list[str]:
    """The Verified column after the page shows one backup in each state."""
    found = [
        backups.Listing(tmp_path / f"{n}.astrabackup", 4000, created_by=created_by, state=state)
        for n, state in enumerate(STATES)
    ]
    page._show((page._generation, found, users.display_names(page.session)))
    return [page.table.item(r, 3).text() for r in range(len(STATES))]  # type: ignore[union-attr]


def test_the_verified_column_is_translated(
    qtbot: QtBot, session: Session, tmp_path: Path, marked: None
) -> None:
    page = BackupsPage(session)
    qtbot.addWidget(page)
    assert _listed(page, tmp_path, session.actor.user_id) == ["[yes]", "[no]", "[DAMAGED]", "—"]


def test_the_verified_column_in_english(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    page = BackupsPage(session)
    qtbot.addWidget(page)
    assert _listed(page, tmp_path, session.actor.user_id) == ["yes", "no", "DAMAGED", "—"]
    assert page.table.item(0, 2).text() == session.actor.username  # type: ignore[union-attr]


def test_a_removed_account_keeps_its_name(qtbot: QtBot, session: Session, tmp_path: Path) -> None:
    """A backup made by an account since removed, whose name a new account took, names it."""
    gone = users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    users.remove_user(session, CASEWORKER)
    again = users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    assert users_db.names(session.db)[gone.id] == f"{CASEWORKER}#{gone.id}"
    names = users.display_names(session)
    assert names[gone.id] == names[again.id] == CASEWORKER
    page = BackupsPage(session)
    qtbot.addWidget(page)
    _listed(page, tmp_path, gone.id)
    assert page.table.item(0, 2).text() == CASEWORKER  # type: ignore[union-attr]

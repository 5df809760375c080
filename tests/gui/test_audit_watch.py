"""An administrator who unlocks the app is told, within moments, when the audit trail was altered
(the background check process verifies it, gui/splice_watch.py); a caseworker (who holds no audit
key) and a sound trail get no message."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from astra_desktop.core.enums import AuditAction, Role
from astra_desktop.gui.dialogs import Messages
from astra_desktop.services import session as vs
from astra_desktop.services import users
from tests.conftest import ADMIN, ADMIN_PASS, CASEWORKER, CASEWORKER_PASS
from tests.gui.conftest import started, unlock
from tests.test_audit_trail import delete_entry, tamper


def prepared(vault_folder: Path, altered: bool) -> None:
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as admin:
        users.add_user(admin, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
        admin.audit(AuditAction.EXPORT, "case", "the-case")
        admin.audit(AuditAction.VIEW, "case", "the-case")
        data_key = bytes(admin.data_key)
    if altered:
        tamper(vault_folder, data_key, delete_entry)


def errors() -> list[str]:
    return [t for k, t in Messages.shown if k == "error"]


def test_an_administrator_is_told(qtbot: QtBot, vault_folder: Path) -> None:
    prepared(vault_folder, altered=True)
    Messages.shown.clear()
    with started(vault_folder) as ctl:
        unlock(qtbot, ctl)
        assert ctl.main is not None and ctl.main.isVisible()
        qtbot.waitUntil(lambda: bool(errors()), timeout=60000)
        [text] = errors()
        assert "audit trail has been altered" in text and "evidence" in text
        assert ctl.splice_watch is not None and ctl.splice_watch._check is not None
        assert ctl.splice_watch._check.trail_only


@pytest.mark.parametrize("altered", [False, True], ids=["sound", "altered"])
def test_no_message_for_a_sound_trail_or_a_caseworker(
    qtbot: QtBot, vault_folder: Path, altered: bool
) -> None:
    prepared(vault_folder, altered)
    Messages.shown.clear()
    user, secret = (CASEWORKER, CASEWORKER_PASS) if altered else (ADMIN, ADMIN_PASS)
    with started(vault_folder) as ctl:
        unlock(qtbot, ctl, user, secret)
        assert ctl.session is not None
        assert bool(ctl.session.audit_secret) is (user == ADMIN)
        watch = ctl.splice_watch
        assert watch is not None
        qtbot.waitUntil(lambda: not watch.running, timeout=60000)
        assert errors() == []

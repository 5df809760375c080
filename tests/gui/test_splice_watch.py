"""A large vault with a page from an older copy: the app opens, then reports it within seconds."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from astra_desktop.gui.app import AppController
from astra_desktop.gui.dialogs import Messages
from astra_desktop.services import session as vs
from tests.gui.conftest import started, unlock
from tests.test_splice_check import put_back_older_clients_page


def test_older_page_is_reported_after_opening_and_check_stops_on_lock(
    qtbot: QtBot, vault_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vs, "DEEP_CHECK_AT_OPEN_BYTES", 0)
    put_back_older_clients_page(vault_folder)
    Messages.shown.clear()
    with started(vault_folder) as ctl:
        unlock(qtbot, ctl)
        assert ctl.main is not None and ctl.main.isVisible()  # usable meanwhile
        qtbot.waitUntil(lambda: any(k == "error" for k, _ in Messages.shown), timeout=60000)
        text = next(t for k, t in Messages.shown if k == "error")
        assert "do not match the rest" in text and "clients" in text
        assert ctl.splice_watch is not None and not ctl.splice_watch.running
        ctl.lock()
        assert ctl.splice_watch is None


def test_sound_large_vault_says_nothing(
    qtbot: QtBot, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vs, "DEEP_CHECK_AT_OPEN_BYTES", 0)
    Messages.shown.clear()
    unlock(qtbot, controller)
    watch = controller.splice_watch
    assert watch is not None
    qtbot.waitUntil(lambda: not watch.running, timeout=60000)
    assert controller.session is not None and controller.session.deep_checked
    assert not [t for k, t in Messages.shown if k == "error"]

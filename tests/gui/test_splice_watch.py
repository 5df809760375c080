"""The GUI's unlock runs the quick checks only, at every size: a vault with a page from an older
copy, or a page that fails its MAC, opens, and the app reports it within seconds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from astra_desktop.gui import error_report
from astra_desktop.gui.app import AppController
from astra_desktop.gui.dialogs import Messages
from tests.conftest import ADMIN, ADMIN_PASS
from tests.gui.conftest import started, unlock
from tests.test_splice_check import damage_a_page, put_back_older_clients_page


def test_older_page_is_reported_after_opening_and_check_stops_on_lock(
    qtbot: QtBot, vault_folder: Path
) -> None:
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


def test_damaged_page_is_reported_shortly_after_opening(qtbot: QtBot, vault_folder: Path) -> None:
    """A page that fails its MAC, of a table the first screen does not read (unlock no longer
    reads through every page): the window opens and is usable, and the damage is reported
    within seconds, in unlock's own words."""
    damage_a_page(vault_folder, "consents")
    Messages.shown.clear()
    with started(vault_folder) as ctl:
        unlock(qtbot, ctl)
        assert ctl.main is not None and ctl.main.isVisible()
        assert ctl.session is not None and not ctl.session.deep_checked
        qtbot.waitUntil(lambda: any(k == "error" for k, _ in Messages.shown), timeout=60000)
        text = next(t for k, t in Messages.shown if k == "error")
        assert "vault.db) is damaged" in text and "1 damaged page(s)" in text
        assert not ctl.session.deep_checked


def test_sound_vault_says_nothing(qtbot: QtBot, controller: AppController) -> None:
    Messages.shown.clear()
    unlock(qtbot, controller)
    watch = controller.splice_watch
    assert watch is not None
    qtbot.waitUntil(lambda: not watch.running, timeout=60000)
    assert controller.session is not None and controller.session.deep_checked
    assert not [t for k, t in Messages.shown if k == "error"]


@pytest.mark.qt_no_exception_capture
def test_damaged_page_on_the_first_screen_says_the_vault_is_damaged(
    qtbot: QtBot, vault_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page is one the case list reads: the read stops there and the person is told the vault
    is damaged, in unlock's words — back at the unlock window when the window could not be built
    (the vault locked again), else by error_report and the whole-file check — never a general
    error, never a window left half open."""
    damage_a_page(vault_folder, "clients")
    Messages.shown.clear()
    monkeypatch.setattr(error_report, "_last_shown", {})
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    error_report.install(locked=lambda: False)
    with started(vault_folder) as ctl:
        window = ctl.unlock_window
        assert window is not None
        window.ui.user.setCurrentText(ADMIN)
        window.ui.secret.setText(ADMIN_PASS)
        qtbot.keyClick(window.ui.secret, "\r")

        def told() -> bool:
            shown = " ".join(t for _k, t in Messages.shown)
            return "vault.db) is damaged" in window.ui.message.text() or "damaged page" in shown

        qtbot.waitUntil(told, timeout=60000)
        if ctl.main is None:  # refused while building the first screen
            assert ctl.session is None and window.isVisible()
            assert "vault.db) is damaged" in window.ui.message.text()
        errors = [t for k, t in Messages.shown if k == "error"]
        assert all("vault.db) is damaged" in t for t in errors), errors

"""Unlocking, idle lock with a half-typed note, the panic shortcut — driven as a person would."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from astra_desktop.core.models import Case, Client
from astra_desktop.gui.app import AppController
from astra_desktop.services import case_records, clients
from astra_desktop.services import session as vs
from tests.conftest import ADMIN, ADMIN_PASS
from tests.gui.conftest import shoot, started, unlock


def test_wrong_then_right_passphrase(qtbot: QtBot, controller: AppController) -> None:
    window = controller.unlock_window
    assert window is not None
    shoot(window, "unlock")
    window.ui.user.setCurrentText(ADMIN)
    qtbot.keyClicks(window.ui.secret, "not my passphrase")
    qtbot.keyClick(window.ui.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not right" in window.ui.message.text(), timeout=10000)
    assert "try again in" in window.ui.message.text()
    assert not window.ui.unlock.isEnabled()  # the delay runs
    assert controller.session is None
    shoot(window, "unlock-wrong-passphrase")
    qtbot.waitUntil(window.ui.unlock.isEnabled, timeout=4000)  # the person waits out 2 s
    assert "try again now" in window.ui.message.text()
    unlock(qtbot, controller)
    assert controller.main is not None and controller.main.isVisible()
    assert not window.isVisible()


def test_forgot_passphrase_explains_the_recovery_key(
    qtbot: QtBot, controller: AppController
) -> None:
    from astra_desktop.gui.dialogs import Messages

    assert controller.unlock_window is not None
    qtbot.mouseClick(controller.unlock_window.ui.forgot, Qt.MouseButton.LeftButton)
    assert any("recovery key" in text for _kind, text in Messages.shown)


def test_idle_lock_keeps_half_typed_note(qtbot: QtBot, unlocked: AppController) -> None:
    assert unlocked.session is not None and unlocked.main is not None
    case = clients.register(unlocked.session, Client("Milena", "Jovanović"), Case(""))
    case_file = unlocked.main.cases.open_case(case.id)
    assert case_file is not None
    case_file.tabs.setCurrentWidget(case_file.notes)
    qtbot.keyClicks(case_file.notes.body, "Klijentkinja je javila da je bezbedna, ")
    unlocked.idle.timeout = 0.2  # instead of 5 minutes
    unlocked.idle.start()
    with qtbot.waitSignal(unlocked.locked, timeout=5000):
        pass
    assert unlocked.session is None and unlocked.main is None
    assert QGuiApplication.clipboard().text() == ""
    unlock(qtbot, unlocked)
    restored = unlocked.main.cases.case_file  # type: ignore[union-attr]
    assert restored is not None and restored.case.id == case.id
    assert restored.notes.body.toPlainText() == "Klijentkinja je javila da je bezbedna, "
    qtbot.keyClicks(restored.notes.body, "sve u redu.")
    assert restored.notes.save()
    notes = case_records.notes(unlocked.session, case.id)  # type: ignore[arg-type]
    assert notes[0].body == "Klijentkinja je javila da je bezbedna, sve u redu."


def test_panic_shortcut_hides_and_locks(
    qtbot: QtBot, unlocked: AppController, vault_folder: Path
) -> None:
    main = unlocked.main
    assert main is not None
    main.activateWindow()
    with qtbot.waitSignal(unlocked.locked, timeout=5000):
        qtbot.keyClick(main, Qt.Key.Key_F12)
    assert not main.isVisible()
    assert unlocked.session is None
    assert unlocked.unlock_window is not None and unlocked.unlock_window.isMinimized()
    # The vault really is closed: another process could open it now.
    vs.unlock(vault_folder, ADMIN, ADMIN_PASS).close()


def test_lock_now_and_titles_never_show_names(qtbot: QtBot, unlocked: AppController) -> None:
    assert unlocked.session is not None and unlocked.main is not None
    case = clients.register(unlocked.session, Client("Olena", "Kovalenko"), Case(""))
    unlocked.main.cases.open_case(case.id)
    assert unlocked.main.windowTitle() == f"ASTRA Desktop — {case.case_code}"
    assert "Kovalenko" not in unlocked.main.windowTitle()
    with qtbot.waitSignal(unlocked.locked, timeout=5000):
        qtbot.keyClick(unlocked.main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert unlocked.unlock_window is not None
    assert "Kovalenko" not in unlocked.unlock_window.windowTitle()


def test_every_section_says_what_it_is(qtbot: QtBot, unlocked: AppController) -> None:
    """Every section is built (none is a "not finished yet" placeholder); screenshots of each
    main screen."""
    main = unlocked.main
    assert main is not None
    names = ["cases", "appointments", "risk", "documents", "backups", "sos-hotline",
             "users-and-settings"]  # fmt: skip
    for row, name in enumerate(names):
        main.nav.setCurrentRow(row)
        page = main.stack.currentWidget()
        text = " ".join(label.text() for label in page.findChildren(QLabel))
        assert page.findChildren(QLabel), name  # the scan below reads the section's labels
        assert "not finished yet" not in text
        shoot(main, f"section-{row + 1}-{name}")


def test_a_long_unlock_says_why(
    qtbot: QtBot, vault_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first start after an update upgrades a large vault for up to a minute: the window says
    so instead of "Checking…" all along."""
    from astra_desktop.gui import unlock as unlock_window

    monkeypatch.setattr(unlock_window, "SLOW_UNLOCK_MS", 50)
    real = vs.unlock

    def slow(*args: object, **kwargs: object) -> vs.Session:
        time.sleep(0.6)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(vs, "unlock", slow)
    with started(vault_folder) as ctl:
        window = ctl.unlock_window
        assert window is not None
        window.ui.user.setCurrentText(ADMIN)
        window.ui.secret.setText(ADMIN_PASS)
        qtbot.keyClick(window.ui.secret, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "Still checking" in window.ui.message.text(), timeout=5000)
        qtbot.waitUntil(lambda: ctl.session is not None, timeout=15000)
        assert "Still checking" not in window.ui.message.text()

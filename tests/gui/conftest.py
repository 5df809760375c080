"""GUI fixtures: an app controller on a real vault in tmp_path, and helpers to wait for it."""

from __future__ import annotations

import contextlib
import os
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from astra_desktop.gui import style
from astra_desktop.gui.app import AppController
from tests.conftest import ADMIN, ADMIN_PASS

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture(scope="session", autouse=True)
def _collected_on_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the app (gui/app.py run): cyclic garbage collected on the GUI thread only."""
    from astra_desktop.gui.garbage import GuiThreadCollector

    collector = GuiThreadCollector(qapp)
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def _styled(qapp: QApplication) -> None:
    """The application's stylesheet, as `astra-desktop` applies it before its first window:
    every GUI test sees (and measures) the real look, whatever ran before it."""
    style.apply(qapp)


@pytest.fixture(autouse=True)
def _no_controller_left_running(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every app controller a test makes is locked and its clocks stopped when the test ends: one
    left running fires its idle lock during a later test, where the error is pinned on that
    innocent test (seen in CI). This names the test that left it."""
    made: list[weakref.ref[AppController]] = []
    original = AppController.__init__

    def tracked(self: AppController, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        made.append(weakref.ref(self))

    monkeypatch.setattr(AppController, "__init__", tracked)
    yield
    running = []
    for ref in made:
        ctl = ref()
        if ctl is None or not shiboken6.isValid(ctl):
            continue
        session = ctl.session
        idle = ctl._idle
        if session is not None and not session.closed:
            running.append("a vault still unlocked")
        if idle is not None and shiboken6.isValid(idle) and idle._timer.isActive():
            running.append("its idle-lock clock still running")
    assert not running, f"the test left an app controller with {', '.join(running)}"


@contextlib.contextmanager
def started(vault_folder: Path) -> Iterator[AppController]:
    """The app started on this vault; closed afterwards (for tests that set something up first)."""
    ctl = AppController(vault_folder.parent, idle_poll_ms=50)
    ctl.start()
    try:
        yield ctl
    finally:
        close(ctl)


def close(ctl: AppController) -> None:
    """The app's own way out: lock (drafts kept, filters and timers stopped), then close — so no
    idle watcher, key filter or reminder timer outlives its test."""
    ctl.runner.wait()
    ctl.shutdown()
    ctl.runner.wait()
    if ctl.session is not None:
        ctl.session.close()
    for widget in (ctl.main, ctl.unlock_window, ctl.wizard):
        if widget is not None and shiboken6.isValid(widget):
            widget.close()
            widget.deleteLater()


@pytest.fixture
def controller(qtbot: QtBot, vault_folder: Path) -> Iterator[AppController]:
    with started(vault_folder) as ctl:
        yield ctl


def unlock(qtbot: QtBot, ctl: AppController, user: str = ADMIN, secret: str = ADMIN_PASS) -> None:
    window = ctl.unlock_window
    assert window is not None
    window.ui.user.setCurrentText(user)
    window.ui.secret.setText(secret)
    with qtbot.waitSignal(ctl.unlocked, timeout=15000):
        qtbot.keyClick(window.ui.secret, "\r")


@pytest.fixture
def unlocked(qtbot: QtBot, controller: AppController) -> AppController:
    unlock(qtbot, controller)
    return controller


def shoot(widget: object, name: str) -> Path | None:
    """Save what a person would see, at 1366×768, for the README's screenshot folder.

    Only `make screenshots` (ASTRA_SCREENSHOTS=1) writes them: an ordinary test run leaves the
    checkout as it found it. The grab itself always happens, so painting errors still fail."""
    image = widget.grab()  # type: ignore[attr-defined]
    if not os.environ.get("ASTRA_SCREENSHOTS"):
        return None
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    image.save(str(path))
    return path


def type_text(qtbot: QtBot, widget: object, text: str) -> None:
    """Type like a keyboard does; QTest only knows ASCII keys, so other letters (č, Đ, Ђ) are sent
    as key events carrying the text, which is what a Serbian or Cyrillic layout produces."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)  # type: ignore[arg-type]

"""Office conventions: Vault/Edit/View/Help menus, Ctrl+Q locks then quits, Ctrl+1… switch
sections, About names the version and the bundled licences; `--demo` shows its progress."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from astra_desktop import __version__
from astra_desktop.gui import demo_start, main_menus
from astra_desktop.gui.about_dialog import AboutDialog
from astra_desktop.gui.app import AppController
from tests.gui.conftest import unlock


def _menus(ctl: AppController) -> dict[str, list[tuple[str, str]]]:
    assert ctl.main is not None
    return {
        menu.text(): [
            (a.text(), a.shortcut().toString()) for a in menu.menu().actions() if a.text()
        ]
        for menu in ctl.main.menuBar().actions()
    }


def test_menus_hold_the_usual_commands_and_keys(qtbot: QtBot, unlocked: AppController) -> None:
    menus = _menus(unlocked)
    assert list(menus) == ["&Vault", "&Edit", "&View", "&Help"]
    vault = dict(menus["&Vault"])
    assert vault["&New client…"] == "Ctrl+N" and vault["&Find a client"] == "Ctrl+F"
    assert vault["&Lock now"] == "Ctrl+L" and vault["&Quit"] == "Ctrl+Q"
    assert vault["&Hide and lock"] == "F12"  # Ctrl+Shift+H is its second key
    edit = dict(menus["&Edit"])
    assert edit["&Copy"] == QKeySequence(QKeySequence.StandardKey.Copy).toString()
    view = menus["&View"]
    assert [key for _text, key in view] == [f"Ctrl+{n}" for n in range(1, len(view) + 1)]


def test_ctrl_digit_switches_sections(qtbot: QtBot, unlocked: AppController) -> None:
    main = unlocked.main
    assert main is not None
    view = next(a.menu() for a in main.menuBar().actions() if a.text() == "&View")
    view.actions()[2].trigger()
    assert main.nav.currentRow() == 2
    view.actions()[0].trigger()
    assert main.nav.currentRow() == 0


def test_edit_commands_act_on_the_focused_field(qtbot: QtBot) -> None:
    window = QWidget()
    field = QLineEdit("Novi Sad")
    QVBoxLayout(window).addWidget(field)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=2000)
    main_menus.on_focused("selectAll")
    main_menus.on_focused("cut")
    assert field.text() == ""
    main_menus.on_focused("undo")
    assert field.text() == "Novi Sad"
    assert main_menus.edit_target(None) is None


def test_quit_locks_first_then_ends_the_app(
    qtbot: QtBot, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))  # before it is wired
    unlock(qtbot, controller)
    unlocked = controller
    main = unlocked.main
    assert main is not None
    with qtbot.waitSignal(unlocked.locked, timeout=10000):
        main.quit_action.trigger()
    assert quits == [True]
    assert unlocked.session is None and unlocked.main is None
    assert unlocked.unlock_window is None or not unlocked.unlock_window.isVisible()


def test_about_names_the_version_and_the_bundled_licences(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    shown = dialog.licences.toPlainText()
    assert "DejaVu" in shown and "Bitstream" in shown  # the fonts' licence, in full
    assert "GPL-3.0-or-later" in shown  # the icons' licence
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in labels and "GPL-3.0-or-later" in labels


def test_demo_vault_is_built_with_a_progress_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[int, int, str]] = []

    def make(clients: int, progress: Callable[[int, int], bool]) -> Path:
        for done in range(100, clients + 1, 100):
            assert progress(done, clients)
        return tmp_path

    original = demo_start.DemoProgress.step

    def step(self: demo_start.DemoProgress, done: int, total: int) -> None:
        original(self, done, total)
        seen.append((done, total, self.labelText()))

    monkeypatch.setattr(demo_start.DemoProgress, "step", step)
    assert demo_start.build_demo_home(300, make) == tmp_path
    assert [s[0] for s in seen] == [100, 200, 300]
    assert "100 of 300" in seen[0][2]
    assert "court proceedings" in seen[-1][2]


def test_demo_error_reaches_the_caller(qtbot: QtBot) -> None:
    def make(clients: int, progress: Callable[[int, int], bool]) -> Path:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        demo_start.build_demo_home(10, make)

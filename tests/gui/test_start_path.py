"""What the start and the unlock do before their window is on screen, and what waits (issue 17).

The unlock window paints before anything of the vault's machinery is imported; the main window
paints before the drafts are handed back and the idle lock starts, and locking in between loses
no draft.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from astra_desktop.core.models import Case, Client
from astra_desktop.gui import main_window
from astra_desktop.gui.app import IMPORT_WHILE_TYPING_MS, AppController
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import clients, drafts
from astra_desktop.services import session as vs
from tests.conftest import ADMIN, ADMIN_PASS
from tests.gui.conftest import unlock

ROOT = Path(__file__).resolve().parents[2]

# Modules the unlock window has no use for before its first paint: the vault's cipher, key
# derivation and crypto, PDFs, the session, the main window and its case file, the services'
# message catalogue, the worker thread.
NOT_BEFORE_THE_UNLOCK_WINDOW = (
    "sqlcipher3",
    "argon2",
    "cryptography",
    "reportlab",
    "astra_desktop.services.session",
    "astra_desktop.gui.main_window",
    "astra_desktop.gui.case_file",
    "astra_desktop.gui.service_text",
    "astra_desktop.gui.tasks",
)

# The app's real start (the entry point, home found as on a user's machine), stopped when the
# event loop would start (what is loaded then is what the first paint waited for), or after the
# loop has run for the seconds given (the unlock window waiting for a passphrase).
START = """
import sys
class StopAtTheLoop:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(StopAtTheLoop)
        import importlib.util
        spec = importlib.util.find_spec(name)
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
            def loaded(*_args):
                if WAIT_MS:  # a loop of its own: quitting the application closes its windows
                    from PySide6.QtCore import QEventLoop, QTimer
                    wait = QEventLoop()
                    QTimer.singleShot(WAIT_MS, wait.quit)
                    wait.exec()
                shown = [type(w).__name__ for w in module.QApplication.topLevelWidgets()
                         if w.isVisible()]
                loaded = sorted(m for m in sys.modules if m in WATCHED or m.split(".")[0] in WATCHED)
                print(repr((shown, loaded)))
                return 0
            module.QApplication.exec = loaded
        spec.loader.exec_module = exec_module
        return spec
WATCHED = set(sys.argv[1].split(","))
WAIT_MS = int(sys.argv[2])
sys.meta_path.insert(0, StopAtTheLoop)
from astra_desktop.__main__ import main
sys.exit(main([]))
"""


def _start(vault_folder: Path, wait_ms: int) -> tuple[list[str], list[str]]:
    """The windows on screen and the watched modules loaded, `wait_ms` into the event loop."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ASTRA_HOME=str(vault_folder.parent))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    watched = ",".join(NOT_BEFORE_THE_UNLOCK_WINDOW)
    done = subprocess.run(
        [sys.executable, "-c", START, watched, str(wait_ms)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    shown, loaded = ast.literal_eval(done.stdout.strip().splitlines()[-1])
    return shown, loaded


def test_the_unlock_window_paints_before_the_vault_machinery_loads(vault_folder: Path) -> None:
    shown, loaded = _start(vault_folder, 0)
    assert shown == ["UnlockWindow"]
    assert loaded == [], f"loaded before the unlock window was painted: {loaded}"


def test_what_unlocking_needs_loads_while_the_passphrase_is_typed(vault_folder: Path) -> None:
    shown, loaded = _start(vault_folder, IMPORT_WHILE_TYPING_MS + 1500)
    assert shown == ["UnlockWindow"]
    assert {"sqlcipher3", "astra_desktop.services.session", "astra_desktop.gui.main_window"} <= set(
        loaded
    )
    assert "astra_desktop.gui.case_file" not in loaded  # only when a case is opened


class _Paints(QObject):
    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.log.append("paint")
            watched.removeEventFilter(self)  # gone before the window is: no call while it dies
        return False


def test_the_main_window_settles_after_its_first_frame(
    qtbot: QtBot, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    log: list[str] = []
    witness = _Paints(log)
    open_main = AppController._open_main

    def watched(self: AppController, session: vs.Session) -> object:
        main = open_main(self, session)
        if main is not None:
            main.installEventFilter(witness)
        return main

    monkeypatch.setattr(AppController, "_open_main", watched)
    controller.window_painted.connect(lambda: log.append("window_painted"))
    controller.unlocked.connect(lambda: log.append("unlocked"))
    unlock(qtbot, controller)
    assert log == ["paint", "window_painted", "unlocked"]
    assert controller.splice_watch is None or controller.splice_watch.running


def test_locking_before_the_first_frame_keeps_the_drafts(
    qtbot: QtBot, controller: AppController, vault_folder: Path
) -> None:
    unlock(qtbot, controller)
    assert controller.session is not None and controller.main is not None
    case = clients.register(controller.session, Client("Milena", "Jovanović"), Case(""))
    case_file = controller.main.cases.open_case(case.id)
    assert case_file is not None
    case_file.tabs.setCurrentWidget(case_file.notes)
    case_file.notes.body.setPlainText("Javila se iz Niša.")
    controller.lock()  # the note goes into an encrypted draft
    # Unlocked again and locked before the event loop ran: the main window never painted, its
    # drafts were never handed back; they must still be in the vault.
    session = vs.unlock(vault_folder, ADMIN, ADMIN_PASS)
    controller.on_unlocked(session)
    assert controller.main is not None and not controller.main.isHidden()
    controller.lock()
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as check:
        kept = drafts.take_all(check)
        drafts.save_all(check, kept)  # put back for the unlock below
    assert any(key.startswith("case-file:") for key in kept)
    unlock(qtbot, controller)
    main = controller.main
    assert main is not None
    restored = main.cases.case_file
    assert restored is not None and restored.case.id == case.id
    assert restored.notes.body.toPlainText() == "Javila se iz Niša."


def test_first_frame_comes_once_after_the_paint_or_after_the_fallback(
    qtbot: QtBot, session: vs.Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = TaskRunner()
    try:
        frames: list[str] = []
        shown = main_window.MainWindow(session, runner)
        qtbot.addWidget(shown)
        shown.first_frame.connect(lambda: frames.append("shown"))
        qtbot.wait(50)
        assert frames == []  # not painted yet, the fallback a second away
        shown.show()
        qtbot.waitUntil(lambda: frames == ["shown"], timeout=5000)
        shown.update()
        qtbot.wait(50)
        assert frames == ["shown"]  # once only
        monkeypatch.setattr(main_window, "FIRST_FRAME_FALLBACK_MS", 100)
        never = main_window.MainWindow(session, runner)  # never shown, never painted
        qtbot.addWidget(never)
        never.first_frame.connect(lambda: frames.append("fallback"))
        qtbot.waitUntil(lambda: frames == ["shown", "fallback"], timeout=5000)
    finally:
        runner.wait()

"""Starting the desktop app, and moving between first run, unlocked and locked.

`AppController` owns the one session while the vault is unlocked. Locking saves half-typed input
as encrypted drafts, closes the vault, clears the clipboard and the windows, and shows the unlock
window; nothing about the vault's contents stays on screen.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from astra_desktop import APP_NAME, __version__, paths
from astra_desktop.gui.idle import IdleWatcher
from astra_desktop.gui.main_window import MainWindow
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.unlock import UnlockWindow
from astra_desktop.gui.wizard import SetupWizard
from astra_desktop.services import drafts, settings
from astra_desktop.services.session import Session
from astra_desktop.storage.vault_files import VaultFiles

log = logging.getLogger(__name__)


class AppController(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, home: Path, idle_poll_ms: int = 1000) -> None:
        super().__init__()
        self.home = home
        self.folder = paths.vault_dir(home)
        self.runner = TaskRunner(self)
        self.session: Session | None = None
        self.main: MainWindow | None = None
        self.wizard: SetupWizard | None = None
        self.unlock_window: UnlockWindow | None = None
        self.idle = IdleWatcher(5 * 60, poll_ms=idle_poll_ms, parent=self)
        self.idle.idle.connect(lambda: self.lock(panic=False))
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

    def start(self) -> None:
        if VaultFiles(self.folder).keys.exists():
            self.show_unlock()
        else:
            self.wizard = SetupWizard(self.home, self.folder, self.runner)
            self.wizard.created.connect(self.on_unlocked)
            self.wizard.show()

    def show_unlock(self, minimized: bool = False, message: str = "") -> UnlockWindow:
        if self.unlock_window is None:
            self.unlock_window = UnlockWindow(self.folder, self.runner)
            self.unlock_window.unlocked.connect(self.on_unlocked)
        self.unlock_window.reset(message)
        if minimized:
            self.unlock_window.showMinimized()
        else:
            self.unlock_window.showNormal()
            self.unlock_window.raise_()
            self.unlock_window.activateWindow()
        return self.unlock_window

    def on_unlocked(self, session: Session) -> None:
        self.session = session
        if self.unlock_window is not None:
            self.unlock_window.hide()
        self.main = MainWindow(session, self.runner)
        self.main.lock_requested.connect(lambda panic: self.lock(panic=panic))
        self.main.destroyed.connect(lambda: None)
        self.main.show()
        kept = drafts.take_all(session)
        if kept:
            self.main.restore_drafts(kept)
        self.idle.timeout = settings.get(session, settings.IDLE_LOCK_MINUTES) * 60
        self.idle.start()
        self.unlocked.emit()

    def lock(self, panic: bool = False) -> None:
        """Lock now; with `panic`, hide first so nothing stays on screen even for a moment."""
        main, session = self.main, self.session
        if main is None or session is None:
            return
        if panic:
            main.hide()
        self.idle.stop()
        self.runner.wait()
        try:
            drafts.save_all(session, main.drafts())
        except Exception:  # never let a failed draft keep the vault open
            log.exception("could not keep drafts")
        session.close()
        clipboard = QGuiApplication.clipboard()
        clipboard.clear()
        main.hide()
        main.deleteLater()
        self.main, self.session = None, None
        self.show_unlock(minimized=panic)
        self.locked.emit()

    def shutdown(self) -> None:
        if self.session is not None and self.main is not None:
            self.lock()
        if self.unlock_window is not None:
            self.unlock_window.close()


def run(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="astra-desktop")
    parser.add_argument("--home", metavar="DIR")
    args, qt_args = parser.parse_known_args(list(argv))
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    controller = AppController(paths.resolve_home(args.home))
    controller.start()

    def last_window_closed() -> None:
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        if not visible:
            controller.shutdown()
            app.quit()

    app.lastWindowClosed.connect(last_window_closed)
    with contextlib.suppress(KeyboardInterrupt):
        return int(app.exec())
    return 0

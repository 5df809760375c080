"""Starting the desktop app, and moving between first run, unlocked and locked.

`AppController` owns the one session while the vault is unlocked. Locking saves half-typed input
as encrypted drafts, closes the vault, clears the clipboard and the windows, and shows the unlock
window; nothing about the vault's contents stays on screen.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from astra_desktop import APP_NAME, __version__, app_settings, paths
from astra_desktop.gui import i18n
from astra_desktop.gui.idle import IdleWatcher
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.gui.unlock import UnlockWindow

if TYPE_CHECKING:  # imported when first needed: the unlock window must appear fast
    from astra_desktop.gui.main_window import MainWindow
    from astra_desktop.gui.wizard import SetupWizard
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
            from astra_desktop.gui.wizard import SetupWizard

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
        from astra_desktop.gui.main_window import MainWindow
        from astra_desktop.services import drafts, settings

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
        from astra_desktop.services import drafts

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


DEMO_USER = "demo"
DEMO_PASSPHRASE = "fictional demo vault only"


def make_demo_home(clients: int) -> Path:
    """A throwaway vault of plainly fictional records, so a newcomer can see the app at work."""
    from astra_desktop.services import demo
    from astra_desktop.services import session as vault_session
    from astra_desktop.storage import kdf

    vault_session.fictional_data_only()
    home = Path(tempfile.mkdtemp(prefix="astra-demo-"))
    session, _recovery = vault_session.create_vault(
        paths.vault_dir(home), DEMO_USER, DEMO_PASSPHRASE, organisation="Demo", kdf_params=kdf.FLOOR
    )
    with session:
        demo.fill(session, clients=clients, seed=1)
    return home


def run(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="astra-desktop")
    parser.add_argument("--home", metavar="DIR")
    parser.add_argument(
        "--demo", type=int, metavar="N", help="open a throwaway vault of N fictional clients"
    )
    parser.add_argument(
        "--stretch", type=float, metavar="F", help="lengthen every string F times (layout check)"
    )
    args, qt_args = parser.parse_known_args(list(argv))
    demo_home = make_demo_home(args.demo) if args.demo else None
    if demo_home is not None:
        args.home = str(demo_home)
        print(f"Demo vault in {demo_home}: user {DEMO_USER}, passphrase “{DEMO_PASSPHRASE}”.")
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    home = paths.resolve_home(args.home)
    i18n.install(app_settings.load(home).language, i18n.stretch_factor(args.stretch))
    controller = AppController(home)
    controller.start()
    if demo_home is not None and controller.unlock_window is not None:
        controller.unlock_window.ui.user.setCurrentText(DEMO_USER)
        controller.unlock_window.show_message(
            f"Demo vault of fictional records — passphrase: {DEMO_PASSPHRASE}"
        )

    def last_window_closed() -> None:
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        if not visible:
            controller.shutdown()
            app.quit()

    app.lastWindowClosed.connect(last_window_closed)
    try:
        with contextlib.suppress(KeyboardInterrupt):
            return int(app.exec())
        return 0
    finally:
        if demo_home is not None:
            shutil.rmtree(demo_home, ignore_errors=True)

"""Starting the desktop app, and moving between first run, unlocked and locked.

`AppController` owns the one session while the vault is unlocked. Locking saves half-typed input
as encrypted drafts, closes the vault, clears the clipboard and the windows, and shows the unlock
window; nothing about the vault's contents stays on screen.

Start-up time is a benchmark (bench/gui.py: within 1.5x a bare PySide6 window), so this module
imports only what the unlock window needs to paint; the main window, the wizard, the task
runner, the idle watcher and everything behind them are imported when first used.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from astra_desktop import APP_NAME, __version__, app_settings, paths
from astra_desktop.gui import i18n
from astra_desktop.gui.unlock import UnlockWindow
from astra_desktop.storage.vault_files import VaultFiles

if TYPE_CHECKING:  # imported when first needed: the unlock window must appear fast
    from astra_desktop.gui.idle import IdleWatcher
    from astra_desktop.gui.main_window import MainWindow
    from astra_desktop.gui.splice_watch import SpliceWatch
    from astra_desktop.gui.tasks import TaskRunner
    from astra_desktop.gui.wizard import SetupWizard
    from astra_desktop.services.session import Session


class _Log:
    """This module's logger, made when something is first logged: importing `logging` is a few
    milliseconds of the start, and the start only logs when something has gone wrong."""

    def __getattr__(self, name: str) -> Any:
        import logging

        return getattr(logging.getLogger(__name__), name)


log = _Log()


class AppController(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, home: Path, idle_poll_ms: int = 1000) -> None:
        super().__init__()
        self.home = home
        self.folder = paths.vault_dir(home)
        self.session: Session | None = None
        self.main: MainWindow | None = None
        self.wizard: SetupWizard | None = None
        self.unlock_window: UnlockWindow | None = None
        self._idle_poll_ms = idle_poll_ms
        self._runner: TaskRunner | None = None
        self._idle: IdleWatcher | None = None
        self.splice_watch: SpliceWatch | None = None  # a large vault's check, after unlocking

    @property
    def runner(self) -> TaskRunner:
        """The one task runner, made when first asked for (the first unlock or the wizard)."""
        if self._runner is None:
            from astra_desktop.gui.tasks import TaskRunner

            self._runner = TaskRunner(self)
        return self._runner

    @property
    def idle(self) -> IdleWatcher:
        """The idle-lock clock. It watches input only while the vault is unlocked: on the unlock
        window there is nothing to lock, and an application-wide Python event filter would
        cost every event of the first paint a round trip through Python."""
        if self._idle is None:
            from astra_desktop.gui.idle import IdleWatcher

            self._idle = IdleWatcher(5 * 60, poll_ms=self._idle_poll_ms, parent=self)
            self._idle.idle.connect(lambda: self.lock(panic=False))
        return self._idle

    def _watch_input(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None:
            return
        if on:
            app.installEventFilter(self.idle)
            self.idle.start()
        else:
            self.idle.stop()
            app.removeEventFilter(self.idle)

    def start(self) -> None:
        if VaultFiles(self.folder).keys.exists():
            self.show_unlock()
        else:
            _show_icons_in_menus()
            from astra_desktop.gui.wizard import SetupWizard

            self.wizard = SetupWizard(self.home, self.folder, self.runner)
            self.wizard.created.connect(self.on_unlocked)
            self.wizard.show()

    def show_unlock(self, minimized: bool = False, message: str = "") -> UnlockWindow:
        if self.unlock_window is None:
            # Through a weak reference: a window holding a closure over its controller would make
            # a reference cycle, left to the garbage collector, which then destroys Qt objects at
            # an arbitrary moment (seen as a segfault while another unlock ran on the worker).
            me = weakref.ref(self)
            self.unlock_window = UnlockWindow(self.folder, lambda: _alive(me).runner)
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
        _show_icons_in_menus()
        self.session = session
        if self.unlock_window is not None:
            self.unlock_window.hide()
        from astra_desktop.gui.main_window import MainWindow
        from astra_desktop.services import drafts, settings

        self.main = MainWindow(session, self.runner)
        self.main.lock_requested.connect(lambda panic: self.lock(panic=panic))
        self.main.language_chosen.connect(self.change_language)
        self.main.destroyed.connect(lambda: None)
        self.main.show()
        kept = drafts.take_all(session)
        if kept:
            self.main.restore_drafts(kept)
        self.idle.timeout = settings.get(session, settings.IDLE_LOCK_MINUTES) * 60
        self._watch_input(True)
        if self.splice_watch is None or not self.splice_watch.running:
            from astra_desktop.gui import splice_watch

            me = weakref.ref(self)
            self.splice_watch = splice_watch.start(session, lambda: _alive(me).main, self)
        self.unlocked.emit()

    def change_language(self, code: str) -> None:
        """Switch the interface language now, without a restart or a new sign-in.

        Texts are set when a window is built, so the main window is built again in the new
        language on the same session: half-typed input goes through an encrypted draft as on
        locking, and the person stays on the section they were in. The hidden unlock window is
        dropped, to be made again in the new language when the vault next locks.
        """
        i18n.install(code, i18n.stretch_in_use())
        if self.unlock_window is not None:
            self.unlock_window.deleteLater()
            self.unlock_window = None
        old, session = self.main, self.session
        if old is None or session is None:
            return
        from astra_desktop.services import drafts

        self.runner.wait()
        try:
            drafts.save_all(session, old.drafts())
        except Exception:  # a lost draft must not leave the window half switched
            log.exception("could not keep drafts")
        section, geometry = old.nav.currentRow(), old.saveGeometry()
        self.on_unlocked(session)  # the new window first, so the app never has none on screen
        if self.main is not None:
            self.main.restoreGeometry(geometry)
            self.main.nav.setCurrentRow(section)
        old.hide()
        old.deleteLater()

    def lock(self, panic: bool = False) -> None:
        """Lock now; with `panic`, hide first so nothing stays on screen even for a moment."""
        main, session = self.main, self.session
        if main is None or session is None:
            return
        if panic:
            main.hide()
        from PySide6.QtGui import QGuiApplication

        from astra_desktop.services import drafts

        self._watch_input(False)
        if self.splice_watch is not None:
            self.splice_watch.stop()
            self.splice_watch = None
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


def _alive(ref: weakref.ref[AppController]) -> AppController:
    controller = ref()
    if controller is None:
        raise RuntimeError("the app controller is gone")
    return controller


def _show_icons_in_menus() -> None:
    """Menus show their icons on every platform (macOS hides them unless told). Set when the first
    window with menus is made rather than at start: reading `Qt` makes Python build its ~90
    enums, about 12 ms, and the unlock window needs none of them."""
    from PySide6.QtCore import Qt

    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)


DEMO_USER = "demo"
DEMO_PASSPHRASE = "fictional demo vault only"


def make_demo_home(clients: int) -> Path:
    """A throwaway vault of plainly fictional records, so a newcomer can see the app at work."""
    import tempfile

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
            import shutil

            shutil.rmtree(demo_home, ignore_errors=True)

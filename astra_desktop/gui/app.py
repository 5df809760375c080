"""Starting the desktop app, and moving between first run, unlocked and locked.

`AppController` owns the one session while the vault is unlocked. Locking saves half-typed input
as encrypted drafts, closes the vault, clears the clipboard and the windows, and shows the unlock
window; nothing about the vault's contents stays on screen.

Start-up time is a benchmark (bench/gui.py: whole processes, within 1.2x a bare PySide6 window),
so this module imports only what the unlock window needs to paint; the main window, the wizard,
the task runner, the idle watcher and everything behind them are imported when first used — or
while the person types the passphrase. Unlocking is one too (bench/unlock.py: the main window's
first frame within 1.5x Argon2 alone): the window is shown as soon as it is built, and what can
wait a frame (drafts, idle lock, whole-file checks) runs after its first one.
"""

from __future__ import annotations

import contextlib
import sys
import weakref
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from astra_desktop import APP_NAME, __version__, app_settings, paths
from astra_desktop.gui import i18n
from astra_desktop.gui.unlock import UnlockWindow
from astra_desktop.services import vault_info

if TYPE_CHECKING:  # imported when first needed: the unlock window must appear fast
    import argparse

    from astra_desktop.core.changes import Changes
    from astra_desktop.gui.idle import IdleWatcher, LockKeys
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
IMPORT_WHILE_TYPING_MS = 1000  # after the start: the unlock window has long been painted


class AppController(QObject):
    locked = Signal()
    window_painted = Signal()  # the main window's first frame is on screen (bench/unlock.py)
    unlocked = Signal()  # and then settled: drafts handed back, idle lock and checks running

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
        self._keys: LockKeys | None = None
        self._locking = False
        self.splice_watch: SpliceWatch | None = None  # the whole-file checks, after unlocking

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

    @property
    def keys(self) -> LockKeys:
        """Ctrl+L and the panic keys, heard from every window while the vault is unlocked."""
        if self._keys is None:
            from astra_desktop.gui.idle import LockKeys
            from astra_desktop.gui.main_window import LOCK_KEYS, PANIC_KEYS

            self._keys = LockKeys([LOCK_KEYS], PANIC_KEYS, parent=self)
            self._keys.pressed.connect(self._lock_requested)
        return self._keys

    def _lock_requested(self, panic: bool) -> None:
        self.lock(panic=panic)

    def _watch_input(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None:
            return
        if on:
            app.installEventFilter(self.idle)
            app.installEventFilter(self.keys)  # installed last: it sees every key first
            self.idle.start()
        else:
            self.idle.stop()
            app.removeEventFilter(self.idle)
            app.removeEventFilter(self.keys)

    def _settings_changed(self, changes: Changes) -> None:
        """A setting saved under Users & settings applies at once, not at the next unlock."""
        if self.session is None or self.session.closed or not changes.touches("setting"):
            return
        from astra_desktop.services import settings

        self.idle.timeout = settings.get(self.session, settings.IDLE_LOCK_MINUTES) * 60

    def start(self) -> None:
        if vault_info.exists(self.folder):
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
            self.unlock_window.checking.connect(_import_main_window)
            # While the person types: imported then, an unlock does not wait for the imports.
            QTimer.singleShot(IMPORT_WHILE_TYPING_MS, self, _import_for_unlock)
        window = self.unlock_window
        window.reset(message)
        if minimized:  # the panic keys: on screen nothing, in the taskbar only "locked"
            window.showMinimized()
        else:
            # Shown, normal size and focused, whatever state an earlier panic left it in. `Qt` is
            # read only then: at the first start it would cost the first paint ~25 ms.
            if window.isMinimized():
                from PySide6.QtCore import Qt

                state = window.windowState() & ~Qt.WindowState.WindowMinimized
                window.setWindowState(state | Qt.WindowState.WindowActive)
            window.showNormal()
            window.raise_()
            window.activateWindow()
        return window

    def on_unlocked(self, session: Session) -> None:
        """Show the main window; what can wait a frame waits for its first one (`_settle`)."""
        main = self._open_main(session)
        if main is None:
            return
        me = weakref.ref(self)  # not a closure over the controller: see show_unlock

        def settle() -> None:
            controller = me()
            if controller is not None:  # gone with its app: nothing left to settle
                controller._settle(session, main)

        main.first_frame.connect(settle)
        main.show()

    def _open_main(self, session: Session) -> MainWindow | None:
        """The main window for `session`, built (the first screen only) but not yet shown."""
        _show_icons_in_menus()
        self.session = session
        # This thread reads first: it takes the connection unlock opened on the worker (before
        # the window queues the worker's own first queries, which would take it instead).
        session.db  # noqa: B018
        from PySide6.QtCore import Qt

        from astra_desktop.gui.dialogs import Messages

        Messages.locking = False
        if self.unlock_window is not None:
            self.unlock_window.hide()
            # Hidden in the normal state: a window hidden while minimised (unlocked after the
            # panic keys) would otherwise come back minimised at every later lock.
            self.unlock_window.setWindowState(Qt.WindowState.WindowNoState)
        from astra_desktop.gui.main_window import MainWindow

        try:
            main = MainWindow(session, self.runner)
        except Exception as exc:
            self._refuse_damaged(session, exc)
            return None
        self.main = main
        main.lock_requested.connect(self._lock_requested)
        main.language_chosen.connect(self.change_language)
        main.quit_requested.connect(self.shutdown)  # locks first, in this order
        main.quit_requested.connect(QApplication.quit)
        main.destroyed.connect(lambda: None)
        return main

    def _settle(self, session: Session, main: MainWindow) -> None:
        """After the main window's first frame: the idle lock and the lock keys watching input,
        the whole-file checks scheduled — first, so that a draft that fails to come back cannot
        leave them off — then the drafts handed back (a write when there are any: every lock
        keeps at least where the person was). Nothing if the vault locked meanwhile (its drafts
        then stay in the vault for the next unlock)."""
        if self.session is not session or self.main is not main or session.closed:
            return
        from PySide6.QtCore import Qt

        from astra_desktop.gui import change_hub
        from astra_desktop.services import drafts, settings

        self.window_painted.emit()
        self.idle.timeout = settings.get(session, settings.IDLE_LOCK_MINUTES) * 60
        change_hub.of(session).changed.connect(
            self._settings_changed, Qt.ConnectionType.UniqueConnection
        )
        self._watch_input(True)
        if self.splice_watch is None or not self.splice_watch.running:
            from astra_desktop.gui import splice_watch

            me = weakref.ref(self)
            self.splice_watch = splice_watch.start(session, lambda: _alive(me).main, self)
        kept = drafts.take_all(session)
        if kept:
            main.restore_drafts(kept)
        self.unlocked.emit()

    def _refuse_damaged(self, session: Session, exc: Exception) -> None:
        """The first screen met a damaged page of vault.db (unlock reads only what its quick checks
        need; the whole-file checks follow once the window is up): back to the unlock window,
        which says so, as an unlock refusing the vault would have. Any other failure is raised."""
        from astra_desktop.services.splice_check import damage

        damaged = damage(exc)
        if damaged is None:
            raise exc
        self.session = None
        session.close()
        self.show_unlock(message=str(damaged))

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
            from astra_desktop.gui.secret_field import conceal_all

            conceal_all(old)  # a passphrase shown in a dialog is never kept in a draft
            drafts.save_all(session, old.drafts())
        except Exception:  # a lost draft must not leave the window half switched
            log.exception("could not keep drafts")
        section, geometry = old.nav.currentRow(), old.saveGeometry()
        # The new window first, so the app never has none on screen; settled at once, so that
        # what was typed in the old one is there before anything else happens.
        main = self._open_main(session)
        if main is not None:
            main.show()
            self._settle(session, main)
            main.restoreGeometry(geometry)
            main.nav.setCurrentRow(section)
        old.hide()
        old.deleteLater()

    @property
    def locking(self) -> bool:
        """True while `lock` runs (its windows closing must not end the app)."""
        return self._locking

    def lock(self, panic: bool = False) -> None:
        """Lock now, from wherever the person is: the main window, a dialog, a message box, a
        file chooser, the document viewer. With `panic` (F12) the unlock window then shows only
        minimised, so nothing of the app is on screen.

        In order: what was typed is read (milliseconds, the dialogs still open), every window but
        the unlock window is hidden and every dialog ended, Rejected — its own finished-handlers
        run while the vault is still open, and a dialog or box that was running `exec()` returns
        once this is done, to code that finds `Messages` answering "no" —, the typing goes into
        encrypted drafts, and only then the vault closes.
        """
        main, session = self.main, self.session
        if main is None or session is None or self._locking:
            return
        if not isValid(main):
            # Destroyed from outside (the application closing around it): no window is left to
            # hide or to unlock from, so the clocks stop and the vault closes, nothing more.
            self._watch_input(False)
            session.close()
            self.main, self.session = None, None
            return
        self._locking = True
        try:
            self._lock(main, session, panic)
        finally:
            self._locking = False
        self.locked.emit()

    def _lock(self, main: MainWindow, session: Session, panic: bool) -> None:
        from PySide6.QtGui import QGuiApplication

        from astra_desktop.gui.dialogs import Messages
        from astra_desktop.gui.secret_field import conceal_all
        from astra_desktop.services import drafts

        Messages.locking = True  # from here no box opens for the windows going away
        self._watch_input(False)
        # What was typed is read first, while the dialogs are still open (a few milliseconds,
        # nothing written yet), then nothing of the vault stays on screen.
        kept: dict[str, dict[str, Any]] = {}
        try:
            for window in QApplication.topLevelWidgets():
                conceal_all(window)  # a passphrase shown in a dialog is never kept in a draft
            kept = main.drafts()
        except Exception:  # never let a failed draft keep the vault open
            log.exception("could not collect drafts")
        on_screen = self._others()
        self._hide_all(on_screen)
        self._end_dialogs(on_screen)
        if self.splice_watch is not None:
            self.splice_watch.stop()
            self.splice_watch = None
        # The windows go with the session: none of their clocks (reminders, a call's timer)
        # may start new work on it between now and their deletion.
        for window in {main, *on_screen}:
            with contextlib.suppress(RuntimeError):
                for timer in window.findChildren(QTimer):
                    timer.stop()
        self.runner.wait()
        try:
            drafts.save_all(session, kept)
        except Exception:  # never let a failed draft keep the vault open
            log.exception("could not keep drafts")
        self.runner.forget_pending()  # results still queued for the windows about to go
        session.close()
        clipboard = QGuiApplication.clipboard()
        clipboard.clear()
        main.hide()
        main.deleteLater()
        self.main, self.session = None, None
        self.show_unlock(minimized=panic)

    def _others(self) -> list[QWidget]:
        """Every window on screen but the unlock window: the main window, its dialogs, message
        boxes and file choosers, the document viewer, popup menus, tooltips."""
        return [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not self.unlock_window
        ]

    def _hide_all(self, windows: list[QWidget]) -> None:
        from PySide6.QtWidgets import QToolTip

        QToolTip.hideText()
        for _ in range(20):  # menus open from menus; bounded, a popup must not stop the lock
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
            popup.hide()
        for window in windows:
            window.hide()

    def _end_dialogs(self, windows: list[QWidget]) -> None:
        """End every dialog that was open, as Cancel would but without its "discard?" question:
        one running `exec()` returns Rejected (a message box: no button clicked), one opened
        with `open()` emits `finished` to its page while the vault is still open."""
        from PySide6.QtWidgets import QDialog

        for widget in reversed(windows):  # the last opened (the innermost exec) first
            if isinstance(widget, QDialog):
                with contextlib.suppress(RuntimeError):  # deleted by an earlier one's handler
                    QDialog.done(widget, int(QDialog.DialogCode.Rejected))  # no override asks

    def shutdown(self) -> None:
        if self.session is not None and self.main is not None:
            self.lock()
        if self.unlock_window is not None and isValid(self.unlock_window):
            self.unlock_window.close()


def _alive(ref: weakref.ref[AppController]) -> AppController:
    controller = ref()
    if controller is None:
        raise RuntimeError("the app controller is gone")
    return controller


def _import_for_unlock() -> None:
    """Import what unlocking and the main window need while the unlock window waits for the
    passphrase: the first unlock after a start then takes as long as any later one. In two turns
    of the event loop (the session, then the main window), so typing stalls briefly if at all."""
    from astra_desktop.services import session  # noqa: F401

    QTimer.singleShot(0, _import_main_window)


@cache
def _import_main_window() -> None:
    """Import what the main window needs, once. Also when an unlock starts (too soon after the
    start for `_import_for_unlock`): the worker derives the key then, and Argon2 leaves the GIL
    free, so the imports run beside it rather than after it."""
    from astra_desktop.gui import (  # noqa: F401
        change_hub,
        dialogs,
        idle,
        main_window,
        splice_watch,
    )
    from astra_desktop.services import drafts, settings  # noqa: F401

    _meet_scroll_area_types()


def _meet_scroll_area_types() -> None:
    """PySide6 makes a Qt class's Python type, with its enums, when it first meets the class. The
    first view asked for its viewport makes it meet every kind of scroll area (graphics views, MDI
    areas, dialogs …: ~40 enums, 10–15 ms): here, rather than in the first main window."""
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    view.viewport()
    view.deleteLater()


def _show_icons_in_menus() -> None:
    """Menus show their icons on every platform (macOS hides them unless told). Set when the first
    window with menus is made rather than at start: reading `Qt` makes Python build its ~90
    enums, about 12 ms, and the unlock window needs none of them."""
    from PySide6.QtCore import Qt

    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    use_qt_file_dialogs()  # before any window that can open one (the wizard, the main window)


def use_qt_file_dialogs() -> None:
    """Qt's own file chooser, never the desktop's: a native one (GTK, the portal, Windows) is out
    of Qt's reach, so locking could neither catch its keys nor close it, and it adds every file
    chosen to the desktop's "recently used" list on disk — an exported court document's name
    included. Set with the menus' attribute, when the first window after the unlock window is
    made: reading `Qt` at start cost the unlock window's first paint ~35 ms (bench/gui.py)."""
    from PySide6.QtCore import Qt

    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)


DEMO_USER = "demo"
DEMO_PASSPHRASE = "fictional demo vault only"


def make_demo_home(clients: int, progress: Callable[[int, int], bool] | None = None) -> Path:
    """A throwaway vault of plainly fictional records, so a newcomer can see the app at work."""
    import tempfile

    from astra_desktop import demo

    home = Path(tempfile.mkdtemp(prefix="astra-demo-"))
    demo.create_demo_vault(paths.vault_dir(home), DEMO_USER, DEMO_PASSPHRASE, clients, progress)
    return home


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """The app's own options, and the rest for Qt. A plain start has none: building a parser
    looks up argparse's message catalogues on disk (`gettext`), a few milliseconds of the start
    that bench/gui.py measures, so it is built only when there is something to parse."""
    import argparse

    if not argv:
        return argparse.Namespace(home=None, demo=None, stretch=None), []
    parser = argparse.ArgumentParser(prog="astra-desktop")
    parser.add_argument("--home", metavar="DIR")
    parser.add_argument(
        "--demo", type=int, metavar="N", help="open a throwaway vault of N fictional clients"
    )
    parser.add_argument(
        "--stretch", type=float, metavar="F", help="lengthen every string F times (layout check)"
    )
    return parser.parse_known_args(list(argv))


def run(argv: Sequence[str]) -> int:
    args, qt_args = parse_args(argv)
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    from astra_desktop.gui.garbage import GuiThreadCollector

    GuiThreadCollector(app)  # cycles collected on this thread, never on the worker's
    from astra_desktop.gui import style

    style.apply(app)  # resources/style/astra.qss, before the first window
    demo_home = None
    if args.demo:
        from astra_desktop.gui.demo_start import build_demo_home

        demo_home = build_demo_home(args.demo, make_demo_home)  # with a progress window
        args.home = str(demo_home)
        print(f"Demo vault in {demo_home}: user {DEMO_USER}, passphrase “{DEMO_PASSPHRASE}”.")
    home = paths.resolve_home(args.home)
    i18n.install(app_settings.load(home).language, i18n.stretch_factor(args.stretch))
    controller = AppController(home)
    from astra_desktop.gui import error_report

    error_report.install(locked=lambda: controller.session is None and controller.wizard is None)
    controller.start()
    if demo_home is not None and controller.unlock_window is not None:
        controller.unlock_window.ui.user.setCurrentText(DEMO_USER)
        controller.unlock_window.show_message(
            f"Demo vault of fictional records — passphrase: {DEMO_PASSPHRASE}"
        )

    def last_window_closed() -> None:
        if controller.locking:  # a dialog ended by the lock, before the unlock window shows
            return
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

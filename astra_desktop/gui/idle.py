"""Idle lock by the wall clock (time asleep, a closed laptop lid, counts as idle time), and the
lock and panic keys, heard from every window."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(
        self,
        timeout_seconds: float,
        clock: Callable[[], float] = time.time,
        poll_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.timeout = timeout_seconds
        self._clock = clock
        self._last = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._check)

    def start(self) -> None:
        self._last = self._clock()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def touch(self) -> None:
        self._last = self._clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last = self._clock()
        return False

    def _check(self) -> None:
        if self._clock() - self._last >= self.timeout:
            self._timer.stop()
            self.idle.emit()


class LockKeys(QObject):
    """Lock and panic keys that work from every window of the app, dialogs included.

    Window shortcuts (QAction, QShortcut) are dead while a modal dialog, a message box or a file
    chooser runs: Qt gives shortcuts only to the active window and not to windows a modal dialog
    blocks, and a message box's nested event loop has no shortcuts of the main window at all.
    So the keys are watched by an application-wide event filter, installed while the vault is
    unlocked. It claims the key at ShortcutOverride (so no window's own shortcut fires as well)
    and acts on the KeyPress that follows, wherever the focus is.
    """

    pressed = Signal(bool)  # True for the panic keys

    def __init__(
        self, lock_keys: Sequence[str], panic_keys: Sequence[str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._keys: dict[int, bool] = {}
        for keys, panic in ((lock_keys, False), (panic_keys, True)):
            for text in keys:
                sequence = QKeySequence(text)
                if sequence.count():
                    self._keys[sequence[0].toCombined()] = panic  # type: ignore[index]

    def match(self, event: QKeyEvent) -> bool | None:
        """True for a panic key, False for the lock key, None for any other key."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        combined = QKeyCombination(modifiers, Qt.Key(event.key())).toCombined()
        return self._keys.get(combined)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        panic = self.match(event)
        if panic is None:
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
            self.pressed.emit(panic)
        return True

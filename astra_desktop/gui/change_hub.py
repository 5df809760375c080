"""One signal that tells open views what the vault's last write changed (cf. anki's
`gui_hooks.operation_did_execute`).

`of(session).changed` carries a `core.changes.Changes` after every committed write, whichever
page, dialog or worker made it; views connect to it and decide for themselves whether what
changed concerns them. No page calls another page's refresh: `refresh_on(view, session, kinds,
view.reload)` is the one line a view needs.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from astra_desktop.core.changes import Changes
from astra_desktop.services.session import Session


class ChangeHub(QObject):
    changed = Signal(object)  # Changes, on the GUI thread
    _arrived = Signal(object)  # from whichever thread wrote

    def __init__(self, session: Session) -> None:
        super().__init__()
        # Writes on the task thread call in from there: queued, so views hear of it on theirs.
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._stop = session.on_change(self._arrived.emit)
        self._session = weakref.ref(session)

    def _deliver(self, changes: Changes) -> None:
        session = self._session()
        if session is None or session.closed:  # arrived after locking: no view is left to tell
            return
        self.changed.emit(changes)

    def close(self) -> None:
        self._stop()


_hubs: weakref.WeakKeyDictionary[Session, ChangeHub] = weakref.WeakKeyDictionary()


def of(session: Session) -> ChangeHub:
    """The session's hub, made when first asked for (on the GUI thread)."""
    hub = _hubs.get(session)
    if hub is None:
        hub = _hubs[session] = ChangeHub(session)
    return hub


class _Refresher(QObject):
    """Calls a view's refresh when a change concerns it: at once if the view is on screen
    (several changes in one turn of the event loop make one refresh), otherwise when it is next
    shown."""

    def __init__(
        self, view: QWidget, wanted: Callable[[Changes], bool], refresh: Callable[[], None]
    ) -> None:
        super().__init__(view)
        self._view, self._wanted, self._refresh = view, wanted, refresh
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run)
        view.installEventFilter(self)

    def on_changes(self, changes: Changes) -> None:
        if not self._wanted(changes):
            return
        self._stale = True
        if self._view.isVisible():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._stale:
            self._timer.start()
        return False

    def _run(self) -> None:
        if self._stale:
            self._stale = False
            self._refresh()


def refresh_on(
    view: QWidget, session: Session, kinds: Iterable[str] | None, refresh: Callable[[], None]
) -> None:
    """Refresh `view` whenever a record of one of `kinds` changes (None: anything in a case
    file). The connection ends with the view."""
    wanted: Callable[[Changes], bool]
    if kinds is None:
        wanted = Changes.touches_case_records
    else:
        chosen = tuple(kinds)

        def wanted(changes: Changes) -> bool:
            return changes.touches(*chosen)

    refresher = _Refresher(view, wanted, refresh)
    of(session).changed.connect(refresher.on_changes)

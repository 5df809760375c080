"""Reporting the whole-file checks (page MACs, page splices), which finish after the window opens.

See services/splice_check.py. Unlock runs only the quick checks, so the window is usable at once;
the check's child process starts a moment later (START_DELAY_MS, once the first screen has been
painted and filled) and a problem it finds is shown in the words unlock uses for it. The check
stops when the vault locks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from astra_desktop.gui.dialogs import Messages
from astra_desktop.services import splice_check
from astra_desktop.services.session import Session

START_DELAY_MS = 1000
POLL_MS = 250


class SpliceWatch(QObject):
    def __init__(
        self,
        session: Session,
        window: Callable[[], QWidget | None],
        parent: QObject | None = None,
        delay_ms: int = START_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._window = window
        self._check: splice_check.SpliceCheck | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        self._timer.stop()
        if self._check is not None:
            self._check.cancel()

    def _poll(self) -> None:
        if self._check is None:  # the first tick: start the child
            if self._session.closed:
                self._timer.stop()
                return
            self._check = splice_check.SpliceCheck(self._session)
            self._timer.setInterval(POLL_MS)
            return
        if not self._check.finished():
            return
        self._timer.stop()
        problem = self._check.problem
        if problem is not None:
            title = (
                self.tr("The audit trail has been altered")
                if self._check.trail_only
                else self.tr("The vault is damaged")
            )
            Messages.error(self._window(), title, str(problem))
        elif not self._check.failed:
            self._session.deep_checked = True


def start(
    session: Session, window: Callable[[], QWidget | None], parent: QObject
) -> SpliceWatch | None:
    """Start the check if unlocking left it to be done; None when there is nothing to do."""
    if not splice_check.needed(session):
        return None
    return SpliceWatch(session, window, parent)

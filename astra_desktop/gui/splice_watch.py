"""Reporting the page-splice check of a large vault, which finishes after the window is open.

See services/splice_check.py. The window is usable meanwhile; a problem found is shown as the
same message unlock gives for a small vault, and the check stops when the vault locks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from astra_desktop.errors import VaultDamaged
from astra_desktop.gui.dialogs import Messages
from astra_desktop.services import splice_check
from astra_desktop.services.session import Session


class SpliceWatch(QObject):
    def __init__(
        self, session: Session, window: Callable[[], QWidget | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._window = window
        self._check = splice_check.SpliceCheck(session)
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        self._timer.stop()
        self._check.cancel()

    def _poll(self) -> None:
        if not self._check.finished():
            return
        self._timer.stop()
        if self._check.stale:
            damaged = VaultDamaged(
                splice_check.STALE.format(detail="tables " + ", ".join(self._check.stale))
            )
            Messages.error(self._window(), self.tr("The vault is damaged"), str(damaged))
        elif not self._check.failed:
            self._session.deep_checked = True


def start(
    session: Session, window: Callable[[], QWidget | None], parent: QObject
) -> SpliceWatch | None:
    """Start the check if unlocking left it to be done; None when there is nothing to do."""
    if not splice_check.needed(session):
        return None
    return SpliceWatch(session, window, parent)

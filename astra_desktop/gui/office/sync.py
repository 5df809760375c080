"""Syncing with the office folder while the vault is unlocked (issue 21): once at unlock, when the
folder changes (a file synchroniser delivered another laptop's file), every few minutes as a safety
net, and when the person asks. One sync at a time, on the task runner: a request while one runs
is remembered and run after it.

What the last sync found stays here for the status bar and the Office page: files applied, waiting,
refused (with the reason: never silent), records held for a choice, this laptop removed.

Locking stops the timers (the app stops every timer of the window), waits for the running sync
(each file is applied in one transaction) and drops its result; a watcher signal after that finds
the session closed and does nothing.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from astra_desktop.core.appointments import local_now
from astra_desktop.errors import AstraError, VaultLocked
from astra_desktop.gui.tasks import TaskRunner
from astra_desktop.services import sync, team_status
from astra_desktop.services.session import Session
from astra_desktop.services.sync import SyncResult

log = logging.getLogger(__name__)

DEBOUNCE_MS = 2000  # a synchroniser writes a file in pieces: wait for the folder to be still
SAFETY_MS = 5 * 60 * 1000  # a watcher can miss a change (network shares): sync anyway


class OfficeSync(QObject):
    changed = Signal()  # a sync started or ended, or the team changed: views read the state again

    def __init__(self, session: Session, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.running = False
        self.result: SyncResult | None = None
        self.finished_at: datetime | None = None
        self.error = ""  # why the last sync could not run at all
        self.owners: dict[str, str] = {}  # device id -> owner, for the waiting lines
        self._again: dict[str, str] | None = None  # choices of a sync asked for while one ran
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._folder_changed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.sync_now)
        self._safety = QTimer(self)
        self._safety.setInterval(SAFETY_MS)
        self._safety.timeout.connect(self.sync_now)

    # --- starting and watching -------------------------------------------------------------------
    def start(self) -> bool:
        """At unlock (after the first frame) or after joining: sync now and keep watching. False
        when the vault is in no team or has no office folder yet (nothing to do)."""
        if self.session.closed or not team_status.in_team(self.session):
            return False
        if team_status.folder(self.session) is None:
            self.changed.emit()
            return False
        self._safety.start()
        return self.sync_now()

    def watch(self) -> None:
        """The office folder and the other devices' subfolders (not this laptop's own: its writes
        would wake it up again)."""
        if self.session.closed:
            return
        overview = team_status.overview(self.session)
        self.owners = {d.device_id: d.owner for d in overview.devices}
        folder = Path(overview.folder) if overview.folder else None
        wanted = set()
        if folder is not None and folder.is_dir():
            wanted = {str(folder)} | {
                str(folder / sub) for sub in overview.subfolders if (folder / sub).is_dir()
            }
        watched = set(self.watcher.directories())
        if watched - wanted:
            self.watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self.watcher.addPaths(sorted(wanted - watched))

    def _folder_changed(self, _path: str) -> None:
        if not self.session.closed:
            self._debounce.start()  # restarted by every change: one sync once the folder is still

    # --- syncing -----------------------------------------------------------------------------------
    def sync_now(self, choices: dict[str, str] | None = None) -> bool:
        """Start a sync on the task runner; True if one started (one running: this one follows)."""
        if self.session.closed:
            return False
        if self.running:
            self._again = {**(self._again or {}), **(choices or {})}
            return False
        self.running = True
        self.changed.emit()
        session, picks = self.session, dict(choices or {})
        self.runner.run(
            lambda: sync.sync(session, None, picks), on_done=self._done, on_error=self._failed
        )
        return True

    def _done(self, result: SyncResult) -> None:
        self.running = False
        self.result, self.error = result, ""
        self.finished_at = local_now()
        self._after()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        if isinstance(exc, VaultLocked) or self.session.closed:
            return  # locked meanwhile: nobody is left to tell, the next unlock syncs again
        if not isinstance(exc, AstraError):
            log.error("sync failed", exc_info=exc)
        self.error = (
            str(exc) if isinstance(exc, AstraError) else self.tr("It failed: {0}").format(exc)
        )
        self.finished_at = local_now()
        self._after()

    def _after(self) -> None:
        try:
            self.watch()
        except AstraError:  # the vault is fine; the folder is not there: said by the next sync
            log.debug("could not watch the office folder", exc_info=True)
        self.changed.emit()
        if self._again is not None and not self.session.closed:
            choices, self._again = self._again, None
            self.sync_now(choices)

    # --- what the status line says ------------------------------------------------------------------
    @property
    def problem(self) -> bool:
        r = self.result
        return bool(self.error) or (r is not None and bool(r.refused or r.removed or r.held))

    def summary(self) -> str:
        """One line for the status bar."""
        r = self.result
        if self.running:
            return self.tr("Office: syncing…")
        if self.error:
            return self.tr("Office: not synced. {0}").format(self.error)
        if r is None:
            return ""
        if r.removed:
            return self.tr("Office: this laptop was removed from the team.")
        parts = [self.tr("Office: synced at {0}").format(self._when())]
        if r.applied:
            parts.append(self.tr("%n file(s) applied", "", len(r.applied)))
        if r.held:
            parts.append(self.tr("%n record(s) to choose", "", len(r.conflicts)))
        if r.refused:
            parts.append(self.tr("%n file(s) refused", "", len(r.refused)))
        if r.waiting:
            parts.append(self.tr("%n file(s) waiting", "", len(r.waiting)))
        return " · ".join(parts)

    def _when(self) -> str:
        return self.finished_at.strftime("%H:%M") if self.finished_at else ""

    def details(self) -> list[str]:
        """Each refused file with its reason, each file waiting, the records to choose."""
        r = self.result
        if r is None:
            return []
        lines = [self.tr("Refused: {0}").format(reason) for reason in r.refused.values()]
        for device, seq in r.waiting:
            lines.append(
                self.tr(
                    "Waiting: file {0} from {1} has not arrived yet, or its key has not."
                ).format(seq, self.owners.get(device, device[:8]))
            )
        if r.held:
            lines.append(
                self.tr(
                    "%n record(s) were changed here and on another laptop: choose which version "
                    "to keep (Choose versions…). Nothing of those files is applied until then.",
                    "",
                    len(r.conflicts),
                )
            )
        if r.removed:
            lines.append(
                self.tr(
                    "The administrator removed this laptop from the team: it no longer receives "
                    "the office's changes and publishes nothing. What is in this vault stays."
                )
            )
        return lines

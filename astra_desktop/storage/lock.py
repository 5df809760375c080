"""One writing process per vault: an OS file lock held for as long as the vault is open."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from astra_desktop.errors import VaultBusy
from astra_desktop.storage.atomic import PRIVATE_FILE

BUSY = (
    "The vault is already open in another ASTRA Desktop window or command. Close it there first, "
    "then try again."
)


class VaultLock:
    def __init__(self, folder: Path) -> None:
        # Not thread-local: the GUI unlocks on a worker thread and locks again on the GUI thread.
        self._lock = FileLock(
            str(folder / "vault.lock"), timeout=0, mode=PRIVATE_FILE, thread_local=False
        )

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout as exc:
            raise VaultBusy(BUSY) from exc

    def release(self) -> None:
        self._lock.release()

    @property
    def held(self) -> bool:
        return bool(self._lock.is_locked)

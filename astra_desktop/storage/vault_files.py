"""The files of one vault folder, named in one place."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from astra_desktop.storage.atomic import PRIVATE_DIR, tighten


@dataclass(frozen=True)
class VaultFiles:
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / "vault.db"

    @property
    def keys(self) -> Path:
        return self.folder / "vault.keys"

    @property
    def anchor(self) -> Path:
        return self.folder / "vault.anchor"

    @property
    def throttle(self) -> Path:
        return self.folder / "vault.throttle"

    def exists(self) -> bool:
        return self.keys.exists() and self.db.exists()

    @property
    def lock(self) -> Path:
        return self.folder / "vault.lock"

    def tighten(self) -> None:
        """Make the folder 0700 and its files 0600 (a no-op on Windows: see storage.atomic)."""
        tighten(self.folder, PRIVATE_DIR)
        db = self.db
        for path in (db, db.with_name(f"{db.name}-wal"), db.with_name(f"{db.name}-shm"),
                     self.keys, self.anchor, self.throttle, self.lock):  # fmt: skip
            tighten(path)

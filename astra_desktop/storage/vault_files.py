"""The files of one vault folder, named in one place."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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

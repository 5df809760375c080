"""The few settings needed before a vault is unlocked (the interface language).

Kept in `settings.json` in the data folder; by design it never holds anything about clients,
cases or users — everything else lives inside the encrypted vault.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from astra_desktop.storage.atomic import private_dir, write_atomic

LANGUAGES = ("en", "sr-Latn", "sr-Cyrl")


@dataclass(frozen=True)
class AppSettings:
    language: str = "en"


def path(home: Path) -> Path:
    return home / "settings.json"


def load(home: Path) -> AppSettings:
    with contextlib.suppress(OSError, ValueError, TypeError):
        raw = json.loads(path(home).read_text(encoding="utf-8"))
        if raw.get("language") in LANGUAGES:
            return AppSettings(language=raw["language"])
    return AppSettings()


def save(home: Path, settings: AppSettings) -> None:
    private_dir(home)
    write_atomic(path(home), json.dumps(asdict(settings)).encode())

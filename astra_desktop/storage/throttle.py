"""Failed unlocks slow down, and the delay survives restarts (`vault.throttle`).

The file holds counters and times only, keyed by a hash of the account name. Deleting it resets
the delay; that is accepted, since each guess still costs a full Argon2id derivation.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from collections.abc import Callable
from pathlib import Path

from astra_desktop.errors import UnlockThrottled
from astra_desktop.storage.atomic import write_atomic

FREE_ATTEMPTS = 0
MAX_DELAY = 900.0
MAX_PENDING = 100


def delay_after(failures: int) -> float:
    """Seconds to wait after `failures` wrong passphrases in a row: 2, 4, 8 … 900 (a slip costs 2 s)."""
    if failures <= FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY, float(2 ** (failures - FREE_ATTEMPTS)))


class Throttle:
    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self._path = path
        self._clock = clock

    def _load(self) -> dict[str, dict[str, object]]:
        with contextlib.suppress(OSError, ValueError):
            data = json.loads(self._path.read_text())
            if isinstance(data, dict):
                return data
        return {}

    @staticmethod
    def _key(account: str) -> str:
        return hashlib.sha256(("astra-throttle:" + account).encode()).hexdigest()[:32]

    def check(self, account: str) -> None:
        """Raise UnlockThrottled if this account must still wait."""
        entry = self._load().get(self._key(account), {})
        failures = int(entry.get("failures", 0))  # type: ignore[call-overload]
        last = float(entry.get("last", 0.0))  # type: ignore[arg-type]
        wait = last + delay_after(failures) - self._clock()
        if wait > 0:
            raise UnlockThrottled(wait)

    def failed(self, account: str) -> float:
        """Record a failure; return the delay now in force."""
        data = self._load()
        entry = data.setdefault(self._key(account), {})
        failures = int(entry.get("failures", 0)) + 1  # type: ignore[call-overload]
        now = self._clock()
        pending = list(entry.get("pending", []))[-MAX_PENDING + 1 :]  # type: ignore[call-overload]
        entry.update(failures=failures, last=now, pending=[*pending, now])
        write_atomic(self._path, json.dumps(data).encode())
        return delay_after(failures)

    def succeeded(self, account: str) -> list[float]:
        """Reset the counter; return the times of the failures since the last success (to audit)."""
        data = self._load()
        entry = data.pop(self._key(account), None)
        if entry is not None:
            write_atomic(self._path, json.dumps(data).encode())
            pending = entry.get("pending", [])
            return [float(t) for t in pending] if isinstance(pending, list) else []
        return []

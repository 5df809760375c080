"""Argon2id: turning a passphrase into a key-wrapping key.

Parameters are calibrated once, at vault creation, to about half a second on that machine, and never
go below the floor (m=64 MiB, t=3, p=4). They are stored per keyslot, so a slot made on a faster
machine still opens on a slower one.
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass

KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    time_cost: int
    parallelism: int

    def as_dict(self) -> dict[str, int | str]:
        return {"alg": "argon2id", "m": self.memory_kib, "t": self.time_cost, "p": self.parallelism}

    @classmethod
    def from_dict(cls, d: dict[str, object]) -> KdfParams:
        if d.get("alg") != "argon2id":
            raise ValueError("unsupported KDF")
        m, t, p = d["m"], d["t"], d["p"]
        if not (isinstance(m, int) and isinstance(t, int) and isinstance(p, int)):
            raise ValueError("bad KDF parameters")
        # Read before the file's MAC can be checked (the check needs the key they derive): an
        # edited file must not make each unlock try allocate gigabytes or run for many seconds.
        limit = LOAD_LIMIT
        if not (
            8 * p <= m <= limit.memory_kib
            and 1 <= t <= limit.time_cost
            and 1 <= p <= limit.parallelism
            and m * t <= MAX_WORK_KIB
        ):
            raise ValueError("KDF parameters out of range")
        return cls(m, t, p)


FLOOR = KdfParams(memory_kib=64 * 1024, time_cost=3, parallelism=4)
# Calibration raises memory from the floor up to 1 GiB, then passes, and never beyond MAX_WORK_KIB
# (memory x passes). Parameters read from a file (keyslots, backup and bundle locks) are refused
# beyond the same bounds: whatever calibration can make opens, and an edit to, say, 1 GiB x 8
# passes (13 s a try on a slow laptop) is refused at once as damage. 4 GiB-passes is more than
# calibration reaches on any real machine (1 GiB x 3 passes already takes ~1-2 s on fast ones,
# against a 0.5 s target), yet bounds a try at about half of that edited file's cost.
MAX_MEMORY_KIB = 1024 * 1024
MAX_WORK_KIB = 4 * MAX_MEMORY_KIB
LOAD_LIMIT = KdfParams(memory_kib=MAX_MEMORY_KIB, time_cost=10, parallelism=16)


def normalise(passphrase: str) -> bytes:
    """NFC, so the same passphrase typed on another keyboard or OS derives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw  # loaded when first needed (start-up time)

    return hash_secret_raw(
        normalise(secret),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _cost(params: KdfParams) -> float:
    start = time.perf_counter()
    derive("calibration", b"\0" * 16, params)
    return time.perf_counter() - start


def calibrate(target_seconds: float = 0.5) -> KdfParams:
    """Raise memory (then time) from the floor until one derivation takes about `target_seconds`."""
    params = FLOOR
    elapsed = _cost(params)
    while elapsed < target_seconds * 0.7:
        factor = min(2.0, target_seconds / max(elapsed, 1e-3))
        if params.memory_kib < MAX_MEMORY_KIB:
            memory = min(MAX_MEMORY_KIB, int(params.memory_kib * factor))
            params = KdfParams(memory, params.time_cost, params.parallelism)
        elif params.memory_kib * (params.time_cost + 1) <= MAX_WORK_KIB:
            params = KdfParams(params.memory_kib, params.time_cost + 1, params.parallelism)
        else:
            break
        elapsed = _cost(params)
    return params

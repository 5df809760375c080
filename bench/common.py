"""Shared pieces: run options, result rows, timing statistics, throwaway vaults, the raw floor.

Every figure is a ratio to a floor measured in the same run on the same machine, so the numbers
stay comparable across laptops and CI runners whose absolute speeds differ by several times.
"""

from __future__ import annotations

import contextlib
import cProfile
import os
import pstats
import shutil
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psutil
import sqlcipher3

from astra_desktop.core.models import Client
from astra_desktop.services import clients
from astra_desktop.services import session as vault_session
from astra_desktop.storage import database, kdf
from astra_desktop.storage.database import Connection

ADMIN = "bench-admin"
PASSPHRASE = "quiet lantern orchard thirty-seven"
ROOT = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Options:
    """What `python -m bench` was asked to do (see __main__.py for the flags)."""

    clients: int = 50_000
    big: bool = False
    calibrate: bool = False
    seed: int = 1


@dataclass
class Figure:
    """One line of the report: the app's number, the floor's, and what the target says."""

    name: str
    unit: str
    value: float
    floor: float
    detail: str = ""
    target: str = ""
    ok: bool | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        return self.value / self.floor if self.floor else float("inf")


def percentile(samples: list[float], q: float) -> float:
    """Nearest-rank percentile: with few samples it reports a real sample, not an interpolation."""
    ordered = sorted(samples)
    index = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def timed(
    fn: Callable[[], object], times: int, warmup: int = 1, budget: float | None = None
) -> list[float]:
    """Wall-clock seconds of `times` calls, after `warmup` untimed calls fill caches.

    With a `budget` (seconds), stop early once it is spent and at least 5 samples are in: a call
    that takes seconds is slow enough to report without fifty repetitions of it.
    """
    for _ in range(warmup):
        fn()
    samples: list[float] = []
    began = time.perf_counter()
    for _ in range(times):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
        if budget is not None and len(samples) >= 5 and time.perf_counter() - began > budget:
            break
    return samples


def interleaved(
    app: Callable[[], object],
    floor: Callable[[], object],
    times: int,
    warmup: int = 1,
    budget: float | None = None,
) -> tuple[list[float], list[float]]:
    """`timed` for a pair, alternating app and floor call by call.

    On a shared machine the load drifts during a run; measured one after the other, the two sides
    would see different machines and the ratio would show the drift, not the app.
    """
    for _ in range(warmup):
        app()
        floor()
    app_s: list[float] = []
    floor_s: list[float] = []
    began = time.perf_counter()
    for _ in range(times):
        for fn, samples in ((app, app_s), (floor, floor_s)):
            start = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - start)
        if budget is not None and len(app_s) >= 5 and time.perf_counter() - began > budget:
            break
    return app_s, floor_s


@contextlib.contextmanager
def scratch(prefix: str) -> Iterator[Path]:
    """A temporary folder on the same disk as the system temp dir, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix=f"astra-bench-{prefix}-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def new_vault(folder: Path, params: kdf.KdfParams = kdf.FLOOR) -> Path:
    """A fresh, closed vault with one administrator (floor KDF unless calibration was asked for)."""
    sess, _recovery = vault_session.create_vault(
        folder, ADMIN, PASSPHRASE, organisation="Bench", kdf_params=params
    )
    sess.close()
    return folder


def open_vault(folder: Path) -> vault_session.Session:
    return vault_session.unlock(folder, ADMIN, PASSPHRASE)


def first_case(sess: vault_session.Session) -> str:
    """Some case to hang notes and attachments on."""
    row = sess.db.execute("SELECT id FROM cases LIMIT 1").fetchone()
    if row:
        return str(row[0])
    return clients.register(sess, Client(given_name="Bench", family_name="Case")).id


def raw_connection(path: Path) -> Connection:
    """A plain keyed SQLCipher connection with the app's pragmas: the floor for writes.

    Same cipher, memory wiping, WAL and `synchronous=FULL` (one fsync per commit), but none of the
    app's work on top: no triggers, audit entries, search index or anchor file.
    """
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    database.apply_key(conn, os.urandom(32), os.urandom(16))
    # The app wipes freed memory unless the process holds demo data only; it is process-wide in
    # SQLCipher, so the floor must set it the same way or whichever side runs first decides it.
    if getattr(database, "_memory_security", True):
        conn.execute("PRAGMA cipher_memory_security = ON")
    for pragma in database._PRAGMAS:
        conn.execute("PRAGMA " + pragma)
    return conn


class RssSampler:
    """Peak resident memory while a block runs, sampled every millisecond in a thread.

    ru_maxrss is a high-water mark for the whole process (Argon2 alone takes 64 MiB at unlock),
    so it cannot show what one operation added; sampling can.
    """

    def __init__(self, interval: float = 0.001) -> None:
        self._proc = psutil.Process()
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.baseline = 0
        self.peak = 0

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._proc.memory_info().rss)
            time.sleep(self._interval)

    def __enter__(self) -> RssSampler:
        self.baseline = self.peak = self._proc.memory_info().rss
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._proc.memory_info().rss)

    @property
    def increase(self) -> int:
        return self.peak - self.baseline


def ms(seconds: float) -> float:
    return seconds * 1000.0


# Where the app blocks: SQL statements and the fsyncs of the anchor and key files.
_BLOCKING = {"<method 'execute'": "SQL", "<built-in method posix.fsync>": "fsync"}


def blocking_time_by_caller(
    fn: Callable[[], object], top: int = 3
) -> tuple[float, list[tuple[str, float]]]:
    """Run `fn` once under cProfile: its total seconds, and the time spent in SQL and fsync,
    charged to the function that made the call.

    Nearly all of the app's time is in `Connection.execute` or `os.fsync`; knowing whose call
    spent it (index_note, digest.recompute, write_atomic …) is what turns a slow figure into a fix.
    """
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.runcall(fn)
    total = time.perf_counter() - start
    by_caller: dict[str, float] = {}
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    for (file, _line, name), (*_, callers) in stats.items():
        kind = next((k for prefix, k in _BLOCKING.items() if name.startswith(prefix)), None)
        if file != "~" or kind is None:
            continue
        for (caller_file, _cline, caller), (*_, cumulative) in callers.items():
            key = f"{kind} in {Path(caller_file).stem}.{caller}"
            by_caller[key] = by_caller.get(key, 0.0) + cumulative
    ranked = sorted(by_caller.items(), key=lambda kv: kv[1], reverse=True)[:top]
    return total, ranked


def describe_profile(total: float, ranked: list[tuple[str, float]]) -> str:
    def span(seconds: float) -> str:
        return f"{seconds:.2f} s" if total >= 1 else f"{ms(seconds):.1f} ms"

    parts = [f"{name} {span(seconds)}" for name, seconds in ranked]
    return f"one call under cProfile took {span(total)}, of which " + ", ".join(parts)

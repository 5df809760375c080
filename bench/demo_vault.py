"""The large demo vault (50,000 clients by default), built once and cached under bench/.cache/.

Filling it takes far longer than any benchmark that reads it, so it is kept between runs, keyed by
schema version, client count and seed: a migration makes a new vault instead of measuring a stale
one. After changing the demo generator itself, delete bench/.cache/ to rebuild. Benchmarks get a
copy in a temporary folder, because unlocking writes audit entries and the anchor.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

from astra_desktop import demo
from astra_desktop.services.session import fictional_data_only
from astra_desktop.storage import migrate
from astra_desktop.storage.vault_files import VaultFiles
from bench.common import ROOT, Options, new_vault, open_vault, scratch

CACHE = ROOT / ".cache"
DONE = "complete"


def cache_key(opts: Options) -> str:
    return f"schema{migrate.latest_version()}-{opts.clients}c-seed{opts.seed}"


def _build(folder: Path, opts: Options) -> None:
    """In a child process that declares it holds fictional data only, as `astra-desktop demo`
    does: SQLCipher's memory wiping is then off (10x faster bulk writes), and, being
    process-wide, it must not be switched off in the process that takes the measurements.
    """
    fictional_data_only()
    start = time.perf_counter()

    def progress(done: int, total: int) -> bool:
        if done % 5000 == 0 or done == total:
            rate = done / (time.perf_counter() - start)
            eta = (total - done) / rate if rate else 0.0
            print(f"  {done:,}/{total:,} clients, {rate:.0f}/s, about {eta / 60:.0f} min left",
                  flush=True)  # fmt: skip
        return True

    new_vault(folder)
    with open_vault(folder) as sess:
        demo.fill(sess, opts.clients, seed=opts.seed, progress=progress)


def cached(opts: Options) -> Path:
    """The cached vault folder for these options, built first if it is not there yet."""
    entry = CACHE / cache_key(opts)
    if (entry / DONE).exists() and VaultFiles(entry / "vault").exists():
        return entry / "vault"
    for stale in CACHE.glob(f"schema*-{opts.clients}c-seed{opts.seed}*"):
        shutil.rmtree(stale, ignore_errors=True)  # older schemas: half a gigabyte each at 50k
    building = entry.with_name(entry.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    print(f"  building a {opts.clients:,}-client demo vault in {entry} (cached for next runs)")
    start = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(1, maxtasksperchild=1) as pool:
        pool.apply(_build, (building / "vault", opts))
    (building / DONE).write_text(f"{time.perf_counter() - start:.1f} s\n")
    building.rename(entry)
    print(f"  built in {time.perf_counter() - start:.1f} s")
    return entry / "vault"


def build_seconds(opts: Options) -> float | None:
    """How long the cached vault took to fill (recorded when it was built)."""
    marker = CACHE / cache_key(opts) / DONE
    with contextlib.suppress(OSError, ValueError):
        return float(marker.read_text().split()[0])
    return None


@contextlib.contextmanager
def working_copy(opts: Options) -> Iterator[Path]:
    """A throwaway copy of the cached demo vault, so benchmarks never change the cache."""
    source = cached(opts)
    with scratch("demo") as folder:
        target = folder / "vault"
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("vault.lock"))
        yield target

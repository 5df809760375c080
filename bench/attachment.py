"""Attachment import: `documents.import_file` against the same 256 KiB chunks written raw.

The requirement is that importing a 500 MB file raises peak memory by no more than about 30 MB
(scans and recordings are large; laptops are small). Each side runs in a fresh process so one
measurement's freed memory cannot hide the other's growth, and peak RSS is sampled in a thread
around the import alone, after the vault is unlocked (Argon2's 64 MiB is not counted).
"""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

from astra_desktop.services import documents
from bench.common import (
    Figure,
    Options,
    RssSampler,
    first_case,
    new_vault,
    open_vault,
    raw_connection,
    scratch,
)

MB = 1024 * 1024
DEFAULT_MB = 200
BIG_MB = 500
TARGET_MB = 30.0


def _random_file(path: Path, size: int) -> None:
    with path.open("wb") as fh:
        for _ in range(size // MB):
            fh.write(os.urandom(MB))


def _measure_import(folder: str, source: str) -> dict[str, float]:
    """In a child process: import the file into the vault, timing it and sampling RSS."""
    import time

    with open_vault(Path(folder)) as sess:
        case_id = first_case(sess)
        with RssSampler() as rss:
            start = time.perf_counter()
            documents.import_file(sess, case_id, Path(source))
            seconds = time.perf_counter() - start
    return {"seconds": seconds, "increase": rss.increase, "baseline": rss.baseline}


def _measure_raw(db: str, source: str) -> dict[str, float]:
    """In a child process: the same chunks into a plain table, one transaction, same pragmas."""
    import time

    conn = raw_connection(Path(db))
    conn.execute(
        "CREATE TABLE chunks (document_id TEXT, seq INTEGER, data BLOB, "
        "PRIMARY KEY (document_id, seq))"
    )
    with RssSampler() as rss, open(source, "rb") as fh:
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        seq = 0
        while chunk := fh.read(documents.CHUNK):
            conn.execute("INSERT INTO chunks VALUES ('doc', ?, ?)", (seq, chunk))
            seq += 1
        conn.execute("COMMIT")
        seconds = time.perf_counter() - start
    conn.close()
    return {"seconds": seconds, "increase": rss.increase, "baseline": rss.baseline}


def run(opts: Options) -> list[Figure]:
    size_mb = BIG_MB if opts.big else DEFAULT_MB
    spawn = multiprocessing.get_context("spawn")
    with scratch("attachment") as folder:
        source = folder / "scan.bin"
        _random_file(source, size_mb * MB)
        vault = new_vault(folder / "vault")
        # Flush what the previous step left dirty, or its write-back is charged to the next one.
        os.sync()
        with spawn.Pool(1, maxtasksperchild=1) as pool:
            app = pool.apply(_measure_import, (str(vault), str(source)))
        os.sync()
        with spawn.Pool(1, maxtasksperchild=1) as pool:
            raw = pool.apply(_measure_raw, (str(folder / "raw.db"), str(source)))
    app_mb, raw_mb = app["increase"] / MB, raw["increase"] / MB
    return [
        Figure(
            name=f"import {size_mb} MB: time",
            unit="s",
            value=app["seconds"],
            floor=raw["seconds"],
            detail=f"{size_mb / app['seconds']:.0f} MB/s (floor {size_mb / raw['seconds']:.0f} MB/s)",
            extra={"app": app, "raw": raw, "size_mb": size_mb},
        ),
        Figure(
            name=f"import {size_mb} MB: peak RSS increase",
            unit="MB",
            value=app_mb,
            floor=raw_mb,
            detail=f"RSS before import {app['baseline'] / MB:.0f} MB",
            target=f"<= {TARGET_MB:.0f} MB (500 MB file)",
            ok=app_mb <= TARGET_MB,
            extra={"app_bytes": app["increase"], "raw_bytes": raw["increase"]},
        ),
    ]

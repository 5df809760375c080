"""Backup throughput, verification included, against a raw `sqlcipher_export` of the same vault.

Issue 17's target (issue 7 asked for 0.5x): making a backup (snapshot copy under a new key, the
record sums recomputed from the vault beside it, `integrity_check` of the copy from the disk,
which checks every page's MAC as it reads it, the copy's sums, audit head and counts compared,
sealing with AES-256-GCM, fsync, reading the file back from the drive and authenticating it to
the end, Argon2id for the passphrase lock) runs at no less than 0.6x the throughput of the floor: a
bare connection that ATTACHes a new file under a new key, runs `sqlcipher_export`, DETACHes and
fsyncs the file, on the same vault, to the same folder, in the same run, alternating with the
backup. Two vaults: the demo vault (many small rows: the worst case for the checks, which touch
every row) and one whose size is mostly documents (scans, photos, audio: what a real vault's
bytes mostly are).

Run: `python -m bench.backup [--clients N] [--documents-mb M] [--times K]`, or `python -m bench
--only backup`. The demo vault is built once and cached in bench/.cache/ like the other
benchmarks'.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import time
from pathlib import Path

import sqlcipher3

from astra_desktop.services import backups, documents
from astra_desktop.storage import database, db_copy
from bench import demo_vault
from bench.common import Figure, Options, first_case, median, new_vault, open_vault, scratch

TARGET = 0.6
PASSPHRASE = "bench backup passphrase, long enough"


def raw_export(vault: Path, data_key: bytes, salt: bytes, out: Path, cache_kib: int = 0) -> float:
    """The floor: seconds for a bare ATTACH + sqlcipher_export + DETACH + fsync. With `cache_kib`,
    a second, tuned floor: the copy gets the page size, page cache and journal settings the
    backup's own export uses (the fastest raw export we know). The ratio is always to the first."""
    out.unlink(missing_ok=True)
    start = time.perf_counter()
    conn = sqlcipher3.connect(str(vault / "vault.db"), isolation_level=None)
    try:
        database.apply_key(conn, data_key, salt)
        if database._memory_security:  # process-wide in SQLCipher: as the app has it
            conn.execute("PRAGMA cipher_memory_security = ON")
        key, new_salt = os.urandom(32), os.urandom(16)
        conn.execute(
            f"ATTACH DATABASE ? AS copy KEY \"x'{key.hex()}{new_salt.hex()}'\"", (str(out),)
        )
        if cache_kib:  # the settings the backup's own export uses: no journal, one sync at the end
            conn.execute(f"PRAGMA copy.cipher_page_size = {backups.PAGE_SIZE}")
            conn.execute(f"PRAGMA copy.cache_size = -{cache_kib}")
            conn.execute("PRAGMA copy.journal_mode = OFF")
            conn.execute("PRAGMA copy.synchronous = OFF")
        conn.execute("SELECT sqlcipher_export('copy')").fetchall()
        conn.execute("DETACH DATABASE copy")
    finally:
        conn.close()
    fd = os.open(out, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return time.perf_counter() - start


def measure(name: str, vault: Path, folder: Path, times: int) -> Figure:
    size = (vault / "vault.db").stat().st_size
    backup_s, raw_s, tuned_s = [], [], []
    with open_vault(vault) as sess:
        key, salt = sess.data_key, sess.keyfile.db_salt
        raw_export(vault, key, salt, folder / "warm.db")  # page cache warm for both sides
        for n in range(times):
            raw_s.append(raw_export(vault, key, salt, folder / f"raw-{n}.db"))
            tuned_s.append(
                raw_export(vault, key, salt, folder / f"raw-{n}.db", db_copy.CHECK_CACHE_KIB)
            )
            (folder / f"raw-{n}.db").unlink()
            start = time.perf_counter()
            info = backups.create(sess, folder / f"b-{n}", PASSPHRASE, keep=100)
            backup_s.append(time.perf_counter() - start)
            info.path.unlink()
    mb = size / 1e6
    value, floor = mb / median(backup_s), mb / median(raw_s)
    return Figure(
        name=f"backup, {name} ({mb:.0f} MB)",
        unit="MB/s",
        value=value,
        floor=floor,
        detail=f"backup {median(backup_s):.2f} s vs raw export {median(raw_s):.2f} s "
        f"(tuned as the backup's own export: {median(tuned_s):.2f} s, "
        f"{median(tuned_s) / median(backup_s):.2f}x); median of {times}",
        target=f"≥ {TARGET}× raw",
        ok=value / floor >= TARGET,
        extra={"backup_s": backup_s, "raw_s": raw_s, "raw_tuned_s": tuned_s, "bytes": size},
    )


def _document_vault(folder: Path, megabytes: int) -> Path:
    vault = new_vault(folder / "vault")
    rng = random.Random(1)
    with open_vault(vault) as sess:
        case_id = first_case(sess)
        left = megabytes * 1024 * 1024
        while left > 0:
            size = min(left, rng.randrange(200_000, 4_000_000))  # scans and photos
            data = rng.randbytes(size)
            documents.import_stream(sess, case_id, "scan.jpg", io.BytesIO(data).read, size)
            left -= size
    return vault


def run(opts: Options, documents_mb: int = 100, times: int = 3) -> list[Figure]:
    figures = []
    if opts.clients:
        with demo_vault.working_copy(opts) as vault, scratch("backup") as out:
            name = f"demo vault of {opts.clients:,} clients"
            figures.append(measure(name, vault, out, times))
    if documents_mb:
        with scratch("backup-docs") as work, scratch("backup") as out:
            vault = _document_vault(work, documents_mb)
            figures.append(measure("vault of documents", vault, out, times))
            shutil.rmtree(work, ignore_errors=True)
    return figures


if __name__ == "__main__":
    from bench.__main__ import print_table

    parser = argparse.ArgumentParser(prog="python -m bench.backup", description=__doc__)
    parser.add_argument("--clients", type=int, default=5_000)  # `python -m bench`: 50,000
    parser.add_argument("--documents-mb", type=int, default=100)
    parser.add_argument("--times", type=int, default=3)
    args = parser.parse_args()
    print_table(run(Options(clients=args.clients), args.documents_mb, args.times))

"""`astra-desktop check` against its floor (issue 17: at most 1.3x, at 50,000 clients).

The floor is the work no check of a vault can leave out: Argon2id with the keyslot's own
parameters (unwrapping the data key), then `PRAGMA cipher_integrity_check` and
`PRAGMA integrity_check` on the same vault, on a connection with the app's settings
(`database.connect`: the same page cache as the check's own). What `check` does on top: the
keyslot MAC and the quick freshness checks, the record sums recomputed from every row (pages from
an older copy), the audit chain and, for an administrator, the forward-secure trail, the foreign
keys, the search index, the documents, the login entry; those that read the whole file run beside
`integrity_check` (services/integrity.py). The check is the whole command, run in this process
(`cli.main`, the passphrase on stdin, its output discarded), alternating with the floor.

Run: `python -m bench.check [--clients N] [--times K]`.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import time
from pathlib import Path

from astra_desktop import cli
from astra_desktop.storage import database, kdf
from astra_desktop.storage.keyslots import KIND_USER, KeyFile
from astra_desktop.storage.vault_files import VaultFiles
from bench import demo_vault
from bench.common import ADMIN, PASSPHRASE, Figure, Options, interleaved, median, open_vault

TARGET = 1.3
TIMES = 3


def _check(folder: Path) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(["--home", str(folder.parent), "check"], stdin=io.StringIO(PASSPHRASE))
    if code != 0:
        raise RuntimeError(f"check exited {code}: {out.getvalue()}")


def _floor(folder: Path, data_key: bytes) -> None:
    files = VaultFiles(folder)
    keyfile = KeyFile.load(files.keys)
    slot = keyfile.find(KIND_USER, ADMIN)
    assert slot is not None
    kdf.derive(PASSPHRASE, slot.salt, slot.params)
    conn = database.connect(files.db, data_key, keyfile.db_salt)
    try:
        conn.execute("PRAGMA cipher_integrity_check").fetchall()
        conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def measure(name: str, folder: Path, times: int) -> Figure:
    with open_vault(folder) as sess:  # brought up to date first, if the cached vault is older
        data_key = bytes(sess.data_key)
    slot = KeyFile.load(VaultFiles(folder).keys).find(KIND_USER, ADMIN)
    assert slot is not None
    started = time.perf_counter()
    check_s, floor_s = interleaved(lambda: _check(folder), lambda: _floor(folder, data_key), times)
    ratio = median(check_s) / median(floor_s)
    p = slot.params
    return Figure(
        name=f"check ({name})",
        unit="s",
        value=median(check_s),
        floor=median(floor_s),
        detail=f"the whole command in-process vs Argon2id (m={p.memory_kib // 1024} MiB "
        f"t={p.time_cost} p={p.parallelism}) + cipher_integrity_check + integrity_check; median "
        f"of {len(check_s)} alternating pairs after an untimed one "
        f"({time.perf_counter() - started:.0f} s in all)",
        target=f"<= {TARGET}x",
        ok=ratio <= TARGET,
        extra={"check_s": check_s, "floor_s": floor_s, "kdf": p.as_dict()},
    )


def run(opts: Options, times: int = TIMES) -> list[Figure]:
    if not opts.clients:
        return []
    with demo_vault.working_copy(opts) as folder:
        return [measure(f"{opts.clients:,} clients", folder, times)]


if __name__ == "__main__":
    from bench.__main__ import print_table

    parser = argparse.ArgumentParser(prog="python -m bench.check", description=__doc__)
    parser.add_argument("--clients", type=int, default=Options.clients)
    parser.add_argument("--times", type=int, default=TIMES)
    args = parser.parse_args()
    print_table(run(Options(clients=args.clients), args.times))

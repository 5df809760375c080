"""Keys against insiders (issue 16): re-keying a large vault, and verifying a long audit trail.

- Re-keying the demo vault (50,000 clients) with `services.rekey.rotate_data_key` — export under
  the new key, the copy's checks, the crash-safe publication — against the floor: a raw
  `sqlcipher_export` of the same vault under a new key (bench.backup.raw_export). Goal ≤ 1.3x.
- An administrator's verification of the forward-secure audit trail (`services.audit_trail.verify`)
  on a vault of one million audit entries. Goal ≤ 2 s; the floor is reading those entries' columns
  once (no hashing), the least any verification must do.

Run: `python -m bench.keys [--clients N] [--entries N] [--times K]`.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import time
from pathlib import Path

from astra_desktop.core.enums import AuditAction
from astra_desktop.services import audit_trail, rekey
from astra_desktop.storage import audit, audit_keys, database
from bench import demo_vault
from bench.backup import raw_export
from bench.common import Figure, Options, interleaved, median, new_vault, open_vault, scratch

REKEY_TARGET = 1.3
VERIFY_TARGET_S = 2.0


def rekey_figure(opts: Options, times: int) -> Figure:
    source = demo_vault.cached(opts)
    with scratch("rekey") as folder:
        vault = folder / "vault"
        shutil.copytree(source, vault)
        with open_vault(vault) as sess:
            salt = sess.keyfile.db_salt

            def app() -> None:
                rekey.rotate_data_key(sess)

            def floor() -> None:
                raw_export(vault, bytes(sess.data_key), salt, folder / "raw.db")
                (folder / "raw.db").unlink()

            app_s, floor_s = interleaved(app, floor, times, warmup=0)
            size = (vault / "vault.db").stat().st_size
    value, base = median(app_s), median(floor_s)
    return Figure(
        name=f"re-key {opts.clients:,}-client vault",
        unit="s",
        value=value,
        floor=base,
        detail=f"{size / 2**20:.0f} MiB vault.db; floor: raw sqlcipher_export under a new key",
        target=f"<= {REKEY_TARGET}x",
        ok=value / base <= REKEY_TARGET,
        extra={"app_s": app_s, "floor_s": floor_s},
    )


def fill_trail(vault: Path, entries: int) -> None:
    """Append `entries` audit entries as the app writes them (same columns, same key chain), in
    large transactions: building a million one by one through services would take an hour."""
    with open_vault(vault) as sess:
        conn = sess.db
        user = sess.actor.user_id
        with database.transaction(conn):
            seq, prev = audit.head(conn)
            state = audit_keys.state(conn)
            assert state is not None
            key = state[1]
            rows = []
            for n in range(entries):
                seq += 1
                at = f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}T09:{n % 60:02d}:00+00:00"
                entity_id = hashlib.sha256(str(n).encode()).hexdigest()[:32]
                action = AuditAction.VIEW.value if n % 5 else AuditAction.CHANGE.value
                fields = (seq, at, user, action, "case", entity_id, "")
                digest = audit._entry_hash(prev, *fields)
                key = hashlib.sha256(key + audit_keys.message(*fields)).digest()
                rows.append((*fields, prev, digest, audit_keys.tag(key)))
                prev = digest
            conn.executemany(
                "INSERT INTO audit_log (seq, at, user_id, action, entity, entity_id, detail,"
                " prev_hash, hash, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            conn.execute("UPDATE audit_state SET next_seq = ?, key = ?", (seq + 1, key))
        database.checkpoint(conn)


def verify_figure(entries: int, times: int) -> Figure:
    with scratch("audit") as folder:
        vault = new_vault(folder / "vault")
        fill_trail(vault, entries)
        with open_vault(vault) as sess:
            conn = sess.db
            count = int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])

            def app() -> None:
                report = audit_trail.verify(sess)
                assert report.verified and not report.problems, report.problems

            def floor() -> None:
                cursor = conn.execute(
                    "SELECT seq, at, user_id, action, entity, entity_id, detail FROM audit_log"
                )
                while cursor.fetchmany(4096):
                    pass

            app_s, floor_s = interleaved(app, floor, times)
    value, base = median(app_s), median(floor_s)
    return Figure(
        name=f"verify audit trail, {count:,} entries",
        unit="s",
        value=value,
        floor=base,
        detail="floor: reading the entries' columns once",
        target=f"<= {VERIFY_TARGET_S} s",
        ok=value <= VERIFY_TARGET_S,
        extra={"app_s": app_s, "floor_s": floor_s, "entries": count},
    )


def run(opts: Options, entries: int = 1_000_000, times: int = 3) -> list[Figure]:
    figures = [verify_figure(entries, times)]
    if opts.clients:
        figures.append(rekey_figure(opts, times))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.keys", description=__doc__)
    parser.add_argument("--clients", type=int, default=Options.clients)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--times", type=int, default=3)
    args = parser.parse_args()
    began = time.perf_counter()
    for f in run(Options(clients=args.clients), args.entries, args.times):
        verdict = "ok" if f.ok else "MISSED"
        print(
            f"{f.name}: {f.value:.3f} {f.unit} vs floor {f.floor:.3f} {f.unit} "
            f"= {f.ratio:.2f}x (target {f.target}: {verdict}) — {f.detail}"
        )
    print(f"({time.perf_counter() - began:.0f} s in all; pid {os.getpid()})")


if __name__ == "__main__":
    main()

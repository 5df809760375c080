"""Publishing a re-keyed vault (new data key) so that a crash at any point leaves one that opens.

The new files are written beside the old ones first, each complete and synced:
`vault.db.rekey` (vault.db under the new key), `vault.keys.rekey` and `vault.anchor.rekey`. Only
then is the journal `vault.rekey` written (atomically): it is the commit point. After it the three
files are renamed over the old ones, vault.db first, the folder synced, and the journal removed.

`recover()` runs at every unlock, under the vault lock, before vault.keys is read:
- no journal: a rotation never reached its commit point; leftovers are deleted (old key in force);
- a journal: every new file is complete, so the renames that had not happened yet are done
  (new key in force).
Either way the vault opens with the old key or the new one, never with neither.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from astra_desktop.storage.atomic import fsync_dir, write_atomic
from astra_desktop.storage.vault_files import VaultFiles

SUFFIX = ".rekey"
JOURNAL = "vault.rekey"
FORMAT = "astra-rekey"
_rename = os.replace  # one name for the publishing renames (tests stop a rotation between them)


def journal(files: VaultFiles) -> Path:
    return files.folder / JOURNAL


def aside(path: Path) -> Path:
    """Where the new version of a vault file is written before it is published."""
    return path.with_name(path.name + SUFFIX)


def _targets(files: VaultFiles) -> list[Path]:
    # vault.db first: from then on only the new keys open it, and the journal says so
    return [files.db, files.anchor, files.keys]


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def discard(files: VaultFiles) -> None:
    """Remove the files of a rotation that did not reach its commit point."""
    for target in _targets(files):
        new = aside(target)
        for leftover in (new, Path(f"{new}-wal"), Path(f"{new}-shm"), Path(f"{new}-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    fsync_dir(files.folder)


def commit(files: VaultFiles, fingerprint: str) -> None:
    """The commit point, then the renames. Every aside file must be complete and synced."""
    for target in _targets(files):
        if not aside(target).exists():
            raise FileNotFoundError(aside(target))
    wal = Path(f"{files.db}-wal")
    if wal.exists() and wal.stat().st_size > 0:  # the old key's log must be folded in first
        raise RuntimeError("vault.db has an unfinished write-ahead log")
    body = {"format": FORMAT, "fingerprint": fingerprint}
    write_atomic(journal(files), json.dumps(body).encode())
    finish(files)


def finish(files: VaultFiles) -> None:
    """Complete a committed rotation (idempotent: each rename happens once)."""
    for own in (Path(f"{files.db}-wal"), Path(f"{files.db}-shm")):
        # empty (checked before the commit): the old key's, never to be read with the new one
        with contextlib.suppress(FileNotFoundError):
            own.unlink()
    for target in _targets(files):
        new = aside(target)
        if new.exists():
            _rename(new, target)
            fsync_dir(files.folder)
    journal(files).unlink(missing_ok=True)
    fsync_dir(files.folder)


def recover(files: VaultFiles) -> str | None:
    """Finish or roll back an interrupted rotation; call holding the vault lock.
    Returns "finished", "rolled back", or None when there was nothing to do."""
    if journal(files).exists():
        finish(files)
        return "finished"
    if any(aside(t).exists() for t in _targets(files)):
        discard(files)
        return "rolled back"
    return None

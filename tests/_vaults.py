"""Test helpers (not tests) shared by the tamper, crash and no-plaintext tests."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from astra_desktop.core.enums import Role
from astra_desktop.services import session as vs
from astra_desktop.storage import database
from astra_desktop.storage.kdf import KdfParams
from astra_desktop.storage.keyslots import KeyFile
from astra_desktop.storage.lock import VaultLock
from astra_desktop.storage.vault_files import VaultFiles

ROOT = Path(__file__).resolve().parent.parent
PAGE = 4096  # SQLCipher 4's page size
# Argon2id's minimum (8 KiB, one pass), for vaults in tests where key derivation plays no part and
# the floor parameters (0.13 s and 64 MiB per unlock) would only make them slow.
CHEAP_KDF = KdfParams(memory_kib=8, time_cost=1, parallelism=1)


def snapshot(folder: Path) -> dict[str, str]:
    """SHA-256 of every file in the vault folder (the OS lock file aside): to prove nothing changed."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != "vault.lock"
    }


def assert_clear(message: str) -> None:
    """A message for a person: says what is wrong and what to do, with no programmer's jargon."""
    lower = message.lower()
    assert any(word in lower for word in ("damaged", "edited", "older", "missing", "do not match"))
    assert "backup" in lower or "administrator" in lower, message
    for jargon in ("Traceback", "sqlcipher3", "Error(", "errno", "None"):
        assert jargon not in message, message


def keyed_session(folder: Path, data_key: bytes, salt: bytes) -> vs.Session:
    """A session on the files as they are, skipping the checks unlock makes: for running
    `integrity.check` on a vault that unlock (rightly) refuses. Raises VaultDamaged when SQLCipher
    cannot read the file at all."""
    files = VaultFiles(folder)
    keyfile = KeyFile.load(files.keys)
    conn = database.connect(files.db, data_key, salt)
    lock = VaultLock(folder)
    lock.acquire()
    actor = vs.Actor("test-inspector", "test-inspector", Role.ADMIN, all_cases=True)
    return vs.Session(files, keyfile, data_key, conn, lock, actor)


def writer_command(mode: str) -> list[str]:
    return [sys.executable, "-m", "tests._writer", mode]


def writer_env(**extra: str) -> dict[str, str]:
    """The environment for tests/_writer.py: this checkout importable, anything else as given."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env

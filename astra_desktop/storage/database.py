"""Opening vault.db with SQLCipher, and the transaction discipline every write goes through."""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from astra_desktop.errors import DiskFull, VaultDamaged
from astra_desktop.storage import digest

if TYPE_CHECKING:  # sqlcipher3 ships no type hints; its API is the standard library's sqlite3
    from sqlite3 import Connection
else:
    Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError

DAMAGED_DB = (
    "The vault file (vault.db) is damaged or is not an ASTRA vault: {detail}. Nothing was changed. "
    "Restore the vault from your most recent backup and tell the administrator."
)

# Order matters: the key first, then cipher settings, then journal settings.
_PRAGMAS = (
    "cipher_log_level = NONE",
    "cipher_memory_security = ON",
    "foreign_keys = ON",
    "secure_delete = ON",
    "temp_store = MEMORY",
    "journal_mode = WAL",
    "synchronous = FULL",
    "busy_timeout = 5000",
)


def key_pragma(data_key: bytes, salt: bytes) -> str:
    """Raw 256-bit key plus explicit salt: no passphrase KDF inside SQLCipher (it is done outside)."""
    return f"PRAGMA key = \"x'{data_key.hex()}{salt.hex()}'\""


def connect(path: Path, data_key: bytes, salt: bytes) -> Connection:
    """An open, keyed connection with the vault's settings; raises VaultDamaged if it won't read."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log = off")
        conn.execute(key_pragma(data_key, salt))
        for pragma in _PRAGMAS:
            conn.execute("PRAGMA " + pragma)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise VaultDamaged(DAMAGED_DB.format(detail=str(exc))) from exc
    digest.register(conn)
    return conn


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT, bumping the vault generation; rolled back on any error."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlcipher3.OperationalError as exc:
        _raise_io(exc, "the change")
        raise
    try:
        yield conn
        conn.execute("UPDATE meta SET value = value + 1 WHERE key = 'generation'")
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlcipher3.OperationalError):
            _raise_io(exc, "the change")
        raise


def _raise_io(exc: sqlcipher3.OperationalError, what: str) -> None:
    text = str(exc).lower()
    if "full" in text or getattr(exc, "sqlite_errorcode", None) == 13:
        raise DiskFull(what) from exc
    if "disk i/o" in text:
        raise OSError(errno.EIO, str(exc)) from exc


def checkpoint(conn: Connection) -> None:
    """Fold the WAL into vault.db: a damaged WAL frame can silently drop commits, so keep it short."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def scalar(conn: Connection, sql: str, params: tuple[object, ...] = ()) -> object:
    row = conn.execute(sql, params).fetchone()
    return row[0] if row else None

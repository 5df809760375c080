"""Opening vault.db with SQLCipher, and the transaction discipline every write goes through."""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from astra_desktop.core.messages import Message
from astra_desktop.errors import DiskFull, VaultDamaged
from astra_desktop.storage import digest, lookaside, secret_memory
from astra_desktop.storage.atomic import private_file

if TYPE_CHECKING:  # sqlcipher3 ships no type hints; its API is the standard library's sqlite3
    from sqlite3 import Connection
else:
    Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError

THE_CHANGE = Message("the change")  # what could not be written (DiskFull)

DAMAGED_DB = (
    "The vault file (vault.db) is damaged or is not an ASTRA vault: {detail}. Nothing was changed. "
    "Restore the vault from your most recent backup and tell the administrator."
)


def damaged_detail(pages: int) -> Message:
    """DAMAGED_DB's detail when SQLCipher counted pages whose MAC fails."""
    return Message("{pages} damaged page(s)", pages=pages)


# After the key (connect), in this order: cipher settings, then journal settings.
_PRAGMAS = (
    "cipher_log_level = NONE",
    "foreign_keys = ON",
    "secure_delete = ON",
    "temp_store = MEMORY",
    "journal_mode = WAL",
    "synchronous = FULL",
    "busy_timeout = 5000",
)


# SQLCipher wipes and locks every buffer it frees when memory security is on. That costs about
# 10x on bulk writes (measured: 200 demo clients 12.4 s vs 1.2 s), and once on it stays on for the
# life of the process. It is on for every process that may hold real records; only the generator of
# plainly fictional demo data may turn it off, before it opens anything.
_memory_security = True


def skip_memory_security_for_fictional_data() -> None:
    """For `astra-desktop demo` and `--demo` only: processes that hold no real client data."""
    global _memory_security
    _memory_security = False


def key_spec(data_key: bytes, salt: bytes, prefix: bytes = b"", suffix: bytes = b"") -> bytearray:
    """`prefix` x'<key><salt>' `suffix`, in hex, in one bytearray made to size: the raw 256-bit key
    plus explicit salt (no passphrase KDF inside SQLCipher: it is done outside). The caller wipes it
    (secret_memory.wipe); nothing else holding the key's text is made on the way."""
    text = bytearray(len(prefix) + 2 * (len(data_key) + len(salt)) + 3 + len(suffix))
    text[: len(prefix)] = prefix
    at = len(prefix)
    text[at : at + 2] = b"x'"
    at = secret_memory.hex_into(text, at + 2, data_key)
    at = secret_memory.hex_into(text, at, salt)
    text[at : at + 1] = b"'"
    text[at + 1 :] = suffix
    return text


def apply_key(conn: Connection, data_key: bytes, salt: bytes) -> None:
    """Run `PRAGMA key` on a new connection, leaving no copy of the key's text behind.

    sqlite3 takes SQL as str only: the statement is built in a bytearray, decoded into one str, and
    both are wiped once SQLite has run it. `executescript` runs it outside the statement cache,
    which would keep the str (and SQLite's copy of it) for the life of the connection. SQLCipher
    wipes its own copies when it frees them: set `cipher_memory_security` before this.
    """
    text = key_spec(data_key, salt, b'PRAGMA key = "', b'"')
    sql = text.decode("ascii")
    try:
        conn.executescript(sql)
    finally:
        secret_memory.wipe(sql, text)


def connect(path: Path, data_key: bytes, salt: bytes) -> Connection:
    """An open, keyed connection with the vault's settings; raises VaultDamaged if it won't read."""
    for own in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if own is path or own.exists():
            private_file(own)  # owner-only, before SQLite creates -wal/-shm with the db's mode
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # Memory security before the key (SQLCipher then wipes what keying allocates) and before
        # the larger lookaside pool (storage.lookaside), which is then locked and wiped like the
        # rest. `executescript`, not `execute`: a statement kept in the cache holds pool slots,
        # and the pool can only be replaced while none is in use.
        security = " PRAGMA cipher_memory_security = ON;" if _memory_security else ""
        conn.executescript("PRAGMA cipher_log = off;" + security)
        lookaside.widen(conn)
        apply_key(conn, data_key, salt)
        for pragma in _PRAGMAS:
            conn.execute("PRAGMA " + pragma)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise VaultDamaged(DAMAGED_DB, detail=str(exc)) from exc
    digest.register(conn)
    return conn


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT, bumping the vault generation; rolled back on any error."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlcipher3.OperationalError as exc:
        _raise_io(exc, THE_CHANGE)
        raise
    try:
        yield conn
        digest.flush(conn)
        conn.execute("UPDATE meta SET value = value + 1 WHERE key = 'generation'")
        conn.execute("COMMIT")
    except BaseException as exc:
        digest.discard(conn)
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlcipher3.OperationalError):
            _raise_io(exc, THE_CHANGE)
        raise


def _raise_io(exc: sqlcipher3.OperationalError, what: Message) -> None:
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


def library_versions(conn: Connection) -> dict[str, str]:
    """The SQLCipher and SQLite versions under this connection (what the self-test reports)."""
    cipher = conn.execute("PRAGMA cipher_version").fetchone()
    sqlite = conn.execute("SELECT sqlite_version()").fetchone()
    return {"SQLCipher": str(cipher[0]), "SQLite": str(sqlite[0])}


@contextlib.contextmanager
def read_snapshot(conn: Connection) -> Iterator[None]:
    """One read transaction: every table read inside is seen as it was at the same moment, while
    other connections go on writing (WAL)."""
    conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        with contextlib.suppress(sqlcipher3.Error):  # the error that stopped the reading counts
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")

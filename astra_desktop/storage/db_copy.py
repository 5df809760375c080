"""Copies of vault.db under another key (`sqlcipher_export`), and the checks that prove one sound.

A copy is made from one read transaction, so it is a consistent snapshot while other connections
keep writing (WAL). The copy is an SQLCipher database of its own, keyed with the key given: it is
never plaintext, not even for a moment, wherever it is written.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from astra_desktop.storage import audit, database, digest
from astra_desktop.storage.database import Connection

KeepGoing = Callable[[], bool]  # called now and then while SQLite works; False stops it

# The copy's own pages are decrypted once and stay cached for the checks that follow.
CHECK_CACHE_KIB = 64 * 1024
# Tables whose sums the copy's check recomputes besides the record tables. The audit trail is
# left out on purpose (it is the largest table, and recomputing it doubled the check's time):
# its head entry and row count are compared instead, and its pages pass both integrity checks.
_VAULT_TABLES_RECOMPUTED = tuple(t for t in digest.VAULT_TABLES if t != "audit_log")


class Interrupted(Exception):
    """The keep-going callback said stop."""


@dataclass(frozen=True)
class Snapshot:
    """What the copy must hold, read in the same transaction the copy was made from."""

    content_digest: str
    schema: int
    audit_seq: int
    audit_hash: str
    counts: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "content_digest": self.content_digest,
            "schema": self.schema,
            "audit_seq": self.audit_seq,
            "audit_hash": self.audit_hash,
            "counts": dict(self.counts),
        }

    @classmethod
    def from_dict(cls, d: dict[str, object]) -> Snapshot:
        counts = d["counts"]
        if not isinstance(counts, dict):
            raise ValueError("counts")
        return cls(
            str(d["content_digest"]),
            int(d["schema"]),  # type: ignore[call-overload]
            int(d["audit_seq"]),  # type: ignore[call-overload]
            str(d["audit_hash"]),
            {str(k): int(v) for k, v in counts.items()},
        )


def _key_clause(key: bytes, salt: bytes) -> str:
    return f"KEY \"x'{key.hex()}{salt.hex()}'\""


@contextlib.contextmanager
def _progress(conn: Connection, keep_going: KeepGoing | None) -> Iterator[None]:
    if keep_going is None:
        yield None
        return
    conn.set_progress_handler(lambda: 0 if keep_going() else 1, 2_000)
    try:
        yield None
    except sqlcipher3.OperationalError as exc:
        if "interrupt" in str(exc).lower():
            raise Interrupted() from exc
        raise
    finally:
        conn.set_progress_handler(None, 0)


def snapshot(conn: Connection) -> Snapshot:
    """The figures a copy is checked against; call inside the read transaction being copied."""
    seq, head = audit.head(conn)
    schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return Snapshot(digest.content_digest(conn), schema, seq, head, counts(conn))


class CopyDamaged(Exception):
    """The copy just written fails SQLite's structural check."""


def export(
    source: Connection,
    target: Path,
    key: bytes,
    salt: bytes,
    keep_going: KeepGoing | None = None,
    schema: str = "main",
    check_structure: bool = False,
) -> Snapshot:
    """Copy `source` (one consistent snapshot) into a new database at `target` keyed with `key`.

    The target is written without a journal and without syncs: it is new, and the caller syncs
    (or discards) it. Raises Interrupted when `keep_going` says stop; the target is then partial.
    With `check_structure`, `integrity_check` runs on the copy right after it is written, while
    its pages are still in this connection's cache (many times faster than from a fresh connection,
    which must decrypt every page again); `check()` then proves the pages on the disk.
    """
    source.execute(f"ATTACH DATABASE ? AS copy {_key_clause(key, salt)}", (str(target),))
    try:
        source.execute("PRAGMA copy.journal_mode = OFF")
        source.execute("PRAGMA copy.synchronous = OFF")
        source.execute(f"PRAGMA copy.cache_size = -{CHECK_CACHE_KIB}")
        source.execute("BEGIN")
        snap = snapshot(source)
        with _progress(source, keep_going):
            source.execute(f"SELECT sqlcipher_export('copy', '{schema}')").fetchall()
        source.execute(f"PRAGMA copy.user_version = {snap.schema}")
        source.execute("COMMIT")
        if check_structure:
            with _progress(source, keep_going):
                result = [r[0] for r in source.execute("PRAGMA copy.integrity_check").fetchall()]
            if result != ["ok"]:
                raise CopyDamaged("the copy's structure is damaged: " + "; ".join(result[:3]))
    except BaseException:
        # After a failed write (disk full) SQLite may refuse these too; the caller closes the
        # connection and discards the partial target either way.
        with contextlib.suppress(sqlcipher3.Error):
            if source.in_transaction:
                source.execute("ROLLBACK")
        with contextlib.suppress(sqlcipher3.Error):
            source.execute("DETACH DATABASE copy")
        raise
    source.execute("DETACH DATABASE copy")
    return snap


def open_copy(path: Path, key: bytes, salt: bytes, *, writable: bool = False) -> Connection:
    """A connection to a copy (read-only unless asked), with the vault's functions registered."""
    uri = f"file:{path}?mode={'rw' if writable else 'ro'}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log = off")
        conn.execute(database.key_pragma(key, salt))
        if database._memory_security:
            conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    digest.register(conn)
    return conn


def check(
    conn: Connection,
    expected: Snapshot,
    keep_going: KeepGoing | None = None,
    structure: bool = True,
) -> list[str]:
    """Problems with a copy, in words: page MACs, structure (unless `export` checked it already),
    record sums recomputed from the rows on the disk, audit head, counts."""
    problems: list[str] = []
    with _progress(conn, keep_going):
        bad_pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if bad_pages:
            return [f"{len(bad_pages)} page(s) fail their authentication check"]
        if structure:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            if result != ["ok"]:
                return ["the database structure is damaged: " + "; ".join(result[:3])]
        present = digest.existing_tables(conn)
        tables = [t for t in present if t in digest.RECORD_TABLES + _VAULT_TABLES_RECOMPUTED]
        sums = digest.stored(conn)
        stale = [t for t in tables if sums.get(t) != digest.recompute(conn, t)]
    if stale:
        problems.append("records do not add up in " + ", ".join(stale))
    if digest.content_digest(conn) != expected.content_digest:
        problems.append("its records differ from the vault it was made from")
    if audit.head(conn) != (expected.audit_seq, expected.audit_hash):
        problems.append("its audit trail differs from the vault's")
    if int(conn.execute("PRAGMA user_version").fetchone()[0]) != expected.schema:
        problems.append("its data format differs from the vault's")
    if counts(conn) != expected.counts:
        problems.append("its record counts differ from the vault's")
    return problems


def counts(conn: Connection) -> dict[str, int]:
    """Rows per record table."""
    return {
        t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
        for t in digest.existing_tables(conn)
        if t in digest.RECORD_TABLES
    }

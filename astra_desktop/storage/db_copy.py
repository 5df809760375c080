"""Copies of vault.db under another key (`sqlcipher_export`), and the checks that prove one sound.

A copy is made from one read transaction, so it is a consistent snapshot while other connections
keep writing (WAL). The copy is an SQLCipher database of its own, keyed with the key given: it is
never plaintext, not even for a moment, wherever it is written.

Two ways to prove a copy holds the vault's records: `check` recomputes the record sums from the
copy's own rows (what a restore does: it has nothing else); a backup instead recomputes them from
the vault itself, beside the export, in the same committed state (`SourceSums`), and checks the
copy in one pass from the disk (`check_copy`). Why that proves as much is in the functions' docs
and docs/security.md ("Backup verification").
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from astra_desktop.core.messages import Message
from astra_desktop.storage import audit, database, digest, secret_memory
from astra_desktop.storage.atomic import private_file
from astra_desktop.storage.database import Connection, scalar

KeepGoing = Callable[[], bool]  # called now and then while SQLite works; False stops it

# The copy's own pages are decrypted once and stay cached for the checks that follow.
CHECK_CACHE_KIB = 64 * 1024
# SQLCipher's page size (the vault's own, and every copy's unless asked otherwise).
DEFAULT_PAGE_SIZE = 4096
PAGE_SIZES = tuple(1 << n for n in range(9, 17))  # 512 .. 65536, as SQLite allows
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


# SQLite virtual-machine steps between two calls of the keep-going callback (each a call into
# Python): often enough to stop within milliseconds, rarely enough to cost nothing measurable.
PROGRESS_STEPS = 2_000


@contextlib.contextmanager
def _progress(conn: Connection, keep_going: KeepGoing | None) -> Iterator[None]:
    if keep_going is None:
        yield None
        return
    conn.set_progress_handler(lambda: 0 if keep_going() else 1, PROGRESS_STEPS)
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

    def __init__(self, problem: Message) -> None:
        super().__init__(str(problem))
        self.problem = problem


def _structure_damaged(result: list[str]) -> Message:
    """SQLite's own words (English, from the library) inside the message."""
    return Message("the database structure is damaged: {detail}", detail="; ".join(result[:3]))


def _not_adding_up(stale: list[str]) -> Message:
    return Message("records do not add up in {tables}", tables=", ".join(stale))


def export(
    source: Connection,
    target: Path,
    key: bytes,
    salt: bytes,
    keep_going: KeepGoing | None = None,
    schema: str = "main",
    check_structure: bool = False,
    on_written: Callable[[Snapshot], None] | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    on_snapshot: Callable[[Connection, Snapshot], None] | None = None,
) -> Snapshot:
    """Copy `source` (one consistent snapshot) into a new database at `target` keyed with `key`.

    The target is written without a journal and without syncs: it is new, and the caller syncs
    (or discards) it. Raises Interrupted when `keep_going` says stop; the target is then partial.
    With `check_structure`, `integrity_check` runs on the copy right after it is written, while
    its pages are still in this connection's cache (many times faster than from a fresh connection,
    which must decrypt every page again); `check()` then proves the pages on the disk.
    `on_written` is called once the copy is complete on the disk, before that structural check:
    work that reads the copy from other connections or threads (sealing it, `check()`) can start
    then and run beside it, since SQLite leaves the interpreter free while it checks.
    `page_size`: the copy's (SQLCipher) page size; whoever opens the copy must give the same.
    Larger pages mean fewer page MACs and b-tree pages to write and check (a backup's copy uses
    16 KiB: its export and checks take about a third less time than with 4 KiB).
    `on_snapshot` is called inside the read transaction, once the snapshot's figures are read and
    before anything is copied (with `source`, e.g. for `state`): work that reads the same state
    of the vault from another connection (`SourceSums`) starts there.
    """
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size {page_size}")
    private_file(target)  # owner-only (0600) before SQLite makes it
    # The key goes in as a bound value (no SQL text holds it), from a bytearray wiped at once;
    # SQLite's own copy of the binding is wiped by SQLCipher when the connection closes.
    spec = database.key_spec(key, salt)
    try:
        source.execute("ATTACH DATABASE ? AS copy KEY ?", (str(target), spec))
    finally:
        secret_memory.wipe(spec)
    try:
        if page_size != DEFAULT_PAGE_SIZE:  # before the first page is written
            source.execute(f"PRAGMA copy.cipher_page_size = {page_size}")
        source.execute("PRAGMA copy.journal_mode = OFF")
        source.execute("PRAGMA copy.synchronous = OFF")
        source.execute(f"PRAGMA copy.cache_size = -{CHECK_CACHE_KIB}")
        source.execute("BEGIN")
        snap = snapshot(source)
        if on_snapshot is not None:
            on_snapshot(source, snap)
        with _progress(source, keep_going):
            source.execute(f"SELECT sqlcipher_export('copy', '{schema}')").fetchall()
        source.execute(f"PRAGMA copy.user_version = {snap.schema}")
        source.execute("COMMIT")
        if on_written is not None:
            on_written(snap)
        if check_structure:
            with _progress(source, keep_going):
                result = [r[0] for r in source.execute("PRAGMA copy.integrity_check").fetchall()]
            if result != ["ok"]:
                raise CopyDamaged(
                    Message(
                        "the copy's structure is damaged: {detail}", detail="; ".join(result[:3])
                    )
                )
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


def open_copy(
    path: Path,
    key: bytes,
    salt: bytes,
    *,
    writable: bool = False,
    page_size: int = DEFAULT_PAGE_SIZE,
    cache_kib: int = CHECK_CACHE_KIB,
) -> Connection:
    """A connection to a copy (read-only unless asked), with the vault's functions registered.
    `cache_kib`: large (the default) when several checks read the same pages in turn; a check
    that reads each page once needs no more than SQLite's default (and its pages, wiped when the
    connection closes, are then not allocated at all)."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size {page_size}")
    uri = f"file:{path}?mode={'rw' if writable else 'ro'}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log = off")
        if database._memory_security:  # before the key (see database.connect)
            conn.execute("PRAGMA cipher_memory_security = ON")
        database.apply_key(conn, key, salt)
        if page_size != DEFAULT_PAGE_SIZE:
            conn.execute(f"PRAGMA cipher_page_size = {page_size}")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA cache_size = -{cache_kib}")
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
    pages: bool = True,
) -> list[Message]:
    """Problems with a copy, in words: page MACs (unless `pages` is False: the caller runs
    `check_pages` itself, beside this), structure (unless `export` checked it already), record
    sums recomputed from the rows on the disk, audit head, counts."""
    problems: list[Message] = []
    with _progress(conn, keep_going):
        if pages and (bad := check_pages(conn)):
            return bad
        if structure:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            if result != ["ok"]:
                return [_structure_damaged(result)]
        present = digest.existing_tables(conn)
        tables = [t for t in present if t in digest.RECORD_TABLES + _VAULT_TABLES_RECOMPUTED]
        sums = digest.stored(conn)
        rows: dict[str, int] = {}
        stale = [t for t in tables if sums.get(t) != recompute(conn, t, rows)]
    if stale:
        problems.append(_not_adding_up(stale))
    if digest.content_digest(conn) != expected.content_digest:
        problems.append(Message("its records differ from the vault it was made from"))
    if audit.head(conn) != (expected.audit_seq, expected.audit_hash):
        problems.append(Message("its audit trail differs from the vault's"))
    if int(conn.execute("PRAGMA user_version").fetchone()[0]) != expected.schema:
        problems.append(Message("its data format differs from the vault's"))
    if {t: n for t, n in rows.items() if t in digest.RECORD_TABLES} != expected.counts:
        problems.append(Message("its record counts differ from the vault's"))
    return problems


def check_pages(conn: Connection) -> list[Message]:
    """Every page of the file on the disk authenticates (SQLCipher's per-page MAC)."""
    bad_pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    if not bad_pages:
        return []
    return [Message("{count} page(s) fail their authentication check", count=len(bad_pages))]


@dataclass(frozen=True)
class State:
    """One committed state of a vault, as far as its records go: every write transaction moves the
    generation counter (`database.transaction`) and the sums of the tables it touched."""

    generation: int
    schema: int
    audit_head: tuple[int, str]
    sums: dict[str, bytes]


def state(conn: Connection) -> State:
    """The state `conn` reads (call inside its read transaction)."""
    generation = scalar(conn, "SELECT value FROM meta WHERE key = 'generation'")
    schema = scalar(conn, "PRAGMA user_version")
    return State(int(generation or 0), int(schema or 0), audit.head(conn), digest.stored(conn))  # type: ignore[call-overload]


class SourceSums:
    """The record sums recomputed from the vault's own rows, on a connection of its own, in the
    state an export copies: run beside the export (on the second core, while SQLite writes the
    copy) instead of from the copy once it is written.

    `begin` is called inside the export's read transaction, before anything is copied, and makes
    sure this connection reads the very same committed state (generation, schema, audit head and
    every stored sum equal); if a commit came in between it declines, and the caller hashes the
    copy's own rows instead (`check_copy` with `sums=None`). Why rows hashed here vouch for the
    copy: see `check_copy`."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self.rows: dict[str, int] = {}
        self.fraction = 0.0

    def begin(self, expected: State) -> bool:
        self._conn.execute("BEGIN")
        if state(self._conn) == expected:
            return True
        self._conn.execute("ROLLBACK")
        return False

    def problems(self, expected: Snapshot, keep_going: KeepGoing | None = None) -> list[Message]:
        """Tables whose rows do not add up to their stored sum, and record counts that differ from
        the snapshot's; ends the read transaction `begin` started."""
        conn = self._conn
        try:
            with _progress(conn, keep_going):
                present = digest.existing_tables(conn)
                tables = [
                    t for t in present if t in digest.RECORD_TABLES + _VAULT_TABLES_RECOMPUTED
                ]
                sums = digest.stored(conn)
                stale = []
                for done, table in enumerate(tables):
                    self.fraction = done / len(tables)
                    if sums.get(table) != recompute(conn, table, self.rows):
                        stale.append(table)
                self.fraction = 1.0
        finally:
            with contextlib.suppress(sqlcipher3.Error):
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
        problems: list[Message] = [_not_adding_up(stale)] if stale else []
        if {t: n for t, n in self.rows.items() if t in digest.RECORD_TABLES} != expected.counts:
            problems.append(Message("its record counts differ from the vault's"))
        return problems


def check_copy(
    conn: Connection,
    expected: Snapshot,
    sums: dict[str, bytes] | None,
    keep_going: KeepGoing | None = None,
) -> list[Message]:
    """Problems with a copy `export` just wrote, checked in one pass over its pages from a
    connection of its own (nothing of the copy in its cache).

    `integrity_check` from such a connection reads every page of every b-tree from the disk, and
    SQLCipher checks each page's MAC as it reads it; with the freelist empty (as an export leaves
    it) those are all the pages of the file, so `cipher_integrity_check` would only read them a
    second time (it runs when the freelist is not empty). It also proves each index holds exactly
    the rows of its table, and every page in use exactly once. Then the figures: the copy's stored
    sums equal `sums` (every summed table: the state `SourceSums` recomputed), its audit head,
    schema and record counts the snapshot's.

    Why the record sums need not be recomputed from the copy as well: the copy's rows are the
    export's, written by SQLite row for row from the snapshot `SourceSums` hashed; what could make
    them differ on the way is a page lost, torn or changed on the disk, which fails its MAC, or a
    stale page (an earlier write of the same page that the disk kept), which breaks the b-tree's
    structure, an index's agreement with its table, or a count. `sums=None` (no such proof:
    a commit came between the two read transactions): the copy's own rows are hashed, as `check`
    does.
    """
    try:
        with _progress(conn, keep_going):
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            if result != ["ok"]:
                return [_structure_damaged(result)]
            if scalar(conn, "PRAGMA freelist_count") and (bad := check_pages(conn)):
                return bad
            rows = counts(conn)
            stored = digest.stored(conn)
            stale: list[str] = []
            if sums is None:
                present = digest.existing_tables(conn)
                tables = [
                    t for t in present if t in digest.RECORD_TABLES + _VAULT_TABLES_RECOMPUTED
                ]
                stale = [t for t in tables if stored.get(t) != recompute(conn, t)]
            head = audit.head(conn)
            schema = scalar(conn, "PRAGMA user_version")
    except sqlcipher3.DatabaseError as exc:  # a page that fails its MAC stops SQLite reading
        return [Message("it could not be read to the end ({exc})", exc=str(exc))]
    problems: list[Message] = [_not_adding_up(stale)] if stale else []
    if sums is not None:
        same = stored == sums
    else:
        same = digest.content_digest(conn) == expected.content_digest
    if not same:
        problems.append(Message("its records differ from the vault it was made from"))
    if head != (expected.audit_seq, expected.audit_hash):
        problems.append(Message("its audit trail differs from the vault's"))
    if schema != expected.schema:
        problems.append(Message("its data format differs from the vault's"))
    if rows != expected.counts:
        problems.append(Message("its record counts differ from the vault's"))
    return problems


def _row_encoder() -> Callable[[tuple[object, ...]], str]:
    """`digest.row_hash`'s JSON encoding of a row (table name first), built once, not per row.

    `json.dumps` with options makes a new encoder for every call; for tens of thousands of small
    rows that, not SHA-256, is most of the time. The C encoder is called directly when this
    Python has one (CPython does), with the same settings `row_hash` gives `json.dumps`.
    """
    c_make_encoder = getattr(json.encoder, "c_make_encoder", None)
    if c_make_encoder is not None:
        with contextlib.suppress(TypeError):
            encode = c_make_encoder(
                None, digest._blob, json.encoder.encode_basestring,
                None, ":", ",", False, False, True,
            )  # fmt: skip
            return lambda row: "".join(encode(row, 0))
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=digest._blob)
    return encoder.encode


_encode_row = _row_encoder()


def recompute(conn: Connection, table: str, rows: dict[str, int] | None = None) -> bytes:
    """`digest.recompute(conn, table)`, the same sum of the same row hashes, several times faster:
    rows are read by one plain SELECT and hashed in a tight loop, instead of SQLite calling back
    into Python twice per row. If the result differs from the sum stored in the copy, the table is
    recomputed again the way the triggers hash rows (`digest.recompute`), so a difference in
    encoding could never pass for a damaged copy, nor the other way round. `rows` gets the table's
    row count."""
    encode, sha256, from_bytes = _encode_row, hashlib.sha256, int.from_bytes
    total = count = 0
    for row in conn.execute(f"SELECT '{table}', * FROM {table}"):
        total += from_bytes(sha256(encode(row).encode("utf-8")).digest(), "big")
        count += 1
    if rows is not None:
        rows[table] = count
    return settled(conn, table, total)


def row_hash_int(row: tuple[object, ...]) -> int:
    """One row's hash as `recompute` adds it up (the row read with the table's name first)."""
    return int.from_bytes(hashlib.sha256(_encode_row(row).encode("utf-8")).digest(), "big")


def settled(conn: Connection, table: str, total: int) -> bytes:
    """The sum of row hashes `total` (added up as `recompute` does) as the table's sum, checked
    against the stored one: when they differ, the table is summed again the triggers' way."""
    stored = conn.execute("SELECT total FROM table_sums WHERE name = ?", (table,)).fetchone()
    fast = (total % digest.MOD).to_bytes(32, "big")
    if stored is None or bytes(stored[0]) != fast:
        return digest.recompute(conn, table)
    return fast


def stale_tables(conn: Connection, skip: tuple[str, ...] = ()) -> list[str]:
    """`digest.stale_tables` with `recompute`'s faster hashing (the same sums): the summed tables
    (but `skip`) whose rows do not add up to their stored sum (pages from an older copy)."""
    sums = digest.stored(conn)
    tables = [t for t in digest.existing_tables(conn) if t not in skip]
    return [t for t in tables if sums.get(t) != recompute(conn, t)]


def counts(conn: Connection) -> dict[str, int]:
    """Rows per record table."""
    return {
        t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
        for t in digest.existing_tables(conn)
        if t in digest.RECORD_TABLES
    }

"""Per-table content sums: detecting old pages spliced into the current vault.db.

SQLCipher's page HMAC proves where a page belongs, not how old it is. So every record table keeps a
running sum (mod 2**256) of SHA-256 hashes of its rows, maintained by triggers on every insert,
update and delete. At open and in `check`, the sums are recomputed from the rows actually present;
a stale page gives a different sum. The sums also make a content digest that is equal for two vaults
holding the same records, whatever order they were written in.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlcipher3

MOD = 1 << 256
ZERO = bytes(32)

# Tables whose rows are the case records (their sums make the content digest).
RECORD_TABLES = (
    "clients",
    "cases",
    "case_assignments",
    "contact_notes",
    "services",
    "referrals",
    "consents",
    "documents",
    "risk_assessments",
    "safety_actions",
    "risk_events",
    "appointments",
    "appointment_workers",
    "proceedings",
    "defendants",
    "charges",
    "hearings",
    "hearing_attendance",
    "hotline_calls",
    "missing_searches",
    "missing_status_changes",
    "missing_actions",
    "missing_inquiries",  # which partners were asked about a search (schema 22)
    "related_persons",
    "claims",
    # Monitored trials (schema 23): no case, no client; the injured parties by code only.
    "monitored_trials",
    "trial_defendants",
    "trial_charges",
    "trial_hearings",
    "trial_attendance",
)
# Tables checked for staleness but belonging to this vault only.
VAULT_TABLES = (
    "users",
    "audit_log",
    "audit_state",
    "drafts",
    "settings",
    "risk_instruments",
    "transfer_log",
    "transfer_tombstones",
    "partners",  # the referral network (schema 21): vault-wide, like the lawyers in settings
)
SUMMED_TABLES = RECORD_TABLES + VAULT_TABLES


def _blob(value: object) -> object:
    if isinstance(value, bytes):
        return {"blob": value.hex()}
    raise TypeError(type(value))


# One encoder for every row: `json.dumps` with these arguments builds a new one per call, which
# was a third of the hashing time (the text it writes is the same).
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_blob)


def row_hash(table: str, *values: object) -> bytes:
    """SHA-256 of the row as canonical JSON (C-speed encoding; the table name is part of it)."""
    return hashlib.sha256(_JSON.encode([table, *values]).encode("utf-8")).digest()


class _SumAggregate:
    def __init__(self) -> None:
        self.total = 0

    def step(self, h: bytes) -> None:
        self.total += int.from_bytes(h, "big")

    def finalize(self) -> bytes:
        return (self.total % MOD).to_bytes(32, "big")


# Changes to the sums made by the triggers of the transaction in progress, per connection; written
# to table_sums once, just before COMMIT (a row-by-row UPDATE of table_sums is what made writes slow).
_PENDING: dict[int, dict[str, int]] = {}

NOT_IN_TRANSACTION = "vault writes must go through a transaction (storage.database.transaction)"


def register(conn: sqlcipher3.Connection) -> None:
    """Make the SQL functions the triggers call available on this connection."""
    pending: dict[str, int] = {}
    _PENDING[id(conn)] = pending

    def note(table: str, sign: int, *values: object) -> None:
        if not conn.in_transaction:  # an autocommit write would skip the flush: refuse it
            raise RuntimeError(NOT_IN_TRANSACTION)
        delta = int.from_bytes(row_hash(table, *values), "big")
        pending[table] = (pending.get(table, 0) + sign * delta) % MOD

    def flushed(table: str, total: bytes) -> bytes:
        """A table's stored sum plus this transaction's change to it (see `flush`)."""
        return ((int.from_bytes(total, "big") + pending[table]) % MOD).to_bytes(32, "big")

    conn.create_function("astra_note", -1, note)
    conn.create_function("astra_flushed", 2, flushed)
    conn.create_function("astra_row_hash", -1, row_hash, deterministic=True)
    conn.create_aggregate("astra_sum", 1, _SumAggregate)


def flush(conn: sqlcipher3.Connection) -> None:
    """Add this transaction's changes to table_sums, one cached statement run once per table;
    call right before COMMIT. (Not `name IN (…)`: SQLite builds a temporary table for the list,
    a string of heap allocations, each locked and wiped with memory security on.)"""
    pending = _PENDING.get(id(conn))
    if not pending:
        return
    conn.executemany(_FLUSH, [(name,) for name in pending])
    pending.clear()


_FLUSH = "UPDATE table_sums SET total = astra_flushed(name, total) WHERE name = ?"


def discard(conn: sqlcipher3.Connection) -> None:
    """Forget the changes of a transaction that was rolled back."""
    pending = _PENDING.get(id(conn))
    if pending:
        pending.clear()


def forget(conn: sqlcipher3.Connection) -> None:
    _PENDING.pop(id(conn), None)


def _columns(conn: sqlcipher3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def _hash_expr(table: str, columns: list[str], alias: str) -> str:
    cols = ", ".join(f"{alias}{c}" for c in columns)
    return f"astra_row_hash('{table}', {cols})"


def _note_expr(table: str, columns: list[str], alias: str, sign: int) -> str:
    cols = ", ".join(f"{alias}{c}" for c in columns)
    return f"SELECT astra_note('{table}', {sign}, {cols})"


def drop_triggers(conn: sqlcipher3.Connection) -> None:
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'digest_%'"
    ).fetchall():
        conn.execute(f"DROP TRIGGER {name}")


def install_triggers(conn: sqlcipher3.Connection) -> None:
    """(Re)create the sum triggers from the current schema and recompute every sum; run after
    migrations."""
    drop_triggers(conn)
    for table in existing_tables(conn):
        cols = _columns(conn, table)
        new, old = _note_expr(table, cols, "NEW.", 1), _note_expr(table, cols, "OLD.", -1)
        conn.execute(f"CREATE TRIGGER digest_{table}_i AFTER INSERT ON {table} BEGIN {new}; END")
        conn.execute(f"CREATE TRIGGER digest_{table}_d AFTER DELETE ON {table} BEGIN {old}; END")
        conn.execute(
            f"CREATE TRIGGER digest_{table}_u AFTER UPDATE ON {table} BEGIN {old}; {new}; END"
        )
    conn.execute("DELETE FROM table_sums")
    for table in existing_tables(conn):
        conn.execute(
            "INSERT INTO table_sums(name, total) VALUES (?, ?)", (table, recompute(conn, table))
        )
    discard(conn)  # recomputed from the rows themselves: nothing pending is still owed


def existing_tables(conn: sqlcipher3.Connection) -> list[str]:
    """The summed tables this vault's schema has (older schemas lack the newer tables)."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [t for t in SUMMED_TABLES if t in present]


def recompute(conn: sqlcipher3.Connection, table: str) -> bytes:
    expr = _hash_expr(table, _columns(conn, table), "")
    value = conn.execute(f"SELECT astra_sum({expr}) FROM {table}").fetchone()[0]
    return bytes(value) if value is not None else ZERO


def stored(conn: sqlcipher3.Connection) -> dict[str, bytes]:
    return {
        name: bytes(total) for name, total in conn.execute("SELECT name, total FROM table_sums")
    }


def stale_tables(conn: sqlcipher3.Connection) -> list[str]:
    """Tables whose rows no longer add up to their recorded sum."""
    sums = stored(conn)
    return [t for t in existing_tables(conn) if sums.get(t) != recompute(conn, t)]


def content_digest(conn: sqlcipher3.Connection) -> str:
    """Equal for two vaults holding the same records (users and audit trail excluded).

    Tables the copy's schema lacks are left out, as in `combined`: a backup made before a table
    existed recorded a digest without it, and must still verify (tests/test_backup_compat.py)."""
    sums = stored(conn)
    h = hashlib.sha256(b"astra content v1")
    for table in RECORD_TABLES:
        if table in sums:
            h.update(table.encode() + b"\0" + sums[table])
    return h.hexdigest()


def combined(conn: sqlcipher3.Connection) -> str:
    """One hash of all stored sums, kept in the freshness anchor."""
    sums = stored(conn)
    h = hashlib.sha256(b"astra sums v1")
    for table in SUMMED_TABLES:
        if table in sums:  # tables an older schema lacks are left out, not counted as zero
            h.update(table.encode() + b"\0" + sums[table])
    return h.hexdigest()

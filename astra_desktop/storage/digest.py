"""Per-table content sums: detecting old pages spliced into the current vault.db.

SQLCipher's page HMAC proves where a page belongs, not how old it is. So every record table keeps a
running sum (mod 2**256) of SHA-256 hashes of its rows, maintained by triggers on every insert,
update and delete. At open and in `check`, the sums are recomputed from the rows actually present;
a stale page gives a different sum. The sums also make a content digest that is equal for two vaults
holding the same records, whatever order they were written in.
"""

from __future__ import annotations

import hashlib
import struct
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
)
# Tables checked for staleness but belonging to this vault only.
VAULT_TABLES = ("users", "audit_log", "drafts", "settings")
SUMMED_TABLES = RECORD_TABLES + VAULT_TABLES


def _encode(value: object) -> bytes:
    if value is None:
        return b"N"
    if isinstance(value, int):
        return b"I" + struct.pack(">q", value)
    if isinstance(value, float):
        return b"F" + struct.pack(">d", value)
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return b"T" + struct.pack(">I", len(raw)) + raw
    if isinstance(value, bytes):
        return b"B" + struct.pack(">I", len(value)) + value
    raise TypeError(type(value))


def row_hash(table: str, *values: object) -> bytes:
    h = hashlib.sha256(_encode(table))
    for value in values:
        h.update(_encode(value))
    return h.digest()


def sum_add(total: bytes | None, h: bytes) -> bytes:
    return ((int.from_bytes(total or ZERO, "big") + int.from_bytes(h, "big")) % MOD).to_bytes(
        32, "big"
    )


def sum_sub(total: bytes | None, h: bytes) -> bytes:
    return ((int.from_bytes(total or ZERO, "big") - int.from_bytes(h, "big")) % MOD).to_bytes(
        32, "big"
    )


class _SumAggregate:
    def __init__(self) -> None:
        self.total = 0

    def step(self, h: bytes) -> None:
        self.total += int.from_bytes(h, "big")

    def finalize(self) -> bytes:
        return (self.total % MOD).to_bytes(32, "big")


def register(conn: sqlcipher3.Connection) -> None:
    """Make the SQL functions the triggers call available on this connection."""
    conn.create_function("astra_row_hash", -1, row_hash, deterministic=True)
    conn.create_function("astra_sum_add", 2, sum_add, deterministic=True)
    conn.create_function("astra_sum_sub", 2, sum_sub, deterministic=True)
    conn.create_aggregate("astra_sum", 1, _SumAggregate)


def _columns(conn: sqlcipher3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def _hash_expr(table: str, columns: list[str], alias: str) -> str:
    cols = ", ".join(f"{alias}{c}" for c in columns)
    return f"astra_row_hash('{table}', {cols})"


def install_triggers(conn: sqlcipher3.Connection) -> None:
    """(Re)create the sum triggers from the current schema; run after every migration."""
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'digest_%'"
    ).fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    for table in existing_tables(conn):
        cols = _columns(conn, table)
        new, old = _hash_expr(table, cols, "NEW."), _hash_expr(table, cols, "OLD.")
        where = f"WHERE name = '{table}'"
        conn.execute(
            f"CREATE TRIGGER digest_{table}_i AFTER INSERT ON {table} BEGIN "
            f"UPDATE table_sums SET total = astra_sum_add(total, {new}) {where}; END"
        )
        conn.execute(
            f"CREATE TRIGGER digest_{table}_d AFTER DELETE ON {table} BEGIN "
            f"UPDATE table_sums SET total = astra_sum_sub(total, {old}) {where}; END"
        )
        conn.execute(
            f"CREATE TRIGGER digest_{table}_u AFTER UPDATE ON {table} BEGIN "
            f"UPDATE table_sums SET total = astra_sum_add(astra_sum_sub(total, {old}), {new}) "
            f"{where}; END"
        )
    conn.execute("DELETE FROM table_sums")
    for table in existing_tables(conn):
        conn.execute(
            "INSERT INTO table_sums(name, total) VALUES (?, ?)", (table, recompute(conn, table))
        )


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
    """Equal for two vaults holding the same records (users and audit trail excluded)."""
    sums = stored(conn)
    h = hashlib.sha256(b"astra content v1")
    for table in RECORD_TABLES:
        h.update(table.encode() + b"\0" + sums.get(table, ZERO))
    return h.hexdigest()


def combined(conn: sqlcipher3.Connection) -> str:
    """One hash of all stored sums, kept in the freshness anchor."""
    sums = stored(conn)
    h = hashlib.sha256(b"astra sums v1")
    for table in SUMMED_TABLES:
        if table in sums:  # tables an older schema lacks are left out, not counted as zero
            h.update(table.encode() + b"\0" + sums[table])
    return h.hexdigest()

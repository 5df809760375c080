"""What a case transfer carries, found from the schema itself; row hashes; the transfer log.

A case's records are the rows of every table that reaches `clients` or `cases` through foreign
keys (directly, like contact notes, or through another such table, like charges -> proceedings),
read from `PRAGMA foreign_key_list`, so a table another migration adds comes along without a
change here. Vault-local tables (users, audit trail, settings, drafts, derived search index) never
travel. Rows are hashed in a portable form: the case code is this vault's own label (codes are
allocated per vault, so two laptops may give the same code to different cases) and is left out,
and so are bookkeeping columns and values derived from other records.

`transfer_log` keeps, per record, the hashes of the versions this vault's copy includes; a bundle
carries the sender's set. Receiving: our version among theirs -> theirs is newer; theirs among
ours -> ours is newer; neither -> both changed since the last exchange: a conflict for a person.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from astra_desktop.storage.database import Connection

ROOTS = ("clients", "cases")
NOT_TRANSFERRED = frozenset(
    {
        "users",
        "audit_log",
        "drafts",
        "settings",
        "meta",
        "table_sums",
        "search_keys",
        "case_code_counters",
        "transfer_log",
        "risk_instruments",
    }
)
# This vault's own label for a case: never sent over another's, never part of a version.
LOCAL_COLUMNS: dict[str, frozenset[str]] = {"cases": frozenset({"case_code"})}
# Bookkeeping and values derived from other records (the case's risk level follows its latest
# assessment): copied along, but not part of a version, so adding a note on one laptop (which
# touches the case's `updated_at`) and editing the case on the other is not a clash.
UNVERSIONED = frozenset({"updated_at", "version"})
DERIVED: dict[str, frozenset[str]] = {"cases": frozenset({"risk_level", "risk_due"})}


def unversioned(table: str) -> frozenset[str]:
    """Columns left out of a record's version hash."""
    return LOCAL_COLUMNS.get(table, frozenset()) | UNVERSIONED | DERIVED.get(table, frozenset())


KNOWN_KEPT = 64  # hashes remembered per record: far more than the exchanges of one record


@dataclass(frozen=True)
class ForeignKey:
    column: str
    table: str
    to: str


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[str, ...]
    fks: tuple[ForeignKey, ...]

    @property
    def has_id(self) -> bool:
        return "id" in self.columns

    def links(self, linked: Iterable[str]) -> list[ForeignKey]:
        names = set(linked)
        return [fk for fk in self.fks if fk.table in names]


def _tables(conn: Connection) -> dict[str, Table]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = [n for n, sql in rows if str(sql or "").upper().startswith("CREATE VIRTUAL")]
    found = {}
    for name, _sql in rows:
        if name in virtual or any(name.startswith(v + "_") for v in virtual):
            continue
        columns = tuple(r[1] for r in conn.execute(f"PRAGMA table_info({name})"))
        fks = tuple(
            ForeignKey(str(r[3]), str(r[2]), str(r[4] or "id"))
            for r in conn.execute(f"PRAGMA foreign_key_list({name})")
        )
        found[name] = Table(name, columns, fks)
    return found


def case_tables(conn: Connection) -> list[Table]:
    """Tables holding a case's records, parents before children."""
    tables = {n: t for n, t in _tables(conn).items() if n not in NOT_TRANSFERRED}
    linked = set(ROOTS)
    grew = True
    while grew:
        grew = False
        for name, table in tables.items():
            if name not in linked and table.links(linked):
                linked.add(name)
                grew = True
    ordered: list[str] = []
    pending = sorted(linked)
    while pending:
        ready = [
            n
            for n in pending
            if all(fk.table in ordered or fk.table == n for fk in tables[n].links(linked))
        ] or pending[:1]  # a cycle: take one, deferred foreign keys sort it out
        for n in ready:
            ordered.append(n)
            pending.remove(n)
    return [tables[n] for n in ordered]


def users_table(conn: Connection) -> Table:
    return _tables(conn)["users"]


# --- hashing ---------------------------------------------------------------------------------------
def _blob(value: object) -> object:
    if isinstance(value, bytes):
        return {"$b": base64.b64encode(value).decode("ascii")}
    raise TypeError(type(value))


def row_hash(table: str, row: dict[str, object]) -> str:
    """The record's version, without this vault's own labels (128 bits, hex)."""
    skip = unversioned(table)
    body = [table, [[c, row[c]] for c in sorted(row) if c not in skip]]
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"), default=_blob)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


# --- the log ---------------------------------------------------------------------------------------
def known(conn: Connection, table: str, record_id: str) -> list[str]:
    row = conn.execute(
        "SELECT known FROM transfer_log WHERE table_name = ? AND record_id = ?", (table, record_id)
    ).fetchone()
    return list(json.loads(row[0])) if row else []


def remember(conn: Connection, table: str, record_id: str, hashes: Iterable[str]) -> None:
    """Add versions this vault's copy now includes (inside the caller's transaction)."""
    merged = known(conn, table, record_id)
    for h in hashes:
        if h not in merged:
            merged.append(h)
    conn.execute(
        "INSERT INTO transfer_log (table_name, record_id, known, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (table_name, record_id) DO UPDATE SET known = excluded.known, "
        "updated_at = excluded.updated_at",
        (table, record_id, json.dumps(merged[-KNOWN_KEPT:]), datetime.now(UTC).isoformat()),
    )


# --- framing: length-prefixed JSON messages inside the sealed payload --------------------------------
_LEN = struct.Struct(">I")


def encode(message: dict[str, object]) -> bytes:
    data = json.dumps(message, ensure_ascii=False, separators=(",", ":"), default=_blob).encode()
    return _LEN.pack(len(data)) + data


def encode_ids(ids: Iterable[str]) -> str:
    """Ids as a JSON array, for `IN (SELECT value FROM json_each(?))`."""
    return json.dumps(sorted(ids))


def _unblob(obj: dict[str, object]) -> object:
    if set(obj) == {"$b"}:
        return base64.b64decode(str(obj["$b"]), validate=True)
    return obj


def decode_stream(chunks: Iterable[bytes]) -> Iterator[dict[str, object]]:
    """Messages from the payload's chunks; raises ValueError on a malformed stream."""
    buf = bytearray()
    for chunk in chunks:
        buf += chunk
        while len(buf) >= _LEN.size:
            (size,) = _LEN.unpack_from(buf)
            if len(buf) < _LEN.size + size:
                break
            data = bytes(buf[_LEN.size : _LEN.size + size])
            del buf[: _LEN.size + size]
            message = json.loads(data, object_hook=_unblob)
            if not isinstance(message, dict):
                raise ValueError("message")
            yield message
    if buf:
        raise ValueError("trailing bytes")

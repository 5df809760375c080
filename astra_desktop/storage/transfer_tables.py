"""What a case transfer carries, found from the schema itself; row hashes; the transfer log.

A case's records are the rows of every table that reaches `clients` or `cases` through foreign
keys (directly, like contact notes, or through another such table, like charges -> proceedings),
read from `PRAGMA foreign_key_list`, so a table another migration adds comes along without a
change here. Vault-local tables (users, audit trail, settings, drafts, derived search index) never
travel. Rows are hashed in a portable form: the case code is this vault's own label (codes are
allocated per vault, so two laptops may give the same code to different cases) and is left out,
and so are bookkeeping columns and values derived from other records.

Partners (schema 21) belong to no case, so they are not records of one: a bundle carries the
partners its records name (`PARTNERS`), and the receiving vault uses its own partner with that id,
or with that name in that town, or adds it (services/transfer.py).

`transfer_log` keeps, per record, the hashes of the versions this vault's copy includes; a bundle
carries the sender's set. Receiving: our version among theirs -> theirs is newer; theirs among
ours -> ours is newer; neither -> both changed since the last exchange: a conflict for a person.

`transfer_tombstones` (schema 10): a record that took part in a transfer leaves a tombstone when
it is deleted (triggers of migration 0010), with the versions this vault's copy had included. A
bundle carries its cases' tombstones; the receiver deletes its copy if that copy is one of those
versions, and asks a person if it was changed there since.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
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
        "transfer_tombstones",
        "risk_instruments",
    }
)
TOMBSTONES = "transfer_tombstones"
# This vault's own labels for a case (its code and number): never sent over another's, never part
# of a version.
LOCAL_COLUMNS: dict[str, frozenset[str]] = {"cases": frozenset({"case_code", "seq"})}
# Bookkeeping and values derived from other records (the case's risk level follows its latest
# assessment): copied along, but not part of a version, so adding a note on one laptop (which
# touches the case's `updated_at`) and editing the case on the other is not a clash.
UNVERSIONED = frozenset({"updated_at", "version"})
DERIVED: dict[str, frozenset[str]] = {
    "cases": frozenset({"risk_level", "risk_due", "client_sort", "client_sort_cyrl"}),
    "clients": frozenset({"sort_name", "sort_name_cyrl"}),  # computed from the names
}


PARTNERS = "partners"
# Where a record keeps, beside the partner's id, the partner's name as written: what names a
# partner that a bundle made before bundles carried partners points to.
PARTNER_NAMES = {"referrals": "organisation", "missing_inquiries": "partner_name",
                 "hotline_calls": "referral"}  # fmt: skip


def partner_columns(table: Table) -> list[str]:
    """The table's columns that point to a partner of the registry."""
    return [fk.column for fk in table.fks if fk.table == PARTNERS]


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


# --- tombstones --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Tombstone:
    """A deleted record that had taken part in a transfer: ids only, never content."""

    table: str
    record_id: str
    case_id: str | None
    client_id: str | None
    known: tuple[str, ...]  # the versions the deleting vault's copy had included
    deleted_at: str
    deleted_by: str | None

    @property
    def mark(self) -> str:
        """This deletion's own version label: kept in `transfer_log` by a vault whose person
        chose to keep the record, so the same deletion is not asked about again."""
        text = f"deleted\0{self.table}\0{self.record_id}\0{self.deleted_at}"
        return "x" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:31]

    def message(self) -> dict[str, object]:
        return {"type": "tombstone", "t": self.table, "id": self.record_id, "case": self.case_id,
                "client": self.client_id, "k": list(self.known), "at": self.deleted_at,
                "by": self.deleted_by}  # fmt: skip

    @classmethod
    def from_message(cls, m: dict[str, object]) -> Tombstone:
        known = m.get("k", [])
        if not isinstance(known, list):
            raise ValueError("tombstone")

        def opt(v: object) -> str | None:
            return None if v is None else str(v)

        return cls(str(m["t"]), str(m["id"]), opt(m.get("case")), opt(m.get("client")),
                   tuple(str(h) for h in known), str(m["at"]), opt(m.get("by")))  # fmt: skip


_TOMB_COLS = "table_name, record_id, case_id, client_id, known, deleted_at, deleted_by, parent"


def _tomb(row: tuple) -> Tombstone:
    t, rid, case, client, known, at, by, _parent = row
    return Tombstone(str(t), str(rid), case, client, tuple(json.loads(known)), str(at), by)


def has_tombstones(conn: Connection) -> bool:
    """Whether this vault's schema keeps tombstones (schema 10 and later)."""
    return bool(
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TOMBSTONES,)
        ).fetchone()
    )


def tombstone(conn: Connection, table: str, record_id: str) -> Tombstone | None:
    if not has_tombstones(conn):
        return None
    row = conn.execute(
        f"SELECT {_TOMB_COLS} FROM {TOMBSTONES} WHERE table_name = ? AND record_id = ?",
        (table, record_id),
    ).fetchone()
    return _tomb(row) if row else None


def tombstones_for(
    conn: Connection, case_ids: Iterable[str], client_ids: Iterable[str]
) -> list[Tombstone]:
    """Tombstones of records of these cases and clients, with those of the records deleted with
    them (a proceeding's hearings; a deleted case of one of these clients and its records). A
    record deleted with its parent gets the parent's case in the tombstone returned."""
    if not has_tombstones(conn):
        return []
    rows = conn.execute(
        f"SELECT {_TOMB_COLS} FROM {TOMBSTONES} "
        "WHERE case_id IN (SELECT value FROM json_each(?)) "
        "OR client_id IN (SELECT value FROM json_each(?)) ORDER BY deleted_at, table_name",
        (encode_ids(case_ids), encode_ids(client_ids)),
    ).fetchall()
    found = {(str(r[0]), str(r[1])): _tomb(r) for r in rows}
    pending = list(found.values())
    while pending:  # records deleted with one found: their tombstones name it as the parent
        parents = [f"{t.table}:{t.record_id}" for t in pending]
        pending = []
        for r in conn.execute(
            f"SELECT {_TOMB_COLS} FROM {TOMBSTONES} WHERE parent IN (SELECT value FROM json_each(?))",
            (encode_ids(parents),),
        ):
            child = _tomb(r)
            if (child.table, child.record_id) in found:
                continue
            parent = found[tuple(str(r[7]).split(":", 1))]  # type: ignore[index]
            if child.case_id is None:
                child = replace(child, case_id=parent.case_id)
            found[(child.table, child.record_id)] = child
            pending.append(child)
    return sorted(found.values(), key=lambda t: (t.deleted_at, t.table, t.record_id))


def remember_deleted(conn: Connection, table: str, record_id: str, hashes: Iterable[str]) -> None:
    """Add versions to this vault's tombstone of a record (the other side's, once merged)."""
    tomb = tombstone(conn, table, record_id)
    if tomb is None:
        return
    merged = list(tomb.known)
    merged += [h for h in hashes if h not in merged]
    conn.execute(
        f"UPDATE {TOMBSTONES} SET known = ? WHERE table_name = ? AND record_id = ?",
        (json.dumps(merged[-KNOWN_KEPT:]), table, record_id),
    )


def adopt_deletion(conn: Connection, tomb: Tombstone) -> None:
    """This vault deleted its copy because of `tomb`: its own tombstone takes that deletion's
    time and author, so the deletion has the same `mark` on every laptop (a choice made about
    it, or a record kept over it, then names the same deletion everywhere)."""
    if has_tombstones(conn):
        conn.execute(
            f"UPDATE {TOMBSTONES} SET deleted_at = ?, deleted_by = COALESCE(?, deleted_by) "
            "WHERE table_name = ? AND record_id = ?",
            (tomb.deleted_at, tomb.deleted_by, tomb.table, tomb.record_id),
        )


def forget_deleted(conn: Connection, table: str, record_id: str) -> None:
    """The record is back (a person chose the other laptop's version over this deletion)."""
    if has_tombstones(conn):
        conn.execute(
            f"DELETE FROM {TOMBSTONES} WHERE table_name = ? AND record_id = ?", (table, record_id)
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

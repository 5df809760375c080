"""The audit trail: who viewed, changed, exported or printed which record, when.

Entries carry ids, never names. Each entry's hash covers the previous entry's hash, so editing,
deleting or reordering entries breaks the chain; the head is also kept in the freshness anchor, so
dropping entries from the end is caught too. Anyone with the data key can recompute this chain; the
forward-secure key chain (storage.audit_keys) is what an insider cannot.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from astra_desktop.core.messages import Message
from astra_desktop.storage import audit_keys
from astra_desktop.storage.database import Connection

GENESIS = "0" * 64

# (action, entity, entity_id) of the entries appended on a connection while a caller collects them
# (`Session.write`, to tell open views what its transaction changed). Keyed by the connection's id:
# a connection is used by one thread only.
_collecting: dict[int, list[tuple[str, str, str]]] = {}


@contextlib.contextmanager
def collecting(conn: Connection) -> Iterator[list[tuple[str, str, str]]]:
    """Gather what is appended on `conn` inside this block."""
    entries: list[tuple[str, str, str]] = []
    _collecting[id(conn)] = entries
    try:
        yield entries
    finally:
        _collecting.pop(id(conn), None)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    user_id: str | None
    action: str
    entity: str
    entity_id: str
    detail: str
    prev_hash: str
    hash: str


def _entry_hash(
    prev_hash: str, seq: int, at: str, user_id: str | None, action: str, entity: str,
    entity_id: str, detail: str,
) -> str:  # fmt: skip
    body = json.dumps([seq, at, user_id, action, entity, entity_id, detail], ensure_ascii=True)
    return hashlib.sha256((prev_hash + body).encode()).hexdigest()


def head(conn: Connection) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


# The chain's head and the key chain's state (storage.audit_keys) in one read, as an append needs
# both (no row while the trail is empty; NULL key while the key chain has not started).
_HEAD_AND_KEY = (
    "SELECT h.seq, h.hash, k.next_seq, k.key FROM audit_log AS h "
    "LEFT JOIN audit_state AS k ON k.id = 1 ORDER BY h.seq DESC LIMIT 1"
)


def append(
    conn: Connection,
    user_id: str | None,
    action: str,
    entity: str = "",
    entity_id: str = "",
    detail: str = "",
    at: datetime | None = None,
) -> None:
    """Add an entry; call inside the transaction that made the change it records."""
    found = conn.execute(_HEAD_AND_KEY).fetchall()
    if found:
        last, prev, next_seq, key = found[0]
        seq, prev = int(last) + 1, str(prev)
        current = None if key is None else (int(next_seq), bytes(key))
    else:  # the first entry
        seq, prev, current = 1, GENESIS, audit_keys.state(conn)
    stamp = (at or datetime.now(UTC)).isoformat(timespec="seconds")
    entity, entity_id, detail = (audit_keys.clean(t) for t in (entity, entity_id, detail))
    digest = _entry_hash(prev, seq, stamp, user_id, action, entity, entity_id, detail)
    mac = audit_keys.advance_from(
        conn,
        current,
        seq,
        audit_keys.message(seq, stamp, user_id, action, entity, entity_id, detail),
    )
    conn.execute(
        "INSERT INTO audit_log"
        " (seq, at, user_id, action, entity, entity_id, detail, prev_hash, hash, mac)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, stamp, user_id, action, entity, entity_id, detail, prev, digest, mac),
    )
    sink = _collecting.get(id(conn))
    if sink is not None:
        sink.append((action, entity, entity_id))


def entry_hash_at(conn: Connection, seq: int) -> str | None:
    """Entry `seq`'s hash, or None when it is missing or its content no longer gives that hash."""
    row = conn.execute(
        "SELECT seq, at, user_id, action, entity, entity_id, detail, prev_hash, hash "
        "FROM audit_log WHERE seq = ?",
        (seq,),
    ).fetchone()
    if row is None:
        return None
    e = AuditEntry(*row)
    recomputed = _entry_hash(
        e.prev_hash, e.seq, e.at, e.user_id, e.action, e.entity, e.entity_id, e.detail
    )
    return e.hash if recomputed == e.hash else None


class ChainCheck:
    """The SHA-256 chain checked one entry at a time, in seq order: by `verify_chain`, and by the
    single read of the log that `check` makes for all its audit passes (storage.audit_pass).
    `heads`: seqs whose recomputed hash the caller wants (filled in while the chain is intact)."""

    LIMIT = 20  # problems worth reporting; reading stops after them

    def __init__(self, heads: dict[int, str] | None = None) -> None:
        self.problems: list[Message] = []
        self.heads = heads
        self._expected, self._prev = 1, GENESIS

    def step(
        self, seq: int, at: str, user_id: str | None, action: str, entity: str, entity_id: str,
        detail: str, prev_hash: str, hash_: str,
    ) -> bool:  # fmt: skip
        """Check the next entry; False once there is no point in reading further."""
        problems = self.problems
        if seq != self._expected:
            problems.append(
                Message(
                    "audit entries {first}–{last} are missing", first=self._expected, last=seq - 1
                )
            )
        if prev_hash != self._prev:
            problems.append(
                Message("audit entry {seq} does not follow the entry before it", seq=seq)
            )
        recomputed = _entry_hash(prev_hash, seq, at, user_id, action, entity, entity_id, detail)
        if recomputed != hash_:
            problems.append(Message("audit entry {seq} has been altered", seq=seq))
        if self.heads is not None and seq in self.heads and not problems:
            self.heads[seq] = recomputed
        self._expected, self._prev = seq + 1, hash_
        return len(problems) <= self.LIMIT


def verify_chain(conn: Connection, heads: dict[int, str] | None = None) -> list[Message]:
    """Problems found in the chain, in words; empty when every entry links to the one before.
    `heads`: seqs whose recomputed hash the caller wants (filled in when the chain is intact)."""
    check = ChainCheck(heads)
    for row in conn.execute(
        "SELECT seq, at, user_id, action, entity, entity_id, detail, prev_hash, hash "
        "FROM audit_log ORDER BY seq"
    ):
        if not check.step(*row):
            break
    return check.problems


def entries(conn: Connection, limit: int = 200, entity_id: str | None = None) -> list[AuditEntry]:
    sql = (
        "SELECT seq, at, user_id, action, entity, entity_id, detail, prev_hash, hash FROM audit_log"
    )
    params: tuple[object, ...] = ()
    if entity_id:
        sql += " WHERE entity_id = ?"
        params = (entity_id,)
    sql += " ORDER BY seq DESC LIMIT ?"
    return [AuditEntry(*row) for row in conn.execute(sql, (*params, limit))]


def backups_verified(conn: Connection) -> set[str]:
    """The ids of the backups whose check at export, or a later full check, passed."""
    return {
        str(r[0])
        for r in conn.execute(
            "SELECT entity_id FROM audit_log WHERE entity = 'backup' "
            "AND detail IN ('verified', 're-verified')"
        )
    }


def last_backup_verified(conn: Connection) -> str | None:
    """When the newest backup that passed its check at export was made (ISO time), if any."""
    return conn.execute(
        "SELECT max(at) FROM audit_log WHERE entity = 'backup' AND detail = 'verified' "
        "AND action = 'export'"
    ).fetchone()[0]

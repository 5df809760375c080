"""The forward-secure audit trail: entries an insider cannot rewrite once they are written.

The SHA-256 chain of storage.audit links entries, but anyone holding the data key can recompute it.
So from an *epoch's* start on, every entry also advances a secret key chain, in the manner of
Schneier–Kelsey and Bellare–Yee:

    k(start) = seed                        (kept only in the administrators' keyslots)
    k(i+1)   = SHA-256(k(i) || entry i)    (the key for entry i+1; k(i) is then overwritten)
    tag(i)   = SHA-256("astra audit tag" || k(i+1))   (stored with entry i, to locate an edit)

Only the current key is in vault.db (`audit_state`, overwritten in place with secure_delete on).
From it no earlier key can be computed, so an insider who copies it at entry n can append entries
after n but cannot change, remove, reorder or cut off entries before n without the recomputation
from the seed (`verify`) ending on a different key than the stored one. Folding the entry into the
key (rather than k(i+1) = SHA-256(k(i)) plus a separate MAC) halves the hashing an administrator's
check does: one hash per entry, ~1.7 s for a million entries on a 2-core laptop (bench/audit.py).

An epoch starts when the trail starts (vault creation, or the first administrator unlock of a vault
made before this trail existed) and again whenever an administrator leaves (removed or demoted):
they knew the old seeds. The first entry of an epoch records where the history before it ends:
the previous epoch's last tag, or, for the first epoch of an older vault, the SHA-256 chain's head.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass

from astra_desktop.core.messages import Message
from astra_desktop.storage.database import Connection

SEED_BYTES = 32
_SEP = "\x1f"  # written fields never contain it (see clean), so the joined text is unambiguous
_TAG = b"astra audit tag"
# Columns, joined in Python: SQL's `||` allocates per step, and with SQLCipher's memory security on
# (every real vault) each allocation is wiped and locked: 50x slower than joining here.
_ENTRIES_SQL = (
    "SELECT seq, at, user_id, action, entity, entity_id, detail FROM audit_log "
    "WHERE seq >= ? AND seq < ? ORDER BY seq"
)
EPOCH_ENTITY = "audit-key"


@dataclass(frozen=True)
class Epoch:
    start_seq: int
    seed: bytes


def encode(epochs: list[Epoch]) -> bytes:
    """The administrators' audit secret as stored in their keyslots."""
    return b"".join(struct.pack(">Q", e.start_seq) + e.seed for e in epochs)


def decode(blob: bytes) -> list[Epoch]:
    size = 8 + SEED_BYTES
    if len(blob) % size:
        raise ValueError("audit secret")
    return [
        Epoch(struct.unpack(">Q", blob[i : i + 8])[0], blob[i + 8 : i + size])
        for i in range(0, len(blob), size)
    ]


def clean(text: str) -> str:
    return text.replace(_SEP, " ")


def message(
    seq: int, at: str, user_id: str | None, action: str, entity: str, entity_id: str, detail: str
) -> bytes:
    """Entry i as the key chain reads it (`_run` inlines the same text, for speed)."""
    return f"{seq}\x1f{at}\x1f{user_id or ''}\x1f{action}\x1f{entity}\x1f{entity_id}\x1f{detail}".encode()


def tag(next_key: bytes) -> bytes:
    return hashlib.sha256(_TAG + next_key).digest()


def state(conn: Connection) -> tuple[int, bytes] | None:
    row = conn.execute("SELECT next_seq, key FROM audit_state WHERE id = 1").fetchone()
    return (int(row[0]), bytes(row[1])) if row else None


def started(conn: Connection) -> bool:
    return state(conn) is not None


def advance_from(
    conn: Connection, current: tuple[int, bytes] | None, seq: int, entry: bytes
) -> bytes | None:
    """Move the key chain past entry `seq`; the entry's tag, or None before the trail started.
    `current` is the `state` the caller has just read in this transaction (storage.audit reads it
    together with the chain's head)."""
    if current is None:
        return None
    next_key = hashlib.sha256(current[1] + entry).digest()
    conn.execute("UPDATE audit_state SET next_seq = ?, key = ? WHERE id = 1", (seq + 1, next_key))
    return tag(next_key)


def begin(conn: Connection, start_seq: int, seed: bytes) -> None:
    """Start an epoch at entry `start_seq` (the caller appends that entry next, in this
    transaction, with `epoch_detail` as its detail)."""
    # Not INSERT OR REPLACE: its implicit delete fires no trigger, and the table's sum would drift.
    updated = conn.execute(
        "UPDATE audit_state SET next_seq = ?, key = ? WHERE id = 1", (start_seq, seed)
    )
    if updated.rowcount == 0:
        conn.execute(
            "INSERT INTO audit_state (id, next_seq, key) VALUES (1, ?, ?)", (start_seq, seed)
        )


def epoch_detail(conn: Connection, plain_head: str) -> str:
    """What the first entry of a new epoch records about the history before it."""
    if (current := state(conn)) is not None:
        return "after-tag " + tag(current[1]).hex()
    return "after-hash " + plain_head


# --- verifying --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Run:
    """An epoch's key chain run from its seed over `count` entries, up to entry `until` (not
    included): where a later reading of the log can carry on from."""

    key: bytes
    count: int
    until: int


def _run(conn: Connection, seed: bytes, first: int, stop: int) -> tuple[bytes, int]:
    """The key after entries first..stop-1, and how many entries there were."""
    key, count, sha = seed, 0, hashlib.sha256
    cursor = conn.execute(_ENTRIES_SQL, (first, stop))
    while batch := cursor.fetchmany(4096):
        for seq, at, user_id, action, entity, entity_id, detail in batch:
            entry = f"{seq}\x1f{at}\x1f{user_id or ''}\x1f{action}\x1f{entity}\x1f{entity_id}\x1f{detail}"
            key = sha(key + entry.encode()).digest()
        count += len(batch)
    return key, count


class KeyRuns:
    """Every epoch's key chain run forward one entry at a time, in seq order, by a reading of the
    log that serves other checks too (storage.audit_pass): `verify` then need not read it again."""

    def __init__(self, epochs: list[Epoch]) -> None:
        self.epochs = epochs
        self.runs: dict[int, Run] = {}
        self._index = -1
        self._key, self._count, self._seen = b"", 0, 0

    def _close(self) -> None:
        if self._index >= 0:
            epoch = self.epochs[self._index]
            until = max(self._seen + 1, epoch.start_seq)
            self.runs[epoch.start_seq] = Run(self._key, self._count, until)

    def step(
        self, seq: int, at: str, user_id: str | None, action: str, entity: str, entity_id: str,
        detail: str,
    ) -> None:  # fmt: skip
        epochs = self.epochs
        while self._index + 1 < len(epochs) and seq >= epochs[self._index + 1].start_seq:
            self._close()  # (an epoch with no entry of its own keeps its seed, count 0)
            self._index += 1
            self._key, self._count = epochs[self._index].seed, 0
        self._seen = seq
        if self._index < 0:
            return  # before the trail started
        entry = (
            f"{seq}\x1f{at}\x1f{user_id or ''}\x1f{action}\x1f{entity}\x1f{entity_id}\x1f{detail}"
        )
        self._key = hashlib.sha256(self._key + entry.encode()).digest()
        self._count += 1

    def finish(self) -> dict[int, Run]:
        """The runs, by epoch start; epochs no entry reached are left out (verify runs them)."""
        self._close()
        return self.runs


def _first_bad(conn: Connection, seed: bytes, first: int, stop: int) -> int | None:
    """The first entry whose stored tag does not follow from the seed (the slow path)."""
    key, expected = seed, first
    rows = conn.execute(
        "SELECT seq, at, user_id, action, entity, entity_id, detail, mac FROM audit_log "
        "WHERE seq >= ? AND seq < ? ORDER BY seq",
        (first, stop),
    )
    for seq, at, user_id, action, entity, entity_id, detail, mac in rows:
        if seq != expected:
            return expected
        entry = message(seq, at, user_id, action, entity, entity_id, detail)
        key = hashlib.sha256(key + entry).digest()
        if mac is None or bytes(mac) != tag(key):
            return int(seq)
        expected += 1
    return None


def verify(
    conn: Connection,
    epochs: list[Epoch],
    plain_head_at: dict[int, str],
    runs: dict[int, Run] | None = None,
) -> list[Message]:
    """Problems found, in words; empty when every entry from the first epoch on is as written.

    `plain_head_at[seq]`: the SHA-256 chain's hash of entry `seq` recomputed from its content
    (storage.audit.verify_chain), needed only for an older vault's first epoch. `runs`: the key
    chains a reading of the log has already run (`KeyRuns`); entries appended since are read
    here, and epochs it did not reach are run from their seed."""
    current = state(conn)
    if not epochs:
        return [
            Message("this account does not hold the audit key, so the trail cannot be verified")
        ]
    if current is None:
        return [Message("the audit key chain has been removed from the vault")]
    last = int(conn.execute("SELECT ifnull(max(seq), 0) FROM audit_log").fetchone()[0])
    problems: list[Message] = []
    for index, epoch in enumerate(epochs):
        stop = epochs[index + 1].start_seq if index + 1 < len(epochs) else last + 1
        if index == 0:
            problems += _check_start(conn, epoch.start_seq, plain_head_at)
        done = (runs or {}).get(epoch.start_seq)
        if done is None:
            key, count = _run(conn, epoch.seed, epoch.start_seq, stop)
        else:  # carry on after what was read (the entries unlock itself appended, say)
            key, more = _run(conn, done.key, done.until, stop)
            count = done.count + more
        if index + 1 < len(epochs):
            expected = "after-tag " + tag(key).hex()
            if _detail(conn, stop) != expected or count != stop - epoch.start_seq:
                problems.append(_located(conn, epoch, stop))
        elif count != stop - epoch.start_seq or key != current[1] or current[0] != stop:
            problems.append(_located(conn, epoch, stop, current[0]))
    return problems


def _detail(conn: Connection, seq: int) -> str | None:
    row = conn.execute(
        "SELECT detail FROM audit_log WHERE seq = ? AND entity = ?", (seq, EPOCH_ENTITY)
    ).fetchone()
    return str(row[0]) if row else None


def _check_start(conn: Connection, start: int, plain_head_at: dict[int, str]) -> list[Message]:
    """The history before the first epoch (a vault older than this trail) is the SHA-256 chain
    whose head the epoch's first entry recorded."""
    if start == 1:
        return []
    detail = _detail(conn, start)
    head = plain_head_at.get(start - 1)
    if detail is None or head is None or detail != "after-hash " + head:
        return [
            Message(
                "audit entries before {seq}, where the protected trail starts, were altered",
                seq=start,
            )
        ]
    return []


def _located(conn: Connection, epoch: Epoch, stop: int, next_seq: int | None = None) -> Message:
    bad = _first_bad(conn, epoch.seed, epoch.start_seq, stop)
    if bad is not None:
        return Message("audit entry {seq} has been altered, removed or moved", seq=bad)
    if next_seq is not None and next_seq > stop:
        return Message(
            "audit entries {first}–{last} have been removed from the end",
            first=stop,
            last=next_seq - 1,
        )
    return Message("audit entries from {seq} on do not match the audit key", seq=epoch.start_seq)

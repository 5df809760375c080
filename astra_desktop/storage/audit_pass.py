"""One reading of the audit log for every check that needs all of it.

Why: on a vault in use for years the log is the largest table (643,000 entries in the 50,000-client
demo vault), and `check` read it three times in Python — its record sum (pages from an older copy),
the SHA-256 chain, and, for an administrator, the forward-secure key chain — about 14 s of a
50-second check, the last of them after the passes that run beside SQLite's own check. Here each
entry is read once and given to all three: the sum (as storage.db_copy adds it up), the chain
(storage.audit.ChainCheck) and the key chains (storage.audit_keys.KeyRuns), whose runs
`audit_keys.verify` then continues from instead of reading the log again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter

from astra_desktop.core.messages import Message
from astra_desktop.storage import audit, audit_keys, db_copy, digest
from astra_desktop.storage.database import Connection

TABLE = "audit_log"
_CHAIN = ("seq", "at", "user_id", "action", "entity", "entity_id", "detail", "prev_hash", "hash")


@dataclass
class LogPass:
    """What one reading of the log found."""

    epochs: list[audit_keys.Epoch]  # the seeds the key chains were run with (none: not run)
    row_sum: bytes = b""  # the table's record sum, to compare with the stored one
    chain: list[Message] = field(default_factory=list)  # problems in the SHA-256 chain
    heads: dict[int, str] = field(default_factory=dict)  # for an older vault's first epoch
    runs: dict[int, audit_keys.Run] = field(default_factory=dict)


def read(conn: Connection, epochs: list[audit_keys.Epoch]) -> LogPass:
    """Read every entry once, in order; `epochs`: an administrator's seeds (or none)."""
    names = [str(r[1]) for r in conn.execute(f"PRAGMA table_info({TABLE})")]
    fields = itemgetter(*(names.index(c) + 1 for c in _CHAIN))  # +1: the table's name leads
    heads = {epochs[0].start_seq - 1: ""} if epochs and epochs[0].start_seq > 1 else {}
    chain, keys = audit.ChainCheck(heads), audit_keys.KeyRuns(epochs)
    chain_step, key_step, row_hash = chain.step, keys.step, db_copy.row_hash_int
    total, reading_chain = 0, True
    cursor = conn.execute(f"SELECT '{TABLE}', * FROM {TABLE} ORDER BY seq")
    while batch := cursor.fetchmany(4096):
        for row in batch:
            total += row_hash(row)
            seq, at, user_id, action, entity, entity_id, detail, prev, hash_ = fields(row)
            if reading_chain:
                reading_chain = chain_step(
                    seq, at, user_id, action, entity, entity_id, detail, prev, hash_
                )
            key_step(seq, at, user_id, action, entity, entity_id, detail)
    return LogPass(
        epochs=list(epochs),
        row_sum=db_copy.settled(conn, TABLE, total),
        chain=chain.problems,
        heads={k: v for k, v in heads.items() if v},
        runs=keys.finish(),
    )


def stale_tables(conn: Connection, epochs: list[audit_keys.Epoch]) -> tuple[list[str], LogPass]:
    """`db_copy.stale_tables` (the summed tables whose rows no longer add up to their stored sum),
    the audit log among them read by `read`, whose findings come back with the list."""
    stale = set(db_copy.stale_tables(conn, skip=(TABLE,)))
    log = read(conn, epochs)
    if digest.stored(conn).get(TABLE) != log.row_sum:
        stale.add(TABLE)
    return [t for t in digest.SUMMED_TABLES if t in stale], log

"""Saving a record: a full service call against one raw INSERT transaction.

Both commit with WAL and `synchronous=FULL`, so both pay one fsync of the log; the ratio is what the
app adds per save: validation, row-hash triggers, audit chain entry, search index, and the
freshness anchor (a second, atomic file write with its own fsyncs). Measured on a new vault and on
a copy of the large demo vault, where anything that scans a table shows up.
"""

from __future__ import annotations

import itertools
from datetime import datetime
from pathlib import Path

from astra_desktop.core.enums import NoteKind
from astra_desktop.core.models import Client, ContactNote
from astra_desktop.services import case_records, clients
from astra_desktop.services.session import Session
from bench import demo_vault
from bench.common import (
    Figure,
    Options,
    blocking_time_by_caller,
    describe_profile,
    first_case,
    interleaved,
    median,
    ms,
    new_vault,
    open_vault,
    percentile,
    raw_connection,
    scratch,
)

TIMES = 100
BUDGET = 20.0  # seconds per figure: a save that takes seconds needs no 100 repetitions
BODY = (
    "Phone call with the client about the next court hearing; she asked for an interpreter and "
    "for accompaniment to the police station on Monday. Safe contact: mornings only."
)


class RawInserts:
    """The floor: single-row INSERT transactions on a plain keyed connection, one per call."""

    def __init__(self, path: Path) -> None:
        self.conn = raw_connection(path)
        self.conn.execute(
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, case_id TEXT, occurred_at TEXT, "
            "kind TEXT, body TEXT, created_at TEXT, updated_at TEXT, version INTEGER)"
        )
        self.counter = itertools.count()

    def __call__(self) -> None:
        now = datetime.now().isoformat()
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute(
            "INSERT INTO notes VALUES (?, 'case', ?, 'call', ?, ?, ?, 1)",
            (next(self.counter), now, BODY, now, now),
        )
        self.conn.execute("COMMIT")


def _add_note(sess: Session, case_id: str) -> None:
    note = ContactNote(case_id=case_id, occurred_at=datetime.now(), body=BODY, kind=NoteKind.CALL)
    case_records.add_note(sess, note)


def _register(sess: Session, counter: itertools.count[int]) -> None:
    n = next(counter)
    clients.register(sess, Client(given_name=f"Milica{n}", family_name="Đorđević"))


def _figure(name: str, samples: list[float], floor: list[float], profile: str = "") -> Figure:
    detail = f"p95 {ms(percentile(samples, 95)):.1f} ms; median of {len(samples)}"
    return Figure(
        name=name,
        unit="ms",
        value=ms(median(samples)),
        floor=ms(median(floor)),
        detail=f"{detail}; {profile}" if profile else detail,
        extra={"service_s": samples, "raw_insert_s": floor, "profile": profile},
    )


def _measure(sess: Session, label: str, floor: RawInserts, warmup: int) -> list[Figure]:
    case_id = first_case(sess)
    counter = itertools.count()

    def note() -> None:
        _add_note(sess, case_id)

    def register() -> None:
        _register(sess, counter)

    figures = []
    for what, call in (("add_note", note), ("register", register)):
        samples, raw = interleaved(call, floor, TIMES, warmup, BUDGET)
        profile = describe_profile(*blocking_time_by_caller(call))
        figures.append(_figure(f"save: {what} ({label})", samples, raw, profile))
    return figures


def run(opts: Options) -> list[Figure]:
    with scratch("save") as folder:
        floor = RawInserts(folder / "raw.db")
        try:
            with open_vault(new_vault(folder / "vault")) as sess:
                figures = _measure(sess, "new vault", floor, warmup=3)
            if opts.clients:
                with demo_vault.working_copy(opts) as vault, open_vault(vault) as sess:
                    figures += _measure(sess, f"{opts.clients:,} clients", floor, warmup=1)
        finally:
            floor.conn.close()
    return figures

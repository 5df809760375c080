"""Saving a record: a full service call against a raw one-row transaction of the same durability.

The floor is what any durable save must pay: one row (a contact note's columns, text primary key,
the same index on case and time) inserted in its own `BEGIN IMMEDIATE … COMMIT` on the same kind of
SQLCipher connection as the vault's (raw key, `cipher_memory_security`, WAL, `synchronous=FULL`,
`secure_delete`), so both commit with one fsync of the log. The ratio is what the app adds per save:
validation, row-hash triggers, the audit chain entry and its forward-secure key, the search index
and the freshness anchor (written at most every `freshness.ANCHOR_EVERY_S` seconds or
`ANCHOR_EVERY_COMMITS` commits, and at lock: the figures say how many saves paid for it).

A note is measured on a case with no notes and on a case with 1,000: the goal is a save that costs
the same whatever the size of the case (and of the vault: the large demo vault when --clients).

The floor's time is mostly its fsync, whose cost swings with what else the machine is doing
(0.3 ms on an idle disk, a 4 ms scheduler tick or more beside other jobs, which then hides the
app's work inside the same wait): the figure also gives each side's CPU time, which load blurs
far less, and what drives it — statements run, pages written (each encrypted and MACed) and,
through them, the heap allocations memory wiping makes expensive.
"""

from __future__ import annotations

import itertools
import time
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from astra_desktop.core.enums import NoteKind
from astra_desktop.core.models import Client, ContactNote
from astra_desktop.services import case_records, clients
from astra_desktop.services.session import Session
from astra_desktop.storage import freshness
from astra_desktop.storage.database import Connection
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
TARGET = 1.5  # × the raw transaction
BIG_CASE = 1000  # notes in the large case
BODY = (
    "Phone call with the client about the next court hearing; she asked for an interpreter and "
    "for accompaniment to the police station on Monday. Safe contact: mornings only."
)


class RawInserts:
    """The floor: single-row INSERT transactions on a plain keyed connection, one per call."""

    def __init__(self, path: Path) -> None:
        self.conn = raw_connection(path)
        self.conn.execute(
            "CREATE TABLE notes (id TEXT PRIMARY KEY, case_id TEXT NOT NULL, "
            "occurred_at TEXT NOT NULL, kind TEXT NOT NULL, author_id TEXT, body TEXT NOT NULL, "
            "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL)"
        )
        self.conn.execute("CREATE INDEX notes_case ON notes (case_id, occurred_at)")
        self.case_id = str(uuid.uuid4())

    def __call__(self) -> None:
        now = datetime.now().isoformat()
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute(
            "INSERT INTO notes VALUES (?, ?, ?, 'call', NULL, ?, ?, ?, 1)",
            (str(uuid.uuid4()), self.case_id, now, BODY, now, now),
        )
        self.conn.execute("COMMIT")


def _add_note(sess: Session, case_id: str) -> None:
    note = ContactNote(case_id=case_id, occurred_at=datetime.now(), body=BODY, kind=NoteKind.CALL)
    case_records.add_note(sess, note)


def _register(sess: Session, counter: itertools.count[int]) -> None:
    n = next(counter)
    clients.register(sess, Client(given_name=f"Milica{n}", family_name="Đorđević"))


def _case_with_notes(sess: Session, count: int) -> str:
    """A new case holding `count` notes, written through the service in one transaction."""
    case_id = clients.register(sess, Client(given_name="Velika", family_name="Beleška")).id
    with sess.write():
        for _ in range(count):
            _add_note(sess, case_id)
    return case_id


class _AnchorWrites:
    """Counts the anchor file writes made while it is active (they are the second and third
    fsync of a save that pays for one)."""

    def __init__(self) -> None:
        self.count = 0
        self._original = freshness.Anchor.save_with

    def __enter__(self) -> _AnchorWrites:
        original = self._original

        def counted(anchor: freshness.Anchor, path: Path, mac_key: bytes | bytearray) -> None:
            self.count += 1
            original(anchor, path, mac_key)

        freshness.Anchor.save_with = counted  # type: ignore[method-assign,assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        freshness.Anchor.save_with = self._original  # type: ignore[method-assign]


def _cpu_per_call(
    call: Callable[[], object], floor: Callable[[], object], times: int = 30
) -> tuple[float, float]:
    """Mean CPU seconds (user and system) of a call and of the floor, interleaved: what each costs
    the machine, which a busy disk does not blur the way it blurs wall time (untimed part)."""
    spent = [0.0, 0.0]
    for _ in range(times):
        for i, fn in enumerate((call, floor)):
            start = time.process_time()
            fn()
            spent[i] += time.process_time() - start
    return spent[0] / times, spent[1] / times


def _statements_per_save(conn: Connection, call: Callable[[], object]) -> int:
    """Statements one call runs, trigger programs included (each is traced when it starts), FTS5's
    own inner ones aside (untimed)."""
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        call()
    finally:
        conn.set_trace_callback(None)
    return sum(1 for sql in seen if not sql.startswith("--"))


def _pages_per_commit(conn: Connection, call: Callable[[], object], times: int = 10) -> float:
    """Pages a call writes to the log (WAL frames), on average: what its commit encrypts, MACs and
    writes before the fsync (untimed)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    for _ in range(times):
        call()
    return float(conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1]) / times


def _figure(
    name: str,
    samples: list[float],
    floor: list[float],
    anchors: int,
    saves: int,
    pages: tuple[float, float],
    statements: int,
    cpu: tuple[float, float],
    profile: str,
) -> Figure:
    ratio = median(samples) / median(floor)
    detail = (
        f"p95 {ms(percentile(samples, 95)):.1f} ms; median of {len(samples)}; "
        f"{ms(median(samples) - median(floor)):.2f} ms over the floor; anchor file written "
        f"{anchors}× in {saves} saves; {pages[0]:.0f} pages written per save, floor {pages[1]:.0f}; "
        f"{statements} statements run per save (trigger programs included), floor 3; "
        f"CPU {ms(cpu[0]):.2f} ms per save, floor {ms(cpu[1]):.2f} ms"
    )
    return Figure(
        name=name,
        unit="ms",
        value=ms(median(samples)),
        floor=ms(median(floor)),
        detail=f"{detail}; {profile}" if profile else detail,
        target=f"≤ {TARGET}× raw",
        ok=ratio <= TARGET,
        extra={
            "service_s": samples,
            "raw_insert_s": floor,
            "anchor_writes": anchors,
            "pages_per_commit": pages[0],
            "floor_pages_per_commit": pages[1],
            "statements_per_save": statements,
            "cpu_s": cpu[0],
            "floor_cpu_s": cpu[1],
            "profile": profile,
        },
    )


def _measure(
    sess: Session, label: str, floor: RawInserts, warmup: int, big_case: bool = False
) -> list[Figure]:
    counter = itertools.count()
    empty = first_case(sess) if not big_case else _case_with_notes(sess, 0)
    calls = [(f"add_note, new case ({label})", lambda: _add_note(sess, empty))]
    if big_case:
        full = _case_with_notes(sess, BIG_CASE)
        calls.append(
            (f"add_note, case of {BIG_CASE:,} notes ({label})", lambda: _add_note(sess, full))
        )
    calls.append((f"register ({label})", lambda: _register(sess, counter)))
    figures = []
    for what, call in calls:
        with _AnchorWrites() as anchors:
            samples, raw = interleaved(call, floor, TIMES, warmup, BUDGET)
        saves = len(samples) + warmup
        pages = _pages_per_commit(sess.db, call), _pages_per_commit(floor.conn, floor)
        statements = _statements_per_save(sess.db, call)
        cpu = _cpu_per_call(call, floor)
        profile = describe_profile(*blocking_time_by_caller(call))
        figures.append(
            _figure(
                f"save: {what}", samples, raw, anchors.count, saves, pages, statements, cpu, profile
            )
        )
    return figures


def run(opts: Options) -> list[Figure]:
    with scratch("save") as folder:
        floor = RawInserts(folder / "raw.db")
        try:
            with open_vault(new_vault(folder / "vault")) as sess:
                figures = _measure(sess, "new vault", floor, warmup=3, big_case=True)
            if opts.clients:
                with demo_vault.working_copy(opts) as vault, open_vault(vault) as sess:
                    figures += _measure(sess, f"{opts.clients:,} clients", floor, warmup=1)
        finally:
            floor.conn.close()
    return figures

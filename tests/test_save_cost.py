"""What a save costs beyond its rows (issue 17: a save ≈ a raw one-row transaction).

With `cipher_memory_security` on, every heap allocation SQLite makes is locked, then wiped and
unlocked on free (system calls): a save's cost is mostly how many it makes. These check the two
things that kept that count low and could silently come undone: vault connections get a lookaside
pool large enough that no small allocation of a save goes to the heap, and no statement of a note
save builds a temporary table (an `IN (…)` list, `RETURNING`, a sort).
"""

from __future__ import annotations

import sys
from datetime import datetime

import pytest

from astra_desktop.core.models import Client, ContactNote
from astra_desktop.services import case_records, clients
from astra_desktop.services import session as vs
from astra_desktop.storage import database, lookaside

# Linux builds of sqlcipher3 export SQLite's functions: there the pool must be in place; elsewhere
# where storage.lookaside can reach them.
POOL = sys.platform.startswith("linux") or lookaside.available()
TEMPORARY = ("OpenEphemeral", "SorterOpen", "OpenAutoindex")


def _note(sess: vs.Session, case_id: str, body: str = "Razgovor o smeštaju i pratnji.") -> None:
    case_records.add_note(sess, ContactNote(case_id, datetime(2026, 3, 1, 10, 0), body))


@pytest.mark.skipif(not POOL, reason="the lookaside pool cannot be set on this platform")
def test_no_small_allocation_of_a_save_goes_to_the_heap(session: vs.Session) -> None:
    case_id = clients.register(session, Client("Mila", "Mirić")).id
    _note(session, case_id)  # statements prepared and cached
    assert lookaside.usage(session.db, reset=True) is not None
    for i in range(20):
        _note(session, case_id, f"Poseta broj {i}: razgovor o dokumentima i smeštaju.")
    clients.register(session, Client("Vera", "Vasić"))
    used, misses = lookaside.usage(session.db) or (0, -1)
    assert misses == 0  # SQLite's default pool (123 slots) misses ~150 times per note
    assert used > 123  # the statements kept cached alone hold more than the default pool


@pytest.mark.skipif(not POOL, reason="the lookaside pool cannot be set on this platform")
def test_the_handle_is_the_connections_own(session: vs.Session) -> None:
    other = database.connect(session.files.db, session.data_key, session.keyfile.db_salt)
    try:
        assert lookaside.handle(session.db) != lookaside.handle(other)
        ours, theirs = lookaside.usage(session.db), lookaside.usage(other)
        assert ours and theirs
        other.execute("SELECT count(*) FROM contact_notes WHERE body <> ''").fetchall()
        after = lookaside.usage(other)
        assert after and after[0] > theirs[0]  # the statement, kept cached, holds slots of its own
        assert lookaside.usage(session.db) == ours  # the other connection's pool did not move
    finally:
        other.close()
    assert lookaside.handle(other) is None  # closed: pysqlite cleared it, nothing dangles
    assert lookaside.usage(other) is None


def test_a_note_save_builds_no_temporary_table(session: vs.Session) -> None:
    case_id = clients.register(session, Client("Ana", "Anić")).id
    _note(session, case_id)
    seen: list[str] = []
    session.db.set_trace_callback(seen.append)
    try:
        _note(session, case_id)
    finally:
        session.db.set_trace_callback(None)
    statements = [s for s in dict.fromkeys(seen) if not s.startswith(("--", "BEGIN", "COMMIT"))]
    assert len(statements) >= 6
    session.db.text_factory = bytes  # the programs hold blob literals (hashes, keys)
    try:
        for sql in statements:
            ops = {row[1].decode() for row in session.db.execute("EXPLAIN " + sql)}
            assert "Halt" in ops and not ops & set(TEMPORARY), sql
    finally:
        session.db.text_factory = str

"""Unlock and the first screen read a few pages whatever the vault's size (issue 17): every query
they run finds its rows through an index, checked with EXPLAIN QUERY PLAN.

SQLite's plans do not depend on how many rows there are (no ANALYZE statistics are kept), so a
small vault shows the plans a 100,000-client one gets. Covered: the GUI's unlock (quick checks,
login entry), the drafts read back, the reminder bar's summary and its minute-by-minute check,
and the first view of the Risk and Backups sections (built when first shown).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from astra_desktop.services import backups, drafts, reminders, risk
from astra_desktop.services import session as vs
from astra_desktop.storage.database import Connection
from tests.conftest import ADMIN, ADMIN_PASS

# Plans that name a table without an index but read one row or a fixed few: the newest audit
# entry (the table's own rowid order, LIMIT 1) and the table sums (one row per table).
BOUNDED = ("ORDER BY seq DESC LIMIT 1", "ORDER BY h.seq DESC LIMIT 1", "FROM table_sums")


class Traced:
    def __init__(self) -> None:
        self.sql: list[str] = []

    def __call__(self, statement: str) -> None:
        text = statement.strip()
        if not text.startswith("--"):  # trigger bodies are traced with a comment
            self.sql.append(text)


@pytest.fixture
def traced(monkeypatch: pytest.MonkeyPatch) -> Iterator[Traced]:
    from astra_desktop.storage import database

    seen = Traced()
    connect = database.connect

    def traced_connect(*args: object, **kwargs: object) -> Connection:
        conn = connect(*args, **kwargs)  # type: ignore[arg-type]
        conn.set_trace_callback(seen)
        return conn

    monkeypatch.setattr(database, "connect", traced_connect)
    yield seen


def unindexed(conn: Connection, statements: list[str]) -> dict[str, list[str]]:
    """The statements whose plan reads a whole table or a whole index (SCAN) rather than looking
    up a range of one (SEARCH). Sorting the rows found is allowed: they are the person's own few
    (due actions, a day's appointments)."""
    found = {}
    for sql in dict.fromkeys(statements):
        if not sql.upper().startswith(("SELECT", "WITH", "UPDATE", "DELETE", "INSERT")):
            continue
        plan = [str(row[3]) for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
        bad = [step for step in plan if step.startswith("SCAN")]
        if bad and not any(mark in sql for mark in BOUNDED):
            found[sql] = plan
    return found


def first_screen(sess: vs.Session) -> None:
    drafts.take_all(sess)
    reminders.at_unlock(sess)
    now = datetime.now()
    reminders.due(sess, now - timedelta(minutes=1), now)


def sections(sess: vs.Session) -> None:
    today = date.today()
    risk.due_for_reassessment(sess, today)
    risk.overdue_high(sess, today)
    backups.reminder(sess, datetime.now(UTC))


@pytest.mark.parametrize("what", [first_screen, sections], ids=["first screen", "sections"])
def test_unlock_and_first_views_use_indexes(
    vault_folder: Path, traced: Traced, what: Callable[[vs.Session], None]
) -> None:
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        what(sess)
        sess.db.set_trace_callback(None)
        assert len(traced.sql) > 5
        assert unindexed(sess.db, traced.sql) == {}


def test_the_check_itself_sees_a_scan(vault_folder: Path) -> None:
    with vs.unlock(vault_folder, ADMIN, ADMIN_PASS) as sess:
        found = unindexed(sess.db, ["SELECT count(*) FROM audit_log WHERE detail = 'x'"])
    assert list(found) == ["SELECT count(*) FROM audit_log WHERE detail = 'x'"]


def test_the_window_thread_takes_the_connection_unlock_opened(
    vault_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app unlocks on its worker thread, which then leaves its connection
    (gui/unlock.py): the window's thread, reading first, opens none of its own (each one parses
    the schema again: ~30 ms before the first frame)."""
    from astra_desktop.storage import database

    opened: list[Connection] = []
    connect = database.connect

    def counted(*args: object, **kwargs: object) -> Connection:
        opened.append(connect(*args, **kwargs))  # type: ignore[arg-type]
        return opened[-1]

    monkeypatch.setattr(database, "connect", counted)
    found: list[vs.Session] = []

    def unlock_on_the_worker() -> None:
        found.append(vs.unlock(vault_folder, ADMIN, ADMIN_PASS))
        found[0].leave_connection()

    worker = threading.Thread(target=unlock_on_the_worker)
    worker.start()
    worker.join()
    with found[0] as sess:
        assert len(opened) == 1
        assert sess.db is opened[0]  # this thread took it
        drafts.take_all(sess)
        worker = threading.Thread(target=lambda: sess.db)  # another thread: its own
        worker.start()
        worker.join()
        assert len(opened) == 2 and sess.db is opened[0]

"""Search returns the newest matching cases first, as the search module promises, for names and
for contact notes — on a vault with more matches than the limit, so the choice shows."""

from __future__ import annotations

from datetime import datetime

from astra_desktop.core.models import Client, ContactNote
from astra_desktop.services import case_records, clients, search
from astra_desktop.services.session import Session


def _register(session: Session, count: int) -> list[str]:
    codes = []
    with session.write():
        for i in range(count):
            case = clients.register(session, Client(given_name="Ana", family_name=f"Perić{i}"))
            case_records.add_note(session, ContactNote(case.id, datetime.now(), "razgovor o sudu"))
            codes.append(case.case_code)
    return codes


def test_names_newest_first(session: Session) -> None:
    codes = _register(session, 12)
    assert [h.case_code for h in search.search(session, "ana", limit=5)] == codes[::-1][:5]


def test_notes_newest_first(session: Session) -> None:
    codes = _register(session, 12)
    hits = search.search(session, "sudu", limit=5)
    assert [h.case_code for h in hits] == codes[::-1][:5]
    assert all(h.in_notes for h in hits)


def test_the_newest_are_found_without_sorting_every_match(session: Session) -> None:
    """The order comes from reading the index backwards, not from sorting all matches (a vault of
    50,000 clients has tens of thousands of them for one letter)."""
    from astra_desktop.storage import search_index

    _register(session, 3)
    traced: list[str] = []
    session.db.set_trace_callback(traced.append)
    try:
        search.search(session, "sudu", limit=5)
    finally:
        session.db.set_trace_callback(None)
    [sql] = [s for s in traced if search_index.NOTES in s and "JOIN cases" in s]
    plan = [row[3] for row in session.db.execute("EXPLAIN QUERY PLAN " + sql).fetchall()]
    assert not [step for step in plan if "ORDER BY" in step], plan

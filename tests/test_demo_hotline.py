"""Demo hotline data: calls (mostly anonymous, some converted) and searches in every state, made
through the services, deterministic, and a sound vault afterwards."""

from __future__ import annotations

import random
from datetime import date

import pytest

from astra_desktop import demo
from astra_desktop.core.missing import SearchStatus
from astra_desktop.demo import hotline as demo_hotline
from astra_desktop.demo.hotline import fill_hotline
from astra_desktop.services import hotline_stats, integrity, missing
from astra_desktop.services import session as vs
from astra_desktop.services.missing import SearchQuery


def test_demo_fill_makes_calls_and_searches(session: vs.Session) -> None:
    cases = demo.fill(session, 20, seed=2)
    db = session.db
    calls = db.execute("SELECT count(*) FROM hotline_calls").fetchone()[0]
    assert calls == round(cases * 0.3)
    anonymous = db.execute(
        "SELECT count(*) FROM hotline_calls WHERE anonymous = 1 AND caller_contact = ''"
    ).fetchone()[0]
    assert anonymous > calls / 4
    notes = [r[0] for r in db.execute("SELECT note FROM hotline_calls")]
    assert all(n.startswith("[DEMO]") for n in notes)
    assert db.execute("SELECT count(*) FROM missing_searches").fetchone()[0] >= 1
    assert integrity.check(session).sound
    assert hotline_stats.figures(session).calls == calls


def test_searches_in_every_state_with_links_and_reminders(
    session: vs.Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = fill_hotline(session, random.Random(5), [], today=date(2026, 3, 1))  # no cases to link
    assert made.calls == 1 and made.searches == 1
    demo.fill(session, 5, seed=4)
    ids = [r[0] for r in session.db.execute("SELECT id FROM cases ORDER BY case_code")]
    monkeypatch.setattr(demo_hotline, "CASES_PER_SEARCH", 5)  # many searches, few calls
    monkeypatch.setattr(demo_hotline, "CALLS_PER_CASE", 0.5)
    rng = random.Random(11)
    for _ in range(6):
        fill_hotline(session, rng, ids * 8, today=date(2026, 3, 1))
    statuses = {r.status for r in missing.search_rows(session, SearchQuery(statuses=()))}
    assert statuses == set(SearchStatus)
    converted = session.db.execute(
        "SELECT count(*) FROM hotline_calls WHERE case_link = 'converted'"
    ).fetchone()[0]
    assert converted > 0
    assert missing.due_actions(session, date(2026, 3, 11), mine=True)
    for row in missing.search_rows(session, SearchQuery(statuses=())):
        changes = missing.status_changes(session, row.id)
        assert changes[0].status is SearchStatus.SEARCHING and changes[-1].status is row.status
    assert integrity.check(session).sound


def test_same_seed_same_calls(session: vs.Session) -> None:
    def snapshot() -> list[tuple[object, ...]]:
        return session.db.execute(
            "SELECT occurred_at, topic, caller_type, language, duration_minutes, note, case_link "
            "FROM hotline_calls ORDER BY 1, 2, 6"
        ).fetchall()

    fill_hotline(session, random.Random(3), [], today=date(2026, 3, 1))
    first = snapshot()
    with session.write() as conn:
        conn.execute("DELETE FROM missing_searches")
        conn.execute("DELETE FROM hotline_calls")
    fill_hotline(session, random.Random(3), [], today=date(2026, 3, 1))
    assert snapshot() == first

"""Missing-person searches through the services on a real vault: from a hotline call to "found
safe", every status kept with its reason, the action log, reminders and the case once found."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from astra_desktop.core.appointments import Clock
from astra_desktop.core.hotline import Call, CallTopic
from astra_desktop.core.missing import (
    ActionKind,
    MissingSearch,
    SearchAction,
    SearchStatus,
    history,
)
from astra_desktop.core.models import Case, Client
from astra_desktop.core.reminders import UnlockSummary
from astra_desktop.errors import AstraError, ValidationError
from astra_desktop.services import clients, hotline, integrity, missing, reminders
from astra_desktop.services import session as vs
from astra_desktop.services.missing import SearchQuery
from astra_desktop.storage import audit


@pytest.fixture
def reported(session: vs.Session) -> tuple[vs.Session, MissingSearch]:
    """A mother calls the hotline: her daughter went to Germany for a job and stopped answering."""
    call = hotline.log_call(
        session,
        Call(datetime(2026, 2, 2, 8, 40), CallTopic.MISSING_PERSON, note="Majka prijavljuje nestanak."),
        lambda: datetime(2026, 2, 2, 8, 0, tzinfo=UTC),
    )  # fmt: skip
    search = missing.open_search(
        session,
        MissingSearch(
            "Milica J.", date(2026, 2, 2), call_id=call.id, person_details="19 godina",
            last_seen_on=date(2026, 1, 20), last_seen_place="Autobuska stanica, Niš",
            reporter="Majka", reporter_contact="Samo na ovaj broj, posle 17 h",
        ),
        "Prijava majke na SOS telefon",
        lambda: datetime(2026, 2, 2, 8, 0, tzinfo=UTC),
    )  # fmt: skip
    return session, search


def at(day: date, hour: int = 10) -> Clock:
    """A clock stopped at `hour` o'clock in Belgrade (winter: UTC+1) on `day`."""
    return lambda: datetime(day.year, day.month, day.day, hour - 1, 0, tzinfo=UTC)


def test_from_report_to_found_safe_keeps_the_whole_history(
    reported: tuple[vs.Session, MissingSearch],
) -> None:
    session, search = reported
    add = missing.add_action
    add(session, SearchAction(search.id, ActionKind.POLICE_REPORT, description="PU Niš",
                              done_on=date(2026, 2, 2)), at(date(2026, 2, 2)))  # fmt: skip
    planned = add(
        session, SearchAction(search.id, ActionKind.EMBASSY, description="Ambasada u Berlinu",
                              due_on=date(2026, 2, 9)), at(date(2026, 2, 2)),
    )  # fmt: skip
    missing.change_status(session, search.id, SearchStatus.PAUSED, "Čeka se odgovor policije",
                          at(date(2026, 2, 5)))  # fmt: skip
    missing.change_status(session, search.id, SearchStatus.SEARCHING, "Nova informacija od drugarice",
                          at(date(2026, 2, 8)))  # fmt: skip
    missing.mark_done(session, planned.id, date(2026, 2, 10), None, at(date(2026, 2, 10)))
    found = missing.change_status(
        session, search.id, SearchStatus.FOUND_SAFE, "Pronađena preko ambasade, na sigurnom",
        at(date(2026, 2, 12)),
    )  # fmt: skip
    assert (found.status, found.closed_on) == (SearchStatus.FOUND_SAFE, date(2026, 2, 12))

    changes = missing.status_changes(session, search.id)
    assert [(c.status, c.reason) for c in changes] == [
        (SearchStatus.SEARCHING, "Prijava majke na SOS telefon"),
        (SearchStatus.PAUSED, "Čeka se odgovor policije"),
        (SearchStatus.SEARCHING, "Nova informacija od drugarice"),
        (SearchStatus.FOUND_SAFE, "Pronađena preko ambasade, na sigurnom"),
    ]
    timeline = missing.search_history(session, search.id)
    assert [(e.when, e.kind, e.status or e.action) for e in timeline] == [
        (date(2026, 2, 12), "status", SearchStatus.FOUND_SAFE),
        (date(2026, 2, 10), "action", ActionKind.EMBASSY),
        (date(2026, 2, 8), "status", SearchStatus.SEARCHING),
        (date(2026, 2, 5), "status", SearchStatus.PAUSED),
        (date(2026, 2, 2), "action", ActionKind.POLICE_REPORT),
        (date(2026, 2, 2), "status", SearchStatus.SEARCHING),
    ]
    assert all(e.by == "marija" for e in timeline)
    details = [e.detail for e in audit.entries(session.db, limit=50, entity_id=search.id)]
    assert "status found-safe found-alive" in details and not any("Milica" in d for d in details)
    assert integrity.check(session).sound


def test_every_status_change_needs_a_reason(reported: tuple[vs.Session, MissingSearch]) -> None:
    session, search = reported
    with pytest.raises(ValidationError, match="why"):
        missing.change_status(session, search.id, SearchStatus.CLOSED, "  ")
    with pytest.raises(ValidationError, match="already"):
        missing.change_status(session, search.id, SearchStatus.SEARCHING, "Opet")
    assert len(missing.status_changes(session, search.id)) == 1


def test_details_change_but_not_the_status(reported: tuple[vs.Session, MissingSearch]) -> None:
    session, search = reported
    search.person_details, search.status = "19 godina, tetovaža na ruci", SearchStatus.CLOSED
    missing.update_search(session, search, at(date(2026, 2, 3)))
    stored = missing.get(session, search.id)
    assert (stored.person_details, stored.status) == (
        "19 godina, tetovaža na ruci",
        SearchStatus.SEARCHING,
    )
    with pytest.raises(ValidationError) as raised:
        stored.person = " "
        missing.update_search(session, stored, at(date(2026, 2, 3)))
    assert raised.value.field == "person"


def test_actions_need_a_day_and_cannot_be_done_in_the_future(
    reported: tuple[vs.Session, MissingSearch],
) -> None:
    session, search = reported
    with pytest.raises(ValidationError, match="due"):
        missing.add_action(session, SearchAction(search.id, ActionKind.EMBASSY))
    with pytest.raises(ValidationError, match="future"):
        missing.add_action(
            session, SearchAction(search.id, ActionKind.EMBASSY, done_on=date(2026, 3, 1)),
            at(date(2026, 2, 2)),
        )  # fmt: skip
    with pytest.raises(ValidationError, match="what was done"):
        missing.add_action(
            session, SearchAction(search.id, ActionKind.OTHER, done_on=date(2026, 2, 2)),
            at(date(2026, 2, 2)),
        )  # fmt: skip


def test_reminders_for_actions_that_fall_due(reported: tuple[vs.Session, MissingSearch]) -> None:
    session, search = reported
    action = missing.add_action(
        session, SearchAction(search.id, ActionKind.PARTNER_ORGANISATION, due_on=date(2026, 2, 9)),
        at(date(2026, 2, 2)),
    )  # fmt: skip
    assert missing.due_actions(session, date(2026, 2, 8)) == []
    (due,) = missing.due_actions(session, date(2026, 2, 9))
    assert (due.action_id, due.search_id, due.due_on) == (action.id, search.id, date(2026, 2, 9))
    summary = reminders.at_unlock(session, at(date(2026, 2, 10)))
    assert isinstance(summary, UnlockSummary) and summary.search_actions_due == 1
    assert not summary.empty
    (row,) = missing.search_rows(session, SearchQuery())
    assert row.next_due == date(2026, 2, 9)
    missing.change_status(
        session, search.id, SearchStatus.PAUSED, "Bez odgovora", at(date(2026, 2, 10))
    )
    assert missing.due_actions(session, date(2026, 2, 10)) == []  # a paused search does not nag
    missing.change_status(
        session, search.id, SearchStatus.SEARCHING, "Nastavak", at(date(2026, 2, 11))
    )
    missing.mark_done(session, action.id, None, "Atina kontaktirana", at(date(2026, 2, 11)))
    assert missing.due_actions(session, date(2026, 2, 20)) == []
    assert missing.search_rows(session, SearchQuery())[0].next_due is None


def test_found_in_exploitation_becomes_a_client(reported: tuple[vs.Session, MissingSearch]) -> None:
    session, search = reported
    missing.change_status(
        session, search.id, SearchStatus.FOUND_EXPLOITED, "Pronađena u restoranu, radna eksploatacija",
        at(date(2026, 2, 20)),
    )  # fmt: skip
    case = missing.register_found(session, search.id, Client("Milica", "Jovanović"))
    (row,) = missing.search_rows(session, SearchQuery(statuses=()))
    assert row.case_code == case.case_code and row.status is SearchStatus.FOUND_EXPLOITED
    assert missing.search_rows(session, SearchQuery()) == []  # no longer open
    with pytest.raises(AstraError, match="already linked"):
        missing.register_found(session, search.id, Client("X", "Y"))
    other = clients.register(session, Client("Ana", "Anić"), Case(""))
    with pytest.raises(AstraError, match="another case"):
        missing.link_case(session, search.id, other.id)
    assert integrity.check(session).sound


def test_history_orders_planned_first_then_newest() -> None:
    from astra_desktop.core.missing import StatusChange

    s = "search"
    changes = [
        StatusChange(s, SearchStatus.SEARCHING, datetime(2026, 1, 1, 9, 0)),
        StatusChange(s, SearchStatus.PAUSED, datetime(2026, 1, 5, 9, 0)),
        StatusChange(s, SearchStatus.SEARCHING, datetime(2026, 1, 5, 16, 0)),
    ]
    actions = [
        SearchAction(s, ActionKind.EMBASSY, due_on=date(2026, 2, 1)),
        SearchAction(s, ActionKind.POLICE_REPORT, due_on=date(2026, 1, 20)),
        SearchAction(s, ActionKind.MEDIA_APPEAL, done_on=date(2026, 1, 3)),
    ]
    entries = history(changes, actions, {})
    assert [(e.kind, e.when) for e in entries] == [
        ("planned", date(2026, 1, 20)),
        ("planned", date(2026, 2, 1)),
        ("status", date(2026, 1, 5)),  # 16:00 before 09:00 of the same day
        ("status", date(2026, 1, 5)),
        ("action", date(2026, 1, 3)),
        ("status", date(2026, 1, 1)),
    ]
    assert entries[2].status is SearchStatus.SEARCHING and entries[3].status is SearchStatus.PAUSED

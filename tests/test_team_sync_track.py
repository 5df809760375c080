"""Team sync tracks every change (schema 25 triggers): a change to a record that does not move its
case's or client's time travels at the next sync on its own; and a caseworker's sync applies what
the office shares even for cases not assigned to them (issue 21)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from astra_desktop.core.enums import Relation
from astra_desktop.core.models import Case, Client, ContactNote, RelatedPerson
from astra_desktop.core.risk import Answer
from astra_desktop.core.roles import Role
from astra_desktop.errors import AstraError
from astra_desktop.services import (
    case_records,
    clients,
    documents,
    related_persons,
    risk,
    sync,
    team,
    users,
)
from astra_desktop.services import session as vs
from astra_desktop.storage import team as st
from astra_desktop.storage import transfer_tables as tt
from tests import _court_case
from tests.test_team_sync import Office, office, rows_of_case, settle, shared_case

__all__ = ["office"]  # the fixture, used by name


def test_every_table_a_transfer_carries_marks_its_case(office: Office) -> None:
    """A table a later migration adds to what a case carries needs its three triggers too."""
    conn = office.a.db
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    carried = [t.name for t in tt.case_tables(conn) if t.name != "case_assignments"]
    assert len(carried) > 20
    missing = [f"team_dirty_{t}_{ev}" for t in carried for ev in ("ins", "upd", "del")
               if f"team_dirty_{t}_{ev}" not in triggers]  # fmt: skip
    assert not missing


def _published_long_ago_is_not_enough(sess: vs.Session) -> None:
    """Make the case's time useless as a sign of change: only the triggers can tell now."""
    with sess.write() as conn:
        conn.execute("UPDATE team_shared_cases SET published_at = '2999-01-01T00:00:00+00:00'")


def _travels(a: vs.Session, b: vs.Session, folder: Path) -> None:
    written = sync.sync(a, folder)
    assert written.written, "the change was not published on its own"
    assert not st.dirty(a.db)
    result = sync.sync(b, folder)
    assert result.applied and not result.refused and not result.held, result
    _published_long_ago_is_not_enough(a)
    _published_long_ago_is_not_enough(b)


def test_changes_that_do_not_move_the_case_time_travel_on_their_own(
    office: Office, tmp_path: Path
) -> None:
    a, b, folder = office.a, office.b, office.folder
    made = _court_case.make(a)
    team.share_case(a, made.case_code)
    case_id = made.case_id
    settle(a, b, folder=folder)
    assert rows_of_case(a, case_id) == rows_of_case(b, case_id)
    _published_long_ago_is_not_enough(a)
    assert sync.sync(a, folder).written == ""  # nothing changed: nothing written

    # Hearing attendance, written as a record of its own (the case's time does not move).
    with a.write() as conn:
        att_id, present = conn.execute(
            "SELECT ha.id, ha.present FROM hearing_attendance ha JOIN hearings h "
            "ON h.id = ha.hearing_id WHERE h.proceeding_id = ? ORDER BY ha.id LIMIT 1",
            (made.proceeding_id,),
        ).fetchone()
        conn.execute(
            "UPDATE hearing_attendance SET present = ? WHERE id = ?", (1 - present, att_id)
        )
    _travels(a, b, folder)
    assert b.db.execute(
        "SELECT present FROM hearing_attendance WHERE id = ?", (att_id,)
    ).fetchone() == (1 - present,)

    # A document added.
    source = tmp_path / "izvestaj.txt"
    source.write_bytes(b"Izvestaj sa terena." * 50)
    doc = documents.import_file(a, case_id, source, "Izveštaj")
    _travels(a, b, folder)
    assert documents.read_bytes(b, doc.id) == source.read_bytes()

    # A risk assessment.
    done = risk.assess(a, case_id, {"A1": Answer.YES}, date(2026, 3, 2))
    _travels(a, b, folder)
    assert done.id in {x.id for x in risk.history(b, case_id)}

    # A related person, then its deletion.
    person = related_persons.add(a, RelatedPerson(made.client.id, "Dragica V.", Relation.MOTHER))
    _travels(a, b, folder)
    assert related_persons.get(b, person.id).name == "Dragica V."
    related_persons.remove(a, person.id)
    _travels(a, b, folder)
    with pytest.raises(AstraError):
        related_persons.get(b, person.id)

    assert rows_of_case(a, case_id) == rows_of_case(b, case_id)
    assert sync.sync(b, folder).written == ""  # what arrived is not published back


def test_a_change_while_publishing_is_not_lost(office: Office) -> None:
    """Publishing clears a case's mark only if no write came after it was read."""
    a = office.a
    case_id = shared_case(a)
    with a.write() as conn:
        conn.execute("DELETE FROM team_dirty")
    case_records.add_note(a, ContactNote(case_id, datetime.now(), "Prva."))
    (n,) = st.dirty(a.db).values()
    case_records.add_note(a, ContactNote(case_id, datetime.now(), "Druga."))
    with a.write() as conn:
        st.clear_dirty(conn, case_id, n)  # what publishing does with the count it had read
    assert case_id in st.dirty(a.db)


def test_a_caseworker_syncs_cases_not_assigned_to_them(office: Office) -> None:
    a, b, folder = office.a, office.b, office.folder
    case_id = shared_case(a)
    settle(a, b, folder=folder)  # the case arrives on B, assigned to jovan
    users.add_user(b, "vera", Role.CASEWORKER, "quiet meadow lantern ninety")
    note = case_records.add_note(a, ContactNote(case_id, datetime.now(), "Nova beleška."))
    client = clients.get_client(a, clients.get_case(a, case_id).client_id)
    client.contact = "+381 60 999 9999"
    clients.update_client(a, client)
    other = clients.register(
        a, Client("Druga", "Klijentkinja"), Case("", opened_on=date(2026, 2, 1))
    )
    team.share_case(a, other.case_code)
    assert sync.sync(a, folder).written
    b.close()
    vera = vs.unlock(office.tmp / "b", "vera", "quiet meadow lantern ninety")
    try:
        with pytest.raises(AstraError):
            clients.get_case(vera, case_id)  # not hers on this laptop
        result = sync.sync(vera, folder)
        assert result.applied and not result.refused and not result.held, result
        with pytest.raises(AstraError):
            clients.get_case(vera, case_id)  # still not hers: assignments decide who sees it
        assert clients.get_case(vera, other.id).id == other.id  # new here: the syncing person's
        # A deletion on A reaches the case on B too.
        clients.delete_case(a, case_id)
        assert sync.sync(a, folder).written
        assert not sync.sync(vera, folder).refused
    finally:
        vera.close()
    office.b = vs.unlock(office.tmp / "b", "jovan", "copper violin thunder meadow")
    with pytest.raises(AstraError):
        clients.get_case(office.b, case_id)
    assert note.id not in {r[0] for r in office.b.db.execute("SELECT id FROM contact_notes")}


def test_what_arrives_is_not_published_back(office: Office) -> None:
    """A client with two shared cases: a change to the client that arrives marks both cases here,
    and neither goes back out; a change of this laptop waiting for the next sync still does."""
    a, b, folder = office.a, office.b, office.folder
    first = shared_case(a)
    client_id = clients.get_case(a, first).client_id
    second = clients.open_case(a, client_id, Case(client_id, opened_on=date(2026, 4, 1)))
    team.share_case(a, second.case_code)
    settle(a, b, folder=folder)
    for text in ("+381 60 123 4567", "+381 60 765 4321"):
        client = clients.get_client(a, client_id)
        client.contact = text
        clients.update_client(a, client)
        assert sync.sync(a, folder).written
        if text.endswith("4321"):  # the second time B has a change of its own waiting
            waiting = case_records.add_note(b, ContactNote(second.id, datetime.now(), "Čeka."))
        result = sync.sync(b, folder)
        assert result.applied and not st.dirty(b.db)
        assert bool(result.written) == text.endswith("4321")  # only B's own change goes out
    assert sync.sync(a, folder).applied
    assert waiting.id in {n.id for n in case_records.notes(a, second.id)}
    assert clients.get_client(b, client_id).contact == "+381 60 765 4321"
    assert sync.sync(b, folder).written == "" and sync.sync(a, folder).written == ""

"""The SOS hotline call log through the services on a real vault: anonymous by default, converted
into a client and case with the note carried over, linked to a case, roles and the audit trail."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from astra_desktop.core.enums import NoteKind, Role
from astra_desktop.core.hotline import Call, CallerType, CallTopic, CaseLink
from astra_desktop.core.models import Case, Client
from astra_desktop.errors import AstraError, PermissionDenied, ValidationError
from astra_desktop.services import case_records, clients, hotline, integrity, search, users
from astra_desktop.services import session as vs
from astra_desktop.services.hotline import CallQuery
from astra_desktop.storage import audit
from tests.conftest import ADMIN, ADMIN_PASS, CASEWORKER, CASEWORKER_PASS

NOON = datetime(2026, 3, 10, 12, 0)


def clock() -> datetime:
    return datetime(2026, 3, 10, 11, 0, tzinfo=UTC)  # 12:00 in Belgrade


def _call(topic: CallTopic = CallTopic.JOB_OFFER_CHECK, **kw: object) -> Call:
    return Call(kw.pop("occurred_at", NOON), topic, **kw)  # type: ignore[arg-type]


def test_an_anonymous_call_needs_nothing_about_the_caller(session: vs.Session) -> None:
    call = hotline.log_call(session, _call(note="  Provera oglasa za posao u Nemačkoj.  "), clock)
    stored = hotline.get(session, call.id)
    assert stored.caller_type is CallerType.ANONYMOUS and stored.caller_contact == ""
    assert stored.language == "sr" and stored.note == "Provera oglasa za posao u Nemačkoj."
    assert stored.worker_id == session.actor.user_id and stored.version == 1
    entry = audit.entries(session.db, limit=1)[0]
    assert (entry.action, entry.entity, entry.entity_id, entry.detail) == (
        "create", "call", call.id, "",
    )  # fmt: skip
    assert "Nemačkoj" not in entry.detail


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"occurred_at": datetime(2026, 3, 10, 12, 30)}, "occurred_at"),  # after "now"
        ({"occurred_at": datetime(1999, 1, 1, 9, 0)}, "occurred_at"),
        ({"duration_minutes": -1}, "duration_minutes"),
        ({"duration_minutes": 601}, "duration_minutes"),
        ({"note": "x" * 4001}, "note"),
    ],
)
def test_wrong_input_names_the_field(session: vs.Session, change: dict, field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        hotline.log_call(session, _call(**change), clock)
    assert raised.value.field == field
    assert hotline.call_ids(session, CallQuery()) == []


def test_convert_a_call_into_a_client_and_case_carrying_the_note(session: vs.Session) -> None:
    note = "Javila se Olena; poslodavac joj oduzeo pasoš, radi bez plate."
    call = hotline.log_call(
        session, _call(CallTopic.REQUEST_FOR_HELP, note=note, duration_minutes=14), clock
    )
    case = hotline.convert_to_case(session, call.id, Client("Олена", "Коваленко"))
    stored = hotline.get(session, call.id)
    assert (stored.case_id, stored.case_link) == (case.id, CaseLink.CONVERTED)
    (first,) = case_records.notes(session, case.id)
    assert (first.body, first.kind, first.occurred_at) == (note, NoteKind.HOTLINE, NOON)
    assert [h.case_id for h in search.search(session, "pasos")] == [case.id]  # in the notes
    assert [h.case_id for h in search.search(session, "Kovalenko")] == [case.id]
    (row,) = hotline.list_calls(session, CallQuery())
    assert row.case_code == case.case_code and row.case_link is CaseLink.CONVERTED
    with pytest.raises(AstraError, match="already belongs to a case"):
        hotline.convert_to_case(session, call.id, Client("Ana", "Anić"))
    assert integrity.check(session).sound


def test_a_failed_conversion_changes_nothing(session: vs.Session) -> None:
    call = hotline.log_call(session, _call(note="Nešto"), clock)
    with pytest.raises(ValidationError):
        hotline.convert_to_case(session, call.id, Client("", ""))  # no name and no alias
    assert hotline.get(session, call.id).case_link is CaseLink.NONE
    assert session.db.execute("SELECT count(*) FROM cases").fetchone()[0] == 0


def test_link_a_call_to_an_existing_case(session: vs.Session) -> None:
    case = clients.register(session, Client("Jelena", "Đorđević"), Case(""))
    call = hotline.log_call(
        session, _call(CallTopic.REPORT_OF_EXPLOITATION, note="Sestra javlja da je opet zovu."),
        clock,
    )  # fmt: skip
    hotline.link_to_case(session, call.id, case.id)
    assert hotline.get(session, call.id).case_link is CaseLink.LINKED
    assert [n.kind for n in case_records.notes(session, case.id)] == [NoteKind.HOTLINE]
    quiet = hotline.log_call(session, _call(), clock)  # no note: nothing to carry over
    hotline.link_to_case(session, quiet.id, case.id)
    assert len(case_records.notes(session, case.id)) == 1


def test_updates_keep_the_link_and_follow_ups_close(session: vs.Session) -> None:
    case = clients.register(session, Client("Ana", "Ilić"), Case(""))
    call = hotline.log_call(session, _call(follow_up=True), clock)
    assert hotline.open_follow_ups(session) == 1
    hotline.link_to_case(session, call.id, case.id)
    call = hotline.get(session, call.id)
    call.case_id, call.case_link, call.note = None, CaseLink.NONE, "Dopuna."
    hotline.update_call(session, call, clock)
    stored = hotline.get(session, call.id)
    assert (stored.case_id, stored.note, stored.version) == (case.id, "Dopuna.", 3)
    hotline.set_follow_up_done(session, call.id)
    assert hotline.open_follow_ups(session) == 0
    assert hotline.call_ids(session, CallQuery(follow_up_open=True)) == []


def test_query_filters_and_orders_in_sql(session: vs.Session) -> None:
    made = [
        hotline.log_call(session, _call(t, occurred_at=datetime(2026, m, d, 9, 0)), clock)
        for t, m, d in [
            (CallTopic.JOB_OFFER_CHECK, 1, 31),
            (CallTopic.MISSING_PERSON, 2, 1),
            (CallTopic.JOB_OFFER_CHECK, 2, 28),
            (CallTopic.OTHER, 3, 1),
        ]
    ]
    ids = [c.id for c in made]
    assert hotline.call_ids(session, CallQuery()) == ids[::-1]
    assert hotline.call_ids(session, CallQuery(descending=False)) == ids
    assert hotline.call_ids(session, CallQuery(month=(2026, 2))) == [ids[2], ids[1]]
    assert hotline.call_ids(session, CallQuery(topic=CallTopic.JOB_OFFER_CHECK)) == [
        ids[2], ids[0],
    ]  # fmt: skip
    assert hotline.call_ids(session, CallQuery(month=(2025, 12))) == []


def test_roles_and_case_codes_only_for_visible_cases(session: vs.Session) -> None:
    users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    users.add_user(session, "vera", Role.VIEWER, "quiet meadow lantern ninety")
    hidden = clients.register(session, Client("Ana", "Anić"), Case(""))
    call = hotline.log_call(session, _call(note="Poziv."), clock)
    hotline.link_to_case(session, call.id, hidden.id)
    folder = session.files.folder
    session.close()
    with vs.unlock(folder, CASEWORKER, CASEWORKER_PASS) as ana:
        (row,) = hotline.list_calls(ana, CallQuery())  # the line team sees every call …
        assert row.case_id == hidden.id and row.case_code == ""  # … not others' case codes
        own = hotline.log_call(ana, _call(), clock)
        with pytest.raises(AstraError, match="not assigned to you"):
            hotline.link_to_case(ana, own.id, hidden.id)
        with pytest.raises(PermissionDenied):
            hotline.delete_call(ana, own.id)
    with vs.unlock(folder, "vera", "quiet meadow lantern ninety") as vera:
        assert len(hotline.list_calls(vera, CallQuery())) == 2
        with pytest.raises(PermissionDenied):
            hotline.log_call(vera, _call(), clock)
    with vs.unlock(folder, ADMIN, ADMIN_PASS) as admin:
        hotline.delete_call(admin, own.id)
        assert len(hotline.call_ids(admin, CallQuery())) == 1


def test_deleting_the_case_keeps_the_call_counted_as_converted(session: vs.Session) -> None:
    call = hotline.log_call(session, _call(note="Poziv."), clock)
    case = hotline.convert_to_case(session, call.id, Client("Ana", "Anić"))
    clients.delete_case(session, case.id)
    stored = hotline.get(session, call.id)
    assert (stored.case_id, stored.case_link) == (None, CaseLink.CONVERTED)
    assert integrity.check(session).sound

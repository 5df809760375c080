"""The case repositories in storage/ take a connection and plain values (issue 18): who may see
which case comes in as a `Visibility`, never a session, and what they return are core types.

A real vault: cases registered through the services, then read straight from storage as an
administrator (every case) and as a caseworker (the cases assigned to her).
"""

from __future__ import annotations

from astra_desktop.core.case_list import CaseQuery, SortColumn
from astra_desktop.core.enums import CaseStatus, Role
from astra_desktop.core.models import Case, CaseRow, Client
from astra_desktop.core.visibility import Visibility
from astra_desktop.services import clients, users
from astra_desktop.services.session import Session
from astra_desktop.storage import case_list, case_search, cases
from tests.conftest import CASEWORKER, CASEWORKER_PASS


def _two_cases(session: Session) -> tuple[Case, Case, str]:
    """Two cases, the second assigned to a caseworker: (first, second, her user id)."""
    first = clients.register(session, Client("Zorana", "Antić"))
    second = clients.register(session, Client("Bojana", "Živković"))
    worker = users.add_user(session, CASEWORKER, Role.CASEWORKER, CASEWORKER_PASS)
    clients.assign(session, second.id, worker.id)
    return first, second, worker.id


def test_visibility_is_a_plain_value(session: Session) -> None:
    first, second, worker = _two_cases(session)
    everyone, hers = Visibility(worker, all_cases=True), Visibility(worker, all_cases=False)
    conn = session.db

    assert cases.case_visible(conn, everyone, first.id)
    assert not cases.case_visible(conn, hers, first.id)
    assert cases.case_visible(conn, hers, second.id)
    assert not cases.client_visible(conn, hers, first.client_id)
    assert [c.id for c in cases.of_client(conn, hers, second.client_id)] == [second.id]
    assert cases.of_client(conn, hers, first.client_id) == []

    by_name = CaseQuery(sort=SortColumn.CLIENT, descending=False)
    assert case_list.ids(conn, {}, everyone, by_name) == [first.id, second.id]
    assert case_list.ids(conn, {}, hers, by_name) == [second.id]
    found = case_list.rows_by_id(conn, hers, [first.id, second.id])
    assert [type(r) for r in found] == [CaseRow]
    assert [(r.case_id, r.client_name, r.status) for r in found] == [
        (second.id, "Bojana Živković", CaseStatus.ACTIVE)
    ]
    code_start = first.case_code[:8]
    assert set(case_search.by_code_prefix(conn, everyone, code_start, 10)) == {first.id, second.id}
    assert case_search.by_code_prefix(conn, hers, code_start, 10) == [second.id]


def test_assigned_to_me_means_the_visibility_user(session: Session) -> None:
    """ "Assigned to me" is the reader named in the Visibility, even for a reader who sees all."""
    first, second, worker = _two_cases(session)
    mine = CaseQuery(assigned_to_me=True)
    admin = session.actor.user_id
    assert set(case_list.ids(session.db, {}, Visibility(admin, True), mine)) == {
        first.id,
        second.id,
    }
    assert case_list.ids(session.db, {}, Visibility(worker, True), mine) == [second.id]


def test_the_list_is_read_again_once_the_vault_changed(session: Session) -> None:
    """What the case list keeps between calls lives in the caller's cache, per generation of
    the vault: a case registered since is in the next answer; an unchanged vault is not read
    again."""
    cache: dict[str, object] = {}
    everyone = Visibility(session.actor.user_id, True)
    first = clients.register(session, Client("Ana", "Petrović"))
    assert case_list.seqs(session.db, cache, everyone, CaseQuery()) == [
        case_list.seq_of(session.db, first.id)
    ]
    kept = cache["case_list"]
    assert case_list.seqs(session.db, cache, everyone, CaseQuery()) and cache["case_list"] is kept
    second = clients.register(session, Client("Mila", "Jović"))
    newest_first = case_list.seqs(session.db, cache, everyone, CaseQuery())
    assert newest_first == [
        case_list.seq_of(session.db, second.id),
        case_list.seq_of(session.db, first.id),
    ]
    assert cache["case_list"] is not kept
    start = case_list.start(session.db, {}, everyone, CaseQuery(), 1)
    assert start is not None and not start.complete and start.seqs == newest_first[:1]
    assert [r.case_id for r in start.rows.values()] == [second.id]

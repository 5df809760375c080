"""Registering clients and their cases, reading and changing them, listing cases."""

from __future__ import annotations

from collections.abc import Sequence
from typing import overload

from astra_desktop.core import casecode, collation
from astra_desktop.core.appointments import local_today

# The case list's query types live in core/case_list.py; the GUI imports them from here too.
from astra_desktop.core.case_list import CaseListStart, CaseQuery
from astra_desktop.core.case_list import SortColumn as SortColumn
from astra_desktop.core.enums import AuditAction
from astra_desktop.core.models import Case, CaseRow, Client
from astra_desktop.core.roles import Permission
from astra_desktop.core.validation import validate_case, validate_client
from astra_desktop.errors import DuplicateCaseCode, NotFound, ValidationError
from astra_desktop.services.access import require_case, require_client, visibility
from astra_desktop.services.session import Session
from astra_desktop.storage import (
    audit,
    case_codes,
    case_list,
    cases,
    rows,
    search_index,
    settings,
    users,
)
from astra_desktop.storage.database import Connection


def sort_key(client: Client, order: collation.Order = "latin") -> str:
    """The client's place in Serbian alphabet order: abeceda ("latin") or azbuka ("cyrillic").

    Family name first, as registers list people. Schema 9 fills both keys for older rows with the
    same function (migrate.register_functions), so stored keys never depend on when a row was saved.
    """
    return collation.sort_key(f"{client.family_name} {client.given_name}", order)


def _sort_keys(client: Client) -> dict[str, object]:
    return {"sort_name": sort_key(client, "latin"), "sort_name_cyrl": sort_key(client, "cyrillic")}


def register(
    session: Session, client: Client, case: Case | None = None, assign_to: list[str] | None = None
) -> Case:
    """Add a client with their first case; the case is assigned to whoever registers it."""
    session.require(Permission.CREATE_CASES)
    validate_client(client)
    case = case or Case(client_id=client.id)
    case.client_id = client.id
    validate_case(case)
    now = rows.now_utc()
    client.created_at = client.updated_at = case.created_at = case.updated_at = now
    case.opened_on = case.opened_on or local_today()
    with session.write() as conn:
        _allocate_code(conn, case)
        rows.insert(conn, "clients", client, **_sort_keys(client))
        rows.insert(conn, "cases", case)
        for user_id in {session.actor.user_id, *(assign_to or [])}:
            if user_id and users.exists(conn, user_id):
                cases.assign(conn, case.id, user_id)
        search_index.index_case(conn, case.id)
        audit.append(conn, session.actor.user_id, AuditAction.CREATE.value, "client", client.id)
        audit.append(conn, session.actor.user_id, AuditAction.CREATE.value, "case", case.id)
    return case


def open_case(session: Session, client_id: str, case: Case) -> Case:
    """A further case for a client already in the vault."""
    require_client(session, client_id, Permission.CREATE_CASES)
    case.client_id = client_id
    validate_case(case)
    case.created_at = case.updated_at = rows.now_utc()
    case.opened_on = case.opened_on or local_today()
    with session.write() as conn:
        _allocate_code(conn, case)
        rows.insert(conn, "cases", case)
        cases.assign(conn, case.id, session.actor.user_id)
        search_index.index_case(conn, case.id)
        audit.append(conn, session.actor.user_id, AuditAction.CREATE.value, "case", case.id)
    return case


def _allocate_code(conn: Connection, case: Case) -> None:
    if case.case_code.strip():
        case.case_code = casecode.normalise(case.case_code)
        if not casecode.is_valid(case.case_code):
            raise ValidationError(
                "case_code",
                "A case code looks like AST-2026-0042. Leave it empty to get the next one.",
            )
        if case_codes.is_taken(conn, case.case_code):
            raise DuplicateCaseCode(case.case_code)
    else:
        year = (case.opened_on or local_today()).year
        case.case_code = case_codes.next_code(conn, year)


def get_client(session: Session, client_id: str) -> Client:
    require_client(session, client_id, Permission.READ_CASES)
    client = rows.get(session.db, Client, "clients", client_id)
    session.audit(AuditAction.VIEW, "client", client_id)
    return client


def get_case(session: Session, case_id: str) -> Case:
    require_case(session, case_id, Permission.READ_CASES)
    case = rows.get(session.db, Case, "cases", case_id)
    session.audit(AuditAction.VIEW, "case", case_id)
    return case


def find_case_by_code(session: Session, code: str) -> Case:
    case_id = cases.id_by_code(session.db, casecode.normalise(code))
    if case_id is None:
        raise NotFound("There is no case {code}.", code=casecode.normalise(code))
    return get_case(session, case_id)


def update_client(session: Session, client: Client) -> None:
    require_client(session, client.id, Permission.WRITE_CASES)
    validate_client(client)
    client.updated_at = rows.now_utc()
    with session.write() as conn:
        rows.update(conn, "clients", client, **_sort_keys(client))
        search_index.index_client_cases(conn, client.id)
        audit.append(conn, session.actor.user_id, AuditAction.CHANGE.value, "client", client.id)


def update_case(session: Session, case: Case) -> None:
    require_case(session, case.id, Permission.WRITE_CASES)
    validate_case(case)
    case.updated_at = rows.now_utc()
    with session.write() as conn:
        stored_code = cases.stored_code(conn, case.id)
        if stored_code is not None and stored_code != casecode.normalise(case.case_code):
            _allocate_code(conn, case)
        rows.update(conn, "cases", case)
        search_index.index_case(conn, case.id)
        audit.append(conn, session.actor.user_id, AuditAction.CHANGE.value, "case", case.id)


def assign(session: Session, case_id: str, user_id: str) -> None:
    session.require(Permission.MANAGE_USERS)
    with session.write() as conn:
        cases.assign(conn, case_id, user_id)
        audit.append(
            conn, session.actor.user_id, AuditAction.CHANGE.value, "case", case_id, "assign"
        )


def delete_case(session: Session, case_id: str) -> None:
    require_case(session, case_id, Permission.DELETE_RECORDS)
    with session.write() as conn:
        client_id = cases.client_of(conn, case_id)
        cases.delete(conn, case_id)
        # the case's court-document choices (services/disclosure.py): words typed about it
        settings.delete(conn, f"disclosure:{case_id}")
        audit.append(conn, session.actor.user_id, AuditAction.DELETE.value, "case", case_id)
        if client_id is not None and cases.delete_client_if_caseless(conn, client_id):
            audit.append(conn, session.actor.user_id, AuditAction.DELETE.value, "client", client_id)


# --- the case list (read by storage/case_list.py) --------------------------------------------------
def case_seqs(session: Session, query: CaseQuery) -> list[str]:
    """All matching cases in display order, as case numbers (`cases.seq`, as text): the case list's
    row ids. `case_rows_by_seq` gives their rows."""
    session.require(Permission.READ_CASES)
    return case_list.seqs(session.db, session.read_cache, visibility(session), query)


@overload
def case_list_start(session: Session, query: CaseQuery, limit: int) -> CaseListStart: ...
@overload
def case_list_start(
    session: Session, query: CaseQuery, limit: int, within: float
) -> CaseListStart | None: ...
def case_list_start(
    session: Session, query: CaseQuery, limit: int, within: float | None = None
) -> CaseListStart | None:
    """The first `limit` rows of the list; and the whole list when it costs no more than that.

    Without typed text, and unless this state of the vault was read for the same filters and sort
    already, one LIMIT query reads the first rows in display order and stops: `case_seqs` gives the
    rest afterwards. Typed text is answered from the index in one go (the whole list).

    `within` (seconds): give up, returning None, if the reading takes longer — or at once for
    typed text. The GUI thread asks that way (a filter that few cases pass makes the LIMIT query
    read far down the list) and leaves what is not quick to the task thread.
    """
    session.require(Permission.READ_CASES)
    if within is not None and query.text:
        return None
    return case_list.start(
        session.db, session.read_cache, visibility(session), query, limit, within
    )


def case_rows_by_seq(session: Session, seqs: Sequence[str]) -> dict[str, CaseRow]:
    """The list rows of these case numbers, by case number (cases gone or not visible left out)."""
    return case_list.rows_by_seq(session.db, visibility(session), seqs)


def case_seq(session: Session, case_id: str) -> str | None:
    """The case number of a case (its row id in the case list)."""
    return case_list.seq_of(session.db, case_id)


def case_ids(session: Session, query: CaseQuery, limit: int | None = None) -> list[str]:
    """Matching case ids in display order (all, or the first `limit`)."""
    session.require(Permission.READ_CASES)
    return case_list.ids(session.db, session.read_cache, visibility(session), query, limit)


def case_rows(session: Session, ids: list[str]) -> list[CaseRow]:
    """The list rows for a page of case ids, in the order given."""
    return case_list.rows_by_id(session.db, visibility(session), ids)


def list_cases(session: Session, query: CaseQuery, limit: int = 100) -> list[CaseRow]:
    seqs = case_seqs(session, query)[:limit]
    return case_list.in_order(case_rows_by_seq(session, seqs), seqs)

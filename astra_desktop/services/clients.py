"""Registering clients and their cases, reading and changing them, listing cases."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import IntEnum

from astra_desktop.core import casecode, collation
from astra_desktop.core.enums import AuditAction, CaseStatus, ExploitationType
from astra_desktop.core.models import Case, CaseRow, Client
from astra_desktop.core.roles import Permission
from astra_desktop.core.validation import validate_case, validate_client
from astra_desktop.errors import DuplicateCaseCode, NotFound, ValidationError
from astra_desktop.services.access import require_case, require_client, visible_cases_clause
from astra_desktop.services.session import Session
from astra_desktop.storage import audit, case_codes, rows, search_index


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
    case.opened_on = case.opened_on or date.today()
    with session.write() as conn:
        _allocate_code(conn, case)
        rows.insert(conn, "clients", client, **_sort_keys(client))
        rows.insert(conn, "cases", case)
        for user_id in {session.actor.user_id, *(assign_to or [])}:
            if user_id and conn.execute("SELECT 1 FROM users WHERE id = ?", (user_id,)).fetchone():
                conn.execute(
                    "INSERT OR IGNORE INTO case_assignments (case_id, user_id) VALUES (?, ?)",
                    (case.id, user_id),
                )
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
    case.opened_on = case.opened_on or date.today()
    with session.write() as conn:
        _allocate_code(conn, case)
        rows.insert(conn, "cases", case)
        conn.execute(
            "INSERT OR IGNORE INTO case_assignments (case_id, user_id) VALUES (?, ?)",
            (case.id, session.actor.user_id),
        )
        search_index.index_case(conn, case.id)
        audit.append(conn, session.actor.user_id, AuditAction.CREATE.value, "case", case.id)
    return case


def _allocate_code(conn: object, case: Case) -> None:
    if case.case_code.strip():
        case.case_code = casecode.normalise(case.case_code)
        if not casecode.is_valid(case.case_code):
            raise ValidationError(
                "case_code",
                "A case code looks like AST-2026-0042. Leave it empty to get the next one.",
            )
        if case_codes.is_taken(conn, case.case_code):  # type: ignore[arg-type]
            raise DuplicateCaseCode(case.case_code)
    else:
        year = (case.opened_on or date.today()).year
        case.case_code = case_codes.next_code(conn, year)  # type: ignore[arg-type]


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
    row = session.db.execute(
        "SELECT id FROM cases WHERE case_code = ?", (casecode.normalise(code),)
    ).fetchone()
    if row is None:
        raise NotFound(f"There is no case {casecode.normalise(code)}.")
    return get_case(session, str(row[0]))


def cases_of_client(session: Session, client_id: str) -> list[Case]:
    require_client(session, client_id, Permission.READ_CASES)
    clause, params = visible_cases_clause(session)
    return rows.select(
        session.db, Case,
        f"SELECT * FROM cases WHERE client_id = ? AND {clause} ORDER BY opened_on",
        (client_id, *params),
    )  # fmt: skip


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
        stored_code = conn.execute(
            "SELECT case_code FROM cases WHERE id = ?", (case.id,)
        ).fetchone()
        if stored_code and stored_code[0] != casecode.normalise(case.case_code):
            _allocate_code(conn, case)
        rows.update(conn, "cases", case)
        search_index.index_case(conn, case.id)
        audit.append(conn, session.actor.user_id, AuditAction.CHANGE.value, "case", case.id)


def assign(session: Session, case_id: str, user_id: str) -> None:
    session.require(Permission.MANAGE_USERS)
    with session.write() as conn:
        conn.execute(
            "INSERT OR IGNORE INTO case_assignments (case_id, user_id) VALUES (?, ?)",
            (case_id, user_id),
        )
        audit.append(
            conn, session.actor.user_id, AuditAction.CHANGE.value, "case", case_id, "assign"
        )


def delete_case(session: Session, case_id: str) -> None:
    require_case(session, case_id, Permission.DELETE_RECORDS)
    with session.write() as conn:
        client_id = conn.execute("SELECT client_id FROM cases WHERE id = ?", (case_id,)).fetchone()[
            0
        ]
        conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
        # the case's court-document choices (services/disclosure.py): words typed about it
        conn.execute("DELETE FROM settings WHERE key = ?", (f"disclosure:{case_id}",))
        audit.append(conn, session.actor.user_id, AuditAction.DELETE.value, "case", case_id)
        if not conn.execute("SELECT 1 FROM cases WHERE client_id = ?", (client_id,)).fetchone():
            conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))
            audit.append(conn, session.actor.user_id, AuditAction.DELETE.value, "client", client_id)


# --- the case list ----------------------------------------------------------------------------------
class SortColumn(IntEnum):
    CASE_CODE = 0
    CLIENT = 1
    STATUS = 2
    OPENED = 3
    UPDATED = 4
    RISK = 5


_SORT_SQL = {
    SortColumn.CASE_CODE: "cases.case_code",
    SortColumn.CLIENT: "cases.client_sort",  # abeceda; azbuka: _CYRILLIC_NAME_ORDER
    SortColumn.STATUS: "cases.status",
    SortColumn.OPENED: "cases.opened_on",
    SortColumn.UPDATED: "cases.updated_at",
    SortColumn.RISK: "CASE cases.risk_level WHEN 'high' THEN 3 WHEN 'medium' THEN 2 "
    "WHEN 'low' THEN 1 ELSE 0 END",
}
_CYRILLIC_NAME_ORDER = "cases.client_sort_cyrl"  # the client's keys, copied (schema 11)


@dataclass(frozen=True)
class CaseQuery:
    """What the case list shows: SQL does the filtering, searching and sorting."""

    text: str = ""
    statuses: tuple[CaseStatus, ...] = ()
    assigned_to_me: bool = False
    exploitation: ExploitationType | None = None
    risk_levels: tuple[str, ...] = ()  # "" stands for "not assessed"
    risk_overdue: bool = False
    sort: SortColumn = SortColumn.UPDATED
    descending: bool = True
    # Names in the order of the script the person reads: the GUI sets "cyrillic" in the Cyrillic UI.
    alphabet: collation.Order = "latin"
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


def _where(session: Session, query: CaseQuery) -> tuple[str, list[object]]:
    clause, vis_params = visible_cases_clause(session)
    where, params = [clause], list(vis_params)
    if query.statuses:
        where.append(f"cases.status IN ({', '.join('?' for _ in query.statuses)})")
        params += [s.value for s in query.statuses]
    if query.assigned_to_me:
        where.append("cases.id IN (SELECT case_id FROM case_assignments WHERE user_id = ?)")
        params.append(session.actor.user_id)
    if query.exploitation:
        where.append("EXISTS (SELECT 1 FROM json_each(cases.exploitation_types) WHERE value = ?)")
        params.append(query.exploitation.value)
    if query.risk_levels:
        where.append(f"cases.risk_level IN ({', '.join('?' for _ in query.risk_levels)})")
        params += list(query.risk_levels)
    if query.risk_overdue:
        where.append("cases.risk_due < ?")
        params.append(date.today().isoformat())
    match = search_index.match_expression(query.text)
    if match:
        # "+": test each case against the matches while reading the list's index in order, rather
        # than look every match up (bounded by the size of the list, not by the number of matches)
        notes = search_index.searches_notes(query.text)
        where.append(f"+cases.seq IN ({search_index.matching_case_seqs_sql(notes)})")
        params.append(match)
    return " AND ".join(where), params


def case_ids(session: Session, query: CaseQuery) -> list[str]:
    """All matching case ids in display order: cheap enough for 100,000 cases (ids only).

    Search as you type asks again at every key. So the list in display order without the typed
    text is read once per state of the vault (its generation counter changes with every commit)
    and kept on the session; each search then takes the matching case numbers from the index and
    keeps those ids, in order, in memory — 10 ms instead of scanning 125,000 index entries again.
    """
    session.require(Permission.READ_CASES)
    where, params = _where(session, replace(query, text=""))
    column = _SORT_SQL[query.sort]
    if query.sort is SortColumn.CLIENT and query.alphabet == "cyrillic":
        column = _CYRILLIC_NAME_ORDER
    direction = " DESC" if query.descending else " ASC"
    # Ties go the same way as the column: the cases_list_* indexes (schemas 8 and 11) then hold
    # everything the list needs, and 100,000 ids come out of one index in display order.
    order = f"{column}{direction}, cases.case_code{direction}"
    generation = session.db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
    key = (where, tuple(params), order, generation)
    kept = session.read_cache.get("case_list")
    if not isinstance(kept, _KeptList) or kept.key != key:
        sql = f"SELECT cases.id FROM cases WHERE {where} ORDER BY {order}"
        kept = _KeptList(key, [r[0] for r in session.db.execute(sql, params)])
        session.read_cache["case_list"] = kept
    match = search_index.match_expression(query.text)
    if match is None:
        return list(kept.ids)
    if kept.seqs is None:  # at the first key typed (the first paint needs the ids only); both
        # again from one statement, so they stay in step whatever was saved since
        sql = f"SELECT cases.id, cases.seq FROM cases WHERE {where} ORDER BY {order}"
        pairs = session.db.execute(sql, params).fetchall()
        kept.ids, kept.seqs = [p[0] for p in pairs], [p[1] for p in pairs]
    notes = search_index.searches_notes(query.text)
    sql = search_index.matching_case_seqs_sql(notes)
    found = {r[0] for r in session.db.execute(sql, (match,))}
    return [case_id for case_id, seq in zip(kept.ids, kept.seqs, strict=True) if seq in found]


@dataclass
class _KeptList:
    """The case list in display order for one state of the vault (see `case_ids`)."""

    key: tuple[object, ...]
    ids: list[str]
    seqs: list[int] | None = None


def case_rows(session: Session, ids: list[str]) -> list[CaseRow]:
    """The list rows for a page of ids, in the order given."""
    if not ids:
        return []
    clause, params = visible_cases_clause(session)
    marks = ", ".join("?" for _ in ids)
    sql = (
        "SELECT cases.id, cases.case_code, clients.id, clients.given_name, clients.family_name, "
        "cases.status, cases.opened_on, cases.updated_at, cases.risk_level, cases.risk_due "
        "FROM cases "
        f"JOIN clients ON clients.id = cases.client_id WHERE cases.id IN ({marks}) AND {clause}"
    )
    by_id = {}
    for r in session.db.execute(sql, (*ids, *params)):
        by_id[r[0]] = CaseRow(
            case_id=r[0],
            case_code=r[1],
            client_id=r[2],
            client_name=f"{r[3]} {r[4]}".strip(),
            status=CaseStatus(r[5]),
            opened_on=date.fromisoformat(r[6]) if r[6] else None,
            updated_at=datetime.fromisoformat(r[7]) if r[7] else None,
            risk_level=r[8] or "",
            risk_due=date.fromisoformat(r[9]) if r[9] else None,
        )
    return [by_id[i] for i in ids if i in by_id]


def list_cases(session: Session, query: CaseQuery, limit: int = 100) -> list[CaseRow]:
    return case_rows(session, case_ids(session, query)[:limit])

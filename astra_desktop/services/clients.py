"""Registering clients and their cases, reading and changing them, listing cases."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum
from itertools import compress
from typing import Any, overload

from astra_desktop.core import casecode, collation
from astra_desktop.core.enums import AuditAction, CaseStatus, ExploitationType
from astra_desktop.core.models import Case, CaseRow, Client
from astra_desktop.core.roles import Permission
from astra_desktop.core.validation import validate_case, validate_client
from astra_desktop.errors import DuplicateCaseCode, NotFound, ValidationError
from astra_desktop.services.access import require_case, require_client, visible_cases_clause
from astra_desktop.services.session import Session
from astra_desktop.storage import audit, case_codes, rows, search_index
from astra_desktop.storage.database import Connection, DatabaseError


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


# How the list is read. Every real vault runs with SQLCipher's memory security on: each allocation
# SQLite makes is then locked in RAM and wiped when freed, a pair of system calls (mlock, munlock)
# whose cost depends on the state of the process's memory map — 0.4 to 10 µs, so that one statement
# measured 25 ms in one thread and 400-800 ms in another (the worker's "2x slower inside Qt"). A
# statement that copies a value per row (a sort, a text column passed out of a subquery, an IN list
# or temporary table of 60,000 numbers) pays that per row; reading 60,000 rows one by one into Python
# costs a GIL hand-off, a tuple and a share of garbage collection per row. So every statement here
# reads an index in the order it is stored and returns one row: case numbers (`cases.seq`, which is
# also what the full-text index gives) joined by commas, a few dozen allocations whatever the size.
#
# What they read is kept per state of the vault (its generation counter moves with every commit):
# the visible cases in each sort order, the set of cases each filter keeps (from the filter's index:
# the status filter, the default one, from cases_list_status alone), and their intersection in
# order, the "base" list. Typing then costs one full-text query per key: when every case matches
# (one letter, a case code's "AST-20…": counted first, 3-7 ms) the base list is the answer;
# otherwise the matching numbers are looked up in the base list and sorted into place, or, when
# most cases match, the base list is filtered in one pass at C speed (`itertools.compress`). The
# first paint does not wait for any of it: `case_list_start` reads the first screenful with LIMIT.

_GENERATION = "SELECT value FROM meta WHERE key = 'generation'"
_KEPT = "case_list"
_FEW = 8  # a set of at most 1/_FEW of the list is sorted into place; larger ones filter the list
_ROW_COLUMNS = (
    "cases.seq, cases.id, cases.case_code, clients.id, clients.given_name, clients.family_name, "
    "cases.status, cases.opened_on, cases.updated_at, cases.risk_level, cases.risk_due"
)


class _Order:
    """Cases in display order, as case numbers (text, as SQLite joined them)."""

    __slots__ = ("_places", "seqs")

    def __init__(self, seqs: list[str]) -> None:
        self.seqs = seqs
        self._places: dict[str, int] | None = None

    def places(self) -> dict[str, int]:
        """Case number -> place in the list (made when first needed; threads may race to make
        it, with the same result)."""
        places = self._places
        if places is None:
            places = self._places = dict(zip(self.seqs, range(len(self.seqs)), strict=True))
        return places

    def having(self, wanted: frozenset[str]) -> list[str]:
        """The cases of this list that are in `wanted`, in order: the few looked up and sorted into
        place, or the list filtered in one pass when `wanted` is a large part of it."""
        if len(wanted) * _FEW <= len(self.seqs):
            places = self.places()
            return sorted(filter(places.__contains__, wanted), key=places.__getitem__)
        return list(compress(self.seqs, map(wanted.__contains__, self.seqs)))


class _Kept:
    """What the case list has read at one generation of the vault; replaced when it moves.

    Bounded: the last few lists and sets (a set or list of 100,000 numbers is ~6-8 MB)."""

    ORDERS = 2  # every visible case in a sort order
    SETS = 4  # the cases a filter keeps
    BASES = 2  # a sort order intersected with the filters
    TEXTS = 2  # the cases a typed text finds (typing back over a letter)

    def __init__(self, generation: object) -> None:
        self.generation = generation
        self.orders: dict[tuple[object, ...], _Order] = {}
        self.sets: dict[tuple[object, ...], frozenset[str]] = {}
        self.bases: dict[tuple[object, ...], _Order] = {}
        self.texts: dict[tuple[object, ...], frozenset[str] | None] = {}  # None: every case
        self.narrow: set[str] = set()  # texts typed whose names matches were not every case
        self.cases: int | None = None  # how many cases the vault holds
        self.ids: dict[str, str] | None = None  # case number -> case id, for `case_ids`
        self.lock = threading.Lock()  # the task thread and the GUI thread may both read the list

    def keep(self, table: dict[Any, Any], key: tuple[object, ...], value: Any, most: int) -> None:
        with self.lock:
            table.pop(key, None)
            table[key] = value
            while len(table) > most:
                del table[next(iter(table))]


def _kept(session: Session) -> _Kept:
    generation = session.db.execute(_GENERATION).fetchone()
    kept = session.read_cache.get(_KEPT)
    if not isinstance(kept, _Kept) or kept.generation != generation:
        kept = _Kept(generation)
        session.read_cache[_KEPT] = kept
    return kept


@contextlib.contextmanager
def _snapshot(session: Session) -> Iterator[Connection]:
    """One read transaction, so that the generation and every list read belong to one state."""
    conn = session.db
    if conn.in_transaction:  # inside a caller's transaction: that is the snapshot
        yield conn
        return
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        conn.execute("COMMIT")


def _numbers(conn: Connection, sql: str, params: Sequence[object]) -> list[str]:
    """The one text column of a one-row statement, split at commas ([] for NULL)."""
    joined = conn.execute(sql, params).fetchone()[0]
    return joined.split(",") if joined else []


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _order_by(query: CaseQuery) -> str:
    column = _SORT_SQL[query.sort]
    if query.sort is SortColumn.CLIENT and query.alphabet == "cyrillic":
        column = _CYRILLIC_NAME_ORDER
    direction = " DESC" if query.descending else " ASC"
    # Ties go the same way as the column: the cases_list_* indexes (schemas 8 and 11) then hold the
    # whole order, and the list comes out of one index as stored.
    return f"{column}{direction}, cases.case_code{direction}"


def _filters(
    session: Session, query: CaseQuery, hint: str = ""
) -> list[tuple[str, tuple[object, ...]]]:
    """The query's filters other than the typed text: conditions on `cases`, with parameters.
    `hint` "+" stops SQLite answering a condition from an index of its own, so that a LIMIT query
    reads the list's index in order and stops after a screenful."""
    out: list[tuple[str, tuple[object, ...]]] = []
    if query.statuses:
        statuses = tuple(s.value for s in query.statuses)
        out.append((f"{hint}cases.status IN ({_marks(len(statuses))})", statuses))
    if query.assigned_to_me:
        out.append(
            (
                f"{hint}cases.id IN (SELECT case_id FROM case_assignments WHERE user_id = ?)",
                (session.actor.user_id,),
            )
        )
    if query.exploitation:
        out.append(
            (
                "EXISTS (SELECT 1 FROM json_each(cases.exploitation_types) WHERE value = ?)",
                (query.exploitation.value,),
            )
        )
    if query.risk_levels:
        levels = tuple(query.risk_levels)
        out.append((f"{hint}cases.risk_level IN ({_marks(len(levels))})", levels))
    if query.risk_overdue:
        out.append((f"{hint}cases.risk_due < ?", (date.today().isoformat(),)))
    return out


def _base(session: Session, kept: _Kept, query: CaseQuery, cached_only: bool) -> _Order | None:
    """The visible cases that the query's filters keep, in display order (text aside)."""
    clause, params = visible_cases_clause(session)
    order_by = _order_by(query)
    filters = tuple(_filters(session, query))
    key = (clause, params, order_by, filters)
    base = kept.bases.get(key)
    if base is not None or cached_only:
        return base
    order = kept.orders.get(key[:3])
    if order is None:
        sql = (
            "SELECT group_concat(seq, ',') FROM "
            f"(SELECT cases.seq FROM cases WHERE {clause} ORDER BY {order_by})"
        )
        order = _Order(_numbers(session.db, sql, params))
        kept.keep(kept.orders, key[:3], order, kept.ORDERS)
    sets = []
    for condition, values in filters:
        kept_set = kept.sets.get((condition, values))
        if kept_set is None:
            sql = f"SELECT group_concat(seq, ',') FROM cases WHERE {condition}"
            kept_set = frozenset(_numbers(session.db, sql, values))
            kept.keep(kept.sets, (condition, values), kept_set, kept.SETS)
        sets.append(kept_set)
    if sets:
        smallest, *others = sorted(sets, key=len)
        base = _Order(order.having(smallest.intersection(*others) if others else smallest))
    else:
        base = order
    kept.keep(kept.bases, key, base, kept.BASES)
    return base


def _found(session: Session, kept: _Kept, text: str, match: str) -> frozenset[str] | None:
    """The cases the typed text finds (names, aliases, codes; notes from the second letter), or
    None when it finds every case: then, one letter or a case code's beginning, the set would be
    the whole vault, and counting the name matches costs a third of reading them. Typing on
    after a text that did not find every case narrows it further: no count then."""
    notes = search_index.searches_notes(text)
    key = (match, notes)
    if key in kept.texts:
        return kept.texts[key]
    names = search_index.matching_case_seqs_sql(False)  # one row per case, keyed by its number
    if not any(text[:n] in kept.narrow for n in range(len(text), 0, -1)):
        if kept.cases is None:
            kept.cases = session.db.execute("SELECT count(*) FROM cases").fetchone()[0]
        counted = session.db.execute(f"SELECT count(*) FROM ({names})", (match,)).fetchone()[0]
        if counted >= kept.cases:
            kept.keep(kept.texts, key, None, kept.TEXTS)
            return None
    with kept.lock:
        if len(kept.narrow) >= 512:
            kept.narrow.clear()
        kept.narrow.add(text)
    sql = search_index.matching_case_seqs_sql(notes)
    found = frozenset(
        _numbers(
            session.db,
            f"WITH found(seq) AS ({sql}) SELECT group_concat(seq, ',') FROM found",
            (match,),
        )
    )
    kept.keep(kept.texts, key, found, kept.TEXTS)
    return found


def _seqs(session: Session, query: CaseQuery, cached_only: bool = False) -> list[str] | None:
    """All matching case numbers in display order; with `cached_only`, None unless the list
    without the typed text was read at this generation already."""
    kept = _kept(session)
    base = _base(session, kept, query, cached_only)
    if base is None:
        return None
    match = search_index.match_expression(query.text)
    found = None if match is None else _found(session, kept, query.text, match)
    return list(base.seqs) if found is None else base.having(found)


def case_seqs(session: Session, query: CaseQuery) -> list[str]:
    """All matching cases in display order, as case numbers (`cases.seq`, as text): the case list's
    row ids. `case_rows_by_seq` gives their rows."""
    session.require(Permission.READ_CASES)
    with _snapshot(session):
        seqs = _seqs(session, query)
    assert seqs is not None
    return seqs


@dataclass(frozen=True)
class CaseListStart:
    """The beginning of the case list, for its first paint."""

    seqs: list[str]  # the whole list if `complete`, else the first rows' numbers in order
    rows: dict[str, CaseRow]  # the first rows, by case number
    complete: bool


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
    with _snapshot(session), _time_limit(session.db, within) as late:
        try:
            return _start(session, query, limit, cached_only=not query.text)
        except DatabaseError:
            if not late:
                raise
            return None  # interrupted


def _start(session: Session, query: CaseQuery, limit: int, cached_only: bool) -> CaseListStart:
    seqs = _seqs(session, query, cached_only=cached_only and query.sort in _INDEXED)
    if seqs is not None:
        return CaseListStart(seqs, case_rows_by_seq(session, seqs[:limit]), True)
    clause, params = visible_cases_clause(session)
    filters = _filters(session, query, "+")
    where = " AND ".join([clause, *(condition for condition, _ in filters)])
    values = [*params, *(v for _, p in filters for v in p)]
    # CROSS JOIN: cases first, read in list order, each joined to its client; LIMIT stops it
    sql = (
        f"SELECT {_ROW_COLUMNS} FROM cases CROSS JOIN clients ON clients.id = cases.client_id "
        f"WHERE {where} ORDER BY {_order_by(query)} LIMIT ?"
    )
    rows = {str(r[0]): _case_row(r[1:]) for r in session.db.execute(sql, (*values, limit))}
    return CaseListStart(list(rows), rows, len(rows) < limit)


@contextlib.contextmanager
def _time_limit(conn: Connection, seconds: float | None) -> Iterator[list[bool]]:
    """Interrupt the statements run meanwhile once `seconds` have passed (SQLite calls the handler
    every 200 virtual machine steps); the list yielded is non-empty once it did."""
    late: list[bool] = []
    if seconds is None:
        yield late
        return
    deadline = time.perf_counter() + seconds

    def past_deadline() -> bool:
        if time.perf_counter() < deadline:
            return False
        late.append(True)
        return True

    conn.set_progress_handler(past_deadline, 200)
    try:
        yield late
    finally:
        conn.set_progress_handler(None, 0)


# Sort orders an index holds (a LIMIT query then stops after a screenful); the risk order is sorted.
_INDEXED = frozenset(SortColumn) - {SortColumn.RISK}


def case_rows_by_seq(session: Session, seqs: Sequence[str]) -> dict[str, CaseRow]:
    """The list rows of these case numbers, by case number (cases gone or not visible left out)."""
    if not seqs:
        return {}
    clause, params = visible_cases_clause(session)
    sql = (
        f"SELECT {_ROW_COLUMNS} FROM cases JOIN clients ON clients.id = cases.client_id "
        f"WHERE cases.seq IN ({_marks(len(seqs))}) AND {clause}"
    )
    return {
        str(r[0]): _case_row(r[1:])
        for r in session.db.execute(sql, (*(int(s) for s in seqs), *params))
    }


def _case_row(r: Sequence[Any]) -> CaseRow:
    return CaseRow(
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


def case_seq(session: Session, case_id: str) -> str | None:
    """The case number of a case (its row id in the case list)."""
    row = session.db.execute("SELECT seq FROM cases WHERE id = ?", (case_id,)).fetchone()
    return None if row is None else str(row[0])


def case_ids(session: Session, query: CaseQuery, limit: int | None = None) -> list[str]:
    """Matching case ids in display order (all, or the first `limit`)."""
    session.require(Permission.READ_CASES)
    with _snapshot(session):
        seqs = _seqs(session, query)
        assert seqs is not None
        if limit is not None:
            first = seqs[:limit]
            return [r.case_id for r in _in_order(case_rows_by_seq(session, first), first)]
        kept = _kept(session)
        ids = kept.ids
        if ids is None:
            clause, params = visible_cases_clause(session)
            row = session.db.execute(
                f"SELECT group_concat(seq, ','), group_concat(id, ',') FROM cases WHERE {clause}",
                params,
            ).fetchone()
            # two aggregates over the same rows: the nth number belongs to the nth id
            ids = kept.ids = dict(zip(*(c.split(",") if c else [] for c in row), strict=True))
    return [ids[s] for s in seqs if s in ids]


def _in_order(rows: dict[str, CaseRow], seqs: Sequence[str]) -> list[CaseRow]:
    return [rows[s] for s in seqs if s in rows]


def case_rows(session: Session, ids: list[str]) -> list[CaseRow]:
    """The list rows for a page of case ids, in the order given."""
    if not ids:
        return []
    clause, params = visible_cases_clause(session)
    sql = (
        f"SELECT {_ROW_COLUMNS} FROM cases JOIN clients ON clients.id = cases.client_id "
        f"WHERE cases.id IN ({_marks(len(ids))}) AND {clause}"
    )
    by_id = {r[1]: _case_row(r[1:]) for r in session.db.execute(sql, (*ids, *params))}
    return [by_id[i] for i in ids if i in by_id]


def list_cases(session: Session, query: CaseQuery, limit: int = 100) -> list[CaseRow]:
    seqs = case_seqs(session, query)[:limit]
    return _in_order(case_rows_by_seq(session, seqs), seqs)

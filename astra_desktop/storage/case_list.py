"""Reading the case list: its case numbers in display order, its first screen, its rows.

How the list is read. Every real vault runs with SQLCipher's memory security on: each allocation
SQLite makes is then locked in RAM and wiped when freed, a pair of system calls (mlock, munlock)
whose cost depends on the state of the process's memory map — 0.4 to 10 µs, so that one statement
measured 25 ms in one thread and 400-800 ms in another (the worker's "2x slower inside Qt"). A
statement that copies a value per row (a sort, a text column passed out of a subquery, an IN list
or temporary table of 60,000 numbers) pays that per row; reading 60,000 rows one by one into Python
costs a GIL hand-off, a tuple and a share of garbage collection per row. So every statement here
reads an index in the order it is stored and returns one row: case numbers (`cases.seq`, which is
also what the full-text index gives) joined by commas, a few dozen allocations whatever the size.

What they read is kept per state of the vault (its generation counter moves with every commit) in
the caller's cache (the session's `read_cache`): the visible cases in each sort order, the set of
cases each filter keeps (from the filter's index: the status filter, the default one, from
cases_list_status alone), and their intersection in order, the "base" list. Typing then costs one
full-text query per key: when every case matches (one letter, a case code's "AST-20…": counted
first, 3-7 ms) the base list is the answer; otherwise the matching numbers are looked up in the
base list and sorted into place, or, when most cases match, the base list is filtered in one pass
at C speed (`itertools.compress`). The first paint does not wait for any of it: `start` reads the
first screenful with LIMIT.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from itertools import compress
from typing import Any

from astra_desktop.core.appointments import local_today
from astra_desktop.core.case_list import CaseListStart, CaseQuery, SortColumn
from astra_desktop.core.enums import CaseStatus
from astra_desktop.core.models import CaseRow
from astra_desktop.core.visibility import Visibility
from astra_desktop.storage import search_index
from astra_desktop.storage.cases import visible_clause
from astra_desktop.storage.database import Connection, DatabaseError

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
# Sort orders an index holds (a LIMIT query then stops after a screenful); the risk order is sorted.
_INDEXED = frozenset(SortColumn) - {SortColumn.RISK}

_GENERATION = "SELECT value FROM meta WHERE key = 'generation'"
_KEPT = "case_list"
_FEW = 8  # a set of at most 1/_FEW of the list is sorted into place; larger ones filter the list
_ROW_COLUMNS = (
    "cases.seq, cases.id, cases.case_code, clients.id, clients.given_name, clients.family_name, "
    "cases.status, cases.opened_on, cases.updated_at, cases.risk_level, cases.risk_due, "
    "EXISTS (SELECT 1 FROM team_shared_cases s WHERE s.case_id = cases.id)"  # a key lookup a row
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
        self.ids: dict[str, str] | None = None  # case number -> case id, for `ids`
        self.lock = threading.Lock()  # the task thread and the GUI thread may both read the list

    def keep(self, table: dict[Any, Any], key: tuple[object, ...], value: Any, most: int) -> None:
        with self.lock:
            table.pop(key, None)
            table[key] = value
            while len(table) > most:
                del table[next(iter(table))]


def _kept(conn: Connection, cache: dict[str, object]) -> _Kept:
    generation = conn.execute(_GENERATION).fetchone()
    kept = cache.get(_KEPT)
    if not isinstance(kept, _Kept) or kept.generation != generation:
        kept = _Kept(generation)
        cache[_KEPT] = kept
    return kept


@contextlib.contextmanager
def _snapshot(conn: Connection) -> Iterator[Connection]:
    """One read transaction, so that the generation and every list read belong to one state."""
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
    visibility: Visibility, query: CaseQuery, hint: str = ""
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
                (visibility.user_id,),
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
        out.append((f"{hint}cases.risk_due < ?", (local_today().isoformat(),)))
    return out


def _base(
    conn: Connection, kept: _Kept, visibility: Visibility, query: CaseQuery, cached_only: bool
) -> _Order | None:
    """The visible cases that the query's filters keep, in display order (text aside)."""
    clause, params = visible_clause(visibility)
    order_by = _order_by(query)
    filters = tuple(_filters(visibility, query))
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
        order = _Order(_numbers(conn, sql, params))
        kept.keep(kept.orders, key[:3], order, kept.ORDERS)
    sets = []
    for condition, values in filters:
        kept_set = kept.sets.get((condition, values))
        if kept_set is None:
            sql = f"SELECT group_concat(seq, ',') FROM cases WHERE {condition}"
            kept_set = frozenset(_numbers(conn, sql, values))
            kept.keep(kept.sets, (condition, values), kept_set, kept.SETS)
        sets.append(kept_set)
    if sets:
        smallest, *others = sorted(sets, key=len)
        base = _Order(order.having(smallest.intersection(*others) if others else smallest))
    else:
        base = order
    kept.keep(kept.bases, key, base, kept.BASES)
    return base


def _found(conn: Connection, kept: _Kept, text: str, match: str) -> frozenset[str] | None:
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
            kept.cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        counted = conn.execute(f"SELECT count(*) FROM ({names})", (match,)).fetchone()[0]
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
            conn,
            f"WITH found(seq) AS ({sql}) SELECT group_concat(seq, ',') FROM found",
            (match,),
        )
    )
    kept.keep(kept.texts, key, found, kept.TEXTS)
    return found


def _seqs(
    conn: Connection,
    cache: dict[str, object],
    visibility: Visibility,
    query: CaseQuery,
    cached_only: bool = False,
) -> list[str] | None:
    """All matching case numbers in display order; with `cached_only`, None unless the list
    without the typed text was read at this generation already."""
    kept = _kept(conn, cache)
    base = _base(conn, kept, visibility, query, cached_only)
    if base is None:
        return None
    match = search_index.match_expression(query.text)
    found = None if match is None else _found(conn, kept, query.text, match)
    return list(base.seqs) if found is None else base.having(found)


def seqs(
    conn: Connection, cache: dict[str, object], visibility: Visibility, query: CaseQuery
) -> list[str]:
    """All matching visible cases in display order, as case numbers (`cases.seq`, as text).
    `cache` keeps what was read between calls (the session's read cache)."""
    with _snapshot(conn):
        found = _seqs(conn, cache, visibility, query)
    assert found is not None
    return found


def start(
    conn: Connection,
    cache: dict[str, object],
    visibility: Visibility,
    query: CaseQuery,
    limit: int,
    within: float | None = None,
) -> CaseListStart | None:
    """The first `limit` rows of the list, and the whole list when it costs no more than that
    (see services.clients.case_list_start); None once `within` seconds have passed."""
    with _snapshot(conn), _time_limit(conn, within) as late:
        try:
            return _start(conn, cache, visibility, query, limit, cached_only=not query.text)
        except DatabaseError:
            if not late:
                raise
            return None  # interrupted


def _start(
    conn: Connection,
    cache: dict[str, object],
    visibility: Visibility,
    query: CaseQuery,
    limit: int,
    cached_only: bool,
) -> CaseListStart:
    found = _seqs(conn, cache, visibility, query, cached_only and query.sort in _INDEXED)
    if found is not None:
        return CaseListStart(found, rows_by_seq(conn, visibility, found[:limit]), True)
    clause, params = visible_clause(visibility)
    filters = _filters(visibility, query, "+")
    where = " AND ".join([clause, *(condition for condition, _ in filters)])
    values = [*params, *(v for _, p in filters for v in p)]
    # CROSS JOIN: cases first, read in list order, each joined to its client; LIMIT stops it
    sql = (
        f"SELECT {_ROW_COLUMNS} FROM cases CROSS JOIN clients ON clients.id = cases.client_id "
        f"WHERE {where} ORDER BY {_order_by(query)} LIMIT ?"
    )
    first = {str(r[0]): _case_row(r[1:]) for r in conn.execute(sql, (*values, limit))}
    return CaseListStart(list(first), first, len(first) < limit)


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


def rows_by_seq(
    conn: Connection, visibility: Visibility, seqs: Sequence[str]
) -> dict[str, CaseRow]:
    """The list rows of these case numbers, by case number (cases gone or not visible left out)."""
    if not seqs:
        return {}
    clause, params = visible_clause(visibility)
    sql = (
        f"SELECT {_ROW_COLUMNS} FROM cases JOIN clients ON clients.id = cases.client_id "
        f"WHERE cases.seq IN ({_marks(len(seqs))}) AND {clause}"
    )
    return {
        str(r[0]): _case_row(r[1:]) for r in conn.execute(sql, (*(int(s) for s in seqs), *params))
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
        shared=bool(r[10]),
    )


def seq_of(conn: Connection, case_id: str) -> str | None:
    """The case number of a case (its row id in the case list)."""
    row = conn.execute("SELECT seq FROM cases WHERE id = ?", (case_id,)).fetchone()
    return None if row is None else str(row[0])


def ids(
    conn: Connection,
    cache: dict[str, object],
    visibility: Visibility,
    query: CaseQuery,
    limit: int | None = None,
) -> list[str]:
    """Matching visible case ids in display order (all, or the first `limit`)."""
    with _snapshot(conn):
        found = _seqs(conn, cache, visibility, query)
        assert found is not None
        if limit is not None:
            first = found[:limit]
            return [r.case_id for r in in_order(rows_by_seq(conn, visibility, first), first)]
        kept = _kept(conn, cache)
        by_seq = kept.ids
        if by_seq is None:
            clause, params = visible_clause(visibility)
            row = conn.execute(
                f"SELECT group_concat(seq, ','), group_concat(id, ',') FROM cases WHERE {clause}",
                params,
            ).fetchone()
            # two aggregates over the same rows: the nth number belongs to the nth id
            by_seq = kept.ids = dict(zip(*(c.split(",") if c else [] for c in row), strict=True))
    return [by_seq[s] for s in found if s in by_seq]


def in_order(found: dict[str, CaseRow], seqs: Sequence[str]) -> list[CaseRow]:
    """The rows of these case numbers in their order (those not found left out)."""
    return [found[s] for s in seqs if s in found]


def rows_by_id(conn: Connection, visibility: Visibility, case_ids: list[str]) -> list[CaseRow]:
    """The list rows for a page of case ids, in the order given (not visible: left out)."""
    if not case_ids:
        return []
    clause, params = visible_clause(visibility)
    sql = (
        f"SELECT {_ROW_COLUMNS} FROM cases JOIN clients ON clients.id = cases.client_id "
        f"WHERE cases.id IN ({_marks(len(case_ids))}) AND {clause}"
    )
    by_id = {r[1]: _case_row(r[1:]) for r in conn.execute(sql, (*case_ids, *params))}
    return [by_id[i] for i in case_ids if i in by_id]

"""Missing-person searches in SQL: the action log, the status history, the list and the actions
due. A linked case's code shows only where `visibility` shows the case."""

from __future__ import annotations

from datetime import date

from astra_desktop.core.missing import (
    ActionKind,
    DueAction,
    SearchAction,
    SearchQuery,
    SearchRow,
    SearchStatus,
    StatusChange,
)
from astra_desktop.core.visibility import Visibility
from astra_desktop.storage import rows
from astra_desktop.storage.cases import visible_clause
from astra_desktop.storage.database import Connection

SEARCHES, CHANGES, ACTIONS = "missing_searches", "missing_status_changes", "missing_actions"
_NEXT_DUE = f"(SELECT min(due_on) FROM {ACTIONS} a WHERE a.search_id = s.id AND a.done_on IS NULL)"


def actions(conn: Connection, search_id: str) -> list[SearchAction]:
    """The search's actions, by the day done or due, then as recorded."""
    return rows.select(
        conn, SearchAction,
        f"SELECT * FROM {ACTIONS} WHERE search_id = ? ORDER BY coalesce(done_on, due_on), recorded_at",
        (search_id,),
    )  # fmt: skip


def status_changes(conn: Connection, search_id: str) -> list[StatusChange]:
    return rows.select(
        conn, StatusChange,
        f"SELECT * FROM {CHANGES} WHERE search_id = ? ORDER BY changed_at, rowid", (search_id,),
    )  # fmt: skip


def search_rows(conn: Connection, visibility: Visibility, query: SearchQuery) -> list[SearchRow]:
    """Searches, those with an action due soonest first, then the most recently opened; `mine`:
    those `visibility.user_id` follows."""
    clause, vis = visible_clause(visibility)
    where, params = ["1 = 1"], []
    if query.statuses:
        where.append(f"s.status IN ({', '.join('?' for _ in query.statuses)})")
        params += [s.value for s in query.statuses]
    if query.mine:
        where.append("s.worker_id = ?")
        params.append(visibility.user_id)
    sql = (
        f"SELECT s.id, s.person, s.last_seen_on, s.last_seen_place, s.status, s.opened_on, "
        f"{_NEXT_DUE} AS next_due, "
        f"CASE WHEN cases.id IS NOT NULL AND {clause} THEN cases.case_code ELSE '' END "
        f"FROM {SEARCHES} s LEFT JOIN cases ON cases.id = s.case_id "
        f"WHERE {' AND '.join(where)} "
        "ORDER BY next_due IS NULL, next_due, s.opened_on DESC, s.id"
    )
    return [
        SearchRow(
            r[0], r[1], date.fromisoformat(r[2]) if r[2] else None, r[3], SearchStatus(r[4]),
            date.fromisoformat(r[5]), date.fromisoformat(r[6]) if r[6] else None, r[7],
        )
        for r in conn.execute(sql, (*vis, *params))
    ]  # fmt: skip


def due_actions(conn: Connection, today: date, worker_id: str | None) -> list[DueAction]:
    """Planned actions due on `today` or earlier in searches still searching; with `worker_id`,
    only in the searches that worker follows."""
    sql = (
        f"SELECT a.id, a.search_id, a.kind, a.due_on, s.opened_on FROM {ACTIONS} a "
        f"JOIN {SEARCHES} s ON s.id = a.search_id "
        "WHERE a.done_on IS NULL AND a.due_on <= ? AND s.status = 'searching'"
        + (" AND s.worker_id = ?" if worker_id is not None else "")
        + " ORDER BY a.due_on, a.id"
    )
    params: tuple[object, ...] = (today.isoformat(),)
    if worker_id is not None:
        params += (worker_id,)
    return [
        DueAction(r[0], r[1], ActionKind(r[2]), date.fromisoformat(r[3]), date.fromisoformat(r[4]))
        for r in conn.execute(sql, params)
    ]

"""Missing-person searches in SQL: the action log, the status history, the list and the actions
due. A linked case's code shows only where `visibility` shows the case."""

from __future__ import annotations

from datetime import date

from astra_desktop.core import folding
from astra_desktop.core.missing import (
    ActionKind,
    DueAction,
    Inquiry,
    SearchAction,
    SearchOutcome,
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
INQUIRIES = "missing_inquiries"
_NEXT_DUE = f"(SELECT min(due_on) FROM {ACTIONS} a WHERE a.search_id = s.id AND a.done_on IS NULL)"
_ASKED = f"(SELECT count(*) FROM {INQUIRIES} q WHERE q.search_id = s.id)"
_ANSWERED = f"(SELECT count(*) FROM {INQUIRIES} q WHERE q.search_id = s.id AND q.answer <> '')"
# The words a search's text filter looks in (folded: "Đorđević" is found as "djordjevic").
_WORDS = ("s.person", "s.police_report_number", "s.police_station", "s.last_seen_place",
          "s.last_seen_country", "s.believed_country")  # fmt: skip


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
    if query.outcome is not None:
        where.append("s.outcome = ?")
        params.append(query.outcome.value)
    if query.partner_id is not None:
        where.append(f"EXISTS (SELECT 1 FROM {INQUIRIES} q WHERE q.search_id = s.id "
                     "AND q.partner_id = ?)")  # fmt: skip
        params.append(query.partner_id)
    sql = (
        f"SELECT s.id, s.person, s.last_seen_on, s.last_seen_place, s.status, s.opened_on, "
        f"{_NEXT_DUE} AS next_due, "
        f"CASE WHEN cases.id IS NOT NULL AND {clause} THEN cases.case_code ELSE '' END, "
        f"s.outcome, s.closed_on, s.minor, s.police_report_number, s.believed_country, "
        f"{_ASKED}, {_ANSWERED}, {' || char(31) || '.join(_WORDS)} "
        f"FROM {SEARCHES} s LEFT JOIN cases ON cases.id = s.case_id "
        f"WHERE {' AND '.join(where)} "
        "ORDER BY next_due IS NULL, next_due, s.opened_on DESC, s.id"
    )
    terms = folding.query_terms(query.text)  # searches are few: the words are matched here
    return [
        SearchRow(
            r[0], r[1], date.fromisoformat(r[2]) if r[2] else None, r[3], SearchStatus(r[4]),
            date.fromisoformat(r[5]), date.fromisoformat(r[6]) if r[6] else None, r[7],
            SearchOutcome(r[8]), date.fromisoformat(r[9]) if r[9] else None, bool(r[10]),
            r[11], r[12], int(r[13]), int(r[14]),
        )
        for r in conn.execute(sql, (*vis, *params))
        if not terms or _matches(terms, str(r[15]))
    ]  # fmt: skip


def _matches(terms: list[str], words: str) -> bool:
    """Every term starts a word of the search's text (as the partners' search matches)."""
    text = " " + folding.index_text(words.replace("\x1f", " "))
    return all(" " + term in text for term in terms)


def inquiries(conn: Connection, search_id: str) -> list[Inquiry]:
    """The partners asked about a search, in the order they were asked."""
    return rows.select(
        conn, Inquiry,
        f"SELECT * FROM {INQUIRIES} WHERE search_id = ? ORDER BY asked_on, rowid",
        (search_id,),
    )  # fmt: skip


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


def partners_asked(conn: Connection) -> list[tuple[str, str]]:
    """(id, registry name) of every partner asked about some search, in name order."""
    sql = (
        f"SELECT p.id, p.name FROM partners p WHERE EXISTS (SELECT 1 FROM {INQUIRIES} q "
        "WHERE q.partner_id = p.id) ORDER BY p.sort_name, p.id"
    )
    return [(str(r[0]), str(r[1])) for r in conn.execute(sql)]

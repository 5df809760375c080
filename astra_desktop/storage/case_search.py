"""The queries behind search (services/search.py): case codes by their beginning, the newest cases
a full-text match finds, and the hits' rows. Each reads an index and stops at its LIMIT."""

from __future__ import annotations

from astra_desktop.core.search import SearchHit
from astra_desktop.core.visibility import Visibility
from astra_desktop.storage import search_index
from astra_desktop.storage.cases import visible_clause
from astra_desktop.storage.database import Connection


def by_code_prefix(conn: Connection, visibility: Visibility, prefix: str, limit: int) -> list[str]:
    """Visible case ids whose code begins with `prefix`, newest code first, through the unique
    index on case_code."""
    clause, params = visible_clause(visibility)
    found = conn.execute(
        f"SELECT id FROM cases WHERE case_code >= ? AND case_code < ? AND {clause} "
        "ORDER BY case_code DESC LIMIT ?",
        (prefix, prefix + "\U0010ffff", *params, limit),
    )
    return [case_id for (case_id,) in found]


def newest_matches(
    conn: Connection,
    visibility: Visibility,
    table: str,
    match: str,
    exclude: list[str],
    limit: int,
) -> list[str]:
    """The newest visible cases whose row in the index `table` matches, but for `exclude`: the
    case numbers come lazily out of the index and SQLite stops reading it at the LIMIT."""
    clause, params = visible_clause(visibility)
    # `LIMIT -1` (no limit) keeps the subquery's ORDER BY: without a LIMIT SQLite may drop an
    # ORDER BY inside a FROM subquery, and the index was then read oldest first. With it the index
    # is read backwards (newest first) as a co-routine, with no sort (tests/test_search_order.py).
    found = conn.execute(
        f"SELECT cases.id FROM ({search_index.newest_matches_sql(table)} LIMIT -1) AS hits "
        "JOIN cases ON cases.seq = hits.rowid "
        f"WHERE {clause} AND cases.id NOT IN ({', '.join('?' * len(exclude))}) LIMIT ?",
        (match, *params, *exclude, limit),
    )
    return [case_id for (case_id,) in found]


def hits(conn: Connection, found: dict[str, bool]) -> list[SearchHit]:
    """The hits for these case ids (id -> found in notes only), in the order given."""
    if not found:
        return []
    ids = list(found)
    rows = conn.execute(
        "SELECT cases.id, cases.case_code, clients.id, clients.given_name, clients.family_name "
        "FROM cases JOIN clients ON clients.id = cases.client_id "
        f"WHERE cases.id IN ({', '.join('?' * len(ids))})",
        ids,
    ).fetchall()
    by_id = {r[0]: r for r in rows}
    return [
        SearchHit(r[0], r[1], r[2], f"{r[3]} {r[4]}".strip(), found[r[0]])
        for r in (by_id[i] for i in ids if i in by_id)
    ]

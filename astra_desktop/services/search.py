"""Finding clients and cases however a name is typed (see core/folding.py).

Search runs as the person types, on vaults of tens of thousands of clients, so it never ranks
every match: it asks the index for a screenful, best kind of match first —

1. names, aliases and case codes where every typed word is a whole word ("Ana Petrović"),
2. names, aliases and case codes where the words are beginnings ("petro"),
3. contact notes (from the second letter typed),

each newest case first, and stops as soon as `limit` cases are found. A case code typed in full or
in part ("AST-2024-00", "ast-2024") is looked up in the case-code index directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from astra_desktop.core.folding import to_latin
from astra_desktop.core.roles import Permission
from astra_desktop.services.access import visible_cases_clause
from astra_desktop.services.session import Session
from astra_desktop.storage import search_index

# Letters, a dash and a digit: the start of a case code, never a name.
_CASE_CODE = re.compile(r"^[A-Z]{2,8}-\d[\d-]*$")


@dataclass(frozen=True)
class SearchHit:
    case_id: str
    case_code: str
    client_id: str
    client_name: str
    in_notes: bool


def search(session: Session, text: str, limit: int = 50) -> list[SearchHit]:
    session.require(Permission.READ_CASES)
    found: dict[str, bool] = {}  # case id -> found in notes only, in order of relevance
    code = to_latin(text.strip()).upper()
    if _CASE_CODE.match(code):
        _by_case_code(session, code, limit, found)
    tiers = [
        (search_index.NAMES, search_index.match_expression(text, prefix=False)),
        (search_index.NAMES, search_index.match_expression(text)),
    ]
    if search_index.searches_notes(text):
        tiers.append((search_index.NOTES, search_index.match_expression(text)))
    for table, match in tiers:
        if match is None or len(found) >= limit:
            continue
        _from_index(session, table, match, limit, found)
    return _hits(session, found)


def _by_case_code(session: Session, code: str, limit: int, found: dict[str, bool]) -> None:
    """Codes sharing the typed beginning, newest first, through the unique index on case_code."""
    clause, params = visible_cases_clause(session)
    rows = session.db.execute(
        f"SELECT id FROM cases WHERE case_code >= ? AND case_code < ? AND {clause} "
        "ORDER BY case_code DESC LIMIT ?",
        (code, code + "\U0010ffff", *params, limit),
    )
    for (case_id,) in rows:
        found.setdefault(case_id, False)


def _from_index(
    session: Session, table: str, match: str, limit: int, found: dict[str, bool]
) -> None:
    """The newest matching cases this user may see, until `limit` are found.

    The case numbers come lazily out of the index; SQLite stops reading it at the LIMIT.
    """
    clause, params = visible_cases_clause(session)
    in_notes = table == search_index.NOTES
    exclude = list(found)
    rows = session.db.execute(
        f"SELECT cases.id FROM ({search_index.newest_matches_sql(table)}) AS hits "
        "JOIN cases ON cases.seq = hits.rowid "
        f"WHERE {clause} AND cases.id NOT IN ({', '.join('?' * len(exclude))}) LIMIT ?",
        (match, *params, *exclude, limit - len(found)),
    )
    for (case_id,) in rows:
        found.setdefault(case_id, in_notes)


def _hits(session: Session, found: dict[str, bool]) -> list[SearchHit]:
    if not found:
        return []
    ids = list(found)
    rows = session.db.execute(
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

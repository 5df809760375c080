"""Finding clients and cases however a name is typed (see core/folding.py)."""

from __future__ import annotations

from dataclasses import dataclass

from astra_desktop.core.roles import Permission
from astra_desktop.services.access import visible_cases_clause
from astra_desktop.services.session import Session
from astra_desktop.storage import search_index


@dataclass(frozen=True)
class SearchHit:
    case_id: str
    case_code: str
    client_id: str
    client_name: str
    in_notes: bool


def search(session: Session, text: str, limit: int = 50) -> list[SearchHit]:
    session.require(Permission.READ_CASES)
    match = search_index.match_expression(text)
    if match is None:
        return []
    clause, params = visible_cases_clause(session)
    sql = (
        "SELECT cases.id, cases.case_code, clients.id, clients.given_name, clients.family_name, "
        "       max(hits.entity = 'note') "
        "FROM (SELECT case_id, entity, rank FROM search_index WHERE search_index MATCH ? "
        "      ORDER BY rank LIMIT ?) AS hits "
        "JOIN cases ON cases.id = hits.case_id JOIN clients ON clients.id = cases.client_id "
        f"WHERE {clause} GROUP BY cases.id ORDER BY min(hits.rank) LIMIT ?"
    )
    return [
        SearchHit(r[0], r[1], r[2], f"{r[3]} {r[4]}".strip(), bool(r[5]))
        for r in session.db.execute(sql, (match, limit * 20, *params, limit))
    ]

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

from astra_desktop.core.folding import to_latin
from astra_desktop.core.roles import Permission
from astra_desktop.core.search import SearchHit
from astra_desktop.services.access import visibility
from astra_desktop.services.session import Session
from astra_desktop.storage import case_search, search_index

# Letters, a dash and a digit: the start of a case code, never a name.
_CASE_CODE = re.compile(r"^[A-Z]{2,8}-\d[\d-]*$")


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
    """Codes sharing the typed beginning, newest first."""
    for case_id in case_search.by_code_prefix(session.db, visibility(session), code, limit):
        found.setdefault(case_id, False)


def _from_index(
    session: Session, table: str, match: str, limit: int, found: dict[str, bool]
) -> None:
    """The newest matching cases this user may see, until `limit` are found."""
    in_notes = table == search_index.NOTES
    for case_id in case_search.newest_matches(
        session.db, visibility(session), table, match, list(found), limit - len(found)
    ):
        found.setdefault(case_id, in_notes)


def _hits(session: Session, found: dict[str, bool]) -> list[SearchHit]:
    return case_search.hits(session.db, found)

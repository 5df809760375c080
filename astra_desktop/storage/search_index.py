"""The FTS5 index inside the vault, keyed by each case's local number (`cases.seq`, schema 8).

Two contentless tables: `search_index_names` holds a case's folded case code, names and aliases;
`search_index_notes` the folded text of all its contact notes. They keep only the index, not the
text, and a MATCH yields case numbers directly, so neither search nor the case list looks anything
up per match (see migration 0008 for the measurements behind this). A case's rows are refreshed on
every save that changes what they hold, in the same transaction, and deleted with the case (trigger).
"""

from __future__ import annotations

import json

from astra_desktop.core.folding import index_text, query_terms
from astra_desktop.storage.database import Connection

NAMES = "search_index_names"
NOTES = "search_index_notes"
TABLES = (NAMES, NOTES)


def index_case(conn: Connection, case_id: str) -> None:
    """Refresh both of a case's rows (its names, and its notes): after any change to either."""
    row = conn.execute(
        "SELECT c.seq, c.case_code, cl.given_name, cl.family_name, cl.aliases "
        "FROM cases c JOIN clients cl ON cl.id = c.client_id WHERE c.id = ?",
        (case_id,),
    ).fetchone()
    if row is None:
        return  # deleted: the trigger took its rows with it
    seq, code, given, family, aliases = row
    text = " ".join([code, code.replace("-", " "), given, family, *json.loads(aliases)])
    _put(conn, NAMES, seq, index_text(text))
    _index_notes(conn, case_id, seq)


def index_note(conn: Connection, case_id: str) -> None:
    """A note of this case was added, changed or removed."""
    row = conn.execute("SELECT seq FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is not None:
        _index_notes(conn, case_id, row[0])


def index_client_cases(conn: Connection, client_id: str) -> None:
    for (case_id,) in conn.execute(
        "SELECT id FROM cases WHERE client_id = ?", (client_id,)
    ).fetchall():
        index_case(conn, case_id)


def _index_notes(conn: Connection, case_id: str, seq: int) -> None:
    bodies = [
        r[0] for r in conn.execute("SELECT body FROM contact_notes WHERE case_id = ?", (case_id,))
    ]
    _put(conn, NOTES, seq, index_text(" ".join(bodies)) if bodies else "")


def _put(conn: Connection, table: str, seq: int, text: str) -> None:
    conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (seq,))
    if text:
        conn.execute(f"INSERT INTO {table} (rowid, text) VALUES (?, ?)", (seq, text))


def match_expression(text: str, *, prefix: bool = True) -> str | None:
    """Every typed word must match the start of an indexed word (or the whole word), in any order."""
    terms = query_terms(text)
    if not terms:
        return None
    star = "*" if prefix else ""
    return " AND ".join(f'"{t}"{star}' for t in terms)


def newest_matches_sql(table: str) -> str:
    """Case numbers (`cases.seq`) matching the MATCH expression bound as the single parameter,
    newest case first. Read lazily: a query that stops after a screenful reads no further."""
    return f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC"


def searches_notes(text: str) -> bool:
    """Notes are searched from the second letter typed: one letter matches nearly every note of a
    large vault (62,000 of 62,424 cases for "d"), which says nothing and costs the most."""
    return len("".join(query_terms(text))) >= 2


def matching_case_seqs_sql(notes: bool = True) -> str:
    """A sub-select of case numbers (`cases.seq`) whose names (or notes) match the expression bound
    as the single parameter: `cases.seq IN (...)`."""
    names = f"SELECT rowid FROM {NAMES} WHERE {NAMES} MATCH ?"
    if not notes:
        return names
    return (
        f"WITH m(q) AS (SELECT ?) SELECT rowid FROM {NAMES}, m WHERE {NAMES} MATCH m.q "
        f"UNION ALL SELECT rowid FROM {NOTES}, m WHERE {NOTES} MATCH m.q"
    )


def check(conn: Connection) -> None:
    """FTS5's own consistency check of both tables; raises when an index is damaged."""
    for table in TABLES:
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")

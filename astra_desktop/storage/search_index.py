"""The FTS5 index inside the vault: folded names, aliases and case codes per case; text per note.

Two contentless tables (migration 0008): `search_index_names` (one row per case) and
`search_index_notes` (one row per contact note). They hold only the index, not the text, so a
query answers from the index alone; `search_keys` maps each rowid to its entity and case. Its
INTEGER PRIMARY KEY is a real column, so the mapping survives copies (a plain table's rowids may be
renumbered by VACUUM or an export).
"""

from __future__ import annotations

import json

from astra_desktop.core.folding import index_text, query_terms
from astra_desktop.storage.database import Connection

NAMES = "search_index_names"
NOTES = "search_index_notes"
TABLES = (NAMES, NOTES)


def index_case(conn: Connection, case_id: str) -> None:
    row = conn.execute(
        "SELECT c.case_code, cl.given_name, cl.family_name, cl.aliases "
        "FROM cases c JOIN clients cl ON cl.id = c.client_id WHERE c.id = ?",
        (case_id,),
    ).fetchone()
    if row is None:
        drop(conn, case_id)
        return
    code, given, family, aliases = row
    text = " ".join([code, code.replace("-", " "), given, family, *json.loads(aliases)])
    _put(conn, NAMES, case_id, case_id, index_text(text))


def index_note(conn: Connection, note_id: str, case_id: str, body: str) -> None:
    _put(conn, NOTES, note_id, case_id, index_text(body))


def index_client_cases(conn: Connection, client_id: str) -> None:
    for (case_id,) in conn.execute(
        "SELECT id FROM cases WHERE client_id = ?", (client_id,)
    ).fetchall():
        index_case(conn, case_id)


def _table(entity_id: str, case_id: str) -> str:
    """A case's own row is keyed by the case id; anything else in the index is a note."""
    return NAMES if entity_id == case_id else NOTES


def _put(conn: Connection, table: str, entity_id: str, case_id: str, text: str) -> None:
    """Insert or replace one entity's text, finding its row through search_keys (indexed)."""
    row = conn.execute("SELECT rowid FROM search_keys WHERE entity_id = ?", (entity_id,)).fetchone()
    if row is None:
        rowid = conn.execute(
            "INSERT INTO search_keys (entity_id, case_id) VALUES (?, ?)", (entity_id, case_id)
        ).lastrowid
    else:
        rowid = row[0]
        conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
        conn.execute("UPDATE search_keys SET case_id = ? WHERE rowid = ?", (case_id, rowid))
    conn.execute(f"INSERT INTO {table} (rowid, text) VALUES (?, ?)", (rowid, text))


def drop(conn: Connection, entity_id: str) -> None:
    """Remove an entity's text, or a whole case's (its own and its notes')."""
    found = conn.execute(
        "SELECT rowid, entity_id, case_id FROM search_keys WHERE entity_id = ? OR case_id = ?",
        (entity_id, entity_id),
    ).fetchall()
    for rowid, entity, case_id in found:
        conn.execute(f"DELETE FROM {_table(entity, case_id)} WHERE rowid = ?", (rowid,))
        conn.execute("DELETE FROM search_keys WHERE rowid = ?", (rowid,))


def match_expression(text: str, *, prefix: bool = True) -> str | None:
    """Every typed word must match the start of an indexed word (or the whole word), in any order."""
    terms = query_terms(text)
    if not terms:
        return None
    star = "*" if prefix else ""
    return " AND ".join(f'"{t}"{star}' for t in terms)


def newest_matches_sql(table: str) -> str:
    """Rowids matching the MATCH expression bound as the single parameter, newest first.

    Read lazily: a query that stops after a screenful never touches the rest of the matches.
    """
    return f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC"


def matching_case_ids_sql() -> str:
    """A sub-select of case ids for a MATCH expression bound as the single parameter."""
    return (
        "SELECT k.case_id FROM (SELECT ? AS q) AS m JOIN search_keys AS k ON k.rowid IN ("
        f"SELECT rowid FROM {NAMES} WHERE {NAMES} MATCH m.q "
        f"UNION ALL SELECT rowid FROM {NOTES} WHERE {NOTES} MATCH m.q)"
    )


def check(conn: Connection) -> None:
    """FTS5's own consistency check of both tables; raises when an index is damaged."""
    for table in TABLES:
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")


def rebuild(conn: Connection) -> None:
    for table in TABLES:
        conn.execute(f"DELETE FROM {table}")
    conn.execute("DELETE FROM search_keys")
    for (case_id,) in conn.execute("SELECT id FROM cases").fetchall():
        index_case(conn, case_id)
    for note_id, case_id, body in conn.execute(
        "SELECT id, case_id, body FROM contact_notes"
    ).fetchall():
        index_note(conn, note_id, case_id, body)

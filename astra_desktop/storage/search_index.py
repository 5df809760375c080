"""The FTS5 index inside the vault: folded names, aliases and case codes per case; text per note."""

from __future__ import annotations

import json

from astra_desktop.core.folding import index_text, query_terms
from astra_desktop.storage.database import Connection


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
    _put(conn, "case", case_id, case_id, index_text(text))


def _put(conn: Connection, entity: str, entity_id: str, case_id: str, text: str) -> None:
    """Insert or replace one entity's text, finding its row through search_keys (indexed)."""
    row = conn.execute("SELECT rowid FROM search_keys WHERE entity_id = ?", (entity_id,)).fetchone()
    if row is not None:
        conn.execute("DELETE FROM search_index WHERE rowid = ?", (row[0],))
        conn.execute(
            "INSERT INTO search_index (rowid, text, entity, entity_id, case_id) VALUES (?, ?, ?, ?, ?)",
            (row[0], text, entity, entity_id, case_id),
        )
        return
    cur = conn.execute(
        "INSERT INTO search_index (text, entity, entity_id, case_id) VALUES (?, ?, ?, ?)",
        (text, entity, entity_id, case_id),
    )
    conn.execute(
        "INSERT INTO search_keys (rowid, entity_id, case_id) VALUES (?, ?, ?)",
        (cur.lastrowid, entity_id, case_id),
    )


def index_client_cases(conn: Connection, client_id: str) -> None:
    for (case_id,) in conn.execute(
        "SELECT id FROM cases WHERE client_id = ?", (client_id,)
    ).fetchall():
        index_case(conn, case_id)


def index_note(conn: Connection, note_id: str, case_id: str, body: str) -> None:
    _put(conn, "note", note_id, case_id, index_text(body))


def drop(conn: Connection, entity_id: str) -> None:
    """Remove an entity's text, or a whole case's (its own and its notes')."""
    found = conn.execute(
        "SELECT rowid FROM search_keys WHERE entity_id = ? OR case_id = ?", (entity_id, entity_id)
    ).fetchall()
    for (rowid,) in found:
        conn.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
        conn.execute("DELETE FROM search_keys WHERE rowid = ?", (rowid,))


def match_expression(text: str) -> str | None:
    """Every typed word must match the start of an indexed word, in any order."""
    terms = query_terms(text)
    if not terms:
        return None
    return " AND ".join(f'"{t}"*' for t in terms)


def matching_case_ids_sql() -> str:
    """A sub-select of case ids for a MATCH expression bound as the single parameter."""
    return "SELECT case_id FROM search_index WHERE search_index MATCH ?"


def rebuild(conn: Connection) -> None:
    conn.execute("DELETE FROM search_index")
    conn.execute("DELETE FROM search_keys")
    for (case_id,) in conn.execute("SELECT id FROM cases").fetchall():
        index_case(conn, case_id)
    for note_id, case_id, body in conn.execute(
        "SELECT id, case_id, body FROM contact_notes"
    ).fetchall():
        index_note(conn, note_id, case_id, body)

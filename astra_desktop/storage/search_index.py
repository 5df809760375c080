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
    conn.execute("DELETE FROM search_index WHERE entity = 'case' AND entity_id = ?", (case_id,))
    if row is None:
        return
    code, given, family, aliases = row
    text = " ".join([code, code.replace("-", " "), given, family, *json.loads(aliases)])
    conn.execute(
        "INSERT INTO search_index (text, entity, entity_id, case_id) VALUES (?, 'case', ?, ?)",
        (index_text(text), case_id, case_id),
    )


def index_client_cases(conn: Connection, client_id: str) -> None:
    for (case_id,) in conn.execute(
        "SELECT id FROM cases WHERE client_id = ?", (client_id,)
    ).fetchall():
        index_case(conn, case_id)


def index_note(conn: Connection, note_id: str, case_id: str, body: str) -> None:
    conn.execute("DELETE FROM search_index WHERE entity = 'note' AND entity_id = ?", (note_id,))
    conn.execute(
        "INSERT INTO search_index (text, entity, entity_id, case_id) VALUES (?, 'note', ?, ?)",
        (index_text(body), note_id, case_id),
    )


def drop(conn: Connection, entity_id: str) -> None:
    conn.execute(
        "DELETE FROM search_index WHERE entity_id = ? OR case_id = ?", (entity_id, entity_id)
    )


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
    for (case_id,) in conn.execute("SELECT id FROM cases").fetchall():
        index_case(conn, case_id)
    for note_id, case_id, body in conn.execute(
        "SELECT id, case_id, body FROM contact_notes"
    ).fetchall():
        index_note(conn, note_id, case_id, body)

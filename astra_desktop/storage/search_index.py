"""The FTS5 index inside the vault, keyed by each case's local number (`cases.seq`, schema 8).

Two contentless tables: `search_index_names` holds one row per case, its folded case code, names
and aliases, at rowid `cases.seq`; `search_index_notes` one row per contact note, its folded text, at
rowid `(cases.seq << NOTE_BITS) + n` (schema 16), so that saving a note writes that note's row alone
whatever the size of its case. They keep only the index, not the text, and a MATCH yields case
numbers directly (`rowid >> NOTE_BITS` for notes), so neither search nor the case list looks
anything up per match (see migration 0008 for the measurements behind this). Rows are written on
every save that changes what they hold, in the same transaction; triggers delete them with their
note or case. `search_index_note_rows` remembers which note has which row.
"""

from __future__ import annotations

import json

from astra_desktop.core.folding import index_text, query_terms
from astra_desktop.storage.database import Connection

NAMES = "search_index_names"
NOTES = "search_index_notes"
NOTE_ROWS = "search_index_note_rows"
TABLES = (NAMES, NOTES)
NOTE_BITS = 20  # notes per case: fewer than 2**20
_SPAN = 1 << NOTE_BITS


def index_case(conn: Connection, case_id: str) -> None:
    """Refresh a case's names row: after a change to its case code or its client's names. (Its
    notes' rows are written note by note: `index_note`.)"""
    row = conn.execute(
        "SELECT c.seq, c.case_code, cl.given_name, cl.family_name, cl.aliases "
        "FROM cases c JOIN clients cl ON cl.id = c.client_id WHERE c.id = ?",
        (case_id,),
    ).fetchall()
    if not row:
        return  # deleted: the trigger took its rows with it
    seq, code, given, family, aliases = row[0]
    text = " ".join([code, code.replace("-", " "), given, family, *json.loads(aliases)])
    conn.execute(f"DELETE FROM {NAMES} WHERE rowid = ?", (seq,))
    conn.execute(f"INSERT INTO {NAMES} (rowid, text) VALUES (?, ?)", (seq, index_text(text)))


def index_note(conn: Connection, note_id: str) -> None:
    """A note was added or changed: write its row. (A removed note's row goes by trigger.)"""
    found = conn.execute(
        f"SELECT n.case_id, c.seq, n.body, r.row FROM contact_notes n "
        f"JOIN cases c ON c.id = n.case_id LEFT JOIN {NOTE_ROWS} r ON r.note_id = n.id "
        "WHERE n.id = ?",
        (note_id,),
    ).fetchall()
    if not found:
        return
    case_id, seq, body, row = found[0]
    if row is not None and row >> NOTE_BITS == seq:
        conn.execute(f"UPDATE {NOTES} SET text = ? WHERE rowid = ?", (index_text(body), row))
        return
    if row is not None:  # the note moved to another case
        conn.execute(f"DELETE FROM {NOTES} WHERE rowid = ?", (row,))
        conn.execute(f"DELETE FROM {NOTE_ROWS} WHERE note_id = ?", (note_id,))
    add_note(conn, note_id, case_id, body)


def add_note(conn: Connection, note_id: str, case_id: str, body: str) -> None:
    """`index_note` for a note that has no row yet (just inserted in this transaction): the row
    after its case's last note row (a removed note's number may be used again), recorded as this
    note's, then written. Plain statements: an INSERT … SELECT or RETURNING would make SQLite open
    a statement journal or a temporary table, each a string of heap allocations (costly with
    memory security on)."""
    found = conn.execute(_LAST_ROW, (case_id,)).fetchall()
    if not found:
        return  # no such case: the note's own insert has failed already
    seq, last = found[0]
    row = (last if last is not None else seq << NOTE_BITS) + 1
    if row >> NOTE_BITS != seq:  # past the case's last number: a case of over a million notes
        raise OverflowError(f"a case holds at most {_SPAN - 1} notes")
    conn.execute(f"INSERT INTO {NOTE_ROWS} (row, note_id) VALUES (?, ?)", (row, note_id))
    conn.execute(f"INSERT INTO {NOTES} (rowid, text) VALUES (?, ?)", (row, index_text(body)))


# The case's number and its last note row (NULL when it has none).
_LAST_ROW = (
    f"SELECT c.seq, (SELECT max(row) FROM {NOTE_ROWS} "
    f"WHERE row > c.seq << {NOTE_BITS} AND row < (c.seq + 1) << {NOTE_BITS}) "
    "FROM cases AS c WHERE c.id = ?"
)


def index_client_cases(conn: Connection, client_id: str) -> None:
    for (case_id,) in conn.execute(
        "SELECT id FROM cases WHERE client_id = ?", (client_id,)
    ).fetchall():
        index_case(conn, case_id)


def match_expression(text: str, *, prefix: bool = True) -> str | None:
    """Every typed word must match the start of an indexed word (or the whole word), in any order."""
    terms = query_terms(text)
    if not terms:
        return None
    star = "*" if prefix else ""
    return " AND ".join(f'"{t}"{star}' for t in terms)


def newest_matches_sql(table: str) -> str:
    """Case numbers (`cases.seq`, as column `rowid`) matching the MATCH expression bound as the
    single parameter, newest case first, each once. Read lazily: a query that stops after a
    screenful reads no further (the index yields rows in rowid order; DISTINCT keeps a set of the
    numbers seen, it does not sort)."""
    if table == NOTES:
        return (
            f"SELECT DISTINCT {NOTES}.rowid >> {NOTE_BITS} AS rowid FROM {NOTES} "
            f"WHERE {NOTES} MATCH ? ORDER BY {NOTES}.rowid DESC"
        )
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
        f"UNION ALL SELECT rowid >> {NOTE_BITS} FROM {NOTES}, m WHERE {NOTES} MATCH m.q"
    )


def check(conn: Connection) -> None:
    """FTS5's own consistency check of both tables, and a row for every note; raises when an
    index is damaged."""
    for table in TABLES:
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
    unindexed = conn.execute(
        f"SELECT count(*) FROM contact_notes n JOIN cases c ON c.id = n.case_id "
        f"LEFT JOIN {NOTE_ROWS} r ON r.note_id = n.id "
        f"WHERE r.row IS NULL OR r.row >> {NOTE_BITS} != c.seq"
    ).fetchall()[0][0]
    if unindexed:  # integrity.check reports it in its own words
        raise LookupError(f"{unindexed} note(s) missing from the search index")

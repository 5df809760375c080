"""The notes index holds one row per note (schema 16): saving a note writes that row alone, so a save
costs the same whatever the size of its case; search still yields each case once, newest first."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import sqlcipher3

from astra_desktop.core.models import Client, ContactNote
from astra_desktop.services import case_records, clients, integrity, search
from astra_desktop.services import session as vs
from astra_desktop.services.clients import CaseQuery
from astra_desktop.storage import migrate, search_index


def note(sess: vs.Session, case_id: str, body: str) -> ContactNote:
    return case_records.add_note(sess, ContactNote(case_id, datetime(2026, 3, 1, 10, 0), body))


def rows_of(sess: vs.Session, case_id: str) -> list[int]:
    seq = sess.db.execute("SELECT seq FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    lo = seq << search_index.NOTE_BITS
    return [
        r[0]
        for r in sess.db.execute(
            f"SELECT rowid FROM {search_index.NOTES} WHERE rowid > ? AND rowid < ?",
            (lo, lo + (1 << search_index.NOTE_BITS)),
        )
    ]


def statements_of_a_note_save(sess: vs.Session, case_id: str) -> list[str]:
    seen: list[str] = []
    sess.db.set_trace_callback(seen.append)
    try:
        note(sess, case_id, "Razgovor o smeštaju.")
    finally:
        sess.db.set_trace_callback(None)
    return [s for s in seen if not s.startswith("--")]  # FTS5's own inner statements aside


def test_a_note_save_reads_no_other_note(session: vs.Session) -> None:
    small = clients.register(session, Client("Mila", "Mirić")).id
    large = clients.register(session, Client("Vera", "Vasić")).id
    with session.write():
        for i in range(60):
            note(session, large, f"Poseta broj {i}, razgovor o dokumentima.")
    few = statements_of_a_note_save(session, small)
    many = statements_of_a_note_save(session, large)
    assert len(few) == len(many)
    assert not any("FROM contact_notes" in s for s in many)
    assert len(rows_of(session, large)) == 61


def test_a_case_with_many_matching_notes_is_found_once(session: vs.Session) -> None:
    older = clients.register(session, Client("Ana", "Anić")).id
    newer = clients.register(session, Client("Bora", "Borić")).id
    for case_id in (older, newer, older):
        note(session, case_id, "Pratnja u Viši sud.")
    hits = search.search(session, "visi sud")
    assert sorted(h.case_id for h in hits) == sorted([newer, older])  # each once
    assert all(h.in_notes for h in hits)
    assert len(search.search(session, "visi sud", limit=1)) == 1
    assert set(clients.case_ids(session, CaseQuery(text="visi"))) == {older, newer}


def test_note_rows_follow_edits_moves_and_deletions(session: vs.Session) -> None:
    first = clients.register(session, Client("Ana", "Anić")).id
    second = clients.register(session, Client("Bora", "Borić")).id
    moved = note(session, first, "Sastanak sa advokatom.")
    kept = note(session, first, "Kućna poseta.")
    moved.case_id = second
    case_records.update_note(session, moved)
    assert [h.case_id for h in search.search(session, "advokatom")] == [second]
    assert len(rows_of(session, first)) == 1 and len(rows_of(session, second)) == 1
    with session.write() as conn:  # as a transfer's deletion does
        conn.execute("DELETE FROM contact_notes WHERE id = ?", (kept.id,))
    assert search.search(session, "kucna") == [] and rows_of(session, first) == []
    clients.delete_case(session, second)
    assert search.search(session, "advokatom") == []
    leftover = session.db.execute(f"SELECT count(*) FROM {search_index.NOTE_ROWS}").fetchone()[0]
    assert leftover == 0
    assert integrity.check(session).sound


def test_check_names_a_note_missing_from_the_index(session: vs.Session) -> None:
    case_id = clients.register(session, Client("Ana", "Anić")).id
    gone = note(session, case_id, "Pratnja kod lekara.")
    assert integrity.check(session).sound
    with session.write() as conn:
        conn.execute(f"DELETE FROM {search_index.NOTE_ROWS} WHERE note_id = ?", (gone.id,))
    report = integrity.check(session)
    assert any("search index" in str(p) for p in report.problems), report.problems


def test_migration_numbers_notes_uniquely_within_their_case_whatever_their_rowids() -> None:
    """Schema 16 numbers a note by its rowid while all rowids fit in the case's range, else by
    its place among its case's notes: both give each note its own row in its case's range."""
    sql = (
        Path(migrate.__file__).parent / "migrations" / "0016_search_notes_per_note.sql"
    ).read_text()
    (numbering,) = [
        s for s in migrate._statements(sql) if s.startswith("INSERT INTO " + search_index.NOTE_ROWS)
    ]
    for first_rowid in (1, (1 << search_index.NOTE_BITS) - 2):
        conn = sqlcipher3.connect(":memory:")
        conn.execute("CREATE TABLE cases (id TEXT PRIMARY KEY, seq INTEGER)")
        conn.execute("CREATE TABLE contact_notes (id TEXT PRIMARY KEY, case_id TEXT)")
        conn.execute(
            f"CREATE TABLE {search_index.NOTE_ROWS} (row INTEGER PRIMARY KEY, note_id TEXT)"
        )
        conn.executemany("INSERT INTO cases VALUES (?, ?)", [("a", 1), ("b", 2)])
        notes = [(first_rowid + i, f"n{i}", "ab"[i % 2]) for i in range(7)]
        conn.executemany("INSERT INTO contact_notes (rowid, id, case_id) VALUES (?, ?, ?)", notes)
        conn.execute(numbering)
        rows = dict(conn.execute(f"SELECT note_id, row FROM {search_index.NOTE_ROWS}").fetchall())
        assert len(set(rows.values())) == 7
        for _rowid, note_id, case_id in notes:
            seq, number = divmod(rows[note_id], 1 << search_index.NOTE_BITS)
            assert seq == {"a": 1, "b": 2}[case_id] and number > 0
        conn.close()

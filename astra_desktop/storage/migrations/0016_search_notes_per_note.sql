-- Schema 16: the notes index holds one row per note, so saving a note costs the same however many
-- notes its case has.
--
-- Why: search_index_notes held one row per case with the folded text of all its notes, so every
-- note saved re-read and re-folded every note of its case (3 ms with none, 25 ms with 1,000).
--
-- A note's row number is its case's number times 2^20 plus a number within the case
-- (`(cases.seq << 20) + n`, 1 <= n < 2^20): a MATCH still gives case numbers straight from the
-- index (`rowid >> 20`), newest case first, with nothing looked up per match (see schema 8). Which
-- row is whose note is kept in search_index_note_rows (derived data like the index itself: not in
-- the table sums). The app writes a note's row when it saves the note (storage/search_index.py);
-- the rows go with the note and with the case (triggers), whoever deletes them.

CREATE TABLE search_index_note_rows (
    row     INTEGER PRIMARY KEY,  -- the note's rowid in search_index_notes
    note_id TEXT NOT NULL         -- contact_notes.id
);

INSERT INTO search_index_notes (search_index_notes) VALUES ('delete-all');

-- A note's number within its case: its own rowid while every rowid is below 2^20 (unique, and no
-- numbering pass: with memory wiping on, a window function or a count per note costs ~40 µs a
-- row, seconds on 135,000 notes); else its place among its case's notes.
INSERT INTO search_index_note_rows (row, note_id)
SELECT c.seq * 1048576 + CASE
        WHEN (SELECT max(rowid) FROM contact_notes) < 1048576 THEN n.rowid
        ELSE 1 + (SELECT count(*) FROM contact_notes AS m
                  WHERE m.case_id = n.case_id AND m.rowid < n.rowid)
    END,
    n.id
FROM contact_notes AS n JOIN cases AS c ON c.id = n.case_id
ORDER BY 1;

CREATE UNIQUE INDEX search_index_note_rows_note ON search_index_note_rows (note_id);

-- In row order: FTS5 writes a segment whenever a rowid is lower than the one before (60 s instead
-- of seconds on 135,000 notes).
INSERT INTO search_index_notes (rowid, text)
SELECT r.row, astra_index_text(n.body)
FROM search_index_note_rows AS r JOIN contact_notes AS n ON n.id = r.note_id
ORDER BY r.row;

DROP TRIGGER cases_search_gone;

CREATE TRIGGER cases_search_gone AFTER DELETE ON cases
BEGIN
    DELETE FROM search_index_names WHERE rowid = OLD.seq;
    DELETE FROM search_index_notes
        WHERE rowid BETWEEN OLD.seq * 1048576 AND OLD.seq * 1048576 + 1048575;
    DELETE FROM search_index_note_rows
        WHERE row BETWEEN OLD.seq * 1048576 AND OLD.seq * 1048576 + 1048575;
END;

CREATE TRIGGER contact_notes_search_gone AFTER DELETE ON contact_notes
BEGIN
    DELETE FROM search_index_notes
        WHERE rowid = (SELECT row FROM search_index_note_rows WHERE note_id = OLD.id);
    DELETE FROM search_index_note_rows WHERE note_id = OLD.id;
END;

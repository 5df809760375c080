-- Schema 8: a case list and a search that stay fast on 100,000 cases with memory wiping on.
--
-- Why: with SQLCipher's cipher_memory_security on, every b-tree lookup costs microseconds, and the
-- old index cost one lookup per match twice over (the FTS content row, then the case): ranking a
-- common prefix ("ma", "AST-2024") took 300-500 ms on 50,000 clients, and the case list read every
-- case row and its client to sort 62,000 ids.
--
-- cases.seq: a small integer per case, local to this vault (like its case code; never sent in a
-- transfer), a real column so that copies and exports keep it. Given on insert by a trigger.
--
-- The full-text index becomes two contentless FTS5 tables keyed by cases.seq: one row per case for
-- names, aliases and case code, one per case for the text of all its contact notes. A MATCH gives
-- case numbers straight from the index: nothing is looked up per match, and the folded text is no
-- longer stored a second time. The index rows go with their case (trigger); the app refreshes them
-- on every save (storage/search_index.py), and this migration fills them through astra_index_text,
-- the same folding the app uses, registered by migrate.register_functions.
--
-- Covering indexes let the case list read ids in display order from an index alone.

ALTER TABLE cases ADD COLUMN seq INTEGER;
UPDATE cases SET seq = rowid;
CREATE UNIQUE INDEX cases_seq ON cases (seq);

CREATE TRIGGER cases_seq_given AFTER INSERT ON cases WHEN NEW.seq IS NULL
BEGIN
    UPDATE cases SET seq = (SELECT coalesce(max(seq), 0) + 1 FROM cases) WHERE id = NEW.id;
END;

CREATE INDEX cases_list_updated ON cases (updated_at, case_code, id, seq);
CREATE INDEX cases_list_opened ON cases (opened_on, case_code, id, seq);
CREATE INDEX cases_list_status ON cases (status, case_code, id, seq);
CREATE INDEX cases_list_code ON cases (case_code, id, seq);
CREATE INDEX cases_list_client ON cases (client_id, case_code, id, seq);

DROP TABLE search_index;
DROP TABLE search_keys;

CREATE VIRTUAL TABLE search_index_names USING fts5 (
    text,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3',
    detail = none
);

CREATE VIRTUAL TABLE search_index_notes USING fts5 (
    text,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3',
    detail = none
);

CREATE TRIGGER cases_search_gone AFTER DELETE ON cases
BEGIN
    DELETE FROM search_index_names WHERE rowid = OLD.seq;
    DELETE FROM search_index_notes WHERE rowid = OLD.seq;
END;

INSERT INTO search_index_names (rowid, text)
    SELECT cases.seq, astra_index_text(
        cases.case_code || ' ' || replace(cases.case_code, '-', ' ') || ' ' || clients.given_name
        || ' ' || clients.family_name
        || coalesce(' ' || (SELECT group_concat(value, ' ') FROM json_each(clients.aliases)), ''))
    FROM cases JOIN clients ON clients.id = cases.client_id;

INSERT INTO search_index_notes (rowid, text)
    SELECT cases.seq, astra_index_text(group_concat(contact_notes.body, ' '))
    FROM contact_notes JOIN cases ON cases.id = contact_notes.case_id
    GROUP BY cases.seq;

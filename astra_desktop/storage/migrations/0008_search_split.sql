-- Schema 8: the full-text index split in two contentless FTS5 tables, names and notes.
--
-- Why: with SQLCipher's memory wiping on, every row an FTS5 query reads back from a content table
-- costs tens of microseconds, and ranking a common prefix ("ma", "AST-2024") read thousands of them
-- (300-500 ms on 50,000 clients). Contentless tables answer from the index alone: the matching rowids
-- come out newest first and a query stops after the few the screen shows. search_keys (whose
-- INTEGER PRIMARY KEY survives copies and exports) maps each rowid to its entity and case. The folded
-- text is no longer stored a second time inside the vault, only its index.

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
    prefix = '2 3',
    detail = none
);

INSERT INTO search_index_names (rowid, text)
    SELECT rowid, text FROM search_index WHERE entity = 'case';
INSERT INTO search_index_notes (rowid, text)
    SELECT rowid, text FROM search_index WHERE entity = 'note';

DROP TABLE search_index;

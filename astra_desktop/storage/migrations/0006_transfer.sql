-- Schema 6: case transfer between laptops. For every record that took part in a transfer, the
-- hashes of the versions this vault's copy includes (its own as sent, and those received and
-- merged), so a record changed on both laptops since they last exchanged it is shown to a person
-- instead of overwritten. Hashes only, never content.

CREATE TABLE transfer_log (
    table_name TEXT NOT NULL,
    record_id  TEXT NOT NULL,
    known      TEXT NOT NULL DEFAULT '[]',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (table_name, record_id)
) WITHOUT ROWID;

-- Schema 20: the compensation claim of a case (issue 19, item 4).
--
-- One claim per case, edited as a whole in one dialog and filed as a property claim in the
-- criminal proceeding or as a civil suit: its heads of damage (kind, description, amount in
-- dinars, the day interest runs from, the evidence of each) and its costs are JSON lists, like
-- a proceeding's powers of attorney (schema 17), so the claim has one version: two laptops that
-- changed it are a conflict for a person, never a silent mix of items (storage/transfer_tables).
-- Amounts are decimal text ("540000.00"), never floats. The claim's id is made from its case's
-- (uuid5), so a claim begun for the same case on two laptops is one record when the case is
-- transferred — changed on both, a conflict for a person — never a second row that the UNIQUE
-- case_id would refuse.
--
-- The claim travels with its case (its foreign key reaches `cases`), leaves a tombstone when it
-- is deleted after a transfer (as schema 10's tables do), and its content sum comes from
-- storage/digest.RECORD_TABLES (the sum triggers are made after every migration). The
-- proceeding it is for may go; the claim stays, for the case's latest proceeding.

CREATE TABLE claims (
    id                TEXT PRIMARY KEY,
    case_id           TEXT NOT NULL UNIQUE REFERENCES cases (id) ON DELETE CASCADE,
    proceeding_id     TEXT REFERENCES proceedings (id) ON DELETE SET NULL,
    items             TEXT NOT NULL DEFAULT '[]',
    costs             TEXT NOT NULL DEFAULT '[]',
    facts             TEXT NOT NULL DEFAULT '',
    civil_court       TEXT NOT NULL DEFAULT '',
    civil_case_number TEXT NOT NULL DEFAULT '',
    legal_aid         TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX claims_proceeding ON claims (proceeding_id);

CREATE TRIGGER tombstone_claims AFTER DELETE ON claims
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'claims' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'claims', OLD.id,
        OLD.case_id,
        NULL,
        'cases:' || OLD.case_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'claims' AND record_id = OLD.id;
END;

-- A case's "Last change" moves with its claim (as with its other records, schema 12).
CREATE TRIGGER claims_touch_case_insert AFTER INSERT ON claims
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = NEW.case_id;
END;

CREATE TRIGGER claims_touch_case_update AFTER UPDATE ON claims
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = NEW.case_id;
END;

CREATE TRIGGER claims_touch_case_delete AFTER DELETE ON claims
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = OLD.case_id;
END;

-- Schema 13: the client's related persons, and the client's identifying details.
--
-- Related persons: family, guardians, partners, contacts — each a record with a relation from a
-- closed vocabulary (core/enums.Relation), whether the person is a risk to the client, contact,
-- address and notes. They belong to the client (like consents), so they travel with any of the
-- client's cases (storage/transfer_tables finds them through the foreign key) and leave a
-- tombstone when deleted after a transfer (as schema 10's tables do). Their content sums come from
-- storage/digest.RECORD_TABLES (the sum triggers are made after every migration).
--
-- Identifying details of the client (personal number "JMBG", ID card or passport number, address,
-- place of residence, place of birth): "case code only" court documents take them out.

ALTER TABLE clients ADD COLUMN personal_number TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN id_document_number TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN place_of_residence TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN place_of_birth TEXT NOT NULL DEFAULT '';

CREATE TABLE related_persons (
    id          TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    relation    TEXT NOT NULL DEFAULT 'other',
    is_risk     INTEGER NOT NULL DEFAULT 0,
    contact     TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX related_persons_client ON related_persons (client_id);

CREATE TRIGGER tombstone_related_persons AFTER DELETE ON related_persons
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'related_persons' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'related_persons', OLD.id,
        NULL,
        OLD.client_id,
        'clients:' || OLD.client_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'related_persons' AND record_id = OLD.id;
END;

-- A case's "Last change" moves with its client's related persons (as with consents, schema 12).
CREATE TRIGGER related_persons_touch_case_insert AFTER INSERT ON related_persons
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE client_id = NEW.client_id;
END;

CREATE TRIGGER related_persons_touch_case_update AFTER UPDATE ON related_persons
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE client_id = NEW.client_id;
END;

CREATE TRIGGER related_persons_touch_case_delete AFTER DELETE ON related_persons
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE client_id = OLD.client_id;
END;

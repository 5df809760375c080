-- Schema 10: deletions travel in case transfers.
--
-- A record that took part in a transfer (it has a row in transfer_log) leaves a tombstone when it
-- is deleted: which record, the case (or client) it belonged to, when, who (the user of the
-- vault's latest audit entry: the person working in it), and the versions this vault's copy had
-- included (copied from transfer_log). A bundle carries the tombstones of its cases; the other
-- laptop deletes its copy when that copy is a version the deleting side knew, and shows the
-- person a conflict when it was changed there since the last exchange. A record that never left
-- this vault leaves no tombstone: no other laptop can have it.
--
-- One trigger per table with records of a case (storage/transfer_tables.case_tables at schema 10;
-- a later migration adding such a table adds its trigger). Link tables without an id
-- (case_assignments, appointment_workers, document_chunks) go with their records.
-- Records deleted by a cascade (a proceeding's hearings) get tombstones of their own. `parent`
-- names the record a tombstone's record belonged to ("table:id"): the case of a record deleted
-- with its parent is found through the parent's tombstone when the bundle is made, since within
-- one cascade SQLite may run a child's trigger before its parent's.

CREATE TABLE transfer_tombstones (
    table_name TEXT NOT NULL,
    record_id  TEXT NOT NULL,
    case_id    TEXT,
    client_id  TEXT,
    parent     TEXT,
    known      TEXT NOT NULL DEFAULT '[]',
    deleted_at TEXT NOT NULL,
    deleted_by TEXT,
    PRIMARY KEY (table_name, record_id)
) WITHOUT ROWID;

CREATE INDEX transfer_tombstones_case ON transfer_tombstones (case_id);
CREATE INDEX transfer_tombstones_client ON transfer_tombstones (client_id);
CREATE INDEX transfer_tombstones_parent ON transfer_tombstones (parent);

CREATE TRIGGER tombstone_clients AFTER DELETE ON clients
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'clients' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'clients', OLD.id,
        NULL,
        OLD.id,
        NULL,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'clients' AND record_id = OLD.id;
END;

CREATE TRIGGER tombstone_cases AFTER DELETE ON cases
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'cases' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'cases', OLD.id,
        OLD.id,
        OLD.client_id,
        'clients:' || OLD.client_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'cases' AND record_id = OLD.id;
END;

CREATE TRIGGER tombstone_consents AFTER DELETE ON consents
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'consents' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'consents', OLD.id,
        NULL,
        OLD.client_id,
        'clients:' || OLD.client_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'consents' AND record_id = OLD.id;
END;

CREATE TRIGGER tombstone_appointments AFTER DELETE ON appointments
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'appointments' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'appointments', OLD.id,
        OLD.case_id,
        NULL,
        'cases:' || OLD.case_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'appointments' AND record_id = OLD.id;
END;

CREATE TRIGGER tombstone_contact_notes AFTER DELETE ON contact_notes
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'contact_notes' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'contact_notes', OLD.id,
        OLD.case_id,
        NULL,
        'cases:' || OLD.case_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'contact_notes' AND record_id = OLD.id;
END;

CREATE TRIGGER tombstone_documents AFTER DELETE ON documents
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'documents' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'documents', OLD.id,
        OLD.case_id,
        NULL,
        'cases:' || OLD.case_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'documents' AND record_id = OLD.id;
END;

CREATE TRIGGER tombstone_hotline_calls AFTER DELETE ON hotline_calls
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'hotline_calls' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'hotline_calls', OLD.id,
        OLD.case_id,
        NULL,
        'cases:' || OLD.case_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'hotline_calls' AND record_id = OLD.id;
END;

CREATE TRIGGER tombstone_proceedings AFTER DELETE ON proceedings
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'proceedings' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'proceedings', OLD.id,
        OLD.case_id,
        NULL,
        'cases:' || OLD.case_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'proceedings' AND record_id = OLD.id;
END;

CREATE TRIGGER tombstone_referrals AFTER DELETE ON referrals
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'referrals' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'referrals', OLD.id,
        OLD.case_id,
        NULL,
        'cases:' || OLD.case_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'referrals' AND record_id = OLD.id;
END;

CREATE TRIGGER tombstone_risk_assessments AFTER DELETE ON risk_assessments
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'risk_assessments' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'risk_assessments', OLD.id,
        OLD.case_id,
        NULL,
        'cases:' || OLD.case_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'risk_assessments' AND record_id = OLD.id;
END;

CREATE TRIGGER tombstone_risk_events AFTER DELETE ON risk_events
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'risk_events' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'risk_events', OLD.id,
        OLD.case_id,
        NULL,
        'cases:' || OLD.case_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'risk_events' AND record_id = OLD.id;
END;

CREATE TRIGGER tombstone_services AFTER DELETE ON services
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'services' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'services', OLD.id,
        OLD.case_id,
        NULL,
        'cases:' || OLD.case_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'services' AND record_id = OLD.id;
END;

CREATE TRIGGER tombstone_missing_searches AFTER DELETE ON missing_searches
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'missing_searches' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'missing_searches', OLD.id,
        OLD.case_id,
        NULL,
        'cases:' || OLD.case_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'missing_searches' AND record_id = OLD.id;
END;

CREATE TRIGGER tombstone_safety_actions AFTER DELETE ON safety_actions
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'safety_actions' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'safety_actions', OLD.id,
        OLD.case_id,
        NULL,
        'cases:' || OLD.case_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'safety_actions' AND record_id = OLD.id;
END;

CREATE TRIGGER tombstone_defendants AFTER DELETE ON defendants
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'defendants' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'defendants', OLD.id,
        coalesce((SELECT case_id FROM proceedings WHERE id = OLD.proceeding_id), (SELECT case_id FROM transfer_tombstones WHERE table_name = 'proceedings' AND record_id = OLD.proceeding_id)),
        NULL,
        'proceedings:' || OLD.proceeding_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'defendants' AND record_id = OLD.id;
END;

CREATE TRIGGER tombstone_charges AFTER DELETE ON charges
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'charges' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'charges', OLD.id,
        coalesce((SELECT case_id FROM proceedings WHERE id = OLD.proceeding_id), (SELECT case_id FROM transfer_tombstones WHERE table_name = 'proceedings' AND record_id = OLD.proceeding_id)),
        NULL,
        'proceedings:' || OLD.proceeding_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'charges' AND record_id = OLD.id;
END;

CREATE TRIGGER tombstone_hearings AFTER DELETE ON hearings
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'hearings' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'hearings', OLD.id,
        coalesce((SELECT case_id FROM proceedings WHERE id = OLD.proceeding_id), (SELECT case_id FROM transfer_tombstones WHERE table_name = 'proceedings' AND record_id = OLD.proceeding_id)),
        NULL,
        'proceedings:' || OLD.proceeding_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'hearings' AND record_id = OLD.id;
END;

CREATE TRIGGER tombstone_hearing_attendance AFTER DELETE ON hearing_attendance
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'hearing_attendance' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'hearing_attendance', OLD.id,
        coalesce((SELECT p.case_id FROM hearings h JOIN proceedings p ON p.id = h.proceeding_id WHERE h.id = OLD.hearing_id), (SELECT case_id FROM transfer_tombstones WHERE table_name = 'hearings' AND record_id = OLD.hearing_id)),
        NULL,
        'hearings:' || OLD.hearing_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'hearing_attendance' AND record_id = OLD.id;
END;

CREATE TRIGGER tombstone_missing_actions AFTER DELETE ON missing_actions
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'missing_actions' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'missing_actions', OLD.id,
        coalesce((SELECT case_id FROM missing_searches WHERE id = OLD.search_id), (SELECT case_id FROM transfer_tombstones WHERE table_name = 'missing_searches' AND record_id = OLD.search_id)),
        NULL,
        'missing_searches:' || OLD.search_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'missing_actions' AND record_id = OLD.id;
END;

CREATE TRIGGER tombstone_missing_status_changes AFTER DELETE ON missing_status_changes
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'missing_status_changes' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'missing_status_changes', OLD.id,
        coalesce((SELECT case_id FROM missing_searches WHERE id = OLD.search_id), (SELECT case_id FROM transfer_tombstones WHERE table_name = 'missing_searches' AND record_id = OLD.search_id)),
        NULL,
        'missing_searches:' || OLD.search_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'missing_status_changes' AND record_id = OLD.id;
END;

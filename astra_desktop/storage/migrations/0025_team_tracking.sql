-- Schema 25: team sync keeps track of what changed (issue 21).
--
-- team_dirty: a shared case whose records changed since it was last published. Triggers on every
-- table a case transfer carries (storage/transfer_tables.py finds them through foreign keys to
-- clients and cases; tests/test_team_sync_track.py checks that each has its three triggers) count
-- each insert, update and delete into the case's row, so a change that does not move the case's
-- or client's time (hearing attendance, a document, a related person, a missing-person record) is
-- published at the next sync on its own. Publishing deletes the row only if its count is still
-- the one it read, so a change made while publishing is never lost. Cases not shared with the
-- office cost one lookup in an (often empty) table per write.
--
-- team_acks: per device, how far it has applied each device's files (what its own files say;
-- this vault's own row is what it last said). A device deletes its old files only when every
-- device still in the team has applied them and a snapshot covers them.
-- team_snapshots: the snapshot files this vault knows of (written here or read), with the
-- sequence numbers of every device each one covers.
--
-- None of these tables has a foreign key to clients or cases (see schema 24).

CREATE TABLE team_dirty (
    case_id TEXT PRIMARY KEY,
    n       INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE team_acks (
    device_id TEXT NOT NULL,             -- the device that says so
    of_device TEXT NOT NULL,             -- whose files
    seq       INTEGER NOT NULL,          -- applied up to this number
    PRIMARY KEY (device_id, of_device)
) WITHOUT ROWID;

CREATE TABLE team_snapshots (
    device_id TEXT NOT NULL,             -- the device that wrote it
    seq       INTEGER NOT NULL,          -- its number in that device's subfolder
    covers    TEXT NOT NULL,             -- JSON: device id -> last file of it the snapshot holds
    seen_at   TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
) WITHOUT ROWID;

-- Cases shared before this schema: looked at once more at the next sync (their digests compare
-- what is published, so only those that changed are written).
INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases;

-- clients
CREATE TRIGGER team_dirty_clients_ins AFTER INSERT ON clients BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT id FROM cases WHERE client_id = NEW.id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_clients_upd AFTER UPDATE ON clients BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT id FROM cases WHERE (client_id = NEW.id OR client_id = OLD.id))
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_clients_del AFTER DELETE ON clients BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT id FROM cases WHERE client_id = OLD.id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- cases
CREATE TRIGGER team_dirty_cases_ins AFTER INSERT ON cases BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = NEW.id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_cases_upd AFTER UPDATE ON cases BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases WHERE case_id = NEW.id
    UNION ALL SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.id AND OLD.id IS NOT NEW.id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_cases_del AFTER DELETE ON cases BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- consents
CREATE TRIGGER team_dirty_consents_ins AFTER INSERT ON consents BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT id FROM cases WHERE client_id = NEW.client_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_consents_upd AFTER UPDATE ON consents BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT id FROM cases WHERE (client_id = NEW.client_id OR client_id = OLD.client_id))
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_consents_del AFTER DELETE ON consents BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT id FROM cases WHERE client_id = OLD.client_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- related_persons
CREATE TRIGGER team_dirty_related_persons_ins AFTER INSERT ON related_persons BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT id FROM cases WHERE client_id = NEW.client_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_related_persons_upd AFTER UPDATE ON related_persons BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT id FROM cases WHERE (client_id = NEW.client_id OR client_id = OLD.client_id))
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_related_persons_del AFTER DELETE ON related_persons BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT id FROM cases WHERE client_id = OLD.client_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- appointments
CREATE TRIGGER team_dirty_appointments_ins AFTER INSERT ON appointments BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_appointments_upd AFTER UPDATE ON appointments BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases WHERE case_id = NEW.case_id
    UNION ALL SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id AND OLD.case_id IS NOT NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_appointments_del AFTER DELETE ON appointments BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- contact_notes
CREATE TRIGGER team_dirty_contact_notes_ins AFTER INSERT ON contact_notes BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_contact_notes_upd AFTER UPDATE ON contact_notes BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases WHERE case_id = NEW.case_id
    UNION ALL SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id AND OLD.case_id IS NOT NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_contact_notes_del AFTER DELETE ON contact_notes BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- documents
CREATE TRIGGER team_dirty_documents_ins AFTER INSERT ON documents BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_documents_upd AFTER UPDATE ON documents BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases WHERE case_id = NEW.case_id
    UNION ALL SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id AND OLD.case_id IS NOT NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_documents_del AFTER DELETE ON documents BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- hotline_calls
CREATE TRIGGER team_dirty_hotline_calls_ins AFTER INSERT ON hotline_calls BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_hotline_calls_upd AFTER UPDATE ON hotline_calls BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases WHERE case_id = NEW.case_id
    UNION ALL SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id AND OLD.case_id IS NOT NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_hotline_calls_del AFTER DELETE ON hotline_calls BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- proceedings
CREATE TRIGGER team_dirty_proceedings_ins AFTER INSERT ON proceedings BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_proceedings_upd AFTER UPDATE ON proceedings BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases WHERE case_id = NEW.case_id
    UNION ALL SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id AND OLD.case_id IS NOT NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_proceedings_del AFTER DELETE ON proceedings BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- referrals
CREATE TRIGGER team_dirty_referrals_ins AFTER INSERT ON referrals BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_referrals_upd AFTER UPDATE ON referrals BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases WHERE case_id = NEW.case_id
    UNION ALL SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id AND OLD.case_id IS NOT NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_referrals_del AFTER DELETE ON referrals BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- risk_assessments
CREATE TRIGGER team_dirty_risk_assessments_ins AFTER INSERT ON risk_assessments BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_risk_assessments_upd AFTER UPDATE ON risk_assessments BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases WHERE case_id = NEW.case_id
    UNION ALL SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id AND OLD.case_id IS NOT NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_risk_assessments_del AFTER DELETE ON risk_assessments BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- risk_events
CREATE TRIGGER team_dirty_risk_events_ins AFTER INSERT ON risk_events BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_risk_events_upd AFTER UPDATE ON risk_events BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases WHERE case_id = NEW.case_id
    UNION ALL SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id AND OLD.case_id IS NOT NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_risk_events_del AFTER DELETE ON risk_events BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- services
CREATE TRIGGER team_dirty_services_ins AFTER INSERT ON services BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_services_upd AFTER UPDATE ON services BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases WHERE case_id = NEW.case_id
    UNION ALL SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id AND OLD.case_id IS NOT NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_services_del AFTER DELETE ON services BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- claims
CREATE TRIGGER team_dirty_claims_ins AFTER INSERT ON claims BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_claims_upd AFTER UPDATE ON claims BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases WHERE case_id = NEW.case_id
    UNION ALL SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id AND OLD.case_id IS NOT NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_claims_del AFTER DELETE ON claims BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- missing_searches
CREATE TRIGGER team_dirty_missing_searches_ins AFTER INSERT ON missing_searches BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_missing_searches_upd AFTER UPDATE ON missing_searches BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases WHERE case_id = NEW.case_id
    UNION ALL SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id AND OLD.case_id IS NOT NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_missing_searches_del AFTER DELETE ON missing_searches BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- safety_actions
CREATE TRIGGER team_dirty_safety_actions_ins AFTER INSERT ON safety_actions BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_safety_actions_upd AFTER UPDATE ON safety_actions BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases WHERE case_id = NEW.case_id
    UNION ALL SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id AND OLD.case_id IS NOT NEW.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_safety_actions_del AFTER DELETE ON safety_actions BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = OLD.case_id
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- appointment_workers
CREATE TRIGGER team_dirty_appointment_workers_ins AFTER INSERT ON appointment_workers BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM appointments WHERE id = NEW.appointment_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_appointment_workers_upd AFTER UPDATE ON appointment_workers BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM appointments WHERE (id = NEW.appointment_id OR id = OLD.appointment_id))
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_appointment_workers_del AFTER DELETE ON appointment_workers BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM appointments WHERE id = OLD.appointment_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- defendants
CREATE TRIGGER team_dirty_defendants_ins AFTER INSERT ON defendants BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM proceedings WHERE id = NEW.proceeding_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_defendants_upd AFTER UPDATE ON defendants BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM proceedings WHERE (id = NEW.proceeding_id OR id = OLD.proceeding_id))
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_defendants_del AFTER DELETE ON defendants BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM proceedings WHERE id = OLD.proceeding_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- document_chunks
CREATE TRIGGER team_dirty_document_chunks_ins AFTER INSERT ON document_chunks BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM documents WHERE id = NEW.document_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_document_chunks_upd AFTER UPDATE ON document_chunks BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM documents WHERE (id = NEW.document_id OR id = OLD.document_id))
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_document_chunks_del AFTER DELETE ON document_chunks BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM documents WHERE id = OLD.document_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- hearings
CREATE TRIGGER team_dirty_hearings_ins AFTER INSERT ON hearings BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM proceedings WHERE id = NEW.proceeding_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_hearings_upd AFTER UPDATE ON hearings BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM proceedings WHERE (id = NEW.proceeding_id OR id = OLD.proceeding_id))
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_hearings_del AFTER DELETE ON hearings BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM proceedings WHERE id = OLD.proceeding_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- charges
CREATE TRIGGER team_dirty_charges_ins AFTER INSERT ON charges BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM proceedings WHERE id = NEW.proceeding_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_charges_upd AFTER UPDATE ON charges BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM proceedings WHERE (id = NEW.proceeding_id OR id = OLD.proceeding_id))
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_charges_del AFTER DELETE ON charges BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM proceedings WHERE id = OLD.proceeding_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- missing_actions
CREATE TRIGGER team_dirty_missing_actions_ins AFTER INSERT ON missing_actions BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM missing_searches WHERE id = NEW.search_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_missing_actions_upd AFTER UPDATE ON missing_actions BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM missing_searches WHERE (id = NEW.search_id OR id = OLD.search_id))
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_missing_actions_del AFTER DELETE ON missing_actions BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM missing_searches WHERE id = OLD.search_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- missing_inquiries
CREATE TRIGGER team_dirty_missing_inquiries_ins AFTER INSERT ON missing_inquiries BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM missing_searches WHERE id = NEW.search_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_missing_inquiries_upd AFTER UPDATE ON missing_inquiries BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM missing_searches WHERE (id = NEW.search_id OR id = OLD.search_id))
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_missing_inquiries_del AFTER DELETE ON missing_inquiries BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM missing_searches WHERE id = OLD.search_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- missing_status_changes
CREATE TRIGGER team_dirty_missing_status_changes_ins AFTER INSERT ON missing_status_changes BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM missing_searches WHERE id = NEW.search_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_missing_status_changes_upd AFTER UPDATE ON missing_status_changes BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM missing_searches WHERE (id = NEW.search_id OR id = OLD.search_id))
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_missing_status_changes_del AFTER DELETE ON missing_status_changes BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT case_id FROM missing_searches WHERE id = OLD.search_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- hearing_attendance
CREATE TRIGGER team_dirty_hearing_attendance_ins AFTER INSERT ON hearing_attendance BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT p.case_id FROM hearings h JOIN proceedings p ON p.id = h.proceeding_id
                      WHERE h.id = NEW.hearing_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_hearing_attendance_upd AFTER UPDATE ON hearing_attendance BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT p.case_id FROM hearings h JOIN proceedings p ON p.id = h.proceeding_id
                      WHERE (h.id = NEW.hearing_id OR h.id = OLD.hearing_id))
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER team_dirty_hearing_attendance_del AFTER DELETE ON hearing_attendance BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id IN (SELECT p.case_id FROM hearings h JOIN proceedings p ON p.id = h.proceeding_id
                      WHERE h.id = OLD.hearing_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;

-- tombstones (a deletion also fires the deleted record's own trigger; this one covers a
-- tombstone written by a transfer)
CREATE TRIGGER team_dirty_tombstones_ins AFTER INSERT ON transfer_tombstones BEGIN
    INSERT INTO team_dirty (case_id, n) SELECT case_id, 1 FROM team_shared_cases
    WHERE case_id = NEW.case_id OR case_id IN (SELECT id FROM cases WHERE client_id = NEW.client_id)
    ON CONFLICT (case_id) DO UPDATE SET n = n + 1;
END;


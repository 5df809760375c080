-- Schema 12: a case's "Last change" moves when anything in its file changes.
--
-- Why: only editing the client or the case form set cases.updated_at, so a case whose notes,
-- documents, appointments, hearings or risk assessments were added that day still showed its last
-- form edit, and sorted by "Last change" it sank in the list. Triggers, not the services, so that
-- no writer (today's or a future one, transfer and restore included) can forget it. The time is
-- written in the services' own format (ISO 8601, seconds, UTC).

CREATE TRIGGER contact_notes_touch_case_insert AFTER INSERT ON contact_notes
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = NEW.case_id;
END;

CREATE TRIGGER contact_notes_touch_case_update AFTER UPDATE ON contact_notes
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = NEW.case_id;
END;

CREATE TRIGGER contact_notes_touch_case_delete AFTER DELETE ON contact_notes
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = OLD.case_id;
END;

CREATE TRIGGER services_touch_case_insert AFTER INSERT ON services
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = NEW.case_id;
END;

CREATE TRIGGER services_touch_case_update AFTER UPDATE ON services
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = NEW.case_id;
END;

CREATE TRIGGER services_touch_case_delete AFTER DELETE ON services
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = OLD.case_id;
END;

CREATE TRIGGER referrals_touch_case_insert AFTER INSERT ON referrals
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = NEW.case_id;
END;

CREATE TRIGGER referrals_touch_case_update AFTER UPDATE ON referrals
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = NEW.case_id;
END;

CREATE TRIGGER referrals_touch_case_delete AFTER DELETE ON referrals
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = OLD.case_id;
END;

CREATE TRIGGER documents_touch_case_insert AFTER INSERT ON documents
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = NEW.case_id;
END;

CREATE TRIGGER documents_touch_case_update AFTER UPDATE ON documents
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = NEW.case_id;
END;

CREATE TRIGGER documents_touch_case_delete AFTER DELETE ON documents
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = OLD.case_id;
END;

CREATE TRIGGER appointments_touch_case_insert AFTER INSERT ON appointments
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = NEW.case_id;
END;

CREATE TRIGGER appointments_touch_case_update AFTER UPDATE ON appointments
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = NEW.case_id;
END;

CREATE TRIGGER appointments_touch_case_delete AFTER DELETE ON appointments
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = OLD.case_id;
END;

CREATE TRIGGER proceedings_touch_case_insert AFTER INSERT ON proceedings
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = NEW.case_id;
END;

CREATE TRIGGER proceedings_touch_case_update AFTER UPDATE ON proceedings
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = NEW.case_id;
END;

CREATE TRIGGER proceedings_touch_case_delete AFTER DELETE ON proceedings
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = OLD.case_id;
END;

CREATE TRIGGER risk_assessments_touch_case_insert AFTER INSERT ON risk_assessments
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = NEW.case_id;
END;

CREATE TRIGGER risk_assessments_touch_case_update AFTER UPDATE ON risk_assessments
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = NEW.case_id;
END;

CREATE TRIGGER risk_assessments_touch_case_delete AFTER DELETE ON risk_assessments
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = OLD.case_id;
END;

CREATE TRIGGER safety_actions_touch_case_insert AFTER INSERT ON safety_actions
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = NEW.case_id;
END;

CREATE TRIGGER safety_actions_touch_case_update AFTER UPDATE ON safety_actions
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = NEW.case_id;
END;

CREATE TRIGGER safety_actions_touch_case_delete AFTER DELETE ON safety_actions
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = OLD.case_id;
END;

CREATE TRIGGER risk_events_touch_case_insert AFTER INSERT ON risk_events
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = NEW.case_id;
END;

CREATE TRIGGER risk_events_touch_case_update AFTER UPDATE ON risk_events
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = NEW.case_id;
END;

CREATE TRIGGER risk_events_touch_case_delete AFTER DELETE ON risk_events
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = OLD.case_id;
END;

CREATE TRIGGER hearings_touch_case_insert AFTER INSERT ON hearings
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
    WHERE id = (SELECT case_id FROM proceedings WHERE id = NEW.proceeding_id);
END;

CREATE TRIGGER hearings_touch_case_update AFTER UPDATE ON hearings
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
    WHERE id = (SELECT case_id FROM proceedings WHERE id = NEW.proceeding_id);
END;

CREATE TRIGGER hearings_touch_case_delete AFTER DELETE ON hearings
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
    WHERE id = (SELECT case_id FROM proceedings WHERE id = OLD.proceeding_id);
END;

CREATE TRIGGER defendants_touch_case_insert AFTER INSERT ON defendants
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
    WHERE id = (SELECT case_id FROM proceedings WHERE id = NEW.proceeding_id);
END;

CREATE TRIGGER defendants_touch_case_update AFTER UPDATE ON defendants
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
    WHERE id = (SELECT case_id FROM proceedings WHERE id = NEW.proceeding_id);
END;

CREATE TRIGGER defendants_touch_case_delete AFTER DELETE ON defendants
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
    WHERE id = (SELECT case_id FROM proceedings WHERE id = OLD.proceeding_id);
END;

CREATE TRIGGER charges_touch_case_insert AFTER INSERT ON charges
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
    WHERE id = (SELECT case_id FROM proceedings WHERE id = NEW.proceeding_id);
END;

CREATE TRIGGER charges_touch_case_update AFTER UPDATE ON charges
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
    WHERE id = (SELECT case_id FROM proceedings WHERE id = NEW.proceeding_id);
END;

CREATE TRIGGER charges_touch_case_delete AFTER DELETE ON charges
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
    WHERE id = (SELECT case_id FROM proceedings WHERE id = OLD.proceeding_id);
END;

CREATE TRIGGER consents_touch_case_insert AFTER INSERT ON consents
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE client_id = NEW.client_id;
END;

CREATE TRIGGER consents_touch_case_update AFTER UPDATE ON consents
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE client_id = NEW.client_id;
END;

CREATE TRIGGER consents_touch_case_delete AFTER DELETE ON consents
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE client_id = OLD.client_id;
END;

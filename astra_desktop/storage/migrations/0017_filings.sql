-- Schema 17: what a filing in podnesak form needs from the proceeding (issue 19).
--
-- The stage decides who receives a filing: the public prosecutor during the investigation, the
-- court of first instance after the indictment, the appellate court on appeal. The appellate
-- court and its case number ("Kž1 …") join the court's ("K …") and the prosecutor's ("KT …").
-- The court's designation of the injured party (initials, a protected witness's pseudonym) is
-- what a filing says in place of her name when the client is shown by case code only. Powers of
-- attorney given for the proceeding are a JSON list (lawyer, date, scope).
--
-- Existing proceedings: those with a court or a court case number recorded are before the court
-- of first instance; the others are still in the investigation. Setting the stage is no change
-- of the case: its "Last change" trigger (schema 12) is set aside while the stage is filled in.

ALTER TABLE proceedings ADD COLUMN stage TEXT NOT NULL DEFAULT 'investigation';
ALTER TABLE proceedings ADD COLUMN appellate_court TEXT NOT NULL DEFAULT '';
ALTER TABLE proceedings ADD COLUMN appellate_case_number TEXT NOT NULL DEFAULT '';
ALTER TABLE proceedings ADD COLUMN court_designation TEXT NOT NULL DEFAULT '';
ALTER TABLE proceedings ADD COLUMN powers_of_attorney TEXT NOT NULL DEFAULT '[]';

DROP TRIGGER proceedings_touch_case_update;
UPDATE proceedings SET stage = 'first-instance' WHERE court <> '' OR court_case_number <> '';
CREATE TRIGGER proceedings_touch_case_update AFTER UPDATE ON proceedings
BEGIN
    UPDATE cases SET updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now') WHERE id = NEW.case_id;
END;

-- Schema 19: the facts the court documents must get right (issue 19, item 6).
--
-- A proceeding records the plea agreement (its date and terms, beside the existing yes/no), the
-- judgment's paragraph of the article convicted under, the sentence as pronounced (the months
-- stay for the monitoring figures) and who appealed (a JSON list; empty: not recorded, ["none"]:
-- no appeal was lodged).
--
-- A case records the day it was closed: the letter confirming support ends on it, never on the
-- day the record was last edited. The vault sets it the moment the status becomes closed (or
-- closed-referred) and clears it when the case is reopened; a date written with the status (a
-- transferred case) is kept. Cases closed before this version have no closing date: the letter
-- says the case is closed without inventing one.

ALTER TABLE proceedings ADD COLUMN convicted_paragraph TEXT NOT NULL DEFAULT '';
ALTER TABLE proceedings ADD COLUMN sentence TEXT NOT NULL DEFAULT '';
ALTER TABLE proceedings ADD COLUMN appealed_by TEXT NOT NULL DEFAULT '[]';
ALTER TABLE proceedings ADD COLUMN plea_agreement_on TEXT;
ALTER TABLE proceedings ADD COLUMN plea_terms TEXT NOT NULL DEFAULT '';

ALTER TABLE cases ADD COLUMN closed_on TEXT;

CREATE TRIGGER cases_closed_on_set AFTER UPDATE OF status ON cases
WHEN NEW.status LIKE 'closed%' AND OLD.status NOT LIKE 'closed%' AND NEW.closed_on IS NULL
BEGIN
    UPDATE cases SET closed_on = date('now', 'localtime') WHERE id = NEW.id;
END;

CREATE TRIGGER cases_closed_on_cleared AFTER UPDATE OF status ON cases
WHEN NEW.status NOT LIKE 'closed%' AND NEW.closed_on IS NOT NULL
BEGIN
    UPDATE cases SET closed_on = NULL WHERE id = NEW.id;
END;

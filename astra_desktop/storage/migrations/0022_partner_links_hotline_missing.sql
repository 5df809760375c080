-- Schema 22 (issue 20, items 1 and 3): referrals, hotline referrals and missing-person inquiries
-- point to the partners registry (schema 21); hotline calls and missing-person searches hold what
-- the line team records. Columns are only added: every free-text value already written stays
-- where it was and is still shown (a referral's `organisation`, a call's `referral`).
--
-- A partner is pointed to with `partner_id TEXT REFERENCES partners (id)` and no ON DELETE action
-- (a partner is never deleted, schema 21), plus a partial index for the per-partner counts. The
-- free-text column next to it keeps the name as it was written when the record was made, and is
-- the only name of an organisation that is not in the registry.

-- Referrals of a case file: the partner referred to (or from).
ALTER TABLE referrals ADD COLUMN partner_id TEXT REFERENCES partners (id);
CREATE INDEX referrals_partner ON referrals (partner_id) WHERE partner_id IS NOT NULL;

-- Hotline calls. "Anonymous" becomes a flag of its own, so an anonymous possible victim counts as
-- a possible victim: the caller's role "anonymous" becomes "unknown" (not said) with the flag
-- set. Before schema 22 nothing but the call-back contact could name a caller, so a call without
-- one is anonymous too. The person concerned (often not the caller) is described by sex, age or
-- age band and nationality only; the place and kinds of exploitation are what was reported.
ALTER TABLE hotline_calls ADD COLUMN anonymous INTEGER NOT NULL DEFAULT 1;
ALTER TABLE hotline_calls ADD COLUMN channel TEXT NOT NULL DEFAULT 'phone';
ALTER TABLE hotline_calls ADD COLUMN person_sex TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE hotline_calls ADD COLUMN person_age INTEGER;
ALTER TABLE hotline_calls ADD COLUMN person_age_band TEXT NOT NULL DEFAULT '';
ALTER TABLE hotline_calls ADD COLUMN person_nationality TEXT NOT NULL DEFAULT '';
ALTER TABLE hotline_calls ADD COLUMN exploitation_types TEXT NOT NULL DEFAULT '[]';
ALTER TABLE hotline_calls ADD COLUMN exploitation_city TEXT NOT NULL DEFAULT '';
ALTER TABLE hotline_calls ADD COLUMN exploitation_country TEXT NOT NULL DEFAULT '';
ALTER TABLE hotline_calls ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE hotline_calls ADD COLUMN follow_up_due TEXT;
ALTER TABLE hotline_calls ADD COLUMN follow_up_owner TEXT REFERENCES users (id);
ALTER TABLE hotline_calls ADD COLUMN partner_id TEXT REFERENCES partners (id);
UPDATE hotline_calls
SET anonymous = CASE WHEN caller_type = 'anonymous' OR caller_contact = '' THEN 1 ELSE 0 END;
UPDATE hotline_calls SET caller_type = 'unknown' WHERE caller_type = 'anonymous';
CREATE INDEX hotline_calls_partner ON hotline_calls (partner_id) WHERE partner_id IS NOT NULL;

-- Missing-person searches: the police report, the person's age (a minor is flagged even when the
-- age is not known), where the person was last seen and is believed to be, and how the search
-- ended. The status keeps its five values (its CHECK is part of the table); `outcome` says what
-- a closed or found search came to: found alive, found deceased, found but does not want contact,
-- still missing. Searches found before schema 22 were found alive; one closed before it has no
-- recorded outcome ('').
ALTER TABLE missing_searches ADD COLUMN police_report_number TEXT NOT NULL DEFAULT '';
ALTER TABLE missing_searches ADD COLUMN police_station TEXT NOT NULL DEFAULT '';
ALTER TABLE missing_searches ADD COLUMN police_reported_on TEXT;
ALTER TABLE missing_searches ADD COLUMN person_age INTEGER;
ALTER TABLE missing_searches ADD COLUMN minor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE missing_searches ADD COLUMN last_seen_country TEXT NOT NULL DEFAULT '';
ALTER TABLE missing_searches ADD COLUMN believed_country TEXT NOT NULL DEFAULT '';
ALTER TABLE missing_searches ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
UPDATE missing_searches SET outcome = 'found-alive' WHERE status IN ('found-safe', 'found-exploited');
ALTER TABLE missing_status_changes ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
UPDATE missing_status_changes SET outcome = 'found-alive'
WHERE status IN ('found-safe', 'found-exploited');

-- Which partners were asked about a search, when, and what they answered (answered_on and
-- answer stay empty until they do). partner_name is the name as asked: the registry's name at
-- the time, or the only name of an organisation not in the registry.
CREATE TABLE missing_inquiries (
    id           TEXT PRIMARY KEY,
    search_id    TEXT NOT NULL REFERENCES missing_searches (id) ON DELETE CASCADE,
    partner_id   TEXT REFERENCES partners (id),
    partner_name TEXT NOT NULL CHECK (partner_name <> ''),
    asked_on     TEXT NOT NULL,
    answered_on  TEXT,
    answer       TEXT NOT NULL DEFAULT '',
    answer_note  TEXT NOT NULL DEFAULT '',
    created_by   TEXT REFERENCES users (id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX missing_inquiries_search ON missing_inquiries (search_id, asked_on);
CREATE INDEX missing_inquiries_partner ON missing_inquiries (partner_id)
    WHERE partner_id IS NOT NULL;

-- Inquiries travel with their search in a case transfer, so a deleted one leaves a tombstone like
-- every other transferred record (schema 10): the case is the search's, or, when the search was
-- deleted with it, the one in the search's tombstone.
CREATE TRIGGER tombstone_missing_inquiries AFTER DELETE ON missing_inquiries
WHEN EXISTS (SELECT 1 FROM transfer_log WHERE table_name = 'missing_inquiries' AND record_id = OLD.id)
BEGIN
    INSERT OR REPLACE INTO transfer_tombstones
        (table_name, record_id, case_id, client_id, parent, known, deleted_at, deleted_by)
    SELECT 'missing_inquiries', OLD.id,
        coalesce((SELECT case_id FROM missing_searches WHERE id = OLD.search_id), (SELECT case_id FROM transfer_tombstones WHERE table_name = 'missing_searches' AND record_id = OLD.search_id)),
        NULL,
        'missing_searches:' || OLD.search_id,
        known, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        (SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1)
    FROM transfer_log WHERE table_name = 'missing_inquiries' AND record_id = OLD.id;
END;

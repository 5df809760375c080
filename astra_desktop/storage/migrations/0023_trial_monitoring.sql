-- Schema 23: trial monitoring (issue 20, item 2).
--
-- Hearings record who was summoned, who came and who testified, the witnesses as counts, and which
-- party caused a postponement (defence, prosecution, court, victim, other). Charges record the
-- paragraph of the article, so a re-qualification within Art. 388 (paragraph 6 to paragraph 1) is
-- seen. A proceeding records the day the written judgment was served (the appeal period runs from
-- it, not from the pronouncement) and the compensation claimed.
--
-- Monitored trials are trials the organisation follows without a client of its own: no case, no
-- client, the injured parties as codes only (never names). Their defendants and charges use the
-- same records as a client's proceeding (the column `proceeding_id` names the monitored trial), so
-- the re-qualification rules and the figures read both alike. They are vault-wide records, like
-- hotline calls: anyone whose role reads cases sees them; no case assignment applies.
-- Existing rows keep their data: only columns with defaults and new tables are added.

ALTER TABLE charges ADD COLUMN paragraph TEXT NOT NULL DEFAULT '';

ALTER TABLE hearings ADD COLUMN postponed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE hearings ADD COLUMN witnesses_summoned INTEGER;
ALTER TABLE hearings ADD COLUMN witnesses_appeared INTEGER;
ALTER TABLE hearings ADD COLUMN witnesses_testified INTEGER;

-- summoned: NULL when not recorded (attendance recorded before schema 23).
ALTER TABLE hearing_attendance ADD COLUMN summoned INTEGER;
ALTER TABLE hearing_attendance ADD COLUMN testified INTEGER NOT NULL DEFAULT 0;

ALTER TABLE proceedings ADD COLUMN judgment_served_on TEXT;
ALTER TABLE proceedings ADD COLUMN compensation_claimed INTEGER;

CREATE TABLE monitored_trials (
    id                       TEXT PRIMARY KEY,
    court                    TEXT NOT NULL DEFAULT '',
    court_case_number        TEXT NOT NULL DEFAULT '',
    prosecution_case_number  TEXT NOT NULL DEFAULT '',
    prosecutor_office        TEXT NOT NULL DEFAULT '',
    judge                    TEXT NOT NULL DEFAULT '',
    injured_parties          TEXT NOT NULL DEFAULT '[]',
    opened_on                TEXT,
    verdict                  TEXT NOT NULL DEFAULT 'pending',
    verdict_on               TEXT,
    convicted_article        TEXT NOT NULL DEFAULT '',
    convicted_paragraph      TEXT NOT NULL DEFAULT '',
    convicted_offence        TEXT NOT NULL DEFAULT '',
    sentence                 TEXT NOT NULL DEFAULT '',
    sentence_months          INTEGER,
    plea_agreement           INTEGER NOT NULL DEFAULT 0,
    plea_agreement_on        TEXT,
    judgment_served_on       TEXT,
    appealed_by              TEXT NOT NULL DEFAULT '[]',
    compensation_claimed     INTEGER,
    compensation_awarded     INTEGER,
    property_claim_decision  TEXT NOT NULL DEFAULT 'none',
    notes                    TEXT NOT NULL DEFAULT '',
    created_at               TEXT NOT NULL,
    updated_at               TEXT NOT NULL,
    version                  INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX monitored_trials_verdict ON monitored_trials (verdict_on);

CREATE TABLE trial_defendants (
    id            TEXT PRIMARY KEY,
    proceeding_id TEXT NOT NULL REFERENCES monitored_trials (id) ON DELETE CASCADE,
    label         TEXT NOT NULL,
    role          TEXT NOT NULL DEFAULT 'other',
    notes         TEXT NOT NULL DEFAULT '',
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX trial_defendants_trial ON trial_defendants (proceeding_id);

CREATE TABLE trial_charges (
    id            TEXT PRIMARY KEY,
    proceeding_id TEXT NOT NULL REFERENCES monitored_trials (id) ON DELETE CASCADE,
    defendant_id  TEXT REFERENCES trial_defendants (id) ON DELETE CASCADE,
    article       TEXT NOT NULL,
    paragraph     TEXT NOT NULL DEFAULT '',
    offence       TEXT NOT NULL DEFAULT '',
    qualified_on  TEXT NOT NULL,
    replaces_id   TEXT REFERENCES trial_charges (id) ON DELETE CASCADE,
    note          TEXT NOT NULL DEFAULT '',
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX trial_charges_trial ON trial_charges (proceeding_id, qualified_on);

CREATE TABLE trial_hearings (
    id                  TEXT PRIMARY KEY,
    trial_id            TEXT NOT NULL REFERENCES monitored_trials (id) ON DELETE CASCADE,
    held_on             TEXT NOT NULL,
    kind                TEXT NOT NULL DEFAULT 'main-hearing',
    status              TEXT NOT NULL DEFAULT 'held'
                        CHECK (status IN ('planned', 'held', 'missed', 'postponed', 'cancelled')),
    postponed_by        TEXT NOT NULL DEFAULT '',
    postponement_reason TEXT NOT NULL DEFAULT '',
    witnesses_summoned  INTEGER,
    witnesses_appeared  INTEGER,
    witnesses_testified INTEGER,
    notes               TEXT NOT NULL DEFAULT '',
    version             INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX trial_hearings_trial ON trial_hearings (trial_id, held_on);

-- One row per injured party (by code) or defendant at a hearing.
CREATE TABLE trial_attendance (
    id            TEXT PRIMARY KEY,
    hearing_id    TEXT NOT NULL REFERENCES trial_hearings (id) ON DELETE CASCADE,
    party         TEXT NOT NULL,
    defendant_id  TEXT REFERENCES trial_defendants (id) ON DELETE CASCADE,
    injured_party TEXT NOT NULL DEFAULT '',
    summoned      INTEGER,
    present       INTEGER NOT NULL,
    testified     INTEGER NOT NULL DEFAULT 0,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX trial_attendance_person
    ON trial_attendance (hearing_id, party, coalesce(defendant_id, ''), injured_party);

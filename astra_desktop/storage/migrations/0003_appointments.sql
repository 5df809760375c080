-- Schema 3: appointments (court hearings among them), criminal proceedings, charges with their
-- re-qualification history, defendants, hearings with attendance per person.
-- Appointment times are local wall-clock times in Europe/Belgrade ('yyyy-mm-ddThh:mm:ss'): a hearing
-- at 09:00 stays at 09:00 whatever the daylight-saving rules do. Lists are JSON arrays.

CREATE TABLE appointments (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    starts_at   TEXT NOT NULL,
    ends_at     TEXT NOT NULL,
    place       TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'held', 'missed', 'postponed', 'cancelled')),
    outcome     TEXT NOT NULL DEFAULT '',
    series_id   TEXT,
    recurrence  TEXT NOT NULL DEFAULT '',
    reminders   TEXT NOT NULL DEFAULT '[]',
    created_by  TEXT REFERENCES users (id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_at >= starts_at)
);
-- Covering indexes: the agenda's id lists and the month view read the index alone, never the
-- table (on 100,000 appointments a table lookup per row made "all upcoming" 30 times slower).
CREATE INDEX appointments_starts ON appointments (starts_at, id, case_id, status, ends_at, kind);
CREATE INDEX appointments_case ON appointments (case_id, starts_at);
CREATE INDEX appointments_series ON appointments (series_id) WHERE series_id IS NOT NULL;
-- "Outcome to record": planned appointments that have ended.
CREATE INDEX appointments_open ON appointments (ends_at, id, case_id, starts_at)
    WHERE status = 'planned';

-- The workers who accompany the client (users of this vault).
CREATE TABLE appointment_workers (
    appointment_id TEXT NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,
    user_id        TEXT NOT NULL REFERENCES users (id),
    PRIMARY KEY (appointment_id, user_id)
) WITHOUT ROWID;
CREATE INDEX appointment_workers_user ON appointment_workers (user_id, appointment_id);

CREATE TABLE proceedings (
    id                       TEXT PRIMARY KEY,
    case_id                  TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    court                    TEXT NOT NULL DEFAULT '',
    court_case_number        TEXT NOT NULL DEFAULT '',
    prosecution_case_number  TEXT NOT NULL DEFAULT '',
    judge                    TEXT NOT NULL DEFAULT '',
    prosecutor_office        TEXT NOT NULL DEFAULT '',
    victim_roles             TEXT NOT NULL DEFAULT '[]',
    vulnerable_witness       TEXT NOT NULL DEFAULT 'not-requested',
    measures_ordered         TEXT NOT NULL DEFAULT '[]',
    opened_on                TEXT,
    first_instance_ended_on  TEXT,
    verdict                  TEXT NOT NULL DEFAULT 'pending',
    verdict_on               TEXT,
    convicted_article        TEXT NOT NULL DEFAULT '',
    convicted_offence        TEXT NOT NULL DEFAULT '',
    sentence_months          INTEGER,
    plea_agreement           INTEGER NOT NULL DEFAULT 0,
    victim_informed_of_plea  INTEGER,
    property_claim_filed_on  TEXT,
    property_claim_decision  TEXT NOT NULL DEFAULT 'none',
    compensation_awarded     INTEGER,
    compensation_paid        INTEGER,
    notes                    TEXT NOT NULL DEFAULT '',
    created_at               TEXT NOT NULL,
    updated_at               TEXT NOT NULL,
    version                  INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX proceedings_case ON proceedings (case_id);
CREATE INDEX proceedings_verdict ON proceedings (verdict_on);

CREATE TABLE defendants (
    id            TEXT PRIMARY KEY,
    proceeding_id TEXT NOT NULL REFERENCES proceedings (id) ON DELETE CASCADE,
    label         TEXT NOT NULL,
    role          TEXT NOT NULL DEFAULT 'other',
    notes         TEXT NOT NULL DEFAULT '',
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX defendants_proceeding ON defendants (proceeding_id);

-- One row per qualification of an offence; a re-qualification is a new, dated row that names the
-- row it replaces, so the whole history stays (Art. 388 on 12.03.2024 -> Art. 184 on 02.10.2025).
CREATE TABLE charges (
    id            TEXT PRIMARY KEY,
    proceeding_id TEXT NOT NULL REFERENCES proceedings (id) ON DELETE CASCADE,
    defendant_id  TEXT REFERENCES defendants (id) ON DELETE CASCADE,
    article       TEXT NOT NULL,
    offence       TEXT NOT NULL DEFAULT '',
    qualified_on  TEXT NOT NULL,
    replaces_id   TEXT REFERENCES charges (id) ON DELETE CASCADE,
    note          TEXT NOT NULL DEFAULT '',
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX charges_proceeding ON charges (proceeding_id, qualified_on);
CREATE INDEX charges_replaces ON charges (replaces_id);

-- A hearing is an appointment linked to a proceeding.
CREATE TABLE hearings (
    id                  TEXT PRIMARY KEY,
    appointment_id      TEXT NOT NULL UNIQUE REFERENCES appointments (id) ON DELETE CASCADE,
    proceeding_id       TEXT NOT NULL REFERENCES proceedings (id) ON DELETE CASCADE,
    kind                TEXT NOT NULL DEFAULT 'main-hearing',
    measures_applied    TEXT NOT NULL DEFAULT '[]',
    postponement_reason TEXT NOT NULL DEFAULT '',
    next_appointment_id TEXT REFERENCES appointments (id) ON DELETE SET NULL,
    version             INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX hearings_proceeding ON hearings (proceeding_id);

-- Who was in court: the victim, her lawyer, the prosecutor, each defendant and their counsel.
CREATE TABLE hearing_attendance (
    id           TEXT PRIMARY KEY,
    hearing_id   TEXT NOT NULL REFERENCES hearings (id) ON DELETE CASCADE,
    party        TEXT NOT NULL,
    defendant_id TEXT REFERENCES defendants (id) ON DELETE CASCADE,
    present      INTEGER NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX hearing_attendance_person
    ON hearing_attendance (hearing_id, party, coalesce(defendant_id, ''));

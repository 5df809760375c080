-- Schema 4: safety risk assessments, safety plans, risk events; the latest level on each case.

CREATE TABLE risk_instruments (
    id      TEXT NOT NULL,
    version INTEGER NOT NULL,
    body    TEXT NOT NULL,
    PRIMARY KEY (id, version)
);

CREATE TABLE risk_assessments (
    id                 TEXT PRIMARY KEY,
    case_id            TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    instrument_id      TEXT NOT NULL,
    instrument_version INTEGER NOT NULL,
    assessed_on        TEXT NOT NULL,
    assessor_id        TEXT,
    answers            TEXT NOT NULL,
    comments           TEXT NOT NULL DEFAULT '{}',
    own_words          TEXT NOT NULL DEFAULT '',
    score              INTEGER NOT NULL,
    band               TEXT NOT NULL,
    red_flags          TEXT NOT NULL DEFAULT '[]',
    severity           INTEGER NOT NULL,
    likelihood         TEXT NOT NULL,
    grid_level         TEXT NOT NULL,
    computed_level     TEXT NOT NULL,
    final_level        TEXT NOT NULL,
    override_reason    TEXT NOT NULL DEFAULT '',
    next_due           TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX risk_assessments_case ON risk_assessments (case_id, assessed_on);

CREATE TABLE safety_actions (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    assessment_id TEXT REFERENCES risk_assessments (id) ON DELETE SET NULL,
    action_key    TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL,
    owner         TEXT NOT NULL DEFAULT '',
    due_on        TEXT,
    status        TEXT NOT NULL DEFAULT 'open',
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX safety_actions_case ON safety_actions (case_id);

CREATE TABLE risk_events (
    id      TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind    TEXT NOT NULL,
    on_date TEXT NOT NULL,
    note    TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX risk_events_case ON risk_events (case_id, on_date);

ALTER TABLE cases ADD COLUMN risk_level TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN risk_due TEXT;
CREATE INDEX cases_risk ON cases (risk_level, risk_due);

-- Schema 1: users, case records, attachments in chunks, audit trail, search index.
-- Dates are ISO text (yyyy-mm-dd), timestamps ISO text in UTC; lists are JSON arrays.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value
) WITHOUT ROWID;

CREATE TABLE table_sums (
    name  TEXT PRIMARY KEY,
    total BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id          TEXT PRIMARY KEY,
    username    TEXT NOT NULL UNIQUE,
    role        TEXT NOT NULL CHECK (role IN ('admin', 'caseworker', 'lawyer', 'viewer')),
    slot_id     TEXT,
    active      INTEGER NOT NULL DEFAULT 1,
    all_cases   INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL
);

CREATE TABLE clients (
    id                        TEXT PRIMARY KEY,
    given_name                TEXT NOT NULL DEFAULT '',
    family_name               TEXT NOT NULL DEFAULT '',
    aliases                   TEXT NOT NULL DEFAULT '[]',
    date_of_birth             TEXT,
    estimated_age             INTEGER,
    gender                    TEXT NOT NULL DEFAULT 'unknown',
    citizenships              TEXT NOT NULL DEFAULT '[]',
    languages                 TEXT NOT NULL DEFAULT '[]',
    id_document_status        TEXT NOT NULL DEFAULT 'unknown',
    contact                   TEXT NOT NULL DEFAULT '',
    safe_contact_instructions TEXT NOT NULL DEFAULT '',
    children                  TEXT NOT NULL DEFAULT '',
    guardian                  TEXT NOT NULL DEFAULT '',
    sort_name                 TEXT NOT NULL DEFAULT '',
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL,
    version                   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX clients_sort ON clients (sort_name);

CREATE TABLE cases (
    id                     TEXT PRIMARY KEY,
    client_id              TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    case_code              TEXT NOT NULL UNIQUE,
    status                 TEXT NOT NULL DEFAULT 'active',
    closure_reason         TEXT NOT NULL DEFAULT '',
    trafficking_status     TEXT NOT NULL DEFAULT 'presumed',
    identified_by          TEXT NOT NULL DEFAULT '',
    identified_on          TEXT,
    exploitation_types     TEXT NOT NULL DEFAULT '[]',
    means_of_control       TEXT NOT NULL DEFAULT '[]',
    recruitment            TEXT NOT NULL DEFAULT '',
    places_of_exploitation TEXT NOT NULL DEFAULT '',
    referral_source        TEXT NOT NULL DEFAULT '',
    opened_on              TEXT,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    version                INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX cases_client ON cases (client_id);
CREATE INDEX cases_status ON cases (status);
CREATE INDEX cases_updated ON cases (updated_at);

CREATE TABLE case_assignments (
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id),
    PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_assignments_user ON case_assignments (user_id);

CREATE TABLE case_code_counters (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

CREATE TABLE contact_notes (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    occurred_at TEXT NOT NULL,
    kind        TEXT NOT NULL,
    author_id   TEXT REFERENCES users (id),
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX contact_notes_case ON contact_notes (case_id, occurred_at);

CREATE TABLE services (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    provided_on TEXT NOT NULL,
    ended_on    TEXT,
    provider    TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX services_case ON services (case_id);

CREATE TABLE referrals (
    id            TEXT PRIMARY KEY,
    case_id       TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    direction     TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    organisation  TEXT NOT NULL,
    referred_on   TEXT NOT NULL,
    reason        TEXT NOT NULL DEFAULT '',
    consent_given INTEGER NOT NULL DEFAULT 0,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX referrals_case ON referrals (case_id);

CREATE TABLE consents (
    id           TEXT PRIMARY KEY,
    client_id    TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    given_on     TEXT NOT NULL,
    scope        TEXT NOT NULL,
    withdrawn_on TEXT,
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX consents_client ON consents (client_id);

CREATE TABLE documents (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    filename    TEXT NOT NULL,
    mime        TEXT NOT NULL,
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    imported_by TEXT REFERENCES users (id)
);
CREATE INDEX documents_case ON documents (case_id);

CREATE TABLE document_chunks (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    data        BLOB NOT NULL,
    PRIMARY KEY (document_id, seq)
);

CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user_id   TEXT,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL DEFAULT '',
    entity_id TEXT NOT NULL DEFAULT '',
    detail    TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);

-- Folded text (see core/folding.py) per case and per note; prefix indexes for search-as-you-type.
CREATE VIRTUAL TABLE search_index USING fts5 (
    text,
    entity UNINDEXED,
    entity_id UNINDEXED,
    case_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- Schema 2: encrypted drafts of half-typed forms (kept when the vault locks) and vault settings.

CREATE TABLE drafts (
    key        TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL,
    payload    TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

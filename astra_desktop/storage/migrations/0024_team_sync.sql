-- Schema 24: team sync through a shared office folder (issue 21).
--
-- A vault belongs to at most one team. Its keys live here, inside the encrypted vault, never in
-- the folder: the team key of every epoch it was given (removing a device starts a new epoch),
-- this vault's own device identity (an Ed25519 signing key and an X25519 key the team keys are
-- sealed to), and the devices of the team with their public keys. Sync remembers which change
-- files of each device it has applied (in sequence order), which it holds back for a person's
-- choice, the number of the next file it writes, and per case whether it is shared with the
-- office and which state of it was last published.
--
-- None of these tables has a foreign key to clients or cases: a case transfer finds the records
-- it carries through such keys, and none of this may travel (storage/transfer_tables.py).

CREATE TABLE team (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    team_id      TEXT NOT NULL,
    name         TEXT NOT NULL DEFAULT '',
    device_id    TEXT NOT NULL,
    sign_key     BLOB NOT NULL,          -- this device's Ed25519 private key (raw 32 bytes)
    box_key      BLOB NOT NULL,          -- this device's X25519 private key (raw 32 bytes)
    roster_version INTEGER NOT NULL DEFAULT 0,
    next_seq     INTEGER NOT NULL DEFAULT 1,
    joined       INTEGER NOT NULL DEFAULT 0,  -- 0: a join request made, not yet joined
    folder       TEXT NOT NULL DEFAULT '',   -- the office folder this vault syncs with
    created_at   TEXT NOT NULL
);

CREATE TABLE team_keys (
    epoch INTEGER PRIMARY KEY,
    key   BLOB NOT NULL
);

CREATE TABLE team_devices (
    device_id   TEXT PRIMARY KEY,
    owner       TEXT NOT NULL DEFAULT '',
    sign_public BLOB NOT NULL,
    box_public  BLOB NOT NULL,
    admin       INTEGER NOT NULL DEFAULT 0,
    removed     INTEGER NOT NULL DEFAULT 0,
    last_seq    INTEGER,                 -- removed: files up to this number are still accepted
    last_seen   TEXT
) WITHOUT ROWID;

CREATE TABLE team_applied (
    device_id TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    applied_at TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
) WITHOUT ROWID;

CREATE TABLE team_shared_cases (
    case_id   TEXT PRIMARY KEY,
    shared_at TEXT NOT NULL,
    published TEXT,                      -- the case's updated_at when last published; 'deleted'
    published_at TEXT,                   -- when (an edit in that same second is looked at again)
    digest    TEXT                       -- SHA-256 of what was published of it
) WITHOUT ROWID;

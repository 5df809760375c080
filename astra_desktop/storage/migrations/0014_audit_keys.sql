-- Schema 14: the forward-secure audit trail (storage/audit_keys.py).
--
-- Each audit entry from the trail's start on carries `mac`: an HMAC of the entry under a key that
-- evolves one step per entry (k(i+1) = SHA-256(k(i))); the key for the next entry is kept in
-- audit_state (one row, overwritten in place: secure_delete is on). The starting secret is not in
-- this file: it is kept only in the administrators' keyslots (vault.keys), so whoever holds just the
-- data key cannot recompute the MACs of entries written before they obtained the current key.

ALTER TABLE audit_log ADD COLUMN mac BLOB;

CREATE TABLE audit_state (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    next_seq  INTEGER NOT NULL,
    key       BLOB NOT NULL
);

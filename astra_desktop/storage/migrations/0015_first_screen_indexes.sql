-- Schema 15: indexes so that opening the vault and each section's first view read a few pages
-- whatever the vault's size (issue 17: unlock and the first screen flat from 10,000 to 100,000
-- clients). Each query named here read every row of its table, or of an index, before.

-- The backup reminder (services/backups.py `last_verified`: the newest verified backup) and the
-- backup list (`_verified_ids`) look among the audit trail's entries for backups only: a partial
-- index holds those few entries, not the 600,000 others of a 50,000-client vault.
CREATE INDEX audit_log_backups ON audit_log (detail, action, at, entity_id)
    WHERE entity = 'backup';

-- Cases due for risk reassessment (services/risk.py `due_for_reassessment`), level by level in
-- date order, open cases only: the first rows are read straight from the index (covering, with
-- `status` so SQLite needs no table row to check it), none sorted, closed cases never visited.
CREATE INDEX cases_risk_open ON cases (risk_level, risk_due, case_code, id, status)
    WHERE status IN ('active', 'follow-up');

-- The drafts kept over a lock, read back at unlock (services/drafts.py).
CREATE INDEX drafts_user ON drafts (user_id);

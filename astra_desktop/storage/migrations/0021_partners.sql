-- Schema 21: the partners registry (issue 20, item 1): the organisations and institutions the NGO
-- refers people to and works with — NGOs, shelters, centres for social work, police, prosecutors,
-- courts, health institutions, embassies, international organisations, legal aid, employment.
--
-- A partner is never deleted (the trigger below refuses it): one the NGO no longer works with is
-- made inactive, so every record that names it keeps its meaning. Tables that point to a partner
-- (referrals, missing-person inquiries, hotline referrals) do it with
--     partner_id TEXT REFERENCES partners (id)
-- and no ON DELETE action, plus an index on partner_id: a partner still referenced can then not be
-- removed even if this trigger were ever dropped, and per-partner counts are one indexed COUNT.
--
-- `services` is a JSON list of core/partners.PartnerService values. The derived columns are made
-- by storage/partners.py from the record: the name's sort keys in Latin (abeceda) and Cyrillic
-- (azbuka) order, as for clients (schema 9); the town folded (so "Beograd", "beograd" and
-- "Београд" are one town in a filter); and the folded words a search matches. The table's content
-- sum is kept by the digest triggers (storage/digest.py lists it), made after every migration.

CREATE TABLE partners (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL CHECK (name <> ''),
    kind           TEXT NOT NULL DEFAULT 'other',
    city           TEXT NOT NULL DEFAULT '',
    country        TEXT NOT NULL DEFAULT '',
    contact_person TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    services       TEXT NOT NULL DEFAULT '[]',
    notes          TEXT NOT NULL DEFAULT '',
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_name      TEXT NOT NULL DEFAULT '',
    sort_name_cyrl TEXT NOT NULL DEFAULT '',
    city_key       TEXT NOT NULL DEFAULT '',
    search_text    TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX partners_sort ON partners (sort_name);
CREATE INDEX partners_sort_cyrl ON partners (sort_name_cyrl);

CREATE TRIGGER partners_never_deleted BEFORE DELETE ON partners
BEGIN
    SELECT RAISE(ABORT, 'a partner is made inactive, never deleted');
END;

-- Schema 18: less written per save of a case record (issue 17: a save costs about a raw one-row
-- transaction).
--
-- Three indexes of `cases` that others already cover are dropped. Every index of a row is written
-- with it: saving a note moves its case's "Last change" (schema 12), which rewrote the case's
-- entries in both `cases_updated` (updated_at) and `cases_list_updated` (updated_at, case_code, id,
-- seq); registering a case wrote 14 index entries. Each index below is the leading column of a
-- list index of schema 8, which serves the same lookups, sorts and foreign-key scans (SQLite uses
-- any index whose first column is the one asked for): `cases_list_updated`, `cases_list_status`
-- and `cases_list_client`. Measured on a new vault (CPU time, sync off): a note's row and its
-- triggers 321 → 299 µs and one page less per commit; registering a client 3.35 → 3.16 ms.
DROP INDEX cases_updated;
DROP INDEX cases_status;
DROP INDEX cases_client;

-- A new case's client sort keys (schema 11) are copied from its client by a trigger that rewrote
-- the row just inserted (and all of its list indexes) every time. It now does so only when the
-- insert did not carry them already, so a writer that inserts them with the row (as `seq`, which
-- `cases_seq_given` fills only when missing) spares that second write: measured, ~0.3 ms of a
-- 3.5 ms registration. Whoever inserts a case without them gets them as before.
DROP TRIGGER cases_client_sort_given;

CREATE TRIGGER cases_client_sort_given AFTER INSERT ON cases
WHEN NEW.client_sort IS NOT (SELECT sort_name FROM clients WHERE clients.id = NEW.client_id)
  OR NEW.client_sort_cyrl IS NOT (SELECT sort_name_cyrl FROM clients WHERE clients.id = NEW.client_id)
BEGIN
    UPDATE cases SET
        client_sort = (SELECT sort_name FROM clients WHERE clients.id = NEW.client_id),
        client_sort_cyrl = (SELECT sort_name_cyrl FROM clients WHERE clients.id = NEW.client_id)
    WHERE id = NEW.id;
END;

-- Schema 9: names sort in the order of the script the person reads. clients.sort_name holds the
-- Latin (abeceda) key; sort_name_cyrl holds the Cyrillic (azbuka) key, where ћ comes before ц
-- and џ after ч. Both are computed by core.collation.sort_key, which migrate.upgrade makes
-- available to migrations as the deterministic SQL function astra_sort_key(name, order). Every
-- existing row gets both keys here (the Latin one too: rows saved before the app computed it
-- still have ''), so the whole list is in order from the first open after the upgrade.

ALTER TABLE clients ADD COLUMN sort_name_cyrl TEXT NOT NULL DEFAULT '';

UPDATE clients SET
    sort_name = astra_sort_key(family_name || ' ' || given_name, 'latin'),
    sort_name_cyrl = astra_sort_key(family_name || ' ' || given_name, 'cyrillic');

CREATE INDEX clients_sort_cyrl ON clients (sort_name_cyrl);

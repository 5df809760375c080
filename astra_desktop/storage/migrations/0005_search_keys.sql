-- Schema 5: where each entity's text sits in the search index, so replacing or dropping it is an
-- indexed lookup instead of a scan of the whole index (UNINDEXED FTS columns cannot be searched fast).

CREATE TABLE search_keys (
    rowid     INTEGER PRIMARY KEY,
    entity_id TEXT NOT NULL UNIQUE,
    case_id   TEXT NOT NULL
);
CREATE INDEX search_keys_case ON search_keys (case_id);

INSERT INTO search_keys (rowid, entity_id, case_id)
    SELECT rowid, entity_id, case_id FROM search_index;

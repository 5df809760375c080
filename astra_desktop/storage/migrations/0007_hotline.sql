-- Schema 7: SOS hotline calls; missing-person searches with their status history and action log.
-- Call times and status changes are Belgrade wall-clock times ('yyyy-mm-ddThh:mm:ss'), so a call
-- counts in the month it was taken in. Calls are anonymous by default: no column about the caller
-- is required. A call or search keeps its place in the statistics when its case is deleted.

CREATE TABLE hotline_calls (
    id               TEXT PRIMARY KEY,
    occurred_at      TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL DEFAULT 0 CHECK (duration_minutes >= 0),
    worker_id        TEXT REFERENCES users (id),
    caller_type      TEXT NOT NULL DEFAULT 'anonymous',
    language         TEXT NOT NULL DEFAULT 'sr',
    topic            TEXT NOT NULL,
    note             TEXT NOT NULL DEFAULT '',
    caller_contact   TEXT NOT NULL DEFAULT '',
    referral         TEXT NOT NULL DEFAULT '',
    follow_up        INTEGER NOT NULL DEFAULT 0,
    follow_up_done   INTEGER NOT NULL DEFAULT 0,
    case_id          TEXT REFERENCES cases (id) ON DELETE SET NULL,
    case_link        TEXT NOT NULL DEFAULT '' CHECK (case_link IN ('', 'converted', 'linked')),
    created_by       TEXT REFERENCES users (id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
);
-- The call log reads newest first; statistics read a year's range of days.
CREATE INDEX hotline_calls_when ON hotline_calls (occurred_at, id);
CREATE INDEX hotline_calls_case ON hotline_calls (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX hotline_calls_follow_up ON hotline_calls (occurred_at, id)
    WHERE follow_up = 1 AND follow_up_done = 0;

CREATE TABLE missing_searches (
    id               TEXT PRIMARY KEY,
    call_id          TEXT REFERENCES hotline_calls (id) ON DELETE SET NULL,
    person           TEXT NOT NULL,
    person_details   TEXT NOT NULL DEFAULT '',
    last_seen_on     TEXT,
    last_seen_place  TEXT NOT NULL DEFAULT '',
    reporter         TEXT NOT NULL DEFAULT '',
    reporter_contact TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'searching'
                     CHECK (status IN ('searching', 'paused', 'found-safe', 'found-exploited',
                                       'closed')),
    worker_id        TEXT REFERENCES users (id),
    case_id          TEXT REFERENCES cases (id) ON DELETE SET NULL,
    opened_on        TEXT NOT NULL,
    closed_on        TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX missing_searches_status ON missing_searches (status, opened_on);
CREATE INDEX missing_searches_call ON missing_searches (call_id) WHERE call_id IS NOT NULL;
CREATE INDEX missing_searches_case ON missing_searches (case_id) WHERE case_id IS NOT NULL;

-- Every status a search has had, with the reason given; the first row is the opening.
-- changed_at is local time to the microsecond, so changes made in one minute stay in order.
CREATE TABLE missing_status_changes (
    id         TEXT PRIMARY KEY,
    search_id  TEXT NOT NULL REFERENCES missing_searches (id) ON DELETE CASCADE,
    status     TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL,
    changed_by TEXT REFERENCES users (id),
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX missing_status_changes_search ON missing_status_changes (search_id, changed_at);

-- Actions: taken on done_on (the dated log) or planned for due_on (a reminder until done).
-- recorded_at (local, to the microsecond) orders a day's entries as they were recorded.
CREATE TABLE missing_actions (
    id          TEXT PRIMARY KEY,
    search_id   TEXT NOT NULL REFERENCES missing_searches (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    due_on      TEXT,
    done_on     TEXT,
    created_by  TEXT REFERENCES users (id),
    created_at  TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    CHECK (due_on IS NOT NULL OR done_on IS NOT NULL)
);
CREATE INDEX missing_actions_search ON missing_actions (search_id);
CREATE INDEX missing_actions_due ON missing_actions (due_on, search_id) WHERE done_on IS NULL;

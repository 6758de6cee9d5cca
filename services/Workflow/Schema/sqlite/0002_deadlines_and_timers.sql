CREATE TABLE workflow_cycle_calendars (
    region TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    definition TEXT NOT NULL,
    created_by TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (region, fiscal_year, version)
);

CREATE TABLE workflow_extensions (
    id TEXT PRIMARY KEY,
    region TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    stage TEXT NOT NULL,
    department_id TEXT NULL,
    old_due_date TEXT NOT NULL,
    new_due_date TEXT NOT NULL,
    reason TEXT NOT NULL,
    granted_by TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    calendar_version INTEGER NULL,
    filings_affected INTEGER NOT NULL
);
CREATE INDEX ix_workflow_extensions_year ON workflow_extensions (region, fiscal_year, stage, granted_at);

CREATE TABLE workflow_filing_timetables (
    filing_id TEXT PRIMARY KEY,
    department_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    region TEXT NOT NULL,
    calendar_version INTEGER NOT NULL,
    filed_by TEXT NULL
);
CREATE INDEX ix_workflow_filing_timetables_year ON workflow_filing_timetables (region, fiscal_year, department_id);

CREATE TABLE workflow_deadlines (
    filing_id TEXT NOT NULL,
    stage TEXT NOT NULL,
    department_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    due_at TEXT NULL,
    calendar_version INTEGER NULL,
    extension_count INTEGER NOT NULL DEFAULT 0,
    awaiting_filer INTEGER NOT NULL,
    opened_at TEXT NULL,
    PRIMARY KEY (filing_id, stage)
);
CREATE INDEX ix_workflow_deadlines_year ON workflow_deadlines (fiscal_year, stage, department_id);

CREATE TABLE workflow_timers (
    key TEXT PRIMARY KEY,
    filing_id TEXT NOT NULL,
    department_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    stage TEXT NOT NULL,
    kind TEXT NOT NULL,
    number INTEGER NOT NULL,
    fire_at TEXT NOT NULL,
    due_at TEXT NULL,
    status TEXT NOT NULL,
    fired_at TEXT NULL,
    late INTEGER NOT NULL DEFAULT 0,
    cancel_reason TEXT NULL,
    recipients TEXT NULL,
    requested_at TEXT NULL,
    created_at TEXT NOT NULL,
    CONSTRAINT ck_workflow_timers_status CHECK (status IN ('pending', 'fired', 'cancelled'))
);
-- The sweep reads only due pending rows: a partial index keeps its cost independent of how many wait in the future
-- and of the fired/cancelled history.
CREATE INDEX ix_workflow_timers_due ON workflow_timers (fire_at) WHERE status = 'pending';
CREATE INDEX ix_workflow_timers_filing ON workflow_timers (filing_id, stage);

CREATE TABLE workflow_sim_clock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    now TEXT NOT NULL
);

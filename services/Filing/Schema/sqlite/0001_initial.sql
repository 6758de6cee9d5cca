CREATE TABLE filing_outbox (
    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id TEXT NOT NULL UNIQUE,
    message_type TEXT NOT NULL,
    payload TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    published_at TEXT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NULL
);
CREATE INDEX ix_filing_outbox_unpublished ON filing_outbox (sequence) WHERE published_at IS NULL;

CREATE TABLE filing_processed_messages (
    consumer TEXT NOT NULL,
    message_id TEXT NOT NULL,
    processed_at TEXT NOT NULL,
    PRIMARY KEY (consumer, message_id)
);

CREATE TABLE filing_departments (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    region TEXT NOT NULL,
    supervising_department_id TEXT NULL
);

CREATE TABLE filing_users (
    id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    department_id TEXT NULL,
    region TEXT NOT NULL
);

CREATE TABLE filing_filings (
    id TEXT PRIMARY KEY,
    department_id TEXT NOT NULL REFERENCES filing_departments (id),
    fiscal_year INTEGER NOT NULL,
    stage TEXT NOT NULL,
    state TEXT NOT NULL,
    version INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (department_id, fiscal_year)
);

CREATE TABLE filing_audit (
    filing_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    from_state TEXT NULL,
    to_state TEXT NULL,
    comment TEXT NULL,
    form_version INTEGER NOT NULL,
    at TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (filing_id, sequence)
);

CREATE TABLE filing_idempotency (
    user_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    filing_id TEXT NOT NULL,
    response TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, idempotency_key)
);

CREATE TABLE filing_chain_definitions (
    region TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    stage TEXT NOT NULL,
    version INTEGER NOT NULL,
    steps TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    PRIMARY KEY (region, fiscal_year, stage, version)
);

CREATE TABLE filing_forms (
    filing_id TEXT NOT NULL,
    stage TEXT NOT NULL,
    revision INTEGER NOT NULL,
    form_kind TEXT NOT NULL,
    document TEXT NOT NULL,
    findings TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL,
    submitted_version INTEGER NULL,
    PRIMARY KEY (filing_id, stage, form_kind, revision)
);

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
    id UUID PRIMARY KEY,
    department_id TEXT NOT NULL REFERENCES filing_departments (id),
    fiscal_year INTEGER NOT NULL,
    stage TEXT NOT NULL,
    state TEXT NOT NULL,
    version INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    UNIQUE (department_id, fiscal_year)
);

CREATE TABLE workflow_extension_applications (
    id UUID PRIMARY KEY,
    region TEXT NOT NULL,
    filing_id UUID NOT NULL,
    department_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    stage TEXT NOT NULL,
    current_due_date DATE NOT NULL,
    requested_due_date DATE NOT NULL,
    reason TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    requested_at TIMESTAMPTZ NOT NULL,
    status TEXT NOT NULL,
    decided_by TEXT NULL,
    decided_at TIMESTAMPTZ NULL,
    granted_due_date DATE NULL,
    decision_comment TEXT NULL,
    CONSTRAINT ck_workflow_extension_applications_status CHECK (status IN ('pending', 'granted', 'refused'))
);
CREATE INDEX ix_workflow_extension_applications_year ON workflow_extension_applications (region, fiscal_year, status);
-- One pending application per filing and stage: a second one while the first waits is refused by the database too.
CREATE UNIQUE INDEX ux_workflow_extension_applications_pending ON workflow_extension_applications (filing_id, stage) WHERE status = 'pending';

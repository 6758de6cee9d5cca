CREATE TABLE workflow_filing_cycles (
    filing_id UUID PRIMARY KEY,
    department_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    stage TEXT NOT NULL,
    stage_state TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX ix_workflow_filing_cycles_year ON workflow_filing_cycles (fiscal_year, stage);

CREATE TABLE workflow_stage_changes (
    message_id UUID PRIMARY KEY,
    filing_id UUID NOT NULL,
    stage TEXT NOT NULL,
    change TEXT NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX ix_workflow_stage_changes_filing ON workflow_stage_changes (filing_id, occurred_at);

CREATE TABLE notification_inbox_items (
    id UUID PRIMARY KEY,
    user_id TEXT NOT NULL,
    source_message_id UUID NOT NULL,
    kind TEXT NOT NULL,
    filing_id UUID NOT NULL,
    department_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    stage TEXT NOT NULL,
    step INTEGER NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    is_todo BOOLEAN NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    read_at TIMESTAMPTZ NULL,
    done_at TIMESTAMPTZ NULL,
    UNIQUE (source_message_id, user_id)
);
CREATE INDEX ix_notification_inbox_user ON notification_inbox_items (user_id, created_at);
CREATE INDEX ix_notification_inbox_open_todo ON notification_inbox_items (filing_id, stage, step) WHERE done_at IS NULL;

CREATE TABLE notification_inbox_items (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    source_message_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    filing_id TEXT NOT NULL,
    department_id TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    stage TEXT NOT NULL,
    step INTEGER NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    is_todo INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    read_at TEXT NULL,
    done_at TEXT NULL,
    UNIQUE (source_message_id, user_id)
);
CREATE INDEX ix_notification_inbox_user ON notification_inbox_items (user_id, created_at);
CREATE INDEX ix_notification_inbox_open_todo ON notification_inbox_items (filing_id, stage, step) WHERE done_at IS NULL;

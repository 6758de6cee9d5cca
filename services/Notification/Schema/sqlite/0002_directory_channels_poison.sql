ALTER TABLE notification_inbox_items ADD COLUMN due_at TEXT NULL;
ALTER TABLE notification_inbox_items ADD COLUMN reference TEXT NULL;
CREATE INDEX ix_notification_inbox_reference ON notification_inbox_items (filing_id, reference) WHERE reference IS NOT NULL;

CREATE TABLE notification_directory_users (
    user_id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    department_id TEXT NULL,
    region TEXT NOT NULL,
    email TEXT NULL,
    active INTEGER NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE INDEX ix_notification_directory_department ON notification_directory_users (department_id, role);
CREATE INDEX ix_notification_directory_region ON notification_directory_users (region, role);

CREATE TABLE notification_preferences (
    user_id TEXT PRIMARY KEY,
    email_enabled INTEGER NOT NULL,
    email_address TEXT NULL,
    webhook_enabled INTEGER NOT NULL,
    webhook_url TEXT NULL,
    webhook_secret TEXT NULL,
    daily_digest INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE notification_deliveries (
    id TEXT PRIMARY KEY,
    inbox_item_id TEXT NULL,
    user_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    target TEXT NOT NULL,
    subject TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TEXT NULL,
    last_error TEXT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT NULL,
    digest_id TEXT NULL
);
CREATE INDEX ix_notification_deliveries_due ON notification_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX ix_notification_deliveries_held ON notification_deliveries (created_at) WHERE status = 'held';
CREATE INDEX ix_notification_deliveries_dead ON notification_deliveries (created_at) WHERE status = 'dead';

CREATE TABLE notification_poison_messages (
    id TEXT PRIMARY KEY,
    queue TEXT NOT NULL,
    message_id TEXT NULL,
    message_type TEXT NULL,
    body TEXT NOT NULL,
    headers TEXT NOT NULL,
    error TEXT NOT NULL,
    failures INTEGER NOT NULL,
    first_failed_at TEXT NOT NULL,
    last_failed_at TEXT NOT NULL
);
CREATE INDEX ix_notification_poison_message ON notification_poison_messages (queue, message_id);

-- Revocation of local tokens. A user's security stamp is copied into every token issued to them; changing it
-- (revoke all, role change, disabling) refuses every earlier token. One token (a sign-out) is revoked by its id.
ALTER TABLE filing_users ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';
ALTER TABLE filing_users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;

-- Who made an account and when (separation of duties: docs/decisions/0007-separation-of-duties.md). Accounts made
-- before this script, by the demo seed or by bootstrap-admin have neither.
ALTER TABLE filing_users ADD COLUMN created_by TEXT NULL;
ALTER TABLE filing_users ADD COLUMN created_at TEXT NULL;

CREATE TABLE filing_revoked_tokens (
    token_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT NOT NULL
);
CREATE INDEX ix_filing_revoked_tokens_expires_at ON filing_revoked_tokens (expires_at);

-- The organisation's audit trail: departments, accounts, approval chains, sign-ins and sign-outs, in one keyed chain
-- (the filings' line format and key), its head kept in a row of its own, updated in the same transaction as each line.
CREATE TABLE filing_organisation_audit (
    sequence INTEGER PRIMARY KEY,
    region TEXT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NULL,
    detail TEXT NULL,
    at TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX ix_filing_organisation_audit_region ON filing_organisation_audit (region, sequence);

CREATE TABLE filing_organisation_audit_head (
    id INTEGER PRIMARY KEY,
    sequence INTEGER NOT NULL,
    hash TEXT NOT NULL
);

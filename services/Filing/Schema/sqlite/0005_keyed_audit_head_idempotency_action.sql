-- The audit trail's head (last sequence and hash) kept on the filing's own row, updated in the same transaction as
-- each audit line, so deleting a trail's last lines (or all of them) is found out. Filings written before this
-- script have no recorded head: their trails verify as broken under the keyed chain, by design.
ALTER TABLE filing_filings ADD COLUMN audit_sequence INTEGER NOT NULL DEFAULT 0;
ALTER TABLE filing_filings ADD COLUMN audit_hash TEXT NOT NULL DEFAULT '0000000000000000000000000000000000000000000000000000000000000000';

-- The action an Idempotency-Key answered: reusing the key for another action is refused, not answered stale.
-- '' marks answers stored before this script (their action is unknown).
ALTER TABLE filing_idempotency ADD COLUMN action TEXT NOT NULL DEFAULT '';

-- The audit HMAC key when Audit:Key is not configured (embedded Host, tests): made once, kept with the data it
-- protects, so the chain still verifies after a restart. Production sets Audit:Key from a secret instead.
CREATE TABLE filing_audit_key (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL
);

-- A copy of Filing's token revocations, kept by a service that verifies tokens in a process of its own
-- (shared/Hosting/Security/Revocation). Written only by its consumer, from Filing's TokenRevoked and AccountTokensRevoked.
CREATE TABLE {prefix}_revoked_tokens (
    token_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX ix_{prefix}_revoked_tokens_expires_at ON {prefix}_revoked_tokens (expires_at);

CREATE TABLE {prefix}_account_revocations (
    user_id TEXT PRIMARY KEY,
    security_stamp TEXT NOT NULL,
    revoked_at TIMESTAMPTZ NOT NULL
);

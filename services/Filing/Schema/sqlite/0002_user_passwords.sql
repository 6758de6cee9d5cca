ALTER TABLE filing_users ADD COLUMN password_hash TEXT NULL;

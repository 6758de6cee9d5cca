-- Separation of duties reads the accounts made within its probation on every approval that has earlier actors
-- (docs/decisions/0007-separation-of-duties.md): a range on created_at, which without this index read every account.
CREATE INDEX ix_filing_users_created_at ON filing_users (created_at);

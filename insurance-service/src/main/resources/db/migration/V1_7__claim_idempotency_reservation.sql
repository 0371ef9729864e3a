-- Which request holds an IN_PROGRESS key. A reservation older than nuanxin.claims.in-progress-lease belongs to a
-- request whose process died before its claim committed (nothing of it was stored); a retry takes the key over, and
-- the old holder, should it still be alive, can no longer complete the key: its transaction rolls back.
ALTER TABLE claim_idempotency ADD COLUMN reservation UUID;

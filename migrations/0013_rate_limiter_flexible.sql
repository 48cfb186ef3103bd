-- Rate limits move to rate-limiter-flexible's PostgreSQL store: one table for every named limit, in the library's
-- own layout (key = "<limit name>:<key>", points used, expire in epoch milliseconds). The library creates nothing
-- itself (tableCreated); expired rows are purged by the periodic runner. The old fixed-window counters are dropped:
-- they only ever held windows of at most an hour, so nothing of lasting value is lost.
DROP TABLE rate_limits;

CREATE TABLE rate_limiter_points (
  key text PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);
CREATE INDEX rate_limiter_points_expire_idx ON rate_limiter_points (expire);

-- TOTP replay guard (was a counter per user and time step): the last time step accepted for the user. A code is
-- accepted only for a later step, claimed by one conditional UPDATE in the sign-in's transaction.
ALTER TABLE users ADD COLUMN totp_last_step bigint;

-- The browser or client behind each audited event.
ALTER TABLE audit_events ADD COLUMN user_agent text;

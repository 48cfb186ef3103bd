-- Emailed links withdrawn before use: a newer link of the same kind, a sign-in, a password change or reset.
ALTER TABLE auth_tokens ADD COLUMN revoked_at timestamptz;
CREATE INDEX auth_tokens_outstanding_idx ON auth_tokens (user_id) WHERE used_at IS NULL AND revoked_at IS NULL;

-- Step-up: when this session last proved the password or a second factor (NULL: never, e.g. a sign-in link alone).
-- Sensitive changes (2FA, password, API tokens, recovery codes) need this to be recent.
ALTER TABLE sessions ADD COLUMN reauthenticated_at timestamptz;

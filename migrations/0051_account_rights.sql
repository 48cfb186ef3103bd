-- Account rights (issue 16): a person changes their own email with a code sent to the new address, and can undo the
-- change from the old one; a phone number on the profile.
ALTER TABLE users ADD COLUMN phone text;

-- One row per requested change. The code is stored hashed (salted with the row id); the undo link's token too.
-- old_email is kept only while the undo link can still be used (the deletion of a person removes their rows).
CREATE TABLE email_changes (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  old_email text NOT NULL,
  new_email text NOT NULL,
  code_hash text NOT NULL,
  code_attempts integer NOT NULL DEFAULT 0,
  code_expires_at timestamptz NOT NULL,
  confirmed_at timestamptz,
  cancelled_at timestamptz,
  undo_token_hash text,
  undo_expires_at timestamptz,
  undone_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX email_changes_user_idx ON email_changes (user_id, created_at DESC);
CREATE UNIQUE INDEX email_changes_undo_token_key ON email_changes (undo_token_hash) WHERE undo_token_hash IS NOT NULL;
-- At most one change waits for its code per person: a new request replaces (cancels) the previous one.
CREATE UNIQUE INDEX email_changes_one_pending_key ON email_changes (user_id)
  WHERE confirmed_at IS NULL AND cancelled_at IS NULL;

-- Data exports (GDPR Art. 15/20): a zip built by a background job, stored through the storage driver (never in the
-- database), downloadable by its person only until expires_at; the retention pass deletes expired ones.
CREATE TABLE data_exports (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  status text NOT NULL CONSTRAINT data_exports_status_check CHECK (status IN ('pending', 'ready', 'failed')),
  storage_key text,
  size_bytes bigint,
  requested_at timestamptz NOT NULL,
  ready_at timestamptz,
  expires_at timestamptz
);
CREATE INDEX data_exports_user_idx ON data_exports (user_id, requested_at DESC);
CREATE INDEX data_exports_expires_idx ON data_exports (expires_at) WHERE storage_key IS NOT NULL;
-- One export at a time per person: a second request while one is being built gets that one.
CREATE UNIQUE INDEX data_exports_one_pending_key ON data_exports (user_id) WHERE status = 'pending';

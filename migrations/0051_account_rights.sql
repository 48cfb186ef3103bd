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

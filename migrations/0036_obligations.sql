-- The obligations timeline (issue 12): what the firm and the client owe each other, read from each module's own
-- rows through `ObligationsProvider` (platform/obligations.ts). Every provider query is a bounded keyset walk in due
-- order: one account's side (account_id, due, id) and the firm's side across accounts (due, id). The partial
-- indexes hold open items only, so done/paid/closed history does not slow the walk. A missing due date sorts last
-- (9999-12-31), the same expression as the queries.

CREATE INDEX tasks_open_account_due_idx ON tasks (account_id, (COALESCE(due_date, DATE '9999-12-31')), id)
  WHERE status <> 'done';
CREATE INDEX tasks_open_due_idx ON tasks ((COALESCE(due_date, DATE '9999-12-31')), id) WHERE status <> 'done';

CREATE INDEX projects_open_account_due_idx ON projects (account_id, due_date, id)
  WHERE due_date IS NOT NULL AND status IN ('planned', 'active', 'on_hold');
CREATE INDEX projects_open_due_idx ON projects (due_date, id)
  WHERE due_date IS NOT NULL AND status IN ('planned', 'active', 'on_hold');

CREATE INDEX tickets_account_due_idx ON tickets (account_id, due_at, thread_id) WHERE due_at IS NOT NULL;

CREATE INDEX file_requests_open_account_due_idx ON file_requests (account_id, (COALESCE(due_date, DATE '9999-12-31')), id)
  WHERE status IN ('open', 'returned');

CREATE INDEX billing_documents_open_account_due_idx
  ON billing_documents (account_id, (COALESCE(due_date, DATE '9999-12-31')), id)
  WHERE kind = 'invoice' AND status = 'sent';

-- A person's calendar feed: a secret URL (token shown once; only its SHA-256 is kept). Rotating replaces the row,
-- revoking deletes it, so an old URL answers 404 either way.
CREATE TABLE calendar_feeds (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  token_hash bytea NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

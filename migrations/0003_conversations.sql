-- Conversations: threads of messages between staff and an account's people, internal notes, read state,
-- real-time events, in-app notifications, email preferences, reply-by-email tokens and a durable job queue.

-- A thread belongs to one account. `kind` lets a later ticket module keep its extra fields (status, assignee,
-- SLA) in its own table keyed by thread_id, while messages, read state, events and email stay shared.
CREATE TABLE threads (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  kind text NOT NULL DEFAULT 'conversation' CHECK (kind IN ('conversation', 'ticket')),
  subject text NOT NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- Last activity visible to everyone / to staff (notes included): the two list orders.
  last_message_at timestamptz NOT NULL DEFAULT now(),
  last_activity_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX threads_account_idx ON threads (account_id, last_message_at DESC, id DESC);
CREATE INDEX threads_activity_idx ON threads (last_activity_at DESC, id DESC);

-- `seq` orders messages and carries read state ("read up to seq N"): one comparison instead of a row per message.
CREATE TABLE messages (
  id uuid PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  thread_id uuid NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  author_id uuid REFERENCES users (id) ON DELETE SET NULL,
  body text NOT NULL,
  internal boolean NOT NULL DEFAULT false,
  source text NOT NULL DEFAULT 'web' CHECK (source IN ('web', 'email')),
  quoted_message_id uuid REFERENCES messages (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  edited_at timestamptz,
  deleted_at timestamptz
);
CREATE INDEX messages_thread_idx ON messages (thread_id, seq DESC);

CREATE TABLE message_mentions (
  message_id uuid NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (message_id, user_id)
);

-- Files are kept by the storage driver; this row is the message's reference. message_id is null while an
-- upload waits for the message that will carry it.
CREATE TABLE message_attachments (
  id uuid PRIMARY KEY,
  thread_id uuid NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
  message_id uuid REFERENCES messages (id) ON DELETE CASCADE,
  uploaded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  name text NOT NULL,
  content_type text NOT NULL,
  size bigint NOT NULL,
  storage_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX message_attachments_message_idx ON message_attachments (message_id);

CREATE TABLE thread_reads (
  thread_id uuid NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  last_read_seq bigint NOT NULL,
  read_at timestamptz NOT NULL,
  PRIMARY KEY (thread_id, user_id)
);

-- Staff who take part in a thread (wrote, created or were mentioned): they are notified of new messages.
-- An account's own people are all notified; they need no row here.
CREATE TABLE thread_followers (
  thread_id uuid NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (thread_id, user_id)
);

-- Real-time events. Ids grow in commit order (writers take an advisory lock before inserting), so "everything
-- after id N" is a complete replay for Last-Event-ID. audience: account (everyone who sees the account),
-- staff (staff who see the account, plus user_id if set), user (user_id only).
CREATE TABLE events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  type text NOT NULL,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  account_id uuid,
  audience text NOT NULL CHECK (audience IN ('account', 'staff', 'user')),
  user_id uuid,
  data jsonb NOT NULL
);
CREATE INDEX events_time_idx ON events (occurred_at);

CREATE TABLE notifications (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('message', 'mention')),
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  thread_id uuid NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
  message_id uuid NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC, id DESC);
CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL;

CREATE TABLE notification_preferences (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  module text NOT NULL,
  email text NOT NULL CHECK (email IN ('immediately', 'daily', 'off')),
  PRIMARY KEY (user_id, module)
);

-- One row per email actually handed to the mail driver for (recipient, thread, grouping window): the unique key
-- makes a retried job skip a send that already happened.
CREATE TABLE conversation_email_sends (
  user_id uuid NOT NULL,
  thread_id uuid NOT NULL,
  window_key text NOT NULL,
  sent_at timestamptz NOT NULL,
  up_to_seq bigint NOT NULL,
  PRIMARY KEY (user_id, thread_id, window_key)
);
CREATE INDEX conversation_email_sends_recent_idx ON conversation_email_sends (user_id, thread_id, sent_at DESC);

-- Reply-by-email addresses: reply+<token>@INBOUND_EMAIL_DOMAIN, issued per thread and recipient; only the hash is stored.
CREATE TABLE reply_tokens (
  token_hash text PRIMARY KEY,
  thread_id uuid NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The outbox shows where replies go and which list headers were sent.
ALTER TABLE mail_messages ADD COLUMN reply_to text;
ALTER TABLE mail_messages ADD COLUMN headers jsonb;

ALTER TABLE portal_settings ADD COLUMN hide_message_content_in_email boolean NOT NULL DEFAULT false;
ALTER TABLE portal_settings ADD COLUMN email_grouping_minutes integer NOT NULL DEFAULT 5;

-- Durable background jobs, enqueued in the transaction of the change that needs them.
CREATE TABLE jobs (
  id uuid PRIMARY KEY,
  kind text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  -- While queued, at most one job per key (e.g. one pending email per thread and recipient); a running job
  -- no longer holds the key, so what happens while it runs gets a job of its own.
  dedupe_key text,
  run_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 8,
  locked_until timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE status IN ('queued', 'running');
CREATE INDEX jobs_status_idx ON jobs (status, updated_at DESC, id DESC);
CREATE UNIQUE INDEX jobs_dedupe_key ON jobs (dedupe_key) WHERE status = 'queued';

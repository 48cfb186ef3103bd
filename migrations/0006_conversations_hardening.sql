-- Conversations hardening: at-least-once email delivery with a lease, one event per message, retention.

-- An email send is first reserved as `sending` with a lease, and becomes `sent` only after the mail driver
-- accepted it, in the transaction that completes its job. A retry that finds `sent` skips; one that finds an
-- expired `sending` lease (the sender crashed) sends again. Rows written before this migration were sent.
ALTER TABLE conversation_email_sends ADD COLUMN status text NOT NULL DEFAULT 'sent' CHECK (status IN ('sending', 'sent'));
ALTER TABLE conversation_email_sends ADD COLUMN lease_until timestamptz;
-- At most one send in flight per (recipient, thread).
CREATE UNIQUE INDEX conversation_email_sends_in_flight ON conversation_email_sends (user_id, thread_id) WHERE status = 'sending';
CREATE INDEX conversation_email_sends_time_idx ON conversation_email_sends (sent_at);

-- The in-app notifications a message caused, { userId: { id, kind } }: the hub derives each recipient's
-- `notification.created` frame from the message's one event instead of one event row per recipient.
ALTER TABLE events ADD COLUMN notify jsonb;

-- Retention sweeps.
CREATE INDEX jobs_finished_idx ON jobs (updated_at) WHERE status = 'done';
CREATE INDEX reply_tokens_time_idx ON reply_tokens (created_at);

-- Retention (issue 9): the outbox keeps mail with its secret links redacted, and old rows are swept.

-- The development driver keeps the unredacted mail (text, html, replyTo, headers) until its secrets expire, so a
-- developer can click the link; the sweep clears it after `unredacted_until`. Other drivers never fill it.
ALTER TABLE mail_messages ADD COLUMN unredacted jsonb;
ALTER TABLE mail_messages ADD COLUMN unredacted_until timestamptz;
CREATE INDEX mail_messages_unredacted_idx ON mail_messages (unredacted_until) WHERE unredacted_until IS NOT NULL;

-- Mail recorded before this migration kept its links whole. The mailer now redacts the secrets the mail builder
-- marks; for the old rows the only known shape is the token in a link's fragment (#token=..., used by reset,
-- sign-in, invitation and rating links), so that is what is redacted here.
UPDATE mail_messages
   SET text_body = regexp_replace(text_body, '#token=[A-Za-z0-9_-]+', '#token=[redacted]', 'g'),
       html_body = regexp_replace(html_body, '#token=[A-Za-z0-9_-]+', '#token=[redacted]', 'g')
 WHERE text_body ~ '#token=[A-Za-z0-9_-]' OR html_body ~ '#token=[A-Za-z0-9_-]';

-- Sweeps delete by time: indexes for the ones that had none.
CREATE INDEX sessions_expires_idx ON sessions (expires_at);
CREATE INDEX auth_tokens_expires_idx ON auth_tokens (expires_at);
CREATE INDEX invitations_expires_idx ON invitations (expires_at) WHERE accepted_at IS NULL;
CREATE INDEX api_tokens_expires_idx ON api_tokens (expires_at);

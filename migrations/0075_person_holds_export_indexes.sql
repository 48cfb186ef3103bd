-- Issue 16 follow-ups: legal holds on one person, and indexes for a person's data export.

-- A legal hold on one person (their own dispute or a regulator's request about them): while it stands, that person
-- is not erased, whatever their accounts. Set and lifted by staff owners/admins, audited; shown on their request.
CREATE TABLE person_deletion_holds (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  reason text NOT NULL,
  set_by uuid REFERENCES users (id) ON DELETE SET NULL,
  set_at timestamptz NOT NULL
);

-- The data export reads a person's messages, files and sessions in keyset pages on (time, id): without these each
-- page scanned every row of the table, so a heavy user's export grew with the square of their activity.
CREATE INDEX messages_author_export_idx ON messages (author_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX document_versions_uploader_idx ON document_versions (uploaded_by, created_at, id);
CREATE INDEX message_attachments_uploader_idx ON message_attachments (uploaded_by, created_at, id)
  WHERE message_id IS NOT NULL;
CREATE INDEX sessions_user_created_idx ON sessions (user_id, created_at, id);
CREATE INDEX audit_events_target_user_idx ON audit_events (target_id, occurred_at, id) WHERE target_type = 'user';

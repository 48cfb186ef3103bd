-- Onboarding: why an open step's item can no longer complete it (an engagement letter declined, voided or
-- expired: {state, byName, reason}); the step then waits on the firm, who re-issue it. Null otherwise.
ALTER TABLE onboarding_steps ADD COLUMN item_issue jsonb;

-- Subject threads whose task or document is gone (deleted before their deletion took the thread with it): their
-- files are queued for the storage sweep (as the documents purge does), then the threads go, and with them their
-- messages, read state and notifications (ON DELETE CASCADE).
INSERT INTO storage_pending_objects (storage_key, started_at)
SELECT a.storage_key, '-infinity' FROM message_attachments a JOIN threads t ON t.id = a.thread_id
WHERE (t.kind = 'task' AND NOT EXISTS (SELECT 1 FROM tasks k WHERE k.id = t.subject_id))
   OR (t.kind = 'document' AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = t.subject_id))
ON CONFLICT DO NOTHING;
DELETE FROM threads t
WHERE (t.kind = 'task' AND NOT EXISTS (SELECT 1 FROM tasks k WHERE k.id = t.subject_id))
   OR (t.kind = 'document' AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = t.subject_id));

-- A discussion per document version: a document's feedback thread is about one version (subject_version_id), so
-- each version has its own. The threads so far (one per document) become the thread of the document's latest
-- version at this migration (the version shown beside them when they were written); earlier versions start
-- without a discussion. Task threads have no version (NULL).
ALTER TABLE threads ADD COLUMN subject_version_id uuid;
UPDATE threads t SET subject_version_id = (
  SELECT v.id FROM document_versions v WHERE v.document_id = t.subject_id ORDER BY v.number DESC LIMIT 1
) WHERE t.kind = 'document';
-- One thread per object and version (opening it twice at once gives the same thread).
DROP INDEX collab_threads_subject_idx;
CREATE UNIQUE INDEX collab_version_threads_subject_idx ON threads
  (kind, subject_id, (COALESCE(subject_version_id, '00000000-0000-0000-0000-000000000000'::uuid)))
  WHERE subject_id IS NOT NULL;

-- Uploads held for a use that may not happen: a PDF staff upload in the console's signature form. The row goes
-- when an envelope is sent with it (in the send's transaction); a row left a day later is an abandoned send, and
-- the documents job moves its document to the trash (restorable for 30 days, then purged).
CREATE TABLE documents_held_uploads (
  document_id uuid PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  held_for text NOT NULL CHECK (held_for IN ('signature')),
  held_by uuid REFERENCES users (id) ON DELETE SET NULL,
  held_at timestamptz NOT NULL
);
CREATE INDEX documents_held_uploads_at_idx ON documents_held_uploads (held_at);

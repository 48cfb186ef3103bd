-- Files on tasks: documents of the task's account, linked (the bytes, versions and permissions stay the documents
-- module's). A link goes when either end goes.
CREATE TABLE task_attachments (
  task_id uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  document_id uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  -- The task's account, kept on the row so every read is filtered by the caller's scope in SQL.
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  added_by uuid REFERENCES users (id) ON DELETE SET NULL,
  added_at timestamptz NOT NULL,
  PRIMARY KEY (task_id, document_id)
);
CREATE INDEX task_attachments_document_idx ON task_attachments (document_id);

-- Approvals (issue 12): a decision asked of approvers (the account's people, staff or both) on a document
-- version, a deliverable (several document versions), a sent quote or a task; sequential or parallel, due date.

CREATE TABLE approvals (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  subject_type text NOT NULL CHECK (subject_type IN ('document_version', 'deliverable', 'quote', 'task')),
  title text NOT NULL,
  message text NOT NULL DEFAULT '',
  quote_id uuid REFERENCES billing_documents(id) ON DELETE CASCADE,
  task_id uuid REFERENCES tasks(id) ON DELETE CASCADE,
  mode text NOT NULL CHECK (mode IN ('sequential', 'parallel')),
  due_date date,
  -- Staff-only subject (internal document area, internal project): the account's people never read the row.
  internal boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'changes_requested', 'cancelled')),
  -- SHA-256 over the subject's content (the versions' SHA-256 in order); every decision is checked against it.
  content_sha256 text NOT NULL,
  cancel_reason text,
  replaces_id uuid REFERENCES approvals(id) ON DELETE SET NULL,
  requested_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX approvals_account_idx ON approvals (account_id, created_at DESC, id DESC);
CREATE INDEX approvals_pending_idx ON approvals (account_id, due_date) WHERE status = 'pending';

-- The exact versions asked about: a decision is about these bytes, whatever the document holds later.
CREATE TABLE approval_items (
  approval_id uuid NOT NULL REFERENCES approvals(id) ON DELETE CASCADE,
  position integer NOT NULL,
  document_id uuid NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  version_id uuid NOT NULL REFERENCES document_versions(id) ON DELETE CASCADE,
  version_number integer NOT NULL,
  name text NOT NULL,
  sha256 text NOT NULL,
  PRIMARY KEY (approval_id, position)
);
CREATE INDEX approval_items_document_idx ON approval_items (document_id);

CREATE TABLE approval_approvers (
  approval_id uuid NOT NULL REFERENCES approvals(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  position integer NOT NULL,
  side text NOT NULL CHECK (side IN ('client', 'firm')),
  decision text CHECK (decision IN ('approved', 'changes_requested')),
  comment text,
  decided_at timestamptz,
  decided_ip text,
  decided_user_agent text,
  -- The content the approver decided on (always the approval's content_sha256: a mismatch is refused).
  decided_sha256 text,
  PRIMARY KEY (approval_id, user_id),
  UNIQUE (approval_id, position)
);
CREATE INDEX approval_approvers_user_idx ON approval_approvers (user_id) WHERE decision IS NULL;

-- One reminder per approver and interval slot: the insert is the claim, so concurrent sweeps send it once.
CREATE TABLE approval_reminders (
  approval_id uuid NOT NULL REFERENCES approvals(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  slot bigint NOT NULL,
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (approval_id, user_id, slot)
);

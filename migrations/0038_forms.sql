-- Forms (issue 13): portal-wide form definitions built in the console, frozen versions, assignments to accounts
-- (with the draft being filled), submissions. Public forms take answers without sign-in and create a lead account.

CREATE TABLE forms (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  -- The working copy the builder edits; publishing freezes a copy in form_versions, never changed afterwards.
  definition jsonb NOT NULL DEFAULT '{"fields":[]}',
  -- Public forms are answered without sign-in at /f/<slug>; a lead account is created in lead_segment_id.
  public_slug text UNIQUE,
  lead_segment_id uuid REFERENCES segments(id) ON DELETE SET NULL,
  -- A submission opens a ticket on the account (when its segment has tickets).
  create_ticket boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX forms_name_key ON forms (lower(name));

CREATE TABLE form_versions (
  id uuid PRIMARY KEY,
  form_id uuid NOT NULL REFERENCES forms(id) ON DELETE CASCADE,
  number integer NOT NULL CHECK (number >= 1),
  definition jsonb NOT NULL,
  published_by uuid REFERENCES users(id) ON DELETE SET NULL,
  published_at timestamptz NOT NULL,
  UNIQUE (form_id, number)
);

-- A form requested from an account: pinned to the version published when it was assigned, so the answers and
-- the rules they were checked against stay together. The draft lives on the row (draft_version for If-Match).
CREATE TABLE form_assignments (
  id uuid PRIMARY KEY,
  form_id uuid NOT NULL REFERENCES forms(id) ON DELETE CASCADE,
  form_version_id uuid NOT NULL REFERENCES form_versions(id),
  account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  due_date date,
  assigned_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  draft_answers jsonb NOT NULL DEFAULT '{}',
  draft_version integer NOT NULL DEFAULT 1,
  draft_saved_at timestamptz,
  draft_saved_by uuid REFERENCES users(id) ON DELETE SET NULL,
  submitted_at timestamptz
);
CREATE INDEX form_assignments_account_idx ON form_assignments (account_id, created_at DESC, id DESC);

CREATE TABLE form_submissions (
  id uuid PRIMARY KEY,
  form_id uuid NOT NULL REFERENCES forms(id) ON DELETE CASCADE,
  form_version_id uuid NOT NULL REFERENCES form_versions(id),
  account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  -- Unique: an assignment is submitted once, whatever the number of concurrent submits.
  assignment_id uuid UNIQUE REFERENCES form_assignments(id) ON DELETE SET NULL,
  -- Stored as JSON values: text stays text (the web renders it as text, never as HTML).
  answers jsonb NOT NULL,
  source text NOT NULL CHECK (source IN ('portal', 'public')),
  submitted_by uuid REFERENCES users(id) ON DELETE SET NULL,
  submitter_email text,
  submitted_at timestamptz NOT NULL,
  ticket_id uuid
);
CREATE INDEX form_submissions_form_idx ON form_submissions (form_id, submitted_at DESC, id DESC);
CREATE INDEX form_submissions_account_idx ON form_submissions (account_id, submitted_at DESC);

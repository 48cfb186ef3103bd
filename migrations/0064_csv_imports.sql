-- CSV import of accounts, people and memberships (issue 15).

-- An account's id in the firm's other systems (CRM, ERP): re-importing the same file updates, never duplicates.
ALTER TABLE accounts ADD COLUMN external_id text
  CONSTRAINT csvimport_accounts_external_id_check CHECK (external_id ~ '^[A-Za-z0-9._:/-]{1,100}$');
CREATE UNIQUE INDEX csvimport_accounts_external_id_key ON accounts (external_id) WHERE external_id IS NOT NULL;

-- One uploaded file and its latest run (a dry run, then the import). The bytes live in storage, never here.
CREATE TABLE csv_imports (
  id uuid PRIMARY KEY,
  created_by uuid NOT NULL REFERENCES users (id),
  file_name text NOT NULL,
  storage_key text NOT NULL,
  size_bytes bigint NOT NULL,
  sha256 text NOT NULL,
  delimiter text NOT NULL CHECK (delimiter IN (',', ';')),
  columns jsonb NOT NULL,
  total_rows integer NOT NULL,
  status text NOT NULL CHECK (status IN ('uploaded', 'queued', 'running', 'done', 'failed')),
  dry_run boolean NOT NULL DEFAULT true,
  settings jsonb,
  -- The last data row (1 = the first row after the header) whose batch committed: a resumed job starts after it.
  processed_rows integer NOT NULL DEFAULT 0,
  counts jsonb NOT NULL DEFAULT '{}',
  error_rows integer NOT NULL DEFAULT 0,
  dry_run_counts jsonb,
  imported boolean NOT NULL DEFAULT false,
  failure text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);
CREATE INDEX csvimport_imports_created_idx ON csv_imports (created_at DESC, id);

-- What each row of the latest run did (or would do), and its errors: the per-row report and the error CSV.
CREATE TABLE csv_import_rows (
  import_id uuid NOT NULL REFERENCES csv_imports (id) ON DELETE CASCADE,
  row_number integer NOT NULL,
  account_action text NOT NULL,
  person_action text NOT NULL,
  membership_action text NOT NULL,
  errors jsonb,
  PRIMARY KEY (import_id, row_number)
);
CREATE INDEX csvimport_rows_errors_idx ON csv_import_rows (import_id, row_number) WHERE errors IS NOT NULL;

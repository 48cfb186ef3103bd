-- The invitations a CSV import sends (issue 15): queued with the import's batch, sent by a paced job
-- (IMPORT_INVITATIONS_PER_MINUTE), so an import that creates thousands of people never floods the mail queue nor
-- uses the per-sender budget of invitations sent by hand.
CREATE TABLE csv_import_invitations (
  import_id uuid NOT NULL REFERENCES csv_imports (id) ON DELETE CASCADE,
  row_number integer NOT NULL,
  email text NOT NULL,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  account_name text,
  role text NOT NULL,
  sent_at timestamptz,
  PRIMARY KEY (import_id, row_number)
);
CREATE INDEX csvimport_invitations_unsent_idx ON csv_import_invitations (import_id, row_number) WHERE sent_at IS NULL;

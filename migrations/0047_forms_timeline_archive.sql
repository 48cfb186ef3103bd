-- Forms on the obligations timeline, and archived forms.

-- The timeline's keyset walk over one account's requested forms that are not submitted yet (repository-obligations).
CREATE INDEX form_assignments_open_due_idx ON form_assignments (account_id, (COALESCE(due_date, DATE '9999-12-31')), id)
  WHERE submitted_at IS NULL;

-- An archived form is retired: no new requests, no new versions, its public address answers 404. Requests already
-- made stay fillable (a client's work in progress is never thrown away), and its submissions stay readable.
ALTER TABLE forms ADD COLUMN archived_at timestamptz;

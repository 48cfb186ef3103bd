-- Account deletion (GDPR Art. 17, issue 16) and returns refunded as store credit through billing.

-- A person's request to be erased. Confirmed by re-authentication when made, then it waits `scheduled_for` (the
-- grace period) while the person or staff can cancel it; the sweep then erases the person, or records why it is
-- blocked (a legal hold, an unpaid invoice) and tries again on the next pass. After the erasure the row keeps only
-- ids, times and the anonymous label the firm's records now show; `user_id` points at the anonymised user row.
CREATE TABLE account_deletion_requests (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  status text NOT NULL CONSTRAINT account_deletion_requests_status_check
    CHECK (status IN ('scheduled', 'cancelled', 'completed')),
  -- Who asked: the person, or a staff member acting on the person's request (kept as an id only).
  requested_by uuid REFERENCES users (id) ON DELETE SET NULL,
  requested_at timestamptz NOT NULL,
  scheduled_for timestamptz NOT NULL,
  cancelled_at timestamptz,
  cancelled_by uuid REFERENCES users (id) ON DELETE SET NULL,
  -- Set by the sweep when a hold stops the erasure (cleared once it goes through); code and text for staff.
  blocked_code text,
  blocked_reason text,
  blocked_at timestamptz,
  completed_at timestamptz,
  anonymous_label text
);
-- One open request per person: a second request while one waits gets that one.
CREATE UNIQUE INDEX account_deletion_one_open_key ON account_deletion_requests (user_id) WHERE status = 'scheduled';
CREATE INDEX account_deletion_due_idx ON account_deletion_requests (scheduled_for) WHERE status = 'scheduled';
CREATE INDEX account_deletion_requested_idx ON account_deletion_requests (requested_at DESC, id DESC);

-- A legal hold on an account (litigation, a regulator's request): while it stands, no person of the account is
-- erased. Set and lifted by staff owners/admins; the reason is shown on blocked deletion requests.
CREATE TABLE account_deletion_holds (
  account_id uuid PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
  reason text NOT NULL,
  set_by uuid REFERENCES users (id) ON DELETE SET NULL,
  set_at timestamptz NOT NULL
);

-- Store credit given for a return: the ledger entry names its source ('return:<id>'), unique, so a retried refund
-- step credits once.
ALTER TABLE billing_account_credits ADD COLUMN source_key text;
CREATE UNIQUE INDEX billing_account_credits_source_key ON billing_account_credits (source_key)
  WHERE source_key IS NOT NULL;

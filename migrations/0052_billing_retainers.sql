-- Billing retainers: an account's prepaid or monthly budget of hours or money, burnt by the billable time staff log
-- on the account's (client-visible) tasks, and overage past the budget that the client approves before it is billed.

-- One open retainer per account (ended_on IS NULL). A money budget is burnt at hourly_rate; an hours budget is
-- billed past its end at hourly_rate. Amounts are minor units of `currency` (the account's billing currency).
CREATE TABLE billing_retainers (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  name text NOT NULL,
  unit text NOT NULL CHECK (unit IN ('hours', 'money')),
  period text NOT NULL CHECK (period IN ('monthly', 'prepaid')),
  budget_minutes integer CHECK (budget_minutes BETWEEN 1 AND 10000000),
  budget_amount bigint CHECK (budget_amount > 0),
  currency text NOT NULL,
  hourly_rate bigint NOT NULL CHECK (hourly_rate >= 0),
  starts_on date NOT NULL,
  ended_on date,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  CONSTRAINT billing_retainers_budget_check CHECK (
    (unit = 'hours' AND budget_minutes IS NOT NULL AND budget_amount IS NULL)
    OR (unit = 'money' AND budget_amount IS NOT NULL AND budget_minutes IS NULL AND hourly_rate > 0))
);
-- Two creates at once for one account: the index lets one in, the other gets 409.
CREATE UNIQUE INDEX billing_retainers_open_idx ON billing_retainers (account_id) WHERE ended_on IS NULL;
CREATE INDEX billing_retainers_account_idx ON billing_retainers (account_id, created_at DESC);

-- Work past a retainer's budget in one period, asked of the client by staff. Each row covers `minutes` more of the
-- period's overage (a second request covers only what was logged since). A pending row waits for the client; an
-- approved one is billed on the account's next invoice sent in its currency (invoice_id set in that send's
-- transaction, so exactly once); a declined one is never billed.
CREATE TABLE billing_retainer_overages (
  id uuid PRIMARY KEY,
  retainer_id uuid NOT NULL REFERENCES billing_retainers (id) ON DELETE CASCADE,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  period_start date NOT NULL,
  period_end date NOT NULL,
  minutes integer NOT NULL CHECK (minutes > 0),
  amount bigint NOT NULL CHECK (amount >= 0),
  currency text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'approved', 'declined')),
  requested_by uuid REFERENCES users (id) ON DELETE SET NULL,
  requested_at timestamptz NOT NULL,
  decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
  decided_by_name text,
  decided_at timestamptz,
  decided_ip text,
  decided_user_agent text,
  comment text NOT NULL DEFAULT '',
  invoice_id uuid REFERENCES billing_documents (id) ON DELETE SET NULL,
  billed_at timestamptz
);
-- One request waits at a time per retainer (a second one while it waits is 409).
CREATE UNIQUE INDEX billing_retainer_overages_pending_idx ON billing_retainer_overages (retainer_id)
  WHERE status = 'pending';
CREATE INDEX billing_retainer_overages_retainer_idx ON billing_retainer_overages (retainer_id, period_start, id);
CREATE INDEX billing_retainer_overages_unbilled_idx ON billing_retainer_overages (account_id, currency)
  WHERE status = 'approved' AND invoice_id IS NULL;

-- Payments: the card a client chose for automatic charge. The card charged is the one with the latest
-- COALESCE(default_at, created_at): a newly saved card is used until another is chosen.
ALTER TABLE billing_payment_methods ADD COLUMN default_at timestamptz;

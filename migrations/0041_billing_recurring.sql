-- Recurring billing: a catalogue of products and services, and subscriptions (recurring invoices) per account with
-- their lines and the periods already billed. A period is billed exactly once: its row is claimed with the unique
-- (subscription_id, period_start) in the transaction that makes the invoice, under the subscription's row lock.

-- Products and services. Prices per currency: {"EUR": 5000, "USD": 5500} (minor units of each currency).
CREATE TABLE billing_catalog_items (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  prices jsonb NOT NULL DEFAULT '{}',
  tax_rate_id uuid REFERENCES billing_tax_rates (id) ON DELETE SET NULL,
  -- one_off, or recurring every interval_count interval_unit, period_count times (null: until cancelled).
  kind text NOT NULL CHECK (kind IN ('one_off', 'recurring')),
  interval_unit text CHECK (interval_unit IN ('week', 'month', 'year')),
  interval_count integer CHECK (interval_count BETWEEN 1 AND 52),
  period_count integer CHECK (period_count BETWEEN 1 AND 1000),
  archived_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK ((kind = 'recurring') = (interval_unit IS NOT NULL AND interval_count IS NOT NULL))
);

-- A subscription bills its lines every period from start_date: monthly on day_of_month (29-31 fall on the last
-- day of shorter months), yearly on the start date's day, or every interval_count weeks. It ends after end_date or
-- period_count billed periods. next_index/next_period_start is the next period to bill; the sweep moves them on in
-- the transaction that bills (or, while paused, skips) the period.
CREATE TABLE billing_subscriptions (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  name text NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'cancelled', 'ended')),
  currency text NOT NULL,
  interval_unit text NOT NULL CHECK (interval_unit IN ('week', 'month', 'year')),
  interval_count integer NOT NULL CHECK (interval_count BETWEEN 1 AND 52),
  day_of_month integer CHECK (day_of_month BETWEEN 1 AND 31),
  start_date date NOT NULL,
  end_date date,
  period_count integer CHECK (period_count BETWEEN 1 AND 1000),
  periods_billed integer NOT NULL DEFAULT 0,
  next_index integer NOT NULL DEFAULT 0,
  next_period_start date,
  auto_send boolean NOT NULL DEFAULT false,
  -- Charge the saved payment method when an invoice is issued (the payment driver's job, billing.auto_charge).
  auto_charge boolean NOT NULL DEFAULT false,
  notes text NOT NULL DEFAULT '',
  total bigint NOT NULL DEFAULT 0,
  source_document_id uuid REFERENCES billing_documents (id) ON DELETE SET NULL,
  paused_at timestamptz,
  cancelled_at timestamptz,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX billing_subscriptions_account_idx ON billing_subscriptions (account_id, created_at DESC, id DESC);
CREATE INDEX billing_subscriptions_list_idx ON billing_subscriptions (created_at DESC, id DESC);
-- The sweep's candidates: active subscriptions with a period due.
CREATE INDEX billing_subscriptions_due_idx ON billing_subscriptions (next_period_start, id) WHERE status = 'active';

-- One quote can become one subscription.
CREATE UNIQUE INDEX billing_subscriptions_source_key ON billing_subscriptions (source_document_id)
  WHERE source_document_id IS NOT NULL;

CREATE TABLE billing_subscription_lines (
  id uuid PRIMARY KEY,
  subscription_id uuid NOT NULL REFERENCES billing_subscriptions (id) ON DELETE CASCADE,
  position integer NOT NULL,
  catalog_item_id uuid REFERENCES billing_catalog_items (id) ON DELETE SET NULL,
  description text NOT NULL,
  quantity bigint NOT NULL,
  unit_price bigint NOT NULL,
  tax_rate_ids uuid[] NOT NULL DEFAULT '{}',
  UNIQUE (subscription_id, position)
);

-- Every period of a subscription that was billed (document_id) or skipped while paused (document_id null).
CREATE TABLE billing_subscription_periods (
  subscription_id uuid NOT NULL REFERENCES billing_subscriptions (id) ON DELETE CASCADE,
  period_start date NOT NULL,
  period_end date NOT NULL,
  document_id uuid REFERENCES billing_documents (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (subscription_id, period_start)
);
CREATE INDEX billing_subscription_periods_document_idx ON billing_subscription_periods (document_id);

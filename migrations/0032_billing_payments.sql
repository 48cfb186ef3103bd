-- Online payment through Stripe: Checkout Sessions over one or more open invoices, the webhook's processed events,
-- account credit from overpayments, and refunds. Stripe objects are referenced by their ids only.

-- Where a payment came from, and what of it was refunded. A Stripe payment is split into one row per invoice it
-- settled (same payment intent); amount_refunded is reserved before Stripe is asked, so concurrent refunds of one
-- payment can never add up past it.
ALTER TABLE billing_payments ADD COLUMN source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'stripe'));
ALTER TABLE billing_payments ADD COLUMN stripe_payment_intent text;
ALTER TABLE billing_payments ADD COLUMN amount_refunded bigint NOT NULL DEFAULT 0
  CHECK (amount_refunded >= 0 AND amount_refunded <= amount);
ALTER TABLE billing_payments ADD CONSTRAINT billing_payments_stripe_check
  CHECK ((source = 'stripe') = (stripe_payment_intent IS NOT NULL));

-- A Checkout Session asked for by a person of the account. document_ids are the invoices it pays (one currency,
-- amounts computed on the server at creation); status moves open -> completed | expired | failed, only forward.
CREATE TABLE billing_checkouts (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  currency text NOT NULL,
  amount bigint NOT NULL CHECK (amount > 0),
  document_ids uuid[] NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'completed', 'expired', 'failed')),
  stripe_session_id text UNIQUE,
  stripe_payment_intent text,
  amount_received bigint,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  completed_at timestamptz
);
CREATE INDEX billing_checkouts_account_idx ON billing_checkouts (account_id, created_at DESC);

-- Every Stripe event the webhook has acted on. The insert is in the same transaction as its effect, so a replay (or
-- the same event delivered twice at once) finds the row and changes nothing.
CREATE TABLE billing_stripe_events (
  event_id text PRIMARY KEY,
  type text NOT NULL,
  received_at timestamptz NOT NULL
);

-- Account credit, as a ledger: what an overpayment left over (positive). The balance per currency is the sum.
CREATE TABLE billing_account_credits (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  currency text NOT NULL,
  amount bigint NOT NULL CHECK (amount <> 0),
  checkout_id uuid REFERENCES billing_checkouts (id) ON DELETE SET NULL,
  note text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL
);
CREATE INDEX billing_account_credits_account_idx ON billing_account_credits (account_id, currency);

-- Refunds of a Stripe payment row: pending while Stripe is asked (the amount is already reserved on the payment),
-- then succeeded (the invoice's paid amount goes down) or failed (the reservation is given back).
CREATE TABLE billing_refunds (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  payment_id uuid NOT NULL REFERENCES billing_payments (id) ON DELETE CASCADE,
  amount bigint NOT NULL CHECK (amount > 0),
  currency text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
  stripe_refund_id text UNIQUE,
  reason text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX billing_refunds_payment_idx ON billing_refunds (payment_id, created_at);

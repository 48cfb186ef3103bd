-- Billing: an Idempotency-Key on starting a checkout, spending account credit, saved payment methods and automatic
-- charge of due invoices.

-- A checkout started with an Idempotency-Key keeps it: a double click or a retry with the same key finds this row and
-- answers with its Stripe session. line_amounts are the amounts Stripe was (or is being) asked for, per invoice in
-- document_ids order, so a concurrent retry asks Stripe with the same parameters and Stripe's own idempotency (keyed
-- on our row id) returns the same session. session_url is the hosted page while the session is open.
ALTER TABLE billing_checkouts ADD COLUMN idempotency_key text;
ALTER TABLE billing_checkouts ADD COLUMN line_amounts bigint[];
ALTER TABLE billing_checkouts ADD COLUMN session_url text;
CREATE UNIQUE INDEX billing_checkouts_idempotency_idx ON billing_checkouts (created_by, idempotency_key)
  WHERE idempotency_key IS NOT NULL;

-- The balance of the credit ledger per account and currency, kept in step with billing_account_credits by the
-- repository. Spending takes it down with a conditional update on this row (never below zero), so two concurrent
-- spends queue on the row and cannot spend the same credit twice.
CREATE TABLE billing_credit_balances (
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  currency text NOT NULL,
  balance bigint NOT NULL CHECK (balance >= 0),
  PRIMARY KEY (account_id, currency)
);
INSERT INTO billing_credit_balances (account_id, currency, balance)
  SELECT account_id, currency, greatest(sum(amount), 0) FROM billing_account_credits GROUP BY account_id, currency;

-- Ledger entries that spend credit (negative) name the invoice and the payment row that carried it to the invoice.
ALTER TABLE billing_account_credits ADD COLUMN document_id uuid REFERENCES billing_documents (id) ON DELETE SET NULL;
ALTER TABLE billing_account_credits ADD COLUMN created_by uuid REFERENCES users (id) ON DELETE SET NULL;

-- Credit applied to an invoice is a payment of source 'credit' and method 'account_credit'.
ALTER TABLE billing_payments DROP CONSTRAINT billing_payments_source_check;
ALTER TABLE billing_payments ADD CONSTRAINT billing_payments_source_check
  CHECK (source IN ('manual', 'stripe', 'credit'));
ALTER TABLE billing_payments DROP CONSTRAINT billing_payments_method_check;
ALTER TABLE billing_payments ADD CONSTRAINT billing_payments_method_check
  CHECK (method IN ('bank_transfer', 'cheque', 'cash', 'card', 'other', 'account_credit'));
ALTER TABLE billing_payments ADD CONSTRAINT billing_payments_credit_check
  CHECK ((source = 'credit') = (method = 'account_credit'));

-- Whether sending an invoice of this account spends its available credit on it straight away.
ALTER TABLE billing_profiles ADD COLUMN auto_apply_credit boolean NOT NULL DEFAULT false;

-- Whether every invoice sent to this account is charged to its saved card (subscriptions have their own switch).
ALTER TABLE billing_profiles ADD COLUMN auto_charge boolean NOT NULL DEFAULT false;

-- The Stripe Customer that holds an account's saved cards (made on the first "save a card").
CREATE TABLE billing_stripe_customers (
  account_id uuid PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
  stripe_customer_id text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL
);

-- A Checkout Session in setup mode: a person of the account saves a card; the webhook records it.
CREATE TABLE billing_setup_sessions (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'completed', 'failed')),
  stripe_session_id text UNIQUE,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL
);

-- Saved cards: what people need to recognise them (brand, last 4 digits, expiry) and Stripe's id, nothing more.
-- The newest card not removed is the one charged.
CREATE TABLE billing_payment_methods (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  stripe_payment_method_id text NOT NULL UNIQUE,
  brand text NOT NULL,
  last4 text NOT NULL CHECK (last4 ~ '^[0-9]{4}$'),
  exp_month integer NOT NULL CHECK (exp_month BETWEEN 1 AND 12),
  exp_year integer NOT NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  removed_at timestamptz
);
CREATE INDEX billing_payment_methods_account_idx ON billing_payment_methods (account_id, created_at DESC)
  WHERE removed_at IS NULL;

-- Automatic charges of an invoice: attempt 1 when it is issued, then retries 1, 3 and 5 days after the first. The
-- primary key makes each attempt happen once; its checkout row carries the PaymentIntent through the same payment
-- path as a hosted checkout (the webhook and the job settle it once, under the checkout's row lock).
CREATE TABLE billing_charge_attempts (
  document_id uuid NOT NULL REFERENCES billing_documents (id) ON DELETE CASCADE,
  attempt integer NOT NULL CHECK (attempt BETWEEN 1 AND 4),
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  -- Deferred: the claim is inserted first (it decides whether this run charges), its checkout row right after.
  checkout_id uuid REFERENCES billing_checkouts (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
  payment_method_id uuid REFERENCES billing_payment_methods (id) ON DELETE SET NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
  failure_code text,
  first_attempt_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (document_id, attempt)
);
CREATE INDEX billing_charge_attempts_checkout_idx ON billing_charge_attempts (checkout_id);

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

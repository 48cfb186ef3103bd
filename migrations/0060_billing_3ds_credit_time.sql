-- Billing (issue 11, part 2): 3-D Secure, reversing a credit application, tax on retainer overage, and time logged
-- on an account, a ticket or a thread counting toward the account's retainer.

-- 3-D Secure. A checkout paid with a saved card in the portal ('card') or by the automatic charge ('auto') keeps the
-- PaymentIntent Stripe answered with and, while Stripe waits on the customer (status requires_action), the address
-- of the bank's challenge. The invoice is paid only when Stripe's webhook says the intent succeeded.
ALTER TABLE billing_checkouts ADD COLUMN kind text NOT NULL DEFAULT 'hosted'
  CONSTRAINT billing_3ds_checkouts_kind_check CHECK (kind IN ('hosted', 'card', 'auto'));
ALTER TABLE billing_checkouts ADD COLUMN action_url text;
-- One card payment in flight per invoice: the portal's Pay button twice at once (or next to a waiting automatic
-- charge) finds the open one instead of charging twice. Taken under the invoice's row lock; this index is the net.
CREATE UNIQUE INDEX billing_3ds_checkouts_open_card_idx ON billing_checkouts ((document_ids[1]))
  WHERE kind = 'card' AND status = 'open';
-- An automatic charge the customer's bank wants authenticated stops its retries and waits for the customer
-- ('requires_action'); the customer finishes it in the portal from the mail's link.
ALTER TABLE billing_charge_attempts DROP CONSTRAINT billing_charge_attempts_status_check;
ALTER TABLE billing_charge_attempts ADD CONSTRAINT billing_3ds_charge_attempts_status_check
  CHECK (status IN ('pending', 'succeeded', 'failed', 'requires_action'));

-- Reversing a credit application: the payment row of source 'credit' is kept (the audit trail and the ledger name
-- it) and marked reversed; the invoice's paid amount goes down and the credit goes back to the balance, once.
ALTER TABLE billing_payments ADD COLUMN reversed_at timestamptz;
ALTER TABLE billing_payments ADD COLUMN reversed_by uuid REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE billing_payments ADD CONSTRAINT billing_credit_reversal_check CHECK (reversed_at IS NULL OR source = 'credit');

-- Tax on retainer overage: the retainer's tax rates, copied onto each overage request when staff ask (the client
-- approves the net amount with the rates named), and applied to the overage's invoice line.
ALTER TABLE billing_retainers ADD COLUMN tax_rate_ids uuid[] NOT NULL DEFAULT '{}';
ALTER TABLE billing_retainer_overages ADD COLUMN tax_rate_ids uuid[] NOT NULL DEFAULT '{}';

-- Time on an account, a ticket or a thread, not only on a task: the task and its project become optional, a thread
-- (a ticket is a thread) may be named instead. The account is always kept.
ALTER TABLE task_time_entries ALTER COLUMN task_id DROP NOT NULL;
ALTER TABLE task_time_entries ALTER COLUMN project_id DROP NOT NULL;
ALTER TABLE task_time_entries ADD COLUMN thread_id uuid REFERENCES threads (id) ON DELETE CASCADE;
ALTER TABLE task_time_entries ADD CONSTRAINT billing_time_subject_check
  CHECK ((task_id IS NULL) = (project_id IS NULL) AND (task_id IS NULL OR thread_id IS NULL));
CREATE INDEX billing_time_thread_idx ON task_time_entries (thread_id) WHERE thread_id IS NOT NULL;

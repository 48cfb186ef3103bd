-- Notices of expiring cards (issue 11): the card automatic payments use expires at the end of this month or next,
-- and the account's billing people are told once. The primary key is the claim: the sweep inserts the row in the
-- transaction that queues the mails, so a rerun, a second process or a crash between the two never sends twice.
-- The expiry is part of the key: a card whose expiry Stripe renews would be told again for the new date.
CREATE TABLE billing_card_expiry_notices (
  payment_method_id uuid NOT NULL REFERENCES billing_payment_methods (id) ON DELETE CASCADE,
  exp_year integer NOT NULL,
  exp_month integer NOT NULL CHECK (exp_month BETWEEN 1 AND 12),
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  -- How many were mailed (0: nobody to tell, or everyone opted out of billing notices); still claimed.
  recipients integer NOT NULL,
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (payment_method_id, exp_year, exp_month)
);

-- The sweep looks for cards by expiry month (a range of two months), not by account.
CREATE INDEX billing_payment_methods_expiry_idx ON billing_payment_methods ((exp_year * 12 + exp_month - 1))
  WHERE removed_at IS NULL;

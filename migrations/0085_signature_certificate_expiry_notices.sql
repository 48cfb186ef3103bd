-- The signing certificate's expiry warnings (issue 13): one row per certificate (by its SHA-256 fingerprint) and
-- threshold (30 or 7 days before it expires), inserted in the transaction that queues the mail to the firm's owners
-- and admins. The primary key is the claim: a rerun, or a second process checking at the same moment, finds the
-- row and mails nothing. A replaced certificate has another fingerprint, so its own warnings start afresh.
CREATE TABLE signature_certificate_expiry_notices (
  fingerprint text NOT NULL,
  threshold_days integer NOT NULL CHECK (threshold_days IN (30, 7)),
  not_after timestamptz NOT NULL,
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (fingerprint, threshold_days)
);

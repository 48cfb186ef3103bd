-- A claim on an Idempotency-Key is leased: the request holding it renews the lease while it runs, so a retry
-- after its process died (a crash, a cut connection) takes the key over once the lease has passed, instead of
-- answering 409 idempotency_in_progress for the key's whole 24 hours.
ALTER TABLE idempotency_keys ADD COLUMN lease_expires_at timestamptz NOT NULL DEFAULT now();
-- Set in the transaction that carries out the request's work (see platform/db/commit-marker.ts): a claim whose
-- work committed but whose response was never stored (the process died in between) is never run again.
ALTER TABLE idempotency_keys ADD COLUMN applied_at timestamptz;

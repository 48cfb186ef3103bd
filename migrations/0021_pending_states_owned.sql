-- Every "pending" state in the schema and what ends it, so that none can outlive a crash (issue: reliability under
-- faults). Kept in the catalog itself (psql \d+ shows them) next to the columns they describe.
COMMENT ON COLUMN jobs.locked_until IS
  'Lease of the running attempt, renewed by its runner every third of JOBS_LEASE_SECONDS. Once passed, any process handling the kind takes the job over; attempts fences out the old runner. A job past max_attempts gives up (failed, onGiveUp hook).';
COMMENT ON COLUMN document_versions.thumbnail_state IS
  'pending: owned by the documents.derived-images job enqueued in the upload transaction (leased; on giving up it sets failed). Never pending without a job.';
COMMENT ON COLUMN document_versions.preview_key IS
  'NULL until the metadata-free image preview exists: made by the documents.derived-images job, or at the first preview request if that job has not yet. Cannot stay missing for a viewer.';
COMMENT ON TABLE storage_pending_objects IS
  'Objects being written; removed by the commit that makes them visible. A row left by a crash names an orphan that the documents sweep deletes after 24 hours.';
COMMENT ON COLUMN conversation_email_sends.status IS
  'sending: a send reserved under lease_until by the email job that holds it; past the lease the job (retried or taken over) reserves it again. sent: done.';
COMMENT ON COLUMN idempotency_keys.lease_expires_at IS
  'A request in progress holds its key under this lease, renewed while it runs; a retry after the holder died takes the key over once it passed (applied_at says whether its work committed).';
COMMENT ON COLUMN message_attachments.message_id IS
  'NULL while an uploaded attachment waits for the message its author is writing: user work in progress, not derived work that the system owes.';

-- Jobs are leased: `locked_until` is the lease of the running attempt, renewed by its runner while it works; once
-- it passes, any process that handles the kind takes the job over, and `attempts` fences the old attempt out.
-- Runners claim only the kinds they handle, by kind and due time.
CREATE INDEX jobs_kind_due_idx ON jobs (kind, run_at) WHERE status IN ('queued', 'running');

-- Thumbnails and previews are now made by a job (documents.derived-images) enqueued in the upload's transaction.
-- Versions left "pending" by in-process work that a crash or restart cut off get their job here, so they are made.
INSERT INTO jobs (id, kind, payload, status, dedupe_key, run_at, attempts, max_attempts, created_at, updated_at)
SELECT gen_random_uuid(), 'documents.derived-images', jsonb_build_object('versionId', v.id), 'queued',
       'documents.derived-images:' || v.id, now(), 0, 5, now(), now()
FROM document_versions v
WHERE v.thumbnail_state = 'pending'
ON CONFLICT (dedupe_key) WHERE status = 'queued' DO NOTHING;

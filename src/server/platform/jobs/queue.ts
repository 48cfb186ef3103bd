import type { Queryable } from '../db/index.ts';
import { newId } from '../ids.ts';
import { SqlParams } from '../db/params.ts';

export interface JobRow {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  status: 'queued' | 'running' | 'done' | 'failed';
  dedupe_key: string | null;
  run_at: Date;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface NewJob {
  kind: string;
  payload: Record<string, unknown>;
  runAt: Date;
  /** While a job with this key is queued, enqueueing another is a no-op (the queued one will cover it). */
  dedupeKey?: string;
  maxAttempts?: number;
}

const COLUMNS =
  'id, kind, payload, status, dedupe_key, run_at, attempts, max_attempts, last_error, created_at, updated_at';

type Poke = () => void;
const runners = new Set<Poke>();
export function onJobEnqueued(poke: Poke) {
  runners.add(poke);
  return () => runners.delete(poke);
}

/**
 * Enqueues in the caller's transaction: the job exists exactly when the change that needs it committed, so a
 * crash between commit and delivery loses nothing (the runner finds the row on its next poll or start).
 */
export async function enqueueJob(tx: Queryable, job: NewJob, now: Date) {
  const { rowCount } = await tx.query(
    `INSERT INTO jobs (id, kind, payload, dedupe_key, run_at, max_attempts, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
     ON CONFLICT (dedupe_key) WHERE status = 'queued' DO NOTHING`,
    [newId(), job.kind, JSON.stringify(job.payload), job.dedupeKey ?? null, job.runAt, job.maxAttempts ?? 8, now],
  );
  // A job folded into one already queued (same dedupe key) needs no runner: that one is on its way.
  if (rowCount) pokeRunnersAfterCommit(tx);
}

function pokeRunnersAfterCommit(tx: Queryable) {
  tx.afterCommit(() => {
    for (const poke of runners) poke();
  });
}

/** Several jobs in one statement (a message's email jobs for all its recipients); same rules as enqueueJob. */
export async function enqueueJobs(tx: Queryable, jobs: NewJob[], now: Date) {
  if (!jobs.length) return;
  const params = new SqlParams();
  const { rowCount } = await tx.query(insertJobsSql(jobs, now, params), params.values);
  if (rowCount) afterJobsInserted(tx, jobs, now);
}

/**
 * enqueueJobs as a piece of a larger statement (a data-modifying CTE: `WITH queued AS (${insertJobsSql(...)})`);
 * `RETURNING 1` per job really added. The caller then calls afterJobsInserted when that count is not 0. `when`: an
 * SQL condition (never input) under which the jobs are queued at all.
 */
export function insertJobsSql(jobs: NewJob[], now: Date, params: SqlParams, when = 'true') {
  const { p } = params;
  return `INSERT INTO jobs (id, kind, payload, dedupe_key, run_at, max_attempts, created_at, updated_at)
     SELECT j.id, j.kind, j.payload, j.dedupe_key, j.run_at, j.max_attempts, ${p(now)}::timestamptz, ${p(now)}::timestamptz
     FROM unnest(${p(jobs.map(() => newId()))}::uuid[], ${p(jobs.map((j) => j.kind))}::text[], ${p(jobs.map((j) => JSON.stringify(j.payload)))}::jsonb[],
       ${p(jobs.map((j) => j.dedupeKey ?? null))}::text[], ${p(jobs.map((j) => j.runAt))}::timestamptz[], ${p(jobs.map((j) => j.maxAttempts ?? 8))}::int[])
       AS j(id, kind, payload, dedupe_key, run_at, max_attempts)
     WHERE ${when}
     ON CONFLICT (dedupe_key) WHERE status = 'queued' DO NOTHING RETURNING 1`;
}

/** Only new jobs due now need a runner at once; later ones are found by the poll, folded ones are already queued. */
export function afterJobsInserted(tx: Queryable, jobs: NewJob[], now: Date) {
  if (jobs.some((j) => j.runAt <= now)) pokeRunnersAfterCommit(tx);
}

/**
 * Claims due jobs of the given kinds for this process, each with a lease until `now + leaseMs` that its runner
 * renews (renewLease) while the job runs. SKIP LOCKED lets every process claim different rows without waiting; a
 * lease that passed (its runner died, hung or lost the database) returns the job to any process that handles its
 * kind. The claim counts an attempt: `attempts` is the fencing token of this run (see completeJob, failJob).
 * `exclude`: jobs this runner still runs itself (the clock may have jumped past their lease in tests).
 */
export async function claimJobs(
  db: Queryable,
  now: Date,
  limit: number,
  leaseMs: number,
  kinds: readonly string[] | null = null,
  exclude: readonly string[] = [],
): Promise<JobRow[]> {
  const { rows } = await db.query<JobRow>(
    `UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_until = $2, updated_at = $1
     WHERE id IN (
       SELECT id FROM jobs
       WHERE run_at <= $1 AND (status = 'queued' OR (status = 'running' AND locked_until < $1))
         AND ($4::text[] IS NULL OR kind = ANY($4::text[])) AND NOT (id = ANY($5::uuid[]))
       ORDER BY run_at, id LIMIT $3
       FOR UPDATE SKIP LOCKED)
     RETURNING ${COLUMNS}`,
    [now, new Date(now.getTime() + leaseMs), limit, kinds, exclude],
  );
  return rows;
}

/**
 * Extends the lease of a job this attempt still holds. False when it no longer does: another attempt took it
 * over, it finished, or the lease had already passed (by then another process may have claimed it, so the
 * holder must stop rather than run on beside it).
 */
export async function renewLease(db: Queryable, job: JobRow, now: Date, leaseMs: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE jobs SET locked_until = $3 WHERE id = $1 AND status = 'running' AND attempts = $2 AND locked_until >= $4`,
    [job.id, job.attempts, new Date(now.getTime() + leaseMs), now],
  );
  return rowCount === 1;
}

/** With `attempts`, only while that attempt still owns the job (see failJob). */
export async function completeJob(db: Queryable, id: string, now: Date, attempts?: number): Promise<boolean> {
  const { rowCount } = await db.query(
    "UPDATE jobs SET status = 'done', locked_until = NULL, last_error = NULL, updated_at = $2 WHERE id = $1 AND ($3::int IS NULL OR (status = 'running' AND attempts = $3))",
    [id, now, attempts ?? null],
  );
  return rowCount === 1;
}

/** Exponential backoff: 30 s, 1 min, 2 min ... capped at 1 hour; after max_attempts the job waits for an admin. */
export function backoffMs(attempts: number) {
  return Math.min(3_600_000, 30_000 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Only while this attempt still owns the job: a runner whose lease passed (another took the job over) changes
 * nothing ('lost'). 'failed' when that was the last attempt (the job waits for an admin), else 'retry'.
 */
export async function failJob(
  db: Queryable,
  job: JobRow,
  error: string,
  now: Date,
): Promise<'retry' | 'failed' | 'lost'> {
  const failed = job.attempts >= job.max_attempts;
  const { rowCount } = await db.query(
    `UPDATE jobs SET status = $2, run_at = $3, locked_until = NULL, last_error = $4, updated_at = $5
     WHERE id = $1 AND status = 'running' AND attempts = $6`,
    [
      job.id,
      failed ? 'failed' : 'queued',
      new Date(now.getTime() + backoffMs(job.attempts)),
      error.slice(0, 2000),
      now,
      job.attempts,
    ],
  );
  if (rowCount !== 1) return 'lost';
  return failed ? 'failed' : 'retry';
}

/**
 * Puts a job back to wait (not a failure: the attempt is not counted). If another job with the same key was
 * queued meanwhile, that one covers this one, which is then done.
 */
export async function postponeJob(db: Queryable, job: JobRow, runAt: Date, now: Date) {
  const { rowCount } = await db.query(
    `UPDATE jobs SET status = 'queued', run_at = $2, attempts = attempts - 1, locked_until = NULL, updated_at = $3
     WHERE id = $1 AND status = 'running' AND attempts = $5
       AND NOT EXISTS (SELECT 1 FROM jobs other WHERE other.dedupe_key = $4 AND other.status = 'queued')`,
    [job.id, runAt, now, job.dedupe_key, job.attempts],
  );
  if (rowCount === 0) await completeJob(db, job.id, now, job.attempts);
}

/** Retention: jobs done before `before`. Failed jobs stay until an admin retries them (or forever, as a record). */
export async function deleteFinishedJobsBefore(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query("DELETE FROM jobs WHERE status = 'done' AND updated_at < $1", [before]);
  return rowCount ?? 0;
}

// Portal-wide table, read by staff admins only (the route's policy): no account scope applies.
export async function listJobs(
  db: Queryable,
  status: JobRow['status'] | null,
  after: [string, string] | null,
  limit: number,
): Promise<(JobRow & { updated_key: string })[]> {
  const { rows } = await db.query<JobRow & { updated_key: string }>(
    `SELECT id, kind, payload, status, dedupe_key, run_at, attempts, max_attempts, last_error, created_at, updated_at,
            to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS updated_key
     FROM jobs WHERE ($1::text IS NULL OR status = $1)
       AND ($2::timestamptz IS NULL OR (updated_at, id) < ($2::timestamptz, $3::uuid))
     ORDER BY updated_at DESC, id DESC LIMIT $4`,
    [status, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
  return rows;
}

export async function retryFailedJob(db: Queryable, id: string, now: Date): Promise<JobRow | null> {
  const { rows } = await db.query<JobRow>(
    `UPDATE jobs SET status = 'queued', attempts = 0, run_at = $2, last_error = NULL, updated_at = $2
     WHERE id = $1 AND status = 'failed'
       AND NOT EXISTS (SELECT 1 FROM jobs other WHERE other.dedupe_key = jobs.dedupe_key AND other.status = 'queued')
     RETURNING ${COLUMNS}`,
    [id, now],
  );
  return rows[0] ?? null;
}

export async function findJob(db: Queryable, id: string): Promise<JobRow | null> {
  const { rows } = await db.query<JobRow>(`SELECT ${COLUMNS} FROM jobs WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

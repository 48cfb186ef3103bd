import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest, onSendHookHandler, preHandlerHookHandler } from 'fastify';

const hooksOf = <T>(hooks: T | T[] | undefined): T[] =>
  hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks];
import type { Clock } from '../clock.ts';
import { runWithCommitMarker, type Database, type Queryable } from '../db/index.ts';
import { AppError, conflict, fieldError } from './errors.ts';

const HEADER = 'idempotency-key';
const RETENTION_MS = 24 * 3_600_000;
/** How long a claim lasts without renewal; the holder renews it every third of that while its request runs. */
export const DEFAULT_IDEMPOTENCY_LEASE_MS = 30_000;

/** Renewal timers of the claims this process holds, by user and key: stopped when the claim completes or is freed. */
const renewals = new Map<string, NodeJS.Timeout>();
const holdingKey = (userId: string, key: string) => `${userId}\u0000${key}`;

function holdLease(db: Queryable, clock: Clock, userId: string, key: string, leaseMs: number) {
  const timer = setInterval(
    () => {
      db.query(
        'UPDATE idempotency_keys SET lease_expires_at = $3 WHERE user_id = $1 AND key = $2 AND status_code IS NULL',
        [userId, key, new Date(clock.now().getTime() + leaseMs)],
      ).catch(() => undefined); // a missed renewal only shortens the lease; the next one tries again
    },
    Math.max(1, Math.floor(leaseMs / 3)),
  );
  timer.unref();
  renewals.set(holdingKey(userId, key), timer);
}

function letGo(userId: string, key: string) {
  const id = holdingKey(userId, key);
  clearInterval(renewals.get(id));
  renewals.delete(id);
}

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { userId: string; key: string } | null;
  }
}

function requestHash(request: FastifyRequest) {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
}

export interface StoredKey {
  request_hash: string;
  status_code: number | null;
  response_body: unknown;
  created_at: Date;
  /** The request's work committed (see `markApplied`); with no status_code, its response was lost. */
  applied: boolean;
  /** Its holder stopped renewing the claim: the request died. */
  lease_expired: boolean;
}

/** The request's `Idempotency-Key` (checked: 8 to 200 characters), or null when it sent none. */
export function idempotencyKeyOf(request: FastifyRequest): string | null {
  const header = request.headers[HEADER];
  if (header === undefined) return null;
  const key = String(header);
  if (key.length < 8 || key.length > 200)
    throw fieldError('Idempotency-Key', 'invalid_length', 'Use a key of 8 to 200 characters, such as a UUID.');
  return key;
}

/**
 * Claims (user, key) for a request with this fingerprint. `claimed`: this request does the work and must end
 * with `completeIdempotencyKey` or `releaseIdempotencyKey`. Otherwise the first request's stored row: the
 * caller replays it, or answers 409 (see `refuseUnlessReplayable`). Keys older than 24 hours are forgotten.
 *
 * The claim is a lease, renewed while this process runs the request. A claim whose holder died (a crash, a kill,
 * a restart) stops being renewed; once its lease has passed, a retry with the same fingerprint takes it over in
 * the same conditional statement, so exactly one retry runs the request. Left open: a crash between the work's
 * commit and `completeIdempotencyKey` lets that retry run the request a second time.
 */
export async function claimIdempotencyKey(
  db: Queryable,
  clock: Clock,
  userId: string,
  key: string,
  hash: string,
  leaseMs = DEFAULT_IDEMPOTENCY_LEASE_MS,
): Promise<{ claimed: true } | { claimed: false; stored: StoredKey }> {
  const now = clock.now();
  await db.query('DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND created_at < $3', [
    userId,
    key,
    new Date(now.getTime() - RETENTION_MS),
  ]);
  const claimed = await db.query(
    `INSERT INTO idempotency_keys (user_id, key, request_hash, created_at, lease_expires_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (user_id, key) DO UPDATE SET lease_expires_at = EXCLUDED.lease_expires_at
       WHERE idempotency_keys.status_code IS NULL AND idempotency_keys.lease_expires_at <= $4
         AND idempotency_keys.applied_at IS NULL AND idempotency_keys.request_hash = EXCLUDED.request_hash`,
    [userId, key, hash, now, new Date(now.getTime() + leaseMs)],
  );
  if (claimed.rowCount === 1) {
    holdLease(db, clock, userId, key, leaseMs);
    return { claimed: true };
  }
  const stored = (
    await db.query<StoredKey>(
      `SELECT request_hash, status_code, response_body, created_at, applied_at IS NOT NULL AS applied,
              lease_expires_at <= $3 AS lease_expired
       FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
      [userId, key, now],
    )
  ).rows[0];
  if (!stored) throw new AppError(409, 'idempotency_conflict', 'Conflict', 'Retry the request.');
  return { claimed: false, stored };
}

/** 409 unless the stored request had the same fingerprint and has finished. */
export function refuseUnlessReplayable(
  stored: StoredKey,
  hash: string,
): asserts stored is StoredKey & { status_code: number } {
  if (stored.request_hash !== hash) throw idempotencyKeyReused();
  if (stored.status_code === null && stored.applied && stored.lease_expired)
    throw conflict(
      'The first request with this Idempotency-Key was carried out, but the server stopped before it could answer. It will not be carried out again: look up its result.',
      'idempotency_response_lost',
    );
  if (stored.status_code === null)
    throw conflict('A request with this Idempotency-Key is still being processed.', 'idempotency_in_progress');
}

export const idempotencyKeyReused = () =>
  conflict('This Idempotency-Key was used with a different request.', 'idempotency_key_reused');

/**
 * Marks the claim applied inside the transaction doing the request's work, so the mark is durable exactly when
 * the work is: a request that dies after its commit but before `completeIdempotencyKey` is then never run again.
 */
function markApplied(userId: string, key: string) {
  return async (tx: Queryable) => {
    await tx.query(
      'UPDATE idempotency_keys SET applied_at = now() WHERE user_id = $1 AND key = $2 AND status_code IS NULL',
      [userId, key],
    );
  };
}

/** Runs `work` so that each transaction it commits also marks the claim applied (see `markApplied`). */
export function runMarkingApplied<T>(userId: string, key: string, work: () => T): T {
  return runWithCommitMarker(markApplied(userId, key), work);
}

/** Keeps the first response for replays. `responseBody`: JSON text or a value. */
export async function completeIdempotencyKey(
  db: Queryable,
  userId: string,
  key: string,
  statusCode: number,
  responseBody: unknown,
) {
  letGo(userId, key);
  const json = typeof responseBody === 'string' ? responseBody : JSON.stringify(responseBody);
  await db.query('UPDATE idempotency_keys SET status_code = $3, response_body = $4 WHERE user_id = $1 AND key = $2', [
    userId,
    key,
    statusCode,
    json,
  ]);
}

/** A failed attempt did nothing: free the key so the client can retry it. */
export async function releaseIdempotencyKey(db: Queryable, userId: string, key: string) {
  letGo(userId, key);
  await db.query('DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2', [userId, key]);
}

/**
 * `Idempotency-Key` on creating POSTs: a repeat with the same key and body within 24 hours gets the first
 * response again without doing the work twice; the same key with another body, or while the first is still
 * running, gets 409. Keys are per user. (Streamed uploads cannot be hashed here: see documents' upload routes.)
 */
export function registerIdempotency(app: FastifyInstance, db: Database, clock: Clock, leaseMs: number) {
  app.decorateRequest('idempotency', null);

  // Only idempotent routes get the hooks (route-level, after the app's own): every other route, `GET /me` among
  // them, then has no preHandler phase at all. Their handlers run with the claim's commit marker, so their
  // transactions mark it applied.
  app.addHook('onRoute', (route) => {
    if (!route.config?.idempotent) return;
    const handler = route.handler;
    route.handler = function (this: FastifyInstance, request, reply) {
      const slot = request.idempotency;
      if (!slot) return handler.call(this, request, reply);
      return runMarkingApplied(slot.userId, slot.key, () => handler.call(this, request, reply));
    };
    route.preHandler = [...hooksOf(route.preHandler), claimHook];
    route.onSend = [...hooksOf(route.onSend), settleHook];
  });

  // Callback hooks: the work is in the async functions they call.
  const claimHook: preHandlerHookHandler = (request, reply, done) => {
    if (request.headers[HEADER] === undefined || !request.actor) return done();
    // A replayed answer is sent from here: then `done` must not be called (the reply is already on its way).
    claimOrReplay(request, reply).then((replayed) => (replayed ? undefined : done()), done);
  };

  /** Claims the key for this request, or sends the stored answer of the request that used it (true then). */
  async function claimOrReplay(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const key = idempotencyKeyOf(request)!;
    const hash = requestHash(request);
    const userId = request.actor!.userId;
    const claim = await claimIdempotencyKey(db, clock, userId, key, hash, leaseMs);
    if (claim.claimed) {
      request.idempotency = { userId, key };
      return false;
    }
    refuseUnlessReplayable(claim.stored, hash);
    reply.status(claim.stored.status_code).header('idempotent-replayed', 'true').send(claim.stored.response_body);
    return true;
  }

  const settleHook: onSendHookHandler = (request, reply, payload, done) => {
    const slot = request.idempotency;
    if (!slot) return done(null, payload);
    const settled =
      reply.statusCode >= 200 && reply.statusCode < 300 && typeof payload === 'string'
        ? completeIdempotencyKey(db, slot.userId, slot.key, reply.statusCode, payload)
        : releaseIdempotencyKey(db, slot.userId, slot.key);
    settled.then(() => done(null, payload), done);
  };
}

import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Clock } from '../clock.ts';
import type { Database, Queryable } from '../db/index.ts';
import { AppError, conflict, fieldError } from './errors.ts';

const HEADER = 'idempotency-key';
const RETENTION_MS = 24 * 3_600_000;

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
 */
export async function claimIdempotencyKey(
  db: Queryable,
  clock: Clock,
  userId: string,
  key: string,
  hash: string,
): Promise<{ claimed: true } | { claimed: false; stored: StoredKey }> {
  const now = clock.now();
  await db.query('DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND created_at < $3', [
    userId,
    key,
    new Date(now.getTime() - RETENTION_MS),
  ]);
  const inserted = await db.query(
    'INSERT INTO idempotency_keys (user_id, key, request_hash, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
    [userId, key, hash, now],
  );
  if (inserted.rowCount === 1) return { claimed: true };
  const stored = (
    await db.query<StoredKey>(
      'SELECT request_hash, status_code, response_body, created_at FROM idempotency_keys WHERE user_id = $1 AND key = $2',
      [userId, key],
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
  if (stored.status_code === null)
    throw conflict('A request with this Idempotency-Key is still being processed.', 'idempotency_in_progress');
}

export const idempotencyKeyReused = () =>
  conflict('This Idempotency-Key was used with a different request.', 'idempotency_key_reused');

/** Keeps the first response for replays. `responseBody`: JSON text or a value. */
export async function completeIdempotencyKey(
  db: Queryable,
  userId: string,
  key: string,
  statusCode: number,
  responseBody: unknown,
) {
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
  await db.query('DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2', [userId, key]);
}

/**
 * `Idempotency-Key` on creating POSTs: a repeat with the same key and body within 24 hours gets the first
 * response again without doing the work twice; the same key with another body, or while the first is still
 * running, gets 409. Keys are per user. (Streamed uploads cannot be hashed here: see documents' upload routes.)
 */
export function registerIdempotency(app: FastifyInstance, db: Database, clock: Clock) {
  app.decorateRequest('idempotency', null);

  app.addHook('preHandler', async (request, reply) => {
    if (!request.routeOptions.config?.idempotent || request.headers[HEADER] === undefined || !request.actor) return;
    const key = idempotencyKeyOf(request)!;
    const hash = requestHash(request);
    const userId = request.actor.userId;
    const claim = await claimIdempotencyKey(db, clock, userId, key, hash);
    if (claim.claimed) {
      request.idempotency = { userId, key };
      return;
    }
    refuseUnlessReplayable(claim.stored, hash);
    return reply
      .status(claim.stored.status_code)
      .header('idempotent-replayed', 'true')
      .send(claim.stored.response_body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const slot = request.idempotency;
    if (!slot) return payload;
    if (reply.statusCode >= 200 && reply.statusCode < 300 && typeof payload === 'string') {
      await completeIdempotencyKey(db, slot.userId, slot.key, reply.statusCode, payload);
    } else {
      await releaseIdempotencyKey(db, slot.userId, slot.key);
    }
    return payload;
  });
}

import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/index.ts';
import { AppError, conflict, fieldError } from './errors.ts';

const HEADER = 'idempotency-key';
const RETENTION_MS = 24 * 3_600_000;

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { userId: string; key: string } | null;
  }
}

function requestHash(request: FastifyRequest) {
  return createHash('sha256').update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`).digest('hex');
}

interface StoredKey {
  request_hash: string;
  status_code: number | null;
  response_body: unknown;
  created_at: Date;
}

/**
 * `Idempotency-Key` on creating POSTs: a repeat with the same key and body within 24 hours gets the first
 * response again without doing the work twice; the same key with another body, or while the first is still
 * running, gets 409. Keys are per user.
 */
export function registerIdempotency(app: FastifyInstance, db: Database, clock: Clock) {
  app.decorateRequest('idempotency', null);

  app.addHook('preHandler', async (request, reply) => {
    const header = request.headers[HEADER];
    if (!request.routeOptions.config?.idempotent || header === undefined || !request.actor) return;
    const key = String(header);
    if (key.length < 8 || key.length > 200) throw fieldError('Idempotency-Key', 'invalid_length', 'Use a key of 8 to 200 characters, such as a UUID.');
    const hash = requestHash(request);
    const userId = request.actor.userId;
    const now = clock.now();
    await db.query('DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND created_at < $3', [userId, key, new Date(now.getTime() - RETENTION_MS)]);
    const inserted = await db.query('INSERT INTO idempotency_keys (user_id, key, request_hash, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [userId, key, hash, now]);
    if (inserted.rowCount === 1) {
      request.idempotency = { userId, key };
      return;
    }
    const stored = (await db.query<StoredKey>('SELECT request_hash, status_code, response_body, created_at FROM idempotency_keys WHERE user_id = $1 AND key = $2', [userId, key])).rows[0];
    if (!stored) throw new AppError(409, 'idempotency_conflict', 'Conflict', 'Retry the request.');
    if (stored.request_hash !== hash) throw conflict('This Idempotency-Key was used with a different request.', 'idempotency_key_reused');
    if (stored.status_code === null) throw conflict('A request with this Idempotency-Key is still being processed.', 'idempotency_in_progress');
    return reply.status(stored.status_code).header('idempotent-replayed', 'true').send(stored.response_body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const slot = request.idempotency;
    if (!slot) return payload;
    if (reply.statusCode >= 200 && reply.statusCode < 300 && typeof payload === 'string') {
      await db.query('UPDATE idempotency_keys SET status_code = $3, response_body = $4 WHERE user_id = $1 AND key = $2', [slot.userId, slot.key, reply.statusCode, payload]);
    } else {
      // A failed attempt did nothing: free the key so the client can retry it.
      await db.query('DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2', [slot.userId, slot.key]);
    }
    return payload;
  });
}

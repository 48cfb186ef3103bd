import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { listenersDown, type Database } from '../db/index.ts';
import { access } from './access.ts';
import { AppError } from './errors.ts';
import { sendProblem } from './problem.ts';

export interface Lifecycle {
  shuttingDown: boolean;
}

/** Seconds a client or load balancer should wait before trying this process again. */
const RETRY_AFTER_SECONDS = 5;

const unavailableNow = (code: string, detail: string) =>
  new AppError(503, code, 'Service unavailable', detail, undefined, { 'retry-after': String(RETRY_AFTER_SECONDS) });

/**
 * While shutting down, every request (but /livez) gets 503 problem+json with Retry-After and `Connection: close`,
 * before authentication or anything else touches the database: the client retries on another process. Fastify's
 * own 503 while closing is plain JSON, so it is turned off (`return503OnClosing: false` in app.ts) for this one.
 * Run by the request scope's hook (`registerRequestScope`), first thing on every request: true when it answered.
 */
export function shutdownGate(lifecycle: Lifecycle) {
  return (request: FastifyRequest, reply: FastifyReply): boolean => {
    if (!lifecycle.shuttingDown || request.url === '/livez') return false;
    reply.header('connection', 'close');
    sendProblem(
      request,
      reply,
      unavailableNow('shutting_down', 'This server is shutting down. Retry shortly: another one will answer.'),
    );
    return true;
  };
}

/**
 * /livez: the process answers. /readyz: it can serve traffic: database reachable, not draining, and on PostgreSQL
 * its LISTEN connections up (while one reconnects, the session cache is bypassed and real-time events wait for the
 * poll). Failures are 503 problem+json with Retry-After; `code` says which.
 */
export function registerHealth(app: FastifyInstance, db: Database) {
  const rule = { access: access.public('load balancers and orchestrators probe without credentials') };
  app.get('/livez', { config: rule, schema: { hide: true } }, () => ({ status: 'ok' }));
  app.get('/readyz', { config: rule, schema: { hide: true } }, async (request, reply) => {
    try {
      await Promise.race([
        db.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
    } catch {
      return sendProblem(request, reply, unavailableNow('database_unreachable', 'The database does not answer.'));
    }
    const down = listenersDown();
    if (down.length > 0) {
      return sendProblem(
        request,
        reply,
        unavailableNow('listener_down', `Reconnecting to database notifications: ${down.join(', ')}.`),
      );
    }
    return { status: 'ok', database: db.engine };
  });
}

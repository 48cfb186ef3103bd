import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../actor.ts';
import type { Authorizer, RealtimeHub } from './hub.ts';

/** Last-Event-ID as sent by EventSource on reconnect (or ?lastEventId= for clients that cannot set headers). */
export function resumePointOf(request: FastifyRequest): number | null {
  const raw = request.headers['last-event-id'] ?? (request.query as { lastEventId?: string } | undefined)?.lastEventId;
  const value = typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : null;
  return value;
}

/**
 * Fastify waits for the response's 'finish' (and 'error') to log how long the request took; a stream finishes hours
 * later, and that listener's closure keeps the whole request alive meanwhile (actor, child logger, cookies, reply):
 * about a quarter of what an idle stream costs. Portico has no onResponse hooks, so only that log line is lost; an
 * error listener without references stays, so a late socket error is not an uncaught exception.
 */
function releaseRequest(raw: FastifyReply['raw']) {
  for (const event of ['finish', 'error'] as const) {
    for (const listener of raw.listeners(event)) {
      if (listener.name === 'onResFinished') raw.off(event, listener as (...args: unknown[]) => void);
    }
  }
  raw.on('error', ignore);
}
const ignore = () => undefined;

/**
 * Turns the response into a Server-Sent Events stream fed by the hub. The reply is hijacked: Fastify's
 * serialisation and hooks are done; the security headers that matter for a stream are set here.
 */
export async function openEventStream(
  hub: RealtimeHub,
  request: FastifyRequest,
  reply: FastifyReply,
  actor: Actor,
  auth: Authorizer,
) {
  reply.hijack();
  const raw = reply.raw;
  releaseRequest(raw);
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no', // nginx: do not buffer the stream
    'x-content-type-options': 'nosniff',
    'x-request-id': request.id,
  });
  raw.socket?.setNoDelay(true);
  raw.socket?.setTimeout(0);
  raw.write('retry: 3000\n\n');
  let closed = false;
  const subscription = {
    write(frame: string) {
      if (!closed) raw.write(frame);
    },
    close() {
      if (closed) return;
      closed = true;
      raw.end();
    },
  };
  const unsubscribe = await hub.subscribe(subscription, actor, auth, resumePointOf(request));
  raw.on('close', () => {
    closed = true;
    unsubscribe();
  });
  if (raw.destroyed) unsubscribe();
}

import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';

/** A limit a request was counted against, for the RateLimit headers of API-token responses. */
export interface CountedLimit {
  name: string;
  points: number;
  windowSeconds: number;
  remaining: number;
  resetSeconds: number;
}

/**
 * What the platform knows about the request being served, reachable from any code it runs (use cases,
 * `recordAudit`) without threading it through every call: who sent it (IP, user agent) and which limits it used.
 */
export interface RequestScope {
  ip: string;
  userAgent: string | null;
  limits: CountedLimit[];
  /**
   * The host the request was made to (lowercase, no port): modules/domains picks a segment by it when it is a
   * configured domain. Never copied into a link or a redirect.
   */
  host: string;
  /**
   * The integration (firm-level service token) making this request, set by the token gate: `recordAudit` records
   * such events as `service_token` with its id instead of a person.
   */
  serviceToken?: { id: string; name: string };
}

const requestScope = new AsyncLocalStorage<RequestScope>();

/** The request being served, or null outside one (jobs, periodic sweeps, the CLI). */
export function currentRequest(): RequestScope | null {
  return requestScope.getStore() ?? null;
}

/**
 * Opens the scope for every request. `done` is called inside `run`, so the rest of the request's lifecycle
 * (hooks, handler, onSend) and everything it awaits see the same store.
 */
export function registerRequestScope(app: FastifyInstance) {
  app.addHook('onRequest', (request, _reply, done) => {
    const userAgent = request.headers['user-agent'];
    const host = (request.hostname ?? '').toLowerCase().replace(/\.$/, '');
    requestScope.run({ ip: request.ip, userAgent: userAgent ? userAgent.slice(0, 512) : null, limits: [], host }, done);
  });
}

import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

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
 * The scope of one request. `ip` is read at once (the socket's address is gone once it closes, and work a request
 * starts may outlive it); the user agent and the host are read from the request's headers only when asked: most
 * requests never record an audit entry or resolve a domain (`/me` profile: the hostname getter, its split and the
 * lowercasing were per-request work nobody used). Headers stay readable after the request ends.
 */
class LazyRequestScope implements RequestScope {
  readonly ip: string;
  limits: CountedLimit[] = [];
  serviceToken?: { id: string; name: string };
  private userAgentRead: string | null | undefined = undefined;
  private hostRead: string | undefined = undefined;

  constructor(private readonly request: FastifyRequest) {
    this.ip = request.ip;
  }

  get userAgent(): string | null {
    if (this.userAgentRead === undefined) {
      const userAgent = this.request.headers['user-agent'];
      this.userAgentRead = userAgent ? userAgent.slice(0, 512) : null;
    }
    return this.userAgentRead;
  }

  get host(): string {
    return (this.hostRead ??= (this.request.hostname ?? '').toLowerCase().replace(/\.$/, ''));
  }
}

/**
 * Opens the scope for every request, after the shutdown gate: one hook for both, since every request passes both
 * and each hook Fastify runs costs a step of its hook runner (bench/me-overhead.ts). `done` is called inside `run`,
 * so the rest of the request's lifecycle (hooks, handler, onSend) and everything it awaits see the same store.
 * `refuseWhileShuttingDown` answers the request itself (and returns true) while the process drains.
 */
export function registerRequestScope(
  app: FastifyInstance,
  refuseWhileShuttingDown: (request: FastifyRequest, reply: FastifyReply) => boolean,
) {
  app.addHook('onRequest', (request, reply, done) => {
    if (refuseWhileShuttingDown(request, reply)) return;
    requestScope.run(new LazyRequestScope(request), done);
  });
}

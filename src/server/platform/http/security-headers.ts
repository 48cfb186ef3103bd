import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { currentRequest } from './request-scope.ts';

/**
 * Every response's own headers in one onSend hook: the security headers, the cache policy, the RateLimit headers
 * of API-token callers and `x-request-id`. One callback hook instead of four: each hook Fastify runs costs a
 * closure call, a `done` and a step of its hook iterator per response (measurable on `/me`, bench/me-overhead.ts).
 */
export function registerResponseHeaders(app: FastifyInstance, options: { https: boolean }) {
  const security = securityHeaders(options);
  app.addHook('onSend', (request, reply, payload, done) => {
    security(reply);
    cachePolicy(request, reply);
    rateLimitHeaders(request, reply);
    reply.header('x-request-id', request.id);
    done(null, payload);
  });
}

/** Headers on every response. Scripts only from our origin (no inline), nothing may frame us. */
function securityHeaders(options: { https: boolean }) {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    // React sets style attributes; styles cannot run code, scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    // No <base> element at all: an injected one could re-point every relative URL (scripts, forms).
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return (reply: FastifyReply) => {
    // A route that serves stored bytes has set the file sandbox policy already: never replace it with the app's.
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', csp);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
    if (options.https) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  };
}

/**
 * Caching of answers that depend on who asks. API responses are `no-store` unless the route chose its own policy
 * (public logos, help images); a route that lets anything be cached under /api or /help gets `Vary: Cookie,
 * Authorization`, so no cache hands one reader's copy to another.
 */
function cachePolicy(request: FastifyRequest, reply: FastifyReply) {
  const path = request.url;
  const api = path.startsWith('/api/');
  if (!api && path !== '/help' && !path.startsWith('/help/') && !path.startsWith('/help?')) return;
  const chosen = reply.getHeader('cache-control');
  if (chosen === undefined && api) reply.header('cache-control', 'no-store');
  else if (chosen !== undefined && !String(chosen).includes('no-store')) {
    const vary = reply.getHeader('vary');
    reply.header('vary', vary ? `${String(vary)}, Cookie, Authorization` : 'Cookie, Authorization');
  }
}

/**
 * API-token callers learn their budget on the endpoints that count one: `RateLimit-Policy` and `RateLimit` in the
 * structured-field form of the IETF draft (draft-ietf-httpapi-ratelimit-headers): q = points per window,
 * w = window seconds, r = points left, t = seconds until the window resets.
 */
function rateLimitHeaders(request: FastifyRequest, reply: FastifyReply) {
  // Cookie callers first: they never get these headers, and need no look-up of the request's scope.
  if (request.headers.authorization === undefined || !request.actor) return;
  const limits = currentRequest()?.limits;
  if (!limits?.length) return;
  reply.header(
    'ratelimit-policy',
    limits.map((limit) => `"${limit.name}";q=${limit.points};w=${limit.windowSeconds}`).join(', '),
  );
  reply.header(
    'ratelimit',
    limits.map((limit) => `"${limit.name}";r=${limit.remaining};t=${limit.resetSeconds}`).join(', '),
  );
}

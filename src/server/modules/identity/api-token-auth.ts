import type { FastifyRequest } from 'fastify';
import type { ApiTokenScope } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError, forbidden } from '../../platform/http/errors.ts';
import { hashToken } from '../../platform/ids.ts';
import { limitsOf } from '../../platform/security/limits.ts';
import { moduleOfRoute } from '../../platform/http/route-modules.ts';
import { routeConfigOf } from '../../platform/http/access.ts';
import { findLiveApiTokenByHash, touchApiToken, type SessionActorRow } from './repository.ts';
import { cachedSessionByTokenHash, cacheSession, sessionCacheGeneration } from './session-cache.ts';
import { API_TOKEN_PREFIX } from './use-cases/api-tokens.ts';
import { SERVICE_TOKEN_PREFIX } from './use-cases/service-tokens.ts';
import { findLiveServiceTokenByHash, touchServiceToken } from './repository-service-tokens.ts';
import { currentRequest } from '../../platform/http/request-scope.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const TOUCH_EVERY_MS = 60_000;
const invalidToken = () =>
  new AppError(401, 'invalid_token', 'Invalid token', 'The bearer token is unknown, expired or revoked.');

/** The bearer token of a request, undefined without an Authorization header; a malformed header is a 401. */
export function bearerTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const token = match?.[1];
  if (!token || token.length > 200 || !(token.startsWith(API_TOKEN_PREFIX) || token.startsWith(SERVICE_TOKEN_PREFIX)))
    throw invalidToken();
  return token;
}

// Signing in, sessions, passwords, 2FA and tokens themselves are managed in the browser, never by a token:
// a leaked token must not be able to mint more tokens or lock its owner out. GET /api/v1/me stays allowed.
function tokenMayUse(routeUrl: string, method: string) {
  if (routeUrl.startsWith('/api/v1/auth/')) return false;
  if (routeUrl.startsWith('/api/v1/service-tokens')) return false;
  if (routeUrl.startsWith('/api/v1/me/')) return false;
  return routeUrl !== '/api/v1/me' || SAFE_METHODS.has(method);
}

/**
 * The scope a request needs (deny by default): the route's module (`tickets`, `documents`...; a route shared by
 * several modules accepts any of them), or `core` for the routes of no module (accounts, people, settings, me);
 * `read` for safe methods, `write` for the rest.
 */
export function scopeNeeded(request: FastifyRequest) {
  const modules = moduleOfRoute(routeConfigOf(request));
  return {
    areas: modules.length ? modules : ['core'],
    access: SAFE_METHODS.has(request.method) ? ('read' as const) : ('write' as const),
  };
}

/** `<area>:write` includes `<area>:read`: a token that may change something may read it. */
export function tokenScopesAllow(
  scopes: readonly string[],
  needed: { areas: readonly string[]; access: 'read' | 'write' },
) {
  return needed.areas.some(
    (area) => scopes.includes(`${area}:write`) || (needed.access === 'read' && scopes.includes(`${area}:read`)),
  );
}

/**
 * The actor behind `Authorization: Bearer pat_...` (a person's token: its owner with their current access) or
 * `Bearer svc_...` (an integration: the firm's service token, firm-wide staff access, no person), limited by the
 * token's scopes (`scopeNeeded`). Cached like sessions and dropped from the cache on revocation.
 */
export async function actorOfApiToken(
  ctx: AppContext,
  request: FastifyRequest,
  token: string,
  toActor: (row: SessionActorRow) => Actor,
): Promise<Actor> {
  const now = ctx.clock.now();
  const tokenHash = hashToken(token);
  const service = token.startsWith(SERVICE_TOKEN_PREFIX);
  // Own key spaces in the shared cache: a token pasted into the session cookie must never be found there.
  const cacheKey = `${service ? 'service-token' : 'api-token'}:${tokenHash}`;
  type TokenRow = SessionActorRow & { scopes: ApiTokenScope[]; name?: string; requests_per_minute?: number | null };
  let row = cachedSessionByTokenHash(cacheKey) as TokenRow | null;
  if (!row) {
    const generation = sessionCacheGeneration();
    row = service
      ? await findLiveServiceTokenByHash(ctx.db, tokenHash, now)
      : await findLiveApiTokenByHash(ctx.db, tokenHash, now);
    if (!row) throw invalidToken();
    cacheSession(cacheKey, row, generation);
  }
  if (row.expires_at <= now) throw invalidToken();
  const needed = scopeNeeded(request);
  const actor: Actor = { ...toActor(row), apiTokenScope: { scopes: row.scopes, access: needed.access } };
  if (service) {
    actor.serviceToken = { id: row.id, name: row.name ?? '' };
    const scope = currentRequest();
    if (scope) scope.serviceToken = actor.serviceToken;
  }
  // Every request of a known token counts, refused ones too; the caller is known from here on, so the answer
  // (a 429 or 403 included) carries the RateLimit headers.
  request.actor = actor;
  // A service token may have its own budget (set by owners/admins); others follow API_TOKEN_REQUESTS_PER_MINUTE.
  await limitsOf(ctx).take('apiTokenRequests', row.id, 'This API token made too many requests. Slow down.', {
    budget: row.requests_per_minute ?? undefined,
  });
  if (!tokenMayUse(request.routeOptions.url ?? '', request.method)) {
    throw forbidden(
      'API tokens cannot manage sign-in, sessions or tokens. Use the web app for this.',
      'token_not_allowed',
    );
  }
  if (!tokenScopesAllow(row.scopes, needed)) {
    throw forbidden(
      `This token lacks the ${needed.areas.map((area) => `${area}:${needed.access}`).join(' or ')} scope.`,
      'insufficient_scope',
    );
  }
  if (service && needed.access === 'write' && !routeConfigOf(request)?.serviceTokens) {
    throw forbidden(
      'An integration acts for the firm, not as a person, and cannot do this. Use a personal token or the web app.',
      'service_token_not_allowed',
    );
  }
  if (now.getTime() - row.last_seen_at.getTime() > TOUCH_EVERY_MS) {
    await (service ? touchServiceToken : touchApiToken)(ctx.db, row.id, now);
    row.last_seen_at = now;
  }
  return actor;
}

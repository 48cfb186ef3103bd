import type { FastifyContextConfig, FastifyInstance, FastifyRequest } from 'fastify';
import { isBuiltModule } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { AccessRule, RouteRequestHook } from '../../platform/http/access.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError, forbidden, unauthorized } from '../../platform/http/errors.ts';
import { hashToken } from '../../platform/ids.ts';
import { findLiveSessionByTokenHash, touchSession, type SessionActorRow } from './repository.ts';
import { cachedSessionByTokenHash, cacheSession, sessionCacheGeneration } from './session-cache.ts';
import { csrfHeaderMatches, sessionTokenOf } from './session-cookie.ts';
import { actorOfApiToken, bearerTokenOf } from './api-token-auth.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Token -> SHA-256 for the tokens seen lately: a browser sends the same cookie on every request, and the hash was
// 3% of a `/me` profile. Bounded; emptied when full (the cost of a miss is one hash).
const HASH_CACHE_MAX = 10_000;
const tokenHashes = new Map<string, string>();

function hashOfSessionToken(token: string): string {
  let hash = tokenHashes.get(token);
  if (hash === undefined) {
    if (tokenHashes.size >= HASH_CACHE_MAX) tokenHashes.clear();
    hash = hashToken(token);
    tokenHashes.set(token, hash);
  }
  return hash;
}
// last_seen_at is written at most once a minute per session: idle timeouts need minutes, not every request.
const TOUCH_EVERY_MS = 60_000;

// One Actor per cached session row (rows are replaced, never edited, when what they grant changes; only
// last_seen_at moves, which the actor does not carry): building its Sets and Maps on every request showed in the
// `/me` profile. Actors are never mutated (narrowing makes a new one).
const actorOfRow = new WeakMap<SessionActorRow, Actor>();

export function toActor(row: SessionActorRow): Actor {
  let actor = actorOfRow.get(row);
  if (!actor) actorOfRow.set(row, (actor = buildActor(row)));
  return actor;
}

function buildActor(row: SessionActorRow): Actor {
  return {
    userId: row.user_id,
    email: row.email,
    name: row.name,
    staffRole: row.staff_role,
    limitedToAssignedAccounts: row.limited_to_assigned_accounts,
    assignedAccountIds: new Set(row.assigned_account_ids ?? []),
    memberships: new Map((row.memberships ?? []).map((membership) => [membership.account_id, membership.role])),
    accountModules: new Map(
      (row.memberships ?? []).map((membership) => [membership.account_id, membership.modules.filter(isBuiltModule)]),
    ),
    sessionId: row.id,
    sessionState: row.state,
    activeAccountId: row.active_account_id,
  };
}

/**
 * The session behind a token when the per-process cache holds it (null when it holds it but the session timed
 * out), or undefined when only the database can tell. Synchronous, so a cached request costs no promise.
 */
function cachedLiveSession(
  ctx: AppContext,
  token: string,
  touch: boolean,
): { hit: boolean; row: SessionActorRow | null; tokenHash: string } {
  const tokenHash = hashOfSessionToken(token);
  const row = cachedSessionByTokenHash(tokenHash);
  return { hit: row !== null, row: row && liveAndTouched(ctx, row, touch), tokenHash };
}

// Timeouts are checked on every request, cached or not.
function liveAndTouched(ctx: AppContext, row: SessionActorRow, touch: boolean): SessionActorRow | null {
  const now = ctx.clock.now();
  const idleSince = now.getTime() - ctx.config.session.idleMinutes * 60_000;
  if (row.expires_at <= now || row.last_seen_at.getTime() <= idleSince) return null;
  if (touch && now.getTime() - row.last_seen_at.getTime() > TOUCH_EVERY_MS) {
    // Off the request's path: the reply does not wait for the write (on the embedded engine it would queue behind
    // whatever holds the one connection). The cached row counts as touched at once, so no second touch follows.
    const sessionId = row.id;
    ctx.background.run('touch session', () => touchSession(ctx.db, sessionId, now));
    row.last_seen_at = now;
  }
  return row;
}

/** The live session behind a cookie, from the per-process cache or the database. */
export async function loadSession(
  ctx: AppContext,
  token: string | undefined,
  options: { touch?: boolean } = {},
): Promise<SessionActorRow | null> {
  if (!token || token.length > 200) return null;
  const touch = options.touch !== false;
  const cached = cachedLiveSession(ctx, token, touch);
  if (cached.hit) return cached.row;
  const now = ctx.clock.now();
  const idleSince = new Date(now.getTime() - ctx.config.session.idleMinutes * 60_000);
  const generation = sessionCacheGeneration();
  const row = await findLiveSessionByTokenHash(ctx.db, cached.tokenHash, now, idleSince);
  if (!row) return null;
  cacheSession(cached.tokenHash, row, generation);
  return liveAndTouched(ctx, row, touch);
}

/**
 * The actor behind a session token without counting as activity: long-lived streams (SSE) re-check the session
 * with it, and an open tab must not keep an idle session alive.
 */
export async function actorOfSessionToken(ctx: AppContext, token: string | undefined): Promise<Actor | null> {
  const row = await loadSession(ctx, token, { touch: false });
  return row && row.state === 'active' ? toActor(row) : null;
}

export async function loadActor(ctx: AppContext, request: FastifyRequest): Promise<Actor | null> {
  const row = await loadSession(ctx, sessionTokenOf(request, ctx.config));
  return row ? toActor(row) : null;
}

/** Why a signed-in caller may still not use a route, or null when they may. */
function refusalFor(rule: AccessRule, actor: Actor): AppError | null {
  if (rule.kind === 'signedInPartly') return null;
  if (actor.sessionState === 'second_factor')
    return new AppError(
      401,
      'second_factor_required',
      'Second factor required',
      'Enter the code from your authenticator app to finish signing in.',
    );
  if (actor.sessionState === 'enrol_two_factor')
    return new AppError(
      403,
      'two_factor_enrolment_required',
      'Two-factor authentication required',
      'Your organisation requires two-factor authentication. Set it up to continue.',
    );
  if (rule.kind === 'staff' && !actor.staffRole) return forbidden('This area is for staff.');
  return null;
}

/** `request.actor`: null until the route's authentication (`authenticationFor`) admits a caller. */
export function registerActor(app: FastifyInstance) {
  app.decorateRequest('actor', null);
}

/**
 * The one gate every route's requests pass: CSRF on writes, then the route's declared access rule, built once per
 * route from its config (platform/http/access.ts `addRouteRequestHook`). Object-level decisions follow in the
 * module policies. A callback hook, not an async one: a cookie whose session is cached is decided synchronously
 * (no promise, no microtask turn: measurable on `/me`, bench/me-overhead.ts).
 */
export function authenticationFor(ctx: AppContext, config: FastifyContextConfig): RouteRequestHook {
  const rule = config.access;
  // A route without one never registers (enforceDeclaredAccess); kept as a refusal should that ever change.
  if (!rule)
    return (_request, _reply, done) =>
      done(new AppError(500, 'no_access_rule', 'Misconfigured route', 'This route declares no access rule.'));
  const csrfExempt = rule.kind === 'public' && Boolean(config.csrfExempt);
  return (request, _reply, done) => {
    // An integration's bearer token replaces cookies entirely, so CSRF (a cookie attack) does not apply to it.
    const bearer = bearerTokenOf(request);
    if (bearer === undefined && !csrfExempt && !SAFE_METHODS.has(request.method) && !csrfHeaderMatches(request)) {
      return done(forbidden('The CSRF token is missing or wrong. Reload the page and try again.', 'csrf_failed'));
    }
    // Public routes skip the session lookup; the few that care who is asking call loadActor themselves.
    if (rule.kind === 'public') return done();
    const admit = (actor: Actor | null) => {
      if (!actor) return done(unauthorized());
      request.actor = actor;
      done(refusalFor(rule, actor) ?? undefined);
    };
    if (bearer === undefined) {
      const token = sessionTokenOf(request, ctx.config);
      if (!token || token.length > 200) return admit(null);
      const cached = cachedLiveSession(ctx, token, true);
      if (cached.hit) return admit(cached.row && toActor(cached.row));
    }
    const actor = bearer === undefined ? loadActor(ctx, request) : actorOfApiToken(ctx, request, bearer, toActor);
    actor.then(admit, done);
  };
}

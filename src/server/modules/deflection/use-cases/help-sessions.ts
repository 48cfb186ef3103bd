import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { newSecretToken } from '../../../platform/ids.ts';
import { limitsOf } from '../../../platform/security/limits.ts';
import { loadActor } from '../../identity/index.ts';
import { looksLikeCrawler, signedInActor } from '../policy.ts';
import { insertHelpSession, segmentOfUser } from '../repository.ts';

export const HELP_SESSION_COOKIE = 'portico_hs';

/** Records one help-center visit (idempotent per key). Exported for the server-rendered help center. */
export async function recordHelpSession(
  db: Queryable,
  key: string,
  userId: string | null,
  segmentId: string | null,
  now: Date,
): Promise<void> {
  await insertHelpSession(db, key, userId, segmentId, now);
}

async function visitor(ctx: AppContext, actor: Actor | null) {
  const signedIn = signedInActor(actor);
  if (!signedIn) return { userId: null, segmentId: null };
  return { userId: signedIn.userId, segmentId: await segmentOfUser(ctx.db, signedIn.userId, signedIn.activeAccountId) };
}

/**
 * POST /deflection/events: the help center in the browser reports a visit under a key it keeps for the tab.
 * Anonymous visitors count (most self-service is anonymous); a per-address budget keeps scripts from inflating it.
 */
export async function helpSessionEventUseCase(
  ctx: AppContext,
  actor: Actor | null,
  key: string,
  ip: string,
): Promise<{ ok: true }> {
  const now = ctx.clock.now();
  await limitsOf(ctx).take('deflectionEventsPerIp', ip);
  const who = await visitor(ctx, actor);
  await recordHelpSession(ctx.db, key, who.userId, who.segmentId, now);
  return { ok: true };
}

/**
 * A hook for the server-rendered help center: a visitor without JavaScript (or before it runs) gets a first-party
 * session cookie on their first HTML page, and that visit is recorded once. Assets, images and crawlers are skipped.
 */
export function helpSessionCookieHook(ctx: AppContext) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' || request.cookies[HELP_SESSION_COOKIE]) return;
    const path = request.url.split('?')[0] ?? '';
    if (
      !(path === '/help' || path.startsWith('/help/')) ||
      path.startsWith('/help/assets/') ||
      path.startsWith('/help/images/')
    )
      return;
    if (looksLikeCrawler(request.headers['user-agent'])) return;
    const key = newSecretToken();
    reply.setCookie(HELP_SESSION_COOKIE, key, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.config.baseUrl.startsWith('https://'),
    });
    const who = await visitor(ctx, await loadActor(ctx, request));
    await recordHelpSession(ctx.db, key, who.userId, who.segmentId, ctx.clock.now());
  };
}

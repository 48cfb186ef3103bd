import type { Actor } from '../../../platform/actor.ts';
import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { fieldError, notFound } from '../../../platform/http/errors.ts';
import { hashToken, newSecretToken } from '../../../platform/ids.ts';
import { checkNewPassword, hashPassword, verifyPassword } from '../../../platform/security/passwords.ts';
import { recordAudit } from '../../audit/index.ts';
import { peekPortalSettingsCached, readPortalSettingsCached, type PortalSettingsRow } from '../../settings/index.ts';
import { cachedSessionById } from '../session-cache.ts';
import { signInPolicy } from '../policy.ts';
import { presentMe } from '../presenters.ts';
import type { Me } from '../../../../contract/index.ts';
import {
  findUserById,
  listMembershipsOfUser,
  type MembershipRow,
  promoteSession,
  revokeAllSessionsOfUser,
  revokeAuthTokensOfUser,
  setActiveAccount,
  setPasswordHash,
  updateUserFields,
} from '../repository.ts';
import { SESSION_TOKEN_PREFIX } from './open-session.ts';
import { throttledPasswordCheck } from './password-attempts.ts';
import { enqueueSecurityNotice } from './security-notices.ts';

/**
 * The signed-in user as the app shows them; usually served from the session and settings caches without a query.
 * When both are cached the answer is a plain value, not a promise: Fastify sends it at once, where an async
 * function cost a promise per await and microtask turns on every `GET /me` (bench/me-overhead.ts).
 */
export function getMe(ctx: AppContext, actor: Actor): Me | Promise<Me> {
  const session = cachedSessionById(actor.sessionId);
  const settings = session && peekPortalSettingsCached(ctx.db);
  if (!session || !settings) return getMeFromDatabase(ctx, actor);
  const known = meOfActor.get(actor);
  if (known && known.session === session && known.settings === settings) return known.me;
  const me = presentMeOf(ctx, actor, { ...session, id: session.user_id }, session.memberships, settings);
  meOfActor.set(actor, { session, settings, me });
  return me;
}

/**
 * The answer last built for an actor, with the cached session and settings rows it was built from. Those rows are
 * replaced, never edited, when anything `Me` shows changes (only the session's last_seen_at moves, which `Me` does
 * not show), and a cookie caller's actor is one object per cached session row (authenticate.ts `toActor`), so the
 * same rows give the same answer: it is built once per session instead of on every `GET /me` (bench/me-overhead.ts),
 * and the route keeps its JSON text with it. Callers must not mutate it.
 */
const meOfActor = new WeakMap<Actor, { session: object; settings: object; me: Me }>();

async function getMeFromDatabase(ctx: AppContext, actor: Actor): Promise<Me> {
  const session = cachedSessionById(actor.sessionId);
  const user = session ? { ...session, id: session.user_id } : (await findUserById(ctx.db, actor.userId))!;
  const memberships = session ? session.memberships : await listMembershipsOfUser(ctx.db, actor.userId);
  return presentMeOf(ctx, actor, user, memberships, await readPortalSettingsCached(ctx.db));
}

function presentMeOf(
  ctx: AppContext,
  actor: Actor,
  user: Parameters<typeof presentMe>[1] & Parameters<typeof signInPolicy.requiresTwoFactor>[0],
  memberships: MembershipRow[] | null | undefined,
  settings: PortalSettingsRow,
): Me {
  // Until the second factor is in, the session proves only the password: show nothing about accounts yet.
  const partly = actor.sessionState === 'second_factor';
  const shown = partly ? [] : (memberships ?? []);
  return presentMe(
    partly ? { ...actor, activeAccountId: null } : actor,
    user,
    shown,
    signInPolicy.requiresTwoFactor(user, shown, settings.staff_require_two_factor),
    ctx.mailer.driverName,
  );
}

export async function updateProfile(
  ctx: AppContext,
  actor: Actor,
  input: { name?: string; locale?: string | null; timeZone?: string | null; phone?: string | null },
) {
  await updateUserFields(ctx.db, actor.userId, input);
  return getMe(ctx, actor);
}

/** Changing the password ends every other session and gives this one a new token. */
export async function changePassword(
  ctx: AppContext,
  actor: Actor,
  currentPassword: string,
  newPassword: string,
  meta: RequestMeta,
) {
  const user = (await findUserById(ctx.db, actor.userId))!;
  const hash = user.password_hash;
  // Throttled like sign-in (same counters), counted before the hash is compared.
  const check = await throttledPasswordCheck(ctx, user.email, meta.ip, async () =>
    hash ? verifyPassword(hash, currentPassword) : false,
  );
  if (!check.ok) throw fieldError('currentPassword', 'invalid_credentials', 'Your current password is not correct.');
  const problem = checkNewPassword(newPassword, user.email, (await readPortalSettingsCached(ctx.db)).name);
  if (problem) throw fieldError('newPassword', problem.code, problem.message);
  const passwordHash = await hashPassword(newPassword);
  const now = ctx.clock.now();
  const token = newSecretToken(SESSION_TOKEN_PREFIX);
  await ctx.db.transaction(async (tx) => {
    await setPasswordHash(tx, user.id, passwordHash);
    await revokeAllSessionsOfUser(tx, user.id, now, actor.sessionId);
    await revokeAuthTokensOfUser(tx, user.id, ['password_reset', 'magic_link'], now);
    // The current password just proved: this counts as a step-up for the next few minutes too.
    await promoteSession(tx, actor.sessionId, hashToken(token), actor.sessionState, now);
    await enqueueSecurityNotice(tx, user.id, { kind: 'passwordChanged' }, now);
    await recordAudit(tx, {
      action: 'password.changed',
      actor: { id: user.id, label: user.email },
      target: { type: 'user', id: user.id, label: user.email },
      ip: meta.ip,
      occurredAt: now,
    });
  });
  return token;
}

export async function switchAccount(ctx: AppContext, actor: Actor, accountId: string) {
  // Only accounts the person is a member of; anything else reads as missing.
  if (!actor.memberships.has(accountId)) throw notFound();
  await setActiveAccount(ctx.db, actor.sessionId, accountId);
  return getMe(ctx, { ...actor, activeAccountId: accountId });
}

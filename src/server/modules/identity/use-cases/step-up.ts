import type { Actor } from '../../../platform/actor.ts';
import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { AppError, conflict, fieldError, tooManyRequests } from '../../../platform/http/errors.ts';
import { verifyPassword } from '../../../platform/security/passwords.ts';
import { hitRateLimit, peekRateLimit } from '../../../platform/security/rate-limit.ts';
import { checkTotp } from '../../../platform/security/totp.ts';
import { recordAudit } from '../../audit/index.ts';
import { findSessionReauthenticatedAt, findUserById, setSessionReauthenticatedAt } from '../repository.ts';
import { claimTotpStep } from './second-factor.ts';

// The same counters as sign-in and its second step: re-authenticating must not become a side door to guess
// a password or a code past their limits.
const SECOND_FACTOR_MAX_ATTEMPTS = 10;
const SECOND_FACTOR_WINDOW_SECONDS = 15 * 60;

export const reauthenticationRequired = () =>
  new AppError(
    403,
    'reauthentication_required',
    'Confirm it is you',
    'For this change, enter your password (or a code from your authenticator app) again.',
  );

/**
 * Step-up: sensitive changes (2FA on or off, recovery codes, password, API tokens) need the session to have
 * proven the password or a second factor within STEP_UP_MINUTES. A session opened by a sign-in link alone has
 * no proof until it re-authenticates (POST /api/v1/me/reauthenticate).
 */
export async function requireRecentProof(ctx: AppContext, actor: Actor) {
  const provedAt = await findSessionReauthenticatedAt(ctx.db, actor.sessionId);
  const maxAgeMs = ctx.config.session.stepUpMinutes * 60_000;
  if (!provedAt || ctx.clock.now().getTime() - provedAt.getTime() > maxAgeMs) throw reauthenticationRequired();
}

/** Proves the password or a current TOTP code again; the session may then make sensitive changes for a while. */
export async function reauthenticate(
  ctx: AppContext,
  actor: Actor,
  proof: { password?: string; code?: string },
  meta: RequestMeta,
) {
  if (actor.sessionState === 'second_factor')
    throw conflict('Finish signing in with your code first.', 'second_factor_required');
  const user = (await findUserById(ctx.db, actor.userId))!;
  const now = ctx.clock.now();
  if (proof.password !== undefined) {
    const key = `sign-in:email:${user.email.toLowerCase()}`;
    const state = await peekRateLimit(ctx.db, key, now);
    if (state.hits >= ctx.config.signIn.maxFailures)
      throw tooManyRequests(state.retryAfterSeconds, 'Too many wrong passwords. Try again later.');
    if (!user.password_hash || !(await verifyPassword(user.password_hash, proof.password))) {
      await hitRateLimit(ctx.db, key, ctx.config.signIn.lockMinutes * 60, now);
      throw fieldError('password', 'invalid_credentials', 'Your password is not correct.');
    }
  } else {
    const key = `second-factor:user:${user.id}`;
    const state = await peekRateLimit(ctx.db, key, now);
    if (state.hits >= SECOND_FACTOR_MAX_ATTEMPTS) throw tooManyRequests(state.retryAfterSeconds);
    const secret =
      user.totp_enabled_at && user.totp_secret_encrypted ? ctx.secretBox.open(user.totp_secret_encrypted) : null;
    const step = secret ? checkTotp(secret, proof.code ?? '', now) : null;
    // Each time step is accepted once, here as at sign-in.
    if (step === null || !(await claimTotpStep(ctx.db, user.id, step, now))) {
      await hitRateLimit(ctx.db, key, SECOND_FACTOR_WINDOW_SECONDS, now);
      throw fieldError('code', 'invalid_code', 'That code is not valid. Check your authenticator app and try again.');
    }
  }
  await ctx.db.transaction(async (tx) => {
    await setSessionReauthenticatedAt(tx, actor.sessionId, now);
    await recordAudit(tx, {
      action: 'session.reauthenticated',
      actor: { id: user.id, label: user.email },
      target: { type: 'user', id: user.id, label: user.email },
      ip: meta.ip,
      details: { method: proof.password !== undefined ? 'password' : 'totp' },
      occurredAt: now,
    });
  });
  return {
    reauthenticatedUntil: new Date(now.getTime() + ctx.config.session.stepUpMinutes * 60_000).toISOString(),
  };
}

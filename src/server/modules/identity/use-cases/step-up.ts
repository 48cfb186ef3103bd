import type { Actor } from '../../../platform/actor.ts';
import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { AppError, conflict, fieldError } from '../../../platform/http/errors.ts';
import { limitsOf } from '../../../platform/security/limits.ts';
import { verifyPassword } from '../../../platform/security/passwords.ts';
import { checkTotp } from '../../../platform/security/totp.ts';
import { recordAudit } from '../../audit/index.ts';
import { findSessionReauthenticatedAt, findUserById, setSessionReauthenticatedAt } from '../repository.ts';
import { throttledPasswordCheck } from './password-attempts.ts';
import { claimTotpStep } from './second-factor.ts';

// The same counters as sign-in and its second step, taken before the check: re-authenticating must not become a
// side door to guess a password or a code past their limits.

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
    const password = proof.password;
    const hash = user.password_hash;
    const check = await throttledPasswordCheck(ctx, user.email, meta.ip, async () =>
      hash ? verifyPassword(hash, password) : false,
    );
    if (!check.ok) throw fieldError('password', 'invalid_credentials', 'Your password is not correct.');
  } else {
    const limits = limitsOf(ctx);
    await limits.take('secondFactorPerUser', user.id, 'Too many wrong codes. Try again later.');
    const secret =
      user.totp_enabled_at && user.totp_secret_encrypted ? ctx.secretBox.open(user.totp_secret_encrypted) : null;
    const step = secret ? checkTotp(secret, proof.code ?? '', now) : null;
    // Each time step is accepted once, here as at sign-in.
    if (step === null || !(await claimTotpStep(ctx.db, user.id, step)))
      throw fieldError('code', 'invalid_code', 'That code is not valid. Check your authenticator app and try again.');
    await limits.refund('secondFactorPerUser', user.id);
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

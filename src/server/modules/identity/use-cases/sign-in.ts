import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { AppError, forbidden } from '../../../platform/http/errors.ts';
import { verifyAgainstNothing, verifyPassword } from '../../../platform/security/passwords.ts';
import { recordAudit } from '../../audit/index.ts';
import { queueLockedEmail } from '../emails.ts';
import { signInPolicy } from '../policy.ts';
import { findUserByEmail, listMembershipsOfUser, setLockedUntil } from '../repository.ts';
import { openSessionAfterFirstFactor } from './open-session.ts';
import { throttledPasswordCheck } from './password-attempts.ts';

const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', 'Sign-in failed', 'That email and password do not match.');

/**
 * Password sign-in. Unknown addresses cost the same hashing time and get the same answer as wrong passwords,
 * and the per-address counter runs for any address, so neither message nor timing nor lock reveals who exists.
 */
export async function signInWithPassword(ctx: AppContext, email: string, password: string, meta: RequestMeta) {
  const now = ctx.clock.now();
  const user = await findUserByEmail(ctx.db, email);
  const check = await throttledPasswordCheck(ctx, email, meta.ip, () =>
    user?.password_hash ? verifyPassword(user.password_hash, password) : verifyAgainstNothing(password),
  );

  if (!user || !check.ok) {
    await recordAudit(ctx.db, {
      action: 'sign_in.failed',
      target: user
        ? { type: 'user', id: user.id, label: user.email }
        : { type: 'email', id: email.slice(0, 254), label: email.slice(0, 254) },
      ip: meta.ip,
      details: { reason: user ? 'wrong_password' : 'unknown_email' },
      occurredAt: now,
    });
    if (user && check.lockedNow) {
      // The pause lasts the full lock time from the failure that caused it, for known and unknown addresses alike.
      // The lock, its audit and the owner's notice commit together: a lock is never left unannounced.
      await ctx.db.transaction(async (tx) => {
        await setLockedUntil(tx, user.id, new Date(now.getTime() + ctx.config.signIn.lockMinutes * 60_000));
        await recordAudit(tx, {
          action: 'sign_in.locked',
          target: { type: 'user', id: user.id, label: user.email },
          ip: meta.ip,
          details: { failures: check.failures },
          occurredAt: now,
        });
        await queueLockedEmail(ctx, tx, user.email, check.failures, ctx.config.signIn.lockMinutes);
      });
    }
    throw invalidCredentials();
  }

  const memberships = await listMembershipsOfUser(ctx.db, user.id);
  if (!signInPolicy.allowsMethod(user, memberships, 'password')) {
    if (signInPolicy.allowsMethod(user, memberships, 'sso'))
      throw forbidden(
        'Your organisation signs you in with single sign-on. Use its “Sign in with” button.',
        'sso_required',
      );
    throw forbidden(
      'Your organisation signs you in with an emailed link. Use “Send me a sign-in link”.',
      'sign_in_method_not_allowed',
    );
  }
  return ctx.db.transaction(async (tx) => {
    const session = await openSessionAfterFirstFactor(ctx, tx, user, meta, { via: 'password' });
    await recordAudit(tx, {
      action: 'sign_in.succeeded',
      actor: { id: user.id, label: user.email },
      target: { type: 'user', id: user.id, label: user.email },
      ip: meta.ip,
      details: { method: 'password', state: session.state },
      occurredAt: now,
    });
    return session;
  });
}

import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { AppError, forbidden, tooManyRequests } from '../../../platform/http/errors.ts';
import { clearRateLimit, extendRateLimit, hitRateLimit, peekRateLimit } from '../../../platform/security/rate-limit.ts';
import { verifyAgainstNothing, verifyPassword } from '../../../platform/security/passwords.ts';
import { recordAudit } from '../../audit/index.ts';
import { sendLockedEmail } from '../emails.ts';
import { signInPolicy } from '../policy.ts';
import { findUserByEmail, listMembershipsOfUser, setLockedUntil } from '../repository.ts';
import { openSessionAfterFirstFactor } from './open-session.ts';

const FAILURE_WINDOW_SECONDS = 15 * 60;
const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', 'Sign-in failed', 'That email and password do not match.');

/**
 * Password sign-in. Unknown addresses cost the same hashing time and get the same answer as wrong passwords,
 * and the per-address counter runs for any address, so neither message nor timing nor lock reveals who exists.
 */
export async function signInWithPassword(ctx: AppContext, email: string, password: string, meta: RequestMeta) {
  const now = ctx.clock.now();
  const ipKey = `sign-in:ip:${meta.ip}`;
  const emailKey = `sign-in:email:${email.toLowerCase()}`;
  const ipState = await peekRateLimit(ctx.db, ipKey, now);
  if (ipState.hits >= ctx.config.signIn.ipMaxFailures)
    throw tooManyRequests(ipState.retryAfterSeconds, 'Too many failed sign-ins from your network. Try again later.');
  const emailState = await peekRateLimit(ctx.db, emailKey, now);
  if (emailState.hits >= ctx.config.signIn.maxFailures)
    throw tooManyRequests(emailState.retryAfterSeconds, 'Too many failed sign-ins for this address. Try again later.');

  const user = await findUserByEmail(ctx.db, email);
  const passwordOk = user?.password_hash
    ? await verifyPassword(user.password_hash, password)
    : await verifyAgainstNothing(password);

  if (!user || !passwordOk) {
    await hitRateLimit(ctx.db, ipKey, FAILURE_WINDOW_SECONDS, now);
    const { hits } = await hitRateLimit(ctx.db, emailKey, ctx.config.signIn.lockMinutes * 60, now);
    await recordAudit(ctx.db, {
      action: 'sign_in.failed',
      target: user
        ? { type: 'user', id: user.id, label: user.email }
        : { type: 'email', id: email.slice(0, 254), label: email.slice(0, 254) },
      ip: meta.ip,
      details: { reason: user ? 'wrong_password' : 'unknown_email' },
      occurredAt: now,
    });
    if (hits === ctx.config.signIn.maxFailures) {
      // The pause lasts the full lock time from the failure that caused it, for known and unknown addresses alike.
      const lockedUntil = new Date(now.getTime() + ctx.config.signIn.lockMinutes * 60_000);
      await extendRateLimit(ctx.db, emailKey, lockedUntil);
      if (user) await setLockedUntil(ctx.db, user.id, lockedUntil);
    }
    if (user && hits === ctx.config.signIn.maxFailures) {
      await recordAudit(ctx.db, {
        action: 'sign_in.locked',
        target: { type: 'user', id: user.id, label: user.email },
        ip: meta.ip,
        details: { failures: hits },
        occurredAt: now,
      });
      ctx.background.run('locked-email', () => sendLockedEmail(ctx, user.email, hits, ctx.config.signIn.lockMinutes));
    }
    throw invalidCredentials();
  }

  const memberships = await listMembershipsOfUser(ctx.db, user.id);
  if (!signInPolicy.allowsMethod(user, memberships, 'password')) {
    throw forbidden(
      'Your organisation signs you in with an emailed link. Use “Send me a sign-in link”.',
      'sign_in_method_not_allowed',
    );
  }
  await clearRateLimit(ctx.db, emailKey);
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

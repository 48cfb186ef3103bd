import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { fieldError } from '../../../platform/http/errors.ts';
import { hashToken, newId, newSecretToken } from '../../../platform/ids.ts';
import { checkNewPassword, hashPassword } from '../../../platform/security/passwords.ts';
import { limitsOf } from '../../../platform/security/limits.ts';
import { recordAudit } from '../../audit/index.ts';
import { readPortalSettingsCached } from '../../settings/index.ts';
import { queuePasswordResetEmail } from '../emails.ts';
import {
  consumeAuthToken,
  findUserById,
  findUserByEmail,
  insertAuthToken,
  revokeAllApiTokensOfUser,
  revokeAllSessionsOfUser,
  revokeAuthTokensOfUser,
  setPasswordHash,
} from '../repository.ts';
import { invalidLink } from './magic-link.ts';
import { forgetPasswordFailures } from './password-attempts.ts';
import { enqueueSecurityNotice } from './security-notices.ts';

const RESET_MINUTES = 30;

/**
 * Same answer, same timing, whether or not the address exists: the work happens in the background. The requests of
 * one IP and of one address are limited first (429), counted for any address so the limit reveals nothing.
 */
export async function requestPasswordReset(ctx: AppContext, email: string, meta: RequestMeta) {
  const limits = limitsOf(ctx);
  await limits.take('passwordResetPerIp', meta.ip, 'Too many password-reset requests from your network.');
  await limits.take(
    'passwordResetPerAddress',
    email.toLowerCase(),
    'Too many password-reset requests for this address.',
  );
  ctx.background.run('password-reset', async () => {
    const now = ctx.clock.now();
    const user = await findUserByEmail(ctx.db, email);
    if (!user) return;
    const token = newSecretToken();
    const expiresAt = new Date(now.getTime() + RESET_MINUTES * 60_000);
    await ctx.db.transaction(async (tx) => {
      // Only the newest link works: an older one lying in a mailbox (or a forwarded mail) is withdrawn.
      await revokeAuthTokensOfUser(tx, user.id, ['password_reset'], now);
      await insertAuthToken(tx, {
        id: newId(),
        purpose: 'password_reset',
        tokenHash: hashToken(token),
        userId: user.id,
        now,
        expiresAt,
      });
      await recordAudit(tx, {
        action: 'password.reset_requested',
        target: { type: 'user', id: user.id, label: user.email },
        ip: meta.ip,
        occurredAt: now,
      });
      // In the token's transaction: a committed link is mailed, retried while SMTP is down.
      await queuePasswordResetEmail(ctx, tx, user.email, { token, expiresAt });
    });
  });
}

/**
 * Sets the new password and ends every session of the user, every other emailed link and every personal API
 * token: whoever had the old password is out, including what they may have minted with it.
 */
export async function completePasswordReset(ctx: AppContext, token: string, password: string, meta: RequestMeta) {
  const now = ctx.clock.now();
  const passwordHash = await hashPassword(password);
  const email = await ctx.db.transaction(async (tx) => {
    const userId = await consumeAuthToken(tx, 'password_reset', hashToken(token), now);
    const user = userId ? await findUserById(tx, userId) : null;
    if (!user) throw invalidLink();
    const problem = checkNewPassword(password, user.email, (await readPortalSettingsCached(tx)).name);
    if (problem) throw fieldError('password', problem.code, problem.message);
    await setPasswordHash(tx, user.id, passwordHash);
    await revokeAllSessionsOfUser(tx, user.id, now);
    await revokeAuthTokensOfUser(tx, user.id, ['password_reset', 'magic_link'], now);
    const apiTokensRevoked = await revokeAllApiTokensOfUser(tx, user.id, now);
    await enqueueSecurityNotice(tx, user.id, { kind: 'passwordReset', apiTokensRevoked }, now);
    await recordAudit(tx, {
      action: 'password.reset',
      actor: { id: user.id, label: user.email },
      target: { type: 'user', id: user.id, label: user.email },
      ip: meta.ip,
      details: { apiTokensRevoked },
      occurredAt: now,
    });
    return user.email;
  });
  // After commit: the owner proved the mailbox, so a sign-in lock of the address ends.
  await forgetPasswordFailures(ctx, email);
}

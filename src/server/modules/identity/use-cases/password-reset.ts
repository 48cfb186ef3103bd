import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { fieldError } from '../../../platform/http/errors.ts';
import { hashToken, newId, newSecretToken } from '../../../platform/ids.ts';
import { checkNewPassword, hashPassword } from '../../../platform/security/passwords.ts';
import { clearRateLimit, hitRateLimit } from '../../../platform/security/rate-limit.ts';
import { recordAudit } from '../../audit/index.ts';
import { sendPasswordResetEmail } from '../emails.ts';
import {
  consumeAuthToken,
  findUserById,
  findUserByEmail,
  insertAuthToken,
  revokeAllSessionsOfUser,
  setPasswordHash,
} from '../repository.ts';
import { invalidLink } from './magic-link.ts';

const RESET_MINUTES = 30;

/** Same answer, same timing, whether or not the address exists: the work happens in the background. */
export function requestPasswordReset(ctx: AppContext, email: string, meta: RequestMeta) {
  ctx.background.run('password-reset', async () => {
    const now = ctx.clock.now();
    const { hits } = await hitRateLimit(ctx.db, `password-reset:email:${email}`, 15 * 60, now);
    if (hits > 5) return;
    const user = await findUserByEmail(ctx.db, email);
    if (!user) return;
    const token = newSecretToken();
    const expiresAt = new Date(now.getTime() + RESET_MINUTES * 60_000);
    await ctx.db.transaction(async (tx) => {
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
    });
    await sendPasswordResetEmail(ctx, user.email, { token, expiresAt });
  });
}

/** Sets the new password and ends every session of the user: whoever had the old one is out. */
export async function completePasswordReset(ctx: AppContext, token: string, password: string, meta: RequestMeta) {
  const now = ctx.clock.now();
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction(async (tx) => {
    const userId = await consumeAuthToken(tx, 'password_reset', hashToken(token), now);
    const user = userId ? await findUserById(tx, userId) : null;
    if (!user) throw invalidLink();
    const problem = checkNewPassword(password, user.email);
    if (problem) throw fieldError('password', problem.code, problem.message);
    await setPasswordHash(tx, user.id, passwordHash);
    await revokeAllSessionsOfUser(tx, user.id, now);
    await clearRateLimit(tx, `sign-in:email:${user.email.toLowerCase()}`);
    await recordAudit(tx, {
      action: 'password.reset',
      actor: { id: user.id, label: user.email },
      target: { type: 'user', id: user.id, label: user.email },
      ip: meta.ip,
      occurredAt: now,
    });
  });
}

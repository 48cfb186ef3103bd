import type { Actor } from '../../../platform/actor.ts';
import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { AppError, conflict } from '../../../platform/http/errors.ts';
import { hashToken, newSecretToken } from '../../../platform/ids.ts';
import { limitsOf } from '../../../platform/security/limits.ts';
import { checkTotp } from '../../../platform/security/totp.ts';
import { recordAudit } from '../../audit/index.ts';
import {
  claimTotpStepOf,
  findUserById,
  promoteSession,
  revokeAuthTokensOfUser,
  useRecoveryCode,
} from '../repository.ts';
import { SESSION_TOKEN_PREFIX } from './open-session.ts';

export function normaliseRecoveryCode(code: string) {
  return code.replace(/[\s-]/g, '').toLowerCase();
}

/**
 * Records that a TOTP time step of a user has been used; false if it already was. Every accepted code goes
 * through here (enrolment too), so no code works twice.
 */
export function claimTotpStep(db: Queryable, userId: string, step: number) {
  return claimTotpStepOf(db, userId, step);
}

/** Second step of sign-in: a TOTP code (each time step accepted once) or a single-use recovery code. */
export async function completeSecondFactor(ctx: AppContext, actor: Actor, code: string, meta: RequestMeta) {
  if (actor.sessionState !== 'second_factor')
    throw conflict('This session is not waiting for a second factor.', 'no_second_factor_pending');
  const now = ctx.clock.now();
  // Counted before the code is checked (a right one gives its point back): parallel guesses cannot all be tried.
  const limits = limitsOf(ctx);
  await limits.take('secondFactorPerUser', actor.userId, 'Too many wrong codes. Try again later.');

  const user = (await findUserById(ctx.db, actor.userId))!;
  const secret = user.totp_secret_encrypted ? ctx.secretBox.open(user.totp_secret_encrypted) : null;
  const step = secret ? checkTotp(secret, code.trim(), now) : null;
  const session = await ctx.db.transaction(async (tx) => {
    let method: 'totp' | 'recovery_code' | null = null;
    if (step !== null) {
      // Replay guard: the same code (time step) cannot complete a second sign-in.
      if (await claimTotpStep(tx, actor.userId, step)) method = 'totp';
    } else if (await useRecoveryCode(tx, actor.userId, hashToken(normaliseRecoveryCode(code)), now)) {
      method = 'recovery_code';
    }
    if (!method) return null;
    const token = newSecretToken(SESSION_TOKEN_PREFIX);
    // The code is a fresh proof for step-up; the sign-in is complete, so older emailed links stop working.
    await promoteSession(tx, actor.sessionId, hashToken(token), 'active', now);
    await revokeAuthTokensOfUser(tx, actor.userId, ['password_reset', 'magic_link'], now);
    if (method === 'recovery_code') {
      await recordAudit(tx, {
        action: 'two_factor.recovery_code_used',
        actor: { id: user.id, label: user.email },
        target: { type: 'user', id: user.id, label: user.email },
        ip: meta.ip,
        occurredAt: now,
      });
    }
    await recordAudit(tx, {
      action: 'sign_in.succeeded',
      actor: { id: user.id, label: user.email },
      target: { type: 'user', id: user.id, label: user.email },
      ip: meta.ip,
      details: { method },
      occurredAt: now,
    });
    return { token, state: 'active' as const };
  });
  if (session) {
    await limits.refund('secondFactorPerUser', actor.userId);
    return session;
  }
  // Audited outside the transaction above: a failure must not be rolled back with it.
  await recordAudit(ctx.db, {
    action: 'sign_in.failed',
    target: { type: 'user', id: user.id, label: user.email },
    ip: meta.ip,
    details: { reason: 'wrong_second_factor' },
    occurredAt: now,
  });
  throw new AppError(
    400,
    'invalid_code',
    'Invalid code',
    'That code is not valid. Check your authenticator app and try again.',
    [{ path: 'code', code: 'invalid_code', message: 'That code is not valid.' }],
  );
}

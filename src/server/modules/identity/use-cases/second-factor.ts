import type { Actor } from '../../../platform/actor.ts';
import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { AppError, conflict, tooManyRequests } from '../../../platform/http/errors.ts';
import { hashToken, newSecretToken } from '../../../platform/ids.ts';
import { hitRateLimit, peekRateLimit } from '../../../platform/security/rate-limit.ts';
import { checkTotp } from '../../../platform/security/totp.ts';
import { recordAudit } from '../../audit/index.ts';
import { findUserById, promoteSession, useRecoveryCode } from '../repository.ts';
import { SESSION_TOKEN_PREFIX } from './open-session.ts';

const MAX_ATTEMPTS = 10;

export function normaliseRecoveryCode(code: string) {
  return code.replace(/[\s-]/g, '').toLowerCase();
}

/** Second step of sign-in: a TOTP code (each time step accepted once) or a single-use recovery code. */
export async function completeSecondFactor(ctx: AppContext, actor: Actor, code: string, meta: RequestMeta) {
  if (actor.sessionState !== 'second_factor') throw conflict('This session is not waiting for a second factor.', 'no_second_factor_pending');
  const now = ctx.clock.now();
  const key = `second-factor:user:${actor.userId}`;
  const attempts = await peekRateLimit(ctx.db, key, now);
  if (attempts.hits >= MAX_ATTEMPTS) throw tooManyRequests(attempts.retryAfterSeconds);

  const user = (await findUserById(ctx.db, actor.userId))!;
  const secret = user.totp_secret_encrypted ? ctx.secretBox.open(user.totp_secret_encrypted) : null;
  const step = secret ? checkTotp(secret, code.trim(), now) : null;
  return ctx.db.transaction(async (tx) => {
    let method: 'totp' | 'recovery_code' | null = null;
    if (step !== null) {
      // Replay guard: the same code (time step) cannot complete a second sign-in.
      const replay = await hitRateLimit(tx, `totp-step:${actor.userId}:${step}`, 120, now);
      if (replay.hits === 1) method = 'totp';
    } else if (await useRecoveryCode(tx, actor.userId, hashToken(normaliseRecoveryCode(code)), now)) {
      method = 'recovery_code';
    }
    if (!method) {
      await hitRateLimit(tx, key, 15 * 60, now);
      await recordAudit(tx, { action: 'sign_in.failed', target: { type: 'user', id: user.id, label: user.email }, ip: meta.ip, details: { reason: 'wrong_second_factor' }, occurredAt: now });
      throw new AppError(400, 'invalid_code', 'Invalid code', 'That code is not valid. Check your authenticator app and try again.', [{ path: 'code', code: 'invalid_code', message: 'That code is not valid.' }]);
    }
    const token = newSecretToken(SESSION_TOKEN_PREFIX);
    await promoteSession(tx, actor.sessionId, hashToken(token), 'active');
    if (method === 'recovery_code') {
      await recordAudit(tx, { action: 'two_factor.recovery_code_used', actor: { id: user.id, label: user.email }, target: { type: 'user', id: user.id, label: user.email }, ip: meta.ip, occurredAt: now });
    }
    await recordAudit(tx, { action: 'sign_in.succeeded', actor: { id: user.id, label: user.email }, target: { type: 'user', id: user.id, label: user.email }, ip: meta.ip, details: { method }, occurredAt: now });
    return { token, state: 'active' as const };
  });
}

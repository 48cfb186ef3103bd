import { randomBytes } from 'node:crypto';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { conflict, fieldError, forbidden } from '../../../platform/http/errors.ts';
import { hashToken, newSecretToken } from '../../../platform/ids.ts';
import { checkTotp, newTotpSecret, totpEnrolment } from '../../../platform/security/totp.ts';
import { recordAudit } from '../../audit/index.ts';
import { readPortalSettings } from '../../settings/index.ts';
import { signInPolicy } from '../policy.ts';
import { findUserById, listMembershipsOfUser, promoteSession, replaceRecoveryCodes, setTotp } from '../repository.ts';
import { SESSION_TOKEN_PREFIX } from './open-session.ts';
import { claimTotpStep, normaliseRecoveryCode } from './second-factor.ts';
import { enqueueSecurityNotice } from './security-notices.ts';
import { requireRecentProof } from './step-up.ts';

/** Ten single-use codes: shown once (display), kept as hashes. Also given with a first passkey. */
export function newRecoveryCodes() {
  const codes = Array.from({ length: 10 }, () => randomBytes(5).toString('hex'));
  return {
    display: codes.map((code) => `${code.slice(0, 5)}-${code.slice(5)}`),
    hashes: codes.map((code) => hashToken(normaliseRecoveryCode(code))),
  };
}

/**
 * Step 1: a fresh secret, stored sealed but not yet enabled until a code proves the app has it. Binding an
 * authenticator needs a recent proof (step-up): someone holding only a sign-in link or a stolen session
 * must not lock the owner out with their own authenticator.
 */
export async function startTwoFactorSetup(ctx: AppContext, actor: Actor) {
  await requireRecentProof(ctx, actor);
  const user = (await findUserById(ctx.db, actor.userId))!;
  if (user.totp_enabled_at)
    throw conflict(
      'Two-factor authentication is already on. Turn it off first to move to a new device.',
      'two_factor_enabled',
    );
  const secret = newTotpSecret();
  await setTotp(ctx.db, user.id, ctx.secretBox.seal(secret), null);
  const settings = await readPortalSettings(ctx.db);
  return totpEnrolment(secret, user.email, settings.name);
}

/** Step 2: confirm with a code; returns recovery codes, shown once. A session owed enrolment becomes active. */
export async function enableTwoFactor(ctx: AppContext, actor: Actor, code: string, meta: RequestMeta) {
  await requireRecentProof(ctx, actor);
  const user = (await findUserById(ctx.db, actor.userId))!;
  if (user.totp_enabled_at) throw conflict('Two-factor authentication is already on.', 'two_factor_enabled');
  if (!user.totp_secret_encrypted) throw conflict('Start the setup first.', 'two_factor_not_started');
  const now = ctx.clock.now();
  const step = checkTotp(ctx.secretBox.open(user.totp_secret_encrypted), code, now);
  if (step === null)
    throw fieldError('code', 'invalid_code', 'That code is not valid. Check the time on your phone and try again.');
  const codes = newRecoveryCodes();
  const token = actor.sessionState === 'enrol_two_factor' ? newSecretToken(SESSION_TOKEN_PREFIX) : null;
  await ctx.db.transaction(async (tx) => {
    // The enrolment code is used up: it cannot also complete a sign-in.
    await claimTotpStep(tx, user.id, step);
    await setTotp(tx, user.id, user.totp_secret_encrypted, now);
    await replaceRecoveryCodes(tx, user.id, codes.hashes);
    if (token) await promoteSession(tx, actor.sessionId, hashToken(token), 'active');
    await enqueueSecurityNotice(tx, user.id, { kind: 'twoFactorEnabled' }, now);
    await recordAudit(tx, {
      action: 'two_factor.enabled',
      actor: { id: user.id, label: user.email },
      target: { type: 'user', id: user.id, label: user.email },
      ip: meta.ip,
      occurredAt: now,
    });
  });
  return { recoveryCodes: codes.display, newSessionToken: token };
}

/** Needs a recent proof of the password or a code (step-up), like every change to the sign-in itself. */
export async function disableTwoFactor(ctx: AppContext, actor: Actor, meta: RequestMeta) {
  await requireRecentProof(ctx, actor);
  const user = (await findUserById(ctx.db, actor.userId))!;
  const settings = await readPortalSettings(ctx.db);
  if (
    signInPolicy.requiresTwoFactor(
      user,
      await listMembershipsOfUser(ctx.db, user.id),
      settings.staff_require_two_factor,
    )
  ) {
    throw forbidden(
      'Your organisation requires two-factor authentication, so it cannot be turned off.',
      'two_factor_required',
    );
  }
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await setTotp(tx, user.id, null, null);
    await replaceRecoveryCodes(tx, user.id, []);
    await enqueueSecurityNotice(tx, user.id, { kind: 'twoFactorDisabled' }, now);
    await recordAudit(tx, {
      action: 'two_factor.disabled',
      actor: { id: user.id, label: user.email },
      target: { type: 'user', id: user.id, label: user.email },
      ip: meta.ip,
      occurredAt: now,
    });
  });
}

export async function regenerateRecoveryCodes(ctx: AppContext, actor: Actor, meta: RequestMeta) {
  await requireRecentProof(ctx, actor);
  const user = (await findUserById(ctx.db, actor.userId))!;
  if (!user.totp_enabled_at) throw conflict('Turn on two-factor authentication first.', 'two_factor_disabled');
  const codes = newRecoveryCodes();
  await ctx.db.transaction(async (tx) => {
    await replaceRecoveryCodes(tx, user.id, codes.hashes);
    await recordAudit(tx, {
      action: 'two_factor.recovery_codes_regenerated',
      actor: { id: user.id, label: user.email },
      target: { type: 'user', id: user.id, label: user.email },
      ip: meta.ip,
      occurredAt: ctx.clock.now(),
    });
  });
  return { recoveryCodes: codes.display };
}

import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { hashToken, newSecretToken } from '../../../platform/ids.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import { limitsOf } from '../../../platform/security/limits.ts';
import { recordAudit } from '../../audit/index.ts';
import { signInPolicy } from '../policy.ts';
import {
  findUserById,
  listMembershipsOfUser,
  promoteSession,
  revokeAuthTokensOfUser,
  setSessionReauthenticatedAt,
} from '../repository.ts';
import { advancePasskeyCounter, consumePasskeyChallenge, listPasskeysOfUser } from '../repository-passkeys.ts';
import {
  authenticationOptions,
  challengeExpired,
  passkeyRefused,
  storeChallenge,
  verifyAssertion,
} from '../webauthn.ts';
import { openSessionAfterFirstFactor, SESSION_TOKEN_PREFIX } from './open-session.ts';

/** Usernameless sign-in, step 1: a challenge any discoverable passkey of this portal may answer. */
export async function startPasskeySignIn(ctx: AppContext, meta: RequestMeta) {
  await limitsOf(ctx).take('passkeyChallengesPerIp', meta.ip, 'Too many passkey attempts. Try again later.');
  const options = await authenticationOptions(ctx, null);
  const challengeId = await storeChallenge(ctx, 'sign_in', options.challenge, null);
  return { challengeId, options: options as unknown as Record<string, unknown> };
}

/**
 * Step 2: the challenge is used up first (a replayed or second answer finds none), then the assertion names its
 * passkey and so its owner. The counter moves forward in the sign-in's transaction from the value checked, so two
 * concurrent uses of one assertion cannot both pass. A passkey is two factors: the session is active at once.
 */
export async function finishPasskeySignIn(
  ctx: AppContext,
  input: { challengeId: string; response: AuthenticationResponseJSON },
  meta: RequestMeta,
) {
  const limits = limitsOf(ctx);
  await limits.take('passkeySignInFailuresPerIp', meta.ip, 'Too many passkey attempts. Try again later.');
  const now = ctx.clock.now();
  const challenge = await consumePasskeyChallenge(ctx.db, input.challengeId, 'sign_in', null, now);
  if (!challenge) throw challengeExpired();
  const verified = await verifyAssertion(ctx, challenge, input.response, null);
  const user = verified ? await findUserById(ctx.db, verified.passkey.user_id) : null;
  // Checked after the assertion, so only the passkey's holder learns that their organisation requires SSO.
  if (user && !signInPolicy.allowsPasskey(user, await listMembershipsOfUser(ctx.db, user.id))) {
    await limits.refund('passkeySignInFailuresPerIp', meta.ip);
    await recordAudit(ctx.db, {
      action: 'sign_in.failed',
      target: { type: 'user', id: user.id, label: user.email },
      ip: meta.ip,
      details: { reason: 'sso_required', method: 'passkey' },
      occurredAt: now,
    });
    throw forbidden(
      'Your organisation signs you in with single sign-on. Use its “Sign in with” button.',
      'sso_required',
    );
  }
  const session =
    verified && user
      ? await ctx.db.transaction(async (tx) => {
          const { passkey, newCounter } = verified;
          if (!(await advancePasskeyCounter(tx, user.id, passkey.id, Number(passkey.sign_count), newCounter, now)))
            return null;
          const opened = await openSessionAfterFirstFactor(ctx, tx, user, meta, { via: 'passkey' });
          await recordAudit(tx, {
            action: 'sign_in.succeeded',
            actor: { id: user.id, label: user.email },
            target: { type: 'user', id: user.id, label: user.email },
            ip: meta.ip,
            details: { method: 'passkey', passkeyId: passkey.id, state: opened.state },
            occurredAt: now,
          });
          return opened;
        })
      : null;
  if (session) {
    await limits.refund('passkeySignInFailuresPerIp', meta.ip);
    return session;
  }
  await recordAudit(ctx.db, {
    action: 'sign_in.failed',
    target: user
      ? { type: 'user', id: user.id, label: user.email }
      : { type: 'passkey', id: input.response.id.slice(0, 200), label: 'unknown passkey' },
    ip: meta.ip,
    details: { reason: 'passkey_refused' },
    occurredAt: now,
  });
  throw passkeyRefused();
}

/** A proof with one of the signed-in person's own passkeys, step 1 (step-up, or the second step of a sign-in). */
export async function startPasskeyProof(ctx: AppContext, actor: Actor) {
  const passkeys = await listPasskeysOfUser(ctx.db, actor.userId);
  if (!passkeys.length) throw passkeyRefused();
  const options = await authenticationOptions(ctx, passkeys);
  const challengeId = await storeChallenge(ctx, 'proof', options.challenge, {
    userId: actor.userId,
    sessionId: actor.sessionId,
  });
  return { challengeId, options: options as unknown as Record<string, unknown> };
}

/**
 * Step 2: only the caller's passkeys count (another person's is refused like a wrong one). It proves the person
 * again for step-up; a session waiting for its second factor (or for 2FA enrolment) becomes active with a new token.
 */
export async function finishPasskeyProof(
  ctx: AppContext,
  actor: Actor,
  input: { challengeId: string; response: AuthenticationResponseJSON },
  meta: RequestMeta,
) {
  const limits = limitsOf(ctx);
  await limits.take('secondFactorPerUser', actor.userId, 'Too many attempts. Try again later.');
  const now = ctx.clock.now();
  const challenge = await consumePasskeyChallenge(ctx.db, input.challengeId, 'proof', actor.sessionId, now);
  if (!challenge) throw challengeExpired();
  const verified = await verifyAssertion(ctx, challenge, input.response, actor.userId);
  const promote = actor.sessionState !== 'active';
  const token = promote ? newSecretToken(SESSION_TOKEN_PREFIX) : null;
  const ok =
    verified &&
    (await ctx.db.transaction(async (tx) => {
      const { passkey, newCounter } = verified;
      if (!(await advancePasskeyCounter(tx, actor.userId, passkey.id, Number(passkey.sign_count), newCounter, now)))
        return false;
      if (token) {
        await promoteSession(tx, actor.sessionId, hashToken(token), 'active', now);
        await revokeAuthTokensOfUser(tx, actor.userId, ['password_reset', 'magic_link'], now);
      } else {
        await setSessionReauthenticatedAt(tx, actor.sessionId, now);
      }
      await recordAudit(tx, {
        action: token ? 'sign_in.succeeded' : 'session.reauthenticated',
        actor: { id: actor.userId, label: actor.email },
        target: { type: 'user', id: actor.userId, label: actor.email },
        ip: meta.ip,
        details: { method: 'passkey', passkeyId: passkey.id },
        occurredAt: now,
      });
      return true;
    }));
  if (!ok) throw passkeyRefused();
  await limits.refund('secondFactorPerUser', actor.userId);
  return {
    reauthenticatedUntil: new Date(now.getTime() + ctx.config.session.stepUpMinutes * 60_000).toISOString(),
    newSessionToken: token,
  };
}

import type { AuthenticatorTransport, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { conflict, forbidden, notFound } from '../../../platform/http/errors.ts';
import { hashToken, newId, newSecretToken } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { readPortalSettings } from '../../settings/index.ts';
import { signInPolicy } from '../policy.ts';
import { presentPasskey } from '../presenters.ts';
import { findUserById, listMembershipsOfUser, promoteSession, replaceRecoveryCodes } from '../repository.ts';
import {
  consumePasskeyChallenge,
  countPasskeysOfUser,
  countUnusedRecoveryCodes,
  deletePasskeyOfUser,
  insertPasskey,
  listPasskeysOfUser,
  renamePasskeyOfUser,
} from '../repository-passkeys.ts';
import { challengeExpired, relyingParty, storeChallenge, userHandleOf, webauthnLibrary } from '../webauthn.ts';
import { SESSION_TOKEN_PREFIX } from './open-session.ts';
import { enqueueSecurityNotice } from './security-notices.ts';
import { requireRecentProof } from './step-up.ts';
import { newRecoveryCodes } from './two-factor.ts';

const MAX_PASSKEYS = 20;

export async function listMyPasskeys(ctx: AppContext, actor: Actor) {
  return {
    items: (await listPasskeysOfUser(ctx.db, actor.userId)).map((row) => presentPasskey(row, actor)),
    nextCursor: null,
  };
}

/**
 * Step 1 of adding a passkey: options for `navigator.credentials.create`. Binding a new way in needs a recent
 * proof (step-up), like every change to how someone signs in. The key must be discoverable (a passkey signs in
 * without an email) and verify the user (PIN, biometrics), so it counts as two factors.
 */
/** A sign-in still owing its second factor adds nothing: half a sign-in must not bind a new way in. */
function refuseHalfSignIn(actor: Actor) {
  if (actor.sessionState === 'second_factor')
    throw conflict('Finish signing in with your second factor first.', 'second_factor_required');
}

export async function startPasskeyRegistration(ctx: AppContext, actor: Actor) {
  refuseHalfSignIn(actor);
  await requireRecentProof(ctx, actor);
  const existing = await listPasskeysOfUser(ctx.db, actor.userId);
  if (existing.length >= MAX_PASSKEYS)
    throw conflict(`You can keep up to ${MAX_PASSKEYS} passkeys.`, 'too_many_passkeys');
  const rp = await relyingParty(ctx);
  const { generateRegistrationOptions } = await webauthnLibrary();
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: actor.email,
    userDisplayName: actor.name,
    userID: userHandleOf(actor.userId),
    attestationType: 'none',
    timeout: 60_000,
    excludeCredentials: existing.map((passkey) => ({
      id: passkey.credential_id,
      transports: passkey.transports as AuthenticatorTransport[],
    })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
  const challengeId = await storeChallenge(ctx, 'register', options.challenge, {
    userId: actor.userId,
    sessionId: actor.sessionId,
  });
  return { challengeId, options: options as unknown as Record<string, unknown> };
}

/**
 * Step 2: verifies the attestation against the session's own challenge (used up here) and stores the key. The first
 * passkey of someone without recovery codes brings ten, shown once: a lost device must not lock them out. A
 * session still owed 2FA enrolment is complete now (a passkey is two factors).
 */
export async function finishPasskeyRegistration(
  ctx: AppContext,
  actor: Actor,
  input: { challengeId: string; name: string; response: RegistrationResponseJSON },
  meta: RequestMeta,
) {
  refuseHalfSignIn(actor);
  await requireRecentProof(ctx, actor);
  const now = ctx.clock.now();
  const challenge = await consumePasskeyChallenge(ctx.db, input.challengeId, 'register', actor.sessionId, now);
  if (!challenge) throw challengeExpired();
  const rp = await relyingParty(ctx);
  const { verifyRegistrationResponse } = await webauthnLibrary();
  let info;
  try {
    const verification = await verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
    });
    info = verification.verified ? verification.registrationInfo : undefined;
  } catch (error) {
    ctx.logger.info({ err: error }, 'passkey registration refused');
  }
  if (!info) throw conflict('The passkey could not be verified. Try again with your device.', 'passkey_not_verified');
  const user = (await findUserById(ctx.db, actor.userId))!;
  const row = {
    id: newId(now.getTime()),
    user_id: actor.userId,
    credential_id: info.credential.id,
    public_key: Buffer.from(info.credential.publicKey),
    sign_count: info.credential.counter,
    transports: (info.credential.transports ?? []).slice(0, 10),
    name: input.name,
    device_type: info.credentialDeviceType,
    backed_up: info.credentialBackedUp,
    created_at: now,
  };
  const sessionToken = actor.sessionState === 'enrol_two_factor' ? newSecretToken(SESSION_TOKEN_PREFIX) : null;
  const recoveryCodes = await ctx.db.transaction(async (tx) => {
    if (!(await insertPasskey(tx, row))) throw conflict('This passkey is registered already.', 'passkey_exists');
    let codes: string[] | null = null;
    if (!user.totp_enabled_at && (await countUnusedRecoveryCodes(tx, user.id)) === 0) {
      const fresh = newRecoveryCodes();
      await replaceRecoveryCodes(tx, user.id, fresh.hashes);
      codes = fresh.display;
    }
    if (sessionToken) await promoteSession(tx, actor.sessionId, hashToken(sessionToken), 'active', now);
    await enqueueSecurityNotice(tx, user.id, { kind: 'passkeyAdded', passkeyName: row.name }, now);
    await recordAudit(tx, {
      action: 'passkey.added',
      actor: { id: user.id, label: user.email },
      target: { type: 'passkey', id: row.id, label: row.name },
      ip: meta.ip,
      details: { deviceType: row.device_type, backedUp: row.backed_up },
      occurredAt: now,
    });
    return codes;
  });
  return {
    passkey: presentPasskey({ ...row, last_used_at: null }, actor),
    recoveryCodes,
    newSessionToken: sessionToken,
  };
}

/** Someone else's passkey id matches nothing: 404, as for a missing one. */
export async function renameMyPasskey(
  ctx: AppContext,
  actor: Actor,
  passkeyId: string,
  name: string,
  meta: RequestMeta,
) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const row = await renamePasskeyOfUser(tx, actor.userId, passkeyId, name);
    if (!row) throw notFound();
    await recordAudit(tx, {
      action: 'passkey.renamed',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'passkey', id: row.id, label: row.name },
      ip: meta.ip,
      occurredAt: now,
    });
    return presentPasskey(row, actor);
  });
}

/**
 * Removing a way in needs step-up. The last second factor of someone whose organisation requires 2FA stays: without
 * an authenticator app, their last passkey cannot go.
 */
export async function removeMyPasskey(ctx: AppContext, actor: Actor, passkeyId: string, meta: RequestMeta) {
  await requireRecentProof(ctx, actor);
  const user = (await findUserById(ctx.db, actor.userId))!;
  const settings = await readPortalSettings(ctx.db);
  const required = signInPolicy.requiresTwoFactor(
    user,
    await listMembershipsOfUser(ctx.db, user.id),
    settings.staff_require_two_factor,
  );
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const row = await deletePasskeyOfUser(tx, actor.userId, passkeyId);
    if (!row) throw notFound();
    if (required && !user.totp_enabled_at && (await countPasskeysOfUser(tx, user.id)) === 0)
      throw forbidden(
        'Your organisation requires two-factor authentication: add another passkey or an authenticator app first.',
        'two_factor_required',
      );
    await enqueueSecurityNotice(tx, user.id, { kind: 'passkeyRemoved', passkeyName: row.name }, now);
    await recordAudit(tx, {
      action: 'passkey.removed',
      actor: { id: user.id, label: user.email },
      target: { type: 'passkey', id: row.id, label: row.name },
      ip: meta.ip,
      occurredAt: now,
    });
  });
}

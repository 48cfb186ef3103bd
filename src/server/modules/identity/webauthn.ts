import type { AuthenticationResponseJSON, AuthenticatorTransport } from '@simplewebauthn/server';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { mainBaseUrl, segmentBaseUrl, segmentOfCurrentHost } from '../domains/index.ts';
import { readPortalSettings } from '../settings/index.ts';
import {
  findPasskeyByCredentialId,
  insertPasskeyChallenge,
  type ChallengePurpose,
  type PasskeyRow,
} from './repository-passkeys.ts';

/**
 * The WebAuthn library, loaded at the first passkey ceremony: it and its ASN.1/X.509 dependencies were ~70 modules
 * and a tenth of every start, for a feature most sign-ins never use.
 */
export const webauthnLibrary = () => import('@simplewebauthn/server');

/** A challenge is answered within minutes or not at all (the browser prompt times out after one). */
export const CHALLENGE_TTL_MS = 5 * 60_000;
const PROMPT_TIMEOUT_MS = 60_000;

/**
 * The relying party is the address the ceremony runs on, from configuration only: on a segment's configured domain
 * (modules/domains) that domain is the RP ID and its address the only origin accepted; on the main host (or any
 * unknown one) the portal's main address. A passkey made on one domain therefore works there only, as the browser
 * scopes it too; the Host header merely selects among configured domains and is never copied.
 */
export async function relyingParty(ctx: AppContext) {
  const hostSegment = await segmentOfCurrentHost(ctx);
  const base = hostSegment
    ? await segmentBaseUrl(ctx, ctx.db, hostSegment.segmentId, hostSegment.purpose)
    : await mainBaseUrl(ctx, ctx.db);
  const url = new URL(base);
  return { id: url.hostname, origin: url.origin, name: (await readPortalSettings(ctx.db)).name };
}

/** The WebAuthn user handle of a person: their id's 16 bytes (opaque, no email or name in it). */
export function userHandleOf(userId: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(userId.replace(/-/g, ''), 'hex'));
}

export const passkeyRefused = () =>
  new AppError(
    401,
    'passkey_refused',
    'Passkey not accepted',
    'That passkey could not be verified. Try again, or sign in another way.',
  );
export const challengeExpired = () =>
  new AppError(
    400,
    'challenge_expired',
    'Passkey request expired',
    'The passkey request expired or was already used. Start again.',
  );

/** Stores a fresh challenge server-side and returns its id with the options the browser needs. */
export async function storeChallenge(
  ctx: AppContext,
  purpose: ChallengePurpose,
  challenge: string,
  owner: { userId: string; sessionId: string } | null,
) {
  const now = ctx.clock.now();
  const id = newId(now.getTime());
  await insertPasskeyChallenge(ctx.db, {
    id,
    purpose,
    challenge,
    userId: owner?.userId ?? null,
    sessionId: owner?.sessionId ?? null,
    now,
    expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
  });
  return id;
}

/** Options for `navigator.credentials.get`: the person's own passkeys, or any discoverable one (usernameless). */
export async function authenticationOptions(ctx: AppContext, passkeys: PasskeyRow[] | null) {
  const rp = await relyingParty(ctx);
  const { generateAuthenticationOptions } = await webauthnLibrary();
  return generateAuthenticationOptions({
    rpID: rp.id,
    userVerification: 'required',
    timeout: PROMPT_TIMEOUT_MS,
    allowCredentials: passkeys?.map((passkey) => ({
      id: passkey.credential_id,
      transports: passkey.transports as AuthenticatorTransport[],
    })),
  });
}

/**
 * Checks an assertion against its challenge and the stored key: origin, RP ID, user verification, signature, and
 * the counter moving forward (the library refuses a counter that did not grow, unless the authenticator keeps
 * none). `userId`: only that person's passkeys count (step-up); without it, the passkey names its owner.
 */
export async function verifyAssertion(
  ctx: AppContext,
  expectedChallenge: string,
  response: AuthenticationResponseJSON,
  userId: string | null,
) {
  const passkey = await findPasskeyByCredentialId(ctx.db, response.id);
  if (!passkey || (userId !== null && passkey.user_id !== userId)) return null;
  const handle = response.response.userHandle;
  if (handle && handle !== Buffer.from(userHandleOf(passkey.user_id)).toString('base64url')) return null;
  const rp = await relyingParty(ctx);
  const { verifyAuthenticationResponse } = await webauthnLibrary();
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
      credential: {
        id: passkey.credential_id,
        publicKey: new Uint8Array(passkey.public_key),
        counter: Number(passkey.sign_count),
        transports: passkey.transports as AuthenticatorTransport[],
      },
    });
    return result.verified ? { passkey, newCounter: result.authenticationInfo.newCounter } : null;
  } catch (error) {
    ctx.logger.info({ err: error, passkeyId: passkey.id }, 'passkey assertion refused');
    return null;
  }
}

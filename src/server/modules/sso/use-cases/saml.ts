import type { Profile } from '@node-saml/node-saml';
import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { hashToken, newId, newSecretToken } from '../../../platform/ids.ts';
import { SsoRefused } from '../refused.ts';
import {
  consumeLoginById,
  findLoginByState,
  findProvider,
  insertLogin,
  rememberAssertion,
  sweepAssertions,
  type ProviderRow,
} from '../repository.ts';
import {
  assertionFacts,
  carriesOnlyEncryptedAssertion,
  samlEmailOf,
  samlFor,
  samlNameOf,
  samlUrlsOf,
  spMetadataOf,
} from '../saml.ts';
import { allowedEmail, signInWithIdentity, type CallbackResult } from './sign-in-identity.ts';

const LOGIN_MINUTES = 10;

async function samlProvider(ctx: AppContext, providerId: string) {
  const provider = await findProvider(ctx.db, providerId);
  // An id that names no SAML provider reads as missing, like every other id.
  if (!provider || provider.protocol !== 'saml') throw notFound();
  return provider;
}

/**
 * SP-initiated sign-in (HTTP-Redirect binding): the AuthnRequest id is remembered with the state of this browser,
 * and the response must answer exactly that request (InResponseTo), so IdP-initiated responses are refused.
 */
export async function startSamlUseCase(ctx: AppContext, provider: ProviderRow) {
  const state = newSecretToken();
  const requestId = `_${crypto.randomUUID()}`;
  const now = ctx.clock.now();
  await insertLogin(ctx.db, {
    id: newId(now.getTime()),
    providerId: provider.id,
    stateHash: hashToken(state),
    nonce: requestId,
    // No PKCE in SAML: the column is OIDC's.
    verifierSealed: '',
    now,
    expiresAt: new Date(now.getTime() + LOGIN_MINUTES * 60_000),
  });
  const { saml } = await samlFor(ctx, provider, { requestId });
  const url = await saml.getAuthorizeUrlAsync(state, undefined, {});
  return { url, state, maxAgeSeconds: LOGIN_MINUTES * 60 };
}

/** The SP metadata an IdP administrator imports: entity id, ACS (HTTP-POST), signed assertions wanted. */
export async function samlMetadataUseCase(ctx: AppContext, providerId: string) {
  const provider = await samlProvider(ctx, providerId);
  const { saml } = await samlFor(ctx, provider, {});
  return spMetadataOf(saml, provider);
}

/**
 * The IdP's POST to the ACS. node-saml checks the assertion's signature against the configured certificate (an
 * unsigned assertion is refused), its audience, its validity window with the clock skew, and InResponseTo. Here:
 * the Recipient, the Destination, the assertion id against replays (kept in the database until it expires, so it
 * holds across processes), then the login row is used once.
 */
export async function samlAcsUseCase(
  ctx: AppContext,
  providerId: string,
  body: { SAMLResponse?: unknown; RelayState?: unknown },
  cookieState: string | undefined,
  meta: RequestMeta,
): Promise<CallbackResult> {
  const provider = await samlProvider(ctx, providerId);
  const now = ctx.clock.now();
  const expired = new SsoRefused('invalid_state', 'This sign-in was not started here or was already used. Try again.');
  const relayState = typeof body.RelayState === 'string' ? body.RelayState : null;
  if (!relayState || !cookieState || relayState !== cookieState || typeof body.SAMLResponse !== 'string') throw expired;
  const login = await findLoginByState(ctx.db, provider.id, hashToken(relayState), now);
  if (!login) throw expired;

  const { saml, acsUrl } = await samlFor(ctx, provider, {
    login: { requestId: login.nonce, createdAt: login.created_at },
  });
  if (carriesOnlyEncryptedAssertion(body.SAMLResponse) !== provider.saml_encrypted_assertions) {
    ctx.logger.warn(
      { providerId, encryptedWanted: provider.saml_encrypted_assertions },
      'single sign-on: SAML encryption',
    );
    throw new SsoRefused(
      'provider_error',
      provider.saml_encrypted_assertions
        ? 'Your identity provider must encrypt its answer for this portal. Ask your administrator.'
        : 'Your identity provider encrypted its answer, which this portal does not expect. Ask your administrator.',
    );
  }
  let profile: Profile;
  const validatedProfile = async (instance: typeof saml, samlResponse: string) => {
    const result = await instance.validatePostResponseAsync({ SAMLResponse: samlResponse });
    if (!result.profile || result.loggedOut) throw new Error('no profile in the response');
    return result.profile;
  };
  const samlResponse = body.SAMLResponse;
  try {
    profile = await validatedProfile(saml, samlResponse).catch(async (error: unknown) => {
      // A rollover: the IdP may not have picked up the new certificate yet (see saml-key-rotation.ts).
      if (!provider.saml_encrypted_assertions || !provider.saml_sp_previous_decryption_key_sealed) throw error;
      const previous = await samlFor(ctx, provider, {
        login: { requestId: login.nonce, createdAt: login.created_at },
        previousKey: true,
      });
      return validatedProfile(previous.saml, samlResponse);
    });
  } catch (error) {
    ctx.logger.warn({ err: error, providerId }, 'single sign-on: SAML response refused');
    throw new SsoRefused('provider_error', 'The answer of your identity provider could not be verified. Try again.');
  }
  const facts = assertionFacts(profile, now);
  const destination = /<(?:\w+:)?Response\b[^>]*\sDestination="([^"]*)"/.exec(
    Buffer.from(body.SAMLResponse, 'base64').toString('utf8').slice(0, 4000),
  )?.[1];
  if (!facts.recipients.includes(acsUrl) || (destination !== undefined && destination !== acsUrl)) {
    ctx.logger.warn({ providerId, recipients: facts.recipients, destination }, 'single sign-on: SAML recipient');
    throw new SsoRefused('provider_error', 'The answer of your identity provider was meant for another address.');
  }
  if (!facts.id) throw new SsoRefused('provider_error', 'The answer of your identity provider has no id.');
  await sweepAssertions(ctx.db, now);
  if (!(await rememberAssertion(ctx.db, provider.id, facts.id, facts.expiresAt)))
    throw new SsoRefused('assertion_replayed', 'This sign-in was already used. Start again.');
  if (!(await consumeLoginById(ctx.db, login.id, now))) throw expired;

  if (!profile.nameID) throw new SsoRefused('provider_error', 'The answer of your identity provider names nobody.');
  const email = samlEmailOf(profile, provider.email_claim);
  // SAML has no "verified" flag: the IdP is trusted only for the domains the provider allows.
  if (!email) throw new SsoRefused('email_not_verified', 'Your identity provider did not send your email address.');
  return signInWithIdentity(
    ctx,
    provider,
    { subject: profile.nameID, ...allowedEmail(provider, email), name: samlNameOf(profile) },
    meta,
  );
}

export { samlUrlsOf };

import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { hashToken } from '../../../platform/ids.ts';
import { configurationOf, openidClient, redirectUriOf } from '../oidc.ts';
import { SsoRefused } from '../refused.ts';
import { consumeLogin, findProvider } from '../repository.ts';
import { allowedEmail, signInWithIdentity, type CallbackResult } from './sign-in-identity.ts';

export type { CallbackResult };

/** Exchanges the code (PKCE, state, nonce and the ID token checked by openid-client) and signs the person in. */
export async function ssoCallbackUseCase(
  ctx: AppContext,
  providerId: string,
  query: string,
  cookieState: string | undefined,
  meta: RequestMeta,
): Promise<CallbackResult> {
  const provider = await findProvider(ctx.db, providerId);
  // An id that names no provider reads as missing, like every other id (the cross-account walk checks it).
  if (!provider || provider.protocol !== 'oidc') throw notFound();
  const params = new URLSearchParams(query);
  const state = params.get('state');
  const expired = new SsoRefused('invalid_state', 'This sign-in was not started here or was already used. Try again.');
  if (!state || !cookieState || state !== cookieState) throw expired;
  const login = await consumeLogin(ctx.db, provider.id, hashToken(state), ctx.clock.now());
  if (!login) throw expired;
  if (params.get('error'))
    throw new SsoRefused('provider_error', 'Your identity provider did not sign you in. Try again.');

  // Loaded outside the try below: a missing library is a server error, not the provider's refusal.
  const client = await openidClient();
  let claims: Record<string, unknown>;
  try {
    const config = await configurationOf(ctx, provider);
    const currentUrl = new URL(`${await redirectUriOf(ctx, ctx.db, provider)}?${params.toString()}`);
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: ctx.secretBox.open(login.code_verifier_sealed),
      expectedState: state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims() as Record<string, unknown>;
    claims = idClaims;
    // Many providers put the email in the UserInfo answer only; openid-client checks its subject matches.
    if (idClaims[provider.email_claim] === undefined && tokens.access_token) {
      const info = await client.fetchUserInfo(config, tokens.access_token, String(idClaims.sub));
      claims = { ...info, ...idClaims };
    }
  } catch (error) {
    ctx.logger.warn({ err: error, providerId }, 'single sign-on: code exchange or ID token refused');
    throw new SsoRefused('provider_error', 'The answer of your identity provider could not be verified. Try again.');
  }
  const email = claims[provider.email_claim];
  // An address the provider has not verified never identifies anyone here (no account takeover).
  if (typeof email !== 'string' || !email.includes('@') || claims.email_verified !== true)
    throw new SsoRefused('email_not_verified', 'Your identity provider did not confirm your email address.');
  const name = typeof claims.name === 'string' ? claims.name : null;
  return signInWithIdentity(
    ctx,
    provider,
    { subject: String(claims.sub), ...allowedEmail(provider, email), name },
    meta,
  );
}

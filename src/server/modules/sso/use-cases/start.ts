import type { AppContext } from '../../../platform/context.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { hashToken, newId } from '../../../platform/ids.ts';
import { segmentOfCurrentHost } from '../../domains/index.ts';
import { configurationOf, openidClient, redirectUriOf } from '../oidc.ts';
import { findProvider, insertLogin, listProviders } from '../repository.ts';
import { startSamlUseCase } from './saml.ts';

/** A started sign-in must come back within this time. */
const LOGIN_MINUTES = 10;

/**
 * The providers whose buttons the sign-in page shows: on a segment's own domain that segment's, on the main
 * address all of them (staff, and the segments without a domain of their own sign in there).
 */
export async function providersForHost(ctx: AppContext) {
  const host = await segmentOfCurrentHost(ctx);
  const rows = await listProviders(ctx.db);
  return rows.filter((row) => !host || row.segment_id === host.segmentId);
}

export async function ssoButtonsUseCase(ctx: AppContext) {
  return { items: (await providersForHost(ctx)).map((row) => ({ id: row.id, name: row.name })) };
}

/**
 * Starts the authorization code flow: state, nonce and the PKCE verifier are made here and kept on the server
 * (the verifier sealed); the browser gets the state in a cookie too, so only the browser that started a sign-in
 * can finish it (no login CSRF).
 */
export async function startSsoUseCase(ctx: AppContext, providerId: string) {
  const provider = await findProvider(ctx.db, providerId);
  if (!provider || !(await providersForHost(ctx)).some((row) => row.id === provider.id)) throw notFound();
  if (provider.protocol === 'saml') return { protocol: 'saml' as const, ...(await startSamlUseCase(ctx, provider)) };
  const client = await openidClient();
  const config = await configurationOf(ctx, provider);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const verifier = client.randomPKCECodeVerifier();
  const now = ctx.clock.now();
  await insertLogin(ctx.db, {
    id: newId(now.getTime()),
    providerId: provider.id,
    stateHash: hashToken(state),
    nonce,
    verifierSealed: ctx.secretBox.seal(verifier),
    now,
    expiresAt: new Date(now.getTime() + LOGIN_MINUTES * 60_000),
  });
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: await redirectUriOf(ctx, ctx.db, provider),
    scope: provider.scopes.join(' '),
    response_type: 'code',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { protocol: 'oidc' as const, url: url.href, state, maxAgeSeconds: LOGIN_MINUTES * 60 };
}

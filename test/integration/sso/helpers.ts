import { expect } from 'vitest';
import { idOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { walkIdp } from '../../support/oidc-provider.ts';

export const CLIENT_SECRET = 'idp-client-secret-never-returned-0123';

/** start → the provider's authorization page (and its sign-in) → the URL it sends the browser back to. */
export async function startAndWalk(browser: HttpClient, providerId: string, issuer: string) {
  const start = await browser.get(`/api/v1/auth/sso/${providerId}/start`);
  expect(start.statusCode).toBe(302);
  const back = await walkIdp(String(start.headers.location), issuer);
  expect(back.origin).toBe('http://portico.test');
  return `${back.pathname}${back.search}`;
}

/** The callback as the browser follows it: where it lands, and whether it got a session. */
export async function finish(portal: TestPortal, browser: HttpClient, callbackPath: string) {
  const response = await browser.get(callbackPath);
  expect(response.statusCode).toBe(302);
  const session = (await browser.get('/api/v1/session')).json() as { me: { user: { email: string } } | null };
  return { location: String(response.headers.location), me: session.me ? { email: session.me.user.email } : null };
}

/** Switches a segment's sign-in methods (e.g. single sign-on beside passwords), as the console does. */
export async function setSegmentSignInMethods(owner: HttpClient, segmentId: string, signInMethods: string[]) {
  const segment = await owner.get(`/api/v1/segments/${segmentId}`);
  const saved = await owner.patch(
    `/api/v1/segments/${segmentId}`,
    { signInMethods },
    { 'if-match': String(segment.json().version) },
  );
  expect(saved.statusCode).toBe(200);
}

/**
 * The SAML setup the SAML tests share: a provider for the Clients segment on the local IdP (JIT for acme.example
 * into Acme Manufacturing), and single sign-on switched on beside passwords there. `fields` adds or overrides.
 */
export async function setUpSamlProvider(
  portal: TestPortal,
  owner: HttpClient,
  idp: { entityId: string; ssoUrl: string; keys: { certificate: string } },
  fields: Record<string, unknown> = {},
) {
  const clientsSegment = await idOf(portal.ctx.db, 'segments', 'Clients');
  const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
  const created = await owner.post('/api/v1/sso/saml-providers', {
    name: 'Acme ADFS',
    idpEntityId: idp.entityId,
    ssoUrl: idp.ssoUrl,
    idpCertificate: idp.keys.certificate,
    allowedDomains: ['acme.example'],
    audience: 'segment',
    segmentId: clientsSegment,
    jitAccounts: [{ domain: 'acme.example', accountId: acme, role: 'member' }],
    ...fields,
  });
  expect(created.statusCode, created.body).toBe(201);
  await setSegmentSignInMethods(owner, clientsSegment, ['sso', 'password']);
  return { providerId: created.json().id as string, clientsSegment, acme };
}

/**
 * The IdP's form post to the ACS, as the browser sends it (no CSRF header: it comes from the IdP's page): where the
 * browser lands and who is signed in after it.
 */
export async function postSamlResponse(
  browser: HttpClient,
  providerId: string,
  relayState: string,
  samlResponse: string,
) {
  browser.sendCsrf = false;
  const body = new URLSearchParams({ SAMLResponse: samlResponse, RelayState: relayState }).toString();
  const response = await browser.request('POST', `/api/v1/auth/sso/${providerId}/saml/acs`, body, {
    'content-type': 'application/x-www-form-urlencoded',
  });
  expect(response.statusCode).toBe(303);
  const session = (await browser.get('/api/v1/session')).json() as { me: { user: { email: string } } | null };
  return { location: String(response.headers.location), email: session.me?.user.email ?? null };
}

import { expect } from 'vitest';
import type { TestPortal } from '../../support/harness.ts';
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

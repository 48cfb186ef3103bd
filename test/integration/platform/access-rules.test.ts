import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  access,
  enforceDeclaredAccess,
  MissingAccessRuleError,
  type RegisteredRoute,
} from '../../../src/server/platform/http/access.ts';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem, fillParams, randomId } from './problem-assertions.ts';

/** Routes anyone may call without signing in. Making another route public must be a visible decision here. */
const PUBLIC_ROUTES = [
  'GET /livez',
  'GET /readyz',
  'GET /api/openapi.json',
  'GET /api/docs',
  'GET /api/docs/init.js',
  'GET /api/docs/theme.css',
  'GET /api/docs/assets/:version/:file',
  'GET /api/v1/session',
  'GET /api/v1/branding',
  'GET /branding/logo',
  // Segment branding images (portal sign-in pages and mails show them before anyone signs in).
  'GET /branding/segment-logo',
  'GET /branding/segment-favicon',
  // Custom domains: Caddy's on-demand TLS `ask` holds no session; it learns only yes/no for a name (rate-limited).
  'GET /api/v1/tls/ask',
  // Billing: Stripe's webhook (its signature is the credential, checked with constructEvent).
  'POST /api/v1/billing/stripe-webhook',
  'POST /api/v1/auth/sign-in',
  'POST /api/v1/auth/magic-links',
  'POST /api/v1/auth/magic-links/consume',
  'POST /api/v1/auth/password-resets',
  'POST /api/v1/auth/password-resets/complete',
  'POST /api/v1/auth/invitations/preview',
  'POST /api/v1/auth/invitations/accept',
  // Passkey sign-in (usernameless): a challenge for anyone (rate-limited per IP, single-use, 5 minutes), then the
  // signed answer, which is the credential (refused answers rate-limited per IP).
  'POST /api/v1/auth/passkey/options',
  'POST /api/v1/auth/passkey/verify',
  // Single sign-on: the buttons (provider names only), the redirect to the provider, its answer (state bound to the
  // browser's cookie, single use, checked with PKCE and nonce), and linking, which needs the person's password.
  'GET /api/v1/auth/sso/providers',
  'GET /api/v1/auth/sso/:providerId/start',
  'GET /api/v1/auth/sso/:providerId/callback',
  'POST /api/v1/auth/sso/link',
  // SAML: the SP metadata an IdP admin imports, the ACS the IdP's form posts to (CSRF-exempt: state cookie, RelayState
  // and InResponseTo bind it), and the emailed code that proves a person when linking (rate-limited).
  'GET /api/v1/auth/sso/:providerId/saml/metadata',
  'POST /api/v1/auth/sso/:providerId/saml/acs',
  'POST /api/v1/auth/sso/link/code',
  // Account rights: the undo link mailed to the old address after an email change (the emailed token is the
  // credential: single use, 7 days; rate-limited per IP). Whoever lost their account to the change has no session.
  'POST /api/v1/auth/email-change/undo',
  // Help center: pages, sitemap and reader API; each article's audience rule decides what a caller gets.
  'GET /help',
  'GET /help/*',
  'GET /sitemap.xml',
  'GET /api/v1/knowledge-base/categories',
  'GET /api/v1/knowledge-base/categories/:categoryId',
  'GET /api/v1/knowledge-base/categories/:categoryId/articles',
  'GET /api/v1/knowledge-base/articles',
  'GET /api/v1/knowledge-base/articles/:articleId',
  'POST /api/v1/knowledge-base/articles/:articleId/feedback',
  'GET /api/v1/knowledge-base/search',
  'GET /api/v1/knowledge-base/suggestions',
  // Conversations: mail clients' one-click unsubscribe (signed token) and providers' inbound webhook (shared secret).
  'POST /api/v1/email/unsubscribe',
  'POST /api/v1/inbound-email',
  // CSAT: the one-click rating link from the email (the emailed token is the credential, rate-limited per address).
  'POST /api/v1/ticket-ratings/by-token',
  // Obligations: a person's calendar feed (the secret token in the path is the credential; revocable).
  'GET /api/v1/calendar/:file',
  // Deflection: anonymous help-center visits count as self-service sessions (rate-limited per address).
  'POST /api/v1/deflection/events',
  // Forms: public forms for leads (rate-limited per IP, honeypot and minimum fill time).
  'GET /api/v1/public-forms/:slug',
  'POST /api/v1/public-forms/:slug/submissions',
];

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Calls a registered route with random ids; writes carry a valid CSRF token so the request reaches the access check. */
async function call(portal: TestPortal, client: HttpClient, route: RegisteredRoute) {
  const url = fillParams(route.url, () => randomId());
  if (route.method === 'HEAD') {
    const session = client.cookie('portico_session');
    return portal.app.inject({ method: 'HEAD', url, headers: session ? { cookie: `portico_session=${session}` } : {} });
  }
  return client.request(
    route.method as Method,
    url,
    route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
  );
}

describe('access rules', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal.close());

  it('every registered route declares an access rule, and only the known routes are public', () => {
    expect(portal.routes.length).toBeGreaterThan(40);
    expect(portal.routes.filter((route) => !route.access).map((route) => `${route.method} ${route.url}`)).toEqual([]);
    const publicRoutes = portal.routes.filter((route) => route.access?.kind === 'public' && route.method !== 'HEAD');
    expect(publicRoutes.map((route) => `${route.method} ${route.url}`).sort()).toEqual([...PUBLIC_ROUTES].sort());
    for (const route of publicRoutes) {
      expect(
        route.access?.kind === 'public' && route.access.reason.length > 10,
        `${route.method} ${route.url} says why it is public`,
      ).toBe(true);
    }
  });

  it('a route registered without an access rule stops the app from starting', async () => {
    const registry: RegisteredRoute[] = [];
    const app = Fastify();
    enforceDeclaredAccess(app, registry);
    app.get('/declared', { config: { access: access.signedIn } }, () => ({ ok: true }));
    let thrown: unknown;
    try {
      app.get('/undeclared', () => ({ ok: true }));
      await app.ready();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MissingAccessRuleError);
    expect((thrown as Error).message).toContain('/undeclared');
    expect(registry.find((route) => route.url === '/declared')?.access).toEqual({ kind: 'signedIn' });
    await app.close().catch(() => undefined);
  });

  it('every non-public route answers 401 problem+json to an anonymous caller', async () => {
    const anonymous = portal.client();
    const guarded = portal.routes.filter((route) => route.access?.kind !== 'public');
    expect(guarded.length).toBeGreaterThan(30);
    for (const route of guarded) {
      const response = await call(portal, anonymous, route);
      const label = `${route.method} ${route.url}`;
      expect(response.statusCode, label).toBe(401);
      if (route.method !== 'HEAD') expect(expectProblem(response, 401).code, label).toBe('unauthorized');
    }
  });

  it('writes without the CSRF token are refused before anything else, signed in or not', async () => {
    for (const client of [portal.client(), await portal.signedIn('owner@northwind.example')]) {
      client.sendCsrf = false;
      expectProblem(
        await client.post('/api/v1/accounts', { name: 'No token', segmentId: randomId() }),
        403,
        'csrf_failed',
      );
      expectProblem(await client.patch('/api/v1/portal-settings', { name: 'No token' }), 403, 'csrf_failed');
    }
    const owner = await portal.signedIn('owner@northwind.example');
    expect((await owner.get('/api/v1/portal-settings')).json().name).toBe('Northwind Advisory');
  });

  it('every staff-only route answers 403 to a client user', async () => {
    const alice = await portal.signedIn('alice@acme.example');
    const staffOnly = portal.routes.filter((route) => route.access?.kind === 'staff');
    expect(staffOnly.length).toBeGreaterThan(15);
    for (const route of staffOnly) {
      const response = await call(portal, alice, route);
      const label = `${route.method} ${route.url}`;
      expect(response.statusCode, label).toBe(403);
      if (route.method !== 'HEAD') expect(expectProblem(response, 403).code, label).toBe('forbidden');
    }
    // The same client still reaches the routes meant for everyone signed in.
    expect((await alice.get('/api/v1/accounts')).statusCode).toBe(200);
  });
});

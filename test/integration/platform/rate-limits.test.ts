import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { limitsOf } from '../../../src/server/platform/security/limits.ts';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { auditEvents } from '../identity/helpers.ts';

const LINKS_PER_ADDRESS = 2;
const LINKS_PER_IP = 4;
const INVITATIONS = 2;
const SEARCHES = 3;
const EXPORTS = 3;

function expectRateLimited(response: LightMyRequestResponse) {
  expect(response.statusCode).toBe(429);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.json()).toMatchObject({ status: 429, code: 'rate_limited' });
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
}

describe('rate limits', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let acme: string;
  beforeAll(async () => {
    portal = await startPortal({
      EMAIL_LINK_REQUESTS_PER_ADDRESS: String(LINKS_PER_ADDRESS),
      EMAIL_LINK_REQUESTS_PER_IP: String(LINKS_PER_IP),
      INVITATIONS_PER_HOUR: String(INVITATIONS),
      HELP_SEARCHES_PER_MINUTE: String(SEARCHES),
      EXPORTS_PER_HOUR: String(EXPORTS),
    });
    owner = await portal.signedIn(portal.demo.staffOwner);
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
  });
  afterAll(() => portal.close());

  for (const [kind, url] of [
    ['password-reset', '/api/v1/auth/password-resets'],
    ['sign-in link', '/api/v1/auth/magic-links'],
  ] as const) {
    it(`limits ${kind} requests per address and per IP, for known and unknown addresses alike`, async () => {
      const ask = (email: string, ip: string) => portal.client().post(url, { email }, { 'x-test-ip': ip });
      for (const email of ['alice@acme.example', `nobody-${kind.length}@nowhere.example`]) {
        for (let index = 0; index < LINKS_PER_ADDRESS; index += 1)
          expect((await ask(email, `203.0.113.${index + 1}`)).statusCode).toBe(202);
        expectRateLimited(await ask(email, '203.0.113.99'));
      }
      // One IP asking for many addresses.
      const ip = `198.51.100.${kind.length}`;
      for (let index = 0; index < LINKS_PER_IP; index += 1)
        expect((await ask(`person${index}@spray.example`, ip)).statusCode).toBe(202);
      expectRateLimited(await ask('another@spray.example', ip));
      // The window passes: the address may ask again.
      portal.clock.advanceMinutes(16);
      expect((await ask('alice@acme.example', '203.0.113.50')).statusCode).toBe(202);
    });
  }

  it('limits the invitations one person sends per hour', async () => {
    const invite = (index: number) =>
      owner.post(`/api/v1/accounts/${acme}/invitations`, { email: `invitee${index}@acme.example`, role: 'member' });
    for (let index = 0; index < INVITATIONS; index += 1) expect((await invite(index)).statusCode).toBe(201);
    const refused = await invite(99);
    expectRateLimited(refused);
    const { rows } = await portal.ctx.db.query("SELECT 1 FROM invitations WHERE email = 'invitee99@acme.example'");
    expect(rows).toHaveLength(0);
    // Another inviter is not affected.
    const alice = await portal.signedIn('alice@acme.example');
    expect(
      (await alice.post(`/api/v1/accounts/${acme}/invitations`, { email: 'colleague@acme.example' })).statusCode,
    ).toBe(201);
  });

  it('limits anonymous help-center searches per IP, on the API and on /help, but not signed-in readers', async () => {
    const ip = '192.0.2.77';
    const visitor = portal.client();
    const api = (q: string) => visitor.get(`/api/v1/knowledge-base/search?q=${q}`, { 'x-test-ip': ip });
    const page = (q: string) => visitor.get(`/help/search?q=${q}`, { 'x-test-ip': ip });
    expect((await api('password')).statusCode).toBe(200);
    expect((await page('invoice')).statusCode).toBe(200);
    expect((await api('billing')).statusCode).toBe(200);
    expectRateLimited(await api('password'));
    const html = await page('password');
    expect(html.statusCode).toBe(429);
    expect(html.headers['content-type']).toContain('text/html');
    expect(Number(html.headers['retry-after'])).toBeGreaterThan(0);
    expect(html.body).toContain('Too many searches');
    // Another network, and a signed-in reader on the same network, still search.
    expect(
      (await visitor.get('/api/v1/knowledge-base/search?q=password', { 'x-test-ip': '192.0.2.78' })).statusCode,
    ).toBe(200);
    // A signed-in reader whose segment has the help center (the Clients segment does not switch it on).
    const dana = await portal.signedIn('dana.diaz@customers.example');
    for (let index = 0; index < SEARCHES + 1; index += 1)
      expect((await dana.get('/api/v1/knowledge-base/search?q=password', { 'x-test-ip': ip })).statusCode).toBe(200);
  });

  it('limits exports per person (ticket CSV, thread, area zip), audits each, and tells token callers their budget', async () => {
    const agent = await portal.signedIn('agent@northwind.example');
    const staffOwner = owner;
    const thread = await portal.ctx.db.query<{ id: string }>('SELECT id FROM threads ORDER BY created_at LIMIT 1');
    // Creating a token needs a recent proof of the password (step-up); earlier tests moved the clock past it.
    expect((await staffOwner.post('/api/v1/me/reauthenticate', { password: portal.demo.password })).statusCode).toBe(
      200,
    );
    const created = await staffOwner.post('/api/v1/me/api-tokens', { name: 'Exports', scopes: ['read'] });
    expect(created.statusCode).toBe(201);
    const { token } = created.json() as { token: string };
    const withToken = (url: string) =>
      portal.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

    const csv = await withToken('/api/v1/tickets/export.csv');
    expect(csv.statusCode).toBe(200);
    // Every token request also counts against the token's own per-minute budget (listed first).
    expect(csv.headers['ratelimit-policy']).toBe(`"apiTokenRequests";q=600;w=60, "exportsPerUser";q=${EXPORTS};w=3600`);
    expect(csv.headers['ratelimit']).toMatch(
      new RegExp(`^"apiTokenRequests";r=599;t=\\d+, "exportsPerUser";r=${EXPORTS - 1};t=\\d+$`),
    );
    expect((await withToken(`/api/v1/threads/${thread.rows[0]!.id}/export`)).statusCode).toBe(200);
    const zip = await withToken(`/api/v1/accounts/${acme}/documents/zip?area=shared`);
    expect(zip.statusCode).toBe(200);
    expect(zip.headers['ratelimit']).toMatch(/, "exportsPerUser";r=0;t=\d+$/);
    const refused = await withToken('/api/v1/tickets/export.csv');
    expectRateLimited(refused);
    expect(refused.headers['ratelimit']).toMatch(/, "exportsPerUser";r=0;t=\d+$/);
    // The same person in the browser shares the budget; the cookie session gets no RateLimit headers.
    const browser = await staffOwner.get('/api/v1/tickets/export.csv');
    expectRateLimited(browser);
    expect(browser.headers['ratelimit']).toBeUndefined();

    const exported = (
      await portal.ctx.db.query<{ action: string; actor_label: string }>(
        "SELECT action, actor_label FROM audit_events WHERE action LIKE 'export.%' ORDER BY occurred_at, id",
      )
    ).rows;
    expect(exported).toEqual([
      { action: 'export.tickets_csv', actor_label: 'owner@northwind.example' },
      { action: 'export.thread', actor_label: 'owner@northwind.example' },
      { action: 'export.documents_zip', actor_label: 'owner@northwind.example' },
    ]);
    // Another person has their own budget.
    expect((await agent.get('/api/v1/tickets/export.csv')).statusCode).toBe(200);
    expect(await auditEvents(portal, 'export.tickets_csv')).toHaveLength(2);
  });

  it('purges counters an hour after they expire, on the periodic runner', async () => {
    const limits = limitsOf(portal.ctx);
    await limits.consume('kbFeedbackPerIp', 'purge-check');
    const count = async () =>
      (await portal.ctx.db.query("SELECT 1 FROM rate_limiter_points WHERE key = 'kbFeedbackPerIp:purge-check'")).rows
        .length;
    expect(await count()).toBe(1);
    await limits.purgeExpired();
    expect(await count()).toBe(1);
    portal.clock.advanceMinutes(10 + 61);
    expect(await limits.purgeExpired()).toBeGreaterThan(0);
    expect(await count()).toBe(0);
  });

  it('refuses to count inside an open transaction instead of waiting forever for the embedded pool', async () => {
    await expect(
      portal.ctx.db.transaction(() => limitsOf(portal.ctx).consume('kbFeedbackPerIp', 'in-transaction')),
    ).rejects.toThrow(/outside transactions/);
  });
});

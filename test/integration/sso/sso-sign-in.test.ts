import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { LocalIdp } from '../../support/oidc-provider.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { CLIENT_SECRET, finish, setSegmentSignInMethods, startAndWalk } from './helpers.ts';

/** Single sign-on against a real OpenID provider (oidc-provider) on 127.0.0.1, driven over HTTP end to end. */
describe('single sign-on (OpenID Connect)', { timeout: 120_000 }, () => {
  let portal: TestPortal;
  let idp: LocalIdp;
  let owner: HttpClient;
  let clientsSegment: string;
  let acme: string;
  let clientsProvider: string;
  let staffProvider: string;

  beforeAll(async () => {
    portal = await startPortal();
    idp = await new LocalIdp().listen();
    owner = await portal.signedIn(portal.demo.staffOwner);
    clientsSegment = await idOf(portal.ctx.db, 'segments', 'Clients');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    const created = await owner.post('/api/v1/sso/providers', {
      name: 'Acme Entra',
      issuer: idp.issuer,
      clientId: 'portico-clients',
      clientSecret: CLIENT_SECRET,
      allowedDomains: ['acme.example'],
      audience: 'segment',
      segmentId: clientsSegment,
      jitAccounts: [{ domain: 'acme.example', accountId: acme, role: 'member' }],
    });
    expect(created.statusCode).toBe(201);
    clientsProvider = created.json().id;
    const staff = await owner.post('/api/v1/sso/providers', {
      name: 'Northwind Google',
      issuer: idp.issuer,
      clientId: 'portico-staff',
      clientSecret: CLIENT_SECRET,
      allowedDomains: ['northwind.example'],
      audience: 'staff',
    });
    expect(staff.statusCode).toBe(201);
    staffProvider = staff.json().id;
    idp.configure([
      {
        client_id: 'portico-clients',
        client_secret: CLIENT_SECRET,
        redirect_uris: [created.json().redirectUri],
      },
      { client_id: 'portico-staff', client_secret: CLIENT_SECRET, redirect_uris: [staff.json().redirectUri] },
    ]);
    idp.accounts.set('new-person', {
      sub: 'new-person',
      email: 'nora@acme.example',
      email_verified: true,
      name: 'Nora New',
    });
    idp.accounts.set('alice', { sub: 'alice', email: 'alice@acme.example', email_verified: true });
    idp.accounts.set('unverified', { sub: 'unverified', email: 'adam@acme.example', email_verified: false });
    idp.accounts.set('outsider', { sub: 'outsider', email: 'eve@evil.example', email_verified: true });
    idp.accounts.set('owner', { sub: 'owner', email: portal.demo.staffOwner, email_verified: true });
    // The Clients segment: single sign-on or password.
    await setSegmentSignInMethods(owner, clientsSegment, ['sso', 'password']);
  }, 120_000);
  afterAll(async () => {
    await portal?.close();
    await idp?.close();
  });

  it('the client secret is sealed at rest and never returned', async () => {
    const list = await owner.get('/api/v1/sso/providers');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(CLIENT_SECRET);
    expect(list.json().items[0].clientSecretSet).toBe(true);
    const { rows } = await portal.ctx.db.query<{ client_secret_sealed: string }>(
      'SELECT client_secret_sealed FROM sso_providers',
    );
    expect(rows.every((row) => !row.client_secret_sealed.includes(CLIENT_SECRET))).toBe(true);
    const tested = await owner.post(`/api/v1/sso/providers/${clientsProvider}/test`);
    expect(tested.json()).toMatchObject({ ok: true, issuer: idp.issuer });
  });

  it('non-admin staff read providers but may not change them; people outside the firm may not read them', async () => {
    const agent = await portal.signedIn('agent@northwind.example');
    expect((await agent.get('/api/v1/sso/providers')).statusCode).toBe(200);
    expectProblem(await agent.patch(`/api/v1/sso/providers/${clientsProvider}`, { name: 'X', version: 1 }), 403);
    expectProblem(await agent.post(`/api/v1/sso/providers/${clientsProvider}/test`), 403);
    const client = await portal.signedIn(portal.demo.clientUser);
    expectProblem(await client.get('/api/v1/sso/providers'), 403);
  });

  it('the sign-in page lists the buttons; a first sign-in from an allowed domain creates the person (JIT)', async () => {
    const browser = portal.client();
    const buttons = (await browser.get('/api/v1/auth/sso/providers')).json();
    expect(buttons.items.map((item: { name: string }) => item.name).sort()).toEqual(['Acme Entra', 'Northwind Google']);
    idp.nextLogin = 'new-person';
    const back = await startAndWalk(browser, clientsProvider, idp.issuer);
    const result = await finish(portal, browser, back);
    expect(result.location).toBe('/');
    expect(result.me?.email).toBe('nora@acme.example');
    const me = (await browser.get('/api/v1/me')).json();
    expect(JSON.stringify(me)).toContain(acme);
    // Signing in again finds the linked identity.
    const again = portal.client();
    const second = await finish(portal, again, await startAndWalk(again, clientsProvider, idp.issuer));
    expect(second.me?.email).toBe('nora@acme.example');
  });

  it('a callback with a wrong state, or replayed, or from another browser is refused', async () => {
    idp.nextLogin = 'new-person';
    const browser = portal.client();
    const back = await startAndWalk(browser, clientsProvider, idp.issuer);
    const tampered = back.replace(/state=[^&]+/, 'state=forged');
    expect((await finish(portal, browser, tampered)).location).toBe('/sign-in?sso=invalid_state');
    // The state cookie was cleared by the refused attempt: another browser replays the real callback.
    const other = portal.client();
    const stolen = await finish(portal, other, back);
    expect(stolen).toMatchObject({ location: '/sign-in?sso=invalid_state', me: null });

    const fresh = portal.client();
    const path = await startAndWalk(fresh, clientsProvider, idp.issuer);
    const state = fresh.cookie('portico_sso_state')!;
    expect((await finish(portal, fresh, path)).me?.email).toBe('nora@acme.example');
    const replay = portal.client();
    replay.setCookie('portico_sso_state', state);
    expect(await finish(portal, replay, path)).toMatchObject({ location: '/sign-in?sso=invalid_state', me: null });
  });

  it('two callbacks racing with the same state: exactly one signs in', async () => {
    idp.nextLogin = 'new-person';
    const browser = portal.client();
    const path = await startAndWalk(browser, clientsProvider, idp.issuer);
    const twin = portal.client();
    twin.setCookie('portico_sso_state', browser.cookie('portico_sso_state')!);
    const results = await Promise.all([finish(portal, browser, path), finish(portal, twin, path)]);
    expect(results.filter((result) => result.me?.email === 'nora@acme.example')).toHaveLength(1);
    expect(results.map((result) => result.location).sort()).toEqual(['/', '/sign-in?sso=invalid_state']);
  });

  it('an ID token whose nonce does not match the one kept for the sign-in is refused', async () => {
    idp.nextLogin = 'new-person';
    const browser = portal.client();
    const back = await startAndWalk(browser, clientsProvider, idp.issuer);
    await portal.ctx.db.query(`UPDATE sso_logins SET nonce = 'not-the-nonce' WHERE consumed_at IS NULL`);
    expect(await finish(portal, browser, back)).toMatchObject({ location: '/sign-in?sso=provider_error', me: null });
  });

  it('an unverified email never signs anyone in; a domain outside the list is refused', async () => {
    for (const [sub, code] of [
      ['unverified', 'email_not_verified'],
      ['outsider', 'domain_not_allowed'],
    ] as const) {
      idp.nextLogin = sub;
      const browser = portal.client();
      const result = await finish(portal, browser, await startAndWalk(browser, clientsProvider, idp.issuer));
      expect(result).toMatchObject({ location: `/sign-in?sso=${code}`, me: null });
    }
    const { rows } = await portal.ctx.db.query(
      `SELECT 1 FROM sso_identities WHERE subject IN ('unverified', 'outsider')`,
    );
    expect(rows).toHaveLength(0);
  });

  it('an existing person links their identity only with their password', async () => {
    idp.nextLogin = 'alice';
    const browser = portal.client();
    const result = await finish(portal, browser, await startAndWalk(browser, clientsProvider, idp.issuer));
    expect(result.me).toBeNull();
    expect(result.location).toMatch(/^\/sign-in\/sso-link#token=/);
    const token = result.location.split('#token=')[1]!;
    expectProblem(await browser.post('/api/v1/auth/sso/link', { token, password: 'wrong-password-123' }), 401);
    const linked = await browser.post('/api/v1/auth/sso/link', { token, password: portal.demo.password });
    expect(linked.statusCode).toBe(200);
    expect((await browser.get('/api/v1/session')).json().me.user.email).toBe('alice@acme.example');
    // The request is single use.
    expectProblem(await portal.client().post('/api/v1/auth/sso/link', { token, password: portal.demo.password }), 400);
    // Next time the identity signs Alice in directly.
    const next = portal.client();
    expect((await finish(portal, next, await startAndWalk(next, clientsProvider, idp.issuer))).me?.email).toBe(
      'alice@acme.example',
    );
  });

  it('staff sign in with the staff provider, never with a segment provider', async () => {
    idp.nextLogin = 'owner';
    const wrong = portal.client();
    const refused = await finish(portal, wrong, await startAndWalk(wrong, clientsProvider, idp.issuer));
    expect(refused).toMatchObject({ location: '/sign-in?sso=domain_not_allowed', me: null });
    const browser = portal.client();
    const first = await finish(portal, browser, await startAndWalk(browser, staffProvider, idp.issuer));
    // The owner exists: the first time asks for their password.
    expect(first.location).toMatch(/^\/sign-in\/sso-link#token=/);
  });

  it('an SSO-only segment refuses password sign-in with a clear message', async () => {
    const segment = await owner.get(`/api/v1/segments/${clientsSegment}`);
    const saved = await owner.patch(
      `/api/v1/segments/${clientsSegment}`,
      { signInMethods: ['sso'] },
      { 'if-match': String(segment.json().version) },
    );
    expect(saved.statusCode).toBe(200);
    const refused = await portal.client().post('/api/v1/auth/sign-in', {
      email: 'bianca@blueharbor.example',
      password: portal.demo.password,
    });
    expectProblem(refused, 403);
    expect(refused.json().detail).toContain('single sign-on');
    expect(
      (await portal.client().post('/api/v1/auth/magic-links', { email: 'bianca@blueharbor.example' })).statusCode,
    ).toBe(202);
    await portal.ctx.background.idle();
    const { rows } = await portal.ctx.db.query(
      `SELECT 1 FROM auth_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = 'bianca@blueharbor.example' AND t.purpose = 'magic_link'`,
    );
    expect(rows).toHaveLength(0);
    // Single sign-on still works there.
    idp.nextLogin = 'new-person';
    const browser = portal.client();
    expect((await finish(portal, browser, await startAndWalk(browser, clientsProvider, idp.issuer))).me?.email).toBe(
      'nora@acme.example',
    );
  });
});

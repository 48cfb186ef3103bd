import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import { auditEvents, clientWithSession, problemOf, setCookieOf, SIGN_IN } from './helpers.ts';

describe('password sign-in', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal.close());

  it('sets an httpOnly, SameSite=Lax, path-wide session cookie without Secure on an http base URL', async () => {
    const client = portal.client();
    const response = await client.post(SIGN_IN, { email: 'alice@acme.example', password: portal.demo.password });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ state: 'active' });
    const cookie = setCookieOf(response, 'portico_session');
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.path).toBe('/');
    expect(cookie.secure).toBeFalsy();
    const me = await client.get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe('alice@acme.example');
  });

  it('issues a new session token at every sign-in and never adopts a planted cookie', async () => {
    const planted = `pst_${'A'.repeat(43)}`;
    const browser = clientWithSession(portal, planted);
    expect((await browser.get('/api/v1/me')).statusCode).toBe(401);
    expect(
      (await browser.post(SIGN_IN, { email: 'adam@acme.example', password: portal.demo.password })).statusCode,
    ).toBe(200);
    const first = browser.cookie('portico_session');
    expect(first).toBeDefined();
    expect(first).not.toBe(planted);
    // The planted value still does not authenticate anybody after the victim signed in.
    expect((await clientWithSession(portal, planted).get('/api/v1/me')).statusCode).toBe(401);

    // An attacker plants their own live session; the victim signing in must not end up in it.
    const attacker = await portal.signedIn('sam@consultant.example');
    const attackerToken = attacker.cookie('portico_session')!;
    const victim = clientWithSession(portal, attackerToken);
    expect(
      (await victim.post(SIGN_IN, { email: 'adam@acme.example', password: portal.demo.password })).statusCode,
    ).toBe(200);
    const second = victim.cookie('portico_session');
    expect(second).not.toBe(attackerToken);
    expect(second).not.toBe(first);
    expect((await victim.get('/api/v1/me')).json().user.email).toBe('adam@acme.example');
    expect((await attacker.get('/api/v1/me')).json().user.email).toBe('sam@consultant.example');
  });

  it('answers a wrong password and an unknown address identically, with no session', async () => {
    const headers = { 'x-test-ip': '10.1.0.1' };
    const wrong = await portal
      .client()
      .post(SIGN_IN, { email: 'adam@acme.example', password: 'not-the-password' }, headers);
    const unknown = await portal
      .client()
      .post(SIGN_IN, { email: 'nobody@acme.example', password: 'not-the-password' }, headers);
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.cookies.find((cookie) => cookie.name === 'portico_session')).toBeUndefined();
    }
    expect(problemOf(wrong).code).toBe('invalid_credentials');
    expect(problemOf(unknown)).toEqual(problemOf(wrong));
  });

  it('spends comparable password-hashing time on an unknown address as on a wrong password', async () => {
    const headers = { 'x-test-ip': '10.1.0.2' };
    const timed = async (email: string) => {
      const client = portal.client();
      await client.csrfToken();
      // CPU time of this process (argon2 runs on its thread pool, counted too), not wall time: on a loaded
      // machine wall time measures the neighbours, while the hashing work an attacker would time stays put.
      const started = process.cpuUsage();
      const response = await client.post(SIGN_IN, { email, password: 'not-the-password' }, headers);
      const spent = process.cpuUsage(started);
      expect(response.statusCode).toBe(401);
      return spent.user + spent.system;
    };
    await timed('warm.up@acme.example'); // the first unknown-address check builds its dummy hash once
    let wrongTotal = 0;
    let unknownTotal = 0;
    // Different addresses each round so the per-address limit (5) never answers early with 429.
    for (const round of [1, 2, 3]) {
      wrongTotal += await timed(['adam@acme.example', 'ben@blueharbor.example', 'chris@cedarpine.example'][round - 1]!);
      unknownTotal += await timed(`ghost${round}@acme.example`);
    }
    expect(unknownTotal / wrongTotal).toBeGreaterThan(0.4);
  });

  it('records failed and successful sign-ins in the audit log with the client IP', async () => {
    const ip = '203.0.113.77';
    const userId = await userIdOf(portal.ctx.db, 'bianca@blueharbor.example');
    await portal
      .client()
      .post(SIGN_IN, { email: 'bianca@blueharbor.example', password: 'wrong-password!' }, { 'x-test-ip': ip });
    await portal
      .client()
      .post(SIGN_IN, { email: 'stranger@blueharbor.example', password: 'wrong-password!' }, { 'x-test-ip': ip });
    const ok = await portal
      .client()
      .post(SIGN_IN, { email: 'bianca@blueharbor.example', password: portal.demo.password }, { 'x-test-ip': ip });
    expect(ok.statusCode).toBe(200);

    const failed = (await auditEvents(portal, 'sign_in.failed')).filter((event) => event.ip === ip);
    expect(failed.map((event) => [event.target_label, event.details.reason])).toEqual([
      ['bianca@blueharbor.example', 'wrong_password'],
      ['stranger@blueharbor.example', 'unknown_email'],
    ]);
    const succeeded = (await auditEvents(portal, 'sign_in.succeeded')).filter((event) => event.ip === ip);
    expect(succeeded).toHaveLength(1);
    expect(succeeded[0]).toMatchObject({ actor_user_id: userId, details: { method: 'password' } });
  });

  it('ends the session at sign-out: the old cookie value no longer works', async () => {
    const client = await portal.signedIn('ben@blueharbor.example');
    const token = client.cookie('portico_session')!;
    const out = await client.post('/api/v1/auth/sign-out');
    expect(out.statusCode).toBe(200);
    expect(client.cookie('portico_session')).toBeUndefined();
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
    expect((await clientWithSession(portal, token).get('/api/v1/me')).statusCode).toBe(401);
    const session = await client.get('/api/v1/session');
    expect(session.json().me).toBeNull();
  });
});

describe('CSRF protection and account switching', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal.close());

  it('refuses a cookie-authenticated write without the CSRF header, and nothing changes', async () => {
    const client = await portal.signedIn('carla@cedarpine.example');
    client.sendCsrf = false;
    const response = await client.patch('/api/v1/me', { name: 'Changed By Another Site' });
    expect(response.statusCode).toBe(403);
    expect(problemOf(response).code).toBe('csrf_failed');
    expect((await client.get('/api/v1/me')).json().user.name).toBe('Carla Chen');
    // A form post to sign-out from another site does not end the session either.
    expect((await client.post('/api/v1/auth/sign-out')).statusCode).toBe(403);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
  });

  it('refuses a write whose CSRF token belongs to another browser', async () => {
    const client = await portal.signedIn('carla@cedarpine.example');
    const otherToken = await portal.client().csrfToken();
    const ownToken = await client.csrfToken();
    expect(otherToken).not.toBe(ownToken);
    expect(otherToken).toHaveLength(ownToken.length);
    const response = await client.patch('/api/v1/me', { name: 'Forged Name' }, { 'x-csrf-token': otherToken });
    expect(response.statusCode).toBe(403);
    expect(problemOf(response).code).toBe('csrf_failed');
    expect((await client.get('/api/v1/me')).json().user.name).toBe('Carla Chen');
    // The same write with the right token goes through, so the refusals above were about the token.
    const ok = await client.patch('/api/v1/me', { name: 'Carla C. Chen' });
    expect(ok.statusCode).toBe(200);
    expect((await client.get('/api/v1/me')).json().user.name).toBe('Carla C. Chen');
  });

  it('lets a person in two accounts switch between them, and only between them', async () => {
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    const blueHarbor = await idOf(portal.ctx.db, 'accounts', 'Blue Harbor Dental');
    const cedar = await idOf(portal.ctx.db, 'accounts', 'Cedar & Pine Legal');
    const sam = await portal.signedIn('sam@consultant.example');
    const me = (await sam.get('/api/v1/me')).json();
    expect(me.memberships.map((membership: { accountName: string }) => membership.accountName)).toEqual([
      'Acme Manufacturing',
      'Blue Harbor Dental',
    ]);
    expect(me.activeAccountId).toBe(acme);

    const toBlueHarbor = await sam.put('/api/v1/me/active-account', { accountId: blueHarbor });
    expect(toBlueHarbor.statusCode).toBe(200);
    expect(toBlueHarbor.json().activeAccountId).toBe(blueHarbor);
    expect((await sam.get('/api/v1/me')).json().activeAccountId).toBe(blueHarbor);

    const toCedar = await sam.put('/api/v1/me/active-account', { accountId: cedar });
    expect(toCedar.statusCode).toBe(404);
    expect((await sam.get('/api/v1/me')).json().activeAccountId).toBe(blueHarbor);

    expect((await sam.put('/api/v1/me/active-account', { accountId: acme })).json().activeAccountId).toBe(acme);
    expect((await sam.get('/api/v1/me')).json().activeAccountId).toBe(acme);
  });
});

describe('session cookie on an https base URL', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal({ BASE_URL: 'https://portal.example' });
  });
  afterAll(() => portal.close());

  it('names the session cookie __Host- and marks it Secure, path-wide, with no Domain', async () => {
    const client = portal.client();
    const response = await client.post(SIGN_IN, { email: 'alice@acme.example', password: portal.demo.password });
    expect(response.statusCode).toBe(200);
    const cookie = setCookieOf(response, '__Host-portico_session');
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie).not.toHaveProperty('domain');
    expect(response.cookies.find((candidate) => candidate.name === 'portico_session')).toBeUndefined();
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    // The same token under the unprefixed name (which a sibling subdomain could plant) is not a session.
    const planted = portal.client();
    planted.setCookie('portico_session', cookie.value);
    expect((await planted.get('/api/v1/me')).statusCode).toBe(401);
    // Sign-out clears the prefixed cookie.
    const out = await client.post('/api/v1/auth/sign-out');
    expect(out.statusCode).toBe(200);
    expect(client.cookie('__Host-portico_session')).toBeUndefined();
  });
});

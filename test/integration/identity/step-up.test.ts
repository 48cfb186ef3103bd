import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../../src/server/platform/security/totp.ts';
import { startPortal, type TestPortal, tokenMailedTo } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { auditEvents, enrolTwoFactor, problemOf, statusAndCode } from './helpers.ts';

const REAUTH = '/api/v1/me/reauthenticate';
const STALE = { status: 403, code: 'reauthentication_required' };

describe('step-up: sensitive changes need a recent proof of the password or second factor', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal.close());

  /** Signed in with the password more than STEP_UP_MINUTES ago: the session works, the proof is stale. */
  const staleSession = async (email: string) => {
    const client = await portal.signedIn(email);
    portal.clock.advanceMinutes(portal.config.session.stepUpMinutes + 1);
    return client;
  };
  const reauthenticate = (client: HttpClient) => client.post(REAUTH, { password: portal.demo.password });

  it('creating an API token: refused after 10 minutes, allowed again after re-authenticating', async () => {
    const client = await staleSession('alice@acme.example');
    const create = () => client.post('/api/v1/me/api-tokens', { name: 'CI', scopes: ['read'] });
    const refused = await create();
    expect(statusAndCode(refused)).toEqual(STALE);
    expect(problemOf(refused).detail).toMatch(/password/);
    expect((await client.get('/api/v1/me/api-tokens')).json().items).toEqual([]);

    const proved = await reauthenticate(client);
    expect(proved.statusCode).toBe(200);
    const until = Date.parse(proved.json().reauthenticatedUntil);
    expect(until).toBeGreaterThan(portal.clock.now().getTime() + (portal.config.session.stepUpMinutes - 1) * 60_000);
    expect((await create()).statusCode).toBe(201);
    expect((await auditEvents(portal, 'session.reauthenticated')).at(-1)).toMatchObject({
      actor_label: 'alice@acme.example',
      details: { method: 'password' },
    });
  });

  it('a fresh password sign-in counts as the proof', async () => {
    const client = await portal.signedIn('sam@consultant.example');
    expect((await client.post('/api/v1/me/api-tokens', { name: 'Fresh', scopes: ['read'] })).statusCode).toBe(201);
  });

  it('turning 2FA on, regenerating recovery codes and turning 2FA off each need it; a TOTP code is a proof', async () => {
    const email = 'hana.haddad@customers.example';
    const client = await staleSession(email);
    expect(statusAndCode(await client.post('/api/v1/me/two-factor/setup'))).toEqual(STALE);
    expect((await reauthenticate(client)).statusCode).toBe(200);
    const { secret } = await enrolTwoFactor(portal, client);

    portal.clock.advanceMinutes(portal.config.session.stepUpMinutes + 1);
    expect(statusAndCode(await client.post('/api/v1/me/two-factor/recovery-codes'))).toEqual(STALE);
    expect(statusAndCode(await client.post('/api/v1/me/two-factor/disable'))).toEqual(STALE);
    expect((await client.get('/api/v1/me')).json().user.twoFactorEnabled).toBe(true);

    const withCode = await client.post(REAUTH, { code: currentTotp(secret, portal.clock.now()) });
    expect(withCode.statusCode).toBe(200);
    const codes = await client.post('/api/v1/me/two-factor/recovery-codes');
    expect(codes.statusCode).toBe(200);
    expect(codes.json().recoveryCodes).toHaveLength(10);
    expect((await client.post('/api/v1/me/two-factor/disable')).statusCode).toBe(200);
    expect((await client.get('/api/v1/me')).json().user.twoFactorEnabled).toBe(false);
  });

  it('enabling 2FA is refused when the proof went stale between setup and the code', async () => {
    const client = await portal.signedIn('ivan.ivanov@customers.example');
    const setup = await client.post('/api/v1/me/two-factor/setup');
    expect(setup.statusCode).toBe(200);
    portal.clock.advanceMinutes(portal.config.session.stepUpMinutes + 1);
    const { secret } = setup.json() as { secret: string };
    const enable = await client.post('/api/v1/me/two-factor/enable', { code: currentTotp(secret, portal.clock.now()) });
    expect(statusAndCode(enable)).toEqual(STALE);
    expect((await client.get('/api/v1/me')).json().user.twoFactorEnabled).toBe(false);
  });

  it('changing the password proves the current one, so it refreshes the proof', async () => {
    const client = await staleSession('jade.jones@customers.example');
    const changed = await client.post('/api/v1/me/password', {
      currentPassword: portal.demo.password,
      newPassword: 'a-brand-new-passphrase',
    });
    expect(changed.statusCode).toBe(200);
    expect((await client.post('/api/v1/me/api-tokens', { name: 'After change', scopes: ['read'] })).statusCode).toBe(
      201,
    );
  });

  it('a session that came in by a sign-in link alone must re-authenticate before binding an authenticator', async () => {
    const email = 'dana.diaz@customers.example';
    const browser = portal.client();
    expect((await browser.post('/api/v1/auth/magic-links', { email })).statusCode).toBe(202);
    const token = await tokenMailedTo(portal, email);
    expect((await browser.post('/api/v1/auth/magic-links/consume', { token })).statusCode).toBe(200);
    expect((await browser.get('/api/v1/me')).statusCode).toBe(200);
    expect(statusAndCode(await browser.post('/api/v1/me/two-factor/setup'))).toEqual(STALE);
    expect(statusAndCode(await browser.post('/api/v1/me/api-tokens', { name: 'x', scopes: ['read'] }))).toEqual(STALE);
    expect((await reauthenticate(browser)).statusCode).toBe(200);
    expect((await browser.post('/api/v1/me/two-factor/setup')).statusCode).toBe(200);
  });

  it('refuses a wrong password or code on the field, and throttles like sign-in', async () => {
    const email = 'bianca@blueharbor.example';
    const client = await staleSession(email);
    const wrong = await client.post(REAUTH, { password: 'not-my-password' });
    expect(wrong.statusCode).toBe(400);
    expect(problemOf(wrong).errors?.map((error) => error.path)).toEqual(['password']);
    const badCode = await client.post(REAUTH, { code: '123456' });
    expect(badCode.statusCode).toBe(400);
    expect(problemOf(badCode).errors?.map((error) => error.path)).toEqual(['code']);
    const neither = await client.post(REAUTH, {});
    expect(neither.statusCode).toBe(400);
    expect(problemOf(neither).errors?.map((error) => error.path)).toEqual(['password']);

    for (let attempt = 1; attempt < portal.config.signIn.maxFailures; attempt += 1)
      expect((await client.post(REAUTH, { password: `wrong-${attempt}` })).statusCode).toBe(400);
    const throttled = await reauthenticate(client);
    expect(throttled.statusCode).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    expect(statusAndCode(await client.post('/api/v1/me/api-tokens', { name: 'x', scopes: ['read'] }))).toEqual(STALE);
  });

  it('cannot be done with an API token', async () => {
    const owner = await portal.signedIn('sam@consultant.example');
    const { token } = (await owner.post('/api/v1/me/api-tokens', { name: 'Bot', scopes: ['read', 'write'] })).json();
    const viaToken = await portal.app.inject({
      method: 'POST',
      url: REAUTH,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ password: portal.demo.password }),
    });
    expect(viaToken.statusCode).toBe(403);
  });
});

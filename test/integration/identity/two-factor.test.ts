import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../../src/server/platform/security/totp.ts';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { auditEvents, clientWithSession, enrolTwoFactor, problemOf, SIGN_IN, statusAndCode } from './helpers.ts';

const SECOND_FACTOR = '/api/v1/auth/second-factor';

describe('two-factor authentication', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn(portal.demo.staffOwner);
  });
  afterAll(() => portal.close());

  const signIn = async (email: string, expectedState: string) => {
    const client = portal.client();
    const response = await client.post(SIGN_IN, { email, password: portal.demo.password });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ state: expectedState });
    return client;
  };
  const code = (secret: string) => currentTotp(secret, portal.clock.now());
  /** A six-digit code valid in none of the steps the server accepts right now. */
  const wrongCode = (secret: string) => {
    const valid = new Set(
      [-30_000, 0, 30_000].map((offset) => currentTotp(secret, new Date(portal.clock.now().getTime() + offset))),
    );
    let candidate = 123456;
    while (valid.has(String(candidate))) candidate += 1;
    return String(candidate);
  };

  it('asks for a code after the password and shows nothing until it is given', async () => {
    const email = 'dana.diaz@customers.example';
    const { secret, recoveryCodes } = await enrolTwoFactor(portal, await portal.signedIn(email));
    expect(recoveryCodes).toHaveLength(10);

    const browser = await signIn(email, 'second_factor');
    const partialToken = browser.cookie('portico_session')!;
    for (const url of ['/api/v1/me', '/api/v1/accounts']) {
      expect(statusAndCode(await browser.get(url))).toEqual({ status: 401, code: 'second_factor_required' });
    }
    const session = (await browser.get('/api/v1/session')).json();
    expect(session.me.sessionState).toBe('second_factor');
    expect(session.me.memberships).toEqual([]);
    expect(session.me.activeAccountId).toBeNull();

    portal.clock.advanceMinutes(1); // a code of a later time step than the one used to enable
    const done = await browser.post(SECOND_FACTOR, { code: code(secret) });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ state: 'active' });
    expect(browser.cookie('portico_session')).not.toBe(partialToken);
    expect((await clientWithSession(portal, partialToken).get('/api/v1/me')).statusCode).toBe(401);
    const me = (await browser.get('/api/v1/me')).json();
    expect(me.user.twoFactorEnabled).toBe(true);
    expect(me.memberships).toHaveLength(1);
    expect((await browser.get('/api/v1/accounts')).statusCode).toBe(200);
    const succeeded = (await auditEvents(portal, 'sign_in.succeeded')).at(-1)!;
    expect(succeeded).toMatchObject({ actor_label: email, details: { method: 'totp' } });

    // The same code cannot finish a second sign-in (replay).
    const replayer = await signIn(email, 'second_factor');
    const replay = await replayer.post(SECOND_FACTOR, { code: code(secret) });
    expect(replay.statusCode).toBe(400);
    expect(problemOf(replay).code).toBe('invalid_code');
    expect((await replayer.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('does not accept the code that turned 2FA on as a sign-in code', async () => {
    const email = 'eli.evans@customers.example';
    const client = await portal.signedIn(email);
    const setup = (await client.post('/api/v1/me/two-factor/setup')).json() as { secret: string };
    const enrolmentCode = code(setup.secret);
    expect((await client.post('/api/v1/me/two-factor/enable', { code: enrolmentCode })).statusCode).toBe(200);
    const browser = await signIn(email, 'second_factor');
    expect((await browser.post(SECOND_FACTOR, { code: enrolmentCode })).statusCode).toBe(400);
  });

  it('accepts each recovery code once', async () => {
    const email = 'fatima.farah@customers.example';
    const { recoveryCodes } = await enrolTwoFactor(portal, await portal.signedIn(email));
    const first = await signIn(email, 'second_factor');
    expect((await first.post(SECOND_FACTOR, { code: recoveryCodes[0] })).json()).toEqual({ state: 'active' });
    expect((await first.get('/api/v1/me')).statusCode).toBe(200);

    const second = await signIn(email, 'second_factor');
    const reused = await second.post(SECOND_FACTOR, { code: recoveryCodes[0] });
    expect(reused.statusCode).toBe(400);
    expect((await second.get('/api/v1/me')).statusCode).toBe(401);
    expect((await second.post(SECOND_FACTOR, { code: recoveryCodes[1] })).statusCode).toBe(200);
    expect(
      (await auditEvents(portal, 'two_factor.recovery_code_used')).filter((event) => event.actor_label === email),
    ).toHaveLength(2);
  });

  it('stops accepting codes after 10 wrong ones, even the right code', async () => {
    const email = 'georg.gruber@customers.example';
    const { secret } = await enrolTwoFactor(portal, await portal.signedIn(email));
    portal.clock.advanceMinutes(1);
    const browser = await signIn(email, 'second_factor');
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect((await browser.post(SECOND_FACTOR, { code: wrongCode(secret) })).statusCode).toBe(400);
    }
    const throttled = await browser.post(SECOND_FACTOR, { code: code(secret) });
    expect(throttled.statusCode).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    expect((await browser.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('turns off only with a recent proof, and then sign-in needs no code', async () => {
    const email = 'hana.haddad@customers.example';
    const client = await portal.signedIn(email);
    await enrolTwoFactor(portal, client);
    portal.clock.advanceMinutes(portal.config.session.stepUpMinutes + 1);
    const refused = await client.post('/api/v1/me/two-factor/disable');
    expect(statusAndCode(refused)).toEqual({ status: 403, code: 'reauthentication_required' });
    expect((await client.get('/api/v1/me')).json().user.twoFactorEnabled).toBe(true);
    await signIn(email, 'second_factor');

    expect((await client.post('/api/v1/me/reauthenticate', { password: portal.demo.password })).statusCode).toBe(200);
    expect((await client.post('/api/v1/me/two-factor/disable')).statusCode).toBe(200);
    expect((await client.get('/api/v1/me')).json().user.twoFactorEnabled).toBe(false);
    await signIn(email, 'active');
  });

  it('staff must enrol when the portal requires 2FA for staff, and cannot turn it off', async () => {
    const settings = await owner.patch('/api/v1/portal-settings', { staffRequireTwoFactor: true });
    expect(settings.statusCode).toBe(200);
    try {
      const admin = await signIn('admin@northwind.example', 'enrol_two_factor');
      const enrolToken = admin.cookie('portico_session')!;
      for (const url of ['/api/v1/me', '/api/v1/accounts', '/api/v1/audit-events']) {
        expect(statusAndCode(await admin.get(url))).toEqual({ status: 403, code: 'two_factor_enrolment_required' });
      }
      await enrolTwoFactor(portal, admin);
      expect(admin.cookie('portico_session')).not.toBe(enrolToken);
      expect((await clientWithSession(portal, enrolToken).get('/api/v1/me')).statusCode).toBe(401);
      const me = (await admin.get('/api/v1/me')).json();
      expect(me).toMatchObject({ sessionState: 'active', user: { twoFactorEnabled: true, twoFactorRequired: true } });
      expect((await admin.get('/api/v1/accounts')).statusCode).toBe(200);

      const disable = await admin.post('/api/v1/me/two-factor/disable');
      expect(statusAndCode(disable)).toEqual({ status: 403, code: 'two_factor_required' });
      expect((await admin.get('/api/v1/me')).json().user.twoFactorEnabled).toBe(true);

      // Clients are not affected by the staff rule.
      await signIn('ivan.ivanov@customers.example', 'active');
    } finally {
      expect((await owner.patch('/api/v1/portal-settings', { staffRequireTwoFactor: false })).statusCode).toBe(200);
    }
  });

  it('clients must enrol when their segment requires 2FA, and cannot turn it off', async () => {
    const clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    expect((await owner.patch(`/api/v1/segments/${clients}`, { requireTwoFactor: true })).statusCode).toBe(200);
    try {
      const bianca = await signIn('bianca@blueharbor.example', 'enrol_two_factor');
      expect(statusAndCode(await bianca.get('/api/v1/accounts'))).toEqual({
        status: 403,
        code: 'two_factor_enrolment_required',
      });
      await enrolTwoFactor(portal, bianca);
      expect((await bianca.get('/api/v1/accounts')).statusCode).toBe(200);
      const disable = await bianca.post('/api/v1/me/two-factor/disable');
      expect(statusAndCode(disable)).toEqual({ status: 403, code: 'two_factor_required' });

      // Customers are in another segment and sign in as before.
      await signIn('jade.jones@customers.example', 'active');
    } finally {
      expect((await owner.patch(`/api/v1/segments/${clients}`, { requireTwoFactor: false })).statusCode).toBe(200);
    }
  });
});

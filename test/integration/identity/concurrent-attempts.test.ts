import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../../src/server/platform/security/totp.ts';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import { auditEvents, enrolTwoFactor, SIGN_IN } from './helpers.ts';

const MAX_FAILURES = 5;
const SECOND_FACTOR_LIMIT = 10;
const PARALLEL = 30;

/** Status counts of a batch of responses. */
const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {});

describe('attempt limits under concurrency', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal({ SIGN_IN_MAX_FAILURES: String(MAX_FAILURES), SIGN_IN_IP_MAX_FAILURES: '100' });
  });
  afterAll(() => portal.close());

  // Parallel requests reach the server in no fixed order, so the right password or code is sent after the parallel
  // wrong ones: sent among them it could legitimately be one of the first few checked, and the test would depend on
  // which connection the server read first.
  it('checks at most 5 of 30 parallel passwords for one address; the right one is refused after them', async () => {
    const email = 'adam@acme.example';
    const ip = { 'x-test-ip': '198.51.100.10' };
    const passwords = Array.from({ length: PARALLEL }, (_, index) => `wrong-password-${index}`);
    const responses = await Promise.all(
      passwords.map((password) => portal.client().post(SIGN_IN, { email, password }, ip)),
    );
    const counts = tally(responses.map((response) => response.statusCode));
    // Every answer is a checked failure (401) or refused unchecked (429).
    expect(counts[401]).toBe(MAX_FAILURES);
    expect(counts[429]).toBe(PARALLEL - MAX_FAILURES);
    for (const response of responses.filter((candidate) => candidate.statusCode === 429))
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    // The address is locked: the right password does not get in either.
    const right = await portal.client().post(SIGN_IN, { email, password: portal.demo.password }, ip);
    expect(right.statusCode).toBe(429);
    // Only the checked attempts reached the password comparison and the audit log.
    const failed = (await auditEvents(portal, 'sign_in.failed')).filter((event) => event.target_label === email);
    expect(failed).toHaveLength(MAX_FAILURES);
    expect(await auditEvents(portal, 'sign_in.locked')).toHaveLength(1);
  });

  it('checks at most 10 of the parallel second-factor codes; the right one is refused after them', async () => {
    const email = 'georg.gruber@customers.example';
    const { secret } = await enrolTwoFactor(portal, await portal.signedIn(email));
    portal.clock.advanceMinutes(1); // a later time step than the one used to enable
    const browser = portal.client();
    expect((await browser.post(SIGN_IN, { email, password: portal.demo.password })).json()).toEqual({
      state: 'second_factor',
    });
    const right = currentTotp(secret, portal.clock.now());
    const valid = new Set(
      [-30_000, 0, 30_000].map((offset) => currentTotp(secret, new Date(portal.clock.now().getTime() + offset))),
    );
    const wrong = Array.from({ length: PARALLEL - 1 }, (_, index) => String(100_000 + index)).filter(
      (code) => !valid.has(code),
    );
    const responses = await Promise.all(wrong.map((code) => browser.post('/api/v1/auth/second-factor', { code })));
    const counts = tally(responses.map((response) => response.statusCode));
    expect(counts[400]).toBe(SECOND_FACTOR_LIMIT);
    expect(counts[429]).toBe(wrong.length - SECOND_FACTOR_LIMIT);
    expect((await browser.post('/api/v1/auth/second-factor', { code: right })).statusCode).toBe(429);
    expect((await browser.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('throttles the current-password check of a password change like sign-in, in parallel too', async () => {
    const email = 'ben@blueharbor.example';
    const browser = await portal.signedIn(email);
    const attempts = Array.from({ length: 12 }, (_, index) => `not-my-password-${index}`);
    const responses = await Promise.all(
      attempts.map((currentPassword) =>
        browser.post('/api/v1/me/password', { currentPassword, newPassword: 'a-brand-new-passphrase-42' }),
      ),
    );
    const counts = tally(responses.map((response) => response.statusCode));
    expect(counts[400]).toBe(MAX_FAILURES);
    expect(counts[429]).toBe(attempts.length - MAX_FAILURES);
    const right = await browser.post('/api/v1/me/password', {
      currentPassword: portal.demo.password,
      newPassword: 'a-brand-new-passphrase-42',
    });
    expect(right.statusCode).toBe(429);
    // The lock is the address's sign-in lock: the right password is refused at sign-in too.
    const signIn = await portal.client().post(SIGN_IN, { email, password: portal.demo.password });
    expect(signIn.statusCode).toBe(429);
    expect(Number(signIn.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('throttles the password check that proves it is you before turning 2FA off (step-up)', async () => {
    const email = 'carla@cedarpine.example';
    const browser = await portal.signedIn(email);
    await enrolTwoFactor(portal, browser);
    // Later: the sign-in's proof is too old, so turning 2FA off needs the password again.
    portal.clock.advanceMinutes(30);
    expect((await browser.post('/api/v1/me/two-factor/disable', {})).json().code).toBe('reauthentication_required');
    const attempts = await Promise.all(
      Array.from({ length: 3 * MAX_FAILURES }, (_, attempt) =>
        browser.post('/api/v1/me/reauthenticate', { password: `wrong-${attempt}` }),
      ),
    );
    expect(attempts.filter((response) => response.statusCode === 400).length).toBeLessThanOrEqual(MAX_FAILURES);
    const refused = await browser.post('/api/v1/me/reauthenticate', { password: portal.demo.password });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await browser.post('/api/v1/me/two-factor/disable', {})).statusCode).toBe(403);
    expect((await browser.get('/api/v1/me')).json().user.twoFactorEnabled).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastMailTo, startPortal, type TestPortal, tokenFromMail, userIdOf } from '../../support/harness.ts';
import { auditEvents, mailCountTo, problemOf, SIGN_IN } from './helpers.ts';

const RESETS = '/api/v1/auth/password-resets';
const COMPLETE = '/api/v1/auth/password-resets/complete';

describe('password reset', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal.close());

  const signIn = (email: string, password: string) => portal.client().post(SIGN_IN, { email, password });
  const requestReset = async (email: string) => {
    const response = await portal.client().post(RESETS, { email });
    expect(response.statusCode).toBe(202);
    const mail = await lastMailTo(portal, email, { containing: '#token=' });
    return tokenFromMail(mail!.text_body);
  };

  it('answers the same for a known and an unknown address, and only the known one gets mail', async () => {
    const known = await portal.client().post(RESETS, { email: 'dana.diaz@customers.example' });
    const unknown = await portal.client().post(RESETS, { email: 'no-such-person@customers.example' });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    expect(await mailCountTo(portal, 'dana.diaz@customers.example')).toBe(1);
    expect(await mailCountTo(portal, 'no-such-person@customers.example')).toBe(0);
  });

  it('links to the configured base URL even when the Host header is forged', async () => {
    const email = 'eli.evans@customers.example';
    const response = await portal
      .client()
      .post(RESETS, { email }, { host: 'evil.example', 'x-forwarded-host': 'evil.example' });
    expect(response.statusCode).toBe(202);
    const mail = await lastMailTo(portal, email, { containing: '#token=' });
    expect(mail!.text_body).toMatch(/http:\/\/portico\.test\/reset-password\/complete#token=[A-Za-z0-9_-]+/);
    expect(mail!.text_body).not.toContain('evil.example');
    expect(mail!.html_body).not.toContain('evil.example');
  });

  it('sets the new password with the emailed token, once, and ends every session', async () => {
    const email = 'fatima.farah@customers.example';
    const signedIn = await portal.signedIn(email);
    const token = await requestReset(email);

    const complete = await portal.client().post(COMPLETE, { token, password: 'new-reset-passphrase-1' });
    expect(complete.statusCode).toBe(200);
    expect((await signedIn.get('/api/v1/me')).statusCode).toBe(401);
    expect((await signIn(email, portal.demo.password)).statusCode).toBe(401);
    expect((await signIn(email, 'new-reset-passphrase-1')).statusCode).toBe(200);

    const again = await portal.client().post(COMPLETE, { token, password: 'another-passphrase-22' });
    expect(again.statusCode).toBe(400);
    expect(problemOf(again).code).toBe('invalid_token');
    expect((await signIn(email, 'another-passphrase-22')).statusCode).toBe(401);

    const events = await auditEvents(portal, 'password.reset');
    expect(events.map((event) => event.actor_user_id)).toContain(await userIdOf(portal.ctx.db, email));
  });

  it('refuses a token older than 30 minutes', async () => {
    const email = 'georg.gruber@customers.example';
    const fresh = await requestReset(email);
    portal.clock.advanceMinutes(29);
    expect((await portal.client().post(COMPLETE, { token: fresh, password: 'within-the-half-hour' })).statusCode).toBe(
      200,
    );

    const stale = await requestReset(email);
    portal.clock.advanceMinutes(31);
    const late = await portal.client().post(COMPLETE, { token: stale, password: 'after-the-half-hour' });
    expect(late.statusCode).toBe(400);
    expect(problemOf(late).code).toBe('invalid_token');
    expect((await signIn(email, 'within-the-half-hour')).statusCode).toBe(200);
    expect((await signIn(email, 'after-the-half-hour')).statusCode).toBe(401);
  });

  it('refuses a token that was never issued', async () => {
    const response = await portal.client().post(COMPLETE, { token: 'x'.repeat(43), password: 'made-up-token-pass' });
    expect(response.statusCode).toBe(400);
    expect(problemOf(response).code).toBe('invalid_token');
  });

  it.each([
    ['short1', 'too short'],
    ['qwertyuiop', 'common'],
  ])('refuses the new password %s (%s) on the password field and keeps the token usable', async (password) => {
    const email = 'hana.haddad@customers.example';
    const token = await requestReset(email);
    const refused = await portal.client().post(COMPLETE, { token, password });
    expect(refused.statusCode).toBe(400);
    expect(problemOf(refused).errors?.map((error) => error.path)).toEqual(['password']);
    expect((await signIn(email, password)).statusCode).toBe(401);
    // The refusal did not use the token up.
    expect((await portal.client().post(COMPLETE, { token, password: `good-passphrase-${password}` })).statusCode).toBe(
      200,
    );
  });

  it.each([
    ['Password123!', 'too_common', /too common/],
    ['abc123abc123', 'too_common', /breached/],
    ['Northwind-Portal-Pass', 'contains_portal_name', /name of this portal/],
    ['my-jade.jones-passphrase', 'contains_email', /email address/],
  ])('refuses %s with a clear message on the password field', async (password, code, message) => {
    const email = 'jade.jones@customers.example';
    const token = await requestReset(email);
    const refused = await portal.client().post(COMPLETE, { token, password });
    expect(refused.statusCode).toBe(400);
    expect(problemOf(refused).errors).toEqual([{ path: 'password', code, message: expect.stringMatching(message) }]);
    expect((await signIn(email, password)).statusCode).toBe(401);
  });

  it('a reset lifts a sign-in lock', async () => {
    const email = 'ivan.ivanov@customers.example';
    for (let index = 0; index < portal.config.signIn.maxFailures; index += 1)
      await signIn(email, `wrong-${index}-password`);
    expect((await signIn(email, portal.demo.password)).statusCode).toBe(429);
    await portal.ctx.background.idle(); // the lock notice goes out first
    const token = await requestReset(email);
    expect((await portal.client().post(COMPLETE, { token, password: 'unlocked-passphrase-3' })).statusCode).toBe(200);
    expect((await signIn(email, 'unlocked-passphrase-3')).statusCode).toBe(200);
  });
});

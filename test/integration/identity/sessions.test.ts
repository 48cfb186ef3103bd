import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import { cachedSessionCount } from '../../../src/server/modules/identity/session-cache.ts';
import { clientWithSession, problemOf, SIGN_IN } from './helpers.ts';

const IDLE_MINUTES = 30;
const ABSOLUTE_HOURS = 2;

interface SessionSummary {
  id: string;
  current: boolean;
  ip: string | null;
  abilities: { revoke: boolean };
}

describe('sessions', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal({
      SESSION_IDLE_MINUTES: String(IDLE_MINUTES),
      SESSION_ABSOLUTE_HOURS: String(ABSOLUTE_HOURS),
    });
  });
  afterAll(() => portal.close());

  const sessionsOf = async (client: Awaited<ReturnType<TestPortal['signedIn']>>) => {
    const response = await client.get('/api/v1/me/sessions');
    expect(response.statusCode).toBe(200);
    return (response.json() as { items: SessionSummary[] }).items;
  };

  it('ends a session left idle longer than the idle timeout', async () => {
    const client = await portal.signedIn('dana.diaz@customers.example');
    portal.clock.advanceMinutes(IDLE_MINUTES - 5);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    // That request counted as activity: another stretch just under the timeout is fine too.
    portal.clock.advanceMinutes(IDLE_MINUTES - 5);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    portal.clock.advanceMinutes(IDLE_MINUTES + 1);
    const expired = await client.get('/api/v1/me');
    expect(expired.statusCode).toBe(401);
    expect(problemOf(expired).code).toBe('unauthorized');
  });

  it('ends a session at the absolute timeout even while it is in use', async () => {
    const client = await portal.signedIn('eli.evans@customers.example');
    const step = 20; // well inside the idle timeout
    for (let elapsed = step; elapsed < ABSOLUTE_HOURS * 60; elapsed += step) {
      portal.clock.advanceMinutes(step);
      expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    }
    portal.clock.advanceMinutes(step + 5); // 125 minutes after sign-in, 25 after the last request
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
    // Signing in again starts a fresh session.
    expect(
      (await client.post(SIGN_IN, { email: 'eli.evans@customers.example', password: portal.demo.password })).statusCode,
    ).toBe(200);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
  });

  it('lists my live sessions and marks the current one', async () => {
    const laptop = await portal.signedIn('fatima.farah@customers.example');
    const phone = portal.client();
    await phone.post(
      SIGN_IN,
      { email: 'fatima.farah@customers.example', password: portal.demo.password },
      { 'x-test-ip': '192.0.2.9' },
    );
    await portal.signedIn('georg.gruber@customers.example'); // someone else's session is not listed

    const fromLaptop = await sessionsOf(laptop);
    expect(fromLaptop).toHaveLength(2);
    expect(fromLaptop.filter((session) => session.current)).toHaveLength(1);
    const fromPhone = await sessionsOf(phone);
    const phoneSession = fromPhone.find((session) => session.current)!;
    expect(phoneSession.ip).toBe('192.0.2.9');
    expect(fromLaptop.find((session) => session.current)!.id).not.toBe(phoneSession.id);
    expect(fromLaptop.every((session) => session.abilities.revoke)).toBe(true);
  });

  it('revoking another of my sessions signs that browser out at once', async () => {
    const laptop = await portal.signedIn('hana.haddad@customers.example');
    const phone = await portal.signedIn('hana.haddad@customers.example');
    const phoneId = (await sessionsOf(phone)).find((session) => session.current)!.id;

    const revoke = await laptop.delete(`/api/v1/me/sessions/${phoneId}`);
    expect(revoke.statusCode).toBe(200);
    expect((await phone.get('/api/v1/me')).statusCode).toBe(401);
    expect((await laptop.get('/api/v1/me')).statusCode).toBe(200);
    expect((await sessionsOf(laptop)).map((session) => session.id)).not.toContain(phoneId);
  });

  it("someone else's session id reads as not found and stays alive", async () => {
    const ivan = await portal.signedIn('ivan.ivanov@customers.example');
    const jade = await portal.signedIn('jade.jones@customers.example');
    const jadeSessionId = (await sessionsOf(jade)).find((session) => session.current)!.id;

    const attempt = await ivan.delete(`/api/v1/me/sessions/${jadeSessionId}`);
    expect(attempt.statusCode).toBe(404);
    expect(problemOf(attempt).code).toBe('not_found');
    expect((await jade.get('/api/v1/me')).statusCode).toBe(200);
    // Same answer as an id that does not exist at all.
    const missing = await ivan.delete('/api/v1/me/sessions/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
  });

  it('revoking the current session signs me out', async () => {
    const client = await portal.signedIn('kofi.kim@customers.example');
    const token = client.cookie('portico_session')!;
    const currentId = (await sessionsOf(client)).find((session) => session.current)!.id;
    expect((await client.delete(`/api/v1/me/sessions/${currentId}`)).statusCode).toBe(200);
    expect((await clientWithSession(portal, token).get('/api/v1/me')).statusCode).toBe(401);
  });
});

describe('password change', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal.close());

  const NEW_PASSWORD = 'correct-horse-battery-7';

  it('ends every other session while the current one keeps working', async () => {
    const email = 'lena.larsen@customers.example';
    const here = await portal.signedIn(email);
    const elsewhere = await portal.signedIn(email);
    const tokenBefore = here.cookie('portico_session')!;

    const change = await here.post('/api/v1/me/password', {
      currentPassword: portal.demo.password,
      newPassword: NEW_PASSWORD,
    });
    expect(change.statusCode).toBe(200);
    expect((await here.get('/api/v1/me')).statusCode).toBe(200);
    expect(here.cookie('portico_session')).not.toBe(tokenBefore);
    expect((await clientWithSession(portal, tokenBefore).get('/api/v1/me')).statusCode).toBe(401);
    expect((await elsewhere.get('/api/v1/me')).statusCode).toBe(401);

    expect((await portal.client().post(SIGN_IN, { email, password: portal.demo.password })).statusCode).toBe(401);
    expect((await portal.client().post(SIGN_IN, { email, password: NEW_PASSWORD })).statusCode).toBe(200);
  });

  it('requires the current password', async () => {
    const client = await portal.signedIn('marek.mendes@customers.example');
    const response = await client.post('/api/v1/me/password', {
      currentPassword: 'not-my-password',
      newPassword: NEW_PASSWORD,
    });
    expect(response.statusCode).toBe(400);
    expect(problemOf(response).errors).toEqual([
      expect.objectContaining({ path: 'currentPassword', code: 'invalid_credentials' }),
    ]);
    expect(
      (await portal.client().post(SIGN_IN, { email: 'marek.mendes@customers.example', password: portal.demo.password }))
        .statusCode,
    ).toBe(200);
  });

  it.each([
    ['short', 'too short', 'newPassword'],
    ['qwertyuiop', 'common', 'newPassword'],
    ['1234567890', 'common', 'newPassword'],
    ['nora.novak', 'the email address', 'newPassword'],
  ])('refuses %s (%s) with an error on the new password field', async (newPassword, _why, path) => {
    const client = await portal.signedIn('nora.novak@customers.example');
    const response = await client.post('/api/v1/me/password', { currentPassword: portal.demo.password, newPassword });
    expect(response.statusCode).toBe(400);
    const problem = problemOf(response);
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors?.map((error) => error.path)).toEqual([path]);
    // The old password still works: nothing was changed.
    expect(
      (await portal.client().post(SIGN_IN, { email: 'nora.novak@customers.example', password: portal.demo.password }))
        .statusCode,
    ).toBe(200);
  });
});

describe("the process's session cache", () => {
  it('keeps no session of a portal once it closes: the next portal in the process reads its own database', async () => {
    const portal = await startPortal();
    try {
      const client = await portal.signedIn('dana.diaz@customers.example');
      expect((await client.get('/api/v1/me')).statusCode).toBe(200);
      expect(cachedSessionCount()).toBeGreaterThan(0);
    } finally {
      await portal.close();
    }
    expect(cachedSessionCount()).toBe(0);
  });
});

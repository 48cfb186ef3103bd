import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastMailTo, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import { auditEvents, mailCountTo, problemOf, SIGN_IN } from './helpers.ts';

const MAX_FAILURES = 3;
const LOCK_MINUTES = 10;
const IP_MAX_FAILURES = 6;

describe('sign-in throttling', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal({
      SIGN_IN_MAX_FAILURES: String(MAX_FAILURES),
      SIGN_IN_LOCK_MINUTES: String(LOCK_MINUTES),
      SIGN_IN_IP_MAX_FAILURES: String(IP_MAX_FAILURES),
    });
  });
  afterAll(() => portal.close());

  const attempt = (email: string, password: string, ip: string) =>
    portal.client().post(SIGN_IN, { email, password }, { 'x-test-ip': ip });

  it('locks an address after too many failures, tells its owner, and unlocks after the lock time', async () => {
    const email = 'adam@acme.example';
    const ip = '198.51.100.1';
    for (let index = 0; index < MAX_FAILURES; index += 1) {
      expect((await attempt(email, `wrong-password-${index}`, ip)).statusCode).toBe(401);
    }

    // Even the right password is refused while locked.
    const locked = await attempt(email, portal.demo.password, ip);
    expect(locked.statusCode).toBe(429);
    expect(problemOf(locked).code).toBe('rate_limited');
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(LOCK_MINUTES * 60);
    expect(locked.cookies.find((cookie) => cookie.name === 'portico_session')).toBeUndefined();

    const mail = await lastMailTo(portal, email);
    expect(mail).not.toBeNull();
    expect(mail!.text_body).toContain('http://portico.test/reset-password');
    const lockEvents = await auditEvents(portal, 'sign_in.locked');
    expect(lockEvents).toHaveLength(1);
    expect(lockEvents[0]).toMatchObject({
      target_id: await userIdOf(portal.ctx.db, email),
      ip,
      details: { failures: MAX_FAILURES },
    });

    // Still locked shortly before the lock ends, open after it.
    portal.clock.advanceMinutes(LOCK_MINUTES - 2);
    expect((await attempt(email, portal.demo.password, ip)).statusCode).toBe(429);
    portal.clock.advanceMinutes(3);
    const after = await attempt(email, portal.demo.password, ip);
    expect(after.statusCode).toBe(200);
    expect(after.json()).toEqual({ state: 'active' });
  });

  it('locks an unknown address exactly like a real one, without sending mail', async () => {
    const ghost = 'nobody-here@acme.example';
    const real = 'ben@blueharbor.example';
    for (let index = 0; index < MAX_FAILURES; index += 1) {
      const ghostFailure = await attempt(ghost, 'wrong-password', '198.51.100.2');
      const realFailure = await attempt(real, 'wrong-password', '198.51.100.3');
      expect(ghostFailure.statusCode).toBe(401);
      expect(problemOf(ghostFailure)).toEqual(problemOf(realFailure));
    }
    const ghostLocked = await attempt(ghost, 'any-password', '198.51.100.2');
    const realLocked = await attempt(real, 'any-password', '198.51.100.3');
    expect(ghostLocked.statusCode).toBe(429);
    expect(realLocked.statusCode).toBe(429);
    expect(problemOf(ghostLocked)).toEqual(problemOf(realLocked));
    expect(ghostLocked.headers['retry-after']).toBeDefined();
    expect(Number(ghostLocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(await mailCountTo(portal, ghost)).toBe(0);
    expect(await mailCountTo(portal, real)).toBe(1);
  });

  it('a lock on one address does not stop other people', async () => {
    for (let index = 0; index < MAX_FAILURES; index += 1)
      await attempt('chris@cedarpine.example', 'wrong-password', '198.51.100.4');
    expect((await attempt('chris@cedarpine.example', portal.demo.password, '198.51.100.4')).statusCode).toBe(429);
    expect((await attempt('carla@cedarpine.example', portal.demo.password, '198.51.100.4')).statusCode).toBe(200);
  });

  it('limits failures from one IP across many addresses, for that IP only', async () => {
    const ip = '192.0.2.50';
    // One failure per address: no address reaches its own limit, only the IP does.
    for (let index = 0; index < IP_MAX_FAILURES; index += 1) {
      expect((await attempt(`spray${index}@customers.example`, 'Password-Spray-1', ip)).statusCode).toBe(401);
    }
    const blocked = await attempt('dana.diaz@customers.example', portal.demo.password, ip);
    expect(blocked.statusCode).toBe(429);
    expect(problemOf(blocked).code).toBe('rate_limited');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);

    // The same person from another network is not affected.
    expect((await attempt('dana.diaz@customers.example', portal.demo.password, '192.0.2.51')).statusCode).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type TestPortal, tokenMailedTo } from '../../support/harness.ts';
import { auditEvents, problemOf, SIGN_IN } from './helpers.ts';

const RESETS = '/api/v1/auth/password-resets';
const COMPLETE = '/api/v1/auth/password-resets/complete';
const MAGIC = '/api/v1/auth/magic-links';
const CONSUME = '/api/v1/auth/magic-links/consume';

describe('emailed reset and sign-in links', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal.close());

  /** Asks for a link and reads it from the dev outbox, as the person would from their mailbox. */
  const linkFor = async (url: string, email: string) => {
    expect((await portal.client().post(url, { email })).statusCode).toBe(202);
    return await tokenMailedTo(portal, email);
  };
  const expectInvalid = (response: Awaited<ReturnType<ReturnType<TestPortal['client']>['post']>>) => {
    expect(response.statusCode).toBe(400);
    expect(problemOf(response).code).toBe('invalid_token');
  };

  it('a new reset link withdraws the earlier one', async () => {
    const email = 'dana.diaz@customers.example';
    const first = await linkFor(RESETS, email);
    const second = await linkFor(RESETS, email);
    expectInvalid(await portal.client().post(COMPLETE, { token: first, password: 'first-link-passphrase' }));
    expect(
      (await portal.client().post(COMPLETE, { token: second, password: 'second-link-passphrase' })).statusCode,
    ).toBe(200);
  });

  it('a new sign-in link withdraws the earlier one', async () => {
    const email = 'eli.evans@customers.example';
    const first = await linkFor(MAGIC, email);
    const second = await linkFor(MAGIC, email);
    expectInvalid(await portal.client().post(CONSUME, { token: first }));
    expect((await portal.client().post(CONSUME, { token: second })).statusCode).toBe(200);
  });

  it('a successful sign-in withdraws every outstanding reset and sign-in link', async () => {
    const email = 'fatima.farah@customers.example';
    const reset = await linkFor(RESETS, email);
    const magic = await linkFor(MAGIC, email);
    expect((await portal.client().post(SIGN_IN, { email, password: portal.demo.password })).statusCode).toBe(200);
    expectInvalid(await portal.client().post(COMPLETE, { token: reset, password: 'stale-link-passphrase' }));
    expectInvalid(await portal.client().post(CONSUME, { token: magic }));
  });

  it('a password change withdraws every outstanding reset and sign-in link', async () => {
    const email = 'georg.gruber@customers.example';
    const georg = await portal.signedIn(email);
    const reset = await linkFor(RESETS, email);
    const magic = await linkFor(MAGIC, email);
    const changed = await georg.post('/api/v1/me/password', {
      currentPassword: portal.demo.password,
      newPassword: 'changed-on-purpose-77',
    });
    expect(changed.statusCode).toBe(200);
    expectInvalid(await portal.client().post(COMPLETE, { token: reset, password: 'stale-link-passphrase' }));
    expectInvalid(await portal.client().post(CONSUME, { token: magic }));
  });

  it('a reset withdraws the other links and revokes the personal API tokens, and says so', async () => {
    const email = 'alice@acme.example';
    const alice = await portal.signedIn(email);
    const created = await alice.post('/api/v1/me/api-tokens', { name: 'Nightly export', scopes: ['read'] });
    expect(created.statusCode).toBe(201);
    const { token: apiToken } = created.json() as { token: string };
    const bearer = () => portal.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${apiToken}` } });
    expect((await bearer()).statusCode).toBe(200);

    const magic = await linkFor(MAGIC, email);
    const reset = await linkFor(RESETS, email);
    expect((await portal.client().post(COMPLETE, { token: reset, password: 'after-the-reset-2026' })).statusCode).toBe(
      200,
    );
    expectInvalid(await portal.client().post(CONSUME, { token: magic }));
    expect((await bearer()).statusCode).toBe(401);
    const tokens = (await (await portal.signedIn(email, 'after-the-reset-2026')).get('/api/v1/me/api-tokens')).json();
    expect(tokens.items.map((item: { status: string }) => item.status)).toEqual(['revoked']);
    expect((await auditEvents(portal, 'password.reset')).at(-1)?.details).toMatchObject({ apiTokensRevoked: 1 });
  });
});

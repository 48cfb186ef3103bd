import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_SCOPE_AREAS } from '../../../src/contract/index.ts';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';

const TOKENS = '/api/v1/me/api-tokens';

describe('personal API tokens (Authorization: Bearer)', () => {
  let portal: TestPortal;
  let acme: string;
  beforeAll(async () => {
    portal = await startPortal();
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
  });
  afterAll(() => portal.close());

  /** A request with only the bearer token: no cookies, no CSRF header. */
  const withToken = (token: string, method: 'GET' | 'PATCH' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
    portal.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}`, ...(payload ? { 'content-type': 'application/json' } : {}) },
      payload: payload ? JSON.stringify(payload) : undefined,
    });

  it('shows the secret once, stores only its hash, and acts with its owner’s access', async () => {
    const alice = await portal.signedIn('alice@acme.example');
    const created = await alice.post(TOKENS, { name: 'Bookkeeping sync', scopes: ['read'] });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json() as { token: string; id: string };
    expect(token).toMatch(/^pat_[A-Za-z0-9_-]{43}$/);
    const listed = (await alice.get(TOKENS)).json().items as Record<string, unknown>[];
    expect(listed).toEqual([
      expect.objectContaining({
        id,
        name: 'Bookkeeping sync',
        // `read` is the shorthand for every area's read scope.
        scopes: API_SCOPE_AREAS.map((area) => `${area}:read`),
        status: 'active',
        abilities: { revoke: true },
      }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(token);
    const stored = await portal.ctx.db.query<{ token_hash: string }>(
      'SELECT token_hash FROM api_tokens WHERE id = $1',
      [id],
    );
    expect(stored.rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);

    const accounts = await withToken(token, 'GET', '/api/v1/accounts');
    expect(accounts.statusCode).toBe(200);
    expect(accounts.json().items.map((account: { name: string }) => account.name)).toEqual(['Acme Manufacturing']);
    expect((await withToken(token, 'GET', '/api/v1/me')).json().user.email).toBe('alice@acme.example');
  });

  it('refuses writes to a read token and allows them to a write token, without any CSRF header', async () => {
    const owner = await portal.signedIn('owner@northwind.example');
    const read = (await owner.post(TOKENS, { name: 'reader', scopes: ['read'] })).json().token as string;
    const write = (await owner.post(TOKENS, { name: 'writer', scopes: ['read', 'write'] })).json().token as string;
    const refused = await withToken(read, 'PATCH', `/api/v1/accounts/${acme}`, { name: 'Acme Renamed' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('insufficient_scope');
    const renamed = await withToken(write, 'PATCH', `/api/v1/accounts/${acme}`, { name: 'Acme Renamed' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().name).toBe('Acme Renamed');
    await withToken(write, 'PATCH', `/api/v1/accounts/${acme}`, { name: 'Acme Manufacturing' });
  });

  it('cannot manage sign-in, sessions or tokens, so a leaked token cannot mint more or lock its owner out', async () => {
    const owner = await portal.signedIn('owner@northwind.example');
    const write = (await owner.post(TOKENS, { name: 'powerful', scopes: ['read', 'write'] })).json().token as string;
    for (const [method, url, body] of [
      ['POST', TOKENS, { name: 'more', scopes: ['write'] }],
      ['GET', '/api/v1/me/sessions'],
      ['POST', '/api/v1/me/password', { currentPassword: 'x', newPassword: 'yyyyyyyyyyyy' }],
      ['POST', '/api/v1/auth/sign-out', {}],
    ] as const) {
      const response = await withToken(write, method, url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(403);
      expect(response.json().code).toBe('token_not_allowed');
    }
  });

  it('stops working at once when revoked, and after it expires', async () => {
    const adam = await portal.signedIn('adam@acme.example');
    const created = (await adam.post(TOKENS, { name: 'short-lived', scopes: ['read'], expiresInDays: 1 })).json() as {
      token: string;
      id: string;
    };
    expect((await withToken(created.token, 'GET', '/api/v1/accounts')).statusCode).toBe(200);
    const revoked = await adam.delete(`${TOKENS}/${created.id}`);
    expect(revoked.json()).toMatchObject({ status: 'revoked', abilities: { revoke: false } });
    const after = await withToken(created.token, 'GET', '/api/v1/accounts');
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('invalid_token');

    const other = (await adam.post(TOKENS, { name: 'expiring', scopes: ['read'], expiresInDays: 1 })).json() as {
      token: string;
    };
    expect((await withToken(other.token, 'GET', '/api/v1/accounts')).statusCode).toBe(200);
    portal.clock.advanceMinutes(24 * 60 + 1);
    expect((await withToken(other.token, 'GET', '/api/v1/accounts')).statusCode).toBe(401);
  });

  it('answers 401 to a malformed header and ignores a token pasted into the session cookie', async () => {
    expect(
      (await portal.app.inject({ url: '/api/v1/accounts', headers: { authorization: 'Bearer not-a-token' } }))
        .statusCode,
    ).toBe(401);
    expect(
      (await portal.app.inject({ url: '/api/v1/accounts', headers: { authorization: 'Basic abc' } })).statusCode,
    ).toBe(401);
    const bianca = await portal.signedIn('bianca@blueharbor.example');
    const token = (await bianca.post(TOKENS, { name: 'cookie-test', scopes: ['read'] })).json().token as string;
    expect((await withToken(token, 'GET', '/api/v1/accounts')).statusCode).toBe(200);
    const asCookie = await portal.app.inject({
      url: '/api/v1/accounts',
      headers: { cookie: `portico_session=${token}` },
    });
    expect(asCookie.statusCode).toBe(401);
  });
});

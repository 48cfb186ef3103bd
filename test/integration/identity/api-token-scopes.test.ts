import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';

const TOKENS = '/api/v1/me/api-tokens';

describe('API tokens: scopes per module and access, and a per-token rate limit', () => {
  let portal: TestPortal;
  let acme: string;
  beforeAll(async () => {
    portal = await startPortal({ API_TOKEN_REQUESTS_PER_MINUTE: '5' });
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
  });
  afterAll(() => portal.close());

  const withToken = (token: string, method: 'GET' | 'PATCH' | 'POST', url: string, payload?: unknown) =>
    portal.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}`, ...(payload ? { 'content-type': 'application/json' } : {}) },
      payload: payload ? JSON.stringify(payload) : undefined,
    });
  const mint = async (email: string, scopes: string[]) => {
    const created = await (await portal.signedIn(email)).post(TOKENS, { name: scopes.join(' '), scopes });
    expect(created.statusCode, created.body).toBe(201);
    return created.json() as { token: string; id: string; scopes: string[] };
  };

  it('reaches only the modules and access its scopes name (deny by default: 403 insufficient_scope)', async () => {
    const { token, scopes } = await mint('alice@acme.example', ['messages:read', 'core:read']);
    expect(scopes).toEqual(['messages:read', 'core:read']);
    const tickets = await withToken(token, 'GET', `/api/v1/accounts/${acme}/threads`);
    expect(tickets.statusCode, tickets.body).toBe(200);
    expect((await withToken(token, 'GET', '/api/v1/accounts')).statusCode).toBe(200);
    const documents = await withToken(token, 'GET', `/api/v1/accounts/${acme}/documents`);
    expect(documents.statusCode).toBe(403);
    expect(documents.json()).toMatchObject({
      code: 'insufficient_scope',
      detail: expect.stringContaining('documents:read'),
    });
    const write = await withToken(token, 'POST', '/api/v1/tickets', { accountId: acme, subject: 'x', body: 'y' });
    expect(write.statusCode).toBe(403);
    expect(write.json().code).toBe('insufficient_scope');
    const rename = await withToken(token, 'PATCH', `/api/v1/accounts/${acme}`, { name: 'Renamed' });
    expect(rename.json()).toMatchObject({ status: 403, code: 'insufficient_scope' });
  });

  it('a write scope includes reading that module, and nothing else', async () => {
    const { token } = await mint('alice@acme.example', ['documents:write']);
    expect((await withToken(token, 'GET', `/api/v1/accounts/${acme}/documents`)).statusCode).toBe(200);
    expect((await withToken(token, 'GET', `/api/v1/accounts/${acme}/threads`)).json().code).toBe('insufficient_scope');
    expect((await withToken(token, 'GET', '/api/v1/accounts')).json().code).toBe('insufficient_scope');
  });

  it('thread routes: a ticket thread takes tickets:* or messages:*, any other thread only messages:*', async () => {
    const thread = async (ticket: boolean) => {
      const { rows } = await portal.ctx.db.query<{ id: string }>(
        // Any account: the owner's tokens see them all.
        `SELECT id FROM threads WHERE (kind = 'ticket') = $1 ORDER BY id LIMIT 1`,
        [ticket],
      );
      return rows[0]!.id;
    };
    const plain = await thread(false);
    const ticket = await thread(true);
    const tickets = await mint('owner@northwind.example', ['tickets:write']);
    const onTicket = await withToken(tickets.token, 'GET', `/api/v1/threads/${ticket}/messages`);
    expect(onTicket.statusCode, onTicket.body).toBe(200);
    const onPlain = await withToken(tickets.token, 'GET', `/api/v1/threads/${plain}/messages`);
    expect(onPlain.json()).toMatchObject({ status: 403, code: 'insufficient_scope' });
    expect(onPlain.json().detail).toContain('messages:read');
    const read = await withToken(tickets.token, 'POST', `/api/v1/threads/${plain}/read`, {});
    expect(read.json()).toMatchObject({ status: 403, code: 'insufficient_scope' });
    const messages = await mint('owner@northwind.example', ['messages:read']);
    expect((await withToken(messages.token, 'GET', `/api/v1/threads/${ticket}/messages`)).statusCode).toBe(200);
    expect((await withToken(messages.token, 'GET', `/api/v1/threads/${plain}/messages`)).statusCode).toBe(200);
    // Reading is not writing: a read scope on either module still cannot mark read (a write).
    const mark = await withToken(messages.token, 'POST', `/api/v1/threads/${plain}/read`, {});
    expect(mark.json()).toMatchObject({ status: 403, code: 'insufficient_scope' });
    // An id out of scope stays a 404, whatever the scopes.
    const other = await withToken(tickets.token, 'GET', `/api/v1/threads/${crypto.randomUUID()}/messages`);
    expect(other.statusCode).toBe(404);

    // A file of a plain conversation: the download route admits every thread module's scope, the file's thread
    // then decides (messages only).
    const owner = await portal.signedIn('owner@northwind.example');
    const file = await owner.request(
      'POST',
      `/api/v1/threads/${plain}/attachments?name=notes.txt`,
      Buffer.from('notes'),
      { 'content-type': 'text/plain' },
    );
    expect(file.statusCode, file.body).toBe(201);
    const download = file.json().downloadUrl as string;
    const documents = await mint('owner@northwind.example', ['documents:read']);
    expect((await withToken(documents.token, 'GET', download)).json()).toMatchObject({
      status: 403,
      code: 'insufficient_scope',
    });
    expect((await withToken(tickets.token, 'GET', download)).json().code).toBe('insufficient_scope');
    const allowed = await withToken(messages.token, 'GET', download);
    expect(allowed.statusCode).toBe(200);
    expect(allowed.body).toBe('notes');
  });

  it('refuses unknown scopes at creation', async () => {
    const alice = await portal.signedIn('alice@acme.example');
    const bad = await alice.post(TOKENS, { name: 'bad', scopes: ['tickets:admin'] });
    expect(bad.statusCode).toBe(400);
    expect((await alice.post(TOKENS, { name: 'bad', scopes: [] })).statusCode).toBe(400);
  });

  it('counts each token’s requests per minute: RateLimit headers on every answer, 429 with Retry-After past it', async () => {
    const { token, id } = await mint('sam@consultant.example', ['core:read']);
    const other = await mint('sam@consultant.example', ['core:read']);
    const first = await withToken(token, 'GET', '/api/v1/accounts');
    expect(first.statusCode).toBe(200);
    expect(first.headers['ratelimit-policy']).toBe('"apiTokenRequests";q=5;w=60');
    expect(first.headers['ratelimit']).toMatch(/^"apiTokenRequests";r=4;t=\d+$/);
    for (let n = 0; n < 4; n += 1) expect((await withToken(token, 'GET', '/api/v1/accounts')).statusCode).toBe(200);
    const refused = await withToken(token, 'GET', '/api/v1/accounts');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.headers['ratelimit']).toMatch(/^"apiTokenRequests";r=0;t=\d+$/);
    // Per token: another token of the same person is not affected; the window passes.
    expect((await withToken(other.token, 'GET', '/api/v1/accounts')).statusCode).toBe(200);
    portal.clock.advanceMinutes(1.1);
    expect((await withToken(token, 'GET', '/api/v1/accounts')).statusCode).toBe(200);
    expect(id).not.toBe(other.id);
    // Browser sessions carry no such headers.
    const browser = await (await portal.signedIn('sam@consultant.example')).get('/api/v1/accounts');
    expect(browser.headers['ratelimit']).toBeUndefined();
  });

  // Last in the file: a statement the database refuses, so nothing after it shares the connection it used.
  it('the database refuses a malformed scope too', async () => {
    await expect(
      portal.ctx.db.query("UPDATE api_tokens SET scopes = ARRAY['read'] WHERE name = 'documents:write'"),
    ).rejects.toThrow(/api_tokens_scopes_format_check/);
  });
});

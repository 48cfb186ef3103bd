import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, setCsrfLoader, setCsrfToken } from '../../src/web/api/client.ts';
import { createSessionClient } from '../../src/web/api/typed-client.ts';

/**
 * The web app's stale-CSRF rule, for `api()` and the typed client alike: a write refused with `csrf_failed` (the
 * token cookie changed since the page loaded it: signed in again in another tab, or a new token issued) reloads the
 * session and is sent once more, transparently; any other 403 is the answer. The server here plays the portal's
 * double-submit check (the real one runs in the e2e `stale-csrf.test.ts`).
 */
interface Seen {
  method: string;
  path: string;
  token: string | undefined;
  idempotencyKey: string | undefined;
  body: string;
}

let server: Server;
let base = '';
let currentToken = 'token-1';
let seen: Seen[] = [];
let sessionLoads = 0;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    request.on('end', () => resolve(text));
  });
}

function problem(status: number, code: string) {
  return JSON.stringify({ type: 'about:blank', title: 'Forbidden', status, code, detail: `refused: ${code}` });
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = await readBody(request);
    const path = request.url ?? '';
    if (path === '/api/v1/session') {
      sessionLoads++;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ csrfToken: currentToken }));
      return;
    }
    const token = request.headers['x-csrf-token'] as string | undefined;
    seen.push({
      method: request.method ?? '',
      path,
      token,
      idempotencyKey: request.headers['idempotency-key'] as string | undefined,
      body,
    });
    if (request.method !== 'GET' && token !== currentToken) {
      response.writeHead(403, { 'content-type': 'application/problem+json' });
      response.end(problem(403, 'csrf_failed'));
      return;
    }
    if (path.startsWith('/api/v1/me/sessions/')) {
      // The caller's role may not do this: a 403 that no new token changes.
      response.writeHead(403, { 'content-type': 'application/problem+json' });
      response.end(problem(403, 'forbidden'));
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ saved: JSON.parse(body || 'null') }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  seen = [];
  sessionLoads = 0;
  currentToken = 'token-1';
  // `api()` sends to /api/v1/... on the page's origin; here that origin is the local server.
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: Request | string | URL, init?: RequestInit) =>
    realFetch(typeof input === 'string' && input.startsWith('/') ? base + input : input, init),
  );
  // What the session provider registers: GET /api/v1/session hands out the current token.
  setCsrfLoader(async () => {
    const response = await fetch('/api/v1/session');
    setCsrfToken(((await response.json()) as { csrfToken: string }).csrfToken);
  });
  setCsrfToken('token-1');
});
afterEach(() => vi.unstubAllGlobals());

describe('a write after the CSRF token changed', () => {
  it('api(): reloads the token and sends the same write again, once', async () => {
    currentToken = 'token-2'; // signed in again in another tab
    const result = await api('/me', { method: 'PATCH', body: { name: 'Nora' }, idempotencyKey: 'key-1' });
    expect(result).toEqual({ saved: { name: 'Nora' } });
    expect(sessionLoads).toBe(1);
    expect(seen.map((request) => request.token)).toEqual(['token-1', 'token-2']);
    // The retry is the same write: same body, same Idempotency-Key.
    expect(seen[1]).toMatchObject({ method: 'PATCH', body: seen[0]!.body, idempotencyKey: 'key-1' });
  });

  it('the typed client: reloads the token and sends the same write again, once', async () => {
    currentToken = 'token-2';
    const client = createSessionClient(base);
    const { data } = await client.PATCH('/api/v1/me', {
      body: { name: 'Nora' },
      headers: { 'Idempotency-Key': 'key-2' },
    });
    expect(data).toEqual({ saved: { name: 'Nora' } });
    expect(sessionLoads).toBe(1);
    expect(seen.map((request) => request.token)).toEqual(['token-1', 'token-2']);
    expect(seen[1]).toMatchObject({ method: 'PATCH', body: '{"name":"Nora"}', idempotencyKey: 'key-2' });
    // The next write uses the reloaded token straight away.
    await client.PATCH('/api/v1/me', { body: { name: 'Nora N.' } });
    expect(seen.at(-1)?.token).toBe('token-2');
    expect(sessionLoads).toBe(1);
  });

  it('a token that is still refused after the reload is the answer: one retry, never a loop', async () => {
    currentToken = 'token-2';
    // A loader that cannot get the new token (the session is gone): the page keeps the old one.
    setCsrfLoader(async () => {
      sessionLoads++;
    });
    const typed = createSessionClient(base);
    await expect(typed.PATCH('/api/v1/me', { body: { name: 'Nora' } })).rejects.toMatchObject({
      status: 403,
      code: 'csrf_failed',
    });
    expect(seen).toHaveLength(2);
    await expect(api('/me', { method: 'PATCH', body: { name: 'Nora' } })).rejects.toMatchObject({
      code: 'csrf_failed',
    });
    expect(seen).toHaveLength(4);
  });
});

describe('a 403 that is not about CSRF', () => {
  it('is thrown as it is, without reloading the token or sending again', async () => {
    const typed = createSessionClient(base);
    const error = await typed
      .DELETE('/api/v1/me/sessions/{sessionId}', { params: { path: { sessionId: 'some-session' } } })
      .then(
        () => null,
        (caught: unknown) => caught,
      );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, code: 'forbidden', detail: 'refused: forbidden' });
    await expect(api('/me/sessions/other', { method: 'DELETE' })).rejects.toMatchObject({
      status: 403,
      code: 'forbidden',
    });
    expect(seen).toHaveLength(2);
    expect(sessionLoads).toBe(0);
  });

  it('a request that gets no answer is a network_error (status 0), from both', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(api('/me', { method: 'PATCH', body: {} })).rejects.toMatchObject({ status: 0, code: 'network_error' });
    await expect(createSessionClient(base).PATCH('/api/v1/me', { body: {} })).rejects.toMatchObject({
      status: 0,
      code: 'network_error',
    });
  });
});

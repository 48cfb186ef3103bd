import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../../src/server/platform/http/pagination.ts';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem, expectSecurityHeaders } from './problem-assertions.ts';

describe('API errors and bad input', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let clientsSegment: string;
  const accountCount = async () =>
    (await portal.ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM accounts')).rows[0]!.n;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    clientsSegment = await idOf(portal.ctx.db, 'segments', 'Clients');
  });
  afterAll(() => portal.close());

  it('malformed or empty JSON is a 400 problem', async () => {
    expectProblem(
      await owner.post('/api/v1/accounts', '{"name": "Broken', { 'content-type': 'application/json' }),
      400,
      'invalid_json',
    );
    expectProblem(await owner.request('POST', '/api/v1/accounts', '', { 'content-type': 'application/json' }), 400);
  });

  it('wrong types and missing fields name the field in errors[].path', async () => {
    const wrongType = expectProblem(
      await owner.post('/api/v1/accounts', { name: 123, segmentId: clientsSegment }),
      400,
      'validation_failed',
    );
    expect(wrongType.errors?.map((error) => error.path)).toEqual(['name']);
    const missing = expectProblem(await owner.post('/api/v1/accounts', { name: 'No segment' }), 400);
    expect(missing.errors?.map((error) => error.path)).toEqual(['segmentId']);
    const badEnum = expectProblem(await owner.get('/api/v1/accounts?sort=size'), 400);
    expect(badEnum.errors?.[0]?.path).toBe('sort');
  });

  it('unknown fields on strict bodies are refused, never applied', async () => {
    const before = await accountCount();
    const problem = expectProblem(
      await owner.post('/api/v1/accounts', {
        name: 'Extra',
        segmentId: clientsSegment,
        id: '00000000-0000-7000-8000-000000000000',
      }),
      400,
    );
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'id', code: 'unrecognized_keys' })]);
    const adam = await portal.signedIn('adam@acme.example');
    expectProblem(await adam.patch('/api/v1/me', { name: 'Adam', staffRole: 'owner' }), 400);
    expect((await adam.get('/api/v1/me')).json().user).toMatchObject({ name: 'Adam Alvarez', staffRole: null });
    expect(await accountCount()).toBe(before);
  });

  it('a body over BODY_LIMIT_BYTES is 413', async () => {
    const huge = JSON.stringify({ name: 'x'.repeat(portal.config.bodyLimitBytes), segmentId: clientsSegment });
    expectProblem(await owner.post('/api/v1/accounts', huge), 413, 'payload_too_large');
  });

  it('text and form bodies are 415', async () => {
    expectProblem(
      await owner.post('/api/v1/accounts', 'name=Form&segmentId=x', {
        'content-type': 'application/x-www-form-urlencoded',
      }),
      415,
      'unsupported_media_type',
    );
    expectProblem(
      await owner.post('/api/v1/accounts', '{"name":"Text"}', { 'content-type': 'text/plain' }),
      415,
      'unsupported_media_type',
    );
    expectProblem(
      await owner.patch('/api/v1/portal-settings', 'name=Form', { 'content-type': 'multipart/form-data; boundary=x' }),
      415,
    );
  });

  it('HTML and script in names are stored and returned verbatim, as JSON data', async () => {
    const name = `<img src=x onerror="alert(1)"><script>alert('x')</script> & Sons`;
    const created = await owner.post('/api/v1/accounts', { name, segmentId: clientsSegment });
    expect(created.statusCode).toBe(201);
    const read = await owner.get(`/api/v1/accounts/${created.json().id}`);
    expect(read.headers['content-type']).toMatch(/^application\/json/);
    expect(read.json().name).toBe(name);
    const found = await owner.get(`/api/v1/accounts?q=${encodeURIComponent('<script>')}`);
    expect(found.json().items.map((item: { name: string }) => item.name)).toEqual([name]);
  });

  it('over-long names and characters a database cannot store are 400, not 500', async () => {
    const before = await accountCount();
    const long = expectProblem(
      await owner.post('/api/v1/accounts', { name: 'n'.repeat(10_000), segmentId: clientsSegment }),
      400,
    );
    expect(long.errors?.[0]?.path).toBe('name');
    expectProblem(await owner.post('/api/v1/accounts', { name: 'Null\u0000Byte', segmentId: clientsSegment }), 400);
    expectProblem(await owner.get('/api/v1/accounts?q=%00'), 400);
    expect(await accountCount()).toBe(before);
  });

  it('malformed ids, headers, query values and URLs are 400, not 500', async () => {
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    expect(expectProblem(await owner.get('/api/v1/accounts/not-a-uuid'), 400).errors?.[0]?.path).toBe('accountId');
    expect(expectProblem(await owner.get('/api/v1/accounts?limit=abc'), 400).errors?.[0]?.path).toBe('limit');
    expect(
      expectProblem(await owner.patch(`/api/v1/accounts/${acme}`, { name: 'X' }, { 'if-match': 'yesterday' }), 400)
        .errors?.[0]?.path,
    ).toBe('If-Match');
    expect(
      expectProblem(
        await owner.post('/api/v1/accounts', { name: 'K', segmentId: clientsSegment }, { 'idempotency-key': 'short' }),
        400,
      ).errors?.[0]?.path,
    ).toBe('Idempotency-Key');
    // Rejected before routing; problem+json for it needs `frameworkErrors: frameworkErrorHandler` in buildApp.
    expect((await owner.get('/api/v1/accounts/%E0%A4%A')).statusCode).toBe(400);
    expectProblem(await owner.get('/api/v1/audit-events?from=last-week'), 400);
    expect((await owner.get(`/api/v1/accounts/${acme}`)).json().name).toBe('Acme Manufacturing');
  });

  it('tampered pagination cursors are a 400 on `cursor` for every list', async () => {
    const tampered = [
      encodeCursor(['x', 'not-a-uuid']),
      encodeCursor([1, 2, 3]),
      'not base64 json',
      encodeCursor(['2026-01-01T00:00:00Z', 'x']),
    ];
    for (const list of [
      '/api/v1/accounts',
      '/api/v1/accounts?sort=-createdAt',
      '/api/v1/audit-events',
      '/api/v1/staff-users',
      '/api/v1/dev-mail',
    ]) {
      for (const cursor of tampered) {
        const url = `${list}${list.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`;
        const problem = expectProblem(await owner.get(url), 400);
        expect(problem.errors?.[0]?.path, url).toBe('cursor');
      }
    }
    // Identity's own list: at least never a 500.
    expectProblem(await owner.get(`/api/v1/me/sessions?cursor=${encodeCursor(['not-a-uuid'])}`), 400);
  });

  it('unknown API paths are 404 problem+json for any method', async () => {
    expectProblem(await owner.get('/api/v1/nope'), 404, 'not_found');
    expectProblem(await portal.client().get('/api/v1/nope'), 404, 'not_found');
    expectProblem(await owner.post('/api/v1/nope', {}), 404, 'not_found');
  });

  it('sends the security headers on API, problem and documentation responses, without HSTS over http', async () => {
    for (const response of [
      await owner.get('/api/v1/me'),
      await owner.get('/api/v1/nope'),
      await portal.client().get('/api/docs'),
      await portal.client().get('/livez'),
    ]) {
      expectSecurityHeaders(response);
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import { expectSecurityHeaders } from './problem-assertions.ts';

// Served over https: the same checks also show HSTS and secure cookies appear only then.
describe('operations endpoints and API documentation (https portal)', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal({ BASE_URL: 'https://portal.example' });
  });
  afterAll(() => portal.close());

  it('/livez answers 200', async () => {
    const response = await portal.client().get('/livez');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz answers 200 while serving and 503 once shutting down', async () => {
    const ready = await portal.client().get('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok', database: portal.ctx.db.engine });
    portal.lifecycle.shuttingDown = true;
    try {
      // Every answer while draining is 503 problem+json with Retry-After, before any other work (no 401 here).
      for (const path of ['/readyz', '/api/v1/me', '/api/v1/accounts']) {
        const draining = await portal.client().get(path);
        expect(draining.statusCode, path).toBe(503);
        expect(draining.headers['content-type'], path).toMatch(/^application\/problem\+json/);
        expect(draining.headers['retry-after'], path).toBe('5');
        expect(draining.json(), path).toMatchObject({ status: 503, code: 'shutting_down' });
      }
      // Liveness is not readiness: the process still answers.
      expect((await portal.client().get('/livez')).statusCode).toBe(200);
    } finally {
      portal.lifecycle.shuttingDown = false;
    }
    expect((await portal.client().get('/readyz')).statusCode).toBe(200);
  });

  it('/api/openapi.json is an OpenAPI 3.1 document of the API', async () => {
    const response = await portal.client().get('/api/openapi.json');
    expect(response.statusCode).toBe(200);
    const spec = response.json();
    expect(spec.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/accounts',
        '/api/v1/accounts/{accountId}',
        '/api/v1/accounts/{accountId}/members/{userId}',
        '/api/v1/segments',
        '/api/v1/staff-users',
        '/api/v1/portal-settings',
        '/api/v1/audit-events',
        '/api/v1/auth/sign-in',
        '/api/v1/me',
      ]),
    );
    expect(spec.paths['/api/v1/accounts'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['limit', 'cursor', 'q', 'sort']),
    );
    expect(spec.paths['/api/v1/accounts'].post.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['name', 'segmentId']),
    );
    // Operational and internal routes stay out of the contract.
    expect(Object.keys(spec.paths)).not.toContain('/livez');
  });

  it('/api/docs serves the interactive reference from our own origin, with no inline script', async () => {
    const response = await portal.client().get('/api/docs');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const html = response.body;
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      // Every script is a file from this origin: the CSP (`script-src 'self'`) needs no exception for this page.
      expect(attributes).toMatch(/src="\/api\/docs\//);
      expect(body).toBe('');
    }
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expectSecurityHeaders(response);

    const sources = [...html.matchAll(/(?:src|href)="(\/api\/docs\/[^"]+)"/g)].map((match) => match[1]!);
    expect(sources.length).toBe(4);
    for (const source of sources) {
      const asset = await portal.client().get(source);
      expect(asset.statusCode, source).toBe(200);
      expect(asset.headers['content-type']).toMatch(source.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      expect(asset.body.length).toBeGreaterThan(100);
    }
    const bundle = sources.find((source) => source.endsWith('swagger-ui-bundle.js'))!;
    // Only the listed files of the renderer's package, at its installed version: nothing else in node_modules.
    for (const other of [
      bundle.replace('swagger-ui-bundle.js', 'package.json'),
      bundle.replace('swagger-ui-bundle.js', '..%2f..%2fpackage.json'),
      bundle.replace(/assets\/[^/]+\//, 'assets/0.0.0/'),
    ]) {
      expect((await portal.client().get(other)).statusCode, other).toBe(404);
    }
  });

  it('adds HSTS and marks cookies secure when BASE_URL is https', async () => {
    const response = await portal.client().get('/api/v1/session');
    expectSecurityHeaders(response);
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    const csrf = (response.cookies as { name: string; secure?: boolean; httpOnly?: boolean }[]).find(
      (cookie) => cookie.name === 'portico_csrf',
    );
    expect(csrf).toMatchObject({ secure: true, httpOnly: true });
  });
});

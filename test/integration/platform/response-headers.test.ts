import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app.ts';
import { startPortal, type TestPortal } from '../../support/harness.ts';

describe('response headers', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal.close());

  it('marks authenticated API answers no-store, errors included, and varies cacheable reader pages by cookie', async () => {
    const alice = await portal.signedIn('alice@acme.example');
    const me = await alice.get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.headers['cache-control']).toBe('no-store');
    const missing = await alice.get(`/api/v1/threads/${crypto.randomUUID()}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
    // The help center's pages depend on the reader (audiences): a cache must key them by cookie and token.
    const help = await alice.get('/help');
    expect(help.statusCode).toBe(200);
    expect(help.headers['cache-control']).not.toContain('no-store');
    expect(help.headers.vary).toContain('Cookie, Authorization');
  });

  it('asks the browser to clear cookies and storage at sign-out', async () => {
    const ben = await portal.signedIn('ben@blueharbor.example');
    const out = await ben.post('/api/v1/auth/sign-out');
    expect(out.statusCode).toBe(200);
    expect(out.headers['clear-site-data']).toBe('"cookies", "storage"');
  });

  it("allows no <base> element: CSP base-uri 'none'", async () => {
    const response = await portal.client().get('/api/v1/session');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toContain("base-uri 'self'");
  });

  it('serves no source maps in production, even one left in the build folder', async () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'portico-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Portico</title>');
    writeFileSync(join(webRoot, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(webRoot, 'assets', 'index-abc123.js.map'), '{"version":3}');
    const serve = async (env: 'production' | 'development') => {
      const built = await buildApp({ ...portal.ctx, config: { ...portal.ctx.config, env } }, { webRoot });
      try {
        const map = await built.app.inject({ method: 'GET', url: '/assets/index-abc123.js.map' });
        const script = await built.app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
        return { map, script };
      } finally {
        await built.app.close();
      }
    };
    try {
      const production = await serve('production');
      expect(production.script.statusCode).toBe(200);
      expect(production.map.statusCode).toBe(404);
      expect(production.map.body).not.toContain('"version":3');
      const development = await serve('development');
      expect(development.map.statusCode).toBe(200);
    } finally {
      rmSync(webRoot, { recursive: true, force: true });
    }
  });
});

// Issue 10 (start-up): packages a start never uses load at their first use, behind the module that owns them, not
// when the app is imported. One static import anywhere (a new use case importing node-forge at the top) brings a
// package back into every start; this test names the package and the start pays for it no more.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// The packages behind first-use imports (docs/OPERATIONS.md, start-up): each costs tens of modules or megabytes.
const LOADED_AT_FIRST_USE = [
  'stripe',
  '@simplewebauthn/server',
  'pdf-lib',
  'pdfkit',
  '@signpdf',
  'node-forge',
  '@node-saml/node-saml',
  'sharp',
  'liquidjs',
  'html-to-text',
  'file-type',
  // openid-client and what it brings (oauth4webapi, jose): single sign-on loads them at the first sign-in.
  'openid-client',
  'oauth4webapi',
  'jose',
];

describe('importing the app', () => {
  it('loads none of the packages a start never uses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portico-imports-'));
    const trace = join(dir, 'trace.txt');
    try {
      execFileSync(
        process.execPath,
        ['--import', 'tsx', '--import', './test/support/import-trace.mjs', '-e', "await import('./src/server/app.ts')"],
        { cwd: ROOT, env: { ...process.env, IMPORT_TRACE_FILE: trace, NODE_ENV: 'production' }, stdio: 'pipe' },
      );
      const urls = readFileSync(trace, 'utf8').split('\n');
      // The trace sees the app's own modules too: a trace that missed them would prove nothing.
      expect(urls.some((url) => url.endsWith('/src/server/app.ts'))).toBe(true);
      expect(urls.some((url) => url.includes('/node_modules/fastify/'))).toBe(true);
      const loaded = LOADED_AT_FIRST_USE.filter((name) => urls.some((url) => url.includes(`/node_modules/${name}/`)));
      expect(loaded).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

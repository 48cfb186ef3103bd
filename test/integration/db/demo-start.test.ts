import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/server/config.ts';
import type { Database } from '../../../src/server/platform/db/index.ts';
import { hashPassword } from '../../../src/server/platform/security/passwords.ts';
import { createContext } from '../../../src/server/platform/start.ts';
import { DemoOnProductionError, prepareDemoAtStart } from '../../../src/server/seed/demo-safety.ts';
import { engine, openTestDatabase } from '../../support/harness.ts';

const README_SIGN_INS = [
  'owner@northwind.example',
  'alice@acme.example',
  'dana.diaz@customers.example',
  'agent@northwind.example',
  'sam@consultant.example',
  'paula.price@policyholders.example',
];

// Each test seeds the demo into a fresh database (up to twice) or starts real processes: on a loaded 2-core machine
// that took over the default 120 s, so these tests get the budget of the other real-process tests.
describe(
  'the demo at start: only when asked or in development, never on its published password in production',
  { timeout: 360_000 },
  () => {
    let dataDir: string;
    let opened: { db: Database; drop(): Promise<void> } | null = null;
    beforeAll(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'portico-demo-start-'));
    });
    afterEach(async () => {
      await opened?.drop();
      opened = null;
    });
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

    /** A fresh database and a context as main.ts builds it, with these settings. */
    const contextWith = async (env: Record<string, string>) => {
      opened = await openTestDatabase();
      const config = loadConfig({ SECRET: 'test-secret-test-secret-test-secret-0', DATA_DIR: dataDir, ...env });
      return createContext(config, opened.db, pino({ level: 'silent' }));
    };
    const userCount = async (db: Database) =>
      (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users')).rows[0]!.n;

    it('development (NODE_ENV unset): an empty database gets the demo, and every README sign-in is handed to the banner', async () => {
      const ctx = await contextWith({});
      const first = await prepareDemoAtStart(ctx);
      expect(first.seeded).toBe(true);
      expect(first.demo?.signIns.map((signIn) => signIn.email)).toEqual(README_SIGN_INS);
      const users = await userCount(ctx.db);
      // The next start loads nothing more, but still says the demo is there.
      const second = await prepareDemoAtStart(ctx);
      expect(second).toMatchObject({ seeded: false, demo: { password: 'northwind-demo-2026' } });
      expect(await userCount(ctx.db)).toBe(users);
    });

    it('production: an empty database stays empty unless DEMO_SEED=on asks for the demo', async () => {
      const ctx = await contextWith({ NODE_ENV: 'production' });
      expect(await prepareDemoAtStart(ctx)).toEqual({ seeded: false, demo: null });
      expect(await userCount(ctx.db)).toBe(0);
      await opened!.drop();
      opened = null;
      const asked = await contextWith({ NODE_ENV: 'production', DEMO_SEED: 'on' });
      expect((await prepareDemoAtStart(asked)).seeded).toBe(true);
    });

    it('production refuses to start while a demo account has the published password, and starts once none has', async () => {
      const dev = await contextWith({ DEMO_SEED: 'on' });
      await prepareDemoAtStart(dev);
      const production = await createContext(
        loadConfig({ SECRET: 'test-secret-test-secret-test-secret-0', DATA_DIR: dataDir, NODE_ENV: 'production' }),
        dev.db,
        pino({ level: 'silent' }),
      );
      const refusal = await prepareDemoAtStart(production).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(DemoOnProductionError);
      expect((refusal as Error).message).toMatch(
        /\d{2} demo account\(s\) still use the published demo password \(adam@acme\.example, .* and \d+ more\)/,
      );
      expect((refusal as Error).message).toMatch(/npx portico reset-password EMAIL/);

      // Every demo account but one gets a real password: still refused, naming the one left.
      await dev.db.query("UPDATE users SET password_hash = $1 WHERE email <> 'sam@consultant.example'", [
        await hashPassword('a private operator passphrase'),
      ]);
      const still = await prepareDemoAtStart(production).catch((error: unknown) => error as Error);
      expect(still).toBeInstanceOf(DemoOnProductionError);
      expect((still as Error).message).toMatch(/1 demo account\(s\) .*\(sam@consultant\.example\)/);
      await dev.db.query("UPDATE users SET password_hash = NULL WHERE email = 'sam@consultant.example'");
      expect(await prepareDemoAtStart(production)).toEqual({ seeded: false, demo: null });
    });
  },
);

/** A port free right now, so the test knows where the server listens. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    // A clean environment: vitest puts Vite's BASE_URL=/ and friends into process.env.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => (output.stdout += String(chunk)));
  child.stderr.on('data', (chunk) => (output.stderr += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output, exited };
}

async function waitFor(condition: () => boolean, what: string, deadlineMs = 240_000) {
  const until = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.runIf(engine === 'embedded')(
  'npm start on a fresh clone, then NODE_ENV=production on the same data',
  { timeout: 360_000 },
  () => {
    let dataDir: string;
    beforeAll(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'portico-demo-main-'));
    });
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

    it('prints every README demo sign-in, logs requests below info, then production refuses the demo data', async () => {
      const port = await freePort();
      const server = startMain({ DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info' });
      try {
        await waitFor(() => server.output.stdout.includes('the same for every demo user'), 'the start banner');
        expect(server.output.stdout).toContain('DEMO DATA');
        for (const email of README_SIGN_INS) expect(server.output.stdout).toContain(email);
        const response = await fetch(`http://127.0.0.1:${port}/api/v1/session`);
        expect(response.status).toBe(200);
        await fetch(`http://127.0.0.1:${port}/livez`);
      } finally {
        server.child.kill('SIGTERM');
      }
      expect(await server.exited).toBe(0);
      // At the default LOG_LEVEL=info no line per request follows the banner.
      expect(server.output.stdout).not.toContain('request completed');
      expect(server.output.stdout).not.toContain('incoming request');

      const production = startMain({ DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'production' });
      expect(await production.exited).toBe(1);
      expect(production.output.stderr).toMatch(/Refusing to start in production: \d+ demo account\(s\)/);
    });
  },
);

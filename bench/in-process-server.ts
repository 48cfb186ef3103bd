// An in-process Portico server (createContext + buildApp, from source) for the two benches that still reach into
// the server's own database handle and config: slow-query (runs its report through ctx.db) and conversations (lifts
// the posting limit in ctx.config, clears jobs between phases). Their figures are NOT production-like; every other
// bench uses server.ts (the compiled server in its own process). Port these two onto server.ts, then delete this.
import Fastify, { type FastifyInstance } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import type { AppContext } from '../src/server/platform/context.ts';
import { openTestDatabase, type Engine } from '../test/support/harness.ts';
import { createLogger } from '../src/server/platform/logger.ts';
import { createContext } from '../src/server/platform/start.ts';
import { seedDemo } from '../src/server/seed/demo.ts';

export type { Engine };
export { postgresUrl } from './server.ts';
import { seedAccounts } from './server.ts';

export interface InProcessServer {
  engine: Engine;
  ctx: AppContext;
  /** http://127.0.0.1:port of Portico */
  url: string;
  /** http://127.0.0.1:port/bare of the bare Fastify instance */
  bareUrl: string;
  /** The same bare instance, one `SELECT 1` through Portico's database handle: the floor of any route that reads. */
  bareDbUrl: string;
  /** Cookie header of the demo owner's session. */
  ownerCookie: string;
  accounts: number;
  close(): Promise<void>;
}

// Embedded on disk, as in production (not memory://); PostgreSQL in a schema of its own, dropped afterwards.
const openBenchDatabase = (engine: Engine, dataDir: string) =>
  openTestDatabase(
    engine,
    engine === 'embedded' ? { dataDir: join(dataDir, 'db') } : { schemaPrefix: 'portico_bench' },
  );

async function signIn(app: FastifyInstance, email: string, password: string): Promise<string> {
  const session = await app.inject({ method: 'GET', url: '/api/v1/session' });
  const csrf = session.cookies.find((c) => c.name === 'portico_csrf')?.value;
  const csrfToken = (session.json() as { csrfToken: string }).csrfToken;
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password },
    headers: { cookie: `portico_csrf=${csrf}`, 'x-csrf-token': csrfToken },
  });
  const token = response.cookies.find((c) => c.name === 'portico_session')?.value;
  if (response.statusCode !== 200 || !token) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return `portico_session=${token}`;
}

const listenUrl = (app: FastifyInstance) => `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

export async function startInProcessServer(
  engine: Engine,
  options: { accounts?: number; env?: Record<string, string> } = {},
): Promise<InProcessServer> {
  const accounts = options.accounts ?? 10_000;
  const dataDir = mkdtempSync(join(tmpdir(), 'portico-bench-'));
  const config = loadConfig({
    NODE_ENV: 'production',
    SECRET: 'bench-secret-bench-secret-bench-secret',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    BASE_URL: 'http://127.0.0.1',
    ...options.env,
  });
  const { db, drop } = await openBenchDatabase(engine, dataDir);
  const cleanup = async () => {
    await drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const ctx = await createContext(config, db, createLogger('silent'));
    const demo = await seedDemo(ctx);
    await seedAccounts(db, accounts);
    const { app } = await buildApp(ctx, { webRoot: null });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const bare = Fastify({ logger: false });
    bare.get('/bare', async () => ({ ok: true }));
    bare.post('/bare-post', async () => ({ ok: true }));
    bare.get('/bare-db', async () => {
      await ctx.db.query('SELECT 1');
      return { ok: true };
    });
    await bare.listen({ port: 0, host: '127.0.0.1' });
    const ownerCookie = await signIn(app, demo.staffOwner, demo.password);
    return {
      engine,
      ctx,
      url: listenUrl(app),
      bareUrl: `${listenUrl(bare)}/bare`,
      bareDbUrl: `${listenUrl(bare)}/bare-db`,
      ownerCookie,
      accounts,
      async close() {
        await bare.close();
        await app.close();
        await ctx.background.idle();
        await cleanup();
      },
    };
  } catch (error) {
    await cleanup().catch(() => undefined);
    throw error;
  }
}

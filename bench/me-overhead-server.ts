// The server side of `me-overhead.ts`, a process of its own (so it can run under `--cpu-prof` and never shares an
// event loop with the bench): Portico built as in production (NODE_ENV=production, LOG_LEVEL=info, the same
// security headers) on the demo, and a bare Fastify route in the same process as the baseline. Prints one line
// `PORTICO_BENCH {json}` with the URLs and a signed-in cookie, then serves until SIGTERM.
import Fastify from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase, quoteIdentifier } from '../src/server/platform/db/index.ts';
import { createLogger } from '../src/server/platform/logger.ts';
import { createContext } from '../src/server/platform/start.ts';
import { seedDemo } from '../src/server/seed/demo.ts';

const engine = process.argv[2] === 'postgres' ? 'postgres' : 'embedded';
const postgresUrl = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const dataDir = mkdtempSync(join(tmpdir(), 'portico-me-bench-'));
const config = loadConfig({
  NODE_ENV: 'production',
  SECRET: 'bench-secret-bench-secret-bench-secret',
  DATA_DIR: dataDir,
  LOG_LEVEL: 'info',
  BASE_URL: 'http://127.0.0.1',
  ...(engine === 'postgres' ? { DATABASE_URL: postgresUrl } : {}),
});
if (engine === 'postgres' && !postgresUrl) throw new Error('postgres needs DATABASE_URL or TEST_DATABASE_URL');
const schema = `portico_bench_${randomBytes(6).toString('hex')}`;
// Embedded on disk as in production; PostgreSQL in a schema of its own (dropped at the end) with production's pool
// size and timeouts.
const db =
  engine === 'embedded'
    ? await openDatabase({ engine: 'embedded', dataDir: join(dataDir, 'db') })
    : await openDatabase({
        engine: 'postgres',
        url: postgresUrl!,
        schema,
        poolSize: config.databasePoolSize,
        timeouts: config.databaseTimeouts,
      });
const logger = createLogger(config.logLevel);
const ctx = await createContext(config, db, logger);
const demo = await seedDemo(ctx);
const { app } = await buildApp(ctx, { webRoot: null });
await app.listen({ port: 0, host: '127.0.0.1' });
const bare = Fastify({ logger: false });
bare.get('/bare', async () => ({ ok: true }));
await bare.listen({ port: 0, host: '127.0.0.1' });
const urlOf = (server: typeof bare) => `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;

const session = await app.inject({ method: 'GET', url: '/api/v1/session' });
const csrf = session.cookies.find((c) => c.name === 'portico_csrf')!.value;
const signIn = await app.inject({
  method: 'POST',
  url: '/api/v1/auth/sign-in',
  payload: { email: demo.staffOwner, password: demo.password },
  headers: { cookie: `portico_csrf=${csrf}`, 'x-csrf-token': (session.json() as { csrfToken: string }).csrfToken },
});
const token = signIn.cookies.find((c) => c.name === 'portico_session')?.value;
if (!token) throw new Error(`sign-in failed: ${signIn.statusCode} ${signIn.body}`);

process.stdout.write(
  `PORTICO_BENCH ${JSON.stringify({ url: urlOf(app as unknown as typeof bare), bareUrl: `${urlOf(bare)}/bare`, cookie: `portico_session=${token}` })}\n`,
);

process.once('SIGTERM', () => {
  void (async () => {
    await bare.close();
    await app.close();
    await ctx.background.idle();
    if (engine === 'postgres') await db.query(`DROP SCHEMA ${quoteIdentifier(schema)} CASCADE`);
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
    // A normal exit, so `--cpu-prof` writes its profile.
    process.exit(0);
  })();
});

// A fresh, migrated and demo-seeded portal in this process, on either engine, for the benches that drive the app
// in-process (kb-relevance, import): its own data directory and database, removed afterwards.
import type { FastifyInstance } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/server/app.ts';
import { loadConfig, type Config } from '../src/server/config.ts';
import type { AppContext } from '../src/server/platform/context.ts';
import { migrate } from '../src/server/platform/db/index.ts';
import { createLogger } from '../src/server/platform/logger.ts';
import { createContext } from '../src/server/platform/start.ts';
import { seedDemo, type DemoCredentials } from '../src/server/seed/demo.ts';
import { openTestDatabase } from '../test/support/harness.ts';
import type { Engine } from './server.ts';

export interface BenchPortal {
  app: FastifyInstance;
  ctx: AppContext;
  demo: DemoCredentials;
}

/** Runs `work` on a portal with production settings, then closes it and drops its database and files. */
export async function withDemoPortal<T>(
  engine: Engine,
  name: string,
  work: (portal: BenchPortal) => Promise<T>,
  env: Record<string, string> = {},
  configure: (config: Config) => void = () => undefined,
): Promise<T> {
  const workDir = mkdtempSync(join(tmpdir(), `portico-bench-${name}-`));
  const { db, drop } = await openTestDatabase(
    engine,
    engine === 'embedded' ? { dataDir: join(workDir, 'db') } : { schemaPrefix: `portico_bench_${name}` },
  );
  try {
    await migrate(db);
    const config = loadConfig({
      NODE_ENV: 'production',
      SECRET: 'bench-secret-bench-secret-bench-secret',
      DATA_DIR: workDir,
      LOG_LEVEL: 'silent',
      BASE_URL: 'http://127.0.0.1',
      ...env,
    });
    configure(config);
    const ctx = await createContext(config, db, createLogger('silent'));
    const demo = await seedDemo(ctx);
    const { app } = await buildApp(ctx, { webRoot: null });
    try {
      return await work({ app, ctx, demo });
    } finally {
      await app.close();
      await ctx.background.idle();
    }
  } finally {
    await drop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

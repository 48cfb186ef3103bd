import { performance } from 'node:perf_hooks';
import { ConfigError, loadConfig } from './config.ts';
import { DataDirLockedError, MigrationError, PROCESS_INSTANCE_ID, type Database } from './platform/db/index.ts';
import { openConfiguredDatabase } from './platform/configured-database.ts';
import { createLogger } from './platform/logger.ts';
import { reportOpenFilesLimit } from './platform/open-files.ts';

function fail(message: string): never {
  process.stderr.write(`\nPortico could not start.\n${message}\n\n`);
  process.exit(1);
}

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}
const logger = createLogger(config.logLevel);
reportOpenFilesLimit(logger);

// The database opens first (the embedded engine starts on its worker thread, from the migrated template when the
// data dir is new) while this thread loads the rest of the server, ~700 modules: on two cores the two overlap.
const opening = openConfiguredDatabase(config, { logger, migratedTemplate: true }).then(
  (db) => ({ db }),
  (error: unknown) => ({ error }),
);
const modules = await Promise.all([
  import('./app.ts'),
  import('./platform/start.ts'),
  import('./seed/demo-safety.ts'),
]).catch(async (error: unknown) => {
  // The database's worker thread would keep the process alive after a failed import: close it, then fail.
  const settled = await opening;
  if ('db' in settled) await settled.db.close();
  throw error;
});
const [{ buildApp }, { createContext }, { DemoOnProductionError, prepareDemoAtStart }] = modules;
const opened = await opening;
if ('error' in opened) {
  const { error } = opened;
  if (error instanceof DataDirLockedError) fail(error.message);
  fail(`Cannot open the database: ${error instanceof Error ? error.message : String(error)}`);
}
const db: Database = opened.db;
let ctx;
try {
  ctx = await createContext(config, db, logger);
} catch (error) {
  await db.close();
  if (error instanceof MigrationError) fail(error.message);
  throw error;
}

let demoAtStart;
try {
  demoAtStart = await prepareDemoAtStart(ctx);
} catch (error) {
  await db.close();
  if (error instanceof DemoOnProductionError) fail(error.message);
  throw error;
}

const { app, lifecycle } = await buildApp(ctx);
try {
  await app.listen({ port: config.port, host: config.host });
} catch (error) {
  await db.close();
  fail(
    `Cannot listen on ${config.host}:${config.port}: ${error instanceof Error ? error.message : String(error)}. Set PORT to use another port.`,
  );
}
// performance.now() counts from process start, so module loading is included.
const startMs = Math.round(performance.now());
const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
logger.info(
  { engine: db.engine, startMs, rssMb, url: config.baseUrl, instance: PROCESS_INSTANCE_ID },
  'Portico is ready',
);

const lines = [
  `\n  Portico is running at ${config.baseUrl}  (${db.engine === 'embedded' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'}; started in ${startMs} ms, ${rssMb} MB RSS)`,
];
const { demo, seeded } = demoAtStart;
if (demo) {
  const width = Math.max(...demo.signIns.map((signIn) => signIn.who.length));
  lines.push(
    '',
    `  DEMO DATA: ${seeded ? 'the Northwind demo was loaded into this database' : 'this database holds the Northwind demo'}; its password is published, so it is not for real use.`,
    '  Sign in with:',
    ...demo.signIns.map((signIn) => `    ${signIn.who.padEnd(width)}   ${signIn.email}`),
    `    ${'password'.padEnd(width)}   ${demo.password}   (the same for every demo user)`,
  );
}
if (ctx.mailer.driverName === 'dev')
  lines.push(
    '',
    `  Mail stays on this machine: staff read it in the console under "Mail outbox" (${config.baseUrl}/console/mail).`,
  );
process.stdout.write(`${lines.join('\n')}\n\n`);

let stopping = false;
/**
 * SIGTERM: stop taking requests (503 problem+json to any that still arrive), let the ones in flight and background
 * work finish, close the database, exit. Bounded by SHUTDOWN_TIMEOUT_SECONDS: past it, connections still open
 * (a stalled upload, say) are cut, the database gets a few seconds to close, and the process exits with 1.
 */
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  const boundMs = config!.shutdownTimeoutSeconds * 1000;
  logger.info({ signal, boundMs }, 'shutting down: draining requests');
  lifecycle.shuttingDown = true;
  const timedOut = Symbol('timed out');
  const within = <T>(work: Promise<T>, ms: number) =>
    Promise.race([work, new Promise<typeof timedOut>((resolve) => setTimeout(() => resolve(timedOut), ms).unref())]);
  const drained = await within(
    (async () => {
      await app.close();
      await ctx!.background.idle();
    })(),
    boundMs,
  );
  if (drained === timedOut) {
    logger.warn({ boundMs }, 'shutdown bound reached: cutting the connections still open');
    app.server.closeAllConnections();
  }
  const closed = await within(
    db.close().catch((error: unknown) => logger.error({ err: error }, 'closing the database failed')),
    DATABASE_CLOSE_MS,
  );
  if (drained === timedOut || closed === timedOut) {
    logger.warn('stopped after the shutdown bound');
    process.exit(1);
  }
  logger.info('stopped cleanly');
  process.exit(0);
}
/** After the drain, what closing the database may take before the process exits anyway. */
const DATABASE_CLOSE_MS = 3_000;
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

// The server under test, as in production: the compiled, bundled server (`dist/bundle/main.js`, built when missing or stale,
// as `npm start` does) in a process of its own, NODE_ENV=production with production's default log level and the
// same security headers; the bare baseline is a Fastify route in another process (bare-server.mjs). The bench
// process seeds the database first (demo + accounts + whatever the bench needs), closes it, then starts the server:
// it never shares an event loop (or a database connection) with what it measures.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadConfig } from '../src/server/config.ts';
import type { Database } from '../src/server/platform/db/index.ts';
import { createLogger } from '../src/server/platform/logger.ts';
import { createContext, openConfiguredDatabase } from '../src/server/platform/start.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/server/seed/demo.ts';
import { freePort, sleep } from './lib.ts';

export type Engine = 'embedded' | 'postgres';
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
// BENCH_SERVER_ENTRY=path runs another compiled tree (e.g. a copy of dist/ from before a change, kept inside the
// repository so it resolves node_modules) for before/after comparisons; it is used as it is, never rebuilt.
const OTHER_ENTRY = process.env.BENCH_SERVER_ENTRY;
export const SERVER_ENTRY = OTHER_ENTRY ? join(ROOT, OTHER_ENTRY) : join(ROOT, 'dist/bundle/main.js');
const SECRET = 'bench-secret-bench-secret-bench-secret';
const READY_TIMEOUT_MS = 180_000;

export const postgresUrl = () => process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? null;

/** Compiles the server as `npm start` does, when dist/bundle is missing or older than its sources. */
export function buildServer() {
  if (OTHER_ENTRY) return;
  execFileSync(process.execPath, ['scripts/build-server-if-needed.mjs'], { cwd: ROOT, stdio: 'inherit' });
}

/** A database for one bench: a temporary data dir (embedded) or a temporary PostgreSQL database. */
export interface BenchDatabase {
  engine: Engine;
  dataDir: string;
  /** The environment a Portico process needs to run on it (production settings). */
  env: Record<string, string>;
  drop(): Promise<void>;
}

export async function createBenchDatabase(engine: Engine): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'portico-bench-'));
  const env: Record<string, string> = { NODE_ENV: 'production', DATA_DIR: dataDir, SECRET, DEMO_SEED: 'on' };
  if (engine === 'embedded')
    return { engine, dataDir, env, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  const admin = postgresUrl();
  if (!admin) throw new Error('PostgreSQL bench needs DATABASE_URL or TEST_DATABASE_URL');
  const name = `portico_bench_${randomBytes(5).toString('hex')}`;
  const adminSql = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await adminSql(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  return {
    engine,
    dataDir,
    env,
    async drop() {
      await adminSql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Migrates and seeds the demo plus `accounts` customer accounts, runs `prepare`, and closes the database. */
export async function seedBenchDatabase(
  database: BenchDatabase,
  options: { accounts?: number; prepare?: (db: Database) => Promise<void> } = {},
) {
  const config = loadConfig({ ...database.env, LOG_LEVEL: 'silent' });
  const db = await openConfiguredDatabase(config);
  try {
    const ctx = await createContext(config, db, createLogger('silent'));
    await seedDemo(ctx);
    if (options.accounts) await seedAccounts(db, options.accounts);
    await options.prepare?.(db);
    await ctx.background.idle();
  } finally {
    await db.close();
  }
}

/** Adds `count` accounts to the demo's "Customers" segment in one statement. */
export async function seedAccounts(db: Database, count: number) {
  const { rows } = await db.query<{ id: string }>("SELECT id FROM segments WHERE name = 'Customers'");
  if (!rows[0]) throw new Error('demo segment "Customers" missing');
  await db.query(
    `INSERT INTO accounts (id, name, segment_id, created_at)
     SELECT gen_random_uuid(), initcap(substr(md5(g::text), 1, 8)) || ' Customer ' || g, $1, now() - g * interval '1 minute'
     FROM generate_series(1, $2::int) g`,
    [rows[0].id, count],
  );
  await db.query('ANALYZE accounts');
}

export interface ServerProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Milliseconds from spawn to the first 200 of /readyz. */
  readyMs: number;
  /** The last 64 KB it printed. */
  output(): string;
  /** SIGTERM, and the exit code once it stopped (SIGKILL after 20 s). */
  stop(): Promise<number | null>;
}

/** Waits until `url` answers 200 (or the child exits). */
async function waitReady(child: ChildProcess, url: string, output: () => string): Promise<void> {
  const deadline = performance.now() + READY_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `${url}: process exited (${child.exitCode ?? child.signalCode}) before it was ready\n${output()}`,
      );
    const status = await fetch(url, { signal: AbortSignal.timeout(1000) }).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await sleep(10);
  }
  child.kill('SIGKILL');
  throw new Error(`${url}: no 200 within ${READY_TIMEOUT_MS} ms\n${output()}`);
}

function spawnProcess(command: string[], env: Record<string, string>, readyPath: string, port: number) {
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString()).slice(-65_536);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    url,
    child,
    output: () => text,
    ready: waitReady(child, `${url}${readyPath}`, () => text).then(() => performance.now() - started),
    stop(): Promise<number | null> {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
      const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.kill('SIGTERM');
      return exited.finally(() => clearTimeout(killer));
    },
  };
}

/** Starts the compiled server on `database` (already seeded). `nodeArgs` e.g. ['--expose-gc']. */
export async function startServerProcess(
  database: BenchDatabase,
  options: { nodeArgs?: string[]; env?: Record<string, string> } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const env = { ...database.env, PORT: String(port), HOST: '127.0.0.1', BASE_URL: `http://127.0.0.1:${port}` };
  const started = spawnProcess(
    [process.execPath, ...(options.nodeArgs ?? []), SERVER_ENTRY],
    { ...env, ...options.env },
    '/readyz',
    port,
  );
  try {
    const readyMs = await started.ready;
    return { ...started, pid: started.child.pid!, readyMs };
  } catch (error) {
    await started.stop();
    throw error;
  }
}

/** The bare Fastify baseline in its own process; /bare-db when `databaseUrl` is given. */
export async function startBareProcess(databaseUrl?: string) {
  const port = await freePort();
  const env: Record<string, string> = { PORT: String(port), NODE_ENV: 'production' };
  if (databaseUrl) env.BARE_DATABASE_URL = databaseUrl;
  const started = spawnProcess([process.execPath, join(ROOT, 'bench/bare-server.mjs')], env, '/bare', port);
  await started.ready;
  return {
    url: `${started.url}/bare`,
    dbUrl: databaseUrl ? `${started.url}/bare-db` : null,
    pid: started.child.pid!,
    stop: started.stop,
  };
}

/** Signs in over HTTP; returns the Cookie header of the session plus the CSRF cookie and token for writes. */
export async function signIn(baseUrl: string, email: string, password: string) {
  const session = await fetch(`${baseUrl}/api/v1/session`);
  const csrfCookie = /portico_csrf=([^;]+)/.exec(session.headers.getSetCookie().join('\n'))?.[1];
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `portico_csrf=${csrfCookie}`, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ email, password }),
  });
  const token = /portico_session=([^;]+)/.exec(response.headers.getSetCookie().join('\n'))?.[1];
  if (response.status !== 200 || !token) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return { cookie: `portico_session=${token}`, csrfCookie: `portico_csrf=${csrfCookie}`, csrfToken };
}

export interface BenchServer {
  engine: Engine;
  database: BenchDatabase;
  server: ServerProcess;
  /** http://127.0.0.1:port of Portico */
  url: string;
  /** The bare Fastify route, in its own process. */
  bareUrl: string;
  /** The bare process's `SELECT 1` route (PostgreSQL only: the embedded data dir belongs to the server). */
  bareDbUrl: string | null;
  /** The bare process's pid (its CPU per request is the floor of Portico's). */
  barePid: number;
  /** Cookie header of the demo owner's session. */
  ownerCookie: string;
  accounts: number;
  close(): Promise<void>;
}

/** Seeds a database, starts the compiled server on it and the bare baseline beside it, signs the owner in. */
export async function startBenchServer(
  engine: Engine,
  options: {
    accounts?: number;
    prepare?: (db: Database) => Promise<void>;
    nodeArgs?: string[];
    /** More environment for the server (e.g. Stripe's keys). */
    env?: Record<string, string>;
  } = {},
): Promise<BenchServer> {
  buildServer();
  const accounts = options.accounts ?? 10_000;
  const database = await createBenchDatabase(engine);
  const stops: (() => Promise<unknown>)[] = [() => database.drop()];
  const close = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  try {
    await seedBenchDatabase(database, { accounts, prepare: options.prepare });
    const server = await startServerProcess(database, { nodeArgs: options.nodeArgs, env: options.env });
    stops.push(server.stop);
    const bare = await startBareProcess(database.env.DATABASE_URL);
    stops.push(bare.stop);
    const owner = await signIn(server.url, 'owner@northwind.example', DEMO_PASSWORD);
    return {
      engine,
      database,
      server,
      url: server.url,
      bareUrl: bare.url,
      bareDbUrl: bare.dbUrl,
      barePid: bare.pid,
      ownerCookie: owner.cookie,
      accounts,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Checks a URL answers 200 with the expected shape before it is measured: a benchmark of 401s proves nothing. */
export async function expectOk(url: string, headers: Record<string, string>, check: (body: unknown) => boolean) {
  const response = await fetch(url, { headers });
  const body: unknown = await response.json();
  if (response.status !== 200 || !check(body))
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
}

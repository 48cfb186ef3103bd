import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { buildApp, type PorticoApp } from '../../src/server/app.ts';
import { loadConfig, type Config } from '../../src/server/config.ts';
import type { Clock } from '../../src/server/platform/clock.ts';
import type { AppContext } from '../../src/server/platform/context.ts';
import { openDatabase, quoteIdentifier, type Database } from '../../src/server/platform/db/index.ts';
import { createContext } from '../../src/server/platform/start.ts';
import { conversationRuntimeOf } from '../../src/server/modules/conversations/index.ts';
import { seedDemo, type DemoCredentials } from '../../src/server/seed/demo.ts';
import { HttpClient } from './http-client.ts';
import { migratedTemplateDatabase, openMigratedEmbedded } from './migrated-template.ts';

export type Engine = 'embedded' | 'postgres';
export const engine: Engine = process.env.PORTICO_TEST_ENGINE === 'postgres' ? 'postgres' : 'embedded';

/** A clock tests move forward to cross timeouts and expiries without waiting. */
export class MovableClock implements Clock {
  private offsetMs = 0;
  now() {
    return new Date(Date.now() + this.offsetMs);
  }
  advanceMinutes(minutes: number) {
    this.offsetMs += minutes * 60_000;
  }
}

/**
 * A throwaway database: in-memory PGlite (or on disk in `dataDir`, as in production), or on the PostgreSQL server at
 * TEST_DATABASE_URL (DATABASE_URL as a fallback, for benchmarks) a database of its own per caller, so one test
 * file's long transactions (a demo seed takes seconds on a loaded machine) never hold back another file's live
 * events (which wait for the database's oldest open write transaction, see realtime/events.ts). With
 * `schemaPrefix` (benchmarks, large seeds), a fresh schema in the server's database instead. `drop()` removes it.
 * `migrated`: start from a copy of a migrated database (migrated-template.ts) instead of an empty one.
 */
export async function openTestDatabase(
  which: Engine = engine,
  options: { dataDir?: string; schemaPrefix?: string; migrated?: boolean } = {},
): Promise<{ db: Database; drop(): Promise<void>; url: string | null }> {
  if (which === 'embedded') {
    const db =
      options.migrated && options.dataDir === undefined
        ? await openMigratedEmbedded()
        : await openDatabase({ engine: 'embedded', dataDir: options.dataDir ?? null });
    return { db, drop: () => db.close(), url: null };
  }
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error('The postgres engine needs TEST_DATABASE_URL');
  const name = `${options.schemaPrefix ?? 'portico_test'}_${randomBytes(6).toString('hex')}`;
  if (options.schemaPrefix) {
    const db = await openDatabase({ engine: 'postgres', url, schema: name, poolSize: 10 });
    return {
      db,
      url,
      async drop() {
        await db.query(`DROP SCHEMA ${quoteIdentifier(name)} CASCADE`);
        await db.close();
      },
    };
  }
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const template = options.migrated ? ` TEMPLATE ${quoteIdentifier(await migratedTemplateDatabase(url))}` : '';
    await admin.query(`CREATE DATABASE ${quoteIdentifier(name)}${template}`);
  } finally {
    await admin.end();
  }
  const own = new URL(url);
  own.pathname = `/${name}`;
  const db = await openDatabase({ engine: 'postgres', url: own.toString(), poolSize: 5 });
  return {
    db,
    url: own.toString(),
    async drop() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

export interface TestPortal extends PorticoApp {
  ctx: AppContext;
  clock: MovableClock;
  demo: DemoCredentials;
  config: Config;
  /** PostgreSQL: the URL of this portal's own database (for a second process on it); embedded: null. */
  databaseUrl: string | null;
  /** A client with its own cookie jar, like one browser. */
  client(): HttpClient;
  /** A client already signed in (password sign-in; the account must not need 2FA). */
  signedIn(email: string, password?: string): Promise<HttpClient>;
  close(): Promise<void>;
}

/** Starts Portico on a fresh database of the engine under test, seeded with the Northwind demo. */
export async function startPortal(
  env: Record<string, string> = {},
  options: { database?: () => Promise<{ db: Database; drop(): Promise<void>; url?: string | null }> } = {},
): Promise<TestPortal> {
  const dataDir = mkdtempSync(join(tmpdir(), 'portico-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    SECRET: 'test-secret-test-secret-test-secret-0',
    DATA_DIR: dataDir,
    BASE_URL: 'http://portico.test',
    // Upload budgets are tested on their own (upload-limits.test.ts); other tests upload as fast as they like.
    UPLOADS_PER_MINUTE_PER_USER: '100000',
    UPLOADS_PER_MINUTE_PER_ACCOUNT: '100000',
    ...env,
  });
  const {
    db,
    drop,
    url: databaseUrl = null,
  } = await (options.database ?? (() => openTestDatabase(engine, { migrated: true })))();
  const clock = new MovableClock();
  const ctx = await createContext(config, db, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), clock);
  const demo = await seedDemo(ctx);
  const portico = await buildApp(ctx, { webRoot: null });
  // Mail is queued (jobs) and often queued by background work: tests that wait for "everything done" before
  // reading sent mail await background.idle(), which here also drains the job queue (and what it started).
  const backgroundIdle = ctx.background.idle.bind(ctx.background);
  ctx.background.idle = async () => {
    await backgroundIdle();
    await conversationRuntimeOf(ctx)?.jobs.drain();
    await backgroundIdle();
  };
  return {
    ...portico,
    ctx,
    clock,
    demo,
    config,
    databaseUrl,
    client: () => new HttpClient(portico.app),
    async signedIn(email, password = demo.password) {
      const client = new HttpClient(portico.app);
      const response = await client.post('/api/v1/auth/sign-in', { email, password });
      if (response.statusCode !== 200)
        throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
      return client;
    },
    async close() {
      await portico.app.close();
      await ctx.background.idle();
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Ids of demo objects, looked up by name. */
export async function idOf(db: Database, table: 'accounts' | 'segments', name: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM ${table} WHERE name = $1`, [name]);
  if (!rows[0]) throw new Error(`no ${table} named ${name}`);
  return rows[0].id;
}

export async function userIdOf(db: Database, email: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM users WHERE lower(email) = lower($1)', [email]);
  if (!rows[0]) throw new Error(`no user ${email}`);
  return rows[0].id;
}

/**
 * The last mail sent to an address as it was sent, after background work (reset and magic-link mail) has finished
 * and the mail queue has been drained (background.idle() drains it, see startPortal).
 * The outbox stores secrets redacted; the development driver keeps the mail as sent beside it (`unredacted`).
 */
export async function lastMailTo(portal: TestPortal, to: string, options: { containing?: string } = {}) {
  await portal.ctx.background.idle();
  const { rows } = await portal.ctx.db.query<{ subject: string; text_body: string; html_body: string }>(
    `SELECT subject, COALESCE(unredacted->>'text', text_body) AS text_body, COALESCE(unredacted->>'html', html_body) AS html_body
       FROM mail_messages WHERE to_address = $1 AND strpos(COALESCE(unredacted->>'text', text_body), $2) > 0
      ORDER BY created_at DESC, id DESC LIMIT 1`,
    [to, options.containing ?? ''],
  );
  return rows[0] ?? null;
}

/**
 * The token of the last mail to an address that carries a link with one. Mail goes out through queued jobs that
 * run side by side, so a notice queued just before (say, "your password was reset") may be stored after the link.
 */
export async function tokenMailedTo(portal: TestPortal, to: string): Promise<string> {
  const mail = await lastMailTo(portal, to, { containing: '#token=' });
  if (!mail) throw new Error(`no mail with a token link to ${to}`);
  return tokenFromMail(mail.text_body);
}

/** The token from the link in a mail: links carry it in the fragment (#token=...). */
export function tokenFromMail(text: string): string {
  const match = /#token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no token link in mail: ${text}`);
  return match[1];
}

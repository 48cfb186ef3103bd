import pg from 'pg';
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { startEmbeddedServer, type EmbeddedServer } from './embedded.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { isDatabaseUnavailable } from './unavailable.ts';
import { currentCommitMarker } from './commit-marker.ts';
import type { EmbeddedOrigin } from './pglite-template.ts';

/** Anything that runs SQL: the database itself, or one transaction. Repositories take this. */
export interface Queryable {
  query<Row extends object = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<{ rows: Row[]; rowCount: number | null }>;
  /**
   * Runs fn once the current work is durable: after COMMIT inside a transaction (never on rollback),
   * at once outside one (each statement commits by itself). For caches that must not outlive a change.
   */
  afterCommit(fn: () => void): void;
}

export interface QueryOptions {
  /**
   * Run as a named prepared statement (the name is a hash of the text), so each connection parses it once and
   * PostgreSQL may keep a generic plan instead of planning a long statement on every call (the ticket queue spent
   * 6 ms planning). For hot statements whose text takes few shapes: every distinct text stays prepared on every
   * connection of the pool for its lifetime.
   */
  prepare?: boolean;
  /**
   * Prepared, and always run with the generic plan (`plan_cache_mode = force_generic_plan` around it). PostgreSQL
   * keeps planning a prepared statement anew on every call when the generic plan's estimate exceeds the custom
   * plans', even if both do the same work: knowledge-base search for staff (whose audience rule folds away in a
   * custom plan, making its estimate lower) spent 3-4 ms of its 6 planning a statement it then ran in 1.5. Two
   * round trips (SET, RESET) cost far less. Only for statements whose generic plan is known to be good.
   */
  genericPlan?: boolean;
}

/** The pg query config of a statement, named when `options.prepare` asks for it. */
function queryConfig(sql: string, params: readonly unknown[] | undefined, options: QueryOptions | undefined) {
  const config: pg.QueryConfig = { text: sql, values: params as unknown[] | undefined };
  if (options?.prepare || options?.genericPlan) config.name = `p_${createHash('sha1').update(sql).digest('base64url')}`;
  return config;
}

export interface Database extends Queryable {
  readonly engine: 'embedded' | 'postgres';
  /**
   * Runs fn in one transaction on one connection; rolls back if it throws. Never use the outer db inside.
   * `unbounded`: no statement timeout (migrations and maintenance, which may rightly run for minutes).
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: { unbounded?: boolean }): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** Opens a dedicated connection (for LISTEN), named for pg_stat_activity; the caller ends it. PostgreSQL server only. */
  connectDedicated?(applicationName?: string): Promise<pg.Client>;
  /**
   * Embedded only: keeps a copy of this database's files at `path`, which a later `openDatabase({ template })`
   * starts from instead of an empty database. The test harness keeps a migrated database this way, so each test
   * file skips the migrations. Call it with no transaction open.
   */
  saveAsTemplate?(path: string): Promise<void>;
  /**
   * Embedded only: how the database came to be at this open (it existed; or it was made now from the migrated
   * template, the initdb template or initdb), and the migrated template asked for (`migratedTemplate`), which
   * `keepMigratedTemplate` (migrated-template.ts) fills after the first migration of a database made from nothing.
   */
  origin?: { made: EmbeddedOrigin; migratedTemplate: string | null };
}

/**
 * Bounds on waiting for a PostgreSQL server: `connectMs` for a connection (a new one, or a free one from a busy
 * pool), `idleMs` before an unused pooled connection is closed, `statementMs` for one statement (enforced by the
 * server, and by the client a little later in case the server or the network hangs). Without them a hung
 * database makes every request wait for ever.
 */
export interface DatabaseTimeouts {
  connectMs: number;
  idleMs: number;
  statementMs: number;
}

/** Where a dropped connection is reported (the process carries on: the pool replaces it, requests get 503). */
export interface ConnectionErrorLogger {
  warn(fields: Record<string, unknown>, message: string): void;
}

export type DatabaseOptions =
  | {
      engine: 'postgres';
      url: string;
      schema?: string;
      poolSize?: number;
      timeouts?: DatabaseTimeouts;
      logger?: ConnectionErrorLogger;
    }
  | {
      engine: 'embedded';
      dataDir: string | null;
      /** The initdb template file (pglite-template.ts); default: this install's cache. Tests give their own. */
      template?: string | null;
      /**
       * A migrated template (pglite-template.ts) to make a new database from, when it exists and is whole; none by
       * default: a restore, for one, rebuilds its backup's own schema on an empty database.
       */
      migratedTemplate?: string | null;
    };

/** How much later than the server's statement_timeout the client gives up on an answer (a hung network). */
const CLIENT_TIMEOUT_MARGIN_MS = 5_000;
/** The client-side bound of an unbounded transaction's statements: a day, i.e. none that matters. */
const UNBOUNDED_MS = 24 * 3_600_000;
/** Marks the async work running inside `transaction()`; `open` turns false at its end (background work started
 * inside outlives it). */
const transactionScope = new AsyncLocalStorage<{ open: boolean }>();

/**
 * True while the caller runs inside an open `transaction()` callback. Work that goes through the outer pool (rate
 * limits) checks it: on the embedded engine the pool has one connection, which that transaction holds.
 */
export function insideTransaction(): boolean {
  return transactionScope.getStore()?.open ?? false;
}

// Counts and sums come back as strings for bigint; we cast to int in SQL where a number is meant.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

/**
 * One statement on a pooled connection with `plan_cache_mode = force_generic_plan` (QueryOptions.genericPlan),
 * reset before the connection goes back: no other statement of the pool runs under it. A connection whose reset
 * failed is discarded rather than reused with the setting.
 */
async function genericPlanQuery(pool: pg.Pool, config: pg.QueryConfig) {
  const client = await pool.connect();
  // Checked out, the client has no 'error' listener of the pool's (see transaction()): a dropped connection must
  // not end the process; the failure reaches us through the query.
  const onConnectionError = () => undefined;
  client.on('error', onConnectionError);
  let resetFailure: Error | undefined;
  try {
    await client.query('SET plan_cache_mode = force_generic_plan');
    const result = await client.query(config);
    return { rows: result.rows, rowCount: result.rowCount };
  } finally {
    // Outside a transaction a failed statement leaves the session usable: the reset runs whatever happened.
    await client.query('RESET plan_cache_mode').catch((error: unknown) => {
      resetFailure = error instanceof Error ? error : new Error(String(error));
    });
    client.removeListener('error', onConnectionError);
    client.release(resetFailure);
  }
}

function wrapPool(
  pool: pg.Pool,
  engine: Database['engine'],
  onClose: () => Promise<void>,
  statementTimeoutMs: number | null,
  logger: ConnectionErrorLogger | null = null,
): Database {
  let pinging: Promise<void> | null = null;
  return {
    engine,
    async query(sql, params, options) {
      if (options?.genericPlan) return genericPlanQuery(pool, queryConfig(sql, params, options));
      const result = await pool.query(queryConfig(sql, params, options));
      return { rows: result.rows, rowCount: result.rowCount };
    },
    afterCommit(fn) {
      fn();
    },
    async transaction(fn, options = {}) {
      const client = await pool.connect();
      // A checked-out client has no listener of the pool's: a connection dropped mid-transaction would emit an
      // unhandled 'error' and end the process. The failure reaches the transaction through its next query.
      const onConnectionError = (error: Error) => {
        logger?.warn({ err: error }, 'database connection lost during a transaction');
      };
      client.on('error', onConnectionError);
      const committed: (() => void)[] = [];
      const unbounded = options.unbounded === true && statementTimeoutMs !== null;
      let failure: unknown;
      const scope = { open: true };
      try {
        await client.query('BEGIN');
        if (unbounded) await client.query('SET LOCAL statement_timeout = 0');
        const tx: Queryable = {
          async query(sql, params, options) {
            // The transaction's own connection: SET LOCAL, then back to the session's setting for what follows.
            if (options?.genericPlan) await client.query('SET LOCAL plan_cache_mode = force_generic_plan');
            try {
              const result = unbounded
                ? // pg honours a per-query query_timeout (client.js) that its types do not declare.
                  await client.query({ text: sql, values: params, query_timeout: UNBOUNDED_MS } as pg.QueryConfig)
                : await client.query(queryConfig(sql, params, options));
              return { rows: result.rows, rowCount: result.rowCount };
            } finally {
              if (options?.genericPlan) await client.query('SET LOCAL plan_cache_mode TO DEFAULT');
            }
          },
          afterCommit(callback) {
            committed.push(callback);
          },
        };
        const value = await transactionScope.run(scope, () => fn(tx));
        scope.open = false;
        await currentCommitMarker()?.(tx);
        await client.query('COMMIT');
        for (const callback of committed) callback();
        return value;
      } catch (error) {
        failure = error;
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        scope.open = false;
        client.removeListener('error', onConnectionError);
        // A connection that timed out or dropped may still have a statement in flight: the pool discards it.
        client.release(isDatabaseUnavailable(failure) ? (failure as Error) : undefined);
      }
    },
    ping() {
      // Shared by concurrent callers (health probes): one SELECT 1 in flight at a time.
      pinging ??= pool.query('SELECT 1').then(
        () => {
          pinging = null;
        },
        (error: unknown) => {
          pinging = null;
          throw error;
        },
      );
      return pinging;
    },
    async close() {
      await pool.end();
      await onClose();
    },
  };
}

export function quoteIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe identifier: ${name}`);
  return `"${name}"`;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.engine === 'postgres') {
    const timeouts = options.timeouts;
    const serverOptions = [
      // A private schema per test run keeps parallel runs on one server apart.
      options.schema ? `-c search_path=${quoteIdentifier(options.schema)}` : '',
      timeouts ? `-c statement_timeout=${timeouts.statementMs}` : '',
    ].filter(Boolean);
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      options: serverOptions.length ? serverOptions.join(' ') : undefined,
      ...(timeouts
        ? {
            connectionTimeoutMillis: timeouts.connectMs,
            idleTimeoutMillis: timeouts.idleMs,
            query_timeout: timeouts.statementMs + CLIENT_TIMEOUT_MARGIN_MS,
          }
        : {}),
    });
    const logger = options.logger ?? null;
    // An idle pooled connection dropped (server restart, network): the pool discards it and opens another.
    pool.on('error', (error) => logger?.warn({ err: error }, 'idle database connection lost; the pool replaces it'));
    if (options.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(options.schema)}`);
    const database = wrapPool(pool, 'postgres', async () => undefined, timeouts?.statementMs ?? null, logger);
    const schema = options.schema;
    database.connectDedicated = async (applicationName) => {
      const client = new pg.Client({
        connectionString: options.url,
        application_name: applicationName,
        options: schema ? `-c search_path=${quoteIdentifier(schema)}` : undefined,
      });
      await client.connect();
      return client;
    };
    return database;
  }

  const dataDir = options.dataDir === null ? null : resolve(options.dataDir);
  const releaseLock = dataDir === null ? () => undefined : lockDataDir(dataDir);
  let server: EmbeddedServer;
  try {
    server = await startEmbeddedServer(dataDir === null ? null : join(dataDir, 'pg'), {
      initdb: options.template,
      migrated: options.migratedTemplate,
    });
  } catch (error) {
    releaseLock();
    throw error;
  }
  // Pool of one to match the single PGlite session: concurrent transactions wait their turn instead of
  // interleaving. idleTimeoutMillis 0 keeps that one connection open.
  const pool = new pg.Pool({
    host: server.socketDir,
    port: server.port,
    user: 'postgres',
    database: 'postgres',
    max: 1,
    idleTimeoutMillis: 0,
  });
  pool.on('error', () => undefined);
  // PGlite is one session that outlives a wire connection: statements prepared by a connection the pool dropped
  // are still there, and the next connection's first Parse of the same name would fail. Each connection starts
  // from none (queued before any query the pool hands it).
  pool.on('connect', (client) => {
    client.query('DEALLOCATE ALL').catch(() => undefined);
  });
  // No statement timeout here: PGlite ignores statement_timeout (it has no timer interrupts: `SET statement_timeout
  // = 100; SELECT pg_sleep(1)` runs the full second), runs one statement at a time in this process's worker, and
  // cannot be hung by a network. Hot requests avoid it instead (session and settings caches); reports stay short.
  const database = wrapPool(
    pool,
    'embedded',
    async () => {
      await server.stop();
      releaseLock();
    },
    null,
  );
  // Readiness tells the truth: a real SELECT 1, which waits behind whatever holds the one connection (a long
  // report), so `/readyz` turns 503 when requests needing the database would wait too. One ping at a time is in
  // flight, shared by every caller, so probes during a long statement do not pile up behind it.
  const query = database.ping;
  database.ping = () => {
    if (!server.alive()) return Promise.reject(new Error('The embedded database worker has stopped'));
    return query();
  };
  database.saveAsTemplate = (path) => server.saveAsTemplate(path);
  database.origin = { made: server.origin, migratedTemplate: options.migratedTemplate ?? null };
  return database;
}

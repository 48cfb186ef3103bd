import pg from 'pg';
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { startEmbeddedServer, type EmbeddedServer } from './embedded.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { isDatabaseUnavailable } from './unavailable.ts';
import { currentCommitMarker } from './commit-marker.ts';

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
}

/** The pg query config of a statement, named when `options.prepare` asks for it. */
function queryConfig(sql: string, params: readonly unknown[] | undefined, options: QueryOptions | undefined) {
  const config: pg.QueryConfig = { text: sql, values: params as unknown[] | undefined };
  if (options?.prepare) config.name = `p_${createHash('sha1').update(sql).digest('base64url')}`;
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

export type DatabaseOptions =
  | { engine: 'postgres'; url: string; schema?: string; poolSize?: number; timeouts?: DatabaseTimeouts }
  | { engine: 'embedded'; dataDir: string | null };

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

function wrapPool(
  pool: pg.Pool,
  engine: Database['engine'],
  onClose: () => Promise<void>,
  statementTimeoutMs: number | null,
): Database {
  return {
    engine,
    async query(sql, params, options) {
      const result = await pool.query(queryConfig(sql, params, options));
      return { rows: result.rows, rowCount: result.rowCount };
    },
    afterCommit(fn) {
      fn();
    },
    async transaction(fn, options = {}) {
      const client = await pool.connect();
      const committed: (() => void)[] = [];
      const unbounded = options.unbounded === true && statementTimeoutMs !== null;
      let failure: unknown;
      const scope = { open: true };
      try {
        await client.query('BEGIN');
        if (unbounded) await client.query('SET LOCAL statement_timeout = 0');
        const tx: Queryable = {
          async query(sql, params, options) {
            const result = unbounded
              ? // pg honours a per-query query_timeout (client.js) that its types do not declare.
                await client.query({ text: sql, values: params, query_timeout: UNBOUNDED_MS } as pg.QueryConfig)
              : await client.query(queryConfig(sql, params, options));
            return { rows: result.rows, rowCount: result.rowCount };
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
        // A connection that timed out or dropped may still have a statement in flight: the pool discards it.
        client.release(isDatabaseUnavailable(failure) ? (failure as Error) : undefined);
      }
    },
    async ping() {
      await pool.query('SELECT 1');
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
    pool.on('error', () => undefined); // an idle client dropped by the server; the pool replaces it
    if (options.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(options.schema)}`);
    const database = wrapPool(pool, 'postgres', async () => undefined, timeouts?.statementMs ?? null);
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
    server = await startEmbeddedServer(dataDir === null ? null : join(dataDir, 'pg'));
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
  // No statement timeout here: PGlite runs one statement at a time in this process's worker, and cannot be
  // hung by a network; a long statement is bounded by design (see docs/OPERATIONS.md), not cancelled.
  const database = wrapPool(
    pool,
    'embedded',
    async () => {
      await server.stop();
      releaseLock();
    },
    null,
  );
  // The single connection may be busy with a long report: that is not "unreachable". Readiness asks the
  // worker thread instead of queueing a SELECT 1 behind the report.
  database.ping = async () => {
    if (!server.alive()) throw new Error('The embedded database worker has stopped');
    if (pool.totalCount > 0 && pool.idleCount === 0) return;
    await pool.query('SELECT 1');
  };
  return database;
}

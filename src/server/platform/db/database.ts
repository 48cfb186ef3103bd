import pg from 'pg';
import { join, resolve } from 'node:path';
import { startEmbeddedServer, type EmbeddedServer } from './embedded.ts';
import { lockDataDir } from './data-dir-lock.ts';

/** Anything that runs SQL: the database itself, or one transaction. Repositories take this. */
export interface Queryable {
  query<Row extends object = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<{ rows: Row[]; rowCount: number | null }>;
  /**
   * Runs fn once the current work is durable: after COMMIT inside a transaction (never on rollback),
   * at once outside one (each statement commits by itself). For caches that must not outlive a change.
   */
  afterCommit(fn: () => void): void;
}

export interface Database extends Queryable {
  readonly engine: 'embedded' | 'postgres';
  /** Runs fn in one transaction on one connection; rolls back if it throws. Never use the outer db inside. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** Opens a dedicated connection (for LISTEN), named for pg_stat_activity; the caller ends it. PostgreSQL server only. */
  connectDedicated?(applicationName?: string): Promise<pg.Client>;
}

export type DatabaseOptions =
  | { engine: 'postgres'; url: string; schema?: string; poolSize?: number }
  | { engine: 'embedded'; dataDir: string | null };

// Counts and sums come back as strings for bigint; we cast to int in SQL where a number is meant.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

function wrapPool(pool: pg.Pool, engine: Database['engine'], onClose: () => Promise<void>): Database {
  return {
    engine,
    async query(sql, params) {
      const result = await pool.query(sql, params as unknown[] | undefined);
      return { rows: result.rows, rowCount: result.rowCount };
    },
    afterCommit(fn) {
      fn();
    },
    async transaction(fn) {
      const client = await pool.connect();
      const committed: (() => void)[] = [];
      try {
        await client.query('BEGIN');
        const tx: Queryable = {
          async query(sql, params) {
            const result = await client.query(sql, params as unknown[] | undefined);
            return { rows: result.rows, rowCount: result.rowCount };
          },
          afterCommit(callback) {
            committed.push(callback);
          },
        };
        const value = await fn(tx);
        await client.query('COMMIT');
        for (const callback of committed) callback();
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
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
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      // A private schema per test run keeps parallel runs on one server apart.
      options: options.schema ? `-c search_path=${quoteIdentifier(options.schema)}` : undefined,
    });
    pool.on('error', () => undefined); // an idle client dropped by the server; the pool replaces it
    if (options.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(options.schema)}`);
    const database = wrapPool(pool, 'postgres', async () => undefined);
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
  const database = wrapPool(pool, 'embedded', async () => {
    await server.stop();
    releaseLock();
  });
  // The single connection may be busy with a long report: that is not "unreachable". Readiness asks the
  // worker thread instead of queueing a SELECT 1 behind the report.
  database.ping = async () => {
    if (!server.alive()) throw new Error('The embedded database worker has stopped');
    if (pool.totalCount > 0 && pool.idleCount === 0) return;
    await pool.query('SELECT 1');
  };
  return database;
}

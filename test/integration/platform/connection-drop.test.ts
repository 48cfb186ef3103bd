// A PostgreSQL connection dropped while a transaction holds it (a server restart, a failover, a cut network) fails
// that transaction with an "unavailable" error (503 for a request) and is logged; it must not end the process,
// which is what an 'error' event on a checked-out pg client without a listener does. Driven through a real TCP
// proxy in front of the server; the process-level test is test/fault/database-drop.test.ts.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isDatabaseUnavailable,
  openDatabase,
  quoteIdentifier,
  type Database,
} from '../../../src/server/platform/db/index.ts';
import { engine } from '../../support/harness.ts';
import { startTcpProxy, type TcpProxy } from '../../support/tcp-proxy.ts';

function gate() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe.skipIf(engine !== 'postgres')('a database connection dropped mid-transaction', () => {
  let proxy: TcpProxy;
  let db: Database;
  const schema = `portico_drop_${randomBytes(6).toString('hex')}`;
  const warnings: string[] = [];

  beforeAll(async () => {
    const target = new URL(process.env.TEST_DATABASE_URL!);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    const proxied = new URL(target);
    proxied.port = String(proxy.port);
    db = await openDatabase({
      engine: 'postgres',
      url: proxied.toString(),
      schema,
      poolSize: 3,
      timeouts: { connectMs: 2_000, idleMs: 30_000, statementMs: 5_000 },
      logger: { warn: (_fields, message) => void warnings.push(message) },
    });
  });
  afterAll(async () => {
    await db.close();
    await proxy.close();
    const direct = await openDatabase({ engine: 'postgres', url: process.env.TEST_DATABASE_URL! });
    await direct.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schema)} CASCADE`);
    await direct.close();
  });

  it('fails the transaction as unavailable, logs, keeps the process, and the pool serves again', async () => {
    const inside = gate();
    const letGo = gate();
    const transaction = db.transaction(async (tx) => {
      await tx.query('SELECT 1');
      inside.open();
      await letGo.promise;
      await tx.query('SELECT 2');
    });
    const idle = db.query('SELECT 3'); // and an idle pooled connection beside it
    await inside.promise;
    await idle;
    await proxy.restore(); // drops every connection; new ones go through
    letGo.open();
    const error = await transaction.then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(isDatabaseUnavailable(error), String(error)).toBe(true);
    expect(warnings).toContain('database connection lost during a transaction');
    expect((await db.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    expect(await db.transaction(async (tx) => (await tx.query<{ two: number }>('SELECT 2 AS two')).rows)).toEqual([
      { two: 2 },
    ]);
  });
});

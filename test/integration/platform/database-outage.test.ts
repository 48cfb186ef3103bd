// The database goes down or hangs under a running Portico: every request that needs it answers 503
// problem+json with Retry-After (never a 500, never an endless wait), /readyz says 503, and service comes back
// by itself when the database does. Driven through a real TCP proxy in front of the PostgreSQL server.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, quoteIdentifier } from '../../../src/server/platform/db/index.ts';
import { engine, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { startTcpProxy, type TcpProxy } from '../../support/tcp-proxy.ts';
import { expectProblem } from './problem-assertions.ts';

describe.skipIf(engine !== 'postgres')('a PostgreSQL outage', () => {
  let proxy: TcpProxy;
  let portal: TestPortal;
  let owner: HttpClient;

  beforeAll(async () => {
    const target = new URL(process.env.TEST_DATABASE_URL!);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    const proxied = new URL(target);
    proxied.port = String(proxy.port);
    const schema = `portico_outage_${randomBytes(6).toString('hex')}`;
    portal = await startPortal(
      {},
      {
        database: async () => {
          const db = await openDatabase({
            engine: 'postgres',
            url: proxied.toString(),
            schema,
            poolSize: 4,
            timeouts: { connectMs: 1_000, idleMs: 5_000, statementMs: 1_000 },
          });
          return {
            db,
            async drop() {
              await db.close();
              const direct = await openDatabase({ engine: 'postgres', url: target.toString() });
              await direct.query(`DROP SCHEMA ${quoteIdentifier(schema)} CASCADE`);
              await direct.close();
            },
          };
        },
      },
    );
    owner = await portal.signedIn('owner@northwind.example');
  });
  afterAll(async () => {
    await portal.close();
    await proxy.close();
  });

  function expectUnavailable(response: Awaited<ReturnType<HttpClient['get']>>) {
    const problem = expectProblem(response, 503);
    expect(problem.code).toBe('database_unavailable');
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  }

  async function untilServing() {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const response = await owner.get('/api/v1/accounts');
      if (response.statusCode === 200) return;
      if (Date.now() > deadline) throw new Error(`still ${response.statusCode} after the database came back`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('down: 503 with Retry-After for reads, writes and sign-in; /readyz 503; back by itself', async () => {
    expect((await owner.get('/api/v1/accounts')).statusCode).toBe(200);
    const visitor = portal.client();
    await visitor.csrfToken(); // fetched while the database is up, as a browser holding the page has it
    await owner.csrfToken();
    await proxy.cut();

    expectUnavailable(await owner.get('/api/v1/accounts'));
    expectUnavailable(await owner.post('/api/v1/accounts', { name: 'During the outage', segmentId: 'x' }));
    expectUnavailable(
      await visitor.post('/api/v1/auth/sign-in', { email: 'alice@acme.example', password: 'whatever-123' }),
    );
    expect((await portal.client().get('/readyz')).statusCode).toBe(503);

    await proxy.restore();
    await untilServing();
    // Readiness comes back too, once the LISTEN connections have reconnected (they retry with a backoff).
    const deadline = Date.now() + 60_000;
    while ((await portal.client().get('/readyz')).statusCode !== 200) {
      if (Date.now() > deadline) throw new Error('/readyz stayed 503 after the database came back');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  it('hung: requests end with 503 after the configured timeouts instead of waiting', async () => {
    proxy.stall();
    expectUnavailable(await owner.get('/api/v1/accounts'));
    expect((await portal.client().get('/readyz')).statusCode).toBe(503);
    await proxy.restore();
    await untilServing();
  });
});

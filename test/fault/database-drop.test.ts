// A real Portico process on PostgreSQL behind a TCP proxy: every database connection is dropped (pooled ones idle
// and in a transaction, the LISTEN connections), while requests are in flight. The process must stay up, say 503
// on /readyz while the database is gone, come back to 200 by itself, and serve requests again. Needs
// TEST_DATABASE_URL (the embedded engine has no network connection to drop).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessClient } from '../support/portico-process.ts';
import { spawnPortico, waitFor, type PorticoProcess } from '../support/process.ts';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.ts';

const DEMO_PASSWORD = 'northwind-demo-2026';
const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('PostgreSQL connections dropped under a running process', () => {
  let server: PorticoProcess;
  let proxy: TcpProxy;
  let cleanup: () => Promise<void>;
  let directUrl: string;
  const lockers: pg.Client[] = [];

  beforeAll(async () => {
    const database = `portico_drop_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const target = new URL(url!);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    const proxied = new URL(target);
    proxied.port = String(proxy.port);
    proxied.pathname = `/${database}`;
    const direct = new URL(target);
    direct.pathname = `/${database}`;
    directUrl = direct.toString();
    const dataDir = mkdtempSync(join(tmpdir(), 'portico-drop-'));
    server = await spawnPortico({
      DATA_DIR: dataDir,
      DATABASE_URL: proxied.toString(),
      SECRET: 'drop-test-secret-drop-test-secret-000',
      DATABASE_CONNECT_TIMEOUT_MS: '2000',
      DATABASE_STATEMENT_TIMEOUT_MS: '5000',
      MESSAGES_PER_MINUTE: '100000',
      UPLOADS_PER_MINUTE_PER_USER: '100000',
      UPLOADS_PER_MINUTE_PER_ACCOUNT: '100000',
    });
    cleanup = async () => {
      for (const locker of lockers) await locker.end().catch(() => undefined);
      server.kill('SIGTERM');
      await server.exited;
      await proxy.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await client.end();
      rmSync(dataDir, { recursive: true, force: true });
    };
  });
  afterAll(async () => {
    await cleanup?.();
  });

  const readyz = async () => (await fetch(`${server.baseUrl}/readyz`)).status;

  it('drop every connection under load, a transaction among them: the process stays up, /readyz 503 then 200', async () => {
    const owner = await ProcessClient.signedIn(server.baseUrl, 'owner@northwind.example', DEMO_PASSWORD);
    const accounts = (await owner.request('GET', '/api/v1/accounts?limit=200')).json<{
      items: { id: string; name: string }[];
    }>();
    const acme = accounts.items.find((account) => account.name === 'Acme Manufacturing')!.id;
    const first = await owner.request('POST', `/api/v1/accounts/${acme}/documents?name=held.bin`, randomBytes(1024));
    const heldId = first.json<{ document: { id: string } }>().document.id;
    expect(await readyz()).toBe(200);

    for (const how of ['cut', 'reset'] as const) {
      // Load that holds connections (reads, upload transactions) when the drop comes.
      let stop = false;
      let served = 0;
      const load = [0, 1, 2].map(async (worker) => {
        for (let i = 0; !stop; i += 1) {
          const path =
            i % 2
              ? `/api/v1/accounts/${acme}/documents?name=drop-${how}-${worker}-${i}.bin`
              : `/api/v1/accounts/${acme}/documents?limit=50`;
          const response = await owner
            .request(i % 2 ? 'POST' : 'GET', path, i % 2 ? randomBytes(64 * 1024) : undefined)
            .catch(() => null);
          if (response && response.status < 300) served += 1;
        }
      });
      await waitFor('load to run', async () => (served >= 4 ? true : undefined));
      // One transaction surely open at the drop: a new version waits inside its transaction for the document's row,
      // which a session of the test (straight to the server, not through the proxy) holds locked.
      const locker = new pg.Client({ connectionString: directUrl });
      locker.on('error', () => undefined); // ended by the cleanup's DROP DATABASE if the test fails first
      lockers.push(locker);
      await locker.connect();
      await locker.query('BEGIN');
      await locker.query('SELECT id FROM documents WHERE id = $1 FOR UPDATE', [heldId]);
      const version = owner
        .request('POST', `/api/v1/documents/${heldId}/versions?name=held.bin`, randomBytes(1024))
        .catch(() => null);
      await waitFor('the version upload to wait for the row lock', async () => {
        const { rows } = await locker.query(
          "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
        );
        return rows.length ? true : undefined;
      });
      if (how === 'cut') {
        // The database is gone: every connection drops and new ones are refused.
        await proxy.cut();
        await waitFor('/readyz to say 503', async () => ((await readyz()) === 503 ? true : undefined));
        const during = await owner.request('GET', `/api/v1/accounts/${acme}/documents?limit=5`);
        expect(during.status).toBe(503);
        expect(during.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        await proxy.restore();
      } else {
        // A network blip (a failover, a proxy restart): every connection drops, new ones succeed at once.
        await proxy.restore();
      }
      await locker.query('ROLLBACK');
      await locker.end();
      expect((await version)?.status ?? 503).toBeGreaterThanOrEqual(500);
      stop = true;
      await Promise.all(load);
      expect(server.child.exitCode, server.output().slice(-4000)).toBeNull();
      await waitFor('/readyz to say 200 again', async () => ((await readyz()) === 200 ? true : undefined), 60_000);
      const after = await owner.request('GET', `/api/v1/accounts/${acme}/documents?limit=5`);
      expect(after.status, after.text).toBe(200);
      const upload = await owner.request(
        'POST',
        `/api/v1/documents/${heldId}/versions?name=held.bin`,
        randomBytes(1024),
      );
      expect(upload.status, upload.text).toBe(201);
    }
    expect(server.child.exitCode, server.output().slice(-4000)).toBeNull();
    expect(server.output()).toContain('database connection lost during a transaction');
  });
});

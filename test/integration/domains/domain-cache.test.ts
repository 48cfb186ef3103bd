import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/server/platform/db/index.ts';
import { engine, idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import { spawnPortico, waitFor, type PorticoProcess } from '../../support/process.ts';

const DOMAIN = 'clients.northwind.example';
const askAt = async (baseUrl: string) => (await fetch(`${baseUrl}/api/v1/tls/ask?domain=${DOMAIN}`)).status;

/**
 * Every process caches the segments' domains (they are read on every request that resolves its host); a change
 * made anywhere, through another process's API or by SQL, reaches the others through migration 0046's NOTIFY.
 */
describe.runIf(engine === 'postgres')('segment domains cached across two processes', { timeout: 300_000 }, () => {
  const url = process.env.TEST_DATABASE_URL ?? '';
  const schema = `portico_domains_${randomBytes(6).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'portico-domains-'));
  let admin: pg.Client;
  let a: TestPortal;
  let b: PorticoProcess;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    a = await startPortal(
      {},
      {
        database: async () => {
          const db = await openDatabase({ engine: 'postgres', url, schema, poolSize: 3 });
          return { db, drop: () => db.close() };
        },
      },
    );
    const databaseUrl = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    b = await spawnPortico({
      DATABASE_URL: databaseUrl,
      SECRET: 'domains-cache-secret-domains-cache-00',
      DATA_DIR: dataDir,
    });
  }, 300_000);
  afterAll(async () => {
    b?.kill('SIGKILL');
    await b?.exited;
    await a?.close();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a domain set through A is known to B, and one removed by SQL is forgotten by B', async () => {
    expect(await askAt(b.baseUrl)).toBe(404);
    const owner = await a.signedIn(a.demo.staffOwner);
    const clients = await idOf(a.ctx.db, 'segments', 'Clients');
    const saved = await owner.put(`/api/v1/segments/${clients}/domains`, { portalDomain: DOMAIN, helpDomain: null });
    expect(saved.statusCode).toBe(200);
    await waitFor('B to know the new domain', async () => ((await askAt(b.baseUrl)) === 200 ? true : undefined));
    await admin.query(`DELETE FROM ${schema}.segment_domains`);
    await waitFor('B to forget the removed domain', async () => ((await askAt(b.baseUrl)) === 404 ? true : undefined));
    // A dropped its own copy too (same channel).
    expect((await a.client().get(`/api/v1/tls/ask?domain=${DOMAIN}`)).statusCode).toBe(404);
  });
});

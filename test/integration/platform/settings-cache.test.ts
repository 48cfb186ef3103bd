import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/server/platform/db/index.ts';
import { engine, startPortal, type TestPortal } from '../../support/harness.ts';
import { spawnPortico, waitFor, type PorticoProcess } from '../../support/process.ts';

const brandNameAt = async (baseUrl: string) => {
  const response = await fetch(`${baseUrl}/api/v1/branding`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { name: string }).name;
};

/**
 * Settings are cached in each process until they change; a change anywhere (the API of another process, or SQL
 * behind every process's back) reaches the others through the trigger's NOTIFY (migration 0028).
 */
describe.runIf(engine === 'postgres')('settings cache across two processes', { timeout: 300_000 }, () => {
  const url = process.env.TEST_DATABASE_URL ?? '';
  const schema = `portico_settings_${randomBytes(6).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'portico-settings-'));
  let admin: pg.Client;
  let a: TestPortal;
  let b: PorticoProcess;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    // A: this test's portal (migrates and seeds the demo); B: a real process on the same schema.
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
      SECRET: 'settings-cache-secret-settings-cache-0',
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

  it('B serves branding without the database, and sees a change made by SQL once it commits', async () => {
    expect(await brandNameAt(b.baseUrl)).toBe('Northwind Advisory');
    await admin.query('BEGIN');
    try {
      // Nobody can read portal_settings until COMMIT: B answering now proves it did not ask the database.
      await admin.query(`LOCK TABLE ${schema}.portal_settings IN ACCESS EXCLUSIVE MODE`);
      await admin.query(`UPDATE ${schema}.portal_settings SET name = 'Renamed by SQL'`);
      expect(await brandNameAt(b.baseUrl)).toBe('Northwind Advisory');
      await admin.query('COMMIT');
    } catch (error) {
      await admin.query('ROLLBACK');
      throw error;
    }
    await waitFor('B to show the new name', async () =>
      (await brandNameAt(b.baseUrl)) === 'Renamed by SQL' ? true : undefined,
    );
  });

  it('a change through A reaches B, and a rolled-back one reaches nobody', async () => {
    const owner = await a.signedIn(a.demo.staffOwner);
    const changed = await owner.patch('/api/v1/portal-settings', { name: 'Renamed through A' });
    expect(changed.statusCode).toBe(200);
    await waitFor('B to show the name set through A', async () =>
      (await brandNameAt(b.baseUrl)) === 'Renamed through A' ? true : undefined,
    );
    await admin.query('BEGIN');
    await admin.query(`UPDATE ${schema}.portal_settings SET name = 'Never committed'`);
    await admin.query('ROLLBACK');
    expect(await brandNameAt(b.baseUrl)).toBe('Renamed through A');
  });
});

/**
 * The embedded engine has one connection: a long statement holds it. Requests that need no fresh data (the
 * signed-in `/me`) are served from the caches meanwhile; readiness says the database is busy instead of lying.
 */
describe.runIf(engine === 'embedded')('embedded engine while a long statement runs', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(async () => {
    await portal?.close();
  });

  it('/me answers at once and /readyz turns 503 until the statement ends', async () => {
    const owner = await portal.signedIn(portal.demo.staffOwner);
    expect((await owner.get('/api/v1/me')).statusCode).toBe(200);
    expect((await portal.client().get('/readyz')).statusCode).toBe(200);
    let finished = false;
    // The load, not a synchronisation: a statement that holds the one connection for 15 s.
    const long = portal.ctx.db.query('SELECT pg_sleep(15)').then(() => (finished = true));
    const me = await owner.get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { email: portal.demo.staffOwner } });
    const readyz = await portal.client().get('/readyz');
    // Both answered while the statement still held the connection.
    expect(finished).toBe(false);
    expect(readyz.statusCode).toBe(503);
    expect(readyz.json()).toMatchObject({ code: 'database_unreachable' });
    await long;
    expect((await portal.client().get('/readyz')).statusCode).toBe(200);
  });
});

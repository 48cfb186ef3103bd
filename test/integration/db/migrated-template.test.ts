import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  keepMigratedTemplate,
  migrate,
  migrationChecksums,
  openDatabase,
} from '../../../src/server/platform/db/index.ts';
import { engine } from '../../support/harness.ts';

// The server's new embedded database starts from a migrated template (migrated-template.ts). This file keeps its
// own template files, so the suite's shared copies are never touched; the tests run in order on them.
describe.runIf(engine === 'embedded')('the migrated database template', { timeout: 300_000 }, () => {
  let dir: string;
  let initdb: string;
  let migrated: string;
  const open = (dataDir: string | null) =>
    openDatabase({ engine: 'embedded', dataDir, template: initdb, migratedTemplate: migrated });
  const start = async (dataDir: string | null) => {
    const db = await open(dataDir);
    const { applied } = await migrate(db);
    await keepMigratedTemplate(db, applied);
    return { db, applied };
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'portico-migrated-'));
    initdb = join(dir, 'cache', 'pglite-test-initdb.tar');
    migrated = join(dir, 'cache', 'pglite-test-migrated-0123456789abcdef.tar');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is left by two first starts at once, and the next new database needs no migration', async () => {
    const stale = join(dir, 'cache', 'pglite-test-migrated-ffffffffffffffff.tar');
    const [one, two] = await Promise.all([start(join(dir, 'one')), start(join(dir, 'two'))]);
    expect(one.applied).toHaveLength(migrationChecksums().size);
    expect(two.applied).toHaveLength(migrationChecksums().size);
    await Promise.all([one.db.close(), two.db.close()]);
    expect(existsSync(migrated)).toBe(true);
    writeFileSync(stale, 'an older set of migrations');

    const next = await start(join(dir, 'next'));
    expect(next.db.origin?.made).toBe('migrated-template');
    expect(next.applied).toEqual([]);
    await next.db.query("CREATE TABLE kept (value text); INSERT INTO kept VALUES ('survives')");
    await next.db.close();
    const again = await start(join(dir, 'next'));
    expect(again.db.origin?.made).toBe('existing');
    expect((await again.db.query('SELECT value FROM kept')).rows).toEqual([{ value: 'survives' }]);
    await again.db.close();
  });

  it('carries the schema and the fixed rows migrations insert, nothing generated, with times of its own', async () => {
    const fresh = await open(null);
    // The same database made by migrating from nothing, without the template, to compare with.
    const direct = await openDatabase({ engine: 'embedded', dataDir: null, template: initdb });
    await migrate(direct);
    const copy = await start(join(dir, 'compare'));
    await fresh.close();
    const rowsOf = async (db: typeof direct) => {
      const { rows: tables } = await db.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1`,
      );
      const out: Record<string, unknown[]> = {};
      for (const { name } of tables) {
        const { rows } = await db.query(`SELECT * FROM "${name}"`);
        if (rows.length) out[name] = rows;
      }
      return out;
    };
    const made = await rowsOf(copy.db);
    const migratedHere = await rowsOf(direct);
    expect(Object.keys(made).sort()).toEqual([
      'billing_number_series',
      'billing_reminder_settings',
      'portal_settings',
      'schema_migrations',
    ]);
    const withoutTimes = (rows: Record<string, unknown[]>) =>
      JSON.parse(
        JSON.stringify(rows, (key, value: unknown) => (key === 'applied_at' || key === 'updated_at' ? 'time' : value)),
      );
    expect(withoutTimes(made)).toEqual(withoutTimes(migratedHere));
    // The times are this database's, not the template's.
    const { rows } = await copy.db.query<{ old: number }>(
      `SELECT count(*)::int AS old FROM schema_migrations WHERE applied_at < now() - interval '1 minute'`,
    );
    expect(rows[0]!.old).toBe(0);
    await Promise.all([copy.db.close(), direct.close()]);
  });

  it('is rebuilt when damaged, and the database is still made and migrated', async () => {
    const garbage = Buffer.from('not a tar archive '.repeat(100));
    writeFileSync(migrated, garbage);
    const { db, applied } = await start(join(dir, 'damaged'));
    expect(db.origin?.made).toBe('initdb-template');
    expect(applied).toHaveLength(migrationChecksums().size);
    await db.close();
    expect(readFileSync(migrated).equals(garbage)).toBe(false);
    // Another set of migrations' copy (left by the first test) goes when a new one is kept: never read again.
    expect(existsSync(join(dir, 'cache', 'pglite-test-migrated-ffffffffffffffff.tar'))).toBe(false);
    const next = await start(null);
    expect(next.db.origin?.made).toBe('migrated-template');
    await next.db.close();
  });
});

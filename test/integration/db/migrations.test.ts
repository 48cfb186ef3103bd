import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, MigrationError, MIGRATIONS_DIR, type Database } from '../../../src/server/platform/db/index.ts';
import { openTestDatabase } from '../../support/harness.ts';

describe('migrations', () => {
  let db: Database;
  let drop: () => Promise<void>;
  let dir: string;

  beforeEach(async () => {
    ({ db, drop } = await openTestDatabase());
    dir = mkdtempSync(join(tmpdir(), 'portico-migrations-'));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  });
  afterEach(async () => {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies every migration once and records its checksum', async () => {
    const first = await migrate(db, dir);
    expect(first.applied).toEqual(
      readdirSync(dir)
        .filter((name) => name.endsWith('.sql'))
        .sort(),
    );
    expect((await migrate(db, dir)).applied).toEqual([]);
    const { rows } = await db.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_migrations');
    expect(rows.map((row) => row.name)).toEqual(first.applied);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.checksum))).toBe(true);
  });

  it('refuses to start when an applied migration was edited', async () => {
    await migrate(db, dir);
    appendFileSync(join(dir, '0001_foundation.sql'), '\n-- a later edit\n');
    await expect(migrate(db, dir)).rejects.toThrow(MigrationError);
    await expect(migrate(db, dir)).rejects.toThrow(/0001_foundation\.sql was edited after it was applied/);
  });

  it('refuses a database that has a migration this code does not know (forward-only)', async () => {
    writeFileSync(join(dir, '9999_from_the_future.sql'), 'CREATE TABLE future_table (id int);');
    await migrate(db, dir);
    rmSync(join(dir, '9999_from_the_future.sql'));
    await expect(migrate(db, dir)).rejects.toThrow(/9999_from_the_future\.sql was applied .* file is missing/);
  });

  it('applies pending migrations in one transaction: a failing one leaves nothing behind', async () => {
    await migrate(db, dir);
    writeFileSync(join(dir, '9001_good.sql'), 'CREATE TABLE good_table (id int);');
    writeFileSync(join(dir, '9002_bad.sql'), 'CREATE TABLE bad_table (id int); SELECT no_such_function();');
    await expect(migrate(db, dir)).rejects.toThrow();
    const { rows } = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name IN ('good_table', 'bad_table')",
    );
    expect(rows[0]!.n).toBe(0);
    const recorded = await db.query<{ name: string }>("SELECT name FROM schema_migrations WHERE name LIKE '900%'");
    expect(recorded.rows).toEqual([]);
  });
});

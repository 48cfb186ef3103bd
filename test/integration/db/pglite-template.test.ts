import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/server/platform/db/index.ts';
import { migrate } from '../../../src/server/platform/db/migrate.ts';
import { engine } from '../../support/harness.ts';

// A new embedded database starts from a copy of an empty initialised one (pglite-template.ts) instead of initdb.
// This file has its own template file, so the suite's shared copy is never touched; the tests run in order on it
// (the first makes it, the last damages it), so initdb runs twice for the file instead of once per test.
describe.runIf(engine === 'embedded')('the embedded database template', { timeout: 180_000 }, () => {
  let dir: string;
  let template: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'portico-template-'));
    template = join(dir, 'cache', 'initdb.tar');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is left by the first new database and gives the next one an empty, working database', async () => {
    const first = await openDatabase({ engine: 'embedded', dataDir: null, template });
    expect(existsSync(template)).toBe(true);
    await first.query('CREATE TABLE only_in_first (value text)');
    await first.close();

    const second = await openDatabase({ engine: 'embedded', dataDir: null, template });
    const leaked = await second.query(`SELECT to_regclass('only_in_first') AS found`);
    expect(leaked.rows).toEqual([{ found: null }]);
    await migrate(second);
    const extensions = await second.query<{ extname: string }>('SELECT extname FROM pg_extension ORDER BY extname');
    expect(extensions.rows.map((row) => row.extname)).toEqual(expect.arrayContaining(['fuzzystrmatch', 'pg_trgm']));
    await second.close();
  });

  it('makes an on-disk database that keeps its data across a restart', async () => {
    expect(existsSync(template)).toBe(true);
    const dataDir = join(dir, 'data');
    const first = await openDatabase({ engine: 'embedded', dataDir, template });
    await first.query('CREATE TABLE kept (value text)');
    await first.query("INSERT INTO kept VALUES ('survives')");
    await first.close();
    const again = await openDatabase({ engine: 'embedded', dataDir, template });
    expect((await again.query('SELECT value FROM kept')).rows).toEqual([{ value: 'survives' }]);
    await again.close();
  });

  it('is replaced when damaged, and the database still opens', async () => {
    expect(existsSync(template)).toBe(true);
    const garbage = Buffer.from('not a tar archive '.repeat(100));
    writeFileSync(template, garbage);

    const db = await openDatabase({ engine: 'embedded', dataDir: join(dir, 'damaged'), template });
    await db.query('CREATE TABLE works (value int)');
    await db.query('INSERT INTO works VALUES (1)');
    expect((await db.query('SELECT value FROM works')).rows).toEqual([{ value: 1 }]);
    await db.close();
    expect(readFileSync(template).equals(garbage)).toBe(false);
    const next = await openDatabase({ engine: 'embedded', dataDir: null, template });
    expect((await next.query(`SELECT to_regclass('works') AS found`)).rows).toEqual([{ found: null }]);
    await next.close();
  });
});

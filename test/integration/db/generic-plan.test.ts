import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, type Database } from '../../../src/server/platform/db/index.ts';
import { engine, openTestDatabase } from '../../support/harness.ts';

// QueryOptions.genericPlan: the statement runs prepared under `plan_cache_mode = force_generic_plan`, and no other
// statement does (the setting never stays on a pooled connection, nor for the rest of a transaction).
describe(`generic-plan statements on the ${engine} engine`, () => {
  let db: Database;
  let drop: () => Promise<void>;
  const MODE = "SELECT current_setting('plan_cache_mode') AS mode, $1::int AS n";
  beforeAll(async () => {
    ({ db, drop } = await openTestDatabase());
    await migrate(db);
  });
  afterAll(() => drop());

  it('runs under force_generic_plan and leaves every pooled connection at the default', async () => {
    const generic = await Promise.all(
      Array.from({ length: 12 }, (_, n) => db.query<{ mode: string; n: number }>(MODE, [n], { genericPlan: true })),
    );
    expect(generic.map((result) => result.rows[0])).toEqual(
      Array.from({ length: 12 }, (_, n) => ({ mode: 'force_generic_plan', n })),
    );
    const plain = await Promise.all(
      Array.from({ length: 12 }, (_, n) => db.query<{ mode: string }>(`${MODE} -- plain`, [n])),
    );
    expect(new Set(plain.map((result) => result.rows[0]!.mode))).toEqual(new Set(['auto']));
  });

  it('resets the setting after a statement that fails, and the connection goes on working', async () => {
    await expect(db.query('SELECT 1 / $1::int AS x', [0], { genericPlan: true })).rejects.toThrow(/division by zero/);
    const after = await Promise.all(Array.from({ length: 12 }, () => db.query<{ mode: string }>(MODE, [1])));
    expect(new Set(after.map((result) => result.rows[0]!.mode))).toEqual(new Set(['auto']));
  });

  it('inside a transaction: the statement alone, planned generically from its first run', async () => {
    await db.transaction(async (tx) => {
      const sql = 'SELECT count(*)::int AS n FROM generate_series(1, $1::int) -- generic in tx';
      for (let i = 1; i <= 3; i += 1) {
        const { rows } = await tx.query<{ n: number }>(sql, [i], { genericPlan: true });
        expect(rows[0]!.n).toBe(i);
      }
      const { rows } = await tx.query<{ generic: number; custom: number }>(
        `SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE statement = $1`,
        [sql],
      );
      // Without the option the first five runs of a prepared statement are planned with their values (custom).
      expect(rows).toEqual([{ generic: 3, custom: 0 }]);
      const mode = await tx.query<{ mode: string }>(MODE, [1]);
      expect(mode.rows[0]!.mode).toBe('auto');
    });
  });
});

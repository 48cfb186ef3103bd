import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, type Database } from '../../../src/server/platform/db/index.ts';
import { engine, openTestDatabase } from '../../support/harness.ts';

describe(`concurrent transactions on the ${engine} engine`, () => {
  let db: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await openTestDatabase());
    await migrate(db);
    await db.query('CREATE TABLE tx_probe (writer int NOT NULL, step int NOT NULL)');
  });
  afterAll(() => drop());

  it('keeps every committed write when concurrent transactions roll back (no interleaving)', async () => {
    // 30 transactions at once, each writing 3 rows with awaits in between; every third one fails at the end.
    // If two shared one session, a ROLLBACK would take other writers' rows with it, or a COMMIT would keep a failed one's.
    const writers = Array.from({ length: 30 }, (_, writer) => writer);
    const results = await Promise.allSettled(
      writers.map((writer) =>
        db.transaction(async (tx) => {
          for (let step = 0; step < 3; step += 1)
            await tx.query('INSERT INTO tx_probe (writer, step) VALUES ($1, $2)', [writer, step]);
          const own = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM tx_probe WHERE writer = $1', [
            writer,
          ]);
          if (own.rows[0]!.n !== 3) throw new Error(`writer ${writer} saw ${own.rows[0]!.n} of its rows`);
          if (writer % 3 === 0) throw new Error('planned rollback');
        }),
      ),
    );
    const unexpected = results.filter(
      (result) => result.status === 'rejected' && !String(result.reason).includes('planned rollback'),
    );
    expect(unexpected).toEqual([]);
    const { rows } = await db.query<{ writer: number; n: number }>(
      'SELECT writer, count(*)::int AS n FROM tx_probe GROUP BY writer ORDER BY writer',
    );
    expect(rows).toEqual(writers.filter((writer) => writer % 3 !== 0).map((writer) => ({ writer, n: 3 })));
  });

  it('serializes read-modify-write on one row inside transactions', async () => {
    await db.query('CREATE TABLE counter (id int PRIMARY KEY, value int NOT NULL)');
    await db.query('INSERT INTO counter VALUES (1, 0)');
    await Promise.all(
      Array.from({ length: 25 }, () =>
        db.transaction(async (tx) => {
          const { rows } = await tx.query<{ value: number }>('SELECT value FROM counter WHERE id = 1 FOR UPDATE');
          await tx.query('UPDATE counter SET value = $1 WHERE id = 1', [rows[0]!.value + 1]);
        }),
      ),
    );
    const { rows } = await db.query<{ value: number }>('SELECT value FROM counter WHERE id = 1');
    expect(rows[0]!.value).toBe(25);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../../src/server/platform/clock.ts';
import type { Database } from '../../../src/server/platform/db/index.ts';
import { RateLimits } from '../../../src/server/platform/security/rate-limit.ts';
import { openTestDatabase } from '../../support/harness.ts';

// A batched budget (each request of an API token) counts in the process and adds to the shared row in batches:
// exact in one process, however many requests race; shared with other processes a moment later; windows follow
// the clock.
const BUDGET = 20;

describe('batched rate limit', () => {
  let database: { db: Database; drop(): Promise<void> };
  let now = Date.parse('2026-12-01T10:00:00Z');
  const clock: Clock = { now: () => new Date(now) };
  const rules = { hot: { points: BUDGET, durationSeconds: 60, batched: true } };
  const sharedCount = async (key: string) =>
    (
      await database.db.query<{ points: number }>('SELECT points FROM rate_limiter_points WHERE key = $1', [
        `hot:${key}`,
      ])
    ).rows[0]?.points ?? 0;
  /** Waits until the shared row holds `points` (the batch is written a moment after the requests). */
  const sharedReaches = async (key: string, points: number) => {
    await expect.poll(() => sharedCount(key), { timeout: 20_000 }).toBe(points);
  };

  beforeAll(async () => {
    database = await openTestDatabase(undefined, { migrated: true });
  });
  afterAll(() => database.drop());

  it('lets exactly the budget through when 50 requests race in one process, and counts all 50', async () => {
    const limits = new RateLimits(database.db, clock, rules);
    const states = await Promise.all(Array.from({ length: 50 }, () => limits.consume('hot', 'token-a')));
    expect(states.filter((state) => state.allowed)).toHaveLength(BUDGET);
    expect(states.filter((state) => !state.allowed).every((state) => state.remaining === 0)).toBe(true);
    await sharedReaches('token-a', 50);
    // Still refused later in the window, with the time to wait.
    const later = await limits.consume('hot', 'token-a');
    expect(later).toMatchObject({ allowed: false, remaining: 0 });
    expect(later.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('shares the count with another process once its batch is written', async () => {
    const first = new RateLimits(database.db, clock, rules);
    const second = new RateLimits(database.db, clock, rules);
    for (let i = 0; i < 15; i += 1) expect((await first.consume('hot', 'token-b')).allowed).toBe(true);
    await sharedReaches('token-b', 15);
    const seen = await second.consume('hot', 'token-b');
    expect(seen).toMatchObject({ allowed: true, consumed: 16, remaining: BUDGET - 16 });
    const rest = [];
    for (let i = 0; i < 6; i += 1) rest.push(await second.consume('hot', 'token-b'));
    expect(rest.map((state) => state.allowed)).toEqual([true, true, true, true, false, false]);
  });

  it('starts a new window when the clock passes the old one', async () => {
    const limits = new RateLimits(database.db, clock, rules);
    for (let i = 0; i < BUDGET + 1; i += 1) await limits.consume('hot', 'token-c');
    expect((await limits.consume('hot', 'token-c')).allowed).toBe(false);
    now += 61_000;
    const fresh = await limits.consume('hot', 'token-c');
    expect(fresh).toMatchObject({ allowed: true, consumed: 1, remaining: BUDGET - 1 });
  });
});

import { RateLimiterPostgres, RateLimiterRes } from './rate-limiter-store.ts';
import { BatchedLimit } from './batched-limit.ts';
import type { Clock } from '../clock.ts';
import { insideTransaction, type Database } from '../db/index.ts';
import { tooManyRequests } from '../http/errors.ts';
import { currentRequest } from '../http/request-scope.ts';

/** One named limit: `points` per `durationSeconds`; past it the key is refused for `blockSeconds` (default: the rest of the window). */
export interface LimitRule {
  points: number;
  durationSeconds: number;
  blockSeconds?: number;
  /** A hot key (each request of an API token): counted in the process and added to the shared row in batches. */
  batched?: boolean;
}

export interface LimitState {
  allowed: boolean;
  /** Points used in the current window, this one included. */
  consumed: number;
  remaining: number;
  retryAfterSeconds: number;
}

/** Table of migration 0013: the library's own layout (key, points, expire in epoch ms), one table for every limit. */
const TABLE = 'rate_limiter_points';
/** Rows are kept an hour past their expiry (the library's own grace), then `purgeExpired` deletes them. */
const PURGE_GRACE_MS = 3_600_000;

/**
 * The library reads `Date.now()`; Portico's time is `ctx.clock` (tests move it to cross windows). This store client
 * moves every time the library writes or compares by the clock's offset, and moves the expiry it reads back, so
 * windows follow `ctx.clock`. In production the offset is 0. It also refuses to run inside an open transaction:
 * on the embedded engine the pool's one connection is held by it (a deadlock), and a count must not roll back.
 */
function clockedStoreClient(db: Database, clock: Clock) {
  // Positions of epoch-ms values in the library's statements (rate-limiter-flexible 11.4, RateLimiterPostgres).
  const timeParams: Record<string, number[]> = {
    'rlflx-upsert': [2, 3],
    'rlflx-upsert-force': [2, 3],
    'rlflx-get': [1],
    'rlflx-clear-expired': [0],
  };
  return {
    async query(statement: { name?: string; text: string; values?: unknown[] }) {
      if (insideTransaction())
        throw new Error('Rate limits are counted outside transactions: call them before or after the transaction.');
      const offset = clock.now().getTime() - Date.now();
      const positions = timeParams[statement.name?.slice(TABLE.length + 1) ?? ''] ?? [];
      const values = (statement.values ?? []).map((value, index) =>
        positions.includes(index) && typeof value === 'number' ? value + offset : value,
      );
      const result = await db.query<{ expire?: number | null }>(statement.text, values);
      for (const row of result.rows) if (typeof row.expire === 'number') row.expire -= offset;
      return result;
    },
  };
}

function stateOf(res: RateLimiterRes, allowed: boolean): LimitState {
  return {
    allowed,
    consumed: res.consumedPoints,
    remaining: res.remainingPoints,
    retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  };
}

/**
 * Named limits over rate-limiter-flexible's PostgreSQL store, through Portico's own pool (both engines), so every
 * process shares the counts. `consume` counts atomically (one INSERT ... ON CONFLICT ... RETURNING) before the work
 * it guards: concurrent requests cannot all pass a read-then-count check.
 */
export class RateLimits<Name extends string> {
  private readonly limiters = new Map<Name, RateLimiterPostgres>();
  private readonly batched = new Map<Name, BatchedLimit>();

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly rules: Record<Name, LimitRule>,
    onBatchError: (error: unknown) => void = () => undefined,
  ) {
    const storeClient = clockedStoreClient(db, clock);
    for (const [name, rule] of Object.entries(rules) as [Name, LimitRule][]) {
      this.limiters.set(
        name,
        new RateLimiterPostgres({
          storeClient,
          storeType: 'pool',
          tableName: TABLE,
          tableCreated: true,
          // Expired rows are deleted by `purgeExpired` on the periodic runner (moved by ctx.clock, testable).
          clearExpiredByTimeout: false,
          keyPrefix: name,
          points: rule.points,
          duration: rule.durationSeconds,
          blockDuration: rule.blockSeconds ?? 0,
        }),
      );
      if (rule.batched) this.batched.set(name, new BatchedLimit(this.limiter(name), rule, clock, onBatchError));
    }
  }

  rule(name: Name): LimitRule {
    return this.rules[name];
  }

  private limiter(name: Name) {
    return this.limiters.get(name)!;
  }

  /**
   * Counts `points` against the key; `allowed` is false past the limit (the count still stands). `budget` replaces
   * the rule's points for this key (a service token's own requests per minute): batched limits only, which judge
   * the count themselves; the store keeps counting past its own points since it never blocks them.
   */
  async consume(name: Name, key: string, points = 1, budget?: number): Promise<LimitState> {
    let state: LimitState;
    const batched = this.batched.get(name);
    if (budget !== undefined && !batched) throw new Error(`The limit ${name} takes no budget per key.`);
    if (batched) state = await batched.consume(key, points, budget);
    else
      try {
        state = stateOf(await this.limiter(name).consume(key, points), true);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        state = stateOf(error, false);
      }
    const rule = this.rules[name];
    currentRequest()?.limits.push({
      name,
      points: budget ?? rule.points,
      windowSeconds: rule.durationSeconds,
      remaining: state.remaining,
      resetSeconds: state.retryAfterSeconds,
    });
    return state;
  }

  /** `consume`, and 429 (with Retry-After) when the limit is passed. */
  async take(name: Name, key: string, detail?: string, options?: { budget?: number }): Promise<LimitState> {
    const state = await this.consume(name, key, 1, options?.budget);
    if (!state.allowed) throw tooManyRequests(state.retryAfterSeconds, detail);
    return state;
  }

  /** Gives points back: the attempt turned out not to count (e.g. a right password). */
  async refund(name: Name, key: string, points = 1) {
    await this.limiter(name).reward(key, points);
  }

  /** Refuses the key for `seconds` from now, whatever its count. */
  async block(name: Name, key: string, seconds: number) {
    await this.limiter(name).block(key, seconds);
  }

  async reset(name: Name, key: string) {
    this.batched.get(name)?.forget(key);
    await this.limiter(name).delete(key);
  }

  /** Deletes rows that expired more than an hour ago (every limit shares the table); returns how many. */
  async purgeExpired(): Promise<number> {
    const { rowCount } = await this.db.query(`DELETE FROM ${TABLE} WHERE expire < $1`, [
      this.clock.now().getTime() - PURGE_GRACE_MS,
    ]);
    return rowCount ?? 0;
  }
}

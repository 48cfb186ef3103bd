import type { Queryable } from '../db/index.ts';

/**
 * Fixed-window counters in the database, so limits hold across every Portico process.
 * Returns the hits in the current window (after this one) and when the window ends.
 */
export async function hitRateLimit(db: Queryable, key: string, windowSeconds: number, now: Date) {
  const windowEnds = new Date(now.getTime() + windowSeconds * 1000);
  const { rows } = await db.query<{ hits: number; window_ends_at: Date }>(
    `INSERT INTO rate_limits (key, hits, window_ends_at) VALUES ($1, 1, $2)
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN rate_limits.window_ends_at <= $3 THEN 1 ELSE rate_limits.hits + 1 END,
       window_ends_at = CASE WHEN rate_limits.window_ends_at <= $3 THEN $2 ELSE rate_limits.window_ends_at END
     RETURNING hits, window_ends_at`,
    [key, windowEnds, now],
  );
  const row = rows[0]!;
  return { hits: row.hits, retryAfterSeconds: Math.max(1, (row.window_ends_at.getTime() - now.getTime()) / 1000) };
}

/** Hits so far in the current window, without counting a new one. */
export async function peekRateLimit(db: Queryable, key: string, now: Date) {
  const { rows } = await db.query<{ hits: number; window_ends_at: Date }>(
    'SELECT hits, window_ends_at FROM rate_limits WHERE key = $1 AND window_ends_at > $2',
    [key, now],
  );
  const row = rows[0];
  return row
    ? { hits: row.hits, retryAfterSeconds: Math.max(1, (row.window_ends_at.getTime() - now.getTime()) / 1000) }
    : { hits: 0, retryAfterSeconds: 0 };
}

export async function clearRateLimit(db: Queryable, key: string) {
  await db.query('DELETE FROM rate_limits WHERE key = $1', [key]);
}

/** Moves the end of a key's current window (a lock that must last from the moment it was triggered). */
export async function extendRateLimit(db: Queryable, key: string, windowEndsAt: Date) {
  await db.query('UPDATE rate_limits SET window_ends_at = $2 WHERE key = $1', [key, windowEndsAt]);
}

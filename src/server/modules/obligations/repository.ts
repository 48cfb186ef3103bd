import { scopeParams, type AccountScope } from '../../platform/actor.ts';
import type { Queryable } from '../../platform/db/index.ts';

/** The account, if in the scope, with its segment's modules (a module switched off contributes no items). */
export async function accountModules(db: Queryable, scope: AccountScope, accountId: string) {
  const { rows } = await db.query<{ modules: string[] }>(
    `SELECT s.modules FROM accounts a JOIN segments s ON s.id = a.segment_id
     WHERE ($1::boolean OR a.id = ANY($2::uuid[])) AND a.id = $3::uuid`,
    [...scopeParams(scope), accountId],
    { prepare: true },
  );
  return rows[0]?.modules ?? null;
}

export async function findFeed(db: Queryable, userId: string) {
  const { rows } = await db.query<{ created_at: Date }>(`SELECT created_at FROM calendar_feeds WHERE user_id = $1`, [
    userId,
  ]);
  return rows[0] ?? null;
}

/** One feed per person: a new token replaces the old one in the same statement, so the old URL stops at once. */
export async function replaceFeed(db: Queryable, userId: string, tokenHash: Buffer, now: Date) {
  await db.query(
    `INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES ($1, $2, $3)
     ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at`,
    [userId, tokenHash, now],
  );
}

export async function deleteFeed(db: Queryable, userId: string) {
  await db.query(`DELETE FROM calendar_feeds WHERE user_id = $1`, [userId]);
}

export interface FeedOwnerRow {
  user_id: string;
  name: string;
  staff_role: string | null;
  limited: boolean;
  account_ids: string[];
}

/**
 * The owner of a feed token and what they may see: the account scope rule of `accountScopeOf` (staff: all, unless
 * an agent limited to assigned accounts; people: their memberships), read here because a feed request has no session.
 * Takes no account scope: it is the lookup that finds one. A deactivated person's feed answers nothing.
 */
export async function findFeedOwner(db: Queryable, tokenHash: Buffer) {
  const { rows } = await db.query<FeedOwnerRow>(
    `SELECT u.id AS user_id, u.name, u.staff_role, u.limited_to_assigned_accounts AS limited,
       ARRAY(SELECT m.account_id FROM memberships m WHERE m.user_id = u.id
             UNION SELECT sa.account_id FROM staff_assignments sa WHERE sa.user_id = u.id) AS account_ids
     FROM calendar_feeds f JOIN users u ON u.id = f.user_id
     WHERE f.token_hash = $1 AND u.deactivated_at IS NULL`,
    [tokenHash],
  );
  return rows[0] ?? null;
}

import type { StaffRole } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { forgetSessionsAfterCommit } from '../identity/index.ts';

export interface StaffRow {
  id: string;
  name: string;
  email: string;
  staff_role: StaffRole;
  limited_to_assigned_accounts: boolean;
  totp_enabled_at: Date | null;
  created_at: Date;
  assigned_accounts: { id: string; name: string }[] | null;
  /** lower(name) as the database sorts it, for cursors. */
  name_key: string;
}

// Staff users are portal-wide (they are the portal's own people): the staff policy, not an account scope,
// guards these queries.
const SELECT_STAFF = `SELECT u.id, u.name, u.email, u.staff_role, u.limited_to_assigned_accounts, u.totp_enabled_at, u.created_at, lower(u.name) AS name_key,
  (SELECT json_agg(json_build_object('id', a.id, 'name', a.name) ORDER BY lower(a.name)) FROM staff_assignments sa JOIN accounts a ON a.id = sa.account_id WHERE sa.user_id = u.id) AS assigned_accounts
  FROM users u WHERE u.staff_role IS NOT NULL AND u.deactivated_at IS NULL`;

export async function listStaff(db: Queryable, afterName: [string, string] | null, limit: number): Promise<StaffRow[]> {
  const { rows } = await db.query<StaffRow>(
    `${SELECT_STAFF} AND ($1::text IS NULL OR (lower(u.name), u.id) > ($1, $2::uuid)) ORDER BY lower(u.name), u.id LIMIT $3`,
    [afterName?.[0] ?? null, afterName?.[1] ?? null, limit + 1],
  );
  return rows;
}

export async function findStaff(db: Queryable, id: string): Promise<StaffRow | null> {
  return (await db.query<StaffRow>(`${SELECT_STAFF} AND u.id = $1`, [id])).rows[0] ?? null;
}

/**
 * Counts active owners and locks their rows for the rest of the transaction: two owners demoting or removing
 * each other at once cannot both pass the "last owner" check (the second waits, then counts again).
 */
export async function countOwners(db: Queryable) {
  return (await db.query("SELECT id FROM users WHERE staff_role = 'owner' AND deactivated_at IS NULL FOR UPDATE")).rows
    .length;
}

export async function setLimited(db: Queryable, userId: string, limited: boolean) {
  await db.query('UPDATE users SET limited_to_assigned_accounts = $2, updated_at = now() WHERE id = $1', [
    userId,
    limited,
  ]);
  forgetSessionsAfterCommit(db, { userId });
}

export async function replaceAssignments(db: Queryable, userId: string, accountIds: string[]) {
  await db.query('DELETE FROM staff_assignments WHERE user_id = $1', [userId]);
  await db.query(
    'INSERT INTO staff_assignments (user_id, account_id) SELECT $1, a.id FROM accounts a WHERE a.id = ANY($2::uuid[])',
    [userId, accountIds],
  );
  forgetSessionsAfterCommit(db, { userId });
}

export async function deactivateStaff(db: Queryable, userId: string, now: Date) {
  await db.query('UPDATE users SET deactivated_at = $2, staff_role = NULL WHERE id = $1', [userId, now]);
  forgetSessionsAfterCommit(db, { userId });
}

import type { Queryable } from '../../platform/db/index.ts';

/*
 * Who and what an envelope can name, read from other modules' tables for one account the caller found through
 * their scope, so an id of another account reads as missing.
 */

export async function accountInScope(db: Queryable, accountId: string, scope: [boolean, string[]]) {
  const { rows } = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM accounts WHERE id = $1 AND ($2::boolean OR id = ANY($3::uuid[]))',
    [accountId, ...scope],
  );
  return rows[0] ?? null;
}

export interface SignerCandidate {
  id: string;
  name: string;
  email: string;
  staff: boolean;
}

/** Active staff and the account's people among `userIds`. */
export async function eligibleSigners(db: Queryable, accountId: string, userIds: string[]) {
  const { rows } = await db.query<SignerCandidate>(
    `SELECT u.id, u.name, u.email, (u.staff_role IS NOT NULL) AS staff FROM users u
      WHERE u.id = ANY($2::uuid[]) AND u.deactivated_at IS NULL
        AND (u.staff_role IS NOT NULL OR EXISTS
          (SELECT 1 FROM memberships m WHERE m.account_id = $1 AND m.user_id = u.id))`,
    [accountId, userIds],
  );
  return rows;
}

/** The firm's name, for the template's letterhead and the certificate's common name. Portal-wide setting. */
export async function firmName(db: Queryable) {
  const { rows } = await db.query<{ name: string }>('SELECT name FROM portal_settings LIMIT 1');
  return rows[0]?.name ?? 'Portico';
}

/** An active user by id (the envelope's sender, a staff user), for the completion mail. No account scope: by id. */
export async function activeUser(db: Queryable, userId: string) {
  const { rows } = await db.query<{ user_id: string; email: string; locale: string | null }>(
    'SELECT id AS user_id, email, locale FROM users WHERE id = $1 AND deactivated_at IS NULL',
    [userId],
  );
  return rows[0] ?? null;
}

/**
 * Who signs an onboarding's engagement letter: the account's active people, admins first then by joining (at most
 * 19, the envelope's limit with a countersigner), and the countersigning staff member when active.
 */
export async function peopleToSign(db: Queryable, accountId: string, staffId: string | null) {
  const { rows } = await db.query<{ id: string; email: string }>(
    `SELECT u.id, u.email FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.account_id = $1 AND u.deactivated_at IS NULL AND u.staff_role IS NULL
      ORDER BY (m.role = 'account_admin') DESC, m.created_at, u.id LIMIT 19`,
    [accountId],
  );
  const staff = staffId
    ? ((
        await db.query<{ id: string; email: string }>(
          'SELECT id, email FROM users WHERE id = $1 AND deactivated_at IS NULL AND staff_role IS NOT NULL',
          [staffId],
        )
      ).rows[0] ?? null)
    : null;
  return { clients: rows, staff };
}

/** A user's display name (who voided an envelope), by id. No account scope: the id comes from the caller's session. */
export async function userName(db: Queryable, userId: string) {
  const { rows } = await db.query<{ name: string }>('SELECT name FROM users WHERE id = $1', [userId]);
  return rows[0]?.name ?? null;
}

/** The firm's active owners and admins (firm-wide staff, no account: told about the portal's signing certificate). */
export async function firmAdmins(db: Queryable) {
  const { rows } = await db.query<{ id: string; email: string; locale: string | null }>(
    `SELECT id, email, locale FROM users WHERE staff_role IN ('owner', 'admin') AND deactivated_at IS NULL ORDER BY email`,
  );
  return rows;
}

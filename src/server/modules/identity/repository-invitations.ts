import type { AccountRole, StaffRole } from '../../../contract/index.ts';
import { scopeParams, type AccountScope } from '../../platform/actor.ts';
import type { Queryable } from '../../platform/db/index.ts';

// ---- invitations ----

export interface InvitationRow {
  id: string;
  email: string;
  account_id: string | null;
  account_name: string | null;
  role: AccountRole | null;
  staff_role: StaffRole | null;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
}

const SELECT_INVITATION = `SELECT i.id, i.email, i.account_id, a.name AS account_name, i.role, i.staff_role, i.created_at, i.expires_at, i.accepted_at, i.revoked_at
  FROM invitations i LEFT JOIN accounts a ON a.id = i.account_id`;

export async function insertInvitation(
  db: Queryable,
  invitation: {
    id: string;
    tokenHash: string;
    email: string;
    accountId: string | null;
    role: AccountRole | null;
    staffRole: StaffRole | null;
    invitedBy: string;
    now: Date;
    expiresAt: Date;
  },
) {
  await db.query(
    `INSERT INTO invitations (id, token_hash, email, account_id, role, staff_role, invited_by, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      invitation.id,
      invitation.tokenHash,
      invitation.email,
      invitation.accountId,
      invitation.role,
      invitation.staffRole,
      invitation.invitedBy,
      invitation.now,
      invitation.expiresAt,
    ],
  );
}

export async function findPendingInvitationByTokenHash(
  db: Queryable,
  tokenHash: string,
  now: Date,
): Promise<InvitationRow | null> {
  const { rows } = await db.query<InvitationRow>(
    `${SELECT_INVITATION} WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $2`,
    [tokenHash, now],
  );
  return rows[0] ?? null;
}

export async function markInvitationAccepted(db: Queryable, invitationId: string, now: Date) {
  const { rowCount } = await db.query(
    'UPDATE invitations SET accepted_at = $2 WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL',
    [invitationId, now],
  );
  return rowCount === 1;
}

/** Invitations into one account, within the caller's account scope ($1/$2). */
export async function listAccountInvitations(
  db: Queryable,
  scope: AccountScope,
  accountId: string,
): Promise<InvitationRow[]> {
  const { rows } = await db.query<InvitationRow>(
    `${SELECT_INVITATION} WHERE ($1::boolean OR i.account_id = ANY($2::uuid[])) AND i.account_id = $3 ORDER BY i.created_at DESC, i.id DESC LIMIT 200`,
    [...scopeParams(scope), accountId],
  );
  return rows;
}

export async function revokeAccountInvitation(
  db: Queryable,
  scope: AccountScope,
  accountId: string,
  invitationId: string,
  now: Date,
): Promise<InvitationRow | null> {
  const { rows } = await db.query<{ id: string }>(
    `UPDATE invitations i SET revoked_at = $5 WHERE ($1::boolean OR i.account_id = ANY($2::uuid[])) AND i.account_id = $3 AND i.id = $4
       AND i.accepted_at IS NULL AND i.revoked_at IS NULL RETURNING i.id`,
    [...scopeParams(scope), accountId, invitationId, now],
  );
  if (!rows[0]) return null;
  return (await db.query<InvitationRow>(`${SELECT_INVITATION} WHERE i.id = $1`, [invitationId])).rows[0] ?? null;
}

/** Staff invitations are portal-wide; only staff admins reach these (checked by the staff policy). */
export async function listStaffInvitations(db: Queryable): Promise<InvitationRow[]> {
  return (
    await db.query<InvitationRow>(
      `${SELECT_INVITATION} WHERE i.staff_role IS NOT NULL ORDER BY i.created_at DESC, i.id DESC LIMIT 200`,
    )
  ).rows;
}

export async function revokeStaffInvitation(
  db: Queryable,
  invitationId: string,
  now: Date,
): Promise<InvitationRow | null> {
  const { rowCount } = await db.query(
    'UPDATE invitations SET revoked_at = $2 WHERE id = $1 AND staff_role IS NOT NULL AND accepted_at IS NULL AND revoked_at IS NULL',
    [invitationId, now],
  );
  if (rowCount !== 1) return null;
  return (await db.query<InvitationRow>(`${SELECT_INVITATION} WHERE i.id = $1`, [invitationId])).rows[0] ?? null;
}

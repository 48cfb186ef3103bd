import type { AccountRole } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';

// The invitations an import sends, queued with its batches and sent by the paced job. No account scope: only the
// import (staff owners/admins, checked by the policy) and its job reach them.

export interface QueuedInvitation {
  row_number: number;
  email: string;
  account_id: string;
  account_name: string | null;
  role: AccountRole;
}

/** The batch's invitations in one statement; a resumed batch queues nothing twice. */
export async function queueImportInvitations(
  db: Queryable,
  importId: string,
  invitations: { row: number; email: string; accountId: string; accountName: string | null; role: AccountRole }[],
) {
  if (!invitations.length) return;
  await db.query(
    `INSERT INTO csv_import_invitations (import_id, row_number, email, account_id, account_name, role)
     SELECT $1, * FROM unnest($2::int[], $3::text[], $4::uuid[], $5::text[], $6::text[])
     ON CONFLICT (import_id, row_number) DO NOTHING`,
    [
      importId,
      invitations.map((i) => i.row),
      invitations.map((i) => i.email),
      invitations.map((i) => i.accountId),
      invitations.map((i) => i.accountName),
      invitations.map((i) => i.role),
    ],
  );
}

/** The next unsent invitations in file order, locked (a second runner of the same job skips them). */
export async function lockUnsentInvitations(db: Queryable, importId: string, limit: number) {
  const { rows } = await db.query<QueuedInvitation>(
    `SELECT row_number, email, account_id, account_name, role FROM csv_import_invitations
     WHERE import_id = $1 AND sent_at IS NULL ORDER BY row_number LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [importId, limit],
  );
  return rows;
}

export async function markInvitationsSent(db: Queryable, importId: string, rowNumbers: number[], now: Date) {
  await db.query(
    'UPDATE csv_import_invitations SET sent_at = $3 WHERE import_id = $1 AND row_number = ANY($2::int[])',
    [importId, rowNumbers, now],
  );
}

/** Queued and sent so far, for the console's progress. */
export async function invitationProgress(db: Queryable, importId: string) {
  const { rows } = await db.query<{ queued: number; sent: number }>(
    `SELECT count(*)::int AS queued, count(sent_at)::int AS sent FROM csv_import_invitations WHERE import_id = $1`,
    [importId],
  );
  return rows[0] ?? { queued: 0, sent: 0 };
}

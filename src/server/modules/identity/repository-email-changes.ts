import type { Queryable } from '../../platform/db/index.ts';
import { forgetSessionsAfterCommit } from './session-cache.ts';

// Email changes belong to one person, not to an account: every query is scoped by the user id (or, for the public
// undo link, by the hash of its unguessable token), never by an account.

export interface EmailChangeRow {
  id: string;
  user_id: string;
  old_email: string;
  new_email: string;
  code_hash: string;
  code_attempts: number;
  code_expires_at: Date;
  undo_expires_at: Date | null;
}

/** Withdraws the change waiting for its code (a new request replaces it; a cancel ends it). */
export async function cancelPendingEmailChange(db: Queryable, userId: string, now: Date) {
  await db.query(
    'UPDATE email_changes SET cancelled_at = $2 WHERE user_id = $1 AND confirmed_at IS NULL AND cancelled_at IS NULL',
    [userId, now],
  );
}

export async function insertEmailChange(
  db: Queryable,
  row: { id: string; userId: string; oldEmail: string; newEmail: string; codeHash: string; expiresAt: Date; now: Date },
) {
  await db.query(
    `INSERT INTO email_changes (id, user_id, old_email, new_email, code_hash, code_expires_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [row.id, row.userId, row.oldEmail, row.newEmail, row.codeHash, row.expiresAt, row.now],
  );
}

/** The live pending change; `lock` takes the row for the transaction, so two confirmations cannot both use a code. */
export async function findPendingEmailChange(
  db: Queryable,
  userId: string,
  now: Date,
  lock = false,
): Promise<EmailChangeRow | null> {
  const { rows } = await db.query<EmailChangeRow>(
    `SELECT * FROM email_changes WHERE user_id = $1 AND confirmed_at IS NULL AND cancelled_at IS NULL
       AND code_expires_at > $2 ${lock ? 'FOR UPDATE' : ''}`,
    [userId, now],
  );
  return rows[0] ?? null;
}

export async function countWrongEmailChangeCode(db: Queryable, id: string, maxAttempts: number, now: Date) {
  // The last allowed wrong code ends the change: a new one must be requested (and a new code mailed).
  await db.query(
    `UPDATE email_changes SET code_attempts = code_attempts + 1,
       cancelled_at = CASE WHEN code_attempts + 1 >= $2 THEN $3::timestamptz ELSE cancelled_at END WHERE id = $1`,
    [id, maxAttempts, now],
  );
}

export async function markEmailChangeConfirmed(
  db: Queryable,
  id: string,
  undo: { tokenHash: string; expiresAt: Date },
  now: Date,
) {
  await db.query(
    'UPDATE email_changes SET confirmed_at = $2, undo_token_hash = $3, undo_expires_at = $4 WHERE id = $1',
    [id, now, undo.tokenHash, undo.expiresAt],
  );
}

/** The confirmed change an undo link names, taken for the transaction; used or expired links find nothing. */
export async function claimEmailChangeUndo(db: Queryable, tokenHash: string, now: Date) {
  const { rows } = await db.query<EmailChangeRow>(
    `UPDATE email_changes SET undone_at = $2
      WHERE undo_token_hash = $1 AND undone_at IS NULL AND undo_expires_at > $2 RETURNING *`,
    [tokenHash, now],
  );
  return rows[0] ?? null;
}

export async function isEmailTaken(db: Queryable, email: string, exceptUserId: string | null = null) {
  const { rows } = await db.query(
    'SELECT 1 FROM users WHERE lower(email) = lower($1) AND ($2::uuid IS NULL OR id <> $2) LIMIT 1',
    [email, exceptUserId],
  );
  return rows.length > 0;
}

export async function setUserEmail(db: Queryable, userId: string, email: string) {
  await db.query('UPDATE users SET email = $2, updated_at = now() WHERE id = $1', [userId, email]);
  forgetSessionsAfterCommit(db, { userId });
}

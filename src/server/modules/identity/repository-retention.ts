import type { Queryable } from '../../platform/db/index.ts';

// Retention of ended credentials. These tables are portal-wide (a user's sessions and tokens, whatever their
// accounts) and the statements delete by time only, so no account scope applies. Plain DELETEs: safe in several
// processes at once. Nothing here can still sign anyone in: every row is past its expiry or revocation.

/** Sessions that expired or were revoked before `before` (signed out, idle or absolute timeout, revoked by an admin). */
export async function deleteSessionsEndedBefore(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM sessions WHERE expires_at < $1 OR revoked_at < $1', [before]);
  return rowCount ?? 0;
}

/** Password-reset and sign-in link tokens that expired before `before` (used ones expire too). */
export async function deleteAuthTokensExpiredBefore(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM auth_tokens WHERE expires_at < $1', [before]);
  return rowCount ?? 0;
}

/**
 * Invitations never accepted that expired or were revoked before `before`. Accepted ones stay: they say who invited
 * whom, and there is one per person who joined.
 */
export async function deleteInvitationsEndedBefore(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query(
    'DELETE FROM invitations WHERE accepted_at IS NULL AND (expires_at < $1 OR revoked_at < $1)',
    [before],
  );
  return rowCount ?? 0;
}

/** Personal API tokens that expired or were revoked before `before`. */
export async function deleteApiTokensEndedBefore(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM api_tokens WHERE expires_at < $1 OR revoked_at < $1', [before]);
  return rowCount ?? 0;
}

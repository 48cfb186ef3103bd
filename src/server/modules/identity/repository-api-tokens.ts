import type { ApiTokenScope } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { USER_ACCESS_COLUMNS, type SessionActorRow } from './repository.ts';
import { forgetSessionsAfterCommit } from './session-cache.ts';

// ---- personal API tokens ----

export interface ApiTokenRow {
  id: string;
  user_id: string;
  name: string;
  scopes: ApiTokenScope[];
  created_at: Date;
  expires_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

/** A live token and its user's access, shaped like a session (a token has no idle timeout and no active account). */
export async function findLiveApiTokenByHash(
  db: Queryable,
  tokenHash: string,
  now: Date,
): Promise<(SessionActorRow & { scopes: ApiTokenRow['scopes'] }) | null> {
  const { rows } = await db.query<SessionActorRow & { scopes: ApiTokenRow['scopes'] }>(
    `SELECT t.id, t.user_id, 'active' AS state, NULL::uuid AS active_account_id, NULL AS ip, NULL AS user_agent, t.created_at,
            COALESCE(t.last_used_at, t.created_at) AS last_seen_at, t.expires_at, t.scopes, ${USER_ACCESS_COLUMNS}
     FROM api_tokens t JOIN users u ON u.id = t.user_id
     WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2 AND u.deactivated_at IS NULL`,
    [tokenHash, now],
  );
  return rows[0] ?? null;
}

export async function insertApiToken(
  db: Queryable,
  token: {
    id: string;
    userId: string;
    name: string;
    tokenHash: string;
    scopes: ApiTokenRow['scopes'];
    now: Date;
    expiresAt: Date;
  },
) {
  await db.query(
    'INSERT INTO api_tokens (id, user_id, name, token_hash, scopes, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [token.id, token.userId, token.name, token.tokenHash, token.scopes, token.now, token.expiresAt],
  );
}

export async function listApiTokensOfUser(db: Queryable, userId: string): Promise<ApiTokenRow[]> {
  const { rows } = await db.query<ApiTokenRow>(
    'SELECT id, user_id, name, scopes, created_at, expires_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT 200',
    [userId],
  );
  return rows;
}

/** Someone else's token id matches nothing: the caller sees a 404. */
export async function revokeApiTokenOfUser(
  db: Queryable,
  userId: string,
  tokenId: string,
  now: Date,
): Promise<ApiTokenRow | null> {
  const { rows } = await db.query<ApiTokenRow>(
    `UPDATE api_tokens SET revoked_at = $3 WHERE id = $2 AND user_id = $1 AND revoked_at IS NULL
     RETURNING id, user_id, name, scopes, created_at, expires_at, last_used_at, revoked_at`,
    [userId, tokenId, now],
  );
  forgetSessionsAfterCommit(db, { sessionId: tokenId });
  return rows[0] ?? null;
}

/** After a password reset: whoever had the account may have minted tokens; they stop working at once. */
export async function revokeAllApiTokensOfUser(db: Queryable, userId: string, now: Date): Promise<number> {
  const { rowCount } = await db.query(
    'UPDATE api_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > $2',
    [userId, now],
  );
  forgetSessionsAfterCommit(db, { userId });
  return rowCount ?? 0;
}

export async function touchApiToken(db: Queryable, tokenId: string, now: Date) {
  await db.query('UPDATE api_tokens SET last_used_at = $2 WHERE id = $1', [tokenId, now]);
}

import type { ApiTokenScope } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import type { SessionActorRow } from './repository.ts';
import { forgetSessionsAfterCommit } from './session-cache.ts';

// ---- firm-level service tokens (integrations) ----
// The table is portal-wide and managed by staff owners/admins only, so its queries take no account scope.

export interface ServiceTokenRow {
  id: string;
  name: string;
  scopes: ApiTokenScope[];
  created_by: string | null;
  created_by_name: string | null;
  created_at: Date;
  expires_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
  requests_per_minute: number | null;
}

/**
 * What the token gate needs, shaped like a session row so it shares the session cache and `toActor`: the token's id
 * stands in for the user id (no user has it), firm-wide staff access (role `admin`, no account limit) that its
 * scopes and the routes that take integrations narrow, no memberships.
 */
export type LiveServiceTokenRow = SessionActorRow & { scopes: ApiTokenScope[]; requests_per_minute: number | null };

const COLUMNS = `t.id, t.name, t.scopes, t.created_by, u.name AS created_by_name, t.created_at, t.expires_at,
  t.last_used_at, t.revoked_at, t.requests_per_minute`;

/** How the integration person of a token is named wherever an author is shown (messages, documents, tasks...). */
export const integrationPersonName = (tokenName: string) => `Integration: ${tokenName}`;

export async function findLiveServiceTokenByHash(
  db: Queryable,
  tokenHash: string,
  now: Date,
): Promise<LiveServiceTokenRow | null> {
  const { rows } = await db.query<LiveServiceTokenRow>(
    `SELECT id, id AS user_id, 'active' AS state, NULL::uuid AS active_account_id, NULL AS ip, NULL AS user_agent,
            created_at, COALESCE(last_used_at, created_at) AS last_seen_at, expires_at, scopes, name, '' AS email,
            'admin' AS staff_role, false AS limited_to_assigned_accounts, NULL AS locale, NULL AS time_zone,
            NULL AS phone, NULL::timestamptz AS totp_enabled_at, NULL::json AS memberships,
            NULL::uuid[] AS assigned_account_ids, requests_per_minute
     FROM service_tokens WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2`,
    [tokenHash, now],
  );
  return rows[0] ?? null;
}

export async function insertServiceToken(
  db: Queryable,
  token: {
    id: string;
    name: string;
    tokenHash: string;
    scopes: ApiTokenScope[];
    createdBy: string;
    now: Date;
    expiresAt: Date;
    requestsPerMinute: number | null;
  },
) {
  // Its integration person first (the token's id references it): no password, no staff role, no memberships, an
  // address in the reserved .invalid TLD, and deactivated, which every sign-in path refuses (migration 0073).
  await db.query(
    `INSERT INTO users (id, email, name, kind, deactivated_at, created_at, updated_at)
     VALUES ($1, $2, $3, 'integration', $4, $4, $4)`,
    [token.id, `integration-${token.id}@integrations.invalid`, integrationPersonName(token.name), token.now],
  );
  await db.query(
    `INSERT INTO service_tokens (id, name, token_hash, scopes, created_by, created_at, expires_at, requests_per_minute)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      token.id,
      token.name,
      token.tokenHash,
      token.scopes,
      token.createdBy,
      token.now,
      token.expiresAt,
      token.requestsPerMinute,
    ],
  );
}

export async function findServiceToken(db: Queryable, id: string): Promise<ServiceTokenRow | null> {
  const { rows } = await db.query<ServiceTokenRow>(
    `SELECT ${COLUMNS} FROM service_tokens t LEFT JOIN users u ON u.id = t.created_by WHERE t.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

/** Newest first; revoked and expired ones stay listed (what the firm had) until retention deletes them. */
export async function listServiceTokens(db: Queryable): Promise<ServiceTokenRow[]> {
  const { rows } = await db.query<ServiceTokenRow>(
    `SELECT ${COLUMNS} FROM service_tokens t LEFT JOIN users u ON u.id = t.created_by
     ORDER BY t.created_at DESC, t.id DESC LIMIT 200`,
  );
  return rows;
}

/** Null when it is unknown or already revoked; effective at once in every process (the session cache forgets it). */
export async function revokeServiceToken(db: Queryable, id: string, revokedBy: string, now: Date) {
  const { rowCount } = await db.query(
    'UPDATE service_tokens SET revoked_at = $2, revoked_by = $3 WHERE id = $1 AND revoked_at IS NULL',
    [id, now, revokedBy],
  );
  forgetSessionsAfterCommit(db, { sessionId: id });
  return (rowCount ?? 0) > 0;
}

/**
 * Renames a live token (and its integration person, so authors show the new name) and/or sets its budget (null:
 * the portal default). False when unknown or revoked. The gate's cached row is dropped in every process.
 */
export async function updateServiceToken(
  db: Queryable,
  id: string,
  changes: { name?: string; requestsPerMinute?: number | null },
  now: Date,
) {
  const { rowCount } = await db.query(
    `UPDATE service_tokens SET name = COALESCE($2, name),
       requests_per_minute = CASE WHEN $3::boolean THEN $4::integer ELSE requests_per_minute END
     WHERE id = $1 AND revoked_at IS NULL`,
    [id, changes.name ?? null, changes.requestsPerMinute !== undefined, changes.requestsPerMinute ?? null],
  );
  if (!rowCount) return false;
  if (changes.name !== undefined)
    await db.query(`UPDATE users SET name = $2, updated_at = $3 WHERE id = $1 AND kind = 'integration'`, [
      id,
      integrationPersonName(changes.name),
      now,
    ]);
  forgetSessionsAfterCommit(db, { sessionId: id });
  return true;
}

export async function touchServiceToken(db: Queryable, id: string, now: Date) {
  await db.query('UPDATE service_tokens SET last_used_at = $2 WHERE id = $1', [id, now]);
}

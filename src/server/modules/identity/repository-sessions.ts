import type { StaffRole } from '../../../contract/index.ts';
import type { MembershipRow } from './repository.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { forgetSessionsAfterCommit } from './session-cache.ts';

// Sessions of a person: keyed by user id or by the token's hash, which is the scope (see repository.ts).

export interface SessionRow {
  id: string;
  user_id: string;
  state: 'active' | 'second_factor' | 'enrol_two_factor';
  active_account_id: string | null;
  ip: string | null;
  user_agent: string | null;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

export async function insertSession(
  db: Queryable,
  session: {
    id: string;
    tokenHash: string;
    userId: string;
    state: SessionRow['state'];
    activeAccountId: string | null;
    ip: string;
    userAgent: string | null;
    now: Date;
    expiresAt: Date;
    reauthenticatedAt: Date | null;
  },
) {
  await db.query(
    `INSERT INTO sessions (id, token_hash, user_id, state, active_account_id, ip, user_agent, created_at, last_seen_at, expires_at, reauthenticated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $10)`,
    [
      session.id,
      session.tokenHash,
      session.userId,
      session.state,
      session.activeAccountId,
      session.ip,
      session.userAgent?.slice(0, 300) ?? null,
      session.now,
      session.expiresAt,
      session.reauthenticatedAt,
    ],
  );
}

/** The row and everything a request needs about its user, in one round trip (then cached per process). */
export interface SessionActorRow extends SessionRow {
  email: string;
  name: string;
  staff_role: StaffRole | null;
  limited_to_assigned_accounts: boolean;
  locale: string | null;
  time_zone: string | null;
  phone: string | null;
  totp_enabled_at: Date | null;
  memberships: MembershipRow[] | null;
  assigned_account_ids: string[] | null;
}

// What authorization needs about the user behind a session or an API token ("u" is users).
export const USER_ACCESS_COLUMNS = `u.email, u.name, u.phone, u.staff_role, u.limited_to_assigned_accounts, u.locale, u.time_zone, u.totp_enabled_at,
  (SELECT json_agg(json_build_object(
      'account_id', m.account_id, 'account_name', a.name, 'role', m.role, 'segment_id', sg.id, 'segment_name', sg.name,
      'segment_kind', sg.kind, 'modules', sg.modules, 'sign_in_methods', sg.sign_in_methods, 'require_two_factor', sg.require_two_factor,
      'segment_default_language', sg.default_language)
    ORDER BY lower(a.name), a.id)
   FROM memberships m JOIN accounts a ON a.id = m.account_id JOIN segments sg ON sg.id = a.segment_id WHERE m.user_id = u.id) AS memberships,
  (SELECT array_agg(sa.account_id) FROM staff_assignments sa WHERE sa.user_id = u.id) AS assigned_account_ids`;

export async function findLiveSessionByTokenHash(
  db: Queryable,
  tokenHash: string,
  now: Date,
  idleSince: Date,
): Promise<SessionActorRow | null> {
  const { rows } = await db.query<SessionActorRow>(
    `SELECT s.id, s.user_id, s.state, s.active_account_id, s.ip, s.user_agent, s.created_at, s.last_seen_at, s.expires_at, ${USER_ACCESS_COLUMNS}
     FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND s.last_seen_at > $3 AND u.deactivated_at IS NULL`,
    [tokenHash, now, idleSince],
  );
  return rows[0] ?? null;
}

export async function touchSession(db: Queryable, sessionId: string, now: Date) {
  await db.query('UPDATE sessions SET last_seen_at = $2 WHERE id = $1', [sessionId, now]);
}

/** Completing a sign-in step gets a new token: a token seen before the step must not carry its privileges. */
export async function promoteSession(
  db: Queryable,
  sessionId: string,
  newTokenHash: string,
  state: SessionRow['state'],
  provedAt: Date | null = null,
) {
  await db.query(
    `UPDATE sessions SET token_hash = $2, state = $3, reauthenticated_at = COALESCE($4, reauthenticated_at)
     WHERE id = $1 AND revoked_at IS NULL`,
    [sessionId, newTokenHash, state, provedAt],
  );
  forgetSessionsAfterCommit(db, { sessionId });
}

/** Records a fresh proof of the password or second factor on a session (step-up). */
export async function setSessionReauthenticatedAt(db: Queryable, sessionId: string, provedAt: Date) {
  await db.query('UPDATE sessions SET reauthenticated_at = $2 WHERE id = $1 AND revoked_at IS NULL', [
    sessionId,
    provedAt,
  ]);
}

/** When the session last proved the password or second factor; null if never (or the session is gone). */
export async function findSessionReauthenticatedAt(db: Queryable, sessionId: string): Promise<Date | null> {
  const { rows } = await db.query<{ reauthenticated_at: Date | null }>(
    'SELECT reauthenticated_at FROM sessions WHERE id = $1 AND revoked_at IS NULL',
    [sessionId],
  );
  return rows[0]?.reauthenticated_at ?? null;
}

export async function setActiveAccount(db: Queryable, sessionId: string, accountId: string) {
  await db.query('UPDATE sessions SET active_account_id = $2 WHERE id = $1', [sessionId, accountId]);
  forgetSessionsAfterCommit(db, { sessionId });
}

export async function listLiveSessionsOfUser(
  db: Queryable,
  userId: string,
  now: Date,
  idleSince: Date,
  after: string | null,
  limit: number,
): Promise<SessionRow[]> {
  const { rows } = await db.query<SessionRow>(
    `SELECT id, user_id, state, active_account_id, ip, user_agent, created_at, last_seen_at, expires_at FROM sessions
     WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > $2 AND last_seen_at > $3 AND ($4::uuid IS NULL OR id < $4)
     ORDER BY id DESC LIMIT $5`,
    [userId, now, idleSince, after, limit + 1],
  );
  return rows;
}

export async function revokeSessionOfUser(db: Queryable, userId: string, sessionId: string, now: Date) {
  const { rowCount } = await db.query(
    'UPDATE sessions SET revoked_at = $3 WHERE id = $2 AND user_id = $1 AND revoked_at IS NULL',
    [userId, sessionId, now],
  );
  forgetSessionsAfterCommit(db, { sessionId });
  return rowCount === 1;
}

export async function revokeAllSessionsOfUser(
  db: Queryable,
  userId: string,
  now: Date,
  exceptSessionId: string | null = null,
) {
  await db.query(
    'UPDATE sessions SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3)',
    [userId, now, exceptSessionId],
  );
  forgetSessionsAfterCommit(db, { userId });
}

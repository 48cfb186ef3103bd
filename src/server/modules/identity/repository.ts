import type { AccountRole, StaffRole } from '../../../contract/index.ts';
import { memberJoined } from './membership-hooks.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { forgetSessionsAfterCommit } from './session-cache.ts';

// Identity rows belong to a person, not to an account: they are keyed by user id or by a secret token hash,
// which is the scope. Invitation queries that concern an account take the caller's account scope.

export interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  staff_role: StaffRole | null;
  limited_to_assigned_accounts: boolean;
  locale: string | null;
  time_zone: string | null;
  totp_secret_encrypted: string | null;
  totp_enabled_at: Date | null;
  locked_until: Date | null;
  created_at: Date;
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>(
    'SELECT * FROM users WHERE lower(email) = lower($1) AND deactivated_at IS NULL',
    [email],
  );
  return rows[0] ?? null;
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | null> {
  const { rows } = await db.query<UserRow>('SELECT * FROM users WHERE id = $1 AND deactivated_at IS NULL', [id]);
  return rows[0] ?? null;
}

export async function insertUser(
  db: Queryable,
  user: { id: string; email: string; name: string; passwordHash: string | null; staffRole: StaffRole | null },
) {
  await db.query('INSERT INTO users (id, email, name, password_hash, staff_role) VALUES ($1, $2, $3, $4, $5)', [
    user.id,
    user.email,
    user.name,
    user.passwordHash,
    user.staffRole,
  ]);
}

export async function updateUserFields(
  db: Queryable,
  userId: string,
  fields: { name?: string; locale?: string | null; timeZone?: string | null; phone?: string | null },
) {
  await db.query(
    `UPDATE users SET name = COALESCE($2, name),
       phone = CASE WHEN $7::boolean THEN $8 ELSE phone END,
       locale = CASE WHEN $3::boolean THEN $4 ELSE locale END,
       time_zone = CASE WHEN $5::boolean THEN $6 ELSE time_zone END, updated_at = now() WHERE id = $1`,
    [
      userId,
      fields.name ?? null,
      fields.locale !== undefined,
      fields.locale ?? null,
      fields.timeZone !== undefined,
      fields.timeZone ?? null,
      fields.phone !== undefined,
      fields.phone ?? null,
    ],
  );
  forgetSessionsAfterCommit(db, { userId });
}

export async function setPasswordHash(db: Queryable, userId: string, passwordHash: string) {
  await db.query('UPDATE users SET password_hash = $2, locked_until = NULL, updated_at = now() WHERE id = $1', [
    userId,
    passwordHash,
  ]);
}

export async function setStaffRole(db: Queryable, userId: string, role: StaffRole | null) {
  await db.query('UPDATE users SET staff_role = $2, updated_at = now() WHERE id = $1', [userId, role]);
  forgetSessionsAfterCommit(db, { userId });
}

export async function setLockedUntil(db: Queryable, userId: string, until: Date | null) {
  await db.query('UPDATE users SET locked_until = $2 WHERE id = $1', [userId, until]);
}

/** Accepts a TOTP time step once: true only when it is later than every step the user has used (RFC 6238 §5.2). */
export async function claimTotpStepOf(db: Queryable, userId: string, step: number): Promise<boolean> {
  const { rowCount } = await db.query(
    'UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)',
    [userId, step],
  );
  return rowCount === 1;
}

export async function setTotp(db: Queryable, userId: string, secretEncrypted: string | null, enabledAt: Date | null) {
  await db.query(
    'UPDATE users SET totp_secret_encrypted = $2, totp_enabled_at = $3, updated_at = now() WHERE id = $1',
    [userId, secretEncrypted, enabledAt],
  );
  forgetSessionsAfterCommit(db, { userId });
}

export async function replaceRecoveryCodes(db: Queryable, userId: string, codeHashes: string[]) {
  await db.query('DELETE FROM recovery_codes WHERE user_id = $1', [userId]);
  if (codeHashes.length)
    await db.query('INSERT INTO recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])', [
      userId,
      codeHashes,
    ]);
}

/** Marks a recovery code used; false if it was not an unused code of this user (so each works once). */
export async function useRecoveryCode(db: Queryable, userId: string, codeHash: string, now: Date) {
  const { rowCount } = await db.query(
    'UPDATE recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL',
    [userId, codeHash, now],
  );
  return rowCount === 1;
}

export interface MembershipRow {
  account_id: string;
  account_name: string;
  role: AccountRole;
  segment_id: string;
  segment_name: string;
  segment_kind: 'client_workspaces' | 'self_service';
  modules: string[];
  sign_in_methods: string[];
  require_two_factor: boolean;
  /** The segment's default language (migration 0056); null when it has none. */
  segment_default_language: string | null;
}

export async function listMembershipsOfUser(db: Queryable, userId: string): Promise<MembershipRow[]> {
  const { rows } = await db.query<MembershipRow>(
    `SELECT m.account_id, a.name AS account_name, m.role, s.id AS segment_id, s.name AS segment_name, s.kind AS segment_kind,
            s.modules, s.sign_in_methods, s.require_two_factor, s.default_language AS segment_default_language
     FROM memberships m JOIN accounts a ON a.id = m.account_id JOIN segments s ON s.id = a.segment_id
     WHERE m.user_id = $1 ORDER BY lower(a.name), a.id`,
    [userId],
  );
  return rows;
}

/**
 * Adds someone to an account; an existing membership is never lowered (an invitation as member keeps an admin an
 * admin). A new membership fires `memberJoined` in the caller's transaction.
 */
export async function addMembership(
  db: Queryable,
  accountId: string,
  userId: string,
  role: AccountRole,
  now = new Date(),
) {
  const { rows } = await db.query<{ inserted: boolean }>(
    `INSERT INTO memberships (account_id, user_id, role) VALUES ($1, $2, $3)
     ON CONFLICT (account_id, user_id) DO UPDATE SET role = CASE WHEN memberships.role = 'account_admin' THEN memberships.role ELSE EXCLUDED.role END
     RETURNING (xmax = 0) AS inserted`,
    [accountId, userId, role],
  );
  forgetSessionsAfterCommit(db, { userId });
  if (rows[0]?.inserted) await memberJoined.fire(db, { accountId, userId, now });
}

// ---- sessions ----

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

// ---- emailed single-use tokens ----

export async function insertAuthToken(
  db: Queryable,
  token: {
    id: string;
    purpose: 'password_reset' | 'magic_link';
    tokenHash: string;
    userId: string;
    now: Date;
    expiresAt: Date;
  },
) {
  await db.query(
    'INSERT INTO auth_tokens (id, purpose, token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)',
    [token.id, token.purpose, token.tokenHash, token.userId, token.now, token.expiresAt],
  );
}

/** Consumes a token atomically: a second use, or a race of two, finds nothing. */
export async function consumeAuthToken(
  db: Queryable,
  purpose: 'password_reset' | 'magic_link',
  tokenHash: string,
  now: Date,
): Promise<string | null> {
  const { rows } = await db.query<{ user_id: string }>(
    'UPDATE auth_tokens SET used_at = $3 WHERE purpose = $1 AND token_hash = $2 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $3 RETURNING user_id',
    [purpose, tokenHash, now],
  );
  return rows[0]?.user_id ?? null;
}

/** Withdraws a person's outstanding emailed links of the given kinds: they answer "expired or used" from now on. */
export async function revokeAuthTokensOfUser(
  db: Queryable,
  userId: string,
  purposes: ('password_reset' | 'magic_link')[],
  now: Date,
) {
  await db.query(
    `UPDATE auth_tokens SET revoked_at = $3
     WHERE user_id = $1 AND purpose = ANY($2::text[]) AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $3`,
    [userId, purposes, now],
  );
}

// Invitations and personal API tokens live in files of their own (this one held too many ideas).
export * from './repository-invitations.ts';
export * from './repository-api-tokens.ts';

/** A segment's default language (migration 0056): portal configuration, no account scope applies. */
export async function segmentDefaultLanguage(db: Queryable, segmentId: string): Promise<string | null> {
  const { rows } = await db.query<{ default_language: string | null }>(
    'SELECT default_language FROM segments WHERE id = $1',
    [segmentId],
  );
  return rows[0]?.default_language ?? null;
}

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
  phone: string | null;
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

/**
 * Several memberships in one statement (a CSV import's batch); pairs that exist already are left as they are.
 * The new ones fire `onMemberJoined` like `addMembership`, through the listeners' batch versions.
 */
export async function addMemberships(
  db: Queryable,
  memberships: { accountId: string; userId: string; role: AccountRole }[],
  now = new Date(),
) {
  if (!memberships.length) return;
  const { rows } = await db.query<{ account_id: string; user_id: string }>(
    `INSERT INTO memberships (account_id, user_id, role)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])
     ON CONFLICT (account_id, user_id) DO NOTHING
     RETURNING account_id, user_id`,
    [memberships.map((m) => m.accountId), memberships.map((m) => m.userId), memberships.map((m) => m.role)],
  );
  const [first, ...more] = rows.map((row) => ({ userId: row.user_id }));
  if (first) forgetSessionsAfterCommit(db, first, ...more);
  await memberJoined.fireMany(
    db,
    rows.map((row) => ({ accountId: row.account_id, userId: row.user_id, now })),
  );
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

// Invitations, personal API tokens and sessions live in files of their own (this one held too many ideas).
export * from './repository-invitations.ts';
export * from './repository-api-tokens.ts';
export * from './repository-sessions.ts';

/** A segment's default language (migration 0056): portal configuration, no account scope applies. */
export async function segmentDefaultLanguage(db: Queryable, segmentId: string): Promise<string | null> {
  const { rows } = await db.query<{ default_language: string | null }>(
    'SELECT default_language FROM segments WHERE id = $1',
    [segmentId],
  );
  return rows[0]?.default_language ?? null;
}

import type { Queryable } from '../../platform/db/index.ts';

// Passkeys belong to a person, not to an account: every query is keyed by the user id (the scope), except the
// sign-in lookup by credential id, which is how a usernameless sign-in learns whose passkey answered.

export interface PasskeyRow {
  id: string;
  user_id: string;
  credential_id: string;
  public_key: Buffer;
  sign_count: string | number;
  transports: string[];
  name: string;
  device_type: 'singleDevice' | 'multiDevice';
  backed_up: boolean;
  created_at: Date;
  last_used_at: Date | null;
}

const COLUMNS =
  'id, user_id, credential_id, public_key, sign_count, transports, name, device_type, backed_up, created_at, last_used_at';

export async function listPasskeysOfUser(db: Queryable, userId: string): Promise<PasskeyRow[]> {
  const { rows } = await db.query<PasskeyRow>(
    `SELECT ${COLUMNS} FROM passkeys WHERE user_id = $1 ORDER BY created_at, id LIMIT 100`,
    [userId],
  );
  return rows;
}

export async function countPasskeysOfUser(db: Queryable, userId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM passkeys WHERE user_id = $1', [
    userId,
  ]);
  return rows[0]!.n;
}

/** No user scope: the credential id is what the authenticator names; the row then says whose it is. */
export async function findPasskeyByCredentialId(db: Queryable, credentialId: string): Promise<PasskeyRow | null> {
  const { rows } = await db.query<PasskeyRow>(`SELECT ${COLUMNS} FROM passkeys WHERE credential_id = $1`, [
    credentialId,
  ]);
  return rows[0] ?? null;
}

/** false when the credential id is registered already (to anyone). */
export async function insertPasskey(
  db: Queryable,
  row: Omit<PasskeyRow, 'last_used_at' | 'sign_count'> & { sign_count: number },
): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO passkeys (id, user_id, credential_id, public_key, sign_count, transports, name, device_type, backed_up, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (credential_id) DO NOTHING`,
    [
      row.id,
      row.user_id,
      row.credential_id,
      row.public_key,
      row.sign_count,
      row.transports,
      row.name,
      row.device_type,
      row.backed_up,
      row.created_at,
    ],
  );
  return rowCount === 1;
}

export async function renamePasskeyOfUser(
  db: Queryable,
  userId: string,
  passkeyId: string,
  name: string,
): Promise<PasskeyRow | null> {
  const { rows } = await db.query<PasskeyRow>(
    `UPDATE passkeys SET name = $3 WHERE id = $2 AND user_id = $1 RETURNING ${COLUMNS}`,
    [userId, passkeyId, name],
  );
  return rows[0] ?? null;
}

export async function deletePasskeyOfUser(
  db: Queryable,
  userId: string,
  passkeyId: string,
): Promise<PasskeyRow | null> {
  const { rows } = await db.query<PasskeyRow>(
    `DELETE FROM passkeys WHERE id = $2 AND user_id = $1 RETURNING ${COLUMNS}`,
    [userId, passkeyId],
  );
  return rows[0] ?? null;
}

/**
 * Moves the signature counter forward from the value the assertion was checked against. false when another
 * request used the passkey in between (the same assertion replayed concurrently, or a cloned authenticator).
 */
export async function advancePasskeyCounter(
  db: Queryable,
  userId: string,
  passkeyId: string,
  checkedCount: number,
  newCount: number,
  now: Date,
): Promise<boolean> {
  const { rowCount } = await db.query(
    'UPDATE passkeys SET sign_count = $4, last_used_at = $5 WHERE id = $2 AND user_id = $1 AND sign_count = $3',
    [userId, passkeyId, checkedCount, newCount, now],
  );
  return rowCount === 1;
}

// ---- challenges ----

export type ChallengePurpose = 'register' | 'sign_in' | 'proof';

export async function insertPasskeyChallenge(
  db: Queryable,
  challenge: {
    id: string;
    purpose: ChallengePurpose;
    challenge: string;
    userId: string | null;
    sessionId: string | null;
    now: Date;
    expiresAt: Date;
  },
) {
  // Expired challenges are swept here, a few at a time: no periodic job needed for a table this small.
  await db.query(
    'DELETE FROM passkey_challenges WHERE id IN (SELECT id FROM passkey_challenges WHERE expires_at < $1 LIMIT 50)',
    [challenge.now],
  );
  await db.query(
    'INSERT INTO passkey_challenges (id, purpose, challenge, user_id, session_id, expires_at) VALUES ($1, $2, $3, $4, $5, $6)',
    [challenge.id, challenge.purpose, challenge.challenge, challenge.userId, challenge.sessionId, challenge.expiresAt],
  );
}

/**
 * Uses a challenge up (DELETE ... RETURNING: of two concurrent verifications only one gets it). A register/proof
 * challenge must belong to the calling session; a sign-in challenge belongs to nobody (sessionId null).
 */
export async function consumePasskeyChallenge(
  db: Queryable,
  id: string,
  purpose: ChallengePurpose,
  sessionId: string | null,
  now: Date,
): Promise<string | null> {
  const { rows } = await db.query<{ challenge: string }>(
    `DELETE FROM passkey_challenges WHERE id = $1 AND purpose = $2 AND session_id IS NOT DISTINCT FROM $3::uuid
     RETURNING challenge, expires_at > $4 AS live`,
    [id, purpose, sessionId, now],
  );
  const row = rows[0] as { challenge: string; live?: boolean } | undefined;
  return row?.live ? row.challenge : null;
}

export async function countUnusedRecoveryCodes(db: Queryable, userId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL',
    [userId],
  );
  return rows[0]!.n;
}

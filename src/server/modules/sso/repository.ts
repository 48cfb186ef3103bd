import type { Queryable } from '../../platform/db/index.ts';

// Providers and links are firm-wide (staff configure them, not an account): no account scope applies to these
// queries. Segment providers carry their segment; who may sign in is checked against memberships in the use cases.

export interface JitAccount {
  domain: string;
  accountId: string;
  role: 'account_admin' | 'member';
}

export interface ProviderRow {
  id: string;
  name: string;
  protocol: 'oidc' | 'saml';
  /** OIDC: the issuer URL; SAML: the IdP entity id. */
  issuer: string;
  client_id: string;
  client_secret_sealed: string;
  scopes: string[];
  email_claim: string;
  allowed_domains: string[];
  audience: 'staff' | 'segment';
  segment_id: string | null;
  jit_accounts: JitAccount[];
  saml_sso_url: string | null;
  saml_idp_certificate: string | null;
  /** SAML: AuthnRequests signed with the SP's key (sealed) and certificate (public, in the metadata). */
  saml_sign_requests: boolean;
  saml_sp_signing_key_sealed: string | null;
  saml_sp_signing_certificate: string | null;
  /** SAML: assertions must arrive encrypted to the SP's certificate; decrypted with its key (sealed). */
  saml_encrypted_assertions: boolean;
  saml_sp_decryption_key_sealed: string | null;
  saml_sp_encryption_certificate: string | null;
  /** During a key rollover (0073): the previous SP keys, still published and (encryption) still decrypting. */
  saml_sp_previous_signing_certificate: string | null;
  saml_sp_previous_decryption_key_sealed: string | null;
  saml_sp_previous_encryption_certificate: string | null;
  saml_sp_keys_rotated_at: Date | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export async function listProviders(db: Queryable): Promise<ProviderRow[]> {
  const { rows } = await db.query<ProviderRow>('SELECT * FROM sso_providers ORDER BY name, id');
  return rows;
}

export async function findProvider(db: Queryable, id: string): Promise<ProviderRow | null> {
  const { rows } = await db.query<ProviderRow>('SELECT * FROM sso_providers WHERE id = $1', [id]);
  return rows[0] ?? null;
}

export async function insertProvider(db: Queryable, row: Omit<ProviderRow, 'created_at' | 'updated_at' | 'version'>) {
  await db.query(
    `INSERT INTO sso_providers (id, name, issuer, client_id, client_secret_sealed, scopes, email_claim, allowed_domains,
       audience, segment_id, jit_accounts, protocol, saml_sso_url, saml_idp_certificate, saml_sign_requests,
       saml_sp_signing_key_sealed, saml_sp_signing_certificate, saml_encrypted_assertions, saml_sp_decryption_key_sealed,
       saml_sp_encryption_certificate)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)`,
    [
      row.id,
      row.name,
      row.issuer,
      row.client_id,
      row.client_secret_sealed,
      row.scopes,
      row.email_claim,
      row.allowed_domains,
      row.audience,
      row.segment_id,
      JSON.stringify(row.jit_accounts),
      row.protocol,
      row.saml_sso_url,
      row.saml_idp_certificate,
      row.saml_sign_requests,
      row.saml_sp_signing_key_sealed,
      row.saml_sp_signing_certificate,
      row.saml_encrypted_assertions,
      row.saml_sp_decryption_key_sealed,
      row.saml_sp_encryption_certificate,
    ],
  );
}

/** Optimistic concurrency: null when the version moved on (or the provider is gone). */
export async function updateProvider(
  db: Queryable,
  id: string,
  version: number,
  fields: Partial<
    Pick<
      ProviderRow,
      | 'name'
      | 'issuer'
      | 'client_id'
      | 'client_secret_sealed'
      | 'scopes'
      | 'email_claim'
      | 'allowed_domains'
      | 'jit_accounts'
      | 'saml_sso_url'
      | 'saml_idp_certificate'
      | 'saml_sign_requests'
      | 'saml_sp_signing_key_sealed'
      | 'saml_sp_signing_certificate'
      | 'saml_encrypted_assertions'
      | 'saml_sp_decryption_key_sealed'
      | 'saml_sp_encryption_certificate'
    >
  >,
) {
  const { rows } = await db.query<ProviderRow>(
    `UPDATE sso_providers SET name = COALESCE($3, name), issuer = COALESCE($4, issuer), client_id = COALESCE($5, client_id),
       client_secret_sealed = COALESCE($6, client_secret_sealed), scopes = COALESCE($7, scopes),
       email_claim = COALESCE($8, email_claim), allowed_domains = COALESCE($9, allowed_domains),
       jit_accounts = COALESCE($10::jsonb, jit_accounts), saml_sso_url = COALESCE($11, saml_sso_url),
       saml_idp_certificate = COALESCE($12, saml_idp_certificate),
       saml_sign_requests = COALESCE($13, saml_sign_requests),
       saml_sp_signing_key_sealed = COALESCE($14, saml_sp_signing_key_sealed),
       saml_sp_signing_certificate = COALESCE($15, saml_sp_signing_certificate),
       saml_encrypted_assertions = COALESCE($16, saml_encrypted_assertions),
       saml_sp_decryption_key_sealed = COALESCE($17, saml_sp_decryption_key_sealed),
       saml_sp_encryption_certificate = COALESCE($18, saml_sp_encryption_certificate),
       updated_at = now(), version = version + 1
     WHERE id = $1 AND version = $2 RETURNING *`,
    [
      id,
      version,
      fields.name ?? null,
      fields.issuer ?? null,
      fields.client_id ?? null,
      fields.client_secret_sealed ?? null,
      fields.scopes ?? null,
      fields.email_claim ?? null,
      fields.allowed_domains ?? null,
      fields.jit_accounts ? JSON.stringify(fields.jit_accounts) : null,
      fields.saml_sso_url ?? null,
      fields.saml_idp_certificate ?? null,
      fields.saml_sign_requests ?? null,
      fields.saml_sp_signing_key_sealed ?? null,
      fields.saml_sp_signing_certificate ?? null,
      fields.saml_encrypted_assertions ?? null,
      fields.saml_sp_decryption_key_sealed ?? null,
      fields.saml_sp_encryption_certificate ?? null,
    ],
  );
  return rows[0] ?? null;
}

/**
 * Starts a rollover: the new keys become current, the old ones previous. Refused (null) when a rollover is already
 * open, so an old key is never dropped without its explicit retirement.
 */
export async function rotateSamlKeys(
  db: Queryable,
  id: string,
  keys: {
    signingKeySealed: string | null;
    signingCertificate: string | null;
    decryptionKeySealed: string | null;
    encryptionCertificate: string | null;
  },
  now: Date,
) {
  const { rows } = await db.query<ProviderRow>(
    `UPDATE sso_providers SET
       saml_sp_previous_signing_certificate = saml_sp_signing_certificate,
       saml_sp_previous_decryption_key_sealed = saml_sp_decryption_key_sealed,
       saml_sp_previous_encryption_certificate = saml_sp_encryption_certificate,
       saml_sp_signing_key_sealed = COALESCE($2, saml_sp_signing_key_sealed),
       saml_sp_signing_certificate = COALESCE($3, saml_sp_signing_certificate),
       saml_sp_decryption_key_sealed = COALESCE($4, saml_sp_decryption_key_sealed),
       saml_sp_encryption_certificate = COALESCE($5, saml_sp_encryption_certificate),
       saml_sp_keys_rotated_at = $6, updated_at = $6, version = version + 1
     WHERE id = $1 AND protocol = 'saml' AND saml_sp_keys_rotated_at IS NULL
     RETURNING *`,
    [id, keys.signingKeySealed, keys.signingCertificate, keys.decryptionKeySealed, keys.encryptionCertificate, now],
  );
  return rows[0] ?? null;
}

/** Ends a rollover: the previous keys are forgotten (null when none was open). */
export async function retireSamlKeys(db: Queryable, id: string, now: Date) {
  const { rows } = await db.query<ProviderRow>(
    `UPDATE sso_providers SET saml_sp_previous_signing_certificate = NULL,
       saml_sp_previous_decryption_key_sealed = NULL, saml_sp_previous_encryption_certificate = NULL,
       saml_sp_keys_rotated_at = NULL, updated_at = $2, version = version + 1
     WHERE id = $1 AND saml_sp_keys_rotated_at IS NOT NULL
     RETURNING *`,
    [id, now],
  );
  return rows[0] ?? null;
}

export async function deleteProvider(db: Queryable, id: string) {
  const { rowCount } = await db.query('DELETE FROM sso_providers WHERE id = $1', [id]);
  return (rowCount ?? 0) > 0;
}

/** Accounts named in a JIT mapping must exist and belong to the provider's segment. */
export async function accountsInSegment(db: Queryable, segmentId: string, accountIds: string[]) {
  const { rows } = await db.query<{ id: string }>(
    'SELECT id FROM accounts WHERE segment_id = $1 AND id = ANY($2::uuid[])',
    [segmentId, accountIds],
  );
  return new Set(rows.map((row) => row.id));
}

export async function segmentExists(db: Queryable, segmentId: string) {
  const { rows } = await db.query('SELECT 1 FROM segments WHERE id = $1', [segmentId]);
  return rows.length > 0;
}

// ---- sign-in attempts ----

export async function insertLogin(
  db: Queryable,
  row: {
    id: string;
    providerId: string;
    stateHash: string;
    nonce: string;
    verifierSealed: string;
    now: Date;
    expiresAt: Date;
  },
) {
  await db.query(
    `INSERT INTO sso_logins (id, provider_id, state_hash, nonce, code_verifier_sealed, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [row.id, row.providerId, row.stateHash, row.nonce, row.verifierSealed, row.now, row.expiresAt],
  );
  // Old attempts are useless: clear them as new ones come in.
  await db.query('DELETE FROM sso_logins WHERE expires_at < $1', [new Date(row.now.getTime() - 86_400_000)]);
}

/** Single use: the first callback with this state takes the row; a replay (or a concurrent twin) gets null. */
export async function consumeLogin(db: Queryable, providerId: string, stateHash: string, now: Date) {
  const { rows } = await db.query<{ nonce: string; code_verifier_sealed: string }>(
    `UPDATE sso_logins SET consumed_at = $3
     WHERE provider_id = $1 AND state_hash = $2 AND consumed_at IS NULL AND expires_at > $3
     RETURNING nonce, code_verifier_sealed`,
    [providerId, stateHash, now],
  );
  return rows[0] ?? null;
}

/**
 * A SAML response comes back to the browser that started it: its login row (by the state cookie), read without
 * consuming it so a replayed response reaches the assertion-id check; expired rows are not found.
 */
export async function findLoginByState(db: Queryable, providerId: string, stateHash: string, now: Date) {
  const { rows } = await db.query<{ id: string; nonce: string; created_at: Date }>(
    'SELECT id, nonce, created_at FROM sso_logins WHERE provider_id = $1 AND state_hash = $2 AND expires_at > $3',
    [providerId, stateHash, now],
  );
  return rows[0] ?? null;
}

/** Single use of a SAML login row: the first response takes it; a concurrent twin gets false. */
export async function consumeLoginById(db: Queryable, id: string, now: Date) {
  const { rowCount } = await db.query('UPDATE sso_logins SET consumed_at = $2 WHERE id = $1 AND consumed_at IS NULL', [
    id,
    now,
  ]);
  return (rowCount ?? 0) > 0;
}

/**
 * Remembers an accepted SAML assertion id until it expires; false when it was already seen (a replay), in this
 * process or another (the primary key decides, so two concurrent posts of one assertion cannot both pass).
 */
export async function rememberAssertion(db: Queryable, providerId: string, assertionId: string, expiresAt: Date) {
  const { rowCount } = await db.query(
    `INSERT INTO sso_saml_assertions (provider_id, assertion_id, expires_at) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING`,
    [providerId, assertionId, expiresAt],
  );
  return (rowCount ?? 0) > 0;
}

/** Ids of expired assertions can no longer be replayed (the assertion itself is refused): forget them. */
export async function sweepAssertions(db: Queryable, now: Date) {
  await db.query('DELETE FROM sso_saml_assertions WHERE expires_at < $1', [now]);
}

// ---- identities and link requests ----

export async function userOfIdentity(db: Queryable, providerId: string, subject: string) {
  const { rows } = await db.query<{ user_id: string }>(
    'SELECT user_id FROM sso_identities WHERE provider_id = $1 AND subject = $2',
    [providerId, subject],
  );
  return rows[0]?.user_id ?? null;
}

export async function insertIdentity(
  db: Queryable,
  row: { id: string; providerId: string; subject: string; userId: string },
) {
  await db.query(
    `INSERT INTO sso_identities (id, provider_id, subject, user_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (provider_id, subject) DO NOTHING`,
    [row.id, row.providerId, row.subject, row.userId],
  );
}

export async function insertLinkRequest(
  db: Queryable,
  row: {
    id: string;
    tokenHash: string;
    providerId: string;
    subject: string;
    userId: string;
    now: Date;
    expiresAt: Date;
  },
) {
  await db.query(
    `INSERT INTO sso_link_requests (id, token_hash, provider_id, subject, user_id, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [row.id, row.tokenHash, row.providerId, row.subject, row.userId, row.now, row.expiresAt],
  );
  // Expired requests are useless (and hold a code hash): cleared as new ones come in, a day after they expired.
  await db.query('DELETE FROM sso_link_requests WHERE expires_at < $1', [new Date(row.now.getTime() - 86_400_000)]);
}

export async function findLinkRequest(db: Queryable, tokenHash: string, now: Date) {
  const { rows } = await db.query<{ id: string; provider_id: string; subject: string; user_id: string }>(
    `SELECT id, provider_id, subject, user_id FROM sso_link_requests
     WHERE token_hash = $1 AND consumed_at IS NULL AND expires_at > $2`,
    [tokenHash, now],
  );
  return rows[0] ?? null;
}

export async function consumeLinkRequest(db: Queryable, id: string, now: Date) {
  const { rowCount } = await db.query(
    'UPDATE sso_link_requests SET consumed_at = $2 WHERE id = $1 AND consumed_at IS NULL',
    [id, now],
  );
  return (rowCount ?? 0) > 0;
}

// ---- emailed link codes ----

export interface LinkCodeState {
  id: string;
  user_id: string;
  provider_id: string;
  codes_sent: number;
  code_sent_at: Date | null;
}

export async function findLinkRequestForCode(db: Queryable, tokenHash: string, now: Date) {
  const { rows } = await db.query<LinkCodeState>(
    `SELECT id, user_id, provider_id, codes_sent, code_sent_at FROM sso_link_requests
     WHERE token_hash = $1 AND consumed_at IS NULL AND expires_at > $2`,
    [tokenHash, now],
  );
  return rows[0] ?? null;
}

/**
 * A new code replaces the old one, with fresh attempts, only while fewer than `maxSends` were sent and the last
 * one is older than `gapMs` (the conditions are in the UPDATE, so two clicks at once send one code).
 */
export async function storeLinkCode(
  db: Queryable,
  row: { id: string; codeHash: string; now: Date; expiresAt: Date; maxSends: number; gapMs: number },
) {
  const { rowCount } = await db.query(
    `UPDATE sso_link_requests SET code_hash = $2, code_expires_at = $4, code_attempts = 0,
       codes_sent = codes_sent + 1, code_sent_at = $3
     WHERE id = $1 AND consumed_at IS NULL AND codes_sent < $5
       AND (code_sent_at IS NULL OR code_sent_at <= $6)`,
    [row.id, row.codeHash, row.now, row.expiresAt, row.maxSends, new Date(row.now.getTime() - row.gapMs)],
  );
  return (rowCount ?? 0) > 0;
}

/** Counts one attempt before the comparison; null when attempts are used up, or no live code exists. */
export async function takeLinkCodeAttempt(db: Queryable, id: string, now: Date, maxAttempts: number) {
  const { rows } = await db.query<{ code_hash: string }>(
    `UPDATE sso_link_requests SET code_attempts = code_attempts + 1
     WHERE id = $1 AND consumed_at IS NULL AND code_hash IS NOT NULL AND code_expires_at > $2
       AND code_attempts < $3
     RETURNING code_hash`,
    [id, now, maxAttempts],
  );
  return rows[0]?.code_hash ?? null;
}

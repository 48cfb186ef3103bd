import type { EnvelopeMode, EnvelopeStatus, SignatureFieldKind } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { timestampKey } from '../../platform/http/pagination.ts';

/**
 * SQL of envelopes, their signers, fields and events. Account queries take the caller's scope as `[all, ids]`
 * (scopeParams); the rows of an envelope (signers, fields, events) are read for envelopes already found through it.
 */
type Scope = [boolean, string[]];

export interface EnvelopeRow {
  id: string;
  account_id: string;
  account_name: string;
  title: string;
  message: string;
  source: 'document' | 'template';
  mode: EnvelopeMode;
  status: EnvelopeStatus;
  original_key: string;
  original_sha256: string;
  page_count: number;
  completed_key: string | null;
  completed_sha256: string | null;
  completed_document_id: string | null;
  expires_at: Date | null;
  void_reason: string | null;
  sent_by: string | null;
  sent_by_name: string | null;
  created_at: Date;
  closed_at: Date | null;
  cursor_at: string;
  version: number;
}

const SELECT = `SELECT e.id, e.account_id, a.name AS account_name, e.title, e.message, e.source, e.mode, e.status,
  e.original_key, e.original_sha256, e.page_count, e.completed_key, e.completed_sha256, e.completed_document_id,
  e.expires_at, e.void_reason, e.sent_by, s.name AS sent_by_name, e.created_at, e.closed_at,
  ${timestampKey('e.created_at')} AS cursor_at, e.version
  FROM signature_envelopes e JOIN accounts a ON a.id = e.account_id LEFT JOIN users s ON s.id = e.sent_by`;

const VISIBLE = `($1::boolean OR e.account_id = ANY($2::uuid[]))`;

export async function findEnvelope(db: Queryable, id: string, scope: Scope, lock = false) {
  const { rows } = await db.query<EnvelopeRow>(
    `${SELECT} WHERE ${VISIBLE} AND e.id = $3${lock ? ' FOR UPDATE OF e' : ''}`,
    [...scope, id],
  );
  return rows[0] ?? null;
}

/** The signers whose turn it is, in SQL: sequential = the first not signed; parallel = every one not signed. */
const AWAITING = `SELECT g.envelope_id, g.user_id, g.id AS signer_id FROM signature_signers g
  JOIN signature_envelopes x ON x.id = g.envelope_id
  WHERE x.status = 'sent' AND g.status = 'waiting'
    AND (x.mode = 'parallel' OR g.position = (SELECT min(q.position) FROM signature_signers q
           WHERE q.envelope_id = g.envelope_id AND q.status <> 'signed'))`;

export interface EnvelopeFilter {
  accountId: string | null;
  status?: EnvelopeStatus;
  awaitingUserId?: string;
  cursor: string[] | null;
  limit: number;
}

/** Newest first (keyset on created_at, id). */
export async function listEnvelopes(db: Queryable, scope: Scope, filter: EnvelopeFilter) {
  const { rows } = await db.query<EnvelopeRow>(
    `${SELECT} WHERE ${VISIBLE}
       AND ($3::uuid IS NULL OR e.account_id = $3) AND ($4::text IS NULL OR e.status = $4)
       AND ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM (${AWAITING}) w WHERE w.envelope_id = e.id AND w.user_id = $5))
       AND ($6::timestamptz IS NULL OR (e.created_at, e.id) < ($6::timestamptz, $7::uuid))
     ORDER BY e.created_at DESC, e.id DESC LIMIT $8`,
    [
      ...scope,
      filter.accountId,
      filter.status ?? null,
      filter.awaitingUserId ?? null,
      filter.cursor?.[0] ?? null,
      filter.cursor?.[1] ?? null,
      filter.limit + 1,
    ],
  );
  return rows;
}

export interface SignerRow {
  id: string;
  envelope_id: string;
  user_id: string;
  position: number;
  side: 'client' | 'firm';
  name: string;
  email: string;
  locale: string | null;
  status: 'waiting' | 'signed' | 'declined';
  consented_at: Date | null;
  signed_at: Date | null;
  signed_sha256: string | null;
  signed_ip: string | null;
  signed_user_agent: string | null;
  signature_kind: 'drawn' | 'typed' | null;
  signature_value: string | null;
  decline_reason: string | null;
}

export async function signersOf(db: Queryable, envelopeIds: string[]) {
  const { rows } = await db.query<SignerRow>(
    `SELECT g.id, g.envelope_id, g.user_id, g.position, g.side, g.name, g.email, u.locale, g.status, g.consented_at,
            g.signed_at, g.signed_sha256, g.signed_ip, g.signed_user_agent, g.signature_kind, g.signature_value,
            g.decline_reason
       FROM signature_signers g JOIN users u ON u.id = g.user_id
      WHERE g.envelope_id = ANY($1::uuid[]) ORDER BY g.envelope_id, g.position`,
    [envelopeIds],
  );
  return rows;
}

export interface FieldRow {
  id: string;
  envelope_id: string;
  signer_id: string;
  kind: SignatureFieldKind;
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  required: boolean;
  value: string | null;
}

export async function fieldsOf(db: Queryable, envelopeIds: string[]) {
  const { rows } = await db.query<FieldRow>(
    `SELECT id, envelope_id, signer_id, kind, page, x, y, width, height, label, required, value
       FROM signature_fields WHERE envelope_id = ANY($1::uuid[]) ORDER BY envelope_id, page, y, x, id`,
    [envelopeIds],
  );
  return rows;
}

export interface EventRow {
  id: string;
  envelope_id: string;
  signer_id: string | null;
  kind: string;
  actor_name: string | null;
  actor_email: string | null;
  ip: string | null;
  user_agent: string | null;
  sha256: string | null;
  detail: string | null;
  occurred_at: Date;
}

export async function eventsOf(db: Queryable, envelopeIds: string[]) {
  const { rows } = await db.query<EventRow>(
    `SELECT v.id, v.envelope_id, v.signer_id, v.kind, u.name AS actor_name, u.email AS actor_email, v.ip,
            v.user_agent, v.sha256, v.detail, v.occurred_at
       FROM signature_events v LEFT JOIN users u ON u.id = v.actor_user_id
      WHERE v.envelope_id = ANY($1::uuid[]) ORDER BY v.envelope_id, v.occurred_at, v.id`,
    [envelopeIds],
  );
  return rows;
}

export interface NewEnvelope {
  id: string;
  accountId: string;
  title: string;
  message: string;
  source: 'document' | 'template';
  sourceDocumentId: string | null;
  mode: EnvelopeMode;
  originalKey: string;
  originalSha256: string;
  pageCount: number;
  expiresAt: string | null;
  sentBy: string;
  now: Date;
  signers: { id: string; userId: string; side: 'client' | 'firm'; name: string; email: string }[];
  fields: Omit<FieldRow, 'envelope_id' | 'value'>[];
}

export async function insertEnvelope(db: Queryable, e: NewEnvelope) {
  await db.query(
    `INSERT INTO signature_envelopes (id, account_id, title, message, source, source_document_id, mode, original_key,
       original_sha256, page_count, expires_at, sent_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      e.id,
      e.accountId,
      e.title,
      e.message,
      e.source,
      e.sourceDocumentId,
      e.mode,
      e.originalKey,
      e.originalSha256,
      e.pageCount,
      e.expiresAt,
      e.sentBy,
      e.now,
    ],
  );
  await db.query(
    `INSERT INTO signature_signers (id, envelope_id, user_id, position, side, name, email)
     SELECT s.id, $1, s.user_id, s.ord, s.side, s.name, s.email
       FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[])
            WITH ORDINALITY AS s(id, user_id, side, name, email, ord)`,
    [
      e.id,
      e.signers.map((s) => s.id),
      e.signers.map((s) => s.userId),
      e.signers.map((s) => s.side),
      e.signers.map((s) => s.name),
      e.signers.map((s) => s.email),
    ],
  );
  await db.query(
    `INSERT INTO signature_fields (id, envelope_id, signer_id, kind, page, x, y, width, height, label, required)
     SELECT f.id, $1, f.signer_id, f.kind, f.page, f.x, f.y, f.width, f.height, f.label, f.required
       FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::float8[], $7::float8[], $8::float8[],
                   $9::float8[], $10::text[], $11::boolean[]) AS f(id, signer_id, kind, page, x, y, width, height, label, required)`,
    [
      e.id,
      e.fields.map((f) => f.id),
      e.fields.map((f) => f.signer_id),
      e.fields.map((f) => f.kind),
      e.fields.map((f) => f.page),
      e.fields.map((f) => f.x),
      e.fields.map((f) => f.y),
      e.fields.map((f) => f.width),
      e.fields.map((f) => f.height),
      e.fields.map((f) => f.label),
      e.fields.map((f) => f.required),
    ],
  );
}

export interface NewEvent {
  envelopeId: string;
  signerId: string | null;
  kind: string;
  actorUserId: string | null;
  ip: string | null;
  userAgent: string | null;
  sha256: string | null;
  detail: string | null;
  id: string;
  now: Date;
}

/** One line of the envelope's trail (no scope: the envelope was found or locked through the caller's). */
export async function insertEvent(db: Queryable, v: NewEvent) {
  await db.query(
    `INSERT INTO signature_events (id, envelope_id, signer_id, kind, actor_user_id, ip, user_agent, sha256, detail,
       occurred_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [v.id, v.envelopeId, v.signerId, v.kind, v.actorUserId, v.ip, v.userAgent, v.sha256, v.detail, v.now],
  );
}

/** Writes one signer's signature; false when they had already signed or declined (a replay or a lost race). */
export async function recordSignature(
  db: Queryable,
  signerId: string,
  s: { kind: 'drawn' | 'typed'; value: string; sha256: string; ip: string | null; userAgent: string | null; now: Date },
) {
  const { rowCount } = await db.query(
    `UPDATE signature_signers SET status = 'signed', consented_at = $6, signed_at = $6, signed_sha256 = $4,
       signed_ip = $5, signed_user_agent = $7, signature_kind = $2, signature_value = $3
     WHERE id = $1 AND status = 'waiting'`,
    [signerId, s.kind, s.value, s.sha256, s.ip, s.now, s.userAgent],
  );
  return rowCount === 1;
}

export async function recordDecline(db: Queryable, signerId: string, reason: string) {
  const { rowCount } = await db.query(
    `UPDATE signature_signers SET status = 'declined', decline_reason = $2 WHERE id = $1 AND status = 'waiting'`,
    [signerId, reason],
  );
  return rowCount === 1;
}

export async function setFieldValues(db: Queryable, envelopeId: string, values: { id: string; value: string }[]) {
  if (!values.length) return;
  await db.query(
    `UPDATE signature_fields f SET value = v.value FROM unnest($2::uuid[], $3::text[]) AS v(id, value)
      WHERE f.envelope_id = $1 AND f.id = v.id`,
    [envelopeId, values.map((v) => v.id), values.map((v) => v.value)],
  );
}

export async function markFirstViewed(db: Queryable, signerId: string, now: Date) {
  await db.query('UPDATE signature_signers SET first_viewed_at = $2 WHERE id = $1 AND first_viewed_at IS NULL', [
    signerId,
    now,
  ]);
}

export async function closeEnvelope(
  db: Queryable,
  id: string,
  status: Exclude<EnvelopeStatus, 'sent'>,
  now: Date,
  extra: { voidReason?: string; completedKey?: string; completedSha256?: string; completedDocumentId?: string } = {},
) {
  await db.query(
    `UPDATE signature_envelopes SET status = $2, closed_at = $3, version = version + 1, void_reason = $4,
       completed_key = $5, completed_sha256 = $6, completed_document_id = $7
     WHERE id = $1 AND status = 'sent'`,
    [
      id,
      status,
      now,
      extra.voidReason ?? null,
      extra.completedKey ?? null,
      extra.completedSha256 ?? null,
      extra.completedDocumentId ?? null,
    ],
  );
}

export async function bumpVersion(db: Queryable, id: string) {
  await db.query('UPDATE signature_envelopes SET version = version + 1 WHERE id = $1', [id]);
}

/**
 * Open envelopes past their expiry, locked for the sweep (SKIP LOCKED: a sign in progress keeps its envelope).
 * Portal-wide: the sweep acts for every account.
 */
export async function expiredOpenEnvelopes(db: Queryable, now: Date, limit: number) {
  const { rows } = await db.query<{ id: string; account_id: string; title: string }>(
    `SELECT id, account_id, title FROM signature_envelopes WHERE status = 'sent' AND expires_at <= $1
      ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [now, limit],
  );
  return rows;
}

/**
 * Open envelopes every signer signed: completion did not run after the last signature (the process died). The
 * sweep completes them. Portal-wide: the sweep acts for every account.
 */
export async function signedOpenEnvelopes(db: Queryable, limit: number) {
  const { rows } = await db.query<{ id: string }>(
    `SELECT e.id FROM signature_envelopes e WHERE e.status = 'sent'
        AND NOT EXISTS (SELECT 1 FROM signature_signers g WHERE g.envelope_id = e.id AND g.status <> 'signed')
      ORDER BY e.created_at LIMIT $1`,
    [limit],
  );
  return rows;
}

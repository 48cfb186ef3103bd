import type { Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';

// Senders, templates and keys are the firm's settings (of a segment, or portal-wide), not an account's data: no account
// scope applies.
// Every query names its segment (or the sending domain, which the firm owns).

export async function segmentExists(db: Queryable, segmentId: string) {
  return (await db.query('SELECT 1 FROM segments WHERE id = $1', [segmentId])).rows.length > 0;
}

export interface SenderRow {
  segment_id: string;
  from_name: string | null;
  from_address: string | null;
  version: number;
}

export async function findSender(db: Queryable, segmentId: string): Promise<SenderRow | null> {
  const { rows } = await db.query<SenderRow>(
    'SELECT segment_id, from_name, from_address, version FROM mail_segment_senders WHERE segment_id = $1',
    [segmentId],
  );
  return rows[0] ?? null;
}

/**
 * Saves with optimistic concurrency: null when `expectedVersion` is stale. A segment without a row is version 1
 * (what GET shows), so its first save makes version 2.
 */
export async function saveSender(
  db: Queryable,
  segmentId: string,
  fields: { fromName: string | null; fromAddress: string | null },
  expectedVersion: number | null,
): Promise<SenderRow | null> {
  const columns = 'segment_id, from_name, from_address, version';
  const { rows: updated } = await db.query<SenderRow>(
    `UPDATE mail_segment_senders SET from_name = $2, from_address = $3, version = version + 1, updated_at = now()
      WHERE segment_id = $1 AND ($4::integer IS NULL OR version = $4) RETURNING ${columns}`,
    [segmentId, fields.fromName, fields.fromAddress, expectedVersion],
  );
  if (updated[0]) return updated[0];
  if (expectedVersion !== null && expectedVersion !== 1) return null;
  // No row yet (or a stale one, which the insert's conflict leaves alone: then null, stale).
  const { rows } = await db.query<SenderRow>(
    `INSERT INTO mail_segment_senders (segment_id, from_name, from_address, version) VALUES ($1, $2, $3, 2)
     ON CONFLICT (segment_id) DO NOTHING RETURNING ${columns}`,
    [segmentId, fields.fromName, fields.fromAddress],
  );
  return rows[0] ?? null;
}

export interface DkimKeyRow {
  domain: string;
  selector: string;
  private_key_sealed: string;
  public_key_der: string;
}

export async function findDkimKey(db: Queryable, domain: string): Promise<DkimKeyRow | null> {
  const { rows } = await db.query<DkimKeyRow>(
    'SELECT domain, selector, private_key_sealed, public_key_der FROM mail_dkim_keys WHERE domain = $1',
    [domain],
  );
  return rows[0] ?? null;
}

/** The first key of a domain wins: two saves racing for one domain end with one key (the other's is dropped). */
export async function insertDkimKey(db: Queryable, row: DkimKeyRow) {
  await db.query(
    `INSERT INTO mail_dkim_keys (domain, selector, private_key_sealed, public_key_der) VALUES ($1, $2, $3, $4)
     ON CONFLICT (domain) DO NOTHING`,
    [row.domain, row.selector, row.private_key_sealed, row.public_key_der],
  );
}

/**
 * A template's scope: a segment's id, or null for the firm-level (portal-wide) version that staff mail and every
 * segment without its own version use (migration 0072).
 */
export type TemplateScope = string | null;

export interface TemplateRow {
  id: string;
  segment_id: string | null;
  template_key: string;
  locale: string;
  subject: string;
  html: string;
  text_body: string;
  version: number;
  updated_at: Date;
}

export async function listEditedTemplates(db: Queryable, scope: TemplateScope) {
  const { rows } = await db.query<{ template_key: string; locale: string }>(
    `SELECT template_key, locale FROM mail_templates WHERE segment_id IS NOT DISTINCT FROM $1::uuid
     ORDER BY template_key, locale`,
    [scope],
  );
  return rows;
}

export async function findTemplate(
  db: Queryable,
  scope: TemplateScope,
  key: string,
  locale: string,
): Promise<TemplateRow | null> {
  const { rows } = await db.query<TemplateRow>(
    `SELECT * FROM mail_templates WHERE segment_id IS NOT DISTINCT FROM $1::uuid AND template_key = $2 AND locale = $3`,
    [scope, key, locale],
  );
  return rows[0] ?? null;
}

/** What a mail of the scope is sent with: the segment's own version, else the firm-level one, else none (built-in). */
export async function findEffectiveTemplate(
  db: Queryable,
  scope: TemplateScope,
  key: string,
  locale: string,
): Promise<TemplateRow | null> {
  const { rows } = await db.query<TemplateRow>(
    `SELECT * FROM mail_templates WHERE (segment_id = $1::uuid OR segment_id IS NULL) AND template_key = $2 AND locale = $3
     ORDER BY segment_id NULLS LAST LIMIT 1`,
    [scope, key, locale],
  );
  return rows[0] ?? null;
}

/** Upsert one language of one template; null when `expectedVersion` is stale. */
export async function saveTemplate(
  db: Queryable,
  scope: TemplateScope,
  key: string,
  locale: string,
  parts: { subject: string; html: string; text: string },
  by: string,
  expectedVersion: number | null,
): Promise<TemplateRow | null> {
  // The firm's rows have their own unique index (segment NULL), which the conflict target must name.
  const target =
    scope === null ? '(template_key, locale) WHERE segment_id IS NULL' : '(segment_id, template_key, locale)';
  const { rows } = await db.query<TemplateRow>(
    `INSERT INTO mail_templates (id, segment_id, template_key, locale, subject, html, text_body, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT ${target} DO UPDATE SET subject = $5, html = $6, text_body = $7,
       updated_by = $8, version = mail_templates.version + 1, updated_at = now()
       WHERE $9::integer IS NULL OR mail_templates.version = $9
     RETURNING *`,
    [newId(), scope, key, locale, parts.subject, parts.html, parts.text, by, expectedVersion],
  );
  return rows[0] ?? null;
}

export async function deleteTemplate(db: Queryable, scope: TemplateScope, key: string, locale: string) {
  const { rowCount } = await db.query(
    'DELETE FROM mail_templates WHERE segment_id IS NOT DISTINCT FROM $1::uuid AND template_key = $2 AND locale = $3',
    [scope, key, locale],
  );
  return (rowCount ?? 0) > 0;
}

import type { FormDefinition } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';

/*
 * SQL of forms and their frozen versions. Forms are portal-wide staff configuration (no account), so these queries
 * take no account scope: only staff reach them (policy), and people read a form only through an assignment or a
 * submission of their own account (repository-fills.ts, scoped), or a public form by its slug.
 */

export interface FormRow {
  id: string;
  name: string;
  description: string;
  definition: FormDefinition;
  public_slug: string | null;
  lead_segment_id: string | null;
  create_ticket: boolean;
  create_task: boolean;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
  published_version: number | null;
  published_definition: FormDefinition | null;
  submission_count: number;
  archived_at: Date | null;
}

const SELECT = `SELECT f.id, f.name, f.description, f.definition, f.public_slug, f.lead_segment_id, f.create_ticket, f.create_task,
  f.created_by, f.created_at, f.updated_at, f.version, f.archived_at, v.number AS published_version,
  v.definition AS published_definition,
  (SELECT count(*)::int FROM form_submissions s WHERE s.form_id = f.id) AS submission_count
  FROM forms f LEFT JOIN LATERAL (
    SELECT number, definition FROM form_versions WHERE form_id = f.id ORDER BY number DESC LIMIT 1
  ) v ON true`;

export async function findForm(db: Queryable, id: string, forUpdate = false): Promise<FormRow | null> {
  const { rows } = await db.query<FormRow>(`${SELECT} WHERE f.id = $1${forUpdate ? ' FOR UPDATE OF f' : ''}`, [id]);
  return rows[0] ?? null;
}

/** A public form by its slug, only once published and while not archived (a visitor answers the latest version). */
export async function findPublicForm(db: Queryable, slug: string): Promise<FormRow | null> {
  const { rows } = await db.query<FormRow>(
    `${SELECT} WHERE f.public_slug = $1 AND v.number IS NOT NULL AND f.archived_at IS NULL`,
    [slug],
  );
  return rows[0] ?? null;
}

export async function listForms(db: Queryable): Promise<FormRow[]> {
  const { rows } = await db.query<FormRow>(`${SELECT} ORDER BY lower(f.name), f.id LIMIT 500`);
  return rows;
}

export interface FormFields {
  name: string;
  description: string;
  definition: FormDefinition;
  publicSlug: string | null;
  leadSegmentId: string | null;
  createTicket: boolean;
  /** Archived: kept as it is, out of use (see migration 0047). */
  archived: boolean;
}

export async function insertForm(db: Queryable, form: FormFields & { id: string; createdBy: string; now: Date }) {
  await db.query(
    `INSERT INTO forms (id, name, description, definition, public_slug, lead_segment_id, create_ticket, created_by,
       created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
    [
      form.id,
      form.name,
      form.description,
      JSON.stringify(form.definition),
      form.publicSlug,
      form.leadSegmentId,
      form.createTicket,
      form.createdBy,
      form.now,
    ],
  );
}

/** The working copy only; published versions are never updated. False when the version moved on. */
export async function updateForm(
  db: Queryable,
  id: string,
  form: FormFields,
  expectedVersion: number | null,
  now: Date,
) {
  const { rowCount } = await db.query(
    `UPDATE forms SET name = $2, description = $3, definition = $4, public_slug = $5, lead_segment_id = $6,
       create_ticket = $7, updated_at = $8, version = version + 1,
       archived_at = CASE WHEN $10::boolean THEN COALESCE(archived_at, $8) ELSE NULL END
     WHERE id = $1 AND ($9::int IS NULL OR version = $9)`,
    [
      id,
      form.name,
      form.description,
      JSON.stringify(form.definition),
      form.publicSlug,
      form.leadSegmentId,
      form.createTicket,
      now,
      expectedVersion,
      form.archived,
    ],
  );
  return rowCount === 1;
}

export async function nameOrSlugTaken(db: Queryable, name: string, slug: string | null, exceptId: string | null) {
  const { rows } = await db.query<{ field: string }>(
    `SELECT CASE WHEN lower(name) = lower($1) THEN 'name' ELSE 'publicSlug' END AS field FROM forms
     WHERE (lower(name) = lower($1) OR public_slug = $2) AND ($3::uuid IS NULL OR id <> $3) LIMIT 1`,
    [name, slug, exceptId],
  );
  return rows[0]?.field ?? null;
}

/** Freezes the working copy as the next version (called under the form's row lock). */
export async function insertVersion(
  db: Queryable,
  version: { id: string; formId: string; number: number; definition: FormDefinition; by: string; now: Date },
) {
  await db.query(
    `INSERT INTO form_versions (id, form_id, number, definition, published_by, published_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [version.id, version.formId, version.number, JSON.stringify(version.definition), version.by, version.now],
  );
}

/** The version people answer now, and whether its form is archived. */
export async function latestVersion(db: Queryable, formId: string) {
  const { rows } = await db.query<{ id: string; number: number; definition: FormDefinition; archived: boolean }>(
    `SELECT v.id, v.number, v.definition, f.archived_at IS NOT NULL AS archived
     FROM form_versions v JOIN forms f ON f.id = v.form_id WHERE v.form_id = $1 ORDER BY v.number DESC LIMIT 1`,
    [formId],
  );
  return rows[0] ?? null;
}

/** Whether a segment exists (a public form's lead segment); portal-wide configuration, no scope. */
export async function segmentModules(db: Queryable, segmentId: string): Promise<string[] | null> {
  const { rows } = await db.query<{ modules: string[] }>('SELECT modules FROM segments WHERE id = $1', [segmentId]);
  return rows[0]?.modules ?? null;
}

/** Whether each submission opens a task (kept apart from the other fields: a setting of its own). */
export async function setFormCreatesTask(db: Queryable, id: string, createTask: boolean) {
  await db.query('UPDATE forms SET create_task = $2 WHERE id = $1', [id, createTask]);
}

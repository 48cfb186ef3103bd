import type { OnboardingStepInput } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';

/*
 * Onboarding templates are portal-wide staff configuration (per segment, like ticket fields): no account scope.
 * Only staff reach these queries (the policy checks first).
 */

export interface TemplateRow {
  id: string;
  segment_id: string;
  segment_name: string;
  name: string;
  auto_apply: boolean;
  steps: OnboardingStepInput[];
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

const SELECT = `SELECT t.id, t.segment_id, s.name AS segment_name, t.name, t.auto_apply, t.steps, t.created_by,
  t.created_at, t.updated_at, t.version FROM onboarding_templates t JOIN segments s ON s.id = t.segment_id`;

export async function listTemplates(db: Queryable, segmentId: string | null) {
  const { rows } = await db.query<TemplateRow>(
    `${SELECT} WHERE ($1::uuid IS NULL OR t.segment_id = $1) ORDER BY s.name, t.name, t.id LIMIT 500`,
    [segmentId],
  );
  return rows;
}

export async function findTemplate(db: Queryable, id: string) {
  const { rows } = await db.query<TemplateRow>(`${SELECT} WHERE t.id = $1`, [id]);
  return rows[0] ?? null;
}

/** The segment's template applied to its new accounts: the newest one marked automatic. */
export async function autoTemplateOf(db: Queryable, segmentId: string) {
  const { rows } = await db.query<TemplateRow>(
    `${SELECT} WHERE t.segment_id = $1 AND t.auto_apply ORDER BY t.created_at DESC, t.id DESC LIMIT 1`,
    [segmentId],
  );
  return rows[0] ?? null;
}

export async function insertTemplate(
  db: Queryable,
  row: { id: string; segmentId: string; name: string; autoApply: boolean; steps: unknown; by: string; now: Date },
) {
  await db.query(
    `INSERT INTO onboarding_templates (id, segment_id, name, auto_apply, steps, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $7)`,
    [row.id, row.segmentId, row.name, row.autoApply, JSON.stringify(row.steps), row.by, row.now],
  );
}

/** False when the version is stale (If-Match) or the template is gone. */
export async function updateTemplate(
  db: Queryable,
  id: string,
  changes: { name?: string; autoApply?: boolean; steps?: unknown },
  now: Date,
  expectedVersion: number | null,
) {
  const { rowCount } = await db.query(
    `UPDATE onboarding_templates SET name = COALESCE($2, name), auto_apply = COALESCE($3, auto_apply),
       steps = COALESCE($4::jsonb, steps), updated_at = $5, version = version + 1
     WHERE id = $1 AND ($6::int IS NULL OR version = $6)`,
    [
      id,
      changes.name ?? null,
      changes.autoApply ?? null,
      changes.steps === undefined ? null : JSON.stringify(changes.steps),
      now,
      expectedVersion,
    ],
  );
  return rowCount === 1;
}

export async function deleteTemplate(db: Queryable, id: string) {
  await db.query('DELETE FROM onboarding_templates WHERE id = $1', [id]);
}

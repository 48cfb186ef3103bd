import type { Queryable } from '../../platform/db/index.ts';
import type { StepItemIssue } from '../../platform/onboarding-steps.ts';

type Scope = [boolean, string[]];
const IN_SCOPE = '($1::boolean OR o.account_id = ANY($2::uuid[]))';

export interface OnboardingRow {
  id: string;
  account_id: string;
  account_name: string;
  segment_id: string;
  template_id: string | null;
  template_name: string;
  status: 'active' | 'completed' | 'cancelled';
  applied_by: string | null;
  project_id: string | null;
  started_at: Date;
  completed_at: Date | null;
  cancelled_at: Date | null;
}

export interface StepRow {
  id: string;
  onboarding_id: string;
  account_id: string;
  position: number;
  kind: string;
  title: string;
  config: Record<string, unknown>;
  waits_for: number[];
  status: 'waiting' | 'open' | 'done' | 'skipped' | 'cancelled';
  side: 'client' | 'firm';
  item_id: string | null;
  /** Why the item can no longer complete the step (an envelope declined, voided, expired); null otherwise. */
  item_issue: StepItemIssue | null;
  opened_at: Date | null;
  completed_at: Date | null;
}

const SELECT_ONBOARDING = `SELECT o.id, o.account_id, a.name AS account_name, a.segment_id, o.template_id,
  o.template_name, o.status, o.applied_by, o.project_id, o.started_at, o.completed_at, o.cancelled_at
  FROM onboardings o JOIN accounts a ON a.id = o.account_id`;

export async function findOnboarding(db: Queryable, scope: Scope, id: string, lock = false) {
  const { rows } = await db.query<OnboardingRow>(
    `${SELECT_ONBOARDING} WHERE ${IN_SCOPE} AND o.id = $3 ${lock ? 'FOR UPDATE OF o' : ''}`,
    [...scope, id],
  );
  return rows[0] ?? null;
}

/** The account's onboarding in progress, else its latest one. */
export async function latestOnboardingOf(db: Queryable, scope: Scope, accountId: string) {
  const { rows } = await db.query<OnboardingRow>(
    `${SELECT_ONBOARDING} WHERE ${IN_SCOPE} AND o.account_id = $3
     ORDER BY (o.status = 'active') DESC, o.started_at DESC, o.id DESC LIMIT 1`,
    [...scope, accountId],
  );
  return rows[0] ?? null;
}

/**
 * Starts an onboarding; null when the account already has one in progress (the partial unique index decides, so
 * two applies at once make one). No scope: the caller found the account through its scope (or created it).
 */
export async function insertOnboarding(
  db: Queryable,
  row: { id: string; accountId: string; templateId: string; templateName: string; by: string | null; now: Date },
) {
  const { rowCount } = await db.query(
    `INSERT INTO onboardings (id, account_id, template_id, template_name, applied_by, started_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (account_id) WHERE status = 'active' DO NOTHING`,
    [row.id, row.accountId, row.templateId, row.templateName, row.by, row.now],
  );
  return rowCount === 1;
}

/** No scope: the steps of an onboarding the caller found through its scope. */
export async function insertSteps(
  db: Queryable,
  onboardingId: string,
  accountId: string,
  steps: { id: string; position: number; kind: string; title: string; config: unknown; waitsFor: number[] }[],
) {
  if (!steps.length) return;
  // One statement for the template's steps (an import applies templates to hundreds of accounts per batch).
  await db.query(
    `INSERT INTO onboarding_steps (id, onboarding_id, account_id, position, kind, title, config, waits_for)
     SELECT s.id, $1, $2, s.position, s.kind, s.title, s.config::jsonb, ARRAY(SELECT jsonb_array_elements_text(s.waits_for::jsonb)::int)
     FROM unnest($3::uuid[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[])
       AS s(id, position, kind, title, config, waits_for)`,
    [
      onboardingId,
      accountId,
      steps.map((step) => step.id),
      steps.map((step) => step.position),
      steps.map((step) => step.kind),
      steps.map((step) => step.title),
      steps.map((step) => JSON.stringify(step.config)),
      steps.map((step) => JSON.stringify(step.waitsFor)),
    ],
  );
}

/** The modules of segments (a batch of new accounts looks each segment up once). No scope: portal configuration. */
export async function modulesOfSegments(db: Queryable, segmentIds: string[]) {
  const { rows } = await db.query<{ id: string; modules: string[] }>(
    'SELECT id, modules FROM segments WHERE id = ANY($1::uuid[])',
    [segmentIds],
  );
  return new Map(rows.map((row) => [row.id, row.modules]));
}

/** No scope: the steps of an onboarding the caller found through its scope. */
export async function listSteps(db: Queryable, onboardingIds: string[]) {
  const { rows } = await db.query<StepRow>(
    `SELECT id, onboarding_id, account_id, position, kind, title, config, waits_for, status, side, item_id,
       item_issue, opened_at, completed_at FROM onboarding_steps WHERE onboarding_id = ANY($1::uuid[]) ORDER BY position`,
    [onboardingIds],
  );
  return rows;
}

export async function findStep(db: Queryable, scope: Scope, id: string) {
  const { rows } = await db.query<StepRow>(
    `SELECT s.id, s.onboarding_id, s.account_id, s.position, s.kind, s.title, s.config, s.waits_for, s.status,
       s.side, s.item_id, s.item_issue, s.opened_at, s.completed_at
     FROM onboarding_steps s JOIN onboardings o ON o.id = s.onboarding_id WHERE ${IN_SCOPE} AND s.id = $3`,
    [...scope, id],
  );
  return rows[0] ?? null;
}

/**
 * The open step whose item this is, with its onboarding locked (so a step's completion and the opening of the next
 * ones run once). No scope: called from the item module's transaction, which authorized the change.
 */
export async function lockOpenStepOfItem(db: Queryable, kind: string, itemId: string) {
  const { rows } = await db.query<{ id: string; onboarding_id: string; account_id: string }>(
    `SELECT s.id, s.onboarding_id, s.account_id FROM onboarding_steps s JOIN onboardings o ON o.id = s.onboarding_id
     WHERE s.kind = $1 AND s.item_id = $2 AND s.status = 'open' AND o.status = 'active' FOR UPDATE OF o`,
    [kind, itemId],
  );
  return rows[0] ?? null;
}

/** No scope (all step writes follow a scoped load or an item module's authorized change). */
export async function markStepOpen(
  db: Queryable,
  id: string,
  change: { itemId: string | null; side: 'client' | 'firm'; now: Date },
) {
  await db.query("UPDATE onboarding_steps SET status = 'open', item_id = $2, side = $3, opened_at = $4 WHERE id = $1", [
    id,
    change.itemId,
    change.side,
    change.now,
  ]);
}

export async function finishStep(db: Queryable, id: string, status: 'done' | 'skipped', now: Date) {
  const { rowCount } = await db.query(
    `UPDATE onboarding_steps SET status = $2, completed_at = $3, opened_at = COALESCE(opened_at, $3)
     WHERE id = $1 AND status IN ('waiting', 'open')`,
    [id, status, now],
  );
  return rowCount === 1;
}

export async function setStepSide(db: Queryable, id: string, side: 'client' | 'firm') {
  await db.query("UPDATE onboarding_steps SET side = $2 WHERE id = $1 AND status = 'open'", [id, side]);
}

/** The step's item ended without completing it: the step waits on the firm, with the reason shown. */
export async function setStepIssue(db: Queryable, id: string, issue: StepItemIssue) {
  await db.query(
    "UPDATE onboarding_steps SET side = 'firm', item_issue = $2::jsonb WHERE id = $1 AND status = 'open'",
    [id, JSON.stringify(issue)],
  );
}

/** A re-issued item replaces the ended one (null: it waits for people to join); only while it is still ended. */
export async function replaceStepItem(
  db: Queryable,
  id: string,
  change: { itemId: string | null; side: 'client' | 'firm' },
) {
  const { rowCount } = await db.query(
    `UPDATE onboarding_steps SET item_id = $2, side = $3, item_issue = NULL
     WHERE id = $1 AND status = 'open' AND item_issue IS NOT NULL`,
    [id, change.itemId, change.side],
  );
  return rowCount === 1;
}

export async function setProject(db: Queryable, id: string, projectId: string) {
  await db.query('UPDATE onboardings SET project_id = $2 WHERE id = $1', [id, projectId]);
}

export async function finishOnboarding(db: Queryable, id: string, status: 'completed' | 'cancelled', now: Date) {
  const { rowCount } = await db.query(
    `UPDATE onboardings SET status = $2,
       completed_at = CASE WHEN $2 = 'completed' THEN $3 ELSE completed_at END,
       cancelled_at = CASE WHEN $2 = 'cancelled' THEN $3 ELSE cancelled_at END
     WHERE id = $1 AND status = 'active'`,
    [id, status, now],
  );
  if (rowCount === 1 && status === 'cancelled')
    await db.query(
      "UPDATE onboarding_steps SET status = 'cancelled' WHERE onboarding_id = $1 AND status IN ('waiting', 'open')",
      [id],
    );
  return rowCount === 1;
}

/** The people of the account who hear about a new step. No scope: mail for a step just opened. */
export async function accountPeople(db: Queryable, accountId: string) {
  const { rows } = await db.query<{ user_id: string; email: string; locale: string | null }>(
    `SELECT u.id AS user_id, u.email, u.locale FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.account_id = $1 AND u.deactivated_at IS NULL ORDER BY u.email`,
    [accountId],
  );
  return rows;
}

/** The account and its segment, through the caller's scope. */
export async function accountInScope(db: Queryable, scope: Scope, accountId: string) {
  const { rows } = await db.query<{ id: string; name: string; segment_id: string; modules: string[] }>(
    `SELECT a.id, a.name, a.segment_id, s.modules FROM accounts a JOIN segments s ON s.id = a.segment_id
     WHERE ($1::boolean OR a.id = ANY($2::uuid[])) AND a.id = $3`,
    [...scope, accountId],
  );
  return rows[0] ?? null;
}

/** The first account admin, who owns the client's task steps. No scope: inside an authorized step opening. */
export async function firstAccountAdmin(db: Queryable, accountId: string) {
  const { rows } = await db.query<{ user_id: string }>(
    `SELECT m.user_id FROM memberships m WHERE m.account_id = $1 AND m.role = 'account_admin'
     ORDER BY m.created_at, m.user_id LIMIT 1`,
    [accountId],
  );
  return rows[0]?.user_id ?? null;
}

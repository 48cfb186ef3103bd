import type { FormDefinition } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { timestampKey } from '../../platform/http/pagination.ts';

/*
 * SQL of assignments (a form requested from an account, with its draft) and submissions. Every query takes the
 * caller's account scope as `[all, ids]` (scopeParams), except where a comment says why not.
 */
type Scope = [boolean, string[]];

export interface AssignmentRow {
  id: string;
  form_id: string;
  form_name: string;
  description: string;
  account_id: string;
  account_name: string;
  version_number: number;
  definition: FormDefinition;
  due_date: string | null;
  created_at: Date;
  cursor_at: string;
  draft_answers: Record<string, unknown>;
  draft_version: number;
  draft_saved_at: Date | null;
  submitted_at: Date | null;
  submission_id: string | null;
  create_ticket: boolean;
  create_task: boolean;
  form_created_by: string | null;
  version_id: string;
}

const SELECT_ASSIGNMENT = `SELECT x.id, x.form_id, f.name AS form_name, f.description, x.account_id,
  a.name AS account_name, v.number AS version_number, v.definition, to_char(x.due_date, 'YYYY-MM-DD') AS due_date,
  x.created_at, ${timestampKey('x.created_at')} AS cursor_at, x.draft_answers, x.draft_version, x.draft_saved_at,
  x.submitted_at, (SELECT s.id FROM form_submissions s WHERE s.assignment_id = x.id) AS submission_id,
  f.create_ticket, f.create_task, f.created_by AS form_created_by, x.form_version_id AS version_id
  FROM form_assignments x JOIN forms f ON f.id = x.form_id JOIN form_versions v ON v.id = x.form_version_id
  JOIN accounts a ON a.id = x.account_id`;
const ASSIGNMENT_IN_SCOPE = '($1::boolean OR x.account_id = ANY($2::uuid[]))';

export async function findAssignment(db: Queryable, scope: Scope, id: string, forUpdate = false) {
  const { rows } = await db.query<AssignmentRow>(
    `${SELECT_ASSIGNMENT} WHERE ${ASSIGNMENT_IN_SCOPE} AND x.id = $3${forUpdate ? ' FOR UPDATE OF x' : ''}`,
    [...scope, id],
  );
  return rows[0] ?? null;
}

/** An account's assignments: open ones first by due date, then the rest newest first. */
export async function listAssignments(
  db: Queryable,
  scope: Scope,
  filter: { accountId: string; cursor: string[] | null; limit: number },
) {
  const { rows } = await db.query<AssignmentRow>(
    `${SELECT_ASSIGNMENT} WHERE ${ASSIGNMENT_IN_SCOPE} AND x.account_id = $3
       AND ($4::timestamptz IS NULL OR (x.created_at, x.id) < ($4::timestamptz, $5::uuid))
     ORDER BY x.created_at DESC, x.id DESC LIMIT $6`,
    [...scope, filter.accountId, filter.cursor?.[0] ?? null, filter.cursor?.[1] ?? null, filter.limit + 1],
  );
  return rows;
}

export async function insertAssignment(
  db: Queryable,
  row: {
    id: string;
    formId: string;
    versionId: string;
    accountId: string;
    dueDate: string | null;
    by: string;
    now: Date;
  },
) {
  await db.query(
    `INSERT INTO form_assignments (id, form_id, form_version_id, account_id, due_date, assigned_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [row.id, row.formId, row.versionId, row.accountId, row.dueDate, row.by, row.now],
  );
}

/**
 * Saves a draft when the caller still holds the version it loaded (null: last write wins) and nothing was
 * submitted; returns the new version, or null when either changed.
 */
export async function saveDraft(
  db: Queryable,
  scope: Scope,
  id: string,
  draft: { answers: Record<string, unknown>; expectedVersion: number | null; by: string; now: Date },
) {
  const { rows } = await db.query<{ draft_version: number }>(
    `UPDATE form_assignments x SET draft_answers = $4, draft_version = draft_version + 1, draft_saved_at = $5,
       draft_saved_by = $6
     WHERE ${ASSIGNMENT_IN_SCOPE} AND x.id = $3 AND x.submitted_at IS NULL
       AND ($7::int IS NULL OR x.draft_version = $7)
     RETURNING draft_version`,
    [...scope, id, JSON.stringify(draft.answers), draft.now, draft.by, draft.expectedVersion],
  );
  return rows[0]?.draft_version ?? null;
}

/** Called under the assignment's row lock, once its answers passed the schema. */
export async function markSubmitted(db: Queryable, id: string, now: Date) {
  // No scope: the caller locked the row through findAssignment with its scope in this transaction.
  await db.query('UPDATE form_assignments SET submitted_at = $2 WHERE id = $1', [id, now]);
}

export interface SubmissionRow {
  id: string;
  form_id: string;
  form_name: string;
  account_id: string;
  account_name: string;
  version_number: number;
  definition: FormDefinition;
  answers: Record<string, unknown>;
  source: 'portal' | 'public';
  submitted_by: string | null;
  submitted_by_name: string | null;
  submitter_email: string | null;
  submitted_at: Date;
  cursor_at: string;
  ticket_id: string | null;
  task_id: string | null;
}

const SELECT_SUBMISSION = `SELECT s.id, s.form_id, f.name AS form_name, s.account_id, a.name AS account_name,
  v.number AS version_number, v.definition, s.answers, s.source, s.submitted_by, u.name AS submitted_by_name,
  s.submitter_email, s.submitted_at, ${timestampKey('s.submitted_at')} AS cursor_at, s.ticket_id, s.task_id
  FROM form_submissions s JOIN forms f ON f.id = s.form_id JOIN form_versions v ON v.id = s.form_version_id
  JOIN accounts a ON a.id = s.account_id LEFT JOIN users u ON u.id = s.submitted_by`;
const SUBMISSION_IN_SCOPE = '($1::boolean OR s.account_id = ANY($2::uuid[]))';

export async function findSubmission(db: Queryable, scope: Scope, id: string) {
  const { rows } = await db.query<SubmissionRow>(`${SELECT_SUBMISSION} WHERE ${SUBMISSION_IN_SCOPE} AND s.id = $3`, [
    ...scope,
    id,
  ]);
  return rows[0] ?? null;
}

/** A form's submissions, newest first, within the scope (optionally one account's). */
export async function listSubmissions(
  db: Queryable,
  scope: Scope,
  filter: { formId: string; accountId?: string | undefined; cursor: string[] | null; limit: number },
) {
  const { rows } = await db.query<SubmissionRow>(
    `${SELECT_SUBMISSION} WHERE ${SUBMISSION_IN_SCOPE} AND s.form_id = $3 AND ($4::uuid IS NULL OR s.account_id = $4)
       AND ($5::timestamptz IS NULL OR (s.submitted_at, s.id) < ($5::timestamptz, $6::uuid))
     ORDER BY s.submitted_at DESC, s.id DESC LIMIT $7`,
    [
      ...scope,
      filter.formId,
      filter.accountId ?? null,
      filter.cursor?.[0] ?? null,
      filter.cursor?.[1] ?? null,
      filter.limit + 1,
    ],
  );
  return rows;
}

export async function insertSubmission(
  db: Queryable,
  row: {
    id: string;
    formId: string;
    versionId: string;
    accountId: string;
    assignmentId: string | null;
    answers: Record<string, unknown>;
    source: 'portal' | 'public';
    by: string | null;
    email: string | null;
    now: Date;
  },
) {
  await db.query(
    `INSERT INTO form_submissions (id, form_id, form_version_id, account_id, assignment_id, answers, source,
       submitted_by, submitter_email, submitted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      row.id,
      row.formId,
      row.versionId,
      row.accountId,
      row.assignmentId,
      JSON.stringify(row.answers),
      row.source,
      row.by,
      row.email,
      row.now,
    ],
  );
}

export async function setSubmissionTicket(db: Queryable, id: string, ticketId: string) {
  // No scope: the id is the submission this request has just written.
  await db.query('UPDATE form_submissions SET ticket_id = $2 WHERE id = $1', [id, ticketId]);
}

export async function accountInScope(db: Queryable, scope: Scope, accountId: string) {
  const { rows } = await db.query<{ name: string; modules: string[] }>(
    `SELECT a.name, s.modules FROM accounts a JOIN segments s ON s.id = a.segment_id
     WHERE ($1::boolean OR a.id = ANY($2::uuid[])) AND a.id = $3`,
    [...scope, accountId],
  );
  return rows[0] ?? null;
}

/**
 * Whether an assignment was submitted (onboarding's step check). No scope: callers pass an assignment they made
 * for an account they already checked; null when the assignment does not exist.
 */
export async function assignmentSubmitted(db: Queryable, assignmentId: string): Promise<boolean | null> {
  const { rows } = await db.query<{ submitted: boolean }>(
    'SELECT submitted_at IS NOT NULL AS submitted FROM form_assignments WHERE id = $1',
    [assignmentId],
  );
  return rows[0]?.submitted ?? null;
}

/** Links a submission to the task it opened, in the submission's transaction. */
export async function setSubmissionTask(db: Queryable, id: string, taskId: string) {
  // Scope: the submission was just written by the caller's transaction.
  await db.query('UPDATE form_submissions SET task_id = $2 WHERE id = $1', [id, taskId]);
}

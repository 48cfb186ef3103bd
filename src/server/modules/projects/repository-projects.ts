import type { ProjectStatus, Recurrence, TaskPriority } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { timestampKey } from '../../platform/http/pagination.ts';

/**
 * SQL of projects, their members and templates. Every account query takes the caller's scope as `[all, ids]`
 * (scopeParams) and `seesInternal` (people never read internal projects), except where a comment says.
 */
type Scope = [boolean, string[]];

export interface ProjectRow {
  id: string;
  account_id: string;
  account_name: string;
  name: string;
  description: string;
  status: ProjectStatus;
  start_date: string | null;
  due_date: string | null;
  internal: boolean;
  clients_see_time: boolean;
  /** Made from a template that is staff-only (internal): making the project visible is a staff admin's call. */
  from_internal_template: boolean;
  created_at: Date;
  cursor_at: string;
  version: number;
  open_tasks: number;
  done_tasks: number;
}

const SELECT = `SELECT p.id, p.account_id, a.name AS account_name, p.name, p.description, p.status,
  to_char(p.start_date, 'YYYY-MM-DD') AS start_date, to_char(p.due_date, 'YYYY-MM-DD') AS due_date, p.internal,
  p.clients_see_time, p.created_at, ${timestampKey('p.created_at')} AS cursor_at, p.version,
  COALESCE((SELECT pt.internal FROM project_templates pt WHERE pt.id = p.template_id), false) AS from_internal_template,
  (SELECT count(*)::int FROM tasks t WHERE t.project_id = p.id AND t.status <> 'done') AS open_tasks,
  (SELECT count(*)::int FROM tasks t WHERE t.project_id = p.id AND t.status = 'done') AS done_tasks
  FROM projects p JOIN accounts a ON a.id = p.account_id`;

const VISIBLE = `($1::boolean OR p.account_id = ANY($2::uuid[])) AND ($3::boolean OR NOT p.internal)`;

export async function findProject(
  db: Queryable,
  id: string,
  scope: Scope,
  seesInternal: boolean,
  forUpdate = false,
): Promise<ProjectRow | null> {
  const { rows } = await db.query<ProjectRow>(
    `${SELECT} WHERE ${VISIBLE} AND p.id = $4${forUpdate ? ' FOR UPDATE OF p' : ''}`,
    [...scope, seesInternal, id],
  );
  return rows[0] ?? null;
}

/** An account's projects, newest first (keyset on created_at, id). */
export async function listProjects(
  db: Queryable,
  scope: Scope,
  seesInternal: boolean,
  filter: { accountId: string; status?: ProjectStatus; cursor: string[] | null; limit: number },
) {
  const { rows } = await db.query<ProjectRow>(
    `${SELECT} WHERE ${VISIBLE} AND p.account_id = $4 AND ($5::text IS NULL OR p.status = $5)
       AND ($6::timestamptz IS NULL OR (p.created_at, p.id) < ($6::timestamptz, $7::uuid))
     ORDER BY p.created_at DESC, p.id DESC LIMIT $8`,
    [
      ...scope,
      seesInternal,
      filter.accountId,
      filter.status ?? null,
      filter.cursor?.[0] ?? null,
      filter.cursor?.[1] ?? null,
      filter.limit + 1,
    ],
  );
  return rows;
}

export interface NewProject {
  id: string;
  accountId: string;
  name: string;
  description: string;
  status: ProjectStatus;
  startDate: string | null;
  dueDate: string | null;
  internal: boolean;
  clientsSeeTime: boolean;
  templateId: string | null;
  createdBy: string | null;
  now: Date;
}

export async function insertProject(db: Queryable, project: NewProject) {
  await db.query(
    `INSERT INTO projects (id, account_id, name, description, status, start_date, due_date, internal, template_id,
       created_by, created_at, updated_at, clients_see_time)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12)`,
    [
      project.id,
      project.accountId,
      project.name,
      project.description,
      project.status,
      project.startDate,
      project.dueDate,
      project.internal,
      project.templateId,
      project.createdBy,
      project.now,
      project.clientsSeeTime,
    ],
  );
}

export interface ProjectChanges {
  name?: string;
  description?: string;
  status?: ProjectStatus;
  startDate?: string | null;
  dueDate?: string | null;
  internal?: boolean;
  clientsSeeTime?: boolean;
}

/** A project already authorized by findProject (hence no scope); false when the version is stale. */
export async function updateProject(
  db: Queryable,
  id: string,
  changes: ProjectChanges,
  now: Date,
  expectedVersion: number | null,
) {
  const { rowCount } = await db.query(
    `UPDATE projects SET name = COALESCE($2, name), description = COALESCE($3, description),
       status = COALESCE($4, status),
       start_date = CASE WHEN $5::boolean THEN $6::date ELSE start_date END,
       due_date = CASE WHEN $7::boolean THEN $8::date ELSE due_date END,
       internal = COALESCE($9, internal), updated_at = $10, version = version + 1,
       clients_see_time = COALESCE($12, clients_see_time)
     WHERE id = $1 AND ($11::int IS NULL OR version = $11)`,
    [
      id,
      changes.name ?? null,
      changes.description ?? null,
      changes.status ?? null,
      changes.startDate !== undefined,
      changes.startDate ?? null,
      changes.dueDate !== undefined,
      changes.dueDate ?? null,
      changes.internal ?? null,
      now,
      expectedVersion,
      changes.clientsSeeTime ?? null,
    ],
  );
  return rowCount === 1;
}

/** The tasks of a project already authorized by findProject (hence no scope), whose threads go with it. */
export async function taskIdsOfProject(db: Queryable, id: string) {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM tasks WHERE project_id = $1', [id]);
  return rows.map((row) => row.id);
}

/** A project already authorized by findProject (hence no scope). */
export async function deleteProject(db: Queryable, id: string) {
  await db.query('DELETE FROM projects WHERE id = $1', [id]);
}

export interface PersonRow {
  id: string;
  name: string;
  staff: boolean;
}

/** Members of projects already authorized by the caller (hence no scope). */
export async function listMembers(db: Queryable, projectIds: string[]) {
  const { rows } = await db.query<PersonRow & { project_id: string }>(
    `SELECT m.project_id, u.id, u.name, (u.staff_role IS NOT NULL) AS staff
       FROM project_members m JOIN users u ON u.id = m.user_id
      WHERE m.project_id = ANY($1::uuid[]) ORDER BY u.staff_role IS NULL, u.name`,
    [projectIds],
  );
  return rows;
}

/** Replaces the member list of a project already authorized by findProject (hence no scope). */
export async function setMembers(db: Queryable, projectId: string, userIds: string[]) {
  await db.query('DELETE FROM project_members WHERE project_id = $1', [projectId]);
  await db.query(
    'INSERT INTO project_members (project_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING',
    [projectId, userIds],
  );
}

/**
 * Of `userIds`, those who may work in the account: active staff, and (unless staff-only) the account's people.
 * Reads users and memberships of one account the caller already sees.
 */
export async function eligiblePeople(db: Queryable, accountId: string, userIds: string[], staffOnly: boolean) {
  const { rows } = await db.query<PersonRow>(
    `SELECT u.id, u.name, (u.staff_role IS NOT NULL) AS staff FROM users u
      WHERE u.id = ANY($2::uuid[]) AND u.deactivated_at IS NULL
        AND (u.staff_role IS NOT NULL OR (NOT $3::boolean AND EXISTS
          (SELECT 1 FROM memberships m WHERE m.account_id = $1 AND m.user_id = u.id)))`,
    [accountId, userIds, staffOnly],
  );
  return rows;
}

export interface TemplateTask {
  title: string;
  description?: string;
  /** Days after the project's start; null: the task has no due date. */
  offsetDays: number | null;
  priority?: 'low' | 'normal' | 'high' | 'urgent';
  /** Which side owes the task: the creator (staff) or the account's first admin (client). */
  assignTo?: 'staff' | 'client';
  checklist?: string[];
  /** Indexes of earlier tasks of the template this one waits for. */
  after?: number[];
  /** A repeating task (older stored templates leave it out: none). */
  recurrence?: Recurrence | null;
}

export interface TemplateRow {
  id: string;
  name: string;
  description: string;
  duration_days: number;
  /** Staff-only: projects made from it are internal. */
  internal: boolean;
  tasks: TemplateTask[];
  updated_at: Date;
  version: number;
}

const TEMPLATE_COLUMNS = 'id, name, description, duration_days, internal, tasks, updated_at, version';

/** Templates are portal-wide staff configuration: no account, hence no scope. */
export async function listTemplates(db: Queryable) {
  return (await db.query<TemplateRow>(`SELECT ${TEMPLATE_COLUMNS} FROM project_templates ORDER BY lower(name), id`))
    .rows;
}

/** Portal-wide staff configuration (see listTemplates). */
export async function findTemplate(db: Queryable, id: string) {
  const { rows } = await db.query<TemplateRow>(`SELECT ${TEMPLATE_COLUMNS} FROM project_templates WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

/** Portal-wide staff configuration (see listTemplates). A taken name fails on the unique index (23505). */
export async function insertTemplate(
  db: Queryable,
  template: Pick<TemplateRow, 'id' | 'name' | 'description' | 'duration_days' | 'tasks'> & {
    /** Seeded templates leave it out: client-visible. */
    internal?: boolean;
    createdBy?: string | null;
    now?: Date;
  },
) {
  const now = template.now ?? new Date();
  await db.query(
    `INSERT INTO project_templates (id, name, description, duration_days, tasks, created_by, created_at, updated_at,
       internal)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $7, $8)`,
    [
      template.id,
      template.name,
      template.description,
      template.duration_days,
      JSON.stringify(template.tasks),
      template.createdBy ?? null,
      now,
      template.internal ?? false,
    ],
  );
}

/**
 * Portal-wide staff configuration (see listTemplates). Given fields replace the stored ones; false when the version
 * is stale (If-Match) or the template is gone. A taken name fails on the unique index (23505).
 */
export async function updateTemplate(
  db: Queryable,
  id: string,
  changes: { name?: string; description?: string; durationDays?: number; internal?: boolean; tasks?: TemplateTask[] },
  now: Date,
  expectedVersion: number | null,
) {
  const { rowCount } = await db.query(
    `UPDATE project_templates SET name = COALESCE($2, name), description = COALESCE($3, description),
       duration_days = COALESCE($4, duration_days), tasks = COALESCE($5::jsonb, tasks), updated_at = $6,
       internal = COALESCE($8, internal), version = version + 1
     WHERE id = $1 AND ($7::int IS NULL OR version = $7)`,
    [
      id,
      changes.name ?? null,
      changes.description ?? null,
      changes.durationDays ?? null,
      changes.tasks ? JSON.stringify(changes.tasks) : null,
      now,
      expectedVersion,
      changes.internal ?? null,
    ],
  );
  return (rowCount ?? 0) > 0;
}

/** Portal-wide staff configuration. Projects made from it keep their tasks (their template_id becomes null). */
export async function deleteTemplate(db: Queryable, id: string) {
  const { rowCount } = await db.query('DELETE FROM project_templates WHERE id = $1', [id]);
  return (rowCount ?? 0) > 0;
}

/** The account's first admin (by joining date), who is handed the client's side of a template's tasks. */
export async function firstAccountAdmin(db: Queryable, accountId: string) {
  const { rows } = await db.query<{ user_id: string }>(
    `SELECT user_id FROM memberships WHERE account_id = $1 AND role = 'account_admin'
      ORDER BY created_at, user_id LIMIT 1`,
    [accountId],
  );
  return rows[0]?.user_id ?? null;
}

/** The account, when it is in the caller's scope (a foreign or missing id reads the same: null). */
export async function accountInScope(db: Queryable, accountId: string, scope: Scope) {
  const { rows } = await db.query<{ id: string }>(
    'SELECT id FROM accounts WHERE id = $1 AND ($2::boolean OR id = ANY($3::uuid[]))',
    [accountId, ...scope],
  );
  return rows.length > 0;
}

/**
 * Every task of a project already authorized by findProject (hence no scope), with what a template keeps: the
 * assignee's side, the checklist's titles in order, the tasks it waits for, the occurrence it follows.
 */
export async function tasksForTemplate(db: Queryable, projectId: string) {
  const { rows } = await db.query<{
    id: string;
    title: string;
    description: string;
    priority: TaskPriority;
    assignee_staff: boolean | null;
    due_date: string | null;
    recurrence: Recurrence | null;
    previous_id: string | null;
    created_at: Date;
    checklist: string[];
    depends_on: string[];
  }>(
    `SELECT t.id, t.title, t.description, t.priority,
       CASE WHEN t.assignee_id IS NULL THEN NULL ELSE u.staff_role IS NOT NULL END AS assignee_staff,
       to_char(t.due_date, 'YYYY-MM-DD') AS due_date, t.recurrence, t.previous_id, t.created_at,
       ARRAY(SELECT c.title FROM task_checklist_items c WHERE c.task_id = t.id ORDER BY c.position, c.id) AS checklist,
       ARRAY(SELECT d.depends_on_id::text FROM task_dependencies d WHERE d.task_id = t.id) AS depends_on
     FROM tasks t LEFT JOIN users u ON u.id = t.assignee_id
     WHERE t.project_id = $1 ORDER BY t.created_at, t.id`,
    [projectId],
  );
  return rows;
}

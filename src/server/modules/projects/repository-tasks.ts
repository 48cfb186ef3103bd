import type { Recurrence, TaskPriority, TaskStatus } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import type { PersonRow } from './repository-projects.ts';

/**
 * SQL of tasks and what hangs off them. Reads of tasks take the caller's scope as `[all, ids]` and `seesInternal`
 * (people never read tasks of internal projects); queries on a task's parts take a task id that a scoped read
 * already authorized, and say so.
 */
type Scope = [boolean, string[]];

export interface TaskRow {
  id: string;
  project_id: string;
  project_name: string;
  account_id: string;
  account_name: string;
  internal: boolean;
  clients_see_time: boolean;
  title: string;
  description: string;
  status: TaskStatus;
  priority: TaskPriority;
  assignee_id: string | null;
  assignee_name: string | null;
  assignee_staff: boolean;
  due_date: string | null;
  overdue: boolean;
  blocked: boolean;
  recurrence: Recurrence | null;
  checklist_done: number;
  checklist_total: number;
  completed_at: Date | null;
  created_at: Date;
  version: number;
  cursor_due: string;
  next_id: string | null;
}

const NO_DATE = `DATE '9999-12-31'`;
const SELECT = `SELECT t.id, t.project_id, p.name AS project_name, t.account_id, a.name AS account_name, p.internal,
  p.clients_see_time, t.title, t.description, t.status, t.priority, t.assignee_id, u.name AS assignee_name,
  COALESCE(u.staff_role IS NOT NULL, false) AS assignee_staff, to_char(t.due_date, 'YYYY-MM-DD') AS due_date,
  COALESCE(t.status <> 'done' AND t.due_date < $1::date, false) AS overdue,
  EXISTS (SELECT 1 FROM task_dependencies d JOIN tasks b ON b.id = d.depends_on_id
           WHERE d.task_id = t.id AND b.status <> 'done') AS blocked,
  t.recurrence, (SELECT count(*) FILTER (WHERE c.done)::int FROM task_checklist_items c WHERE c.task_id = t.id) AS checklist_done,
  (SELECT count(*)::int FROM task_checklist_items c WHERE c.task_id = t.id) AS checklist_total,
  t.completed_at, t.created_at, t.version, to_char(COALESCE(t.due_date, ${NO_DATE}), 'YYYY-MM-DD') AS cursor_due,
  (SELECT n.id FROM tasks n WHERE n.previous_id = t.id) AS next_id
  FROM tasks t JOIN projects p ON p.id = t.project_id JOIN accounts a ON a.id = t.account_id
  LEFT JOIN users u ON u.id = t.assignee_id`;
const VISIBLE = `($2::boolean OR t.account_id = ANY($3::uuid[])) AND ($4::boolean OR NOT p.internal)`;

export async function findTask(
  db: Queryable,
  id: string,
  today: string,
  scope: Scope,
  seesInternal: boolean,
  forUpdate = false,
): Promise<TaskRow | null> {
  const { rows } = await db.query<TaskRow>(
    `${SELECT} WHERE ${VISIBLE} AND t.id = $5${forUpdate ? ' FOR UPDATE OF t' : ''}`,
    [today, ...scope, seesInternal, id],
  );
  return rows[0] ?? null;
}

export interface TaskFilter {
  statuses?: TaskStatus[];
  assigneeId?: string;
  dueBefore?: string;
  projectId?: string;
  accountId?: string;
  cursor: string[] | null;
  limit: number;
}

/**
 * Soonest due first, undated last (keyset on the due date, id). The text holds only the conditions in use, so each
 * is a plain index condition or filter. Not prepared: a generic plan cannot tell an assignee of 5,000 tasks from one
 * of 5 (it sorted all 5,000), and a generic plan of the full select by id merge-joined whole tables. A status filter
 * without `done` also says `status <> 'done'`, which matches the open tasks' partial indexes (tasks_assignee_idx).
 */
export async function listTasks(db: Queryable, today: string, scope: Scope, seesInternal: boolean, filter: TaskFilter) {
  const params: unknown[] = [today];
  const where: string[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (!scope[0]) add((n) => `t.account_id = ANY(${n}::uuid[])`, scope[1]);
  if (!seesInternal) where.push('NOT p.internal');
  if (filter.statuses) {
    add((n) => `t.status = ANY(${n}::text[])`, filter.statuses);
    if (!filter.statuses.includes('done')) where.push(`t.status <> 'done'`);
  }
  if (filter.assigneeId) add((n) => `t.assignee_id = ${n}::uuid`, filter.assigneeId);
  if (filter.dueBefore) add((n) => `t.due_date < ${n}::date`, filter.dueBefore);
  if (filter.projectId) add((n) => `t.project_id = ${n}::uuid`, filter.projectId);
  if (filter.accountId) add((n) => `t.account_id = ${n}::uuid`, filter.accountId);
  if (filter.cursor) {
    params.push(filter.cursor[0], filter.cursor[1]);
    where.push(`(COALESCE(t.due_date, ${NO_DATE}), t.id) > ($${params.length - 1}::date, $${params.length}::uuid)`);
  }
  params.push(filter.limit + 1);
  const { rows } = await db.query<TaskRow>(
    `${SELECT} WHERE ${where.length ? where.join(' AND ') : 'true'}
     ORDER BY COALESCE(t.due_date, ${NO_DATE}), t.id LIMIT $${params.length}`,
    params,
  );
  return rows;
}

export interface NewTask {
  id: string;
  projectId: string;
  accountId: string;
  title: string;
  description: string;
  status?: TaskStatus;
  priority: TaskPriority;
  assigneeId: string | null;
  dueDate: string | null;
  recurrence: Recurrence | null;
  previousId?: string | null;
  createdBy: string | null;
  now: Date;
}

/** Returns false when the task follows an occurrence that already has its next one (previous_id is unique). */
export async function insertTask(db: Queryable, task: NewTask) {
  const { rowCount } = await db.query(
    `INSERT INTO tasks (id, project_id, account_id, title, description, status, priority, assignee_id, due_date,
       recurrence, previous_id, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13, $13)
     ON CONFLICT (previous_id) DO NOTHING`,
    [
      task.id,
      task.projectId,
      task.accountId,
      task.title,
      task.description,
      task.status ?? 'todo',
      task.priority,
      task.assigneeId,
      task.dueDate,
      task.recurrence ? JSON.stringify(task.recurrence) : null,
      task.previousId ?? null,
      task.createdBy,
      task.now,
    ],
  );
  return rowCount === 1;
}

export interface TaskChanges {
  title?: string;
  description?: string;
  status?: TaskStatus;
  priority?: TaskPriority;
  assigneeId?: string | null;
  dueDate?: string | null;
  recurrence?: Recurrence | null;
}

/** A task already authorized and locked by findTask (hence no scope); false when the version is stale. */
export async function updateTask(
  db: Queryable,
  id: string,
  changes: TaskChanges,
  actorId: string,
  now: Date,
  expectedVersion: number | null,
) {
  const { rowCount } = await db.query(
    `UPDATE tasks t SET title = COALESCE($2, t.title), description = COALESCE($3, t.description),
       status = COALESCE($4, t.status), priority = COALESCE($5, t.priority),
       assignee_id = CASE WHEN $6::boolean THEN $7::uuid ELSE t.assignee_id END,
       due_date = CASE WHEN $8::boolean THEN $9::date ELSE t.due_date END,
       recurrence = CASE WHEN $10::boolean THEN $11::jsonb ELSE t.recurrence END,
       completed_at = CASE WHEN $4 IS NULL THEN t.completed_at WHEN $4 = 'done' THEN COALESCE(t.completed_at, $12) ELSE NULL END,
       completed_by = CASE WHEN $4 IS NULL THEN t.completed_by WHEN $4 = 'done' THEN COALESCE(t.completed_by, $13) ELSE NULL END,
       updated_at = $12, version = t.version + 1
     WHERE t.id = $1 AND ($14::int IS NULL OR t.version = $14)`,
    [
      id,
      changes.title ?? null,
      changes.description ?? null,
      changes.status ?? null,
      changes.priority ?? null,
      changes.assigneeId !== undefined,
      changes.assigneeId ?? null,
      changes.dueDate !== undefined,
      changes.dueDate ?? null,
      changes.recurrence !== undefined,
      changes.recurrence ? JSON.stringify(changes.recurrence) : null,
      now,
      actorId,
      expectedVersion,
    ],
  );
  return rowCount === 1;
}

/** A task already authorized by findTask (hence no scope). */
export async function deleteTask(db: Queryable, id: string) {
  await db.query('DELETE FROM tasks WHERE id = $1', [id]);
}

/** The unfinished tasks an authorized task waits for (hence no scope). */
export async function unfinishedPrerequisites(db: Queryable, taskId: string) {
  const { rows } = await db.query<{ id: string }>(
    `SELECT b.id FROM task_dependencies d JOIN tasks b ON b.id = d.depends_on_id
      WHERE d.task_id = $1 AND b.status <> 'done'`,
    [taskId],
  );
  return rows.map((row) => row.id);
}

// Checklist, dependencies and followers of a task already authorized by findTask (hence no scope).

export async function listChecklist(db: Queryable, taskId: string) {
  return (
    await db.query<{ id: string; title: string; done: boolean }>(
      'SELECT id, title, done FROM task_checklist_items WHERE task_id = $1 ORDER BY position, id',
      [taskId],
    )
  ).rows;
}

export async function insertChecklistItems(db: Queryable, taskId: string, items: { id: string; title: string }[]) {
  if (!items.length) return;
  await db.query(
    `INSERT INTO task_checklist_items (id, task_id, title, position)
     SELECT item.id, $1, item.title, COALESCE((SELECT max(position) FROM task_checklist_items WHERE task_id = $1), 0) + item.n
       FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS item(id, title, n)`,
    [taskId, items.map((item) => item.id), items.map((item) => item.title)],
  );
}

export async function updateChecklistItem(
  db: Queryable,
  taskId: string,
  itemId: string,
  changes: { title?: string; done?: boolean },
) {
  const { rowCount } = await db.query(
    `UPDATE task_checklist_items SET title = COALESCE($3, title), done = COALESCE($4, done)
      WHERE id = $2 AND task_id = $1`,
    [taskId, itemId, changes.title ?? null, changes.done ?? null],
  );
  return rowCount === 1;
}

export async function deleteChecklistItem(db: Queryable, taskId: string, itemId: string) {
  const { rowCount } = await db.query('DELETE FROM task_checklist_items WHERE id = $2 AND task_id = $1', [
    taskId,
    itemId,
  ]);
  return rowCount === 1;
}

export async function listLinks(db: Queryable, taskId: string) {
  const { rows } = await db.query<{
    direction: 'depends_on' | 'blocks';
    id: string;
    title: string;
    status: TaskStatus;
  }>(
    `SELECT 'depends_on' AS direction, t.id, t.title, t.status FROM task_dependencies d
       JOIN tasks t ON t.id = d.depends_on_id WHERE d.task_id = $1
     UNION ALL
     SELECT 'blocks', t.id, t.title, t.status FROM task_dependencies d
       JOIN tasks t ON t.id = d.task_id WHERE d.depends_on_id = $1
     ORDER BY 3, 2`,
    [taskId],
  );
  return rows;
}

/**
 * Whether `taskId` is reachable from `dependsOnId` by following what each task depends on: then `taskId` waiting
 * for `dependsOnId` would close a cycle. The caller holds the project's row lock, so two opposite links added at
 * once cannot both pass.
 */
export async function wouldCycle(db: Queryable, taskId: string, dependsOnId: string) {
  const { rows } = await db.query(
    `WITH RECURSIVE reach(id) AS (
       SELECT $2::uuid
       UNION SELECT d.depends_on_id FROM task_dependencies d JOIN reach r ON d.task_id = r.id)
     SELECT 1 FROM reach WHERE id = $1 LIMIT 1`,
    [taskId, dependsOnId],
  );
  return rows.length > 0;
}

export async function insertDependency(db: Queryable, taskId: string, dependsOnId: string) {
  await db.query('INSERT INTO task_dependencies (task_id, depends_on_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
    taskId,
    dependsOnId,
  ]);
}

export async function deleteDependency(db: Queryable, taskId: string, dependsOnId: string) {
  const { rowCount } = await db.query('DELETE FROM task_dependencies WHERE task_id = $1 AND depends_on_id = $2', [
    taskId,
    dependsOnId,
  ]);
  return rowCount === 1;
}

export async function listFollowers(db: Queryable, taskId: string) {
  return (
    await db.query<PersonRow>(
      `SELECT u.id, u.name, (u.staff_role IS NOT NULL) AS staff FROM task_followers f JOIN users u ON u.id = f.user_id
        WHERE f.task_id = $1 ORDER BY u.name`,
      [taskId],
    )
  ).rows;
}

export async function setFollowing(db: Queryable, taskId: string, userId: string, following: boolean) {
  await db.query(
    following
      ? 'INSERT INTO task_followers (task_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING'
      : 'DELETE FROM task_followers WHERE task_id = $1 AND user_id = $2',
    [taskId, userId],
  );
}

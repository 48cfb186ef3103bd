import type { Queryable } from '../../platform/db/index.ts';

/*
 * What the conversations engine asks about a task whose thread it serves (subject-thread.ts). The read takes the
 * caller's scope as `[all, ids]` and `seesInternal`, like every task read (repository-tasks.ts).
 */

export interface TaskThreadRow {
  id: string;
  account_id: string;
  title: string;
  internal: boolean;
  clients_see_time: boolean;
  assignee_id: string | null;
  assignee_staff: boolean;
}

export async function findTaskForThread(
  db: Queryable,
  scope: [boolean, string[]],
  seesInternal: boolean,
  taskId: string,
): Promise<TaskThreadRow | null> {
  const { rows } = await db.query<TaskThreadRow>(
    `SELECT t.id, t.account_id, t.title, p.internal, p.clients_see_time, t.assignee_id,
       COALESCE(u.staff_role IS NOT NULL, false) AS assignee_staff
     FROM tasks t JOIN projects p ON p.id = t.project_id LEFT JOIN users u ON u.id = t.assignee_id
     WHERE ($1::boolean OR t.account_id = ANY($2::uuid[])) AND ($3::boolean OR NOT p.internal) AND t.id = $4`,
    [...scope, seesInternal, taskId],
  );
  return rows[0] ?? null;
}

/** Whether the account's people see the task (its project is not internal). No scope: a yes/no about an id. */
export async function taskShared(db: Queryable, taskId: string) {
  const { rows } = await db.query<{ shared: boolean }>(
    'SELECT NOT p.internal AS shared FROM tasks t JOIN projects p ON p.id = t.project_id WHERE t.id = $1',
    [taskId],
  );
  return rows[0]?.shared ?? false;
}

/** The task's assignee and followers: they hear of its comments. No scope: the engine checks each one's access. */
export async function taskListeners(db: Queryable, taskId: string) {
  const { rows } = await db.query<{ user_id: string }>(
    `SELECT assignee_id AS user_id FROM tasks WHERE id = $1 AND assignee_id IS NOT NULL
     UNION SELECT user_id FROM task_followers WHERE task_id = $1`,
    [taskId],
  );
  return rows.map((row) => row.user_id);
}

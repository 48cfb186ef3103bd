import type { Queryable } from '../../platform/db/index.ts';
import type { ReminderKind } from './reminder-schedule.ts';

/*
 * SQL of the reminder sweep. It acts for the portal, not for a caller, so it takes no caller scope; instead every
 * query keeps only assignees who may still see the task (REACHES): active staff within their accounts, or a person
 * of the account on a project that is not internal, while the account's segment has the projects module.
 */
const REACHES = `u.deactivated_at IS NULL AND (
    (u.staff_role IS NOT NULL AND (NOT u.limited_to_assigned_accounts
      OR EXISTS (SELECT 1 FROM staff_assignments sa WHERE sa.user_id = u.id AND sa.account_id = t.account_id)))
    OR (u.staff_role IS NULL AND NOT p.internal
      AND EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.account_id = t.account_id)
      AND EXISTS (SELECT 1 FROM accounts ma JOIN segments ms ON ms.id = ma.segment_id
                   WHERE ma.id = t.account_id AND 'projects' = ANY(ms.modules))))`;

export interface ReminderCandidateRow {
  id: string;
  due_date: string;
  sent: ReminderKind[];
}

/** Open assigned tasks due in [today, horizon], with the kinds already sent for their current due date. */
export async function listReminderCandidates(
  db: Queryable,
  today: string,
  horizon: string,
  after: [string, string] | null,
  limit: number,
) {
  const { rows } = await db.query<ReminderCandidateRow>(
    `SELECT t.id, to_char(t.due_date, 'YYYY-MM-DD') AS due_date,
       ARRAY(SELECT r.kind FROM task_reminders r WHERE r.task_id = t.id AND r.due_date = t.due_date) AS sent
     FROM tasks t JOIN projects p ON p.id = t.project_id JOIN users u ON u.id = t.assignee_id
     WHERE t.status <> 'done' AND t.assignee_id IS NOT NULL AND t.due_date BETWEEN $1::date AND $2::date
       AND ($3::date IS NULL OR (t.due_date, t.id) > ($3::date, $4::uuid)) AND ${REACHES}
     ORDER BY t.due_date, t.id LIMIT $5`,
    [today, horizon, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
  return rows;
}

/** The claim: true for the one process whose insert wins; a concurrent one waits on the key and gets false. */
export async function claimReminder(db: Queryable, taskId: string, dueDate: string, kind: ReminderKind, now: Date) {
  const { rowCount } = await db.query(
    `INSERT INTO task_reminders (task_id, due_date, kind, sent_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING`,
    [taskId, dueDate, kind, now],
  );
  return rowCount === 1;
}

export interface ReminderTaskRow {
  id: string;
  title: string;
  due_date: string;
  account_id: string;
  project_name: string;
  user_id: string;
  email: string;
  locale: string | null;
  staff: boolean;
}

const TASK_FIELDS = `t.id, t.title, to_char(t.due_date, 'YYYY-MM-DD') AS due_date, t.account_id, p.name AS project_name,
  u.id AS user_id, u.email, u.locale, (u.staff_role IS NOT NULL) AS staff`;

/** The task again inside the claim's transaction: still open, still due then, still reaching its assignee. */
export async function findReminderTask(db: Queryable, taskId: string, dueDate: string) {
  const { rows } = await db.query<ReminderTaskRow>(
    `SELECT ${TASK_FIELDS} FROM tasks t JOIN projects p ON p.id = t.project_id JOIN users u ON u.id = t.assignee_id
     WHERE t.id = $1 AND t.due_date = $2::date AND t.status <> 'done' AND ${REACHES}`,
    [taskId, dueDate],
  );
  return rows[0] ?? null;
}

/** People with open overdue tasks they can see and no digest yet today. */
export async function listDigestCandidates(db: Queryable, today: string, after: string | null, limit: number) {
  const { rows } = await db.query<{ user_id: string }>(
    `SELECT DISTINCT t.assignee_id AS user_id
     FROM tasks t JOIN projects p ON p.id = t.project_id JOIN users u ON u.id = t.assignee_id
     WHERE t.status <> 'done' AND t.assignee_id IS NOT NULL AND t.due_date < $1::date
       AND ($2::uuid IS NULL OR t.assignee_id > $2::uuid) AND ${REACHES}
       AND NOT EXISTS (SELECT 1 FROM task_overdue_digests d WHERE d.user_id = t.assignee_id AND d.day = $1::date)
     ORDER BY 1 LIMIT $3`,
    [today, after, limit],
  );
  return rows.map((row) => row.user_id);
}

/** One digest per person and day: true for the process whose insert wins. */
export async function claimDigest(db: Queryable, userId: string, today: string, now: Date) {
  const { rowCount } = await db.query(
    `INSERT INTO task_overdue_digests (user_id, day, sent_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [userId, today, now],
  );
  return rowCount === 1;
}

/** A person's open overdue tasks they can see, oldest due first (at most 200). */
export async function listOverdueTasks(db: Queryable, userId: string, today: string) {
  const { rows } = await db.query<ReminderTaskRow>(
    `SELECT ${TASK_FIELDS} FROM tasks t JOIN projects p ON p.id = t.project_id JOIN users u ON u.id = t.assignee_id
     WHERE t.assignee_id = $1 AND t.status <> 'done' AND t.due_date < $2::date AND ${REACHES}
     ORDER BY t.due_date, t.id LIMIT 200`,
    [userId, today],
  );
  return rows;
}

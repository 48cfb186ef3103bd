import type { Queryable } from '../../platform/db/index.ts';

/*
 * SQL of time entries and saved task views. Entries are read through a task or project the caller was already
 * authorized for (loadTask/loadProject), or under the caller's account scope; saved views by their owner.
 */
type Scope = [boolean, string[]];

export interface TimeEntryRow {
  id: string;
  task_id: string | null;
  task_title: string | null;
  project_id: string | null;
  account_id: string;
  thread_id: string | null;
  subject_kind: 'task' | 'account' | 'ticket' | 'thread';
  thread_subject: string | null;
  user_id: string | null;
  user_name: string | null;
  user_staff: boolean;
  work_date: string;
  minutes: number;
  note: string;
  billable: boolean;
  created_at: Date;
  version: number;
}

export interface TimeTotalsRow {
  billable: number;
  non_billable: number;
}

// Time on a ticket or a thread names the conversations module's thread (a ticket is a thread): its kind and
// subject are read here by join, like the users' names, so a list is one query.
const SELECT = `SELECT e.id, e.task_id, t.title AS task_title, e.project_id, e.account_id, e.user_id, e.thread_id,
  CASE WHEN e.task_id IS NOT NULL THEN 'task' WHEN th.kind = 'ticket' THEN 'ticket'
    WHEN e.thread_id IS NOT NULL THEN 'thread' ELSE 'account' END AS subject_kind, th.subject AS thread_subject,
  u.name AS user_name, COALESCE(u.staff_role IS NOT NULL, false) AS user_staff,
  to_char(e.work_date, 'YYYY-MM-DD') AS work_date, e.minutes, e.note, e.billable, e.created_at, e.version
  FROM task_time_entries e LEFT JOIN tasks t ON t.id = e.task_id LEFT JOIN threads th ON th.id = e.thread_id
  LEFT JOIN users u ON u.id = e.user_id`;

const TOTALS = `SELECT COALESCE(sum(e.minutes) FILTER (WHERE e.billable), 0)::int AS billable,
  COALESCE(sum(e.minutes) FILTER (WHERE NOT e.billable), 0)::int AS non_billable FROM task_time_entries e`;

/** A task's entries, oldest work first; the task was authorized by loadTask (hence no scope). */
export async function listTaskTime(db: Queryable, taskId: string) {
  const { rows } = await db.query<TimeEntryRow>(
    `${SELECT} WHERE e.task_id = $1 ORDER BY e.work_date, e.created_at, e.id LIMIT 1000`,
    [taskId],
  );
  return rows;
}

/** Totals of a task or a project already authorized by loadTask/loadProject (hence no scope). */
export async function timeTotals(db: Queryable, of: { taskId: string } | { projectId: string }) {
  const { rows } =
    'taskId' in of
      ? await db.query<TimeTotalsRow>(`${TOTALS} WHERE e.task_id = $1`, [of.taskId])
      : await db.query<TimeTotalsRow>(`${TOTALS} WHERE e.project_id = $1`, [of.projectId]);
  return rows[0]!;
}

/**
 * One entry within the caller's scope; people never reach entries of internal projects, nor time on the account,
 * its tickets or threads (the firm's record: no project shows it to them).
 */
export async function findTimeEntry(db: Queryable, id: string, scope: Scope, seesInternal: boolean, lock = false) {
  const { rows } = await db.query<TimeEntryRow>(
    `${SELECT} LEFT JOIN projects p ON p.id = e.project_id
     WHERE ($1::boolean OR e.account_id = ANY($2::uuid[])) AND ($3::boolean OR (p.id IS NOT NULL AND NOT p.internal))
       AND e.id = $4
     ${lock ? 'FOR UPDATE OF e' : ''}`,
    [...scope, seesInternal, id],
  );
  return rows[0] ?? null;
}

export async function insertTimeEntry(
  db: Queryable,
  entry: {
    id: string;
    taskId: string | null;
    projectId: string | null;
    /** A ticket or thread of the account (time not on a task). */
    threadId?: string | null;
    accountId: string;
    userId: string;
    date: string;
    minutes: number;
    note: string;
    billable: boolean;
    now: Date;
  },
) {
  await db.query(
    `INSERT INTO task_time_entries (id, task_id, project_id, account_id, user_id, work_date, minutes, note, billable,
       created_at, updated_at, thread_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11)`,
    [
      entry.id,
      entry.taskId,
      entry.projectId,
      entry.accountId,
      entry.userId,
      entry.date,
      entry.minutes,
      entry.note,
      entry.billable,
      entry.now,
      entry.threadId ?? null,
    ],
  );
}

/**
 * A conversation thread (or ticket) of the account, for time logged on it: its kind, or null when it is not the
 * account's. The account was authorized by the caller (accountInScope); the thread must belong to it.
 */
export async function threadKindOf(db: Queryable, threadId: string, accountId: string) {
  const { rows } = await db.query<{ kind: string }>('SELECT kind FROM threads WHERE id = $1 AND account_id = $2', [
    threadId,
    accountId,
  ]);
  return rows[0]?.kind ?? null;
}

/** An entry found (and locked) through findTimeEntry, hence no scope; false when the version is stale. */
export async function updateTimeEntry(
  db: Queryable,
  id: string,
  changes: { date?: string; minutes?: number; note?: string; billable?: boolean },
  now: Date,
  expectedVersion: number | null,
) {
  const { rowCount } = await db.query(
    `UPDATE task_time_entries SET work_date = COALESCE($2::date, work_date), minutes = COALESCE($3, minutes),
       note = COALESCE($4, note), billable = COALESCE($5, billable), updated_at = $6, version = version + 1
     WHERE id = $1 AND ($7::int IS NULL OR version = $7)`,
    [
      id,
      changes.date ?? null,
      changes.minutes ?? null,
      changes.note ?? null,
      changes.billable ?? null,
      now,
      expectedVersion,
    ],
  );
  return rowCount === 1;
}

/** An entry found through findTimeEntry, hence no scope; false when another delete got there first. */
export async function deleteTimeEntry(db: Queryable, id: string) {
  const { rowCount } = await db.query('DELETE FROM task_time_entries WHERE id = $1', [id]);
  return rowCount === 1;
}

/** An account's entries over [from, to], by date (keyset on work_date, id); the account is in the caller's scope. */
export async function listAccountTime(
  db: Queryable,
  scope: Scope,
  filter: {
    accountId: string;
    from: string;
    to: string;
    cursor: string[] | null;
    limit: number;
    threadId?: string | null;
  },
) {
  const { rows } = await db.query<TimeEntryRow>(
    `${SELECT} WHERE ($1::boolean OR e.account_id = ANY($2::uuid[])) AND e.account_id = $3
       AND e.work_date BETWEEN $4::date AND $5::date
       AND ($6::date IS NULL OR (e.work_date, e.id) > ($6::date, $7::uuid))
       AND ($9::uuid IS NULL OR e.thread_id = $9::uuid)
     ORDER BY e.work_date, e.id LIMIT $8`,
    [
      ...scope,
      filter.accountId,
      filter.from,
      filter.to,
      filter.cursor?.[0] ?? null,
      filter.cursor?.[1] ?? null,
      filter.limit + 1,
      filter.threadId ?? null,
    ],
  );
  return rows;
}

/**
 * Minutes per account over [from, to] (billable and not), for the accounts given, or all when `accountIds` is
 * null. No caller scope: this is the firm's own sum for billing (retainers), exported through index.ts.
 */
export async function timePerAccount(db: Queryable, from: string, to: string, accountIds: string[] | null) {
  const { rows } = await db.query<TimeTotalsRow & { account_id: string }>(
    `${TOTALS.replace('SELECT ', 'SELECT e.account_id, ')}
     WHERE e.work_date BETWEEN $1::date AND $2::date AND ($3::uuid[] IS NULL OR e.account_id = ANY($3::uuid[]))
     GROUP BY e.account_id`,
    [from, to, accountIds],
  );
  return rows;
}

export interface TaskViewRow {
  id: string;
  name: string;
  filters: Record<string, unknown>;
  created_at: Date;
}

/** Saved views belong to one person: every query is by owner. */
export async function listTaskViews(db: Queryable, userId: string) {
  const { rows } = await db.query<TaskViewRow>(
    'SELECT id, name, filters, created_at FROM task_saved_views WHERE user_id = $1 ORDER BY lower(name), id',
    [userId],
  );
  return rows;
}

/** False when the owner already has a view of that name (the unique index settles races). */
export async function insertTaskView(
  db: Queryable,
  view: { id: string; userId: string; name: string; filters: unknown; now: Date },
) {
  const { rowCount } = await db.query(
    `INSERT INTO task_saved_views (id, user_id, name, filters, created_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (user_id, lower(name)) DO NOTHING`,
    [view.id, view.userId, view.name, JSON.stringify(view.filters), view.now],
  );
  return rowCount === 1;
}

export async function deleteTaskView(db: Queryable, userId: string, id: string) {
  const { rowCount } = await db.query('DELETE FROM task_saved_views WHERE user_id = $1 AND id = $2', [userId, id]);
  return rowCount === 1;
}

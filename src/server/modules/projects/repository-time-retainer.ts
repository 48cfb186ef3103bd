import type { Queryable } from '../../platform/db/index.ts';

/*
 * Billable time of one account for billing's retainers. No caller scope: billing authorizes its caller for the
 * account before asking (the firm's own figures). Time on tasks counts only on client-visible projects (an
 * internal project's work is the firm's own business); time on the account itself, on its tickets and on its
 * conversation threads always counts (work for this client). The client is shown what the time was spent on.
 */
export interface RetainerTaskTimeRow {
  task_id: string;
  title: string;
  project_id: string;
  project_name: string;
  minutes: number;
}

/** Billable minutes per task over [from, to] (dates, inclusive), most time first (at most 200 tasks). */
export async function billableTimePerTask(db: Queryable, accountId: string, from: string, to: string) {
  const { rows } = await db.query<RetainerTaskTimeRow>(
    `SELECT e.task_id, t.title, e.project_id, p.name AS project_name, sum(e.minutes)::int AS minutes
     FROM task_time_entries e JOIN tasks t ON t.id = e.task_id JOIN projects p ON p.id = e.project_id
     WHERE e.account_id = $1 AND e.billable AND NOT p.internal AND e.work_date BETWEEN $2::date AND $3::date
       AND e.task_id IS NOT NULL
     GROUP BY e.task_id, t.title, e.project_id, p.name
     ORDER BY minutes DESC, e.task_id LIMIT 200`,
    [accountId, from, to],
  );
  return rows;
}

/** The total of the same time (not capped by the 200 tasks listed). */
export async function billableMinutes(db: Queryable, accountId: string, from: string, to: string) {
  const { rows } = await db.query<{ minutes: number }>(
    `SELECT COALESCE(sum(e.minutes), 0)::int AS minutes
     FROM task_time_entries e LEFT JOIN projects p ON p.id = e.project_id
     WHERE e.account_id = $1 AND e.billable AND (e.project_id IS NULL OR NOT p.internal)
       AND e.work_date BETWEEN $2::date AND $3::date`,
    [accountId, from, to],
  );
  return rows[0]!.minutes;
}

export interface RetainerOtherTimeRow {
  kind: 'account' | 'ticket' | 'thread';
  /** The ticket's or thread's id; the account's own for time on the account. */
  subject_id: string;
  title: string | null;
  minutes: number;
}

/** Billable minutes over [from, to] not on a task: on the account, per ticket and per thread (at most 200). */
export async function billableOtherTime(db: Queryable, accountId: string, from: string, to: string) {
  const { rows } = await db.query<RetainerOtherTimeRow>(
    `SELECT CASE WHEN th.kind = 'ticket' THEN 'ticket' WHEN e.thread_id IS NOT NULL THEN 'thread' ELSE 'account' END
         AS kind, COALESCE(e.thread_id, e.account_id) AS subject_id, th.subject AS title, sum(e.minutes)::int AS minutes
     FROM task_time_entries e LEFT JOIN threads th ON th.id = e.thread_id
     WHERE e.account_id = $1 AND e.task_id IS NULL AND e.billable AND e.work_date BETWEEN $2::date AND $3::date
     GROUP BY 1, 2, 3 ORDER BY minutes DESC, 2 LIMIT 200`,
    [accountId, from, to],
  );
  return rows;
}

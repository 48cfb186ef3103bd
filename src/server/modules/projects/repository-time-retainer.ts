import type { Queryable } from '../../platform/db/index.ts';

/*
 * Billable time of one account for billing's retainers. No caller scope: billing authorizes its caller for the
 * account before asking (the firm's own figures). Only client-visible projects count: an internal project's work
 * is the firm's own business, and the client is shown what the time was spent on (task and project names).
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
     FROM task_time_entries e JOIN projects p ON p.id = e.project_id
     WHERE e.account_id = $1 AND e.billable AND NOT p.internal AND e.work_date BETWEEN $2::date AND $3::date`,
    [accountId, from, to],
  );
  return rows[0]!.minutes;
}

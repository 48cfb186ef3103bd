import type { Queryable } from '../../platform/db/index.ts';

type Scope = [boolean, string[]];

export interface OverviewRow {
  id: string;
  account_id: string;
  account_name: string;
  segment_name: string;
  template_name: string;
  status: 'active' | 'completed' | 'cancelled';
  started_at: Date;
  completed_at: Date | null;
  steps_done: number;
  steps_total: number;
  current_title: string | null;
  current_kind: string | null;
  current_side: 'client' | 'firm' | null;
  current_opened_at: Date | null;
  cursor_at: string;
}

/**
 * Onboardings of a status in the caller's scope, oldest start first (the longest-running at the top), keyset on
 * (started_at, id) served by `onboardings_status_idx`; each with its first open step: where it is stuck.
 */
export async function listOverview(
  db: Queryable,
  scope: Scope,
  filter: { status: string; after: [string, string] | null; limit: number },
) {
  const { rows } = await db.query<OverviewRow>(
    `SELECT o.id, o.account_id, a.name AS account_name, sg.name AS segment_name, o.template_name, o.status,
       o.started_at, o.completed_at,
       (SELECT count(*)::int FROM onboarding_steps s WHERE s.onboarding_id = o.id AND s.status IN ('done', 'skipped')) AS steps_done,
       (SELECT count(*)::int FROM onboarding_steps s WHERE s.onboarding_id = o.id) AS steps_total,
       c.title AS current_title, c.kind AS current_kind, c.side AS current_side, c.opened_at AS current_opened_at,
       to_char(o.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
     FROM onboardings o JOIN accounts a ON a.id = o.account_id JOIN segments sg ON sg.id = a.segment_id
     LEFT JOIN LATERAL (SELECT s.title, s.kind, s.side, s.opened_at FROM onboarding_steps s
       WHERE s.onboarding_id = o.id AND s.status = 'open' ORDER BY s.opened_at, s.position LIMIT 1) c ON true
     WHERE ($1::boolean OR o.account_id = ANY($2::uuid[])) AND o.status = $3
       AND ($4::timestamptz IS NULL OR (o.started_at, o.id) > ($4::timestamptz, $5::uuid))
     ORDER BY o.started_at, o.id LIMIT $6`,
    [...scope, filter.status, filter.after?.[0] ?? null, filter.after?.[1] ?? null, filter.limit + 1],
  );
  return rows;
}

/** Per segment, in the caller's scope: completed onboardings' median duration and how many are in progress. */
export async function onboardingStats(db: Queryable, scope: Scope) {
  const { rows } = await db.query<{
    segment_id: string;
    segment_name: string;
    completed: number;
    in_progress: number;
    median_seconds: number | null;
  }>(
    `SELECT sg.id AS segment_id, sg.name AS segment_name,
       count(*) FILTER (WHERE o.status = 'completed')::int AS completed,
       count(*) FILTER (WHERE o.status = 'active')::int AS in_progress,
       (percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM o.completed_at - o.started_at))
         FILTER (WHERE o.status = 'completed'))::float8 AS median_seconds
     FROM onboardings o JOIN accounts a ON a.id = o.account_id JOIN segments sg ON sg.id = a.segment_id
     WHERE ($1::boolean OR o.account_id = ANY($2::uuid[])) AND o.status IN ('active', 'completed')
     GROUP BY sg.id, sg.name ORDER BY sg.name`,
    scope,
  );
  return rows;
}

import type { Queryable } from '../../../src/server/platform/db/index.ts';
import { scopeParams } from '../../../src/server/platform/actor.ts';
import type { Bucketed, ReportWindow } from '../../../src/server/modules/support-reports/repository.ts';

/*
 * The support report's ticket, SLA and CSAT statements as they were before the rollups (migration 0034): straight
 * over the base tables. rollups.test.ts holds the rollups to these figures. Kept verbatim apart from the imports.
 */

const params = (w: ReportWindow) => [...scopeParams(w.scope), w.from, w.to, w.segmentId, w.stepSeconds];
const bucketOf = (column: string) => `floor(extract(epoch FROM (${column} - $3::timestamptz)) / $6)::int`;
const inPeriod = (column: string) => `${column} >= $3::timestamptz AND ${column} < $4::timestamptz`;
const ticketInScope = (t: string) => `($1::boolean OR ${t}.account_id = ANY($2::uuid[]))`;
const segmentIs = (column: string) => `($5::uuid IS NULL OR ${column} = $5::uuid)`;

/** Wraps rows of (bucket, ...) into per-bucket and total aggregates; `bucket` is null on the total row. */
const perBucket = (inner: string, aggregates: string) =>
  `SELECT CASE WHEN GROUPING(x.bucket) = 1 THEN NULL ELSE x.bucket END AS bucket, ${aggregates}
   FROM (${inner}) x GROUP BY GROUPING SETS ((x.bucket), ())`;

/** Tickets created in the period, and the median of (first_response_at − created_at) in minutes over them. */
export async function createdTickets(db: Queryable, w: ReportWindow) {
  const { rows } = await db.query<Bucketed<{ tickets: number; first_response_median: number | null }>>(
    perBucket(
      `SELECT ${bucketOf('t.created_at')} AS bucket, extract(epoch FROM (t.first_response_at - t.created_at)) / 60 AS minutes
     FROM tickets t WHERE ${ticketInScope('t')} AND ${segmentIs('t.segment_id')} AND ${inPeriod('t.created_at')}`,
      'count(*)::int AS tickets, (percentile_cont(0.5) WITHIN GROUP (ORDER BY x.minutes))::float8 AS first_response_median',
    ),
    params(w),
  );
  return rows;
}

/** Tickets solved in the period (by solved_at), and the median of (solved_at − created_at) in minutes. */
export async function solvedTickets(db: Queryable, w: ReportWindow) {
  const { rows } = await db.query<Bucketed<{ resolution_median: number | null }>>(
    perBucket(
      `SELECT ${bucketOf('t.solved_at')} AS bucket, extract(epoch FROM (t.solved_at - t.created_at)) / 60 AS minutes
     FROM tickets t WHERE ${ticketInScope('t')} AND ${segmentIs('t.segment_id')} AND t.solved_at IS NOT NULL AND ${inPeriod('t.solved_at')}`,
      '(percentile_cont(0.5) WITHIN GROUP (ORDER BY x.minutes))::float8 AS resolution_median',
    ),
    params(w),
  );
  return rows;
}

/**
 * SLA targets judged in the period: recorded results (met_at in the period; met in time = NOT breached), plus
 * targets still running whose due time fell in the period and has already passed (`now`): those are breached
 * even though nobody has answered yet, so a backlog cannot look compliant.
 */
export async function slaTargets(db: Queryable, w: ReportWindow, now: Date) {
  const { rows } = await db.query<Bucketed<{ met: number; total: number }>>(
    perBucket(
      `SELECT ${bucketOf('r.met_at')} AS bucket, NOT r.breached AS met
     FROM ticket_sla_results r JOIN tickets t ON t.thread_id = r.ticket_id
     WHERE ${ticketInScope('t')} AND ${segmentIs('r.segment_id')} AND ${inPeriod('r.met_at')}
     UNION ALL
     SELECT ${bucketOf('d.due')} AS bucket, false AS met
     FROM tickets t CROSS JOIN LATERAL (VALUES (t.first_response_due_at), (t.next_response_due_at), (t.resolution_due_at)) AS d(due)
     WHERE ${ticketInScope('t')} AND ${segmentIs('t.segment_id')} AND d.due IS NOT NULL AND ${inPeriod('d.due')} AND d.due < $7::timestamptz`,
      'count(*) FILTER (WHERE x.met)::int AS met, count(*)::int AS total',
    ),
    [...params(w), now],
  );
  return rows;
}

/** Ratings given in the period (by rated_at). */
export async function ratings(db: Queryable, w: ReportWindow) {
  const { rows } = await db.query<Bucketed<{ good: number; bad: number }>>(
    perBucket(
      `SELECT ${bucketOf('r.rated_at')} AS bucket, r.rating
     FROM ticket_ratings r JOIN tickets t ON t.thread_id = r.ticket_id
     WHERE ${ticketInScope('t')} AND ${segmentIs('r.segment_id')} AND r.rating IS NOT NULL AND ${inPeriod('r.rated_at')}`,
      `count(*) FILTER (WHERE x.rating = 'good')::int AS good, count(*) FILTER (WHERE x.rating = 'bad')::int AS bad`,
    ),
    params(w),
  );
  return rows;
}

/** Ratings given in the period per agent or group at solve time (null: unassigned, or since deleted). */
export async function ratingsBy(db: Queryable, w: ReportWindow, by: 'agent' | 'group') {
  const [column, join, name] =
    by === 'agent'
      ? ['r.assignee_id', 'LEFT JOIN users n ON n.id = r.assignee_id', 'n.name']
      : ['r.group_id', 'LEFT JOIN ticket_groups n ON n.id = r.group_id', 'n.name'];
  const { rows } = await db.query<{ id: string | null; name: string | null; good: number; bad: number }>(
    `SELECT ${column} AS id, ${name} AS name,
       count(*) FILTER (WHERE r.rating = 'good')::int AS good, count(*) FILTER (WHERE r.rating = 'bad')::int AS bad
     FROM ticket_ratings r JOIN tickets t ON t.thread_id = r.ticket_id ${join}
     WHERE ${ticketInScope('t')} AND ${segmentIs('r.segment_id')} AND r.rating IS NOT NULL AND ${inPeriod('r.rated_at')}
     GROUP BY ${column}, ${name}
     ORDER BY count(*) DESC, ${name} NULLS LAST, ${column} NULLS LAST`,
    params(w).slice(0, 5),
  );
  return rows;
}

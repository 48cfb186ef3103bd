import type { Queryable } from '../../platform/db/index.ts';
import { scopeParams, type AccountScope } from '../../platform/actor.ts';

/*
 * Read-only figures over the ticket, SLA, CSAT and deflection tables (the first three through their rollups). Every query takes the caller's account scope:
 * a limited agent (e.g. agent@northwind.example, limited to Acme) sees only the figures of their assigned accounts.
 * Tables without an account column are scoped through one: ratings and SLA results through their ticket, help
 * sessions through the visitor's memberships (anonymous visits belong to no account, so only unrestricted staff
 * see them).
 *
 * Each query returns one row per interval bucket plus a total row (bucket null), from GROUPING SETS, because
 * medians cannot be added up from the buckets. Parameters: $1/$2 scope, $3 from (inclusive), $4 to (exclusive),
 * $5 segment id or null, $6 bucket width in seconds.
 */

export interface ReportWindow {
  scope: AccountScope;
  from: Date;
  to: Date;
  segmentId: string | null;
  stepSeconds: number;
}

const params = (w: ReportWindow) => [...scopeParams(w.scope), w.from, w.to, w.segmentId, w.stepSeconds];
const bucketOf = (column: string) => `floor(extract(epoch FROM (${column} - $3::timestamptz)) / $6)::int`;
const inPeriod = (column: string) => `${column} >= $3::timestamptz AND ${column} < $4::timestamptz`;
const ticketInScope = (t: string) => `($1::boolean OR ${t}.account_id = ANY($2::uuid[]))`;
const segmentIs = (column: string) => `($5::uuid IS NULL OR ${column} = $5::uuid)`;

/** Wraps rows of (bucket, ...) into per-bucket and total aggregates; `bucket` is null on the total row. */
const perBucket = (inner: string, aggregates: string) =>
  `SELECT CASE WHEN GROUPING(x.bucket) = 1 THEN NULL ELSE x.bucket END AS bucket, ${aggregates}
   FROM (${inner}) x GROUP BY GROUPING SETS ((x.bucket), ())`;

export type Bucketed<T> = T & { bucket: number | null };

/*
 * Tickets, SLA and CSAT figures come from the rollups of migration 0034, kept in the same transaction as every
 * change: counts from support_report_days (per UTC day: the period and the buckets are whole UTC days, see
 * reportPeriod), the medians and the running due times from support_report_facts (single values). Both carry the
 * ticket's account, so the scope filters them as it filtered the base tables; test/integration/support-reports/
 * rollups.test.ts checks them against the base tables after every kind of change.
 */
const dayOf = (param: string) => `(${param}::timestamptz AT TIME ZONE 'UTC')::date`;
const dayBucket = `((d.day - ${dayOf('$3')}) / ($6::int / 86400))`;
// Unrestricted staff read the all-accounts rows (account_id NULL), limited agents their accounts' rows ($1 is a
// constant when the statement is planned, so the CASE folds and each finds its partial index).
const daysInPeriod = (kind: string) =>
  `d.kind = '${kind}' AND d.day >= ${dayOf('$3')} AND d.day < ${dayOf('$4')}
   AND CASE WHEN $1::boolean THEN d.account_id IS NULL ELSE d.account_id = ANY($2::uuid[]) END AND ${segmentIs('d.segment_id')}`;
// date_part is float8 arithmetic; extract() would compute the bucket of every fact in numeric.
const factBucket = `floor(date_part('epoch', f.at - $3::timestamptz) / $6)::int`;
const factsInPeriod = (kind: string) =>
  `f.kind = '${kind}' AND ${inPeriod('f.at')} AND ${ticketInScope('f')} AND ${segmentIs('f.segment_id')}`;

/** Tickets created in the period, and the median of (first_response_at − created_at) in minutes over them. */
export async function createdTickets(db: Queryable, w: ReportWindow) {
  const { rows } = await db.query<Bucketed<{ tickets: number; first_response_median: number | null }>>(
    `SELECT bucket, sum(tickets)::int AS tickets, max(first_response_median) AS first_response_median FROM (
       SELECT CASE WHEN GROUPING(x.bucket) = 1 THEN NULL ELSE x.bucket END AS bucket, sum(x.facts) AS tickets,
         NULL::float8 AS first_response_median
       FROM (SELECT ${dayBucket} AS bucket, d.facts FROM support_report_days d WHERE ${daysInPeriod('created')}) x
       GROUP BY GROUPING SETS ((x.bucket), ())
       UNION ALL
       ${perBucket(
         `SELECT ${factBucket} AS bucket, f.minutes FROM support_report_facts f
          WHERE ${factsInPeriod('created')} AND f.minutes IS NOT NULL`,
         '0 AS tickets, (percentile_cont(0.5) WITHIN GROUP (ORDER BY x.minutes))::float8 AS first_response_median',
       )}
     ) y GROUP BY bucket`,
    params(w),
  );
  return rows;
}

/** Tickets solved in the period (by solved_at), and the median of (solved_at − created_at) in minutes. */
export async function solvedTickets(db: Queryable, w: ReportWindow) {
  const { rows } = await db.query<Bucketed<{ resolution_median: number | null }>>(
    perBucket(
      `SELECT ${factBucket} AS bucket, f.minutes FROM support_report_facts f WHERE ${factsInPeriod('solved')}`,
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
    `SELECT CASE WHEN GROUPING(x.bucket) = 1 THEN NULL ELSE x.bucket END AS bucket,
       coalesce(sum(x.met), 0)::int AS met, coalesce(sum(x.total), 0)::int AS total
     FROM (
       SELECT ${dayBucket} AS bucket, CASE WHEN d.outcome = 'met' THEN d.facts ELSE 0 END AS met, d.facts AS total
       FROM support_report_days d WHERE ${daysInPeriod('sla')}
       UNION ALL
       SELECT ${factBucket} AS bucket, 0, 1 FROM support_report_facts f
       WHERE ${factsInPeriod('due')} AND f.at < $7::timestamptz
     ) x GROUP BY GROUPING SETS ((x.bucket), ())`,
    [...params(w), now],
  );
  return rows;
}

/** Ratings given in the period (by rated_at). */
export async function ratings(db: Queryable, w: ReportWindow) {
  const { rows } = await db.query<Bucketed<{ good: number; bad: number }>>(
    perBucket(
      `SELECT ${dayBucket} AS bucket, d.outcome, d.facts FROM support_report_days d WHERE ${daysInPeriod('csat')}`,
      `coalesce(sum(x.facts) FILTER (WHERE x.outcome = 'good'), 0)::int AS good,
       coalesce(sum(x.facts) FILTER (WHERE x.outcome = 'bad'), 0)::int AS bad`,
    ),
    params(w),
  );
  return rows;
}

/** Ratings given in the period per agent or group at solve time (null: unassigned, or since deleted). */
export async function ratingsBy(db: Queryable, w: ReportWindow, by: 'agent' | 'group') {
  const [column, join] =
    by === 'agent'
      ? ['d.assignee_id', 'LEFT JOIN users n ON n.id = x.id']
      : ['d.group_id', 'LEFT JOIN ticket_groups n ON n.id = x.id'];
  // Day rows that fell to zero (a rating withdrawn or moved) make no group of their own: HAVING drops them.
  const { rows } = await db.query<{ id: string | null; name: string | null; good: number; bad: number }>(
    `SELECT x.id, n.name, x.good::int AS good, x.bad::int AS bad
     FROM (SELECT ${column} AS id, coalesce(sum(d.facts) FILTER (WHERE d.outcome = 'good'), 0) AS good,
             coalesce(sum(d.facts) FILTER (WHERE d.outcome = 'bad'), 0) AS bad
           FROM support_report_days d WHERE ${daysInPeriod('csat')}
           GROUP BY ${column} HAVING sum(d.facts) > 0) x ${join}
     ORDER BY x.good + x.bad DESC, n.name NULLS LAST, x.id NULLS LAST`,
    params(w).slice(0, 5),
  );
  return rows;
}

/** Ticket form sessions opened in the period, by how they ended (open ones count in `total` only). */
export async function formSessions(db: Queryable, w: ReportWindow) {
  const { rows } = await db.query<Bucketed<{ total: number; deflected: number; ticket_created: number }>>(
    perBucket(
      `SELECT ${bucketOf('f.opened_at')} AS bucket, f.outcome FROM ticket_form_sessions f
     WHERE ${ticketInScope('f')} AND ${segmentIs('f.segment_id')} AND ${inPeriod('f.opened_at')}`,
      `count(*)::int AS total, count(*) FILTER (WHERE x.outcome = 'deflected')::int AS deflected,
     count(*) FILTER (WHERE x.outcome = 'ticket_created')::int AS ticket_created`,
    ),
    params(w),
  );
  return rows;
}

/** Help-center sessions started in the period (scoped through the visitor's memberships, see above). */
export async function helpSessions(db: Queryable, w: ReportWindow) {
  const { rows } = await db.query<Bucketed<{ sessions: number }>>(
    perBucket(
      `SELECT ${bucketOf('h.started_at')} AS bucket FROM help_sessions h
     WHERE ($1::boolean OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = h.user_id AND m.account_id = ANY($2::uuid[])))
       AND ${segmentIs('h.segment_id')} AND ${inPeriod('h.started_at')}`,
      'count(*)::int AS sessions',
    ),
    params(w),
  );
  return rows;
}

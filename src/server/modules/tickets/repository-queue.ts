import type { Queryable } from '../../platform/db/index.ts';
import { ticketColumns, TICKET_JOINS, visibleClause, type TicketRow, type Viewer } from './repository.ts';
import { Params, subjectWordsQuery } from './sql.ts';

/*
 * The queue. A CTE picks the page's ids from `tickets` alone (filters and keyset on the indexes of 0008), and
 * only those ≤ limit rows are joined to threads, people and counts: the cost follows the page, not the table.
 */

export type TicketSort = 'updated_desc' | 'updated_asc' | 'due_asc' | 'created_desc' | 'priority_desc';

export interface QueueFilter {
  status?: string[];
  /** A user id, or 'none' for unassigned ('me' is resolved by the use case). */
  assignee?: string;
  groupId?: string;
  segmentId?: string;
  accountId?: string;
  requesterId?: string;
  priority?: string[];
  tag?: string;
  sla?: 'due_soon' | 'breached';
  q?: string;
}

const DUE_SOON_MS = 60 * 60_000;
/** What every sort orders by, carried out of the per-status ranges so their union can be merged in order. */
const SORT_COLUMNS = 't.updated_at, t.created_at, t.priority_rank, t.due_at';
/** A search that is a ticket number ("1042" or "#1042"). */
const TICKET_NUMBER = /^#?(\d{1,15})$/;

/** Up to this many tickets matching a subject search are listed by id; beyond it the queue walks in its order. */
const SUBJECT_MATCHES_LISTED = 5_000;

/**
 * Ids of ticket threads whose subject has the words, at most `cap + 1`. Unsafe: across every account. The ids
 * never leave the repository; they only narrow a queue query that applies the caller's scope itself.
 */
async function unsafeTicketIdsWithSubjectWords(db: Queryable, words: string, cap: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT sq.id FROM threads sq WHERE to_tsvector('simple', sq.subject) @@ to_tsquery('simple', $1) AND sq.kind = 'ticket' LIMIT $2`,
    [words, cap + 1],
  );
  return rows.map((row) => row.id);
}

/** A filter with what its subject search needs from the database looked up once (an export reads many batches). */
export interface ResolvedQueueFilter extends QueueFilter {
  /** The tickets whose subject has the words, when few enough to list; otherwise the queue walks in its order. */
  subjectMatches?: string[];
}

/**
 * Words that few subjects share: their tickets, found through the subject index, narrow the queue (a walk in
 * queue order would read ~1,000 tickets per match). Words that many share: the walk finds a page quickly.
 */
export async function resolveQueueFilter(db: Queryable, filter: QueueFilter): Promise<ResolvedQueueFilter> {
  const words = filter.q && !TICKET_NUMBER.test(filter.q) ? subjectWordsQuery(filter.q) : null;
  if (words === null) return filter;
  const matching = await unsafeTicketIdsWithSubjectWords(db, words, SUBJECT_MATCHES_LISTED);
  return matching.length <= SUBJECT_MATCHES_LISTED ? { ...filter, subjectMatches: matching } : filter;
}

/**
 * A LIMIT written into the text of a prepared statement: with a parameter, PostgreSQL's generic plan assumes a
 * tenth of the table and joins it by hash over sequential scans (2 s for a page of 50 at 100,000 tickets).
 * Only an integer (the API bounds page sizes) ever reaches the text.
 */
export function literalLimit(limit: number): string {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new Error(`Not a row limit: ${limit}`);
  return String(limit);
}

/** One value is an equality, so an index led by the column hands rows back in the sort's order; several, ANY. */
const oneOf = (q: Params, column: string, values: string[]) =>
  values.length === 1 ? `${column} = ${q.p(values[0])}::text` : `${column} = ANY(${q.p(values)}::text[])`;

function filterClauses(q: Params, viewer: Viewer, filter: ResolvedQueueFilter, now: Date): string[] {
  const where = [visibleClause(q, viewer)];
  if (filter.status?.length) where.push(oneOf(q, 't.status', filter.status));
  if (filter.assignee === 'none') where.push('t.assignee_id IS NULL');
  else if (filter.assignee) where.push(`t.assignee_id = ${q.p(filter.assignee)}::uuid`);
  if (filter.groupId === 'none') where.push('t.group_id IS NULL');
  else if (filter.groupId) where.push(`t.group_id = ${q.p(filter.groupId)}::uuid`);
  if (filter.segmentId) where.push(`t.segment_id = ${q.p(filter.segmentId)}::uuid`);
  if (filter.accountId) where.push(`t.account_id = ${q.p(filter.accountId)}::uuid`);
  if (filter.requesterId) where.push(`t.requester_id = ${q.p(filter.requesterId)}::uuid`);
  if (filter.priority?.length) where.push(oneOf(q, 't.priority', filter.priority));
  if (filter.tag) where.push(`t.tags @> ARRAY[${q.p(filter.tag)}::text]`);
  if (filter.sla === 'breached') where.push(`t.due_at < ${q.p(now)}::timestamptz`);
  if (filter.sla === 'due_soon')
    where.push(
      `t.due_at >= ${q.p(now)}::timestamptz AND t.due_at <= ${q.p(new Date(now.getTime() + DUE_SOON_MS))}::timestamptz`,
    );
  if (filter.q) {
    // A number ("1042" or "#1042") finds that ticket through its unique index; anything else searches the words
    // of subjects (the last one as a prefix), narrowed as `resolveQueueFilter` decided.
    const number = TICKET_NUMBER.exec(filter.q);
    const words = number ? null : subjectWordsQuery(filter.q);
    if (number) where.push(`t.number = ${q.p(number[1])}::bigint`);
    else if (words === null) where.push('false');
    else if (filter.subjectMatches) where.push(`t.thread_id = ANY(${q.p(filter.subjectMatches)}::uuid[])`);
    else
      where.push(
        `EXISTS (SELECT 1 FROM threads sq WHERE sq.id = t.thread_id AND to_tsvector('simple', sq.subject) @@ to_tsquery('simple', ${q.p(words)}))`,
      );
  }
  return where;
}

/** ORDER BY and the keyset condition for the sort, on `alias` (the same columns in the CTE and the outer SELECT). */
function ordering(q: Params, sort: TicketSort, after: (string | null)[] | null, alias: string) {
  const a = alias;
  switch (sort) {
    case 'updated_asc':
      return {
        order: `${a}.updated_at ASC, ${a}.thread_id ASC`,
        keyset: after ? `(t.updated_at, t.thread_id) > (${q.p(after[0])}::timestamptz, ${q.p(after[1])}::uuid)` : null,
      };
    case 'created_desc':
      return {
        order: `${a}.created_at DESC, ${a}.thread_id DESC`,
        keyset: after ? `(t.created_at, t.thread_id) < (${q.p(after[0])}::timestamptz, ${q.p(after[1])}::uuid)` : null,
      };
    case 'priority_desc':
      return {
        order: `${a}.priority_rank DESC, ${a}.updated_at DESC, ${a}.thread_id DESC`,
        keyset: after
          ? `(t.priority_rank, t.updated_at, t.thread_id) < (${q.p(after[0])}::smallint, ${q.p(after[1])}::timestamptz, ${q.p(after[2])}::uuid)`
          : null,
      };
    case 'due_asc': {
      // Nulls (no running clock) last: after a null cursor only nulls remain.
      if (!after) return { order: `${a}.due_at ASC NULLS LAST, ${a}.thread_id ASC`, keyset: null };
      const keyset =
        after[0] === null
          ? `(t.due_at IS NULL AND t.thread_id > ${q.p(after[1])}::uuid)`
          : `(t.due_at IS NULL OR (t.due_at, t.thread_id) > (${q.p(after[0])}::timestamptz, ${q.p(after[1])}::uuid))`;
      return { order: `${a}.due_at ASC NULLS LAST, ${a}.thread_id ASC`, keyset };
    }
    default:
      return {
        order: `${a}.updated_at DESC, ${a}.thread_id DESC`,
        keyset: after ? `(t.updated_at, t.thread_id) < (${q.p(after[0])}::timestamptz, ${q.p(after[1])}::uuid)` : null,
      };
  }
}

export async function listQueue(
  db: Queryable,
  viewer: Viewer,
  filter: QueueFilter,
  sort: TicketSort,
  after: (string | null)[] | null,
  limit: number,
  now: Date,
): Promise<TicketRow[]> {
  const q = new Params();
  const resolved = await resolveQueueFilter(db, filter);
  const statuses = resolved.status ?? [];
  const pageOf = (where: string[]) => {
    const inner = ordering(q, sort, after, 't');
    const clauses = inner.keyset ? [...where, inner.keyset] : where;
    return `SELECT t.thread_id, ${SORT_COLUMNS} FROM tickets t WHERE ${clauses.join(' AND ')} ORDER BY ${inner.order} LIMIT ${literalLimit(limit + 1)}`;
  };
  // Several statuses: one range per status (each in the sort's order on an index led by status), merged, instead
  // of every matching ticket read and sorted. One status or none: the ranges are the index's own.
  const pageSql =
    statuses.length > 1
      ? `SELECT t.thread_id FROM (${statuses
          .map((status) => `(${pageOf(filterClauses(q, viewer, { ...resolved, status: [status] }, now))})`)
          .join(' UNION ALL ')}) t ORDER BY ${ordering(q, sort, null, 't').order} LIMIT ${literalLimit(limit + 1)}`
      : pageOf(filterClauses(q, viewer, resolved, now));
  const columns = ticketColumns(q, viewer, now);
  const { rows } = await db.query<TicketRow>(
    `WITH page AS (${pageSql}) SELECT ${columns} FROM page JOIN tickets t ON t.thread_id = page.thread_id ${TICKET_JOINS} ORDER BY ${ordering(new Params(), sort, null, 't').order}`,
    q.values,
    // The statement is long (joins, per-row lookups) and its text takes few shapes (the filters in use).
    { prepare: true },
  );
  return rows;
}

/** The key of a row for the sort's cursor. */
export function cursorOf(row: TicketRow, sort: TicketSort): (string | null)[] {
  if (sort === 'created_desc') return [row.created_key, row.id];
  if (sort === 'priority_desc') return [String(row.priority_rank), row.updated_key, row.id];
  if (sort === 'due_asc') return [row.due_key, row.id];
  return [row.updated_key, row.id];
}

const STATUSES = ['new', 'open', 'pending_customer', 'on_hold', 'solved', 'closed'] as const;

/**
 * Counts per status for the filters, each capped at `cap` (counting stops at cap + 1 rows of one index range), and
 * their sum as the total: every ticket has one status, so no second walk over the same rows is needed.
 */
export async function countQueue(db: Queryable, viewer: Viewer, filter: QueueFilter, cap: number, now: Date) {
  const q = new Params();
  const resolved = await resolveQueueFilter(db, filter);
  const limit = literalLimit(cap + 1);
  const wanted = STATUSES.filter((status) => !resolved.status?.length || resolved.status.includes(status));
  const per = wanted.map((status) => {
    const where = filterClauses(q, viewer, { ...resolved, status: [status] }, now).join(' AND ');
    return `(SELECT count(*)::int FROM (SELECT 1 FROM tickets t WHERE ${where} LIMIT ${limit}) x) AS "${status}"`;
  });
  const { rows } = await db.query<Record<string, number>>(`SELECT ${per.join(', ')}`, q.values, { prepare: true });
  const counts: Record<(typeof STATUSES)[number] | 'total', number> = {
    new: 0,
    open: 0,
    pending_customer: 0,
    on_hold: 0,
    solved: 0,
    closed: 0,
    total: 0,
  };
  for (const status of wanted) counts[status] = rows[0]![status]!;
  counts.total = wanted.reduce((sum, status) => sum + counts[status], 0);
  return counts;
}

/** Every row of the filters in the queue order, for the CSV export, a batch at a time. */
export async function exportBatch(
  db: Queryable,
  viewer: Viewer,
  filter: ResolvedQueueFilter,
  after: string[] | null,
  limit: number,
  now: Date,
) {
  const q = new Params();
  const where = filterClauses(q, viewer, filter, now);
  if (after) where.push(`(t.updated_at, t.thread_id) < (${q.p(after[0])}::timestamptz, ${q.p(after[1])}::uuid)`);
  const { rows } = await db.query<TicketRow>(
    `WITH page AS (SELECT t.thread_id FROM tickets t WHERE ${where.join(' AND ')} ORDER BY t.updated_at DESC, t.thread_id DESC LIMIT ${q.p(limit)})
     SELECT ${ticketColumns(q, viewer, now)} FROM page JOIN tickets t ON t.thread_id = page.thread_id ${TICKET_JOINS} ORDER BY t.updated_at DESC, t.thread_id DESC`,
    q.values,
  );
  return rows;
}

/** Tickets matching the filters, per account: the home pages' counts use the queue's own clauses, so a count and the list it links to agree. */
export async function countQueueByAccount(db: Queryable, viewer: Viewer, filter: QueueFilter, now: Date) {
  const q = new Params();
  const where = filterClauses(q, viewer, await resolveQueueFilter(db, filter), now).join(' AND ');
  const { rows } = await db.query<{ account_id: string; count: number }>(
    `SELECT t.account_id, count(*)::int AS count FROM tickets t WHERE ${where} GROUP BY t.account_id`,
    q.values,
  );
  return rows;
}

import type { Queryable } from '../../platform/db/index.ts';
import { timestampKey } from '../../platform/http/pagination.ts';
import { isUuid, newId } from '../../platform/ids.ts';
import { visibleClause, type Viewer } from './repository.ts';
import { Params } from './sql.ts';

/*
 * SQL of ticket_activity (0010): the history of a ticket's fields. Rows are written by status.ts inside the
 * change's transaction; reads take the caller's scope through the ticket they belong to.
 */

export interface Change<T> {
  from: T;
  to: T;
}

/** The stored `changes` column: only the fields whose value changed. Ids, never names (names are read when shown). */
export interface ActivityChanges {
  status?: Change<string>;
  priority?: Change<string>;
  assignee?: Change<string | null>;
  group?: Change<string | null>;
  tags?: Change<string[]>;
  /** Only the custom fields that changed, keyed by field id (a missing key reads as null). */
  customFields?: Change<Record<string, unknown>>;
  subject?: Change<string>;
  ccs?: Change<string[]>;
  mergedInto?: Change<string | null>;
}

export async function insertTicketActivity(
  db: Queryable,
  ticketId: string,
  actorId: string | null,
  changes: ActivityChanges,
  now: Date,
) {
  await db.query(
    'INSERT INTO ticket_activity (id, ticket_id, actor_id, occurred_at, changes) VALUES ($1, $2, $3, $4, $5::jsonb)',
    [newId(now.getTime()), ticketId, actorId, now, JSON.stringify(changes)],
  );
}

/** The CC list before a change, sorted (the caller holds the ticket's row lock, taken through its scope). */
export async function ccIdsOf(db: Queryable, ticketId: string): Promise<string[]> {
  const { rows } = await db.query<{ user_id: string }>(
    "SELECT user_id FROM thread_participants WHERE thread_id = $1 AND role = 'cc' ORDER BY user_id",
    [ticketId],
  );
  return rows.map((row) => row.user_id);
}

export interface ActivityRow {
  id: string;
  ticket_id: string;
  actor_id: string | null;
  actor_name: string | null;
  occurred_at: Date;
  occurred_key: string;
  changes: ActivityChanges;
}

/** A page of a ticket's activity, newest first; `after` is the (occurred_at, id) of the previous page's last row. */
export async function listTicketActivity(
  db: Queryable,
  viewer: Viewer,
  ticketId: string,
  after: string[] | null,
  limit: number,
): Promise<ActivityRow[]> {
  const q = new Params();
  const where = [visibleClause(q, viewer), `a.ticket_id = ${q.p(ticketId)}`];
  if (after) where.push(`(a.occurred_at, a.id) < (${q.p(after[0])}::timestamptz, ${q.p(after[1])}::uuid)`);
  const { rows } = await db.query<ActivityRow>(
    `SELECT a.id, a.ticket_id, a.actor_id, u.name AS actor_name, a.occurred_at, ${timestampKey('a.occurred_at')} AS occurred_key, a.changes
     FROM ticket_activity a JOIN tickets t ON t.thread_id = a.ticket_id LEFT JOIN users u ON u.id = a.actor_id
     WHERE ${where.join(' AND ')} ORDER BY a.occurred_at DESC, a.id DESC LIMIT ${q.p(limit + 1)}`,
    q.values,
  );
  return rows;
}

export interface ActivityRefs {
  userIds: string[];
  groupIds: string[];
  fieldIds: string[];
  ticketIds: string[];
}

export interface ActivityNames {
  users: Map<string, string>;
  groups: Map<string, string>;
  fields: Map<string, string>;
  tickets: Map<string, number>;
}

/**
 * Current names of the people, groups and fields a page names, and the numbers of the tickets it names, in one
 * round trip. Tickets through the caller's scope; people, groups and field labels are what every agent reads.
 */
export async function namesForActivity(db: Queryable, viewer: Viewer, refs: ActivityRefs): Promise<ActivityNames> {
  const names: ActivityNames = { users: new Map(), groups: new Map(), fields: new Map(), tickets: new Map() };
  const ids = (list: string[]) => [...new Set(list.filter(isUuid))];
  const q = new Params();
  const { rows } = await db.query<{
    kind: 'user' | 'group' | 'field' | 'ticket';
    id: string;
    name: string | null;
    number: number | null;
  }>(
    `SELECT 'user' AS kind, u.id, u.name, NULL::int AS number FROM users u WHERE u.id = ANY(${q.p(ids(refs.userIds))}::uuid[])
     UNION ALL SELECT 'group', g.id, g.name, NULL FROM ticket_groups g WHERE g.id = ANY(${q.p(ids(refs.groupIds))}::uuid[])
     UNION ALL SELECT 'field', f.id, f.label, NULL FROM ticket_fields f WHERE f.id = ANY(${q.p(ids(refs.fieldIds))}::uuid[])
     UNION ALL SELECT 'ticket', t.thread_id, NULL, t.number::int FROM tickets t WHERE ${visibleClause(q, viewer)} AND t.thread_id = ANY(${q.p(ids(refs.ticketIds))}::uuid[])`,
    q.values,
  );
  for (const row of rows) {
    if (row.kind === 'ticket') names.tickets.set(row.id, row.number!);
    else names[`${row.kind}s`].set(row.id, row.name!);
  }
  return names;
}

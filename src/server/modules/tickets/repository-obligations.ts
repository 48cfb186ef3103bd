import { scopeParams } from '../../platform/actor.ts';
import type { Queryable } from '../../platform/db/index.ts';
import {
  segmentHasModuleSql,
  pageParams,
  timeAfterSql,
  timeDueKeySql,
  type Obligation,
  type ObligationsProvider,
} from '../../platform/obligations.ts';

/*
 * Tickets on the obligations timeline: the firm owes an answer while an SLA target runs (`due_at`, the soonest
 * running target, null once met or paused), owned by the assignee. People see only the tickets they may see
 * (`ticket_visible_to`, the queue's rule). Nothing with a due time is owed by the client here.
 * Params: $1 due key after, $2 id after, $3 limit, $4 link prefix, $5 staff, $6 viewer, then the filter's.
 */
/*
 * The planner's row estimate decides between walking tickets_due_idx to the page and sorting every ticket with a due
 * time: the status filter is a COALESCE it cannot see into (the status statistics say 7% of tickets are open, but
 * nearly every ticket with a running target is), and the first page has no keyset condition (a row comparison it
 * guesses as a third). Written plainly, it guessed 4 rows across accounts and sorted all of them (500 ms at 100,000).
 */
const select = (after: boolean) => `
  SELECT t.thread_id AS id, t.account_id AS "accountId", a.name AS "accountName", ${timeDueKeySql('t.due_at')} AS "dueKey",
    'firm' AS side, 'ticket' AS kind, '#' || t.number || ' ' || th.subject AS title, t.assignee_id AS "ownerId",
    au.name AS "ownerName", false AS "allDay", t.status AS state, $4::text || '/tickets/' || t.thread_id AS link
  FROM tickets t JOIN threads th ON th.id = t.thread_id JOIN accounts a ON a.id = t.account_id
  LEFT JOIN users au ON au.id = t.assignee_id
  WHERE t.due_at IS NOT NULL AND COALESCE(t.status NOT IN ('solved', 'closed'), false)
    AND ${after ? timeAfterSql('t.due_at', 't.thread_id', '$1', '$2') : '$1::text IS NOT NULL AND $2::uuid IS NOT NULL'}
    AND ($5::boolean OR ticket_visible_to(t.thread_id, $6::uuid))`;
const ORDER = `ORDER BY t.due_at, t.thread_id LIMIT $3`;

async function rows(db: Queryable, sql: string, params: unknown[]) {
  return (await db.query<Obligation>(sql, params)).rows;
}

export const ticketObligations: ObligationsProvider = {
  module: 'tickets',
  async forAccount(db, viewer, request) {
    if (request.side === 'client') return [];
    const prefix = viewer.staff ? '/console' : '';
    return rows(db, `${select(request.after !== null)} AND t.account_id = $7::uuid ${ORDER}`, [
      ...pageParams(request),
      prefix,
      viewer.staff,
      viewer.userId,
      request.accountId,
    ]);
  },
  async firmSide(db, request) {
    return rows(
      db,
      `${select(request.after !== null)} AND ($7::boolean OR t.account_id = ANY($8::uuid[])) AND ${segmentHasModuleSql('a.segment_id', 'tickets')} ${ORDER}`,
      [...pageParams(request), '/console', true, '00000000-0000-0000-0000-000000000000', ...scopeParams(request.scope)],
    );
  },
  async ownedBy(db, viewer, request) {
    if (!viewer.staff) return [];
    return rows(
      db,
      `${select(request.after !== null)} AND t.assignee_id = $6::uuid AND ($7::boolean OR t.account_id = ANY($8::uuid[]))
         AND ${segmentHasModuleSql('a.segment_id', 'tickets')} ${ORDER}`,
      [...pageParams(request), '/console', true, viewer.userId, ...scopeParams(request.scope)],
    );
  },
};

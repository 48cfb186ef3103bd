import { scopeParams } from '../../platform/actor.ts';
import type { Queryable } from '../../platform/db/index.ts';
import {
  segmentHasModuleSql,
  dateAfterSql,
  dateDueKeySql,
  dateOrderSql,
  pageParams,
  type Obligation,
  type ObligationSide,
  type ObligationsProvider,
} from '../../platform/obligations.ts';

/*
 * Approvals on the obligations timeline: a pending approval is owed by the side of the approvers whose turn it is
 * (sequential: the first undecided; parallel: every undecided one), so one asked of both a client and staff at once
 * stands on both sides. Its owner is named when one person decides next. The account's people never get internal
 * approvals (`$5 OR NOT p.internal`, in SQL, like the approvals list).
 * Params: $1 due key after, $2 id after, $3 limit, $4 link prefix ('' or '/console'), $5 staff, $6 side, then the
 * filter's.
 */
const SELECT = `
  SELECT p.id, p.account_id AS "accountId", a.name AS "accountName", ${dateDueKeySql('p.due_date')} AS "dueKey",
    $6::text AS side, 'approval' AS kind, p.title,
    CASE WHEN count(*) = 1 THEN min(r.user_id::text)::uuid END AS "ownerId",
    CASE WHEN count(*) = 1 THEN min(u.name) END AS "ownerName",
    true AS "allDay", p.status AS state, $4::text || '/approvals/' || p.id AS link
  FROM approvals p JOIN accounts a ON a.id = p.account_id
  JOIN approval_approvers r ON r.approval_id = p.id AND r.decision IS NULL AND r.side = $6::text
    AND (p.mode = 'parallel' OR r.position = (SELECT min(q.position) FROM approval_approvers q
                                               WHERE q.approval_id = p.id AND q.decision IS NULL))
  JOIN users u ON u.id = r.user_id
  WHERE p.status = 'pending' AND ($5::boolean OR NOT p.internal) AND ${dateAfterSql('p.due_date', 'p.id', '$1', '$2')}`;
const GROUP_ORDER = `GROUP BY p.id, a.name ORDER BY ${dateOrderSql('p.due_date', 'p.id')} LIMIT $3`;

const prefix = (staff: boolean) => (staff ? '/console' : '');

async function rows(db: Queryable, sql: string, params: unknown[]) {
  return (await db.query<Obligation>(sql, params)).rows;
}

function params(request: Parameters<typeof pageParams>[0], staff: boolean, side: ObligationSide) {
  return [...pageParams(request), prefix(staff), staff, side];
}

export const approvalObligations: ObligationsProvider = {
  module: 'approvals',
  forAccount(db, viewer, request) {
    return rows(db, `${SELECT} AND p.account_id = $7::uuid ${GROUP_ORDER}`, [
      ...params(request, viewer.staff, request.side),
      request.accountId,
    ]);
  },
  firmSide(db, request) {
    // Across accounts: the scope and the segment's module are filters on a walk in due order.
    return rows(
      db,
      // `turn_firm` (0092, kept by a trigger) lets the walk use approvals_firm_turn_idx: without it, every pending
      // approval was read to find the few on the firm's turn.
      `${SELECT} AND p.turn_firm AND ($7::boolean OR p.account_id = ANY($8::uuid[]))
         AND ${segmentHasModuleSql('a.segment_id', 'approvals')} ${GROUP_ORDER}`,
      [...params(request, true, 'firm'), ...scopeParams(request.scope)],
    );
  },
  ownedBy(db, viewer, request) {
    // The person's own turn only (they are the approver of the row the join keeps).
    return rows(
      db,
      `${SELECT} AND r.user_id = $7::uuid AND ($8::boolean OR p.account_id = ANY($9::uuid[]))
         AND ${segmentHasModuleSql('a.segment_id', 'approvals')} ${GROUP_ORDER}`,
      [
        ...params(request, viewer.staff, viewer.staff ? 'firm' : 'client'),
        viewer.userId,
        ...scopeParams(request.scope),
      ],
    );
  },
};

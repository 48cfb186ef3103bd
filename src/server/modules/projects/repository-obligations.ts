import { scopeParams } from '../../platform/actor.ts';
import type { Queryable } from '../../platform/db/index.ts';
import {
  segmentHasModuleSql,
  dateAfterSql,
  dateDueKeySql,
  dateOrderSql,
  mergeObligationPages,
  pageParams,
  type Obligation,
  type ObligationSide,
  type ObligationsProvider,
} from '../../platform/obligations.ts';

/*
 * Projects on the obligations timeline: open tasks (the firm's when assigned to staff or to no one yet, the client's
 * when assigned to one of their people) and open projects' due dates (the deliverable the firm promised). The
 * account's people never get internal projects nor their tasks (`$staff OR NOT p.internal`, in SQL).
 * Params: $1 due key after, $2 id after, $3 limit, $4 link prefix ('' or '/console'), $5 staff, then the filter's.
 */

const CLIENT_SIDE = `(u.id IS NOT NULL AND u.staff_role IS NULL)`;
// The firm's side, written so the planner estimates it as "about half" (a COALESCE it cannot see into): as
// `NOT CLIENT_SIDE` it guessed from users' statistics that 2.5% of tasks pass (people outnumber staff) where most do,
// and chose to sort every open task across accounts instead of walking tasks_open_due_idx to the page.
const FIRM_SIDE = `COALESCE(u.staff_role IS NOT NULL OR u.id IS NULL, true)`;
const sideSql = (side: ObligationSide) => (side === 'client' ? CLIENT_SIDE : FIRM_SIDE);

const TASK_SELECT = `
  SELECT t.id, t.account_id AS "accountId", a.name AS "accountName", ${dateDueKeySql('t.due_date')} AS "dueKey",
    CASE WHEN ${CLIENT_SIDE} THEN 'client' ELSE 'firm' END AS side, 'task' AS kind, t.title,
    t.assignee_id AS "ownerId", u.name AS "ownerName", true AS "allDay", t.status AS state,
    $4::text || '/tasks/' || t.id AS link
  FROM tasks t JOIN projects p ON p.id = t.project_id JOIN accounts a ON a.id = t.account_id
  LEFT JOIN users u ON u.id = t.assignee_id
  WHERE t.status <> 'done' AND ($5::boolean OR NOT p.internal) AND ${dateAfterSql('t.due_date', 't.id', '$1', '$2')}`;
const TASK_ORDER = `ORDER BY ${dateOrderSql('t.due_date', 't.id')} LIMIT $3`;

const PROJECT_SELECT = `
  SELECT p.id, p.account_id AS "accountId", a.name AS "accountName", ${dateDueKeySql('p.due_date')} AS "dueKey",
    'firm' AS side, 'deliverable' AS kind, p.name AS title, NULL::uuid AS "ownerId", NULL::text AS "ownerName",
    true AS "allDay", p.status AS state, $4::text || '/projects/' || p.id AS link
  FROM projects p JOIN accounts a ON a.id = p.account_id
  WHERE p.due_date IS NOT NULL AND p.status IN ('planned', 'active', 'on_hold') AND ($5::boolean OR NOT p.internal)
    AND ${dateAfterSql('p.due_date', 'p.id', '$1', '$2')}`;
const PROJECT_ORDER = `ORDER BY p.due_date, p.id LIMIT $3`;

const prefix = (staff: boolean) => (staff ? '/console' : '');

async function rows(db: Queryable, sql: string, params: unknown[]) {
  return (await db.query<Obligation>(sql, params)).rows;
}

export const projectObligations: ObligationsProvider = {
  module: 'projects',
  async forAccount(db, viewer, request) {
    const params = [...pageParams(request), prefix(viewer.staff), viewer.staff, request.accountId];
    const tasks = rows(
      db,
      `${TASK_SELECT} AND t.account_id = $6::uuid AND ${sideSql(request.side)} ${TASK_ORDER}`,
      params,
    );
    if (request.side === 'client') return tasks;
    const projects = rows(db, `${PROJECT_SELECT} AND p.account_id = $6::uuid ${PROJECT_ORDER}`, params);
    return mergeObligationPages(await Promise.all([tasks, projects]), request.limit).items;
  },
  async firmSide(db, request) {
    // Across accounts: the scope and the segment's module are filters on an index walk in due order.
    const params = [...pageParams(request), '/console', true, ...scopeParams(request.scope)];
    const scoped = (column: string) =>
      `($6::boolean OR ${column} = ANY($7::uuid[])) AND ${segmentHasModuleSql('a.segment_id', 'projects')}`;
    const tasks = rows(db, `${TASK_SELECT} AND ${scoped('t.account_id')} AND ${sideSql('firm')} ${TASK_ORDER}`, params);
    const projects = rows(db, `${PROJECT_SELECT} AND ${scoped('p.account_id')} ${PROJECT_ORDER}`, params);
    return mergeObligationPages(await Promise.all([tasks, projects]), request.limit).items;
  },
  async ownedBy(db, viewer, request) {
    const params = [
      ...pageParams(request),
      prefix(viewer.staff),
      viewer.staff,
      viewer.userId,
      ...scopeParams(request.scope),
    ];
    return rows(
      db,
      `${TASK_SELECT} AND t.assignee_id = $6::uuid AND ($7::boolean OR t.account_id = ANY($8::uuid[]))
         AND ${segmentHasModuleSql('a.segment_id', 'projects')} ${TASK_ORDER}`,
      params,
    );
  },
};

import {
  accountSideProvider,
  dateAfterSql,
  dateDueKeySql,
  dateOrderSql,
  pageParams,
  type Obligation,
} from '../../platform/obligations.ts';

/*
 * File requests on the obligations timeline: an open or returned request is owed by the client (the account as a
 * whole: no one person owns it). Every person of the account sees its requests, like the requests page.
 * Params: $1 due key after, $2 id after, $3 limit, $4 link prefix, $5 account.
 */
const SELECT = `
  SELECT r.id, r.account_id AS "accountId", a.name AS "accountName", ${dateDueKeySql('r.due_date')} AS "dueKey",
    'client' AS side, 'file_request' AS kind, r.title, NULL::uuid AS "ownerId", NULL::text AS "ownerName",
    true AS "allDay", r.status AS state,
    CASE WHEN $4::text = '' THEN '/documents/requests' ELSE '/console/accounts/' || r.account_id || '/documents/requests' END AS link
  FROM file_requests r JOIN accounts a ON a.id = r.account_id
  WHERE r.status IN ('open', 'returned') AND ${dateAfterSql('r.due_date', 'r.id', '$1', '$2')}`;

export const documentObligations = accountSideProvider('documents', 'client', async (db, viewer, request) => {
  const { rows } = await db.query<Obligation>(
    `${SELECT} AND r.account_id = $5::uuid ORDER BY ${dateOrderSql('r.due_date', 'r.id')} LIMIT $3`,
    [...pageParams(request), viewer.staff ? '/console' : '', request.accountId],
  );
  return rows;
});

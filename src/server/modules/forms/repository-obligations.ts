import {
  accountSideProvider,
  dateAfterSql,
  dateDueKeySql,
  dateOrderSql,
  pageParams,
  type Obligation,
} from '../../platform/obligations.ts';

/*
 * Requested forms on the obligations timeline: a form assigned to an account and not yet submitted is owed by the
 * client (the account as a whole: any of its people may fill it, like the forms page). Served by the partial index
 * `form_assignments_open_due_idx` (migration 0047). The state is the assignment's: `assigned` until someone saves a
 * draft, then `draft`. Staff follow the link to the form (its submissions), people to the fill page.
 * Params: $1 due key after, $2 id after, $3 limit, $4 link prefix, $5 account.
 */
const SELECT = `
  SELECT fa.id, fa.account_id AS "accountId", a.name AS "accountName", ${dateDueKeySql('fa.due_date')} AS "dueKey",
    'client' AS side, 'form' AS kind, f.name AS title, NULL::uuid AS "ownerId", NULL::text AS "ownerName",
    true AS "allDay", CASE WHEN fa.draft_saved_at IS NULL THEN 'assigned' ELSE 'draft' END AS state,
    CASE WHEN $4::text = '' THEN '/forms/' || fa.id ELSE '/console/forms/' || fa.form_id END AS link
  FROM form_assignments fa JOIN forms f ON f.id = fa.form_id JOIN accounts a ON a.id = fa.account_id
  WHERE fa.submitted_at IS NULL AND ${dateAfterSql('fa.due_date', 'fa.id', '$1', '$2')}`;

export const formObligations = accountSideProvider('forms', 'client', async (db, viewer, request) => {
  const { rows } = await db.query<Obligation>(
    `${SELECT} AND fa.account_id = $5::uuid ORDER BY ${dateOrderSql('fa.due_date', 'fa.id')} LIMIT $3`,
    [...pageParams(request), viewer.staff ? '/console' : '', request.accountId],
  );
  return rows;
});

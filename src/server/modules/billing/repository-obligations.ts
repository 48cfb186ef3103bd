import type { Obligation } from '../../platform/obligations.ts';
import {
  accountSideProvider,
  dateAfterSql,
  dateDueKeySql,
  dateOrderSql,
  pageParams,
} from '../../platform/obligations.ts';

/*
 * Invoices on the obligations timeline: a sent invoice with a balance is owed by the client (the account; people see
 * sent documents only, never drafts). The balance is the receivables' expression (total - paid - credited).
 * Params: $1 due key after, $2 id after, $3 limit, $4 link prefix, $5 account.
 */
const SELECT = `
  SELECT d.id, d.account_id AS "accountId", a.name AS "accountName", ${dateDueKeySql('d.due_date')} AS "dueKey",
    'client' AS side, 'invoice' AS kind, d.number AS title, NULL::uuid AS "ownerId", NULL::text AS "ownerName",
    true AS "allDay", d.status AS state, $4::text || '/billing/' || d.id AS link
  FROM billing_documents d JOIN accounts a ON a.id = d.account_id
  WHERE d.kind = 'invoice' AND d.status = 'sent' AND d.total - d.amount_paid - d.amount_credited > 0
    AND ${dateAfterSql('d.due_date', 'd.id', '$1', '$2')}`;

export const billingObligations = accountSideProvider('billing', 'client', async (db, viewer, request) => {
  const { rows } = await db.query<Obligation>(
    `${SELECT} AND d.account_id = $5::uuid ORDER BY ${dateOrderSql('d.due_date', 'd.id')} LIMIT $3`,
    [...pageParams(request), viewer.staff ? '/console' : '', request.accountId],
  );
  return rows;
});

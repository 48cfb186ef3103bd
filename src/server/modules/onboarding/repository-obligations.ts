import type { Obligation } from '../../platform/obligations.ts';
import {
  accountSideProvider,
  dateAfterSql,
  dateDueKeySql,
  dateOrderSql,
  pageParams,
} from '../../platform/obligations.ts';

/*
 * Onboarding steps on the obligations timeline: only open steps with no item of their own (a welcome message to
 * read), owed by the client. Steps with an item (form, file request, invoice, task) are already on the timeline
 * through that item's module, so they are not counted twice. No due date: they sort last.
 * Params: $1 due key after, $2 id after, $3 limit, $4 link, $5 account.
 */
const SELECT = `
  SELECT s.id, s.account_id AS "accountId", a.name AS "accountName", ${dateDueKeySql('NULL::date')} AS "dueKey",
    'client' AS side, 'onboarding_step' AS kind, s.title, NULL::uuid AS "ownerId", NULL::text AS "ownerName",
    true AS "allDay", s.status AS state, $4::text AS link
  FROM onboarding_steps s JOIN onboardings o ON o.id = s.onboarding_id JOIN accounts a ON a.id = s.account_id
  WHERE s.status = 'open' AND s.item_id IS NULL AND o.status = 'active'
    AND ${dateAfterSql('NULL::date', 's.id', '$1', '$2')}`;

export const onboardingObligations = accountSideProvider('onboarding', 'client', async (db, viewer, request) => {
  const { rows } = await db.query<Obligation>(
    `${SELECT} AND s.account_id = $5::uuid ORDER BY ${dateOrderSql('NULL::date', 's.id')} LIMIT $3`,
    [
      ...pageParams(request),
      viewer.staff ? `/console/onboarding/accounts/${request.accountId}` : '/onboarding',
      request.accountId,
    ],
  );
  return rows;
});

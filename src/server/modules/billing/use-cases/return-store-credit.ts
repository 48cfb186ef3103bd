import type { Queryable } from '../../../platform/db/index.ts';
import { conflict } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { modulesOfAccount } from '../../segments/index.ts';
import { insertSourcedCreditOnce } from '../repository-payments.ts';

/**
 * Store credit for a refunded return, in the caller's (returns') transaction: a positive entry on the account's
 * credit ledger, in the order's currency, which the portal's billing page shows as the account's credit and staff
 * (or automatic application on send) spend on the account's invoices. Orders are paid in the store, not through
 * Portico's invoices, so there is no invoice to credit: the refund owed becomes credit here.
 *
 * Idempotent by `sourceKey` (one per return step): a retried or replayed step credits once and answers
 * `credited: false`. An account whose segment has no billing cannot hold credit: 409 `billing_unavailable`.
 */
export async function addStoreCreditInTransaction(
  tx: Queryable,
  input: {
    accountId: string;
    currency: string;
    amount: number;
    sourceKey: string;
    /** What the customer reads beside the entry ("Return SO-1001-R1"). */
    note: string;
    actor: { id: string; label: string };
    now: Date;
  },
) {
  if (!(await modulesOfAccount(tx, input.accountId)).includes('billing'))
    throw conflict('This account has no billing, so it cannot hold store credit.', 'billing_unavailable');
  if (input.amount <= 0) return { credited: false };
  const credited = await insertSourcedCreditOnce(tx, {
    id: newId(),
    account_id: input.accountId,
    currency: input.currency,
    amount: input.amount,
    note: input.note,
    now: input.now,
    created_by: input.actor.id,
    source_key: input.sourceKey,
  });
  if (credited)
    await recordAudit(tx, {
      action: 'billing.credit_added',
      actor: input.actor,
      target: { type: 'account', id: input.accountId, label: input.note },
      accountId: input.accountId,
      details: { amount: input.amount, currency: input.currency, source: input.sourceKey },
      occurredAt: input.now,
    });
  return { credited };
}

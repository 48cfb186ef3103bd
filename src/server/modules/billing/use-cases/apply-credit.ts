import { afterInvoiceSettlement } from '../paid-hooks.ts';
import type { z } from 'zod';
import { formatMinor, type ApplyCredit } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { conflict, fieldError, forbidden } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { billingPolicy } from '../policy.ts';
import { balanceOf } from '../presenters.ts';
import type { DocumentRow } from '../repository-documents.ts';
import { insertPayment } from '../repository-documents.ts';
import { insertAccountCredit, lockCreditBalance } from '../repository-payments.ts';
import { loadDocument, todayOf } from './load.ts';
import { getDocumentUseCase } from './read-documents.ts';

/**
 * Staff (owners, admins) spend the account's credit on a sent invoice: never more than its balance nor than the
 * credit there is. The invoice's row and then the credit balance's row are locked (always in that order, so two
 * applies cannot deadlock), hence two applies at once spend the credit once.
 */
export async function applyCreditUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof ApplyCredit>,
) {
  await loadDocument(ctx, actor, id);
  if (!billingPolicy.canIssue(actor)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    const row = await loadDocument(ctx, actor, id, tx, true);
    const facts = { accountId: row.account_id, kind: row.kind, status: row.status, amountPaid: row.amount_paid };
    if (!billingPolicy.documentAbilities(actor, facts).applyCredit)
      throw conflict('Credit is applied to sent, unpaid invoices.', 'not_payable');
    const applied = await applyCreditInTransaction(
      ctx,
      tx,
      row,
      { id: actor.userId, label: actor.email },
      input.amount,
    );
    if (applied === 0) throw conflict(`The account has no ${row.currency} credit to apply.`, 'no_credit');
  });
  return getDocumentUseCase(ctx, actor, id);
}

/**
 * Spends credit on a (locked, sent) invoice in the caller's transaction: `amount`, or as much as the balance and the
 * credit allow. Returns what was applied (0 when there is no credit). The send path calls it for accounts that
 * apply their credit automatically.
 */
export async function applyCreditInTransaction(
  ctx: AppContext,
  tx: Queryable,
  row: DocumentRow,
  auditActor: { id: string; label: string } | null,
  amount?: number,
) {
  const balance = balanceOf(row);
  const credit = await lockCreditBalance(tx, row.account_id, row.currency);
  if (amount !== undefined && amount > balance)
    throw fieldError(
      'amount',
      'over_balance',
      `The invoice's balance is ${formatMinor(balance, row.currency)} ${row.currency}; apply at most that.`,
    );
  if (amount !== undefined && amount > credit)
    throw fieldError(
      'amount',
      'over_credit',
      `The account has ${formatMinor(credit, row.currency)} ${row.currency} of credit; apply at most that.`,
    );
  const spend = amount ?? Math.min(balance, credit);
  if (spend <= 0) return 0;
  const now = ctx.clock.now();
  const paymentId = newId();
  await insertPayment(tx, {
    id: paymentId,
    account_id: row.account_id,
    document_id: row.id,
    amount: spend,
    currency: row.currency,
    method: 'account_credit',
    reference: '',
    received_on: todayOf(now),
    recorded_by: auditActor?.id ?? null,
    now,
    fromCredit: true,
  });
  await insertAccountCredit(tx, {
    id: newId(),
    account_id: row.account_id,
    currency: row.currency,
    amount: -spend,
    checkout_id: null,
    note: `Applied to invoice ${row.number ?? row.id}`,
    now,
    document_id: row.id,
    created_by: auditActor?.id ?? null,
  });
  await recordAudit(tx, {
    action: 'billing.credit_applied',
    actor: auditActor,
    target: { type: 'billing_invoice', id: row.id, label: row.number },
    accountId: row.account_id,
    details: { paymentId, amount: spend, currency: row.currency, creditBefore: credit },
    occurredAt: now,
  });
  // Credit that settles the invoice counts as its payment (an onboarding's invoice step moves on).
  await afterInvoiceSettlement(tx, row.id, now);
  return spend;
}

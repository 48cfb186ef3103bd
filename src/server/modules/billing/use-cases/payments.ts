import { afterInvoiceSettlement } from '../paid-hooks.ts';
import type { z } from 'zod';
import { formatMinor, type RecordPayment } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, fieldError, forbidden } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { billingPolicy } from '../policy.ts';
import { presentPayment } from '../presenters.ts';
import { insertPayment, listPayments } from '../repository-documents.ts';
import { loadDocument } from './load.ts';

/**
 * A manual payment (bank transfer, cheque, cash) against a sent invoice, in its currency. It cannot exceed the
 * balance (account credit for overpayments is not built yet); paid in full, the invoice becomes paid.
 */
export async function recordPaymentUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof RecordPayment>,
) {
  await loadDocument(ctx, actor, id);
  if (!billingPolicy.canIssue(actor)) throw forbidden();
  const now = ctx.clock.now();
  const paymentId = newId();
  await ctx.db.transaction(async (tx) => {
    const row = await loadDocument(ctx, actor, id, tx, true);
    const facts = { accountId: row.account_id, kind: row.kind, status: row.status, amountPaid: row.amount_paid };
    if (!billingPolicy.documentAbilities(actor, facts).recordPayment)
      throw conflict('Payments are recorded against sent, unpaid invoices.', 'not_payable');
    const balance = row.total - row.amount_paid - row.amount_credited;
    if (input.amount > balance)
      throw fieldError(
        'amount',
        'overpayment',
        `The balance is ${formatMinor(balance, row.currency)} ${row.currency}; record at most that.`,
      );
    await insertPayment(tx, {
      id: paymentId,
      account_id: row.account_id,
      document_id: id,
      amount: input.amount,
      currency: row.currency,
      method: input.method,
      reference: input.reference,
      received_on: input.receivedOn,
      recorded_by: actor.userId,
      now,
    });
    await afterInvoiceSettlement(tx, id, now);
    await recordAudit(tx, {
      action: 'billing.payment_recorded',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'billing_invoice', id, label: row.number },
      accountId: row.account_id,
      details: { paymentId, amount: input.amount, currency: row.currency, method: input.method },
      occurredAt: now,
    });
  });
  return presentPayment(
    (await listPayments(ctx.db, id)).find((payment) => payment.id === paymentId)!,
    actor,
    ctx.config.stripe !== null,
  );
}

import type { z } from 'zod';
import { formatMinor, type BillingRefund, type CreateRefund } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { paymentsOff, stripeClient, stripeUnavailable } from '../payments/stripe-client.ts';
import { billingPolicy } from '../policy.ts';
import {
  adjustRefunded,
  insertRefund,
  lockPayment,
  reversePayment,
  settleRefund,
  type RefundRow,
} from '../repository-payments.ts';
import { loadDocument } from './load.ts';

const present = (row: RefundRow): BillingRefund => ({
  id: row.id,
  paymentId: row.payment_id,
  amount: { amount: row.amount, currency: row.currency },
  status: row.status,
  reason: row.reason,
  createdAt: row.created_at.toISOString(),
});

/**
 * Refunds (part of) a Stripe payment. The amount is reserved on the payment under its row lock before Stripe is
 * asked, so two refunds at once can never add up past the payment; Stripe's answer settles it: success takes the
 * amount off the invoice (which reopens), failure gives the reservation back. Both are audited.
 */
export async function refundPaymentUseCase(
  ctx: AppContext,
  actor: Actor,
  documentId: string,
  paymentId: string,
  input: z.infer<typeof CreateRefund>,
) {
  const config = ctx.config.stripe;
  const document = await loadDocument(ctx, actor, documentId);
  if (!billingPolicy.canRefund(actor)) throw forbidden();
  if (!config) throw paymentsOff();
  const refundId = newId();
  const now = ctx.clock.now();
  const reserved = await ctx.db.transaction(async (tx) => {
    const payment = await lockPayment(tx, paymentId, documentId);
    if (!payment) throw notFound();
    if (payment.source !== 'stripe' || !payment.stripe_payment_intent)
      throw conflict(
        'Only online payments are refunded here; a manual payment is returned outside Portico.',
        'not_refundable',
      );
    const left = payment.amount - payment.amount_refunded;
    const amount = input.amount ?? left;
    if (left <= 0) throw conflict('This payment is already refunded in full.', 'not_refundable');
    if (amount > left)
      throw fieldError(
        'amount',
        'over_refund',
        `At most ${formatMinor(left, payment.currency)} ${payment.currency} of this payment is left to refund.`,
      );
    await adjustRefunded(tx, paymentId, amount);
    await insertRefund(tx, {
      id: refundId,
      account_id: payment.account_id,
      payment_id: paymentId,
      amount,
      currency: payment.currency,
      reason: input.reason,
      created_by: actor.userId,
      now,
    });
    return { amount, currency: payment.currency, paymentIntent: payment.stripe_payment_intent };
  });

  const audit = (tx: Parameters<typeof recordAudit>[0], action: 'billing.refund_succeeded' | 'billing.refund_failed') =>
    recordAudit(tx, {
      action,
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'billing_invoice', id: documentId, label: document.number },
      accountId: document.account_id,
      details: { refundId, paymentId, amount: reserved.amount, currency: reserved.currency, reason: input.reason },
      occurredAt: ctx.clock.now(),
    });
  let stripeRefundId: string;
  try {
    const refund = await (
      await stripeClient(config)
    ).refunds.create(
      { payment_intent: reserved.paymentIntent, amount: reserved.amount, metadata: { portico_refund: refundId } },
      { idempotencyKey: `refund-${refundId}` },
    );
    stripeRefundId = refund.id;
  } catch (error) {
    ctx.logger.warn({ err: error, refundId }, 'Stripe refund failed');
    await ctx.db.transaction(async (tx) => {
      await lockPayment(tx, paymentId, documentId);
      await adjustRefunded(tx, paymentId, -reserved.amount);
      await settleRefund(tx, refundId, 'failed', null);
      await audit(tx, 'billing.refund_failed');
    });
    throw stripeUnavailable(error);
  }
  return ctx.db.transaction(async (tx) => {
    await loadDocument(ctx, actor, documentId, tx, true);
    await reversePayment(tx, documentId, reserved.amount, ctx.clock.now());
    const row = await settleRefund(tx, refundId, 'succeeded', stripeRefundId);
    await audit(tx, 'billing.refund_succeeded');
    return present(row!);
  });
}

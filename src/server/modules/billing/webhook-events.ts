import type { Queryable } from '../../platform/db/index.ts';
import { emitWebhookEvent } from '../../platform/webhook-events.ts';
import { findDocument } from './repository-documents.ts';

/*
 * Billing's outbound webhook events (platform/webhook-events.ts): emitted inside the change's transaction, with
 * `data` built here from billing's own rows (ids and the figures an integrator reconciles with).
 */
const ALL: [boolean, string[]] = [true, []];

/** `invoice.sent` (at the send, after the number and dates are set) and `invoice.paid` (paid in full). */
export async function emitInvoiceEvent(
  tx: Queryable,
  type: 'invoice.sent' | 'invoice.paid',
  invoiceId: string,
  now: Date,
) {
  const row = await findDocument(tx, invoiceId, ALL, now.toISOString().slice(0, 10), false);
  if (!row || row.kind !== 'invoice') return;
  await emitWebhookEvent(
    tx,
    {
      type,
      accountId: row.account_id,
      data: {
        invoiceId: row.id,
        number: row.number,
        status: row.status,
        issueDate: row.issue_date,
        dueDate: row.due_date,
        total: { amount: row.total, currency: row.currency },
        amountPaid: { amount: row.amount_paid, currency: row.currency },
      },
    },
    now,
  );
}

/** `payment.failed`: an online payment (checkout) or an automatic charge of a saved card that did not go through. */
export async function emitPaymentFailed(
  tx: Queryable,
  failure: {
    accountId: string;
    checkoutId: string;
    invoiceIds: string[];
    amount: number;
    currency: string;
    source: 'checkout' | 'auto_charge';
    reason: string | null;
    attempt: number | null;
    willRetry: boolean;
  },
  now: Date,
) {
  await emitWebhookEvent(
    tx,
    {
      type: 'payment.failed',
      accountId: failure.accountId,
      data: {
        checkoutId: failure.checkoutId,
        invoiceIds: failure.invoiceIds,
        amount: { amount: failure.amount, currency: failure.currency },
        source: failure.source,
        reason: failure.reason,
        attempt: failure.attempt,
        willRetry: failure.willRetry,
      },
    },
    now,
  );
}

import type { Queryable } from '../../platform/db/index.ts';
import { txHook } from '../../platform/tx-hooks.ts';
import { invoiceIsPaid } from './repository-documents.ts';
import { emitInvoiceEvent } from './webhook-events.ts';

/** An invoice became paid (payment, online payment, credit note), inside that transaction (onboarding moves on). */
export const invoicePaid = txHook<{ invoiceId: string; now: Date }>();

/** After money or a credit reached an invoice in `tx`: tells the listeners (and webhooks) when it is now paid in full. */
export async function afterInvoiceSettlement(tx: Queryable, invoiceId: string, now: Date) {
  if (!(await invoiceIsPaid(tx, invoiceId))) return;
  await invoicePaid.fire(tx, { invoiceId, now });
  await emitInvoiceEvent(tx, 'invoice.paid', invoiceId, now);
}

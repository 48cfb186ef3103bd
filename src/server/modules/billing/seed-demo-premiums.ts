import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { insertDocument, insertPayment } from './repository-documents.ts';
import { sendDemoDocument } from './seed-demo.ts';
import { computeFromInput, todayOf } from './use-cases/load.ts';

const DAY = 86_400_000;
/** The monthly premium, insurance premium tax included (premiums carry no VAT): €38.75. */
const MONTHLY_PREMIUM = 3_875;
/** Premium invoices are due two weeks after they are issued; the direct debit arrives after five days. */
const DUE_AFTER_DAYS = 14;
const PAID_AFTER_DAYS = 5;

/**
 * A policyholder's payment history (the insurance recipe): the monthly premium invoiced in each of the last four
 * months, the three older ones paid by direct debit, this month's open and not yet due. Numbered after every
 * other demo document (the seed runs last), written without email like the rest of the demo.
 */
export async function seedDemoPremiums(
  ctx: AppContext,
  tx: Queryable,
  input: { accountId: string; staffId: string; policyNumber: string; cover: string },
) {
  // This month's invoice went out two days ago; the older ones on the same day of their months (at most the 28th).
  const latest = new Date(ctx.clock.now().getTime() - 2 * DAY);
  for (const monthsAgo of [3, 2, 1, 0]) {
    const issued = new Date(latest);
    if (monthsAgo > 0)
      issued.setUTCFullYear(
        latest.getUTCFullYear(),
        latest.getUTCMonth() - monthsAgo,
        Math.min(latest.getUTCDate(), 28),
      );
    const month = issued.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const id = newId();
    const computed = await computeFromInput(tx, {
      notes: `Policy ${input.policyNumber}. Insurance premium tax included. Paid by direct debit.`,
      dueDate: null,
      paymentTermsId: null,
      discount: null,
      lines: [
        {
          description: `Monthly premium ${month}: ${input.cover}`,
          quantity: 1,
          unitPrice: MONTHLY_PREMIUM,
          discount: null,
          taxRateIds: [],
        },
      ],
    });
    const row = {
      id,
      accountId: input.accountId,
      kind: 'invoice' as const,
      currency: 'EUR',
      language: 'en',
      createdBy: input.staffId,
      now: issued,
    };
    await insertDocument(tx, row, computed);
    await sendDemoDocument(ctx, tx, id, 'invoice', {
      sentAt: issued,
      dueDate: todayOf(new Date(issued.getTime() + DUE_AFTER_DAYS * DAY)),
    });
    if (monthsAgo === 0) continue;
    const received = new Date(issued.getTime() + PAID_AFTER_DAYS * DAY);
    // The payment as staff record one (no paid-invoice hooks or webhooks: it is the demo's past).
    await insertPayment(tx, {
      id: newId(),
      account_id: input.accountId,
      document_id: id,
      amount: computed.total,
      currency: 'EUR',
      method: 'bank_transfer',
      reference: `Direct debit ${input.policyNumber}`,
      received_on: todayOf(received),
      recorded_by: input.staffId,
      now: received,
    });
  }
}

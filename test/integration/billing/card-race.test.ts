// Issue 11: the client's "Pay now" with the saved card and the automatic-charge job on the same invoice, started
// together, many times. Both take the invoice's row lock before charging, so one invoice never has two charges in
// flight: exactly one PaymentIntent per invoice at the (fake) Stripe, one payment, the invoice paid once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobRow } from '../../../src/server/platform/jobs/index.ts';
import { autoChargeJob } from '../../../src/server/modules/billing/use-cases/auto-charge.ts';
import { invoiceOf, saveCard, sentInvoice, startWithStripe } from './payments-setup.ts';

const ROUNDS = 12;

describe('billing: Pay now racing the automatic charge', () => {
  let setup: Awaited<ReturnType<typeof startWithStripe>>;
  beforeAll(async () => {
    setup = await startWithStripe();
    await saveCard(setup.fake, setup.alice, setup.acme);
  });
  afterAll(() => setup.close());

  it('started together, again and again, the invoice is charged exactly once', async () => {
    const { fake, portal, owner, alice, acme, vat } = setup;
    const outcomes = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      const invoice = await sentInvoice(owner, acme, vat, 1); // 120.00; automatic charge is off: no job queued
      const job = { id: crypto.randomUUID(), attempts: 1 } as JobRow;
      const [pay, charged] = await Promise.all([
        alice.post(`/api/v1/billing-documents/${invoice.id}/card-payments`),
        autoChargeJob(portal.ctx, { documentId: invoice.id, attempt: 1 }, job, new AbortController().signal),
      ]);
      // Either Pay went first (the job waits, or finds nothing left), or the job did (Pay answers 409).
      if (pay.statusCode === 200) {
        expect(pay.json().status).toBe('succeeded');
        // The job either found Pay's charge in flight and waits, or looked after Pay had finished and found
        // nothing left (possible when Pay's whole request wins the race): never a second charge.
        if (charged) {
          expect(charged).toMatchObject({ postponeUntil: expect.any(Date) });
          outcomes.add('pay first, job waited');
          // The postponed job runs again later: nothing left to charge.
          expect(
            await autoChargeJob(portal.ctx, { documentId: invoice.id, attempt: 1 }, job, new AbortController().signal),
          ).toBeUndefined();
        } else outcomes.add('pay finished first');
      } else {
        // The job went first: Pay finds its charge under way, or (when the whole charge wins the race) the
        // invoice already paid. Either way Pay is refused with a reason and charges nothing.
        expect(pay.statusCode, pay.body).toBe(409);
        expect(['payment_in_progress', 'not_payable']).toContain(pay.json().code);
        outcomes.add(`job first (${pay.json().code})`);
      }
      await fake.settled();
      await portal.ctx.background.idle();
      const intents = [...fake.paymentIntents.values()].filter(
        (intent) => (intent.metadata as Record<string, string>).portico_invoice === invoice.id,
      );
      expect(intents.map((intent) => intent.status)).toEqual(['succeeded']);
      expect(await invoiceOf(owner, invoice.id)).toMatchObject({
        status: 'paid',
        amountPaid: { amount: 12000 },
        balance: { amount: 0 },
      });
      const payments = (await owner.get(`/api/v1/billing-documents/${invoice.id}/payments`)).json().items;
      expect(payments).toHaveLength(1);
      const credit = (await owner.get(`/api/v1/accounts/${acme}/billing-credit`)).json().items as unknown[];
      expect(credit).toEqual([]); // nothing was overpaid into account credit
    }
    expect(outcomes.size).toBeGreaterThan(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscribeToEvents } from '../../support/webhook-interest.ts';
import type { TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import type { FakeStripe } from '../../support/fake-stripe.ts';
import { checkout, sentInvoice, startWithStripe } from './payments-setup.ts';

/** Billing's outbound webhook events: one `webhooks.fanout` job per event, in the change's transaction. */
describe('billing: webhook events', () => {
  let fake: FakeStripe;
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let acme: string;
  let vat: string;

  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ fake, portal, owner, acme, vat, alice, close } = await startWithStripe());
    await subscribeToEvents(portal);
  });
  afterAll(() => close());

  const events = async (type: string) =>
    (
      await portal.ctx.db.query<{ payload: { type: string; accountId: string; data: Record<string, unknown> } }>(
        "SELECT payload FROM jobs WHERE kind = 'webhooks.fanout' AND payload->>'type' = $1 ORDER BY id",
        [type],
      )
    ).rows.map((row) => row.payload);

  it('invoice.sent at the send and invoice.paid once it is paid in full (once, not per payment)', async () => {
    const invoice = await sentInvoice(owner, acme, vat, 1);
    const [sent] = await events('invoice.sent');
    expect(sent).toMatchObject({
      accountId: acme,
      data: { invoiceId: invoice.id, number: invoice.number, total: { amount: 12000, currency: 'EUR' } },
    });
    const pay = (amount: number) =>
      owner.post(`/api/v1/billing-documents/${invoice.id}/payments`, {
        amount,
        method: 'bank_transfer',
        receivedOn: '2026-12-01',
        reference: 'x',
      });
    expect((await pay(2000)).statusCode).toBe(201);
    expect(await events('invoice.paid')).toEqual([]);
    const rest = await pay(10000);
    expect(rest.statusCode, rest.body).toBe(201);
    const paid = await events('invoice.paid');
    expect(paid).toHaveLength(1);
    expect(paid[0]).toMatchObject({ data: { invoiceId: invoice.id, status: 'paid', amountPaid: { amount: 12000 } } });
  });

  it('payment.failed when an online payment fails; a replay of the event emits nothing more', async () => {
    const invoice = await sentInvoice(owner, acme, vat, 1);
    const { checkout: started, session } = await checkout(fake, alice, acme, [invoice.id]);
    const eventId = `evt_failed_${started.id.slice(0, 8)}`;
    expect((await fake.send('checkout.session.async_payment_failed', { ...session }, eventId)).status).toBe(200);
    expect((await fake.send('checkout.session.async_payment_failed', { ...session }, eventId)).status).toBe(200);
    const failed = await events('payment.failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      accountId: acme,
      data: { checkoutId: started.id, invoiceIds: [invoice.id], source: 'checkout', amount: { amount: 12000 } },
    });
  });
});

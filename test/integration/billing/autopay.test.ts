import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastMailTo, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { TEST_CARD_DECLINED, type FakeStripe } from '../../support/fake-stripe.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import {
  invoiceOf,
  postWebhook,
  saveCard as saveCardFor,
  sentInvoice,
  setAutoCharge as setAutoChargeOf,
  startWithStripe,
} from './payments-setup.ts';

describe('billing: saved cards and automatic charge', () => {
  let fake: FakeStripe;
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let bianca: HttpClient;
  let stripeSide: HttpClient;
  let acme: string;
  let vat: string;

  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ fake, portal, owner, acme, vat, stripeSide, alice, bianca, close } = await startWithStripe());
  });
  afterAll(() => close());

  const methodsOf = async (client: HttpClient) =>
    (await client.get(`/api/v1/accounts/${acme}/billing-payment-methods`)).json() as {
      items: { id: string; brand: string; last4: string; expMonth: number; expYear: number }[];
      canSave: boolean;
      autoCharge: boolean;
    };
  /** Alice saves `card` on the fake's setup page; the signed webhook records it. */
  const saveCard = (card?: string) => saveCardFor(fake, alice, acme, card);
  const setAutoCharge = (on: boolean) => setAutoChargeOf(owner, acme, on);

  it('the client saves a card through a setup Checkout; only brand, last 4 and expiry are kept', async () => {
    expect(await methodsOf(alice)).toEqual({ items: [], canSave: true, autoCharge: false });
    expect((await methodsOf(owner)).canSave).toBe(false);
    expectProblem(await owner.post(`/api/v1/accounts/${acme}/billing-payment-methods/setup`), 403);
    expectProblem(await bianca.post(`/api/v1/accounts/${acme}/billing-payment-methods/setup`), 404);
    expectProblem(await bianca.get(`/api/v1/accounts/${acme}/billing-payment-methods`), 404);

    const delivered = await saveCard();
    const { items } = await methodsOf(alice);
    expect(items).toEqual([
      expect.objectContaining({ brand: 'visa', last4: '4242', expMonth: 12, expYear: 2034, usedForAutoCharge: true }),
    ]);
    // A replay of the event saves nothing more.
    expect((await postWebhook(stripeSide, delivered.body, delivered.signature)).statusCode).toBe(200);
    expect((await methodsOf(alice)).items).toHaveLength(1);
    const stored = await portal.ctx.db.query('SELECT * FROM billing_payment_methods WHERE account_id = $1', [acme]);
    expect(JSON.stringify(stored.rows)).not.toContain('4242424242424242');
  });

  it('an invoice sent to an auto-charged account is charged off session and paid once', async () => {
    await setAutoCharge(true);
    expect((await methodsOf(alice)).autoCharge).toBe(true);
    const invoice = await sentInvoice(owner, acme, vat, 1); // 120.00
    await portal.ctx.background.idle();
    await fake.settled(); // Stripe's payment_intent.succeeded arrives after the job recorded the payment
    expect(await invoiceOf(alice, invoice.id)).toMatchObject({ status: 'paid', balance: { amount: 0 } });
    const payments = (await owner.get(`/api/v1/billing-documents/${invoice.id}/payments`)).json().items;
    expect(payments).toEqual([
      expect.objectContaining({ amount: { amount: 12000, currency: 'EUR' }, source: 'stripe' }),
    ]);
    const intent = [...fake.paymentIntents.values()].at(-1)!;
    expect(intent).toMatchObject({ amount: 12000, currency: 'eur', status: 'succeeded' });
    await portal.ctx.background.idle();
    expect(
      (await lastMailTo(portal, 'alice@acme.example', { containing: 'received your online payment' }))?.subject,
    ).toContain('Payment received');
  });

  it('a declined card is retried on days 1, 3 and 5, each decline mailed to the client, then staff are told; a card can be removed', async () => {
    const [old] = (await methodsOf(alice)).items;
    expectProblem(await bianca.delete(`/api/v1/accounts/${acme}/billing-payment-methods/${old!.id}`), 404);
    const removed = await alice.delete(`/api/v1/accounts/${acme}/billing-payment-methods/${old!.id}`);
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await methodsOf(alice)).items).toEqual([]);
    expectProblem(await alice.delete(`/api/v1/accounts/${acme}/billing-payment-methods/${old!.id}`), 404);
    await saveCard(TEST_CARD_DECLINED);
    expect((await methodsOf(alice)).items[0]).toMatchObject({ last4: '0341' });

    const invoice = await sentInvoice(owner, acme, vat, 1);
    const attempts = async () =>
      (
        await portal.ctx.db.query<{ attempt: number; status: string; failure_code: string }>(
          'SELECT attempt, status, failure_code FROM billing_charge_attempts WHERE document_id = $1 ORDER BY attempt',
          [invoice.id],
        )
      ).rows;
    await portal.ctx.background.idle();
    expect(await attempts()).toEqual([{ attempt: 1, status: 'failed', failure_code: 'generic_decline' }]);
    for (const [day, count] of [
      [1, 2],
      [3, 3],
      [5, 4],
    ] as const) {
      // Before its day the retry waits; on it, it runs once.
      portal.clock.advanceMinutes(day === 1 ? 23 * 60 : 0);
      await portal.ctx.background.idle();
      if (day === 1) expect(await attempts()).toHaveLength(1);
      portal.clock.advanceMinutes(day === 1 ? 61 : (day === 3 ? 2 : 2) * 24 * 60);
      await portal.ctx.background.idle();
      expect(await attempts()).toHaveLength(count);
    }
    await fake.settled();
    expect((await attempts()).every((row) => row.status === 'failed')).toBe(true);
    // Five days on, the sessions of the morning have expired: sign in again.
    alice = await portal.signedIn('alice@acme.example');
    expect(await invoiceOf(alice, invoice.id)).toMatchObject({ status: 'sent', balance: { amount: 12000 } });
    // No fifth attempt, however long we wait.
    portal.clock.advanceMinutes(30 * 24 * 60);
    await portal.ctx.background.idle();
    expect(await attempts()).toHaveLength(4);
    // One mail per declined charge, in plain words, with when the next attempt comes; the last says none will.
    const declined = await portal.ctx.db.query<{ text_body: string; subject: string }>(
      `SELECT subject, text_body FROM mail_messages WHERE to_address = 'alice@acme.example' AND subject = $1
       ORDER BY created_at, id`,
      [`Your card was declined for invoice ${invoice.number}`],
    );
    expect(declined.rows).toHaveLength(4);
    expect(declined.rows[0]!.text_body).toContain('declined the charge of €120.00 without giving a reason');
    expect(declined.rows[0]!.text_body).toMatch(/We will try again on \d{4}-\d{2}-\d{2}\./);
    expect(declined.rows[0]!.text_body).toContain('/billing');
    expect(declined.rows[3]!.text_body).toContain('We will not try again');
    expect(await lastMailTo(portal, 'alice@acme.example', { containing: 'after four attempts' })).toBeNull();
    const toStaff = await lastMailTo(portal, 'owner@northwind.example', { containing: 'after four attempts' });
    expect(toStaff?.subject).toBe(`Automatic payment of invoice ${invoice.number} failed`);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastMailTo, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import type { FakeStripe } from '../../support/fake-stripe.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { checkout, invoiceOf, postWebhook, sentInvoice, startWithStripe } from './payments-setup.ts';

const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('billing: online payment through Stripe Checkout and its webhook', () => {
  let fake: FakeStripe;
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let bianca: HttpClient;
  let stripeSide: HttpClient;
  let acme: string;
  let blueHarbor: string;
  let vat: string;

  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ fake, portal, owner, acme, blueHarbor, vat, stripeSide, alice, bianca, close } = await startWithStripe());
  });
  afterAll(() => close());

  const paymentsOf = async (id: string) =>
    (await owner.get(`/api/v1/billing-documents/${id}/payments`)).json().items as {
      amount: { amount: number };
      source: string;
      reference: string;
    }[];

  it('the client pays one invoice: server amounts, paid only once the signed webhook says so, mail sent', async () => {
    const invoice = await sentInvoice(owner, acme, vat, 1); // 120.00
    expect((await invoiceOf(alice, invoice.id)).abilities.pay).toBe(true);
    // Staff record payments; they do not pay for the client.
    expect((await invoiceOf(owner, invoice.id)).abilities.pay).toBe(false);
    expectProblem(await owner.post(`/api/v1/accounts/${acme}/billing-checkouts`, { documentIds: [invoice.id] }), 403);
    // The client cannot name an amount.
    expectProblem(
      await alice.post(`/api/v1/accounts/${acme}/billing-checkouts`, { documentIds: [invoice.id], amount: 1 }),
      400,
    );
    const { checkout: started, session } = await checkout(fake, alice, acme, [invoice.id]);
    expect(started.url).toBe(`${fake.url}/pay/${session.id}`);
    expect(session).toMatchObject({ amount_total: 12000, currency: 'eur', client_reference_id: started.id });
    const status = () => alice.get(`/api/v1/accounts/${acme}/billing-checkouts/${started.id}`);
    expect((await status()).json()).toMatchObject({ status: 'open', amountReceived: null });
    // The return page alone changes nothing: still open until Stripe's event.
    expect((await invoiceOf(alice, invoice.id)).status).toBe('sent');

    const delivered = await fake.complete(session.id);
    expect(delivered.status).toBe(200);
    expect((await status()).json()).toMatchObject({ status: 'completed', amountReceived: { amount: 12000 } });
    expect(await invoiceOf(alice, invoice.id)).toMatchObject({ status: 'paid', balance: { amount: 0 } });
    expect(await paymentsOf(invoice.id)).toEqual([
      expect.objectContaining({ amount: { amount: 12000, currency: 'EUR' }, source: 'stripe' }),
    ]);
    const mail = await lastMailTo(portal, 'alice@acme.example', { containing: 'received your online payment' });
    expect(mail?.subject).toContain('Payment received');

    // A replay of the same signed event (Stripe retries) records nothing more.
    expect((await postWebhook(stripeSide, delivered.body, delivered.signature)).statusCode).toBe(200);
    expect(await paymentsOf(invoice.id)).toHaveLength(1);
  });

  it('a forged, unsigned or tampered event is refused and changes nothing', async () => {
    const invoice = await sentInvoice(owner, acme, vat, 1);
    const { session } = await checkout(fake, alice, acme, [invoice.id]);
    const paid = { ...session, status: 'complete', payment_status: 'paid', payment_intent: 'pi_forged' };
    const body = JSON.stringify({ id: 'evt_forged', type: 'checkout.session.completed', data: { object: paid } });
    expectProblem(await postWebhook(stripeSide, body, 't=1,v1=deadbeef'), 400, 'invalid_signature');
    expectProblem(
      await stripeSide.request('POST', '/api/v1/billing/stripe-webhook', body, {
        'content-type': 'application/json',
        'x-csrf-token': 'none',
      }),
      400,
      'invalid_signature',
    );
    // A genuine signature over another body.
    const genuine = await fake.send('customer.created', { id: 'cus_1' });
    expect(genuine.status).toBe(200);
    expectProblem(await postWebhook(stripeSide, body, genuine.signature), 400, 'invalid_signature');
    expect((await invoiceOf(alice, invoice.id)).status).toBe('sent');
  });

  it('"Pay all": oldest due first; a partial amount leaves the newest open, an overpayment becomes credit', async () => {
    const later = await sentInvoice(owner, acme, vat, 2, dayOffset(30)); // 240.00
    const sooner = await sentInvoice(owner, acme, vat, 1, dayOffset(5)); // 120.00
    const { checkout: started, session } = await checkout(fake, alice, acme, [later.id, sooner.id]);
    expect(started.amount.amount).toBe(36000);
    // Stripe says it received 200.00: the sooner invoice is settled, 80.00 goes on the later one.
    expect((await fake.complete(session.id, 20000)).status).toBe(200);
    expect(await invoiceOf(alice, sooner.id)).toMatchObject({ status: 'paid' });
    expect(await invoiceOf(alice, later.id)).toMatchObject({ status: 'sent', balance: { amount: 16000 } });

    const { session: second } = await checkout(fake, alice, acme, [later.id]);
    expect(second.amount_total).toBe(16000);
    expect((await fake.complete(second.id, 20000)).status).toBe(200);
    expect(await invoiceOf(alice, later.id)).toMatchObject({ status: 'paid', balance: { amount: 0 } });
    const credit = await alice.get(`/api/v1/accounts/${acme}/billing-credit`);
    expect(credit.json().items).toEqual([{ amount: 4000, currency: 'EUR' }]);
    // Reconciliation: what each invoice got plus the credit is what Stripe received.
    const received =
      (await paymentsOf(sooner.id))[0]!.amount.amount +
      (await paymentsOf(later.id)).reduce((s, p) => s + p.amount.amount, 0);
    expect(received + 4000).toBe(40000);
    expectProblem(await bianca.get(`/api/v1/accounts/${acme}/billing-credit`), 404);
  });

  it('concurrent deliveries of one event, and two events of one session at once, record one payment', async () => {
    const invoice = await sentInvoice(owner, acme, vat, 1);
    const { session } = await checkout(fake, alice, acme, [invoice.id]);
    fake.sessions.get(session.id)!.payment_intent = 'pi_concurrent';
    const paid = { ...session, status: 'complete', payment_status: 'paid', payment_intent: 'pi_concurrent' };
    const sends = await Promise.all([
      fake.send('checkout.session.completed', paid, 'evt_same'),
      fake.send('checkout.session.completed', paid, 'evt_same'),
      fake.send('checkout.session.async_payment_succeeded', paid),
      fake.send('checkout.session.completed', paid),
    ]);
    expect(sends.map((send) => send.status)).toEqual([200, 200, 200, 200]);
    expect(await paymentsOf(invoice.id)).toHaveLength(1);
    expect(await invoiceOf(alice, invoice.id)).toMatchObject({ status: 'paid', amountPaid: { amount: 12000 } });
  });

  it('a failed payment mails the client and leaves the invoice open; Stripe down is a 503 and nothing is charged', async () => {
    const invoice = await sentInvoice(owner, acme, vat, 1);
    const { checkout: started, session } = await checkout(fake, alice, acme, [invoice.id]);
    expect((await fake.send('checkout.session.async_payment_failed', { ...session })).status).toBe(200);
    expect((await alice.get(`/api/v1/accounts/${acme}/billing-checkouts/${started.id}`)).json().status).toBe('failed');
    await lastMailTo(portal, 'alice@acme.example', { containing: 'failed' });
    expect((await invoiceOf(alice, invoice.id)).status).toBe('sent');

    fake.failNext();
    expectProblem(
      await alice.post(`/api/v1/accounts/${acme}/billing-checkouts`, { documentIds: [invoice.id] }),
      503,
      'payment_provider_unavailable',
    );
  });

  it('another account cannot see or pay what is not theirs; mixed or settled invoices are refused', async () => {
    const invoice = await sentInvoice(owner, acme, vat, 1);
    const { checkout: started } = await checkout(fake, alice, acme, [invoice.id]);
    expectProblem(await bianca.get(`/api/v1/accounts/${acme}/billing-checkouts/${started.id}`), 404);
    expectProblem(await bianca.get(`/api/v1/accounts/${blueHarbor}/billing-checkouts/${started.id}`), 404);
    expectProblem(
      await bianca.post(`/api/v1/accounts/${blueHarbor}/billing-checkouts`, { documentIds: [invoice.id] }),
      404,
    );
    expectProblem(
      await alice.post(`/api/v1/accounts/${blueHarbor}/billing-checkouts`, { documentIds: [invoice.id] }),
      404,
    );
    const draft = await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
      kind: 'invoice',
      lines: [{ description: 'Draft', quantity: 1, unitPrice: 100, taxRateIds: [] }],
    });
    expectProblem(
      await alice.post(`/api/v1/accounts/${acme}/billing-checkouts`, { documentIds: [draft.json().id] }),
      404,
    );
    expectProblem(await alice.post(`/api/v1/accounts/${acme}/billing-checkouts`, { documentIds: [] }), 400);
    expectProblem(await alice.post(`/api/v1/accounts/${acme}/billing-checkouts`, { documentIds: ['x'] }), 400);
  });

  it('three-decimal currencies Stripe cannot charge are refused with a clear 409', async () => {
    await owner.put(`/api/v1/accounts/${blueHarbor}/billing-profile`, {
      legalName: 'Blue Harbor WLL',
      currency: 'BHD',
      contacts: [],
    });
    const created = await owner.post(`/api/v1/accounts/${blueHarbor}/billing-documents`, {
      kind: 'invoice',
      lines: [{ description: 'Advice', quantity: 1, unitPrice: 1001, taxRateIds: [] }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    await owner.post(`/api/v1/billing-documents/${id}/send`);
    expectProblem(
      await bianca.post(`/api/v1/accounts/${blueHarbor}/billing-checkouts`, { documentIds: [id] }),
      409,
      'currency_not_supported',
    );
  });
});

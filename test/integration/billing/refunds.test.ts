import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import type { FakeStripe } from '../../support/fake-stripe.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { checkout, invoiceOf, sentInvoice, startWithStripe, WEBHOOK } from './payments-setup.ts';

describe('billing: refunds of online payments from the console', () => {
  let fake: FakeStripe;
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let acme: string;
  let vat: string;

  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ fake, portal, owner, acme, vat, alice, close } = await startWithStripe());
  });
  afterAll(() => close());

  async function paidInvoice(units: number) {
    const invoice = await sentInvoice(owner, acme, vat, units);
    const { session } = await checkout(fake, alice, acme, [invoice.id]);
    expect((await fake.complete(session.id)).status).toBe(200);
    const payments = (await owner.get(`/api/v1/billing-documents/${invoice.id}/payments`)).json().items;
    return { invoice, payment: payments[0] as { id: string; abilities: { refund: boolean } } };
  }
  const refundUrl = (invoiceId: string, paymentId: string) =>
    `/api/v1/billing-documents/${invoiceId}/payments/${paymentId}/refunds`;

  it('a partial refund reopens the invoice for that amount; the rest can be refunded later, never more', async () => {
    const { invoice, payment } = await paidInvoice(1); // 120.00
    expect(payment.abilities.refund).toBe(true);
    const partial = await owner.post(refundUrl(invoice.id, payment.id), { amount: 2000, reason: 'Goodwill' });
    expect(partial.statusCode, partial.body).toBe(201);
    expect(partial.json()).toMatchObject({ status: 'succeeded', amount: { amount: 2000, currency: 'EUR' } });
    expect(await invoiceOf(owner, invoice.id)).toMatchObject({ status: 'sent', balance: { amount: 2000 } });
    expect(fake.refunds.at(-1)).toMatchObject({ amount: 2000 });
    expectProblem(await owner.post(refundUrl(invoice.id, payment.id), { amount: 10001 }), 400);
    const rest = await owner.post(refundUrl(invoice.id, payment.id), {});
    expect(rest.statusCode, rest.body).toBe(201);
    expect(rest.json().amount.amount).toBe(10000);
    expectProblem(await owner.post(refundUrl(invoice.id, payment.id), {}), 409, 'not_refundable');
    const [after] = (await owner.get(`/api/v1/billing-documents/${invoice.id}/payments`)).json().items;
    expect(after).toMatchObject({ amountRefunded: { amount: 12000 }, abilities: { refund: false } });
    const audit = await portal.ctx.db.query(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'billing.refund_succeeded' AND target_id = $1",
      [invoice.id],
    );
    expect(audit.rows[0]).toEqual({ n: 2 });
  });

  it('two concurrent refunds cannot exceed the payment', async () => {
    const { invoice, payment } = await paidInvoice(1);
    const both = await Promise.all([
      owner.post(refundUrl(invoice.id, payment.id), { amount: 8000 }),
      owner.post(refundUrl(invoice.id, payment.id), { amount: 8000 }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 400]);
    expect(fake.refunds.filter((r) => r.payment_intent === fake.lastSession().payment_intent)).toHaveLength(1);
  });

  it('refunds are for owners and admins; Stripe down gives the reservation back; manual payments are not refunded here', async () => {
    const { invoice, payment } = await paidInvoice(1);
    const agent = await portal.signedIn('agent@northwind.example');
    expectProblem(await agent.post(refundUrl(invoice.id, payment.id), {}), 403);
    expectProblem(await alice.post(refundUrl(invoice.id, payment.id), {}), 403);
    fake.failNext();
    expectProblem(await owner.post(refundUrl(invoice.id, payment.id), {}), 503, 'payment_provider_unavailable');
    const [kept] = (await owner.get(`/api/v1/billing-documents/${invoice.id}/payments`)).json().items;
    expect(kept.amountRefunded.amount).toBe(0);
    expect((await invoiceOf(owner, invoice.id)).status).toBe('paid');

    const manual = await sentInvoice(owner, acme, vat, 1);
    const recorded = await owner.post(`/api/v1/billing-documents/${manual.id}/payments`, {
      amount: 12000,
      method: 'bank_transfer',
      receivedOn: new Date().toISOString().slice(0, 10),
    });
    expect(recorded.json()).toMatchObject({ source: 'manual', abilities: { refund: false } });
    expectProblem(await owner.post(refundUrl(manual.id, recorded.json().id), {}), 409, 'not_refundable');
    // A payment addressed under another invoice is missing.
    expectProblem(await owner.post(refundUrl(manual.id, payment.id), {}), 404);
  });
});

describe('billing: without Stripe keys online payment is hidden', () => {
  let portal: TestPortal;
  afterAll(() => portal.close());

  it('no pay ability, a clear 409 on checkout, 404 on the webhook; the rest of billing works', async () => {
    portal = await startPortal();
    const alice = await portal.signedIn('alice@acme.example');
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    const invoices = (await alice.get(`/api/v1/accounts/${acme}/billing-documents?kind=invoice`)).json().items as {
      id: string;
      abilities: { pay: boolean };
    }[];
    expect(invoices.length).toBeGreaterThan(0);
    expect(invoices.every((invoice) => !invoice.abilities.pay)).toBe(true);
    expectProblem(
      await alice.post(`/api/v1/accounts/${acme}/billing-checkouts`, { documentIds: [invoices[0]!.id] }),
      409,
      'online_payment_unavailable',
    );
    expectProblem(
      await portal.client().request('POST', WEBHOOK, '{}', { 'content-type': 'application/json', 'x-csrf-token': 'x' }),
      404,
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import type { FakeStripe } from '../../support/fake-stripe.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { checkout, invoiceOf, sentInvoice, startWithStripe } from './payments-setup.ts';

describe('billing: spending account credit', () => {
  let fake: FakeStripe;
  let portal: TestPortal;
  let owner: HttpClient;
  let agent: HttpClient;
  let alice: HttpClient;
  let bianca: HttpClient;
  let acme: string;
  let blueHarbor: string;
  let vat: string;

  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ fake, portal, owner, acme, blueHarbor, vat, alice, bianca, agent, close } = await startWithStripe());
  });
  afterAll(() => close());

  /** The client overpays a 120.00 invoice through Stripe by `extra`: that much becomes account credit. */
  async function giveCredit(client: HttpClient, account: string, extra: number) {
    const invoice = await sentInvoice(owner, account, vat, 1);
    const { session } = await checkout(fake, client, account, [invoice.id]);
    expect((await fake.complete(session.id, 12000 + extra)).status).toBe(200);
  }
  const creditOf = async (client: HttpClient, account: string) =>
    (await client.get(`/api/v1/accounts/${account}/billing-credit`)).json().items as {
      amount: number;
      currency: string;
    }[];
  const apply = (client: HttpClient, id: string, body: Record<string, unknown> = {}) =>
    client.post(`/api/v1/billing-documents/${id}/credit-applications`, body);

  it('staff apply credit to a sent invoice, never past its balance or the credit; the client sees it', async () => {
    await giveCredit(alice, acme, 5000);
    expect(await creditOf(alice, acme)).toEqual([{ amount: 5000, currency: 'EUR' }]);
    const invoice = await sentInvoice(owner, acme, vat, 1); // 120.00
    expect((await invoiceOf(owner, invoice.id)).abilities.applyCredit).toBe(true);
    expect((await invoiceOf(alice, invoice.id)).abilities.applyCredit).toBe(false);

    // The client and a read-only agent may not; another account's person does not see the invoice at all.
    expectProblem(await apply(alice, invoice.id, { amount: 100 }), 403);
    expectProblem(await apply(agent, invoice.id, { amount: 100 }), 403);
    expectProblem(await apply(bianca, invoice.id, { amount: 100 }), 404);
    expectProblem(await apply(owner, invoice.id, { amount: 0 }), 400);
    expectProblem(await apply(owner, invoice.id, { amount: 'lots' }), 400);

    const first = await apply(owner, invoice.id, { amount: 3000 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      status: 'sent',
      balance: { amount: 9000 },
      creditApplied: { amount: 3000, currency: 'EUR' },
    });
    expect(await creditOf(alice, acme)).toEqual([{ amount: 2000, currency: 'EUR' }]);
    expectProblem(await apply(owner, invoice.id, { amount: 2001 }), 400);
    // Whatever is left, without an amount: the remaining 20.00 (less than the balance).
    expect((await apply(owner, invoice.id)).json()).toMatchObject({ creditApplied: { amount: 5000 } });
    expect(await creditOf(alice, acme)).toEqual([]);
    expectProblem(await apply(owner, invoice.id), 409, 'no_credit');

    // The client reads the applied credit on the invoice and as a payment from credit.
    expect((await alice.get(`/api/v1/billing-documents/${invoice.id}`)).json()).toMatchObject({
      creditApplied: { amount: 5000 },
      balance: { amount: 7000 },
    });
    const payments = (await owner.get(`/api/v1/billing-documents/${invoice.id}/payments`)).json().items;
    expect(payments).toEqual([
      expect.objectContaining({
        source: 'credit',
        method: 'account_credit',
        abilities: { refund: false, reverse: true },
      }),
      expect.objectContaining({ source: 'credit', method: 'account_credit' }),
    ]);
    const audit = await portal.ctx.db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM audit_events WHERE action = 'billing.credit_applied' AND target_id = $1`,
      [invoice.id],
    );
    expect(audit.rows[0]!.count).toBe(2);

    // Credit never goes past the balance: 10.00 of credit on an invoice with 5.00 left pays it and keeps 5.00.
    await giveCredit(alice, acme, 7500);
    expectProblem(await apply(owner, invoice.id, { amount: 7001 }), 400);
    expect((await apply(owner, invoice.id)).json()).toMatchObject({ status: 'paid', balance: { amount: 0 } });
    expect(await creditOf(alice, acme)).toEqual([{ amount: 500, currency: 'EUR' }]);
    expectProblem(await apply(owner, invoice.id), 409, 'not_payable');
  });

  it('concurrent applies of one credit on two invoices spend it once', async () => {
    await giveCredit(bianca, blueHarbor, 10000);
    const one = await sentInvoice(owner, blueHarbor, vat, 1);
    const two = await sentInvoice(owner, blueHarbor, vat, 1);
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, index) => apply(owner, index % 2 ? one.id : two.id, { amount: 3000 })),
    );
    const codes = answers.map((answer) => answer.statusCode).sort();
    expect(codes).toEqual([200, 200, 200, 400, 400, 400]);
    expect(await creditOf(bianca, blueHarbor)).toEqual([{ amount: 1000, currency: 'EUR' }]);
    const applied =
      (await invoiceOf(owner, one.id)).amountPaid.amount + (await invoiceOf(owner, two.id)).amountPaid.amount;
    expect(applied).toBe(9000);
    // The balance row and the ledger agree.
    const ledger = await portal.ctx.db.query<{ sum: number }>(
      'SELECT sum(amount)::int AS sum FROM billing_account_credits WHERE account_id = $1',
      [blueHarbor],
    );
    expect(ledger.rows[0]!.sum).toBe(1000);
  });

  it('an account set to apply credit automatically spends it when an invoice is sent', async () => {
    await giveCredit(alice, acme, 2500); // 5.00 left from before + 25.00
    const profile = await owner.get(`/api/v1/accounts/${acme}/billing-profile`);
    expect(profile.json().autoApplyCredit).toBe(false);
    const set = await owner.put(
      `/api/v1/accounts/${acme}/billing-profile`,
      { legalName: 'Client Ltd', currency: 'EUR', autoApplyCredit: true },
      { 'if-match': String(profile.json().version) },
    );
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().autoApplyCredit).toBe(true);
    // A later save without the field leaves it on.
    const again = await owner.put(
      `/api/v1/accounts/${acme}/billing-profile`,
      { legalName: 'Client Ltd', currency: 'EUR' },
      { 'if-match': String(set.json().version) },
    );
    expect(again.json().autoApplyCredit).toBe(true);

    const invoice = await sentInvoice(owner, acme, vat, 1);
    expect(await invoiceOf(alice, invoice.id)).toMatchObject({ balance: { amount: 9000 } });
    expect((await alice.get(`/api/v1/billing-documents/${invoice.id}`)).json().creditApplied.amount).toBe(3000);
    expect(await creditOf(alice, acme)).toEqual([]);
    // With no credit left the next send changes nothing.
    expect(await invoiceOf(alice, (await sentInvoice(owner, acme, vat, 1)).id)).toMatchObject({
      balance: { amount: 12000 },
    });
  });
});

// Issue 11: staff undo an account-credit application. The invoice reopens for that amount, the credit returns to
// the balance, it is audited, and it happens once: a repeat or several at once change nothing more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import type { FakeStripe } from '../../support/fake-stripe.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { checkout, invoiceOf, sentInvoice, startWithStripe } from './payments-setup.ts';

describe('billing: reversing a credit application', () => {
  let fake: FakeStripe;
  let portal: TestPortal;
  let owner: HttpClient;
  let agent: HttpClient;
  let alice: HttpClient;
  let bianca: HttpClient;
  let acme: string;
  let vat: string;

  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ fake, portal, owner, acme, vat, agent, alice, bianca, close } = await startWithStripe());
  });
  afterAll(() => close());

  const creditOf = async () =>
    ((await alice.get(`/api/v1/accounts/${acme}/billing-credit`)).json().items as { amount: number }[])[0]?.amount ?? 0;
  const reversal = (client: HttpClient, invoiceId: string, paymentId: string) =>
    client.post(`/api/v1/billing-documents/${invoiceId}/credit-applications/${paymentId}/reversal`);

  it('the invoice reopens for the amount, the credit returns, once; audited, and it can be applied again', async () => {
    // 120.00 overpaid by 150.00: 150.00 of credit, then spent on a new invoice of 120.00 (paid in full).
    const first = await sentInvoice(owner, acme, vat, 1);
    const { session } = await checkout(fake, alice, acme, [first.id]);
    expect((await fake.complete(session.id, 27000)).status).toBe(200);
    expect(await creditOf()).toBe(15000);
    const invoice = await sentInvoice(owner, acme, vat, 1);
    const applied = await owner.post(`/api/v1/billing-documents/${invoice.id}/credit-applications`, {});
    expect(applied.json()).toMatchObject({ status: 'paid', creditApplied: { amount: 12000 } });
    expect(await creditOf()).toBe(3000);
    const [payment] = (await owner.get(`/api/v1/billing-documents/${invoice.id}/payments`)).json().items;
    expect(payment).toMatchObject({ source: 'credit', reversedAt: null, abilities: { refund: false, reverse: true } });
    expect((await agent.get(`/api/v1/billing-documents/${invoice.id}/payments`)).json().items[0].abilities).toEqual({
      refund: false,
      reverse: false,
    });

    expectProblem(
      await agent.post(`/api/v1/billing-documents/${invoice.id}/credit-applications/${payment.id}/reversal`),
      403,
    );
    expectProblem(await reversal(alice, invoice.id, payment.id), 403);
    expectProblem(await reversal(bianca, invoice.id, payment.id), 404);
    expectProblem(await reversal(owner, first.id, payment.id), 404); // another invoice's application
    const stripePayment = (await owner.get(`/api/v1/billing-documents/${first.id}/payments`)).json().items[0];
    expectProblem(await reversal(owner, first.id, stripePayment.id), 404); // not a credit application
    expectProblem(await reversal(owner, invoice.id, 'not-a-uuid'), 400);

    // Three at once: one undoes it, the others find it undone; the credit comes back exactly once.
    const answers = await Promise.all([1, 2, 3].map(() => reversal(owner, invoice.id, payment.id)));
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200]);
    expect(answers[0]!.json()).toMatchObject({
      status: 'sent',
      balance: { amount: 12000 },
      creditApplied: { amount: 0 },
    });
    expect(await creditOf()).toBe(15000);
    expect(await invoiceOf(alice, invoice.id)).toMatchObject({ status: 'sent', balance: { amount: 12000 } });
    const after = (await owner.get(`/api/v1/billing-documents/${invoice.id}/payments`)).json().items[0];
    expect(after.reversedAt).not.toBeNull();
    expect(after.abilities.reverse).toBe(false);
    // A replay later changes nothing either.
    expect((await reversal(owner, invoice.id, payment.id)).statusCode).toBe(200);
    expect(await creditOf()).toBe(15000);
    const audit = await portal.ctx.db.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM audit_events WHERE action = 'billing.credit_application_reversed' AND target_id = $1",
      [invoice.id],
    );
    expect(audit.rows[0]!.count).toBe(1);
    const ledger = await portal.ctx.db.query<{ amount: string }>(
      'SELECT amount FROM billing_account_credits WHERE account_id = $1 AND document_id = $2 ORDER BY created_at',
      [acme, invoice.id],
    );
    expect(ledger.rows.map((row) => Number(row.amount))).toEqual([-12000, 12000]);
    // The credit can be applied again, and the invoice is paid again.
    const again = await owner.post(`/api/v1/billing-documents/${invoice.id}/credit-applications`, {});
    expect(again.json()).toMatchObject({ status: 'paid', creditApplied: { amount: 12000 } });
    expect(await creditOf()).toBe(3000);
  });
});
